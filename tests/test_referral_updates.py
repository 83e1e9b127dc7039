"""Referral updates from either party (chat and the card's "Add update"), the introducer told of reminders, and of
referrals gone quiet for REFERRAL_QUIET_DAYS business days, once per quiet spell."""

from __future__ import annotations

import asyncio
import json
import threading
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlmodel import select

from app import create_app
from bot.rules.referrals import quiet_due, told_of_update, update_problem
from bot.services import referrals as service
from cards import verbs
from storage.models import Referral
from storage.referrals import add_referral, add_update, mark_quiet, move_referral, referral, updates_of
from tests.conftest import cloud_settings
from tests.support.builders import BO, DANA, DI, SAM, activity, card_action
from tests.support.registry_seed import seed
from tests.support.turns import actions, card_text, press_text, run, say, sent_to, until

SYDNEY = ZoneInfo("Australia/Sydney")
MONDAY = datetime(2026, 3, 2, 10, 0, tzinfo=SYDNEY)  # the introduction; ten business days later: Mon 16 Mar, 10:00
UPDATED = datetime(2026, 3, 3, 1, 30, tzinfo=UTC)  # when updates are added in these tests (Tue 3 Mar, Sydney)


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    """Updates are added at UPDATED, never today."""
    monkeypatch.setattr(service, "utcnow", lambda: UPDATED)


# --- pure rules ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, party, role, problem", [
    ("sent the proposal", True, "partner", None),
    ("sent the proposal", False, "director", None),
    ("sent the proposal", False, "partner", "Only the two members"),
    ("sent the proposal", False, "bd", "Only the two members"),
    ("", True, "partner", "referral 12 update:"),
    ("x" * 501, True, "partner", "500 characters"),
    ("a\x00b", True, "partner", "500 characters"),
])
def test_who_may_add_an_update_and_how_long(text, party, role, problem):
    said = update_problem(text, party=party, role=role)
    assert (said is None) if problem is None else (problem in said)


def test_the_other_party_hears_of_an_update_and_both_when_a_director_adds_it():
    assert told_of_update(1, 2, by=1) == (2,) and told_of_update(1, 2, by=2) == (1,)
    assert told_of_update(1, 2, by=9) == (1, 2)


@pytest.mark.parametrize("now, told, due", [
    (datetime(2026, 3, 16, 9, 59, tzinfo=SYDNEY), None, False),
    (datetime(2026, 3, 16, 10, 0, tzinfo=SYDNEY), None, True),
    (datetime(2026, 3, 20, 10, 0, tzinfo=SYDNEY), datetime(2026, 3, 16, 10, 0, tzinfo=SYDNEY), False),  # told
    (datetime(2026, 3, 20, 10, 0, tzinfo=SYDNEY), datetime(2026, 3, 1, tzinfo=SYDNEY), True),  # an earlier spell
])
def test_quiet_after_ten_business_days_once_per_spell(now, told, due):
    assert quiet_due(MONDAY, now, 10, SYDNEY, told) is due


# --- the conversation ---------------------------------------------------------------------------------------------

def introduce(db, network, **fields) -> Referral:
    m = network.members
    with db.transaction() as session:
        return add_referral(session, client_id=network.clients["clientcorp"].id, contact_name="John Doe",
                            contact_email="john@clientcorp.com.au", introducer_id=m["dana"].id,
                            recipient_id=m["sam"].id, state="introduced", created_at=MONDAY, updated_at=MONDAY,
                            **fields)


def updates(db, referral_id):
    with db.transaction() as session:
        return [(u.member_id, u.text, u.created_at) for u in updates_of(session, referral_id)]


async def test_either_party_adds_an_update_in_chat_and_the_other_is_told(accord, db, network):
    m, row = network.members, introduce(db, network)
    said = await say(accord, f"referral {row.id} update: sent the **proposal** [today](https://evil.example)", SAM)
    assert said.startswith(f"Update added to referral {row.id}. Dana Partner will get it")
    (told,) = sent_to(db, m["dana"].id, f"referral:{row.id}:update")
    assert told["text"] == (f"Sam Partner added an update to the introduction of John Doe at ClientCorp Pty Ltd "
                            f"(referral {row.id}): sent the \\*\\*proposal\\*\\* \\[today\\]\\(https:\u2060//evil."
                            "\u2060example\\)")
    assert "john@" not in told["text"]  # the contact's email stays on the recipient's card
    await say(accord, f"update referral {row.id}: called Sam, all good", DANA)
    (back,) = sent_to(db, m["sam"].id, f"referral:{row.id}:update")
    assert back["text"].endswith("called Sam, all good")
    assert updates(db, row.id) == [(m["sam"].id, "sent the **proposal** [today](https://evil.example)", UPDATED),
                                   (m["dana"].id, "called Sam, all good", UPDATED)]


