"""Referral fees: suggestions, the state machine, the deal owner's prompt, the card flow and the open history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update
from sqlmodel import select

from bot.rules.fees import (
    Actor,
    FeePercents,
    FeeRecord,
    HolderFact,
    Outcome,
    Owed,
    check_move,
    fee_holders,
    honour,
    member_tallies,
    next_moves,
    outcomes,
    prompt_due,
    read_percent,
    suggest_percent,
    tally,
)
from bot.services.fees import fees_from_splits, follow_up, prompt_for_quote
from cards import verbs
from storage import outbox
from storage.digest import unanswered_fees
from storage.history import changes, client_history
from storage.models import Change, Fee, FeePrompt, Quote
from storage.referrals import add_referral
from storage.registry import put_flag
from tests.support.builders import BO, DANA, DI, SAM, activity, mention_bot
from tests.support.turns import at_once, card_of, card_text, press_text, pressed, run, say_text, sent_to

PERCENTS = FeePercents(introduction=5, relationship=10, active_work=15)
T0 = datetime(2026, 11, 2, tzinfo=UTC)


# --- pure rules ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("bases, percent, why", [
    (["active project"], 15, "a relationship with active work"),
    (["active quote", "introduction"], 15, "a relationship with active work"),
    (["declared relationship"], 10, "an active relationship"),
    (["past project"], 10, "an active relationship"),
    (["do-not-approach"], 10, "an active relationship"),
    (["introduction", "past project"], 10, "an active relationship"),
    (["introduction"], 5, "an introduction"),
    (["referral"], 5, "an introduction"),
])
def test_the_suggestion_follows_the_strongest_tie(bases, percent, why):
    assert suggest_percent(bases, PERCENTS) == (percent, why)


def test_the_suggestion_uses_the_configured_percents():
    assert suggest_percent(["active project"], FeePercents(3, 7, 12))[0] == 12


def test_holders_are_grouped_without_the_payer_and_strongest_first():
    facts = [HolderFact(1, "Dana", "past project"), HolderFact(1, "Dana", "do-not-approach"),
             HolderFact(2, "Sam", "referral"), HolderFact(3, "Bo", "active quote"),
             HolderFact(4, "Di", "active project")]
    holders = fee_holders(facts, payer_id=3, percents=PERCENTS)
    assert [(h.member_id, h.bases, h.percent) for h in holders] == [
        (4, ("active project",), 15), (1, ("do-not-approach", "past project"), 10), (2, ("referral",), 5)]
    assert holders[1].basis == "do-not-approach"


PAYER, PAYEE, OTHER = Actor("partner", payer=True), Actor("partner", payee=True), Actor("partner")


@pytest.mark.parametrize("state, to, actor, reason, error", [
    (None, "proposed", PAYER, None, None),
    (None, "proposed", PAYEE, None, "Only the deal owner paying the fee, or a director or admin, can propose it."),
    (None, "no fee", PAYER, "they were paid on the last quote", None),
    (None, "no fee", PAYER, "  ", "Give a reason to record no fee."),
    (None, "agreed", PAYER, None, "A fee starts as proposed, or as no fee."),
    ("proposed", "agreed", PAYEE, None, None),
    ("proposed", "agreed", PAYER, None, "Only the member the fee is for, or a director or admin, can accept it."),
    ("proposed", "agreed", OTHER, None, "Only the member the fee is for, or a director or admin, can accept it."),
    ("proposed", "agreed", Actor("bd"), None, "Only the member the fee is for, or a director or admin, can accept it."),
    ("proposed", "agreed", Actor("director"), None, None),
    ("proposed", "declined", PAYEE, "too low", None),
    ("proposed", "declined", PAYEE, None, "Give a reason to decline it."),
    ("proposed", "paid", PAYER, None, "A proposed fee can next be agreed or declined, not paid."),
    ("proposed", "proposed", PAYER, None, "This fee is already proposed."),
    ("agreed", "invoiced", PAYEE, None, None),
    ("agreed", "invoiced", PAYER, None,
     "Only the member the fee is for, or a director or admin, can mark it invoiced."),
    ("agreed", "paid", PAYER, None, "An agreed fee can next be invoiced, not paid."),
    ("invoiced", "paid", PAYER, None, None),
    ("invoiced", "paid", PAYEE, None, "Only the deal owner paying the fee, or a director or admin, can mark it paid."),
    ("invoiced", "paid", Actor("admin"), None, None),
    ("paid", "declined", PAYEE, "x", "This fee is paid; it cannot change any more."),
    ("declined", "agreed", PAYEE, None, "This fee is declined; it cannot change any more."),
    ("no fee", "proposed", PAYER, None, "This fee is no fee; it cannot change any more."),
])
def test_the_fee_state_machine(state, to, actor, reason, error):
    assert check_move(state, to, actor, reason) == error


@pytest.mark.parametrize("state, actor, moves", [
    (None, PAYER, ["proposed", "no fee"]), ("proposed", PAYEE, ["agreed", "declined"]), ("proposed", PAYER, []),
    ("agreed", PAYEE, ["invoiced"]), ("invoiced", PAYER, ["paid"]), ("invoiced", PAYEE, []), ("paid", PAYER, []),
    ("proposed", Actor("director"), []),  # overseers may act, but their cards carry no buttons
])
def test_the_buttons_each_party_gets(state, actor, moves):
    assert next_moves(state, actor) == moves


@pytest.mark.parametrize("typed, percent, ok", [
    (10, 10, True), ("12.5", 12.5, True), (" 7% ", 7, True), ("0", None, False), ("-5", None, False),
    ("101", None, False), ("ten", None, False), (None, None, False), ("", None, False),
    ("0.001", None, False), ("nan", None, False), ("inf", None, False), ("12.499", 12.5, True),
])
def test_percents_typed_into_the_card(typed, percent, ok):
    value, problem = read_percent(typed)
    assert value == percent and (problem is None) == ok


def test_tallies_count_the_states_reached_in_a_window():
    day = timedelta(days=1)
    records = [
        FeeRecord(1, 2, 10, {"proposed": T0, "agreed": T0 + day, "invoiced": T0 + 2 * day, "paid": T0 + 20 * day}),
        FeeRecord(1, 3, 5, {"proposed": T0 + 15 * day, "declined": T0 + 16 * day}),
        FeeRecord(1, 2, None, {"no fee": T0 + 15 * day}),
        FeeRecord(2, 1, 15, {"proposed": T0 + 15 * day}),
    ]
    assert tally(records[:3]) == tally(records[:3], None, None)
    everything = tally(records[:3])
    assert (everything.proposed, everything.agreed, everything.paid, everything.declined, everything.no_fee,
            everything.average_percent) == (2, 1, 1, 1, 1, 7.5)
    window = tally(records[:3], T0 + 14 * day, T0 + 17 * day)
    assert (window.proposed, window.paid, window.declined, window.no_fee, window.average_percent) == (1, 0, 1, 1, 5)
    by_member = {t.member_id: t for t in member_tallies(records, since=T0 + 14 * day)}
    assert set(by_member) == {1, 2, 3}
    assert (by_member[1].period.proposed, by_member[1].all_time.proposed, by_member[1].period.paid) == (1, 2, 1)
    assert (by_member[2].received.proposed, by_member[2].received.paid, by_member[2].all_time.proposed) == (1, 1, 1)
    assert by_member[3].all_time.empty and by_member[3].received.declined == 1


# --- fee honour: pure figures -------------------------------------------------------------------------------------

DAY = timedelta(days=1)


def owed(quote: int, payee: int, state: str = "awaiting", day: int = 0, payer: int = 1) -> Owed:
    return Owed(quote, 100 + quote, payer, payee, state, T0 + day * DAY)


def fact(fee_id: int, quote: int | None, payee: int, state: str, percent: float | None, day: int,
         payer: int = 1) -> Outcome:
    return Outcome(quote, 100 + (quote or 0), payer, payee, state, percent, T0 + day * DAY, fee_id=fee_id)


# (prompts sent, fees recorded) -> (owed quotes, within, outside, declined, no fee, awaiting, unanswered) for payer 1
@pytest.mark.parametrize("prompts, fees, figures", [
    ([], [], None),
    ([owed(1, 2)], [], (1, 0, 0, 0, 0, 1, 0)),
    ([owed(1, 2, "unanswered", 14)], [], (1, 0, 0, 0, 0, 0, 1)),
    ([owed(1, 2), owed(1, 3)], [fact(1, 1, 2, "proposed", 10, 1)], (1, 1, 0, 0, 0, 1, 0)),
    ([owed(1, 2)], [fact(1, 1, 2, "paid", 15, 3)], (1, 1, 0, 0, 0, 0, 0)),
    ([owed(1, 2)], [fact(1, 1, 2, "agreed", 5, 3)], (1, 1, 0, 0, 0, 0, 0)),
    ([owed(1, 2)], [fact(1, 1, 2, "proposed", 4.99, 3)], (1, 0, 1, 0, 0, 0, 0)),
    ([owed(1, 2)], [fact(1, 1, 2, "invoiced", 20, 3)], (1, 0, 1, 0, 0, 0, 0)),
    ([owed(1, 2)], [fact(1, 1, 2, "declined", 3, 3)], (1, 0, 0, 1, 0, 0, 0)),
    ([owed(1, 2)], [fact(1, 1, 2, "no fee", None, 3)], (1, 0, 0, 0, 1, 0, 0)),
    # declined, then proposed again: the latest fee is the outcome
    ([owed(1, 2)], [fact(1, 1, 2, "declined", 3, 3), fact(2, 1, 2, "proposed", 10, 4)], (1, 1, 0, 0, 0, 0, 0)),
    # a late answer after the prompt went unanswered counts as the answer
    ([owed(1, 2, "unanswered", 14)], [fact(1, 1, 2, "no fee", None, 20)], (1, 0, 0, 0, 1, 0, 0)),
    # two quotes, three holders
    ([owed(1, 2), owed(1, 3), owed(2, 2, "unanswered")], [fact(1, 1, 3, "paid", 12, 2)], (2, 1, 0, 0, 0, 1, 1)),
    # a fee nobody was prompted about (a platform split, a won introduction) is a line but owed no decision
    ([], [fact(1, 5, 2, "agreed", 10, 1), fact(2, None, 3, "proposed", 30, 1)], (0, 1, 1, 0, 0, 0, 0)),
    # another payer's prompts and fees are theirs
    ([owed(1, 2, payer=9)], [fact(1, 1, 2, "paid", 10, 1, payer=9)], None),
])
def test_fee_honour_figures(prompts, fees, figures):
    mine = [h for h in honour(outcomes(prompts, fees)) if h.member_id == 1]
    if figures is None:
        assert mine == []
    else:
        (h,) = mine
        assert (h.owed_quotes, h.within, h.outside, h.declined, h.no_fee, h.awaiting, h.unanswered) == figures


def test_fee_lines_are_the_latest_outcome_per_holder_newest_first():
    lines = outcomes([owed(1, 2), owed(1, 3, day=1)], [fact(1, 1, 2, "declined", 3, 2), fact(2, 1, 2, "agreed", 9, 5)])
    assert [(o.payee_id, o.state, o.percent, o.at) for o in lines] == [(2, "agreed", 9, T0 + 5 * DAY),
                                                                       (3, "awaiting", None, T0 + DAY)]


@pytest.mark.parametrize("age_days, days, due", [
    (0, 14, (False, False)), (6.9, 14, (False, False)), (7, 14, (True, False)), (13.9, 14, (True, False)),
    (14, 14, (True, True)), (30, 14, (True, True)), (1, 2, (True, False)), (2, 2, (True, True)),
])
def test_a_prompt_is_reminded_half_way_and_unanswered_when_its_time_is_up(age_days, days, due):
    assert prompt_due(T0, T0 + timedelta(days=age_days), days) == due


# --- the prompt when a quote is created ---------------------------------------------------------------------------

def add_quote(db, settings, client_id: int, owner_id: int, prompt: bool = True) -> int:
    with db.transaction() as session:
        quote = Quote(client_id=client_id, owner_id=owner_id, value_cents=12_000_00)
        session.add(quote)
        session.flush()
        if prompt:
            prompt_for_quote(session, settings, quote)
        return quote.id


def card_in(message: dict) -> dict:
    return message["attachments"][0]["content"]


def buttons(card: dict) -> list[dict]:
    """Every button on a card, including those in action sets and inside show-cards."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            if str(node.get("type", "")).startswith("Action."):
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(card)
    return found


