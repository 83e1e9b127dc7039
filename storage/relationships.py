"""Relationships members declare, introduction requests, and the evidence of relationships Accord already holds."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import CompoundSelect, Integer, Select, bindparam, cast, literal, null, union_all, update
from sqlmodel import Session, select

from bot.rules.relationships import APPROACH, DOUBTED, ENQUIRY, QUOTE, REFERRAL_GIVEN, REFERRAL_RECEIVED
from bot.rules.words import QuoteStatus
from storage.db import get
from storage.history import record_change, snapshot
from storage.models import (
    ApproachConsent,
    Client,
    Contact,
    Enquiry,
    IntroductionRequest,
    IntroductionState,
    Member,
    Quote,
    Referral,
    Relationship,
)
from storage.registry import add_contact
from storage.types import utcnow

RELATIONSHIP_FIELDS = ("member_id", "client_id", "contact_id", "contact_role", "how_known", "confirmed_at",
                       "lapsed_at")


def relationship(session: Session, relationship_id: int | None) -> Relationship | None:
    """One declared relationship by id."""
    return get(session, Relationship, relationship_id)


def contact(session: Session, contact_id: int | None) -> Contact | None:
    """One contact by id."""
    return get(session, Contact, contact_id)


def contact_for(session: Session, member_id: int, client_id: int, name: str | None, email: str | None) -> Contact:
    """The contact a member's declaration names: the same email at the client (the declarer knows it already), or a
    contact of their own declarations with the same name, else a new one. Another member's contact found by name
    alone is never reused: its email would then show to this member."""
    _one_declaration_at_a_time(session, member_id)
    if email:
        found = session.exec(select(Contact).where(Contact.client_id == client_id,
                                                   Contact.email == email.lower())).first()
        if found is not None:
            return found
    if name:
        mine = select(Contact).join(Relationship, Relationship.contact_id == Contact.id).where(
            Relationship.member_id == member_id, Contact.client_id == client_id)
        for row in session.exec(mine):
            if row.name.casefold() == name.strip().casefold() and (row.email is None or email is None
                                                                     or row.email == email.lower()):
                if email and row.email is None:
                    row.email = email.lower()
                return row
    return add_contact(session, client_id, name, email)


def declared(session: Session, member_id: int, client_id: int, contact_id: int | None) -> Relationship | None:
    """The member's declaration about this client (contact_id None) or this contact there, if any."""
    contact = Relationship.contact_id == contact_id if contact_id is not None else Relationship.contact_id.is_(None)
    query = select(Relationship).where(Relationship.member_id == member_id, Relationship.client_id == client_id,
                                       contact)
    return session.exec(query.order_by(Relationship.id)).first()


def declare(session: Session, *, member_id: int, client_id: int, contact_id: int | None, contact_role: str | None,
            how_known: str | None, source: str, now: datetime) -> tuple[Relationship, bool]:
    """Declare (or declare again, which re-confirms) a relationship; (row, new)."""
    _one_declaration_at_a_time(session, member_id)
    row = declared(session, member_id, client_id, contact_id)
    new = row is None
    before = None if new else snapshot(row, RELATIONSHIP_FIELDS)
    if row is None:
        row = Relationship(member_id=member_id, client_id=client_id, contact_id=contact_id, declared_at=now,
                           confirmed_at=now, source=source, created_at=now)
        session.add(row)
    else:
        row.confirmed_at, row.lapsed_at, row.reminded_at = now, None, None
    row.contact_role = contact_role or row.contact_role
    row.how_known = how_known or row.how_known
    row.updated_at = now
    session.flush()
    record_change(session, "relationship", row.id, action="declared" if new else "confirmed", by=member_id,
                  before=before, after=snapshot(row, RELATIONSHIP_FIELDS))
    return row, new


def _one_declaration_at_a_time(session: Session, member_id: int) -> None:
    """Hold the member's row until the transaction ends, so that a declaration sent beside another waits for it."""
    # Two messages at once would each miss the other's new contact and row; the later one now reads them. A write,
    # not SELECT FOR UPDATE: SQLite takes its lock only on writing, and reads nothing fresh before it does.
    session.execute(update(Member).where(Member.id == member_id).values(id=Member.id)
                    .execution_options(synchronize_session=False))


