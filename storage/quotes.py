"""Quotes and tenders from the quoting platform or chat, their splits and the events that changed them."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import String, cast, exists, func, literal
from sqlmodel import Session, select

from storage.batches import chunks
from storage.db import MAX_ID, get
from storage.models import OPEN_QUOTE, Basis, Client, Flag, Member, Quote, QuoteEvent, QuoteSplit, QuoteStatus
from storage.types import utcnow

QUOTE_FIELDS = ("client_id", "owner_id", "status", "value_cents", "currency", "tender", "opened_at", "closed_at")


def flag_source(quote_id: int) -> str:
    """The `source` of the flags a quote gives its owner."""
    return f"quote:{quote_id}"


def quote_id_of(source: str) -> int | None:
    """The quote a flag came from, read from the flag's `source` (see flag_source); None for any other flag."""
    prefix, _, rest = source.partition(":")
    found = int(rest) if prefix == "quote" and rest.isascii() and rest.isdigit() and len(rest) <= 10 else None
    return found if found is not None and 0 < found <= MAX_ID else None  # beyond an id column: no quote


def network_quotes(session: Session, quote_ids: Iterable[int]) -> set[int]:
    """Which of these quotes the network's own people started (partner_quote false)."""
    query = select(Quote.id).where(Quote.partner_quote.is_(False))
    return {q for batch in chunks(set(quote_ids)) for q in session.exec(query.where(Quote.id.in_(batch)))}


def open_quotes(session: Session, client_id: int) -> list[Quote]:
    """A client's open quotes (draft, open or submitted), oldest first."""
    query = select(Quote).where(Quote.client_id == client_id, Quote.status.in_([s.value for s in OPEN_QUOTE]))
    return list(session.exec(query.order_by(Quote.opened_at, Quote.id)))


def quote(session: Session, quote_id: int | None) -> Quote | None:
    """One quote by id; None for an id no row can have."""
    return get(session, Quote, quote_id)


def quote_by_external_id(session: Session, external_id: str) -> Quote | None:
    """The quote the platform knows by this id."""
    return session.exec(select(Quote).where(Quote.external_id == external_id)).first()


def add_quote(session: Session, **fields: Any) -> Quote:
    """Store a new quote."""
    row = Quote(**fields)
    session.add(row)
    session.flush()
    return row


def event_by_key(session: Session, key: str) -> QuoteEvent | None:
    """The platform event stored under this key (a retried delivery finds it)."""
    return session.exec(select(QuoteEvent).where(QuoteEvent.key == key)).first()


def latest_event_at(session: Session, quote_id: int) -> datetime | None:
    """When the newest event recorded for a quote happened."""
    return session.exec(select(func.max(QuoteEvent.at)).where(QuoteEvent.quote_id == quote_id)).first()


def add_event(session: Session, key: str, quote_id: int, event: str, at: datetime, payload: dict) -> QuoteEvent:
    """Record one platform event; its unique key makes a concurrent duplicate fail here."""
    row = QuoteEvent(key=key, quote_id=quote_id, event=event, at=at, payload=payload)
    session.add(row)
    session.flush()
    return row


def splits_of(session: Session, quote_id: int) -> list[QuoteSplit]:
    """A quote's splits, in the order they were given."""
    return list(session.exec(select(QuoteSplit).where(QuoteSplit.quote_id == quote_id).order_by(QuoteSplit.id)))


def update_quote(session: Session, row: Quote, *, owner_id: int, client_id: int, status: str, at: datetime,
                 splits: list[tuple[int, str, float]] | None, **values: Any) -> None:
    """Write a quote's new owner, client, status (closed at `at` when it changes), values and splits."""
    row.owner_id, row.client_id = owner_id, client_id
    if status != row.status:
        row.status, row.closed_at = status, at
    for name, value in values.items():
        setattr(row, name, value)
    row.updated_at = utcnow()
    session.add(row)
    if splits is not None:
        replace_splits(session, row.id, splits)
    session.flush()


def replace_splits(session: Session, quote_id: int, splits: list[tuple[int, str, float]]) -> bool:
    """Make a quote's splits exactly these (member id, kind, percent); True if they changed."""
    current = splits_of(session, quote_id)
    if [(s.member_id, s.kind, s.percent) for s in current] == splits:
        return False
    for row in current:
        session.delete(row)
    session.add_all(QuoteSplit(quote_id=quote_id, member_id=m, kind=k, percent=p) for m, k, p in splits)
    session.flush()
    return True


def earlier_quotes(session: Session, row: Quote) -> list[Quote]:
    """The client's other quotes on record before this one, in any status, oldest first."""
    query = select(Quote).where(Quote.client_id == row.client_id, Quote.id < row.id)
    return list(session.exec(query.order_by(Quote.opened_at, Quote.id)))


def quotes_with_people(session: Session, *, owner_id: int | None = None, open_only: bool = False,
                       limit: int = 50) -> list[tuple[Quote, Member, Client]]:
    """Quotes with their owner and client, newest first: one owner's, or everyone's; all or only open ones."""
    query = (select(Quote, Member, Client).join(Member, Member.id == Quote.owner_id)
             .join(Client, Client.id == Quote.client_id))
    if owner_id is not None:
        query = query.where(Quote.owner_id == owner_id)
    if open_only:
        query = query.where(Quote.status.in_([s.value for s in OPEN_QUOTE]))
    return list(session.execute(query.order_by(Quote.opened_at.desc(), Quote.id.desc()).limit(limit)).all())


def flags_of_quote(session: Session, quote_id: int) -> list[Flag]:
    """Every flag this quote gave, in force or not."""
    return list(session.exec(select(Flag).where(Flag.source == flag_source(quote_id)).order_by(Flag.id)))


def projects_ended(session: Session, before: datetime) -> list[Quote]:
    """Won quotes closed before `before` whose owner does not yet have the past-project flag they lead to."""
    past = exists().where(Flag.basis == Basis.past_project.value,
                          Flag.source == literal("quote:") + cast(Quote.id, String))
    query = select(Quote).where(Quote.status == QuoteStatus.won.value, Quote.closed_at <= before, ~past)
    return list(session.exec(query.order_by(Quote.id)))
