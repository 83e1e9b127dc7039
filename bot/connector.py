"""A small client of the Bot Connector REST API for replies, updates and proactive sends: one pooled HTTP session,
the cached token, and every error an Outcome, not a raise."""

from __future__ import annotations

import asyncio
import email.utils
import json
import ssl
import time
from typing import Any
from urllib.parse import quote

import aiohttp

from bot.rules.delivery import Outcome
from bot.tokens import AppTokens, TokenError

PAGE_SIZE = 200  # Teams serves at most 500 members a page


class Pooled:
    """A client of one of Microsoft's services: one HTTP session per process, opened on first use."""

    def __init__(self, timeout: float, limit: int) -> None:
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._limit = limit
        self._session: aiohttp.ClientSession | None = None

    async def close(self) -> None:
        """Close the HTTP session."""
        if self._session is not None:
            await self._session.close()
            self._session = None

    def http(self) -> aiohttp.ClientSession:
        """The session, opened on first use (inside the running loop)."""
        if self._session is None:
            self._session = http_session(self._timeout, limit=self._limit)
        return self._session


class Connector(Pooled):
    """Posts and updates activities, reads rosters and opens 1:1 chats with the bot's cached token; one HTTP session
    (keep-alive connections, one TLS context) per process, for turns and the outbox alike."""

    def __init__(self, tokens: AppTokens, anonymous: bool, timeout: float) -> None:
        super().__init__(timeout, limit=100)
        self._tokens = tokens
        self._anonymous = anonymous

    async def send(self, service_url: str, conversation_id: str, bot_id: str, activity: dict[str, Any],
                   headers: dict[str, str] | None = None) -> Outcome:
        """Post a new message to a conversation (a channel id starts a new thread there)."""
        # The URL names the conversation; the body names it too, as botbuilder's own sends do.
        body = {**activity, "conversation": {"id": conversation_id}, "from": {"id": bot_id}, "channelId": "msteams"}
        return await self.post_activity(service_url, conversation_id, body, headers=headers)

    async def update(self, service_url: str, conversation_id: str, activity_id: str, bot_id: str,
                     activity: dict[str, Any], headers: dict[str, str] | None = None) -> Outcome:
        """Replace a message the bot sent earlier (a card whose state changed) for everyone who sees it."""
        body = {**activity, "id": activity_id, "conversation": {"id": conversation_id}, "from": {"id": bot_id},
                "channelId": "msteams"}
        return await self.put_activity(service_url, conversation_id, activity_id, body, headers=headers)

    async def post_activity(self, service_url: str, conversation_id: str, activity: dict[str, Any],
                            reply_to_id: str | None = None, headers: dict[str, str] | None = None) -> Outcome:
        """Post an activity as given: a reply to `reply_to_id` (a turn's answer), else a new message."""
        return await self._request("POST", service_url, _activities(conversation_id, reply_to_id), activity, headers)

    async def put_activity(self, service_url: str, conversation_id: str, activity_id: str, activity: dict[str, Any],
                           headers: dict[str, str] | None = None) -> Outcome:
        """Replace the activity `activity_id` with this one, as given."""
        return await self._request("PUT", service_url, _activities(conversation_id, activity_id), activity, headers)

    async def delete_activity(self, service_url: str, conversation_id: str, activity_id: str) -> Outcome:
        """Delete a message the bot sent."""
        return await self._request("DELETE", service_url, _activities(conversation_id, activity_id), None)

    async def member(self, service_url: str, conversation_id: str, member_id: str) -> tuple[Outcome, dict[str, Any]]:
        """One person's roster entry in a conversation or team: the outcome, and the entry (email, object id...)."""
        path = f"v3/conversations/{quote(conversation_id, safe='')}/members/{quote(member_id, safe='')}"
        return await self._exchange("GET", service_url, path, None)

    async def create_personal(self, service_url: str, bot_id: str, user_id: str, tenant_id: str | None) -> Outcome:
        """Open (or find) the bot's 1:1 chat with a user; the conversation id comes back as activity_id."""
        body: dict[str, Any] = {"isGroup": False, "bot": {"id": bot_id}, "members": [{"id": user_id}]}
        if tenant_id:
            body["tenantId"] = tenant_id
            body["channelData"] = {"tenant": {"id": tenant_id}}
        return await self._request("POST", service_url, "v3/conversations", body)

    async def members_page(self, service_url: str, team_id: str, continuation: str | None,
                           page_size: int = PAGE_SIZE) -> tuple[Outcome, dict[str, Any]]:
        """One page of a team's roster: the outcome, and the page ({members, continuationToken})."""
        query = {"pageSize": str(page_size), **({"continuationToken": continuation} if continuation else {})}
        path = f"v3/conversations/{quote(team_id, safe='')}/pagedmembers"
        return await self._exchange("GET", service_url, path, None, None, query)

    async def _request(self, method: str, service_url: str, path: str, body: dict[str, Any] | None,
                       headers: dict[str, str] | None = None) -> Outcome:
        return (await self._exchange(method, service_url, path, body, headers))[0]

    async def _exchange(self, method: str, service_url: str, path: str, body: dict[str, Any] | None,
                        headers: dict[str, str] | None = None,
                        query: dict[str, str] | None = None) -> tuple[Outcome, dict[str, Any]]:
        try:
            headers = headers if headers is not None else await self.headers()
        except TokenError as exc:
            return Outcome(ok=False, status=None, error=f"no app token: {exc}"), {}
        url = service_url.rstrip("/") + "/" + path
        try:
            async with self.http().request(method, url, json=body, headers=headers, params=query) as response:
                return await _outcome(response)
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            return Outcome(ok=False, status=None, error=f"{type(exc).__name__}: {exc}".strip(": ")), {}

    async def headers(self) -> dict[str, str]:
        """The Authorization header with the bot's cached token (none in anonymous mode)."""
        if self._anonymous:
            return {}
        # msal is synchronous and, once an hour, goes to the network: a thread only when the last token is old, so a
        # reply never queues for the worker threads the turns' database calls keep busy.
        token = self._tokens.fresh() or await asyncio.to_thread(self._tokens.token)
        return {"Authorization": f"Bearer {token}"}


