"""Referral fees as work and introductions create them: the prompt to the deal owner and the facts it rests on, the
decisions it leaves owed (reminded, then unanswered), fees from the platform's splits, and the fee lines."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from bot.rules.access import Viewer
from bot.rules.fees import (
    REFERRAL,
    Actor,
    FeePercents,
    HolderFact,
    Outcome,
    Owed,
    fee_holders,
    next_moves,
    outcomes,
    prompt_due,
)
from bot.rules.ownership import as_seen
from bot.services import delivery
from bot.services.who_owns import flag_facts
from bot.settings import Settings
from bot.turn import Reply
from cards.base import shown
from cards.fees import FeeView, LineView, PromptLine, PromptView, fee_card, prompt_card
from storage.fees import (
    add_fee,
    add_prompt,
    fee_change_key,
    fee_line_rows,
    fees_for,
    has_fee,
    hold_subject,
    mark_reminded,
    mark_unanswered,
    move_fee,
    prompt_for,
    prompt_lines,
    undecided,
)
from storage.members import display_name, member_by_id
from storage.models import Fee, FeePrompt, FeeState, Quote, Referral
from storage.referrals import introducers_to, referral
from storage.registry import client, members_by_id
from storage.types import utcnow

SPLIT_KIND = "referral_fee"  # the platform's split for a referral fee
PLATFORM = "platform"  # a fee's source when a quote's split recorded it
PLATFORM_TITLE = "The quoting platform recorded an agreed referral fee"


@dataclass(frozen=True)
class Subject:
    """What a fee is for: a quote, or a won introduction that has no quote yet."""

    client_id: int
    payer_id: int
    quote_id: int | None = None
    referral_id: int | None = None

    @property
    def key(self) -> str:
        """The prompt's outbox key: one prompt per quote or introduction."""
        return f"fee-prompt:quote:{self.quote_id}" if self.quote_id else f"fee-prompt:referral:{self.referral_id}"


def prompt_for_quote(session: Session, settings: Settings, row: Quote) -> None:
    """Ask a new quote's owner about fees when anyone else holds its client (the quotes feature calls this); from
    then on a decision is owed on each of those holders, awaiting until a fee (or no fee) is recorded."""
    view = _prompt(session, settings, Subject(row.client_id, row.owner_id, quote_id=row.id))
    now = utcnow()
    for line in view.lines:
        add_prompt(session, quote_id=row.id, client_id=row.client_id, payer_id=row.owner_id, payee_id=line.member_id,
                   basis=line.bases[0], prompted_at=now, updated_at=now)


def prompt_for_referral(session: Session, settings: Settings, row: Referral) -> None:
    """Ask the recipient of a won introduction about a fee to the introducer."""
    _prompt(session, settings, Subject(row.client_id, row.recipient_id, referral_id=row.id))


def _prompt(session: Session, settings: Settings, subject: Subject) -> PromptView:
    view = prompt_view(session, settings, subject)
    if view.lines:
        delivery.to_member(session, settings, subject.key, Reply(card=prompt_card(view)).payload(), subject.payer_id)
    return view


def fees_from_splits(session: Session, settings: Settings, row: Quote, splits: list[tuple[int, str, float]]) -> int:
    """A referral-fee split on the platform is an agreed fee: it confirms a proposed one for that member, or records
    one (a declined fee, or none yet); a fee already further on is left alone. Both parties get the fee card. How
    many fees changed."""
    changed = 0
    if any(kind == SPLIT_KIND for _, kind, _ in splits):  # a "Propose" pressed meanwhile waits, then finds this fee
        hold_subject(session, quote_id=row.id, referral_id=None)
    for member_id, kind, percent in splits:
        if kind != SPLIT_KIND or member_id == row.owner_id or percent <= 0:  # 0%: a placeholder split, no fee
            continue
        fee = _agree_from_split(session, row, member_id, percent)
        if fee is not None:
            tell_parties(session, settings, fee, by=None, title=PLATFORM_TITLE)
            changed += 1
    return changed


def _agree_from_split(session: Session, row: Quote, member_id: int, percent: float) -> Fee | None:
    recorded = fees_for(session, client_id=row.client_id, payer_id=row.owner_id, quote_id=row.id)
    latest = next((f for f in reversed(recorded) if f.payee_id == member_id), None)
    if latest is not None and latest.state == FeeState.proposed:
        moved = move_fee(session, latest, FeeState.agreed, by=None, reason=None, percent=percent, source=PLATFORM)
        return latest if moved else None
    if latest is None or latest.state == FeeState.declined:
        owed = prompt_for(session, row.id, member_id)
        return add_fee(session, by=None, quote_id=row.id, client_id=row.client_id, payer_id=row.owner_id,
                       payee_id=member_id, basis=owed.basis if owed else None, percent=percent,
                       state=FeeState.agreed, source=PLATFORM)
    return None


def fee_view(session: Session, row: Fee) -> FeeView:
    """One fee as its parties see it."""
    people = members_by_id(session, [m for m in (row.payer_id, row.payee_id) if m is not None])
    payee = people.get(row.payee_id)
    return FeeView(row.id, client(session, row.client_id).name, display_name(people[row.payer_id]),
                   display_name(payee) if payee else None, row.basis, row.percent, row.state, row.reason,
                   row.updated_at)


