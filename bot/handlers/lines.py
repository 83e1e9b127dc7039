"""Multi-line forms (do-not-approach entries, relationships): every line read and its client matched before anything
is written, so one bad line writes nothing and the form says which and why."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from bot.router import Context
from bot.rules.dna import MAX_LINES, numbered_lines
from bot.rules.matching import Match
from cards.base import excerpt, no_client_text


class Named(Protocol):
    client: str


T = TypeVar("T", bound=Named)


def read_lines(ctx: Context, text: str, parse: Callable[[str], T | str], what: tuple[str, str],
               echo: int) -> tuple[list[tuple[T, Match]], list[tuple[int, str]]]:
    """Each line parsed and its client matched: (the good lines, the bad ones by line number with why); `what`
    names a line, singular and plural."""
    lines = numbered_lines(text)
    if not lines:
        return [], [(1, f"write at least one {what[0]}")]
    if len(lines) > MAX_LINES:
        return [], [(lines[MAX_LINES][0], f"at most {MAX_LINES} {what[1]} at once")]
    good, bad = [], []
    for line_no, line in lines:
        parsed = parse(line)
        if isinstance(parsed, str):
            bad.append((line_no, f"{parsed} (“{excerpt(line, echo)}”)"))
            continue
        found = ctx.clients.match(ctx.session, parsed.client)
        if found.match is None:
            names = [excerpt(c.name, echo) for c in found.candidates]
            bad.append((line_no, no_client_text(excerpt(parsed.client, echo), names)))
        else:
            good.append((parsed, found))
    return good, bad
