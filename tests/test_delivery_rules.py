"""Delivery rules, table-driven: retry classes, backoff, and pacing within Teams' windows."""

import random

import pytest

from bot.rules.delivery import APP_LIMITS, CONVERSATION_LIMITS, Outcome, Pace, backoff, is_retryable


@pytest.mark.parametrize("status, retry", [
    (429, True), (412, True), (500, True), (502, True), (503, True), (504, True), (None, True),
    (400, False), (401, False), (403, False), (404, False), (413, False),
])
def test_what_is_retried(status, retry):
    assert is_retryable(Outcome(ok=False, status=status)) is retry


@pytest.mark.parametrize("attempt, retry_after, low, high", [
    (1, None, 0.5, 1.0), (2, None, 1.0, 2.0), (5, None, 8.0, 16.0), (30, None, 150.0, 300.0),
    (3, 7.0, 7.0, 7.0), (1, 0.0, 0.0, 0.0),
])
def test_backoff_honours_retry_after_else_grows_with_jitter(attempt, retry_after, low, high):
    for seed in range(20):
        assert low <= backoff(attempt, retry_after, random.Random(seed)) <= high


def test_backoff_jitter_spreads_senders_apart():
    assert len({round(backoff(4, None, random.Random(seed)), 3) for seed in range(10)}) > 5


def simulate(pace: Pace, sends: int) -> list[float]:
    """Send as fast as the pace allows; return the send times."""
    now, times = 0.0, []
    for _ in range(sends):
        now += pace.wait(now)
        pace.record(now)
        times.append(now)
    return times


def max_in_window(times: list[float], window: float) -> int:
    return max(sum(1 for t in times if start <= t < start + window) for start in times)


@pytest.mark.parametrize("limits", [CONVERSATION_LIMITS, APP_LIMITS])
def test_pace_never_exceeds_any_window(limits):
    times = simulate(Pace(limits, margin=0.0), 200)
    for count, window in limits:
        assert max_in_window(times, window) <= count


def test_pace_reaches_the_limit_it_allows():
    times = simulate(Pace(CONVERSATION_LIMITS, margin=0.0), 120)
    # The first 60 go out in bursts within 14 s (8 per 2 s); the next 60 wait for the 30 s window to roll.
    assert times[59] == 14.0
    assert times[60] == 30.0 and times[-1] == 44.0
    assert times[6] == 0.0 and times[7] > 0.0  # a burst of 7 goes out at once


def test_pace_forgets_sends_older_than_its_longest_window():
    pace = Pace(CONVERSATION_LIMITS, margin=0.0)
    for t in range(50):
        pace.record(float(t))
    assert pace.wait(5000.0) == 0.0
    assert pace.sent == []


def test_sends_in_flight_count_until_answered_and_then_from_the_answer():
    pace = Pace(((2, 1.0),), margin=0.0, poll=0.05)
    pace.start()
    pace.start()
    assert pace.wait(0.0) == 0.05  # both may land any moment: only an answer makes room
    pace.settle(0.4)
    assert pace.wait(0.5) == pytest.approx(0.9)  # room comes when the answer at 0.4 leaves the window
    pace.settle(0.6)
    assert pace.wait(0.7) == pytest.approx(0.7)  # the answer at 0.4 leaves the window at 1.4
    assert pace.wait(1.4) == 0.0
