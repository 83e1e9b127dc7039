"""Plain HTTP endpoints beside the Teams one, and the shape of every HTTP error Accord answers."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiohttp import web
from sqlalchemy.exc import SQLAlchemyError

from storage.db import Database
from storage.outbox import backlog
from storage.types import utcnow

log = logging.getLogger(__name__)


def health(db: Database):
    """GET /healthz: 200 with the database status, 503 when the database cannot be reached."""

    async def handler(_request: web.Request) -> web.Response:
        try:
            count, oldest = await asyncio.wait_for(asyncio.to_thread(_backlog, db), timeout=5)
        except (SQLAlchemyError, OSError, TimeoutError) as exc:
            log.warning("health check: database unreachable: %s", exc)
            return web.json_response({"status": "unhealthy", "database": "unreachable"}, status=503)
        age = round((utcnow() - oldest).total_seconds(), 1) if oldest else None
        return web.json_response(
            {"status": "ok", "database": "ok", "outbox": {"backlog": count, "oldest_pending_seconds": age}}
        )

    return handler


def _backlog(db: Database):
    with db.transaction() as session:
        return backlog(session)


def problem(status: int, title: str, errors: list[dict[str, str]] | None = None) -> web.Response:
    """A JSON error answer: {"error": title, "errors": [{"field", "error"}, ...]}."""
    body: dict[str, Any] = {"error": title}
    if errors:
        body["errors"] = errors
    return web.json_response(body, status=status)
