"""A partner asks BD to approach a client they hold: BD's card, Accept (one wins) or Decline with a reason, the
approach recorded and announced on the partner's behalf, and work won from it theirs."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlmodel import select

from app import create_app
from bot.handlers import approach_requests
from bot.rules.approaches import decline_problem
from bot.rules.understanding import read
from bot.turn import Place, Turn, User
from cards import verbs
from storage.history import changes
from storage.models import Approach, ApproachRequest, Flag, Member, OutboxMessage
from tests.conftest import cloud_settings, set_partner_channel
from tests.support.builders import BO, CHANNEL_ID, DANA, DI, SAM, SERVICE_URL, TENANT, activity, card_action
from tests.support.registry_seed import seed
from tests.support.turns import actions, at_once, card_of, card_text, press, pressed, run, say, sent_to, until
from tests.test_approaches import BEA, with_bea

ASKED_AT = datetime(2026, 3, 4, 23, 0, tzinfo=UTC)  # Thursday 5 March 2026, 10:00 in Sydney
NOTE = "they want **a leadership workshop** [now](https://evil.example); call Mia on 0400 000 000"


@pytest.fixture
def network(db):
    """The seeded network with Bea as a second BD member and the partner channel set."""
    return with_bea(db)


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    """Requests are made at ASKED_AT, never today."""
    monkeypatch.setattr(approach_requests, "utcnow", lambda: ASKED_AT)


def rows(db, model):
    with db.transaction() as session:
        return list(session.exec(select(model).order_by(model.id)))


def content(payload: dict) -> dict:
    return payload["attachments"][0]["content"]


@pytest.mark.parametrize("text, target", [
    ("ask BD to approach ClientCorp: renewal of the panel", "ClientCorp: renewal of the panel"),
    ("Please ask the BD team to reach out to Acme Holdings on my behalf", "Acme Holdings"),
    ("can BD upsell ClientCorp for me?", "ClientCorp"),
    ("could bd contact CCorp for me", "CCorp"),
    ("ask bd for help with ClientCorp", "ClientCorp"),
])
def test_phrasings_read_as_asking_bd(text, target):
    (first, *_) = read(text, set()).readings
    assert (first.intent, dict(first.args)) == ("ask_bd", {"target": target})


def test_can_bd_approach_alone_is_still_only_a_question():
    assert read("can bd approach ClientCorp?", set()).readings[0].intent == "who_owns"


@pytest.mark.parametrize("reason, problem", [
    ("", "Give a reason"), ("x" * 501, "500 characters"), ("no\x00", "500 characters"), ("Busy until May", None)])
def test_a_decline_needs_a_short_reason(reason, problem):
    said = decline_problem(reason)
    assert (said is None) if problem is None else (problem in said)


async def ask_for_clientcorp(accord, db, network):
    """Dana, who holds ClientCorp, asks BD; both BD members get the card."""
    reply = await say(accord, f"ask BD to approach ClientCorp: {NOTE}", DANA)
    assert "Asked BD: ClientCorp Pty Ltd" in card_text(reply)
    assert "will get your request" in card_text(reply)  # who gets it, and when, not a bare "sent"
    (row,) = rows(db, ApproachRequest)
    assert (row.partner_id, row.note, row.state, row.created_at) == (network.members["dana"].id, NOTE, "asked",
                                                                     ASKED_AT)
    return row


async def test_a_holder_asks_and_every_bd_member_gets_a_card_with_the_note_escaped(accord, db, network):
    row = await ask_for_clientcorp(accord, db, network)
    cards = {m: content(p) for m in ("bo", "bea") for p in sent_to(db, network.members[m].id, "approach-request")}
    assert set(cards) == {"bo", "bea"}
    shown = card_text(cards["bo"])
    assert "Dana Partner asks BD to approach ClientCorp Pty Ltd" in shown and "5 Mar 2026" in shown
    assert "\\*\\*a leadership workshop\\*\\* \\[now\\]" in shown and "](https" not in shown
    assert "Also held by" in shown and "Sam Partner \\(declared relationship\\)" in shown  # BD may ask Sam first
    assert [a["title"] for a in actions(cards["bo"])] == ["Accept", "Decline"]
    assert actions(cards["bo"])[0]["data"]["request_id"] == row.id
    # The note is for BD: nobody else, not the channel, not the other partner, hears of it.
    with db.transaction() as session:
        others = session.exec(select(OutboxMessage)).all()
    assert {r.member_id for r in others} == {network.members["bo"].id, network.members["bea"].id}
    again = await say(accord, "ask bd to approach ClientCorp", DANA)
    assert "Already asked: ClientCorp Pty Ltd" in card_text(again) and len(rows(db, ApproachRequest)) == 1


async def test_the_same_teams_message_delivered_twice_asks_once(accord, db, network):
    body = activity(text="ask BD to approach ClientCorp", sender=DANA, id="msg-ask-1")
    first, _ = await run(accord, body)
    second, _ = await run(accord, body)
    assert card_text(card_of(first[0])) == card_text(card_of(second[0]))
    assert len(rows(db, ApproachRequest)) == 1 and len(rows(db, OutboxMessage)) == 2


@pytest.mark.parametrize("sender, text, says", [
    (SAM, "ask BD to approach Acme Holdings", "Only a partner who holds Acme Holdings"),
    (BO, "ask BD to approach ClientCorp", "only partners can use"),
    (DANA, "ask BD to approach Nowhere Widgets", "Nowhere Widgets"),
])
async def test_only_a_partner_who_holds_the_client_may_ask(accord, db, network, sender, text, says):
    said = await say(accord, text, sender)
    assert says in (said if isinstance(said, str) else card_text(said))
    assert rows(db, ApproachRequest) == [] and rows(db, OutboxMessage) == []


async def test_without_a_bd_member_nobody_is_asked_and_the_partner_is_told(accord, db, network):
    with db.transaction() as session:
        for member in session.exec(select(Member).where(Member.role == "bd")):
            member.role = "director"
    said = await say(accord, "ask BD to approach ClientCorp", DANA)
    assert "Nobody in Accord has the BD role yet" in said and rows(db, ApproachRequest) == []


async def test_asking_in_a_channel_is_refused_so_the_note_stays_private(accord, db, network):
    said = await say(accord, "ask BD to approach ClientCorp: private details", DANA, kind="channel")
    assert "works in" in said and rows(db, ApproachRequest) == []


async def test_accepting_records_the_approach_on_the_partners_behalf_and_announces_it(accord, db, network):
    row = await ask_for_clientcorp(accord, db, network)
    for stranger in (DANA, SAM, DI):
        assert await press(accord, verbs.REQUEST_ACCEPT, stranger, request_id=row.id) == approach_requests.BD_ONLY
    done = await press(accord, verbs.REQUEST_ACCEPT, BO, request_id=row.id)
    assert "Bo Business accepted it." in card_text(done) and "on behalf of Dana Partner" in card_text(done)
    assert not actions(done)
    (made,) = rows(db, Approach)
    assert (made.member_id, made.on_behalf_of, made.client_id, made.note) == (
        network.members["bo"].id, network.members["dana"].id, network.clients["clientcorp"].id, None)
    assert rows(db, ApproachRequest)[0].approach_id == made.id
    with db.transaction() as session:
        (post,) = session.exec(select(OutboxMessage).where(OutboxMessage.conversation_id == CHANNEL_ID)).all()
        assert [c.action for c in changes(session, "approach_request", row.id)] == ["asked", "accepted"]
    posted = card_text(content(json.loads(post.payload)))
    assert "On behalf of" in posted and "Dana Partner (work won from it is theirs)" in posted
    assert "workshop" not in posted and "0400" not in posted  # the partner's note stays with BD
    (told,) = sent_to(db, network.members["dana"].id, "approach-request")
    assert "Bo Business (BD) accepted your request" in told["text"] and "work won from it is yours" in told["text"]
    # Bea's card changes in place: the answer instead of the buttons.
    bea_card, bea_answered = sent_to(db, network.members["bea"].id, f"approach-request:{row.id}")
    assert bea_answered["key"] == f"{bea_card['key']}:answered" and not actions(content(bea_answered))
    assert "Bo Business accepted it." in card_text(content(bea_answered))
    assert len(sent_to(db, network.members["bo"].id, f"approach-request:{row.id}")) == 1
    late = await press(accord, verbs.REQUEST_DECLINE, BEA, request_id=row.id, reason="no")
    assert "Bo Business accepted it." in card_text(late) and "answered it first" in card_text(late)
    # Winning it gives the work to Dana, as any approach made on a holder's behalf.
    won = await press(accord, verbs.APPROACH_STATE, BO, approach_id=made.id, state="active")
    won = await press(accord, verbs.APPROACH_STATE, BO, approach_id=made.id, state="won")
    assert "the work belongs to Dana Partner" in card_text(won)
    with db.transaction() as session:
        flags = session.exec(select(Flag).where(Flag.source == f"approach:{made.id}")).all()
    assert {(f.holder_id, f.basis) for f in flags} == {(network.members["dana"].id, "active project"),
                                                       (network.members["dana"].id, "past project")}


async def test_two_bd_members_accepting_at_once_one_wins_the_other_is_told_who(accord, db, network):
    row = await ask_for_clientcorp(accord, db, network)
    first, second = at_once(accord, db, pressed(BO, verbs.REQUEST_ACCEPT, request_id=row.id),
                            pressed(BEA, verbs.REQUEST_ACCEPT, request_id=row.id))
    assert "You accepted" in card_text(first[0].card)
    assert "Bo Business accepted it." in card_text(second[0].card) and "answered it first" in card_text(second[0].card)
    assert len(rows(db, Approach)) == 1 and rows(db, ApproachRequest)[0].answered_by == network.members["bo"].id
    assert len(sent_to(db, network.members["dana"].id, "approach-request")) == 1


def test_two_messages_asking_at_once_make_one_request(accord, db, network):
    def typed(text: str, activity_id: str) -> Turn:
        place = Place(f"a:personal-{DANA['id']}", "personal", SERVICE_URL, tenant_id=TENANT)
        return Turn("message", User(DANA["id"], DANA["name"], tenant_id=TENANT), place, text=text,
                    activity_id=activity_id)

    first, second = at_once(accord, db, typed("ask BD to approach ClientCorp: renewal", "m-1"),
                            typed("can BD upsell ClientCorp for me", "m-2"))
    assert "Asked BD" in card_text(first[0].card) and "Already asked" in card_text(second[0].card)
    (row,) = rows(db, ApproachRequest)
    assert row.note == "renewal" and len(rows(db, OutboxMessage)) == 2  # one card for each BD member


async def test_declining_needs_a_reason_and_tells_the_partner(accord, db, network):
    row = await ask_for_clientcorp(accord, db, network)
    asked = await press(accord, verbs.REQUEST_DECLINE, BEA, request_id=row.id, reason="  ")
    assert "Give a reason to decline" in card_text(asked) and rows(db, ApproachRequest)[0].state == "asked"
    done = await press(accord, verbs.REQUEST_DECLINE, BEA, request_id=row.id, reason="Fully booked <until> May")
    assert "Bea Bizdev declined it: Fully booked \\<until\\> May" in card_text(done)
    (told,) = sent_to(db, network.members["dana"].id, "approach-request")
    assert "Bea Bizdev (BD) declined your request to approach ClientCorp Pty Ltd: Fully booked" in told["text"]
    assert rows(db, Approach) == []
    late = await press(accord, verbs.REQUEST_ACCEPT, BO, request_id=row.id)
    assert "answered it first" in card_text(late) and rows(db, Approach) == []


async def test_garbled_button_data_changes_nothing(accord, db, network):
    for data in ({}, {"request_id": "x"}, {"request_id": 10 ** 30}, {"request_id": 999}):
        assert "no longer on record" in await press(accord, verbs.REQUEST_ACCEPT, BO, **data)


# ---- over HTTP, with real tokens: the outbox delivers BD's card and the channel post ---------------------------

@pytest.fixture
def cloud_accord(trusted_cloud, database_url):
    return cloud_settings(trusted_cloud, database_url)


async def test_over_http_with_real_tokens(trusted_cloud, cloud_accord, db):
    seed(db)
    set_partner_channel(db, trusted_cloud.connector_url)
    here = {"service_url": trusted_cloud.connector_url}

    async def post(client, body):
        return await client.post("/api/messages", json=body, headers={"Authorization": trusted_cloud.auth_header()})

    def bd_cards():
        return [b for b in trusted_cloud.delivered() if "Accept" in json.dumps(b)]

    async with TestClient(TestServer(create_app(cloud_accord))) as client:
        assert (await post(client, activity(text="help", sender=BO, **here))).status == 200  # Bo is reachable
        asked = await post(client, activity(text="ask BD to approach ClientCorp: upsell coaching", sender=DANA,
                                            **here))
        assert asked.status == 200
        await until(lambda: len(bd_cards()) == 1)
        accept = actions(bd_cards()[0]["attachments"][0]["content"])[0]
        pressed_ = await post(client, card_action(verb=accept["verb"], data=accept["data"], sender=BO, **here))
        assert pressed_.status == 200
        assert "You accepted" in json.dumps((await pressed_.json())["value"])
        await until(lambda: len(trusted_cloud.delivered(CHANNEL_ID)) == 1)
    (post_,) = trusted_cloud.delivered(CHANNEL_ID)
    assert "Dana Partner (work won from it is theirs)" in card_text(post_["attachments"][0]["content"])
    assert "coaching" not in json.dumps(post_)
