"""Referral fees: the deal owner's prompt, proposing and answering fees, and the history everyone may read."""

from __future__ import annotations

from sqlmodel import Session

from bot.router import Context
from bot.rules.fees import (
    LATEST_LINES,
    Actor,
    FeeRecord,
    Honour,
    MemberTally,
    Tally,
    check_move,
    honour,
    member_tallies,
    next_moves,
    read_percent,
    within_guideline,
)
from bot.services import delivery
from bot.services.delivery import promises
from bot.services.digest import schedule_of
from bot.services.fees import Subject, fee_lines, fee_view, line_views, prompt_view, tell_parties
from bot.services.members import member_meant
from bot.turn import Reply, Turn
from cards.base import plain, shown
from cards.fees import LineView, PromptLine, SummaryRow, fee_card, lines_card, notice_title, prompt_card, summary_card
from storage.fees import add_fee, fee, fee_moves, hold_subject, move_fee
from storage.members import display_name
from storage.models import Fee, FeeState, Member, ReferralState
from storage.quotes import quote
from storage.referrals import referral
from storage.registry import client, members_by_id
from storage.types import utcnow


def propose(ctx: Context) -> list[Reply]:
    """The deal owner proposes a fee to one holder."""
    return _record(ctx, FeeState.proposed)


def no_fee(ctx: Context) -> list[Reply]:
    """The deal owner records, with a reason, that no fee is due to one holder."""
    return _record(ctx, FeeState.no_fee)


def accept(ctx: Context) -> list[Reply]:
    """The payee agrees to a proposed fee."""
    return _move(ctx, FeeState.agreed)


def decline(ctx: Context) -> list[Reply]:
    """The payee declines a proposed fee, with a reason."""
    return _move(ctx, FeeState.declined)


def advance(ctx: Context) -> list[Reply]:
    """Invoiced (by the payee) or paid (by the payer)."""
    to = str(ctx.turn.value.get("to") or "")
    if to not in {s.value for s in FeeState}:
        return [Reply(text="That is not a state a fee can be in.")]
    return _move(ctx, to)


def history(ctx: Context) -> list[Reply]:
    """`fees`: every member's fees this digest period and all time, their fee honour and latest lines; `fees @member`
    or `fees CLIENT`: all the lines about that member or client."""
    about = _text(ctx.args.get("about"))[:300]
    if about or ctx.turn.mentions:  # the message text keeps no trace of a mention: its tag is the argument
        return _lines_about(ctx, about)
    schedule = schedule_of(ctx.settings)
    period = schedule.so_far(utcnow())
    tallies = {t.member_id: t for t in member_tallies(_records(ctx.session), period.start)}
    lines = fee_lines(ctx.session)
    honours = {h.member_id: h for h in honour(lines)}
    names = members_by_id(ctx.session, set(tallies) | set(honours))
    latest = _latest_views(ctx, list(honours.values()))
    empty = MemberTally(0, Tally(), Tally(), Tally())
    rows = sorted((SummaryRow(display_name(names[m]), *_counts(tallies.get(m, empty)), honours.get(m),
                              latest.get(m, ())) for m in names), key=lambda r: (-_activity(r), r.name.lower()))
    since = shown(period.start, ctx.settings.zone, "%-d %b")
    return [Reply(card=summary_card(rows, f"This {schedule.word} (since {since})", ctx.settings.zone))]


def _latest_views(ctx: Context, honours: list[Honour]) -> dict[int, tuple[LineView, ...]]:
    """Each deal owner's latest lines with names, read in one go."""
    views = iter(line_views(ctx.session, [line for h in honours for line in h.lines[:LATEST_LINES]]))
    return {h.member_id: tuple(next(views) for _ in h.lines[:LATEST_LINES]) for h in honours}


def _counts(tallied: MemberTally) -> tuple[Tally, Tally, Tally]:
    return tallied.period, tallied.all_time, tallied.received


def _lines_about(ctx: Context, about: str) -> list[Reply]:
    """All the fee lines about one member (a mention, a name or an email), else one client."""
    lines, zone = fee_lines(ctx.session), ctx.settings.zone
    member = member_meant(ctx.session, about, ctx.turn.mentions)
    if member is not None:
        theirs = [line for line in lines if member.id in (line.payer_id, line.payee_id)]
        figures = next((h for h in honour(lines) if h.member_id == member.id), None)
        return [Reply(card=lines_card(f"Referral fees: {display_name(member)}", figures,
                                      line_views(ctx.session, theirs), zone))]
    found = ctx.clients.match(ctx.session, about)
    if found.match is None:
        if found.candidates:
            names = "; ".join(plain(c.name) for c in found.candidates[:5])
            return [Reply(text=f"Which one? {plain(about)} could be: {names}. Write fees and the full name.")]
        return [Reply(text=f"No member or client is called {plain(about)}. Write fees and a client's name, or "
                           "@mention a member.")]
    named = client(ctx.session, found.match.client_id)
    theirs = [line for line in lines if line.client_id == named.id]
    return [Reply(card=lines_card(f"Referral fees: {named.name}", None, line_views(ctx.session, theirs), zone))]


