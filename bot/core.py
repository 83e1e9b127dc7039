"""Accord's core: one transaction per turn around the router."""

import logging
import time
from datetime import datetime, timedelta

from bot.clients import ClientIndex
from bot.commands import build_router
from bot.router import Context
from bot.rules.identity import Seen, tenant_allowed
from bot.services import digest, fees, handoff, quotes, referrals, relationships
from bot.services.delivery import expire_waiting
from bot.services.enquiries import Incoming, receive, remind
from bot.services.members import identify
from bot.settings import Settings
from bot.turn import Reply, Turn
from storage.conversations import conversation, record_conversation
from storage.db import Busy, Database, once_more
from storage.handled import forget_before
from storage.members import find_member
from storage.teams import record_team, roster_due
from storage.types import utcnow

log = logging.getLogger(__name__)
HANDLED_KEPT = timedelta(days=2)  # Teams redelivers a message within minutes; two days is ample
OUTSIDE_TENANT = ("Sorry, Accord serves one partner network, and your Teams account belongs to an organisation outside "
                  "it. If you are part of the network, ask its admin to add your organisation.")
BUSY = "Accord is busy with other work right now. Please try again in a minute."
PROFILE_WAIT = 1.0  # seconds the profile check waits for a SQLite lock, so that a locked turn is not waited out twice


