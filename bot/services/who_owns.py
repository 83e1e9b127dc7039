"""Who holds a client: the flags in force with their people, and the ownership a viewer may see."""

from __future__ import annotations

from sqlmodel import Session

from bot.rules.access import Viewer
from bot.rules.ownership import FlagFact, Ownership, ownership
from bot.settings import Settings
from cards.who_owns import ClientSummary
from storage.members import display_name
from storage.models import Client
from storage.quotes import network_quotes, quote_id_of
from storage.registry import active_flags_with_people


def flag_facts(session: Session, client_id: int, rows: list | None = None) -> list[FlagFact]:
    """The flags in force on a client (`rows`, if already read), with holder and contact names, and whether a
    quote's flag is a partner's."""
    rows = active_flags_with_people(session, client_id) if rows is None else rows
    public = network_quotes(session, filter(None, (quote_id_of(flag.source) for flag, _, _ in rows)))
    return [
        FlagFact(flag.holder_id, display_name(holder), flag.basis, flag.since,
                 contact.name if contact else None, contact.email if contact else None,
                 partner_quote=quote_id_of(flag.source) not in public)
        for flag, holder, contact in rows
    ]


def ownership_for(session: Session, settings: Settings, row: Client, flags: list,
                  viewer: Viewer) -> tuple[ClientSummary, Ownership]:
    """The client and its holders (`flags`: those in force, as `client_with_flags` reads them) as this viewer may
    see them."""
    summary = ClientSummary(row.id, row.name, row.external_id, tuple(row.domains or ()))
    return summary, ownership(flag_facts(session, row.id, flags), viewer,
                              partner_quotes_visible_to_bd=settings.partner_quotes_visible_to_bd)
