"""The enquiry mailbox: a shared mailbox read with Microsoft Graph delta queries, each new message an enquiry."""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, urlsplit

import aiohttp
import msal
import requests
from yarl import URL

from bot.connector import Pooled, retry_after as retry_after_seconds
from bot.rules.delivery import backoff
from bot.services.enquiries import Incoming
from bot.settings import Settings
from bot.tokens import confidential_client
from storage.db import Database, once_more
from storage.models import Enquiry, Setting
from storage.network import get_setting, put_setting
from storage.types import utcnow

log = logging.getLogger(__name__)

SOURCE = "email"
SELECT = "id,subject,from,receivedDateTime,bodyPreview,internetMessageId"
PAGE_SIZE = 50
OPENING_CHARS = 600
# The first read of a mailbox (and any re-read from scratch) sees the whole inbox; only mail received
# since shortly before that first read is new. Older mail was handled by people before Accord read it.
FIRST_READ_LOOKBACK = timedelta(days=1)
REQUEST_TIMEOUT = 30.0
ATTEMPTS = 4  # per request within a round; after that the round fails and the loop backs off
MAX_INLINE_WAIT = 60.0  # a longer Retry-After ends the round and is honoured by the loop instead
MAX_BACKOFF = 1800.0
TRANSIENT = frozenset({408, 429, 500, 502, 503, 504})
SYNC_RESET_CODES = frozenset({"syncstatenotfound", "syncstateinvalid", "resyncrequired"})
ACCESS_HINT = (" (the app needs the Mail.Read application permission, and any application access policy must "
               "include the mailbox)")

SIGNATURE_LINES = 10  # a signature sits in the last lines of what we can see
AUTO_SUBJECTS = ("automatic reply:", "auto reply:", "autoreply:", "auto-reply:", "out of office:",
                 "out of office reply", "undeliverable:", "undelivered mail returned to sender",
                 "delivery status notification", "mail delivery failed", "delivery has failed", "returned mail:",
                 "failure notice")
# Exchange Online sends non-delivery reports from this system mailbox.
SYSTEM_SENDERS = frozenset({"postmaster", "mailer-daemon", "mailer_daemon",
                            "microsoftexchange329e71ec88ae4615bbc36ab6ce41109e"})
TITLE_WORDS = frozenset("""head manager director officer chief lead partner president vice vp ceo cfo coo cto cio cmo
founder cofounder owner consultant analyst engineer specialist coordinator executive assistant advisor adviser
administrator secretary counsel associate principal buyer""".split())
LEGAL_FORM_AT_END = re.compile(r"\b(pty|ltd|limited|inc|incorporated|llc|llp|plc|gmbh|ag|corp|corporation|group|"
                               r"holdings|s\.a|b\.v|n\.v)\.?$", re.IGNORECASE)
CONTACT_DETAIL = re.compile(r"@|https?://|www\.|\d[\d\s().+-]{6,}|^(t|m|p|f|e|w|ph|tel|mob|mobile|phone|fax|email|"
                            r"web)\s*[:.]", re.IGNORECASE)
TITLE_SEPARATOR = re.compile(r"\s*(?:,|\||\s[-–]\s|\sat\s)\s*")
NAME_CONNECTORS = frozenset({"of", "and", "&", "the", "for", "de", "du", "van", "von", "der", "la", "le", "y"})


class GraphError(Exception):
    """Graph (or its token endpoint) refused or failed a request; the round is read again later."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class GraphBusy(GraphError):
    """A failure worth retrying soon: throttling, a 5xx, a timeout or a lost connection."""


class SyncReset(GraphError):
    """Graph no longer knows the delta link's sync state: read the inbox again from scratch."""


# -- from a Graph message to an enquiry (pure) ----------------------------------------------------


