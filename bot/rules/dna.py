"""Do-not-approach entries as partners write them: "Name <email> at Client", one per line in the form."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.rules.ownership import DNA, FlagFact, same_contact

SHAPE = "Name <email> at Client"
MAX_LINES = 100
LIMITS = (("name", 200), ("email", 320), ("client", 300))
# "John Doe <john@x.com> at X", "John Doe john@x.com at X" (Teams links a typed email), "John Doe at X".
_ENTRY = re.compile(r"(?P<name>[^<>@]*?)\s*<?(?P<email>[^<>\s]+@[^<>\s]+?)?>?\s+(at|from)\s+(?P<client>.+)",
                    re.IGNORECASE)
_COMMAND = re.compile(r"^\s*(dna\s+add\s+)?", re.IGNORECASE)


@dataclass(frozen=True)
class Entry:
    """One contact to protect: a name, an email or both, and the client as typed."""

    name: str | None
    email: str | None
    client: str


def parse_entry(text: str) -> Entry | str:
    """The entry a line describes, or why it is not one."""
    if "\x00" in text:
        return "remove the NUL character"
    found = _ENTRY.fullmatch(" ".join(text.split()))
    if found is None or not (found["name"] or found["email"]):
        return f"write it as {SHAPE}"
    entry = Entry(found["name"].strip() or None, found["email"].lower() if found["email"] else None,
                  found["client"].strip())
    too_long = [f"the {field} is longer than {limit} characters" for field, limit in LIMITS
                if len(getattr(entry, field) or "") > limit]
    return "; ".join(too_long) if too_long else entry


def numbered_lines(text: str) -> list[tuple[int, str]]:
    """The non-blank lines of a form, numbered as the partner sees them, a leading "dna add" dropped."""
    return [(n, _COMMAND.sub("", line).strip()) for n, line in enumerate(text.splitlines(), start=1) if line.strip()]


def is_entry_for(entry: Entry, name: str | None, email: str | None) -> bool:
    """True if a stored contact is the person the entry names (by email when both have one, else by name)."""
    return same_contact(name, email, entry.name, entry.email)


def also_protecting(facts: Iterable[FlagFact], holder_id: int, entry: Entry) -> tuple[str, ...]:
    """Who else protects the person the entry names: their names only, never what their entries hold."""
    return tuple(dict.fromkeys(f.holder_name for f in facts if f.basis == DNA and f.holder_id != holder_id
                               and is_entry_for(entry, f.contact_name, f.contact_email)))
