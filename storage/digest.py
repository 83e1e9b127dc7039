"""The digest's reads over approaches, enquiries, quotes, fees and disputes, and the claim that posts it once."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Row, and_, literal, or_
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from storage.approaches import OPEN_STATES
from storage.fees import decided
from storage.models import (
    OPEN_QUOTE,
    Approach,
    Change,
    Client,
    DigestRun,
    Dispute,
    Enquiry,
    Fee,
    FeePrompt,
    FeeState,
    Member,
    Quote,
)

# Each read returns its columns in the field order of the matching row in bot.rules.digest, which the handler builds.


def approaches(session: Session, start: datetime, end: datetime) -> list[Row]:
    """Approaches created in [start, end), and every planned or active one, oldest first."""
    bd, behalf = aliased(Member), aliased(Member)
    query = (
        select(Approach.id, Client.name.label("client"), bd.name.label("member"), Approach.state,
               behalf.name.label("on_behalf_of"), Approach.created_at)
        .join(Client, Client.id == Approach.client_id)
        .join(bd, bd.id == Approach.member_id)
        .outerjoin(behalf, behalf.id == Approach.on_behalf_of)
        .where(or_(_within(Approach.created_at, start, end), Approach.state.in_(OPEN_STATES)))
        .order_by(Approach.created_at, Approach.id)
    )
    return list(session.execute(query))


def enquiries(session: Session, start: datetime, end: datetime) -> list[Row]:
    """Enquiries received in [start, end) with their holder's name, oldest first."""
    holder = aliased(Member)
    query = (
        select(Enquiry.id, Enquiry.received_at, Enquiry.person_name.label("person"), Enquiry.company, Enquiry.source,
               Enquiry.state, holder.name.label("holder"))
        .outerjoin(holder, holder.id == Enquiry.holder_id)
        .where(_within(Enquiry.received_at, start, end))
        .order_by(Enquiry.received_at, Enquiry.id)
    )
    return list(session.execute(query))


def open_quotes(session: Session, end: datetime) -> list[Row]:
    """Quotes open now that were opened before `end`, with whether each is a partner's, oldest first."""
    query = (
        select(Quote.id, Client.name.label("client"), Quote.owner_id, Member.name.label("owner"), Quote.partner_quote,
               Quote.status, Quote.value_cents, Quote.currency, Quote.tender, Quote.opened_at)
        .join(Client, Client.id == Quote.client_id)
        .join(Member, Member.id == Quote.owner_id)
        .where(Quote.status.in_([s.value for s in OPEN_QUOTE]), Quote.opened_at < end)
        .order_by(Quote.opened_at, Quote.id)
    )
    return list(session.execute(query))


def fees(session: Session, start: datetime, end: datetime) -> list[Row]:
    """Fees created or changed since `start`, oldest first (their change log comes from fee_log)."""
    payer, payee = aliased(Member), aliased(Member)
    query = (
        select(Fee.id, Client.name.label("client"), payer.name.label("payer"), payee.name.label("payee"), Fee.percent,
               Fee.state, Fee.created_at, Fee.updated_at)
        .join(Client, Client.id == Fee.client_id)
        .join(payer, payer.id == Fee.payer_id)
        .outerjoin(payee, payee.id == Fee.payee_id)
        .where(_fees_changed(start, end))
        .order_by(Fee.created_at, Fee.id)
    )
    return list(session.execute(query))


def unanswered_fees(session: Session, start: datetime, end: datetime) -> list[Row]:
    """Fee decisions owed on a prior holder that went unanswered in [start, end) and are still unanswered (a late
    answer counts as the answer), shaped like `fees` rows."""
    payer, payee = aliased(Member), aliased(Member)
    query = (
        select(FeePrompt.id, Client.name.label("client"), payer.name.label("payer"), payee.name.label("payee"),
               literal(None).label("percent"), FeePrompt.state, FeePrompt.prompted_at.label("created_at"),
               FeePrompt.unanswered_at.label("updated_at"))
        .join(Client, Client.id == FeePrompt.client_id)
        .join(payer, payer.id == FeePrompt.payer_id)
        .join(payee, payee.id == FeePrompt.payee_id)
        .where(FeePrompt.state == FeeState.unanswered, ~decided(), _within(FeePrompt.unanswered_at, start, end))
        .order_by(FeePrompt.unanswered_at, FeePrompt.id)
    )
    return list(session.execute(query))


def fee_log(session: Session, start: datetime, end: datetime) -> list[tuple[int, str, str | None, datetime]]:
    """The whole change log of the fees `fees` reads: (fee id, action, the state it left, when), oldest first."""
    query = (
        select(Change.subject_id, Change.action, Change.after, Change.changed_at)
        .where(Change.subject == "fee", Change.subject_id.in_(select(Fee.id).where(_fees_changed(start, end))))
        .order_by(Change.changed_at, Change.id)
    )
    return [(fee_id, action, _state(after), at) for fee_id, action, after, at in session.execute(query)]


def disputes(session: Session, start: datetime, end: datetime) -> list[Row]:
    """Disputes opened in [start, end), or resolved or published since `start`, oldest first."""
    raised, against = aliased(Member), aliased(Member)
    query = (
        select(Dispute.id, Client.name.label("client"), Dispute.raised_by.label("raised_by_id"),
               raised.name.label("raised_by"), Dispute.against_id, against.name.label("against"),
               Dispute.what, Dispute.state, Dispute.outcome, Dispute.summary, Dispute.created_at,
               Dispute.resolved_at, Dispute.published_at)
        .outerjoin(Client, Client.id == Dispute.client_id)
        .join(raised, raised.id == Dispute.raised_by)
        .outerjoin(against, against.id == Dispute.against_id)
        .where(or_(_within(Dispute.created_at, start, end), Dispute.resolved_at >= start,
                   Dispute.published_at >= start))
        .order_by(Dispute.created_at, Dispute.id)
    )
    return list(session.execute(query))


def posted(session: Session, period_key: str) -> DigestRun | None:
    """The record of a scheduled period's digest, if it has been posted."""
    return session.exec(select(DigestRun).where(DigestRun.period_key == period_key)).first()


def claim(session: Session, period_key: str, start: datetime, end: datetime, *, cards: int, posted_by: str,
          now: datetime) -> bool:
    """Record that this process posts the period; False if another process (or an earlier run) already has."""
    # The unique period key decides between racing replicas: the loser's insert waits for the winner and does nothing.
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = (
        insert(DigestRun)
        .values(period_key=period_key, period_start=start, period_end=end, cards=cards, posted_at=now,
                posted_by=posted_by[:200])
        .on_conflict_do_nothing(index_elements=["period_key"])
        .returning(DigestRun.id)
    )
    return session.execute(statement).first() is not None


def _fees_changed(start: datetime, end: datetime):
    changed = select(Change.subject_id).where(Change.subject == "fee", _within(Change.changed_at, start, end))
    return or_(Fee.created_at >= start, Fee.updated_at >= start, Fee.id.in_(changed))


def _state(after) -> str | None:
    state = after.get("state") if isinstance(after, dict) else None
    return state if isinstance(state, str) else None


def _within(column, start: datetime, end: datetime):
    return and_(column >= start, column < end)