def skip_reason(message: dict[str, Any], mailbox: str, since: datetime) -> str | None:
    """Why a delta entry is not an enquiry, or None when it is one."""
    if "@removed" in message:
        return "removed"
    address = sender_address(message)
    if not address:
        return "no sender"
    if address == mailbox.strip().lower():
        return "sent by the mailbox itself"
    if address.partition("@")[0] in SYSTEM_SENDERS:
        return "bounce"
    if (message.get("subject") or "").strip().casefold().startswith(AUTO_SUBJECTS):
        return "automatic reply or bounce"
    received = parse_utc(message.get("receivedDateTime"))
    if received is not None and received < since:
        return "received before the mailbox was first read"
    return None


def to_incoming(message: dict[str, Any], now: datetime | None = None) -> Incoming:
    """The enquiry a message makes: sender, company from the signature, subject and opening lines."""
    address = sender_address(message)
    name = person_name(_email_address(message).get("name"), address)
    preview = message.get("bodyPreview") or ""
    return Incoming(
        source_key=source_key(message),
        source=SOURCE,
        received_at=parse_utc(message.get("receivedDateTime")) or now or utcnow(),
        person_name=_clip(name, "person_name"),
        person_email=address if address and len(address) <= _limit("person_email") else None,
        company=_clip(signature_company(preview, name), "company"),
        message=_clip(enquiry_text(message.get("subject"), preview), "message"),
    )


def sender_address(message: dict[str, Any]) -> str | None:
    """The From address in lower case, or None."""
    address = _email_address(message).get("address") or ""
    return address.strip().lower() or None


def source_key(message: dict[str, Any]) -> str:
    """The key an enquiry is stored under once: the Internet Message-ID, which survives moves between folders."""
    key = f"{SOURCE}:{message.get('internetMessageId') or message['id']}"
    if len(key) <= _limit("source_key"):
        return key
    return f"{SOURCE}:sha256:{hashlib.sha256(key.encode()).hexdigest()}"


def person_name(name: str | None, address: str | None) -> str:
    """The sender's display name, else their address's local part made readable ("jane.doe" -> "Jane Doe")."""
    name = " ".join((name or "").strip().strip("'\"").split())
    if name and "@" not in name:
        return name
    local = (address or "").partition("@")[0].partition("+")[0]
    words = [word for word in re.split(r"[._-]+", local) if word]
    return " ".join(word[:1].upper() + word[1:].lower() for word in words) or address or "Unknown sender"


def signature_company(text: str, name: str) -> str | None:
    """The company line of a signature under the sender's own name near the end, or None when unsure."""
    wanted = _tidy(name).casefold()
    lines = [line for line in map(_tidy, text.splitlines()) if line][-SIGNATURE_LINES:]
    found = [i for i, line in enumerate(lines) if line.casefold() == wanted]
    if not wanted or not found:
        return None
    return _company_after(lines[found[-1] + 1:found[-1] + 4])


def enquiry_text(subject: str | None, preview: str) -> str | None:
    """The subject, a blank line, then the opening lines of the message."""
    subject = " ".join((subject or "").split())
    return "\n\n".join(part for part in (subject, _opening(preview)) if part) or None


def parse_utc(value: Any) -> datetime | None:
    """An ISO 8601 moment (Graph's receivedDateTime) as an aware UTC datetime; naive means UTC; None if garbled."""
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def graph_origin(base_url: str) -> str:
    """scheme://host[:port] of the Graph base URL."""
    parts = urlsplit(base_url)
    return f"{parts.scheme}://{parts.netloc}"


def graph_scope(base_url: str) -> str:
    """The client-credentials scope for a Graph base URL: its origin plus /.default."""
    # A token's audience is the resource's origin: https://graph.microsoft.com in the public cloud, the national
    # cloud's own Graph host elsewhere (graph.microsoft.us, microsoftgraph.chinacloudapi.cn), and the fake's
    # loopback address in tests, whose token endpoint issues tokens for whatever origin is asked for.
    return f"{graph_origin(base_url)}/.default"


