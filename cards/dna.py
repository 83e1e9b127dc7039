"""Do-not-approach cards: the list with a Remove button per entry, the form that takes many at once, what it added."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cards import verbs
from cards.base import card, excerpt, execute, facts, heading, plain, text_block

EXAMPLE = "John Doe <john@clientcorp.com> at ClientCorp\nJane Roe <jane@acme.com> at Acme"
# The form keeps every line as typed (up to 20,000 characters), so what it says about them must stay short for the
# whole card to fit Teams' message size: so many problems, each this long, quoting this much of what was typed.
MAX_PROBLEMS = 20
REASON = 500
ECHO = 60
# The confirmation lists this many entries, one short line each; "dna list" shows them all.
ADDED_ROWS = 30
WHO = 80
CLIENT = 60
ALSO_NAMES = 3  # other members named per line: the card must stay within Teams' size with every row at its longest
# The list shows this many entries, each with its own button; `dna remove N` reaches any number beyond them.
LIST_ROWS = 40
PROTECTS = "BD sees these before any approach; other partners see only that the client is held by you."
ADD_MORE = "Add one with: dna add Name <email> at Client, or many at once with: dna form"


@dataclass(frozen=True)
class Added:
    """One entry put on the list (or found there already), under its number in the partner's own list."""

    number: int
    who: str
    client_name: str
    new: bool
    also: tuple[str, ...] = ()  # other members protecting the same person: their names, nothing of their entries


@dataclass(frozen=True)
class Listed:
    """One entry of a partner's list: its number there (1, 2, 3...), the flag a button removes, what it protects."""

    number: int
    entry_id: int
    who: str  # as the partner wrote it; "" protects the whole client
    client_name: str


def form(text: str = "", problems: list[tuple[int, str]] | None = None) -> dict[str, Any]:
    """A multi-line form: one "Name <email> at Client" per line; the lines that could not be used, if any."""
    body: list[dict[str, Any]] = [heading("Add to your do-not-approach list"),
                                  text_block("One contact per line, written as Name <email> at Client. BD sees "
                                             "them before any approach; other partners see only that the client "
                                             "is held by you.", isSubtle=True)]
    if problems:
        body.append(text_block(f"Nothing was added: {len(problems)} line{'s' if len(problems) > 1 else ''} "
                               "need fixing.", color="Attention", weight="Bolder"))
        body.append(facts([(f"Line {n}", plain(excerpt(why, REASON))) for n, why in problems[:MAX_PROBLEMS]]))
        if len(problems) > MAX_PROBLEMS:
            body.append(text_block(f"…and {len(problems) - MAX_PROBLEMS} more problems. Fix these and add them again "
                                   "to see the rest.", isSubtle=True))
    body.append({"type": "Input.Text", "id": "entries", "label": "Entries, one per line", "isMultiline": True,
                 "isRequired": True, "errorMessage": "Write at least one entry.", "value": text,
                 "placeholder": EXAMPLE, "maxLength": 20000})
    return card(body, [execute("Add them", verbs.DNA_ADD_MANY)])


def added_card(added: list[Added]) -> dict[str, Any]:
    """What was put on the list: one entry in a sentence, or one short line per entry, up to ADDED_ROWS."""
    body = [heading("Do-not-approach list updated")]
    if len(added) == 1:
        (one,) = added
        state = "is on" if one.new else "was already on"
        body.append(text_block(f"{_entry(one.who, one.client_name)} {state} your do-not-approach list, as number "
                               f"{one.number}{_also(one.also)}."))
    else:
        body += _added_lines(added)
    body.append(text_block(f"{PROTECTS} See them all with: dna list", isSubtle=True))
    return card(body)


def _added_lines(added: list[Added]) -> list[dict[str, Any]]:
    fresh = sum(1 for a in added if a.new)
    lines = [(f"{a.number}.",
              _entry(a.who, a.client_name) + ("" if a.new else " (already on your list)") + _also(a.also))
             for a in added[:ADDED_ROWS]]
    blocks = [text_block(f"Added {fresh} of {len(added)}; the others were already on your list."
                         if fresh < len(added) else f"Added {fresh}."), facts(lines)]
    if len(added) > ADDED_ROWS:
        blocks.append(text_block(f"…and {len(added) - ADDED_ROWS} more.", spacing="Small"))
    return blocks


def list_card(entries: list[Listed], notice: str | None = None) -> dict[str, Any]:
    """The partner's list, numbered as `dna remove N` reads it, with a Remove button on each entry."""
    body: list[dict[str, Any]] = [heading("Your do-not-approach list")]
    if notice:
        body.append(text_block(notice, color="Good", weight="Bolder"))
    if not entries:
        body.append(text_block("Your do-not-approach list is empty."))
    body += [_listed(e) for e in entries[:LIST_ROWS]]
    if len(entries) > LIST_ROWS:
        body.append(text_block(f"…and {len(entries) - LIST_ROWS} more, numbered on from {LIST_ROWS + 1}: remove "
                               "one with dna remove N.", isSubtle=True))
    body.append(text_block(f"{PROTECTS} {plain(ADD_MORE)}", isSubtle=True, size="Small", separator=True))
    return card(body)


def _listed(entry: Listed) -> dict[str, Any]:
    words = _entry(entry.who, entry.client_name) if entry.who else f"All of {plain(excerpt(entry.client_name, CLIENT))}"
    remove = execute("Remove", verbs.DNA_REMOVE, {"entry_id": entry.entry_id})
    return {"type": "ColumnSet", "spacing": "Small", "columns": [
        {"type": "Column", "width": "auto", "items": [text_block(f"{entry.number}.", weight="Bolder")]},
        {"type": "Column", "width": "stretch", "items": [text_block(words)]},
        {"type": "Column", "width": "auto", "verticalContentAlignment": "Center",
         "items": [{"type": "ActionSet", "actions": [remove]}]}]}


def _entry(who: str, client_name: str) -> str:
    """"Name <email> at Client", each cut short, escaped."""
    return f"{plain(excerpt(who, WHO))} at {plain(excerpt(client_name, CLIENT))}"


def _also(names: tuple[str, ...]) -> str:
    if not names:
        return ""
    shown = ", ".join(plain(excerpt(n, WHO)) for n in names[:ALSO_NAMES])
    more = f" and {len(names) - ALSO_NAMES} more" if len(names) > ALSO_NAMES else ""
    return f" · also protected by {shown}{more}"
