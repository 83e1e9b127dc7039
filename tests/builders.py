"""Teams-shaped activities for tests, built the way Teams sends them."""

from __future__ import annotations

import uuid
from typing import Any

TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47"
BOT_ID = "28:accord-bot"
TEAM_ID = "19:team-general@thread.tacv2"
CHANNEL_ID = "19:partners@thread.tacv2"


def user(n: int = 1, name: str | None = None) -> dict[str, Any]:
    """A Teams user account as it appears in `from`."""
    return {"id": f"29:user-{n}", "name": name or f"User {n}", "aadObjectId": f"00000000-0000-0000-0000-00000000000{n}"}


def activity(
    kind: str = "personal",
    *,
    type: str = "message",
    text: str | None = None,
    sender: dict[str, Any] | None = None,
    service_url: str = "https://smba.example.test/amer/",
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
