"""Ownership that follows the work: what a won approach or a won introduction gives the people it belongs to."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from bot.rules.ownership import won_work
from bot.settings import Settings
from storage.registry import flags_from, put_flag


def give_won_work(session: Session, settings: Settings, source: str, client_id: int, owner_id: int,
                  introducer_id: int | None, won_at: datetime, by: int | None) -> int:
    """Flag a win for its owner (and introducer), once per piece of work (`source`); how many flags were new."""
    given = {(f.holder_id, f.basis): f for f in flags_from(session, source)}
    new = 0
    for wanted in won_work(owner_id, introducer_id, won_at, timedelta(days=settings.project_active_days)):
        _, changed = put_flag(session, given.get((wanted.holder_id, wanted.basis)), by=by, via=source,
                              client_id=client_id, holder_id=wanted.holder_id, basis=wanted.basis,
                              since=wanted.since, until=wanted.until)
        new += changed
    return new
