"""Loopback fake of Microsoft's Bot Framework cloud (channel keys, Entra token endpoint, Teams Bot Connector).

Point botbuilder at it with `FakeCloud.botbuilder_settings()` and trust its TLS with `FakeCloud.tls_env()`.

botbuilder fetches the channel's OpenID keys and msal fetches tokens with blocking `requests` calls made
on the event loop, so a bot running in the test's own loop must use the threaded mode
(`run_in_thread()` / `start_in_thread()`); `async with FakeCloud(...)` suits only non-blocking clients.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import datetime as dt
import ipaddress
import json
import math
import secrets
import shutil
import socket
import ssl
import tempfile
import threading
import time
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from uuid import uuid4 as _uuid4

import certifi
import jwt
from aiohttp import web
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from jwt.algorithms import RSAAlgorithm

__all__ = ["BOT_FRAMEWORK_SCOPE", "CHANNEL_ISSUER", "ConnectorRequest", "FakeCloud", "TokenRequest", "serve"]

CHANNEL_ISSUER = "https://api.botframework.com"
BOT_FRAMEWORK_SCOPE = "https://api.botframework.com"
MULTI_TENANT = "botframework.com"

# Teams' documented limits, as (requests, seconds) sliding windows.
SEND_LIMITS = ((7, 1.0), (8, 2.0), (60, 30.0), (1800, 3600.0))
READ_LIMITS = ((14, 1.0), (16, 2.0), (120, 30.0), (3600, 3600.0))
APP_LIMITS = ((50, 1.0),)

# Real serviceUrls carry a region path and a trailing slash; keeping both catches naive URL joins.
CONNECTOR_ROOT = "/amer"
B2C_POLICY = "b2c_1_fakecloud"
SEND_OPERATIONS = frozenset({"send", "reply", "update", "delete"})
READ_OPERATIONS = frozenset({"members", "member", "pagedmembers"})
ERROR_CODES = {
    400: "BadArgument",
    403: "ConversationBlockedByUser",
    404: "ConversationNotFound",
    412: "PreconditionFailed",
    413: "MessageSizeTooBig",
    429: "Throttled",
    500: "InternalServerError",
    502: "BadGateway",
    503: "ServiceUnavailable",
    504: "GatewayTimeout",
}
UNAUTHORIZED = {"message": "Authorization has been denied for this request."}
_OWN_KEY_ID: Any = object()


@dataclass
class ConnectorRequest:
    """One request received by the fake Bot Connector; status is None while in flight or when dropped."""

    method: str
    path: str
    operation: str
    conversation: str | None
    activity_id: str | None
    headers: dict[str, str]
    body: Any
    received_at: float
    status: int | None = None
    response: Any = None
    query: dict[str, str] = field(default_factory=dict)
    peer: tuple | None = None  # the client's address and port: one per TCP connection


_RECORD = web.RequestKey("fakecloud_record", ConnectorRequest)


@dataclass
class TokenRequest:
    """One request received by the fake token endpoint."""

    tenant: str
    grant_type: str | None
    client_id: str | None
    scope: str | None
    received_at: float
    status: int


@dataclass
class _Fault:
    status: int | None
    code: str | None
    retry_after: int | None
    drop: bool
    delay: float
    conversation: str | None
    remaining: int
    operation: str | None = None
    skip: int = 0  # matching requests let through before the fault starts (a failure mid-way through pages)


@dataclass
class _SlidingWindow:
    """Admission times for one rate-limit key, checked against several (count, seconds) limits."""

    limits: tuple[tuple[int, float], ...]
    times: list[float] = field(default_factory=list)

    def wait(self, now: float) -> float:
        """Seconds until one more request fits under every limit; 0 when it fits now."""
        wait = 0.0
        for count, seconds in self.limits:
            inside = len(self.times) - bisect_right(self.times, now - seconds)
            if inside >= count:
                wait = max(wait, self.times[len(self.times) - count] + seconds - now)
        return wait

    def admit(self, now: float) -> None:
        """Count one admitted request and forget those older than the longest window."""
        horizon = now - max(seconds for _, seconds in self.limits)
        del self.times[: bisect_right(self.times, horizon)]
        self.times.append(now)


class FakeCloud:
    """Fake Bot Framework channel, Entra ID token endpoint and Teams Bot Connector on 127.0.0.1."""

    issuer = CHANNEL_ISSUER

    def __init__(
        self,
        app_id: str = "",
        app_password: str = "",
        tenant_id: str | None = None,
        *,
        token_lifetime: int = 3600,
        enforce_limits: bool = False,
        require_auth: bool | None = None,
        connector_tls: bool = True,
        endorsements: tuple[str, ...] = ("msteams",),
    ) -> None:
        self.app_id = app_id
        self.app_password = app_password
        self.tenant_id = tenant_id
        self.token_lifetime = token_lifetime
        self.enforce_limits = enforce_limits
        self.require_auth = bool(app_id and app_password) if require_auth is None else require_auth
        self.connector_tls = connector_tls
        self.endorsements = endorsements
        # Like Teams: a 1:1 chat opens only for someone a team roster lists (where the bot is installed).
        self.strict_chats = False
        self.metadata_delay = 0.0  # seconds the channel's OpenID metadata takes to answer (a slow Microsoft)
        self.metadata_requests = 0
        self._lock = threading.Lock()
        self._records: list[ConnectorRequest] = []
        self._token_records: list[TokenRequest] = []
        self._faults: list[_Fault] = []
        self._windows: dict[tuple[str, str | None], _SlidingWindow] = {}
        self._deliveries: list[tuple[str, dict]] = []
        self._throttled = 0
        self._members: dict[str | None, list[dict]] = {None: []}
        self._personal_chats: dict[str, str] = {}
        self._last_activity_id = 0
        self._runners: list[web.AppRunner] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._tmpdir: Path | None = None

    # -- lifecycle -------------------------------------------------------------------------------

    async def start(self) -> FakeCloud:
        """Generate keys and certificates and start both servers in the running loop."""
        try:
            await self._start()
        except BaseException:
            await self.stop()
            raise
        return self

    async def _start(self) -> None:
        self._tmpdir = Path(tempfile.mkdtemp(prefix="fakecloud-"))
        self.ca_path, chain_path, key_path = write_tls_files(self._tmpdir)
        self._channel_key, self._unendorsed_key, self._entra_key = (_rsa_key() for _ in range(3))
        self.kid, self._unendorsed_kid, self._entra_kid = (secrets.token_urlsafe(20) for _ in range(3))
        # A fresh path per instance: botbuilder caches keys per metadata URL for a day, process-wide,
        # and a later cloud may get the same port.
        self._channel_path = f"/botframework-{secrets.token_hex(6)}/v1/.well-known"
        # Other loopback fakes (FakeGraph) serve with this context too, so trusting ca_path trusts them all.
        self.server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.server_tls.load_cert_chain(chain_path, key_path)
        auth_port = await self._serve(self._auth_app(), self.server_tls)
        connector_port = await self._serve(self._connector_app(), self.server_tls if self.connector_tls else None)
        self.base_url = f"https://127.0.0.1:{auth_port}"
        scheme = "https" if self.connector_tls else "http"
        self.connector_url = f"{scheme}://127.0.0.1:{connector_port}{CONNECTOR_ROOT}/"

    async def stop(self) -> None:
        """Stop the servers and delete the generated files."""
        for runner in self._runners:
            await runner.cleanup()
        self._runners.clear()
        if self._tmpdir:
            shutil.rmtree(self._tmpdir, ignore_errors=True)

    async def __aenter__(self) -> FakeCloud:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    def start_in_thread(self) -> FakeCloud:
        """Start the servers on a private event loop in a daemon thread; returns once they listen."""
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, name="fakecloud", daemon=True)
        thread.start()
        try:
            asyncio.run_coroutine_threadsafe(self.start(), loop).result(timeout=60)
        except BaseException:
            _halt(loop, thread)
            raise
        self._loop, self._thread = loop, thread
        return self

    def stop_thread(self) -> None:
        """Stop servers started by start_in_thread() and end their thread."""
        if self._loop is None or self._thread is None:
            return
        try:
            asyncio.run_coroutine_threadsafe(self.stop(), self._loop).result(timeout=60)
        finally:
            _halt(self._loop, self._thread)
            self._loop = self._thread = None

    @contextlib.contextmanager
    def run_in_thread(self) -> Iterator[FakeCloud]:
        """Context manager around start_in_thread() and stop_thread()."""
        self.start_in_thread()
        try:
            yield self
        finally:
            self.stop_thread()

    async def _serve(self, app: web.Application, tls: ssl.SSLContext | None) -> int:
        runner, port = await serve(app, tls)
        self._runners.append(runner)
        return port

    # -- addresses and settings ------------------------------------------------------------------

    @property
    def openid_url(self) -> str:
        """The channel's OpenID metadata URL (TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL)."""
        return f"{self.base_url}{self._channel_path}/openidconfiguration"

    @property
    def jwks_url(self) -> str:
        """The channel's signing keys, as listed in the OpenID metadata."""
        return f"{self.base_url}{self._channel_path}/keys"

    @property
    def login_url(self) -> str:
        """msal authority for the bot's tenant; msal needs instance_discovery=False for it."""
        return f"{self.base_url}/{self.tenant_id or MULTI_TENANT}"

    @property
    def b2c_login_url(self) -> str:
        """Same authority shaped like B2C, which msal never sends to instance discovery."""
        return f"{self.login_url}/{B2C_POLICY}"

    @property
    def token_url(self) -> str:
        """The client-credentials token endpoint both authorities advertise."""
        return f"{self.login_url}/oauth2/v2.0/token"

    def botbuilder_settings(self) -> dict[str, str]:
        """Configuration attributes for ConfigurationBotFrameworkAuthentication that target this fake."""
        return {
            "APP_ID": self.app_id,
            "APP_PASSWORD": self.app_password,
            "APP_TYPE": "SingleTenant" if self.tenant_id else "MultiTenant",
            "APP_TENANTID": self.tenant_id or "",
            "TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL": self.openid_url,
            "TO_BOT_FROM_CHANNEL_TOKEN_ISSUER": self.issuer,
            # botbuilder builds msal without instance_discovery=False; only a B2C-shaped authority works stock.
            "TO_CHANNEL_FROM_BOT_LOGIN_URL": self.b2c_login_url,
            "TO_CHANNEL_FROM_BOT_OAUTH_SCOPE": BOT_FRAMEWORK_SCOPE,
        }

    def env(self, production_bundle: bool = False) -> dict[str, str]:
        """Environment for a bot process: Microsoft's app variables, botbuilder's cloud overrides, TLS trust."""
        settings = self.botbuilder_settings()
        app = {
            "MicrosoftAppId": settings.pop("APP_ID"),
            "MicrosoftAppPassword": settings.pop("APP_PASSWORD"),
            "MicrosoftAppType": settings.pop("APP_TYPE"),
            "MicrosoftAppTenantId": settings.pop("APP_TENANTID"),
        }
        return {**app, **settings, **self.tls_env(production_bundle)}

    def tls_env(self, production_bundle: bool = False) -> dict[str, str]:
        """Environment that makes requests (msal, botbuilder) and ssl default contexts trust this fake.

        With `production_bundle`, the trust store is a copy of certifi's CA bundle (what production loads, about 150
        roots) with this fake's CA added, so each TLS context built costs what it costs in production.
        """
        path = self.ca_path
        if production_bundle:
            path = self.ca_path.with_name("certifi-and-fakecloud.pem")
            if not path.exists():
                path.write_bytes(Path(certifi.where()).read_bytes().rstrip(b"\n") + b"\n" + self.ca_path.read_bytes())
        return {"REQUESTS_CA_BUNDLE": str(path), "SSL_CERT_FILE": str(path)}

    # -- inbound tokens (channel -> bot) ---------------------------------------------------------

    def mint_token(
        self,
        *,
        key: rsa.RSAPrivateKey | None = None,
        kid: Any = _OWN_KEY_ID,
        headers: dict[str, Any] | None = None,
        **claims: Any,
    ) -> str:
        """A channel-to-bot JWT as Teams sends it; claims override defaults and None removes one."""
        now = int(time.time())
        payload = {
            "serviceurl": self.connector_url,
            "nbf": now,
            "iat": now,
            "exp": now + 3600,
            "iss": self.issuer,
            "aud": self.app_id,
        }
        payload.update(claims)
        header = {"kid": self.kid if kid is _OWN_KEY_ID else kid}
        header.update(headers or {})
        return jwt.encode(
            {name: value for name, value in payload.items() if value is not None},
            key or self._channel_key,
            algorithm="RS256",
            headers={name: value for name, value in header.items() if value is not None},
        )

    def auth_header(self, **overrides: Any) -> str:
        """`Bearer <mint_token(**overrides)>`."""
        return f"Bearer {self.mint_token(**overrides)}"

    def bad_auth_headers(self) -> dict[str, str]:
        """Authorization headers a bot must answer 401 to, for an msteams activity from connector_url."""
        now = int(time.time())
        # Beyond botbuilder's 5-minute clock tolerance.
        late = 10 * 60
        return {
            "wrong_audience": self.auth_header(aud=secrets.token_hex(16)),
            "missing_audience": self.auth_header(aud=None),
            "wrong_issuer": self.auth_header(iss="https://api.botframework.example"),
            "missing_issuer": self.auth_header(iss=None),
            "expired": self.auth_header(nbf=now - 3600 - late, iat=now - 3600 - late, exp=now - late),
            "not_yet_valid": self.auth_header(nbf=now + late, iat=now + late, exp=now + 3600 + late),
            "bad_signature": self.auth_header(key=_rsa_key()),
            "unknown_kid": self.auth_header(kid=secrets.token_urlsafe(20)),
            "missing_kid": self.auth_header(kid=None),
            "channel_not_endorsed": self.auth_header(key=self._unendorsed_key, kid=self._unendorsed_kid),
            "serviceurl_missing": self.auth_header(serviceurl=None),
            "serviceurl_mismatch": self.auth_header(serviceurl="https://smba.trafficmanager.net/amer/"),
            "unsigned": f"Bearer {_unsigned_token(self.mint_token())}",
            "garbled": "Bearer not-a-jwt",
            "wrong_scheme": f"Basic {self.mint_token()}",
        }

    # -- Entra ID user tokens (a Teams tab's SSO token, as teams-js getAuthToken returns it) ------------

    def user_token(
        self,
        audience: str,
        object_id: str,
        *,
        tenant: str | None = None,
        key: rsa.RSAPrivateKey | None = None,
        kid: Any = _OWN_KEY_ID,
        version: str = "2.0",
        **claims: Any,
    ) -> str:
        """A user's access token for `audience`, signed by the tenant's Entra ID key; claims override, None removes."""
        now = int(time.time())
        tid = tenant or self.tenant_id or "common"
        issuer = f"{self.base_url}/{tid}/v2.0" if version == "2.0" else f"https://sts.windows.net/{tid}/"
        payload = {"aud": audience, "iss": issuer, "tid": tid, "oid": object_id, "name": "Test User",
                   "scp": "access_as_user", "iat": now, "nbf": now, "exp": now + 3600, "ver": version}
        payload.update(claims)
        header = {"kid": self._entra_kid if kid is _OWN_KEY_ID else kid}
        return jwt.encode({k: v for k, v in payload.items() if v is not None}, key or self._entra_key,
                          algorithm="RS256", headers={k: v for k, v in header.items() if v is not None})

    def bad_user_tokens(self, audience: str, object_id: str) -> dict[str, str]:
        """Authorization headers the board must refuse for a user who is otherwise a member."""
        now, late = int(time.time()), 10 * 60
        good = self.user_token(audience, object_id)
        return {
            "missing": "",
            "wrong_scheme": f"Basic {good}",
            "garbled": "Bearer not-a-jwt",
            "unsigned": f"Bearer {_unsigned_token(good)}",
            "bad_signature": f"Bearer {self.user_token(audience, object_id, key=_rsa_key())}",
            "unknown_kid": f"Bearer {self.user_token(audience, object_id, kid=secrets.token_urlsafe(20))}",
            "missing_kid": f"Bearer {self.user_token(audience, object_id, kid=None)}",
            "channel_key": f"Bearer {self.user_token(audience, object_id, key=self._channel_key, kid=self.kid)}",
            "wrong_audience": f"Bearer {self.user_token('api://elsewhere.example/' + secrets.token_hex(8), object_id)}",
            "missing_audience": f"Bearer {self.user_token(audience, object_id, aud=None)}",
            "wrong_issuer": f"Bearer {self.user_token(audience, object_id, iss='https://login.example/x/v2.0')}",
            "expired": f"Bearer {self.user_token(audience, object_id, nbf=now - 7200, iat=now - 7200, exp=now - late)}",
            "not_yet_valid": f"Bearer {self.user_token(audience, object_id, nbf=now + late, iat=now + late)}",
            "other_tenant": f"Bearer {self.user_token(audience, object_id, tenant=str(_uuid4()))}",
            "missing_oid": f"Bearer {self.user_token(audience, object_id, oid=None)}",
            "unknown_user": f"Bearer {self.user_token(audience, str(_uuid4()))}",
        }

    # -- connector configuration, faults and observations ----------------------------------------

    def set_members(self, members: list[dict], conversation: str | None = None) -> None:
        """Members GET /members answers for a conversation, or for every other one when None."""
        with self._lock:
            self._members[conversation] = [dict(member) for member in members]

    def inject(
        self,
        status: int | None = None,
        *,
        retry_after: int | None = None,
        times: int = 1,
        conversation: str | None = None,
        drop: bool = False,
        delay: float = 0.0,
        code: str | None = None,
        operation: str | None = None,
        after: int = 0,
    ) -> None:
        """Queue a fault for `times` matching requests: an HTTP `status`, a `drop`, or a late success (`delay`).

        `operation` limits it to one kind of request (send, create, pagedmembers...); `after` lets that many
        matching requests through first.
        """
        if times < 1 or (status is not None and drop) or (status is None and not drop and delay <= 0):
            raise ValueError("inject needs times >= 1 and exactly one of status, drop, or a delay alone")
        fault = _Fault(status, code, retry_after, drop, delay, conversation, times, operation, after)
        with self._lock:
            self._faults.append(fault)

    def reset(self) -> None:
        """Forget recorded requests, deliveries, throttling history and pending faults."""
        with self._lock:
            self._records.clear()
            self._token_records.clear()
            self._faults.clear()
            self._windows.clear()
            self._deliveries.clear()
            self._throttled = 0
            self.strict_chats = False
            self._members = {None: []}
            self.metadata_requests, self.metadata_delay = 0, 0.0

    @property
    def requests(self) -> list[ConnectorRequest]:
        """Snapshot of every connector request, in arrival order."""
        with self._lock:
            return [replace(record) for record in self._records]

    @property
    def connections(self) -> int:
        """How many TCP connections the connector's recorded requests came over (a pooled client needs one)."""
        with self._lock:
            return len({record.peer for record in self._records})

    @property
    def token_requests(self) -> list[TokenRequest]:
        """Snapshot of every token endpoint request, in arrival order."""
        with self._lock:
            return list(self._token_records)

    @property
    def throttled(self) -> int:
        """How many requests the enforced rate limits answered with 429."""
        with self._lock:
            return self._throttled

    def delivered(self, conversation: str | None = None) -> list[dict]:
        """Bodies of activities accepted by send, reply or create-conversation, in acceptance order."""
        with self._lock:
            return [body for target, body in self._deliveries if conversation in (None, target)]

    def max_rate(self, conversation: str | None = None, window_seconds: float = 1.0) -> int:
        """Most attempts (throttled, failed included) in any window: a conversation's sends, or all when None."""
        with self._lock:
            times = [
                record.received_at
                for record in self._records
                if conversation is None
                or (record.conversation == conversation and record.operation in SEND_OPERATIONS)
            ]
        return _densest(times, window_seconds)

    # -- auth server: channel metadata and Entra ID ----------------------------------------------

    def _auth_app(self) -> web.Application:
        app = web.Application()
        app.router.add_get(f"{self._channel_path}/openidconfiguration", self._channel_metadata)
        app.router.add_get(f"{self._channel_path}/keys", self._channel_keys)
        app.router.add_get("/{tenant}/v2.0/.well-known/openid-configuration", self._tenant_metadata)
        app.router.add_get(
            "/{tenant}/{policy:b2c_[^/]+}/v2.0/.well-known/openid-configuration", self._tenant_metadata
        )
        app.router.add_get("/{tenant}/discovery/v2.0/keys", self._tenant_keys)
        app.router.add_post("/{tenant}/oauth2/v2.0/token", self._token)
        return app

    async def _channel_metadata(self, request: web.Request) -> web.Response:
        self.metadata_requests += 1
        await asyncio.sleep(self.metadata_delay)
        return web.json_response(
            {
                "issuer": self.issuer,
                "authorization_endpoint": "https://invalid.botframework.com",
                "jwks_uri": self.jwks_url,
                "id_token_signing_alg_values_supported": ["RS256"],
                "token_endpoint_auth_methods_supported": ["private_key_jwt"],
            }
        )

    async def _channel_keys(self, request: web.Request) -> web.Response:
        keys = [
            _jwk(self._channel_key, self.kid, list(self.endorsements)),
            _jwk(self._unendorsed_key, self._unendorsed_kid, ["directline"]),
        ]
        return web.json_response({"keys": keys})

    async def _tenant_metadata(self, request: web.Request) -> web.Response:
        tenant = request.match_info["tenant"]
        if not self._knows_tenant(tenant):
            return _entra_error(400, "invalid_tenant", 90002, f"Tenant '{tenant}' not found.")
        root = f"{self.base_url}/{tenant}"
        return web.json_response(
            {
                "issuer": f"{root}/v2.0",
                "authorization_endpoint": f"{root}/oauth2/v2.0/authorize",
                "token_endpoint": f"{root}/oauth2/v2.0/token",
                "device_authorization_endpoint": f"{root}/oauth2/v2.0/devicecode",
                "jwks_uri": f"{root}/discovery/v2.0/keys",
                "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic"],
                "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
                "subject_types_supported": ["pairwise"],
                "id_token_signing_alg_values_supported": ["RS256"],
                "scopes_supported": ["openid", "profile", "email", "offline_access"],
                "tenant_region_scope": None,
            }
        )

    async def _tenant_keys(self, request: web.Request) -> web.Response:
        return web.json_response({"keys": [_jwk(self._entra_key, self._entra_kid, None)]})

    async def _token(self, request: web.Request) -> web.Response:
        form = await request.post()
        tenant = request.match_info["tenant"]
        response = self._token_response(tenant, form)
        record = TokenRequest(
            tenant=tenant,
            grant_type=form.get("grant_type"),
            client_id=form.get("client_id"),
            scope=form.get("scope"),
            received_at=time.monotonic(),
            status=response.status,
        )
        with self._lock:
            self._token_records.append(record)
        return response

    def _token_response(self, tenant: str, form: Any) -> web.Response:
        scope = form.get("scope") or ""
        if not self._knows_tenant(tenant):
            return _entra_error(400, "invalid_request", 90002, f"Tenant '{tenant}' not found.")
        if form.get("grant_type") != "client_credentials":
            return _entra_error(400, "unsupported_grant_type", 70003, "The app requested an unsupported grant type.")
        if form.get("client_id") != self.app_id:
            return _entra_error(
                400,
                "unauthorized_client",
                700016,
                f"Application with identifier '{form.get('client_id')}' was not found in the directory.",
            )
        if form.get("client_secret") != self.app_password:
            return _entra_error(401, "invalid_client", 7000215, "Invalid client secret provided.")
        if not scope.endswith("/.default") or " " in scope:
            return _entra_error(
                400, "invalid_scope", 1002012, f"The provided value for scope {scope} is not valid."
            )
        return web.json_response(
            {
                "token_type": "Bearer",
                "expires_in": self.token_lifetime,
                "ext_expires_in": self.token_lifetime,
                "access_token": self._access_token(tenant, scope.removesuffix("/.default")),
            }
        )

    def _knows_tenant(self, tenant: str) -> bool:
        return self.tenant_id is None or tenant == self.tenant_id

    def _access_token(self, tenant: str, audience: str) -> str:
        now = int(time.time())
        claims = {
            "aud": audience,
            "iss": f"https://sts.windows.net/{tenant}/",
            "appid": self.app_id,
            "tid": tenant,
            "iat": now,
            "nbf": now,
            "exp": now + self.token_lifetime,
            "ver": "1.0",
        }
        return jwt.encode(claims, self._entra_key, algorithm="RS256", headers={"kid": self._entra_kid})

    # -- connector server ------------------------------------------------------------------------

    def _connector_app(self) -> web.Application:
        app = web.Application(middlewares=[self._gate])
        conversation = f"{CONNECTOR_ROOT}/v3/conversations/{{conversation}}"
        routes = [
            ("POST", f"{CONNECTOR_ROOT}/v3/conversations", self._create, "create"),
            ("POST", f"{conversation}/activities", self._send, "send"),
            ("POST", f"{conversation}/activities/{{activity}}", self._send, "reply"),
            ("PUT", f"{conversation}/activities/{{activity}}", self._update, "update"),
            ("DELETE", f"{conversation}/activities/{{activity}}", self._delete, "delete"),
            ("GET", f"{conversation}/members", self._members_list, "members"),
            ("GET", f"{conversation}/members/{{member}}", self._member, "member"),
            ("GET", f"{conversation}/pagedmembers", self._paged_members, "pagedmembers"),
            ("*", "/{anything:.*}", self._unknown, "unknown"),
        ]
        for method, path, handler, name in routes:
            app.router.add_route(method, path, handler, name=name)
        return app

    @web.middleware
    async def _gate(self, request: web.Request, handler: Any) -> web.StreamResponse:
        record = await self._record(request)
        request[_RECORD] = record
        response = await self._answer(request, record, handler)
        if response is None:
            return web.Response()  # Never sent: the transport is already closed.
        with self._lock:
            record.status = response.status
            record.response = _json_body(response)
        return response

    async def _record(self, request: web.Request) -> ConnectorRequest:
        raw = await request.read()
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        route = request.match_info.route
        record = ConnectorRequest(
            method=request.method,
            path=request.path.removeprefix(CONNECTOR_ROOT),
            operation=route.name or "unknown",
            conversation=request.match_info.get("conversation"),
            activity_id=request.match_info.get("activity"),
            headers=dict(request.headers),
            body=body,
            received_at=time.monotonic(),
            query=dict(request.query),
            peer=request.transport.get_extra_info("peername") if request.transport else None,
        )
        with self._lock:
            self._records.append(record)
        return record

    async def _answer(self, request: web.Request, record: ConnectorRequest, handler: Any) -> web.Response | None:
        if self.require_auth and not self._authorized(request):
            return web.json_response(UNAUTHORIZED, status=401)
        fault = self._take_fault(record.conversation, record.operation)
        if fault is None:
            return await self._admit(request, record, handler)
        if fault.status is None and not fault.drop:
            response = await self._admit(request, record, handler)
            # The work is done and only the answer is late, as when a client times out on a slow Teams.
            await asyncio.sleep(fault.delay)
            return response
        await asyncio.sleep(fault.delay)
        if fault.drop:
            if request.transport is not None:
                request.transport.close()
            return None
        return _connector_error(fault.status, fault.code, fault.retry_after)

    def _authorized(self, request: web.Request) -> bool:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme != "Bearer" or not token:
            return False
        try:
            jwt.decode(token, self._entra_key.public_key(), algorithms=["RS256"], audience=BOT_FRAMEWORK_SCOPE)
        except jwt.InvalidTokenError:
            return False
        return True

    def _take_fault(self, conversation: str | None, operation: str) -> _Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.conversation in (None, conversation) and fault.operation in (None, operation):
                    if fault.skip:
                        fault.skip -= 1
                        return None
                    fault.remaining -= 1
                    if not fault.remaining:
                        self._faults.remove(fault)
                    return fault
        return None

    async def _admit(self, request: web.Request, record: ConnectorRequest, handler: Any) -> web.Response:
        wait = self._admission_wait(record)
        if wait:
            return _connector_error(429, None, max(1, math.ceil(wait)))
        return await handler(request)

    def _admission_wait(self, record: ConnectorRequest) -> float:
        """0 and the request counted, or the seconds it must wait under the enforced limits."""
        if not self.enforce_limits:
            return 0.0
        keys = [("app", "", APP_LIMITS)]
        if record.operation in SEND_OPERATIONS:
            keys.append(("send", record.conversation, SEND_LIMITS))
        elif record.operation in READ_OPERATIONS:
            keys.append(("read", record.conversation, READ_LIMITS))
        with self._lock:
            windows = [self._windows.setdefault((kind, key), _SlidingWindow(limits)) for kind, key, limits in keys]
            wait = max(window.wait(record.received_at) for window in windows)
            if wait:
                self._throttled += 1
                return wait
            for window in windows:
                window.admit(record.received_at)
        return 0.0

    async def _send(self, request: web.Request) -> web.Response:
        record = request[_RECORD]
        if not isinstance(record.body, dict):
            return _connector_error(400, None, None, "The activity must be a JSON object.")
        _, activity_id = self._deliver(record.conversation, record.body)
        return web.json_response({"id": activity_id}, status=201)

    async def _update(self, request: web.Request) -> web.Response:
        record = request[_RECORD]
        if not isinstance(record.body, dict):
            return _connector_error(400, None, None, "The activity must be a JSON object.")
        return web.json_response({"id": record.activity_id})

    async def _delete(self, request: web.Request) -> web.Response:
        return web.Response(status=200)

    async def _create(self, request: web.Request) -> web.Response:
        body = request[_RECORD].body
        if not isinstance(body, dict):
            return _connector_error(400, None, None, "The conversation parameters must be a JSON object.")
        channel = ((body.get("channelData") or {}).get("channel") or {}).get("id")
        if channel:
            return self._start_thread(channel, body.get("activity"))
        return self._open_personal_chat(body.get("members"), body.get("activity"))

    def _start_thread(self, channel: str, activity: Any) -> web.Response:
        if not isinstance(activity, dict):
            return _connector_error(400, None, None, "A new channel thread needs its first message.")
        conversation, activity_id = self._deliver(channel, activity, new_thread=True)
        return web.json_response({"id": conversation, "activityId": activity_id}, status=201)

    def _open_personal_chat(self, members: Any, activity: Any) -> web.Response:
        if not isinstance(members, list) or not members or not isinstance(members[0], dict):
            return _connector_error(400, None, None, "Conversation parameters must list the members.")
        user = str(members[0].get("id"))
        with self._lock:
            listed = any(m.get("id") == user for roster in self._members.values() for m in roster)
        if self.strict_chats and not listed and user not in self._personal_chats:
            return _connector_error(403, "BotNotInConversationRoster", None,
                                    "The bot is not part of the conversation roster.")
        with self._lock:
            # Teams keeps one 1:1 chat per user, so asking again yields the same conversation id.
            conversation = self._personal_chats.get(user) or f"a:1{secrets.token_urlsafe(40)}"
            self._personal_chats[user] = conversation
        answer = {"id": conversation}
        if isinstance(activity, dict):
            answer["activityId"] = self._deliver(conversation, activity)[1]
        return web.json_response(answer, status=201)

    async def _members_list(self, request: web.Request) -> web.Response:
        return web.json_response(self._members_of(request.match_info["conversation"]))

    async def _paged_members(self, request: web.Request) -> web.Response:
        """Teams' paged roster: pageSize (at most 500), and a continuationToken while more pages follow."""
        members = self._members_of(request.match_info["conversation"])
        try:
            size = min(500, max(1, int(request.query.get("pageSize", "200"))))
            start = int(request.query.get("continuationToken", "p0").removeprefix("p"))
        except ValueError:
            return _connector_error(400, "BadArgument", None, "Bad pageSize or continuationToken.")
        page: dict[str, Any] = {"members": members[start:start + size]}
        if start + size < len(members):
            page["continuationToken"] = f"p{start + size}"
        return web.json_response(page)

    async def _member(self, request: web.Request) -> web.Response:
        wanted = request.match_info["member"]
        for member in self._members_of(request.match_info["conversation"]):
            if wanted in (member.get("id"), member.get("aadObjectId")):
                return web.json_response(member)
        return _connector_error(404, "MemberNotFoundInConversation", None, "The member is not in the conversation.")

    async def _unknown(self, request: web.Request) -> web.Response:
        return _connector_error(404, "NotFound", None, f"No Bot Connector operation at {request.path}.")

    def _members_of(self, conversation: str) -> list[dict]:
        with self._lock:
            return [dict(member) for member in self._members.get(conversation, self._members[None])]

    def _deliver(self, conversation: str, body: dict, *, new_thread: bool = False) -> tuple[str, str]:
        """Accept an activity: (conversation, new activity id); a new thread's id ends with its root's."""
        with self._lock:
            # Teams message ids are increasing epoch milliseconds.
            self._last_activity_id = max(int(time.time() * 1000), self._last_activity_id + 1)
            activity_id = str(self._last_activity_id)
            if new_thread:
                conversation = f"{conversation};messageid={activity_id}"
            self._deliveries.append((conversation, body))
        return conversation, activity_id


