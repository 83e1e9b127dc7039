"""The botbuilder adapter and the /api/messages endpoint, with 4.17.1's auth and invoke bugs worked around.

botbuilder parses and authenticates each activity; what a turn sends (replies, updates, deletions) goes out through
the process's one pooled Connector (bot/connector.py), never through a ConnectorClient built for the turn.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import datetime
from functools import partial
from typing import Any

import requests
from aiohttp import web
from botbuilder.core import Bot, TurnContext
from botbuilder.integration.aiohttp import CloudAdapter, ConfigurationBotFrameworkAuthentication
from botbuilder.schema import Activity, ActivityTypes, ConversationReference, ResourceResponse
from botframework.connector import ConnectorClient
from botframework.connector.auth import (
    AppCredentials,
    AuthenticateRequestResult,
    JwtTokenValidation,
    MicrosoftAppCredentials,
    ServiceClientCredentialsFactory,
)
from botframework.connector.auth.jwt_token_extractor import _OpenIdMetadata
from msrest.exceptions import DeserializationError, HttpOperationError
from msrest.serialization import Model
from msrest.universal_http.requests import ClientRetryPolicy

from bot.connector import Connector, Refused
from bot.rules.delivery import Outcome, backoff, is_retryable
from bot.settings import Settings
from bot.tokens import AppTokens
from bot.web import problem

log = logging.getLogger(__name__)
REPLY_BUDGET = 10.0  # seconds a reply may keep retrying; past that the asker has given up on it
KEYS_TIMEOUT = 10.0  # seconds for each of the channel's signing-key documents


def patch_msrest() -> None:
    """msrest rebuilds its retry policy twice per turn, each time testing 999 codes against a list of 500: a set."""
    ClientRetryPolicy.safe_codes = frozenset(ClientRetryPolicy.safe_codes)


def patch_key_refresh() -> None:
    """botbuilder reads the channel's signing keys with requests.get on the event loop and no timeout: one slow or
    silent Microsoft endpoint froze every request of the process. Read them in a thread, within a time limit."""
    _OpenIdMetadata._refresh = _refresh_keys


async def _refresh_keys(self: _OpenIdMetadata) -> None:
    # One fetch at a time: the requests that came while it ran use its keys rather than each start their own.
    asked = self.last_updated
    async with _keys_lock(self):
        if self.last_updated == asked:
            await _fetch_keys(self)


def _keys_lock(metadata: _OpenIdMetadata) -> asyncio.Lock:
    """The key document's own lock, kept on botbuilder's (process-wide) object; a new one for another event loop,
    since a lock serves only the loop it first waited in (tests run one loop after another)."""
    loop = asyncio.get_running_loop()
    held = getattr(metadata, "_accord_lock", None)
    if held is None or held[0] is not loop:
        held = metadata._accord_lock = (loop, asyncio.Lock())  # type: ignore[attr-defined]
    return held[1]


async def _fetch_keys(self: _OpenIdMetadata) -> None:
    def fetch() -> list:
        document = requests.get(self.url, timeout=KEYS_TIMEOUT)
        document.raise_for_status()
        keys = requests.get(document.json()["jwks_uri"], timeout=KEYS_TIMEOUT)
        keys.raise_for_status()
        return keys.json()["keys"]
    self.keys = await asyncio.to_thread(fetch)  # a failure raises: the request is refused (401), not stalled
    self.last_updated = datetime.now()  # botbuilder compares naive local times


REQUIRED_FIELDS = ("type", "serviceUrl", "channelId", "conversation.id", "from.id")
PARSERS = 2  # bodies parsed at once, of the default executor's 6 threads on two cores
INLINE_PARSE_BYTES = 8 * 1024  # a typed message or a button press is under 2 KB; larger bodies parse in a thread


class _BotConfig:
    """The attribute names ConfigurationBotFrameworkAuthentication reads, filled from our settings."""

    def __init__(self, settings: Settings) -> None:
        self.APP_ID = settings.app_id
        self.APP_PASSWORD = settings.app_password
        self.APP_TYPE = settings.app_type or "MultiTenant"
        self.APP_TENANTID = settings.app_tenant_id
        for name, value in settings.cloud_overrides.items():
            setattr(self, name, value)


class _CachedCredentials(AppCredentials):
    """botbuilder credentials whose token comes from the process-wide cache."""

    def __init__(self, tokens: AppTokens, app_id: str, scope: str) -> None:
        super().__init__(app_id=app_id, oauth_scope=scope)
        self._tokens = tokens

    def get_access_token(self, force_refresh: bool = False) -> str:
        """The cached token for this scope (botbuilder calls this for every request it signs)."""
        return self._tokens.token(self.oauth_scope)


class _CredentialsFactory(ServiceClientCredentialsFactory):
    """Hands botbuilder credentials that share one token cache instead of a new msal client per turn."""

    def __init__(self, settings: Settings, tokens: AppTokens) -> None:
        self._app_id = settings.app_id
        self._tokens = tokens

    async def is_valid_app_id(self, app_id: str) -> bool:
        return bool(self._app_id) and app_id == self._app_id

    async def is_authentication_disabled(self) -> bool:
        return not self._app_id

    async def create_credentials(self, app_id, oauth_scope, login_endpoint, validate_authority):
        return self.credentials(app_id, oauth_scope)

    def credentials(self, app_id: str, oauth_scope: str | None) -> AppCredentials:
        """Credentials for the app on the cached token (empty in anonymous mode)."""
        if not self._app_id:
            return MicrosoftAppCredentials.empty()
        if app_id != self._app_id:
            raise PermissionError("credentials asked for another app id")
        return _CachedCredentials(self._tokens, app_id, oauth_scope or self._tokens.default_scope)


class _OnDemand:
    """Stands in for a botbuilder client a turn may never use: the real one is built only when first touched."""

    def __init__(self, build: Callable[[], Any]) -> None:
        self._build = build
        self._built: Any = None

    def __getattr__(self, name: str) -> Any:
        if self._built is None:
            self._built = self._build()
        return getattr(self._built, name)


class _PooledAdapter(CloudAdapter):
    """CloudAdapter whose turns send through the pooled Connector.

    Stock, every turn builds an msrest ConnectorClient (a requests Session that loads the CA bundle and opens a new
    TLS connection for the reply) and a token API client. Here a turn's outbound calls go through one aiohttp
    session with keep-alive and the cached token, retried while the asker waits; only the authenticated activity's
    serviceUrl is ever sent to.
    """

    def __init__(self, auth: ConfigurationBotFrameworkAuthentication, credentials: _CredentialsFactory,
                 connector: Connector) -> None:
        super().__init__(auth)
        self._credentials = credentials
        self._connector = connector

    async def process_activity(self, auth_result: AuthenticateRequestResult | str, activity: Activity,
                               logic: Callable[[TurnContext], Awaitable]):
        """CloudAdapterBase.process_activity, with no per-turn clients."""
        if not isinstance(auth_result, AuthenticateRequestResult):  # an Authorization header, as stock callers pass
            auth_result = await self.bot_framework_authentication.authenticate_request(activity, auth_result)
        activity.caller_id = auth_result.caller_id
        identity, audience, service_url = auth_result.claims_identity, auth_result.audience, activity.service_url

        def connector_client() -> ConnectorClient:  # for botbuilder helpers we do not call (TeamsInfo...)
            app_id = JwtTokenValidation.get_app_id_from_claims(identity.claims) or ""
            return ConnectorClient(self._credentials.credentials(app_id, audience), base_url=service_url)

        # No user token client: Accord signs nobody in (no OAuthPrompt), so none is built.
        context = self._create_turn_context(activity, identity, audience, _OnDemand(connector_client), None, logic,
                                            auth_result.connector_factory)
        await self.run_pipeline(context, logic)
        return self._process_turn_results(context)

    async def send_activities(self, context: TurnContext, activities: list[Activity]) -> list[ResourceResponse]:
        responses = []
        for activity in activities:
            activity.id = None
            if activity.type == ActivityTypes.invoke_response:
                context.turn_state[self._INVOKE_RESPONSE_KEY] = activity
            elif activity.type == "delay":
                await asyncio.sleep(int((activity.value or 1000) / 1000))
            elif activity.type != ActivityTypes.trace:
                service_url = _service_url(context, activity)
                body = serialized(activity)
                outcome = await _with_retry(partial(self._connector.post_activity, service_url,
                                                    activity.conversation.id, body, activity.reply_to_id))
                responses.append(ResourceResponse(id=outcome.activity_id or ""))
                continue
            responses.append(ResourceResponse(id=""))
        return responses

    async def update_activity(self, context: TurnContext, activity: Activity) -> ResourceResponse | None:
        service_url = _service_url(context, activity)
        body = serialized(activity)
        outcome = await _with_retry(lambda: self._connector.put_activity(
            service_url, activity.conversation.id, activity.id, body))
        return ResourceResponse(id=outcome.activity_id) if outcome.activity_id else None

    async def delete_activity(self, context: TurnContext, reference: ConversationReference) -> None:
        service_url = _service_url(context, reference)
        await _with_retry(lambda: self._connector.delete_activity(
            service_url, reference.conversation.id, reference.activity_id))


def serialized(activity: Activity) -> dict[str, Any]:
    """The activity as JSON-ready data. A card that is plain data already goes as it is: msrest walked every node of
    it, and serialising replies was a tenth of a turn's time."""
    attachments = activity.attachments or []
    plain = [a.content if isinstance(a.content, dict) else None for a in attachments]
    for attachment, content in zip(attachments, plain, strict=True):
        if content is not None:
            attachment.content = None
    try:
        body = activity.serialize()
    finally:
        for attachment, content in zip(attachments, plain, strict=True):
            if content is not None:
                attachment.content = content
    for out, content in zip(body.get("attachments") or [], plain, strict=False):
        if content is not None:
            out["content"] = content
    return body


