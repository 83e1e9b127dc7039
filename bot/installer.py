"""Installing Accord for a user through Microsoft Graph, and finding the 1:1 chat that install opens."""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import quote

import aiohttp
import requests

from bot.connector import Pooled, retry_after
from bot.mailbox import GraphError, GraphTokens
from bot.rules.delivery import Outcome
from bot.settings import Settings


class Installer(Pooled):
    """Graph teamwork/installedApps with the app's token (TeamsAppInstallation.ReadWriteSelfForUser.All)."""

    def __init__(self, settings: Settings) -> None:
        self._tokens = GraphTokens(settings)
        self._base = settings.graph_base_url.rstrip("/")
        self._app = settings.teams_app_catalog_id.strip()
        super().__init__(settings.send_timeout, limit=8)

    async def personal_chat(self, user: str) -> Outcome:
        """Install Accord for a user (object id or sign-in name) unless it is; the chat's id comes as activity_id."""
        try:
            token = await asyncio.to_thread(self._tokens.token)
        except (GraphError, requests.RequestException, ValueError) as exc:
            return Outcome(ok=False, error=f"no Graph token: {exc}")
        headers = {"Authorization": f"Bearer {token}"}
        apps = f"{self._base}/users/{quote(user, safe='@')}/teamwork/installedApps"
        bind = {"teamsApp@odata.bind": f"{self._base}/appCatalogs/teamsApps/{self._app}"}
        outcome, _ = await self._call("POST", apps, headers, json=bind)
        if not outcome.ok and outcome.status != 409:  # 409: already installed for them
            return outcome
        outcome, found = await self._call("GET", apps, headers,
                                          params={"$expand": "teamsApp", "$filter": f"teamsApp/id eq '{self._app}'"})
        installs = found.get("value") if isinstance(found.get("value"), list) else []
        if not outcome.ok:
            return outcome
        if not installs or not isinstance(installs[0], dict) or not installs[0].get("id"):
            return Outcome(ok=False, status=404, error="Graph: the install is not listed")
        outcome, chat = await self._call("GET", f"{apps}/{quote(str(installs[0]['id']), safe='')}/chat", headers)
        chat_id = chat.get("id")
        if outcome.ok and not isinstance(chat_id, str):
            return Outcome(ok=False, status=404, error="Graph: the install has no chat yet")
        return Outcome(ok=True, status=outcome.status, activity_id=chat_id) if outcome.ok else outcome

    async def _call(self, method: str, url: str, headers: dict[str, str], **kwargs: Any) -> tuple[Outcome, dict]:
        try:
            async with self.http().request(method, url, headers=headers, **kwargs) as response:
                text = await response.text()
                if response.status < 300:
                    body = await response.json(content_type=None) if text.strip() else {}
                    return Outcome(ok=True, status=response.status), body if isinstance(body, dict) else {}
                return Outcome(ok=False, status=response.status, error=f"Graph {method} HTTP {response.status}: "
                               f"{text[:300]}", retry_after=retry_after(response.headers.get("Retry-After"))), {}
        except (TimeoutError, aiohttp.ClientError, OSError, ValueError) as exc:
            return Outcome(ok=False, error=f"Graph: {type(exc).__name__}: {exc}".strip(": ")), {}
