"""What the security tests share: the webhook secrets, and bodies and headers as the network's systems send them."""

from __future__ import annotations

import time
from typing import Any

from bot.webhooks import signature

ENQUIRY_SECRET = "form-secret-for-security-tests"
QUOTE_SECRET = "quote-secret-for-security-tests"
SECRETS = {"/api/enquiries": ENQUIRY_SECRET, "/api/quotes": QUOTE_SECRET}


def enquiry(**fields: Any) -> dict[str, Any]:
    """A website-form enquiry about ClientCorp."""
    return {"id": "form-1", "person": {"name": "Jane Doe", "email": "jane@clientcorp.com.au"},
            "company": "ClientCorp", **fields}


def quote_event(**fields: Any) -> dict[str, Any]:
    """A quote event from the platform: Sam's quote for ClientCorp."""
    return {"id": "Q-1", "event": "created", "at": "2026-03-02T20:00:00+11:00", "owner_email": "sam@network.example",
            "client": "ClientCorp", "value": 45000, **fields}


def headers_with(stamp: str, body: bytes, secret: str) -> dict[str, str]:
    """Webhook headers signed correctly over `body` for whatever timestamp text is given."""
    return {"X-Accord-Timestamp": stamp, "X-Accord-Signature": signature(secret, stamp, body),
            "Content-Type": "application/json"}


def now_stamp() -> str:
    """The current unix time as a webhook timestamp."""
    return str(int(time.time()))
