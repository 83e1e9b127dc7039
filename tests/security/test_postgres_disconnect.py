"""PostgreSQL ends the session of a chat turn half-way: the turn runs once more on a new connection and answers."""

from __future__ import annotations

import asyncio
import os

import pytest
from sqlalchemy import create_engine, text

from storage.db import normalise_url
from tests.support.builders import activity, user
from tests.support.turns import card_text, until

pytestmark = pytest.mark.skipif(os.environ.get("ACCORD_TEST_DB", "sqlite") != "postgres",
                                reason="pg_terminate_backend is PostgreSQL's")

BLOCKED_BY = text("SELECT pid FROM pg_stat_activity WHERE :locker = ANY(pg_blocking_pids(pid)) "
                  "AND query ILIKE :table")


@pytest.fixture
def postgres(database_url):
    """An engine on the test schema, for the connections that lock and terminate."""
    engine = create_engine(normalise_url(database_url), isolation_level="AUTOCOMMIT")
    yield engine
    engine.dispose()


# `member` is first read by the profile check before the turn's transaction; `conversation` inside it.
@pytest.mark.parametrize("table", ["member", "conversation"])
async def test_a_turn_whose_connection_is_terminated_mid_way_still_answers(client, trusted_cloud, postgres, table):
    body = activity(text="help", sender=user(8), service_url=trusted_cloud.connector_url)
    with postgres.connect() as locker, postgres.connect() as admin:
        locker.execute(text("BEGIN"))
        locker.execute(text(f"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE"))  # the turn waits here...
        pid = locker.execute(text("SELECT pg_backend_pid()")).scalar()
        turn = asyncio.ensure_future(client.post("/api/messages", json=body,
                                                 headers={"Authorization": trusted_cloud.auth_header()}))
        victim = await until(lambda: admin.execute(BLOCKED_BY, {"locker": pid, "table": f"%FROM {table}%"}).scalar())
        assert admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": victim}).scalar()  # ...and is cut off
        locker.execute(text("ROLLBACK"))
    response = await turn
    assert response.status == 200
    (sent,) = [r for r in trusted_cloud.requests if r.method == "POST" and "/activities" in r.path]
    assert "Accord: what you can do" in card_text(sent.body["attachments"][0]["content"])
