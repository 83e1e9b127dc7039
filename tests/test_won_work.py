"""Ownership that follows the work: a won approach made on a partner's behalf, and a won introduction."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from bot.rules.ownership import WorkFlag, won_work
from cards import verbs
from storage.models import Approach, Referral
from storage.registry import flags_from
from tests.support.builders import BO, DI, SAM, activity
from tests.support.turns import card_text, press, run, say

WON = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
YEAR = timedelta(days=365)


@pytest.mark.parametrize("owner, introducer, expected", [
    (1, None, [(1, "active project", WON, WON + YEAR), (1, "past project", WON + YEAR, None)]),
    (1, 2, [(1, "active project", WON, WON + YEAR), (1, "past project", WON + YEAR, None),
            (2, "introduction", WON, None)]),
    (1, 1, [(1, "active project", WON, WON + YEAR), (1, "past project", WON + YEAR, None)]),  # no self-introduction
])
def test_a_win_gives_its_owner_a_project_and_its_introducer_an_introduction(owner, introducer, expected):
    assert won_work(owner, introducer, WON, YEAR) == tuple(WorkFlag(*e) for e in expected)


async def test_a_won_approach_made_on_a_partners_behalf_makes_the_partner_a_project_holder(accord, network, db):
    with db.transaction() as session:
        row = Approach(client_id=network.clients["acme"].id, member_id=network.members["bo"].id, state="active",
                       on_behalf_of=network.members["dana"].id)
        session.add(row)
    await press(accord, verbs.APPROACH_STATE, BO, approach_id=row.id, state="won")
    text = card_text(await say(accord, "who owns Acme Holdings", SAM))
    assert "Dana Partner" in text and "active project" in text
    with db.transaction() as session:
        given = flags_from(session, f"approach:{row.id}")
        assert sorted((f.holder_id, f.basis) for f in given) == [
            (network.members["dana"].id, "active project"), (network.members["dana"].id, "past project")]
        assert all(f.client_id == network.clients["acme"].id for f in given)


async def test_a_won_introduction_gives_the_receiver_a_project_and_the_introducer_an_introduction(accord, db,
                                                                                               network):
    m = network.members
    await say(accord, "refer Kim Lee at Acme Holdings to bo@network.example", SAM)
    with db.transaction() as session:
        referral_id = session.exec(select(Referral.id)).one()
        assert flags_from(session, f"referral:{referral_id}") == []  # nothing until it is won
    for _ in range(2):  # the second press is refused: the win is recorded once
        await run(accord, activity(value={"verb": verbs.REFERRAL_STATE, "referral_id": referral_id, "to": "won"},
                                   sender=BO))
    with db.transaction() as session:
        given = sorted((f.holder_id, f.basis) for f in flags_from(session, f"referral:{referral_id}"))
    assert given == sorted([(m["bo"].id, "active project"), (m["bo"].id, "past project"),
                            (m["sam"].id, "introduction")])
    text = card_text(await say(accord, "who owns Acme Holdings", DI))
    assert "Bo Business" in text and "active project" in text and "Sam Partner" in text and "introduction" in text