def test_a_quote_on_a_held_client_prompts_its_owner_with_every_other_holder(db, settings, network):
    m, cc = network.members, network.clients["clientcorp"].id
    with db.transaction() as session:  # Di introduced ClientCorp to Bo
        add_referral(session, client_id=cc, contact_name="Ann Lee", introducer_id=m["di"].id,
                     recipient_id=m["bo"].id, state="won")
    quote_id = add_quote(db, settings, cc, m["bo"].id)
    (message,) = sent_to(db, m["bo"].id, "fee-prompt")
    assert message["key"] == f"fee-prompt:quote:{quote_id}"
    text = card_text(card_in(message))
    assert "5 to 15%" in text
    assert "**Dana Partner** · do-not-approach, past project · suggested 10% (an active relationship)" in text
    assert "**Sam Partner** · declared relationship · suggested 10%" in text
    assert "**Di Director** · referral · suggested 5% (an introduction)" in text
    # Holders' names and bases only: the contacts behind them are not the deal owner's to see.
    assert "John Doe" not in text and "Mia Chen" not in text and "@" not in text
    titles = [b["title"] for b in buttons(card_in(message)) if b["type"] == "Action.ShowCard"]
    assert titles == ["Propose fee", "No fee"] * 3
    inputs = {b["card"]["body"][0]["id"]: b["card"]["body"][0] for b in buttons(card_in(message))
              if b["type"] == "Action.ShowCard"}
    dana = inputs[f"percent_{m['dana'].id}"]
    assert (dana["type"], dana["value"], dana["isRequired"]) == ("Input.Number", 10, True)
    assert inputs[f"reason_{m['dana'].id}"]["isRequired"] is True
    propose = next(b for b in buttons(card_in(message)) if b.get("verb") == verbs.FEE_PROPOSE)
    assert propose["data"] == {"verb": verbs.FEE_PROPOSE, "quote_id": quote_id, "payee_id": m["sam"].id}