def _service_url(context: TurnContext, outgoing: Activity | ConversationReference) -> str:
    """The serviceUrl of the activity this turn authenticated: the only one a turn may send to."""
    own = context.activity.service_url
    if outgoing.service_url and outgoing.service_url != own:
        raise PermissionError(f"a turn from {own} may not send to {outgoing.service_url}")
    return own


async def _with_retry(call: Callable[[], Awaitable[Outcome]]) -> Outcome:
    """Make a call now, retrying throttling and server errors while the asker is still waiting; Refused if it fails."""
    started = time.monotonic()
    for attempt in itertools.count(1):
        outcome = await call()
        if outcome.ok:
            return outcome
        wait = backoff(attempt, outcome.retry_after, base=0.5)
        if not is_retryable(outcome) or time.monotonic() + wait - started > REPLY_BUDGET:
            raise Refused(outcome)
        log.info("reply throttled or failed (%s); retrying in %.1fs", outcome.status or outcome.error, wait)
        await asyncio.sleep(wait)


class TeamsEndpoint:
    """POST /api/messages: size, the token, then JSON and field checks, the token's serviceUrl, then the bot."""

    def __init__(self, settings: Settings, bot: Bot, tokens: AppTokens, connector: Connector) -> None:
        patch_msrest()
        patch_key_refresh()
        credentials = _CredentialsFactory(settings, tokens)
        self.auth = ConfigurationBotFrameworkAuthentication(_BotConfig(settings), credentials_factory=credentials)
        self.adapter = _PooledAdapter(self.auth, credentials, connector)
        self.adapter.on_turn_error = self._on_turn_error
        self.bot = bot
        self.anonymous = settings.anonymous
        self.max_bytes = settings.max_request_bytes
        # Turning a large body into an activity takes a worker thread for a while; the threads are shared with
        # every database call (/healthz too), so only a few may parse at once.
        self.parsing = asyncio.Semaphore(PARSERS)

    async def messages(self, request: web.Request) -> web.Response:
        """Handle one activity from Teams."""
        if (request.content_length or 0) > self.max_bytes:
            return problem(413, f"The body is over {self.max_bytes // 1024} KB.")
        header = request.headers.get("Authorization")
        # Signature, issuer, audience and expiry need no body: a stranger's request is refused before it is read.
        if await self._authenticate(Activity(), header) is None:
            return problem(401, "Unauthorized.")
        body = await request.read()  # aiohttp answers 413 itself past client_max_size when no length was given
        if len(body) <= INLINE_PARSE_BYTES:
            activity = _parse(body)  # about a millisecond: cheaper than queueing behind the database's threads
        else:
            async with self.parsing:
                activity = await asyncio.to_thread(_parse, body)
        if not isinstance(activity, Activity):
            return problem(400, *activity)
        # Now with the activity: its serviceUrl must be the token's, and its channel one the key endorses.
        auth_result = await self._authenticate(activity, header)
        if auth_result is None:
            return problem(401, "Unauthorized.")
        invoke_response = await self.adapter.process_activity(auth_result, activity, self.bot.on_turn)
        if invoke_response is None:
            return web.Response(status=200)
        body_out = invoke_response.body
        if isinstance(body_out, Model):
            body_out = body_out.serialize()
        return web.json_response(body_out, status=invoke_response.status or 200)

    async def _authenticate(self, activity: Activity, header: str | None) -> AuthenticateRequestResult | None:
        # botbuilder raises PyJWT, IndexError, AttributeError and PermissionError for bad tokens; every one of
        # them is the caller's fault, so each becomes a 401 and the activity never reaches the bot.
        if not header and not self.anonymous:
            log.warning("rejected activity without Authorization header")
            return None
        try:
            return await self.auth.authenticate_request(activity, header or None)
        except Exception as exc:  # noqa: BLE001
            log.warning("rejected activity: %s: %s", type(exc).__name__, exc)
            return None

    async def _on_turn_error(self, context: TurnContext, error: Exception) -> None:
        log.error("turn failed", exc_info=error)
        # When Teams refused our reply, an apology would be refused too.
        if context.activity.type != "message" or isinstance(error, (Refused, HttpOperationError)):
            return
        try:
            await context.send_activity("Sorry, something went wrong on my side. Please try again in a moment.")
        except Refused as refused:  # Teams still gets its 200: it delivered the activity, the failure is ours
            log.warning("the apology was refused too: %s", refused)


def _parse(body: bytes) -> Activity | tuple[str, list[dict[str, str]]]:
    """The activity in a body, or why there is none (a 400's title and field errors)."""
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError) as exc:  # RecursionError: JSON nested deeper than Python parses
        return "The body is not JSON.", [{"field": "body", "error": str(exc)[:200]}]
    errors = _missing_fields(payload)
    if errors:
        return "The activity is missing required fields.", errors
    try:
        return Activity().deserialize(payload)
    except DeserializationError as exc:  # e.g. a timestamp that is not a time, or entities that are not a list
        return "The activity has a field of the wrong type.", [{"field": "body", "error": str(exc)[:200]}]


def _missing_fields(payload: Any) -> list[dict[str, str]]:
    if not isinstance(payload, dict):
        return [{"field": "body", "error": "must be a JSON object"}]
    errors = []
    for path in REQUIRED_FIELDS:
        value: Any = payload
        for part in path.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if not isinstance(value, str) or not value:
            errors.append({"field": path, "error": "required, a non-empty string"})
    return errors
