"""The client index refreshes in its own thread, chunk by chunk: questions asked meanwhile, or before it is first
built, are answered at once from the last index and the database; /healthz and /readyz say how far it got."""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import text

from app import create_app
from bot.clients import ClientIndex
from bot.core import Accord
from storage.db import Database, save
from storage.models import Client
from storage.registry import clients_after, clients_known_as, newer_than
from tests.support.builders import SAM
from tests.support.turns import say

HOLD = 30.0  # seconds a held chunk waits for the test to let it go: a test that hangs this long has failed


class Held:
    """A slow chunk: once armed, the index's worker stops before its next chunk until the test lets it go."""

    def __init__(self, armed: bool = False) -> None:
        self.armed, self.holding, self.released = armed, threading.Event(), threading.Event()
        self.outwaited = False  # the test never let go: something waited for the refresh instead of answering

    def __call__(self) -> None:
        if self.armed:
            self.holding.set()
            self.outwaited = not self.released.wait(HOLD)


@pytest.fixture
def held() -> Iterator[Held]:
    hold = Held()
    yield hold
    hold.released.set()


@asynccontextmanager
async def running(settings, db: Database, held: Held, ready: bool = True) -> AsyncIterator[tuple[Accord, ClientIndex]]:
    """A core whose client index runs in its worker, ten changes a chunk; built first if `ready`, then held."""
    # A question the database lookups cannot settle would wait as long as the hold: the tests' questions must not.
    index = ClientIndex(chunk=10, poll=0.05, wait=HOLD, slow_chunk=held)
    accord = Accord(settings, db, index)
    held.armed = not ready  # a first build held must be held from its start
    accord.start_index()
    try:
        if ready:
            assert await asyncio.to_thread(index.wait_ready, HOLD)
        held.armed = True
        yield accord, index
    finally:
        held.released.set()
        await asyncio.to_thread(accord.stop_index)
    assert not held.outwaited


def add_clients(db: Database, count: int, **last) -> Client:
    """`count` filler clients, then one more with these fields: a bulk import of the registry, in one transaction."""
    with db.transaction() as session:
        for n in range(count):
            save(session, Client(name=f"Filler {n}"), name=f"Filler {n} Pty Ltd", domains=[f"filler{n}.com.au"])
        row = Client(name=last["name"])
        save(session, row, **last)
        return row


def newer(index: ClientIndex, row: Client) -> bool:
    """True when the index's cursor is before this client's last change: the index has not got it yet."""
    return index.cursor < (row.updated_at, row.id)


async def test_a_question_during_a_large_refresh_is_answered_at_once_from_the_index_and_the_database(
        settings, db, network, held):
    async with running(settings, db, held) as (accord, index):
        zephyr = add_clients(db, 100, name="Zephyr Holdings Pty Ltd", domains=["zephyrholdings.com.au"],
                             aliases=["ZHL"])
        assert await asyncio.to_thread(held.holding.wait, HOLD)  # the refresh has begun, and is held
        for question in ("who owns Zephyr Holdings Pty Ltd", "who owns zephyrholdings.com.au", "who owns ZHL",
                         "who owns Zephyr Holdings", "who owns sam@zephyrholdings.com.au"):
            assert (await say(accord, question, SAM))["body"][0]["text"] == "Zephyr Holdings Pty Ltd", question
        # Clients the index already had are answered from it, typos and all.
        assert (await say(accord, "who owns ClientCorp", SAM))["body"][0]["text"] == "ClientCorp Pty Ltd"
        assert (await say(accord, "who owns Acme Holdngs", SAM))["body"][0]["text"] == "Acme Holdings"
        assert newer(index, zephyr) and not held.released.is_set()