async def serve(app: web.Application, tls: ssl.SSLContext | None = None) -> tuple[web.AppRunner, int]:
    """Serve an app on 127.0.0.1 at a port the OS picks; (its runner, to clean up, and the port)."""
    # A short shutdown timeout, so that requests parked by a delay fault do not hold up stop().
    runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
    await runner.setup()
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    try:
        await web.SockSite(runner, sock, ssl_context=tls).start()
    except BaseException:
        await runner.cleanup()
        raise
    return runner, sock.getsockname()[1]


def _halt(loop: asyncio.AbstractEventLoop, thread: threading.Thread) -> None:
    """Stop a loop running in another thread, wait for the thread and close the loop."""
    loop.call_soon_threadsafe(loop.stop)
    thread.join(timeout=60)
    loop.close()


def _densest(times: list[float], seconds: float) -> int:
    """Largest number of sorted timestamps inside any half-open window of that length."""
    best = start = 0
    for end, moment in enumerate(times):
        while moment - times[start] >= seconds:
            start += 1
        best = max(best, end - start + 1)
    return best


def _rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _jwk(key: rsa.RSAPrivateKey, kid: str, endorsements: list[str] | None) -> dict:
    """The public half of a key as a JWKS entry, with Microsoft's endorsements extension."""
    jwk = RSAAlgorithm.to_jwk(key.public_key(), as_dict=True)
    jwk.update(kid=kid, use="sig")
    if endorsements is not None:
        jwk["endorsements"] = endorsements
    return jwk