def test_the_owner_is_not_their_own_holder_and_the_prompt_goes_once(db, settings, network):
    m, cc = network.members, network.clients["clientcorp"].id
    quote_id = add_quote(db, settings, cc, m["dana"].id)
    with db.transaction() as session:
        prompt_for_quote(session, settings, session.get(Quote, quote_id))  # a retried call
    (message,) = sent_to(db, m["dana"].id, "fee-prompt")
    text = card_text(card_in(message))
    assert "Sam Partner" in text and "Dana Partner" not in text


@pytest.mark.parametrize("flag, expected", [
    (None, None),
    ("do-not-approach", "**Sam Partner** · do-not-approach · suggested 10%"),
    ("active project", "**Sam Partner** · active project · suggested 15%"),
    ("introduction", "**Sam Partner** · introduction · suggested 5%"),
])
def test_holders_by_flag_or_do_not_approach_entry_and_nobody_means_no_card(db, settings, network, flag, expected):
    m, acme = network.members, network.clients["acme"].id
    if flag:
        with db.transaction() as session:
            put_flag(session, None, by=None, via="test", client_id=acme, holder_id=m["sam"].id, basis=flag)
    add_quote(db, settings, acme, m["bo"].id)
    prompts = sent_to(db, m["bo"].id, "fee-prompt")
    if expected is None:
        assert prompts == []
    else:
        (prompt,) = prompts
        assert expected in card_text(card_in(prompt))


