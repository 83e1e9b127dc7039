"""Enquiry cards: the post in the partner channel, and the holder's 1:1 card with what to do next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.rules.enquiries import BD_RESPONDING, CLOSED, REFERRER_QUOTE, channel_moves
from bot.turn import Mention
from cards import verbs
from cards.base import MOMENT, card, excerpt, execute, facts, heading, plain, shown, text_block
from cards.leads import LeadShown, lead_blocks

SOURCES = {"web": "Website form", "email": "Email", "phone": "Phone call", "walk-in": "Walk-in"}
FORMS = {"web": "The website form", "email": "The email"}  # what a referrer note quotes, by source
STATES = {"new": "New", "with holder": "With the holder", "responding": "With the holder, responding",
          "bd responding": "BD responding", "closed": "Closed"}
EXCERPT = 400
LIST_FIELD = 80  # a list row shortens each name, so a full page of rows stays under Teams' message size


@dataclass(frozen=True)
class EnquiryView:
    """What an enquiry card shows to its reader; holder_basis (why it went to the holder) only to who may know."""

    id: int
    person: str
    company: str | None
    source: str
    received_at: datetime
    state: str
    client_name: str | None = None
    holder: Mention | None = None  # set when Teams can resolve the holder, so the card can @mention them
    holder_basis: str | None = None  # None in public and for anyone but the holder, BD, directors and admins
    holder_name: str | None = None  # the holder, in Teams or not yet
    referred_by: str | None = None
    message: str | None = None
    lead: LeadShown | None = None  # its qualification and score, the budget as this reader may see it


def channel_card(view: EnquiryView, zone: ZoneInfo) -> dict[str, Any]:
    """The post every partner sees: who enquired, from where, and whether someone holds the client."""
    body = [heading("Inbound enquiry"), facts(_facts(view, zone)), text_block(_held(view))]
    body.append(text_block(f"Routing: **{_routing(view)}**", spacing="Small"))
    actions = _channel_actions(view)
    body += lead_blocks(view.lead, (verbs.ENQUIRY_QUALIFY, {"enquiry_id": view.id}) if actions else None)
    if actions:
        # Everyone in the channel sees one card: it names who may press, and the handler checks again at the press.
        holder = f"{plain(view.holder_name)}, " if view.holder_name else ""
        body.append(text_block(f"These buttons are for {holder}BD, directors and admins.", isSubtle=True,
                               size="Small"))
    return card(body, actions, mentions=(view.holder,) if view.holder else ())


def _channel_actions(view: EnquiryView) -> list[dict[str, Any]]:
    """A button for each move the policy still allows from the channel."""
    data = {"enquiry_id": view.id}
    buttons = {BD_RESPONDING: ("BD will respond", verbs.ENQUIRY_PASS_TO_BD), CLOSED: ("Close", verbs.ENQUIRY_CLOSE)}
    return [execute(*buttons[move], data) for move in channel_moves(view.state)]


def holder_card(view: EnquiryView, zone: ZoneInfo, reminder: bool = False) -> dict[str, Any]:
    """The holder hears first, with the enquiry and the three things they can do about it."""
    title = "Reminder: nobody has acted on this enquiry yet" if reminder else "An enquiry about a client you hold"
    body = [heading(title), facts(_facts(view, zone))]
    if view.holder_name and (reminder or view.holder_basis):
        body.append(text_block(f"Held by {plain(view.holder_name)}{_why(view)}.", isSubtle=True))
    if view.message:
        body.append(text_block(plain(excerpt(view.message, EXCERPT)), isSubtle=True))
    body.append(text_block(f"Routing: **{_routing(view)}**"))
    data = {"enquiry_id": view.id}
    # Whoever responds qualifies the lead while the enquiry is open; a closed one keeps the score it had.
    body += lead_blocks(view.lead, (verbs.ENQUIRY_QUALIFY, data) if view.state != "closed" else None)
    actions = [] if view.state == "closed" else [
        execute("I'll respond", verbs.ENQUIRY_RESPOND, data),
        execute("Pass to BD", verbs.ENQUIRY_PASS_TO_BD, data),
        execute("Not my client", verbs.ENQUIRY_NOT_MINE, data),
        execute("Close", verbs.ENQUIRY_CLOSE, data),
    ]
    return card(body, actions)


def referrer_text(view: EnquiryView, *, verified: bool) -> str:
    """The note to a member named as the referrer; unless a member logged it, what was sent, quoted as unverified."""
    held = _held(view, mention=False)
    if verified:  # BD logged it after speaking with the person
        return (f"{plain(view.person)}{' from ' + plain(view.company) if view.company else ''} contacted the network "
                f"and said you referred them. {held}")
    said = excerpt(view.person + (f" ({view.company})" if view.company else ""), REFERRER_QUOTE)
    return (f"An enquiry names you as the referrer. {FORMS.get(view.source, 'The enquiry form')} says: "
            f"“{plain(said)}”. **Unverified**: anyone can send it, and Accord has not checked who did. {held}")


def _facts(view: EnquiryView, zone: ZoneInfo) -> list[tuple[str, str]]:
    rows = [("Person", plain(view.person)), ("Company", plain(view.company) or "not given"),
            ("Source", SOURCES.get(view.source, plain(view.source))),
            ("Received", shown(view.received_at, zone, MOMENT))]
    if view.referred_by:
        rows.append(("Referred by", plain(view.referred_by)))
    return rows


def _routing(view: EnquiryView) -> str:
    """Where the enquiry is, naming the holder when it is with them."""
    if view.holder_name and view.state in ("with holder", "responding"):
        return f"With {plain(view.holder_name)}{', responding' if view.state == 'responding' else ''}"
    return STATES.get(view.state, plain(view.state))


def _held(view: EnquiryView, mention: bool = True) -> str:
    client = f" ({plain(view.client_name)})" if view.client_name else ""
    why = f", {view.holder_basis}" if view.holder_basis else ""
    if view.holder and mention:
        # A mention only works inside the card that carries its entity; a plain note names the holder.
        return f"Held by {view.holder.text}{client}{why}."
    if view.holder_name:
        later = "" if view.holder or not mention else " (not yet in Teams)"
        return f"Held by {plain(view.holder_name)}{later}{client}{why}."
    if view.client_name:
        return f"Client on record: {plain(view.client_name)}. No holder on record."
    return "No holder on record."


def _why(view: EnquiryView) -> str:
    return f" ({view.holder_basis})" if view.holder_basis else ""


def list_card(views: list[EnquiryView], zone: ZoneInfo, days: int, more: int,
              by_score: bool = False) -> dict[str, Any]:
    """The last weeks' enquiries with where each went; by lead score (highest first, unqualified last) if asked."""
    body: list[dict[str, Any]] = [heading(f"Enquiries by lead score, last {days} days" if by_score else
                                          f"Enquiries, last {days} days")]
    if not views:
        body.append(text_block("No enquiries in that time."))
    for view in views:
        when = shown(view.received_at, zone, "%-d %b %H:%M")
        company = f" ({plain(excerpt(view.company, LIST_FIELD))})" if view.company else ""
        who = f" · {plain(excerpt(view.holder_name, LIST_FIELD))}{_why(view)}" if view.holder_name else ""
        body.append(text_block(f"**{when}** · {plain(excerpt(view.person, LIST_FIELD))}{company} · "
                               f"{SOURCES.get(view.source, plain(view.source))} · {STATES.get(view.state, view.state)}"
                               f"{who}{_score(view)}", spacing="Small"))
    if more:
        body.append(text_block(f"…and {more} more: “accord enquiries --since DATE” on the command line lists them all.",
                               isSubtle=True))
    return card(body)


