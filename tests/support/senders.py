"""Running the outbox sender in a test until what it can deliver is delivered."""

from __future__ import annotations

import asyncio
import time
from collections import Counter

from sqlmodel import select

from bot.connector import Connector
from bot.installer import Installer
from bot.outbox import Sender
from bot.tokens import AppTokens
from storage.db import Database
from storage.models import OutboxMessage


def make_sender(settings, db: Database | None = None) -> Sender:
    db = db or Database(settings.database_url)
    connector = Connector(AppTokens(settings), anonymous=False, timeout=settings.send_timeout)
    installer = Installer(settings) if settings.can_install else None  # as create_app builds it
    return Sender(db, connector, settings, idle_poll=0.1, retry_base=0.2, installer=installer)


async def deliver_all(settings, db, timeout: float = 60) -> list[OutboxMessage]:
    """Run one sender until every queued message is delivered or failed; the final rows."""
    sender = make_sender(settings, db)
    await sender.start()
    try:
        return await settled(db, timeout=timeout)
    finally:
        await stop(sender)


async def stop(sender: Sender) -> None:
    await sender.stop()
    await sender.connector.close()
    if sender.installer is not None:
        await sender.installer.close()


def rows(db) -> list[OutboxMessage]:
    with db.transaction() as session:
        return list(session.exec(select(OutboxMessage).order_by(OutboxMessage.id)))


async def settled(db, timeout: float = 60) -> list[OutboxMessage]:
    """Wait until no message is pending or in flight (waiting ones wait for their member, not for the sender)."""
    deadline = time.monotonic() + timeout
    while True:
        current = rows(db)
        if all(r.state in ("delivered", "failed", "waiting") for r in current):
            return current
        assert time.monotonic() < deadline, Counter(r.state for r in current)
        await asyncio.sleep(0.1)
