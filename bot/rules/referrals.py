"""Referrals: reading `refer ...`, the introduction's life (seeds 001 and 002), and when to remind."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.rules.access import OVERSEERS
from bot.rules.enquiries import business_days_later
from bot.rules.words import ReferralState

USAGE = "Write it as: refer John Doe <john@clientcorp.com> at ClientCorp to @Member, then a note if you like."
MENTION = "@mention"  # the handler writes each person @mentioned in the message as @mention0, @mention1...

_REFER = re.compile(r"refer\s+(?P<who>.+?)\s+(?:at|from)\s+(?P<client>.+?)\s+to\s+"
                    r"(?P<to>@mention\d+|<?[^\s<>@]+@[^\s<>@]+>?)(?:\s+(?P<note>.*))?", re.IGNORECASE | re.DOTALL)
_EMAIL = re.compile(r"<?(?P<email>[^\s<>@]+@[^\s<>@]+?)>?(?=\s|$)")
LIMITS = (("name", 200), ("email", 320), ("client", 300), ("note", 1000))

TRANSITIONS: dict[str, tuple[str, ...]] = {
    ReferralState.introduced: (ReferralState.acknowledged, ReferralState.in_progress, ReferralState.won,
                               ReferralState.lost),
    ReferralState.acknowledged: (ReferralState.in_progress, ReferralState.won, ReferralState.lost),
    ReferralState.in_progress: (ReferralState.won, ReferralState.lost),
}


@dataclass(frozen=True)
class ReferralAsk:
    """What `refer ...` asked for: the contact, the client as typed, the recipient and a note."""

    name: str
    email: str | None
    client: str
    mention: int | None = None  # index into the message's mentions
    recipient_email: str | None = None
    note: str | None = None


def parse_refer(text: str) -> tuple[ReferralAsk | None, str | None]:
    """The referral a normalised `refer ...` message asks for, or what is wrong with it."""
    if "\x00" in text:
        return None, "Remove the NUL characters from the message."
    found = _REFER.fullmatch(text.strip())
    if found is None:
        return None, USAGE
    who = found["who"]
    email = _EMAIL.search(who)
    name = (who[:email.start()] + who[email.end():]).strip(" ,") if email else who.strip()
    to = found["to"].strip("<>")
    mentioned = to.lower().startswith(MENTION)
    note = (found["note"] or "").strip(" :-–") or None
    ask = ReferralAsk(name=name, email=email["email"].lower() if email else None, client=found["client"].strip(),
                      mention=int(to[len(MENTION):]) if mentioned else None,
                      recipient_email=None if mentioned else to.lower(), note=note)
    if not ask.name and not ask.email:
        return None, USAGE
    if MENTION in f"{ask.name} {ask.client}".lower():
        return None, "Mention only the member you refer to, after “to”. " + USAGE
    too_long = [label for label, limit in LIMITS if len(getattr(ask, label) or "") > limit]
    return (None, f"Too long: {', '.join(too_long)}.") if too_long else (ask, None)


def check_move(state: str, to: str, *, recipient: bool, role: str | None) -> str | None:
    """Why this member may not move a referral from `state` to `to`; None if they may."""
    if not (recipient or role in OVERSEERS):
        return "Only the member the introduction was made to, or a director or admin, can update it."
    if state == to:
        return f"This introduction is already {state}."
    allowed = TRANSITIONS.get(state, ())
    if not allowed:
        return f"This introduction is {state}; it cannot change any more."
    if to not in allowed:
        return f"An introduction that is {state} can next be {' or '.join(allowed)}, not {to}."
    return None


def next_moves(state: str) -> tuple[str, ...]:
    """The updates the recipient can make next (their card's buttons)."""
    return TRANSITIONS.get(state, ())


def reminder_due(introduced_at: datetime, now: datetime, days: int, zone: ZoneInfo) -> bool:
    """True once `days` business days have passed since the introduction."""
    return now >= business_days_later(introduced_at, days, zone)


UPDATE_LIMIT = 500  # a short update: a line or two for the other member, not a report
UPDATE_USAGE = "Write it as: referral 12 update: sent the proposal today"


def update_problem(text: str, *, party: bool, role: str | None) -> str | None:
    """Why this member may not add this update to a referral; None if they may."""
    if not (party or role in OVERSEERS):
        return "Only the two members of this introduction, or a director or admin, can add an update to it."
    if not text:
        return UPDATE_USAGE
    if len(text) > UPDATE_LIMIT or "\x00" in text:
        return f"Keep an update to {UPDATE_LIMIT} characters of plain text."
    return None


def told_of_update(introducer_id: int, recipient_id: int, by: int) -> tuple[int, ...]:
    """Who hears of an update: the other member; both when a director or admin adds it."""
    return tuple(m for m in (introducer_id, recipient_id) if m != by)


def quiet_due(last_activity: datetime, now: datetime, days: int, zone: ZoneInfo, told_at: datetime | None) -> bool:
    """True once a referral has had no change or update for `days` business days, and only once per quiet spell."""
    if told_at is not None and told_at >= last_activity:
        return False
    return now >= business_days_later(last_activity, days, zone)