def _score(view: EnquiryView) -> str:
    return f" · **lead {view.lead.score}**" if view.lead else ""


def log_form(error: str | None = None, values: dict[str, str] | None = None) -> dict[str, Any]:
    """The form BD fills in for a phone call or a walk-in."""
    values = values or {}

    def field(id_: str, label: str, required: bool = False, **extra: Any) -> dict[str, Any]:
        element = {"type": "Input.Text", "id": id_, "label": label, "isRequired": required,
                   "value": values.get(id_, ""), **extra}
        if required:
            element["errorMessage"] = f"{label} is required."
        return element

    body: list[dict[str, Any]] = [heading("Log an enquiry")]
    if error:
        body.append(text_block(plain(error), color="Attention"))
    body += [
        {"type": "Input.ChoiceSet", "id": "source", "label": "How it came in", "value": values.get("source", "phone"),
         "choices": [{"title": "Phone call", "value": "phone"}, {"title": "Walk-in", "value": "walk-in"}]},
        field("person", "Person", required=True, maxLength=200),
        field("company", "Company", maxLength=300),
        field("contact", "Phone or email", maxLength=320),
        field("notes", "Notes", isMultiline=True, maxLength=4000),
        field("referred_by", "Referred by (a member's name or email)", maxLength=200),
    ]
    return card(body, [execute("Log enquiry", verbs.ENQUIRY_LOG)])
