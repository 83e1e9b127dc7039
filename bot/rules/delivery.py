"""Delivery rules: what to retry, how long to wait, and Teams' send limits."""

from __future__ import annotations

import random
from bisect import bisect_right, insort
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
    """Sliding-window limits: how long until one more send fits, counting sends made and sends in flight."""

    def __init__(self, limits: tuple[tuple[int, float], ...], margin: float = 0.05, poll: float = 0.05) -> None:
        self.limits = limits
        self.margin = margin  # the receiver's clock starts its windows a little after ours
        self.poll = poll
        self.horizon = max(window for _, window in limits) + margin
        self.sent: list[float] = []  # when sends were answered (or made, for `record`), sorted
        self.in_flight = 0  # sends not answered yet: the receiver may count them at any moment until then

    def wait(self, now: float) -> float:
        """Seconds from `now` until one more send stays within every window (0 when it fits now)."""
        self._forget(now)
        delay = 0.0
        for count, window in self.limits:
            first = bisect_right(self.sent, now - window - self.margin)
            inside = len(self.sent) - first
            excess = inside + self.in_flight - count + 1
            if excess > inside:
                delay = max(delay, self.poll)  # only an answer to a send in flight can make room
            elif excess > 0:
                delay = max(delay, self.sent[first + excess - 1] + window + self.margin - now)
        return delay

    def record(self, at: float) -> None:
        """Count a send that happened at `at`."""
        insort(self.sent, at)

    def start(self) -> None:
        """Count a send leaving now, whose answer is still to come."""
        self.in_flight += 1

    def settle(self, answered: float) -> None:
        """A send in flight was answered at `answered`: the receiver counted it no later than that."""
        self.in_flight -= 1
        insort(self.sent, answered)

    def _forget(self, now: float) -> None:
        old = bisect_right(self.sent, now - self.horizon)
        if old:
            del self.sent[:old]
