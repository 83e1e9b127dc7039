"""Replies, updates and roster look-ups of a turn go through the one pooled connector client (issue 15).

The bot runs over HTTP with real JWT checks against the loopback cloud; its connector counts the TCP connections
requests arrive on, so a client that opens a new session (and TLS handshake) per turn shows as many connections.
"""

from __future__ import annotations

import logging

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from botbuilder.core import ActivityHandler, MessageFactory, TurnContext
from botbuilder.schema import Activity

from bot.adapter import TeamsEndpoint, serialized
from bot.connector import Connector
from bot.teams import activity_of
from bot.tokens import AppTokens
from bot.turn import Mention, Reply
from tests.conftest import cloud_settings
from tests.support.builders import activity, user


@pytest.fixture
def settings(trusted_cloud, database_url):
    """Production-mode settings (SingleTenant, real token checks) pointed at the loopback cloud."""
    return cloud_settings(trusted_cloud, database_url)


def sends(cloud) -> list:
    """Connector requests that post a message."""
    return [r for r in cloud.requests if r.method == "POST" and "/activities" in r.path]


async def post(client, cloud, body: dict):
    return await client.post("/api/messages", json=body, headers={"Authorization": cloud.auth_header()})


def personal(cloud, text: str, n: int = 1) -> dict:
    return activity("personal", service_url=cloud.connector_url, text=text, sender=user(n))


async def test_many_turns_reuse_one_connection_to_the_connector(client, cloud):
    # A new user: the first turn also reads their roster entry, over the same connection.
    cloud.set_members([{**user(1), "email": "user1@network.example"}])
    for _ in range(6):
        assert (await post(client, cloud, personal(cloud, "help"))).status == 200
    assert [r.operation for r in cloud.requests] == ["member"] + ["reply"] * 6
    assert all(r.status in (200, 201) for r in cloud.requests)
    assert cloud.connections == 1
    assert len(cloud.token_requests) == 1


async def test_replies_of_several_people_share_the_connection_and_each_reaches_its_chat(client, cloud):
    for n in (1, 2, 3, 1, 2, 3):
        assert (await post(client, cloud, personal(cloud, "help", n))).status == 200
    replies = sends(cloud)
    assert [r.conversation for r in replies] == [f"a:personal-29:user-{n}" for n in (1, 2, 3, 1, 2, 3)]
    assert cloud.connections == 1


async def test_a_throttled_reply_waits_out_retry_after_on_the_same_connection(client, cloud):
    await post(client, cloud, personal(cloud, "hello"))
    cloud.reset()
    cloud.inject(status=429, retry_after=1, times=2)
    response = await post(client, cloud, personal(cloud, "help"))
    assert response.status == 200
    attempts = sends(cloud)
    assert [r.status for r in attempts] == [429, 429, 201]
    assert attempts[1].received_at - attempts[0].received_at >= 0.9
    assert attempts[2].received_at - attempts[1].received_at >= 0.9
    assert len({r.headers["Authorization"] for r in attempts}) == 1
    assert cloud.connections == 1


async def test_a_refused_reply_is_logged_and_teams_still_gets_200(client, cloud, caplog):
    await post(client, cloud, personal(cloud, "hello"))
    cloud.reset()
    cloud.inject(status=403, code="ConversationBlockedByUser")
    with caplog.at_level(logging.INFO):
        response = await post(client, cloud, personal(cloud, "help"))
    assert response.status == 200
    assert [r.status for r in sends(cloud)] == [403]  # not retried, and no apology sent after it
    failed = [r for r in caplog.records if r.getMessage() == "turn failed"]
    assert failed and "ConversationBlockedByUser" in str(failed[0].exc_info[1])


# ---- a bot of its own, for what Accord's handler does not do in a turn today ----------------------------------------


class _EditingBot(ActivityHandler):
    """Sends three messages, then edits the second in place; "elsewhere" tries to send to another serviceUrl."""

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        if turn_context.activity.text == "elsewhere":
            elsewhere = turn_context.activity.service_url.replace("/amer/", "/emea/")
            stray = Activity(type="message", text="stray", service_url=elsewhere,
                             conversation=turn_context.activity.conversation)
            await turn_context.adapter.send_activities(turn_context, [stray])
            return
        sent = [await turn_context.send_activity(text) for text in ("one", "two", "three")]
        edited = MessageFactory.text("two, edited")
        edited.id = sent[1].id
        await turn_context.update_activity(edited)


@pytest.fixture
async def editing_client(settings):
    tokens = AppTokens(settings)
    connector = Connector(tokens, anonymous=settings.anonymous, timeout=settings.send_timeout)
    endpoint = TeamsEndpoint(settings, _EditingBot(), tokens, connector)
    app = web.Application()
    app.router.add_post("/api/messages", endpoint.messages)
    try:
        async with TestClient(TestServer(app)) as test_client:
            yield test_client
    finally:
        await connector.close()


async def test_replies_arrive_in_order_and_an_update_replaces_one_in_place(editing_client, cloud):
    body = personal(cloud, "edit")
    assert (await post(editing_client, cloud, body)).status == 200
    requests = cloud.requests
    assert [(r.method, r.operation) for r in requests] == [("POST", "reply")] * 3 + [("PUT", "update")]
    assert [r.body["text"] for r in requests] == ["one", "two", "three", "two, edited"]
    assert all(r.activity_id == body["id"] for r in requests[:3])  # each a reply to the message
    second = requests[1].response["id"]
    assert requests[3].activity_id == second and requests[3].body["id"] == second
    assert requests[3].status == 200
    assert all(r.headers["Authorization"].startswith("Bearer ") for r in requests)
    assert cloud.connections == 1


async def test_nothing_is_sent_to_a_service_url_other_than_the_authenticated_one(editing_client, cloud, caplog):
    with caplog.at_level(logging.INFO):
        response = await post(editing_client, cloud, personal(cloud, "elsewhere"))
    assert response.status == 200
    assert any(r.getMessage() == "turn failed" and isinstance(r.exc_info[1], PermissionError) for r in caplog.records)
    # Nothing went to the other region; the apology went to the turn's own serviceUrl.
    assert [(r.operation, r.body["text"]) for r in cloud.requests] == [
        ("reply", "Sorry, something went wrong on my side. Please try again in a moment.")]


async def test_a_fresh_token_is_handed_out_without_asking_msal_again(settings, cloud):
    tokens = AppTokens(settings)
    assert tokens.fresh() is None  # nothing fetched yet: the caller must ask msal (in a thread)
    token = tokens.token()
    assert tokens.fresh() == token
    assert len(cloud.token_requests) == 1


CARD = {"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlock", "text": "ClientCorp", "wrap": True}],
        "actions": [{"type": "Action.Execute", "verb": "whoOwns.refresh", "data": {"client_id": 7, "note": None,
                                                                                   "ids": [1, {"a": "b"}]}}]}


@pytest.mark.parametrize("reply", [Reply(text="hi"), Reply(card=CARD), Reply(text="see", card=CARD),
                                   Reply(text="<at>Sam</at>", mentions=(Mention("29:sam", "Sam"),))],
                         ids=["text", "card", "text and card", "mention"])
def test_a_reply_goes_out_as_msrest_would_write_it_and_keeps_its_card_as_sent(reply):
    # Replies skip msrest's walk of the card; what goes out must not change for it.
    activity = activity_of(reply)
    assert serialized(activity) == Activity().deserialize(reply.payload()).serialize()
    assert [a.content for a in activity.attachments or []] == ([CARD] if reply.card else [])