def tell_parties(session: Session, settings: Settings, row: Fee, *, by: int | None,
                 title: str) -> list[delivery.Delivery]:
    """Every party other than whoever made the change (None: the platform) gets the fee card with their next steps."""
    view = fee_view(session, row)
    told = []
    for party in dict.fromkeys([row.payer_id, row.payee_id]):
        if party is None or party == by:
            continue
        moves = next_moves(row.state, Actor(None, payer=party == row.payer_id, payee=party == row.payee_id))
        payload = Reply(card=fee_card(view, moves, settings.zone, title=title)).payload()
        told.append(delivery.to_member(session, settings, f"fee:{row.id}:{row.state}:{party}", payload, party,
                                       caused_by=by))
    return told


def fee_lines(session: Session) -> list[Outcome]:
    """Every fee line: each prior holder's outcome per quote (prompted or not), and fees on their own; newest first."""
    owed = [Owed(*row) for row in prompt_lines(session)]
    return outcomes(owed, [Outcome(q, c, payer, payee, state, percent, at, fee_id=i)
                           for q, c, payer, payee, state, percent, at, i in fee_line_rows(session)])


class FeeLineCache:
    """The fee lines as last read, kept until a fee or a decision owed changes: the board reads them for two sections
    of every page, and pages are opened far more often than fees change. One per process, made by create_app."""

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._lines: list[Outcome] = []
        self._lock = threading.Lock()  # sections are read in worker threads

    def lines(self, session: Session) -> list[Outcome]:
        """The fee lines as `fee_lines` reads them, from memory while nothing changed."""
        key = fee_change_key(session)
        with self._lock:
            if key == self._key:
                return self._lines
        lines = fee_lines(session)
        with self._lock:
            self._key, self._lines = key, lines
        return lines


def line_views(session: Session, lines: list[Outcome]) -> list[LineView]:
    """Fee lines with names, as everyone may read them (no quote value, status or splits)."""
    people = members_by_id(session, {m for line in lines for m in (line.payer_id, line.payee_id) if m is not None})
    clients = {n: client(session, n).name for n in {line.client_id for line in lines}}
    return [LineView(clients[line.client_id], display_name(people[line.payer_id]),
                     display_name(people[line.payee_id]) if line.payee_id is not None else None, line.percent,
                     line.state, line.at) for line in lines]


def follow_up(session: Session, settings: Settings, now: datetime) -> int:
    """Remind each deal owner once, half-way, of the fee decisions a quote still owes, and mark those still owed
    after FEE_PROMPT_DAYS unanswered; how many prompts changed. Safe to run on several replicas at once."""
    changed = 0
    # Only decisions due a reminder and still open are read: answered prompts stay awaiting, their fee the outcome.
    for row in undecided(session, now - timedelta(days=settings.fee_prompt_days / 2)):
        remind, expire = prompt_due(row.prompted_at, now, settings.fee_prompt_days)
        if not remind:
            continue
        hold_subject(session, quote_id=row.quote_id, referral_id=None)  # a fee proposed meanwhile waits, or is seen
        if has_fee(session, row.quote_id, row.payee_id):
            continue  # decided: the fee is the outcome
        if expire:
            changed += mark_unanswered(session, row, now)
        elif row.reminded_at is None and mark_reminded(session, row.quote_id, now):
            _remind(session, settings, row)
            changed += 1
    return changed


def _remind(session: Session, settings: Settings, row: FeePrompt) -> None:
    subject = Subject(row.client_id, row.payer_id, quote_id=row.quote_id)
    due = shown(row.prompted_at + timedelta(days=settings.fee_prompt_days), settings.zone, "%-d %b")
    card = prompt_card(prompt_view(session, settings, subject),
                       reminder=f"A reminder: record a fee, or no fee, for each holder by {due}.")
    delivery.to_member(session, settings, f"fee-reminder:quote:{row.quote_id}", Reply(card=card).payload(),
                       row.payer_id)


def prompt_view(session: Session, settings: Settings, subject: Subject) -> PromptView:
    percents = FeePercents(settings.fee_introduction_percent, settings.fee_relationship_percent,
                           settings.fee_active_work_percent)
    holders = fee_holders(_holder_facts(session, settings, subject), subject.payer_id, percents)
    latest = {f.payee_id: f for f in fees_for(session, client_id=subject.client_id, payer_id=subject.payer_id,
                                              quote_id=subject.quote_id)}
    lines = tuple(PromptLine(h.member_id, h.name, h.bases, h.percent, h.why, *_fee_fields(latest.get(h.member_id)))
                  for h in holders)
    return PromptView(client(session, subject.client_id).name, lines, subject.quote_id, subject.referral_id)


def _holder_facts(session: Session, settings: Settings, subject: Subject) -> list[HolderFact]:
    """Flags (do-not-approach entries included) and introductions to the payer, each basis as the payer may read it."""
    if subject.referral_id is not None:
        introducer = member_by_id(session, referral(session, subject.referral_id).introducer_id)
        return [HolderFact(introducer.id, display_name(introducer), REFERRAL)]
    payer = member_by_id(session, subject.payer_id)
    flags = as_seen(flag_facts(session, subject.client_id), Viewer(payer.id, payer.role),
                    settings.partner_quotes_visible_to_bd)
    facts = [HolderFact(f.holder_id, f.holder_name, f.basis) for f in flags]
    return facts + [HolderFact(introducer.id, display_name(introducer), REFERRAL)
                    for _, introducer in introducers_to(session, subject.payer_id, subject.client_id)]


def _fee_fields(row: Fee | None) -> tuple[str | None, float | None, str | None]:
    return (row.state, row.percent, row.reason) if row else (None, None, None)
