"""Leads: the BANT qualification of an enquiry or a referral, written only over the version its card showed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlmodel import Session, select

from storage.history import record_change, snapshot
from storage.models import Enquiry, Lead

LEAD_FIELDS = ("budget_low", "budget_high", "authority", "need", "timeline", "score", "version")


def lead_of(session: Session, subject: str, subject_id: int) -> Lead | None:
    """The qualification of one enquiry or referral, if it has one."""
    return session.exec(select(Lead).where(Lead.subject == subject, Lead.subject_id == subject_id)).first()


def leads_of(session: Session, subject: str, ids: list[int]) -> dict[int, Lead]:
    """The qualifications of many enquiries (or referrals), by id."""
    if not ids:
        return {}
    rows = session.exec(select(Lead).where(Lead.subject == subject, Lead.subject_id.in_(ids)))
    return {row.subject_id: row for row in rows}


def qualify(session: Session, subject: str, subject_id: int, seen: int, *, by: int, at: datetime,
            **values: object) -> Lead | None:
    """Record a qualification over the version the presser saw (0: none yet); None if someone else moved it on.

    Guarded: of two people qualifying the same lead from the same card, the first is recorded and the second is told.
    A first qualification inserts the row; a concurrent first insert loses on the unique (subject, subject_id), and
    the turn, run again, then finds version 1 where it saw 0.
    """
    row = lead_of(session, subject, subject_id)
    if row is None:
        if seen != 0:
            return None
        row = Lead(subject=subject, subject_id=subject_id, qualified_by=by, first_qualified_at=at, qualified_at=at,
                   version=1, **values)
        session.add(row)
        session.flush()
        record_change(session, "lead", row.id, "qualified", by=by, after=snapshot(row, LEAD_FIELDS),
                      note=f"{subject} {subject_id}")
        return row
    before = snapshot(row, LEAD_FIELDS)
    moved = session.execute(update(Lead).where(Lead.id == row.id, Lead.version == seen)
                            .values(version=seen + 1, qualified_by=by, qualified_at=at, **values)
                            .execution_options(synchronize_session=False))
    if moved.rowcount != 1:
        session.refresh(row)
        return None
    session.refresh(row)
    record_change(session, "lead", row.id, "requalified", by=by, before=before, after=snapshot(row, LEAD_FIELDS),
                  note=f"{subject} {subject_id}")
    return row


def qualified_enquiries(session: Session, start: datetime, end: datetime) -> list[tuple[int, datetime, datetime]]:
    """(enquiry id, received, first qualified) of the enquiries first qualified in [start, end)."""
    query = (select(Enquiry.id, Enquiry.received_at, Lead.first_qualified_at)
             .join(Lead, (Lead.subject == "enquiry") & (Lead.subject_id == Enquiry.id))
             .where(Lead.first_qualified_at >= start, Lead.first_qualified_at < end)
             .order_by(Lead.first_qualified_at, Enquiry.id))
    return [(i, r, q) for i, r, q in session.exec(query)]
