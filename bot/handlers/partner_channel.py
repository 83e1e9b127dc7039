"""The partner channel: where Accord posts for every partner."""

from bot.router import Context
from bot.services import approaches, disputes, enquiries
from bot.turn import Reply
from cards.base import done_card, plain
from storage.conversations import conversation
from storage.network import PARTNER_CHANNEL, get_setting, put_setting
from storage.types import utcnow


def set_partner_channel(ctx: Context) -> list[Reply]:
    """Make the channel this was asked in the partner channel."""
    place = ctx.turn.place
    previous = get_setting(ctx.session, PARTNER_CHANNEL)
    put_setting(ctx.session, PARTNER_CHANNEL, place.home_id, by=ctx.member.id)
    name = plain(place.channel_name) or "this channel"
    moved = ""
    if previous and previous != place.home_id:
        old = conversation(ctx.session, previous)
        moved = f" It replaces {_channel_label(old)}."
    backlog = [(enquiries.post_unposted(ctx.session, ctx.settings, utcnow()), "recent enquiry", "recent enquiries"),
               (approaches.post_unposted(ctx.session, ctx.settings), "open BD approach", "open BD approaches"),
               (disputes.post_unposted(ctx.session, ctx.settings), "published dispute outcome",
                "published dispute outcomes")]
    waiting = " and ".join(f"{n} {one if n == 1 else many}" for n, one, many in backlog if n)
    caught_up = f" {waiting} recorded without a partner channel follow." if waiting else ""
    return [Reply(card=done_card("Partner channel set", f"Done: {name} is now the partner channel. Enquiries, BD "
                                 f"approaches and the fortnightly digest will be posted here.{moved}{caught_up}"))]


def _channel_label(row) -> str:
    if row is None or not row.name:
        return "the previous partner channel"
    return f"{plain(row.name)} in {plain(row.team_name)}" if row.team_name else plain(row.name)
