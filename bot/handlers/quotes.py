"""Quotes: platform events and chat, the flags they give their owner, and overlap notices to earlier quote owners."""

from __future__ import annotations

from bot.router import Context
from bot.rules.access import INSIDERS
from bot.rules.quotes import chat_external_id, detail_audience, is_partner_quote, parse_chat_quote
from bot.services import delivery
from bot.services.quotes import after_created, may_see, overlap, quote_state, sync_flags, view_for, view_of
from bot.turn import Reply
from cards.base import no_client
from cards.quotes import MAX_LISTED, list_card, recorded_card
from storage.history import record_change
from storage.models import Quote, QuoteStatus
from storage.quotes import add_quote, quote_by_external_id, quotes_with_people
from storage.types import utcnow

USAGE = "Write it as: quote ClientCorp 45000 (or $45k, 1.2m), with USD and/or tender after the value if they apply."


def record(ctx: Context) -> list[Reply]:
    """`quote ClientCorp 45000 [tender]`: the asker's quote, with the same effects as one from the platform."""
    external_id = chat_external_id(ctx.member.id, ctx.turn.activity_id)
    known = quote_by_external_id(ctx.session, external_id) if external_id else None
    if known is not None:  # Teams delivered the same message again: the quote is recorded already
        told = [delivery.status(ctx.session, ctx.settings, m.id) for _, m in overlap(ctx.session, known)]
        return [_recorded(ctx, known, told)]
    asked = parse_chat_quote(ctx.args.get("quote", ""))
    if asked is None:
        return [Reply(text=USAGE)]
    found = ctx.clients.match(ctx.session, asked.client)
    if found.match is None:
        return [Reply(text=no_client(asked.client, [c.name for c in found.candidates]))]
    now = utcnow()
    row = add_quote(ctx.session, external_id=external_id, client_id=found.match.client_id, owner_id=ctx.member.id,
                    status=QuoteStatus.open, value_cents=asked.value_cents, currency=asked.currency,
                    tender=asked.tender, partner_quote=is_partner_quote(ctx.member.role), source="chat",
                    opened_at=now)
    record_change(ctx.session, "quote", row.id, "created", by=ctx.member.id, after=quote_state(ctx.session, row),
                  note="recorded in chat")
    sync_flags(ctx.session, ctx.settings, row, now)
    return [_recorded(ctx, row, after_created(ctx.session, ctx.settings, row))]


def listing(ctx: Context) -> list[Reply]:
    """`quotes`: the asker's quotes; for BD, directors and admins also the open quotes of others they may see."""
    session, settings, member = ctx.session, ctx.settings, ctx.member
    own = [view_of(session, settings, q, owner, named, member)
           for q, owner, named in quotes_with_people(session, owner_id=member.id, limit=MAX_LISTED)]
    others = None
    if member.role in INSIDERS:
        rows = quotes_with_people(session, open_only=True, limit=MAX_LISTED * 4)
        others = [view_of(session, settings, q, owner, named, member) for q, owner, named in rows
                  if owner.id != member.id and may_see(settings, member, q)][:MAX_LISTED]
    return [Reply(card=list_card(own, others, settings.zone))]


def _recorded(ctx: Context, row: Quote, told: list[delivery.Delivery]) -> Reply:
    """The answer to the quote's owner: what was recorded, who sees it, and who was told of an overlap."""
    audience = detail_audience(row.partner_quote, ctx.settings.partner_quotes_visible_to_bd)
    view = view_for(ctx.session, ctx.settings, row, ctx.member)
    waiting = tuple(d.promise("the overlap notice") for d in told if d.waiting)
    return Reply(card=recorded_card(view, [d.name for d in told], audience, ctx.settings.zone, waiting))