def _record(ctx: Context, state: str) -> list[Reply]:
    subject = _subject_of(ctx.session, ctx.turn)
    if subject is None:
        return [Reply(text="That quote or won introduction is no longer on record.")]
    payee_id = ctx.turn.number("payee_id")
    reason = _text(ctx.turn.value.get(f"reason_{payee_id}")) if state == FeeState.no_fee else None
    problem = check_move(None, state, Actor(ctx.member.role, payer=ctx.member.id == subject.payer_id), reason)
    if problem:
        return [Reply(text=problem)]
    hold_subject(ctx.session, quote_id=subject.quote_id, referral_id=subject.referral_id)
    view = prompt_view(ctx.session, ctx.settings, subject)
    line = next((line for line in view.lines if line.member_id == payee_id), None)
    if line is None:
        return [Reply(text="That member does not hold this client, so Accord records no fee for them.")]
    if line.fee_state not in (None, FeeState.declined):
        return [Reply(text=f"A fee for {plain(line.name)} is already recorded here ({line.fee_state}).")]
    percent = None
    if state == FeeState.proposed:
        percent, problem = read_percent(ctx.turn.value.get(f"percent_{payee_id}", ctx.turn.value.get("percent")))
        if problem:
            return [Reply(text=problem)]
    row = add_fee(ctx.session, by=ctx.member.id, quote_id=subject.quote_id, client_id=subject.client_id,
                  payer_id=subject.payer_id, payee_id=payee_id, basis=line.bases[0], percent=percent, state=state,
                  reason=reason or None)
    told = _notify(ctx, row)
    return [Reply(card=prompt_card(prompt_view(ctx.session, ctx.settings, subject))),
            Reply(text=_done(row, line, told))]


def _move(ctx: Context, to: str) -> list[Reply]:
    row = fee(ctx.session, ctx.turn.number("fee_id"))
    if row is None:
        return [Reply(text="That fee is no longer on record.")]
    reason = _text(ctx.turn.value.get("reason")) if to == FeeState.declined else None
    actor = _actor(ctx.member, row)
    problem = check_move(row.state, to, actor, reason)
    if problem:
        return [Reply(text=problem)]
    if not move_fee(ctx.session, row, to, by=ctx.member.id, reason=reason):
        return [Reply(text=f"This fee changed at the same moment: it is now {row.state}.")]
    told = _notify(ctx, row)
    card = fee_card(fee_view(ctx.session, row), next_moves(row.state, actor), ctx.settings.zone)
    return [Reply(card=card), Reply(text=f"The fee is now {row.state}. {promises(told, 'the news')}".strip())]


def _notify(ctx: Context, row: Fee) -> list[delivery.Delivery]:
    return tell_parties(ctx.session, ctx.settings, row, by=ctx.member.id,
                        title=notice_title(display_name(ctx.member), row.state))


def _subject_of(session: Session, turn: Turn) -> Subject | None:
    """The quote or won introduction a prompt's button is about, as stored (the button names only its id)."""
    if turn.value.get("quote_id") is not None:
        row = quote(session, turn.number("quote_id"))
        return Subject(row.client_id, row.owner_id, quote_id=row.id) if row else None
    introduction = referral(session, turn.number("referral_id"))
    if introduction is None or introduction.state != ReferralState.won:
        return None
    return Subject(introduction.client_id, introduction.recipient_id, referral_id=introduction.id)


def _records(session: Session) -> list[FeeRecord]:
    records: dict[int, FeeRecord] = {}
    for fee_id, payer_id, payee_id, percent, state, at in fee_moves(session):
        record = records.setdefault(fee_id, FeeRecord(payer_id, payee_id, percent, {}))
        record.reached.setdefault(state, at)
    return list(records.values())


def _actor(member: Member, row: Fee) -> Actor:
    return Actor(member.role, payer=member.id == row.payer_id, payee=member.id == row.payee_id)


def _done(row: Fee, line: PromptLine, told: list[delivery.Delivery]) -> str:
    if row.state == FeeState.no_fee:
        return f"Recorded: no fee is due to {plain(line.name)}. {promises(told, 'your reason')}".strip()
    note = "" if within_guideline(row.percent) else " That is outside the 5 to 15% guideline, which is your call."
    return (f"Proposed {row.percent:g}% to {plain(line.name)}. "
            f"{promises(told, 'the proposal to accept')}{note}").replace("  ", " ")


def _activity(row: SummaryRow) -> int:
    return sum(t.proposed + t.no_fee for t in (row.all_time, row.received))


def _text(value) -> str:
    return str(value or "").replace("\x00", "").strip()[:1000]
