"""The roster reader: reads the members of every team Accord is in, so people are reachable before they write."""

from __future__ import annotations

import asyncio
import logging
import time
from datetime import datetime, timedelta
from typing import Any

from bot.background import idle
from bot.connector import Connector
from bot.rules.delivery import Outcome, Pace, backoff, is_retryable
from bot.rules.text import well_formed
from bot.services.members import RosterRead, apply_roster
from bot.settings import Settings
from storage import teams as rosters
from storage.db import Database, once_more
from storage.models import Team
from storage.types import utcnow

log = logging.getLogger(__name__)

# Teams' limits on reading a conversation's members, per bot.
READ_LIMITS = ((14, 1.0), (16, 2.0), (120, 30.0), (3600, 3600.0))
LEASE = timedelta(minutes=5)  # renewed with every page, so only a reader that died loses it
ATTEMPTS = 5  # tries of one page before the read stops and resumes later from the same page
RESUME_AFTER = timedelta(minutes=5)


class RosterReader:
    """Claims teams whose roster is due and reads them page by page; one per process, safe on several replicas."""

    def __init__(self, db: Database, connector: Connector, settings: Settings, *, idle_poll: float = 2.0,
                 retry_base: float = 1.0) -> None:
        self.db = db
        self.connector = connector
        self.settings = settings
        self.idle_poll = idle_poll
        self.retry_base = retry_base
        self._paces: dict[str, Pace] = {}
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None

    async def start(self) -> None:
        """Begin reading in the background."""
        self._task = asyncio.create_task(self._run(), name="roster-reader")

    async def stop(self) -> None:
        """Stop; a read cut short resumes from its last page on the next start."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None

    def wake(self) -> None:
        """Look for due teams now rather than at the next poll."""
        self._wake.set()

    async def read_due(self) -> list[RosterRead]:
        """Read every team whose roster is due now; what each complete read did."""
        done = []
        while (team := await asyncio.to_thread(self._claim)) is not None:
            result = await self.read(team)
            if result is not None:
                done.append(result)
        return done

    async def _run(self) -> None:
        while True:
            try:
                await self.read_due()
            except Exception:  # noqa: BLE001  (a database hiccup must not end roster reads for good)
                log.exception("roster: reading failed; trying again shortly")
            self._wake.clear()
            await idle(self._wake, self.idle_poll)

    def _claim(self) -> Team | None:
        with self.db.transaction() as session:
            return rosters.claim_roster(session, utcnow(), LEASE)

    async def read(self, team: Team) -> RosterRead | None:
        """Read a claimed team's roster from where it got to; apply it once complete (None if it stopped)."""
        token, started = team.roster_token, team.roster_started_at
        if token is None or started is None:
            token, started = None, utcnow()
            await asyncio.to_thread(self._start_over, team.id, started)
        while True:
            outcome, page = await self._page(team, token)
            if not outcome.ok:
                await asyncio.to_thread(self._stopped, team, outcome)
                return None
            token = _continuation(page)
            await asyncio.to_thread(self._keep, team.id, _people(page), token, started)
            if token is None:
                break
        result = await asyncio.to_thread(once_more, self._apply, team.id, started)
        log.info("roster of %s: %s listed, %s newly linked, %s left, %s waiting messages released, %s reported "
                 "unreachable", team.name or team.team_id, result.listed, result.linked, result.left, result.released,
                 result.reported)
        return result

    async def _page(self, team: Team, token: str | None) -> tuple[Outcome, dict[str, Any]]:
        """One page, within Teams' read limits, retried on throttling and server errors."""
        pace = self._paces.setdefault(team.team_id, Pace(READ_LIMITS))
        for attempt in range(1, ATTEMPTS + 1):
            while (wait := pace.wait(time.monotonic())) > 0:
                await asyncio.sleep(wait)
            pace.start()
            try:
                outcome, page = await self.connector.members_page(team.service_url, team.team_id, token)
            finally:
                pace.settle(time.monotonic())
            if outcome.ok or not is_retryable(outcome) or attempt == ATTEMPTS:
                return outcome, page
            wait = backoff(attempt, outcome.retry_after, base=self.retry_base)
            log.info("roster of %s: page failed (%s); retrying in %.1fs", team.team_id, outcome.error, wait)
            await asyncio.sleep(min(wait, LEASE.total_seconds() / 2))
        raise AssertionError("unreachable")

    def _start_over(self, team_row_id: int, started: datetime) -> None:
        with self.db.transaction() as session:
            rosters.forget_entries(session, team_row_id)
            rosters.roster_page_read(session, team_row_id, None, started, utcnow() + LEASE)

    def _keep(self, team_row_id: int, people: list[dict], token: str | None, started: datetime) -> None:
        with self.db.transaction() as session:
            rosters.keep_entries(session, team_row_id, people)
            rosters.roster_page_read(session, team_row_id, token, started, utcnow() + LEASE)

    def _apply(self, team_row_id: int, started: datetime) -> RosterRead:
        with self.db.transaction() as session:
            team = session.get(Team, team_row_id)
            return apply_roster(session, self.settings, team, started, utcnow())

    def _stopped(self, team: Team, outcome: Outcome) -> None:
        # 403/404: the bot was removed from the team (or it is gone); reading again cannot help.
        final = outcome.status in (403, 404)
        retry_at = None if final else utcnow() + RESUME_AFTER
        log.warning("roster of %s: %s; %s", team.name or team.team_id, outcome.error,
                    "no longer reading it" if final else "resuming from the same page later")
        with self.db.transaction() as session:
            rosters.roster_failed(session, team.id, outcome.error or f"HTTP {outcome.status}", retry_at)


def _continuation(page: dict[str, Any]) -> str | None:
    token = page.get("continuationToken")
    return token if isinstance(token, str) and token else None


def _people(page: dict[str, Any]) -> list[dict]:
    """The roster entries worth keeping, cleaned: a Teams user id is required, the rest may be missing."""
    members = page.get("members") if isinstance(page.get("members"), list) else []
    people = []
    for raw in members:
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not raw["id"]:
            continue
        email = _text(raw.get("email")) or _text(raw.get("userPrincipalName"))
        people.append({
            "teams_id": raw["id"][:200],
            "aad_object_id": _text(raw.get("aadObjectId"))[:64] or None,
            "email": email.lower()[:320] if "@" in email else None,
            "name": (_text(raw.get("name")) or _text(raw.get("givenName")))[:200],
            "tenant_id": _text(raw.get("tenantId"))[:64] or None,
        })
    return people


def _text(value: Any) -> str:
    return well_formed(value).replace("\x00", "").strip() if isinstance(value, str) else ""
