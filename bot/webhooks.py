"""Signed webhooks from the network's own systems: POST /api/enquiries and /api/quotes, and their OpenAPI document."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import re
import time
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from aiohttp import web
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from bot import board
from bot.rules.dates import WINDOW, outside_window
from bot.rules.quotes import CHAT_PREFIX
from bot.services.enquiries import Incoming
from bot.services.quotes import PlatformEvent, PlatformSplit, Received
from bot.web import problem
from storage.db import Busy
from storage.types import utcnow

log = logging.getLogger(__name__)

MAX_BODY = 64 * 1024
REPLAY_WINDOW = 300  # seconds a signed request stays valid
SIGNED = re.compile(r"sha256=[0-9a-f]{64}")
STAMP_DIGITS = 12  # unix seconds have 10 digits until the year 2286; hundreds would overflow a float
BUSY_RETRY_AFTER = 10  # seconds: the Retry-After of a 503 while the database is locked
EMAIL = r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$"


def _moment(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("needs a time zone offset, e.g. 2026-11-22T09:30:00+11:00")
    reason = outside_window(value, utcnow())
    if reason:
        raise ValueError(reason)
    return value


Moment = Annotated[datetime, AfterValidator(_moment)]


class _Input(BaseModel):
    """Webhook input: unknown fields ignored, text trimmed, NUL refused."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    @field_validator("*", mode="before")
    @classmethod
    def _no_nul(cls, value):
        # PostgreSQL cannot store NUL in text; say so as a field error rather than fail on insert.
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("contains a NUL character")
        return value


class Person(_Input):
    """Who enquired."""

    name: str = Field(min_length=1, max_length=200)
    email: str | None = Field(default=None, max_length=320, pattern=EMAIL)
    phone: str | None = Field(default=None, max_length=50)


class EnquiryIn(_Input):
    """A website-form enquiry; unknown fields are ignored."""

    id: str = Field(min_length=1, max_length=150, description="The form system's id; a retried delivery reuses it.")
    received_at: Moment | None = Field(default=None, description=f"ISO 8601 with an offset, {WINDOW}; default: now.")
    person: Person
    company: str | None = Field(default=None, max_length=300)
    message: str | None = Field(default=None, max_length=4000)
    source: str = Field(default="web", max_length=32)
    referred_by: str | None = Field(default=None, max_length=200)

    @model_validator(mode="after")
    def _company_or_email(self) -> EnquiryIn:
        if not self.company and not self.person.email:
            raise ValueError("give company or person.email (or both)")
        return self

    def incoming(self) -> Incoming:
        """The enquiry as every source hands it over."""
        return Incoming(source_key=f"{self.source}:{self.id}", source=self.source,
                        received_at=(self.received_at or utcnow()).astimezone(UTC),
                        person_name=self.person.name, person_email=self.person.email.lower() if self.person.email
                        else None, person_phone=self.person.phone, company=self.company or None,
                        message=self.message or None, referred_by=self.referred_by or None)


class SplitIn(_Input):
    """A share of a quote: the deal owner's, or a referral fee."""

    member_email: str = Field(max_length=320, pattern=EMAIL, description="A member's email.")
    kind: Literal["deal_owner", "referral_fee"]
    percent: float = Field(ge=0, le=100, allow_inf_nan=False)


