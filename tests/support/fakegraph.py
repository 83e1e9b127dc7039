"""Loopback fake of Microsoft Graph's mail delta query (the enquiry mailbox) and sendMail (email notices).

It serves `GET /v1.0/users/{mailbox}/mailFolders/inbox/messages/delta` over HTTPS, accepting only tokens that
FakeCloud's Entra endpoint issued for this fake's own origin (so the client must ask for the right scope).
Delta semantics follow Graph: the first round lists the whole inbox, a delta link then returns what changed
after it was issued (new, updated and removed messages), pages are chained with next links and sized by
`Prefer: odata.maxpagesize`. `POST /v1.0/users/{sender}/sendMail` records each message it accepts (202) in
`sent_mail`. It runs in the test's event loop; FakeCloud (in its thread) issues the tokens, and its certificate
serves both fakes: trust them with `FakeGraph.tls_env()`.
"""

from __future__ import annotations

import secrets
import ssl
import time
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import aiohttp
import jwt
from aiohttp import web

from tests.support.fakecloud import MULTI_TENANT, FakeCloud, serve

__all__ = ["FakeGraph", "GraphRequest", "SentMail"]

DELTA_PATH = "/v1.0/users/{user}/mailFolders/{folder}/messages/delta"
APPS_PATH = "/v1.0/users/{user}/teamwork/installedApps"
CHAT_PATH = "/v1.0/users/{user}/teamwork/installedApps/{install}/chat"
SENDMAIL_PATH = "/v1.0/users/{user}/sendMail"
DEFAULT_PAGE_SIZE = 10  # Graph's default for message delta without a Prefer header
PREVIEW_CHARS = 255  # Graph cuts bodyPreview here
ERROR_CODES = {401: "InvalidAuthenticationToken", 404: "ErrorInvalidUser", 410: "syncStateNotFound",
               429: "TooManyRequests", 500: "InternalServerError", 503: "ServiceUnavailable", 504: "GatewayTimeout"}


@dataclass
class GraphRequest:
    """One request the fake received, with the status it answered."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    received_at: float
    status: int | None = None

    @property
    def kind(self) -> str:
        """Which request this is: first (from scratch), delta (a delta link), page (a next link), sendMail, other."""
        if self.path.endswith("/sendMail"):
            return "sendMail"
        if "$deltatoken" in self.query:
            return "delta"
        if "$skiptoken" in self.query:
            return "page"
        return "first" if self.path.endswith("/delta") else "other"


@dataclass(frozen=True)
class SentMail:
    """A message sendMail accepted: who sent it, and the request body as Graph received it."""

    sender: str
    body: dict

    @property
    def to(self) -> list[str]:
        """The recipients' addresses."""
        return [r["emailAddress"]["address"] for r in self.body["message"].get("toRecipients", [])]

    @property
    def subject(self) -> str:
        """The subject line."""
        return self.body["message"].get("subject", "")

    @property
    def content(self) -> str:
        """The body text."""
        return self.body["message"].get("body", {}).get("content", "")


@dataclass
class _Cursor:
    """What a delta or next link stands for: the change sequence it starts after, or the rest of a round."""

    seq: int
    select: list[str] | None
    remaining: list[dict] = field(default_factory=list)


@dataclass
class _Fault:
    status: int
    retry_after: int | None
    code: str | None
    kind: str | None
    remaining: int


