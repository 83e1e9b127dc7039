"""Dispute cards: the raise form, one dispute as its viewer may see it, the lists, the outcome, a member's record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.rules.disputes import (
    DEFAULT_SANCTION,
    FULL,
    MEDIATE,
    OUTCOMES,
    PUBLISH,
    RESOLVE,
    SANCTION,
    SANCTION_MAX,
    SUMMARY_MAX,
    TAKE,
    WHAT_MAX,
)
from cards import verbs
from cards.base import card, excerpt, execute, facts, heading, plain, shown, text_block

NETWORK = "network"  # the "against" choice for the network itself (the BD team)
STATES = {"open": "Open", "in mediation": "In mediation", "resolved": "Resolved"}
STEPS = {"raised": "raised the dispute", "taken": "took it as coordinator", "in mediation": "moved it to mediation",
         "resolved": "resolved it", "published": "published the outcome", "sanction": "recorded a sanction"}
EXCERPT = 200
LIST_ROWS = 10  # per list section, so a card with every section full stays well under Teams' size limit
NAME_IN_LIST = 60  # names and client names are cut to this in lists; the dispute's own card has them in full
TIMELINE_STEPS = 12  # a dispute's card shows its latest steps; the change log keeps them all
RECENT_STEPS = 3  # a list shows each of the asker's disputes with its latest steps; `dispute N` has them all
WHEN = "%-d %b %Y %H:%M"  # a step of the timeline, and when the dispute was raised


@dataclass(frozen=True)
class Step:
    """One entry of a dispute's timeline, from the change log."""

    at: datetime
    who: str
    action: str
    note: str | None = None


@dataclass(frozen=True)
class DisputeView:
    """A dispute as one viewer may see it; `what` and `timeline` are empty unless they may see it in full."""

    id: int
    sight: str
    client: str | None
    raiser: str
    against: str | None  # None: the network (the BD team)
    state: str
    created_at: datetime
    coordinator: str | None = None
    what: str | None = None
    outcome: str | None = None
    summary: str | None = None
    resolved_at: datetime | None = None
    published_at: datetime | None = None
    timeline: tuple[Step, ...] = ()
    actions: tuple[str, ...] = ()
    must_publish: bool = False
    sanctionable: tuple[tuple[int, str], ...] = ()  # (member id, name): whom a sanction on it may name


@dataclass(frozen=True)
class SanctionView:
    """A sanction in force, as BD sees it on a member's record."""

    text: str
    until: datetime | None
    imposed_by: str
    imposed_at: datetime
    dispute_id: int | None


@dataclass(frozen=True)
class MemberView:
    """A member's record for BD and the directors."""

    name: str
    email: str | None
    role: str | None
    firm: str | None
    sanctions: tuple[SanctionView, ...]


def raise_form(people: list[tuple[int, str]], error: str | None = None,
               values: dict[str, str] | None = None) -> dict[str, Any]:
    """The form to raise a dispute: which client, against whom (or the network), what happened."""
    values = values or {}
    # Choice titles are shown as plain text by Teams (no markdown), so names go in as they are.
    choices = [{"title": "The network (BD team)", "value": NETWORK}] + [
        {"title": _short(name), "value": str(member_id)} for member_id, name in people]
    body: list[dict[str, Any]] = [
        heading("Raise a dispute"),
        text_block("Only you, the member you name and the network's directors see the details. A director "
                   "coordinates it; the outcome may be published.", isSubtle=True)]
    if error:
        body.append(text_block(plain(error), color="Attention"))
    body += [
        {"type": "Input.Text", "id": "client", "label": "Which client (optional)", "maxLength": 300,
         "value": values.get("client", "")},
        {"type": "Input.ChoiceSet", "id": "against", "label": "Against whom", "style": "filtered",
         "isRequired": True, "errorMessage": "Choose a member or the network.", "placeholder": "Type a name",
         "choices": choices, "value": values.get("against", "")},
        {"type": "Input.Text", "id": "what", "label": "What happened", "isMultiline": True, "isRequired": True,
         "errorMessage": "Say what happened.", "maxLength": WHAT_MAX, "value": values.get("what", "")},
    ]
    return card(body, [execute("Raise dispute", verbs.DISPUTE_RAISE)])


