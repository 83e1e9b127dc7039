"""Disputes and sanctions: the rows, the guarded state changes, and the lists people ask for."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, update
from sqlmodel import Session, select

from storage.models import Dispute, Member, Sanction
from storage.types import utcnow

FIELDS = ("client_id", "raised_by", "against_id", "what", "state", "coordinator_id", "outcome", "summary",
          "published_at", "resolved_at")


def dispute(session: Session, dispute_id: int) -> Dispute | None:
    """One dispute by id."""
    return session.get(Dispute, dispute_id)


def add_dispute(session: Session, **fields: Any) -> Dispute:
    """Store a new dispute."""
    row = Dispute(**fields)
    session.add(row)
    session.flush()
    return row


def same_recent(session: Session, raised_by: int, against_id: int | None, client_id: int | None, what: str,
                since: datetime) -> Dispute | None:
    """The same dispute from the same member raised since `since`: a double-pressed form, not a new claim."""
    query = select(Dispute).where(Dispute.raised_by == raised_by, Dispute.against_id == against_id,
                                  Dispute.client_id == client_id, Dispute.what == what, Dispute.created_at >= since)
    return session.exec(query.order_by(Dispute.id)).first()


def change(session: Session, row: Dispute, *, expect: dict[str, Any], **fields: Any) -> bool:
    """Apply `fields` only if the row still has the `expect`ed values; False if someone else got there first."""
    guards = [getattr(Dispute, k).is_(None) if v is None else getattr(Dispute, k) == v for k, v in expect.items()]
    result = session.execute(update(Dispute).where(Dispute.id == row.id, *guards)
                             .values(**fields, updated_at=utcnow()).execution_options(synchronize_session=False))
    session.refresh(row)
    return result.rowcount == 1


def unresolved(session: Session, limit: int) -> list[Dispute]:
    """Disputes still open or in mediation, oldest first."""
    query = select(Dispute).where(Dispute.state != "resolved").order_by(Dispute.created_at, Dispute.id)
    return list(session.exec(query.limit(limit)))


def involving(session: Session, member_id: int, limit: int) -> list[Dispute]:
    """Disputes a member raised, is named in or coordinates, newest first."""
    query = select(Dispute).where(or_(Dispute.raised_by == member_id, Dispute.against_id == member_id,
                                      Dispute.coordinator_id == member_id))
    return list(session.exec(query.order_by(Dispute.created_at.desc(), Dispute.id.desc()).limit(limit)))


def published(session: Session, limit: int) -> list[Dispute]:
    """Published outcomes, newest first."""
    query = select(Dispute).where(Dispute.published_at.is_not(None))
    return list(session.exec(query.order_by(Dispute.published_at.desc(), Dispute.id.desc()).limit(limit)))


def members_to_name(session: Session) -> list[Member]:
    """Every member with a role, by name: who a dispute can be raised against."""
    query = select(Member).where(Member.role.is_not(None)).order_by(func.lower(Member.name), Member.id)
    return list(session.exec(query))


def members_by_id(session: Session, ids: set[int]) -> dict[int, Member]:
    """The members with these ids."""
    if not ids:
        return {}
    return {m.id: m for m in session.exec(select(Member).where(Member.id.in_(ids)))}


def add_sanction(session: Session, **fields: Any) -> Sanction:
    """Record a sanction."""
    row = Sanction(**fields)
    session.add(row)
    session.flush()
    return row


def active_sanctions(session: Session, member_id: int, now: datetime) -> list[Sanction]:
    """A member's sanctions still in force, ending soonest first."""
    query = select(Sanction).where(Sanction.member_id == member_id,
                                   or_(Sanction.until.is_(None), Sanction.until > now))
    return list(session.exec(query.order_by(Sanction.until, Sanction.id)))