# --- the decisions a prompt leaves owed, the reminder and unanswered ---------------------------------------------

def owed_rows(db) -> list[FeePrompt]:
    with db.transaction() as session:
        return list(session.exec(select(FeePrompt).order_by(FeePrompt.payee_id)))


def follow_up_at(db, settings, now: datetime) -> int:
    with db.transaction() as session:
        return follow_up(session, settings, now)


def test_a_prompt_leaves_one_awaiting_decision_per_holder_once(db, settings, network):
    m, cc = network.members, network.clients["clientcorp"].id
    quote_id = add_quote(db, settings, cc, m["bo"].id)
    with db.transaction() as session:
        prompt_for_quote(session, settings, session.get(Quote, quote_id))  # a retried call
    rows = owed_rows(db)
    assert sorted((r.payee_id, r.payer_id, r.quote_id, r.client_id, r.state) for r in rows) == sorted(
        [(m["dana"].id, m["bo"].id, quote_id, cc, "awaiting"), (m["sam"].id, m["bo"].id, quote_id, cc, "awaiting")])
    assert history_of(db, "fee_prompt", rows[0].id) == [("awaiting", None)]
    assert fee_rows(db) == []  # nothing is a fee until the deal owner decides


def test_no_holder_means_no_decision_owed(db, settings, network):
    add_quote(db, settings, network.clients["acme"].id, network.members["bo"].id)
    assert owed_rows(db) == []


async def test_the_owner_is_reminded_once_half_way_then_undecided_holders_are_unanswered(accord, db, settings,
                                                                                        network):
    m, cc = network.members, network.clients["clientcorp"].id
    quote_id = add_quote(db, settings, cc, m["bo"].id)
    sam, dana = m["sam"].id, m["dana"].id
    await press_text(accord, verbs.FEE_PROPOSE, BO, quote_id=quote_id, payee_id=sam, **{f"percent_{sam}": 10})
    sent = owed_rows(db)[0].prompted_at
    assert follow_up_at(db, settings, sent + timedelta(days=6)) == 0
    assert sent_to(db, m["bo"].id, "fee-reminder") == []
    assert follow_up_at(db, settings, sent + timedelta(days=7)) == 1
    assert follow_up_at(db, settings, sent + timedelta(days=8)) == 0  # once only
    (reminder,) = sent_to(db, m["bo"].id, "fee-reminder")
    assert reminder["key"] == f"fee-reminder:quote:{quote_id}"
    text = card_text(card_in(reminder))
    assert "A reminder: record a fee, or no fee, for each holder by" in text and "12,000" not in text
    assert "Fee of 10%: proposed" in text  # Sam's fee is decided; Dana's is still asked for
    assert follow_up_at(db, settings, sent + timedelta(days=14)) == 1
    assert follow_up_at(db, settings, sent + timedelta(days=15)) == 0
    states = {r.payee_id: r.state for r in owed_rows(db)}
    assert states == {dana: "unanswered", sam: "awaiting"}  # Sam's decision is the fee itself
    (dana_row,) = [r for r in owed_rows(db) if r.payee_id == dana]
    assert history_of(db, "fee_prompt", dana_row.id) == [("awaiting", None), ("unanswered", None)]
    with db.transaction() as session:  # kept with the client's evidence (`accord history CLIENT`)
        logged = [(e.subject, e.subject_id, e.action) for e in client_history(session, cc)]
    assert ("fee_prompt", dana_row.id, "unanswered") in logged
    fortnight = (sent, sent + timedelta(days=15))
    assert [r.id for r in unanswered(db, *fortnight)] == [dana_row.id]  # the digest's "unanswered"
    # A late answer is still recorded, and counts: the digest no longer lists it as unanswered.
    answer = await press_text(accord, verbs.FEE_NO_FEE, BO, quote_id=quote_id, payee_id=dana,
                              **{f"reason_{dana}": "Dana agreed to pass on this one"})
    assert "You recorded no fee" in answer
    assert unanswered(db, *fortnight) == []


def unanswered(db, start, end) -> list:
    with db.transaction() as session:
        return unanswered_fees(session, start, end)


def test_the_scheduled_job_runs_the_follow_up_in_its_own_transaction(accord, db, settings, network):
    m = network.members
    add_quote(db, settings, network.clients["clientcorp"].id, m["bo"].id)
    sent = owed_rows(db)[0].prompted_at
    assert accord.follow_up_fee_prompts(sent + timedelta(days=settings.fee_prompt_days)) == 2
    assert {r.state for r in owed_rows(db)} == {"unanswered"}
    assert sent_to(db, m["bo"].id, "fee-reminder") == []  # past its time, a reminder would come too late


