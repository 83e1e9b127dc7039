"""Self-test of the FakeCloud test double against msal, PyJWT, botbuilder and plain HTTP clients."""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterator
from types import SimpleNamespace
from urllib.parse import quote

import aiohttp
import jwt
import msal
import pytest
import requests
from botbuilder.integration.aiohttp import ConfigurationBotFrameworkAuthentication
from botbuilder.schema import Activity, ChannelAccount, ConversationAccount

from tests.support.fakecloud import BOT_FRAMEWORK_SCOPE, FakeCloud

APP_ID = "6c0f4a52-8b53-4d0e-9a8e-1f2a3b4c5d6e"
APP_PASSWORD = "s3cret~password"
TENANT_ID = "0d9f6a1c-2b3e-4f50-8a71-92b3c4d5e6f7"
THREAD = "19:abc@thread.tacv2;messageid=1700000000000"
CHAT = "19:meeting_xyz@thread.v2"
SCOPES = [f"{BOT_FRAMEWORK_SCOPE}/.default"]


@pytest.fixture(scope="module")
def shared_cloud() -> Iterator[FakeCloud]:
    cloud = FakeCloud(APP_ID, APP_PASSWORD, TENANT_ID)
    with cloud.run_in_thread(), pytest.MonkeyPatch.context() as env:
        for name, value in cloud.tls_env().items():
            env.setenv(name, value)
        yield cloud


@pytest.fixture
def cloud(shared_cloud: FakeCloud) -> FakeCloud:
    shared_cloud.reset()
    shared_cloud.enforce_limits = False
    return shared_cloud


@pytest.fixture
def session(cloud: FakeCloud) -> Iterator[requests.Session]:
    with requests.Session() as http:
        http.headers["Authorization"] = f"Bearer {_access_token(cloud)}"
        yield http


def _access_token(cloud: FakeCloud) -> str:
    form = {"grant_type": "client_credentials", "client_id": APP_ID, "client_secret": APP_PASSWORD, "scope": SCOPES[0]}
    return requests.post(cloud.token_url, data=form, timeout=5).json()["access_token"]


def _activities_url(cloud: FakeCloud, conversation: str) -> str:
    return f"{cloud.connector_url}v3/conversations/{quote(conversation, safe='')}/activities"


def _inbound(cloud: FakeCloud, channel_id: str = "msteams") -> Activity:
    return Activity(
        type="message",
        id="1700000000001",
        channel_id=channel_id,
        service_url=cloud.connector_url,
        from_property=ChannelAccount(id="29:user", name="User"),
        recipient=ChannelAccount(id=f"28:{APP_ID}", name="Accord"),
        conversation=ConversationAccount(id=THREAD, conversation_type="channel"),
        text="hello",
    )


@pytest.mark.parametrize("authority", ["login_url", "b2c_login_url"])
def test_msal_acquires_a_token_once_then_serves_it_from_its_cache(cloud: FakeCloud, authority: str) -> None:
    discovery = {"instance_discovery": False} if authority == "login_url" else {}
    app = msal.ConfidentialClientApplication(
        APP_ID, client_credential=APP_PASSWORD, authority=getattr(cloud, authority), **discovery
    )

    first = app.acquire_token_for_client(SCOPES)
    second = app.acquire_token_for_client(SCOPES)

    assert first["token_type"] == "Bearer" and first["expires_in"] == 3600
    assert second["access_token"] == first["access_token"]
    assert second["token_source"] == "cache"
    assert [(r.client_id, r.scope, r.status) for r in cloud.token_requests] == [(APP_ID, SCOPES[0], 200)]


def test_token_endpoint_rejects_bad_clients_like_entra(cloud: FakeCloud) -> None:
    app = msal.ConfidentialClientApplication(
        APP_ID, client_credential="wrong", authority=cloud.login_url, instance_discovery=False
    )
    assert app.acquire_token_for_client(SCOPES)["error"] == "invalid_client"

    def post(**changes: str) -> requests.Response:
        form = {"grant_type": "client_credentials", "client_id": APP_ID, "client_secret": APP_PASSWORD}
        return requests.post(cloud.token_url, data={**form, "scope": SCOPES[0], **changes}, timeout=5)

    assert post(client_id="someone-else").json()["error"] == "unauthorized_client"
    assert post(scope=BOT_FRAMEWORK_SCOPE).json()["error"] == "invalid_scope"
    assert post(grant_type="password").json()["error"] == "unsupported_grant_type"
    assert [r.status for r in cloud.token_requests] == [401, 400, 400, 400]


