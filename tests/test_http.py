"""The bot over HTTP with real JWT validation against the loopback cloud, replies recorded at its connector."""

from __future__ import annotations

import json

import pytest
from aiohttp.test_utils import TestClient, TestServer

from app import create_app
from bot.services.fees import fees_from_splits, prompt_for_quote
from storage.members import find_member, member_by_email
from storage.models import Member, Quote
from storage.network import PARTNER_CHANNEL, get_setting
from tests.conftest import cloud_settings, make_settings
from tests.support.builders import BO, CHANNEL_ID, DANA, SAM, TENANT, activity, card_action, mention_bot, user
from tests.support.turns import card_text


@pytest.fixture
def settings(trusted_cloud, database_url):
    """Production-mode settings (SingleTenant, real token checks) pointed at the loopback cloud."""
    return cloud_settings(trusted_cloud, database_url)


def sends(cloud) -> list:
    """Connector requests that post a message."""
    return [r for r in cloud.requests if r.method == "POST" and "/activities" in r.path]


async def post(client, cloud, body: dict, **token_claims) -> object:
    return await client.post("/api/messages", json=body, headers={"Authorization": cloud.auth_header(**token_claims)})


def teams_activity(cloud, kind="personal", **fields) -> dict:
    return activity(kind, service_url=cloud.connector_url, **fields)


async def test_a_signed_help_gets_its_reply_at_the_connector_with_the_bots_token(client, cloud):
    response = await post(client, cloud, teams_activity(cloud, text="help"))
    assert response.status == 200
    (sent,) = sends(cloud)
    assert sent.conversation == f"a:personal-{user()['id']}"
    card = sent.body["attachments"][0]["content"]
    assert card["type"] == "AdaptiveCard" and card["body"][0]["text"] == "Accord: what you can do"
    assert sent.headers["Authorization"].startswith("Bearer ")
    assert [t.client_id for t in cloud.token_requests] == [cloud.app_id]


async def test_the_bots_token_is_reused_across_turns(client, cloud):
    for _ in range(3):
        assert (await post(client, cloud, teams_activity(cloud, text="help"))).status == 200
    assert len(sends(cloud)) == 3
    assert len(cloud.token_requests) == 1


@pytest.mark.parametrize("case", [
    "wrong_audience", "missing_audience", "wrong_issuer", "missing_issuer", "expired", "not_yet_valid",
    "bad_signature", "unknown_kid", "missing_kid", "channel_not_endorsed", "serviceurl_missing",
    "serviceurl_mismatch", "unsigned", "garbled", "wrong_scheme",
])
async def test_every_bad_token_is_a_401_and_reaches_nothing(client, cloud, db, case):
    body = teams_activity(cloud, text="help", sender=user(5))
    response = await client.post("/api/messages", json=body, headers={"Authorization": cloud.bad_auth_headers()[case]})
    assert response.status == 401
    assert cloud.requests == []
    with db.transaction() as session:
        assert find_member(session, teams_id=user(5)["id"]) is None


@pytest.mark.parametrize("header", [None, "", "Bearer", "Bearer ", "Bearer a.b.c", "🙂"])
async def test_a_missing_or_mangled_authorization_header_is_a_401(client, cloud, header):
    headers = {} if header is None else {"Authorization": header}
    response = await client.post("/api/messages", json=teams_activity(cloud, text="help"), headers=headers)
    assert response.status == 401
    assert cloud.requests == []


async def test_a_token_for_another_service_url_is_refused(client, cloud):
    body = teams_activity(cloud, text="help")
    body["serviceUrl"] = "https://smba.trafficmanager.net/emea/"
    assert (await post(client, cloud, body)).status == 401
    assert cloud.requests == []


async def test_a_body_that_is_not_json_is_a_400(client, cloud):
    response = await client.post("/api/messages", data=b"{not json", headers={"Authorization": cloud.auth_header(),
                                                                             "Content-Type": "application/json"})
    assert response.status == 400
    assert (await response.json())["errors"][0]["field"] == "body"


async def test_an_activity_without_required_fields_is_a_400_naming_them(client, cloud):
    body = teams_activity(cloud, text="help")
    del body["from"], body["conversation"]["id"]
    response = await post(client, cloud, body)
    assert response.status == 400
    assert {e["field"] for e in (await response.json())["errors"]} == {"from.id", "conversation.id"}


