"""The lead score and the reading of BANT, as tables."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.rules.access import Viewer
from bot.rules.leads import (
    Bant,
    QualifiedRow,
    budget_band,
    budget_shown,
    duration_text,
    grade,
    may_qualify,
    qualified_in,
    read_bant,
    read_budget,
    score,
    sees_budget,
)

DM, INF, UNK = "decision maker", "influencer", "unknown"
CLEAR, VAGUE = "stated clearly", "vague"
SOON, LATER, NONE = "within 3 months", "3 to 12 months", "none"


@pytest.mark.parametrize(("low", "high", "authority", "need", "timeline", "points"), [
    (50_000, 50_000, DM, CLEAR, SOON, 100),  # everything known and near
    (None, None, UNK, UNK, NONE, 0),  # nothing known
    # budget alone: a figure, a range, unknown
    (50_000, 50_000, UNK, UNK, NONE, 25),
    (40_000, 60_000, UNK, UNK, NONE, 20),
    # authority alone
    (None, None, DM, UNK, NONE, 25),
    (None, None, INF, UNK, NONE, 12),
    # need alone
    (None, None, UNK, CLEAR, NONE, 25),
    (None, None, UNK, VAGUE, NONE, 10),
    # timeline alone
    (None, None, UNK, UNK, SOON, 25),
    (None, None, UNK, UNK, LATER, 15),
    # mixed
    (40_000, 60_000, INF, VAGUE, LATER, 57),
    (None, None, DM, CLEAR, SOON, 75),
])
def test_score_weights(low, high, authority, need, timeline, points):
    result = score(Bant(low, high, authority, need, timeline))
    assert result.score == points
    assert len(result.reasons) == 4  # one per letter, in B, A, N, T order
    assert result.reasons[0].startswith("Budget") and result.reasons[3].startswith("Timeline")
    assert sum(int(r.rsplit(": ", 1)[1]) for r in result.reasons) == points


def test_reasons_name_the_levels_and_never_the_figure():
    reasons = score(Bant(73_500, 73_500, INF, VAGUE, LATER)).reasons
    assert reasons == ("Budget known ($50k to $100k): 25", "Authority influencer: 12", "Need vague: 10",
                       "Timeline 3 to 12 months: 15")
    assert not any("73" in r for r in reasons)


@pytest.mark.parametrize(("typed", "expected"), [
    ("50000", (50_000, 50_000)),
    ("$50,000", (50_000, 50_000)),
    ("50k", (50_000, 50_000)),
    ("1.5m", (1_500_000, 1_500_000)),
    ("AUD 20000", (20_000, 20_000)),
    ("40000-60000", (40_000, 60_000)),
    ("$40k to $60k", (40_000, 60_000)),
    ("60k – 40k", (40_000, 60_000)),
    ("", None),
    ("unknown", None),
    ("  TBC ", None),
])
def test_budget_read(typed, expected):
    assert read_budget(typed) == (expected, None)


@pytest.mark.parametrize(("typed", "problem"), [
    ("lots", "is not a number"),
    ("fifty thousand", "is not a number"),
    ("50000 or so", "is not a number"),
    ("-5", "is not a number"),
    ("0", "more than $0"),
    ("5000000000", "larger than any"),
])
def test_budget_refused(typed, problem):
    found, why = read_budget(typed)
    assert found is None and problem in why


@pytest.mark.parametrize(("values", "kept", "expected"), [
    ({"budget": "50k", "authority": DM, "need": CLEAR, "timeline": SOON}, (None, None),
     Bant(50_000, 50_000, DM, CLEAR, SOON)),
    ({}, (None, None), Bant(None, None, UNK, UNK, NONE)),  # nothing chosen: unknown, no timeline
    ({"budget": "", "authority": "Decision  Maker"}, (10_000, 20_000), Bant(10_000, 20_000, DM, UNK, NONE)),  # kept
    ({"budget": "unknown"}, (10_000, 20_000), Bant(None, None, UNK, UNK, NONE)),  # cleared
])
def test_bant_read(values, kept, expected):
    assert read_bant(values, kept) == (expected, [])


def test_bant_lists_every_problem_and_reads_nothing():
    bant, problems = read_bant({"budget": "lots", "authority": "ceo", "need": "urgent", "timeline": "yesterday"})
    assert bant is None
    assert len(problems) == 4
    assert "Unknown authority level “ceo”: choose decision maker, influencer or unknown." in problems


@pytest.mark.parametrize(("amount", "band"), [
    (None, "unknown"), (9_999, "under $10k"), (10_000, "$10k to $50k"), (99_999, "$50k to $100k"),
    (100_000, "$100k to $250k"), (250_000, "$250k to $1m"), (1_000_000, "$1m or more")])
def test_budget_bands(amount, band):
    assert budget_band(amount) == band


@pytest.mark.parametrize(("bant", "exact", "shown"), [
    (Bant(45_000, 45_000, UNK, UNK, NONE), True, "$45,000"),
    (Bant(45_000, 45_000, UNK, UNK, NONE), False, "$10k to $50k"),
    (Bant(40_000, 80_000, UNK, UNK, NONE), True, "$40,000 to $80,000"),
    (Bant(40_000, 80_000, UNK, UNK, NONE), False, "$50k to $100k"),  # the band of the middle
    (Bant(None, None, UNK, UNK, NONE), True, "unknown"),
])
def test_budget_shown(bant, exact, shown):
    assert budget_shown(bant, exact) == shown


@pytest.mark.parametrize(("points", "word"), [(100, "hot"), (70, "hot"), (69, "warm"), (40, "warm"), (39, "cold"),
                                              (0, "cold")])
def test_grade(points, word):
    assert grade(points) == word


T0 = datetime(2026, 3, 2, tzinfo=UTC)


def test_qualified_in_counts_first_qualifications_in_the_period_and_their_median_wait():
    rows = [QualifiedRow(1, T0, T0 + timedelta(hours=2)), QualifiedRow(2, T0, T0 + timedelta(hours=4)),
            QualifiedRow(3, T0, T0 + timedelta(hours=30)),
            QualifiedRow(4, T0, T0 + timedelta(days=20))]  # after the period
    assert qualified_in(rows, T0, T0 + timedelta(days=14)) == (3, timedelta(hours=4))
    assert qualified_in(rows, T0 + timedelta(days=30), T0 + timedelta(days=44)) == (0, None)


@pytest.mark.parametrize(("wait", "text"), [(timedelta(seconds=5), "1 min"), (timedelta(minutes=42), "42 min"),
                                            (timedelta(hours=3), "3 h"), (timedelta(hours=7, minutes=30), "7.5 h"),
                                            (timedelta(days=3), "3 days"), (timedelta(days=2, hours=12), "2.5 days")])
def test_duration_text(wait, text):
    assert duration_text(wait) == text


@pytest.mark.parametrize(("viewer", "responder", "exact"), [
    (Viewer(None, None, public=True), 7, False),  # the partner channel
    (Viewer(7, "partner", public=True), 7, False),  # the holder, but in a shared chat
    (Viewer(7, "partner"), 7, True),  # the holder in private
    (Viewer(8, "partner"), 7, False),  # another partner
    (Viewer(9, "bd"), 7, True),
    (Viewer(9, "director"), None, True),
    (Viewer(9, "bd", public=True), 7, False),
])
def test_who_sees_the_exact_budget(viewer, responder, exact):
    assert sees_budget(viewer, responder) is exact


@pytest.mark.parametrize(("member", "role", "responder", "may"), [
    (7, "partner", 7, True), (8, "partner", 7, False), (8, "partner", None, False), (9, "bd", 7, True),
    (9, "admin", None, True), (9, "director", 7, True), (9, None, 7, False)])
def test_who_may_qualify(member, role, responder, may):
    assert may_qualify(member, role, responder) is may
