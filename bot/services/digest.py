"""The transparency digest: each period's cards as a viewer may see them, posted once to the partner channel."""

from __future__ import annotations

import logging
import os
import socket
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import Session

from bot.rules.access import Viewer
from bot.rules.digest import (
    ApproachRow,
    DisputeRow,
    EnquiryRow,
    FeeEvent,
    FeeRow,
    HandoffRow,
    Period,
    QuoteRow,
    Rows,
    Schedule,
    sections,
)
from bot.rules.leads import QualifiedRow
from bot.settings import Settings
from bot.turn import Reply
from cards.digest import digest_cards
from storage import digest, outbox
from storage.handoffs import handoffs_in_period
from storage.leads import qualified_enquiries
from storage.network import partner_channel

log = logging.getLogger(__name__)
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
                [DisputeRow(**r._mapping) for r in digest.disputes(session, start, end)],
                [FeeRow(**r._mapping) for r in digest.unanswered_fees(session, start, end)],
                qualified=[QualifiedRow(*r) for r in qualified_enquiries(session, start, end)],
                handoffs=[HandoffRow(h.won_at, h.welcome_done_at) for h in handoffs_in_period(session, start, end)])


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
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    _queue(session, settings, channel.conversation_id, f"digest:now:{stamp}", cards)
    return Posting(period, len(cards))


def _queue(session: Session, settings: Settings, conversation_id: str, prefix: str, cards: list[dict]) -> None:
    for n, content in enumerate(cards, start=1):
        outbox.enqueue(session, f"{prefix}:{n}", Reply(card=content).payload(), conversation_id=conversation_id,
                       deadline=settings.delivery_deadline)


def _process() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"
