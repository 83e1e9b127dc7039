"""Enquiries: stored once per source delivery, with their routing state."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from storage.db import get
from storage.models import Enquiry
from storage.types import utcnow


def enquiry_by_key(session: Session, source_key: str) -> Enquiry | None:
    """The enquiry a source already delivered under this key."""
    return session.exec(select(Enquiry).where(Enquiry.source_key == source_key)).first()


def enquiry(session: Session, enquiry_id: int | None) -> Enquiry | None:
    """One enquiry by id; None for an id no row can have."""
    return get(session, Enquiry, enquiry_id)


def add_enquiry(session: Session, **fields) -> Enquiry:
    """Store a new enquiry."""
    row = Enquiry(**fields)
    session.add(row)
    session.flush()
    return row


def set_state(session: Session, row: Enquiry, state: str) -> None:
    """Move an enquiry to another routing state: someone has acted on it."""
    now = utcnow()
    row.state, row.updated_at, row.acted_at = state, now, row.acted_at or now
    session.flush()


def awaiting_action(session: Session) -> list[Enquiry]:
    """Held enquiries nobody has acted on or been reminded about yet, oldest first."""
    query = select(Enquiry).where(Enquiry.holder_id.is_not(None), Enquiry.acted_at.is_(None),
                                  Enquiry.reminded_at.is_(None), Enquiry.state != "closed")
    return list(session.exec(query.order_by(Enquiry.received_at)))


def mark_reminded(session: Session, row: Enquiry, at: datetime) -> None:
    """Remember that the reminder went out."""
    row.reminded_at = at
    session.flush()


def enquiries_since(session: Session, since: datetime) -> list[Enquiry]:
    """Enquiries received since a moment, newest first."""
    query = select(Enquiry).where(Enquiry.received_at >= since).order_by(Enquiry.received_at.desc(), Enquiry.id)
    return list(session.exec(query))
