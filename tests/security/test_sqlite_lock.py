"""A SQLite write lock held longer than the busy timeout: webhooks answer 503 with Retry-After, /healthz still reads
(WAL), a chat turn says Accord is busy, and the outbox waits the lock out instead of losing what it sent."""

from __future__ import annotations

import asyncio
import logging
import os
import time

import pytest

from bot.core import BUSY
from bot.turn import Reply
from storage import outbox
from storage.conversations import record_conversation
from storage.db import BUSY_TIMEOUT
from tests.security.edge import ENQUIRY_SECRET, QUOTE_SECRET, enquiry, quote_event, sqlite_locked
from tests.support.builders import BOT_ID, TENANT, activity, post_webhook, user
from tests.support.senders import make_sender, settled, stop

pytestmark = pytest.mark.skipif(os.environ.get("ACCORD_TEST_DB", "sqlite") != "sqlite", reason="SQLite's lock")


async def test_the_webhooks_answer_503_with_retry_after_and_store_nothing(client, db, network, database_url):
    with sqlite_locked(database_url):
        started = time.monotonic()
        answers = await asyncio.gather(
            post_webhook(client, "/api/enquiries", enquiry(), secret=ENQUIRY_SECRET),
            post_webhook(client, "/api/quotes", quote_event(), secret=QUOTE_SECRET))
        assert time.monotonic() - started >= BUSY_TIMEOUT  # the lock outlasted the wait
    for answer in answers:
        assert answer.status == 503
        assert answer.headers["Retry-After"] == "10"
        assert (await answer.json())["error"] == "The database is busy: try again shortly."
    # As the platform retries:
    assert (await post_webhook(client, "/api/enquiries", enquiry(), secret=ENQUIRY_SECRET)).status == 202
    assert (await post_webhook(client, "/api/quotes", quote_event(), secret=QUOTE_SECRET)).status == 202


async def test_healthz_reads_through_a_writers_lock_in_wal_mode(client, database_url):
    with sqlite_locked(database_url):  # WAL: a writer's lock stops other writers, never a reader
        response = await client.get("/healthz")
    assert response.status == 200
    assert (await response.json())["database"] == "ok"


async def test_a_chat_turn_says_accord_is_busy_instead_of_that_something_went_wrong(client, trusted_cloud,
                                                                                   database_url):
    body = activity(text="help", sender=user(7), service_url=trusted_cloud.connector_url)
    with sqlite_locked(database_url):
        response = await client.post("/api/messages", json=body, headers={"Authorization": trusted_cloud.auth_header()})
    assert response.status == 200
    (sent,) = [r for r in trusted_cloud.requests if r.method == "POST" and "/activities" in r.path]
    assert sent.body["text"] == BUSY
    response = await client.post("/api/messages", json=body, headers={"Authorization": trusted_cloud.auth_header()})
    assert response.status == 200
    assert len([r for r in trusted_cloud.requests if r.method == "POST" and "/activities" in r.path]) == 2


async def test_the_outbox_waits_a_lock_out_and_records_what_it_sent_once(trusted_cloud, db, settings, database_url,
                                                                          caplog):
    caplog.set_level(logging.WARNING, logger="bot.outbox")
    lane = "19:locked@thread.tacv2"
    with db.transaction() as session:
        record_conversation(session, lane, kind="channel", service_url=trusted_cloud.connector_url, tenant_id=TENANT,
                            bot_id=BOT_ID)
        outbox.enqueue(session, "locked-1", Reply(text="hello").payload(), conversation_id=lane,
                       deadline=settings.delivery_deadline)
    trusted_cloud.inject(delay=1.0, conversation=lane)  # Teams answers late: the lock is taken meanwhile
    sender = make_sender(settings, db)
    await sender.start()
    try:
        while not trusted_cloud.requests:
            await asyncio.sleep(0.01)
        with sqlite_locked(database_url):  # the sender's claims and the send's outcome wait for it
            await asyncio.sleep(BUSY_TIMEOUT + 2)
        (row,) = await settled(db, timeout=15)  # well before the lease would let the message go again
    finally:
        await stop(sender)
    assert row.state == "delivered" and row.attempts == 1
    assert len(trusted_cloud.delivered(lane)) == 1
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("database is locked" in r.getMessage() for r in caplog.records)
