"""Do-not-approach lists in chat: add, list, remove; only partners, only in their personal chat."""

from __future__ import annotations

import pytest

from bot.core import Accord
from storage.registry import flag_history, held_by
from tests.builders import activity, mention_bot, user
from tests.registry_seed import seed
from tests.turns import card_of, card_text, run

SAM, BO = user(2, "Sam Partner"), user(3, "Bo Business")


@pytest.fixture
def accord(settings, db) -> Accord:
    return Accord(settings, db)


@pytest.fixture
def network(db):
    return seed(db)


async def say(accord, text, sender=SAM, kind="personal") -> str:
    sent, _ = await run(accord, activity(kind, text=mention_bot(text) if kind == "channel" else text, sender=sender))
    return sent[0].text or card_text(card_of(sent[0]))


@pytest.mark.parametrize("text, name, email", [
    ("dna add John Doe <john@clientcorp.com.au> at ClientCorp", "John Doe", "john@clientcorp.com.au"),
    ("<p>dna add Ana Ruiz &lt;ana@clientcorp.com.au&gt; from ClientCorp Pty Ltd</p>", "Ana Ruiz",
     "ana@clientcorp.com.au"),
    ('dna add Li Wei <a href="mailto:li@clientcorp.com.au">li@clientcorp.com.au</a> at CCorp', "Li Wei",
     "li@clientcorp.com.au"),
    ("dna add Kim Lee at clientcorp.com.au", "Kim Lee", None),
])
async def test_a_partner_adds_an_entry_and_sees_it_in_the_list(accord, network, db, text, name, email):
    reply = await say(accord, text)
    assert "is on your do-not-approach list" in reply
    with db.transaction() as session:
        ((entry, client, contact),) = held_by(session, network.members["sam"].id, "do-not-approach")
        assert (client.external_id, contact.name, contact.email) == ("C-001", name, email)
        assert len(flag_history(session, entry.id)) == 1
    listed = await say(accord, "dna list")
    assert f"{entry.id}. {name}" in listed and "ClientCorp Pty Ltd" in listed


async def test_adding_twice_changes_nothing_and_remove_ends_the_entry_with_history(accord, network, db):
    await say(accord, "dna add John Doe <john@clientcorp.com.au> at ClientCorp")
    assert "was already on" in await say(accord, "dna add John Doe <john@clientcorp.com.au> at ClientCorp")
    with db.transaction() as session:
        ((entry, _, _),) = held_by(session, network.members["sam"].id, "do-not-approach")
    assert "is off your do-not-approach list" in await say(accord, f"dna remove {entry.id}")
    assert "list is empty" in await say(accord, "dna list")
    with db.transaction() as session:
        history = flag_history(session, entry.id)
    assert [h.after["until"] is not None for h in history] == [False, True]


async def test_nobody_removes_another_partners_entry(accord, network, db):
    with db.transaction() as session:
        ((dana_entry, *_),) = held_by(session, network.members["dana"].id, "do-not-approach")
    assert "is not on your do-not-approach list" in await say(accord, f"dna remove {dana_entry.id}")


async def test_a_client_that_does_not_match_is_said_plainly(accord, network):
    reply = await say(accord, "dna add Ann Lee <ann@delta.example> at Delta")
    assert reply.startswith("No single client matches") and "Delta Air Lines" in reply


@pytest.mark.parametrize("text", ["dna add John", "dna add <x@y.z>"])
async def test_a_malformed_entry_shows_the_shape(accord, network, text):
    assert "Write it as: dna add John Doe <john@clientcorp.com> at ClientCorp" in await say(accord, text)


async def test_only_partners_in_their_personal_chat(accord, network):
    assert (await say(accord, "dna list", sender=BO)).startswith("Sorry, only partners")
    assert "works in a personal chat" in await say(accord, "dna list", kind="channel")
