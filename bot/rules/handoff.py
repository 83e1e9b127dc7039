"""The won-client handoff (seed 004): what is due or overdue given the dates and `now`, who makes the welcome call,
and reading `update ClientCorp: ...` and `nps ClientCorp 9 ...`."""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.rules.access import OVERSEERS
from bot.rules.words import HandoffState

WELCOME_WITHIN = timedelta(days=7)  # the executive welcome call: within a week of the signed agreement
WELCOME_REMINDER = timedelta(days=5)  # the director is reminded on day 5
WELCOME_ESCALATION = timedelta(days=8)  # every director hears on day 8 if it is still not done
NPS_EVERY_MONTHS = 6
UPDATE_LIMIT = 1000
COMMENT_LIMIT = 1000
OPEN = (HandoffState.kickoff, HandoffState.onboarding, HandoffState.active)

UPDATE_USAGE = "Write it as: update ClientCorp: the kickoff is booked and the team is set."
NPS_USAGE = "Write it as: nps ClientCorp 9 great kickoff (a score from 0 to 10, then a comment if you like)."

_UPDATE = re.compile(r"update\s+(?P<client>[^:]+?)\s*:\s*(?P<text>.*\S.*)", re.IGNORECASE | re.DOTALL)
_NPS = re.compile(r"nps\s+(?P<client>.+?)\s+(?P<score>\d{1,2})(?:/10)?(?:\s*[:,-]?\s+(?P<comment>.*\S.*))?\s*",
                  re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class Clock:
    """A handoff's dates, as the rules read them."""

    state: str
    won_at: datetime
    welcome_done_at: datetime | None = None
    welcome_reminded_at: datetime | None = None
    welcome_escalated_at: datetime | None = None
    onboarded_at: datetime | None = None
    last_nps_at: datetime | None = None  # the latest score recorded
    nps_asked_at: datetime | None = None  # the latest survey reminder sent


def add_months(moment: datetime, months: int) -> datetime:
    """The same day and time `months` later; the 31st of a shorter month is its last day."""
    total = moment.month - 1 + months
    year, month = moment.year + total // 12, total % 12 + 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def welcome_due_by(won_at: datetime) -> datetime:
    """When the executive welcome call must have happened."""
    return won_at + WELCOME_WITHIN


def welcome_on_time(won_at: datetime, done_at: datetime | None) -> bool:
    """True if the welcome call was marked done within the week."""
    return done_at is not None and done_at <= welcome_due_by(won_at)


def welcome_reminder_due(clock: Clock, now: datetime) -> bool:
    """The director's day-5 reminder: once, while the call is not done."""
    return (clock.state in OPEN and clock.welcome_done_at is None and clock.welcome_reminded_at is None
            and now >= clock.won_at + WELCOME_REMINDER)


def welcome_escalation_due(clock: Clock, now: datetime) -> bool:
    """Every director hears on day 8, once, if the call is still not done."""
    return (clock.state in OPEN and clock.welcome_done_at is None and clock.welcome_escalated_at is None
            and now >= clock.won_at + WELCOME_ESCALATION)


def nps_due_at(clock: Clock) -> datetime | None:
    """When the next NPS survey is due: 6 months after onboarding, then 6 months after the latest score."""
    if clock.state != HandoffState.active or clock.onboarded_at is None:
        return None
    since = max(clock.onboarded_at, clock.last_nps_at or clock.onboarded_at)
    return add_months(since, NPS_EVERY_MONTHS)


def nps_reminder_due(clock: Clock, now: datetime) -> datetime | None:
    """The survey's due date if its reminder should go out now (once per due date), else None."""
    due = nps_due_at(clock)
    if due is None or now < due or (clock.nps_asked_at is not None and clock.nps_asked_at >= due):
        return None
    return due


def overdue(clock: Clock, now: datetime, kickoff_days: int = 2) -> list[str]:
    """What is overdue in a handoff at `now`, in words, for `handoffs`."""
    late = []
    if clock.state == HandoffState.kickoff and now >= clock.won_at + timedelta(days=kickoff_days):
        late.append("delivery lead not named")
    if clock.state in OPEN and clock.welcome_done_at is None and now > welcome_due_by(clock.won_at):
        late.append("welcome call overdue")
    due = nps_due_at(clock)
    if due is not None and now >= due:
        late.append("NPS survey due")
    return late


def pick_director(directors: Sequence[int], preferred: Sequence[int], last: int | None) -> int | None:
    """Who makes the welcome call: the first preferred director (the client's holder, or a holder's firm's), else
    the next director after `last` in id order (round robin); None when the network has no director."""
    ordered = sorted(set(directors))
    if not ordered:
        return None
    for candidate in preferred:
        if candidate in ordered:
            return candidate
    if last is None:
        return ordered[0]
    return next((d for d in ordered if d > last), ordered[0])


@dataclass(frozen=True)
class UpdateAsk:
    """`update ClientCorp: ...` read into its parts."""

    client: str
    text: str


def parse_update(text: str) -> tuple[UpdateAsk | None, str | None]:
    """The client and the update, or why the message cannot be read as one."""
    found = _UPDATE.fullmatch(text.strip())
    if not found:
        return None, UPDATE_USAGE
    update = found["text"].strip()
    if len(update) > UPDATE_LIMIT:
        return None, f"Too long: keep an update under {UPDATE_LIMIT} characters."
    return UpdateAsk(found["client"].strip(), update), None


@dataclass(frozen=True)
class NpsAsk:
    """`nps ClientCorp 9 great kickoff` read into its parts."""

    client: str
    score: int
    comment: str | None


def parse_nps(text: str) -> tuple[NpsAsk | None, str | None]:
    """The client, score and comment, or why the message cannot be read as one."""
    found = _NPS.fullmatch(text.strip())
    if not found:
        return None, NPS_USAGE
    score = int(found["score"])
    if score > 10:
        return None, "A score is from 0 to 10."
    comment = (found["comment"] or "").strip() or None
    if comment and len(comment) > COMMENT_LIMIT:
        return None, f"Too long: keep the comment under {COMMENT_LIMIT} characters."
    return NpsAsk(found["client"].strip(), score, comment), None


def check_score(value: object) -> int | None:
    """A score from a card's input: an integer from 0 to 10, else None."""
    text = str(value if value is not None else "").strip()
    if not text.isascii() or not text.isdigit() or len(text) > 2:
        return None
    score = int(text)
    return score if score <= 10 else None


def nps_category(score: int) -> str:
    """Promoter (9-10), passive (7-8) or detractor (0-6)."""
    return "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"


def nps(scores: Sequence[int]) -> int | None:
    """The net promoter score of some scores: percent promoters minus percent detractors; None without scores."""
    if not scores:
        return None
    promoters = sum(1 for s in scores if s >= 9)
    detractors = sum(1 for s in scores if s <= 6)
    return round(100 * (promoters - detractors) / len(scores))


def may_update(member_id: int, delivery_lead_id: int | None, owner_id: int, role: str | None) -> bool:
    """Onboarding updates and scores come from the delivery lead (or the deal owner, a director or an admin)."""
    return member_id in (delivery_lead_id, owner_id) or role in OVERSEERS


def kickoff_moment(day: str | None, time: str | None, zone: ZoneInfo,
                   now: datetime) -> tuple[datetime | None, str | None]:
    """The kickoff call from the card's date (YYYY-MM-DD) and time (HH:MM) in the network's zone, as UTC; no date is
    "to be booked" (None). A time without a date, a bad value, or a day more than a year away is refused."""
    day, time = (day or "").strip(), (time or "").strip()
    if not day:
        return None, ("Give the kickoff call's date too, or leave both empty." if time else None)
    try:
        moment = datetime.strptime(f"{day} {time or '09:00'}", "%Y-%m-%d %H:%M").replace(tzinfo=zone)
    except ValueError:
        return None, "Give the kickoff call as a date (and a time) from the card's pickers."
    if not now - timedelta(days=31) <= moment <= now + timedelta(days=366):
        return None, "The kickoff call must be within a year from now."
    return moment.astimezone(UTC), None
