"""The pieces features share: ids from card data, by-id look-ups, member names, the no-client message, dates,
basis ranks, and chat messages Teams delivers twice."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError
from sqlmodel import select

from bot.rules.enquiries import FIRST_TO_HEAR
from bot.rules.ownership import BASIS_ORDER, DNA, rank
from bot.rules.quotes import EXTERNAL_ID_MAX, chat_external_id
from bot.turn import Place, Turn, User, number
from bot.webhooks import QuoteIn
from cards import verbs
from cards.base import MOMENT, no_client, no_client_text, shown
from storage import outbox
from storage.approaches import approach, consent
from storage.db import MAX_ID, get
from storage.disputes import dispute
from storage.enquiries import enquiry
from storage.fees import fee
from storage.members import display_name, member_by_id
from storage.models import Client, Member, OutboxMessage, Quote, Referral
from storage.quotes import quote
from storage.referrals import referral
from storage.registry import client, flag
from tests.support.builders import BO, DANA, SAM, activity
from tests.support.turns import card_of, card_text, press, press_text, run, say_text

SYDNEY = ZoneInfo("Australia/Sydney")
HOSTILE = "**Evil** [x](evil.example) &lt;at&gt;Boss&lt;/at&gt; _Ltd_"  # as Teams sends typed "<at>"


# --- ids from card data and commands ----------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    (7, 7), ("7", 7), ("007", 7), (0, 0), (-3, -3), ("9" * 30, int("9" * 30)),
    (None, None), (True, None), (False, None), (7.0, None), ("7.0", None), ("1e3", None), (" 7", None),
    ("-3", None), ("+7", None), ("", None), ("١٢", None), ("７", None), ([7], None), ({"id": 7}, None),
    ("9" * 31, None), ("1" * 5000, None),  # Python refuses to convert that many digits
])
def test_a_number_is_an_int_or_ascii_digits_and_nothing_else(value, expected):
    assert number(value) == expected
    turn = Turn("action", User("29:x"), Place("a:x", "personal", "https://x"), value={"id": value})
    assert turn.number("id") == expected and turn.number("missing") is None


LOOKUPS = [client, flag, enquiry, member_by_id, approach, consent, quote, fee, referral, dispute, outbox.message]


@pytest.mark.parametrize("lookup", LOOKUPS, ids=lambda f: f"{f.__module__}.{f.__name__}")
@pytest.mark.parametrize("row_id", [None, 0, -1, MAX_ID + 1, 10**40, True])
def test_a_lookup_by_an_id_no_row_can_have_is_none_not_a_database_error(db, lookup, row_id):
    with db.transaction() as session:
        assert lookup(session, row_id) is None


def test_get_finds_the_row_an_id_names(db, network):
    acme = network.clients["acme"].id
    with db.transaction() as session:
        assert get(session, Client, acme).name == "Acme Holdings"
        assert get(session, Client, MAX_ID) is None and get(session, Client, str(acme)) is None


@pytest.mark.parametrize("garble", [float, lambda i: f"{i}.0", lambda i: f"{i}e0", lambda i: f" {i}", lambda i: True,
                                    lambda i: i + 2**40, lambda i: "one"])
async def test_garbled_card_data_names_no_client(accord, network, garble):
    # Each would have found a client (True is 1 on SQLite's fresh ids) when ids were read with int().
    client_id = garble(network.clients["clientcorp"].id)
    answer = await press_text(accord, verbs.WHO_OWNS_REFRESH, DANA, client_id=client_id)
    assert answer == "That client is no longer in the registry."


async def test_card_data_with_the_id_as_digits_finds_the_client(accord, network):
    answer = await press(accord, verbs.WHO_OWNS_REFRESH, DANA, client_id=str(network.clients["acme"].id))
    assert "Acme Holdings" in card_text(answer)


async def test_a_command_with_thousands_of_digits_gets_an_answer(accord, network):
    digits = "1" * 5000
    assert (await say_text(accord, f"dna remove {digits}", DANA)).endswith("is not on your do-not-approach list "
                                                                           "(see: dna list).")
    assert await say_text(accord, f"dispute {digits}", DANA) == "That dispute is not found, or not yours to see."


# --- member names ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("member, expected", [
    (Member(name="Dana Partner", email="dana@network.example"), "Dana Partner"),
    (Member(name="", email="dana@network.example"), "dana@network.example"),
    (Member(name=""), "a member"),
    (None, "a member"),
])
def test_a_member_is_named_by_name_then_email(member, expected):
    assert display_name(member) == expected


# --- no single client matches ------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed, names, otherwise, expected", [
    ("Delta", ["Delta Air Lines", "Delta Electronics"], None,
     "No single client matches “Delta”. Did you mean: Delta Air Lines; Delta Electronics?"),
    ("Zebra", [], None, "No single client matches “Zebra”. Ask an admin to import the client first."),
    ("Zebra", [], "Leave it empty.", "No single client matches “Zebra”. Leave it empty."),
    ("A", [f"A{n}" for n in range(9)], None, "No single client matches “A”. Did you mean: A0; A1; A2; A3; A4?"),
])
def test_the_no_client_message(typed, names, otherwise, expected):
    extra = (otherwise,) if otherwise else ()
    assert no_client_text(typed, names, *extra) == expected
    assert no_client(typed, names, *extra) == expected  # nothing in these needs escaping


def test_the_no_client_message_shows_typed_text_and_names_literally():
    said = no_client("**Evil** <at>Boss</at> evil.example", ["[Co](https://x.example)"])
    assert said == ("No single client matches “\\*\\*Evil\\*\\* \\<at\\>Boss\\</at\\> evil.\u2060example”. "
                    "Did you mean: \\[Co\\]\\(https:\u2060//x.\u2060example\\)?")


async def test_hostile_typed_text_is_shown_literally_in_the_approach_reply(accord, network):
    reply = await say_text(accord, f"approach {HOSTILE}", BO)
    assert reply.startswith("No single client matches “\\*\\*Evil\\*\\* \\[x\\]\\(evil.\u2060example\\) "
                            "\\<at\\>Boss\\</at\\> \\_Ltd\\_”.")
    assert "<at>" not in reply and "**" not in reply and "](" not in reply and "evil.example" not in reply


async def test_hostile_typed_text_is_shown_literally_on_the_approach_form(accord, network):
    form = await press(accord, verbs.APPROACH_RECORD, BO, client="**Evil** <at>Boss</at>")
    (error,) = [b["text"] for b in form["body"] if b.get("color") == "Attention"]
    assert error == "No single client matches “\\*\\*Evil\\*\\* \\<at\\>Boss\\</at\\>”. Ask an admin to import the " \
                    "client first."


# --- dates, basis ranks --------------------------------------------------------------------------------------------

def test_a_moment_is_shown_in_the_networks_zone():
    moment = datetime(2026, 3, 1, 22, 5, tzinfo=UTC)  # 2 March, 09:05 in Sydney
    assert shown(moment, SYDNEY) == "2 Mar 2026"
    assert shown(moment, SYDNEY, MOMENT) == "2 Mar 2026 09:05 AEDT"
    assert shown(moment, SYDNEY, "%-d %b") == "2 Mar" and shown(None, SYDNEY) == ""


def test_a_basis_ranks_by_the_order_given():
    assert [rank(b) for b in BASIS_ORDER] == list(range(len(BASIS_ORDER)))
    assert rank("unheard of") == len(BASIS_ORDER) and rank(DNA) == len(BASIS_ORDER) - 1
    assert rank(DNA, FIRST_TO_HEAR) == 3 and rank("unheard of", FIRST_TO_HEAR) == len(FIRST_TO_HEAR)


# --- a chat message delivered twice --------------------------------------------------------------------------------

@pytest.mark.parametrize("activity_id, expected", [
    (None, None), ("", None), ("1700000000000", "teams:5:1700000000000"), ("f:abc", "teams:5:f:abc"),
])
def test_a_chat_quote_is_known_by_its_sender_and_message(activity_id, expected):
    assert chat_external_id(5, activity_id) == expected


def test_a_long_message_id_is_hashed_to_fit_the_column():
    key = chat_external_id(2**31 - 1, "x" * 500)
    assert key.startswith("teams:2147483647:") and len(key) <= EXTERNAL_ID_MAX
    assert key == chat_external_id(2**31 - 1, "x" * 500) != chat_external_id(2**31 - 1, "x" * 499 + "y")


def test_the_platform_may_not_use_the_chat_prefix():
    event = {"event": "created", "at": "2026-03-02T09:00:00+11:00", "owner_email": "dana@network.example",
             "client": "Acme"}
    assert QuoteIn.model_validate({**event, "id": "Q-teams:1"}).id == "Q-teams:1"
    with pytest.raises(ValidationError, match="must not start with 'teams:'"):
        QuoteIn.model_validate({**event, "id": "teams:1:1700000000000"})


def _quotes(db) -> list[Quote]:
    with db.transaction() as session:
        return list(session.exec(select(Quote).order_by(Quote.id)))


def _overlaps_to(db, member_id: int) -> list[str]:
    with db.transaction() as session:
        rows = session.exec(select(OutboxMessage).where(OutboxMessage.member_id == member_id))
        return [r.idempotency_key for r in rows if ":overlap:" in r.idempotency_key]


async def test_a_quote_message_delivered_twice_records_one_quote(accord, db, network):
    await say_text(accord, "quote Acme 10000", SAM)  # an earlier quote, so the new one overlaps it
    body = activity(text="quote Acme 45000", sender=DANA, id="1700000000123")
    first, _ = await run(accord, body)
    again, _ = await run(accord, dict(body))
    quotes = _quotes(db)
    assert [(q.owner_id, q.value_cents) for q in quotes] == [(network.members["sam"].id, 1_000_000),
                                                             (network.members["dana"].id, 4_500_000)]
    assert quotes[1].external_id == f"teams:{network.members['dana'].id}:1700000000123"
    assert card_of(first[0]) == card_of(again[0])
    assert "Sam Partner: Accord tells them there may be an overlap" in card_text(card_of(again[0]))
    assert _overlaps_to(db, network.members["sam"].id) == [f"quote:{quotes[1].id}:overlap:{network.members['sam'].id}"]


async def test_the_same_quote_in_another_message_is_another_quote(accord, db, network):
    for message_id in ("1700000000001", "1700000000002"):
        await run(accord, activity(text="quote Acme 45000", sender=DANA, id=message_id))
    assert len(_quotes(db)) == 2


async def test_the_same_message_id_from_another_sender_is_another_quote(accord, db, network):
    for sender in (DANA, SAM):  # Teams' message ids are unique within a conversation only
        await run(accord, activity(text="quote Acme 45000", sender=sender, id="1700000000001"))
    assert [q.owner_id for q in _quotes(db)] == [network.members["dana"].id, network.members["sam"].id]


async def test_a_referral_message_delivered_twice_records_one_referral(accord, db, network):
    body = activity(text="refer John Doe <john@clientcorp.com.au> at ClientCorp to sam@network.example keen on a "
                         "pilot", sender=DANA, id="1700000000456")
    first, _ = await run(accord, body)
    again, _ = await run(accord, dict(body))
    with db.transaction() as session:
        (row,) = session.exec(select(Referral)).all()
        notices = session.exec(select(OutboxMessage).where(OutboxMessage.member_id == network.members["sam"].id))
        assert [n.idempotency_key for n in notices] == [f"referral:{row.id}:recipient"]
    assert card_of(first[0]) == card_of(again[0]) and f"(referral {row.id})" in card_text(card_of(again[0]))


async def test_a_referral_with_another_note_is_another_referral(accord, db, network):
    for note in ("keen on a pilot", "keen on coaching"):
        await say_text(accord, f"refer John Doe at ClientCorp to sam@network.example {note}", DANA)
    with db.transaction() as session:
        assert [r.note for r in session.exec(select(Referral).order_by(Referral.id))] == ["keen on a pilot",
                                                                                        "keen on coaching"]
