"""The bot's app token: fetched with msal and reused until shortly before it expires."""

from __future__ import annotations

import threading
import time
from urllib.parse import urlparse

import msal
import requests

from bot.settings import Settings

DEFAULT_SCOPE = "https://api.botframework.com"
LOGIN = "https://login.microsoftonline.com"
FRESH_FOR = 300.0  # seconds a token must still be valid for to be handed out without asking msal


class TokenError(Exception):
    """The identity platform would not give us a token."""


class AppTokens:
    """One msal client per process, so its token cache serves every reply and proactive send."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._client: msal.ConfidentialClientApplication | msal.ManagedIdentityClient | None = None
        self._lock = threading.Lock()
        self._last: dict[str, tuple[str, float]] = {}  # scope -> (token, monotonic time it expires)

    @property
    def authority(self) -> str:
        """The msal authority: the cloud override as given, else the tenant's (or Bot Framework's) login."""
        s = self._settings
        return s.TO_CHANNEL_FROM_BOT_LOGIN_URL or f"{LOGIN}/{s.app_tenant_id or 'botframework.com'}"

    @property
    def default_scope(self) -> str:
        """The audience of tokens for the Bot Connector."""
        return self._settings.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE or DEFAULT_SCOPE

    def token(self, scope: str | None = None) -> str:
        """A valid access token for the scope, from the cache when it has one."""
        scope = scope or self.default_scope
        with self._lock:
            client = self._client or self._build()
            if isinstance(client, msal.ManagedIdentityClient):
                result = client.acquire_token_for_client(resource=scope.removesuffix("/.default"))
            else:
                full = scope if scope.endswith("/.default") else f"{scope}/.default"
                result = client.acquire_token_for_client(scopes=[full])
        if "access_token" not in result:
            raise TokenError(f"{result.get('error', 'no token')}: {result.get('error_description', '')}".strip())
        try:
            self._last[scope] = (result["access_token"], time.monotonic() + float(result.get("expires_in", 0)))
        except (TypeError, ValueError):
            pass
        return result["access_token"]

    def fresh(self, scope: str | None = None) -> str | None:
        """The last token for the scope while it is valid for a few minutes more, else None; never blocks.

        msal's own cache lookup is quick but may go to the network, so callers on the event loop run token() in a
        thread; with this they need a thread only about once an hour.
        """
        token, expires = self._last.get(scope or self.default_scope, ("", 0.0))
        return token if token and expires - time.monotonic() > FRESH_FOR else None

    def _build(self):
        s = self._settings
        if s.app_type == "UserAssignedMSI":
            identity = msal.UserAssignedManagedIdentity(client_id=s.app_id)
            self._client = msal.ManagedIdentityClient(identity, http_client=requests.Session())
        else:
            self._client = confidential_client(s.app_id, s.app_password, self.authority)
        return self._client


def confidential_client(client_id: str, secret: str, authority: str) -> msal.ConfidentialClientApplication:
    """An msal client for client-credentials tokens from an authority; its cache serves tokens until near expiry."""
    # msal asks Microsoft's discovery endpoint about hosts it does not know, which fails in
    # sovereign and test clouds; the authority there is configured explicitly, so skip it.
    known = urlparse(authority).hostname in msal.authority.WELL_KNOWN_AUTHORITY_HOSTS
    return msal.ConfidentialClientApplication(client_id, client_credential=secret, authority=authority,
                                              instance_discovery=known)
