"""Referral fees: proposed by a deal owner to a holder, answered, invoiced, paid; each change in the change log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_
from sqlmodel import Session, select

from storage.history import record_change, snapshot
from storage.models import Change, Fee, Quote
from storage.types import utcnow

FEE_FIELDS = ("quote_id", "client_id", "payer_id", "payee_id", "basis", "percent", "state", "reason")


def fee(session: Session, fee_id: int) -> Fee | None:
    """One fee by id."""
    return session.get(Fee, fee_id)


def fee_quote(session: Session, quote_id: int) -> Quote | None:
    """The quote a fee prompt is about."""
    return session.get(Quote, quote_id)


def add_fee(session: Session, *, by: int, **fields) -> Fee:
    """Record a new fee (proposed, or no fee) and its first change."""
    now = utcnow()
    row = Fee(**fields, created_at=now, updated_at=now)
    session.add(row)
    session.flush()
    record_change(session, "fee", row.id, action=row.state, by=by, after=snapshot(row, FEE_FIELDS), note=row.reason)
    return row


def move_fee(session: Session, row: Fee, state: str, *, by: int, reason: str | None = None) -> None:
    """Move a fee to another state, keeping who, when, before and after."""
    before = snapshot(row, FEE_FIELDS)
    row.state, row.updated_at = state, utcnow()
    if reason:
        row.reason = reason
    session.flush()
    record_change(session, "fee", row.id, action=state, by=by, before=before, after=snapshot(row, FEE_FIELDS),
                  note=reason)


def fees_for(session: Session, *, client_id: int, payer_id: int, quote_id: int | None) -> list[Fee]:
    """The fees a payer recorded for one quote (or, without a quote, for the client directly), oldest first."""
    query = select(Fee).where(Fee.client_id == client_id, Fee.payer_id == payer_id)
    query = query.where(Fee.quote_id == quote_id if quote_id is not None else Fee.quote_id.is_(None))
    return list(session.exec(query.order_by(Fee.created_at, Fee.id)))


def fee_moves(session: Session) -> list[tuple[int, int, int | None, float | None, str, datetime]]:
    """Every fee's changes: (fee id, payer, payee, percent, state reached, when), oldest first."""
    query = (
        select(Fee.id, Fee.payer_id, Fee.payee_id, Fee.percent, Change.action, Change.changed_at)
        .join(Change, and_(Change.subject == "fee", Change.subject_id == Fee.id))
        .order_by(Change.changed_at, Change.id)
    )
    return [tuple(row) for row in session.execute(query).all()]