def next_delay(interval: float, failures: int, retry_after: float | None) -> float:
    """Seconds until the next poll: the interval, doubled per failure in a row up to a cap, never under Retry-After."""
    if not failures:
        return interval
    return max(interval, min(interval * 2 ** (failures - 1), MAX_BACKOFF), retry_after or 0.0)


def _email_address(message: dict[str, Any]) -> dict[str, Any]:
    return (message.get("from") or {}).get("emailAddress") or {}


def _company_after(lines: list[str]) -> str | None:
    """A company among the lines under the name: one with a legal form, or a plain name after a job title."""
    after_title = False
    for line in lines:
        if CONTACT_DETAIL.search(line) or len(line) > 80:
            return None
        company = TITLE_SEPARATOR.split(line)[-1]  # "Partner, Acme Holdings" -> "Acme Holdings"
        if LEGAL_FORM_AT_END.search(company) and not _is_title(company):
            return company
        if _is_title(line):
            after_title = True
            continue
        return line if after_title and _looks_like_name(line) else None
    return None


def _is_title(line: str) -> bool:
    return any(word in TITLE_WORDS for word in re.split(r"[^a-z]+", line.casefold().replace("-", "")))


def _looks_like_name(line: str) -> bool:
    """Short, and every word capitalised except connectors: "Department of Health", not "Sent from my iPhone"."""
    words = line.split()
    return (len(words) <= 6 and not line.endswith((".", "!", "?", ":"))
            and all(word[:1].isupper() or word[:1].isdigit() or word.casefold() in NAME_CONNECTORS for word in words))


def _tidy(line: str) -> str:
    return " ".join(line.split()).lstrip("-–— ").rstrip(",;")