async def test_a_client_changed_after_the_cursor_is_found_by_the_direct_lookup_and_its_old_name_forgotten(
        settings, db, network, held):
    async with running(settings, db, held) as (_, index):
        with db.transaction() as session:
            acme = session.get(Client, network.clients["acme"].id)
            save(session, acme, name="Quillfeather Pty Ltd", domains=["quillfeather.com.au"])
        assert await asyncio.to_thread(held.holding.wait, HOLD)
        with db.transaction() as session:
            assert newer(index, acme)
            assert index.match(session, "quillfeather.com.au").match.client_id == acme.id
            assert index.match(session, "Quillfeather").match.client_id == acme.id
            old = index.match(session, "Acme Holdings")
            assert old.match is None and acme.id not in [c.client_id for c in old.candidates]
            assert index.match(session, "CCorp").match.client_id == network.clients["clientcorp"].id


async def test_after_a_restart_the_first_question_is_answered_before_the_index_is_built(settings, db, network):
    held = Held()
    add_clients(db, 0, name="Keli Security Inc.")  # understanding reads "Keli Security Inc", without the full stop
    async with running(settings, db, held, ready=False) as (accord, index):  # held before it reads a client
        assert await asyncio.to_thread(held.holding.wait, HOLD)
        assert index.state == "building"
        for question in ("who owns ClientCorp Pty Ltd", "who owns CCorp", "who owns clientcorp.com.au"):
            assert (await say(accord, question, SAM))["body"][0]["text"] == "ClientCorp Pty Ltd", question
        assert (await say(accord, "who owns Keli Security Inc.", SAM))["body"][0]["text"] == "Keli Security Inc."
        assert index.state == "building"
        held.released.set()
        assert await asyncio.to_thread(index.wait_ready, HOLD)
        assert (await say(accord, "who owns Acme Holdngs", SAM))["body"][0]["text"] == "Acme Holdings"


async def test_healthz_stays_200_while_the_index_is_built_and_readyz_says_when_it_is_ready(settings, db, network):
    held = Held(armed=True)
    index = ClientIndex(chunk=10, poll=0.05, slow_chunk=held)
    async with TestClient(TestServer(create_app(settings, index))) as client:
        try:
            assert await asyncio.to_thread(held.holding.wait, HOLD)
            health = await client.get("/healthz")
            assert health.status == 200
            assert (await health.json())["index"] == "building"
            readiness = await client.get("/readyz")
            assert readiness.status == 503
            assert await readiness.json() == {"status": "starting", "index": "building"}
            held.released.set()
            assert await asyncio.to_thread(index.wait_ready, HOLD)
            readiness = await client.get("/readyz")
            assert readiness.status == 200
            assert await readiness.json() == {"status": "ready", "index": "ready", "database": "ok"}
            assert (await (await client.get("/healthz")).json())["index"] == "ready"
        finally:
            held.released.set()


@pytest.mark.skipif(os.environ.get("ACCORD_TEST_DB", "sqlite") != "sqlite", reason="SQLite's journal")
def test_sqlite_runs_in_wal_mode_so_readers_never_wait_for_a_writer(db):
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_a_cursor_inside_a_batch_stamped_with_one_time_sees_exactly_the_rows_after_it(db):
    # A bulk import stamps every row with one time: the cursor may stop among them, by id.
    stamp = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    with db.transaction() as session:
        rows = [Client(name=f"Batch {n} Pty Ltd", domains=[f"batch{n}.com.au"], created_at=stamp, updated_at=stamp)
                for n in range(6)]
        session.add_all(rows)
        session.flush()
        ids = [row.id for row in rows]
        cursor = (stamp, ids[2])
        assert [r.id for r in clients_after(session, cursor, 10)] == ids[3:]
        assert newer_than(session, cursor, ids) == set(ids[3:])
        for n, seen in ((1, False), (4, True)):
            assert bool(clients_known_as(session, cursor, [f"Batch {n} Pty Ltd"], [])) is seen
            assert bool(clients_known_as(session, cursor, [f"Batch {n}"], [])) is seen  # the start of a name
            assert bool(clients_known_as(session, cursor, [], [f"batch{n}.com.au"])) is seen
        later = (stamp - timedelta(seconds=1), ids[-1])
        assert newer_than(session, later, ids) == set(ids)