def dispute_card(view: DisputeView, zone: ZoneInfo, *, title: str | None = None, note: str | None = None,
                 error: str | None = None, values: dict[str, str] | None = None) -> dict[str, Any]:
    """One dispute, showing exactly what its view allows, with the viewer's buttons."""
    if view.sight != FULL:
        return outcome_card(view, zone)
    # Titles and notes name members, so they are escaped like any other user text.
    body: list[dict[str, Any]] = [heading(plain(title) or f"Dispute {view.id}")]
    if error:
        body.append(text_block(plain(error), color="Attention"))
    if note:
        body.append(text_block(plain(note)))
    body.append(facts(_facts(view, zone)))
    body.append(text_block("**What happened**", spacing="Medium"))
    body.append(text_block(plain(view.what)))
    body += _outcome(view, zone)
    if view.timeline:
        body.append(text_block("**Timeline**", spacing="Medium"))
        earlier = len(view.timeline) - TIMELINE_STEPS
        if earlier > 0:
            body.append(text_block(f"…{earlier} earlier steps", isSubtle=True, spacing="Small"))
        body += [text_block(_step(step, zone), spacing="Small") for step in view.timeline[-TIMELINE_STEPS:]]
    return card(body, _actions(view, values or {}))


def outcome_card(view: DisputeView, zone: ZoneInfo) -> dict[str, Any]:
    """A published outcome: who, which client, the outcome and its summary; never what was claimed."""
    body: list[dict[str, Any]] = [heading(f"Dispute {view.id}: outcome"), facts(_public_facts(view))]
    body += _outcome(view, zone)
    return card(body)


def list_card(mine: list[DisputeView], open_ones: list[DisputeView], outcomes: list[DisputeView], zone: ZoneInfo,
              overseer: bool, public: bool) -> dict[str, Any]:
    """`disputes`: the open ones (directors), the asker's own with their latest steps, and published outcomes."""
    body: list[dict[str, Any]] = [heading("Disputes")]
    if public:
        body.append(text_block("Shown as everyone here may see it: published outcomes only.", isSubtle=True))
    if overseer:
        body += _section("Open disputes, oldest first", open_ones, lambda v: _row(v, zone), "None open.")
    if not public and (mine or not overseer):
        body += _section("Your disputes", mine, lambda v: _own(v, zone),
                         "You have no disputes. Raise one with: dispute")
    body += _section("Published outcomes, newest first", outcomes, lambda v: _published_line(v, zone),
                     "None published yet.")
    body.append(text_block("Show one with: dispute N", isSubtle=True, size="Small"))
    return card(body)


def member_card(view: MemberView, zone: ZoneInfo) -> dict[str, Any]:
    """A member's role, firm and the sanctions in force on them."""
    pairs = [("Email", plain(view.email) or "not known"), ("Role", view.role or "none"),
             ("Firm", plain(view.firm) or "not recorded")]
    body: list[dict[str, Any]] = [heading(plain(view.name) or "A member"), facts(pairs)]
    if not view.sanctions:
        body.append(text_block("No sanctions in force."))
    else:
        body.append(text_block("**Sanctions in force**", color="Attention"))
        for s in view.sanctions[:LIST_ROWS]:
            until = f" until {shown(s.until, zone)}" if s.until else ""
            source = f", dispute {s.dispute_id}" if s.dispute_id else ""
            body.append(text_block(f"{plain(s.text)}{until} (recorded by {plain(s.imposed_by)} on "
                                   f"{shown(s.imposed_at, zone)}{source})", spacing="Small"))
        if len(view.sanctions) > LIST_ROWS:  # ending soonest first, so the ones left off last longest
            body.append(text_block(f"…and {len(view.sanctions) - LIST_ROWS} more ending later.", isSubtle=True))
    return card(body)


