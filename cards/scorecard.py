"""The allocation scorecard card: a member's own score, what each part is made of, and where the network stands."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from statistics import median
from typing import Any
from zoneinfo import ZoneInfo

from bot.rules.scorecard import FAIR, STRONG, Part
from cards.base import card, facts, heading, plain, shown, text_block
from cards.quotes import money

BAR_STEPS = 20  # a bar of 20 blocks: 5 points each
PART_TITLES = {"activity": "Work on the platform", "fees": "Fee honour", "referrals": "Introductions given",
               "disputes": "Disputes", "response": "Enquiry response"}
WORD_COLOURS = {"strong": "Good", "fair": "Warning", "weak": "Attention", "not eligible": "Attention"}


@dataclass(frozen=True)
class ScorecardView:
    """A member's own scorecard for a period, and the anonymous spread of the network's scores."""

    name: str
    score: int
    word: str
    eligible: bool
    parts: tuple[Part, ...]
    value_won_cents: int
    start: datetime
    end: datetime
    network: tuple[int, ...]  # every scored member's score, the viewer's included, no names


def scorecard_card(view: ScorecardView, zone: ZoneInfo, currency: str = "AUD") -> dict[str, Any]:
    """Score and word, a bar, each part's points and reasons, the network's spread, and how the score is made."""
    period = f"{shown(view.start, zone)} to {shown(view.end, zone)}"
    body: list[dict[str, Any]] = [
        heading(f"Allocation scorecard: {plain(view.name)}"),
        text_block(f"{period}. Only you, directors, admins and BD see this card.", isSubtle=True, spacing="None"),
        text_block(f"**{view.score} / 100 · {view.word}**", size="ExtraLarge",
                   color=WORD_COLOURS.get(view.word, "Default")),
        text_block(bar(view.score), fontType="Monospace", spacing="None"),
    ]
    if not view.eligible:
        body.append(text_block("A sanction is in force: no work won by the BD team is allocated to you until it ends.",
                               color="Attention"))
    body.append(facts([(f"{PART_TITLES.get(p.name, p.name)} {p.points:.0f}/{p.most:.0f}", plain(p.why))
                       for p in view.parts]))
    if view.value_won_cents:
        body.append(text_block(f"Value of the quotes you won: {money(view.value_won_cents, plain(currency))}",
                               isSubtle=True))
    body.append(text_block(network_line(view.score, view.network), separator=True))
    body.append(text_block(weights_line(view.parts), isSubtle=True, size="Small"))
    return card(body)


def bar(score: int) -> str:
    """A text bar of the score: ■ for every 5 points earned, □ for the rest (readable on a phone and to a reader)."""
    filled = max(0, min(BAR_STEPS, round(score / (100 / BAR_STEPS))))
    return "■" * filled + "□" * (BAR_STEPS - filled)


def network_line(score: int, network: tuple[int, ...]) -> str:
    """Where the viewer stands among everyone scored, without naming anyone."""
    if len(network) < 2:
        return "No one else in the network is scored yet."
    middle = median(network)
    place = "above" if score > middle else "below" if score < middle else "at"
    return (f"The network ({len(network)} members, anonymous): lowest {min(network)}, median {middle:.0f}, highest "
            f"{max(network)}. You are {place} the median.")


def weights_line(parts: tuple[Part, ...]) -> str:
    """How the score is made: each part's weight (settings), and the total scaled to 100."""
    weights = ", ".join(f"{PART_TITLES.get(p.name, p.name).lower()} {p.most:.0f}" for p in parts)
    return (f"How it is made: each part earns up to its weight ({weights}); the sum is scaled to 100. Strong is "
            f"{STRONG} or more, fair {FAIR} or more. A sanction in force makes a member not eligible whatever the "
            "score.")
