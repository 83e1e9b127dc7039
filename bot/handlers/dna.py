"""Do-not-approach lists: a partner declares the client contacts that are theirs, off the platform."""

from __future__ import annotations

from dataclasses import replace

from bot.handlers.lines import read_lines
from bot.router import Context
from bot.rules.dna import SHAPE, Entry, also_protecting, is_entry_for, parse_entry
from bot.rules.matching import Match
from bot.rules.ownership import DNA
from bot.services.who_owns import flag_facts
from bot.turn import Reply, number
from cards.base import no_client, plain
from cards.dna import ECHO, Added, Listed, added_card, form, list_card
from storage.models import Contact
from storage.registry import add_contact, flag, flags_with_contacts, held_by, put_flag
from storage.types import utcnow

# What the verb table tells anyone else who presses this feature's guarded buttons.
PARTNERS_ONLY = "Only partners can keep a do-not-approach list, in their personal chat with Accord."


def add(ctx: Context) -> list[Reply]:
    """`dna add John Doe <john@clientcorp.com> at ClientCorp`."""
    entry = parse_entry(ctx.args.get("entry", "").strip())
    if isinstance(entry, str):
        if SHAPE in entry:  # in chat, the whole command is the better example
            return [Reply(text="Write it as: dna add John Doe <john@clientcorp.com> at ClientCorp")]
        return [Reply(text=f"That entry cannot be added: {entry}.")]
    found = ctx.clients.match(ctx.session, entry.client)
    if found.match is None:
        return [Reply(text=no_client(entry.client, [c.name for c in found.candidates]))]
    return [Reply(card=added_card(_numbered(ctx, [_put(ctx, found, entry)])))]


def add_form(ctx: Context) -> list[Reply]:
    """`dna form` (or `dna add` alone): a form that takes many entries at once."""
    return [Reply(card=form())]


def add_many(ctx: Context) -> list[Reply]:
    """The submitted form: every line is checked first; one bad line adds nothing and says which and why."""
    text = str(ctx.turn.value.get("entries") or "")
    good, bad = read_lines(ctx, text, parse_entry, ("entry", "entries"), ECHO)
    if bad:
        return [Reply(card=form(text, bad))]
    return [Reply(card=added_card(_numbered(ctx, [_put(ctx, found, entry) for entry, found in good])))]


def listing(ctx: Context) -> list[Reply]:
    """`dna list`: the asker's entries, numbered 1, 2, 3 for `dna remove N`, each with a Remove button."""
    return [Reply(card=list_card(_listed(ctx)))]


def remove(ctx: Context) -> list[Reply]:
    """`dna remove N`: end entry N of the asker's own list (the history keeps it)."""
    wanted = number(ctx.args["number"])
    entries = _listed(ctx)
    if wanted is None or not 1 <= wanted <= len(entries):
        return [Reply(text=f"Entry {ctx.args['number']} is not on your do-not-approach list (see: dna list).")]
    return _end(ctx, entries[wanted - 1])


def remove_pressed(ctx: Context) -> list[Reply]:
    """The Remove button of one entry on the list card; the card then shows the list as it is now."""
    # The button's data is the sender's: the entry must be one of the presser's own, still in force.
    entry = next((e for e in _listed(ctx) if e.entry_id == ctx.turn.number("entry_id")), None)
    if entry is None:
        return [Reply(card=list_card(_listed(ctx), "That entry is no longer on your list."))]
    return _end(ctx, entry)


def _end(ctx: Context, entry: Listed) -> list[Reply]:
    put_flag(ctx.session, flag(ctx.session, entry.entry_id), by=ctx.member.id, via="chat", until=utcnow())
    what = f"{plain(entry.who)} at {plain(entry.client_name)}" if entry.who else plain(entry.client_name)
    left = _listed(ctx)
    moved = " The entries after it moved up by one." if entry.number <= len(left) else ""
    return [Reply(card=list_card(left, f"Removed {entry.number}: {what}.{moved}"))]


def _listed(ctx: Context) -> list[Listed]:
    """The asker's entries in force, oldest first, numbered from 1: the numbers `dna remove N` reads."""
    rows = held_by(ctx.session, ctx.member.id, DNA)
    return [Listed(n, f.id, _written(c), client.name) for n, (f, client, c) in enumerate(rows, start=1)]


def _numbered(ctx: Context, put: list[tuple[int, Added]]) -> list[Added]:
    """The entries just put (by flag id), under their numbers in the asker's list."""
    numbers = {e.entry_id: e.number for e in _listed(ctx)}
    return [replace(added, number=numbers[entry_id]) for entry_id, added in put]


def _put(ctx: Context, found: Match, entry: Entry) -> tuple[int, Added]:
    """Put one entry on the asker's list, in a contact row of their own, written as they typed it."""
    client_id = found.match.client_id
    # Another partner's entry for the same person is theirs: reusing its contact would show the asker its details.
    mine = next(((f, c) for f, c in flags_with_contacts(ctx.session, client_id, ctx.member.id, DNA)
                 if is_entry_for(entry, c.name, c.email)), None)
    existing, contact = mine if mine else (None, add_contact(ctx.session, client_id, entry.name, entry.email))
    row, changed = put_flag(ctx.session, existing, by=ctx.member.id, via="chat", client_id=client_id,
                            holder_id=ctx.member.id, basis=DNA, contact_id=contact.id,
                            since=existing.since if existing and existing.until is None else utcnow(), until=None)
    also = also_protecting(flag_facts(ctx.session, client_id), ctx.member.id, entry)
    return row.id, Added(0, _written(contact), found.match.name, changed, also)


def _written(contact: Contact | None) -> str:
    """A contact as the partner wrote it: "Name <email>", the name or the email alone, or "" for none."""
    if contact is None:
        return ""
    if contact.name and contact.email:
        return f"{contact.name} <{contact.email}>"
    return contact.name or contact.email or ""
