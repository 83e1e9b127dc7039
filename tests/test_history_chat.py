"""`history ClientCorp` in chat: every change the asker may see; in a channel, what everyone there may see."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from bot.rules.phrasings import HISTORY
from bot.rules.understanding import RUN, read
from cards.history import MAX_ROWS
from cards.understanding import Button, title
from storage.disputes import add_dispute, change, dispute
from storage.fees import add_fee
from storage.history import record_change
from storage.models import Quote
from storage.types import utcnow
from tests.support.builders import BO, DANA, DI, SAM
from tests.support.turns import readable, say, say_text
from tests.test_rules_understanding import answer

ACME = "Acme Holdings"
VALUE = "AUD 45,000"


async def quoted(accord) -> None:
    """Sam, a partner, records a quote for Acme: a partner quote, private to other partners."""
    assert "45,000" in await say_text(accord, f"quote {ACME} 45000", SAM)


async def test_the_quotes_owner_bd_and_directors_see_its_value_another_partner_sees_current_work(accord, network, db):
    await quoted(accord)
    with db.transaction() as session:
        number = session.exec(select(Quote.id)).one()  # PostgreSQL may skip ids: a sequence is not rolled back
    for who in (SAM, BO, DI):
        text = await say_text(accord, f"history {ACME}", who)
        assert f"History of {ACME}" in text and VALUE in text and "active quote" in text and f"Quote {number}" in text
    other = await say_text(accord, f"history {ACME}", DANA)
    assert "Sam Partner" in other and "current work" in other  # that Sam holds Acme is open to everyone
    assert "45,000" not in other and "Quote" not in other and "quote:" not in other and "active quote" not in other


async def test_in_a_channel_the_card_shows_what_everyone_there_may_see_whoever_asks(accord, network):
    await quoted(accord)
    text = await say_text(accord, f"history of {ACME}", DI, "channel")
    assert "what everyone here may see" in text and "current work" in text
    assert "45,000" not in text and "Quote 1" not in text


@pytest.mark.parametrize("phrase", ["what happened with Acme Holdings?", "show me the history for Acme Holdings",
                                    "history of Acme", "Acme Holdings history"])
async def test_the_ways_of_asking_reach_the_history(accord, network, phrase):
    assert f"History of {ACME}" in await say_text(accord, phrase, DANA)


@pytest.mark.parametrize("phrase", ["fee history", "history of fees", "what happened this fortnight?"])
def test_other_commands_history_words_stay_theirs(phrase):
    readings = read(phrase).readings
    assert not readings or readings[0].intent != "history"


@pytest.mark.parametrize(("text", "query"), [("what happened with Telstra?", "Telstra"), ("history Westpac", "Westpac"),
                                           ("Telstra history", "Telstra"), ("westpac history please", "westpac")])
def test_a_history_question_runs_for_the_client_it_names(text, query):
    decision = answer(text)
    assert (decision.kind, decision.intent, dict(decision.args)) == (RUN, HISTORY, {"query": query})


def test_two_clients_in_one_history_question_are_offered_each_as_a_history_button():
    options = answer("history of Westpac and CBA").options
    assert [(o.intent, o.client) for o in options] == [(HISTORY, "Westpac Banking Corporation"),
                                                       (HISTORY, "Commonwealth Bank of Australia")]
    assert title(Button(HISTORY, dict(options[1].args), options[1].client)).startswith("History of Commonwealth")


async def test_an_unknown_or_ambiguous_client_gets_one_line_and_nothing_else(accord, network, db):
    assert await say(accord, "history Delta", DANA) == ("No single client matches “Delta”. Did you mean: Delta Air "
                                                        "Lines; Delta Electronics?")
    unknown = await say(accord, "history Zorblax Widgets", DANA)
    assert isinstance(unknown, str) and unknown.startswith("No single client matches “Zorblax Widgets”.")


async def test_a_do_not_approach_contact_is_named_to_its_holder_bd_and_directors_only(accord, network):
    assert "John Doe" in await say_text(accord, f"dna add John Doe <john@acme.example> at {ACME}", SAM)
    for who in (SAM, BO, DI):
        text = readable(await say_text(accord, f"history {ACME}", who))
        assert "John Doe" in text and "john@acme.example" in text
    other = readable(await say_text(accord, f"history {ACME}", DANA))
    assert "a protected contact" in other and "John Doe" not in other and "john@acme" not in other


async def test_dispute_details_go_to_its_parties_and_directors_and_others_see_the_published_outcome(accord, network,
                                                                                                   db):
    dana, sam, di = (network.members[k].id for k in ("dana", "sam", "di"))
    with db.transaction() as session:
        row = add_dispute(session, client_id=network.clients["acme"].id, raised_by=dana, against_id=sam,
                          what="Sam approached my contact at Acme")
        dispute_id = row.id
    assert "Sam approached my contact" in await say_text(accord, f"history {ACME}", SAM)
    assert "Sam approached my contact" in await say_text(accord, f"history {ACME}", DI)
    assert f"Dispute {dispute_id}" not in await say_text(accord, f"history {ACME}", BO)

    with db.transaction() as session:  # resolved and published, as the coordinator's buttons do
        row = dispute(session, dispute_id)
        assert change(session, row, "resolved", by=di, expect={"state": "open"}, note="settled", state="resolved",
                      outcome="settled", summary="A 10% fee was agreed", resolved_at=utcnow())
        assert change(session, row, "published", by=di, expect={"published_at": None}, published_at=utcnow())
    bd = await say_text(accord, f"history {ACME}", BO)
    assert "A 10% fee was agreed" in bd and "settled" in bd and "Sam approached my contact" not in bd


async def test_the_newest_come_first_and_the_rest_are_counted(accord, network, db):
    with db.transaction() as session:
        for i in range(MAX_ROWS + 4):
            record_change(session, "client", network.clients["acme"].id, f"change {i:02d}", by=None,
                          after={"aliases": [f"Acme {i}"]})
    card = await say(accord, f"history {ACME}", DANA)
    text = json.dumps(card, ensure_ascii=False)
    assert text.index(f"change {MAX_ROWS + 3:02d}") < text.index(f"change {MAX_ROWS + 2:02d}")
    assert "change 00" not in text and "…and 4 more, older." in text


async def test_fee_history_is_open_to_everyone_without_naming_a_partner_quote(accord, network, db):
    await quoted(accord)
    with db.transaction() as session:
        quote = session.exec(select(Quote)).one()
        fee = add_fee(session, by=quote.owner_id, quote_id=quote.id, client_id=quote.client_id,
                      payer_id=quote.owner_id, payee_id=network.members["dana"].id, basis="introduction",
                      percent=10.0, state="proposed")
    for who in (DANA, BO):
        text = readable(await say_text(accord, f"history {ACME}", who))
        assert f"Referral fee {fee.id}** proposed · by Sam Partner" in text and "percent\n10%" in text
        assert "payee\nDana Partner" in text and "payer\nSam Partner" in text
    assert "Quote 1" not in await say_text(accord, f"history {ACME}", DANA)
