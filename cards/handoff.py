"""Handoff cards (seed 004): the deal owner's kickoff form, the introduction, the welcome call, the surveys, lists.

A handoff card never shows the quote's value: partners' quote details are private to other partners."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.rules.handoff import COMMENT_LIMIT, nps_category
from bot.rules.words import HandoffState
from cards import verbs
from cards.base import DAY, MOMENT, card, excerpt, execute, facts, heading, plain, shown, text_block

NAME_IN_CHOICE = 60  # a choice title is one line
MAX_CHOICES = 150  # members offered in the picker: the card stays well under Teams' size limit
LIST_LIMIT = 20
SCORES_PER_CLIENT = 3
SCORE_CLIENTS = 10  # clients on the nps card, by name
STATES: dict[str, str] = {HandoffState.kickoff: "waiting for the delivery lead", HandoffState.onboarding: "onboarding",
          HandoffState.active: "onboarded", HandoffState.closed: "closed"}


@dataclass(frozen=True)
class HandoffView:
    """A handoff as its cards show it: people and dates, never the quote's value."""

    id: int
    client: str
    owner: str
    won_at: datetime
    state: str
    lead: str | None = None
    kickoff_at: datetime | None = None
    director: str | None = None
    welcome_by: datetime | None = None
    welcome_done_at: datetime | None = None
    overdue: tuple[str, ...] = ()


@dataclass(frozen=True)
class ScoreView:
    """One recorded score."""

    client: str
    score: int
    comment: str | None
    by: str
    at: datetime
    kind: str  # "satisfaction check" | "NPS survey"


def kickoff_card(view: HandoffView, people: Sequence[tuple[int, str]], zone: ZoneInfo, *,
                 error: str | None = None, values: dict[str, str] | None = None) -> dict[str, Any]:
    """The deal owner's form: who leads delivery (a member picker) and when the kickoff call is."""
    values = values or {}
    choices = [{"title": excerpt(name, NAME_IN_CHOICE), "value": str(member_id)}
               for member_id, name in people[:MAX_CHOICES]]
    body: list[dict[str, Any]] = [
        heading(f"{plain(view.client)} is won: who leads delivery?"),
        text_block("Name the delivery lead and book the kickoff call. You and the delivery lead are both on that "
                   "first call, so everything you learnt in the sale is shared and understood; Accord introduces "
                   "you to each other."),
        facts(_facts(view, zone)),
    ]
    if error:
        body.append(text_block(plain(error), color="Attention"))
    body += [
        # The listed members show at once; typing searches every member (Teams asks Accord: application/search).
        {"type": "Input.ChoiceSet", "id": "lead", "label": "Delivery lead", "style": "filtered", "isRequired": True,
         "errorMessage": "Choose the delivery lead.", "placeholder": "Type a name", "choices": choices,
         "choices.data": {"type": "Data.Query", "dataset": verbs.MEMBERS_DATASET}, "value": values.get("lead", "")},
        {"type": "Input.Date", "id": "kickoff_date", "label": f"Kickoff call (date, {zone.key})",
         "value": values.get("kickoff_date", "")},
        {"type": "Input.Time", "id": "kickoff_time", "label": "Kickoff call (time)",
         "value": values.get("kickoff_time", "")},
    ]
    if len(people) > MAX_CHOICES:
        body.append(text_block(f"The first {MAX_CHOICES} members by name are listed; type a name to find anyone.",
                               isSubtle=True))
    return card(body, [execute("Name delivery lead", verbs.HANDOFF_KICKOFF, {"handoff_id": view.id})])


def kickoff_done_card(view: HandoffView, zone: ZoneInfo, notes: Sequence[str] = ()) -> dict[str, Any]:
    """What replaces the kickoff form once the lead is named (also what a second press sees)."""
    body = [heading(f"{plain(view.client)}: delivery lead named"), facts(_facts(view, zone))]
    body += [text_block(note) for note in notes]
    return card(body)


def introduction_card(view: HandoffView, zone: ZoneInfo, *, for_lead: bool) -> dict[str, Any]:
    """Both leads introduced: the sales lead and the delivery lead are both on the first call."""
    when = shown(view.kickoff_at, zone, MOMENT) if view.kickoff_at else "to be booked"
    text = (f"{plain(view.owner)} won {plain(view.client)} and has named {plain(view.lead)} as the delivery lead. "
            f"The sales lead and the delivery lead are both on the first call ({when}), so everything from the "
            "sale is shared. Please connect before it.")
    body = [heading(f"Meet your {'deal owner' if for_lead else 'delivery lead'} for {plain(view.client)}"),
            text_block(text), facts(_facts(view, zone))]
    actions = []
    if for_lead:
        body.append(text_block(f"Post onboarding updates as: update {plain(view.client)}: what happened. "
                               "They go to the deal owner and the client's holders.", isSubtle=True))
        actions.append(execute("Onboarding done", verbs.HANDOFF_ONBOARDED, {"handoff_id": view.id}))
    return card(body, actions)


def welcome_card(view: HandoffView, zone: ZoneInfo, *, stage: str = "assigned") -> dict[str, Any]:
    """The executive welcome call for a director: assigned, reminded (day 5), or escalated to all (day 8)."""
    by = shown(view.welcome_by, zone, DAY)
    title = {"assigned": f"Welcome call: {plain(view.client)}, by {by}",
             "reminder": f"Reminder: welcome call to {plain(view.client)} due by {by}",
             "escalation": f"Overdue: nobody has made the welcome call to {plain(view.client)}"}[stage]
    text = {"assigned": f"{plain(view.client)} signed with {plain(view.owner)}. Please call the client within a "
                        "week of the win to welcome them to the network.",
            "reminder": "The welcome call is due within a week of the win. Mark it done once made.",
            "escalation": f"It was assigned to {plain(view.director or 'no director')} and was due by {by}. Any "
                          "director may make it and mark it done."}[stage]
    body = [heading(title), text_block(text), facts(_facts(view, zone))]
    return card(body, [execute("Welcome call made", verbs.HANDOFF_WELCOME_DONE, {"handoff_id": view.id})])


