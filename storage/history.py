"""The change log: every change to an approach, quote, fee, referral or dispute, kept as evidence."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, SQLModel, select

from storage.models import Change
from storage.types import utcnow


def snapshot(row: SQLModel, fields: tuple[str, ...]) -> dict[str, Any]:
    """The named fields of a row as JSON-ready values."""
    return {k: (v.isoformat() if isinstance(v, datetime) else v) for k in fields for v in [getattr(row, k)]}


def record_change(session: Session, subject: str, subject_id: int, action: str, *, by: int | None,
                  before: dict[str, Any] | None = None, after: dict[str, Any] | None = None,
                  note: str | None = None) -> Change:
    """Keep one change: what it was done to, what was done, by whom, before and after."""
    row = Change(subject=subject, subject_id=subject_id, action=action, changed_by=by, changed_at=utcnow(),
                 before=before, after=after, note=note[:1000] if note else None)
    session.add(row)
    session.flush()
    return row


def move(session: Session, row: SQLModel, subject: str, fields: tuple[str, ...], state: str, *, by: int | None,
         note: str | None = None, action: str | None = None, **values: Any) -> bool:
    """Move a row on from the state it was read in, keeping who, when, before and after; False if it had moved on."""
    before = snapshot(row, fields)
    model = type(row)
    # Guarded by the state read: of two moves pressed at the same moment (won and dropped) only the first counts.
    result = session.execute(update(model).where(model.id == row.id, model.state == row.state)
                             .values(state=state, updated_at=utcnow(), **values)
                             .execution_options(synchronize_session=False))
    session.refresh(row)
    if result.rowcount != 1:
        return False
    record_change(session, subject, row.id, action=action or state, by=by, before=before,
                  after=snapshot(row, fields), note=note)
    return True


def changes(session: Session, subject: str, subject_id: int) -> list[Change]:
    """The recorded changes to one thing, oldest first."""
    query = select(Change).where(Change.subject == subject, Change.subject_id == subject_id)
    return list(session.exec(query.order_by(Change.changed_at, Change.id)))
