"""The transparency board's reads: rows of one period (and optionally one member), before visibility is applied.

Every function takes the session and never commits; columns are labelled as bot.services.board reads them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Row, and_, or_
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from storage.models import OPEN_QUOTE, Approach, Client, Dispute, Enquiry, Fee, Member, Quote


def members(session: Session) -> list[Row]:
    """Every member with a role: (id, name), by name; what the board's member filter offers."""
    query = select(Member.id, Member.name, Member.email).where(Member.role.is_not(None)).order_by(Member.name,
                                                                                                  Member.id)
    return list(session.execute(query))


def member_by_object_id(session: Session, object_id: str) -> Member | None:
    """The member linked to this Entra object id (linked by chat or the team roster), if any."""
    return session.exec(select(Member).where(Member.aad_object_id.in_({object_id, object_id.lower()}))).first()


def approaches(session: Session, start: datetime, end: datetime, member_id: int | None) -> list[Row]:
    """BD approaches created in [start, end), oldest first; with a member, those by or on behalf of them."""
    bd, behalf = aliased(Member), aliased(Member)
    query = (
        select(Approach.id, Approach.created_at, Client.name.label("client"), bd.name.label("member"),
               Approach.state, behalf.name.label("on_behalf_of"))
        .join(Client, Client.id == Approach.client_id)
        .join(bd, bd.id == Approach.member_id)
        .outerjoin(behalf, behalf.id == Approach.on_behalf_of)
        .where(_within(Approach.created_at, start, end))
        .order_by(Approach.created_at, Approach.id)
    )
    if member_id is not None:
        query = query.where(or_(Approach.member_id == member_id, Approach.on_behalf_of == member_id))
    return list(session.execute(query))


def enquiries(session: Session, start: datetime, end: datetime, member_id: int | None) -> list[Row]:
    """Enquiries received in [start, end) with their holder and first action, oldest first; with a member, theirs."""
    holder = aliased(Member)
    query = (
        select(Enquiry.id, Enquiry.received_at, Enquiry.person_name.label("person"), Enquiry.company, Enquiry.source,
               Enquiry.state, holder.name.label("holder"), Enquiry.acted_at)
        .outerjoin(holder, holder.id == Enquiry.holder_id)
        .where(_within(Enquiry.received_at, start, end))
        .order_by(Enquiry.received_at, Enquiry.id)
    )
    if member_id is not None:
        query = query.where(Enquiry.holder_id == member_id)
    return list(session.execute(query))


def open_quotes(session: Session, end: datetime, member_id: int | None) -> list[Row]:
    """Quotes open now that were opened before `end`, oldest first; with a member, the ones they own."""
    query = (
        select(Quote.id, Quote.opened_at, Client.name.label("client"), Quote.owner_id, Member.name.label("owner"),
               Quote.partner_quote, Quote.status, Quote.tender, Quote.value_cents, Quote.currency)
        .join(Client, Client.id == Quote.client_id)
        .join(Member, Member.id == Quote.owner_id)
        .where(Quote.status.in_([s.value for s in OPEN_QUOTE]), Quote.opened_at < end)
        .order_by(Quote.opened_at, Quote.id)
    )
    if member_id is not None:
        query = query.where(Quote.owner_id == member_id)
    return list(session.execute(query))


def fees(session: Session, start: datetime, end: datetime, member_id: int | None) -> list[Row]:
    """Referral fees recorded in [start, end), oldest first; with a member, those they pay or are offered."""
    payer, payee = aliased(Member), aliased(Member)
    query = (
        select(Fee.id, Fee.created_at, Client.name.label("client"), Fee.payer_id, payer.name.label("payer"),
               Fee.payee_id, payee.name.label("payee"), Fee.percent, Fee.state, Fee.updated_at)
        .join(Client, Client.id == Fee.client_id)
        .join(payer, payer.id == Fee.payer_id)
        .outerjoin(payee, payee.id == Fee.payee_id)
        .where(_within(Fee.created_at, start, end))
        .order_by(Fee.created_at, Fee.id)
    )
    if member_id is not None:
        query = query.where(or_(Fee.payer_id == member_id, Fee.payee_id == member_id))
    return list(session.execute(query))


def disputes(session: Session, start: datetime, end: datetime) -> list[Row]:
    """Disputes opened or resolved in [start, end), oldest first (who may see what is the service's business)."""
    raised, against = aliased(Member), aliased(Member)
    query = (
        select(Dispute.id, Dispute.created_at, Client.name.label("client"), Dispute.raised_by.label("raised_by_id"),
               raised.name.label("raised_by"), Dispute.against_id, against.name.label("against"), Dispute.what,
               Dispute.state, Dispute.outcome, Dispute.summary, Dispute.resolved_at, Dispute.published_at)
        .outerjoin(Client, Client.id == Dispute.client_id)
        .join(raised, raised.id == Dispute.raised_by)
        .outerjoin(against, against.id == Dispute.against_id)
        .where(or_(_within(Dispute.created_at, start, end), _within(Dispute.resolved_at, start, end)))
        .order_by(Dispute.created_at, Dispute.id)
    )
    return list(session.execute(query))


def _within(column, start: datetime, end: datetime):
    return and_(column >= start, column < end)