def survey_card(view: HandoffView, round_: str, zone: ZoneInfo, *, due: datetime | None = None,
                error: str | None = None) -> dict[str, Any]:
    """The satisfaction check after onboarding, or the 6-monthly NPS survey, for the delivery lead to record."""
    if due is None:
        title = f"Satisfaction check: {plain(view.client)}"
        text = "Onboarding is done. Ask the client how it went and record their answer."
    else:
        title = f"NPS survey due: {plain(view.client)}"
        text = (f"Six months on (due {shown(due, zone, DAY)}): ask the client how likely they are to recommend us, "
                "from 0 to 10, and record it.")
    body: list[dict[str, Any]] = [heading(title), text_block(text)]
    if error:
        body.append(text_block(plain(error), color="Attention"))
    body += [
        {"type": "Input.Number", "id": "score", "label": "Score (0 to 10)", "min": 0, "max": 10, "isRequired": True,
         "errorMessage": "A score from 0 to 10."},
        {"type": "Input.Text", "id": "comment", "label": "Comment", "isMultiline": True, "maxLength": COMMENT_LIMIT},
        text_block("The deal owner, the delivery lead and the directors see the result.", isSubtle=True),
    ]
    return card(body, [execute("Record score", verbs.HANDOFF_SCORE, {"handoff_id": view.id, "round": round_})])


def result_card(result: ScoreView, zone: ZoneInfo) -> dict[str, Any]:
    """A recorded score, for the deal owner, the delivery lead and the directors."""
    rows = [("Client", plain(result.client)), ("Score", f"{result.score} ({nps_category(result.score)})"),
            ("Recorded by", plain(result.by)), ("When", shown(result.at, zone, MOMENT))]
    body = [heading(f"{result.kind.capitalize()}: {plain(result.client)}"), facts(rows)]
    if result.comment:
        body.append(text_block(plain(result.comment)))
    return card(body)


def list_card(views: Sequence[HandoffView], zone: ZoneInfo, *, everyone: bool) -> dict[str, Any]:
    """`handoffs`: open handoffs and what is overdue."""
    late = [v for v in views if v.overdue]
    body: list[dict[str, Any]] = [heading("Open handoffs" if everyone else "Your open handoffs"),
                                  text_block(f"{len(views)} open, {len(late)} with something overdue.",
                                             isSubtle=True)]
    if not views:
        body.append(text_block("None."))
    for view in views[:LIST_LIMIT]:
        lead = plain(view.lead) if view.lead else "no delivery lead yet"
        welcome = (f"welcome call made {shown(view.welcome_done_at, zone)}" if view.welcome_done_at else
                   f"welcome call by {shown(view.welcome_by, zone)} ({plain(view.director or 'no director')})")
        line = (f"**{plain(view.client)}** · won {shown(view.won_at, zone)} by {plain(view.owner)} · {lead} · "
                f"{STATES.get(view.state, view.state)} · {welcome}")
        body.append(text_block(line, separator=True))
        if view.overdue:
            body.append(text_block("Overdue: " + ", ".join(view.overdue), color="Attention", spacing="Small"))
    if len(views) > LIST_LIMIT:
        body.append(text_block(f"…and {len(views) - LIST_LIMIT} more.", isSubtle=True))
    return card(body)


def scores_card(by_client: Sequence[tuple[str, int | None, Sequence[ScoreView]]], zone: ZoneInfo) -> dict[str, Any]:
    """`nps`: satisfaction and NPS results by client, newest first, with each client's NPS."""
    body: list[dict[str, Any]] = [heading("NPS and satisfaction by client")]
    if not by_client:
        body.append(text_block("No scores recorded yet that you may see."))
    for client, score, results in by_client[:SCORE_CLIENTS]:
        body.append(text_block(f"**{plain(client)}** · NPS {score if score is not None else '-'} "
                               f"({len(results)} answer{'' if len(results) == 1 else 's'})", separator=True))
        for result in results[:SCORES_PER_CLIENT]:
            comment = f" · {plain(excerpt(result.comment, 200))}" if result.comment else ""
            body.append(text_block(f"{shown(result.at, zone)} · {result.kind} · {result.score} by "
                                   f"{plain(excerpt(result.by, NAME_IN_CHOICE))}{comment}", spacing="Small"))
    if len(by_client) > SCORE_CLIENTS:
        body.append(text_block(f"…and {len(by_client) - SCORE_CLIENTS} more clients.", isSubtle=True))
    return card(body)


def _facts(view: HandoffView, zone: ZoneInfo) -> list[tuple[str, str]]:
    rows = [("Client", plain(view.client)), ("Deal owner", plain(view.owner)),
            ("Won", shown(view.won_at, zone, DAY))]
    if view.lead:
        rows.append(("Delivery lead", plain(view.lead)))
    if view.kickoff_at:
        rows.append(("Kickoff call", shown(view.kickoff_at, zone, MOMENT)))
    if view.director:
        rows.append(("Welcome call", f"{plain(view.director)}, by {shown(view.welcome_by, zone, DAY)}"))
    return rows