def test_published_metadata_and_keys_verify_a_minted_token(cloud: FakeCloud) -> None:
    metadata = requests.get(cloud.openid_url, timeout=5).json()
    keys_json = requests.get(metadata["jwks_uri"], timeout=5).json()
    keys = jwt.PyJWKSet.from_dict(keys_json)
    token = cloud.mint_token(appid=None, custom="x")

    key = next(k for k in keys.keys if k.key_id == jwt.get_unverified_header(token)["kid"])
    claims = jwt.decode(token, key.key, algorithms=["RS256"], audience=APP_ID, issuer=metadata["issuer"])

    assert metadata["issuer"] == cloud.issuer == "https://api.botframework.com"
    assert metadata["id_token_signing_alg_values_supported"] == ["RS256"]
    assert "msteams" in next(k for k in keys_json["keys"] if k["kid"] == cloud.kid)["endorsements"]
    assert claims["serviceurl"] == cloud.connector_url and claims["custom"] == "x"
    assert claims["exp"] - claims["nbf"] == 3600


def test_env_points_a_bot_process_at_the_fake(cloud: FakeCloud) -> None:
    env = cloud.env()

    assert (env["MicrosoftAppId"], env["MicrosoftAppType"], env["MicrosoftAppTenantId"]) == (
        APP_ID,
        "SingleTenant",
        TENANT_ID,
    )
    assert env["TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL"] == cloud.openid_url
    assert env["TO_CHANNEL_FROM_BOT_LOGIN_URL"] == f"{cloud.login_url}/b2c_1_fakecloud"
    assert env["REQUESTS_CA_BUNDLE"] == env["SSL_CERT_FILE"] == str(cloud.ca_path)


async def test_botbuilder_accepts_a_minted_token_and_delivers_through_the_connector(cloud: FakeCloud) -> None:
    auth = ConfigurationBotFrameworkAuthentication(SimpleNamespace(**cloud.botbuilder_settings()))

    result = await auth.authenticate_request(_inbound(cloud), cloud.auth_header())
    connector = await result.connector_factory.create(cloud.connector_url, result.audience)
    sent = await connector.conversations.send_to_conversation(THREAD, Activity(type="message", text="hi"))
    reply = Activity(type="message", text="re", reply_to_id=sent.id)
    await connector.conversations.reply_to_activity(THREAD, sent.id, reply)
    await connector.conversations.update_activity(THREAD, sent.id, Activity(type="message", text="edited"))

    assert result.claims_identity.claims["aud"] == APP_ID
    assert [a["text"] for a in cloud.delivered(THREAD)] == ["hi", "re"]
    assert [(r.operation, r.conversation, r.status) for r in cloud.requests] == [
        ("send", THREAD, 201),
        ("reply", THREAD, 201),
        ("update", THREAD, 200),
    ]
    assert cloud.requests[1].activity_id == sent.id
    assert len(cloud.token_requests) == 1


async def test_botbuilder_rejects_every_bad_auth_header(cloud: FakeCloud) -> None:
    auth = ConfigurationBotFrameworkAuthentication(SimpleNamespace(**cloud.botbuilder_settings()))
    await auth.authenticate_request(_inbound(cloud), cloud.auth_header())

    accepted = []
    for name, header in cloud.bad_auth_headers().items():
        try:
            await auth.authenticate_request(_inbound(cloud), header)
        except Exception:  # botbuilder raises anything from PermissionError to IndexError here
            continue
        accepted.append(name)
    with pytest.raises(Exception, match="endorsement"):
        await auth.authenticate_request(_inbound(cloud, channel_id="webchat"), cloud.auth_header())

    assert accepted == []


def test_connector_answers_like_teams_and_records_decoded_ids(cloud: FakeCloud, session: requests.Session) -> None:
    cloud.set_members([{"id": "29:a", "name": "A", "aadObjectId": "aad-a"}])
    cloud.set_members([{"id": "29:b", "name": "B"}], conversation=CHAT)
    base = f"{cloud.connector_url}v3/conversations"

    sent = session.post(_activities_url(cloud, THREAD), json={"type": "message", "text": "one"})
    reply = session.post(f"{_activities_url(cloud, THREAD)}/{sent.json()['id']}", json={"type": "message"})
    update = session.put(f"{_activities_url(cloud, THREAD)}/{sent.json()['id']}", json={"type": "message"})
    created = [session.post(base, json={"members": [{"id": "29:a"}], "activity": {"text": "dm"}}) for _ in "12"]
    thread = session.post(base, json={"isGroup": True, "channelData": {"channel": {"id": CHAT}}, "activity": {}})
    members = session.get(f"{base}/{quote(CHAT, safe='')}/members").json()
    member = session.get(f"{base}/{quote(THREAD, safe='')}/members/aad-a")
    missing = session.get(f"{base}/{quote(THREAD, safe='')}/members/29:nobody")
    unknown = session.get(f"{base}/{quote(THREAD, safe='')}/nothing")
    anonymous = requests.post(_activities_url(cloud, THREAD), json={"type": "message"}, timeout=5)
    channel_token = requests.post(
        _activities_url(cloud, THREAD), json={}, headers={"Authorization": cloud.auth_header()}, timeout=5
    )

    assert (sent.status_code, reply.status_code, update.status_code) == (201, 201, 200)
    assert int(reply.json()["id"]) > int(sent.json()["id"]) and update.json() == sent.json()
    assert created[0].status_code == 201 and created[0].json()["id"].startswith("a:")
    assert created[0].json()["id"] == created[1].json()["id"] and "activityId" in created[0].json()
    assert thread.json()["id"] == f"{CHAT};messageid={thread.json()['activityId']}"
    assert cloud.delivered(thread.json()["id"]) == [{}]
    assert members == [{"id": "29:b", "name": "B"}] and member.json()["id"] == "29:a"
    assert missing.json()["error"]["code"] == "MemberNotFoundInConversation"
    assert (unknown.status_code, anonymous.status_code, channel_token.status_code) == (404, 401, 401)
    assert anonymous.json() == {"message": "Authorization has been denied for this request."}
    assert [a.get("text") for a in cloud.delivered()] == ["one", None, "dm", "dm", None]
    first = cloud.requests[0]
    assert (first.path, first.conversation, first.body, first.response) == (
        f"/v3/conversations/{THREAD}/activities",
        THREAD,
        {"type": "message", "text": "one"},
        sent.json(),
    )
    assert first.headers["Authorization"].startswith("Bearer ") and first.received_at <= time.monotonic()