class Accord:
    """Turns a Turn into replies, remembering who and where on the way."""

    def __init__(self, settings: Settings, db: Database, clients: ClientIndex | None = None) -> None:
        self.settings = settings
        self.db = db
        self.router = build_router()
        self.clients = clients or ClientIndex(settings.index_chunk, settings.index_poll_seconds,
                                              settings.index_wait_seconds)

    def handle(self, turn: Turn) -> list[Reply]:
        """Run the turn in one transaction, once more after a lost race or connection; "busy" if SQLite stays locked."""
        tenant = turn.user.tenant_id or turn.place.tenant_id
        if not tenant_allowed(tenant, self.settings.tenants):
            # Nothing of an outside tenant's activity is stored or handled: its roster email proves nothing here.
            log.warning("refused a %s from user %s of tenant %s, which the network does not allow", turn.event,
                        turn.user.teams_id, tenant)
            return [Reply(text=OUTSIDE_TENANT)] if turn.event in ("message", "action") else []
        # Teams sends installationUpdate and conversationUpdate together: both may insert the same member.
        started, said = time.perf_counter(), {}
        try:
            return once_more(self._handle, turn, said)
        except Busy:  # SQLite stayed locked (an import, a backup): say so, rather than that something broke
            log.warning("turn from %s: the database is locked", turn.user.teams_id)
            said["command"] = "busy"
            return [Reply(text=BUSY)]
        finally:
            # One line per turn, for whoever runs Accord: who, what it ran, how long it took (not what they typed).
            log.info("turn: %s %s in %s ran %s in %.0f ms", said.get("who", turn.user.teams_id), turn.event,
                     turn.place.kind, said.get("command", "-"), (time.perf_counter() - started) * 1000)

    def _handle(self, turn: Turn, said: dict[str, str]) -> list[Reply]:
        with self.db.transaction() as session:
            user, place = turn.user, turn.place
            now = utcnow()
            seen = Seen(user.teams_id, user.aad_object_id, user.email.lower() if user.email else None,
                        user.tenant_id or place.tenant_id)
            member = identify(session, self.settings, seen, user.name, service_url=place.service_url,
                              source="a message in Teams", now=now)
            if place.team_id:
                self._team(session, turn, now)
            known = conversation(session, place.home_id)
            was_installed = known is not None and known.installed
            record_conversation(
                session,
                place.home_id,
                known,
                kind=place.kind,
                service_url=place.service_url,
                tenant_id=place.tenant_id,
                bot_id=place.bot_id,
                bot_name=place.bot_name,
                team_id=place.team_id,
                team_name=place.team_name,
                name=place.channel_name,
                member_id=member.id if place.kind == "personal" else None,
                installed=turn.event != "uninstall",
            )
            ctx = Context(turn, member, session, self.settings, self.router, self.clients)
            ctx.newly_installed = not was_installed
            said["who"] = f"member {member.id} ({member.role or 'no role'})"
            try:
                return self.router.dispatch(ctx)
            finally:
                said["command"] = ctx.command or "-"

    def _team(self, session, turn: Turn, now: datetime) -> None:
        """Remember the team; its roster is read when Accord is added or its members or name change."""
        place = turn.place
        record_team(session, place.team_id, service_url=place.service_url, tenant_id=place.tenant_id,
                    bot_id=place.bot_id, name=place.team_name, installed=turn.event != "uninstall", now=now)
        if turn.event in ("install", "roster"):
            roster_due(session, place.team_id, now)

    def accept_enquiry(self, incoming: Incoming) -> tuple[int, bool]:
        """Store an enquiry from a webhook or mailbox and queue its posts; (enquiry id, newly stored)."""
        return once_more(self._accept, incoming)  # the same delivery may arrive twice at once

    def _accept(self, incoming: Incoming) -> tuple[int, bool]:
        with self.db.transaction() as session:
            row, created = receive(session, self.settings, self.clients, incoming)
            return row.id, created

    def remind_enquiries(self, now: datetime) -> int:
        """Queue reminders for held enquiries nobody acted on in time; the number of enquiries reminded."""
        return self._job(remind, now)

    # --- quotes ---
    def accept_quote(self, event: quotes.PlatformEvent) -> quotes.Received:
        """Apply a quote event from the platform once, with its flags and overlap notices, in one transaction."""
        return once_more(self._accept_quote, event)  # the same event may arrive twice at once

    def _accept_quote(self, event: quotes.PlatformEvent) -> quotes.Received:
        with self.db.transaction() as session:
            return quotes.receive(session, self.settings, self.clients, event, utcnow())

    def forget_handled(self, now: datetime) -> int:
        """Drop the answers kept for redelivered messages once Teams can no longer redeliver them."""
        with self.db.transaction() as session:
            return forget_before(session, now - HANDLED_KEPT)

    def expire_waiting(self, now: datetime) -> int:
        """Fail the messages that waited their whole limit for an unreachable member, telling who should know."""
        with self.db.transaction() as session:
            return expire_waiting(session, self.settings, now)

    def end_projects(self, now: datetime) -> int:
        """Turn the active-project flags of won quotes whose project time is over into past-project flags."""
        return self._job(quotes.end_projects, now)

    # --- digest ---
    def post_due_digest(self, now: datetime) -> digest.Posting:
        """Post the scheduled digest if it is due at `now` and no replica has posted it yet."""
        return self._job(digest.post_due, now)

    # --- referral fees ---
    def follow_up_fee_prompts(self, now: datetime) -> int:
        """Remind deal owners of fee decisions half-way, and mark those still owed after FEE_PROMPT_DAYS unanswered."""
        return self._job(fees.follow_up, now)

    # --- referrals ---
    def remind_referrals(self, now: datetime) -> int:
        """Remind recipients of introductions still unacknowledged after the business days allowed; how many."""
        return self._job(referrals.remind, now)

    def tell_quiet_referrals(self, now: datetime) -> int:
        """Tell introducers of referrals with no news for REFERRAL_QUIET_DAYS business days, once; how many."""
        return self._job(referrals.tell_quiet, now)

    # --- the won-client handoff ---
    def run_handoffs(self, now: datetime) -> int:
        """Welcome-call reminders (day 5) and escalations (day 8), NPS surveys due; each once across replicas."""
        return self._job(handoff.run, now)

    # --- relationships ---
    def keep_relationships_fresh(self, now: datetime) -> int:
        """Remind owners of declared relationships due for re-confirmation (once), lapse the unconfirmed; how many."""
        return self._job(relationships.keep_fresh, now)

    def start_index(self) -> None:
        """Build the client index, then keep it in step, in its own thread: questions meanwhile ask the database."""
        self.clients.start(self.db.transaction)

    def stop_index(self) -> None:
        """End the client index's thread."""
        self.clients.stop()

    def needs_profile(self, teams_id: str) -> bool | None:
        """True when we do not yet know this person's email, so the edge should ask Teams; None if we cannot tell."""
        try:
            return once_more(self._needs_profile, teams_id)
        except Busy:  # the turn itself will wait for the lock, and say so if it must give up
            return None

    def _needs_profile(self, teams_id: str) -> bool:
        with self.db.transaction(wait=PROFILE_WAIT) as session:
            member = find_member(session, teams_id=teams_id)
            return member is None or not member.email

    def _job(self, work, now: datetime):
        with self.db.transaction() as session:
            return work(session, self.settings, now)