def confirm(session: Session, row: Relationship, *, by: int, now: datetime) -> None:
    """The owner re-confirms a declaration: it is fresh again (a lapsed one too)."""
    before = snapshot(row, RELATIONSHIP_FIELDS)
    row.confirmed_at, row.reminded_at, row.lapsed_at, row.updated_at = now, None, None, now
    session.flush()
    record_change(session, "relationship", row.id, action="confirmed", by=by, before=before,
                  after=snapshot(row, RELATIONSHIP_FIELDS))


def end(session: Session, row: Relationship, *, by: int, now: datetime) -> bool:
    """The owner says they no longer know this person: the declaration lapses now; False if it had lapsed already
    (another press, or the re-confirmation job, came first)."""
    before = snapshot(row, RELATIONSHIP_FIELDS)
    done = session.execute(update(Relationship).where(Relationship.id == row.id, Relationship.lapsed_at.is_(None))
                           .values(lapsed_at=now, updated_at=now).execution_options(synchronize_session=False))
    session.refresh(row)
    if done.rowcount != 1:
        return False
    record_change(session, "relationship", row.id, action="ended", by=by, before=before,
                  after=snapshot(row, RELATIONSHIP_FIELDS))
    return True


def claim_reminder(session: Session, row: Relationship, now: datetime) -> bool:
    """Mark the one reminder as sent, if no other run did first (a guarded update): True for the run that did."""
    done = session.execute(update(Relationship).where(
        Relationship.id == row.id, Relationship.lapsed_at.is_(None), Relationship.confirmed_at == row.confirmed_at,
        (Relationship.reminded_at.is_(None)) | (Relationship.reminded_at < Relationship.confirmed_at))
        .values(reminded_at=now, updated_at=now).execution_options(synchronize_session=False))
    session.refresh(row)
    return done.rowcount == 1


def claim_lapse(session: Session, row: Relationship, now: datetime) -> bool:
    """Lapse a declaration nobody re-confirmed, if no other run did first: True for the run that did."""
    before = snapshot(row, RELATIONSHIP_FIELDS)
    done = session.execute(update(Relationship).where(
        Relationship.id == row.id, Relationship.lapsed_at.is_(None), Relationship.confirmed_at == row.confirmed_at)
        .values(lapsed_at=now, updated_at=now).execution_options(synchronize_session=False))
    session.refresh(row)
    if done.rowcount != 1:
        return False
    record_change(session, "relationship", row.id, action="lapsed", by=None, before=before,
                  after=snapshot(row, RELATIONSHIP_FIELDS))
    return True


def in_force(session: Session) -> list[Relationship]:
    """Declarations that have not lapsed, oldest confirmation first."""
    query = select(Relationship).where(Relationship.lapsed_at.is_(None))
    return list(session.exec(query.order_by(Relationship.confirmed_at, Relationship.id)))


def of_member(session: Session, member_id: int) -> list[tuple[Relationship, Client, Contact | None]]:
    """A member's declarations in force, with client and contact, by client name."""
    query = (select(Relationship, Client, Contact).join(Client, Client.id == Relationship.client_id)
             .outerjoin(Contact, Contact.id == Relationship.contact_id)
             .where(Relationship.member_id == member_id, Relationship.lapsed_at.is_(None))
             .order_by(Client.name, Relationship.id))
    return [tuple(r) for r in session.execute(query).all()]


def on_clients(session: Session, client_ids: list[int]) -> list[tuple[Relationship, Member, Contact | None]]:
    """Declarations in force on these clients (a short list), with their member and contact."""
    return [tuple(r) for r in session.execute(_on_clients(), {"client_ids": list(client_ids)}).all()]


