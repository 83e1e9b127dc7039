"""Disputes as handlers and the partner channel share them: each as a viewer may see it, outcomes posted."""

from __future__ import annotations

from sqlmodel import Session

from bot.rules import disputes as rules
from bot.rules.access import Viewer
from bot.rules.disputes import DisputeFacts
from bot.settings import Settings
from bot.turn import Reply
from cards.disputes import DisputeView, Step, outcome_card
from storage import disputes as store, outbox
from storage.members import display_name, member_by_id
from storage.models import Dispute
from storage.network import partner_channel
from storage.registry import client, members_by_id

BACKLOG = 50  # published outcomes posted at most when a partner channel is first set


def post_unposted(session: Session, settings: Settings) -> int:
    """Post to the (new) partner channel the outcomes published while there was none; how many."""
    channel = partner_channel(session)
    if channel is None:
        return 0
    waiting = [row for row in reversed(store.published(session, BACKLOG))
               if outbox.by_key(session, f"dispute:{row.id}:published") is None]
    for row in waiting:
        post_outcome(session, settings, row, channel.conversation_id)
    return len(waiting)


def view_for(session: Session, row: Dispute, viewer: Viewer) -> DisputeView | None:
    """The dispute as this viewer may see it; None when they may not see it at all."""
    facts, coordinator = facts_of(session, row)
    sight = rules.sight(viewer, facts)
    if sight == rules.NOTHING:
        return None
    full = sight == rules.FULL
    log_rows = store.timeline(session, row.id) if full else []
    people = members_by_id(session, {row.raised_by, row.against_id, *(c.changed_by for c in log_rows)} - {None})
    named = client(session, row.client_id)
    steps = tuple(Step(c.changed_at, display_name(people.get(c.changed_by)) if c.changed_by else "Accord", c.action,
                       c.note) for c in log_rows if rules.shows_in_timeline(c.action, viewer))
    resolved = row.state == rules.RESOLVED
    return DisputeView(
        row.id, sight, named.name if named else None, display_name(people.get(row.raised_by)),
        display_name(people.get(row.against_id)) if row.against_id else None, row.state, row.created_at,
        coordinator=coordinator or None, what=row.what if full else None,
        outcome=row.outcome if resolved else None, summary=row.summary if resolved else None,
        resolved_at=row.resolved_at, published_at=row.published_at, timeline=steps,
        actions=rules.actions(viewer, facts), must_publish=rules.must_publish(facts),
        sanctionable=tuple(sorted((m, display_name(people.get(m))) for m in facts.parties if m != viewer.member_id)),
    )


def post_outcome(session: Session, settings: Settings, row: Dispute, conversation_id: str) -> None:
    """Queue the resolved outcome's card, as everyone may see it, for the partner channel."""
    view = view_for(session, row, Viewer(None, None, public=True))
    outbox.enqueue(session, f"dispute:{row.id}:published", Reply(card=outcome_card(view, settings.zone)).payload(),
                   conversation_id=conversation_id, deadline=settings.delivery_deadline)


def facts_of(session: Session, row: Dispute) -> tuple[DisputeFacts, str]:
    """What the dispute rules need about a dispute, and its coordinator's name."""
    raiser = member_by_id(session, row.raised_by)
    against = member_by_id(session, row.against_id) if row.against_id else None
    coordinator = member_by_id(session, row.coordinator_id) if row.coordinator_id else None
    facts = DisputeFacts(row.id, row.raised_by, row.against_id, row.coordinator_id, row.state,
                         row.published_at is not None, raiser.role if raiser else None,
                         against.role if against else None)
    return facts, display_name(coordinator) if coordinator else ""
