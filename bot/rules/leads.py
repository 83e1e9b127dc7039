"""Qualified leads: reading budget, authority, need and timeline (BANT) as typed, and scoring a lead 0 to 100.

The score is the sum of four parts, 25 points each at most, so each letter weighs the same:

| letter | level | points |
| --- | --- | --- |
| budget | a figure (e.g. 50000) | 25 |
| budget | a range (e.g. 40000-60000) | 20 |
| budget | unknown | 0 |
| authority | decision maker | 25 |
| authority | influencer | 12 |
| authority | unknown | 0 |
| need | stated clearly | 25 |
| need | vague | 10 |
| need | unknown | 0 |
| timeline | within 3 months | 25 |
| timeline | 3 to 12 months | 15 |
| timeline | none | 0 |

A figure counts more than a range because it is a commitment; a vague need or a distant start counts for something
because the lead is still real. Every part gives its reason, in B, A, N, T order, so a reader sees why.

Privacy: an exact budget is for whoever qualifies the lead and for BD, directors and admins in private. A card in the
partner channel shows only its band (`budget_band`), as partners may see that an enquiry is worth pursuing without
learning what a client told BD it can spend.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.rules.access import INSIDERS, Viewer
from bot.rules.words import Authority, Need, Timeline

BUDGET_FIGURE, BUDGET_RANGE = 25, 20
AUTHORITY_POINTS = {Authority.decision_maker: 25, Authority.influencer: 12, Authority.unknown: 0}
NEED_POINTS = {Need.clear: 25, Need.vague: 10, Need.unknown: 0}
TIMELINE_POINTS = {Timeline.soon: 25, Timeline.later: 15, Timeline.none: 0}
BUDGET_MAX = 1_000_000_000  # whole dollars: a larger figure is a typing slip, not a budget
# The bands a public card shows instead of the figure: (upper bound exclusive, label); the last has no bound.
BANDS: tuple[tuple[int | None, str], ...] = ((10_000, "under $10k"), (50_000, "$10k to $50k"),
                                             (100_000, "$50k to $100k"), (250_000, "$100k to $250k"),
                                             (1_000_000, "$250k to $1m"), (None, "$1m or more"))
UNKNOWN_WORDS = frozenset({"", "unknown", "none", "n/a", "na", "-", "?", "not known", "not sure", "tbc", "tbd"})
_NUMBER = r"\$?\s*(\d[\d,]*(?:\.\d+)?)\s*([km])?"
_FIGURE = re.compile(rf"^(?:aud\s*)?{_NUMBER}(?:\s*aud)?$", re.IGNORECASE)
_RANGE = re.compile(rf"^(?:aud\s*)?{_NUMBER}\s*(?:-|–|—|to)\s*{_NUMBER}(?:\s*aud)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Bant:
    """A lead's budget (whole dollars: a figure is low == high; None: unknown), authority, need and timeline."""

    budget_low: int | None
    budget_high: int | None
    authority: str
    need: str
    timeline: str


@dataclass(frozen=True)
class LeadScore:
    """A lead's score out of 100 and the reason for each part of it."""

    score: int
    reasons: tuple[str, ...]


def read_budget(text: str) -> tuple[tuple[int, int] | None, str | None]:
    """A typed budget as (low, high) whole dollars, None when unknown; or why it cannot be read."""
    said = " ".join(text.split()).lower()
    if said in UNKNOWN_WORDS:
        return None, None
    figure, spread = _FIGURE.match(said), _RANGE.match(said)
    if not figure and not spread:
        return None, (f"The budget “{text.strip()[:40]}” is not a number: give a figure in dollars (50000 or 50k), "
                      "a range (40000-60000), or leave it blank if it is unknown.")
    parts = figure.groups() if figure else spread.groups() if spread else ()
    amounts = [_dollars(parts[i], parts[i + 1]) for i in range(0, len(parts), 2)]
    low, high = min(amounts), max(amounts)
    if high > BUDGET_MAX:
        return None, "That budget is larger than any the network quotes; check the figure."
    if high <= 0:
        return None, "A budget must be more than $0; leave it blank if it is unknown."
    return (low, high), None


def _dollars(number: str, suffix: str | None) -> int:
    value = float(number.replace(",", ""))
    return round(value * {"k": 1_000, "m": 1_000_000}.get((suffix or "").lower(), 1))


