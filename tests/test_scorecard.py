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


def test_an_enquiry_not_answered_yet_counts_until_the_end_of_the_period(db, period_records):
    dana = period_records.members["dana"].id
    with db.transaction() as session:
        add_enquiry(session, source_key="web:2", source="web", received_at=NOW - timedelta(hours=30, minutes=15),
                    person_name="Lee", holder_id=dana)
    start, end = period(NOW, 90)
    with db.transaction() as session:
        scores = {s.name: s for s in scorecards(session, make_settings(), start, end)}
    assert scores["Dana Partner"].activity.response_hours == (30.25,)


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


def test_directors_list_every_scorecard_for_a_period_as_csv_safe_for_spreadsheets(db, database_url, period_records,
                                                                                tmp_path):
    from tests.test_cli import accord

    with db.transaction() as session:
        session.get(type(period_records.members["sam"]), period_records.members["sam"].id).name = "=HYPERLINK(1)"
    result = accord("scorecard", "--period", "2026-04-01..2026-06-30", "--csv", database_url=database_url,
                    cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "member,role,score,word,eligible,activity,fees,referrals,disputes,response,value_won"
    assert lines[1].startswith("'=HYPERLINK(1),partner,83,strong,yes,") and lines[1].endswith(",45000.00")
    assert any(line.startswith("Dana Partner,partner,") and ",not eligible,no," in line for line in lines)
    table = accord("scorecard", "--period", "2026-04-01..2026-06-30", database_url=database_url, cwd=tmp_path)
    assert "Allocation scorecards, 2026-04-01 to 2026-06-30" in table.stdout


@pytest.mark.parametrize("period, message", [("2026-04-01", "expected FIRST..LAST"),
                                             ("2026-13-01..2026-14-01", "not two dates"),
                                             ("2026-06-30..2026-04-01", "before the first")])
def test_a_bad_period_is_refused_with_a_reason(database_url, tmp_path, period, message):
    from tests.test_cli import accord

    result = accord("scorecard", "--period", period, database_url=database_url, cwd=tmp_path)
    assert result.returncode == 2 and message in result.stderr
