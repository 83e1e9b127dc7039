"""Delivery benchmark: 2,000 queued messages to 20 conversations through a connector enforcing Teams' limits.

Reports achieved throughput as a fraction of what the limits allow, 429s received, and token requests.
Run with `make bench` (or `python -m benchmarks.outbox [--db URL]`).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from datetime import timedelta

from benchmarks.scratch import scratch_database
from bot.connector import Connector
from bot.outbox import Sender
from bot.rules.delivery import APP_LIMITS, CONVERSATION_LIMITS, Pace
from bot.settings import Settings
from bot.tokens import AppTokens
from bot.turn import Reply
from storage import outbox
from storage.conversations import record_conversation
from storage.db import Database
from storage.migrate import upgrade
from tests.support.fakecloud import FakeCloud

APP_ID, PASSWORD, TENANT = "bench-app-0000-0000-000000000000", "bench-secret", "bench-tenant"


def ideal_seconds(per_conversation: int, conversations: int) -> float:
    """The time a sender with no overhead needs under Teams' windows, sending each message as early as allowed."""
    app, lanes = Pace(APP_LIMITS, margin=0), [Pace(CONVERSATION_LIMITS, margin=0) for _ in range(conversations)]
    remaining, now = [per_conversation] * conversations, 0.0
    while any(remaining):
        # Among lanes free soonest, serve the one with most left: it keeps every lane's windows busy to the end.
        at, _, lane = min((now + max(p.wait(now), app.wait(now)), -remaining[i], i)
                          for i, p in enumerate(lanes) if remaining[i])
        if at > now:
            now = at
            continue  # re-evaluate every lane at the new time
        lanes[lane].record(now)
        app.record(now)
        remaining[lane] -= 1
    return now


async def run(database_url: str, messages: int, conversations: int) -> dict:
    with FakeCloud(app_id=APP_ID, app_password=PASSWORD, tenant_id=TENANT,
                   enforce_limits=True).run_in_thread() as cloud:
        os.environ.update(cloud.tls_env())
        settings = Settings(_env_file=None, database_url=database_url, app_id=APP_ID, app_password=PASSWORD,
                            app_tenant_id=TENANT, TO_CHANNEL_FROM_BOT_LOGIN_URL=cloud.login_url)
        upgrade(database_url)
        db = Database(database_url)
        per = messages // conversations
        with db.transaction() as session:
            for c in range(conversations):
                lane = f"19:bench-{c}@thread.tacv2"
                record_conversation(session, lane, kind="channel", service_url=cloud.connector_url,
                                    tenant_id=TENANT, bot_id="28:bench")
                for i in range(per):
                    outbox.enqueue(session, f"{lane}#{i}", Reply(text=f"message {i}").payload(),
                                   conversation_id=lane, deadline=timedelta(hours=1))
        connector = Connector(AppTokens(settings), anonymous=False, timeout=settings.send_timeout)
        sender = Sender(db, connector, settings, idle_poll=0.05)
        started = time.monotonic()
        await sender.start()
        while len(cloud.delivered()) < per * conversations:
            await asyncio.sleep(0.05)
        elapsed = time.monotonic() - started
        await sender.stop()
        await connector.close()
        db.dispose()
        ideal = ideal_seconds(per, conversations)
        return {
            "messages": per * conversations,
            "conversations": conversations,
            "seconds": round(elapsed, 2),
            "ideal_seconds": round(ideal, 2),
            "fraction_of_limit": round(ideal / elapsed, 3),
            "throttled_429": cloud.throttled,
            "token_requests": len(cloud.token_requests),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--conversations", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, scratch_database(args.db or f"sqlite:///{folder}/bench.db") as url:
        result = asyncio.run(run(url, args.messages, args.conversations))
    result["database"] = url.split(":")[0]
    for key, value in result.items():
        print(f"{key:>18}: {value}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
