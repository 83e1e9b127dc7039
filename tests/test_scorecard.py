"""`scorecard` in chat: the asker's own allocation scorecard, counted from the records of the period."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.handlers import scorecard as handler
from bot.services.scorecard import period, scorecards
from storage.disputes import add_dispute, add_sanction
from storage.enquiries import add_enquiry
from storage.models import Quote
from storage.referrals import add_referral
from tests.conftest import make_settings
from tests.support.builders import BO, DANA, DI, SAM
from tests.support.turns import say, say_text

NOW = datetime(2026, 6, 30, 9, tzinfo=UTC)
INSIDE, BEFORE = NOW - timedelta(days=20), NOW - timedelta(days=200)


@pytest.fixture
def period_records(db, network, monkeypatch):
    """Sam: two quotes in the period (one won), one long before, an introduction to Dana, a quick answer to an
    enquiry. Dana: a dispute upheld against her and a sanction in force."""
    monkeypatch.setattr(handler, "utcnow", lambda: NOW)
    sam, dana, di = (network.members[k].id for k in ("sam", "dana", "di"))
    acme, cc = network.clients["acme"].id, network.clients["clientcorp"].id
    with db.transaction() as session:
        session.add(Quote(client_id=acme, owner_id=sam, opened_at=INSIDE, status="won", closed_at=INSIDE,
                          value_cents=4_500_000))
        session.add(Quote(client_id=cc, owner_id=sam, opened_at=INSIDE))
        session.add(Quote(client_id=cc, owner_id=sam, opened_at=BEFORE))
        add_referral(session, client_id=acme, introducer_id=sam, recipient_id=dana, created_at=INSIDE)
        add_enquiry(session, source_key="web:1", source="web", received_at=INSIDE, person_name="Pat",
                    holder_id=sam, acted_at=INSIDE + timedelta(hours=3))
        against = add_dispute(session, raised_by=sam, against_id=dana, what="took the client", state="resolved",
                              outcome="upheld", resolved_at=INSIDE)
        add_sanction(session, "no BD work", member_id=dana, dispute_id=against.id, text="No BD-won work",
                     until=NOW + timedelta(days=30), imposed_by=di, created_at=INSIDE)
    return network


def test_the_period_is_counted_from_the_records(db, period_records):
    start, end = period(NOW, 90)
    with db.transaction() as session:
        scores = {s.name: s for s in scorecards(session, make_settings(), start, end)}
    sam, dana = scores["Sam Partner"].activity, scores["Dana Partner"].activity
    assert (sam.quotes_created, sam.quotes_won, sam.referrals_given, sam.response_hours) == (2, 1, 1, (3.0,))
    assert scores["Sam Partner"].value_won_cents == 4_500_000
    assert (dana.referrals_received, dana.disputes_upheld, dana.sanctioned) == (1, 1, True)
    assert not scores["Dana Partner"].card.eligible and scores["Sam Partner"].card.eligible
    assert set(scores) == {"Dana Partner", "Sam Partner", "Bo Business", "Di Director", "Ada Admin"}


async def test_a_partner_gets_their_own_card_with_reasons_and_the_anonymous_spread(accord, period_records):
    text = await say_text(accord, "scorecard", SAM)
    assert "Allocation scorecard: Sam Partner" in text
    assert "2 quotes created, 1 won on the platform" in text and "1 introduction given" in text
    assert "answered 1 enquiry, typically in 3 hours" in text and "AUD 45,000" in text
    assert "The network (5 members, anonymous)" in text
    assert "Dana" not in text  # nobody else is named, nor their score


async def test_a_sanction_in_force_says_not_eligible(accord, period_records):
    text = await say_text(accord, "what's my score?", DANA)
    assert "not eligible" in text and "A sanction is in force" in text and "1 dispute upheld against them" in text


async def test_the_scorecard_stays_out_of_channels(accord, period_records):
    answer = await say(accord, "scorecard", SAM, "channel")
    assert isinstance(answer, str) and "Allocation scorecard" not in answer and "personal" in answer.lower()


@pytest.mark.parametrize("phrase", ["scorecard", "show me my scorecard", "how am I doing on allocation?",
                                    "what is my allocation score", "my standing please"])
async def test_the_ways_of_asking(accord, period_records, phrase):
    assert "Allocation scorecard: Bo Business" in await say_text(accord, phrase, BO)


async def test_fee_scorecard_is_still_the_fee_list(accord, period_records):
    assert "Allocation scorecard" not in await say_text(accord, "fee scorecard", DI)
