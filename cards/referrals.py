"""Referral cards: the recipient's card with what to do next, the introducer's updates, and the asker's list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.rules.referrals import UPDATE_LIMIT
from bot.rules.words import ReferralState
from cards import verbs
from cards.base import MOMENT, card, excerpt, execute, facts, heading, plain, shown, text_block
from cards.leads import LeadShown, lead_blocks

BUTTONS: dict[str, str] = {ReferralState.acknowledged: "Acknowledge", ReferralState.in_progress: "In progress",
           ReferralState.won: "Won", ReferralState.lost: "Lost"}
LIST_LIMIT = 15  # per section: names at their column length keep the card under Teams' size limit
UPDATE_SHOWN = 80  # characters of a referral's latest update (and 40 of its author's name) a list shows
UPDATE_ROWS = 8  # per section, the newest referrals show their latest update: all of them would outgrow the card


@dataclass(frozen=True)
class ReferralView:
    """One introduction as its two members see it."""

    id: int
    client_name: str
    contact_name: str | None
    contact_email: str | None
    introducer_name: str
    recipient_name: str
    note: str | None
    state: str
    created_at: datetime
    latest: tuple[str, datetime, str] | None = None  # the newest update: who, when, what


def recipient_card(view: ReferralView, moves: tuple[str, ...], zone: ZoneInfo,
                   reminder: bool = False, lead: LeadShown | None = None) -> dict[str, Any]:
    """The introduction for its recipient, with Acknowledge and the status updates the introducer will hear of."""
    title = ("Reminder: please acknowledge this introduction" if reminder else
             f"An introduction from {plain(view.introducer_name)}")
    rows = [("Contact", _contact(view, with_email=True)), ("Client", plain(view.client_name)),
            ("Introduced by", plain(view.introducer_name)), ("When", shown(view.created_at, zone, MOMENT)),
            ("State", plain(str(view.state)))]
    if view.note:
        rows.append(("Note", plain(view.note)))
    body = [heading(title), facts(rows),
            text_block(f"{plain(view.introducer_name)} hears of every update you make here.", isSubtle=True)]
    data = {"referral_id": view.id}
    actions = [execute(BUTTONS[m], verbs.REFERRAL_ACK, data) if m == ReferralState.acknowledged else
               execute(BUTTONS[m], verbs.REFERRAL_STATE, {**data, "to": str(m)}) for m in moves]
    body += lead_blocks(lead, (verbs.REFERRAL_QUALIFY, data))  # issue 19: the recipient qualifies the lead
    return with_update_box(card(body, actions), view.id, plain(view.introducer_name))


def with_update_box(content: dict[str, Any], referral_id: int, other: str) -> dict[str, Any]:
    """A card with a short update box and its "Add update" button; `other` (escaped) is who hears of it."""
    box = {"type": "Input.Text", "id": "update", "label": f"A short update for {other}", "maxLength": UPDATE_LIMIT,
           "isMultiline": True}
    button = execute("Add update", verbs.REFERRAL_UPDATE, {"referral_id": referral_id})
    return {**content, "body": [*content["body"], box], "actions": [*content.get("actions", []), button]}


def update_text(view: ReferralView, by: str, text: str) -> str:
    """What the other member reads when a party adds an update."""
    return (f"{plain(by)} added an update to the introduction of {_contact(view)} at {plain(view.client_name)} "
            f"(referral {view.id}): {plain(text)}")


def reminded_text(view: ReferralView) -> str:
    """The introducer's note that the recipient was reminded to acknowledge."""
    return (f"{plain(view.recipient_name)} has not acknowledged your introduction of {_contact(view)} at "
            f"{plain(view.client_name)} (referral {view.id}) yet; Accord has reminded them.")


def qualified_text(view: ReferralView, by: str, score: int, grade: str) -> str:
    """The introducer's note that the lead they introduced was qualified (the score, never the budget)."""
    return (f"{plain(by)} qualified your introduction of {_contact(view)} at {plain(view.client_name)} "
            f"(referral {view.id}): lead score {score}/100 ({plain(grade)}).")


def quiet_text(view: ReferralView, days: int) -> str:
    """The introducer's note that a referral has gone quiet."""
    return (f"Nothing has happened on your introduction of {_contact(view)} at {plain(view.client_name)} to "
            f"{plain(view.recipient_name)} (referral {view.id}) for {days} business days; it is {view.state}. "
            f"You could ask them, or add an update: referral {view.id} update: your words")


def status_text(view: ReferralView, by: str) -> str:
    """The introducer's note about an update to their introduction."""
    what = "acknowledged" if view.state == ReferralState.acknowledged else f"marked as {view.state}"
    return (f"{plain(by)} {what} your introduction of {_contact(view)} at {plain(view.client_name)} "
            f"(referral {view.id}).")


def confirmation(view: ReferralView, promise: str = "") -> str:
    """The introducer's answer once the introduction is recorded; `promise` says when the recipient gets it."""
    return (f"Recorded: you introduced {_contact(view)} at {plain(view.client_name)} to "
            f"{plain(view.recipient_name)} (referral {view.id}). {promise or 'They get a card to acknowledge it.'} "
            "You will hear of each update.")


def list_card(made: list[ReferralView], received: list[ReferralView], zone: ZoneInfo, public: bool) -> dict[str, Any]:
    """The asker's introductions made and received; in a shared chat without the contacts' names."""
    body: list[dict[str, Any]] = [heading("Your referrals")]
    for title, views, other in (("Made", made, "recipient"), ("Received", received, "introducer")):
        body.append(text_block(f"**{title}**", separator=True))
        if not views:
            body.append(text_block("None.", isSubtle=True, spacing="Small"))
        for n, view in enumerate(views[:LIST_LIMIT]):
            who = view.recipient_name if other == "recipient" else view.introducer_name
            contact = "" if public else f"{_contact(view)} at "
            body.append(text_block(f"{shown(view.created_at, zone)} · {contact}{plain(view.client_name)} "
                                   f"· {'to' if other == 'recipient' else 'from'} {plain(who)} · **{view.state}**",
                                   spacing="Small"))
            if view.latest and not public and n < UPDATE_ROWS:  # an update may name the contact: personal chat only
                body.append(_latest_line(view.latest, zone))
        if len(views) > LIST_LIMIT:
            body.append(text_block(f"…and {len(views) - LIST_LIMIT} older.", isSubtle=True))
    if public:
        body.append(text_block("Contacts are left out here; ask in your personal chat with Accord to see them.",
                               isSubtle=True, size="Small"))
    return card(body)


def _latest_line(latest: tuple[str, datetime, str], zone: ZoneInfo) -> dict[str, Any]:
    by, at, text = latest
    return text_block(f"Latest update, {plain(excerpt(by, 40))}, {shown(at, zone)}: "
                      f"{plain(excerpt(text, UPDATE_SHOWN))}",
                      isSubtle=True, size="Small", spacing="None")


def _contact(view: ReferralView, with_email: bool = False) -> str:
    name = plain(view.contact_name or view.contact_email or "a contact")
    return f"{name} ({plain(view.contact_email)})" if with_email and view.contact_email and view.contact_name else name
