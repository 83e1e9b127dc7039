"""A client's history card: every change the viewer may see, newest first, in the network's time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from cards.base import MOMENT, card, excerpt, heading, plain, shown, text_block

MAX_ROWS = 12  # the newest changes (the largest such card stays well under Teams' size); the rest are left to the CLI
MAX_VALUE = 80  # characters of one field's value before or after (a dispute's text can be 4,000): the CLI has it all
MAX_FIELDS = 6
MAX_NAME = 60  # a member's name, a field's name, what was done and through what


@dataclass(frozen=True)
class HistoryRow:
    """One change as the viewer may see it, in words: what, when, who, through what, and each field that changed."""

    at: datetime
    what: str  # "Quote 12", "Flag 3", ...
    action: str
    by: str | None  # None: an import, the platform or Accord itself
    via: str | None
    changes: tuple[tuple[str, str, str], ...]  # field, before ("" when none), after


def history_card(client_name: str, rows: list[HistoryRow], zone: ZoneInfo, *, public: bool,
                 query: str = "") -> dict[str, Any]:
    """The newest MAX_ROWS changes, each a block; how many older ones were left out, and where to read them."""
    whose = "what everyone here may see" if public else "what you may see"
    body: list[dict[str, Any]] = [
        heading(f"History of {plain(client_name)}"),
        text_block(f"Changes to its flags, quotes, approaches, fees, referrals and disputes: {whose}, newest first, "
                   f"in {plain(str(zone))} time.", isSubtle=True, spacing="None"),
    ]
    if not rows:
        body.append(text_block("Nothing recorded that you may see." if not public
                               else "Nothing recorded that everyone here may see."))
    body.extend(_row(row, zone) for row in rows[:MAX_ROWS])
    hidden = len(rows) - MAX_ROWS
    if hidden > 0:
        name = query or client_name
        body.append(text_block(f"…and {hidden} more, older. An admin can list every change with the CLI: "
                               f"accord history “{plain(excerpt(name, 80))}”.", isSubtle=True, separator=True))
    return card(body)


def _row(row: HistoryRow, zone: ZoneInfo) -> dict[str, Any]:
    who = plain(excerpt(row.by, MAX_NAME)) if row.by else "the system"
    line = f"**{plain(excerpt(row.what, MAX_NAME))}** {plain(excerpt(row.action, MAX_NAME))} · by {who}" + (
        f" · via {plain(excerpt(row.via, MAX_NAME))}" if row.via else "")
    items: list[dict[str, Any]] = [
        text_block(shown(row.at, zone, MOMENT), isSubtle=True, size="Small"),
        text_block(line, spacing="None"),
    ]
    changed = [_change(before, after) for _, before, after in row.changes[:MAX_FIELDS]]
    if changed:
        items.append({"type": "FactSet", "spacing": "Small",
                      "facts": [{"title": plain(excerpt(field, MAX_NAME)), "value": value}
                                for (field, _, _), value in zip(row.changes, changed)]})
    if len(row.changes) > MAX_FIELDS:
        items.append(text_block(f"…and {len(row.changes) - MAX_FIELDS} more fields.", isSubtle=True,
                                spacing="None"))
    return {"type": "Container", "separator": True, "spacing": "Medium", "items": items}


def _change(before: str, after: str) -> str:
    new = plain(excerpt(after, MAX_VALUE)) or "(none)"
    return f"{plain(excerpt(before, MAX_VALUE))} → {new}" if before else new
