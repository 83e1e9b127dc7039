"""The allocation scorecard rule: every part's points and reasons, table-driven."""

from __future__ import annotations

import pytest

from bot.rules.scorecard import Activity, Weights, scorecard

STRONG_PERIOD = Activity(quotes_created=4, quotes_won=2, referrals_given=2, fees_owed=4, fees_within=4,
                         response_hours=(2, 3, 5))


@pytest.mark.parametrize("activity, score, word, eligible", [
    (Activity(), 60, "fair", True),  # nothing done: no points for activity, none lost for behaviour
    (STRONG_PERIOD, 92, "strong", True),
    (Activity(fees_owed=4, fees_unanswered=4), 30, "weak", True),
    (Activity(fees_owed=4, fees_awaiting=4), 60, "fair", True),  # still within the time to answer: not held against
    (Activity(fees_owed=2, fees_outside=2), 45, "weak", True),  # outside the guideline earns half
    (Activity(fees_owed=3, fees_reasoned=3), 60, "fair", True),  # "no fee" with a reason honours the guideline
    (Activity(disputes_upheld=1), 50, "fair", True),
    (Activity(disputes_upheld=3, disputes_dismissed=1), 40, "weak", True),
    (Activity(disputes_dismissed=2), 60, "fair", True),
    (Activity(response_hours=(30, 38, 90)), 55, "fair", True),  # median 38 hours: half the response points
    (Activity(response_hours=(100,)), 50, "fair", True),
    (Activity(quotes_created=4, quotes_won=2, referrals_given=2, fees_owed=4, fees_within=4, sanctioned=True),
     92, "not eligible", False),
])
def test_the_score_word_and_eligibility(activity, score, word, eligible):
    card = scorecard(activity)
    assert (card.score, card.word, card.eligible) == (score, word, eligible)


@pytest.mark.parametrize("activity, part, why", [
    (STRONG_PERIOD, "activity", "4 quotes created, 2 won on the platform"),
    (Activity(quotes_created=1), "activity", "1 quote created, 0 won on the platform"),
    (Activity(fees_owed=5, fees_within=2, fees_outside=1, fees_reasoned=1, fees_unanswered=1), "fees",
     "2 of 5 fee decisions within the 5-15% guideline, 1 outside it, 1 with a reason for no fee, 1 unanswered"),
    (Activity(fees_owed=2, fees_awaiting=2), "fees", "no fee decision was due (2 awaiting)"),
    (Activity(), "fees", "no fee decision was due"),
    (Activity(referrals_given=1, referrals_received=3), "referrals", "1 introduction given, 3 received"),
    (Activity(disputes_upheld=1, disputes_dismissed=2), "disputes", "1 dispute upheld against them, 2 dismissed"),
    (Activity(), "disputes", "no dispute decided against them"),
    (Activity(response_hours=(0.5,)), "response", "answered 1 enquiry, typically in 30 minutes"),
    (Activity(response_hours=(3, 5, 9)), "response", "answered 3 enquiries, typically in 5 hours"),
    (Activity(), "response", "no enquiry was theirs to answer"),
])
def test_every_part_says_what_it_is_made_of(activity, part, why):
    assert {p.name: p.why for p in scorecard(activity).parts}[part] == why


def test_the_weights_decide_the_points_and_the_score_is_out_of_100():
    only_fees = Weights.parse("activity=0, fees=50, referrals=0, disputes=0, response=0")
    assert scorecard(Activity(fees_owed=2, fees_within=1, fees_unanswered=1), only_fees).score == 50
    assert [p.most for p in scorecard(Activity(), only_fees).parts] == [0, 50, 0, 0, 0]


@pytest.mark.parametrize("text, message", [
    ("speed=10", "unknown scorecard part 'speed'"),
    ("fees=200", "between 0 and 100"),
    ("fees=-1", "between 0 and 100"),
    ("fees=nan", "between 0 and 100"),
    ("activity=0,fees=0,referrals=0,disputes=0,response=0", "at least one"),
    ("fees=lots", "could not convert"),
])
def test_bad_weights_are_refused_with_a_reason(text, message):
    with pytest.raises(ValueError, match=message):
        Weights.parse(text)


def test_unnamed_parts_keep_their_defaults():
    assert Weights.parse("fees=40") == Weights(fees=40)
    assert Weights.parse("") == Weights()
