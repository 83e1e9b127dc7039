"""The one ActivityHandler: Teams activities in, plain Turns to the core, Replies back out as activities."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import re
from typing import Any

from botbuilder.core import ActivityHandler, InvokeResponse, TurnContext
from botbuilder.schema import Activity, Attachment
from botbuilder.schema.teams import TeamsChannelAccount
from msrest.exceptions import DeserializationError

from bot.connector import Connector
from bot.core import Accord
from bot.rules.text import well_formed, well_formed_deep
from bot.turn import CARD, Mention, Place, Reply, Turn, User
from cards.base import with_notes

log = logging.getLogger(__name__)

MESSAGE = "application/vnd.microsoft.activity.message"
THUMBNAIL = "application/vnd.microsoft.card.thumbnail"
_AT = re.compile(r"</?at>", re.IGNORECASE)
_CARD_TYPES = frozenset({CARD, THUMBNAIL, "application/vnd.microsoft.card.hero"})


class AccordBot(ActivityHandler):
    """Translates between botbuilder and Accord's core, which never sees an SDK type."""

    def __init__(self, core: Accord, connector: Connector | None) -> None:
        self.core = core
        # The process's pooled Bot Connector client, for roster look-ups; None where no Teams answers (TestAdapter).
        self.connector = connector
        # Teams is asked once per person per process; turns of that person arriving meanwhile (an install sends two
        # activities at once) wait for the same answer, so none of them is taken for someone the records lack.
        self._profiles: dict[str, asyncio.Future] = {}
        self._known: set[str] = set()  # people whose email is on record: their turns need no profile check

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        turn = await self._turn(turn_context, "message", text=activity.text or "", value=_dict(activity.value),
                                mentions=_mentions(activity), cards=_cards(activity))
        await self._send(turn_context, await self._handle(turn))

    async def on_installation_update_add(self, turn_context: TurnContext) -> None:
        await self._send(turn_context, await self._handle(await self._turn(turn_context, "install")))

    async def on_installation_update_remove(self, turn_context: TurnContext) -> None:
        await self._handle(_to_turn(turn_context.activity, "uninstall"))

    async def on_conversation_update_activity(self, turn_context: TurnContext) -> None:
        activity = turn_context.activity
        bot_id = activity.recipient.id if activity.recipient else None
        if any(m.id == bot_id for m in activity.members_added or []):
            await self._send(turn_context, await self._handle(await self._turn(turn_context, "install")))
        elif any(m.id == bot_id for m in activity.members_removed or []):
            await self._handle(_to_turn(activity, "uninstall"))
        elif activity.from_property and activity.from_property.id and \
                _dict(_dict(activity.channel_data).get("team")).get("id"):
            # People joined or left the team, or it was renamed: its roster is read again.
            await self._handle(_to_turn(activity, "roster"))

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse:
        activity = turn_context.activity
        if activity.name == "composeExtension/query":
            turn = await self._turn(turn_context, "search", value=_search_value(_dict(activity.value)))
            return _search_response(await self._handle(turn))
        if activity.name == "application/search":  # a card's member picker, as someone types
            value = _dict(activity.value)
            typed = {"dataset": value.get("dataset"), "query": value.get("queryText")}
            turn = await self._turn(turn_context, "picker-search", value={k: str(v or "") for k, v in typed.items()})
            return _picker_response(await self._handle(turn))
        if activity.name != "adaptiveCard/action":
            return await super().on_invoke_activity(turn_context)
        action = _dict(_dict(activity.value).get("action"))
        turn = await self._turn(turn_context, "action", value=_dict(action.get("data")), verb=action.get("verb"))
        return _invoke_response(await self._handle(turn))

    async def _turn(self, turn_context: TurnContext, event: str, **fields: Any) -> Turn:
        turn = _to_turn(turn_context.activity, event, **fields)
        teams_id = turn.user.teams_id
        if teams_id in self._known:  # their email is on record: no second transaction, no roster call
            return turn
        asked = self._profiles.get(teams_id)
        if asked is None:
            needed = await asyncio.to_thread(self.core.needs_profile, teams_id)
            if not needed:
                if needed is False:  # known for good (an email is never taken away); None: the lock was busy
                    self._known.add(teams_id)
                return turn
            asked = self._profiles.setdefault(teams_id, asyncio.ensure_future(
                self._profile(turn_context.activity, teams_id)))
        profile = await asyncio.shield(asked)
        return _with_profile(turn, profile) if profile is not None else turn

    async def _profile(self, activity: Activity, teams_id: str) -> TeamsChannelAccount | None:
        """The sender's roster entry (email, object id), or None when Teams will not tell us."""
        # As TeamsInfo.get_member asks: in a team, the team's roster; elsewhere, the conversation's.
        if self.connector is None:
            return None
        roster = _dict(_dict(activity.channel_data).get("team")).get("id") or activity.conversation.id
        outcome, entry = await self.connector.member(activity.service_url, roster, teams_id)
        if not outcome.ok:  # the roster is a nicety; the turn goes on without it
            log.info("could not read the roster entry of %s: %s", teams_id, outcome.error)
            return None
        try:
            return TeamsChannelAccount().deserialize(entry)
        except DeserializationError as exc:
            log.info("the roster entry of %s is malformed: %s", teams_id, exc)
            return None

    async def _handle(self, turn: Turn) -> list[Reply]:
        # The core uses blocking database calls; a worker thread keeps the event loop answering.
        return await asyncio.to_thread(self.core.handle, turn)

    async def _send(self, turn_context: TurnContext, replies: list[Reply]) -> None:
        # Each goes out through the pooled connector, retried while the asker waits (bot/adapter.py).
        for reply in replies:
            await turn_context.send_activity(activity_of(reply))


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _mentions(activity: Activity) -> tuple[Mention, ...]:
    """The people @mentioned in a message, other than the bot, each named as its `<at>` tag in the text reads."""
    bot_id = activity.recipient.id if activity.recipient else None
    found = []
    for entity in activity.entities or []:
        extra = (entity.additional_properties or {}) if (entity.type or "").lower() == "mention" else {}
        mentioned, tag = _dict(extra.get("mentioned")), extra.get("text")
        if mentioned.get("id") and mentioned["id"] != bot_id and isinstance(tag, str):
            # Teams may split one person into several tags ("<at>Sam</at> <at>Partner</at>"), each with the same id.
            found.append(Mention(mentioned["id"], well_formed(_AT.sub("", tag) or str(mentioned.get("name") or ""))))
    return tuple(found)


