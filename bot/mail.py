"""Email notices through Microsoft Graph sendMail, where every error is an Outcome, not a raise."""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import quote

import aiohttp
import requests

from bot.connector import Pooled, retry_after
from bot.mailbox import GraphError, GraphTokens, graph_configured
from bot.rules.delivery import Outcome
from bot.settings import Settings


def mail_sender(settings: Settings) -> str | None:
    """The mailbox notices are sent from (MAIL_FROM, else the enquiry mailbox); None when Graph is not configured."""
    sender = (settings.mail_from or settings.enquiry_mailbox).strip()
    return sender if sender and graph_configured(settings) else None


class GraphMail(Pooled):
    """Sends sendMail bodies from the notice mailbox with the app's Graph token; one HTTP session per process."""

    def __init__(self, settings: Settings, sender: str) -> None:
        self._tokens = GraphTokens(settings)
        self._url = f"{settings.graph_base_url.rstrip('/')}/users/{quote(sender, safe='@')}/sendMail"
        super().__init__(settings.send_timeout, limit=8)

    async def send(self, message: dict[str, Any]) -> Outcome:
        """Send one message; Graph answers 202 once it has accepted it."""
        try:
            token = await asyncio.to_thread(self._tokens.token)  # msal is blocking, and goes out about hourly
        except (GraphError, requests.RequestException, ValueError) as exc:
            return Outcome(ok=False, error=f"no Graph token: {exc}")
        headers = {"Authorization": f"Bearer {token}"}
        try:
            async with self.http().post(self._url, json=message, headers=headers) as response:
                text = await response.text()
                if response.status < 300:
                    return Outcome(ok=True, status=response.status)
                return Outcome(ok=False, status=response.status, error=f"Graph sendMail HTTP {response.status}: "
                               f"{text[:300]}", retry_after=retry_after(response.headers.get("Retry-After")))
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            return Outcome(ok=False, error=f"Graph sendMail: {type(exc).__name__}: {exc}".strip(": "))
