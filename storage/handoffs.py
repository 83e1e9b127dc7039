"""Handoffs of won clients, their onboarding updates and their NPS scores. Queries take the session, never commit."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, SQLModel, select

from bot.rules.handoff import OPEN as HANDOFF_OPEN
from bot.rules.words import HandoffState
from storage.db import get
from storage.history import move, record_change, snapshot
from storage.models import OPEN_QUOTE, Client, Handoff, HandoffUpdate, NpsScore, Quote, QuoteStatus
from storage.types import utcnow

HANDOFF_FIELDS = ("quote_id", "client_id", "owner_id", "state", "delivery_lead_id", "kickoff_at", "director_id",
                  "welcome_done_at", "onboarded_at")
OPEN = tuple(state.value for state in HANDOFF_OPEN)


def handoff(session: Session, handoff_id: int | None) -> Handoff | None:
    """One handoff by id; None for an id no row can have."""
    return get(session, Handoff, handoff_id)


def handoff_of_quote(session: Session, quote_id: int) -> Handoff | None:
    """The handoff a won quote started, if any."""
    return session.exec(select(Handoff).where(Handoff.quote_id == quote_id)).first()


def start_handoff(session: Session, **fields: Any) -> Handoff | None:
    """Record a new handoff; None if this quote has one already (a second replica or a retried event lost the race)."""
    now = utcnow()
    new_id = _insert_once(session, Handoff, ["quote_id"], {"created_at": now, "updated_at": now, **fields})
    if new_id is None:
        return None
    row = session.get(Handoff, new_id)
    record_change(session, "handoff", row.id, action="started", by=None, after=snapshot(row, HANDOFF_FIELDS))
    return row


def last_director(session: Session) -> int | None:
    """The director given the newest handoff's welcome call: the round robin goes on from them."""
    query = select(Handoff.director_id).where(Handoff.director_id.is_not(None))
    return session.exec(query.order_by(Handoff.id.desc()).limit(1)).first()


def name_lead(session: Session, row: Handoff, lead_id: int, kickoff_at: datetime | None, *, by: int) -> bool:
    """Name the delivery lead and the kickoff call, once: False if the handoff had moved on (a double press)."""
    return move(session, row, "handoff", HANDOFF_FIELDS, HandoffState.onboarding, by=by, action="lead named",
                delivery_lead_id=lead_id, kickoff_at=kickoff_at)


def mark_onboarded(session: Session, row: Handoff, at: datetime, *, by: int) -> bool:
    """Onboarding is done: the satisfaction check follows; False if it was marked already."""
    return move(session, row, "handoff", HANDOFF_FIELDS, HandoffState.active, by=by, action="onboarded",
                onboarded_at=at)


def close_handoff(session: Session, row: Handoff, *, by: int | None, note: str | None = None) -> bool:
    """The project is over: no more surveys."""
    return move(session, row, "handoff", HANDOFF_FIELDS, HandoffState.closed, by=by, note=note)


def stamp(session: Session, row: Handoff, column: str, at: datetime, *, expect: datetime | None = None) -> bool:
    """Set one of the handoff's moments if it still holds what it was read with (`expect`); False if another
    process or press did it first: the guard that makes each reminder go once across replicas and restarts."""
    model_column = getattr(Handoff, column)
    guard = model_column.is_(None) if expect is None else model_column == expect
    result = session.execute(update(Handoff).where(Handoff.id == row.id, Handoff.state.in_(OPEN), guard)
                             .values({column: at, "updated_at": utcnow()})
                             .execution_options(synchronize_session=False))
    session.refresh(row)
    return result.rowcount == 1


def welcome_done(session: Session, row: Handoff, at: datetime, *, by: int) -> bool:
    """The director made the welcome call; False if it was marked already."""
    if not stamp(session, row, "welcome_done_at", at):
        return False
    record_change(session, "handoff", row.id, action="welcome call made", by=by, after=snapshot(row, HANDOFF_FIELDS))
    return True


