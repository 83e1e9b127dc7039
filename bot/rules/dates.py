"""Which dates from outside Accord are believable: none before 2000, none more than ten years ahead."""

from __future__ import annotations

from datetime import UTC, datetime

EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
YEARS_AHEAD = 10
WINDOW = f"between 2000-01-01 and {YEARS_AHEAD} years from now"


def outside_window(moment: datetime, now: datetime) -> str | None:
    """Why an aware `moment` is not a date Accord accepts at `now`; None when it is one."""
    # Dates at the calendar's edges overflow as soon as they are shifted into a time zone or given a grace period,
    # and a date centuries ahead would outrank every real event: neither is anything a partner network did.
    if moment < EARLIEST or moment > _years_after(now, YEARS_AHEAD):
        return f"must be {WINDOW}"
    return None


def _years_after(now: datetime, years: int) -> datetime:
    try:
        return now.replace(year=now.year + years)
    except ValueError:  # 29 February, in a year that has none
        return now.replace(year=now.year + years, day=28)
