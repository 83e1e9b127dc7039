"""Quotes and tenders from the quoting platform or chat, their splits and the events that changed them."""

from __future__ import annotations

from sqlmodel import Session, select

from storage.models import OPEN_QUOTE, Quote


def open_quotes(session: Session, client_id: int) -> list[Quote]:
    """A client's open quotes (draft, open or submitted), oldest first."""
    query = select(Quote).where(Quote.client_id == client_id, Quote.status.in_([s.value for s in OPEN_QUOTE]))
    return list(session.exec(query.order_by(Quote.opened_at, Quote.id)))
