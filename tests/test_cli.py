"""The `accord` console script, run as operators run it."""

from __future__ import annotations

import json
from pathlib import Path

from storage.members import member_by_email
from storage.models import Member
from tests.support import botprocess


def accord(*args: str, database_url: str, cwd: Path, input: str | None = None):
    return botprocess.accord(*args, env={"DATABASE_URL": database_url}, cwd=cwd, input=input)


def test_help_lists_the_subcommands(database_url, tmp_path):
    result = accord("--help", database_url=database_url, cwd=tmp_path)
    assert result.returncode == 0
    assert "db" in result.stdout and "members" in result.stdout


def test_db_upgrade_is_repeatable(database_url, tmp_path):
    for _ in range(2):
        result = accord("db", "upgrade", database_url=database_url, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert "up to date" in result.stdout


def test_db_upgrade_creates_a_fresh_sqlite_file(tmp_path):
    url = f"sqlite:///{tmp_path}/nested/fresh.db"
    result = accord("db", "upgrade", database_url=url, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "nested" / "fresh.db").exists()
    assert result.stdout == f"database created: {url}\n"
    again = accord("db", "upgrade", database_url=url, cwd=tmp_path)
    assert again.stdout == f"database is up to date: {url}\n"


def test_set_role_gives_and_takes_a_role(database_url, db, tmp_path):
    given = accord("members", "set-role", "Dana@Partner.example", "director", "--create", database_url=database_url,
                   cwd=tmp_path)
    assert given.returncode == 0, given.stderr
    assert given.stdout.strip() == ("dana@partner.example: role director (a new member, not seen in Teams yet: linked "
                                    "when they first talk to Accord)")
    with db.transaction() as session:
        assert member_by_email(session, "dana@partner.example").role == "director"
    taken = accord("members", "set-role", "dana@partner.example", "none", database_url=database_url, cwd=tmp_path)
    assert taken.returncode == 0
    with db.transaction() as session:
        assert member_by_email(session, "dana@partner.example").role is None
    listed = accord("members", "list", database_url=database_url, cwd=tmp_path)
    assert "dana@partner.example" in listed.stdout


def test_set_role_asks_for_create_before_making_a_member_of_an_unknown_address(database_url, db, tmp_path):
    typo = accord("members", "set-role", "dnaa@partner.example", "admin", database_url=database_url, cwd=tmp_path)
    assert typo.returncode == 1 and typo.stdout == ""
    assert typo.stderr.strip() == ("accord: no member has the email dnaa@partner.example: check it with 'accord "
                                   "members list', or add --create to make a new member (linked to Teams when they "
                                   "first talk to Accord)")
    with db.transaction() as session:
        assert member_by_email(session, "dnaa@partner.example") is None
        session.add(Member(email="dana@partner.example", name="Dana"))
    known = accord("members", "set-role", "DANA@partner.example", "admin", database_url=database_url, cwd=tmp_path)
    assert known.returncode == 0 and known.stdout == "dana@partner.example: role admin\n"


def test_members_remove_takes_away_a_mistyped_member_but_never_one_with_history(database_url, db, tmp_path):
    from tests.support.registry_seed import seed

    network = seed(db)
    made = accord("members", "set-role", "dnaa@network.example", "admin", "--create", database_url=database_url,
                  cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    removed = accord("members", "remove", "DNAA@network.example", database_url=database_url, cwd=tmp_path)
    assert (removed.returncode, removed.stdout) == (0, "dnaa@network.example: removed\n")
    refused = accord("members", "remove", "dana@network.example", database_url=database_url, cwd=tmp_path)
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.startswith("accord: dana@network.example is named in the network's records (2 flag), so "
                                     "nothing was removed.")
    assert "'accord members set-role dana@network.example none'" in refused.stderr
    unknown = accord("members", "remove", "dnaa@network.example", database_url=database_url, cwd=tmp_path)
    assert unknown.returncode == 1 and "no member has the email" in unknown.stderr
    with db.transaction() as session:
        assert member_by_email(session, "dnaa@network.example") is None
        assert member_by_email(session, "dana@network.example").id == network.members["dana"].id


def test_set_role_refuses_what_is_not_an_email_address(database_url, db, tmp_path):
    result = accord("members", "set-role", "dana", "admin", database_url=database_url, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == "accord: not an email address: 'dana'"
    with db.transaction() as session:
        assert member_by_email(session, "dana") is None


def test_an_unknown_role_is_refused(database_url, db, tmp_path):
    result = accord("members", "set-role", "x@y.example", "king", database_url=database_url, cwd=tmp_path)
    assert result.returncode == 2
    assert "invalid choice: 'king'" in result.stderr
    with db.transaction() as session:
        assert member_by_email(session, "x@y.example") is None


def test_a_bad_setting_stops_with_one_line_naming_it(database_url, tmp_path):
    result = accord("db", "upgrade", database_url="nonsense", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == "accord: DATABASE_URL: cannot parse 'nonsense' as a database URL"


def test_outbox_lists_failed_messages_and_retry_queues_them_again(database_url, db, tmp_path):
    from datetime import timedelta

    from storage import outbox
    from storage.types import utcnow

    assert "outbox is empty" in accord("outbox", database_url=database_url, cwd=tmp_path).stdout
    with db.transaction() as session:
        outbox.enqueue(session, "k1", {"type": "message", "text": "x"}, conversation_id="19:c@thread.tacv2",
                       deadline=timedelta(hours=1))
        (row,) = outbox.unfinished(session)
        outbox.failed(session, row.id, "HTTP 403: the bot was removed from the team", utcnow())
    listed = accord("outbox", database_url=database_url, cwd=tmp_path).stdout
    assert f"{row.id}" in listed and "failed" in listed and "the bot was removed from the team" in listed

    retried = accord("outbox", "retry", str(row.id), database_url=database_url, cwd=tmp_path)
    assert retried.returncode == 0 and "queued again" in retried.stdout
    with db.transaction() as session:
        again = outbox.message(session, row.id)
        assert (again.state, again.attempts, again.last_error) == ("pending", 0, None)
    not_failed = accord("outbox", "retry", str(row.id), database_url=database_url, cwd=tmp_path)
    assert not_failed.returncode == 1


def test_send_queues_an_announcement_for_the_partner_channel_or_a_member(database_url, db, tmp_path):
    from storage import outbox
    from storage.conversations import record_conversation
    from storage.network import PARTNER_CHANNEL, put_setting

    refused = accord("send", "--channel", "partner", "hello", database_url=database_url, cwd=tmp_path)
    assert refused.returncode == 1 and "no partner channel yet" in refused.stderr
    unknown = accord("send", "--to", "who@nowhere.example", "hello", database_url=database_url, cwd=tmp_path)
    assert unknown.returncode == 1 and "no member with email" in unknown.stderr

    with db.transaction() as session:
        record_conversation(session, "19:partners@thread.tacv2", kind="channel", service_url="https://x/", name="P")
        put_setting(session, PARTNER_CHANNEL, "19:partners@thread.tacv2", by=None)
        session.add(Member(email="dana@partner.example", name="Dana"))
    assert accord("send", "--channel", "partner", "Digest moves to Tuesday",
                  database_url=database_url, cwd=tmp_path).returncode == 0
    assert accord("send", "--to", "DANA@partner.example", "Your import finished",
                  database_url=database_url, cwd=tmp_path).returncode == 0
    with db.transaction() as session:
        channel_post, direct = outbox.unfinished(session)
        dana = member_by_email(session, "dana@partner.example")
    assert channel_post.conversation_id == "19:partners@thread.tacv2"
    assert json.loads(channel_post.payload)["text"] == "Digest moves to Tuesday"
    assert direct.member_id == dana.id and json.loads(direct.payload)["text"] == "Your import finished"


def test_match_reads_queries_and_answers_one_json_object_per_line(database_url, db, tmp_path):
    from tests.support.registry_seed import seed

    seed(db)
    queries = tmp_path / "queries.txt"
    queries.write_text("ClientCorp\nDelta\nwww.deltaww.com\njane@gmail.com\n\nJohn Doe from ClientCorp\n")
    result = accord("match", str(queries), "--json", database_url=database_url, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["query"] for line in lines] == ["ClientCorp", "Delta", "www.deltaww.com", "jane@gmail.com",
                                                 "John Doe from ClientCorp"]
    assert lines[0]["match"]["external_id"] == "C-001" and lines[0]["match"]["why"]
    assert lines[1]["match"] is None and {c["external_id"] for c in lines[1]["candidates"]} >= {"C-002", "C-003"}
    assert lines[2]["match"]["external_id"] == "C-003"
    assert lines[3]["match"] is None
    assert lines[4]["match"]["external_id"] == "C-001"
    plain = accord("match", "-", database_url=database_url, cwd=tmp_path, input="Delta\n")
    assert "no match" in plain.stdout and "Delta Air Lines" in plain.stdout
    missing = accord("match", str(tmp_path / "nowhere.txt"), database_url=database_url, cwd=tmp_path)
    assert missing.returncode == 2 and missing.stdout == ""
    assert missing.stderr.strip() == f"accord: cannot read {tmp_path / 'nowhere.txt'}: No such file or directory"


def test_who_owns_answers_as_the_member_named(database_url, db, tmp_path):
    from tests.support.registry_seed import seed

    seed(db)
    as_bd = json.loads(accord("who-owns", "ClientCorp", "--as", "bo@network.example", "--json",
                              database_url=database_url, cwd=tmp_path).stdout)
    as_partner = json.loads(accord("who-owns", "ClientCorp", "--as", "sam@network.example", "--json",
                                   database_url=database_url, cwd=tmp_path).stdout)
    assert [h["name"] for h in as_bd["holders"]] == ["Sam Partner", "Dana Partner"]
    assert {c["name"] for c in as_bd["contacts"]} == {"John Doe", "Mia Chen"}
    assert {c["name"] for c in as_partner["contacts"]} == {None, "Mia Chen"}
    text = accord("who-owns", "Delta", "--as", "sam@network.example", database_url=database_url, cwd=tmp_path)
    assert text.returncode == 0 and text.stdout.startswith("No single client matches 'Delta'. Did you mean: ")
    offered = set(text.stdout.strip().rstrip("?").split(": ", 1)[1].split("; "))
    assert {"Delta Air Lines", "Delta Electronics"} <= offered
    nobody = accord("who-owns", "Delta", "--as", "ghost@network.example", database_url=database_url, cwd=tmp_path)
    assert nobody.returncode == 1
