"""The change log: every change to an approach, quote, fee, referral or dispute, kept as evidence."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, update
from sqlmodel import Session, SQLModel, select

from storage.batches import chunks
from storage.models import Approach, Change, Dispute, Fee, FeePrompt, Flag, FlagChange, Member, Quote, Referral
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


# What each kind of record is called in the change log, and its table: a client's history gathers them all.
_BY_CLIENT = {"quote": Quote, "approach": Approach, "fee": Fee, "fee_prompt": FeePrompt, "referral": Referral,
              "dispute": Dispute}


def rows_named(session: Session, model: type[SQLModel], ids: Iterable[int]) -> dict[int, Any]:
    """The rows of one table that history events name, by id (bounded batches, whatever the number)."""
    return {row.id: row for batch in chunks(set(ids))
            for row in session.exec(select(model).where(model.id.in_(batch)))}  # type: ignore[attr-defined]


def client_history(session: Session, client_id: int) -> list[Event]:
    """Every change to a client's flags, quotes, approaches, fees, referrals and disputes, oldest first."""
    flags = select(Flag.id).where(Flag.client_id == client_id)
    found = _flag_events(session, FlagChange.flag_id.in_(flags))
    for subject, model in _BY_CLIENT.items():
        ids = select(model.id).where(model.client_id == client_id)
        found += _logged(session, Change.subject == subject, Change.subject_id.in_(ids))
    found += _logged(session, Change.subject == "client", Change.subject_id == client_id)
    return sorted(found, key=lambda e: (e.at, e.subject, e.subject_id, e.id))


def member_history(session: Session, member_id: int) -> list[Event]:
    """Every change a member made, and every change to their own flags, oldest first."""
    theirs = select(Flag.id).where(Flag.holder_id == member_id)
    found = _flag_events(session, or_(FlagChange.flag_id.in_(theirs), FlagChange.changed_by == member_id))
    found += _logged(session, Change.changed_by == member_id)
    return sorted(found, key=lambda e: (e.at, e.subject, e.subject_id, e.id))


@dataclass(frozen=True)
class Event:
    """One recorded change: to what, what was done, by whom and through what, and the record before and after."""

    id: int
    at: datetime
    subject: str
    subject_id: int
    action: str
    by: str | None  # the member's name; None: an import, the platform or Accord itself
    via: str | None  # how it came: import, chat, quote:12, ...; or the note kept with it
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def _flag_events(session: Session, *where: Any) -> list[Event]:
    rows = session.exec(select(FlagChange, Member.name).outerjoin(Member, Member.id == FlagChange.changed_by)
                        .where(*where))
    return [Event(c.id, c.changed_at, "flag", c.flag_id, "created" if c.before is None else "changed", name,
                  c.source, c.before, c.after) for c, name in rows]


def _logged(session: Session, *where: Any) -> list[Event]:
    rows = session.exec(select(Change, Member.name).outerjoin(Member, Member.id == Change.changed_by).where(*where))
    return [Event(c.id, c.changed_at, c.subject, c.subject_id, c.action, name, c.note, c.before, c.after)
            for c, name in rows]
