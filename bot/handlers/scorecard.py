"""`scorecard`: the asker's own allocation scorecard for the last SCORECARD_DAYS, and the network's spread."""

from __future__ import annotations

from datetime import datetime

from bot.router import Context
from bot.services.scorecard import MemberScore, period, scorecards
from bot.turn import Reply
from cards.scorecard import ScorecardView, scorecard_card
from storage.types import utcnow


def show(ctx: Context) -> list[Reply]:
    """The asker's own card: a scorecard is theirs, directors', admins' and BD's to read (domain visibility)."""
    start, end = period(utcnow(), ctx.settings.scorecard_days)
    scores = scorecards(ctx.session, ctx.settings, start, end)
    mine = next((s for s in scores if s.member_id == ctx.member.id), None)
    if mine is None:
        return [Reply(text="Only members with a role are scored. Ask an admin to give you one.")]
    return [Reply(card=scorecard_card(view_of(mine, scores, start, end), ctx.settings.zone))]


def view_of(mine: MemberScore, scores: list[MemberScore], start: datetime, end: datetime) -> ScorecardView:
    """One member's card data, with everyone's scores and no names."""
    return ScorecardView(mine.name, mine.card.score, mine.card.word, mine.card.eligible, mine.card.parts,
                         mine.value_won_cents, start, end, tuple(sorted(s.card.score for s in scores)))
