"""Approach cards: the form, the collision warning, the holder's consent card, the channel post and the lists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.rules.approaches import AGREE, DECLINE, LEAD, LIMITS, MOVES, REASON_LIMIT
from bot.turn import Mention
from cards import verbs
from cards.base import card, excerpt, execute, facts, heading, plain, shown, text_block

STATES = {"planned": "Planned", "active": "Active", "won": "Won", "dropped": "Dropped"}
MOVE_TITLES = {"active": "Mark active", "won": "Mark won", "dropped": "Drop"}
ANSWERS = {AGREE: "agreed", LEAD: "would rather lead", DECLINE: "declined"}
# A list shows this many rows, each name cut to LIST_FIELD and each note to NOTE_EXCERPT characters, so a full list
# with every field at its longest stays under Teams' message size; one approach's own card shows them in full.
LIST_ROWS = 20
LIST_FIELD = 80
NOTE_EXCERPT = 200
# Where the rows a list leaves out can still be seen.
THE_REST = "Each was announced in the partner channel when it was recorded."


@dataclass(frozen=True)
class ApproachView:
    """An approach as every card shows it; the contact's email only where the viewer may see it."""

    id: int
    client_name: str
    member_name: str
    state: str
    created_at: datetime
    member: Mention | None = None
    contact_name: str | None = None
    contact_email: str | None = None
    note: str | None = None
    on_behalf_of: str | None = None


@dataclass(frozen=True)
class Target:
    """What BD wants to approach: a client, perhaps one of its contacts, and a note."""

    client_id: int
    client_name: str
    contact_name: str | None = None
    contact_email: str | None = None
    note: str | None = None

    def data(self) -> dict[str, Any]:
        """The button data that brings this target back."""
        return {"client_id": self.client_id, "contact_name": self.contact_name or "",
                "contact_email": self.contact_email or "", "note": self.note or ""}


@dataclass(frozen=True)
class ConsentView:
    """A consent request as the holder sees it."""

    id: int
    bd_name: str
    target: Target
    reasons: tuple[str, ...]
    answer: str | None = None


@dataclass(frozen=True)
class RequestView:
    """A partner's request that BD approach a client on their behalf, as the BD members asked see it."""

    id: int
    client_name: str
    partner_name: str
    created_at: datetime
    note: str | None = None
    state: str = "asked"
    answered_by: str | None = None
    reason: str | None = None
    others: tuple[str, ...] = ()  # the client's other holders, with their basis


def request_card(view: RequestView, zone: ZoneInfo, outcome: str | None = None,
                 error: str | None = None) -> dict[str, Any]:
    """BD's 1:1 card: a partner asks BD to approach a client they hold; Accept, or Decline with a reason."""
    body = [heading(f"{plain(view.partner_name)} asks BD to approach {plain(view.client_name)}"),
            text_block(f"{plain(view.partner_name)} holds {plain(view.client_name)} and asks BD to approach it on "
                       "their behalf: whoever accepts records the approach, and work won from it is theirs."),
            facts([("Asked", shown(view.created_at, zone))] + ([("Note", plain(view.note))] if view.note else [])
                  + ([("Also held by", "; ".join(plain(o) for o in view.others))] if view.others else []))]
    if view.state != "asked":
        said = "accepted" if view.state == "accepted" else "declined"
        body.append(text_block(f"{plain(view.answered_by or 'A BD member')} {said} it"
                               + (f": {plain(view.reason)}" if view.reason else "."), weight="Bolder"))
        return card(body + ([text_block(outcome)] if outcome else []))
    if error:
        body.append(text_block(plain(error), color="Attention"))
    body.append({"type": "Input.Text", "id": "reason", "label": "Reason (needed to decline; the partner is told)",
                 "maxLength": REASON_LIMIT, "isMultiline": True})
    data = {"request_id": view.id}
    return card(body, [execute("Accept", verbs.REQUEST_ACCEPT, data), execute("Decline", verbs.REQUEST_DECLINE, data)])


def channel_card(view: ApproachView, zone: ZoneInfo) -> dict[str, Any]:
    """The post every partner sees: which client BD is approaching, who, why, and for whom."""
    who = view.member.text if view.member else plain(view.member_name)
    body = [heading(f"BD approach: {plain(view.client_name)}"), facts(_facts(view, zone, who, public=True))]
    return card(body, mentions=(view.member,) if view.member else ())


def approach_card(view: ApproachView, zone: ZoneInfo, notice: str | None = None) -> dict[str, Any]:
    """One approach for the BD member who made it, with the state changes it allows."""
    body = [heading(f"Approach: {plain(view.client_name)}")]
    if notice:
        body.append(text_block(notice))
    body.append(facts(_facts(view, zone, plain(view.member_name), public=False)))
    return card(body, _moves(view, "one"))


def list_card(title: str, views: list[ApproachView], zone: ZoneInfo, *, changeable: frozenset[int] = frozenset(),
              which: str = "all", notice: str | None = None, more: int = 0, empty: str = "",
              asked: tuple[str, ...] = ()) -> dict[str, Any]:
    """Approaches one per block, up to LIST_ROWS; those the viewer may change carry their buttons.

    `asked` holds one plain line per holder whose answer the viewer still awaits.
    """
    body: list[dict[str, Any]] = [heading(title)]
    if notice:
        body.append(text_block(notice))
    if asked:
        body.append(text_block("**Waiting for holders to answer**", separator=True))
        body.extend(text_block(line, spacing="None") for line in asked)
    if not views:
        body.append(text_block(empty or "No approaches."))
    for view in views[:LIST_ROWS]:
        body.append(_row(view, zone, _moves(view, which) if view.id in changeable else []))
    hidden = max(len(views) - LIST_ROWS, 0) + more
    if hidden:
        body.append(text_block(f"…and {hidden} more, older. {THE_REST}", isSubtle=True))
    return card(body)


