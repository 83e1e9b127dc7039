"""Enquiries: the signed webhook's contract, the post in the partner channel, the holder's notice and buttons."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlmodel import select

from app import create_app
from bot.rules.access import Viewer
from bot.rules.enquiries import may_route
from bot.services.enquiries import remind, view_of, views_of
from storage import outbox
from storage.enquiries import enquiry, set_state
from storage.models import Enquiry, OutboxMessage
from tests.conftest import make_settings
from tests.support.botprocess import accord as accord_cli
from tests.support.builders import ADA, BO, CHANNEL_ID, DANA, SAM, activity, card_action, post_webhook, signed_headers
from tests.support.registry_seed import seed
from tests.support.turns import card_of, card_text, run, until

SECRET = "form-secret-for-tests"
SYDNEY = ZoneInfo("Australia/Sydney")


def days_ago(days: int) -> datetime:
    """09:00 in Sydney on the day `days` before today: received then, as the lists and the catch-up count "recent"."""
    day = datetime.now(SYDNEY) - timedelta(days=days)
    return day.replace(hour=9, minute=0, second=0, microsecond=0)


@pytest.fixture
def settings(database_url, anonymous_cloud):
    anonymous_cloud.reset()
    return make_settings(database_url=database_url, enquiry_webhook_secret=SECRET)


@pytest.fixture
def network(channel_network):
    """Enquiries are posted to the partner channel, so every network here has one."""
    return channel_network


def form(**fields) -> dict:
    """A website form. Its fixed received_at is for how an enquiry is stored and shown; a test whose enquiry must
    count as recent (the last two weeks as the clock reads now) passes received_at=days_ago(...)."""
    body = {"id": "form-1", "received_at": "2026-11-20T09:30:00+11:00",
            "person": {"name": "John Doe", "email": "john@clientcorp.com.au", "phone": "+61 2 5550 1234"},
            "company": "ClientCorp", "message": "We need help with a tender.", "source": "web"}
    body.update(fields)
    return body


async def deliver(client, body, *, secret=SECRET, **options):
    return await post_webhook(client, "/api/enquiries", body, secret=secret, **options)


def enquiries(db) -> list[Enquiry]:
    with db.transaction() as session:
        return list(session.exec(select(Enquiry)))


async def delivered(cloud, count: int) -> list[dict]:
    await until(lambda: len(cloud.delivered()) >= count, 15)
    return cloud.delivered()


async def test_a_signed_enquiry_is_accepted_once_even_when_retried(client, db, network):
    first = await deliver(client, form())
    again = await deliver(client, form())
    assert first.status == 202 and again.status == 202
    assert (await first.json())["duplicate"] is False and (await again.json())["duplicate"] is True
    assert (await first.json())["id"] == "form-1"
    (row,) = enquiries(db)
    assert (row.person_name, row.company, row.source) == ("John Doe", "ClientCorp", "web")
    assert row.received_at.isoformat() == "2026-11-19T22:30:00+00:00"


@pytest.mark.parametrize("case", ["wrong secret", "stale", "future", "no headers", "tampered"])
async def test_a_bad_or_stale_signature_is_a_401_and_stores_nothing(client, db, network, case):
    body = json.dumps(form()).encode()
    if case == "wrong secret":
        response = await deliver(client, None, raw=body, secret="guess")
    elif case == "stale":
        response = await deliver(client, None, raw=body, stamp=int(time.time()) - 301)
    elif case == "future":
        response = await deliver(client, None, raw=body, stamp=int(time.time()) + 301)
    elif case == "no headers":
        response = await deliver(client, None, raw=body, headers={"Content-Type": "application/json"})
    else:
        response = await client.post("/api/enquiries", data=body.replace(b"ClientCorp", b"OtherCorp"),
                                     headers=signed_headers(SECRET, body))
    assert response.status == 401
    assert enquiries(db) == []


@pytest.mark.parametrize("body, fields", [
    ({**form(), "id": ""}, {"id"}),
    ({k: v for k, v in form().items() if k != "id"}, {"id"}),
    (form(person={"email": "a@b.example"}), {"person.name"}),
    (form(company=None, person={"name": "Ann"}), {"body"}),
    (form(person={"name": "Ann", "email": "not-an-email"}), {"person.email"}),
    (form(received_at="2026-11-20T09:30:00"), {"received_at"}),
    (form(company="x" * 301), {"company"}),
    (form(message="x" * 4001, person={"name": "y" * 201, "email": "a@b.example"}), {"message", "person.name"}),
    (form(person={"name": "Ann\u0000Lee", "email": "a@b.example"}, company="Acme\u0000"), {"person.name", "company"}),
])
async def test_field_errors_are_a_400_listing_every_field(client, db, network, body, fields):
    response = await deliver(client, body)
    assert response.status == 400
    assert {e["field"] for e in (await response.json())["errors"]} == fields
    assert enquiries(db) == []


@pytest.mark.parametrize("raw", [b"{not json", b"[]", b"\xff\xfe", b"7"])
async def test_a_body_that_is_not_a_json_object_is_a_400(client, db, network, raw):
    response = await deliver(client, None, raw=raw)
    assert response.status == 400
    assert enquiries(db) == []


async def test_over_64_kb_is_a_413(client, db, network):
    response = await deliver(client, form(message="x" * 70_000))
    assert response.status == 413
    assert enquiries(db) == []


async def test_unknown_fields_are_ignored(client, db, network):
    assert (await deliver(client, form(utm_campaign="spring", person={"name": "Ann", "pet": "cat",
                                                                      "email": "ann@x.example"}))).status == 202
    (row,) = enquiries(db)
    assert (row.person_name, row.person_email, row.company) == ("Ann", "ann@x.example", "ClientCorp")


async def test_without_a_secret_the_webhook_is_off(database_url, db):
    async with TestClient(TestServer(create_app(make_settings(database_url=database_url)))) as plain:
        assert (await deliver(plain, form())).status == 503


async def test_the_contract_is_served_as_openapi(client):
    document = await (await client.get("/api/openapi.json")).json()
    operation = document["paths"]["/api/enquiries"]["post"]
    assert set(operation["responses"]) >= {"202", "400", "401", "413"}
    schema = document["components"]["schemas"]["EnquiryIn"]
    assert set(schema["required"]) == {"id", "person"}
    assert document["components"]["schemas"]["Person"]["properties"]["name"]["maxLength"] == 200


async def test_a_held_client_is_posted_with_the_holder_mentioned_and_the_holder_hears_first(client, anonymous_cloud,
                                                                                              network):
    assert (await deliver(client, form(referred_by="sam@network.example"))).status == 202
    posts = await delivered(anonymous_cloud, 3)
    channel = next(p for p in posts if p["conversation"]["id"] == CHANNEL_ID)
    card = channel["attachments"][0]["content"]
    text = card_text(card)
    assert "John Doe" in text and "ClientCorp" in text and "Website form" in text and "20 Nov 2026 09:30 AEDT" in text
    # John is Dana's do-not-approach contact, so Dana (not Sam) is the holder who hears first.
    assert "Held by <at>Dana Partner</at>" in text
    assert card["msteams"]["entities"] == [{"type": "mention", "text": "<at>Dana Partner</at>",
                                            "mentioned": {"id": "29:user-1", "name": "Dana Partner"}}]
    creates = {r.body["members"][0]["id"]: r for r in anonymous_cloud.requests if r.operation == "create"}
    assert set(creates) == {"29:user-1", "29:user-2"}  # Dana's notice and Sam's note as the named referrer
    notices = [p for p in posts if p["conversation"]["id"] != CHANNEL_ID]
    holder = next(p for p in notices if p.get("attachments"))
    assert [a["title"] for a in holder["attachments"][0]["content"]["actions"]] == [
        "I'll respond", "Pass to BD", "Not my client", "Close"]
    referrer = next(p for p in notices if not p.get("attachments"))
    assert "names you as the referrer. The website form says: “John Doe \\(ClientCorp\\)”" in referrer["text"]
    assert "Held by Dana Partner" in referrer["text"] and "<at>" not in referrer["text"]


@pytest.mark.parametrize("company, says", [("Acme Holdings", "Client on record: Acme Holdings. No holder on record."),
                                           ("Zebra Unicorn Labs", "No holder on record.")])
async def test_no_holder_is_said_plainly_and_nobody_else_is_told(client, anonymous_cloud, network, company, says):
    body = form(company=company, person={"name": "Ann Lee", "email": "ann@gmail.com"})
    assert (await deliver(client, body)).status == 202
    (post,) = await delivered(anonymous_cloud, 1)
    assert says in card_text(post["attachments"][0]["content"])
    await asyncio.sleep(0.5)
    assert len(anonymous_cloud.delivered()) == 1


async def test_names_with_markup_are_shown_literally(client, anonymous_cloud, network):
    body = form(person={"name": "<at>Boss</at> **Urgent** [click](https://x.example)", "email": "z@zz.example"},
                company="Evil _Corp_")
    assert (await deliver(client, body)).status == 202
    (post,) = await delivered(anonymous_cloud, 1)
    text = card_text(post["attachments"][0]["content"])
    assert "\\<at\\>Boss\\</at\\> \\*\\*Urgent\\*\\*" in text and "Evil \\_Corp\\_" in text
    assert "msteams" not in post["attachments"][0]["content"] or \
        "entities" not in post["attachments"][0]["content"]["msteams"]


async def test_the_holder_routes_it_and_the_channel_post_changes_in_place(client, anonymous_cloud, network, accord,
                                                                           db):
    assert (await deliver(client, form())).status == 202
    await delivered(anonymous_cloud, 2)
    (row,) = enquiries(db)
    _, refused = await run(accord, card_action(verb="enquiry.passToBd", data={"enquiry_id": row.id}, sender=SAM))
    assert "Only the holder or the BD team" in refused.body["value"]
    _, answer = await run(accord, card_action(verb="enquiry.passToBd", data={"enquiry_id": row.id}, sender=DANA))
    assert "BD responding" in card_text(answer.body["value"])
    await until(lambda: [r for r in anonymous_cloud.requests if r.operation == "update"], 15)
    (update,) = [r for r in anonymous_cloud.requests if r.operation == "update"]
    assert update.conversation == CHANNEL_ID
    assert "Routing: **BD responding**" in card_text(update.body["attachments"][0]["content"])
    with db.transaction() as session:
        rows = list(session.exec(select(OutboxMessage).order_by(OutboxMessage.id)))
    original = next(r for r in rows if r.idempotency_key == f"enquiry:{row.id}:channel")
    assert update.activity_id == original.activity_id


async def test_a_held_enquiry_nobody_acted_on_reminds_the_holder_and_bd_once(client, network, settings, db):
    monday = "2026-11-23T10:00:00+11:00"
    for n, company in enumerate(["ClientCorp", "ClientCorp", "Acme Holdings"]):
        body = form(id=f"f-{n}", received_at=monday, company=company, person={"name": f"P{n}",
                                                                             "email": f"p{n}@elsewhere.example"})
        assert (await deliver(client, body)).status == 202
    rows = sorted(enquiries(db), key=lambda r: r.id)
    with db.transaction() as session:
        set_state(session, enquiry(session, rows[1].id), "with holder")  # the holder pressed "I'll respond"
    tuesday = datetime(2026, 11, 24, 12, tzinfo=UTC)
    wednesday = datetime(2026, 11, 25, 0, 1, tzinfo=UTC)  # 11:01 in Sydney: two business days on
    with db.transaction() as session:
        assert remind(session, settings, tuesday) == 0
    with db.transaction() as session:
        assert remind(session, settings, wednesday) == 1
    with db.transaction() as session:
        assert remind(session, settings, wednesday) == 0
        keys = [r.idempotency_key for r in outbox.unfinished(session, limit=500) if ":reminder:" in r.idempotency_key]
    holder, bd = network.members["sam"].id, network.members["bo"].id  # a declared relationship hears first
    assert sorted(keys) == sorted([f"enquiry:{rows[0].id}:reminder:{holder}", f"enquiry:{rows[0].id}:reminder:{bd}"])


async def test_enquiries_lists_the_last_two_weeks_in_chat_and_on_the_command_line(client, network, accord, db,
                                                                                   tmp_path, database_url):
    old, recent = days_ago(30), datetime.now(UTC)  # one outside the two weeks, one inside
    for n, when in enumerate([old, recent]):
        assert (await deliver(client, form(id=f"e{n}", received_at=when.isoformat()))).status == 202
    sent, _ = await run(accord, activity(text="enquiries", sender=SAM))
    text = card_text(card_of(sent[0]))
    assert "Enquiries, last 14 days" in text and text.count("John Doe") == 1 and "With the holder" in text
    since = days_ago(31).date().isoformat()
    lines = accord_cli("enquiries", "--since", since, "--json", env={"DATABASE_URL": database_url}, cwd=tmp_path)
    records = [json.loads(line) for line in lines.stdout.splitlines()]
    assert len(records) == 2 and records[-1]["received_at"].startswith(f"{old.date().isoformat()}T09:00")
    assert records[0]["holder"] == "Dana Partner" and records[0]["client"] == "ClientCorp Pty Ltd"
    bad = accord_cli("enquiries", "--since", "last week", env={"DATABASE_URL": database_url}, cwd=tmp_path)
    assert bad.returncode == 2 and "not a date" in bad.stderr


async def test_a_list_of_enquiries_shows_each_as_its_own_card_would(client, network, db, settings):
    companies = ["ClientCorp", "Acme Holdings", "Nobody We Know Pty", "ClientCorp"]
    for n, company in enumerate(companies):
        person = {"name": f"Person {n}", "email": f"p{n}@example.org"}
        assert (await deliver(client, form(id=f"e{n}", company=company, person=person))).status == 202
    with db.transaction() as session:
        rows = list(session.exec(select(Enquiry).order_by(Enquiry.id)))
        for member in network.members.values():
            viewer = Viewer(member.id, member.role)
            assert views_of(session, settings, rows, viewer) == [view_of(session, settings, r, viewer) for r in rows]
        listed = views_of(session, settings, rows)
    assert [v.client_name for v in listed] == ["ClientCorp Pty Ltd", "Acme Holdings", None, "ClientCorp Pty Ltd"]
    assert listed[0].holder_name and listed[2].holder_name is None


@pytest.mark.parametrize("sender, allowed", [(BO, True), (SAM, False)])
async def test_bd_logs_a_phone_enquiry_with_a_form(network, accord, db, sender, allowed):
    sent, _ = await run(accord, activity(text="log enquiry", sender=sender))
    if not allowed:
        assert sent[0].text.startswith("Sorry, only")
        return
    form_card = card_of(sent[0])
    assert all(e.get("label") for e in form_card["body"] if e["type"].startswith("Input."))
    _, answer = await run(accord, card_action(verb="enquiry.log", data={"source": "phone", "person": "", "company":
                                                                        "ClientCorp"}, sender=sender))
    assert "Give the person's name." in card_text(answer.body["value"])
    typed = {e["id"]: e["value"] for e in answer.body["value"]["body"] if e["type"].startswith("Input.")}
    assert (typed["source"], typed["company"], typed["person"]) == ("phone", "ClientCorp", "")  # what was typed is kept
    assert enquiries(db) == []
    data = {"source": "phone", "person": "Mia Chen", "company": "ClientCorp", "contact": "+61 2 5550 0000",
            "notes": "Called about a renewal"}
    for _ in range(2):  # a double click logs it once
        _, answer = await run(accord, card_action(verb="enquiry.log", data=data, sender=sender))
    assert "Phone call" in card_text(answer.body["value"]) and "Held by <at>" in card_text(answer.body["value"])
    (row,) = enquiries(db)
    assert (row.source, row.person_phone, row.logged_by) == ("phone", "+61 2 5550 0000", network.members["bo"].id)


async def test_bd_acts_on_the_channel_post_and_it_changes_for_everyone(client, anonymous_cloud, network, accord, db):
    body = form(company="Acme Holdings", person={"name": "Ann Lee", "email": "ann@acme.example"})
    assert (await deliver(client, body)).status == 202
    (post,) = await delivered(anonymous_cloud, 1)
    titles = [a["title"] for a in post["attachments"][0]["content"]["actions"]]
    assert titles == ["BD will respond", "Close"]
    (row,) = enquiries(db)
    pressed = dict(verb="enquiry.passToBd", data={"enquiry_id": row.id})
    _, partner = await run(accord, card_action("channel", sender=SAM, **pressed))
    assert "Only the holder or the BD team" in partner.body["value"]
    _, bd = await run(accord, card_action("channel", sender=BO, **pressed))
    assert bd.body["type"] == "application/vnd.microsoft.card.adaptive"
    assert "Routing: **BD responding**" in card_text(bd.body["value"])
    _, closed = await run(accord, card_action("channel", verb="enquiry.close", data={"enquiry_id": row.id}, sender=BO))
    assert "Routing: **Closed**" in card_text(closed.body["value"]) and "actions" not in closed.body["value"]


async def test_enquiries_that_arrive_before_a_partner_channel_is_set_are_posted_when_it_is(settings, db, accord):
    seed(db)
    received = days_ago(2).isoformat()  # within the two weeks the catch-up posts, whatever today is
    async with TestClient(TestServer(create_app(settings))) as http:
        assert (await deliver(http, form(received_at=received))).status == 202
        assert (await deliver(http, form(id="form-2", company="Acme Holdings", received_at=received))).status == 202
    assert len(enquiries(db)) == 2
    with db.transaction() as session:
        assert [outbox.by_key(session, f"enquiry:{row.id}:channel") for row in enquiries(db)] == [None, None]
    sent, _ = await run(accord, activity("channel", text="<at>Accord</at> set partner channel", sender=ADA))
    assert "2 recent enquiries recorded without a partner channel follow" in card_text(card_of(sent[0]))
    again, _ = await run(accord, activity("channel", text="<at>Accord</at> set partner channel", sender=ADA))
    assert "recent enquiries" not in card_text(card_of(again[0]))  # posted once, not on every change
    with db.transaction() as session:
        rows = [r for r in outbox.unfinished(session) if r.idempotency_key.endswith(":channel")]
        assert [r.conversation_id for r in rows] == [CHANNEL_ID] * 2
        people = [json.loads(r.payload)["attachments"][0]["content"]["body"][1]["facts"][0]["value"] for r in rows]
    assert people == ["John Doe", "John Doe"]


@pytest.mark.parametrize("state, routable", [("new", True), ("with holder", True), ("bd responding", True),
                                             ("closed", False)])
def test_only_a_closed_enquiry_cannot_be_routed(state, routable):
    assert may_route(state) is routable


async def test_a_closed_enquiry_stays_closed_whatever_older_card_is_pressed(client, network, accord, db):
    assert (await deliver(client, form())).status == 202
    (row,) = enquiries(db)
    _, closed = await run(accord, card_action(verb="enquiry.close", data={"enquiry_id": row.id}, sender=DANA))
    assert "Routing: **Closed**" in card_text(closed.body["value"])
    (at_close,) = enquiries(db)
    for verb in ("enquiry.respond", "enquiry.passToBd", "enquiry.notMine", "enquiry.close"):  # the 1:1 card's buttons
        _, refused = await run(accord, card_action(verb=verb, data={"enquiry_id": row.id}, sender=DANA))
        assert refused.body["value"] == "That enquiry is closed; it cannot be routed any more."
    (after,) = enquiries(db)
    assert (after.state, after.updated_at) == ("closed", at_close.updated_at)
    with db.transaction() as session:
        keys = [r.idempotency_key for r in session.exec(select(OutboxMessage))]
    updates = [k.split(":")[3] for k in keys if k.startswith(f"enquiry:{row.id}:channel:")]
    assert updates == ["closed"]  # one update of the channel post, for the close


@pytest.mark.parametrize("data", [{}, {"enquiry_id": None}, {"enquiry_id": "seven"}, {"enquiry_id": 10**30},
                                  {"enquiry_id": str(2**40)}, {"enquiry_id": 0}])
async def test_garbled_card_data_gets_a_clear_answer(network, accord, data):
    _, answer = await run(accord, card_action(verb="enquiry.close", data=data, sender=BO))
    assert answer.status == 200 and answer.body["value"] == "That enquiry is no longer on record."


@pytest.mark.parametrize("state, buttons", [("new", ["BD will respond", "Close"]),
                                            ("with holder", ["BD will respond", "Close"]),
                                            ("responding", ["BD will respond", "Close"]),
                                            ("bd responding", ["Close"]), ("closed", [])])
def test_the_channel_card_offers_only_the_moves_the_policy_allows_and_says_who_may_press(state, buttons):
    from zoneinfo import ZoneInfo

    from cards.enquiries import EnquiryView, channel_card

    view = EnquiryView(7, "Jane Doe", "ClientCorp", "web", datetime(2026, 11, 20, tzinfo=UTC), state,
                       client_name="ClientCorp Pty Ltd", holder_name="Dana Partner", holder_basis="past project")
    card = channel_card(view, ZoneInfo("Australia/Sydney"))
    assert [a["title"] for a in card.get("actions", [])] == buttons
    said = "These buttons are for Dana Partner, BD, directors and admins."
    assert (said in card_text(card)) == bool(buttons)