def history_of(db, subject: str, subject_id: int) -> list[tuple[str, int | None]]:
    with db.transaction() as session:
        return [(c.action, c.changed_by) for c in changes(session, subject, subject_id)]


# --- proposing and answering through the cards --------------------------------------------------------------------

def fee_rows(db) -> list[Fee]:
    with db.transaction() as session:
        return list(session.exec(select(Fee).order_by(Fee.id)))


def history(db, fee_id: int) -> list[tuple[str, int | None, str | None]]:
    with db.transaction() as session:
        return [(c.action, c.changed_by, c.note) for c in changes(session, "fee", fee_id)]


async def test_propose_accept_invoice_pay_with_the_right_members_only(accord, db, settings, network):
    m, cc = network.members, network.clients["clientcorp"].id
    quote_id = add_quote(db, settings, cc, m["bo"].id)
    sam = m["sam"].id

    assert "Only the deal owner" in await press_text(accord, verbs.FEE_PROPOSE, DANA, quote_id=quote_id, payee_id=sam,
                                                     **{f"percent_{sam}": 10})
    assert "percent of the quote above 0" in await press_text(accord, verbs.FEE_PROPOSE, BO, quote_id=quote_id,
                                                              payee_id=sam, **{f"percent_{sam}": "lots"})
    assert fee_rows(db) == []

    answer = await press_text(accord, verbs.FEE_PROPOSE, BO, quote_id=quote_id, payee_id=sam, **{f"percent_{sam}": 12})
    assert "Fee of 12%: proposed, awaiting an answer." in answer  # the prompt, redrawn
    (fee,) = fee_rows(db)
    assert (fee.payer_id, fee.payee_id, fee.percent, fee.state, fee.basis, fee.quote_id) == (
        m["bo"].id, sam, 12, "proposed", "declared relationship", quote_id)
    (offer,) = sent_to(db, sam, f"fee:{fee.id}")
    assert card_in(offer)["body"][0]["text"] == "Bo Business proposes a referral fee to you"
    assert [b["title"] for b in card_in(offer)["actions"]] == ["Accept", "Decline"]
    assert "12% of the quote" in card_text(card_in(offer)) and "12,000" not in card_text(card_in(offer))
    assert "already recorded" in await press_text(accord, verbs.FEE_PROPOSE, BO, quote_id=quote_id, payee_id=sam,
                                                  **{f"percent_{sam}": 15})

    assert "Only the member the fee is for" in await press_text(accord, verbs.FEE_ACCEPT, DANA, fee_id=fee.id)
    assert "Only the member the fee is for" in await press_text(accord, verbs.FEE_ACCEPT, BO, fee_id=fee.id)
    assert "State\nAgreed" in await press_text(accord, verbs.FEE_ACCEPT, SAM, fee_id=fee.id)
    (agreed,) = sent_to(db, m["bo"].id, f"fee:{fee.id}:agreed")
    assert card_in(agreed)["body"][0]["text"] == "Sam Partner accepted the referral fee"
    assert "actions" not in card_in(agreed)  # nothing for the payer to do until it is invoiced

    assert "can next be invoiced, not paid" in await press_text(accord, verbs.FEE_ADVANCE, BO, fee_id=fee.id, to="paid")
    assert "Only the member the fee is for" in await press_text(accord, verbs.FEE_ADVANCE, BO, fee_id=fee.id,
                                                               to="invoiced")
    assert "Invoiced" in await press_text(accord, verbs.FEE_ADVANCE, SAM, fee_id=fee.id, to="invoiced")
    (invoiced,) = sent_to(db, m["bo"].id, f"fee:{fee.id}:invoiced")
    assert [b["title"] for b in card_in(invoiced)["actions"]] == ["Mark paid"]
    assert "Only the deal owner" in await press_text(accord, verbs.FEE_ADVANCE, SAM, fee_id=fee.id, to="paid")
    assert "Paid" in await press_text(accord, verbs.FEE_ADVANCE, BO, fee_id=fee.id, to="paid")
    assert "This fee is already paid." == await press_text(accord, verbs.FEE_ADVANCE, BO, fee_id=fee.id, to="paid")
    assert "This fee is paid; it cannot change any more." == await press_text(accord, verbs.FEE_ADVANCE, SAM,
                                                                              fee_id=fee.id, to="invoiced")
    assert "not a state" in await press_text(accord, verbs.FEE_ADVANCE, BO, fee_id=fee.id, to="<at>x</at>")

    assert history(db, fee.id) == [("proposed", m["bo"].id, None), ("agreed", sam, None), ("invoiced", sam, None),
                                   ("paid", m["bo"].id, None)]
    with db.transaction() as session:
        last = changes(session, "fee", fee.id)[-1]
    assert (last.before["state"], last.after["state"]) == ("invoiced", "paid")
    assert [k["key"] for k in sent_to(db, sam, f"fee:{fee.id}")] == [f"fee:{fee.id}:proposed:{sam}",
                                                                     f"fee:{fee.id}:paid:{sam}"]


