"""The labelled corpus (tests/data/understanding.py) through the real router: no wrong answer in either half, and the
check half, never tuned on, understood at least as well as the goal."""

from __future__ import annotations

import pytest

from benchmarks.understanding import GOAL, UNDERSTOOD, WRONG, evaluate
from bot.router import Context
from bot.rules.matching import Matcher
from bot.turn import Place, Turn, User
from storage.db import save
from storage.members import find_member
from storage.models import Client, Member
from tests.data.matching_clients import CLIENTS
from tests.data.understanding import HALVES, ROLES
from tests.support.builders import SERVICE_URL


@pytest.fixture
def corpus_world(db):
    """The evaluation registry's clients, and one member of every role (and one without)."""
    with db.transaction() as session:
        for client in CLIENTS:
            save(session, Client(name=client.name), name=client.name, external_id=client.external_id,
                 aliases=list(client.aliases), domains=list(client.domains), country=client.country)
        for role in ROLES:
            session.add(Member(teams_id=f"29:corpus-{role}", name=f"{role.title()} Member",
                               role=None if role == "none" else role, email=f"{role}@corpus.example"))
    return db


def test_the_corpus_through_the_router_has_no_wrong_answer_and_the_check_half_is_understood(accord, corpus_world):
    def answer_through_the_router(case):
        with corpus_world.transaction() as session:
            member = find_member(session, teams_id=f"29:corpus-{case.role}")
            place = Place(f"19:corpus-{case.place}", case.place, SERVICE_URL, bot_name="Accord")
            turn = Turn("message", User(member.teams_id, member.name), place, text=case.text)
            return accord.router.understand(Context(turn, member, session, accord.settings, accord.router,
                                                    accord.clients))

    results = evaluate(answer_through_the_router, Matcher(CLIENTS))
    for half in HALVES:
        overall = results[half]["overall"]
        wrong = [(case.text, case.role, d.kind, d.intent, dict(d.args)) for case, outcome, d in overall.misses
                 if outcome == WRONG]
        assert wrong == [], f"wrong answers in the {half} half"
    assert results["check"]["overall"].share(UNDERSTOOD) >= GOAL