class FakeGraph:
    """A mailbox's inbox behind a Graph-shaped delta endpoint, and sendMail, with faults and request recording."""

    def __init__(self, cloud: FakeCloud, mailbox: str, *, require_auth: bool = True,
                 senders: tuple[str, ...] = ()) -> None:
        self.cloud = cloud
        self.mailbox = mailbox.lower()
        self.senders = {self.mailbox, *(sender.lower() for sender in senders)}  # users that exist and may send
        self.require_auth = require_auth
        self._sent: list[SentMail] = []
        self._messages: dict[str, dict] = {}  # the inbox now, in arrival order
        self._changes: list[tuple[int, str]] = []  # (seq, message id), one entry per add, update or removal
        self._seq = 0
        self._cursors: dict[str, _Cursor] = {}
        self._faults: list[_Fault] = []
        self._records: list[GraphRequest] = []
        self._runner: web.AppRunner | None = None
        self._keys: dict[str, Any] = {}
        self._users: dict[str, str] = {}  # object id or sign-in name (lower case) -> object id
        self.installs: dict[str, dict[str, str]] = {}  # object id -> {install id: app id}
        self.bot_id = "28:fake-bot"

    # -- lifecycle -------------------------------------------------------------------------------

    async def start(self) -> FakeGraph:
        """Learn FakeCloud's signing keys and listen on 127.0.0.1 with FakeCloud's certificate."""
        self._keys = await self._signing_keys()
        app = web.Application()
        app.router.add_get(DELTA_PATH, self._delta)
        app.router.add_post(SENDMAIL_PATH, self._send_mail)
        app.router.add_post(APPS_PATH, self._install)
        app.router.add_get(APPS_PATH, self._installed)
        app.router.add_get(CHAT_PATH, self._install_chat)
        app.router.add_route("*", "/{anything:.*}", self._unknown)
        self._runner, port = await serve(app, self.cloud.server_tls)
        self.origin = f"https://127.0.0.1:{port}"
        return self

    async def stop(self) -> None:
        """Stop listening."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeGraph:
        return await self.start()

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def base_url(self) -> str:
        """GRAPH_BASE_URL for this fake."""
        return f"{self.origin}/v1.0"

    def tls_env(self) -> dict[str, str]:
        """Environment that makes requests (msal) and fresh ssl contexts trust this fake and FakeCloud."""
        return self.cloud.tls_env()  # both serve FakeCloud's certificate

    # -- the inbox -------------------------------------------------------------------------------

    def add_message(self, subject: str = "Enquiry", body: str = "Hello.", *, sender: str = "jane@clientcorp.com.au",
                    name: str | None = "Jane Doe", received_at: datetime | None = None,
                    internet_message_id: str | None = None) -> dict:
        """Deliver a message to the inbox; returns it as Graph would list it."""
        received = (received_at or datetime.now(UTC)).astimezone(UTC)
        message = {
            "@odata.etag": f'W/"{secrets.token_urlsafe(12)}"',
            "id": f"AAMkAGI2{secrets.token_urlsafe(48)}=",
            "receivedDateTime": received.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "subject": subject,
            "bodyPreview": body[:PREVIEW_CHARS],
            "internetMessageId": internet_message_id or f"<{secrets.token_hex(12)}@mail.example>",
            "from": {"emailAddress": {"name": name if name is not None else sender, "address": sender}},
            "isRead": False,
        }
        self._messages[message["id"]] = message
        self._changed(message["id"])
        return dict(message)

    def update_message(self, message_id: str, **fields: Any) -> None:
        """Change a message (say isRead=True), so the next delta lists it again, as Graph does."""
        self._messages[message_id].update(fields)
        self._messages[message_id]["@odata.etag"] = f'W/"{secrets.token_urlsafe(12)}"'
        self._changed(message_id)

    def remove_message(self, message_id: str) -> None:
        """Delete a message (or move it out of the inbox): the next delta lists it as @removed."""
        del self._messages[message_id]
        self._changed(message_id)

    # -- faults and observations -----------------------------------------------------------------

    def inject(self, status: int, *, retry_after: int | None = None, times: int = 1, code: str | None = None,
               kind: str | None = None) -> None:
        """Answer the next `times` requests (of one GraphRequest.kind, or any) with an error `status`."""
        if times < 1:
            raise ValueError("inject needs times >= 1")
        self._faults.append(_Fault(status, retry_after, code, kind, times))

    def expire_links(self) -> None:
        """Forget every delta and next link issued so far: they answer 410 syncStateNotFound from now on."""
        self._cursors.clear()

    @property
    def requests(self) -> list[GraphRequest]:
        """Snapshot of every request, in arrival order."""
        return [replace(record) for record in self._records]

    def reset_requests(self) -> None:
        """Forget the recorded requests."""
        self._records.clear()

    @property
    def sent_mail(self) -> list[SentMail]:
        """Every message sendMail accepted, in order."""
        return list(self._sent)

    # -- the endpoint ----------------------------------------------------------------------------

    async def _delta(self, request: web.Request) -> web.Response:
        record = self._record(request)
        response = self._answer(request, record.kind)
        record.status = response.status
        return response

    def _answer(self, request: web.Request, kind: str) -> web.Response:
        if self.require_auth and not self._authorized(request):
            return _error(401, None, None, "Access token is empty or invalid.")
        if request.match_info["user"].lower() != self.mailbox or request.match_info["folder"].lower() != "inbox":
            return _error(404, None, None, f"User '{request.match_info['user']}' not found.")
        fault = self._take_fault(kind)
        if fault is not None:
            return _error(fault.status, fault.code, fault.retry_after, "Injected fault.")
        cursor = self._cursor(request.query)
        if cursor is None:
            return _error(410, None, None, "The sync state generation is not found. Data must be synchronized again.")
        return self._page(cursor, _page_size(request.headers.get("Prefer", "")), request.path)

    async def _send_mail(self, request: web.Request) -> web.Response:
        record = self._record(request)
        response = await self._accept_mail(request)
        record.status = response.status
        return response

    async def _accept_mail(self, request: web.Request) -> web.Response:
        if self.require_auth and not self._authorized(request):
            return _error(401, None, None, "Access token is empty or invalid.")
        if request.match_info["user"].lower() not in self.senders:
            return _error(404, None, None, f"User '{request.match_info['user']}' not found.")
        fault = self._take_fault("sendMail")
        if fault is not None:
            return _error(fault.status, fault.code, fault.retry_after, "Injected fault.")
        try:
            body = await request.json()
            recipients = body["message"]["toRecipients"]
        except (ValueError, KeyError, TypeError):
            return _error(400, "ErrorInvalidRequest", None, "The request body is not a sendMail body.")
        if not recipients or not all(r.get("emailAddress", {}).get("address") for r in recipients):
            return _error(400, "ErrorInvalidRecipients", None, "At least one recipient is not valid.")
        self._sent.append(SentMail(request.match_info["user"].lower(), body))
        return web.Response(status=202)

    def add_user(self, object_id: str, sign_in: str) -> None:
        """A user of the tenant, found by object id or sign-in name, for whom Accord can be installed."""
        self._users[object_id.lower()] = object_id
        self._users[sign_in.lower()] = object_id

    def chat_of(self, object_id: str) -> str:
        """The id of the 1:1 chat an install opens between the bot and a user."""
        return f"19:{object_id}_{self.bot_id.removeprefix('28:')}@unq.gbl.spaces"

    async def _install(self, request: web.Request) -> web.Response:
        record = self._record(request)
        response = await self._apps(request, install=True)
        record.status = response.status
        return response

    async def _installed(self, request: web.Request) -> web.Response:
        record = self._record(request)
        response = await self._apps(request, install=False)
        record.status = response.status
        return response

    async def _apps(self, request: web.Request, install: bool) -> web.Response:
        if self.require_auth and not self._authorized(request):
            return _error(401, None, None, "Access token is empty or invalid.")
        user = self._users.get(request.match_info["user"].lower())
        if user is None:
            return _error(404, "NotFound", None, f"User '{request.match_info['user']}' not found.")
        fault = self._take_fault("install" if install else "installed")
        if fault is not None:
            return _error(fault.status, fault.code, fault.retry_after, "Injected fault.")
        apps = self.installs.setdefault(user, {})
        if not install:
            wanted = request.query.get("$filter", "").rpartition("eq ")[2].strip("'")
            return web.json_response({"value": [{"id": i, "teamsApp": {"id": a}} for i, a in apps.items()
                                                if not wanted or a == wanted]})
        try:
            app_id = (await request.json())["teamsApp@odata.bind"].rpartition("/teamsApps/")[2]
        except (ValueError, KeyError, TypeError, AttributeError):
            return _error(400, "BadRequest", None, "teamsApp@odata.bind is required.")
        if app_id in apps.values():
            return _error(409, "Conflict", None, "The app is already installed for this user.")
        apps[secrets.token_urlsafe(12)] = app_id
        return web.Response(status=201)

    async def _install_chat(self, request: web.Request) -> web.Response:
        record = self._record(request)
        if self.require_auth and not self._authorized(request):
            record.status = 401
            return _error(401, None, None, "Access token is empty or invalid.")
        user = self._users.get(request.match_info["user"].lower())
        known = user is not None and request.match_info["install"] in self.installs.get(user, {})
        record.status = 200 if known else 404
        if not known:
            return _error(404, "NotFound", None, "No such installation.")
        return web.json_response({"id": self.chat_of(user)})

    def _take_fault(self, kind: str) -> _Fault | None:
        for fault in self._faults:
            if fault.kind in (None, kind):
                fault.remaining -= 1
                if not fault.remaining:
                    self._faults.remove(fault)
                return fault
        return None

    def _cursor(self, query: Any) -> _Cursor | None:
        """What this request asks for; None for a link that is unknown or expired."""
        if "$skiptoken" in query:  # the rest of a round; a next link may be retried, as Graph allows
            return self._cursors.get(query["$skiptoken"])
        if "$deltatoken" in query:  # a new round: whatever changed after the link was issued
            start = self._cursors.get(query["$deltatoken"])
            return start and _Cursor(self._seq, start.select, self._changes_after(start.seq))
        select = [name for name in query.get("$select", "").split(",") if name] or None
        return _Cursor(self._seq, select, list(self._messages.values()))

    def _changes_after(self, seq: int) -> list[dict]:
        """The current state of every message changed after seq, in order of its latest change."""
        latest = {message_id: n for n, message_id in self._changes if n > seq}
        return [self._messages.get(message_id) or {"id": message_id, "@removed": {"reason": "deleted"}}
                for message_id in sorted(latest, key=latest.get)]

    def _page(self, cursor: _Cursor, size: int, path: str) -> web.Response:
        page, rest = cursor.remaining[:size], cursor.remaining[size:]
        body: dict[str, Any] = {"@odata.context": f"{self.origin}/v1.0/$metadata#Collection(message)",
                                "value": [_project(item, cursor.select) for item in page]}
        token = secrets.token_urlsafe(32)
        if rest:
            self._cursors[token] = _Cursor(cursor.seq, cursor.select, rest)
            body["@odata.nextLink"] = f"{self.origin}{quote(path)}?$skiptoken={token}"
        else:
            self._cursors[token] = _Cursor(cursor.seq, cursor.select)
            body["@odata.deltaLink"] = f"{self.origin}{quote(path)}?$deltatoken={token}"
        return web.json_response(body, headers={"Preference-Applied": f"odata.maxpagesize={size}"})

    async def _unknown(self, request: web.Request) -> web.Response:
        self._record(request, 400)
        return _error(400, "BadRequest", None, f"Resource not found for the segment '{request.path}'.")

    def _record(self, request: web.Request, status: int | None = None) -> GraphRequest:
        record = GraphRequest(request.method, request.path, dict(request.query), dict(request.headers),
                              time.monotonic(), status)
        self._records.append(record)
        return record

    def _changed(self, message_id: str) -> None:
        self._seq += 1
        self._changes.append((self._seq, message_id))

    def _authorized(self, request: web.Request) -> bool:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme != "Bearer" or not token:
            return False
        try:
            key = self._keys[jwt.get_unverified_header(token).get("kid")]
            jwt.decode(token, key, algorithms=["RS256"], audience=self.origin)
        except (KeyError, jwt.InvalidTokenError):
            return False
        return True

    async def _signing_keys(self) -> dict[str, Any]:
        """FakeCloud's token signing keys, fetched from its discovery endpoint as a real resource would."""
        tenant = self.cloud.tenant_id or MULTI_TENANT
        trust = ssl.create_default_context(cafile=str(self.cloud.ca_path))
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=trust)) as http:
            async with http.get(f"{self.cloud.base_url}/{tenant}/discovery/v2.0/keys") as response:
                keys = (await response.json())["keys"]
        return {key["kid"]: jwt.PyJWK(key).key for key in keys}


def _project(message: dict, select: list[str] | None) -> dict:
    """A message with only the selected properties (Graph always adds id and the etag)."""
    if select is None or "@removed" in message:
        return dict(message)
    return {name: value for name, value in message.items() if name in select or name in ("id", "@odata.etag")}


def _page_size(prefer: str) -> int:
    for preference in prefer.split(","):
        name, _, value = preference.strip().partition("=")
        if name == "odata.maxpagesize" and value.isdigit() and int(value) > 0:
            return int(value)
    return DEFAULT_PAGE_SIZE


def _error(status: int, code: str | None, retry_after: int | None, message: str) -> web.Response:
    """An error shaped like Graph's."""
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    body = {"error": {"code": code or ERROR_CODES.get(status, "generalException"), "message": message,
                      "innerError": {"date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
                                     "request-id": secrets.token_hex(16)}}}
    return web.json_response(body, status=status, headers=headers)
