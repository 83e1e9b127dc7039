"""Referrals: introductions of a client contact from one member to another, and each change to them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, update
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from storage.db import get
from storage.history import move, record_change, snapshot
from storage.models import Client, Member, Referral, ReferralState, ReferralUpdate
from storage.types import utcnow

REFERRAL_FIELDS = ("client_id", "contact_name", "contact_email", "introducer_id", "recipient_id", "note", "state")


def referral(session: Session, referral_id: int | None) -> Referral | None:
    """One referral by id; None for an id no row can have."""
    return get(session, Referral, referral_id)


def add_referral(session: Session, **fields) -> Referral:
    """Record an introduction and its first change, made by the introducer."""
    now = utcnow()
    row = Referral(**{"created_at": now, "updated_at": now, **fields})
    session.add(row)
    session.flush()
    record_change(session, "referral", row.id, action=row.state, by=row.introducer_id,
                  after=snapshot(row, REFERRAL_FIELDS))
    return row


def same_recent(session: Session, since: datetime, **fields: Any) -> Referral | None:
    """The introduction with exactly these fields made since `since`, if any."""
    same = (getattr(Referral, key) == value for key, value in fields.items())
    query = select(Referral).where(Referral.created_at >= since, *same)
    return session.exec(query.order_by(Referral.id)).first()


def move_referral(session: Session, row: Referral, state: str, *, by: int) -> bool:
    """Move a referral on from the state it was read in (any answer acknowledges it); False if it had moved on."""
    acknowledged = row.acknowledged_at or utcnow()
    return move(session, row, "referral", REFERRAL_FIELDS, state, by=by, acknowledged_at=acknowledged)


def unacknowledged(session: Session) -> list[Referral]:
    """Introductions nobody has acknowledged or been reminded about yet, oldest first."""
    query = select(Referral).where(Referral.state == ReferralState.introduced, Referral.acknowledged_at.is_(None),
                                   Referral.reminded_at.is_(None))
    return list(session.exec(query.order_by(Referral.created_at, Referral.id)))


def mark_reminded(session: Session, row: Referral, at: datetime) -> None:
    """Remember that the reminder went out."""
    row.reminded_at = at
    session.flush()


def referrals_involving(session: Session, member_id: int) -> list[tuple[Referral, Client, Member, Member]]:
    """Referrals a member made or received, newest first, with the client, the introducer and the recipient."""
    introducer, recipient = aliased(Member), aliased(Member)
    query = (
        select(Referral, Client, introducer, recipient)
        .join(Client, Client.id == Referral.client_id)
        .join(introducer, introducer.id == Referral.introducer_id)
        .join(recipient, recipient.id == Referral.recipient_id)
        .where(or_(Referral.introducer_id == member_id, Referral.recipient_id == member_id))
        .order_by(Referral.created_at.desc(), Referral.id.desc())
    )
    return [tuple(row) for row in session.execute(query).all()]


def introducers_to(session: Session, recipient_id: int, client_id: int) -> list[tuple[Referral, Member]]:
    """Who introduced this client to this member, with their referral, oldest first."""
    query = (
        select(Referral, Member)
        .join(Member, Member.id == Referral.introducer_id)
        .where(Referral.recipient_id == recipient_id, Referral.client_id == client_id)
        .order_by(Referral.created_at, Referral.id)
    )
    return [tuple(row) for row in session.execute(query).all()]


def add_update(session: Session, referral_id: int, member_id: int, text: str, at: datetime) -> ReferralUpdate:
    """Keep one party's update to a referral, with who and when."""
    row = ReferralUpdate(referral_id=referral_id, member_id=member_id, text=text, created_at=at)
    session.add(row)
    session.flush()
    return row


def updates_of(session: Session, referral_id: int) -> list[ReferralUpdate]:
    """A referral's updates, oldest first."""
    query = select(ReferralUpdate).where(ReferralUpdate.referral_id == referral_id)
    return list(session.exec(query.order_by(ReferralUpdate.created_at, ReferralUpdate.id)))


def latest_updates(session: Session, referral_ids: list[int]) -> dict[int, tuple[ReferralUpdate, Member]]:
    """Each referral's newest update with its author, for those that have one."""
    query = (select(ReferralUpdate, Member).join(Member, Member.id == ReferralUpdate.member_id)
             .where(ReferralUpdate.referral_id.in_(referral_ids))
             .order_by(ReferralUpdate.created_at, ReferralUpdate.id))
    return {update.referral_id: (update, member) for update, member in session.execute(query).all()}


def still_open(session: Session) -> list[tuple[Referral, datetime]]:
    """Referrals neither won nor lost, each with its last activity: its last change of state or its last update."""
    latest = (select(ReferralUpdate.referral_id, func.max(ReferralUpdate.created_at).label("at"))
              .group_by(ReferralUpdate.referral_id).subquery())
    query = (select(Referral, latest.c.at).outerjoin(latest, latest.c.referral_id == Referral.id)
             .where(Referral.state.not_in([ReferralState.won, ReferralState.lost])).order_by(Referral.id))
    return [(row, max(row.updated_at, at) if at else row.updated_at) for row, at in session.execute(query).all()]


def mark_quiet(session: Session, row: Referral, last_activity: datetime, at: datetime) -> bool:
    """Remember the introducer was told this quiet spell; False if another replica told them first."""
    result = session.execute(update(Referral).where(Referral.id == row.id, or_(
        Referral.quiet_told_at.is_(None), Referral.quiet_told_at < last_activity)).values(quiet_told_at=at)
        .execution_options(synchronize_session=False))
    session.refresh(row)
    return result.rowcount == 1