async def test_a_decline_needs_a_reason_and_the_owner_may_propose_again(accord, db, settings, network):
    m, cc = network.members, network.clients["clientcorp"].id
    quote_id = add_quote(db, settings, cc, m["bo"].id)
    dana = m["dana"].id
    answer = await press_text(accord, verbs.FEE_PROPOSE, BO, quote_id=quote_id, payee_id=dana, **{f"percent_{dana}": 3})
    assert "3%" in answer
    (fee,) = fee_rows(db)
    assert "Give a reason to decline it." in await press_text(accord, verbs.FEE_DECLINE, DANA, fee_id=fee.id,
                                                             reason=" ")
    assert "Declined" in await press_text(accord, verbs.FEE_DECLINE, DANA, fee_id=fee.id, reason="Below the guideline")
    (told,) = sent_to(db, m["bo"].id, f"fee:{fee.id}:declined")
    assert "Below the guideline" in card_text(card_in(told))
    assert history(db, fee.id)[-1] == ("declined", dana, "Below the guideline")
    again = await press_text(accord, verbs.FEE_PROPOSE, BO, quote_id=quote_id, payee_id=dana, **{f"percent_{dana}": 10})
    assert "Fee of 10%: proposed" in again
    assert [f.state for f in fee_rows(db)] == ["declined", "proposed"]


async def test_no_fee_is_recorded_by_the_owner_with_a_reason_and_the_holder_is_told(accord, db, settings, network):
    m, cc = network.members, network.clients["clientcorp"].id
    quote_id = add_quote(db, settings, cc, m["bo"].id)
    sam = m["sam"].id
    assert "Give a reason to record no fee." in await press_text(accord, verbs.FEE_NO_FEE, BO, quote_id=quote_id,
                                                                 payee_id=sam)
    assert "Only the deal owner" in await press_text(accord, verbs.FEE_NO_FEE, SAM, quote_id=quote_id, payee_id=sam,
                                                     **{f"reason_{sam}": "mine"})
    answer = await press_text(accord, verbs.FEE_NO_FEE, BO, quote_id=quote_id, payee_id=sam,
                              **{f"reason_{sam}": "The client came through a **public** tender"})
    assert "You recorded no fee: The client came through a \\*\\*public\\*\\* tender" in answer
    (fee,) = fee_rows(db)
    assert (fee.state, fee.payee_id, fee.percent) == ("no fee", sam, None)
    (told,) = sent_to(db, sam, f"fee:{fee.id}")
    assert card_in(told)["body"][0]["text"] == "Bo Business recorded that no referral fee is due"
    assert "actions" not in card_in(told)
    assert history(db, fee.id) == [("no fee", m["bo"].id, "The client came through a **public** tender")]
    assert "does not hold this client" in await press_text(accord, verbs.FEE_NO_FEE, BO, quote_id=quote_id,
                                                           payee_id=m["ada"].id, **{f"reason_{m['ada'].id}": "x"})


async def test_a_director_may_make_a_legal_move_for_a_party_and_both_parties_hear(accord, db, settings, network):
    m, cc = network.members, network.clients["clientcorp"].id
    quote_id = add_quote(db, settings, cc, m["bo"].id)
    sam = m["sam"].id
    await press_text(accord, verbs.FEE_PROPOSE, BO, quote_id=quote_id, payee_id=sam, **{f"percent_{sam}": 20})
    (fee,) = fee_rows(db)
    assert "can next be agreed or declined" in await press_text(accord, verbs.FEE_ADVANCE, DI, fee_id=fee.id, to="paid")
    await press_text(accord, verbs.FEE_ACCEPT, DI, fee_id=fee.id)
    assert history(db, fee.id)[-1] == ("agreed", m["di"].id, None)
    assert len(sent_to(db, m["bo"].id, f"fee:{fee.id}:agreed")) == 1
    (to_sam,) = sent_to(db, sam, f"fee:{fee.id}:agreed")
    assert [b["title"] for b in card_in(to_sam)["actions"]] == ["Mark invoiced"]


async def test_outside_the_guideline_is_recorded_with_a_note(accord, db, settings, network):
    m, cc = network.members, network.clients["clientcorp"].id
    quote_id = add_quote(db, settings, cc, m["bo"].id)
    sam = m["sam"].id
    sent, _ = await run(accord, activity(value={"verb": verbs.FEE_PROPOSE, "quote_id": quote_id, "payee_id": sam,
                                                f"percent_{sam}": "20"}, sender=BO))
    assert "outside the 5 to 15% guideline" in sent[1].text
    assert fee_rows(db)[0].percent == 20


# --- the open history ---------------------------------------------------------------------------------------------

