"""Match feedback: texts members said are not a client, and texts they proposed as a client's alias."""

from __future__ import annotations

from datetime import datetime
from functools import cache

from sqlalchemy import Select, bindparam, update
from sqlmodel import Session, select

from storage.models import Client, MatchFeedback, Member

NOT_THIS, ALIAS = "not this", "alias"
OPEN, APPROVED, DISMISSED = "open", "approved", "dismissed"


def give_feedback(session: Session, kind: str, text: str, key: str, client_id: int, member_id: int,
                  at: datetime) -> tuple[MatchFeedback, bool]:
    """Keep one piece of feedback (or find it kept already); (row, new). A concurrent twin fails the insert."""
    row = session.exec(select(MatchFeedback).where(MatchFeedback.kind == kind, MatchFeedback.key == key,
                                                   MatchFeedback.client_id == client_id)).first()
    if row is not None:
        return row, False
    row = MatchFeedback(kind=kind, text=text, key=key, client_id=client_id, member_id=member_id, created_at=at)
    session.add(row)
    session.flush()
    return row, True


def refused_clients(session: Session, key: str) -> set[int]:
    """The clients members said a text does not name, unless an admin dismissed what they said."""
    return set(session.execute(_refused(), {"key": key}).scalars())


def adopted_clients(session: Session, key: str) -> set[int]:
    """The clients an admin approved a text as another name of."""
    return set(session.execute(_adopted(), {"key": key}).scalars())


@cache
def _adopted() -> Select:
    return select(MatchFeedback.client_id).where(MatchFeedback.kind == ALIAS, MatchFeedback.key == bindparam("key"),
                                                 MatchFeedback.state == APPROVED)


@cache
def _refused() -> Select:
    # Built once: every answer asks it, and building the statement anew cost more than running it.
    return select(MatchFeedback.client_id).where(MatchFeedback.kind == NOT_THIS,
                                                 MatchFeedback.key == bindparam("key"),
                                                 MatchFeedback.state != DISMISSED)


def feedback_list(session: Session, states: tuple[str, ...] = (OPEN,)) -> list[tuple[MatchFeedback, Client, Member]]:
    """Feedback in these states, oldest first, with its client and who gave it."""
    return list(session.exec(
        select(MatchFeedback, Client, Member).join(Client, Client.id == MatchFeedback.client_id)
        .join(Member, Member.id == MatchFeedback.member_id)
        .where(MatchFeedback.state.in_(states)).order_by(MatchFeedback.id)))


def decide_feedback(session: Session, row: MatchFeedback, state: str, at: datetime) -> bool:
    """Approve or dismiss open feedback; False if someone decided it first."""
    done = session.execute(update(MatchFeedback).where(MatchFeedback.id == row.id, MatchFeedback.state == OPEN)
                           .values(state=state, decided_at=at).execution_options(synchronize_session=False))
    session.refresh(row)
    return done.rowcount == 1