def _cards(activity: Activity) -> tuple[dict[str, Any], ...]:
    """The cards a message carries (Teams adds an HTML copy of typed text too, which is not a card)."""
    return tuple(a.content for a in activity.attachments or []
                 if a.content_type in _CARD_TYPES and isinstance(a.content, dict))


def _to_turn(activity: Activity, event: str, **fields: Any) -> Turn:
    """The plain Turn for an activity."""
    data = _dict(activity.channel_data)
    team, channel = _dict(data.get("team")), _dict(data.get("channel"))
    tenant = _dict(data.get("tenant")).get("id") or activity.conversation.tenant_id
    kind = activity.conversation.conversation_type or (
        "channel" if channel else "groupChat" if activity.conversation.is_group else "personal"
    )
    sender = activity.from_property
    # A lone surrogate in a display name would fail every turn of that person: clean what people type, here.
    name = well_formed(sender.name or "").replace("\x00", "")
    user = User(teams_id=sender.id, name=name, aad_object_id=sender.aad_object_id, tenant_id=tenant)
    fields = {k: well_formed_deep(v) if k in ("text", "value") else v for k, v in fields.items()}
    place = Place(
        conversation_id=activity.conversation.id,
        kind=kind,
        service_url=activity.service_url,
        tenant_id=tenant,
        bot_id=activity.recipient.id if activity.recipient else "",
        bot_name=(activity.recipient.name or "") if activity.recipient else "",
        team_id=team.get("id"),
        team_name=team.get("name"),
        channel_id=channel.get("id"),
        # Teams leaves the General channel unnamed; its id is the team's id.
        channel_name=channel.get("name") or ("General" if channel and channel.get("id") == team.get("id") else None),
    )
    return Turn(event=event, user=user, place=place, activity_id=activity.id or None, **fields)


def _with_profile(turn: Turn, member) -> Turn:
    """The turn with the sender's email and object id from Teams' roster."""
    email = well_formed(member.email or member.user_principal_name or "")
    user = User(
        teams_id=turn.user.teams_id,
        name=turn.user.name or well_formed(member.name or ""),
        aad_object_id=turn.user.aad_object_id or member.aad_object_id,
        email=email if email and "@" in email else None,
        tenant_id=turn.user.tenant_id or member.tenant_id,
    )
    return dataclasses.replace(turn, user=user)


def activity_of(reply: Reply) -> Activity:
    """The message activity for a reply; its card stays the plain data it is (msrest would walk all of it)."""
    payload = reply.payload()
    attachments = payload.pop("attachments", [])
    activity = Activity().deserialize(payload)
    if attachments:
        activity.attachments = [Attachment(content_type=a["contentType"], content=a["content"]) for a in attachments]
    return activity


def _search_value(value: dict[str, Any]) -> dict[str, Any]:
    """The command and the text typed into a compose-box search."""
    parameters = value.get("parameters") if isinstance(value.get("parameters"), list) else []
    typed = next((p.get("value") for p in parameters if isinstance(p, dict) and p.get("name") != "initialRun"), "")
    return {"command": value.get("commandId"), "query": typed if isinstance(typed, str) else ""}


def _search_response(replies: list[Reply]) -> InvokeResponse:
    """Search results: each a card to insert, previewed in the list by its title and summary."""
    attachments = [
        {
            "contentType": CARD,
            "content": reply.card,
            "preview": {"contentType": THUMBNAIL, "content": {"title": reply.text or "", "text": reply.summary or ""}},
        }
        for reply in replies
        if reply.card is not None
    ]
    result = {"type": "result", "attachmentLayout": "list", "attachments": attachments}
    return InvokeResponse(status=200, body={"composeExtension": result})


def _picker_response(replies: list[Reply]) -> InvokeResponse:
    """A typeahead's results: each a title shown and the value chosen."""
    results = [{"title": r.text, "value": r.choice} for r in replies if r.choice is not None]
    return InvokeResponse(status=200, body={"type": "application/vnd.microsoft.search.searchResponse",
                                            "value": {"results": results}})


def _invoke_response(replies: list[Reply]) -> InvokeResponse:
    """The Universal Action answer: the first card replaces the pressed one, else a text message."""
    card = next((r.card for r in replies if r.card is not None), None)
    if card is not None:
        # The answer to a pressed button is one card: what the handler also said goes on it, or nobody sees it.
        notes = [r.text for r in replies if r.text and r.card is None]
        return InvokeResponse(status=200, body={"statusCode": 200, "type": CARD, "value": with_notes(card, notes)})
    text = " ".join(r.text for r in replies if r.text) or "Done."
    return InvokeResponse(status=200, body={"statusCode": 200, "type": MESSAGE, "value": text})