class QuoteIn(_Input):
    """An event about a quote on the quoting platform; unknown fields are ignored."""

    id: str = Field(min_length=1, max_length=100, description="The platform's quote id; ids starting 'teams:' are "
                                                              "Accord's own, for quotes recorded in chat.")
    event: Literal["created", "updated", "won", "lost", "withdrawn"] = Field(
        description="An event for a quote Accord has not seen creates it first (platforms deliver out of order).")
    at: Moment = Field(description=f"When it happened, ISO 8601 with an offset, {WINDOW}. (id, event, at) is "
                                   "delivered once; an event older than the quote's latest is kept but changes "
                                   "nothing.")
    owner_email: str = Field(max_length=320, pattern=EMAIL, description="The quote owner: a member's email.")
    client: str = Field(min_length=1, max_length=300, description="The client's name or web domain; it must match "
                                                                  "exactly one client in the registry.")
    value: Decimal | None = Field(default=None, ge=0, max_digits=15, decimal_places=2,
                                  description="In units of the currency, at most 2 decimals; left out: unchanged.")
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$",
                                 description="ISO 4217 code; left out: unchanged, AUD for a new quote.")
    tender: bool | None = Field(default=None, description="A tender rather than a quote; left out: unchanged.")
    splits: list[SplitIn] | None = Field(default=None, max_length=20,
                                         description="Every split of the quote; left out: unchanged.")

    @field_validator("id")
    @classmethod
    def _not_a_chat_id(cls, value: str) -> str:
        if value.startswith(CHAT_PREFIX):  # Accord's own ids for quotes recorded in chat
            raise ValueError(f"must not start with {CHAT_PREFIX!r}")
        return value

    def platform_event(self) -> PlatformEvent:
        """The event as the quote handlers take it."""
        splits = None if self.splits is None else tuple(
            PlatformSplit(s.member_email.lower(), s.kind, s.percent) for s in self.splits)
        return PlatformEvent(external_id=self.id, event=self.event, at=self.at.astimezone(UTC),
                             owner_email=self.owner_email.lower(), client=self.client,
                             value_cents=None if self.value is None else int(self.value * 100),
                             currency=self.currency, tender=self.tender, splits=splits,
                             payload=self.model_dump(mode="json"))


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """The X-Accord-Signature value for a body sent at `timestamp` (unix seconds)."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def enquiries_endpoint(secret: str | None, accept: Callable[[Incoming], tuple[int, bool]]):
    """POST /api/enquiries: 413, then signature (401), then fields (400), then 202 with the enquiry's id."""

    def answer(enquiry: EnquiryIn) -> tuple[int, dict[str, Any]]:
        enquiry_id, created = accept(enquiry.incoming())
        return 202, {"id": enquiry.id, "enquiry": enquiry_id, "duplicate": not created}

    return _signed_endpoint(secret, "enquiry", "ENQUIRY_WEBHOOK_SECRET", EnquiryIn, answer)


def quotes_endpoint(secret: str | None, accept: Callable[[PlatformEvent], Received]):
    """POST /api/quotes: like the enquiry webhook; a member or client Accord does not know is a field error (400)."""

    def answer(item: QuoteIn) -> tuple[int, dict[str, Any]]:
        received = accept(item.platform_event())
        if received.errors:
            errors = [{"field": field, "error": error} for field, error in received.errors]
            return 400, {"error": "The quote names a member or client Accord does not know.", "errors": errors}
        return 202, {"id": item.id, "quote": received.quote_id, "duplicate": not received.new}

    return _signed_endpoint(secret, "quote", "QUOTE_WEBHOOK_SECRET", QuoteIn, answer)


def _signed_endpoint(secret: str | None, noun: str, variable: str, model: type[_Input],
                     answer: Callable[[Any], tuple[int, dict[str, Any]]]):
    """A signed webhook: 503 without a secret, 413, 401, 400, then the status and body `answer` gives (in a thread)."""

    async def handler(request: web.Request) -> web.Response:
        if not secret:
            return problem(503, f"The {noun} webhook is not configured ({variable}).")
        if (request.content_length or 0) > MAX_BODY:
            return problem(413, f"The body is over {MAX_BODY // 1024} KB.")
        refused = _check_headers(request.headers)  # before the body is read: a stranger's costs nothing
        if not refused:
            body = await request.read()  # all of it (aiohttp answers 413 past client_max_size without a length)
            if len(body) > MAX_BODY:
                return problem(413, f"The body is over {MAX_BODY // 1024} KB.")
            refused = _check_signature(secret, request.headers, body)
        if refused:
            log.warning("rejected %s %s: %s", request.method, request.path, refused)
            return problem(401, refused)
        try:
            item = await asyncio.to_thread(_validated, model, body)
        except (ValueError, RecursionError) as exc:  # RecursionError: JSON nested deeper than Python parses
            return problem(400, f"The {noun} is not valid.", _field_errors(exc))
        try:
            status, reply = await asyncio.to_thread(answer, item)
        except Busy:  # the platform retries a 503; nothing was stored
            log.warning("%s %s: the database is locked; answered 503", request.method, request.path)
            return problem(503, "The database is busy: try again shortly.", retry_after=BUSY_RETRY_AFTER)
        return web.json_response(reply, status=status)

    return handler


