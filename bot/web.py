"""Plain HTTP endpoints beside the Teams one."""

import asyncio
import logging

from aiohttp import web
from sqlalchemy.exc import SQLAlchemyError

from bot.webhooks import openapi
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


async def openapi_document(_request: web.Request) -> web.Response:
    """GET /api/openapi.json: the contract of the signed webhooks."""
    return web.json_response(openapi())
