"""The members card: who Accord can reach in Teams, who it cannot yet, and what an admin can do about it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cards.base import card, excerpt, heading, plain, text_block

LIST_ROWS = 60  # rows shown; the CLI lists everyone
NAME = 60


@dataclass(frozen=True)
class MemberRow:
    """One member as the admins' reachability list shows them."""

    name: str
    email: str | None
    role: str | None
    linked: bool
    reachable: bool
    reason: str


def reach_card(rows: list[MemberRow], remedies: list[str]) -> dict[str, Any]:
    """Members who cannot be reached first, with why; then a count of those who can."""
    unreachable = [r for r in rows if not r.reachable]
    body: list[dict[str, Any]] = [heading("Members in Teams")]
    body.append(text_block(f"{len(rows) - len(unreachable)} of {len(rows)} members can be reached in Teams."
                           + (" Messages for the others wait until they can." if unreachable else "")))
    for row in unreachable[:LIST_ROWS]:
        who = plain(excerpt(row.name, NAME)) + (f" ({plain(excerpt(row.email, NAME))})" if row.email else "")
        body.append(text_block(f"⚠ **{who}** · {row.role or 'no role'} · {'linked' if row.linked else 'not linked'}"
                               f" · {plain(row.reason)}", spacing="Small"))
    if len(unreachable) > LIST_ROWS:
        body.append(text_block(f"…and {len(unreachable) - LIST_ROWS} more: “accord members list” on the command "
                               "line shows everyone.", isSubtle=True))
    if remedies:
        body.append(text_block("**What to do**", separator=True))
        body.extend(text_block(f"- {plain(remedy)}", spacing="None") for remedy in remedies)
    return card(body)
