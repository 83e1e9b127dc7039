"""Jobs that run on a clock: reminders, the fortnightly digest, and the end of won quotes' projects."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.cron import CronTrigger

from bot.core import Accord
from storage.types import utcnow

log = logging.getLogger(__name__)

FIRST_RUN = timedelta(seconds=30)  # after start-up settles
REMINDER_CHECK = timedelta(minutes=10)
# The in-memory job store forgets a digest time that passed while the bot was down; this check catches it up.
DIGEST_CHECK = timedelta(minutes=5)
PROJECT_CHECK = timedelta(hours=1)  # a project's active time is counted in days


class Jobs:
    """The scheduler, started and stopped with the app; every job is safe to run on several replicas at once."""

    def __init__(self, core: Accord) -> None:
        self._core = core
        self._scheduler = AsyncIOScheduler(timezone=core.settings.zone)

    def start(self) -> None:
        """Schedule the jobs and start the clock."""
        core, settings = self._core, self._core.settings
        first = utcnow() + FIRST_RUN
        self._every(REMINDER_CHECK, first, "enquiry-reminders", core.remind_enquiries,
                    "reminded holders and BD of %s enquiries")
        self._every(REMINDER_CHECK, first, "referral-reminders", core.remind_referrals,
                    "reminded recipients of %s introductions")
        self._every(REMINDER_CHECK, first, "referral-quiet", core.tell_quiet_referrals,
                    "told introducers of %s referrals gone quiet")
        self._every(REMINDER_CHECK, first, "fee-prompts", core.follow_up_fee_prompts,
                    "reminded deal owners of, or marked unanswered, %s fee decisions")
        self._every(REMINDER_CHECK, first, "handoffs", core.run_handoffs,
                    "sent %s handoff reminders, escalations and surveys")
        self._every(REMINDER_CHECK, first, "waiting-messages", core.expire_waiting,
                    "%s messages waited their whole limit for a member Teams cannot reach, and failed")
        self._every(PROJECT_CHECK, first, "handled-messages", core.forget_handled,
                    "forgot the answers kept for %s redelivered messages")
        self._every(PROJECT_CHECK, first, "relationship-freshness", core.keep_relationships_fresh,
                    "reminded or lapsed %s declared relationships")
        self._every(PROJECT_CHECK, first, "quote-projects", core.end_projects,
                    "%s won quotes' projects became past projects")
        digest = self._every(DIGEST_CHECK, first, "digest", lambda now: core.post_due_digest(now).cards,
                             "the digest was posted in %s cards")
        # On time at every crontab moment too (the core skips the weeks without a digest).
        self._scheduler.add_job(digest, CronTrigger.from_crontab(settings.digest_cron, timezone=settings.zone),
                                id="digest-on-time", max_instances=1, coalesce=True, misfire_grace_time=None)
        self._scheduler.start()

    def stop(self) -> None:
        """Stop the clock; a job in progress finishes on its own."""
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    def _every(self, period: timedelta, first: datetime, name: str, work: Callable[[datetime], int],
               done: str) -> Callable:
        """Run `work(now)` in a worker thread every `period`; a failure is logged and the next run tries again."""

        async def job() -> None:
            try:
                count = await asyncio.to_thread(work, utcnow())
            except Exception:  # noqa: BLE001
                log.exception("%s failed; the next run tries again", name)
                return
            if count:
                log.info(done, count)

        self._scheduler.add_job(job, "interval", seconds=period.total_seconds(), id=name, max_instances=1,
                                coalesce=True, next_run_time=first)
        return job
