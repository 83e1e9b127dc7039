"""Exporting: the same formats back."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from sqlmodel import Session

from bot.imports.planning import _name_key
from storage import registry
from storage.members import list_members
from storage.models import Client

# --- exporting: the same formats back ----------------------------------------------------------------------


def export_clients(session: Session, zone: tzinfo) -> tuple[list[list[Any]], list[str]]:
    """Every client, with a warning for each one that importing the file back could not find by name."""
    clients = registry.all_clients(session)
    rows = [[c.external_id, c.name, c.domains, c.aliases, c.country, c.registration] for c in clients]
    return rows, _ambiguity_warnings(clients)


def _ambiguity_warnings(clients: list[Client]) -> list[str]:
    """Clients without external id whose name another client shares: importing the file back refuses them."""
    counts: dict[str, int] = {}
    for c in clients:
        counts[_name_key(c.name)] = counts.get(_name_key(c.name), 0) + 1
    return [f"client {c.name!r} (#{c.id}) has no external id and shares its name: re-importing would refuse it"
            for c in clients if not c.external_id and counts[_name_key(c.name)] > 1]


def export_members(session: Session, _zone: tzinfo) -> tuple[list[list[Any]], list[str]]:
    """Every member with an email; members only Teams knows (no email) cannot be imported back."""
    members = list_members(session)
    rows = [[m.email, m.name, m.role, m.firm, m.aad_object_id] for m in members if m.email]
    skipped = len(members) - len(rows)
    return rows, [f"{skipped} members without email (known from Teams only) left out"] if skipped else []


def export_flags(session: Session, _zone: tzinfo) -> tuple[list[list[Any]], list[str]]:
    """Every flag, ended ones too, naming its client by external id (else name) and its holder by email."""
    clients = {c.id: c for c in registry.all_clients(session)}
    contacts = {c.id: c for c in registry.contacts_of(session, clients)}
    flags = registry.all_flags(session)
    holders = registry.members_by_id(session, [f.holder_id for f in flags])
    rows, skipped = [], 0
    for f in flags:
        client, holder, contact = clients[f.client_id], holders[f.holder_id], contacts.get(f.contact_id)
        if not holder.email:
            skipped += 1
            continue
        person = [contact.name, contact.email] if contact else [None, None]
        rows.append([client.external_id or client.name, holder.email, f.basis, *person, f.since, f.until])
    warnings = [f"{skipped} flags held by members without email left out"] if skipped else []
    return rows, warnings + _ambiguity_warnings(list(clients.values()))
