"""`accord import` / `accord export`: files checked whole, written in one transaction; re-imports change nothing."""

from __future__ import annotations

import csv
import io
import os
import shutil
import sqlite3
import subprocess
import sys
from argparse import Namespace
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.clients import ClientIndex
from bot.imports import (
    SPECS,
    Claims,
    Context,
    NameIndex,
    Plan,
    Progress,
    RowError,
    Snapshot,
    apply_plan,
    basis,
    domain,
    load_snapshot,
    make_plan,
    parse_file,
    read_row,
    run_import,
    when,
)
from storage import registry
from storage.batches import chunks
from storage.db import save
from storage.members import member_by_email
from storage.models import Client, Contact, Flag, FlagChange, Member

ACCORD = str(Path(sys.executable).with_name("accord"))
DATA = Path(__file__).parent / "data" / "imports"
SYDNEY = ZoneInfo("Australia/Sydney")
NOW = datetime(2025, 7, 1, 2, 0, tzinfo=UTC)
UTC = UTC


def accord(*args: str, database_url: str, cwd: Path, input: str | bytes | None = None) -> subprocess.CompletedProcess:
    """Run the console script as an operator would, on the test database, in Sydney time."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("Microsoft")}
    environment.update(DATABASE_URL=database_url, TIMEZONE="Australia/Sydney")
    return subprocess.run([ACCORD, *args], capture_output=True, env=environment, cwd=cwd, timeout=60,
                          input=input.encode() if isinstance(input, str) else input, text=False)


def out(result: subprocess.CompletedProcess) -> str:
    return result.stdout.decode()


def err(result: subprocess.CompletedProcess) -> str:
    return result.stderr.decode()


def ok(*args: str, **kwargs) -> str:
    """Run a command that must succeed; its stdout."""
    result = accord(*args, **kwargs)
    assert result.returncode == 0, err(result)
    assert "Traceback" not in err(result)
    return out(result)


@pytest.fixture
def files(tmp_path: Path) -> Path:
    """A working folder holding copies of the sample files."""
    for path in DATA.glob("*.csv"):
        shutil.copy(path, tmp_path / path.name)
    return tmp_path


@pytest.fixture
def run(database_url: str, files: Path, db):
    """`run("import", "clients", "clients.csv")` in the working folder; the db fixture empties the tables after."""
    return lambda *args, **kw: accord(*args, database_url=database_url, cwd=files, **kw)


@pytest.fixture
def loaded(run) -> None:
    """Clients and members imported, ready for flags."""
    for kind in ("clients", "members"):
        assert run("import", kind, f"{kind}.csv").returncode == 0


def rows(db, model) -> list:
    with db.transaction() as session:
        return list(session.exec(select(model).order_by(model.id)))


# --- end to end, through the console script ----------------------------------------------------------------


def test_clients_import_normalises_and_a_reimport_changes_nothing(run, db):
    first = run("import", "clients", "clients.csv")
    assert first.returncode == 0, err(first)
    assert out(first).strip() == "clients.csv: 3 created, 0 updated, 0 unchanged"
    acme, northwind, contoso = rows(db, Client)
    assert (acme.external_id, acme.name, acme.country) == ("C-1", "Acme Pty Ltd", "Australia")
    assert acme.domains == ["acme.com.au", "acme.com"] and acme.aliases == ["ACME", "Acme Group"]
    assert (contoso.external_id, contoso.domains, contoso.aliases) == (None, ["contoso.gov.au"], [])
    assert contoso.country is None

    again = run("import", "clients", "clients.csv")
    assert out(again).strip() == "clients.csv: 0 created, 0 updated, 3 unchanged"
    assert [c.updated_at for c in rows(db, Client)] == [acme.updated_at, northwind.updated_at, contoso.updated_at]


def test_clients_are_updated_by_external_id_or_by_exact_name(run, db, files):
    run("import", "clients", "clients.csv")
    (files / "changed.csv").write_text(
        "external_id,name,domains\nC-1,Acme Limited,acme.com\n,contoso agency,contoso.gov.au;contoso.com\n")
    result = run("import", "clients", "changed.csv")
    assert out(result).strip() == "changed.csv: 0 created, 2 updated, 0 unchanged"
    acme, northwind, contoso = rows(db, Client)
    assert (acme.name, acme.domains, acme.aliases) == ("Acme Limited", ["acme.com"], ["ACME", "Acme Group"])
    assert (contoso.name, contoso.external_id) == ("contoso agency", None)
    assert contoso.domains == ["contoso.gov.au", "contoso.com"]


def test_members_are_upserted_by_email_in_any_case(run, db, files):
    assert out(run("import", "members", "members.csv")).strip() == "members.csv: 3 created, 0 updated, 0 unchanged"
    with db.transaction() as session:
        dana = member_by_email(session, "dana@partner.example")
        assert (dana.name, dana.role, dana.firm) == ("Dana Lee", "partner", "Lee Consulting")
        assert dana.aad_object_id == "6f1d0c62-9a3b-4e8b-8c1a-2b3c4d5e6f70"
    (files / "roles.csv").write_text("email,name,role,firm\nDANA@partner.example,,director,\nnew@partner.example,,,\n")
    assert out(run("import", "members", "roles.csv")).strip() == "roles.csv: 1 created, 1 updated, 0 unchanged"
    with db.transaction() as session:
        dana, new = member_by_email(session, "dana@partner.example"), member_by_email(session, "new@partner.example")
        assert (dana.name, dana.role, dana.firm) == ("Dana Lee", "director", None)  # empty name: kept
        assert (new.name, new.role) == ("new", None)


def test_a_member_teams_already_knows_is_linked_by_object_id(run, db, files):
    with db.transaction() as session:
        session.add(Member(teams_id="29:dana", name="Dana L", aad_object_id="6f1d0c62-9a3b-4e8b-8c1a-2b3c4d5e6f70"))
    result = run("import", "members", "members.csv")
    assert out(result).strip() == "members.csv: 2 created, 1 updated, 0 unchanged"
    with db.transaction() as session:
        dana = member_by_email(session, "dana@partner.example")
        assert (dana.teams_id, dana.name, dana.role) == ("29:dana", "Dana Lee", "partner")


def test_flags_import_keeps_every_change_with_before_and_after(run, db, files, loaded):
    first = run("import", "flags", "flags.csv")
    assert out(first).strip() == "flags.csv: 3 created, 0 updated, 0 unchanged; contacts: 1 created"
    dna, past, quote = rows(db, Flag)
    (john,) = rows(db, Contact)
    assert (john.name, john.email) == ("John Doe", "john.doe@acme.com")
    assert (dna.contact_id, dna.basis) == (john.id, "do-not-approach")
    assert dna.since == datetime(2024, 12, 31, 13, 0, tzinfo=UTC) and dna.until is None  # Sydney midnight, in UTC
    assert (past.basis, past.since, past.until) == ("past project", datetime(2024, 2, 29, 22, 30, tzinfo=UTC),
                                                    datetime(2025, 2, 28, 13, 0, tzinfo=UTC))
    assert quote.since == datetime(2025, 6, 1, tzinfo=UTC)  # an explicit offset wins over the network's zone
    changes = rows(db, FlagChange)
    assert [(c.flag_id, c.changed_by, c.source, c.before) for c in changes] == [
        (dna.id, None, "import:flags.csv", None), (past.id, None, "import:flags.csv", None),
        (quote.id, None, "import:flags.csv", None)]

    again = run("import", "flags", "flags.csv")
    assert out(again).strip() == "flags.csv: 0 created, 0 updated, 3 unchanged"
    assert len(rows(db, FlagChange)) == 3 and len(rows(db, Contact)) == 1

    text = (files / "flags.csv").read_text().replace("2024-03-01T09:30,2025-03-01", "2024-03-01T09:30,2025-09-30")
    (files / "extended.csv").write_text(text)
    extended = run("import", "flags", "extended.csv")
    assert out(extended).strip() == "extended.csv: 0 created, 1 updated, 2 unchanged"
    *_, change = rows(db, FlagChange)
    assert (change.flag_id, change.changed_by, change.source) == (past.id, None, "import:extended.csv")
    assert change.before["until"] == "2025-02-28T13:00:00+00:00"
    assert change.after["until"] == "2025-09-29T14:00:00+00:00"
    assert change.before["since"] == change.after["since"]
    assert len(rows(db, FlagChange)) == 4


def test_an_empty_since_is_now_for_a_new_flag_and_kept_on_reimport(run, db, files, loaded):
    (files / "open.csv").write_text("client,holder_email,basis\nC-2,sam@bd.example,introduction\n")
    run("import", "flags", "open.csv")
    (flag,) = rows(db, Flag)
    assert abs(flag.since - datetime.now(UTC)) < timedelta(minutes=5)
    assert out(run("import", "flags", "open.csv")).strip() == "open.csv: 0 created, 0 updated, 1 unchanged"


def test_a_dry_run_reports_what_would_change_and_writes_nothing(run, db, files, loaded):
    result = run("import", "flags", "flags.csv", "--dry-run")
    assert result.returncode == 0, err(result)
    printed = out(result).splitlines()
    assert printed[0] == ("flags.csv:2: would create do-not-approach flag of dana@partner.example on 'Acme Pty Ltd', "
                          "contact John Doe")
    assert printed[-1] == ("flags.csv: dry run, nothing written: 3 would be created, 0 would be updated, "
                           "0 would be unchanged; contacts: 1 would be created")
    assert rows(db, Flag) == [] and rows(db, Contact) == [] and rows(db, FlagChange) == []

    (files / "rename.csv").write_text("external_id,name\nC-1,Acme Limited\n")
    renamed = run("import", "clients", "rename.csv", "--dry-run")
    assert out(renamed).splitlines()[0] == ("rename.csv:2: would update client 'Acme Limited' (C-1): "
                                            "name Acme Pty Ltd -> Acme Limited")
    assert rows(db, Client)[0].name == "Acme Pty Ltd"


def test_a_file_with_several_bad_lines_lists_every_one_and_writes_nothing(run, db, loaded):
    result = run("import", "flags", "flags_bad.csv")
    assert result.returncode == 1
    assert err(result).splitlines() == [
        "flags_bad.csv:3: holder_email: no member with email x@y.com",
        "flags_bad.csv:4: basis: unknown basis 'friendship': use one of active quote, active project, past project, "
        "declared relationship, introduction, do-not-approach",
        "flags_bad.csv:5: until: 2025-04-01T00:00:00+11:00 is not after since 2025-05-01T00:00:00+10:00",
        "flags_bad.csv:6: holder_email: not an email address: 'not-an-email'",
        "flags_bad.csv:6: since: not an ISO date or date-time: 'last tuesday' (write 2025-03-01 or 2025-03-01T09:30)",
        "flags_bad.csv:7: the same flag (client, holder, basis and contact): also on line 2",
        "accord: flags_bad.csv rejected: 6 errors on 5 lines; nothing was written",
    ]
    assert out(result) == ""
    assert rows(db, Flag) == [] and rows(db, Contact) == [] and rows(db, FlagChange) == []  # line 2 was fine


def test_a_bad_clients_file_writes_none_of_its_good_lines(run, db, files):
    (files / "bad.csv").write_text("external_id,name,domains\nC-1,Acme,acme.com\nC-2,,b.com\nC-3,Beta,not a domain\n")
    result = run("import", "clients", "bad.csv")
    assert result.returncode == 1
    assert err(result).splitlines()[:2] == ["bad.csv:3: name: empty: a value is required",
                                            "bad.csv:4: domains: not a domain: 'not a domain'"]
    assert rows(db, Client) == []


def test_a_registration_number_imported_with_a_client_names_it_and_exports_as_stored(run, db, files):
    (files / "reg.csv").write_text("external_id,name,registration\nC-1,Acme Pty Ltd,ABN 48 123 123 124\n")
    assert run("import", "clients", "reg.csv").returncode == 0
    with db.transaction() as session:
        found = ClientIndex().match(session, "ACN 123 123 124")  # the ACN inside the ABN
    assert (found.kind, found.match.external_id) == ("registration", "C-1")
    exported = run("export", "clients", "-")
    assert out(exported).splitlines()[1] == "C-1,Acme Pty Ltd,,,,48123123124"


def test_export_then_import_changes_nothing(run, db, files, loaded):
    run("import", "flags", "flags.csv")
    before = len(rows(db, FlagChange))
    for kind in ("clients", "members", "flags"):
        assert run("export", kind, f"out-{kind}.csv").returncode == 0
        result = run("import", kind, f"out-{kind}.csv")
        assert result.returncode == 0, err(result)
        assert " 0 created, 0 updated, 3 unchanged" in out(result)
    assert len(rows(db, FlagChange)) == before
    exported = list(csv.reader(io.StringIO((files / "out-flags.csv").read_text())))
    assert exported[0] == ["client", "holder_email", "basis", "contact_name", "contact_email", "since", "until"]
    assert exported[1] == ["C-1", "dana@partner.example", "do-not-approach", "John Doe", "john.doe@acme.com",
                           "2025-01-01T00:00:00+11:00", ""]
    assert exported[3][0] == "Contoso Agency"  # no external id: named


def test_dash_reads_stdin_and_writes_stdout(run, db, files):
    imported = run("import", "clients", "-", input="name,domains\nStdin Co,stdin.example\n")
    assert out(imported).strip() == "<stdin>: 1 created, 0 updated, 0 unchanged"
    exported = run("export", "clients", "-")
    assert out(exported) == "external_id,name,domains,aliases,country,registration\n,Stdin Co,stdin.example,,,\n"
    assert err(exported).strip() == "<stdin>: 1 clients written"
    again = run("import", "clients", "-", input=out(exported))
    assert out(again).strip() == "<stdin>: 0 created, 0 updated, 1 unchanged"


def test_flag_changes_from_stdin_name_stdin_as_their_source(run, db, loaded):
    run("import", "flags", "-", input="client,holder_email,basis\nC-1,sam@bd.example,introduction\n")
    assert rows(db, FlagChange)[0].source == "import:stdin"


def test_a_bom_and_crlf_line_ends_are_read(run, db, files):
    (files / "excel.csv").write_bytes(b"\xef\xbb\xbfExternal ID,Name,Domains\r\nC-7,Caf\xc3\xa9 Co,cafe.example\r\n")
    result = run("import", "clients", "excel.csv")
    assert out(result).strip() == "excel.csv: 1 created, 0 updated, 0 unchanged"
    (client,) = rows(db, Client)
    assert (client.external_id, client.name, client.domains) == ("C-7", "Café Co", ["cafe.example"])


def test_an_encoding_error_is_reported_not_a_traceback(run, db, files):
    (files / "latin1.csv").write_bytes(b"name\nAcme\nCaf\xe9 Co\nBeta\nSoci\xe9t\xe9\n")
    result = run("import", "clients", "latin1.csv")
    assert result.returncode == 1 and "Traceback" not in err(result)
    assert err(result).splitlines()[:2] == [
        "latin1.csv:3: not UTF-8 text (byte 0xe9 at character 4): save the file as 'CSV UTF-8'",
        "latin1.csv:5: not UTF-8 text (byte 0xe9 at character 5): save the file as 'CSV UTF-8'"]
    assert rows(db, Client) == []


def test_an_unknown_column_is_a_warning(run, db, files):
    (files / "extra.csv").write_text("name,owner\nAcme,Dana\n")
    result = run("import", "clients", "extra.csv")
    assert result.returncode == 0
    assert err(result).strip() == "extra.csv:1: warning: owner: unknown column: ignored"
    assert [c.name for c in rows(db, Client)] == ["Acme"]


def test_usage_errors_exit_2(run, db):
    missing = run("import", "clients", "missing.csv")
    assert missing.returncode == 2
    assert err(missing).strip() == "accord: cannot read missing.csv: No such file or directory"
    assert run("import", "quotes", "x.csv").returncode == 2
    assert run("import", "clients").returncode == 2


# --- the pure checks, table by table --------------------------------------------------------------------------

ACME = Client(id=1, external_id="C-1", name="Acme Pty Ltd")
TWIN_A = Client(id=2, external_id="T-1", name="Twin Co")
TWIN_B = Client(id=3, external_id=None, name="Twin Co")
DANA = Member(id=1, email="dana@partner.example", name="Dana", aad_object_id="00000000-0000-0000-0000-000000000003")
TEAMS_ONLY = Member(id=2, email=None, name="Kim", aad_object_id="00000000-0000-0000-0000-000000000002")
PAST = Flag(id=1, client_id=1, holder_id=1, basis="past project", contact_id=None,
            since=datetime(2025, 1, 1, tzinfo=UTC), until=None)
SNAPSHOT = Snapshot(clients=[ACME, TWIN_A, TWIN_B], members=[DANA, TEAMS_ONLY], flags=[PAST])


def check(kind: str, text: str | bytes, snapshot: Snapshot = SNAPSHOT) -> Plan | list[RowError]:
    """Parse and plan a file against a snapshot, as `accord import` does, without a database."""
    data = text.encode() if isinstance(text, str) else text
    spec = SPECS[kind]
    return make_plan(spec, parse_file(spec, data, SYDNEY), snapshot, Context(NOW, SYDNEY))


FLAGS = "client,holder_email,basis,contact_name,contact_email,since,until\n"
CLIENTS = "external_id,name,domains,aliases,country\n"
MEMBERS = "email,name,role,firm,aad_object_id\n"
D = "dana@partner.example"
GUID_A = "00000000-0000-0000-0000-00000000000a"


def lines(header: str, *rows: str) -> str:
    """A file: the header, then each row on its own line."""
    return header + "".join(f"{row}\n" for row in rows)


ERRORS = [
    # reading
    ("clients", b"", (1, None, "no header: the first line names the columns")),
    ("clients", b"\xff\xfen\x00a\x00", (1, None, "the file is UTF-16")),
    ("clients", b"name\nCaf\xe9\n", (2, None, "not UTF-8 text (byte 0xe9")),
    ("clients", 'name\n"Acme\n', (2, None, "cannot read this CSV line: unexpected end of data")),
    ("clients", "name,country\nAcme\n", (2, None, "has 1 values but the header has 2 columns")),
    ("clients", "name,country\nAcme,AU,Sydney\n", (2, None, "has 3 values but the header has 2 columns")),
    # the header
    ("clients", "external_id,domains\nC-1,a.com\n", (1, "name", "required column is missing")),
    ("flags", "client,basis\nC-1,introduction\n", (1, "holder_email", "required column is missing")),
    ("members", "email,Email\na@b.example,a@b.example\n", (1, "email", "appears twice in the header")),
    # cells
    ("clients", lines(CLIENTS, "C-9,,,,"), (2, "name", "empty: a value is required")),
    ("clients", lines(CLIENTS, f"C-9,{'x' * 301},,,"), (2, "name", "longer than 300 characters")),
    ("clients", lines(CLIENTS, "C-9,Nine,nine.example;localhost;a..b.com,,"),
     (2, "domains", "not a domain: 'localhost', 'a..b.com'")),
    ("clients", "name,registration\nAcme,ABN 48 123 123 125\n", (2, "registration", "not a valid ABN: its check")),
    ("clients", "name,registration\nAcme,ACN 123 123 125\n", (2, "registration", "not a valid ACN: its check")),
    ("clients", "name,registration\nAcme,9429040402308\n", (2, "registration", "not a valid NZBN: its check")),
    ("clients", "name,registration\nAcme,call Jo\n", (2, "registration", "not an ABN, ACN, NZBN or UK company")),
    ("members", lines(MEMBERS, ",Dana,,,"), (2, "email", "empty: a value is required")),
    ("members", lines(MEMBERS, "dana@partner,Dana,,,"), (2, "email", "not an email address: 'dana@partner'")),
    ("members", lines(MEMBERS, "dana at partner.example,Dana,,,"), (2, "email", "not an email address")),
    ("members", lines(MEMBERS, "a@b.example,A,king,,"), (2, "role", "unknown role 'king': use partner, bd, director")),
    ("members", lines(MEMBERS, "a@b.example,A,,,not-a-guid"), (2, "aad_object_id", "not an Entra object id")),
    ("flags", lines(FLAGS, f"C-1,{D},friendship,,,,"), (2, "basis", "unknown basis 'friendship'")),
    ("flags", lines(FLAGS, "C-1,,introduction,,,,"), (2, "holder_email", "empty: a value is required")),
    ("flags", lines(FLAGS, f"C-1,{D},introduction,,john@,,"), (2, "contact_email", "not an email address")),
    ("flags", lines(FLAGS, f"C-1,{D},introduction,,,01/02/2025,"), (2, "since", "not an ISO date or date-time")),
    ("flags", lines(FLAGS, f"C-1,{D},introduction,,,,2025-13-01"), (2, "until", "not an ISO date or date-time")),
    # against what the database holds, and the rest of the file
    ("flags", lines(FLAGS, f"C-1,{D},introduction,,,2025-05-01,2025-04-01"),
     (2, "until", "2025-04-01T00:00:00+11:00 is not after since 2025-05-01T00:00:00+10:00")),
    ("flags", lines(FLAGS, f"C-1,{D},past project,,,,2024-06-01"),  # before the stored since
     (2, "until", "2024-06-01T00:00:00+10:00 is not after since 2025-01-01T11:00:00+11:00")),
    ("flags", lines(FLAGS, f"C-404,{D},introduction,,,,"), (2, "client", "no client with external id or name 'C-404'")),
    ("flags", lines(FLAGS, f"twin co,{D},introduction,,,,"),
     (2, "client", "2 clients are named 'twin co' (T-1, #3 (no external id)): use the external id")),
    ("flags", lines(FLAGS, "C-1,x@y.com,introduction,,,,"), (2, "holder_email", "no member with email x@y.com")),
    ("flags", lines(FLAGS, f"C-1,{D},introduction,Jo,,,", "C-1,DANA@partner.example,Introduction,jo,,,"),
     (3, None, "the same flag (client, holder, basis and contact): also on line 2")),
    ("clients", lines(CLIENTS, "C-9,Nine,,,", "C-9,Nine again,,,"),
     (3, "external_id", "duplicate external_id 'C-9': also on line 2")),
    ("clients", lines(CLIENTS, "C-1,Acme,,,", ",acme pty ltd,,,"),
     (3, "name", "client 'acme pty ltd' again: also on line 2")),
    ("clients", lines(CLIENTS, ",New Co,,,", ",NEW CO,,,"),
     (2, "name", "'New Co' is also on line 3: give each an external_id")),
    ("clients", lines(CLIENTS, ",Twin Co,,,"),
     (2, "name", "2 clients are named 'Twin Co' (T-1, #3 (no external id)): give the external_id")),
    ("members", lines(MEMBERS, "a@b.example,A,,,", "A@B.example,A,,,"),
     (3, "email", "duplicate email 'a@b.example': also on line 2")),
    ("members", lines(MEMBERS, f"a@b.example,,,,{GUID_A}", f"c@d.example,,,,{GUID_A.upper()}"),
     (3, "aad_object_id", f"duplicate aad_object_id '{GUID_A}': also on line 2")),
    ("members", lines(MEMBERS, "other@partner.example,,,,00000000-0000-0000-0000-000000000003"),
     (2, "aad_object_id", "already belongs to member dana@partner.example")),
]


@pytest.mark.parametrize(("kind", "text", "expected"), ERRORS, ids=[f"{k}:{e[1]}:{e[2][:40]}" for k, _, e in ERRORS])
def test_every_kind_of_bad_line_is_an_error(kind, text, expected):
    outcome = check(kind, text)
    assert isinstance(outcome, list), outcome
    line, column, reason = expected
    assert any(e.line == line and e.column == column and e.reason.startswith(reason) for e in outcome), outcome


def test_all_errors_of_a_file_are_collected_in_line_order():
    outcome = check("members", lines(MEMBERS, "bad,,king,,", "ok@b.example,,,,", ",Someone,,,", ",,,,",
                                     "x@y.example,,admin,,", "X@y.example,,,,"))
    # line 5 is blank (Excel writes such lines): skipped, not an error
    assert [(e.line, e.column) for e in outcome] == [(2, "email"), (2, "role"), (4, "email"), (7, "email")]


@pytest.mark.parametrize(("text", "warning"), [
    ("name,owner\nAcme,Dana\n", RowError(1, "owner", "unknown column: ignored")),
    ("external_id,name\nC-9,acme pty ltd\n",
     RowError(2, "name", "another client is named 'acme pty ltd' (C-1): creating a second one")),
])
def test_warnings_do_not_reject_the_file(text, warning):
    outcome = check("clients", text)
    assert isinstance(outcome, Plan) and warning in outcome.warnings


def test_a_member_known_only_to_teams_is_linked_by_object_id():
    (step,) = check("members", MEMBERS + "kim@partner.example,,bd,,00000000-0000-0000-0000-000000000002\n").steps
    assert (step.action, step.target) == ("update", TEAMS_ONLY.id)
    assert step.fields == {"email": "kim@partner.example", "role": "bd", "firm": None,
                           "aad_object_id": TEAMS_ONLY.aad_object_id}


def test_contacts_are_matched_by_email_then_name_and_gain_what_they_lacked():
    john = Contact(id=5, client_id=1, name="John Doe", email=None)
    snapshot = Snapshot(clients=[ACME], members=[DANA], contacts=[john])
    plan = check("flags", FLAGS + "C-1,dana@partner.example,introduction,john doe,john@acme.com,,\n"
                 "C-1,dana@partner.example,past project,,JOHN@acme.com,,\n"  # john gained his email on line 2
                 "C-1,dana@partner.example,active quote,Mary,,,\n"
                 "C-1,dana@partner.example,declared relationship,mary,,,\n", snapshot)
    assert plan.new_contacts == 1 and [s.action for s in plan.steps] == ["create"] * 4


@pytest.mark.parametrize(("raw", "stored"), [
    ("ABN 48 123 123 124", "48123123124"), ("acn: 123-123-124", "123123124"), ("NZBN 9429040402307", "9429040402307"),
    ("sc 612345", "SC612345"), ("Company No. 00041424", "00041424"), ("", None),
])
def test_registration_numbers_are_checked_and_stored_compact(raw, stored):
    plan = check("clients", lines("name,registration\n", f"Acme,{raw}"))
    assert plan.steps[0].fields["registration"] == stored


@pytest.mark.parametrize(("raw", "stored"), [
    ("Acme.com", "acme.com"), ("https://www.acme.com.au/about?x=1", "acme.com.au"), ("www.acme.com", "acme.com"),
    ("acme.com:8443", "acme.com"), ("@acme.com", "acme.com"), ("jo@mail.acme.com", "mail.acme.com"),
    ("acme.com.", "acme.com"), ("xn--caf-dma.example", "xn--caf-dma.example"), ("café.fr", "café.fr"),
])
def test_domains_are_stored_lower_case_without_scheme_www_or_path(raw, stored):
    assert domain(raw) == stored


@pytest.mark.parametrize("raw", ["localhost", "acme", "-acme.com", "acme..com", "acme.c0m", "http://", "a b.com",
                                 "acme.123"])
def test_a_domain_must_look_like_a_domain(raw):
    with pytest.raises(ValueError):
        domain(raw)


@pytest.mark.parametrize("raw", ["active_quote", "Active Quote", "ACTIVE-QUOTE", " active  quote "])
def test_basis_variants_mean_the_same_basis(raw):
    assert basis(raw, SYDNEY) == "active quote"


@pytest.mark.parametrize("raw", ["do-not-approach", "Do Not Approach", "do_not_approach", "DNA"])
def test_do_not_approach_variants(raw):
    assert basis(raw, SYDNEY) == "do-not-approach"


@pytest.mark.parametrize(("raw", "utc"), [
    ("2025-01-01", datetime(2024, 12, 31, 13, 0, tzinfo=UTC)),  # summer: +11
    ("2025-07-01T09:30", datetime(2025, 6, 30, 23, 30, tzinfo=UTC)),  # winter: +10
    ("2025-07-01 09:30:00", datetime(2025, 6, 30, 23, 30, tzinfo=UTC)),
    ("2025-07-01T09:30:00Z", datetime(2025, 7, 1, 9, 30, tzinfo=UTC)),
    ("2025-07-01T09:30:00+02:00", datetime(2025, 7, 1, 7, 30, tzinfo=UTC)),
    ("", None),
])
def test_times_without_offset_are_in_the_network_zone_and_stored_utc(raw, utc):
    value = when(raw, SYDNEY)
    assert value == utc and (value is None or value.tzinfo == UTC)


def test_a_reimport_with_the_same_times_is_unchanged():
    plan = check("flags", FLAGS + "C-1,dana@partner.example,Past Project,,,2025-01-01T11:00+11:00,\n")
    assert [s.action for s in plan.steps] == ["unchanged"]


def test_an_absent_column_leaves_the_field_alone_and_an_empty_one_clears_it():
    ended = Flag(id=2, client_id=1, holder_id=1, basis="introduction", contact_id=None,
                 since=datetime(2025, 1, 1, tzinfo=UTC), until=datetime(2025, 6, 1, tzinfo=UTC))
    snapshot = Snapshot(clients=[ACME], members=[DANA], flags=[ended])
    kept = check("flags", "client,holder_email,basis\nC-1,dana@partner.example,introduction\n", snapshot)
    cleared = check("flags", "client,holder_email,basis,until\nC-1,dana@partner.example,introduction,\n", snapshot)
    assert kept.steps[0].action == "unchanged"
    assert (cleared.steps[0].action, cleared.steps[0].before) == ("update", {"until": ended.until})


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_drawn_on_a_terminal_for_long_files_only():
    terminal = Terminal()
    bar = Progress("importing flags.csv", 400, terminal)
    for done in range(1, 401):
        bar.show(done)
    bar.close()
    assert terminal.getvalue().endswith("\rimporting flags.csv [" + "#" * 30 + "] 400/400\n")
    quiet = [Progress("x", 10, Terminal()), Progress("x", 400, io.StringIO())]
    for bar in quiet:
        bar.show(1)
        bar.close()
        assert bar.stream.getvalue() == ""


def test_put_flag_is_what_records_the_change(db, settings):
    """The import writes through storage.registry.put_flag: the same history a chat command leaves."""
    with db.transaction() as session:
        save(session, Client(), external_id="C-1", name="Acme")
        session.add(Member(email="dana@partner.example", name="Dana"))
    spec = SPECS["flags"]
    parsed = parse_file(spec, (FLAGS + "C-1,dana@partner.example,introduction,,,2025-01-01,\n").encode(), settings.zone)
    with db.transaction() as session:
        plan = make_plan(spec, parsed, load_snapshot(session), Context(NOW, settings.zone))
        apply_plan(session, spec, plan, "import:test", Progress("x", 1))
    with db.transaction() as session:
        (flag,) = registry.all_flags(session)
        (change,) = registry.flag_history(session, flag.id)
    assert change.after["basis"] == "introduction" and change.before is None and change.source == "import:test"


def test_a_nul_character_is_a_line_error_not_a_database_error():
    spec = SPECS["clients"]
    errors = read_row(spec, ["external_id", "name"], 3, ["N-1", "Nul\x00Corp"], ZoneInfo("Australia/Sydney"))
    assert [(e.line, e.column, e.reason) for e in errors] == [(3, "name", "contains a NUL character")]


def test_claims_give_the_first_line_of_each_key():
    claims = Claims()
    for line in range(2, 100_002):
        assert claims.setdefault(hash(("client", line)), line) == line
    assert claims.setdefault(hash(("client", 50)), 200_000) == 50
    assert claims.setdefault(hash(("client", 50)), 50) == 50  # a line may claim its own record again


def test_a_name_index_gives_every_value_of_a_name_in_the_order_added():
    index = NameIndex([("Acme", 3), ("Beta", 1), ("ACME ", 2)])
    assert (index.get("acme"), index.get("Beta"), index.get("Gamma")) == ([3, 2], [1], [])
    index.add(" acme", 9)
    assert index.get("ACME") == [3, 2, 9]


# --- a registry larger than the database's parameter limit ---------------------------------------------------

SQLITE_LIMIT = 32_766  # SQLite's own default since 3.32 (this Python's build allows 250,000: too slow to seed here)


@pytest.fixture
def parameter_limit(db) -> Iterator[int]:
    """How many values one statement may carry: PostgreSQL's protocol allows 65,535; SQLite's default limit is
    set on every connection opened during the test, as SQLite is most often built."""
    if db.engine.dialect.name == "postgresql":
        yield 65_535
        return

    def limit(dbapi_connection, _record) -> None:
        dbapi_connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, SQLITE_LIMIT)

    event.listen(Engine, "connect", limit)
    try:
        yield SQLITE_LIMIT
    finally:
        event.remove(Engine, "connect", limit)


def seed_clients(db, count: int) -> None:
    """`count` clients S-0, S-1, ... named 'Seeded N', written in bulk (far faster than through the ORM)."""
    now = datetime.now(UTC)
    rows = ({"external_id": f"S-{i}", "name": f"Seeded {i}", "aliases": [], "domains": [], "country": None,
             "registration": None, "created_at": now, "updated_at": now} for i in range(count))
    with db.engine.begin() as connection:
        for batch in chunks(rows, 20_000):
            connection.execute(Client.__table__.insert(), batch)


def test_imports_work_in_a_registry_larger_than_the_parameter_limit(db, settings, files, parameter_limit, capsys,
                                                                      monkeypatch):
    size = parameter_limit + 1
    seed_clients(db, size)
    monkeypatch.chdir(files)

    def run(kind: str, file: str, *flags: str) -> tuple[int, str, str]:  # in-process: a start-up costs seconds
        code = run_import(settings, Namespace(kind=kind, file=file, dry_run="--dry-run" in flags))
        printed = capsys.readouterr()
        return code, printed.out, printed.err

    assert run("members", "members.csv")[0] == 0
    (files / "more.csv").write_text("external_id,name,domains\nS-7,Seeded Seven,seven.example\nN-1,New One,\n"
                                    ",Seeded 9,nine.example\n")
    assert run("clients", "more.csv")[1] == "more.csv: 1 created, 2 updated, 0 unchanged\n"
    (files / "held.csv").write_text(lines(FLAGS, f"S-{size - 1},{D},introduction,Jo,jo@s.example,2025-01-01,",
                                          f"seeded 8,{D},past project,,,2025-01-01,", f"N-1,{D},dna,Jo,,,"))
    assert run("flags", "held.csv")[1] == "held.csv: 3 created, 0 updated, 0 unchanged; contacts: 2 created\n"
    assert run("flags", "held.csv")[1] == "held.csv: 0 created, 0 updated, 3 unchanged\n"
    assert run("clients", "more.csv", "--dry-run")[1].splitlines() == [
        "more.csv: nothing would change",
        "more.csv: dry run, nothing written: 0 would be created, 0 would be updated, 3 would be unchanged"]
    with db.transaction() as session:
        seven = registry.client_by_external_id(session, "S-7")
        assert (seven.name, seven.domains) == ("Seeded Seven", ["seven.example"])
        ids = list(session.exec(select(Client.id)))
        assert len(ids) == size + 1
        # The registry's own IN lists take every client at once too.
        assert len(registry.active_flags(session, ids)) == 3
        assert {c.email for c in registry.contacts_of(session, ids)} == {"jo@s.example", None}
    (files / "bad.csv").write_text(lines(FLAGS, f"S-{size - 1},{D},introduction,,,,", "seeded 8,x@y.example,dna,,,,",
                                         f"S-{size + 5},{D},dna,,,,"))
    code, _, said = run("flags", "bad.csv")
    assert (code, said.splitlines()) == (1, [
        "bad.csv:3: holder_email: no member with email x@y.example",
        f"bad.csv:4: client: no client with external id or name 'S-{size + 5}'",
        "accord: bad.csv rejected: 2 errors on 2 lines; nothing was written"])