def _facts(view: DisputeView, zone: ZoneInfo) -> list[tuple[str, str]]:
    return [("Client", plain(view.client) or "not named"), ("Raised by", plain(view.raiser)),
            ("Against", _against(view)), ("Raised on", shown(view.created_at, zone, WHEN)),
            ("State", STATES.get(view.state, view.state)), ("Coordinator", plain(view.coordinator) or "not yet taken")]


def _public_facts(view: DisputeView) -> list[tuple[str, str]]:
    return [("Client", plain(view.client) or "not named"), ("Between", f"{plain(view.raiser)} and {_against(view)}"),
            ("Coordinator", plain(view.coordinator) or "a director")]


def _outcome(view: DisputeView, zone: ZoneInfo) -> list[dict[str, Any]]:
    if not view.outcome:
        return []
    resolved = f" on {shown(view.resolved_at, zone)}" if view.resolved_at else ""
    published = (f"Published on {shown(view.published_at, zone)}." if view.published_at
                 else "Not published: only the parties and the directors see it.")
    return [text_block(f"**Outcome: {view.outcome}**{resolved}", spacing="Medium"),
            text_block(plain(view.summary)), text_block(published, isSubtle=True, size="Small")]


def _actions(view: DisputeView, values: dict[str, str]) -> list[dict[str, Any]]:
    data = {"dispute_id": view.id}
    found: list[dict[str, Any]] = []
    if TAKE in view.actions:
        found.append(execute("Take as coordinator", verbs.DISPUTE_TAKE, data))
    if MEDIATE in view.actions:
        found.append(execute("Move to mediation", verbs.DISPUTE_MOVE, {**data, "to": "in mediation"}))
    if RESOLVE in view.actions:
        found.append(_show("Resolve…", _resolve_inputs(view, values), execute("Resolve", verbs.DISPUTE_RESOLVE, data)))
    if PUBLISH in view.actions:
        found.append(execute("Publish to the partner channel", verbs.DISPUTE_PUBLISH, data))
    if SANCTION in view.actions and view.sanctionable:
        found.append(_show("Record a sanction…", _sanction_inputs(view, values),
                           execute("Record sanction", verbs.DISPUTE_SANCTION, data)))
    return found


def _resolve_inputs(view: DisputeView, values: dict[str, str]) -> list[dict[str, Any]]:
    inputs: list[dict[str, Any]] = [
        {"type": "Input.ChoiceSet", "id": "outcome", "label": "Outcome", "isRequired": True,
         "errorMessage": "Choose the outcome.", "value": values.get("outcome", ""),
         "choices": [{"title": o.capitalize(), "value": o} for o in OUTCOMES]},
        {"type": "Input.Text", "id": "summary", "label": "Summary", "isMultiline": True, "isRequired": True,
         "errorMessage": "Write a summary.", "maxLength": SUMMARY_MAX, "value": values.get("summary", "")},
    ]
    if view.must_publish:
        inputs.append(text_block("The outcome of a partner's dispute with the network is always published to the "
                                 "partner channel.", isSubtle=True))
    else:
        inputs.append({"type": "Input.Toggle", "id": "publish", "label": "Publication",
                       "title": "Publish the outcome to the partner channel",
                       "value": values.get("publish", "false"), "valueOn": "true", "valueOff": "false"})
    return inputs


def _sanction_inputs(view: DisputeView, values: dict[str, str]) -> list[dict[str, Any]]:
    first = str(view.sanctionable[0][0])
    return [
        {"type": "Input.ChoiceSet", "id": "member_id", "label": "On whom", "value": values.get("member_id", first),
         "choices": [{"title": _short(name), "value": str(member_id)} for member_id, name in view.sanctionable]},
        {"type": "Input.Text", "id": "text", "label": "Sanction", "isRequired": True, "maxLength": SANCTION_MAX,
         "errorMessage": "Say what the sanction is.", "value": values.get("text", DEFAULT_SANCTION)},
        {"type": "Input.Date", "id": "until", "label": "Until", "isRequired": True,
         "errorMessage": "Give the date it ends.", "value": values.get("until", "")},
    ]


def _show(title: str, inputs: list[dict[str, Any]], button: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Action.ShowCard", "title": title, "card": {"type": "AdaptiveCard", "body": inputs,
                                                                "actions": [button]}}


def _section(title: str, views: list[DisputeView], render: Callable[[DisputeView], dict[str, Any]],
             empty: str) -> list[dict[str, Any]]:
    # The handler fetches one row more than a list shows, so the card can say that there are more.
    blocks = [text_block(f"**{title}**", spacing="Medium")] + [render(v) for v in views[:LIST_ROWS]]
    if len(views) > LIST_ROWS:
        blocks.append(text_block(f"Only the first {LIST_ROWS} are shown; ask for one with: dispute N", isSubtle=True))
    return blocks if views else blocks + [text_block(empty, isSubtle=True)]


def _row(view: DisputeView, zone: ZoneInfo) -> dict[str, Any]:
    coordinator = plain(_short(view.coordinator)) if view.coordinator else "nobody yet"
    items = [text_block(f"**{view.id}.** {_headline(view)} · {STATES.get(view.state, view.state)} · "
                        f"coordinator: {coordinator} · raised {shown(view.created_at, zone)}", spacing="Small")]
    if view.what:
        items.append(text_block(plain(excerpt(view.what, EXCERPT)), isSubtle=True, spacing="None"))
    if TAKE in view.actions:
        items.append({"type": "ActionSet",
                      "actions": [execute("Take as coordinator", verbs.DISPUTE_TAKE, {"dispute_id": view.id})]})
    return {"type": "Container", "items": items}


def _own(view: DisputeView, zone: ZoneInfo) -> dict[str, Any]:
    items = [text_block(f"**{view.id}.** {_headline(view)} · {STATES.get(view.state, view.state)}"
                        + (f" · {view.outcome}" if view.outcome else ""), spacing="Small")]
    if view.what:
        items.append(text_block(plain(excerpt(view.what, EXCERPT)), spacing="None"))
    earlier = len(view.timeline) - RECENT_STEPS
    if earlier > 0:
        items.append(text_block(f"…{earlier} earlier steps (dispute {view.id} shows them all)", isSubtle=True,
                                spacing="None"))
    items += [text_block(_step(step, zone, short=True), isSubtle=True, spacing="None")
              for step in view.timeline[-RECENT_STEPS:]]
    return {"type": "Container", "items": items}


def _published_line(view: DisputeView, zone: ZoneInfo) -> dict[str, Any]:
    summary = f": {plain(excerpt(view.summary, EXCERPT))}" if view.summary else ""
    return text_block(f"**{view.id}.** {_headline(view)} · {view.outcome} on {shown(view.resolved_at, zone)}"
                      f"{summary}", spacing="Small")


def _headline(view: DisputeView) -> str:
    client = f"{plain(_short(view.client))}: " if view.client else ""
    against = plain(_short(view.against)) if view.against else "the network (BD team)"
    return f"{client}{plain(_short(view.raiser))} vs {against}"


def _short(name: str | None) -> str:
    return excerpt(name, NAME_IN_LIST)


def _against(view: DisputeView) -> str:
    return plain(view.against) if view.against else "the network (BD team)"


def _step(step: Step, zone: ZoneInfo, short: bool = False) -> str:
    who, note = (_short(step.who), _short(step.note)) if short else (step.who, step.note)
    note = f": {plain(note)}" if note else ""
    return f"{shown(step.at, zone, WHEN)} · {plain(who)} {STEPS.get(step.action, plain(step.action))}{note}"
