"""The background sender: delivers outbox messages in order per lane, within Teams' limits, with retries."""

from __future__ import annotations

import asyncio
import json
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from bot.background import idle
from bot.connector import Connector
from bot.installer import Installer
from bot.mail import GraphMail
from bot.rules.delivery import APP_LIMITS, CONVERSATION_LIMITS, Outcome, Pace, backoff, is_retryable
from bot.rules.reach import INSTALLABLE
from bot.services.delivery import reach_of
from bot.settings import Settings
from bot.tokens import TokenError
from storage import outbox
from storage.conversations import any_conversation, conversation, personal_conversation, record_conversation
from storage.db import Busy, Database
from storage.members import member_by_id
from storage.models import Member, OutboxMessage
from storage.teams import reaching_team
from storage.types import utcnow

log = logging.getLogger(__name__)

T = TypeVar("T")
MAX_PACE_WAIT = 10.0  # beyond this a message goes back to the queue instead of holding its lease


@dataclass(frozen=True)
class Target:
    """Where a claimed message goes: a conversation at a service URL, or the reason it cannot go anywhere."""

    service_url: str | None = None
    conversation_id: str | None = None
    bot_id: str = ""
    activity_id: str | None = None  # set when the message replaces one sent earlier
    recent: tuple[datetime, ...] = ()  # when messages last went there, by any replica
    problem: str | None = None  # final: retrying cannot help
    failure: Outcome | None = None  # an attempt that failed on the way, retried like a failed send
    wait: str | None = None  # the member cannot be reached yet: the message waits for them, and why


@dataclass(frozen=True)
class Opener:
    """How to open a member's 1:1 chat: through Teams with their user id, or by installing Accord with Graph."""

    member: Member
    service_url: str
    bot_id: str
    bot_name: str
    tenant_id: str | None
    install: bool  # Teams cannot open the chat (no team of Accord's lists them): Graph installs Accord for them


