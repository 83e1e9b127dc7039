"""The digest's reads over approaches, enquiries, quotes, fees and disputes, and the claim that posts it once."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import and_, or_
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from bot.rules.digest import (ACTIVE_APPROACH, ApproachRow, DisputeRow, EnquiryRow, FeeEvent, FeeRow, Period,
                              QuoteRow, Rows)
from storage.models import OPEN_QUOTE, Approach, Change, Client, DigestRun, Dispute, Enquiry, Fee, Member, Quote


def rows(session: Session, period: Period) -> Rows:
    """Everything the digest of a period may show, before visibility is applied."""
    return Rows(approaches(session, period), enquiries(session, period), open_quotes(session, period),
                fees(session, period), disputes(session, period))


def approaches(session: Session, period: Period) -> list[ApproachRow]:
    """Approaches created in the period, and every planned or active one, oldest first."""
    bd, behalf = aliased(Member), aliased(Member)
    query = (
        select(Approach.id, Client.name, bd.name, Approach.state, behalf.name, Approach.created_at)
        .join(Client, Client.id == Approach.client_id)
        .join(bd, bd.id == Approach.member_id)
        .outerjoin(behalf, behalf.id == Approach.on_behalf_of)
        .where(or_(_within(Approach.created_at, period), Approach.state.in_(ACTIVE_APPROACH)))
        .order_by(Approach.created_at, Approach.id)
    )
    return [ApproachRow(*row) for row in session.execute(query)]


def enquiries(session: Session, period: Period) -> list[EnquiryRow]:
    """Enquiries received in the period with their holder's name, oldest first."""
    holder = aliased(Member)
    query = (
        select(Enquiry.id, Enquiry.received_at, Enquiry.person_name, Enquiry.company, Enquiry.source, Enquiry.state,
               holder.name)
        .outerjoin(holder, holder.id == Enquiry.holder_id)
        .where(_within(Enquiry.received_at, period))
        .order_by(Enquiry.received_at, Enquiry.id)
    )
    return [EnquiryRow(*row) for row in session.execute(query)]


def open_quotes(session: Session, period: Period) -> list[QuoteRow]:
    """Quotes open now that were opened before the period ended, with their owner's role, oldest first."""
    query = (
        select(Quote.id, Client.name, Quote.owner_id, Member.name, Member.role, Quote.status, Quote.value_cents,
               Quote.currency, Quote.tender, Quote.opened_at)
        .join(Client, Client.id == Quote.client_id)
        .join(Member, Member.id == Quote.owner_id)
        .where(Quote.status.in_([s.value for s in OPEN_QUOTE]), Quote.opened_at < period.end)
        .order_by(Quote.opened_at, Quote.id)
    )
    return [QuoteRow(*row) for row in session.execute(query)]


def fees(session: Session, period: Period) -> list[FeeRow]:
    """Fees created or changed since the period began, each with its whole change log."""
    changed = select(Change.subject_id).where(Change.subject == "fee", _within(Change.changed_at, period))
    candidates = or_(Fee.created_at >= period.start, Fee.updated_at >= period.start, Fee.id.in_(changed))
    events: dict[int, list[FeeEvent]] = defaultdict(list)
    log = (
        select(Change.subject_id, Change.action, Change.after, Change.changed_at)
        .where(Change.subject == "fee", Change.subject_id.in_(select(Fee.id).where(candidates)))
        .order_by(Change.changed_at, Change.id)
    )
    for fee_id, action, after, at in session.execute(log):
        state = after.get("state") if isinstance(after, dict) else None
        events[fee_id].append(FeeEvent(action, state if isinstance(state, str) else None, at))
    payer, payee = aliased(Member), aliased(Member)
    query = (
        select(Fee.id, Client.name, payer.name, payee.name, Fee.percent, Fee.state, Fee.created_at, Fee.updated_at)
        .join(Client, Client.id == Fee.client_id)
        .join(payer, payer.id == Fee.payer_id)
        .outerjoin(payee, payee.id == Fee.payee_id)
        .where(candidates)
        .order_by(Fee.created_at, Fee.id)
    )
    return [FeeRow(*row, events=tuple(events.get(row[0], ()))) for row in session.execute(query)]


def disputes(session: Session, period: Period) -> list[DisputeRow]:
    """Disputes opened, resolved or published since the period began, oldest first."""
    raised, against = aliased(Member), aliased(Member)
    query = (
        select(Dispute.id, Client.name, Dispute.raised_by, raised.name, Dispute.against_id, against.name,
               Dispute.what, Dispute.state, Dispute.outcome, Dispute.summary, Dispute.created_at,
               Dispute.resolved_at, Dispute.published_at)
        .outerjoin(Client, Client.id == Dispute.client_id)
        .join(raised, raised.id == Dispute.raised_by)
        .outerjoin(against, against.id == Dispute.against_id)
        .where(or_(_within(Dispute.created_at, period), Dispute.resolved_at >= period.start,
                   Dispute.published_at >= period.start))
        .order_by(Dispute.created_at, Dispute.id)
    )
    return [DisputeRow(*row) for row in session.execute(query)]


def posted(session: Session, period_key: str) -> DigestRun | None:
    """The record of a scheduled period's digest, if it has been posted."""
    return session.exec(select(DigestRun).where(DigestRun.period_key == period_key)).first()


def claim(session: Session, period: Period, cards: int, posted_by: str, now: datetime) -> bool:
    """Record that this process posts the period; False if another process (or an earlier run) already has.

    The unique period key decides between racing replicas: the loser's insert waits for the winner and does nothing.
    """
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = (
        insert(DigestRun)
        .values(period_key=period.key, period_start=period.start, period_end=period.end, cards=cards,
                posted_at=now, posted_by=posted_by[:200])
        .on_conflict_do_nothing(index_elements=["period_key"])
        .returning(DigestRun.id)
    )
    return session.execute(statement).first() is not None


def _within(column, period: Period):
    return and_(column >= period.start, column < period.end)