async def test_only_the_parties_or_a_director_may_add_one_and_nobody_else_learns_it_exists(accord, db, network):
    m, row = network.members, introduce(db, network)
    for text in (f"referral {row.id} update: hello", "referral 999 update: hello"):
        said = await say(accord, text, BO)
        assert said == f"No referral {text.split()[1]} of yours is on record. Your referrals: referrals"
    await say(accord, f"referral {row.id} update: checked in with both", DI)
    assert len(sent_to(db, m["dana"].id, f"referral:{row.id}:update")) == 1
    assert len(sent_to(db, m["sam"].id, f"referral:{row.id}:update")) == 1
    assert "500 characters" in await say(accord, f"referral {row.id} update: {'x' * 501}", SAM)
    assert "works in" in await say(accord, f"referral {row.id} update: in public", SAM, kind="channel")
    assert [u[0] for u in updates(db, row.id)] == [m["di"].id]


async def test_the_same_teams_message_delivered_twice_adds_one_update(accord, db, network):
    row = introduce(db, network)
    body = activity(text=f"referral {row.id} update: sent it", sender=SAM, id="msg-update-1")
    first, _ = await run(accord, body)
    second, _ = await run(accord, body)
    assert first[0].text == second[0].text and len(updates(db, row.id)) == 1


async def test_the_same_add_update_press_delivered_twice_adds_one_update(accord, db, network):
    row = introduce(db, network)
    body = card_action(verb=verbs.REFERRAL_UPDATE, sender=SAM, data={"referral_id": row.id, "update": "sent it"})
    _, first = await run(accord, body)
    _, again = await run(accord, body)
    assert again.body == first.body and len(updates(db, row.id)) == 1
    assert len(sent_to(db, network.members["dana"].id, f"referral:{row.id}:update")) == 1


async def test_the_add_update_button_on_the_cards(accord, db, network):
    m = network.members
    confirm = await say(accord, "refer John Doe at ClientCorp to sam@network.example", DANA)
    row = _only(db)
    assert "Add update" in [a["title"] for a in actions(confirm)] and "A short update for Sam Partner" in \
        str(confirm)
    (card,) = sent_to(db, m["sam"].id, f"referral:{row.id}:recipient")
    content = card["attachments"][0]["content"]
    assert [a["title"] for a in content["actions"]] == ["Acknowledge", "In progress", "Won", "Lost", "Add update"]
    button = content["actions"][-1]
    assert "referral 12 update" in await press_text(accord, button["verb"], SAM, **button["data"], update="  ")
    said = await press_text(accord, button["verb"], SAM, **button["data"], update="Meeting booked for Friday")
    assert said.startswith(f"Update added to referral {row.id}.")
    assert sent_to(db, m["dana"].id, f"referral:{row.id}:update")[0]["text"].endswith("Meeting booked for Friday")
    refused = await press_text(accord, verbs.REFERRAL_UPDATE, BO, referral_id=row.id, update="hi")
    assert refused.startswith(f"No referral {row.id} of yours")
    assert card_text(content).count("John Doe") == 1
    for garbled in ({}, {"referral_id": "x"}, {"referral_id": 10 ** 30}):
        said = await press_text(accord, verbs.REFERRAL_UPDATE, SAM, **garbled, update="hi")
        assert said.startswith("No referral") and said.endswith("of yours is on record. Your referrals: referrals")


async def test_referrals_show_each_ones_latest_update_in_the_personal_chat_only(accord, db, network):
    row = introduce(db, network)
    await say(accord, f"referral {row.id} update: first", SAM)
    await say(accord, f"referral {row.id} update: John Doe wants *Friday*", DANA)
    private = card_text(await say(accord, "referrals", SAM))
    assert "Latest update, Dana Partner, 3 Mar 2026: John Doe wants \\*Friday\\*" in private
    assert "first" not in private
    public = card_text(await say(accord, "my referrals", SAM, kind="channel"))
    assert "Latest update" not in public and "John Doe" not in public


def _only(db) -> Referral:
    with db.transaction() as session:
        (row,) = session.exec(select(Referral)).all()
        return row


# --- the introducer told of reminders and of quiet referrals -------------------------------------------------------

