"""The partner channel: where Accord posts for every partner."""

from bot.handlers.enquiries import post_unposted
from bot.router import Context
from bot.turn import Reply
from storage.conversations import conversation
from storage.network import PARTNER_CHANNEL, get_setting, put_setting
from storage.types import utcnow


def set_partner_channel(ctx: Context) -> list[Reply]:
    """Make the channel this was asked in the partner channel."""
    place = ctx.turn.place
    previous = get_setting(ctx.session, PARTNER_CHANNEL)
    put_setting(ctx.session, PARTNER_CHANNEL, place.home_id, by=ctx.member.id)
    name = place.channel_name or "this channel"
    moved = ""
    if previous and previous != place.home_id:
        old = conversation(ctx.session, previous)
        moved = f" It replaces {_channel_label(old)}."
    backlog = post_unposted(ctx.session, ctx.settings, utcnow())
    caught_up = f" {backlog} recent enquiries that arrived without a partner channel follow." if backlog else ""
    return [Reply(text=f"Done: {name} is now the partner channel. Enquiries, BD approaches and the "
                       f"fortnightly digest will be posted here.{moved}{caught_up}")]


def _channel_label(row) -> str:
    if row is None or not row.name:
        return "the previous partner channel"
    return f"{row.name} in {row.team_name}" if row.team_name else row.name
