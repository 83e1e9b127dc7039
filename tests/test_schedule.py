"""The scheduler's wiring: each job runs its core work with the current time, and a failing run is only logged."""

from __future__ import annotations

import logging
from datetime import timedelta

from sqlmodel import select

from bot import schedule
from bot.core import Accord
from bot.schedule import Jobs
from storage.db import Database
from storage.handoffs import start_handoff
from storage.models import DigestRun, OutboxMessage, Quote
from storage.types import utcnow
from tests.conftest import make_settings, set_partner_channel
from tests.support.registry_seed import seed


async def test_every_job_is_scheduled_and_the_digest_job_posts_a_due_digest(database_url, db, monkeypatch):
    seed(db)
    set_partner_channel(db)
    # Every minute of every week is a digest time: whatever the clock says now, a digest is due.
    settings = make_settings(database_url=database_url, digest_cron="* * * * *", digest_every_weeks=1)
    # Both runs below see one moment: on a running clock they could fall either side of a minute, i.e. two periods.
    now = utcnow()
    monkeypatch.setattr(schedule, "utcnow", lambda: now)
    jobs = Jobs(Accord(settings, db))
    jobs.start()
    try:
        scheduled = {job.id: job for job in jobs._scheduler.get_jobs()}
        assert set(scheduled) == {"enquiry-reminders", "referral-reminders", "referral-quiet", "fee-prompts",
                                  "waiting-messages", "quote-projects", "handled-messages", "digest", "digest-on-time",
                                  "handoffs", "relationship-freshness"}
        await scheduled["digest-on-time"].func()
        await scheduled["digest"].func()  # the catch-up check finds the period already posted
    finally:
        jobs.stop()
    with db.transaction() as session:
        assert len(session.exec(select(DigestRun)).all()) == 1
        keys = [m.idempotency_key for m in session.exec(select(OutboxMessage))]
    assert keys and all(key.startswith("digest:") for key in keys)


async def test_a_failing_job_is_logged_and_does_not_stop_the_clock(caplog):
    settings = make_settings(database_url="sqlite:////nonexistent/dir/accord.db")
    jobs = Jobs(Accord(settings, Database(settings.database_url)))
    jobs.start()
    try:
        with caplog.at_level(logging.ERROR):
            await next(j for j in jobs._scheduler.get_jobs() if j.id == "enquiry-reminders").func()
        assert jobs._scheduler.running
    finally:
        jobs.stop()
    assert "enquiry-reminders failed; the next run tries again" in caplog.text


async def test_the_handoff_job_runs_the_handoff_pass(database_url, db, monkeypatch):
    network = seed(db)
    now = utcnow()
    monkeypatch.setattr(schedule, "utcnow", lambda: now)
    sam, di = network.members["sam"].id, network.members["di"].id
    with db.transaction() as session:  # won six days ago: the director's day-5 reminder is due
        quote = Quote(client_id=network.clients["clientcorp"].id, owner_id=sam, status="won",
                      opened_at=now - timedelta(days=30), closed_at=now - timedelta(days=6))
        session.add(quote)
        session.flush()
        row = start_handoff(session, quote_id=quote.id, client_id=quote.client_id, owner_id=sam, state="kickoff",
                            won_at=now - timedelta(days=6), director_id=di)
    jobs = Jobs(Accord(make_settings(database_url=database_url), db))
    jobs.start()
    try:
        await {job.id: job for job in jobs._scheduler.get_jobs()}["handoffs"].func()
    finally:
        jobs.stop()
    with db.transaction() as session:
        sent = session.exec(select(OutboxMessage).where(
            OutboxMessage.idempotency_key == f"handoff:{row.id}:welcome-reminder")).all()
    assert [m.member_id for m in sent] == [di]
