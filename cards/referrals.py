"""Referral cards: the recipient's card with what to do next, the introducer's updates, and the asker's list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.rules.words import ReferralState
from cards import verbs
from cards.base import MOMENT, card, execute, facts, heading, plain, shown, text_block
from cards.leads import LeadShown, lead_blocks

BUTTONS: dict[str, str] = {ReferralState.acknowledged: "Acknowledge", ReferralState.in_progress: "In progress",
           ReferralState.won: "Won", ReferralState.lost: "Lost"}
LIST_LIMIT = 15  # per section: names at their column length keep the card under Teams' size limit


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
    return card(body, actions)


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
        for view in views[:LIST_LIMIT]:
            who = view.recipient_name if other == "recipient" else view.introducer_name
            contact = "" if public else f"{_contact(view)} at "
            body.append(text_block(f"{shown(view.created_at, zone)} · {contact}{plain(view.client_name)} "
                                   f"· {'to' if other == 'recipient' else 'from'} {plain(who)} · **{view.state}**",
                                   spacing="Small"))
        if len(views) > LIST_LIMIT:
            body.append(text_block(f"…and {len(views) - LIST_LIMIT} older.", isSubtle=True))
    if public:
        body.append(text_block("Contacts are left out here; ask in your personal chat with Accord to see them.",
                               isSubtle=True, size="Small"))
    return card(body)


def _contact(view: ReferralView, with_email: bool = False) -> str:
    name = plain(view.contact_name or view.contact_email or "a contact")
    return f"{name} ({plain(view.contact_email)})" if with_email and view.contact_email and view.contact_name else name
