"""Closing the loop on matches: "Not this client", "None of these", "Yes, this one", and the admins' review."""

from __future__ import annotations

from sqlmodel import select

from bot.services import feedback
from cards import verbs
from storage.models import Client, MatchFeedback
from storage.types import utcnow
from tests.support.builders import ADA, BO, SAM, user
from tests.support.turns import actions, card_text, press, press_text, say
from tests.test_cli import accord as accord_cli


def button(card: dict, verb: str) -> dict:
    """The one button with this verb on a card."""
    (found,) = [a for a in actions(card) if a.get("verb") == verb]
    return found


async def test_not_this_client_turns_the_answer_back_into_a_question_until_an_admin_dismisses_it(accord, network, db):
    card = await say(accord, "who holds CCorp", SAM)
    assert card["body"][0]["text"] == "ClientCorp Pty Ltd"
    wrong = button(card, verbs.WHO_OWNS_NOT_THIS)
    assert wrong["data"] == {"verb": verbs.WHO_OWNS_NOT_THIS, "client_id": network.clients["clientcorp"].id,
                             "text": "CCorp"}
    thanks = card_text(await press(accord, verbs.WHO_OWNS_NOT_THIS, SAM, **_data(wrong)))
    assert "“CCorp” is not ClientCorp Pty Ltd" in thanks

    again = await say(accord, "who holds ccorp?", BO)  # anyone, any casing: asked, not answered
    assert again["body"][0]["text"] == "No single client matches"
    assert "ClientCorp Pty Ltd" in [a["title"] for a in actions(again)]
    assert (await say(accord, "who owns ClientCorp", SAM))["body"][0]["text"] == "ClientCorp Pty Ltd"  # its name

    with db.transaction() as session:
        (row,) = session.exec(select(MatchFeedback)).all()
        assert feedback.decide(session, row.id, approve=False, at=utcnow()).endswith("dismissed")
    assert (await say(accord, "who holds CCorp", SAM))["body"][0]["text"] == "ClientCorp Pty Ltd"


async def test_none_of_these_notes_every_candidate_and_pressing_twice_keeps_one_row_each(accord, network, db):
    card = await say(accord, "who owns Delta", SAM)
    none = button(card, verbs.WHO_OWNS_NOT_THIS)
    deltas = [network.clients["delta_air"].id, network.clients["delta_el"].id]
    assert sorted(none["data"]["client_ids"]) == sorted(deltas)
    for _ in range(2):
        assert "“Delta” is not Delta" in card_text(await press(accord, verbs.WHO_OWNS_NOT_THIS, SAM, **_data(none)))
    with db.transaction() as session:
        rows = session.exec(select(MatchFeedback)).all()
    assert sorted((r.kind, r.key, r.state) for r in rows) == [("not this", "delta", "open")] * 2


async def test_yes_this_one_proposes_an_alias_that_answers_once_an_admin_approves_it(accord, network, db, tmp_path,
                                                                                      database_url):
    card = await say(accord, "who owns Delta", SAM)
    pick = next(a for a in actions(card) if a["title"] == "Delta Air Lines")
    picked = await press(accord, verbs.WHO_OWNS_PICK, SAM, **_data(pick))
    assert picked["body"][0]["text"] == "Delta Air Lines"
    yes = button(picked, verbs.WHO_OWNS_ALIAS)
    assert "“Delta” is suggested as another name for Delta Air Lines" in card_text(
        await press(accord, verbs.WHO_OWNS_ALIAS, SAM, **_data(yes)))
    assert (await say(accord, "who owns Delta", SAM))["body"][0]["text"] == "No single client matches"  # not yet

    listed = accord_cli("match-feedback", database_url=database_url, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    (line,) = listed.stdout.splitlines()
    feedback_id, state, kind, text = line.split("\t")[:4]
    assert (state, kind, text) == ("open", "alias", '"Delta"') and "Delta Air Lines" in line
    approved = accord_cli("match-feedback", "approve", feedback_id, database_url=database_url, cwd=tmp_path)
    assert approved.returncode == 0 and "is now a name of Delta Air Lines" in approved.stdout
    twice = accord_cli("match-feedback", "approve", feedback_id, database_url=database_url, cwd=tmp_path)
    assert twice.returncode == 1 and "already approved" in twice.stdout

    assert (await say(accord, "who owns Delta", SAM))["body"][0]["text"] == "Delta Air Lines"
    with db.transaction() as session:
        assert session.get(Client, network.clients["delta_air"].id).aliases[-1] == "Delta"


async def test_an_approved_pick_answers_an_alias_another_clients_name_starts_with(accord, network, db):
    """"CCorp" is ClientCorp's alias and the start of CCorp Digital's name: open, until a member's pick is approved."""
    with db.transaction() as session:
        session.add(Client(name="CCorp Digital Pty Ltd", external_id="C-009", country="AU"))
    card = await say(accord, "who owns CCorp", SAM)
    assert card["body"][0]["text"] == "No single client matches"
    pick = next(a for a in actions(card) if a["title"] == "ClientCorp Pty Ltd")
    yes = button(await press(accord, verbs.WHO_OWNS_PICK, SAM, **_data(pick)), verbs.WHO_OWNS_ALIAS)
    await press(accord, verbs.WHO_OWNS_ALIAS, SAM, **_data(yes))
    with db.transaction() as session:
        (row,) = session.exec(select(MatchFeedback)).all()
        assert "already had the name" in feedback.decide(session, row.id, approve=True, at=utcnow())
    answered = await say(accord, "who owns ccorp", BO)
    assert answered["body"][0]["text"] == "ClientCorp Pty Ltd"
    # "Not this client" outweighs the approved pick: the text is asked about again.
    await press(accord, verbs.WHO_OWNS_NOT_THIS, BO, **_data(button(answered, verbs.WHO_OWNS_NOT_THIS)))
    assert (await say(accord, "who owns CCorp", SAM))["body"][0]["text"] == "No single client matches"


async def test_a_card_shared_in_a_channel_and_the_clients_own_name_offer_no_feedback(accord, network):
    shared = await say(accord, "who holds CCorp", SAM, "channel")
    assert not [a for a in actions(shared) if a.get("verb") == verbs.WHO_OWNS_NOT_THIS]
    named = await say(accord, "who owns clientcorp pty ltd", SAM)
    assert not [a for a in actions(named) if a.get("verb") == verbs.WHO_OWNS_NOT_THIS]


async def test_forged_or_roleless_feedback_records_nothing(accord, network, db):
    stranger = user(9, "Rory Roleless")
    assert "Only members with a role" in await press_text(accord, verbs.WHO_OWNS_NOT_THIS, stranger,
                                                          client_id=network.clients["acme"].id, text="acme")
    assert "no longer in the registry" in await press_text(accord, verbs.WHO_OWNS_ALIAS, ADA, client_id=10**12,
                                                           text="x")
    assert "no longer in the registry" in await press_text(accord, verbs.WHO_OWNS_NOT_THIS, ADA,
                                                           client_ids="not a list", text="acme")
    assert "no longer in the registry" in await press_text(accord, verbs.WHO_OWNS_NOT_THIS, ADA,
                                                           client_id=network.clients["acme"].id, text={"a": 1})
    with db.transaction() as session:
        assert session.exec(select(MatchFeedback)).all() == []


def _data(action: dict) -> dict:
    return {k: v for k, v in action["data"].items() if k != "verb"}
