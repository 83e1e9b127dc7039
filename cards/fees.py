"""Referral fee cards: the deal owner's prompt, one fee with its next steps, and the transparent history."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.rules.digest import plural
from bot.rules.fees import GUIDELINE, LATEST_LINES, Honour, Tally
from bot.rules.words import FeeState
from cards import verbs
from cards.base import DAY, MOMENT, card, excerpt, execute, facts, heading, plain, shown, text_block

STATE_NAMES: dict[str, str] = {FeeState.proposed: "Proposed, awaiting an answer", FeeState.agreed: "Agreed",
               FeeState.invoiced: "Invoiced", FeeState.paid: "Paid", FeeState.declined: "Declined",
               FeeState.no_fee: "No fee", FeeState.awaiting: "Awaiting the deal owner's decision",
               FeeState.unanswered: "Unanswered"}
NOTICES: dict[str, str] = {
    FeeState.proposed: "proposes a referral fee to you", FeeState.no_fee: "recorded that no referral fee is due",
           FeeState.agreed: "accepted the referral fee", FeeState.declined: "declined the referral fee",
           FeeState.invoiced: "invoiced the referral fee", FeeState.paid: "marked the referral fee paid"}
MAX_HOLDERS = 12  # strongest first: a client with more holders than this is rare, and the weakest are left off
MAX_MEMBERS = 40  # the history card's rows; the most active members first
MAX_LINES = 50  # `fees @member` and `fees CLIENT`: the newest lines, so the card stays within Teams' size limit
# Teams refuses a card over 80 KB (as UTF-16): the `fees` card's latest lines fill what its counts leave, most active
# members first (everyday, all 40 members' three lines fit; with the longest names, only some do).
CARD_BYTES = 76 * 1024
LINE_NAME = 40  # a name on a fee line is cut to this many characters
HONOUR = (f"Fee honour counts, for each deal owner, the quotes that owed a fee decision on a prior holder, and each "
          f"holder's outcome: a fee within the {GUIDELINE[0]} to {GUIDELINE[1]}% guideline or outside it, declined, no "
          "fee, still awaiting the deal owner, or unanswered in the time allowed.")
GUIDANCE = (f"The network's policy recommends a referral fee of {GUIDELINE[0]} to {GUIDELINE[1]}% of the quote to "
            "whoever introduced the client or held the relationship. You decide; Accord records what you choose.")


@dataclass(frozen=True)
class PromptLine:
    """One holder on the prompt: their ties, the suggestion, and the fee already recorded for them, if any."""

    member_id: int
    name: str
    bases: tuple[str, ...]
    percent: float
    why: str
    fee_state: str | None = None
    fee_percent: float | None = None
    fee_reason: str | None = None


@dataclass(frozen=True)
class PromptView:
    """What the deal owner is asked about: a quote or a won introduction, on one client."""

    client_name: str
    lines: tuple[PromptLine, ...]
    quote_id: int | None = None
    referral_id: int | None = None


@dataclass(frozen=True)
class FeeView:
    """One fee as its parties see it (no quote value: that stays with the quote's viewers)."""

    id: int
    client_name: str
    payer_name: str
    payee_name: str | None
    basis: str | None
    percent: float | None
    state: str
    reason: str | None
    updated_at: datetime


@dataclass(frozen=True)
class LineView:
    """One fee line as everyone may read it: client, who pays whom, percent, state, when; never the quote's value."""

    client_name: str
    payer_name: str
    payee_name: str | None
    percent: float | None
    state: str
    at: datetime


@dataclass(frozen=True)
class SummaryRow:
    """One member's line in the fee history, with their fee honour as deal owner and their latest lines."""

    name: str
    period: Tally
    all_time: Tally
    received: Tally
    honour: Honour | None = None
    lines: tuple[LineView, ...] = ()


def prompt_card(view: PromptView, reminder: str | None = None) -> dict[str, Any]:
    """The deal owner's prompt: each holder with the suggested fee, and a way to propose one or record no fee."""
    lead = (f"The introduction to {plain(view.client_name)} you received was won." if view.referral_id else
            f"Your quote is for {plain(view.client_name)}, a client others hold.")
    lead = f"{reminder} {lead}" if reminder else lead
    body: list[dict[str, Any]] = [heading(f"A referral fee for {plain(view.client_name)}?"), text_block(lead),
                                  text_block(GUIDANCE, isSubtle=True)]
    for line in view.lines[:MAX_HOLDERS]:
        body.append(text_block(f"**{plain(line.name)}** · {', '.join(line.bases)} · suggested {_pct(line.percent)} "
                               f"({line.why})", separator=True))
        if line.fee_state:
            body.append(text_block(_recorded(line), spacing="Small"))
        if line.fee_state in (None, FeeState.declined):  # a declined fee may be proposed again
            data = {k: v for k, v in (("quote_id", view.quote_id), ("referral_id", view.referral_id),
                                      ("payee_id", line.member_id)) if v is not None}
            body.append({"type": "ActionSet", "actions": [_propose(line, data), _no_fee(line, data)]})
    if len(view.lines) > MAX_HOLDERS:
        body.append(text_block(f"…and {len(view.lines) - MAX_HOLDERS} more holders with weaker ties.", isSubtle=True))
    return card(body)


def fee_card(view: FeeView, moves: list[str], zone: ZoneInfo, title: str | None = None) -> dict[str, Any]:
    """One fee: who pays whom, how much, where it stands, and the next steps this reader may take."""
    rows = [("Client", plain(view.client_name)), ("Paid by", plain(view.payer_name)),
            ("To", plain(view.payee_name) if view.payee_name else "nobody"),
            ("Basis", plain(view.basis) or "not given"),
            ("Fee", _pct(view.percent) + " of the quote" if view.percent is not None else "none"),
            ("State", STATE_NAMES.get(view.state, plain(view.state)))]
    if view.reason:
        rows.append(("Reason", plain(view.reason)))
    rows.append(("Updated", shown(view.updated_at, zone, MOMENT)))
    body = [heading(title or f"Referral fee for {plain(view.client_name)}"), facts(rows)]
    return card(body, [_move_action(view.id, move) for move in moves])


def summary_card(rows: list[SummaryRow], period: str, zone: ZoneInfo) -> dict[str, Any]:
    """Every member's fees as payer (this period and all time) and the fees offered to them, most active first."""
    body: list[dict[str, Any]] = [heading("Referral fees"), text_block(
        "Fee history is open to everyone, so partners can judge who honours the 5 to 15% guideline. Counts are the "
        "fees that reached each state; percents are of each quote, whose value stays private.", isSubtle=True),
                                  text_block(HONOUR, isSubtle=True)]
    if not rows:
        body.append(text_block("No referral fees are on record yet."))
    members = [[text_block(f"**{plain(row.name)}**", separator=True), facts(
        [(period, tally_text(row.period)), ("All time", tally_text(row.all_time)),
         ("Offered to them", tally_text(row.received))]
        + ([("Fee honour", honour_text(row.honour))] if row.honour else []))] for row in rows[:MAX_MEMBERS]]
    if len(rows) > MAX_MEMBERS:
        members.append([text_block(f"…and {len(rows) - MAX_MEMBERS} members with fewer fees.", isSubtle=True)])
    budget = CARD_BYTES - _bytes(body + [block for blocks in members for block in blocks])
    for row, blocks in zip(rows[:MAX_MEMBERS], members):  # the latest lines, most active members first, while they fit
        for line in row.lines[:LATEST_LINES]:
            block = text_block(line_text(line, zone), spacing="None", isSubtle=True)
            budget -= _bytes([block])
            if budget >= 0:
                blocks.append(block)
    return card(body + [block for blocks in members for block in blocks])


def lines_card(title: str, honour: Honour | None, lines: list[LineView], zone: ZoneInfo) -> dict[str, Any]:
    """Every fee line about one member or one client, newest first, with the member's fee honour figures."""
    body: list[dict[str, Any]] = [heading(plain(title)), text_block(
        "One line per prior holder of each quote: the fee recorded, or whether the deal owner's decision is awaited "
        "or went unanswered. Percents are of each quote, whose value stays private.", isSubtle=True)]
    body += [text_block(HONOUR, isSubtle=True)] if honour is not None else []
    if honour is not None:
        body.append(facts([("Fee honour", honour_text(honour))]))
    if not lines:
        body.append(text_block("No referral fees or fee decisions are on record here yet."))
    body += [text_block(line_text(line, zone), separator=n == 0) for n, line in enumerate(lines[:MAX_LINES])]
    if len(lines) > MAX_LINES:
        body.append(text_block(f"…and {len(lines) - MAX_LINES} older lines.", isSubtle=True))
    return card(body)


def honour_text(honour: Honour) -> str:
    """A deal owner's fee honour in one line (HONOUR says what each count is)."""
    return (f"{plural(honour.owed_quotes, 'quote')} owed · {honour.within} within · {honour.outside} outside · "
            f"{honour.declined} declined · {honour.no_fee} no fee · {honour.awaiting} awaiting · "
            f"{honour.unanswered} unanswered")


def line_text(line: LineView, zone: ZoneInfo) -> str:
    """One fee line: client, payer to payee, percent, state and date."""
    payee = plain(excerpt(line.payee_name, LINE_NAME)) if line.payee_name else "nobody"
    percent = _pct(line.percent) if line.percent is not None else "-"
    return (f"{plain(excerpt(line.client_name, LINE_NAME))} · {plain(excerpt(line.payer_name, LINE_NAME))} → {payee} · "
            f"{percent} · "
            f"{STATE_NAMES.get(line.state, plain(line.state))} · {shown(line.at, zone, DAY)}")


def tally_text(tally: Tally) -> str:
    """One line of counts, e.g. for the digest: proposed, agreed, invoiced, paid, declined, no fee, average."""
    if tally.empty:
        return "none"
    text = (f"{tally.proposed} proposed · {tally.agreed} agreed · {tally.invoiced} invoiced · {tally.paid} paid · "
            f"{tally.declined} declined · {tally.no_fee} no fee")
    return text + (f" · average {_pct(tally.average_percent)}" if tally.average_percent is not None else "")


def notice_title(actor_name: str, state: str) -> str:
    """The heading of the card a party gets when someone else moved their fee."""
    return f"{plain(actor_name)} {NOTICES.get(state, 'changed a referral fee')}"


def _recorded(line: PromptLine) -> str:
    if line.fee_state == FeeState.no_fee:
        return f"You recorded no fee: {plain(line.fee_reason)}"
    if line.fee_state == FeeState.declined:
        return f"Your fee of {_pct(line.fee_percent)} was declined: {plain(line.fee_reason)}"
    return f"Fee of {_pct(line.fee_percent)}: {STATE_NAMES.get(line.fee_state or '', plain(line.fee_state)).lower()}."


def _propose(line: PromptLine, data: dict[str, Any]) -> dict[str, Any]:
    field = {"type": "Input.Number", "id": f"percent_{line.member_id}", "label": "Fee, percent of the quote",
             "value": line.percent, "min": 0, "max": 100, "isRequired": True,
             "errorMessage": "Give a percent between 0 and 100."}
    return _show_card("Propose fee", [field], execute("Propose", verbs.FEE_PROPOSE, data))


def _no_fee(line: PromptLine, data: dict[str, Any]) -> dict[str, Any]:
    field = {"type": "Input.Text", "id": f"reason_{line.member_id}", "label": "Why no fee is due", "maxLength": 1000,
             "isRequired": True, "isMultiline": True, "errorMessage": "Give a reason."}
    return _show_card("No fee", [field], execute("Record no fee", verbs.FEE_NO_FEE, data))


def _move_action(fee_id: int, move: str) -> dict[str, Any]:
    data = {"fee_id": fee_id}
    if move == FeeState.agreed:
        return execute("Accept", verbs.FEE_ACCEPT, data)
    if move == FeeState.declined:
        field = {"type": "Input.Text", "id": "reason", "label": "Why you decline", "maxLength": 1000,
                 "isRequired": True, "isMultiline": True, "errorMessage": "Give a reason."}
        return _show_card("Decline", [field], execute("Decline", verbs.FEE_DECLINE, data))
    return execute(f"Mark {move}", verbs.FEE_ADVANCE, {**data, "to": str(move)})


def _show_card(title: str, body: list[dict[str, Any]], action: dict[str, Any]) -> dict[str, Any]:
    # A ShowCard keeps its inputs to itself, so a required reason does not block the other button.
    return {"type": "Action.ShowCard", "title": title, "card": {"type": "AdaptiveCard", "body": body,
                                                               "actions": [action]}}


def _bytes(blocks: list[dict[str, Any]]) -> int:
    return len(json.dumps(blocks, ensure_ascii=False).encode("utf-16-le"))


def _pct(percent: float | None) -> str:
    return f"{percent:g}%" if percent is not None else "no"
