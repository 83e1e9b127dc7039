"""Enquiries arriving: recorded, matched to a holder, posted in the channel, the holder told first; reminders."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from bot.clients import ClientIndex
from bot.rules.access import Viewer
from bot.rules.enquiries import business_days_later, first_holder, referrer_notice_key, routing_reason
from bot.rules.ownership import FlagFact
from bot.services import delivery
from bot.services.leads import shown as lead_shown
from bot.services.who_owns import flag_facts
from bot.settings import Settings
from bot.turn import Mention, Reply
from cards.enquiries import EnquiryView, channel_card, holder_card, referrer_text
from storage import outbox
from storage.enquiries import add_enquiry, awaiting_action, enquiries_since, enquiry_by_key, mark_reminded
from storage.leads import leads_of
from storage.members import display_name, member_by_id, members_with_role, typed_member
from storage.models import Enquiry, Lead, Member
from storage.network import partner_channel
from storage.registry import clients_by_id, flags_by_client, members_by_id
from storage.types import utcnow

log = logging.getLogger(__name__)
LIST_DAYS = 14  # the last fortnight: what `enquiries` lists and what is posted late once a channel is set



PUBLIC = Viewer(None, None, public=True)  # a post in the partner channel: what everyone there may see


@dataclass(frozen=True)
class Incoming:
    """An enquiry as any source delivers it: website form, mailbox, or a card filled in by BD."""

    source_key: str
    source: str
    received_at: datetime
    person_name: str
    person_email: str | None = None
    person_phone: str | None = None
    company: str | None = None
    message: str | None = None
    referred_by: str | None = None


def receive(session: Session, settings: Settings, clients: ClientIndex, incoming: Incoming,
            logged_by: int | None = None, now: datetime | None = None) -> tuple[Enquiry, bool]:
    """Store an enquiry once, match it, and queue the channel post and the holder's and referrer's notices."""
    known = enquiry_by_key(session, incoming.source_key)
    if known is not None:
        return known, False
    client_id = _client_of(session, clients, incoming)
    facts = flag_facts(session, client_id) if client_id else []
    holder = first_holder(facts, incoming.person_email)
    referrer = _referrer(session, incoming.referred_by)
    row = add_enquiry(session, source_key=incoming.source_key, source=incoming.source,
                      received_at=incoming.received_at, person_name=incoming.person_name,
                      person_email=incoming.person_email, person_phone=incoming.person_phone,
                      company=incoming.company, message=incoming.message, referred_by=incoming.referred_by,
                      client_id=client_id, holder_id=holder.holder_id if holder else None,
                      referrer_id=referrer.id if referrer else None, logged_by=logged_by,
                      state="with holder" if holder else "new")
    _announce(session, settings, row, now or utcnow())
    return row, True


def remind(session: Session, settings: Settings, now: datetime) -> int:
    """Remind the holder and BD of held enquiries nobody acted on within the business days allowed."""
    sent = 0
    bd = members_with_role(session, "bd")
    for row in awaiting_action(session):
        # One received in the future is not due, and one at the calendar's end would overflow the count.
        if row.received_at > now or now < business_days_later(row.received_at,
                                                              settings.enquiry_reminder_business_days, settings.zone):
            continue
        readers = [m for m in [member_by_id(session, row.holder_id), *bd] if m is not None]
        for reader in {m.id: m for m in readers}.values():  # each reads the reason as they may
            view = view_of(session, settings, row, Viewer(reader.id, reader.role))
            card = Reply(card=holder_card(view, settings.zone, reminder=True)).payload()
            delivery.to_member(session, settings, f"enquiry:{row.id}:reminder:{reader.id}", card, reader.id)
        mark_reminded(session, row, now)
        sent += 1
    return sent


def view_of(session: Session, settings: Settings, row: Enquiry, viewer: Viewer = PUBLIC) -> EnquiryView:
    """What the enquiry cards show to this viewer: why it went to its holder only to those who may know."""
    return views_of(session, settings, [row], viewer)[0]


def views_of(session: Session, settings: Settings, rows: list[Enquiry], viewer: Viewer = PUBLIC) -> list[EnquiryView]:
    """`view_of` for a list of enquiries, reading each table once for all of them."""
    holders = members_by_id(session, {r.holder_id for r in rows if r.holder_id})
    client_ids = sorted({r.client_id for r in rows if r.client_id})
    names = {c.id: c.name for c in clients_by_id(session, client_ids)}
    facts = {client_id: flag_facts(session, client_id, items)
             for client_id, items in flags_by_client(session, client_ids).items()}
    leads = leads_of(session, "enquiry", [r.id for r in rows])
    return [_view(settings, row, viewer, holders.get(row.holder_id or -1), facts.get(row.client_id or -1, []),
                  names.get(row.client_id or -1), leads.get(row.id)) for row in rows]


def _view(settings: Settings, row: Enquiry, viewer: Viewer, holder: Member | None, facts: list[FlagFact],
          client_name: str | None, lead: Lead | None) -> EnquiryView:
    routed = first_holder([f for f in facts if f.holder_id == holder.id], row.person_email) if holder else None
    basis = routing_reason(viewer, routed, settings.partner_quotes_visible_to_bd)
    mention = Mention(holder.teams_id, display_name(holder)) if holder and holder.teams_id else None
    return EnquiryView(row.id, row.person_name, row.company, row.source, row.received_at, row.state,
                       client_name=client_name, holder=mention, holder_basis=basis, referred_by=row.referred_by,
                       message=row.message, holder_name=display_name(holder) if holder else None,
                       lead=lead_shown(lead, viewer, row.holder_id))


def update_channel_post(session: Session, settings: Settings, row: Enquiry, version: str) -> None:
    """The channel post changes in place for everyone; the update queues behind the post itself."""
    channel = partner_channel(session)
    if channel is not None and outbox.by_key(session, f"enquiry:{row.id}:channel"):
        card = channel_card(view_of(session, settings, row), settings.zone)
        outbox.enqueue(session, f"enquiry:{row.id}:channel:{version}", Reply(card=card).payload(),
                       conversation_id=channel.conversation_id, deadline=settings.delivery_deadline,
                       replaces=f"enquiry:{row.id}:channel")


def post_unposted(session: Session, settings: Settings, now: datetime) -> int:
    """Post to the (new) partner channel the recent enquiries that arrived while there was none; how many."""
    channel = partner_channel(session)
    if channel is None:
        return 0
    posted = 0
    for row in reversed(enquiries_since(session, now - timedelta(days=LIST_DAYS))):
        if outbox.by_key(session, f"enquiry:{row.id}:channel") is None:
            _post(session, settings, row, channel.conversation_id)
            posted += 1
    return posted


def _announce(session: Session, settings: Settings, row: Enquiry, now: datetime) -> None:
    view = view_of(session, settings, row)
    channel = partner_channel(session)
    if channel is None:
        log.warning("enquiry %s: no partner channel is set; it is posted once one is", row.id)
    else:
        _post(session, settings, row, channel.conversation_id)
    if row.holder_id:
        holder = member_by_id(session, row.holder_id)
        theirs = view_of(session, settings, row, Viewer(holder.id, holder.role))
        delivery.to_member(session, settings, f"enquiry:{row.id}:holder",
                           Reply(card=holder_card(theirs, settings.zone)).payload(), row.holder_id)
    if row.referrer_id and row.referrer_id != row.holder_id:
        _tell_referrer(session, settings, row, view, now)


def _tell_referrer(session: Session, settings: Settings, row: Enquiry, view: EnquiryView, now: datetime) -> None:
    """The member an enquiry names as its referrer hears of it; from outside, once a day per sender, unverified."""
    if row.logged_by is not None:  # a member logged it: their words, one note per enquiry
        key, text = f"enquiry:{row.id}:referrer", referrer_text(view, verified=True)
    else:
        key = referrer_notice_key(row.referrer_id, row.person_email, row.person_name, now, settings.zone)
        text = referrer_text(view, verified=False)
    delivery.to_member(session, settings, key, Reply(text=text).payload(), row.referrer_id)


def _post(session: Session, settings: Settings, row: Enquiry, conversation_id: str) -> None:
    card = channel_card(view_of(session, settings, row), settings.zone)
    outbox.enqueue(session, f"enquiry:{row.id}:channel", Reply(card=card).payload(), conversation_id=conversation_id,
                   deadline=settings.delivery_deadline)


def _client_of(session: Session, clients: ClientIndex, incoming: Incoming) -> int | None:
    for query in (incoming.company, incoming.person_email):
        if query:
            found = clients.match(session, query)
            if found.match:
                return found.match.client_id
    return None


def _referrer(session: Session, referred_by: str | None):
    """The member an enquirer named, by email or by their exact name; nobody if it is unclear."""
    return typed_member(session, referred_by) if referred_by else None