def _opening(preview: str) -> str:
    lines = [" ".join(line.split()) for line in preview.splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if len(text) <= OPENING_CHARS:
        return text
    head = text[:OPENING_CHARS + 1]  # one more, to see whether the cut falls between two words
    space = max(head.rfind(" "), head.rfind("\n"))
    cut = head[:space] if space > 0 else head[:OPENING_CHARS]
    return cut.rstrip(" ,;:\n") + "…"


def _limit(column: str) -> int:
    return Enquiry.__table__.c[column].type.length


def _clip(value: str | None, column: str) -> str | None:
    return value[:_limit(column)] if value else value


def _setting_key(prefix: str, mailbox: str) -> str:
    """A settings key naming the mailbox, hashed when the address would not fit the key column."""
    key = f"{prefix}:{mailbox.strip().lower()}"
    if len(key) <= Setting.__table__.c.key.type.length:
        return key
    return f"{prefix}:{hashlib.sha256(mailbox.strip().lower().encode()).hexdigest()[:40]}"


# -- Graph access ---------------------------------------------------------------------------------


def graph_configured(settings: Settings) -> bool:
    """True when the Graph tenant, app and secret are all set."""
    return settings.graph_configured


class GraphTokens:
    """Client-credentials tokens for Graph from one msal client, whose cache serves them until near expiry."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._client: msal.ConfidentialClientApplication | None = None
        self._lock = threading.Lock()

    @property
    def authority(self) -> str:
        """The tenant's authority at the configured login host."""
        return f"{self._settings.graph_authority.rstrip('/')}/{self._settings.graph_tenant_id}"

    def token(self) -> str:
        """A valid access token for Graph (blocking: msal goes to the network about once an hour)."""
        with self._lock:
            if self._client is None:
                self._client = confidential_client(self._settings.graph_client_id,
                                                   self._settings.graph_client_secret, self.authority)
            result = self._client.acquire_token_for_client(scopes=[graph_scope(self._settings.graph_base_url)])
        if "access_token" not in result:
            raise GraphError(f"no Graph token: {result.get('error', 'no token')}: "
                             f"{result.get('error_description', '')}".strip(": "))
        return result["access_token"]


@dataclass(frozen=True)
class SyncState:
    """Where the last complete round left off, and the moment before which mail is not new."""

    delta_link: str | None
    since: datetime


class Mailbox:
    """Polls the enquiry mailbox and turns each new message into an enquiry; off when Graph is not configured."""

    def __init__(self, settings: Settings, db: Database, accept: Callable[[Incoming], tuple[int, bool]], *,
                 retry_base: float = 1.0) -> None:
        self._settings = settings
        self._db = db
        self._accept = accept
        self._retry_base = retry_base
        self._tokens = GraphTokens(settings)
        self._mailbox = settings.enquiry_mailbox.strip()
        self._delta_key = _setting_key("mailbox_delta", self._mailbox)
        self._since_key = _setting_key("mailbox_since", self._mailbox)
        self._origin = graph_origin(settings.graph_base_url)
        self._round_lock = asyncio.Lock()
        self._http_client = Pooled(REQUEST_TIMEOUT, limit=4)
        self._task: asyncio.Task | None = None

    @property
    def configured(self) -> bool:
        """True when the Graph tenant, app, secret and mailbox are all set."""
        return bool(self._mailbox) and graph_configured(self._settings)

    async def start(self) -> None:
        """Poll now and then every mailbox_poll_seconds in the background; nothing happens when not configured."""
        if not self.configured:
            log.info("enquiry mailbox is off: set GRAPH_TENANT_ID, GRAPH_CLIENT_ID, GRAPH_CLIENT_SECRET and "
                     "ENQUIRY_MAILBOX to read enquiries from email")
            return
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="enquiry-mailbox")

    async def stop(self) -> None:
        """Stop polling and close the HTTP session; a round cut short is read again from the stored link."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        await self._http_client.close()

    async def poll_once(self) -> int:
        """Read every change since the stored delta link; the number of new enquiries."""
        if not self.configured:
            return 0
        async with self._round_lock:
            state = await asyncio.to_thread(self._load_state)
            try:
                return await self._round(state.delta_link, state.since)
            except SyncReset as exc:
                if state.delta_link is None:
                    raise
                # Mail already posted is not posted again: each message's source key is stored once.
                log.warning("enquiry mailbox: %s; reading the inbox again from the start", exc)
                return await self._round(None, state.since)

    async def _run(self) -> None:
        failures = 0
        while True:
            retry_after = None
            try:
                await self.poll_once()
                failures = 0
            except GraphError as exc:
                failures, retry_after = failures + 1, exc.retry_after
                log.warning("reading the enquiry mailbox failed (%s in a row): %s", failures, exc)
            except Exception:  # noqa: BLE001  (a bug or a database outage must not end polling for good)
                failures += 1
                log.exception("reading the enquiry mailbox failed (%s in a row)", failures)
            await asyncio.sleep(next_delay(self._settings.mailbox_poll_seconds, failures, retry_after))

    async def _round(self, delta_link: str | None, since: datetime) -> int:
        """Follow next links to the end, accept every message, and only then keep the new delta link."""
        url, created = delta_link or self._first_url(), 0
        while True:
            page = await self._get(url)
            created += await self._accept_all(page.get("value") or [], since)
            if page.get("@odata.nextLink"):
                url = page["@odata.nextLink"]
                continue
            if not page.get("@odata.deltaLink"):
                raise GraphError("a delta page had neither a next link nor a delta link")
            await asyncio.to_thread(self._save_state, page["@odata.deltaLink"], since)
            if created:
                log.info("enquiry mailbox: %s new enquiries", created)
            return created

    async def _accept_all(self, messages: list[dict[str, Any]], since: datetime) -> int:
        created = 0
        # Graph does not promise an order; oldest first posts a page's enquiries in the order they arrived.
        for message in sorted(messages, key=lambda m: str(m.get("receivedDateTime") or "")):
            reason = skip_reason(message, self._mailbox, since)
            if reason:
                log.debug("enquiry mailbox: skipped message %s: %s", message.get("id"), reason)
                continue
            _, new = await asyncio.to_thread(self._accept, to_incoming(message))
            created += new
        return created

    def _first_url(self) -> str:
        base = self._settings.graph_base_url.rstrip("/")
        return f"{base}/users/{quote(self._mailbox, safe='@')}/mailFolders/inbox/messages/delta?$select={SELECT}"

    async def _get(self, url: str) -> dict[str, Any]:
        """One page, retrying throttling and transient failures a few times within the round."""
        for attempt in itertools.count(1):
            try:
                return await self._get_once(url)
            except GraphBusy as exc:
                wait = backoff(attempt, exc.retry_after, base=self._retry_base)
                if attempt >= ATTEMPTS or wait > MAX_INLINE_WAIT:
                    raise
                log.info("enquiry mailbox: Graph is busy (%s); trying again in %.1f s", exc, wait)
                await asyncio.sleep(wait)

    async def _get_once(self, url: str) -> dict[str, Any]:
        # Graph's links carry our bearer token's worth of trust: never follow one to another host.
        if not url.startswith(self._origin + "/"):
            raise GraphError(f"refusing to follow a link outside {self._origin}: {url[:200]}")
        headers = {"Authorization": f"Bearer {await self._bearer()}", "Accept": "application/json",
                   "Prefer": f"odata.maxpagesize={PAGE_SIZE}"}
        try:
            # Graph's links are already encoded; re-quoting would change their tokens.
            async with self._http_client.http().get(URL(url, encoded=True), headers=headers) as response:
                status, retry_after = response.status, retry_after_seconds(response.headers.get("Retry-After"))
                body = await _json(response)
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise GraphBusy(f"{type(exc).__name__}: {exc}".strip(": ")) from exc
        if status == 200 and isinstance(body, dict):
            return body
        raise _failure(status, body, retry_after)

    async def _bearer(self) -> str:
        try:
            return await asyncio.to_thread(self._tokens.token)
        except (requests.RequestException, ValueError) as exc:  # msal's network and authority discovery failures
            raise GraphError(f"no Graph token: {type(exc).__name__}: {exc}") from exc



    def _load_state(self) -> SyncState:
        with self._db.transaction() as session:
            link, since = get_setting(session, self._delta_key), get_setting(session, self._since_key)
        return SyncState(link, parse_utc(since) or utcnow() - FIRST_READ_LOOKBACK)

    def _save_state(self, delta_link: str, since: datetime) -> None:
        """Keep the delta link (and, on the first round, the moment mail counts from) in one transaction."""
        if len(delta_link) > Setting.__table__.c.value.type.length:
            raise GraphError(f"the delta link is too long to store ({len(delta_link)} characters)")
        # Another replica may store its first round's link at the same moment.
        once_more(self._write_state, delta_link, since)

    def _write_state(self, delta_link: str, since: datetime) -> None:
        with self._db.transaction() as session:
            put_setting(session, self._delta_key, delta_link, by=None)
            if get_setting(session, self._since_key) is None:
                put_setting(session, self._since_key, since.isoformat(), by=None)


async def _json(response: aiohttp.ClientResponse) -> Any:
    try:
        return await response.json(content_type=None)
    except ValueError:
        return None


def _failure(status: int, body: Any, retry_after: float | None) -> GraphError:
    """The error a non-200 answer means: start over, retry, or give up this round."""
    error = body.get("error") if isinstance(body, dict) and isinstance(body.get("error"), dict) else {}
    code, message = str(error.get("code") or ""), str(error.get("message") or "")
    text = f"HTTP {status} {code}: {message}".strip(": ")[:500]
    if status == 410 or code.casefold() in SYNC_RESET_CODES:
        return SyncReset(f"the delta link has expired ({text})")
    if status in TRANSIENT:
        return GraphBusy(text, retry_after)
    return GraphError(text + (ACCESS_HINT if status == 403 else ""))
