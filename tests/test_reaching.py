"""Launch day: members imported before they open Teams get what is meant for them, and nobody is told 'Done' early."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlmodel import select

from app import create_app
from bot.services.enquiries import Incoming
from bot.turn import Reply
from cards import verbs
from storage import outbox
from storage.models import Member, OutboxMessage, Quote
from storage.types import utcnow
from tests.conftest import make_settings
from tests.support.botprocess import accord as accord_cli
from tests.support.builders import ADA, BO, CHANNEL_ID, SAM, TENANT
from tests.support.fakegraph import FakeGraph
from tests.support.senders import deliver_all
from tests.support.turns import actions, card_text, press, press_text, say, say_text

NOT_YET = "as soon as they are reachable in Teams (not in the partner team yet)"
CATALOG_ID = "2f4ed5c1-1d1e-4f3b-9d5a-acc0rd000001"


@pytest.fixture
def imported_sam(db, network) -> Member:
    """Sam came from the CRM export with his Entra object id and never opened Accord: Teams has not told us his id."""
    with db.transaction() as session:
        sam = session.get(Member, network.members["sam"].id)
        sam.teams_id = None
        session.add(sam)
    return sam


def queued(db, key_prefix: str) -> list[OutboxMessage]:
    with db.transaction() as session:
        rows = session.exec(select(OutboxMessage).order_by(OutboxMessage.id))
        return [r for r in rows if r.idempotency_key.startswith(key_prefix)]


async def test_a_consent_request_waits_for_a_holder_not_in_teams_and_bd_is_told_the_truth(accord, db, network,
                                                                                          imported_sam):
    card = await say(accord, "approach John Doe at ClientCorp: renewal", BO)
    asked = card_text(await press(accord, verbs.APPROACH_ASK_HOLDER, BO, **actions(card)[1]["data"]))
    assert "Accord asked Dana Partner whether you may approach" in asked
    assert "Waiting for Sam Partner to be reachable in Teams (not in the partner team yet)" in asked
    (request,) = [r for r in queued(db, "approach-consent:") if r.member_id == imported_sam.id]
    assert (request.state, request.caused_by) == ("waiting", network.members["bo"].id)
    mine = card_text(await say(accord, "my approaches", BO))
    assert "ClientCorp Pty Ltd: waiting for Sam Partner to be reachable (not in the partner team yet)" in mine
    assert "ClientCorp Pty Ltd: asked Dana Partner" in mine

    await say_text(accord, "hi", SAM)  # Sam opens Accord: his object id links him, and what waited for him goes out
    (request,) = [r for r in queued(db, "approach-consent:") if r.member_id == imported_sam.id]
    assert request.state == "pending" and request.deadline_at > utcnow() + timedelta(hours=23)
    assert "waiting for Sam" not in card_text(await say(accord, "my approaches", BO))


async def test_a_fee_proposal_and_a_notify_to_a_member_not_in_teams_say_when_they_will_arrive(accord, db, network,
                                                                                              imported_sam):
    sam = imported_sam.id
    await say(accord, "quote ClientCorp 45000", BO)
    with db.transaction() as session:
        (quote,) = session.exec(select(Quote))
    told = await press_text(accord, verbs.FEE_PROPOSE, BO, quote_id=quote.id, payee_id=sam, **{f"percent_{sam}": 10})
    told = told.replace("\n", " ")
    assert f"Sam Partner will get the proposal to accept {NOT_YET}" in told
    assert {r.state for r in queued(db, "fee:") if r.member_id == sam} == {"waiting"}

    client_id = network.clients["clientcorp"].id
    notified = await press_text(accord, verbs.NOTIFY_HOLDER, ADA, client_id=client_id, holder_id=sam)
    assert notified.startswith("Sam Partner will get a message that you would like to talk about ClientCorp")
    assert NOT_YET in notified and "Done" not in notified


async def test_the_channel_card_names_a_holder_not_in_teams_and_its_routing_line_agrees(accord, db, network,
                                                                                        imported_sam, settings):
    from tests.conftest import set_partner_channel

    set_partner_channel(db)
    enquiry_id, _ = accord.accept_enquiry(Incoming("web:mia", "web", utcnow(), "Mia Chen", "mia@clientcorp.com.au",
                                                   company="ClientCorp"))
    (post,) = queued(db, f"enquiry:{enquiry_id}:channel")
    shown = card_text(json.loads(post.payload)["attachments"][0]["content"])
    assert "Held by Sam Partner (not yet in Teams) (ClientCorp Pty Ltd)" in shown
    assert "Routing: **With Sam Partner**" in shown and "No holder on record" not in shown
    assert "entities" not in json.loads(post.payload)["attachments"][0]["content"]["msteams"]  # no mention of him
    (holder_card,) = queued(db, f"enquiry:{enquiry_id}:holder")
    assert holder_card.state == "waiting"

    await say_text(accord, "hi", SAM)
    answer = card_text(await press(accord, verbs.ENQUIRY_RESPOND, SAM, enquiry_id=enquiry_id))
    assert "Routing: **With Sam Partner, responding**" in answer
    (update,) = [r for r in queued(db, f"enquiry:{enquiry_id}:channel:responding")]
    posted = json.loads(update.payload)["attachments"][0]["content"]
    assert "Routing: **With Sam Partner, responding**" in card_text(posted)


async def test_admins_see_who_cannot_be_reached_in_chat_and_on_the_command_line(accord, db, network, imported_sam,
                                                                                database_url, tmp_path):
    with db.transaction() as session:
        session.add(Member(email="newbie@network.example", name="Newbie", role="partner"))
        session.add(Member(name="No Email", role="partner"))
    shown = card_text(await say(accord, "members", ADA))
    assert "4 of 7 members can be reached in Teams" in shown  # Sam, Newbie and No Email cannot be yet
    assert "**Newbie (newbie@network.example)** · partner · not linked · not in the partner team yet" in \
        shown.replace("\u2060", "")
    assert "**No Email** · partner · not linked · no email on record" in shown
    assert "Sam Partner" in shown and "add them to the partner team" in shown
    assert "only admins can use 'members'" in await say_text(accord, "members", BO)

    listed = accord_cli("members", "list", env={"DATABASE_URL": database_url}, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    line = next(row for row in listed.stdout.splitlines() if row.startswith("newbie@network.example"))
    assert "not linked" in line and "no: not in the partner team yet" in line
    assert "dana@network.example" in listed.stdout and "yes (" in listed.stdout


async def test_outbox_names_its_recipients_and_lists_waiting_and_failed_apart(db, network, imported_sam,
                                                                              database_url, tmp_path, settings):
    from bot.services import delivery

    with db.transaction() as session:
        delivery.to_member(session, settings, "announcement:w", Reply(text="hello").payload(), imported_sam.id)
        outbox.enqueue(session, "announcement:f", Reply(text="x").payload(), conversation_id=CHANNEL_ID,
                       deadline=timedelta(hours=1))
        row = outbox.by_key(session, "announcement:f")
        outbox.failed(session, row.id, "HTTP 403: gone", utcnow())
    env = {"DATABASE_URL": database_url}
    waiting = accord_cli("outbox", "--waiting", env=env, cwd=tmp_path).stdout
    assert "to=Sam Partner <sam@network.example>" in waiting and "why: not in the partner team yet" in waiting
    assert "announcement:f" not in waiting and "HTTP 403" not in waiting
    failed = accord_cli("outbox", "--failed", env=env, cwd=tmp_path).stdout
    assert "HTTP 403: gone" in failed and "Sam Partner" not in failed


async def test_healthz_counts_waiting_and_failed_messages(db, network, imported_sam, settings):
    from bot.services import delivery

    with db.transaction() as session:
        delivery.to_member(session, settings, "announcement:w", Reply(text="hello").payload(), imported_sam.id)
    async with TestClient(TestServer(create_app(settings))) as client:
        health = await (await client.get("/healthz")).json()
    assert health["outbox"]["waiting"] == 1 and health["outbox"]["oldest_waiting_seconds"] >= 0
    assert health["outbox"]["failed"] == 0 and health["outbox"]["backlog"] == 0


@pytest.fixture
async def graph(trusted_cloud, monkeypatch):
    async with FakeGraph(trusted_cloud, "enquiries@network.example") as running:
        for name, value in running.tls_env().items():
            monkeypatch.setenv(name, value)
        yield running


async def test_a_member_in_no_team_gets_accord_installed_by_graph_and_the_message_in_that_chat(
        db, trusted_cloud, graph, database_url):
    from bot.services import delivery
    from tests.conftest import cloud_settings

    settings = cloud_settings(trusted_cloud, database_url, send_timeout=2.0).model_copy(update=dict(
        graph_tenant_id=TENANT, graph_client_id=trusted_cloud.app_id, graph_client_secret=trusted_cloud.app_password,
        graph_base_url=graph.base_url, graph_authority=trusted_cloud.base_url, teams_app_catalog_id=CATALOG_ID))
    graph.add_user("aad-grace", "grace@network.example")
    with db.transaction() as session:
        grace = Member(email="grace@network.example", name="Grace", role="partner")
        nobody = Member(email="nobody@network.example", name="Nobody", role="partner")
        session.add_all([grace, nobody])
        session.flush()
        told = delivery.to_member(session, settings, "announcement:g", Reply(text="welcome").payload(), grace.id)
        delivery.to_member(session, settings, "announcement:n", Reply(text="welcome").payload(), nobody.id)
    assert not told.waiting and told.reach.reason == "Accord can install itself for them"
    final = {r.idempotency_key: r for r in await deliver_all(settings, db)}
    assert final["announcement:g"].state == "delivered", final["announcement:g"].last_error
    assert graph.installs == {"aad-grace": {next(iter(graph.installs["aad-grace"])): CATALOG_ID}}
    chat = graph.chat_of("aad-grace")
    assert [b["text"] for b in trusted_cloud.delivered(chat)] == ["welcome"]
    # Someone Entra does not know waits (and says why) instead of failing.
    assert final["announcement:n"].state == "waiting" and "404" in final["announcement:n"].last_error

    with db.transaction() as session:  # the chat is remembered: later messages go straight to it
        delivery.to_member(session, settings, "announcement:g2", Reply(text="again").payload(), grace.id)
    await deliver_all(settings, db)
    assert [b["text"] for b in trusted_cloud.delivered(chat)] == ["welcome", "again"]
    assert len([r for r in graph.requests if r.method == "POST" and "grace" in r.path]) == 1  # installed once


def test_settings_reject_a_bad_wait_limit_by_kind():
    with pytest.raises(Exception, match="kind=days"):
        make_settings(delivery_wait_days_by_kind="enquiry:3")