def test_the_introducer_is_told_when_the_recipient_is_reminded(accord, db, network):
    m, row = network.members, introduce(db, network)
    assert accord.remind_referrals(datetime(2026, 3, 4, 10, 0, tzinfo=SYDNEY)) == 1  # two business days on
    assert accord.remind_referrals(datetime(2026, 3, 5, 10, 0, tzinfo=SYDNEY)) == 0
    (told,) = sent_to(db, m["dana"].id, f"referral:{row.id}:reminder")
    assert told["text"] == (f"Sam Partner has not acknowledged your introduction of John Doe at ClientCorp Pty Ltd "
                            f"(referral {row.id}) yet; Accord has reminded them.")


def test_a_quiet_referral_is_told_to_its_introducer_once_per_spell(accord, db, network):
    m, row = network.members, introduce(db, network)
    closed = introduce(db, network, note="won already")
    with db.transaction() as session:
        move_referral(session, referral(session, closed.id), "won", by=m["sam"].id)
        referral(session, closed.id).updated_at = MONDAY
    assert accord.tell_quiet_referrals(datetime(2026, 3, 16, 9, 59, tzinfo=SYDNEY)) == 0
    assert accord.tell_quiet_referrals(datetime(2026, 3, 16, 10, 0, tzinfo=SYDNEY)) == 1
    assert accord.tell_quiet_referrals(datetime(2026, 3, 20, 10, 0, tzinfo=SYDNEY)) == 0  # once per quiet spell
    (told,) = sent_to(db, m["dana"].id, f"referral:{row.id}:quiet")
    assert "for 10 business days; it is introduced" in told["text"] and "Sam Partner" in told["text"]
    with db.transaction() as session:  # an update starts a new spell: ten business days from Wed 25 Mar
        add_update(session, row.id, m["sam"].id, "still talking", datetime(2026, 3, 25, 10, 0, tzinfo=SYDNEY))
    assert accord.tell_quiet_referrals(datetime(2026, 4, 8, 9, 0, tzinfo=SYDNEY)) == 0
    assert accord.tell_quiet_referrals(datetime(2026, 4, 8, 10, 0, tzinfo=SYDNEY)) == 1
    assert len(sent_to(db, m["dana"].id, f"referral:{row.id}:quiet")) == 2
    assert sent_to(db, m["dana"].id, f"referral:{closed.id}:quiet") == []


def test_the_quiet_notice_is_guarded_so_one_spell_is_told_once(db, network):
    row = introduce(db, network)
    with db.transaction() as session:
        fresh = referral(session, row.id)
        assert mark_quiet(session, fresh, MONDAY, datetime(2026, 3, 16, tzinfo=UTC)) is True
        assert mark_quiet(session, fresh, MONDAY, datetime(2026, 3, 16, tzinfo=UTC)) is False


async def test_two_replicas_telling_at_once_tell_once(accord, db, network, database_url):
    if not database_url.startswith("postgresql"):
        pytest.skip("row locks are PostgreSQL's; SQLite runs one writer at a time anyway")
    m, row = network.members, introduce(db, network)
    now = datetime(2026, 3, 16, 10, 0, tzinfo=SYDNEY)
    later: list[int] = []
    racer = threading.Thread(target=lambda: later.append(accord.tell_quiet_referrals(now)))
    with db.transaction() as session:
        assert service.tell_quiet(session, accord.settings, now) == 1
        racer.start()
        await asyncio.sleep(0.5)
        assert racer.is_alive()  # waiting on the row the first replica is writing
    racer.join(timeout=10)
    assert later == [0] and len(sent_to(db, m["dana"].id, f"referral:{row.id}:quiet")) == 1


# --- over HTTP, with real tokens: the update is typed, and the other member's notice really arrives -------------

async def test_over_http_with_real_tokens_the_other_member_gets_the_update(trusted_cloud, database_url, db):
    network = seed(db)
    row = introduce(db, network)
    here = {"service_url": trusted_cloud.connector_url}

    async def post(client, body):
        return await client.post("/api/messages", json=body, headers={"Authorization": trusted_cloud.auth_header()})

    def told():
        return [b for b in trusted_cloud.delivered() if "added an update" in json.dumps(b)]

    async with TestClient(TestServer(create_app(cloud_settings(trusted_cloud, database_url)))) as client:
        assert (await post(client, activity(text="help", sender=DANA, **here))).status == 200  # Dana is reachable
        said = await post(client, activity(text=f"referral {row.id} update: proposal sent", sender=SAM, **here))
        assert said.status == 200
        await until(lambda: len(told()) == 1)
        unsigned = await client.post("/api/messages", json=activity(text=f"referral {row.id} update: forged",
                                                                    sender=SAM, **here))
        assert unsigned.status == 401
    assert told()[0]["text"].endswith("proposal sent")
    assert [u[1] for u in updates(db, row.id)] == ["proposal sent"]
