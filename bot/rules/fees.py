"""Referral fees: what to suggest to each holder, who may move a fee where, and the transparent tallies."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime

from bot.rules.access import OVERSEERS
from bot.rules.quotes import CURRENT_WORK
from bot.rules.words import Basis, FeeState

GUIDELINE = (5, 15)  # the policy's recommended range, in percent of the quote
REFERRAL = "referral"  # the basis of an introducer who referred the client to the payer

# The holder's strongest tie decides the suggestion (seed 000: "the original or prior relationship owner").
ACTIVE_WORK = (Basis.active_project, Basis.active_quote, CURRENT_WORK)  # current work: a quote the payer may not see
RELATIONSHIP = (Basis.declared_relationship, Basis.do_not_approach, Basis.past_project)
INTRODUCTION = (Basis.introduction, REFERRAL)
STRENGTH = ACTIVE_WORK + RELATIONSHIP + INTRODUCTION

PAYER, PAYEE = "payer", "payee"
NEEDS_REASON = frozenset({FeeState.declined, FeeState.no_fee})
# (from, to) -> the party who makes that move; None is a fee not yet recorded.
TRANSITIONS: dict[tuple[str | None, str], str] = {
    (None, FeeState.proposed): PAYER,
    (None, FeeState.no_fee): PAYER,
    (FeeState.proposed, FeeState.agreed): PAYEE,
    (FeeState.proposed, FeeState.declined): PAYEE,
    (FeeState.agreed, FeeState.invoiced): PAYEE,
    (FeeState.invoiced, FeeState.paid): PAYER,
}
PARTY_NAMES = {PAYER: "the deal owner paying the fee", PAYEE: "the member the fee is for"}
MOVE_NAMES: dict[str, str] = {
    FeeState.proposed: "propose it", FeeState.no_fee: "record no fee", FeeState.agreed: "accept it",
              FeeState.declined: "decline it", FeeState.invoiced: "mark it invoiced", FeeState.paid: "mark it paid"}


@dataclass(frozen=True)
class FeePercents:
    """The suggested percent for each kind of tie (settings)."""

    introduction: float
    relationship: float
    active_work: float


@dataclass(frozen=True)
class HolderFact:
    """One reason a member holds the client: a flag's basis, or a referral they made."""

    member_id: int
    name: str
    basis: str


@dataclass(frozen=True)
class FeeHolder:
    """A member other than the payer who holds the client, with the suggested fee."""

    member_id: int
    name: str
    bases: tuple[str, ...]  # strongest first
    percent: float
    why: str

    @property
    def basis(self) -> str:
        """The strongest tie, recorded on the fee."""
        return self.bases[0]


@dataclass(frozen=True)
class Actor:
    """Who is making a move on one fee."""

    role: str | None
    payer: bool = False
    payee: bool = False


def suggest_percent(bases: Iterable[str], percents: FeePercents) -> tuple[float, str]:
    """The suggested percent for a holder's ties, and why: active work, an active relationship, or an introduction."""
    held = set(bases)
    if held & set(ACTIVE_WORK):
        return percents.active_work, "a relationship with active work"
    if held & set(RELATIONSHIP):
        return percents.relationship, "an active relationship"
    return percents.introduction, "an introduction"


def fee_holders(facts: Iterable[HolderFact], payer_id: int, percents: FeePercents) -> list[FeeHolder]:
    """Everyone but the payer who holds the client, once each, with their suggestion; the strongest first."""
    grouped: dict[int, list[HolderFact]] = {}
    for fact in facts:
        if fact.member_id != payer_id:
            grouped.setdefault(fact.member_id, []).append(fact)
    holders = []
    for member_id, group in grouped.items():
        bases = tuple(sorted({f.basis for f in group}, key=_strength))
        percent, why = suggest_percent(bases, percents)
        holders.append(FeeHolder(member_id, group[0].name, bases, percent, why))
    return sorted(holders, key=lambda h: (-h.percent, _strength(h.basis), h.name))