@cache
def _on_clients() -> Select:
    # Built once, as the who-owns card's hot reads are: building a statement and its cache key anew on every call
    # cost SQLAlchemy more than running it.
    return (select(Relationship, Member, Contact).join(Member, Member.id == Relationship.member_id)
            .outerjoin(Contact, Contact.id == Relationship.contact_id)
            .where(Relationship.client_id.in_(bindparam("client_ids", expanding=True)),
                   Relationship.lapsed_at.is_(None))
            .order_by(Relationship.id))


def activity_on(session: Session, client_ids: list[int]) -> list[tuple[int, str, int, int | None, datetime]]:
    """What members did on these clients (a short list), as evidence, in one read: (client, kind, member, contact or
    None, when). A won quote is its project, counted from its flag; a partner's quote is private to other partners,
    so it is not evidence."""
    return [tuple(r) for r in session.execute(_activity(), {"client_ids": list(client_ids)}).all()]


@cache
def _activity() -> CompoundSelect:
    # Built once: six selects' construction and cache key cost seven times what running them does.
    client_ids = bindparam("client_ids", expanding=True)

    def rows(kind: str, client: Any, member: Any, at: Any, *where: Any, contact: Any = None) -> Any:
        return select(client.label("client_id"), literal(kind).label("kind"), member.label("member_id"),
                      (contact if contact is not None else cast(null(), Integer)).label("contact_id"),
                      at.label("at")).where(client.in_(client_ids), *where)
    return union_all(
        rows(QUOTE, Quote.client_id, Quote.owner_id, Quote.opened_at, Quote.status != QuoteStatus.won,
             Quote.partner_quote.is_(False)),
        rows(REFERRAL_GIVEN, Referral.client_id, Referral.introducer_id, Referral.created_at),
        rows(REFERRAL_RECEIVED, Referral.client_id, Referral.recipient_id, Referral.created_at),
        rows(ENQUIRY, Enquiry.client_id, Enquiry.holder_id, Enquiry.acted_at, Enquiry.holder_id.is_not(None),
             Enquiry.acted_at.is_not(None)),
        rows(APPROACH, ApproachConsent.client_id, ApproachConsent.holder_id, ApproachConsent.answered_at,
             ApproachConsent.answer == "agree", ApproachConsent.answered_at.is_not(None)),
        rows(DOUBTED, IntroductionRequest.client_id, IntroductionRequest.introducer_id,
             IntroductionRequest.answered_at, IntroductionRequest.state == IntroductionState.not_well,
             IntroductionRequest.answered_at.is_not(None), contact=IntroductionRequest.contact_id))


# --- introduction requests ----------------------------------------------------------------------------------------

def ask_introduction(session: Session, **fields: Any) -> tuple[IntroductionRequest, bool]:
    """A request for an introduction; the same open request again is that request (new False)."""
    same = (getattr(IntroductionRequest, k) == v if v is not None else getattr(IntroductionRequest, k).is_(None)
            for k, v in fields.items())
    found = session.exec(select(IntroductionRequest).where(IntroductionRequest.state == IntroductionState.asked,
                                                           *same)).first()
    if found is not None:
        return found, False
    now = utcnow()
    row = IntroductionRequest(created_at=now, updated_at=now, **fields)
    session.add(row)
    session.flush()
    record_change(session, "introduction", row.id, action="asked", by=row.asker_id,
                  after=snapshot(row, ("client_id", "contact_id", "asker_id", "introducer_id", "state")))
    return row, True


def introduction(session: Session, request_id: int | None) -> IntroductionRequest | None:
    return get(session, IntroductionRequest, request_id)


def answer_introduction(session: Session, row: IntroductionRequest, state: str, *, by: int) -> bool:
    """Answer an open request, once: a guarded update, so two presses at the same moment count once."""
    now = utcnow()
    done = session.execute(update(IntroductionRequest).where(IntroductionRequest.id == row.id,
                                                             IntroductionRequest.state == IntroductionState.asked)
                           .values(state=state, answered_at=now, updated_at=now)
                           .execution_options(synchronize_session=False))
    session.refresh(row)
    if done.rowcount != 1:
        return False
    record_change(session, "introduction", row.id, action=state, by=by)
    return True