class Refused(Exception):
    """The Bot Connector did not take an activity (after any retries): the outcome says why."""

    def __init__(self, outcome: Outcome) -> None:
        super().__init__(outcome.error or f"HTTP {outcome.status}")
        self.outcome = outcome


def _activities(conversation_id: str, activity_id: str | None) -> str:
    """The path of a conversation's activities, or of one of them."""
    path = f"v3/conversations/{quote(conversation_id, safe='')}/activities"
    return f"{path}/{quote(activity_id, safe='')}" if activity_id else path


def http_session(timeout: aiohttp.ClientTimeout, limit: int) -> aiohttp.ClientSession:
    """An HTTP session for calls to Microsoft's clouds, at most `limit` connections at once."""
    # aiohttp's default context is built at import; a fresh one honours SSL_CERT_FILE as set at start-up.
    tls = aiohttp.TCPConnector(ssl=ssl.create_default_context(), limit=limit)
    return aiohttp.ClientSession(timeout=timeout, connector=tls)


async def _outcome(response: aiohttp.ClientResponse) -> tuple[Outcome, dict[str, Any]]:
    text = await response.text()
    if response.status < 300:
        try:
            body = json.loads(text) if text.strip() else {}
        except ValueError:
            body = {}
        body = body if isinstance(body, dict) else {}
        activity_id = body.get("id")
        return Outcome(ok=True, status=response.status,
                       activity_id=activity_id if isinstance(activity_id, str) else None), body
    return Outcome(
        ok=False,
        status=response.status,
        error=f"HTTP {response.status}: {text[:300]}",
        retry_after=retry_after(response.headers.get("Retry-After")),
    ), {}


def retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header, given as seconds or as an HTTP date."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None