def open_handoffs(session: Session) -> list[tuple[Handoff, Client]]:
    """Every handoff not closed, oldest win first, with its client."""
    query = (select(Handoff, Client).join(Client, Client.id == Handoff.client_id)
             .where(Handoff.state.in_(OPEN)).order_by(Handoff.won_at, Handoff.id))
    return [tuple(r) for r in session.exec(query).all()]


def handoffs_for_client(session: Session, client_id: int) -> list[Handoff]:
    """A client's handoffs not closed, newest first."""
    query = select(Handoff).where(Handoff.client_id == client_id, Handoff.state.in_(OPEN))
    return list(session.exec(query.order_by(Handoff.won_at.desc(), Handoff.id.desc())))


def add_update(session: Session, row: Handoff, member_id: int, text: str) -> HandoffUpdate:
    """Keep an onboarding update."""
    note = HandoffUpdate(handoff_id=row.id, member_id=member_id, text=text, created_at=utcnow())
    session.add(note)
    session.flush()
    return note


def add_score(session: Session, row: Handoff, round_: str, member_id: int, score: int, comment: str | None,
              at: datetime) -> NpsScore | None:
    """Record a score for one survey round, once: None if that round has its score already (a double press)."""
    new_id = _insert_once(session, NpsScore, ["handoff_id", "round"],
                          dict(handoff_id=row.id, round=round_, member_id=member_id, score=score, comment=comment,
                               created_at=at))
    if new_id is None:
        return None
    later = (Handoff.last_nps_at.is_(None)) | (Handoff.last_nps_at < at)
    session.execute(update(Handoff).where(Handoff.id == row.id, later).values(last_nps_at=at, updated_at=utcnow())
                    .execution_options(synchronize_session=False))
    session.refresh(row)
    return session.get(NpsScore, new_id)


def scores(session: Session) -> list[tuple[NpsScore, Handoff, Client]]:
    """Every score recorded, by client name then newest first."""
    query = (select(NpsScore, Handoff, Client).join(Handoff, Handoff.id == NpsScore.handoff_id)
             .join(Client, Client.id == Handoff.client_id)
             .order_by(Client.name, NpsScore.created_at.desc(), NpsScore.id.desc()))
    return [tuple(r) for r in session.exec(query).all()]


def handoffs_in_period(session: Session, start: datetime, end: datetime) -> list[Handoff]:
    """Handoffs whose win falls in [start, end), or whose welcome call was made then: the digest counts them."""
    query = select(Handoff).where(((Handoff.won_at >= start) & (Handoff.won_at < end))
                                  | ((Handoff.welcome_done_at >= start) & (Handoff.welcome_done_at < end)))
    return list(session.exec(query.order_by(Handoff.id)))


def open_quotes_of(session: Session, owner_id: int, client_id: int) -> list[Quote]:
    """A member's open quotes for a client, newest first: the ones they may mark won in chat."""
    query = select(Quote).where(Quote.owner_id == owner_id, Quote.client_id == client_id,
                                Quote.status.in_([s.value for s in OPEN_QUOTE]))
    return list(session.exec(query.order_by(Quote.opened_at.desc(), Quote.id.desc())))


def win_quote(session: Session, row: Quote, at: datetime) -> bool:
    """Mark a quote won in chat, guarded by the status it was read with; False if it had moved on meanwhile."""
    result = session.execute(update(Quote).where(Quote.id == row.id, Quote.status == row.status)
                             .values(status=QuoteStatus.won.value, closed_at=at, updated_at=utcnow())
                             .execution_options(synchronize_session=False))
    session.refresh(row)
    return result.rowcount == 1


def _insert_once(session: Session, model: type[SQLModel], unique: list[str], values: dict[str, Any]) -> int | None:
    """Insert a row unless one with the same unique columns exists: the new id, or None. Of two racing
    transactions (replicas, a double press) the second waits for the first and inserts nothing."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = (insert(model).values(**values).on_conflict_do_nothing(index_elements=unique)
                 .returning(model.id))
    found = session.execute(statement).first()
    return found[0] if found else None
