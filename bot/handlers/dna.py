"""Do-not-approach lists: a partner declares the client contacts that are theirs, off the platform."""

from __future__ import annotations

import re

from bot.router import Context
from bot.turn import Reply
from cards.base import plain
from storage.registry import ensure_contact, find_flag, flag, held_by, put_flag
from storage.types import utcnow

DNA = "do-not-approach"
# "John Doe <john@x.com> at X", "John Doe john@x.com at X" (Teams links a typed email), "John Doe at X".
_ENTRY = re.compile(r"(?P<name>[^<>@]*?)\s*<?(?P<email>[^<>\s]+@[^<>\s]+?)?>?\s+(at|from)\s+(?P<company>.+)",
                    re.IGNORECASE)


def add(ctx: Context) -> list[Reply]:
    """`dna add John Doe <john@clientcorp.com> at ClientCorp`."""
    entry = _ENTRY.fullmatch(ctx.args.get("entry", "").strip())
    if entry is None or not (entry["name"] or entry["email"]):
        return [Reply(text="Write it as: dna add John Doe <john@clientcorp.com> at ClientCorp")]
    found = ctx.clients.match(ctx.session, entry["company"])
    if found.match is None:
        names = "; ".join(c.name for c in found.candidates[:5])
        hint = f" Did you mean: {plain(names)}?" if names else " Ask an admin to import the client first."
        return [Reply(text=f"No single client matches “{plain(entry['company'])}”.{hint}")]
    contact = ensure_contact(ctx.session, found.match.client_id, entry["name"], entry["email"])
    existing = find_flag(ctx.session, found.match.client_id, ctx.member.id, DNA, contact.id)
    row, changed = put_flag(ctx.session, existing, by=ctx.member.id, via="chat", client_id=found.match.client_id,
                            holder_id=ctx.member.id, basis=DNA, contact_id=contact.id,
                            since=existing.since if existing and existing.until is None else utcnow(), until=None)
    who = plain(contact.name or contact.email) + (f" <{plain(contact.email)}>" if contact.email and contact.name else "")
    state = "is on your do-not-approach list" if changed else "was already on your do-not-approach list"
    return [Reply(text=f"{who} at {plain(found.match.name)} {state} (entry {row.id}). BD sees it before any "
                       "approach; other partners see only that the client is held by you.")]


def listing(ctx: Context) -> list[Reply]:
    """`dna list`: the asker's entries, numbered for `dna remove N`."""
    rows = held_by(ctx.session, ctx.member.id, DNA)
    if not rows:
        return [Reply(text="Your do-not-approach list is empty. Add one with: dna add Name <email> at Client")]
    lines = [f"{f.id}. {plain(c.name if c else '') or plain(c.email if c else '') or 'the whole client'}"
             f"{' <' + plain(c.email) + '>' if c and c.email and c.name else ''} at {plain(client.name)}"
             for f, client, c in rows]
    return [Reply(text="Your do-not-approach list:\n\n" + "\n\n".join(lines) + "\n\nRemove one with: dna remove N")]


def remove(ctx: Context) -> list[Reply]:
    """`dna remove N`: end one of the asker's entries (the history keeps it)."""
    row = flag(ctx.session, int(ctx.args["number"]))
    if row is None or row.holder_id != ctx.member.id or row.basis != DNA or row.until is not None:
        return [Reply(text=f"Entry {ctx.args['number']} is not on your do-not-approach list (see: dna list).")]
    put_flag(ctx.session, row, by=ctx.member.id, via="chat", until=utcnow())
    return [Reply(text=f"Entry {row.id} is off your do-not-approach list.")]
