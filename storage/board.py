"""The transparency board's reads: rows of one period (and optionally one member), before visibility is applied.

Every function takes the session and never commits; columns are labelled as bot.services.board reads them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import Numeric, Row, and_, case, cast, false, func, or_, true
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from storage.models import OPEN_QUOTE, Approach, Client, Dispute, Enquiry, Fee, Member, Quote


def members(session: Session) -> list[Row]:
    """Every member with a role: (id, name), by name; what the board's member filter offers."""
    query = select(Member.id, Member.name).where(Member.role.is_not(None)).order_by(Member.name, Member.id)
    return list(session.execute(query))


def member_by_object_id(session: Session, object_id: str) -> Member | None:
    """The member linked to this Entra object id (linked by chat or the team roster), if any."""
    return session.exec(select(Member).where(Member.aad_object_id.in_({object_id, object_id.lower()}))).first()


def approaches(session: Session, start: datetime, end: datetime, member_id: int | None,
               limit: int | None = None, state: str | None = None) -> list[Row]:
    """BD approaches created in [start, end), newest first; with a member, those by or on behalf of them."""
    bd, behalf = aliased(Member), aliased(Member)
    query = (
        select(Approach.id, Approach.created_at, Client.name.label("client"), bd.name.label("member"),
               Approach.state, behalf.name.label("on_behalf_of"))
        .join(Client, Client.id == Approach.client_id)
        .join(bd, bd.id == Approach.member_id)
        .outerjoin(behalf, behalf.id == Approach.on_behalf_of)
        .where(_within(Approach.created_at, start, end), _approach_member(member_id),
               Approach.state == state if state is not None else true())
        .order_by(Approach.created_at.desc(), Approach.id.desc())
        .limit(limit)
    )
    return list(session.execute(query))


def approach_counts(session: Session, start: datetime, end: datetime, member_id: int | None,
                    months: Sequence[datetime]) -> list[Row]:
    """(month, state, n): approaches created in [start, end) counted by month (index into `months`, the UTC starts
    of the months after the first) and state."""
    month = _bucket(Approach.created_at, months)
    query = (select(month.label("month"), Approach.state, func.count().label("n"))
             .where(_within(Approach.created_at, start, end), _approach_member(member_id))
             .group_by(month, Approach.state))
    return list(session.execute(query))


def enquiries(session: Session, start: datetime, end: datetime, member_id: int | None,
              limit: int | None = None, source: str | None = None, held: bool | None = None) -> list[Row]:
    """Enquiries received in [start, end) with their holder and first action, newest first; with a member, theirs."""
    holder = aliased(Member)
    query = (
        select(Enquiry.id, Enquiry.received_at, Enquiry.person_name.label("person"), Enquiry.company, Enquiry.source,
               Enquiry.state, holder.name.label("holder"), Enquiry.acted_at)
        .outerjoin(holder, holder.id == Enquiry.holder_id)
        .where(_within(Enquiry.received_at, start, end), _enquiry_member(member_id),
               Enquiry.source == source if source is not None else true(),
               true() if held is None else Enquiry.holder_id.is_not(None) if held else Enquiry.holder_id.is_(None))
        .order_by(Enquiry.received_at.desc(), Enquiry.id.desc())
        .limit(limit)
    )
    return list(session.execute(query))


def enquiry_counts(session: Session, start: datetime, end: datetime, member_id: int | None) -> list[Row]:
    """(source, held, hours, n): enquiries received in [start, end), counted in one pass by source, whether a holder
    had them, and the hours to their first action to a tenth of an hour (the precision the board shows; None: not
    answered yet)."""
    held = Enquiry.holder_id.is_not(None)
    hours = _tenths(session, hours_between(session, Enquiry.received_at, Enquiry.acted_at))
    query = (select(Enquiry.source, held.label("held"), hours.label("hours"), func.count().label("n"))
             .where(_within(Enquiry.received_at, start, end), _enquiry_member(member_id))
             .group_by(Enquiry.source, held, hours))
    return list(session.execute(query))