def check_move(state: str | None, to: str, actor: Actor, reason: str | None = None) -> str | None:
    """Why this actor may not move a fee from `state` (None: not recorded yet) to `to`; None if they may."""
    party = TRANSITIONS.get((state, to))
    if party is None:
        return _illegal(state, to)
    if not (actor.role in OVERSEERS or (actor.payer if party == PAYER else actor.payee)):
        return f"Only {PARTY_NAMES[party]}, or a director or admin, can {MOVE_NAMES[to]}."
    if to in NEEDS_REASON and not (reason or "").strip():
        return f"Give a reason to {MOVE_NAMES[to]}."
    return None


def next_moves(state: str | None, actor: Actor) -> list[str]:
    """The moves this party can make next, in table order (the buttons their card shows)."""
    party_only = Actor(None, actor.payer, actor.payee)
    return [to for (start, to) in TRANSITIONS if start == state and check_move(start, to, party_only, "-") is None]


def read_percent(value: object) -> tuple[float | None, str | None]:
    """The percent typed into a card, or why it cannot be a fee."""
    try:
        percent = round(float(str(value).strip().rstrip("%")), 2)  # rounded first: 0.001 would be stored as 0
    except ValueError:
        percent = None
    if percent is None or not 0 < percent <= 100:
        return None, "Give the fee as a percent of the quote above 0 and at most 100, for example 10."
    return percent, None


def within_guideline(percent: float) -> bool:
    """True if the percent is in the policy's 5 to 15 percent range."""
    return GUIDELINE[0] <= percent <= GUIDELINE[1]


def _illegal(state: str | None, to: str) -> str:
    if state is None:
        return "A fee starts as proposed, or as no fee."
    if state == to:
        return f"This fee is already {state}."
    allowed = [t for (s, t) in TRANSITIONS if s == state]
    if not allowed:
        return f"This fee is {state}; it cannot change any more."
    article = "An" if state[0] in "aeiou" else "A"
    return f"{article} {state} fee can next be {' or '.join(allowed)}, not {to}."


def _strength(basis: str) -> int:
    return STRENGTH.index(basis) if basis in STRENGTH else len(STRENGTH)


# --- the transparent history -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FeeRecord:
    """One fee as the tallies need it: who pays whom, the percent, and when it reached each state."""

    payer_id: int
    payee_id: int | None
    percent: float | None
    reached: dict[str, datetime] = field(default_factory=dict)


@dataclass(frozen=True)
class Tally:
    """How many fees reached each state in a window, and the average percent proposed."""

    proposed: int = 0
    agreed: int = 0
    invoiced: int = 0
    paid: int = 0
    declined: int = 0
    no_fee: int = 0
    average_percent: float | None = None

    @property
    def empty(self) -> bool:
        """True if nothing happened in the window."""
        return not (self.proposed or self.agreed or self.invoiced or self.paid or self.declined or self.no_fee)


@dataclass(frozen=True)
class MemberTally:
    """One member's fees as payer in the period and all time, and the fees proposed to them."""

    member_id: int
    period: Tally
    all_time: Tally
    received: Tally


def tally(records: Iterable[FeeRecord], start: datetime | None = None, end: datetime | None = None) -> Tally:
    """Fees that reached each state in [start, end); None is open-ended."""
    counts: dict[str, int] = {state: 0 for state in FeeState}
    percents = []
    for record in records:
        for state, at in record.reached.items():
            if state in counts and (start is None or at >= start) and (end is None or at < end):
                counts[state] += 1
                if state == FeeState.proposed and record.percent is not None:
                    percents.append(record.percent)
    average = round(sum(percents) / len(percents), 1) if percents else None
    return Tally(counts[FeeState.proposed], counts[FeeState.agreed], counts[FeeState.invoiced],
                 counts[FeeState.paid], counts[FeeState.declined], counts[FeeState.no_fee], average)


