"""BD approaches, the holders' consents to them, and partners' requests for them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import case, func, update
from sqlmodel import Session, select

from storage.db import get
from storage.history import move
from storage.models import Approach, ApproachConsent, ApproachRequest, ApproachState, Member, RequestState

OPEN_STATES = (ApproachState.planned.value, ApproachState.active.value)
FIELDS = ("client_id", "member_id", "contact_name", "contact_email", "note", "state", "on_behalf_of")
CONSENT_FIELDS = ("client_id", "asked_by", "holder_id", "contact_name", "contact_email", "note", "answer",
                  "approach_id")


def add_approach(session: Session, **fields) -> Approach:
    """Store a new approach."""
    row = Approach(**fields)
    session.add(row)
    session.flush()
    return row


def approach(session: Session, approach_id: int | None) -> Approach | None:
    """One approach by id; None for an id no row can have."""
    return get(session, Approach, approach_id)


def set_state(session: Session, row: Approach, state: str, *, by: int | None) -> bool:
    """Move an approach on from the state it was read in; False if someone moved it first."""
    return move(session, row, "approach", FIELDS, state, by=by, action="state")


def open_on(session: Session, client_id: int) -> list[tuple[Approach, Member]]:
    """A client's planned and active approaches, each with the member approaching, oldest first."""
    query = (select(Approach, Member).join(Member, Member.id == Approach.member_id)
             .where(Approach.client_id == client_id, Approach.state.in_(OPEN_STATES))
             .order_by(Approach.created_at, Approach.id))
    return list(session.execute(query).all())


def open_approaches(session: Session, limit: int) -> tuple[list[Approach], int]:
    """Everyone's planned and active approaches, newest first, up to `limit`; and how many there are in all."""
    return _page(session, Approach.state.in_(OPEN_STATES), limit, Approach.created_at.desc(), Approach.id.desc())


def approaches_of(session: Session, member_id: int, limit: int) -> tuple[list[Approach], int]:
    """One member's approaches, open ones first, then the latest closed ones, up to `limit`; and how many in all."""
    closed = case((Approach.state.in_(OPEN_STATES), 0), else_=1)
    return _page(session, Approach.member_id == member_id, limit, closed, Approach.updated_at.desc(),
                 Approach.id.desc())


def add_consent(session: Session, **fields) -> ApproachConsent:
    """Store a request for a holder's consent; requests asked together share their created_at."""
    row = ApproachConsent(**fields)
    session.add(row)
    session.flush()
    return row


def consent(session: Session, consent_id: int | None) -> ApproachConsent | None:
    """One consent request by id; None for an id no row can have."""
    return get(session, ApproachConsent, consent_id)


def unanswered_consents(session: Session, client_id: int, asked_by: int) -> list[ApproachConsent]:
    """A BD member's consent requests on a client that no holder has answered yet."""
    query = select(ApproachConsent).where(ApproachConsent.client_id == client_id,
                                          ApproachConsent.asked_by == asked_by, ApproachConsent.answer.is_(None))
    return list(session.exec(query.order_by(ApproachConsent.id)))


def open_requests(session: Session, asked_by: int, limit: int) -> list[ApproachConsent]:
    """A BD member's consent requests no holder has answered yet, newest first."""
    query = select(ApproachConsent).where(ApproachConsent.asked_by == asked_by, ApproachConsent.answer.is_(None))
    return list(session.exec(query.order_by(ApproachConsent.id.desc()).limit(limit)))


def asked_together(session: Session, row: ApproachConsent, lock: bool = False) -> list[ApproachConsent]:
    """The consent requests made with this one (one per holder), in order; `lock` re-reads and holds them."""
    # Holders answering at the same moment take turns (PostgreSQL row locks), so the last one sees every answer.
    query = select(ApproachConsent).where(ApproachConsent.client_id == row.client_id,
                                          ApproachConsent.asked_by == row.asked_by,
                                          ApproachConsent.created_at == row.created_at).order_by(ApproachConsent.id)
    if lock:
        query = query.with_for_update().execution_options(populate_existing=True)
    return list(session.exec(query))


def answer_consent(session: Session, row: ApproachConsent, answer: str, at: datetime) -> bool:
    """Keep a holder's answer, unless one was kept first (a second press at the same moment); True if kept."""
    result = session.execute(update(ApproachConsent)
                             .where(ApproachConsent.id == row.id, ApproachConsent.answer.is_(None))
                             .values(answer=answer, answered_at=at).execution_options(synchronize_session=False))
    session.refresh(row)
    return result.rowcount == 1


def link_consents(session: Session, rows: list[ApproachConsent], approach_id: int) -> None:
    """Tie the consents to the approach they allowed."""
    for row in rows:
        row.approach_id = approach_id
    session.flush()


def _page(session: Session, where, limit: int, *order) -> tuple[list[Approach], int]:
    """Up to `limit` approaches in this order, and how many match in all (counted only when there are more)."""
    rows = list(session.exec(select(Approach).where(where).order_by(*order).limit(limit + 1)))
    if len(rows) <= limit:
        return rows, len(rows)
    return rows[:limit], session.execute(select(func.count(Approach.id)).where(where)).scalar_one()


REQUEST_FIELDS = ("client_id", "partner_id", "note", "state", "answered_by", "reason", "approach_id")


def add_request(session: Session, **fields) -> ApproachRequest:
    """Store a partner's request that BD approach a client on their behalf."""
    row = ApproachRequest(**fields)
    session.add(row)
    session.flush()
    return row


def request(session: Session, request_id: int | None) -> ApproachRequest | None:
    """One approach request by id; None for an id no row can have."""
    return get(session, ApproachRequest, request_id)


def open_request(session: Session, client_id: int, partner_id: int) -> ApproachRequest | None:
    """This partner's request on this client that BD has not answered yet, if any."""
    query = select(ApproachRequest).where(ApproachRequest.client_id == client_id,
                                          ApproachRequest.partner_id == partner_id,
                                          ApproachRequest.state == RequestState.asked)
    return session.exec(query.order_by(ApproachRequest.id)).first()


def answer_request(session: Session, row: ApproachRequest, state: str, by: int, at: datetime,
                   reason: str | None = None) -> bool:
    """Keep BD's answer unless another BD member answered first (two pressing at once); True if this one won."""
    result = session.execute(update(ApproachRequest)
                             .where(ApproachRequest.id == row.id, ApproachRequest.state == RequestState.asked)
                             .values(state=state, answered_by=by, answered_at=at, reason=reason)
                             .execution_options(synchronize_session=False))
    session.refresh(row)
    return result.rowcount == 1


def link_request(session: Session, row: ApproachRequest, approach_id: int) -> None:
    """Tie an accepted request to the approach it became."""
    row.approach_id = approach_id
    session.flush()
