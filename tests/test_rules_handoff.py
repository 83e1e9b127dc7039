"""The won-client handoff's pure rules: what is due or overdue given the dates and `now`, who makes the welcome call,
and reading `update ClientCorp: ...` and `nps ClientCorp 9 ...`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.rules.handoff import (
    Clock,
    NpsAsk,
    UpdateAsk,
    add_months,
    check_score,
    kickoff_moment,
    nps,
    nps_category,
    nps_due_at,
    nps_reminder_due,
    overdue,
    parse_nps,
    parse_update,
    pick_director,
    welcome_escalation_due,
    welcome_on_time,
    welcome_reminder_due,
)

SYDNEY = ZoneInfo("Australia/Sydney")
WON = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)


def clock(state: str = "onboarding", **fields) -> Clock:
    return Clock(state, WON, **fields)


@pytest.mark.parametrize("now, fields, due", [
    (WON + 5 * DAY - timedelta(seconds=1), {}, False),
    (WON + 5 * DAY, {}, True),  # day 5
    (WON + 6 * DAY, {"welcome_reminded_at": WON + 5 * DAY}, False),  # once
    (WON + 6 * DAY, {"welcome_done_at": WON + 4 * DAY}, False),  # made already
    (WON + 30 * DAY, {"state": "closed"}, False),
    (WON + 6 * DAY, {"state": "kickoff"}, True),  # whether or not the lead is named
])
def test_the_day_5_reminder(now, fields, due):
    state = fields.pop("state", "onboarding")
    assert welcome_reminder_due(clock(state, **fields), now) is due


@pytest.mark.parametrize("now, fields, due", [
    (WON + 8 * DAY - timedelta(seconds=1), {}, False),
    (WON + 8 * DAY, {}, True),  # day 8
    (WON + 8 * DAY, {"welcome_reminded_at": WON + 5 * DAY}, True),
    (WON + 9 * DAY, {"welcome_escalated_at": WON + 8 * DAY}, False),  # once
    (WON + 9 * DAY, {"welcome_done_at": WON + 7 * DAY}, False),
])
def test_the_day_8_escalation(now, fields, due):
    assert welcome_escalation_due(clock(**fields), now) is due


@pytest.mark.parametrize("done, on_time", [
    (None, False), (WON + 7 * DAY, True), (WON + 7 * DAY + timedelta(seconds=1), False), (WON, True)])
def test_a_welcome_call_is_on_time_within_7_days(done, on_time):
    assert welcome_on_time(WON, done) is on_time


ONBOARDED = datetime(2026, 8, 31, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize("fields, due", [
    ({"state": "onboarding"}, None),  # no survey before onboarding is done
    ({"onboarded_at": ONBOARDED}, datetime(2027, 2, 28, 0, 0, tzinfo=UTC)),  # 31 Aug + 6 months: end of February
    ({"onboarded_at": ONBOARDED, "last_nps_at": datetime(2027, 3, 10, tzinfo=UTC)},
     datetime(2027, 9, 10, tzinfo=UTC)),  # 6 months after the latest score
    ({"onboarded_at": ONBOARDED, "state": "closed"}, None),  # the project is over
])
def test_nps_every_6_months(fields, due):
    state = fields.pop("state", "active")
    assert nps_due_at(Clock(state, WON, **fields)) == due


@pytest.mark.parametrize("now, asked, due", [
    (datetime(2027, 2, 27, tzinfo=UTC), None, None),
    (datetime(2027, 2, 28, tzinfo=UTC), None, datetime(2027, 2, 28, tzinfo=UTC)),
    (datetime(2027, 3, 1, tzinfo=UTC), datetime(2027, 2, 28, tzinfo=UTC), None),  # asked for this due date
    (datetime(2027, 3, 1, tzinfo=UTC), datetime(2026, 9, 1, tzinfo=UTC), datetime(2027, 2, 28, tzinfo=UTC)),
])
def test_an_nps_reminder_goes_once_per_due_date(now, asked, due):
    assert nps_reminder_due(Clock("active", WON, onboarded_at=ONBOARDED, nps_asked_at=asked), now) == due


@pytest.mark.parametrize("moment, months, expected", [
    (datetime(2026, 1, 31, tzinfo=UTC), 6, datetime(2026, 7, 31, tzinfo=UTC)),
    (datetime(2026, 8, 31, tzinfo=UTC), 6, datetime(2027, 2, 28, tzinfo=UTC)),
    (datetime(2027, 8, 31, tzinfo=UTC), 6, datetime(2028, 2, 29, tzinfo=UTC)),  # leap year
    (datetime(2026, 12, 15, tzinfo=UTC), 6, datetime(2027, 6, 15, tzinfo=UTC)),
])
def test_months_are_calendar_months(moment, months, expected):
    assert add_months(moment, months) == expected


@pytest.mark.parametrize("state, now, fields, expected", [
    ("kickoff", WON + DAY, {}, []),
    ("kickoff", WON + 2 * DAY, {}, ["delivery lead not named"]),
    ("onboarding", WON + 7 * DAY, {}, []),
    ("onboarding", WON + 7 * DAY + timedelta(seconds=1), {}, ["welcome call overdue"]),
    ("kickoff", WON + 9 * DAY, {}, ["delivery lead not named", "welcome call overdue"]),
    ("onboarding", WON + 9 * DAY, {"welcome_done_at": WON + 8 * DAY}, []),
    ("active", datetime(2027, 3, 1, tzinfo=UTC), {"welcome_done_at": WON, "onboarded_at": ONBOARDED},
     ["NPS survey due"]),
    ("closed", WON + 90 * DAY, {}, []),
])
def test_what_is_overdue(state, now, fields, expected):
    assert overdue(Clock(state, WON, **fields), now) == expected


@pytest.mark.parametrize("directors, preferred, last, chosen", [
    ([], [], None, None),  # no director: nobody (the admins are told)
    ([4, 2, 9], [], None, 2),  # the first, in id order
    ([4, 2, 9], [], 2, 4),  # round robin: the next after the last one given a call
    ([4, 2, 9], [], 4, 9),
    ([4, 2, 9], [], 9, 2),  # and round again
    ([4, 2, 9], [], 3, 4),  # the last one is no longer a director
    ([4, 2, 9], [9], 2, 9),  # the client's holder's director comes first
    ([4, 2, 9], [7, 4], 4, 4),  # a preferred member who is not a director is passed over
])
def test_who_makes_the_welcome_call(directors, preferred, last, chosen):
    assert pick_director(directors, preferred, last) == chosen


@pytest.mark.parametrize("text, expected", [
    ("update ClientCorp: kickoff booked", (UpdateAsk("ClientCorp", "kickoff booked"), None)),
    ("Update Acme Holdings : week 2: all good\nnext: workshops",
     (UpdateAsk("Acme Holdings", "week 2: all good\nnext: workshops"), None)),
    ("update ClientCorp kickoff booked", (None, "Write it as: update ClientCorp: the kickoff is booked")),
    ("update ClientCorp:   ", (None, "Write it as")),
    (f"update ClientCorp: {'x' * 1001}", (None, "Too long")),
])
def test_reading_an_update(text, expected):
    ask, problem = parse_update(text)
    assert ask == expected[0]
    assert (problem is None) if expected[1] is None else expected[1] in problem


@pytest.mark.parametrize("text, expected", [
    ("nps ClientCorp 9 great kickoff", NpsAsk("ClientCorp", 9, "great kickoff")),
    ("NPS Acme Holdings 10", NpsAsk("Acme Holdings", 10, None)),
    ("nps Acme 7/10 - slow start, good now", NpsAsk("Acme", 7, "slow start, good now")),
    ("nps Acme 0", NpsAsk("Acme", 0, None)),
])
def test_reading_a_score(text, expected):
    assert parse_nps(text) == (expected, None)


@pytest.mark.parametrize("text, problem", [
    ("nps Acme", "Write it as: nps ClientCorp 9"), ("nps Acme 11 wow", "from 0 to 10"), ("nps 9", "Write it as"),
])
def test_a_score_that_cannot_be_read(text, problem):
    ask, message = parse_nps(text)
    assert ask is None and problem in message


@pytest.mark.parametrize("value, score", [("9", 9), (10, 10), ("0", 0), ("11", None), ("-1", None), ("9.5", None),
                                          ("", None), (None, None), ("٩", None)])
def test_a_score_from_a_card(value, score):
    assert check_score(value) == score


@pytest.mark.parametrize("scores, expected", [([], None), ([10, 9, 8, 3], 25), ([0, 6], -100), ([7, 8], 0)])
def test_net_promoter_score(scores, expected):
    assert nps(scores) == expected


def test_categories():
    assert [nps_category(s) for s in (10, 9, 8, 7, 6, 0)] == ["promoter"] * 2 + ["passive"] * 2 + ["detractor"] * 2


NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("day, time, expected", [
    ("", "", (None, None)),  # to be booked
    ("2026-03-05", "14:30", (datetime(2026, 3, 5, 3, 30, tzinfo=UTC), None)),  # Sydney summer time, shown in UTC
    ("2026-03-05", "", (datetime(2026, 3, 4, 22, 0, tzinfo=UTC), None)),  # 09:00 when no time is given
    ("", "14:30", (None, "Give the kickoff call's date too")),
    ("05/03/2026", "", (None, "from the card's pickers")),
    ("2028-03-05", "", (None, "within a year")),
])
def test_the_kickoff_call_from_the_card(day, time, expected):
    moment, problem = kickoff_moment(day, time, SYDNEY, NOW)
    assert moment == expected[0]
    assert (problem is None) if expected[1] is None else expected[1] in problem


# --- the digest's counts ------------------------------------------------------------------------------------------

START = datetime(2026, 3, 1, tzinfo=UTC)


@pytest.mark.parametrize("rows, note", [
    ([], None),
    ([(START + DAY, None)], "1 handoff of won clients started; 0 welcome calls made, 0 on time"),
    ([(START + DAY, START + 3 * DAY), (START - 10 * DAY, START + 2 * DAY), (START + 2 * DAY, None)],
     "2 handoffs of won clients started; 2 welcome calls made, 1 on time"),  # the one won before was late
    ([(START - 30 * DAY, START - 25 * DAY)], None),  # all in an earlier period
])
def test_the_digest_counts_handoffs_started_and_welcome_calls_on_time(rows, note):
    from bot.rules.access import Viewer
    from bot.rules.digest import HandoffRow, Period, Rows, sections

    period = Period(START, START + 14 * DAY)
    (section,) = [s for s in sections(Rows(handoffs=[HandoffRow(*r) for r in rows]), period, Viewer(None, None, True))
                  if s.title == "Won-client handoffs"]
    assert section.notes == (() if note is None else (note + " (within 7 days of the win).",))
