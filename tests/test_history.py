"""`accord history`: every change to a client's records, or a member's, with who, when, through what."""

from __future__ import annotations

import json

from cards import verbs
from storage.models import Approach
from tests.support.builders import BO
from tests.support.turns import press, say
from tests.test_cli import accord as accord_cli


async def test_a_clients_history_lists_flag_and_record_changes_with_who_and_how(accord, network, db, database_url,
                                                                               tmp_path):
    with db.transaction() as session:
        row = Approach(client_id=network.clients["acme"].id, member_id=network.members["bo"].id, state="active",
                       on_behalf_of=network.members["dana"].id)
        session.add(row)
    await press(accord, verbs.APPROACH_STATE, BO, approach_id=row.id, state="won")
    await say(accord, "who owns Acme Holdings", BO)  # a question changes nothing and is not history

    listed = accord_cli("history", "Acme Holdings", "--json", database_url=database_url, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    events = [json.loads(line) for line in listed.stdout.splitlines()]
    won = [e for e in events if e["subject"] == "approach" and e["id"] == row.id]
    assert [(e["by"], e["before"]["state"], e["after"]["state"]) for e in won] == [("Bo Business", "active", "won")]
    project = [e for e in events if e["subject"] == "flag" and (e["after"] or {}).get("basis") == "active project"]
    assert [(e["action"], e["by"], e["via"]) for e in project] == [("created", "Bo Business", f"approach:{row.id}")]
    assert [e["at"] for e in events] == sorted(e["at"] for e in events)

    text = accord_cli("history", "acme.example", database_url=database_url, cwd=tmp_path)
    assert f"approach {row.id}  state  by Bo Business" in text.stdout and "state: 'active' -> 'won'" in text.stdout

    mine = accord_cli("history", "--member", "BO@network.example", "--json", database_url=database_url, cwd=tmp_path)
    assert {(json.loads(line)["subject"], json.loads(line)["action"]) for line in mine.stdout.splitlines()} >= {
        ("approach", "state"), ("flag", "created")}


def test_an_ambiguous_or_unknown_client_or_member_is_refused_with_the_reason(network, database_url, tmp_path):
    ambiguous = accord_cli("history", "Delta", database_url=database_url, cwd=tmp_path)
    assert ambiguous.returncode == 1 and "did you mean: " in ambiguous.stderr and "Delta Air Lines" in ambiguous.stderr
    nobody = accord_cli("history", "--member", "ghost@network.example", database_url=database_url, cwd=tmp_path)
    assert nobody.returncode == 1 and "no member" in nobody.stderr
    both = accord_cli("history", "Acme", "--member", "bo@network.example", database_url=database_url, cwd=tmp_path)
    assert both.returncode == 2
