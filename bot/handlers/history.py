"""A client's history in chat: every change the asker may see; in a channel, what everyone there may see."""

from __future__ import annotations

from bot.router import Context
from bot.services.history import history_for
from bot.turn import Reply
from cards.base import no_client
from cards.history import history_card
from storage.registry import client


def show(ctx: Context) -> list[Reply]:
    """`history CLIENT`: the client named as who-owns reads it; an unknown or ambiguous name says so, nothing more."""
    typed = ctx.args["query"]
    found = ctx.clients.match(ctx.session, typed)
    row = client(ctx.session, found.match.client_id) if found.match is not None else None
    if row is None:
        return [Reply(text=no_client(typed, [c.name for c in found.candidates]))]
    rows = history_for(ctx.session, ctx.settings, row.id, ctx.viewer)
    return [Reply(card=history_card(row.name, rows, ctx.settings.zone, public=ctx.viewer.public, query=typed))]