class Sender:
    """Claims due messages, paces them, sends them, and records what happened; one per process."""

    def __init__(self, db: Database, connector: Connector, settings: Settings, *, capacity: int = 64,
                 idle_poll: float = 0.5, retry_base: float = 1.0, mail: GraphMail | None = None,
                 installer: Installer | None = None) -> None:
        self.db = db
        self.settings = settings
        self.installer = installer  # None: Accord cannot install itself for people outside its teams
        send_timeout = settings.send_timeout
        self.retry_base = retry_base
        self.connector = connector
        self.mail = mail  # None: email is not configured, and email messages fail saying so
        # A lease outlives the longest a sender holds a message (pacing, then one send); after that,
        # a message whose sender died is free for another.
        self.lease = timedelta(seconds=MAX_PACE_WAIT + send_timeout + 5)
        self.capacity = capacity
        self.idle_poll = idle_poll
        self.name = uuid.uuid4().hex[:8]
        self._app_pace = Pace(APP_LIMITS)
        self._in_flight: set[asyncio.Task] = set()
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None

    async def start(self) -> None:
        """Begin delivering in the background."""
        self._task = asyncio.create_task(self._run(), name=f"outbox-sender-{self.name}")

    async def stop(self, grace: float = 5.0) -> None:
        """Stop claiming, let sends in flight finish for `grace` seconds, then hand the rest back."""
        if self._task is None:
            return
        self._task.cancel()
        await asyncio.gather(self._task, return_exceptions=True)
        if self._in_flight:
            _, pending = await asyncio.wait(self._in_flight, timeout=grace)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        self._task = None

    def wake(self) -> None:
        """Look for due messages now rather than at the next poll."""
        self._wake.set()

    async def _run(self) -> None:
        while True:
            try:
                claimed = await self._db(self._claim, self.capacity - len(self._in_flight))
            except Exception:  # noqa: BLE001  (a database hiccup must not end delivery for good)
                log.exception("outbox: claiming failed; trying again shortly")
                claimed = []
            for row in claimed:
                task = asyncio.create_task(self._deliver(row))
                self._in_flight.add(task)
                task.add_done_callback(self._done)
            if not claimed:
                self._wake.clear()
                await idle(self._wake, self.idle_poll)

    async def _db(self, work: Callable[..., T], *args) -> T:
        """A database step in a worker thread, tried again while SQLite stays locked, for as long as a lease lasts."""
        return await asyncio.to_thread(self._patiently, work, *args)

    def _patiently(self, work: Callable[..., T], *args) -> T:
        # A send's outcome must be recorded, or the message is sent again once its lease runs out.
        deadline = time.monotonic() + self.lease.total_seconds()
        while True:
            try:
                return work(*args)
            except Busy:
                if time.monotonic() > deadline:
                    raise
                log.warning("outbox: the database is locked; trying again")

    def _done(self, task: asyncio.Task) -> None:
        self._in_flight.discard(task)
        if not task.cancelled() and task.exception():
            log.error("outbox: delivery task crashed", exc_info=task.exception())
        self.wake()

    def _claim(self, limit: int) -> list[OutboxMessage]:
        if limit <= 0:
            return []
        with self.db.transaction() as session:
            return outbox.claim(session, self.lease, utcnow(), limit)

    async def _deliver(self, row: OutboxMessage) -> None:
        try:
            await self._attempt(row)
        except asyncio.CancelledError:
            await asyncio.shield(self._db(self._record, outbox.postpone, row.id, utcnow()))
            raise

    async def _attempt(self, row: OutboxMessage) -> None:
        now = utcnow()
        if now >= row.deadline_at:
            error = f"deadline passed after {row.attempts} attempts: {row.last_error or 'never sent'}"
            await self._db(self._record, outbox.failed, row.id, error, now, False)
            return
        if row.channel == "email":
            await self._mail(row, now)
            return
        target = await self._target(row)
        if target.wait:
            await self._db(self._record, outbox.wait, row.id, target.wait)
            return
        if target.problem:
            await self._db(self._record, outbox.failed, row.id, target.problem, now, False)
            return
        if target.failure:
            await self._db(self._settle, row, target.failure)
            return
        pace = _conversation_pace(target.recent)
        outcome = await self._paced_send(target, pace, json.loads(row.payload))
        if outcome is None:
            wait = pace.wait(time.monotonic())
            await self._db(self._record, outbox.postpone, row.id, now + timedelta(seconds=wait))
            return
        await self._db(self._settle, row, outcome, target.conversation_id)

    async def _mail(self, row: OutboxMessage, now: datetime) -> None:
        """Email goes to Graph, outside Teams' pacing, with the same retry rules."""
        if self.mail is None:
            error = "email is not configured (GRAPH_TENANT_ID, GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET, MAIL_FROM)"
            await self._db(self._record, outbox.failed, row.id, error, now, False)
            return
        outcome = await self.mail.send(json.loads(row.payload))
        await self._db(self._settle, row, outcome)

    async def _paced_send(self, target: Target, pace: Pace, activity: dict) -> Outcome | None:
        """Send as soon as the conversation's and the app's windows allow; None if that is too far off."""
        try:
            headers = await self.connector.headers()  # before pacing: a token fetch must not delay a booked send
        except TokenError as exc:
            return Outcome(ok=False, error=f"no app token: {exc}")
        while True:
            now = time.monotonic()
            wait = max(pace.wait(now), self._app_pace.wait(now))
            if wait > MAX_PACE_WAIT:
                return None
            if wait <= 0:
                # Nothing awaits between recording and sending, so the windows hold what really went out.
                pace.start()
                self._app_pace.start()
                try:
                    if target.activity_id:
                        return await self.connector.update(target.service_url, target.conversation_id,
                                                           target.activity_id, target.bot_id, activity, headers)
                    return await self.connector.send(target.service_url, target.conversation_id, target.bot_id,
                                                     activity, headers)
                finally:
                    answered = time.monotonic()
                    pace.settle(answered)
                    self._app_pace.settle(answered)
            await asyncio.sleep(wait)

    def _settle(self, row: OutboxMessage, outcome: Outcome, conversation_id: str | None = None) -> None:
        now = utcnow()
        with self.db.transaction() as session:
            if outcome.ok:
                outbox.delivered(session, row.id, conversation_id, outcome.activity_id, now)
            elif not is_retryable(outcome):
                outbox.failed(session, row.id, outcome.error, now)
            else:
                at = now + timedelta(seconds=backoff(row.attempts + 1, outcome.retry_after, base=self.retry_base))
                if at >= row.deadline_at:
                    outbox.failed(session, row.id, f"deadline passed: {outcome.error}", now)
                else:
                    outbox.retry_later(session, row.id, conversation_id, outcome.error, at, now)
        if not outcome.ok:
            log.warning("outbox: message %s attempt %s: %s", row.id, row.attempts + 1, outcome.error)

    def _record(self, change, *args) -> None:
        with self.db.transaction() as session:
            change(session, *args)

    async def _target(self, row: OutboxMessage) -> Target:
        if row.replaces:
            return await self._db(self._replaced_target, row.replaces)
        if row.conversation_id is not None:
            return await self._db(self._conversation_target, row.conversation_id)
        target, opener = await self._db(self._member_target, row.member_id)
        if target is not None:
            return target
        if not opener.install:
            outcome = await self.connector.create_personal(opener.service_url, opener.bot_id, opener.member.teams_id,
                                                           opener.tenant_id)
        else:
            outcome = await self.installer.personal_chat(opener.member.aad_object_id or opener.member.email)
        if not outcome.ok or not outcome.activity_id:
            error = f"could not open a 1:1 chat: {outcome.error or 'no id came back'}"
            if outcome.ok or is_retryable(outcome):
                return Target(failure=Outcome(ok=False, status=outcome.status, retry_after=outcome.retry_after,
                                              error=error))
            return Target(wait=error)  # Teams or Graph refused: not in the team any more, not found, no permission
        await self._db(self._remember_personal, opener, outcome.activity_id)
        return Target(service_url=opener.service_url, conversation_id=outcome.activity_id, bot_id=opener.bot_id)

    def _replaced_target(self, key: str) -> Target:
        with self.db.transaction() as session:
            original = outbox.by_key(session, key)
            if original is None or original.state == "failed" or not original.activity_id:
                return Target(problem=f"the message it updates ({key}) was never delivered")
            chat = conversation(session, original.conversation_id)
            if chat is None:
                return Target(problem=f"no conversation {original.conversation_id} is known to Accord")
            return Target(service_url=chat.service_url, conversation_id=chat.conversation_id, bot_id=chat.bot_id,
                          activity_id=original.activity_id, recent=_recent(session, chat.conversation_id))

    def _conversation_target(self, conversation_id: str) -> Target:
        with self.db.transaction() as session:
            row = conversation(session, conversation_id)
            if row is None:
                return Target(problem=f"no conversation {conversation_id} is known to Accord")
            if not row.installed:
                return Target(problem="Accord is no longer installed in that conversation")
            return Target(service_url=row.service_url, conversation_id=row.conversation_id, bot_id=row.bot_id,
                          recent=_recent(session, row.conversation_id))

    def _member_target(self, member_id: int) -> tuple[Target | None, Opener | None]:
        with self.db.transaction() as session:
            member = member_by_id(session, member_id)
            if member is None:
                return Target(problem="no such member"), None
            chat = personal_conversation(session, member.id)
            if chat is not None:
                return Target(service_url=chat.service_url, conversation_id=chat.conversation_id,
                              bot_id=chat.bot_id, recent=_recent(session, chat.conversation_id)), None
            verdict = reach_of(session, self.settings, [member])[member.id]
            place = reaching_team(session, member.id) or any_conversation(session, member.tenant_id)
            installing = verdict.reason == INSTALLABLE and self.installer is not None
            if not verdict.reachable or (place is None and not installing):
                return Target(wait=verdict.reason if not verdict.reachable else
                              "Accord is not installed anywhere it could reach this member"), None
            service_url = member.service_url or (place.service_url if place else self.settings.teams_service_url)
            tenant = member.tenant_id or (place.tenant_id if place else None)
            return None, Opener(member, service_url, place.bot_id if place else self.settings.app_id,
                                getattr(place, "bot_name", ""), tenant, installing)

    def _remember_personal(self, opener: Opener, conversation_id: str) -> None:
        member = opener.member
        with self.db.transaction() as session:
            record_conversation(session, conversation_id, kind="personal", service_url=opener.service_url,
                                tenant_id=opener.tenant_id, bot_id=opener.bot_id, bot_name=opener.bot_name,
                                member_id=member.id, installed=True)


def _recent(session, conversation_id: str) -> tuple[datetime, ...]:
    window = max(seconds for _, seconds in CONVERSATION_LIMITS)
    return tuple(outbox.recent_sends(session, conversation_id, utcnow() - timedelta(seconds=window)))


def _conversation_pace(recent: tuple[datetime, ...]) -> Pace:
    """The conversation's windows, rebuilt from the sends recorded in the database."""
    pace = Pace(CONVERSATION_LIMITS)
    mono, wall = time.monotonic(), utcnow()
    for sent in recent:
        pace.record(mono - (wall - sent).total_seconds())
    return pace
