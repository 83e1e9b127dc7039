"""Teams-shaped activities for tests, built the way Teams sends them; webhook posts signed as the network signs them."""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

from bot.webhooks import signature

TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47"
BOT_ID = "28:accord-bot"
TEAM_ID = "19:team-general@thread.tacv2"
CHANNEL_ID = "19:partners@thread.tacv2"
SERVICE_URL = "https://smba.example.test/amer/"


def user(n: int = 1, name: str | None = None) -> dict[str, Any]:
    """A Teams user account as it appears in `from`."""
    return {"id": f"29:user-{n}", "name": name or f"User {n}", "aadObjectId": f"00000000-0000-0000-0000-00000000000{n}"}


# The Teams accounts of the members tests.support.registry_seed makes, in its order.
DANA, SAM, BO, DI, ADA = (user(n, name) for n, name in enumerate(
    ["Dana Partner", "Sam Partner", "Bo Business", "Di Director", "Ada Admin"], start=1))


def activity(
    kind: str = "personal",
    *,
    type: str = "message",
    text: str | None = None,
    sender: dict[str, Any] | None = None,
    service_url: str = SERVICE_URL,
    **extra: Any,
) -> dict[str, Any]:
    """A Teams activity in a personal chat, a group chat or the partners channel."""
    sender = sender or user()
    channel_data: dict[str, Any] = {"tenant": {"id": TENANT}}
    conversation: dict[str, Any] = {"conversationType": kind, "tenantId": TENANT}
    if kind == "personal":
        conversation["id"] = f"a:personal-{sender['id']}"
    elif kind == "groupChat":
        conversation.update(id="19:group@thread.v2", isGroup=True)
    else:
        conversation.update(id=f"{CHANNEL_ID};messageid=1700000000000", isGroup=True)
        channel_data.update(
            team={"id": TEAM_ID, "name": "Partner Network", "aadGroupId": str(uuid.UUID(int=7))},
            channel={"id": CHANNEL_ID, "name": "Partners"},
            teamsTeamId=TEAM_ID,
            teamsChannelId=CHANNEL_ID,
        )
    body: dict[str, Any] = {
        "type": type,
        "id": uuid.uuid4().hex,
        "channelId": "msteams",
        "serviceUrl": service_url,
        "from": sender,
        "recipient": {"id": BOT_ID, "name": "Accord"},
        "conversation": conversation,
        "channelData": channel_data,
        "locale": "en-AU",
    }
    if text is not None:
        body["text"] = text
    if kind == "channel" and text is not None and "<at>" in text:
        body["entities"] = [
            {"type": "mention", "text": "<at>Accord</at>", "mentioned": {"id": BOT_ID, "name": "Accord"}}
        ]
    body.update(extra)
    return body


def mention_bot(command: str) -> str:
    """Channel text as Teams sends it when someone @mentions the bot."""
    return f"<at>Accord</at> {command}"


def card_action(kind: str = "personal", verb: str = "help", data: dict | None = None, **extra) -> dict[str, Any]:
    """An adaptiveCard/action invoke, as Teams sends it when an Action.Execute button is pressed."""
    return activity(
        kind,
        type="invoke",
        name="adaptiveCard/action",
        value={"action": {"type": "Action.Execute", "verb": verb, "data": {"verb": verb, **(data or {})}}},
        **extra,
    )


def compose_search(query: str, sender: dict[str, Any]) -> dict[str, Any]:
    """A compose-box search ("Find client"), as Teams sends it while someone types."""
    return activity(type="invoke", name="composeExtension/query", sender=sender,
                    value={"commandId": "findClient", "parameters": [{"name": "query", "value": query}],
                           "queryOptions": {"skip": 0, "count": 25}})


def signed_headers(secret: str, body: bytes, stamp: int | None = None) -> dict[str, str]:
    """The headers of a webhook POST signed with `secret` at `stamp` (now, by default)."""
    stamp_text = str(int(time.time()) if stamp is None else stamp)
    return {"X-Accord-Timestamp": stamp_text, "X-Accord-Signature": signature(secret, stamp_text, body),
            "Content-Type": "application/json"}


async def post_webhook(client, path: str, body: Any, *, secret: str, stamp: int | None = None,
                       raw: bytes | None = None, headers: dict[str, str] | None = None):
    """POST `body` as JSON (or `raw` bytes) through an aiohttp test client, signed unless `headers` are given."""
    data = raw if raw is not None else json.dumps(body).encode()
    headers = signed_headers(secret, data, stamp) if headers is None else headers
    return await client.post(path, data=data, headers=headers)
