"""Reading what people type, through botbuilder's TestAdapter: phrasings reach their commands, and the answers that
run none (small talk, a bare name, "did you mean", not understood, a shared card) reach the asker."""

from __future__ import annotations

import pytest

from bot.router import plain_text
from cards import verbs
from cards.understanding import NOT_UNDERSTOOD
from tests.support.builders import BO, DANA, SAM, activity, card_action, mention_bot, user
from tests.support.turns import actions, card_of, card_text, press, run, say

# ---- the answers that run no command, through TestAdapter ----------------------------------------------------------


async def test_a_greeting_gets_a_friendly_line_and_three_buttons_for_the_askers_role(accord, network):
    card = await say(accord, "hey accord!", DANA)
    assert "Hi Dana!" in card_text(card) and "what you can do" not in card_text(card)
    assert [a["title"] for a in actions(card)] == ["My do-not-approach list", "Recent enquiries", "My referrals"]
    assert all(a["verb"] == verbs.COMMAND_RUN for a in actions(card))


async def test_thanks_in_a_channel_offers_only_what_works_there(accord, network):
    card = await say(accord, "thanks!", DANA, "channel")
    assert "You're welcome" in card_text(card)
    assert "My do-not-approach list" not in [a["title"] for a in actions(card)]  # a personal-chat command


async def test_a_quick_button_runs_its_command_for_whoever_presses_it(accord, network):
    card = await say(accord, "hi", DANA)
    button = next(a for a in actions(card) if a["title"] == "Recent enquiries")
    answered = await press(accord, button["verb"], DANA, **button["data"])
    assert "Enquiries, last 14 days" in card_text(answered)


async def test_a_bare_client_name_answers_who_holds_it(accord, network):
    for text in ("ClientCorp?", "CCorp", "clientcorp.com.au", "john@clientcorp.com.au"):
        assert "Dana Partner" in card_text(await say(accord, text, SAM))


async def test_did_you_mean_offers_the_likely_commands_and_a_press_runs_one(accord, network):
    card = await say(accord, "should I approach ClientCorp?", BO)
    assert [a["title"] for a in actions(card)] == ["Who owns ClientCorp Pty Ltd?", "Approach ClientCorp Pty Ltd"]
    who = actions(card)[0]
    answered = await press(accord, who["verb"], BO, **who["data"])
    assert "Dana Partner" in card_text(answered) and "John Doe" in card_text(answered)  # BD sees the contact


async def test_a_did_you_mean_button_checks_the_role_of_whoever_presses_it(accord, network):
    card = await say(accord, "should I approach ClientCorp?", BO)
    approach = actions(card)[1]
    refused = await press(accord, approach["verb"], SAM, **approach["data"])
    assert refused.startswith("Sorry, only") and "approach" in refused


async def test_a_button_naming_no_command_gets_the_help_card(accord, network):
    for data in ({"intent": "drop_tables"}, {"intent": ["who_owns"]}, {}):
        answered = await press(accord, verbs.COMMAND_RUN, SAM, **data)
        assert "what you can do" in card_text(answered)


async def test_a_message_naming_no_command_and_no_client_gets_a_short_answer(accord, network):
    assert await say(accord, "is the boardroom free at 2?", SAM) == NOT_UNDERSTOOD


async def test_a_loose_phrasing_about_no_client_runs_nothing(accord, network):
    assert await say(accord, "who has the meeting room booked?", SAM) == NOT_UNDERSTOOD


async def test_a_card_shared_back_from_the_compose_box_gets_no_answer(accord, network):
    preview = card_of((await run(accord, activity(text="who owns ClientCorp", sender=SAM)))[0][0])
    shared = activity(text="", sender=SAM, attachments=[{"contentType": "application/vnd.microsoft.card.adaptive",
                                                         "content": preview}])
    assert (await run(accord, shared))[0] == []
    mentioned = activity("channel", text=mention_bot(""), sender=SAM, attachments=shared["attachments"])
    assert (await run(accord, mentioned))[0] == []


async def test_a_card_with_words_of_its_own_is_read_as_usual(accord, network):
    asked = activity(text="who owns CCorp", sender=SAM, attachments=[
        {"contentType": "application/vnd.microsoft.card.adaptive", "content": {"type": "AdaptiveCard"}}])
    sent, _ = await run(accord, asked)
    assert "Dana Partner" in card_text(card_of(sent[0]))


@pytest.mark.parametrize("text, sender, kind, expected", [
    ("<at>Accord</at> anyone on CCorp?", DANA, "channel", "Dana Partner"),
    ("hey accord, who's got ccorp?", SAM, "personal", "Dana Partner"),
    ("woh owns clientcorp", SAM, "personal", "Dana Partner"),
    ("what's BD working on?", SAM, "personal", "Approaches BD is making"),
    ("new enquiries?", SAM, "personal", "Enquiries, last 14 days"),
    ("list my dna", DANA, "personal", "do-not-approach"),
    ("fee history please", SAM, "personal", "Referral fees"),
    ("show my introductions", SAM, "personal", "your referrals"),
    ("any open disputes?", SAM, "personal", "Published outcomes"),
])
async def test_phrasings_reach_their_commands(accord, network, text, sender, kind, expected):
    sent, _ = await run(accord, activity(kind, text=text, sender=sender))
    (reply,) = sent
    assert expected.lower() in (reply.text or card_text(card_of(reply))).lower()


async def test_an_approach_phrased_as_a_plan_is_recorded_once_per_message(accord, network, db):
    body = activity(text="we're planning to approach Acme Holdings about the audit", sender=BO)
    first, _ = await run(accord, body)
    again, _ = await run(accord, body)  # Teams delivers the same message twice
    assert card_text(card_of(first[0])) == card_text(card_of(again[0]))
    assert "audit" in card_text(card_of(first[0]))


async def test_a_role_that_may_not_run_what_it_asked_for_is_told_so(accord, network):
    assert (await say(accord, "I plan to approach Acme Holdings", SAM)).startswith("Sorry, only")


async def test_a_person_without_a_role_asking_who_owns_gets_the_answer(accord, network):
    newcomer = user(9, "Nia Newcomer")
    assert "Dana Partner" in card_text(await say(accord, "anybody dealing with ClientCorp?", newcomer))


async def test_an_unknown_verb_in_a_pressed_button_still_gets_the_help_card(accord, network):
    _, response = await run(accord, card_action(verb="no.such.verb", sender=SAM))
    assert "what you can do" in card_text(response.body["value"])


def test_plain_text_keeps_punctuation_the_reader_needs():
    assert plain_text("<at>Accord</at> who owns Acme?") == "who owns Acme?"