async def test_fees_shows_everyone_each_members_fees_this_period_and_all_time(accord, db, settings, network):
    m, cc = network.members, network.clients["clientcorp"].id
    quote_id = add_quote(db, settings, cc, m["bo"].id)
    sam, dana = m["sam"].id, m["dana"].id
    await press_text(accord, verbs.FEE_PROPOSE, BO, quote_id=quote_id, payee_id=sam, **{f"percent_{sam}": 10})
    await press_text(accord, verbs.FEE_PROPOSE, BO, quote_id=quote_id, payee_id=dana, **{f"percent_{dana}": 15})
    first, second = fee_rows(db)
    await press_text(accord, verbs.FEE_ACCEPT, SAM, fee_id=first.id)
    await press_text(accord, verbs.FEE_DECLINE, DANA, fee_id=second.id, reason="no")
    with db.transaction() as session:  # the first proposal was made months ago, before this period
        session.execute(update(Change).where(Change.subject == "fee", Change.subject_id == first.id,
                                             Change.action == "proposed")
                        .values(changed_at=datetime.now(UTC) - timedelta(days=120)))
    sent, _ = await run(accord, activity("channel", text=mention_bot("fees"), sender=SAM))
    card = card_of(sent[0])
    text = card_text(card)
    facts = {(block_title, f["title"]): f["value"] for block_title, f in _facts_by_member(card)}
    assert facts[("Bo Business", "All time")] == ("2 proposed · 1 agreed · 0 invoiced · 0 paid · 1 declined · 0 no fee"
                                                  " · average 12.5%")
    assert facts[("Bo Business", "Offered to them")] == "none"
    period = next(title for (name, title) in facts if name == "Bo Business" and title.startswith("This fortnight"))
    assert facts[("Bo Business", period)] == ("1 proposed · 1 agreed · 0 invoiced · 0 paid · 1 declined · 0 no fee"
                                              " · average 15%")
    assert facts[("Sam Partner", "Offered to them")].startswith("1 proposed · 1 agreed")
    assert facts[("Dana Partner", "All time")] == "none"
    assert "12,000" not in text and "12000" not in text


def _facts_by_member(card: dict):
    name = None
    for block in card["body"]:
        if block["type"] == "TextBlock" and block["text"].startswith("**"):
            name = block["text"].strip("*")
        if block["type"] == "FactSet":
            for fact in block["facts"]:
                yield name, fact


async def test_fees_with_nothing_recorded_says_so(accord, network):
    sent, _ = await run(accord, activity(text="fees", sender=DANA))
    assert "No referral fees are on record yet." in card_text(card_of(sent[0]))


async def test_fees_shows_each_deal_owners_fee_honour_and_latest_lines(accord, db, settings, network):
    m, cc = network.members, network.clients["clientcorp"].id
    quote_id = add_quote(db, settings, cc, m["bo"].id)
    sam = m["sam"].id
    await press_text(accord, verbs.FEE_PROPOSE, BO, quote_id=quote_id, payee_id=sam, **{f"percent_{sam}": 10})
    await press_text(accord, verbs.FEE_ACCEPT, SAM, fee_id=fee_rows(db)[0].id)
    sent, _ = await run(accord, activity(text="fees", sender=DANA))
    card = card_of(sent[0])
    facts = {(name, f["title"]): f["value"] for name, f in _facts_by_member(card)}
    assert facts[("Bo Business", "Fee honour")] == ("1 quote owed · 1 within · 0 outside · 0 declined · 0 no fee · "
                                                    "1 awaiting · 0 unanswered")
    text = card_text(card)
    assert "ClientCorp Pty Ltd · Bo Business → Sam Partner · 10% · Agreed · " in text
    assert "ClientCorp Pty Ltd · Bo Business → Dana Partner · - · Awaiting the deal owner's decision · " in text


async def test_fees_about_a_member_or_a_client_shows_all_their_lines(accord, db, settings, network):
    m, cc = network.members, network.clients["clientcorp"].id
    quote_id = add_quote(db, settings, cc, m["bo"].id)
    dana = m["dana"].id
    await press_text(accord, verbs.FEE_NO_FEE, BO, quote_id=quote_id, payee_id=dana,
                     **{f"reason_{dana}": "Dana passed the work on herself"})
    follow_up_at(db, settings, owed_rows(db)[0].prompted_at + timedelta(days=14))  # Sam's decision went unanswered
    for typed in ("fees Bo Business", "fees for bo@network.example", "fees ClientCorp"):
        sent, _ = await run(accord, activity(text=typed, sender=SAM))
        text = card_text(card_of(sent[0]))
        assert "Bo Business → Dana Partner · - · No fee · " in text, typed
        assert "Bo Business → Sam Partner · - · Unanswered · " in text, typed
    sent, _ = await run(accord, activity(text="fees Bo Business", sender=SAM))
    card = card_of(sent[0])
    assert card["body"][0]["text"] == "Referral fees: Bo Business"
    assert "1 quote owed · 0 within · 0 outside · 0 declined · 1 no fee · 0 awaiting · 1 unanswered" in card_text(card)
    # A mention finds the member by their Teams id, whatever name the tag shows.
    mention = {"type": "mention", "text": "<at>Sammy</at>", "mentioned": {"id": SAM["id"], "name": "Sammy"}}
    sent, _ = await run(accord, activity(text="fees <at>Sammy</at>", sender=DANA, entities=[mention]))
    card = card_of(sent[0])
    assert card["body"][0]["text"] == "Referral fees: Sam Partner"
    assert "Bo Business → Sam Partner · - · Unanswered · " in card_text(card)


