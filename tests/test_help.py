"""The help card: tasks for the asker's role and place, examples that work, and buttons that run them."""

from __future__ import annotations

import pytest

from bot.commands import COMMANDS, VERBS
from bot.rules.matching import ClientEntry, Matcher
from bot.rules.understanding import RUN, Permission, decide, read
from cards import verbs
from cards.help import TASKS
from tests.support.builders import ADA, BO, DANA, SAM, activity, mention_bot
from tests.support.turns import card_of, card_text, press, run, say

ROWS = "ColumnSet"


def rows(card: dict) -> list[tuple[str, str, str]]:
    """Each task row as (title, example, button title)."""
    found = []
    for row in (b for b in card["body"] if b["type"] == ROWS):
        words, button = row["columns"]
        title, example = (w["text"] for w in words["items"])
        (action,) = button["items"][0]["actions"]
        found.append((title.strip("*"), example.strip("“”"), action["title"]))
    return found


def button(card: dict, title: str) -> dict:
    """The data of a task row's button."""
    for row in (b for b in card["body"] if b["type"] == ROWS):
        words, column = row["columns"]
        if words["items"][0]["text"].strip("*") == title:
            return column["items"][0]["actions"][0]["data"]
    raise KeyError(title)


async def submitted(accord, sender: dict, data: dict, kind: str = "personal") -> list:
    """An Action.Submit pressed on a card: Teams sends a message whose value is the button's data."""
    sent, _ = await run(accord, activity(kind, value=data, sender=sender))
    return sent


async def test_a_partner_sees_their_tasks_with_an_example_and_a_button_each(accord, network):
    card = await say(accord, "help", SAM)
    assert rows(card) == [
        ("Find who holds a client", "who owns Acme", "Try"),
        ("Approaches", "dna add Jane Roe \\<jane@\u2060acme.\u2060com\\> at Acme", "Try"),
        ("Enquiries", "enquiries", "Run"),
        ("Quotes and fees", "quote Acme 45000", "Try"),
        ("Referrals", "refer Jane Roe at Acme to @\u2060Sam", "Try"),
        ("Disputes", "dispute", "Run"),
    ]
    assert "You are signed in as Sam Partner (partner)." in card_text(card)
    everything = card["actions"][0]
    assert everything["type"] == "Action.ShowCard" and "dna remove N" in card_text(everything["card"])


async def test_what_a_role_cannot_do_is_left_out(accord, network):
    admin = await say(accord, "help", ADA)
    assert [r[0] for r in rows(admin)] == list(TASKS.values())
    assert "dna add" not in card_text(admin)  # a partner's list, not an admin's
    partner = card_text(await say(accord, "help", DANA))
    assert "Admin" not in partner and "digest now" not in partner and "log enquiry" not in partner


async def test_someone_without_a_role_is_told_how_to_get_one(accord, network):
    card = await say(accord, "help", {"id": "29:newcomer", "name": "Nora New", "aadObjectId": None})
    assert "no role in the network yet" in card_text(card)
    assert [r[0] for r in rows(card)] == ["Find who holds a client", "Approaches", "Enquiries", "Quotes and fees",
                                          "Referrals"]


async def test_in_a_channel_it_is_short_and_does_not_say_whose_role_it_shows(accord, network):
    sent, _ = await run(accord, activity("channel", text=mention_bot("help"), sender=ADA))
    card = card_of(sent[0])
    text = card_text(card)
    assert "signed in" not in text and "(admin)" not in text and "Ada Admin" not in text
    assert ("Admin", "set partner channel", "Try") in rows(card)
    assert ("Disputes", "disputes", "Run") in rows(card)  # raising one is a personal chat's form
    assert "@mention Accord" in text


async def test_run_answers_as_if_the_presser_had_typed_the_command(accord, network):
    card = await say(accord, "help", SAM)
    (answer,) = await submitted(accord, SAM, button(card, "Enquiries"))
    assert card_of(answer)["body"][0]["text"] == "Enquiries, last 14 days"


async def test_try_opens_a_form_holding_the_example_and_sending_it_runs_the_command(accord, network):
    card = await say(accord, "help", SAM)
    data = button(card, "Find who holds a client")
    assert data == {"verb": verbs.HELP_TRY, "text": "who owns Acme"}
    (form,) = await submitted(accord, SAM, data)
    (box,) = card_of(form)["body"]
    assert (box["type"], box["id"], box["value"]) == ("Input.Text", "text", "who owns Acme")
    answer = await press(accord, verbs.HELP_RUN, SAM, text="who owns ClientCorp")  # the box, edited
    assert answer["body"][0]["text"] == "ClientCorp Pty Ltd"


async def test_a_button_runs_nothing_the_presser_could_not_type(accord, network):
    # Card data is the sender's: a forged button naming an admin's command is refused as the typed command is.
    answer = await press(accord, verbs.HELP_RUN, SAM, text="digest now")
    assert answer.startswith("Sorry, only admins can use 'digest now'")
    (empty,) = await submitted(accord, BO, {"verb": verbs.HELP_RUN, "text": "   "})
    assert "what you can do" in card_text(card_of(empty))


@pytest.mark.parametrize("command", [c for c in COMMANDS if c.example], ids=lambda c: c.usage)
def test_every_example_runs_the_command_it_illustrates(command):
    clients = Matcher([ClientEntry(1, "Acme Pty Ltd", "acme", (), ("acme.com",))])
    everyone = {c.intent: Permission(True, c.effect) for c in COMMANDS}
    decision = decide(read(command.example), clients.match, everyone)
    assert (decision.kind, decision.intent) == (RUN, command.intent)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.usage)
def test_every_command_belongs_to_a_task_and_has_a_short_example(command):
    # A task's row shows one command's example: two short lines at most on a phone's 340 pixels.
    assert command.group in TASKS or command.usage == "help"
    assert 0 < len(command.example) <= 45


def test_every_card_verb_has_a_handler_and_every_handler_a_verb():
    assert set(VERBS) == verbs.ALL