def read_bant(values: Mapping[str, object], budget: tuple[int | None, int | None] = (None, None)) -> \
        tuple[Bant | None, list[str]]:
    """The BANT a form sent, or every problem with it (nothing is read when one part is wrong).

    A blank budget keeps `budget`, the one on record (so a form need not show the figure to keep it); the word
    "unknown" clears it.
    """
    problems: list[str] = []
    typed = str(values.get("budget") or "")
    low, high = budget
    if typed.strip():
        read, problem = read_budget(typed)
        if problem:
            problems.append(problem)
        low, high = read if read else (None, None)
    levels = []
    for key, kind, blank in (("authority", Authority, "unknown"), ("need", Need, "unknown"),
                             ("timeline", Timeline, "none")):
        said = " ".join(str(values.get(key) or blank).split()).lower()
        if said not in {str(v) for v in kind}:
            problems.append(f"Unknown {key} level “{said[:40]}”: choose {_choices(kind)}.")
        levels.append(said)
    if problems:
        return None, problems
    return Bant(low, high, *levels), []


def _choices(kind: type[Authority] | type[Need] | type[Timeline]) -> str:
    names = [str(v) for v in kind]
    return ", ".join(names[:-1]) + " or " + names[-1]


def score(bant: Bant) -> LeadScore:
    """The lead's score (0 to 100) and why, one reason per letter (see the table above)."""
    if bant.budget_low is None or bant.budget_high is None:
        budget, why = 0, "Budget unknown: 0"
    elif bant.budget_low == bant.budget_high:
        budget, why = BUDGET_FIGURE, f"Budget known ({budget_band(bant.budget_high)}): {BUDGET_FIGURE}"
    else:
        budget, why = BUDGET_RANGE, f"Budget a range ({budget_band(midpoint(bant))}): {BUDGET_RANGE}"
    authority = AUTHORITY_POINTS[Authority(bant.authority)]
    need = NEED_POINTS[Need(bant.need)]
    timeline = TIMELINE_POINTS[Timeline(bant.timeline)]
    reasons = (why, f"Authority {bant.authority}: {authority}", f"Need {bant.need}: {need}",
               f"Timeline {bant.timeline if bant.timeline != Timeline.none else 'none given'}: {timeline}")
    return LeadScore(budget + authority + need + timeline, reasons)


def midpoint(bant: Bant) -> int | None:
    """The middle of the budget: the figure itself, or the middle of the range; None when unknown."""
    if bant.budget_low is None or bant.budget_high is None:
        return None
    return (bant.budget_low + bant.budget_high) // 2


def budget_band(amount: int | None) -> str:
    """The band a budget falls in, which is what a public card shows; "unknown" for none."""
    if amount is None:
        return "unknown"
    return next(label for bound, label in BANDS if bound is None or amount < bound)


def budget_shown(bant: Bant, exact: bool) -> str:
    """The budget as a reader may see it: the figure or range for those who may know it, else its band."""
    if bant.budget_low is None or bant.budget_high is None:
        return "unknown"
    if not exact:
        return budget_band(midpoint(bant))
    if bant.budget_low == bant.budget_high:
        return f"${bant.budget_low:,}"
    return f"${bant.budget_low:,} to ${bant.budget_high:,}"


def sees_budget(viewer: Viewer, responder_id: int | None) -> bool:
    """Whether this reader sees the exact budget: the responder (holder or recipient) or an insider, in private."""
    return not viewer.public and (viewer.privileged or (responder_id is not None and viewer.member_id == responder_id))


def may_qualify(member_id: int, role: str | None, responder_id: int | None) -> bool:
    """Whoever responds qualifies: the enquiry's holder or the introduction's recipient, and BD, directors, admins."""
    return role in INSIDERS or (responder_id is not None and member_id == responder_id)


def grade(points: int) -> str:
    """A word for a score: hot (70 or more), warm (40 or more), cold."""
    return "hot" if points >= 70 else "warm" if points >= 40 else "cold"


@dataclass(frozen=True)
class QualifiedRow:
    """An enquiry's arrival and its first qualification, for the digest."""

    enquiry_id: int
    received_at: datetime
    qualified_at: datetime


def qualified_in(rows: Sequence[QualifiedRow], start: datetime, end: datetime) -> tuple[int, timedelta | None]:
    """How many enquiries were first qualified in [start, end), and the median time from arrival to qualification."""
    inside = [r for r in rows if start <= r.qualified_at < end]
    if not inside:
        return 0, None
    waits = sorted(max(timedelta(0), r.qualified_at - r.received_at) for r in inside)
    return len(inside), timedelta(seconds=statistics.median(w.total_seconds() for w in waits))


def duration_text(wait: timedelta) -> str:
    """A wait as people say it: minutes under an hour, hours under two days, else days."""
    minutes = wait.total_seconds() / 60
    if minutes < 60:
        return f"{max(1, round(minutes))} min"
    if minutes < 48 * 60:
        hours = minutes / 60
        return f"{hours:.1f} h".replace(".0 h", " h")
    days = minutes / 60 / 24
    return f"{days:.1f} days".replace(".0 days", " days")