def _row(view: ApproachView, zone: ZoneInfo, moves: list[dict[str, Any]]) -> dict[str, Any]:
    """One approach in a list: its names cut short, an excerpt of its note, and its buttons."""
    line = [f"**{plain(excerpt(view.client_name, LIST_FIELD))}**", plain(excerpt(view.member_name, LIST_FIELD)),
            STATES.get(view.state, view.state), f"since {shown(view.created_at, zone)}"]
    if view.contact_name:
        line.append(plain(excerpt(view.contact_name, LIST_FIELD)))
    if view.on_behalf_of:
        line.append(f"on behalf of {plain(excerpt(view.on_behalf_of, LIST_FIELD))}")
    items: list[dict[str, Any]] = [text_block(" · ".join(line))]
    if view.note:
        items.append(text_block(plain(excerpt(view.note, NOTE_EXCERPT)), isSubtle=True, spacing="None"))
    if moves:
        items.append({"type": "ActionSet", "actions": moves})
    return {"type": "Container", "items": items, "separator": True}


def collision_card(target: Target, found: list[tuple[str, str]]) -> dict[str, Any]:
    """Someone holds the client: who and why, and the choice to cancel or ask them."""
    body = [heading(f"{plain(target.client_name)} is held"),
            text_block("Nothing is recorded yet. The policy is that BD does not approach a held client without "
                       "the holder's agreement."),
            facts([(plain(holder), plain(why)) for holder, why in found])]
    body += _target_lines(target)
    ask = "Ask holder" if len({holder for holder, _ in found}) == 1 else "Ask holders"
    return card(body, [execute("Cancel", verbs.APPROACH_CANCEL, target.data()),
                       execute(ask, verbs.APPROACH_ASK_HOLDER, target.data())])


def closed_card(title: str, text: str) -> dict[str, Any]:
    """A card that replaces one whose buttons no longer apply."""
    return card([heading(title), text_block(text)])


def consent_card(view: ConsentView, outcome: str | None = None) -> dict[str, Any]:
    """The holder's 1:1 card: BD would like to approach their client; once answered, the answer and the outcome."""
    target = view.target
    reasons = "; ".join(plain(r) for r in view.reasons)
    body = [heading(f"BD would like to approach {plain(target.client_name)}"),
            text_block(f"{plain(view.bd_name)} (BD) asks before approaching a client you hold"
                       + (f": {reasons}." if reasons else "."))]
    body += _target_lines(target)
    if view.answer:
        body.append(text_block(f"You {ANSWERS.get(view.answer, view.answer)}.", weight="Bolder"))
        if outcome:
            body.append(text_block(outcome))
        return card(body)
    body.append(text_block("If you agree, BD approaches on your behalf and work won from it is yours.",
                           isSubtle=True))
    data = {"consent_id": view.id}
    return card(body, [execute("Agree", verbs.APPROACH_AGREE, data),
                       execute("I'd rather lead", verbs.APPROACH_LEAD, data),
                       execute("Decline", verbs.APPROACH_DECLINE, data)])


def form(error: str | None = None, values: dict[str, str] | None = None) -> dict[str, Any]:
    """The form BD fills in to record an approach."""
    values = values or {}

    def field(id_: str, label: str, **extra: Any) -> dict[str, Any]:
        return {"type": "Input.Text", "id": id_, "label": label, "value": values.get(id_, ""),
                "maxLength": LIMITS[id_], **extra}

    body: list[dict[str, Any]] = [heading("Plan an approach")]
    if error:
        body.append(text_block(plain(error), color="Attention"))
    body += [field("client", "Client", isRequired=True, errorMessage="Client is required."),
             field("contact_name", "Contact name (optional)"),
             field("contact_email", "Contact email (optional)"),
             field("note", "Note (shown in the partner channel)", isMultiline=True)]
    body.append(text_block("Accord checks flags, do-not-approach entries, open quotes and other BD approaches "
                           "before anything is recorded.", isSubtle=True, size="Small"))
    return card(body, [execute("Check and record", verbs.APPROACH_RECORD)])


def _facts(view: ApproachView, zone: ZoneInfo, who: str, public: bool) -> list[tuple[str, str]]:
    rows = [("Client", plain(view.client_name)), ("BD", who), ("State", STATES.get(view.state, view.state)),
            ("Since", shown(view.created_at, zone))]
    rows += _contact(view.contact_name, None if public else view.contact_email)
    if view.on_behalf_of:
        rows.append(("On behalf of", f"{plain(view.on_behalf_of)} (work won from it is theirs)"))
    if view.note:
        rows.append(("Note", plain(view.note)))
    return rows


def _target_lines(target: Target) -> list[dict[str, Any]]:
    rows = _contact(target.contact_name, target.contact_email)
    if target.note:
        rows.append(("Note", plain(target.note)))
    return [facts(rows)] if rows else []


def _contact(name: str | None, email: str | None) -> list[tuple[str, str]]:
    """The Contact fact: the name with the email in brackets, or whichever of them there is."""
    if not (name or email):
        return []
    return [("Contact", plain(name or email) + (f" ({plain(email)})" if name and email else ""))]


def _moves(view: ApproachView, which: str) -> list[dict[str, Any]]:
    return [execute(MOVE_TITLES[to], verbs.APPROACH_STATE, {"approach_id": view.id, "state": to, "list": which})
            for to in MOVES.get(view.state, ())]