@pytest.mark.parametrize("typed, says", [
    ("fees Delta", "Which one? Delta could be: Delta Air Lines; Delta Electronics"),
    ("fees Zebra Unicorn Labs", "No member or client is called Zebra Unicorn Labs."),
    ("fees for **Nobody**", "No member or client is called \\*\\*Nobody\\*\\*."),
])
async def test_fees_about_something_unclear_says_so_plainly(accord, db, network, typed, says):
    answer = await say_text(accord, typed, DANA)
    assert says in answer


async def test_another_partner_never_sees_a_partner_quotes_value_or_status_in_fees(accord, db, settings, network):
    m, cc = network.members, network.clients["clientcorp"].id
    with db.transaction() as session:  # Sam, a partner, quotes ClientCorp (which Dana holds) for 45,678.90
        quote = Quote(client_id=cc, owner_id=m["sam"].id, value_cents=4_567_890, status="submitted",
                      partner_quote=True)
        session.add(quote)
        session.flush()
        prompt_for_quote(session, settings, quote)
        fees_from_splits(session, settings, quote, [(m["dana"].id, "referral_fee", 12.5)])
    for typed in ("fees", "fees Sam Partner", "fees ClientCorp", "fees Dana Partner"):
        sent, _ = await run(accord, activity(text=typed, sender=BO if typed == "fees" else DANA))
        text = card_text(card_of(sent[0]))
        assert "Sam Partner → Dana Partner · 12.5% · Agreed" in text, typed
        assert not any(secret in text for secret in ("45,678", "45678", "4567890", "submitted", "AUD")), typed


@pytest.mark.parametrize("verb, data, says", [
    (verbs.FEE_ACCEPT, {"fee_id": 2**40}, "That fee is no longer on record."),
    (verbs.FEE_ADVANCE, {"fee_id": "1; drop", "to": "paid"}, "That fee is no longer on record."),
    (verbs.FEE_DECLINE, {}, "That fee is no longer on record."),
    (verbs.FEE_PROPOSE, {"quote_id": 10**20, "payee_id": 2}, "That quote or won introduction is no longer on record."),
    (verbs.FEE_NO_FEE, {"referral_id": -1, "payee_id": 2}, "That quote or won introduction is no longer on record."),
])
async def test_garbled_or_out_of_range_ids_on_a_button_are_refused_plainly(accord, db, network, verb, data, says):
    assert await press_text(accord, verb, BO, **data) == says
    assert fee_rows(db) == []


def test_every_prompt_is_an_outbox_message_for_the_owner(db, settings, network):
    m = network.members
    quote_id = add_quote(db, settings, network.clients["clientcorp"].id, m["bo"].id)
    with db.transaction() as session:
        row = outbox.by_key(session, f"fee-prompt:quote:{quote_id}")
    assert (row.member_id, row.state) == (m["bo"].id, "pending")


# --- two presses at the same moment -------------------------------------------------------------------------------

def test_two_propose_presses_at_the_same_moment_record_one_fee(accord, db, settings, network):
    m, cc = network.members, network.clients["clientcorp"].id
    quote_id = add_quote(db, settings, cc, m["bo"].id)
    sam = m["sam"].id
    first, second = at_once(accord, db, pressed(BO, verbs.FEE_PROPOSE, quote_id=quote_id, payee_id=sam,
                                                **{f"percent_{sam}": 10}),
                            pressed(BO, verbs.FEE_PROPOSE, quote_id=quote_id, payee_id=sam, **{f"percent_{sam}": 12}))
    assert first[-1].text.startswith("Proposed 10% to Sam Partner")
    assert [r.text for r in second] == ["A fee for Sam Partner is already recorded here (proposed)."]
    (fee,) = fee_rows(db)
    assert (fee.percent, fee.state) == (10, "proposed")
    assert history(db, fee.id) == [("proposed", m["bo"].id, None)]
    assert [k["key"] for k in sent_to(db, sam, "fee:")] == [f"fee:{fee.id}:proposed:{sam}"]


def test_accept_and_decline_at_the_same_moment_only_the_first_counts(accord, db, settings, network):
    m, cc = network.members, network.clients["clientcorp"].id
    quote_id = add_quote(db, settings, cc, m["bo"].id)
    sam = m["sam"].id
    accord.handle(pressed(BO, verbs.FEE_PROPOSE, quote_id=quote_id, payee_id=sam, **{f"percent_{sam}": 10}))
    (fee,) = fee_rows(db)
    first, second = at_once(accord, db, pressed(SAM, verbs.FEE_ACCEPT, fee_id=fee.id),
                            pressed(DI, verbs.FEE_DECLINE, fee_id=fee.id, reason="too high"))
    assert first[-1].text == "The fee is now agreed. Bo Business will get the news in Teams."
    assert [r.text for r in second] == ["This fee changed at the same moment: it is now agreed."]
    assert [f.state for f in fee_rows(db)] == ["agreed"]
    assert history(db, fee.id) == [("proposed", m["bo"].id, None), ("agreed", sam, None)]
    assert sent_to(db, sam, f"fee:{fee.id}:declined") == [] and sent_to(db, m["bo"].id, f"fee:{fee.id}:declined") == []