async def test_json_nested_deeper_than_python_parses_is_a_400(client, cloud):
    response = await client.post("/api/messages", data=b"[" * 100_000,
                                 headers={"Authorization": cloud.auth_header(), "Content-Type": "application/json"})
    assert response.status == 400
    assert (await response.json())["error"] == "The body is not JSON."


@pytest.mark.parametrize("field, value", [("timestamp", "yesterday"), ("entities", 5), ("recipient", "the bot")])
async def test_an_activity_with_a_field_of_the_wrong_type_is_a_400_and_reaches_nothing(client, cloud, db, field,
                                                                                        value):
    body = {**teams_activity(cloud, text="help", sender=user(6)), field: value}
    response = await post(client, cloud, body)
    assert response.status == 400
    assert (await response.json())["error"] == "The activity has a field of the wrong type."
    assert cloud.requests == []
    with db.transaction() as session:
        assert find_member(session, teams_id=user(6)["id"]) is None


@pytest.mark.parametrize("payload", [[], "text", 7, None])
async def test_json_that_is_not_an_object_is_a_400(client, cloud, payload):
    response = await client.post("/api/messages", data=json.dumps(payload),
                                 headers={"Authorization": cloud.auth_header(), "Content-Type": "application/json"})
    assert response.status == 400
    assert (await response.json())["errors"] == [{"field": "body", "error": "must be a JSON object"}]


async def test_an_oversized_body_is_a_413(client, cloud):
    body = teams_activity(cloud, text="x" * (300 * 1024))
    response = await post(client, cloud, body)
    assert response.status == 413
    assert cloud.requests == []


async def test_an_action_execute_invoke_returns_its_card_with_200(client, cloud):
    response = await post(client, cloud, card_action(verb="help", service_url=cloud.connector_url))
    assert response.status == 200
    body = await response.json()
    assert body["statusCode"] == 200
    assert body["type"] == "application/vnd.microsoft.card.adaptive"
    assert body["value"]["body"][0]["text"] == "Accord: what you can do"
    assert sends(cloud) == []


async def test_a_role_given_by_email_is_linked_through_the_teams_roster(client, cloud, db):
    dana = user(4, "Dana Admin")
    cloud.set_members([{**dana, "email": "dana@network.example", "userPrincipalName": "dana@network.example",
                        "tenantId": TENANT}])
    with db.transaction() as session:
        session.add(Member(email="dana@network.example", name="dana", role="admin"))
    body = teams_activity(cloud, "channel", text=mention_bot("set partner channel"), sender=dana)
    response = await post(client, cloud, body)
    assert response.status == 200
    (sent,) = sends(cloud)
    assert "is now the partner channel" in json.dumps(sent.body["attachments"])
    assert sent.conversation.startswith(CHANNEL_ID)
    with db.transaction() as session:
        assert get_setting(session, PARTNER_CHANNEL) == CHANNEL_ID
        assert member_by_email(session, "dana@network.example").teams_id == dana["id"]


async def test_healthz_reports_the_database(client):
    response = await client.get("/healthz")
    assert response.status == 200
    body = await response.json()
    assert body.pop("index") in ("building", "ready")  # tests/test_index.py: the index's states
    assert body == {"status": "ok", "database": "ok",
                                     "outbox": {"backlog": 0, "oldest_pending_seconds": None, "waiting": 0,
                                                "oldest_waiting_seconds": None, "failed": 0,
                                                "oldest_failed_seconds": None}}


async def test_healthz_is_503_when_the_database_is_unreachable():
    settings = make_settings(database_url="postgresql://postgres@127.0.0.1:9/nowhere?connect_timeout=2")
    async with TestClient(TestServer(create_app(settings))) as test_client:
        response = await test_client.get("/healthz")
        assert response.status == 503
        assert (await response.json())["database"] == "unreachable"


@pytest.mark.parametrize("fault", [dict(status=429, retry_after=1), dict(status=429), dict(status=503),
                                   dict(status=500, times=2), dict(status=412)])
async def test_a_reply_is_retried_through_throttling_and_server_errors(client, cloud, fault):
    await post(client, cloud, teams_activity(cloud, text="hello"))  # the first turn also reads the roster
    cloud.reset()
    cloud.inject(**fault)
    response = await post(client, cloud, teams_activity(cloud, text="help"))
    assert response.status == 200
    attempts = sends(cloud)
    assert [r.status for r in attempts] == [fault["status"]] * fault.get("times", 1) + [201]
    if fault.get("retry_after"):
        assert attempts[-1].received_at - attempts[0].received_at >= 0.9