def quote_groups(session: Session, end: datetime, member_id: int | None, viewer_id: int | None) -> list[Row]:
    """(kind, status, tender, currency, n, value): quotes open now opened before `end`, counted by the kind that
    decides who may see them ("network", "own": a partner quote of `viewer_id`, "others": another partner's)."""
    kind = case((Quote.partner_quote.is_(False), "network"), (Quote.owner_id == (viewer_id or 0), "own"),
                else_="others")
    columns = (kind.label("kind"), Quote.status, Quote.tender, Quote.currency)
    query = (select(*columns, func.count().label("n"), func.coalesce(func.sum(Quote.value_cents), 0).label("value"))
             .where(Quote.status.in_([s.value for s in OPEN_QUOTE]), Quote.opened_at < end,
                    Quote.owner_id == member_id if member_id is not None else true())
             .group_by(kind, Quote.status, Quote.tender, Quote.currency))
    return list(session.execute(query))


def open_quotes(session: Session, end: datetime, member_id: int | None, *, network: bool, own: int | None,
                others: bool, limit: int | None = None, status: str | None = None,
                tender: bool | None = None) -> list[Row]:
    """Quotes open now opened before `end`, newest first, of the kinds asked for: the network's (`network`), partner
    quotes owned by `own`, and other partners' (`others`); with a member, the ones they own."""
    query = (
        select(Quote.id, Quote.opened_at, Client.name.label("client"), Quote.owner_id, Member.name.label("owner"),
               Quote.partner_quote, Quote.status, Quote.tender, Quote.value_cents, Quote.currency)
        .join(Client, Client.id == Quote.client_id)
        .join(Member, Member.id == Quote.owner_id)
        .where(Quote.status.in_([s.value for s in OPEN_QUOTE]), Quote.opened_at < end,
               Quote.owner_id == member_id if member_id is not None else true(),
               Quote.status == status if status is not None else true(),
               Quote.tender.is_(tender) if tender is not None else true())
        .order_by(Quote.opened_at.desc(), Quote.id.desc())
        .limit(limit)
    )
    kinds = [Quote.partner_quote.is_(False)] if network else []
    if others:
        kinds.append(and_(Quote.partner_quote.is_(True), Quote.owner_id != (own or 0)))
    if own is not None:
        kinds.append(and_(Quote.partner_quote.is_(True), Quote.owner_id == own))
    return list(session.execute(query.where(or_(false(), *kinds))))


def fees(session: Session, start: datetime, end: datetime, member_id: int | None,
         limit: int | None = None, state: str | None = None) -> list[Row]:
    """Referral fees recorded in [start, end), newest first; with a member, those they pay or are offered."""
    payer, payee = aliased(Member), aliased(Member)
    query = (
        select(Fee.id, Fee.created_at, Client.name.label("client"), Fee.payer_id, payer.name.label("payer"),
               Fee.payee_id, payee.name.label("payee"), Fee.percent, Fee.state, Fee.updated_at)
        .join(Client, Client.id == Fee.client_id)
        .join(payer, payer.id == Fee.payer_id)
        .outerjoin(payee, payee.id == Fee.payee_id)
        .where(_within(Fee.created_at, start, end), _fee_member(member_id),
               Fee.state == state if state is not None else true())
        .order_by(Fee.created_at.desc(), Fee.id.desc())
        .limit(limit)
    )
    return list(session.execute(query))


def fee_counts(session: Session, start: datetime, end: datetime, member_id: int | None) -> list[Row]:
    """(state, n): fees recorded in [start, end) by the state each is in now."""
    query = (select(Fee.state, func.count().label("n"))
             .where(_within(Fee.created_at, start, end), _fee_member(member_id)).group_by(Fee.state))
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


def _bucket(column, starts: Sequence[datetime]):
    """The index of the period a moment falls in: 0 before starts[0], 1 before starts[1]... (portable SQL)."""
    return case(*[(column < at, n) for n, at in enumerate(starts)], else_=len(starts)) if starts else 0


def hours_between(session: Session, start, end):
    """SQL for the hours from `start` to `end` (two timestamp columns or values), on either database."""
    if session.get_bind().dialect.name == "postgresql":
        return func.extract("epoch", end - start) / 3600.0
    return (func.julianday(end) - func.julianday(start)) * 24.0


def _tenths(session: Session, value):
    if session.get_bind().dialect.name == "postgresql":
        return func.round(cast(value, Numeric), 1)
    return func.round(value, 1)


def _approach_member(member_id: int | None):
    return or_(Approach.member_id == member_id, Approach.on_behalf_of == member_id) if member_id is not None \
        else true()


def _enquiry_member(member_id: int | None):
    return Enquiry.holder_id == member_id if member_id is not None else true()


def _fee_member(member_id: int | None):
    return or_(Fee.payer_id == member_id, Fee.payee_id == member_id) if member_id is not None else true()