def test_faults_apply_in_order_to_matching_requests(cloud: FakeCloud, session: requests.Session) -> None:
    cloud.inject(429, retry_after=2, conversation=THREAD)
    cloud.inject(503, times=2)
    cloud.inject(403, code="BotNotInConversationRoster", conversation=CHAT)

    answers = [
        session.post(_activities_url(cloud, conversation), json={"type": "message"})
        for conversation in (CHAT, THREAD, THREAD, CHAT, THREAD)
    ]

    assert [a.status_code for a in answers] == [503, 429, 503, 403, 201]
    assert answers[1].headers["Retry-After"] == "2" and answers[1].json()["error"]["code"] == "Throttled"
    assert answers[3].json()["error"]["code"] == "BotNotInConversationRoster"
    assert len(cloud.delivered()) == 1


def test_drop_closes_the_connection_and_delay_answers_late(cloud: FakeCloud, session: requests.Session) -> None:
    cloud.inject(drop=True)
    cloud.inject(delay=0.6)

    with pytest.raises(requests.ConnectionError):
        session.post(_activities_url(cloud, THREAD), json={"type": "message", "text": "lost"})
    with pytest.raises(requests.Timeout):
        session.post(_activities_url(cloud, THREAD), json={"type": "message", "text": "slow"}, timeout=0.2)
    time.sleep(0.6)

    assert [r.status for r in cloud.requests] == [None, 201]
    assert [a["text"] for a in cloud.delivered(THREAD)] == ["slow"]


def test_enforced_limits_throttle_a_conversation_with_retry_after(cloud: FakeCloud, session: requests.Session) -> None:
    cloud.enforce_limits = True

    answers = [session.post(_activities_url(cloud, THREAD), json={"type": "message"}) for _ in range(8)]
    other = session.post(_activities_url(cloud, CHAT), json={"type": "message"})

    assert [a.status_code for a in answers] == [201] * 7 + [429]
    assert answers[-1].headers["Retry-After"] == "1" and other.status_code == 201
    assert cloud.throttled == 1 and len(cloud.delivered(THREAD)) == 7
    assert cloud.max_rate(THREAD, 1.0) == 8 and cloud.max_rate(CHAT, 1.0) == 1
    assert cloud.max_rate(None, 1.0) == 9


def test_enforced_limits_throttle_the_app_at_fifty_per_second(cloud: FakeCloud, session: requests.Session) -> None:
    cloud.enforce_limits = True

    statuses = [session.post(_activities_url(cloud, f"a:{n}"), json={"type": "message"}).status_code for n in range(51)]

    assert statuses == [201] * 50 + [429]
    assert cloud.throttled == 1


def test_reset_forgets_records_and_faults(cloud: FakeCloud, session: requests.Session) -> None:
    cloud.inject(500, times=5)
    session.post(_activities_url(cloud, THREAD), json={"type": "message"})

    cloud.reset()
    answer = session.post(_activities_url(cloud, THREAD), json={"type": "message"})

    assert answer.status_code == 201 and len(cloud.requests) == 1 and cloud.token_requests == []


def test_inject_refuses_a_fault_without_an_effect(cloud: FakeCloud) -> None:
    for bad in ({}, {"status": 500, "drop": True}, {"status": 500, "times": 0}):
        with pytest.raises(ValueError):
            cloud.inject(**bad)


async def test_runs_in_the_current_loop_with_a_plain_http_connector() -> None:
    async with FakeCloud(connector_tls=False) as cloud:
        trust = ssl.create_default_context(cafile=str(cloud.ca_path))
        async with aiohttp.ClientSession() as http:
            async with http.get(cloud.openid_url, ssl=trust) as metadata:
                jwks_uri = (await metadata.json())["jwks_uri"]
            async with http.post(_activities_url(cloud, THREAD), json={"type": "message"}) as sent:
                status = sent.status

    assert cloud.connector_url.startswith("http://127.0.0.1:") and cloud.connector_url.endswith("/amer/")
    assert jwks_uri == cloud.jwks_url and status == 201 and not cloud.require_auth
