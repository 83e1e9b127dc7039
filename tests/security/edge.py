"""What the security tests share: the webhook secrets, and bodies and headers as the network's systems send them."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.engine import make_url

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


async def status_before_the_body(client, path: str, headers: dict[str, str], length: int,
                                 timeout: float = 5.0) -> int:
    """POST only the request head, announcing a `length`-byte body that never comes: the status Accord answers."""
    reader, writer = await asyncio.open_connection(client.server.host, client.server.port)
    try:
        head = {"Host": "accord", "Content-Type": "application/json", "Content-Length": str(length), **headers}
        writer.write((f"POST {path} HTTP/1.1\r\n" + "".join(f"{k}: {v}\r\n" for k, v in head.items()) + "\r\n")
                     .encode())
        await writer.drain()
        status_line = await asyncio.wait_for(reader.readline(), timeout)  # a server waiting for the body times out
        return int(status_line.split()[1])
    finally:
        writer.close()


@contextmanager
def sqlite_locked(database_url: str) -> Iterator[None]:
    """Another connection, in its own thread, holds SQLite's write lock until the block ends (readers still read)."""
    locked, release = threading.Event(), threading.Event()

    def hold() -> None:
        connection = sqlite3.connect(make_url(database_url).database, isolation_level=None)
        connection.execute("BEGIN EXCLUSIVE")
        locked.set()
        release.wait(120)
        connection.execute("ROLLBACK")
        connection.close()

    holder = threading.Thread(target=hold, name="sqlite-lock-holder")
    holder.start()
    assert locked.wait(30), "could not take the lock"
    try:
        yield
    finally:
        release.set()
        holder.join(30)
