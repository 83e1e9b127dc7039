"""The allocation scorecard: each member's period counted from the records and scored by the pure rule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from bot.rules.fees import Honour, Outcome, honour
from bot.rules.scorecard import Activity, Scorecard, scorecard
from bot.services.fees import fee_lines
from bot.settings import Settings
from storage.members import display_name
from storage.scorecard import (
    dispute_counts,
    members_with_roles,
    quote_counts,
    referral_counts,
    response_hours,
    sanctioned,
)


@dataclass(frozen=True)
class MemberScore:
    """One member's scorecard for a period, with the value of the quotes they won (shown only to those who may)."""

    member_id: int
    name: str
    role: str
    activity: Activity
    card: Scorecard
    value_won_cents: int


def period(now: datetime, days: int) -> tuple[datetime, datetime]:
    """The `days` up to now."""
    return now - timedelta(days=days), now


def scorecards(session: Session, settings: Settings, start: datetime, end: datetime,
               lines: list[Outcome] | None = None) -> list[MemberScore]:
    """Every member with a role, scored over [start, end); `lines`: the fee lines, if already read."""
    quotes, referrals = quote_counts(session, start, end), referral_counts(session, start, end)
    disputes, hours, banned = dispute_counts(session, start, end), response_hours(session, start, end), \
        sanctioned(session, end)
    # A fee line counts in the period of its latest change: the decision, or the prompt going unanswered.
    every = fee_lines(session) if lines is None else lines
    fees = {h.member_id: h for h in honour(line for line in every if start <= line.at < end)}
    scores, weights = [], settings.weights
    for member in members_with_roles(session):
        opened, won, value = quotes.get(member.id, (0, 0, 0))
        given, received = referrals.get(member.id, (0, 0))
        upheld, dismissed = disputes.get(member.id, (0, 0))
        figures = fees.get(member.id)
        activity = Activity(
            quotes_created=opened, quotes_won=won, referrals_given=given, referrals_received=received,
            fees_owed=_owed(figures), fees_within=figures.within if figures else 0,
            fees_outside=figures.outside if figures else 0,
            fees_reasoned=(figures.declined + figures.no_fee) if figures else 0,
            fees_awaiting=figures.awaiting if figures else 0, fees_unanswered=figures.unanswered if figures else 0,
            disputes_upheld=upheld, disputes_dismissed=dismissed, sanctioned=member.id in banned,
            response_hours=tuple(hours.get(member.id, ())))
        scores.append(MemberScore(member.id, display_name(member), member.role or "", activity,
                                  scorecard(activity, weights), value))
    return scores


def _owed(figures: Honour | None) -> int:
    return len(figures.lines) if figures else 0  # one line per decision: each holder's latest outcome on a quote
