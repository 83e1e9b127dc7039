"""The fortnightly transparency digest: posted once per period to the partner channel, and shown on request."""

from __future__ import annotations

import logging

from bot.router import Context
from bot.rules.access import Viewer
from bot.rules.digest import plural
from bot.services.digest import build, post_so_far, schedule_of
from bot.turn import Reply
from cards.base import done_card, shown
from cards.digest import PERIOD
from storage.types import utcnow

log = logging.getLogger(__name__)
MAX_REPLY_CARDS = 5  # a chat answer, not a feed: a very busy period's full digest goes to the channel


def post_now(ctx: Context) -> list[Reply]:
    """`digest now` (admins): the period so far, to the partner channel."""
    now = utcnow()
    posting = post_so_far(ctx.session, ctx.settings, now)
    if posting.problem:
        return [Reply(text=posting.problem)]
    following = schedule_of(ctx.settings).next_fire_after(now)
    when = f" on {shown(following, ctx.settings.zone, PERIOD)}" if following else ""
    text = (f"Posted the digest so far ({plural(posting.cards, 'card')}) to the partner channel. It does not replace "
            f"the scheduled digest, which still follows{when}.")
    return [Reply(card=done_card("Digest posted", text))]


def show(ctx: Context) -> list[Reply]:
    """`digest`: the current period so far, as the asker may see it."""
    now = utcnow()
    period = schedule_of(ctx.settings).so_far(now)
    cards = build(ctx.session, ctx.settings, period, Viewer(ctx.member.id, ctx.member.role), so_far=True)
    replies = [Reply(card=c) for c in cards[:MAX_REPLY_CARDS]]
    if len(cards) > MAX_REPLY_CARDS:
        replies.append(Reply(text=f"Shown: the first {MAX_REPLY_CARDS} of {len(cards)} cards. The partner channel "
                                  "gets the whole digest, as everyone may see it, at the end of the period."))
    return replies


