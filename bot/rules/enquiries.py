"""Who hears first about an enquiry, what may happen to it, and when its reminder is due."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.rules.access import Viewer
from bot.rules.ownership import DNA, FlagFact, holder_or_insider, rank
from bot.rules.quotes import basis_as_seen
from bot.rules.words import Basis

# An enquiry is about work: a live project or quote outranks a declared relationship or an old project.
FIRST_TO_HEAR = (Basis.active_project, Basis.active_quote, Basis.declared_relationship, DNA, Basis.introduction,
                 Basis.past_project)
CLOSED = "closed"
REFERRER_QUOTE = 300  # characters of what a visitor typed that a note to the member they named quotes
BD_RESPONDING = "bd responding"


def first_holder(facts: list[FlagFact], person_email: str | None) -> FlagFact | None:
    """The holder to tell first: whoever covers the enquirer as a contact, else the strongest basis, oldest first."""
    if not facts:
        return None
    email = (person_email or "").strip().lower()
    covering = [f for f in facts if email and (f.contact_email or "").lower() == email]
    pool = covering or facts
    return min(pool, key=lambda f: (rank(f.basis, FIRST_TO_HEAR), f.since))


def routing_reason(viewer: Viewer, holder: FlagFact | None, partner_quotes_visible_to_bd: bool) -> str | None:
    """Why an enquiry went to its holder: for the holder, BD, directors and admins, never in public; else None."""
    if holder is None or not holder_or_insider(viewer, holder):
        return None
    return basis_as_seen(holder.basis, viewer, holder.holder_id, holder.partner_quote, partner_quotes_visible_to_bd)


def referrer_notice_key(member_id: int, email: str | None, name: str, moment: datetime, zone: ZoneInfo) -> str:
    """The outbox key of a note to a member named as the referrer: one per member, sender and day in the zone."""
    # A public form can name anyone, so the same visitor gets a member one note a day, however often they send it.
    address = (email or "").strip().lower()
    sender = f"email:{address}" if address else f"name:{' '.join(name.split()).casefold()}"
    digest = hashlib.sha256(sender.encode()).hexdigest()[:32]
    return f"enquiry:referrer:{member_id}:{digest}:{moment.astimezone(zone).date().isoformat()}"


def may_route(state: str) -> bool:
    """Whether an enquiry in this state can still be routed: once closed it stays closed, whatever a card offers."""
    return state != CLOSED


def channel_moves(state: str) -> tuple[str, ...]:
    """The moves the channel card offers in this state: none once closed, no hand-over to BD once BD responds."""
    if not may_route(state):
        return ()
    return (CLOSED,) if state == BD_RESPONDING else (BD_RESPONDING, CLOSED)


def business_days_later(start: datetime, days: int, zone: ZoneInfo) -> datetime:
    """The moment `days` business days (Monday to Friday, in the network's zone) after `start`."""
    local = start.astimezone(zone)
    if local.weekday() >= 5:  # an enquiry on a weekend starts counting on Monday morning
        local = (local + timedelta(days=7 - local.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
    while days:
        local += timedelta(days=1)
        if local.weekday() < 5:
            days -= 1
    return local.astimezone(start.tzinfo)
