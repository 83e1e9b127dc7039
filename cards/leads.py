"""Lead cards: a lead's score with its reasons, and the "Qualify" inputs (budget, authority, need, timeline)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.rules.words import Authority, Need, Timeline
from cards.base import execute, text_block

Levels = type[Authority] | type[Need] | type[Timeline]
BUDGET_HINT = "Leave it blank to keep the budget on record; type unknown to clear it."


@dataclass(frozen=True)
class LeadShown:
    """A lead as its reader may see it: `budget` is the figure for those who may know it, else its band."""

    score: int
    grade: str  # hot | warm | cold
    reasons: tuple[str, ...]
    budget: str
    authority: str
    need: str
    timeline: str
    version: int  # what a "Qualify" press says it saw, so a stale card cannot overwrite a newer qualification


def lead_blocks(lead: LeadShown | None, qualify: tuple[str, dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    """The score and its reasons under a card's facts, and (`qualify`: its verb and data) the "Qualify" button.

    The button sits with the score, in the body, so the card's own row of buttons stays as its feature draws it.
    """
    if lead is None:
        blocks = [text_block("Lead: not qualified yet.", isSubtle=True, separator=True)]
    else:
        blocks = [text_block(f"Lead score: **{lead.score}/100** ({lead.grade}) · budget {lead.budget}", separator=True),
                  text_block(" · ".join(lead.reasons), isSubtle=True, size="Small", spacing="None")]
    if qualify:
        blocks.append({"type": "ActionSet", "spacing": "Small", "actions": [qualify_action(*qualify, lead)]})
    return blocks


def qualify_action(verb: str, data: dict[str, Any], lead: LeadShown | None) -> dict[str, Any]:
    """A "Qualify" button opening the BANT inputs (the levels on record chosen); saving carries the version seen."""
    def choices(id_: str, label: str, kind: Levels, value: str) -> dict[str, Any]:
        return {"type": "Input.ChoiceSet", "id": id_, "label": label, "value": value,
                "choices": [{"title": str(v).capitalize(), "value": str(v)} for v in kind]}

    kept = f"Budget on record: {lead.budget}. " if lead and lead.budget != "unknown" else ""
    body = [
        {"type": "Input.Text", "id": "budget", "label": "Budget (AUD)", "maxLength": 40,
         "placeholder": "e.g. 50000, 50k or 40000-60000"},
        text_block(kept + BUDGET_HINT, isSubtle=True, size="Small", spacing="None"),
        choices("authority", "Authority: who we speak with", Authority, lead.authority if lead else Authority.unknown),
        choices("need", "Need", Need, lead.need if lead else Need.unknown),
        choices("timeline", "Timeline to start", Timeline, lead.timeline if lead else Timeline.none),
    ]
    save = execute("Save qualification", verb, {**data, "version": lead.version if lead else 0})
    return {"type": "Action.ShowCard", "title": "Qualify again" if lead else "Qualify",
            "card": {"type": "AdaptiveCard", "body": body, "actions": [save]}}