def member_tallies(records: Iterable[FeeRecord], since: datetime) -> list[MemberTally]:
    """Per member who paid or was offered a fee: as payer since `since` and all time, and as payee all time."""
    records = list(records)
    members = {r.payer_id for r in records} | {r.payee_id for r in records if r.payee_id is not None}
    result = []
    for member in members:
        paying = [r for r in records if r.payer_id == member]
        result.append(MemberTally(member, tally(paying, since), tally(paying),
                                  tally(r for r in records if r.payee_id == member)))
    return result


# --- fee honour: one outcome per prior holder of each quote ---------------------------------------------------------

GIVEN = (FeeState.proposed, FeeState.agreed, FeeState.invoiced, FeeState.paid)  # a fee was offered and still stands
LATEST_LINES = 3  # the lines the `fees` card shows per member; `fees @member` shows them all


@dataclass(frozen=True)
class Owed:
    """A prior holder the deal owner was prompted about on one quote, and where that prompt stands."""

    quote_id: int
    client_id: int
    payer_id: int
    payee_id: int
    state: str  # awaiting | unanswered
    at: datetime  # when the prompt was sent, or when it went unanswered


@dataclass(frozen=True)
class Outcome:
    """One fee line: a recorded fee, or a prior holder's outcome on a quote, with its latest state and when."""

    quote_id: int | None
    client_id: int
    payer_id: int
    payee_id: int | None
    state: str
    percent: float | None
    at: datetime  # the last change
    owed: bool = False  # the deal owner was prompted about this holder on this quote
    fee_id: int | None = None  # None: nothing recorded yet, the prompt's own state


@dataclass(frozen=True)
class Honour:
    """One member's fee honour as the deal owner paying: the figures and their lines, newest first."""

    member_id: int
    owed_quotes: int  # quotes that owed a decision on at least one prior holder
    within: int  # fees in the 5 to 15% guideline
    outside: int
    declined: int
    no_fee: int
    awaiting: int
    unanswered: int
    lines: tuple[Outcome, ...]


def outcomes(owed: Iterable[Owed], fees: Iterable[Outcome]) -> list[Outcome]:
    """Each prior holder's outcome per quote: the latest fee recorded for them there (a late answer counts), else
    the prompt's state; fees nobody was prompted about are lines of their own. Newest first."""
    latest: dict[tuple[object, ...], Outcome] = {}
    for fee in sorted(fees, key=lambda f: (f.at, f.fee_id or 0)):
        latest[(fee.quote_id, fee.payee_id) if fee.quote_id is not None else ("fee", fee.fee_id)] = fee
    lines = []
    for row in owed:
        found = latest.pop((row.quote_id, row.payee_id), None)
        lines.append(replace(found, owed=True) if found else Outcome(
            row.quote_id, row.client_id, row.payer_id, row.payee_id, row.state, None, row.at, owed=True))
    return sorted(lines + list(latest.values()), key=lambda o: o.at, reverse=True)


def honour(lines: Iterable[Outcome]) -> list[Honour]:
    """Per deal owner: quotes that owed a decision, fees within and outside the guideline, declined, no fee,
    awaiting and unanswered; each figure counts a holder's latest outcome once."""
    by_payer: dict[int, list[Outcome]] = {}
    for line in lines:
        by_payer.setdefault(line.payer_id, []).append(line)
    return [_honour(payer, theirs) for payer, theirs in by_payer.items()]


def _honour(payer: int, lines: list[Outcome]) -> Honour:
    states = [line.state for line in lines]
    given = [line for line in lines if line.state in GIVEN]
    within = sum(1 for line in given if line.percent is not None and within_guideline(line.percent))
    return Honour(payer, len({line.quote_id for line in lines if line.owed}), within, len(given) - within,
                  states.count(FeeState.declined), states.count(FeeState.no_fee), states.count(FeeState.awaiting),
                  states.count(FeeState.unanswered), tuple(sorted(lines, key=lambda o: o.at, reverse=True)))


def prompt_due(prompted_at: datetime, now: datetime, days: int) -> tuple[bool, bool]:
    """(remind, expire) for a prompt still awaiting: reminded once half-way, unanswered after `days`."""
    age = (now - prompted_at).total_seconds() / 86400
    return age >= days / 2, age >= days
