"""Do-not-approach lists in chat: add, list, remove; only partners, only in their personal chat."""

from __future__ import annotations

import pytest

from bot.rules.dna import Entry, numbered_lines, parse_entry
from bot.turn import Reply
from storage.registry import flag_history, held_by
from tests.support.builders import BO, DANA, SAM
from tests.support.turns import card_text, press, say, say_text, teams_size


@pytest.mark.parametrize("text, name, email", [
    ("dna add John Doe <john@clientcorp.com.au> at ClientCorp", "John Doe", "john@clientcorp.com.au"),
    ("<p>dna add Ana Ruiz &lt;ana@clientcorp.com.au&gt; from ClientCorp Pty Ltd</p>", "Ana Ruiz",
     "ana@clientcorp.com.au"),
    ('dna add Li Wei <a href="mailto:li@clientcorp.com.au">li@clientcorp.com.au</a> at CCorp', "Li Wei",
     "li@clientcorp.com.au"),
    ("dna add Kim Lee at clientcorp.com.au", "Kim Lee", None),
])
async def test_a_partner_adds_an_entry_and_sees_it_in_the_list(accord, network, db, text, name, email):
    reply = await say_text(accord, text, SAM)
    assert "is on your do-not-approach list" in reply
    with db.transaction() as session:
        ((entry, client, contact),) = held_by(session, network.members["sam"].id, "do-not-approach")
        assert (client.external_id, contact.name, contact.email) == ("C-001", name, email)
        assert len(flag_history(session, entry.id)) == 1
    listed = await say(accord, "dna list", SAM)
    (row,) = [b for b in listed["body"] if b["type"] == "ColumnSet"]
    assert card_text(row).startswith(f"1.\n{name}") and "ClientCorp Pty Ltd" in card_text(row)
    buttons = [a for a in actions_in(row) if a["type"] == "Action.Execute"]
    assert [(a["title"], a["data"]) for a in buttons] == [("Remove", {"verb": "dna.remove", "entry_id": entry.id})]


async def test_adding_twice_changes_nothing_and_remove_ends_the_entry_with_history(accord, network, db):
    await say_text(accord, "dna add John Doe <john@clientcorp.com.au> at ClientCorp", SAM)
    assert "was already on" in await say_text(accord, "dna add John Doe <john@clientcorp.com.au> at ClientCorp", SAM)
    with db.transaction() as session:
        ((entry, _, _),) = held_by(session, network.members["sam"].id, "do-not-approach")
    assert "Removed 1: John Doe" in await say_text(accord, "dna remove 1", SAM)
    assert "list is empty" in await say_text(accord, "dna list", SAM)
    with db.transaction() as session:
        history = flag_history(session, entry.id)
    assert [h.after["until"] is not None for h in history] == [False, True]


async def test_nobody_removes_another_partners_entry(accord, network, db):
    with db.transaction() as session:
        ((dana_entry, *_),) = held_by(session, network.members["dana"].id, "do-not-approach")
    assert "is not on your do-not-approach list" in await say_text(accord, "dna remove 1", SAM)
    refused = await press(accord, "dna.remove", SAM, entry_id=dana_entry.id)  # another's entry, named by its id
    assert "That entry is no longer on your list." in card_text(refused)
    with db.transaction() as session:
        assert [f.id for f, _, _ in held_by(session, network.members["dana"].id, "do-not-approach")] == [dana_entry.id]


@pytest.mark.parametrize("number", ["0", str(2**31), "1" * 40])
async def test_removing_a_number_no_entry_can_have_says_so(accord, network, number):
    assert await say_text(accord, f"dna remove {number}", SAM) == (
        f"Entry {number} is not on your do-not-approach list (see: dna list).")


async def test_a_client_that_does_not_match_is_said_plainly(accord, network):
    reply = await say_text(accord, "dna add Ann Lee <ann@delta.example> at Delta", SAM)
    assert reply.startswith("No single client matches") and "Delta Air Lines" in reply


@pytest.mark.parametrize("text", ["dna add John", "dna add <x@y.z>"])
async def test_a_malformed_entry_shows_the_shape(accord, network, text):
    assert "Write it as: dna add John Doe <john@clientcorp.com> at ClientCorp" in await say_text(accord, text, SAM)


async def test_only_partners_in_their_personal_chat(accord, network):
    assert (await say_text(accord, "dna list", BO)).startswith("Sorry, only partners")
    assert "works in a personal chat" in await say_text(accord, "dna list", SAM, kind="channel")


