"""The scorecard's reads: per member, what they did on the platform in a period, counted in the database."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import func, literal, or_
from sqlmodel import Session, select

from bot.rules.words import DisputeOutcome
from storage.board import hours_between
from storage.models import Dispute, Enquiry, Member, Quote, QuoteStatus, Referral, Sanction
from storage.types import UTCDateTime

DECIDED = (DisputeOutcome.upheld, DisputeOutcome.not_upheld)  # settled disputes count neither way


def members_with_roles(session: Session) -> list:
    """Everyone who may be allocated work or scored: members with a role, by name (id, name, email, role: what a
    scorecard shows; thousands of whole rows cost more than the scoring)."""
    return list(session.execute(select(Member.id, Member.name, Member.email, Member.role)
                                .where(Member.role.is_not(None)).order_by(Member.name, Member.id)))


def quote_counts(session: Session, start: datetime, end: datetime) -> dict[int, tuple[int, int, int]]:
    """member id -> (quotes opened, quotes won, value won in minor units) in [start, end)."""
    opened = _grouped(session, Quote.owner_id, Quote.opened_at >= start, Quote.opened_at < end)
    won_at = func.coalesce(Quote.closed_at, Quote.updated_at)
    rows = session.execute(select(Quote.owner_id, func.count(), func.coalesce(func.sum(Quote.value_cents), 0))
                           .where(Quote.status == QuoteStatus.won, won_at >= start, won_at < end)
                           .group_by(Quote.owner_id))
    won = {member: (count, int(value)) for member, count, value in rows}
    members = set(opened) | set(won)
    return {m: (opened.get(m, 0), *won.get(m, (0, 0))) for m in members}


def referral_counts(session: Session, start: datetime, end: datetime) -> dict[int, tuple[int, int]]:
    """member id -> (introductions given, introductions received) in [start, end)."""
    within = (Referral.created_at >= start, Referral.created_at < end)
    given = _grouped(session, Referral.introducer_id, *within)
    received = _grouped(session, Referral.recipient_id, *within)
    return {m: (given.get(m, 0), received.get(m, 0)) for m in set(given) | set(received)}


def dispute_counts(session: Session, start: datetime, end: datetime) -> dict[int, tuple[int, int]]:
    """member id -> (disputes against them upheld, not upheld) resolved in [start, end)."""
    rows = session.execute(select(Dispute.against_id, Dispute.outcome, func.count())
                           .where(Dispute.against_id.is_not(None), Dispute.resolved_at >= start,
                                  Dispute.resolved_at < end, Dispute.outcome.in_(DECIDED))
                           .group_by(Dispute.against_id, Dispute.outcome))
    counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for member, outcome, count in rows:
        counts[member][0 if outcome == DisputeOutcome.upheld else 1] += count
    return {m: (c[0], c[1]) for m, c in counts.items()}


def sanctioned(session: Session, at: datetime) -> set[int]:
    """Members with a sanction in force at `at`."""
    rows = session.execute(select(Sanction.member_id).where(Sanction.created_at <= at,
                                                            or_(Sanction.until.is_(None), Sanction.until > at)))
    return {member for (member,) in rows}


def response_hours(session: Session, start: datetime, end: datetime) -> dict[int, list[float]]:
    """member id -> hours from arrival to first action for enquiries they held that arrived in [start, end); one not
    acted on yet counts up to `end`."""
    # Counted in SQL: a year of enquiries is tens of thousands of timestamps to read back otherwise.
    taken = hours_between(session, Enquiry.received_at, func.coalesce(Enquiry.acted_at, literal(end, UTCDateTime)))
    rows = session.execute(select(Enquiry.holder_id, taken)
                           .where(Enquiry.holder_id.is_not(None), Enquiry.received_at >= start,
                                  Enquiry.received_at < end))
    hours: dict[int, list[float]] = defaultdict(list)
    for member, spent in rows:
        hours[member].append(max(0.0, round(float(spent), 4)))  # SQLite counts in fractions of a day
    return dict(hours)


def _grouped(session: Session, column, *where) -> dict[int, int]:
    return {key: count for key, count in session.execute(select(column, func.count()).where(*where)
                                                         .group_by(column))}
