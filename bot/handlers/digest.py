"""The fortnightly transparency digest: posted once per period to the partner channel, and shown on request."""

from __future__ import annotations

import logging
import os
import socket
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlmodel import Session

from bot.router import Context
from bot.rules.access import Viewer
from bot.rules.digest import (
    ApproachRow,
    DisputeRow,
    EnquiryRow,
    FeeEvent,
    FeeRow,
    Period,
    QuoteRow,
    Rows,
    Schedule,
    plural,
    sections,
)
from bot.settings import Settings
from bot.turn import Reply
from cards.base import done_card, shown
from cards.digest import PERIOD, digest_cards
from storage import digest, outbox
from storage.network import partner_channel
from storage.types import utcnow

log = logging.getLogger(__name__)
MAX_REPLY_CARDS = 5  # a chat answer, not a feed: a very busy period's full digest goes to the channel
NO_CHANNEL = "No partner channel is set yet: an admin types '@Accord set partner channel' in it."


@dataclass(frozen=True)
class Posting:
    """What became of a request to post a digest: the cards queued, or why nothing was."""

    period: Period | None
    cards: int = 0
    problem: str | None = None


def schedule_of(settings: Settings) -> Schedule:
    """The digest schedule the settings describe."""
    return Schedule(settings.digest_cron, settings.zone, settings.digest_anchor_date, settings.digest_every_weeks)


def build(session: Session, settings: Settings, period: Period, viewer: Viewer, so_far: bool = False) -> list[dict]:
    """The digest cards of a period as this viewer may see them (Viewer(public=True): the partner channel)."""
    shown = sections(_rows(session, period), period, viewer, word=schedule_of(settings).word,
                     bd_sees_partner_quotes=settings.partner_quotes_visible_to_bd)
    return digest_cards(shown, period, settings.zone, public=viewer.public, so_far=so_far)


def _rows(session: Session, period: Period) -> Rows:
    """Everything the digest of a period may show, before visibility is applied."""
    start, end = period.start, period.end
    events: dict[int, list[FeeEvent]] = defaultdict(list)
    for fee_id, *event in digest.fee_log(session, start, end):
        events[fee_id].append(FeeEvent(*event))
    # By column label, not position: a column added or moved in a query cannot shift a row's fields.
    return Rows([ApproachRow(**r._mapping) for r in digest.approaches(session, start, end)],
                [EnquiryRow(**r._mapping) for r in digest.enquiries(session, start, end)],
                [QuoteRow(**r._mapping) for r in digest.open_quotes(session, end)],
                [FeeRow(**r._mapping, events=tuple(events[r.id])) for r in digest.fees(session, start, end)],
                [DisputeRow(**r._mapping) for r in digest.disputes(session, start, end)])


def post_due(session: Session, settings: Settings, now: datetime) -> Posting:
    """Post the scheduled digest if its time has come (at most a day ago) and nobody has posted it yet."""
    period = schedule_of(settings).due(now)
    if period is None:
        return Posting(None, problem="no digest is due")
    return post_scheduled(session, settings, period, now)


def post_scheduled(session: Session, settings: Settings, period: Period, now: datetime) -> Posting:
    """Claim a scheduled period and queue its cards, in the same transaction: once, whichever replica is first."""
    if digest.posted(session, period.key) is not None:
        return Posting(period, problem="already posted")
    channel = partner_channel(session)
    if channel is None:
        # Unclaimed, so it goes out once a channel is set, while the period is still due.
        log.warning("digest %s: no partner channel is set, so it is not posted yet", period.key)
        return Posting(period, problem=NO_CHANNEL)
    cards = build(session, settings, period, Viewer(None, None, public=True))
    if not digest.claim(session, period.key, period.start, period.end, cards=len(cards), posted_by=_process(), now=now):
        return Posting(period, problem="already posted")
    _queue(session, settings, channel.conversation_id, f"digest:{period.key}", cards)
    log.info("digest %s: %s cards queued for the partner channel", period.key, len(cards))
    return Posting(period, len(cards))


def post_so_far(session: Session, settings: Settings, now: datetime) -> Posting:
    """Post the current period so far to the partner channel; it claims nothing, so the scheduled one follows."""
    period = schedule_of(settings).so_far(now)
    channel = partner_channel(session)
    if channel is None:
        return Posting(period, problem=NO_CHANNEL)
    cards = build(session, settings, period, Viewer(None, None, public=True), so_far=True)
    stamp = now.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%S.%fZ")
    _queue(session, settings, channel.conversation_id, f"digest:now:{stamp}", cards)
    return Posting(period, len(cards))


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


def _queue(session: Session, settings: Settings, conversation_id: str, prefix: str, cards: list[dict]) -> None:
    for n, content in enumerate(cards, start=1):
        outbox.enqueue(session, f"{prefix}:{n}", Reply(card=content).payload(), conversation_id=conversation_id,
                       deadline=settings.delivery_deadline)


def _process() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"