async def test_a_reply_to_a_conversation_that_is_gone_is_not_retried(client, cloud):
    await post(client, cloud, teams_activity(cloud, text="hello"))
    cloud.reset()
    cloud.inject(status=404)
    response = await post(client, cloud, teams_activity(cloud, text="help"))
    assert response.status == 200  # Teams did deliver the activity to us; the failure is ours to log
    assert [r.status for r in sends(cloud)] == [404]


async def test_a_compose_box_search_invoke_returns_its_results_with_200(client, cloud, network):
    body = activity(type="invoke", name="composeExtension/query", service_url=cloud.connector_url,
                    value={"commandId": "findClient", "parameters": [{"name": "query", "value": "clientcorp"}]})
    response = await post(client, cloud, body)
    assert response.status == 200
    attachments = (await response.json())["composeExtension"]["attachments"]
    assert attachments[0]["preview"]["content"]["title"] == "ClientCorp Pty Ltd"
    assert sends(cloud) == []


async def test_who_owns_over_http_answers_with_the_card_for_the_asker(client, cloud, network):
    body = teams_activity(cloud, text="who owns ClientCorp?", sender=BO)  # a BD member
    assert (await post(client, cloud, body)).status == 200
    (sent,) = sends(cloud)
    card = sent.body["attachments"][0]["content"]
    assert card["body"][0]["text"] == "ClientCorp Pty Ltd"
    assert "John Doe" in json.dumps(card)
    refresh = next(a for a in card["actions"] if a["title"] == "Refresh")
    pressed = await post(client, cloud, card_action(verb=refresh["verb"], data=refresh["data"],
                                                    service_url=cloud.connector_url, sender=SAM))
    assert pressed.status == 200
    assert "John Doe" not in json.dumps((await pressed.json())["value"])  # recomputed for Sam, a partner


async def test_fees_over_http_shows_a_partner_the_lines_but_never_another_partners_quote_value(client, cloud, db,
                                                                                               settings, network):
    m = network.members
    with db.transaction() as session:  # Sam, a partner, quotes ClientCorp; the platform split gives Dana 10%
        quote = Quote(client_id=network.clients["clientcorp"].id, owner_id=m["sam"].id, value_cents=9_876_500,
                      status="submitted", partner_quote=True)
        session.add(quote)
        session.flush()
        prompt_for_quote(session, settings, quote)
        fees_from_splits(session, settings, quote, [(m["dana"].id, "referral_fee", 10)])
    body = teams_activity(cloud, text="fees ClientCorp", sender=DANA)  # another partner
    assert (await post(client, cloud, body)).status == 200
    (sent,) = sends(cloud)
    text = card_text(sent.body["attachments"][0]["content"])
    assert "Referral fees: ClientCorp Pty Ltd" in text
    assert "Sam Partner → Dana Partner · 10% · Agreed" in text
    assert not any(secret in text for secret in ("98,765", "98765", "9876500", "submitted"))


async def test_a_member_picker_search_answers_with_members_whose_name_holds_the_text(client, cloud, network):
    def search(text: str, dataset: str = "accord.members", sender=None) -> dict:
        return activity(type="invoke", name="application/search", service_url=cloud.connector_url,
                        value={"queryText": text, "queryOptions": {"skip": 0, "top": 15}, "dataset": dataset},
                        **({"sender": sender} if sender else {}))

    response = await post(client, cloud, search("partner", sender=SAM))
    assert response.status == 200
    body = await response.json()
    assert body["type"] == "application/vnd.microsoft.search.searchResponse"
    ids = {m.id: m.name for m in network.members.values()}
    assert [(r["title"], ids[int(r["value"])]) for r in body["value"]["results"]] == [
        ("Dana Partner", "Dana Partner"), ("Sam Partner", "Sam Partner")]
    for text, dataset in (("%", "accord.members"), ("_", "accord.members"), ("dana", "npm")):
        answer = await (await post(client, cloud, search(text, dataset, SAM))).json()
        assert answer["value"]["results"] == [], (text, dataset)  # wildcards are text; other datasets are not ours
    stranger = await (await post(client, cloud, search("partner", sender=user(9, "Nobody Yet")))).json()
    assert stranger["value"]["results"] == []  # someone without a role lists no one
    assert sends(cloud) == []
