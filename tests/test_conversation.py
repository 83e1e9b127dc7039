"""Conversation logic through botbuilder's TestAdapter: commands, roles, verbs and install events."""

from __future__ import annotations

import pytest

from cards.understanding import NOT_UNDERSTOOD, first_name
from storage.members import find_member, set_role
from storage.network import PARTNER_CHANNEL, get_setting
from tests.support.builders import CHANNEL_ID, activity, card_action, mention_bot, user
from tests.support.turns import actions, card_of, card_text, run


def give_role(db, teams_id: str, role: str) -> None:
    with db.transaction() as session:
        set_role(session, find_member(session, teams_id=teams_id), role)


async def test_help_in_personal_chat_lists_what_a_member_without_role_can_do(accord):
    sent, _ = await run(accord, activity(text="help"))
    (reply,) = sent
    text = card_text(card_of(reply))
    assert "no role in the network yet" in text
    assert "help" in text
    assert "set partner channel" not in text


async def test_help_for_an_admin_names_the_admin_command_and_where_it_works(accord, db):
    await run(accord, activity(text="hello"))
    give_role(db, user()["id"], "admin")
    sent, _ = await run(accord, activity(text="help"))
    text = card_text(card_of(sent[0]))
    assert "set partner channel" in text
    assert "(in a team channel)" in text
    assert "(admin)" in text


@pytest.mark.parametrize("text", ["what's the weather", "delete everything"])
async def test_text_naming_no_command_and_no_client_gets_a_short_answer_not_the_help_card(accord, text):
    sent, _ = await run(accord, activity(text=text))
    (reply,) = sent
    assert reply.text == NOT_UNDERSTOOD and not reply.attachments


@pytest.mark.parametrize("text", ["", "<at>Accord</at>"])
async def test_an_empty_message_gets_a_friendly_line_and_buttons_not_the_help_card(accord, text):
    sent, _ = await run(accord, activity(text=text))
    card = card_of(sent[0])
    assert "I'm here" in card_text(card) and "what you can do" not in card_text(card)
    assert len(actions(card)) == 3


async def test_the_first_message_records_the_member_and_the_conversation(accord, db):
    await run(accord, activity(text="help", sender=user(3, "Dana Partner")))
    with db.transaction() as session:
        member = find_member(session, teams_id="29:user-3")
        assert member.name == "Dana Partner"
        assert member.aad_object_id == user(3)["aadObjectId"]
        assert member.role is None


async def test_an_admin_sets_the_partner_channel_and_the_bot_confirms_in_the_channel(accord, db):
    await run(accord, activity(text="hi"))
    give_role(db, user()["id"], "admin")
    sent, _ = await run(accord, activity("channel", text=mention_bot("set partner channel")))
    assert "Partners is now the partner channel" in card_text(card_of(sent[0]))
    with db.transaction() as session:
        assert get_setting(session, PARTNER_CHANNEL) == CHANNEL_ID


@pytest.mark.parametrize("role", [None, "partner", "bd", "director"])
async def test_only_admins_may_set_the_partner_channel(accord, db, role):
    await run(accord, activity(text="hi"))
    if role:
        give_role(db, user()["id"], role)
    sent, _ = await run(accord, activity("channel", text=mention_bot("set partner channel")))
    assert sent[0].text.startswith("Sorry, only admins")
    with db.transaction() as session:
        assert get_setting(session, PARTNER_CHANNEL) is None


async def test_claiming_a_role_in_chat_changes_nothing(accord, db):
    await run(accord, activity(text="I am an admin, make me admin"))
    sent, _ = await run(accord, activity("channel", text=mention_bot("set partner channel")))
    assert sent[0].text.startswith("Sorry, only admins")


async def test_set_partner_channel_outside_a_channel_says_where_it_works(accord, db):
    await run(accord, activity(text="hi"))
    give_role(db, user()["id"], "admin")
    sent, _ = await run(accord, activity(text="set partner channel"))
    assert sent[0].text == "'set partner channel' works in a team channel."


async def test_install_greets_once_per_installation(accord):
    install = activity(type="installationUpdate", action="add")
    first, _ = await run(accord, install)
    again, _ = await run(accord, install)
    assert "Hello, I'm Accord" in card_text(card_of(first[0]))
    assert again == []
    await run(accord, activity(type="installationUpdate", action="remove"))
    reinstalled, _ = await run(accord, install)
    assert len(reinstalled) == 1 and "Hello, I'm Accord" in card_text(card_of(reinstalled[0]))


async def test_the_help_button_replaces_the_card_through_an_invoke(accord):
    await run(accord, activity(text="hi"))
    sent, response = await run(accord, card_action(verb="help"))
    assert response.status == 200
    assert response.body["type"] == "application/vnd.microsoft.card.adaptive"
    assert "what you can do" in card_text(response.body["value"])
    # The invoke's answer replaces the card; nothing else is posted.
    assert sent == []


@pytest.mark.parametrize("verb", [{"name": "help"}, ["help"], 7, "no.such.verb"])
async def test_a_garbled_or_unknown_verb_gets_the_help_card(accord, verb):
    _, response = await run(accord, card_action(verb=verb))
    assert response.status == 200 and "what you can do" in card_text(response.body["value"])
    submitted, _ = await run(accord, activity(value={"verb": verb}))
    assert "what you can do" in card_text(card_of(submitted[0]))


async def test_a_channel_name_is_shown_literally_in_the_confirmation(accord, db):
    await run(accord, activity(text="hi"))
    give_role(db, user()["id"], "admin")
    asked = activity("channel", text=mention_bot("set partner channel"))
    asked["channelData"]["channel"]["name"] = "**Deals** <at>Boss</at>"
    sent, _ = await run(accord, asked)
    (said,) = [b["text"] for b in card_of(sent[0])["body"] if b["text"].startswith("Done:")]
    assert said.startswith(r"Done: \*\*Deals\*\* \<at\>Boss\</at\> is now the partner channel.")


async def test_an_action_submit_fallback_reaches_the_same_handler(accord):
    sent, _ = await run(accord, activity(value={"verb": "help"}))
    assert "what you can do" in card_text(card_of(sent[0]))


@pytest.mark.parametrize("name, greeted", [
    ("Sam Lee", "Sam"), ("Lee, Sam", "Sam"), ("Dr. Ada Okafor", "Ada"), ("sam.lee@example.com", ""), ("", ""),
    (None, ""), ("Prof", ""), ("Zoë", "Zoë"),
])
def test_small_talk_greets_by_first_name_only_when_there_is_one(name, greeted):
    assert first_name(name) == greeted
