"""Jobs that run on a clock: enquiry reminders now, the fortnightly digest later."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.core import Accord

log = logging.getLogger(__name__)

REMINDER_CHECK = timedelta(minutes=10)
FIRST_RUN = timedelta(seconds=30)  # after start-up settles


class Jobs:
    """The scheduler, started and stopped with the app; every job is safe to run on several replicas at once."""

    def __init__(self, core: Accord) -> None:
        self._core = core
        self._scheduler = AsyncIOScheduler(timezone=core.settings.zone)

    def start(self) -> None:
        """Schedule the jobs and start the clock."""
        first = datetime.now(self._scheduler.timezone) + FIRST_RUN
        self._scheduler.add_job(self._remind, "interval", seconds=REMINDER_CHECK.total_seconds(),
                                id="enquiry-reminders", max_instances=1, coalesce=True, next_run_time=first)
        self._scheduler.start()

    def stop(self) -> None:
        """Stop the clock; a job in progress finishes on its own."""
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)

    async def _remind(self) -> None:
        try:
            sent = await asyncio.to_thread(self._core.remind_enquiries)
        except Exception:  # noqa: BLE001  (the next run tries again)
            log.exception("enquiry reminders failed")
            return
        if sent:
            log.info("reminded holders and BD of %s enquiries", sent)
