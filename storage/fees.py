"""Referral fees: proposed by a deal owner to a holder, answered, invoiced, paid; each change in the change log."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Row, and_, func, update
from sqlmodel import Session, select

from storage.db import get
from storage.history import move, record_change, snapshot
from storage.models import Change, Fee, FeePrompt, FeeState, Quote, Referral
from storage.types import utcnow

FEE_FIELDS = ("quote_id", "client_id", "payer_id", "payee_id", "basis", "percent", "state", "reason", "source")


def fee(session: Session, fee_id: int | None) -> Fee | None:
    """One fee by id; None for an id no row can have."""
    return get(session, Fee, fee_id)


def hold_subject(session: Session, *, quote_id: int | None, referral_id: int | None) -> None:
    """Make fees for one quote (or won introduction) be recorded one at a time, until this transaction ends."""
    # A no-op UPDATE locks the row on PostgreSQL and takes SQLite's write lock (FOR UPDATE does nothing there), so
    # a second "Propose" pressed at the same moment waits here, then finds the fee the first one recorded.
    model, row_id = (Quote, quote_id) if quote_id is not None else (Referral, referral_id)
    session.execute(update(model).where(model.id == row_id).values(updated_at=model.updated_at)
                    .execution_options(synchronize_session=False))


def add_fee(session: Session, *, by: int | None, **fields) -> Fee:
    """Record a new fee (proposed, or no fee) and its first change."""
    now = utcnow()
    row = Fee(**fields, created_at=now, updated_at=now)
    session.add(row)
    session.flush()
    record_change(session, "fee", row.id, action=row.state, by=by, after=snapshot(row, FEE_FIELDS), note=row.reason)
    return row


def move_fee(session: Session, row: Fee, state: str, *, by: int | None, reason: str | None = None, **values) -> bool:
    """Move a fee on from the state it was read in, keeping who, when, before and after; False if it had moved on."""
    values |= {"reason": reason} if reason else {}
    return move(session, row, "fee", FEE_FIELDS, state, by=by, note=reason, **values)


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


PROMPT_FIELDS = ("quote_id", "client_id", "payer_id", "payee_id", "basis", "state", "reminded_at")


def add_prompt(session: Session, **fields) -> FeePrompt | None:
    """Record that the deal owner owes a decision on one prior holder of a quote; None if it already was."""
    if prompt_for(session, fields["quote_id"], fields["payee_id"]) is not None:
        return None
    row = FeePrompt(**fields)
    session.add(row)
    session.flush()
    record_change(session, "fee_prompt", row.id, action=row.state, by=None, after=snapshot(row, PROMPT_FIELDS),
                  note="the deal owner was asked about a referral fee")
    return row


def prompt_lines(session: Session) -> list[Row]:
    """Every decision owed as plain columns (quote_id, client_id, payer_id, payee_id, state, at), oldest first: the
    fee record reads them all, so no row objects are built."""
    return list(session.execute(
        select(FeePrompt.quote_id, FeePrompt.client_id, FeePrompt.payer_id, FeePrompt.payee_id, FeePrompt.state,
               func.coalesce(FeePrompt.unanswered_at, FeePrompt.prompted_at).label("at"))
        .order_by(FeePrompt.prompted_at, FeePrompt.id)))


def decided():
    """SQL: a fee (or no fee) is recorded for the prompt's holder on its quote, however late: the decision was made."""
    return select(Fee.id).where(Fee.quote_id == FeePrompt.quote_id, Fee.payee_id == FeePrompt.payee_id).exists()


def undecided(session: Session, prompted_before: datetime) -> list[FeePrompt]:
    """Awaiting decisions prompted before a moment with no fee (or no fee) recorded since, oldest first."""
    query = select(FeePrompt).where(FeePrompt.state == FeeState.awaiting, FeePrompt.prompted_at <= prompted_before,
                                    ~decided())
    return list(session.exec(query.order_by(FeePrompt.prompted_at, FeePrompt.id)))


def prompt_for(session: Session, quote_id: int, payee_id: int) -> FeePrompt | None:
    """The decision owed on one holder of a quote, if the deal owner was asked about them."""
    return session.exec(select(FeePrompt).where(FeePrompt.quote_id == quote_id,
                                                FeePrompt.payee_id == payee_id)).first()


def has_fee(session: Session, quote_id: int, payee_id: int) -> bool:
    """True if any fee (or no fee) is recorded for this holder on this quote: the decision was made."""
    query = select(Fee.id).where(Fee.quote_id == quote_id, Fee.payee_id == payee_id).limit(1)
    return session.exec(query).first() is not None


def mark_reminded(session: Session, quote_id: int, now: datetime) -> bool:
    """Note the one reminder for a quote's prompts; False if another run already sent it."""
    result = session.execute(update(FeePrompt).where(FeePrompt.quote_id == quote_id, FeePrompt.reminded_at.is_(None),
                                                     FeePrompt.state == FeeState.awaiting)
                             .values(reminded_at=now, updated_at=now).execution_options(synchronize_session=False))
    return result.rowcount > 0


def mark_unanswered(session: Session, row: FeePrompt, now: datetime) -> bool:
    """An awaiting prompt whose time is up becomes unanswered, kept in the change log; False if it had moved on."""
    return move(session, row, "fee_prompt", PROMPT_FIELDS, FeeState.unanswered, by=None,
                note="no decision within the prompt's time", unanswered_at=now)


def fee_change_key(session: Session) -> tuple:
    """What changes whenever a fee or a decision owed is added or moves (every move stamps updated_at)."""
    fees = select(func.count(Fee.id), func.max(Fee.updated_at))
    owed = select(func.count(FeePrompt.id), func.max(FeePrompt.updated_at))
    return (*session.execute(fees).one(), *session.execute(owed).one())


def fee_line_rows(session: Session) -> list[Row]:
    """Every fee recorded as plain columns (quote_id, client_id, payer_id, payee_id, state, percent, updated_at, id),
    oldest first."""
    return list(session.execute(
        select(Fee.quote_id, Fee.client_id, Fee.payer_id, Fee.payee_id, Fee.state, Fee.percent, Fee.updated_at, Fee.id)
        .order_by(Fee.created_at, Fee.id)))
