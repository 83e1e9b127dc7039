"""Enquiries: every inbound approach is posted in the partner channel, and the holder hears first."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from bot.clients import ClientIndex
from bot.handlers.who_owns import flag_facts
from bot.router import Context
from bot.rules.enquiries import first_holder
from bot.rules.ownership import PRIVILEGED
from bot.settings import Settings
from bot.turn import Mention, Reply
from cards.enquiries import EnquiryView, channel_card, holder_card, referrer_text
from storage import outbox
from storage.enquiries import add_enquiry, enquiry, enquiry_by_key, set_state
from storage.members import member_by_email, member_by_id, member_named
from storage.models import Enquiry
from storage.network import partner_channel
from storage.registry import client

log = logging.getLogger(__name__)


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
            logged_by: int | None = None) -> tuple[Enquiry, bool]:
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
    _announce(session, settings, row)
    return row, True


def respond(ctx: Context) -> list[Reply]:
    """The holder will answer the enquirer."""
    return _route(ctx, "with holder", "You are answering this enquiry; the channel now shows it is with you.")


def pass_to_bd(ctx: Context) -> list[Reply]:
    """The holder hands the enquiry to the BD team."""
    return _route(ctx, "bd responding", "Passed to BD; the channel now shows BD is responding.")


def not_mine(ctx: Context) -> list[Reply]:
    """The holder says the client is not theirs: BD takes it."""
    return _route(ctx, "bd responding", "Noted that this is not your client; BD will respond.")


def view_of(session: Session, row: Enquiry) -> EnquiryView:
    """What the enquiry cards show."""
    holder = member_by_id(session, row.holder_id) if row.holder_id else None
    facts = flag_facts(session, row.client_id) if row.client_id else []
    basis = next((f.basis for f in facts if holder and f.holder_id == holder.id), None)
    mention = Mention(holder.teams_id, holder.name) if holder and holder.teams_id else None
    named = client(session, row.client_id) if row.client_id else None
    return EnquiryView(row.id, row.person_name, row.company, row.source, row.received_at, row.state,
                       client_name=named.name if named else None, holder=mention,
                       holder_basis=basis or "holder", referred_by=row.referred_by, message=row.message)


def _announce(session: Session, settings: Settings, row: Enquiry) -> None:
    view = view_of(session, row)
    channel = partner_channel(session)
    if channel is None:
        log.warning("enquiry %s: no partner channel is set, so it is not posted", row.id)
    else:
        outbox.enqueue(session, f"enquiry:{row.id}:channel", Reply(card=channel_card(view, settings.zone)).payload(),
                       conversation_id=channel.conversation_id, deadline=settings.delivery_deadline)
    if row.holder_id:
        outbox.enqueue(session, f"enquiry:{row.id}:holder", Reply(card=holder_card(view, settings.zone)).payload(),
                       member_id=row.holder_id, deadline=settings.delivery_deadline)
    if row.referrer_id and row.referrer_id != row.holder_id:
        outbox.enqueue(session, f"enquiry:{row.id}:referrer", Reply(text=referrer_text(view)).payload(),
                       member_id=row.referrer_id, deadline=settings.delivery_deadline)


def _route(ctx: Context, state: str, done: str) -> list[Reply]:
    row = enquiry(ctx.session, _int(ctx.turn.value.get("enquiry_id")))
    if row is None:
        return [Reply(text="That enquiry is no longer on record.")]
    if ctx.member.id != row.holder_id and ctx.member.role not in PRIVILEGED:
        return [Reply(text="Only the holder or the BD team can route this enquiry.")]
    set_state(ctx.session, row, state)
    view = view_of(ctx.session, row)
    settings = ctx.settings
    # The channel post changes in place for everyone; the update queues behind the post itself.
    version = f"enquiry:{row.id}:channel:{state}:{row.updated_at.timestamp()}"
    channel = partner_channel(ctx.session)
    if channel is not None and outbox.by_key(ctx.session, f"enquiry:{row.id}:channel"):
        outbox.enqueue(ctx.session, version, Reply(card=channel_card(view, settings.zone)).payload(),
                       conversation_id=channel.conversation_id, deadline=settings.delivery_deadline,
                       replaces=f"enquiry:{row.id}:channel")
    return [Reply(card=holder_card(view, settings.zone)), Reply(text=done)]


def _client_of(session: Session, clients: ClientIndex, incoming: Incoming) -> int | None:
    for query in (incoming.company, incoming.person_email):
        if query:
            found = clients.match(session, query)
            if found.match:
                return found.match.client_id
    return None


def _referrer(session: Session, referred_by: str | None):
    """The member an enquirer named, by email or by their exact name; nobody if it is unclear."""
    if not referred_by:
        return None
    if "@" in referred_by:
        return member_by_email(session, referred_by.strip().strip("<>"))
    return member_named(session, referred_by)


def _int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0
