"""Disputes and sanctions: the rows, the guarded state changes (each kept in the change log), and the lists."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, update
from sqlmodel import Session, select

from storage.db import get
from storage.history import changes, record_change, snapshot
from storage.models import Change, Dispute, Member, Sanction
from storage.types import utcnow

SUBJECT = "dispute"  # a dispute's name in the change log
FIELDS = ("client_id", "raised_by", "against_id", "what", "state", "coordinator_id", "outcome", "summary",
          "published_at", "resolved_at")


def dispute(session: Session, dispute_id: int | None) -> Dispute | None:
    """One dispute by id; None for an id no row can have."""
    return get(session, Dispute, dispute_id)


def add_dispute(session: Session, **fields: Any) -> Dispute:
    """Store a new dispute, logged as raised by its raiser."""
    row = Dispute(**fields)
    session.add(row)
    session.flush()
    record_change(session, SUBJECT, row.id, "raised", by=row.raised_by, after=snapshot(row, FIELDS))
    return row


def same_recent(session: Session, raised_by: int, against_id: int | None, client_id: int | None, what: str,
                since: datetime) -> Dispute | None:
    """The same dispute from the same member raised since `since`: a double-pressed form, not a new claim."""
    query = select(Dispute).where(Dispute.raised_by == raised_by, Dispute.against_id == against_id,
                                  Dispute.client_id == client_id, Dispute.what == what, Dispute.created_at >= since)
    return session.exec(query.order_by(Dispute.id)).first()


def change(session: Session, row: Dispute, action: str, *, by: int, expect: dict[str, Any], note: str | None = None,
           **fields: Any) -> bool:
    """Apply `fields` if the row still has the `expect`ed values and log it as `action`; False if another was first."""
    guards = [getattr(Dispute, k).is_(None) if v is None else getattr(Dispute, k) == v for k, v in expect.items()]
    result = session.execute(update(Dispute).where(Dispute.id == row.id, *guards)
                             .values(**fields, updated_at=utcnow()).execution_options(synchronize_session=False))
    session.refresh(row)
    if result.rowcount != 1:
        return False
    record_change(session, SUBJECT, row.id, action, by=by, before=expect, after=snapshot(row, tuple(fields)),
                  note=note)
    return True


def timeline(session: Session, dispute_id: int) -> list[Change]:
    """Everything done to a dispute, oldest first."""
    return changes(session, SUBJECT, dispute_id)


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


def add_sanction(session: Session, timeline_note: str, **fields: Any) -> Sanction:
    """Record a sanction in the change log and, when it comes from a dispute, on that dispute's timeline."""
    row = Sanction(**fields)
    session.add(row)
    session.flush()
    after = snapshot(row, ("member_id", "dispute_id", "text", "until"))
    record_change(session, "sanction", row.id, "imposed", by=row.imposed_by, after=after, note=row.text)
    if row.dispute_id is not None:
        record_change(session, SUBJECT, row.dispute_id, "sanction", by=row.imposed_by, after=after,
                      note=timeline_note)
    return row


def active_sanctions(session: Session, member_id: int, now: datetime) -> list[Sanction]:
    """A member's sanctions still in force, ending soonest first."""
    query = select(Sanction).where(Sanction.member_id == member_id,
                                   or_(Sanction.until.is_(None), Sanction.until > now))
    return list(session.exec(query.order_by(Sanction.until, Sanction.id)))