def _check_headers(headers) -> str | None:
    """Why the signature headers cannot be right, whatever the body: missing, malformed or stale."""
    stamp, given = headers.get("X-Accord-Timestamp", ""), headers.get("X-Accord-Signature", "")
    # isdigit() alone admits "²", which int() refuses.
    if not (stamp.isascii() and stamp.isdigit() and len(stamp) <= STAMP_DIGITS) or not SIGNED.fullmatch(given):
        return "Missing or malformed X-Accord-Timestamp / X-Accord-Signature."
    if abs(time.time() - int(stamp)) > REPLAY_WINDOW:
        return "The request is older than 5 minutes (or from the future): sign it again."
    return None


def _check_signature(secret: str, headers, body: bytes) -> str | None:
    stamp, given = headers["X-Accord-Timestamp"], headers["X-Accord-Signature"]
    if not hmac.compare_digest(signature(secret, stamp, body), given):
        return "The signature does not match the body."
    return None


def _validated(model: type[_Input], body: bytes) -> _Input:
    return model.model_validate(json.loads(body))


def _field_errors(exc: Exception) -> list[dict[str, str]]:
    if not isinstance(exc, ValidationError):
        return [{"field": "body", "error": "not a JSON object"}]
    return [{"field": ".".join(str(p) for p in e["loc"]) or "body", "error": e["msg"].removeprefix("Value error, ")}
            for e in exc.errors()]


async def openapi_document(_request: web.Request) -> web.Response:
    """GET /api/openapi.json: the contract of the signed webhooks."""
    return web.json_response(openapi())


def openapi() -> dict[str, Any]:
    """The webhook contract as an OpenAPI 3.1 document."""
    components: dict[str, Any] = {}
    for model in (EnquiryIn, QuoteIn):
        schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        components[model.__name__] = {k: v for k, v in schema.items() if k != "$defs"}
        components.update(schema.get("$defs", {}))
    error = {"type": "object", "properties": {"error": {"type": "string"}, "errors": {"type": "array", "items": {
        "type": "object", "properties": {"field": {"type": "string"}, "error": {"type": "string"}}}}}}
    board_schemas, board_security = board.openapi_components()
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Accord webhooks and transparency board", "version": "1.1.0",
                 "description": "Webhooks: sign each request: X-Accord-Timestamp (unix seconds) and "
                                "X-Accord-Signature sha256=<hex HMAC-SHA256 of timestamp + '.' + raw body, keyed by "
                                "the webhook's own shared secret: ENQUIRY_WEBHOOK_SECRET or QUOTE_WEBHOOK_SECRET>. "
                                "The board's data endpoints take a Teams SSO token as a bearer token."},
        "paths": {
            "/api/enquiries": _operation("postEnquiry", "An inbound enquiry from the website form (or another "
                                         "system).", "EnquiryIn", "enquiry",
                                         "Accepted (also for a retried delivery of the same id)."),
            "/api/quotes": _operation("postQuoteEvent", "An event about a quote on the quoting platform.", "QuoteIn",
                                      "quote", "Accepted (also for a retried delivery of the same id, event and at)."),
        },
        "components": {"schemas": {**components, "Error": error, **board_schemas}, "securitySchemes": {
            "timestamp": {"type": "apiKey", "in": "header", "name": "X-Accord-Timestamp"},
            "signature": {"type": "apiKey", "in": "header", "name": "X-Accord-Signature"}, **board_security}},
    }
    document["paths"].update(board.openapi_paths())  # the transparency board's data endpoints (bot/board.py)
    return document


def _operation(operation_id: str, summary: str, schema: str, stored: str, accepted: str) -> dict[str, Any]:
    """One signed POST: its body and its answers."""
    responses = {
        "202": {"description": accepted, "content": {"application/json": {"schema": {"type": "object", "properties": {
            "id": {"type": "string"}, stored: {"type": "integer"}, "duplicate": {"type": "boolean"}}}}}},
        **{code: {"description": text,
                  "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
           for code, text in (("400", f"Field errors, all of them; dates must be {WINDOW}."),
                              ("401", "Bad or stale signature."),
                              ("413", "Body over 64 KB."),
                              ("503", "Webhook not configured, or the database is busy (see Retry-After)."))},
    }
    return {"post": {"summary": summary, "operationId": operation_id,
                     "security": [{"timestamp": [], "signature": []}],
                     "requestBody": {"required": True, "content": {"application/json": {
                         "schema": {"$ref": f"#/components/schemas/{schema}"}}}},
                     "responses": responses}}
