"""Delivery rules: what to retry, how long to wait, and Teams' send limits."""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass

RETRYABLE = frozenset({408, 412, 429, 500, 502, 503, 504})

# Teams' limits for one bot: per conversation, and per app across all conversations.
CONVERSATION_LIMITS = ((7, 1.0), (8, 2.0), (60, 30.0), (1800, 3600.0))
APP_LIMITS = ((50, 1.0),)


@dataclass(frozen=True)
class Outcome:
    """What one attempt to send came to."""

    ok: bool
    status: int | None = None  # None: no HTTP answer (timeout, connection error)
    error: str = ""
    retry_after: float | None = None
    activity_id: str | None = None


def is_retryable(outcome: Outcome) -> bool:
    """Throttling, server errors, timeouts and lost connections are retried; other 4xx are final."""
    return outcome.status is None or outcome.status in RETRYABLE


def backoff(attempt: int, retry_after: float | None, rng: random.Random | None = None,
            base: float = 1.0, cap: float = 300.0) -> float:
    """Seconds to wait before attempt number `attempt + 1`: Retry-After when given, else full-jitter exponential."""
    if retry_after is not None:
        return max(0.0, retry_after)
    ceiling = min(cap, base * 2 ** max(0, attempt - 1))
    return (rng or random).uniform(ceiling / 2, ceiling)


class Pace:
    """Sliding-window limits: how long until one more send fits, and recording sends that happened."""

    def __init__(self, limits: tuple[tuple[int, float], ...], margin: float = 0.05) -> None:
        self.limits = limits
        self.margin = margin  # the receiver's clock starts its windows a little after ours
        self.horizon = max(window for _, window in limits) + margin
        self.sent: list[float] = []

    def wait(self, now: float) -> float:
        """Seconds from `now` until a send stays within every window (0 when it fits now)."""
        self._forget(now)
        delay = 0.0
        for count, window in self.limits:
            inside = len(self.sent) - bisect_right(self.sent, now - window - self.margin)
            if inside >= count:
                # The send `count` places back has to leave the window first.
                delay = max(delay, self.sent[-count] + window + self.margin - now)
        return delay

    def record(self, at: float) -> None:
        """Count a send made at `at`."""
        insort(self.sent, at)

    def settle(self, started: float, answered: float) -> None:
        """Move a send from when it left to when it was answered: the receiver counted it somewhere between."""
        index = bisect_left(self.sent, started)
        if index < len(self.sent) and self.sent[index] == started:
            del self.sent[index]
        insort(self.sent, answered)

    def _forget(self, now: float) -> None:
        old = bisect_right(self.sent, now - self.horizon)
        if old:
            del self.sent[:old]