def _unsigned_token(token: str) -> str:
    """The same header and claims with `alg: none` and no signature."""
    header = {**jwt.get_unverified_header(token), "alg": "none"}
    encoded = base64.urlsafe_b64encode(json.dumps(header).encode()).rstrip(b"=").decode()
    return f"{encoded}.{token.split('.')[1]}."


def _json_body(response: web.Response) -> Any:
    if response.content_type != "application/json" or response.text is None:
        return None
    return json.loads(response.text)


def _entra_error(status: int, error: str, code: int, description: str) -> web.Response:
    """An error shaped like Entra ID's token endpoint errors."""
    return web.json_response(
        {
            "error": error,
            "error_description": f"AADSTS{code}: {description}",
            "error_codes": [code],
            "timestamp": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%SZ"),
            "trace_id": secrets.token_hex(16),
            "correlation_id": secrets.token_hex(16),
        },
        status=status,
    )


def _connector_error(
    status: int, code: str | None, retry_after: int | None, message: str | None = None
) -> web.Response:
    """An error shaped like the Bot Connector's ErrorResponse."""
    code = code or ERROR_CODES.get(status, "ServiceError")
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    error = {"error": {"code": code, "message": message or code}}
    return web.json_response(error, status=status, headers=headers)


def write_tls_files(directory: Path) -> tuple[Path, Path, Path]:
    """A throwaway CA and a 127.0.0.1/localhost server certificate it signed: (ca, chain, key) paths."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "FakeCloud test CA")])
    ca_cert = (
        _certificate(ca_name, ca_name, ca_key.public_key())
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(cert_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    server_key = ec.generate_private_key(ec.SECP256R1())
    server_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    server_cert = (
        _certificate(server_name, ca_name, server_key.public_key())
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(cert_sign=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    ca_path, chain_path, key_path = directory / "ca.pem", directory / "server.pem", directory / "server.key"
    ca_pem = ca_cert.public_bytes(serialization.Encoding.PEM)
    ca_path.write_bytes(ca_pem)
    chain_path.write_bytes(server_cert.public_bytes(serialization.Encoding.PEM) + ca_pem)
    key_path.write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    key_path.chmod(0o600)
    return ca_path, chain_path, key_path


def _certificate(
    subject: x509.Name, issuer: x509.Name, public_key: ec.EllipticCurvePublicKey
) -> x509.CertificateBuilder:
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=2))
    )


def _key_usage(*, cert_sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )
