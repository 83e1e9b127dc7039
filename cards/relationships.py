"""Relationship cards: declaring, your relationships, re-confirming, coverage on the who-owns card, and warm
introductions (who can introduce me, the request, the answer)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.rules.relationships import Coverage, Strength, bar, gap_line
from cards import verbs
from cards.base import card, excerpt, execute, facts, heading, plain, shown, stacked, text_block

EXAMPLE = "Sarah Smith <sarah@clientcorp.com> at ClientCorp, decision maker, worked together"
MAX_ROWS = 20  # rows beyond this are counted, not listed: names at full length keep a card under Teams' limit
MAX_ASK_BUTTONS = 5
BUTTON = 40
NAME = 60  # characters of a name on a button or in a title


@dataclass(frozen=True)
class Declared:
    """One of a member's relationships as its owner sees it (in full)."""

    id: int
    client_name: str
    contact_name: str | None
    contact_email: str | None
    contact_role: str | None
    how_known: str | None
    confirmed_at: datetime
    strength: Strength


@dataclass(frozen=True)
class ReminderView:
    """A declaration due for re-confirmation."""

    id: int
    client_name: str
    contact_name: str | None
    contact_email: str | None
    confirmed_at: datetime
    lapses_on: datetime


@dataclass(frozen=True)
class Candidate:
    """A member who could introduce the asker, and how strong their relationship is."""

    member_id: int
    name: str
    strength: Strength


@dataclass(frozen=True)
class RequestView:
    """A request for an introduction, as its introducer sees it."""

    id: int
    asker_name: str
    client_name: str
    contact_name: str | None
    strength: Strength | None
    state: str


def strength_text(value: Strength) -> str:
    """The bar, the score and the word: "■■■■■□□□□□ 54 · medium"."""
    return f"{bar(value.score)} {value.score} · {value.word}"


def _who(name: str | None, email: str | None, role: str | None = None) -> str:
    shown_name = plain(excerpt(name or email or "the client as a whole", NAME))
    if name and email:
        shown_name += f" ({plain(email)})"
    return shown_name + (f" · {role}" if role else "")


def declared_card(rows: list[Declared], zone: ZoneInfo, title: str = "Your relationships",
                  note: str = "") -> dict[str, Any]:
    """A member's own relationships, in full, each with its strength and buttons to re-confirm or end it."""
    body: list[dict[str, Any]] = [heading(title)]
    if note:
        body.append(text_block(note))
    if not rows:
        body.append(text_block("None declared yet. Write: I know Name <email> at Client", isSubtle=True))
    for row in rows[:MAX_ROWS]:
        how = f" · {row.how_known}" if row.how_known else ""
        body.append(text_block(f"**{plain(excerpt(row.client_name, NAME))}** · "
                               f"{_who(row.contact_name, row.contact_email, row.contact_role)}{how}",
                               separator=True, wrap=True))
        body.append(text_block(f"{strength_text(row.strength)} · {plain(row.strength.made_of)} · confirmed "
                               f"{shown(row.confirmed_at, zone)}", isSubtle=True, spacing="None", size="Small"))
        body.append({"type": "ActionSet", "actions": [
            execute("Still in touch", verbs.RELATIONSHIP_CONFIRM, {"relationship_id": row.id}),
            execute("No longer", verbs.RELATIONSHIP_END, {"relationship_id": row.id})]})
    if len(rows) > MAX_ROWS:
        body.append(text_block(f"…and {len(rows) - MAX_ROWS} more.", isSubtle=True))
    body.append(text_block("Other partners see that you cover a client and how strongly, never a contact's email; "
                           "BD, directors and admins see the contacts.", isSubtle=True, size="Small"))
    return card(body)


def form(text: str = "", problems: list[tuple[int, str]] | None = None) -> dict[str, Any]:
    """Declare many relationships at once, one per line."""
    body: list[dict[str, Any]] = [
        heading("Declare your relationships"),
        text_block("One per line: Name <email> at Client, then the contact's role if you know it (decision maker, "
                   "influencer, procurement, user) and how you know them (worked together, former colleague, "
                   "introduced). A relationship is coverage, not a claim on the client.", isSubtle=True)]
    if problems:
        body.append(text_block(f"Nothing was declared: {len(problems)} line{'s' if len(problems) > 1 else ''} "
                               "need fixing.", color="Attention", weight="Bolder"))
        body.append(facts([(f"Line {n}", plain(excerpt(why, 200))) for n, why in problems[:10]]))
    body.append({"type": "Input.Text", "id": "relationships", "label": "Relationships, one per line",
                 "isMultiline": True, "isRequired": True, "errorMessage": "Write at least one relationship.",
                 "value": text, "placeholder": EXAMPLE, "maxLength": 20000})
    return card(body, [execute("Declare them", verbs.RELATIONSHIP_DECLARE_MANY)])


def reminder_card(view: ReminderView, zone: ZoneInfo) -> dict[str, Any]:
    """The one reminder: still in touch? Otherwise the declaration lapses on a given day."""
    return card([
        heading("Are you still in touch?"),
        text_block(f"You declared that you know {_who(view.contact_name, view.contact_email)} at "
                   f"{plain(view.client_name)}, last confirmed {shown(view.confirmed_at, zone)}. Unless you confirm "
                   f"it, it counts for less and lapses on {shown(view.lapses_on, zone)}.", wrap=True),
    ], [execute("Still in touch", verbs.RELATIONSHIP_CONFIRM, {"relationship_id": view.id}),
        execute("No longer", verbs.RELATIONSHIP_END, {"relationship_id": view.id})])


def best_placed_block(view: Coverage) -> list[dict[str, Any]]:
    """At the top of the who-owns card: the members with the strongest relationship, to reach out to first."""
    if not view.best:
        return []
    names = ", ".join(f"{plain(excerpt(b.member_name, NAME))} ({b.strength.word}, {b.strength.score})"
                      for b in view.best)
    return [text_block(f"**Best placed to help:** {names}", wrap=True)]


def coverage_blocks(view: Coverage, public: bool) -> list[dict[str, Any]]:
    """The who-owns card's coverage section: known contacts by role, who covers each and how strongly, the gaps."""
    blocks: list[dict[str, Any]] = []
    if not view.contacts:
        return blocks
    lines = []
    for c in view.contacts[:MAX_ROWS]:
        others = f" (+{c.others})" if c.others else ""
        lines.append((f"{c.role or 'role unknown'}: {_who(c.name, c.email)}",
                      f"{plain(excerpt(c.coverer, NAME))}{others} · {strength_text(c.strength)}"))
    blocks += [text_block("**Coverage:**", separator=True), facts(lines)]
    if len(view.contacts) > MAX_ROWS:
        blocks.append(text_block(f"…and {len(view.contacts) - MAX_ROWS} more contacts.", isSubtle=True))
    blocks.append(text_block(gap_line(view.gaps), color="Warning" if view.gaps else "Good", size="Small"))
    if public:
        blocks.append(text_block("Contacts' emails are left out here.", isSubtle=True, size="Small"))
    return blocks


def introducers_card(client_id: int, client_name: str, contact_name: str | None, candidates: list[Candidate],
                     can_ask: bool) -> dict[str, Any]:
    """Who can introduce the asker to a client (or a person there), strongest first, each with "Ask"."""
    target = f"{plain(contact_name)} at {plain(client_name)}" if contact_name else plain(client_name)
    body: list[dict[str, Any]] = [heading(f"Who can introduce you to {target}")]
    if not candidates:
        body.append(text_block("No member has a relationship on record here yet.", wrap=True))
        return card(body)
    body.append(facts([(plain(excerpt(c.name, NAME)), f"{strength_text(c.strength)} · {plain(c.strength.made_of)}")
                       for c in candidates[:MAX_ROWS]]))
    if not can_ask:
        body.append(text_block("Ask in your personal chat with Accord to request an introduction.", isSubtle=True,
                               size="Small"))
        return card(body)
    data: dict[str, Any] = {"client_id": client_id}
    if contact_name:
        data["contact"] = contact_name[:200]
    asks = [execute(excerpt(f"Ask {c.name.split()[0] if c.name.split() else 'them'}", BUTTON),
                    verbs.INTRODUCTION_ASK, {**data, "introducer_id": c.member_id})
            for c in candidates[:MAX_ASK_BUTTONS]]
    return card(body, [{"type": "Action.ShowCard", "title": "Ask for an introduction",
                        "card": {"type": "AdaptiveCard", "body": stacked(asks)}}])


def request_card(view: RequestView) -> dict[str, Any]:
    """The request, for the member asked to introduce: Accept, Not now, I don't know them well."""
    target = (f"{plain(view.contact_name)} at {plain(view.client_name)}" if view.contact_name
              else plain(view.client_name))
    body = [heading(f"{plain(excerpt(view.asker_name, NAME))} asks for an introduction"),
            text_block(f"{plain(view.asker_name)} would like you to introduce them to {target}.", wrap=True)]
    if view.strength is not None:
        body.append(text_block(f"Your relationship: {strength_text(view.strength)} · {plain(view.strength.made_of)}",
                               isSubtle=True, size="Small"))
    shared = " and passes them the contact you declared (name and email)" if view.contact_name else ""
    body.append(text_block(f"Accepting records your introduction as a referral{shared}: you are credited, and a "
                           "referral fee is prompted if work follows.", isSubtle=True, size="Small"))
    if view.state != "asked":
        body.append(text_block(f"Answered: {view.state}.", weight="Bolder"))
        return card(body)
    data = {"request_id": view.id}
    return card(body, [execute("Accept", verbs.INTRODUCTION_ANSWER, {**data, "answer": "accepted"}),
                       execute("Not now", verbs.INTRODUCTION_ANSWER, {**data, "answer": "not now"}),
                       execute("I don't know them well", verbs.INTRODUCTION_ANSWER,
                               {**data, "answer": "not well known"})])
