"""Plain HTTP endpoints beside the Teams one, and the shape of every HTTP error Accord answers."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime
from typing import Any

from aiohttp import web
from sqlalchemy.exc import SQLAlchemyError

from bot.clients import ClientIndex
from storage.db import Busy, Database
from storage.outbox import backlog
from storage.types import utcnow

log = logging.getLogger(__name__)
HEALTH_WAIT = 1.0  # seconds /healthz waits for a SQLite lock: well inside a health checker's 4-second timeout


def health(db: Database, index: ClientIndex):
    """GET /healthz (liveness): 200 with the database and client index status; 503 when the database is unreachable."""

    async def handler(_request: web.Request) -> web.Response:
        # A client index being built is a state, not a fault: restarting the process would only start it again.
        database, states = await _probe(db)
        if database == "unreachable":
            return web.json_response({"status": "unhealthy", "database": database}, status=503)
        body = {"status": "ok", "database": database, "index": index.state}
        return web.json_response(body | ({"outbox": outbox_health(states, utcnow())} if states is not None else {}))

    return handler


def ready(db: Database, index: ClientIndex):
    """GET /readyz (readiness): 200 once the client index is built and the database answers; 503 until then."""

    async def handler(_request: web.Request) -> web.Response:
        if index.state != "ready":
            return web.json_response({"status": "starting", "index": index.state}, status=503)
        database, _ = await _probe(db)  # "busy": a locked SQLite file still answers questions from the index
        status = 503 if database == "unreachable" else 200
        return web.json_response({"status": "ready" if status == 200 else "unavailable", "index": "ready",
                                  "database": database}, status=status)

    return handler


async def _probe(db: Database) -> tuple[str, dict | None]:
    """The database's state ("ok", "busy" while SQLite is locked, "unreachable") and the outbox's counts if read."""
    try:
        return "ok", await asyncio.wait_for(asyncio.to_thread(_backlog, db), timeout=5)
    except Busy:  # another connection holds the lock: the database is there, and Accord answers 503 meanwhile
        log.warning("health check: the database is locked by another connection")
        return "busy", None
    except (SQLAlchemyError, OSError, TimeoutError) as exc:
        log.warning("health check: database unreachable: %s", exc)
        return "unreachable", None


def outbox_health(states: dict[str, tuple[int, datetime | None]], now: datetime) -> dict[str, Any]:
    """Counts of messages on their way (pending, in flight), waiting for their member, and failed; oldest ages."""
    def age(*names: str) -> float | None:
        oldest = [states[n][1] for n in names if n in states and states[n][1]]
        return round((now - min(oldest)).total_seconds(), 1) if oldest else None

    count = {name: states.get(name, (0, None))[0] for name in ("pending", "sending", "waiting", "failed")}
    return {"backlog": count["pending"] + count["sending"], "oldest_pending_seconds": age("pending", "sending"),
            "waiting": count["waiting"], "oldest_waiting_seconds": age("waiting"),
            "failed": count["failed"], "oldest_failed_seconds": age("failed")}


def _backlog(db: Database):
    with db.transaction(wait=HEALTH_WAIT) as session:
        return backlog(session)


def problem(status: int, title: str, errors: list[dict[str, str]] | None = None, *,
            retry_after: int | None = None) -> web.Response:
    """A JSON error answer: {"error": title, "errors": [{"field", "error"}, ...]}, with Retry-After if given."""
    body: dict[str, Any] = {"error": title}
    if errors:
        body["errors"] = errors
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    return web.json_response(body, status=status, headers=headers)
