"""A do-not-approach entry is its owner's own row: adding a contact someone else protects tells nothing of theirs."""

from __future__ import annotations

import csv
import io

import pytest

from bot.imports import SPECS, Context, load_snapshot, make_plan, parse_file, show
from storage.registry import held_by
from storage.types import utcnow
from tests.support.builders import DANA, SAM
from tests.support.turns import card_text, press, readable, say_text

# The seed: Dana protects John Doe <john@clientcorp.com.au> at ClientCorp.
DANAS_NAME, DANAS_EMAIL = "John Doe", "john@clientcorp.com.au"


@pytest.mark.parametrize("typed, written, secret", [
    ("John Doe at ClientCorp", ("John Doe", None), DANAS_EMAIL),  # by name: Dana's address must not come back
    ("Jo <john@clientcorp.com.au> at ClientCorp", ("Jo", DANAS_EMAIL), DANAS_NAME),  # by email: nor her name for it
])
async def test_adding_a_contact_another_partner_protects_says_only_who_else_does(accord, network, db, typed, written,
                                                                                  secret):
    reply = readable(await say_text(accord, f"dna add {typed}", SAM))
    assert "is on your do-not-approach list" in reply and "also protected by Dana Partner" in reply
    assert secret not in reply
    with db.transaction() as session:
        ((_, _, mine),) = held_by(session, network.members["sam"].id, "do-not-approach")
        ((_, _, danas),) = held_by(session, network.members["dana"].id, "do-not-approach")
    assert (mine.name, mine.email) == written  # as Sam typed it, in a row of his own
    assert mine.id != danas.id and (danas.name, danas.email) == (DANAS_NAME, DANAS_EMAIL)
    for asked in ("who owns ClientCorp", "dna list"):
        assert secret not in readable(await say_text(accord, asked, SAM))


async def test_a_contact_protected_by_name_gains_nothing_from_another_partners_entry(accord, network, db):
    await say_text(accord, "dna add Kim Lee at ClientCorp", DANA)
    reply = readable(await say_text(accord, "dna add Kim Lee <kim@clientcorp.com.au> at ClientCorp", SAM))
    assert "also protected by Dana Partner" in reply
    with db.transaction() as session:
        danas = {c.name: c.email for _, _, c in held_by(session, network.members["dana"].id, "do-not-approach")}
    assert danas["Kim Lee"] is None  # Sam's address is his, not written into Dana's entry
    assert "kim@clientcorp.com.au" not in readable(await say_text(accord, "who owns ClientCorp", DANA))


async def test_the_form_says_only_who_else_protects_a_contact(accord, network, db):
    card = await press(accord, "dna.addMany", SAM, entries="John Doe at ClientCorp\nJo <john@clientcorp.com.au> at "
                                                           "ClientCorp\nAnn Lee at Acme")
    shown = readable(card_text(card))
    assert shown.count("also protected by Dana Partner") == 2 and "Ann Lee at Acme Holdings" in shown
    assert DANAS_EMAIL not in shown.replace("Jo <john@clientcorp.com.au>", "")
    assert DANAS_NAME not in shown.replace("John Doe at ClientCorp", "")
    with db.transaction() as session:
        written = sorted((c.name, c.email or "") for _, _, c in held_by(session, network.members["sam"].id,
                                                                           "do-not-approach"))
    assert written == [("Ann Lee", ""), ("Jo", DANAS_EMAIL), ("John Doe", "")]


async def test_an_entry_added_again_is_the_same_entry(accord, network, db):
    first = readable(await say_text(accord, "dna add John Doe at ClientCorp", SAM))
    again = readable(await say_text(accord, "dna add john doe at ClientCorp", SAM))
    assert "is on your" in first and "was already on your do-not-approach list" in again
    with db.transaction() as session:
        assert len(held_by(session, network.members["sam"].id, "do-not-approach")) == 1


async def test_entries_of_their_own_export_and_import_back_unchanged(accord, network, db):
    await say_text(accord, "dna add John Doe at ClientCorp", SAM)  # Dana's John Doe has an email; Sam's has none
    spec, zone = SPECS["flags"], accord.settings.zone
    with db.transaction() as session:
        rows, _ = spec.export(session, zone)
    lines = io.StringIO()
    csv.writer(lines).writerows([list(spec.columns), *[[show(v, zone) for v in row] for row in rows]])
    with db.transaction() as session:
        plan = make_plan(spec, parse_file(spec, lines.getvalue().encode(), zone), load_snapshot(session),
                         Context(utcnow(), zone))
    assert [s.action for s in plan.steps] == ["unchanged"] * len(rows) and plan.new_contacts == 0
