"""Who is looking at the transparency board: a Teams SSO token, checked against Entra ID, mapped to a member.

The tab's page asks Teams for a token (teams-js `authentication.getAuthToken`) and sends it as `Authorization:
Bearer ...`. A token is accepted only if it is an RS256 JWT signed by one of its tenant's Entra ID keys (read from the
tenant's OpenID metadata, cached), issued by that tenant (v1 or v2 issuer), for the tab's app id URI (or its app id),
within its lifetime, for an allowed tenant, and names a user (`oid`). Anything else is a `Refused`, never a member.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import jwt

from bot.rules.identity import tenant_allowed
from bot.settings import Settings

log = logging.getLogger(__name__)
KEYS_TTL = 24 * 3600  # keys are re-read daily, and at once (at most every REFETCH_GAP) for an unknown key id
REFETCH_GAP = 300
LEEWAY = 300  # seconds of clock skew tolerated, as botbuilder does
MAX_TOKEN = 16 * 1024
SIGN_IN = "Sign in to Teams to see the board."
GUID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")  # an Entra tenant id
MAX_TENANTS = 1000  # tenants whose keys are kept (a multi-tenant app could be sent any tenant id)


@dataclass(frozen=True)
class Caller:
    """A checked token's user: Entra object id and tenant, and what the token says they are called."""

    object_id: str
    tenant_id: str
    name: str | None = None


@dataclass(frozen=True)
class Refused:
    """Why a token was not accepted: `reason` is logged, `message` is what the person sees."""

    reason: str
    message: str = SIGN_IN
    status: int = 401  # 503 when Entra ID could not be asked: the token may well be good


Fetch = Callable[[str], Awaitable[dict[str, Any]]]


class BoardAuth:
    """Checks board tokens; one per app (created in create_app), holding its own key cache and HTTP session."""

    def __init__(self, settings: Settings, fetch: Fetch | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._authority = settings.board_authority.rstrip("/")
        # v1 tokens carry the app id URI as audience, v2 tokens the app id (the URI's last part, less "botid-").
        uri = settings.board_app_id_uri.strip()
        app_id = uri.rstrip("/").rsplit("/", 1)[-1].removeprefix("botid-")
        self._audiences = [a for a in dict.fromkeys([uri, app_id]) if a]
        self._tenants = settings.tenants
        self._fetch = fetch or self._get
        self._clock = clock
        self._session: aiohttp.ClientSession | None = None
        self._tenant_keys: dict[str, tuple[float, str, dict[str, Any]]] = {}  # tenant -> (read at, issuer, kid->jwk)
        self._locks: dict[str, asyncio.Lock] = {}

    @property
    def configured(self) -> bool:
        """False until BOARD_APP_ID_URI is set: the board then answers 503 to everyone."""
        return bool(self._audiences)

    async def check(self, header: str | None) -> Caller | Refused:
        """The caller a `Bearer` header proves, or why it proves nothing."""
        if not header:
            return Refused("no token")
        scheme, _, token = header.partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token or len(token) > MAX_TOKEN:
            return Refused("not a bearer token")
        try:
            unverified = jwt.decode(token, options={"verify_signature": False})
            head = jwt.get_unverified_header(token)
        except jwt.PyJWTError as exc:
            return Refused(f"not a JWT: {exc}")
        tenant = unverified.get("tid")
        if not isinstance(tenant, str) or not GUID.fullmatch(tenant):
            return Refused("no tenant id in the token")
        if not tenant_allowed(tenant, self._tenants):
            return Refused(f"tenant {tenant} is not allowed",
                           "Your organisation is not part of this network, so the board shows you nothing.")
        if head.get("alg") != "RS256" or not isinstance(head.get("kid"), str):
            return Refused("not an RS256 token with a key id")
        try:
            issuer, key = await self._key(tenant.lower(), head["kid"])
        except (aiohttp.ClientError, TimeoutError, ValueError, KeyError, jwt.PyJWTError) as exc:
            log.warning("board: cannot read the signing keys of tenant %s: %s", tenant, exc)
            return Refused(f"signing keys unavailable: {exc}", "Accord cannot check your sign-in right now; try again "
                                                               "in a minute.", 503)
        if key is None:
            return Refused("unknown signing key")
        try:
            claims = jwt.decode(token, key, algorithms=["RS256"], audience=self._audiences, leeway=LEEWAY,
                                issuer=[issuer, f"https://sts.windows.net/{tenant}/"],
                                options={"require": ["exp", "nbf", "iat", "iss", "aud", "tid", "oid"]})
        except jwt.PyJWTError as exc:
            return Refused(f"token rejected: {exc}")
        if not isinstance(claims.get("oid"), str) or not claims["oid"]:
            return Refused("the token names no user")
        name = claims.get("name")
        return Caller(claims["oid"], tenant.lower(), name if isinstance(name, str) else None)

    async def _key(self, tenant: str, kid: str) -> tuple[str, Any]:
        """The tenant's issuer and the key with this id (None if it has none), from the cache or Entra ID."""
        cached = self._tenant_keys.get(tenant)
        now = self._clock()
        if cached and now - cached[0] < KEYS_TTL and (kid in cached[2] or now - cached[0] < REFETCH_GAP):
            return cached[1], cached[2].get(kid)
        async with self._locks.setdefault(tenant, asyncio.Lock()):
            cached = self._tenant_keys.get(tenant)
            if not (cached and self._clock() - cached[0] < REFETCH_GAP):
                metadata = await self._fetch(f"{self._authority}/{tenant}/v2.0/.well-known/openid-configuration")
                document = await self._fetch(str(metadata["jwks_uri"]))
                keys = {k["kid"]: jwt.PyJWK(k, algorithm="RS256").key for k in document["keys"]
                        if isinstance(k, dict) and isinstance(k.get("kid"), str) and k.get("kty") == "RSA"}
                cached = (self._clock(), str(metadata["issuer"]), keys)
                if len(self._tenant_keys) >= MAX_TENANTS:  # forget the longest-cached tenant
                    oldest = min(self._tenant_keys, key=lambda t: self._tenant_keys[t][0])
                    self._tenant_keys.pop(oldest)
                    self._locks.pop(oldest, None)
                self._tenant_keys[tenant] = cached
            return cached[1], cached[2].get(kid)

    async def _get(self, url: str) -> dict[str, Any]:
        if self._session is None:
            connector = aiohttp.TCPConnector(ssl=ssl.create_default_context())
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10), connector=connector)
        async with self._session.get(url) as response:
            response.raise_for_status()
            body = json.loads(await response.read())
            if not isinstance(body, dict):
                raise ValueError(f"{url} did not answer a JSON object")
            return body

    async def close(self) -> None:
        """Close the HTTP session used for Entra ID's metadata."""
        if self._session is not None:
            await self._session.close()
            self._session = None