@pytest.mark.parametrize("line, parsed", [
    ("John Doe <John@ClientCorp.com> at ClientCorp", Entry("John Doe", "john@clientcorp.com", "ClientCorp")),
    ("Ann Lee   ann@x.example   from  X Pty", Entry("Ann Lee", "ann@x.example", "X Pty")),
    ("Kim Lee at clientcorp.com.au", Entry("Kim Lee", None, "clientcorp.com.au")),
    ("ann@x.example at X", Entry(None, "ann@x.example", "X")),
    ("John Doe", "write it as Name <email> at Client"),
    ("<x@y.z>", "write it as Name <email> at Client"),
    ("at ClientCorp", "write it as Name <email> at Client"),
    ("A\x00B at X", "remove the NUL character"),
    ("x" * 201 + " at X", "the name is longer than 200 characters"),
])
def test_parse_entry(line, parsed):
    assert parse_entry(line) == parsed


def test_form_lines_are_numbered_as_typed():
    assert numbered_lines("a at X\n\n  \ndna add b at Y\r\nc at Z") == [(1, "a at X"), (4, "b at Y"), (5, "c at Z")]


def actions_in(node) -> list[dict]:
    """Every button inside a part of a card."""
    if isinstance(node, dict):
        found = [node] if str(node.get("type", "")).startswith("Action.") else []
        return found + [a for value in node.values() for a in actions_in(value)]
    return [a for item in node for a in actions_in(item)] if isinstance(node, list) else []


def entries_input(card) -> dict:
    (field,) = [e for e in card["body"] if e["type"] == "Input.Text"]
    return field


@pytest.mark.parametrize("text", ["dna form", "dna add"])
async def test_the_form_takes_many_lines(accord, network, text):
    form = await say(accord, text, SAM)
    field = entries_input(form)
    assert field["isMultiline"] and field["label"] and field["id"] == "entries"
    assert [a["verb"] for a in form["actions"]] == ["dna.addMany"]


async def test_one_bad_line_adds_nothing_and_every_bad_line_is_named(accord, network, db):
    text = ("John Doe <john@clientcorp.com.au> at ClientCorp\nJust a name\n\nAnn Lee <ann@delta.example> at Delta\n"
            "Kim Lee at Zebra Unicorn Labs")
    card = await press(accord, "dna.addMany", SAM, entries=text)
    shown = card_text(card)
    assert "Nothing was added: 3 lines need fixing." in shown
    assert "Line 2" in shown and "write it as Name \\<email\\> at Client" in shown and "Just a name" in shown
    assert "Line 4" in shown and "Did you mean: Delta Air Lines; Delta Electronics?" in shown
    assert "Line 5" in shown and "No single client matches “Zebra Unicorn Labs”" in shown
    assert "Line 1" not in shown and "Line 3" not in shown
    assert entries_input(card)["value"] == text  # what was typed is kept
    with db.transaction() as session:
        assert held_by(session, network.members["sam"].id, "do-not-approach") == []


async def test_good_lines_are_all_added_and_confirmed(accord, network, db):
    text = ("John Doe <john@clientcorp.com.au> at ClientCorp\n\ndna add Ann Lee <ann@acme.example> at Acme Holdings\n"
            "Li Wei at CCorp")
    await say_text(accord, "dna add Li Wei at CCorp", SAM)  # already on the list: kept, not duplicated
    card = await press(accord, "dna.addMany", SAM, entries=text)
    shown = card_text(card)
    assert "Added 2 of 3" in shown and "Li Wei at ClientCorp Pty Ltd (already on your list)" in shown
    assert "Ann Lee \\<ann@\u2060acme.\u2060example\\> at Acme Holdings" in shown
    with db.transaction() as session:
        rows = held_by(session, network.members["sam"].id, "do-not-approach")
        assert sorted((c.name, c.email, client.name) for _, client, c in rows) == [
            ("Ann Lee", "ann@acme.example", "Acme Holdings"), ("John Doe", "john@clientcorp.com.au",
                                                               "ClientCorp Pty Ltd"),
            ("Li Wei", None, "ClientCorp Pty Ltd")]
        assert all(len(flag_history(session, f.id)) == 1 for f, _, _ in rows)


@pytest.mark.parametrize("entries, says", [("", "write at least one entry"),
                                           ("\n".join(["A B at ClientCorp"] * 101), "at most 100 entries")])
async def test_an_empty_or_huge_form_is_refused(accord, network, db, entries, says):
    assert says in card_text(await press(accord, "dna.addMany", SAM, entries=entries))
    with db.transaction() as session:
        assert held_by(session, network.members["sam"].id, "do-not-approach") == []


async def test_only_partners_submit_the_form(accord, network, db):
    answer = await press(accord, "dna.addMany", BO, entries="Ann Lee at Acme")
    assert "Only partners can keep a do-not-approach list" in answer
    with db.transaction() as session:
        assert held_by(session, network.members["bo"].id, "do-not-approach") == []


# ---- the worst a Teams message can carry: the form at its maxLength, a hundred entries --------------------------

async def test_a_hundred_refused_lines_are_each_named_once_briefly_and_the_card_fits(accord, network, db):
    from storage.db import save
    from storage.models import Client

    with db.transaction() as session:  # look-alikes with long names, so each refusal suggests five of them
        for i in range(6):
            save(session, Client(name=""), name=f"Zebra Unicorn Labs {i} " + "Holdings " * 30)
    # As much as the form takes (its maxLength): a hundred lines naming a client nobody imported.
    lines = [f"Ann Lee {n} <ann.{n}@zebra.example> at Zebra Unicorn Labs " + "**Research** [x](y) " * 7
             for n in range(100)]
    text = "\n".join(line[:199] for line in lines)
    card = await press(accord, "dna.addMany", SAM, entries=text)
    shown = card_text(card)
    problems = [f for e in card["body"] if e["type"] == "FactSet" for f in e["facts"]]
    assert "Nothing was added: 100 lines need fixing." in shown and "…and 80 more problems." in shown
    assert [f["title"] for f in problems] == [f"Line {n}" for n in range(1, 21)]
    # What was typed and each name suggested, cut short: the lines themselves are in the input below.
    assert all("Did you mean: Zebra Unicorn Labs" in f["value"] and f["value"].count("…") == 6 for f in problems)
    assert entries_input(card)["value"] == text and teams_size(Reply(card=card).payload()) < 80 * 1024
    with db.transaction() as session:
        assert held_by(session, network.members["sam"].id, "do-not-approach") == []


async def test_a_hundred_entries_are_confirmed_in_short_lines_and_all_added(accord, network, db):
    name = "Maximilian-Alexander " * 3
    text = "\n".join(f"{name}{n} <{'x' * 80}.{n}@clientcorp.com.au> at ClientCorp" for n in range(100))
    card = await press(accord, "dna.addMany", SAM, entries=text)
    shown = card_text(card)
    lines = [f["value"] for e in card["body"] if e["type"] == "FactSet" for f in e["facts"]]
    assert "Added 100." in shown and "…and 70 more." in shown and "See them all with: dna list" in shown
    assert [v.split(" \\<")[0] for v in lines] == [f"{name}{n}" for n in range(30)]
    assert all(v.endswith("xxx… at ClientCorp Pty Ltd") for v in lines)  # the email cut short
    assert teams_size(Reply(card=card).payload()) < 80 * 1024
    with db.transaction() as session:
        assert len(held_by(session, network.members["sam"].id, "do-not-approach")) == 100


# ---- numbers are the partner's own; every entry has its Remove button ---------------------------------------------

def listed_rows(card) -> list[str]:
    """The list card's entries as read: "1. John Doe <...> at Client"."""
    return [" ".join(card_text(row).split("\n")[:2]) for row in card["body"] if row["type"] == "ColumnSet"]


async def test_each_partner_numbers_their_own_list_from_one(accord, network, db):
    for entry in ("Ann Lee <ann@acme.example> at Acme Holdings", "Li Wei at CCorp", "Kim Lee at Delta Air Lines"):
        await say_text(accord, f"dna add {entry}", SAM)
    added = await say_text(accord, "dna add Ola Obi at Delta Electronics", SAM)
    assert "as number 4." in added  # Dana's entry, older than all of these, is not in Sam's numbers
    assert [r.split(" ")[0] for r in listed_rows(await say(accord, "dna list", SAM))] == ["1.", "2.", "3.", "4."]

    removed = await say(accord, "dna remove 2", SAM)
    assert "Removed 2: Li Wei at ClientCorp Pty Ltd. The entries after it moved up by one." in card_text(removed)
    assert listed_rows(removed) == ["1. Ann Lee \\<ann@\u2060acme.\u2060example\\> at Acme Holdings",
                                    "2. Kim Lee at Delta Air Lines", "3. Ola Obi at Delta Electronics"]
    assert [r.split(" ")[0] for r in listed_rows(await say(accord, "dna list", DANA))] == ["1."]


async def test_the_remove_button_ends_that_entry_and_shows_the_list_as_it_is_now(accord, network, db):
    await say_text(accord, "dna add Ann Lee <ann@acme.example> at Acme Holdings", SAM)
    await say_text(accord, "dna add Li Wei at CCorp", SAM)
    listed = await say(accord, "dna list", SAM)
    second = [a for a in actions_in(listed["body"][2]) if a["type"] == "Action.Execute"][0]
    after = await press(accord, second["verb"], SAM, **second["data"])
    assert listed_rows(after) == ["1. Ann Lee \\<ann@\u2060acme.\u2060example\\> at Acme Holdings"]
    again = await press(accord, second["verb"], SAM, **second["data"])  # the same button, pressed twice
    assert "That entry is no longer on your list." in card_text(again) and len(listed_rows(again)) == 1
    with db.transaction() as session:
        assert [c.name for _, _, c in held_by(session, network.members["sam"].id, "do-not-approach")] == ["Ann Lee"]
    assert "Only partners" in await press(accord, second["verb"], BO, **second["data"])
