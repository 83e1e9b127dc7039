"""Do-not-approach cards: the form that takes many entries at once, and what it added."""

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


@dataclass(frozen=True)
class Added:
    """One entry the form put on the list (or found there already)."""

    entry_id: int
    who: str
    client_name: str
    new: bool
    also: tuple[str, ...] = ()  # other members protecting the same person: their names, nothing of their entries


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
    """What the form put on the list: one short line per entry, up to ADDED_ROWS."""
    fresh = sum(1 for a in added if a.new)
    lines = [(f"{a.entry_id}.", f"{plain(excerpt(a.who, WHO))} at {plain(excerpt(a.client_name, CLIENT))}"
              + ("" if a.new else " (already on your list)") + _also(a.also)) for a in added[:ADDED_ROWS]]
    body = [heading("Do-not-approach list updated"),
            text_block(f"Added {fresh} of {len(added)}; the others were already on your list."
                       if fresh < len(added) else f"Added {fresh}."), facts(lines)]
    if len(added) > ADDED_ROWS:
        body.append(text_block(f"…and {len(added) - ADDED_ROWS} more.", spacing="Small"))
    body.append(text_block("See them all with: dna list", isSubtle=True))
    return card(body)


def _also(names: tuple[str, ...]) -> str:
    if not names:
        return ""
    shown = ", ".join(plain(excerpt(n, WHO)) for n in names[:ALSO_NAMES])
    more = f" and {len(names) - ALSO_NAMES} more" if len(names) > ALSO_NAMES else ""
    return f" · also protected by {shown}{more}"
