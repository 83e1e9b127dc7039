"""Signed webhooks from the network's own systems: POST /api/enquiries, and the OpenAPI document describing it."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import time
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from bot.handlers.enquiries import Incoming
from storage.types import utcnow

MAX_BODY = 64 * 1024
REPLAY_WINDOW = 300  # seconds a signed request stays valid
EMAIL = r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$"


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
    received_at: datetime | None = Field(default=None, description="ISO 8601 with an offset; default: now.")
    person: Person
    company: str | None = Field(default=None, max_length=300)
    message: str | None = Field(default=None, max_length=4000)
    source: str = Field(default="web", max_length=32)
    referred_by: str | None = Field(default=None, max_length=200)

    @field_validator("received_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("needs a time zone offset, e.g. 2026-11-22T09:30:00+11:00")
        return value

    @model_validator(mode="after")
    def _company_or_email(self) -> "EnquiryIn":
        if not self.company and not self.person.email:
            raise ValueError("give company or person.email (or both)")
        return self

    def incoming(self) -> Incoming:
        """The enquiry as every source hands it over."""
        return Incoming(source_key=f"{self.source}:{self.id}", source=self.source,
                        received_at=(self.received_at or utcnow()).astimezone(timezone.utc),
                        person_name=self.person.name, person_email=self.person.email.lower() if self.person.email
                        else None, person_phone=self.person.phone, company=self.company or None,
                        message=self.message or None, referred_by=self.referred_by or None)


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """The X-Accord-Signature value for a body sent at `timestamp` (unix seconds)."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def enquiries_endpoint(secret: str | None, accept: Callable[[Incoming], tuple[int, bool]]):
    """POST /api/enquiries: 413, then signature (401), then fields (400), then 202 with the enquiry's id."""

    async def handler(request: web.Request) -> web.Response:
        if not secret:
            return _error(503, "The enquiry webhook is not configured (ENQUIRY_WEBHOOK_SECRET).")
        if (request.content_length or 0) > MAX_BODY:
            return _error(413, f"The body is over {MAX_BODY // 1024} KB.")
        body = await request.content.read(MAX_BODY + 1)
        if len(body) > MAX_BODY:
            return _error(413, f"The body is over {MAX_BODY // 1024} KB.")
        problem = _check_signature(secret, request.headers, body)
        if problem:
            return _error(401, problem)
        try:
            enquiry = EnquiryIn.model_validate(json.loads(body))
        except (ValueError, UnicodeDecodeError) as exc:
            return _error(400, "The enquiry is not valid.", _field_errors(exc))
        enquiry_id, created = await asyncio.to_thread(accept, enquiry.incoming())
        return web.json_response({"id": enquiry.id, "enquiry": enquiry_id, "duplicate": not created}, status=202)

    return handler


def _check_signature(secret: str, headers, body: bytes) -> str | None:
    stamp, given = headers.get("X-Accord-Timestamp", ""), headers.get("X-Accord-Signature", "")
    if not stamp.isdigit() or not given:
        return "Missing or malformed X-Accord-Timestamp / X-Accord-Signature."
    if abs(time.time() - int(stamp)) > REPLAY_WINDOW:
        return "The request is older than 5 minutes (or from the future): sign it again."
    if not hmac.compare_digest(signature(secret, stamp, body), given):
        return "The signature does not match the body."
    return None


def _field_errors(exc: Exception) -> list[dict[str, str]]:
    if not isinstance(exc, ValidationError):
        return [{"field": "body", "error": "not a JSON object" if isinstance(exc, ValueError) else str(exc)}]
    return [{"field": ".".join(str(p) for p in e["loc"]) or "body", "error": e["msg"].removeprefix("Value error, ")}
            for e in exc.errors()]


def _error(status: int, title: str, errors: list[dict[str, str]] | None = None) -> web.Response:
    body: dict[str, Any] = {"error": title}
    if errors:
        body["errors"] = errors
    return web.json_response(body, status=status)


def openapi() -> dict[str, Any]:
    """The webhook contract as an OpenAPI 3.1 document."""
    schema = EnquiryIn.model_json_schema(ref_template="#/components/schemas/{model}")
    components = {"EnquiryIn": {k: v for k, v in schema.items() if k != "$defs"}, **schema.get("$defs", {})}
    error = {"type": "object", "properties": {"error": {"type": "string"}, "errors": {"type": "array", "items": {
        "type": "object", "properties": {"field": {"type": "string"}, "error": {"type": "string"}}}}}}
    responses = {
        "202": {"description": "Accepted (also for a retried delivery of the same id).", "content": {
            "application/json": {"schema": {"type": "object", "properties": {
                "id": {"type": "string"}, "enquiry": {"type": "integer"}, "duplicate": {"type": "boolean"}}}}}},
        **{code: {"description": text, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
           for code, text in (("400", "Field errors."), ("401", "Bad or stale signature."),
                              ("413", "Body over 64 KB."), ("503", "Webhook not configured."))},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Accord webhooks", "version": "1.0.0",
                 "description": "Sign each request: X-Accord-Timestamp (unix seconds) and X-Accord-Signature "
                                "sha256=<hex HMAC-SHA256 of timestamp + '.' + raw body, keyed by the shared secret>."},
        "paths": {"/api/enquiries": {"post": {
            "summary": "An inbound enquiry from the website form (or another system).",
            "operationId": "postEnquiry",
            "security": [{"timestamp": [], "signature": []}],
            "requestBody": {"required": True, "content": {"application/json": {
                "schema": {"$ref": "#/components/schemas/EnquiryIn"}}}},
            "responses": responses}}},
        "components": {"schemas": {**components, "Error": error}, "securitySchemes": {
            "timestamp": {"type": "apiKey", "in": "header", "name": "X-Accord-Timestamp"},
            "signature": {"type": "apiKey", "in": "header", "name": "X-Accord-Signature"}}},
    }
