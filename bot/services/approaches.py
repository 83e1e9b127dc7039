"""BD approaches as handlers, the demo and the partner channel share them: recorded, then announced."""

from __future__ import annotations

import logging

from sqlmodel import Session

from bot.clients import ClientIndex
from bot.rules.approaches import PLANNED, prefixes, protected
from bot.rules.matching import Match, outright
from bot.services.who_owns import flag_facts
from bot.settings import Settings
from bot.turn import Mention, Reply
from cards.approaches import ApproachView, Target, channel_card
from storage import outbox
from storage.approaches import FIELDS, add_approach, open_approaches
from storage.history import record_change, snapshot
from storage.members import display_name
from storage.models import Approach
from storage.network import partner_channel
from storage.registry import client, members_by_id

log = logging.getLogger(__name__)
BACKLOG = 200  # open approaches announced at most when a partner channel is first set


def named_client(clients: ClientIndex, session: Session, text: str,
                 note: str | None) -> tuple[Match | None, str | None, list[str]]:
    """(the match, the note) for the client `text` names: all of it when the note was split off, else its longest
    leading words that name one client, the rest being the note. No client: (None, note, the first candidates)."""
    hints: list[str] = []
    for query, tail in [(text, note)] if note is not None else prefixes(text):
        found = outright(clients.match(session, query))  # "Acme about the audit": Acme, and a note
        if found.match is not None:
            return found, tail, []
        hints = hints or [c.name for c in found.candidates]
    return None, note, hints


def record(session: Session, settings: Settings, member_id: int, target: Target, *, by: int,
           on_behalf: int | None = None) -> tuple[Approach, bool]:
    """Store a planned approach, log it, and queue its post in the partner channel; (row, posted)."""
    row = add_approach(session, client_id=target.client_id, member_id=member_id, contact_name=target.contact_name,
                       contact_email=target.contact_email, note=target.note, state=PLANNED, on_behalf_of=on_behalf)
    record_change(session, "approach", row.id, "recorded", by=by, after=snapshot(row, FIELDS))
    channel = partner_channel(session)
    if channel is None:
        log.warning("approach %s: no partner channel is set; it is announced once one is", row.id)
        return row, False
    _announce(session, settings, row, channel.conversation_id)
    return row, True


def post_unposted(session: Session, settings: Settings) -> int:
    """Announce in the (new) partner channel the open approaches recorded while there was none; how many."""
    channel = partner_channel(session)
    if channel is None:
        return 0
    rows, _ = open_approaches(session, limit=BACKLOG)
    waiting = [a for a in reversed(rows) if outbox.by_key(session, f"approach:{a.id}:channel") is None]
    for row in waiting:
        _announce(session, settings, row, channel.conversation_id)
    return len(waiting)


def channel_post(session: Session, settings: Settings, row: Approach) -> dict:
    """The partner channel's message about an approach, as everyone may see it."""
    return Reply(card=channel_card(view_of(session, row, private=False), settings.zone)).payload()


def view_of(session: Session, row: Approach, private: bool) -> ApproachView:
    """What the approach cards show; the contact's email only in a private view."""
    people = members_by_id(session, [row.member_id] + ([row.on_behalf_of] if row.on_behalf_of else []))
    bd, holder = people.get(row.member_id), people.get(row.on_behalf_of) if row.on_behalf_of else None
    contact = row.contact_name
    if not private and (contact or row.contact_email) and protected(contact, row.contact_email,
                                                                     flag_facts(session, row.client_id)):
        contact = "a protected contact"
    return ApproachView(row.id, client_name(session, row), display_name(bd), row.state, row.created_at,
                        member=Mention(bd.teams_id, bd.name) if bd and bd.teams_id else None,
                        contact_name=contact, contact_email=row.contact_email if private else None,
                        note=row.note, on_behalf_of=display_name(holder) if holder else None)


def client_name(session: Session, row) -> str:
    """The name of the client a row (approach, consent, request) is about."""
    named = client(session, row.client_id)
    return named.name if named else "a client no longer on record"


def _announce(session: Session, settings: Settings, row: Approach, conversation_id: str) -> None:
    outbox.enqueue(session, f"approach:{row.id}:channel", channel_post(session, settings, row),
                   conversation_id=conversation_id, deadline=settings.delivery_deadline)
