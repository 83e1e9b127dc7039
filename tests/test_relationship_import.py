"""`accord import relationships`: the whole file checked first, written in one transaction, re-imports change
nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from argparse import Namespace
from pathlib import Path

from sqlmodel import select

from bot.relationship_import import run
from storage.models import Contact, Relationship

ACCORD = str(Path(sys.executable).with_name("accord"))
GOOD = ("member_email,client,contact_name,contact_email,contact_role,how_known,confirmed_at\n"
        "dana@network.example,C-001,Sarah Smith,sarah@clientcorp.com.au,decision maker,worked together,2026-10-01\n"
        "sam@network.example,Acme Holdings,Kim Lee,,influencer,,\n"
        "bo@network.example,ClientCorp Pty Ltd,,,,,2026-11-01\n")


def relationships(db) -> list[tuple]:
    with db.transaction() as session:
        rows = session.exec(select(Relationship, Contact).outerjoin(Contact, Contact.id == Relationship.contact_id)
                            .order_by(Relationship.id)).all()
        return [(r.member_id, r.client_id, c.name if c else None, c.email if c else None, r.contact_role,
                 r.how_known, r.source) for r, c in rows]


def test_a_good_file_is_declared_once_and_again_changes_nothing(db, network, settings, tmp_path, capsys):
    m, c = network.members, network.clients
    path = tmp_path / "relationships.csv"
    path.write_text(GOOD, encoding="utf-8")
    assert run(settings, Namespace(file=str(path), dry_run=True)) == 0
    assert "3 relationships would be declared" in capsys.readouterr().out
    assert relationships(db) == []
    assert run(settings, Namespace(file=str(path), dry_run=False)) == 0
    assert relationships(db) == [
        (m["dana"].id, c["clientcorp"].id, "Sarah Smith", "sarah@clientcorp.com.au", "decision maker",
         "worked together", "import"),
        (m["sam"].id, c["acme"].id, "Kim Lee", None, "influencer", None, "import"),
        (m["bo"].id, c["clientcorp"].id, None, None, None, None, "import")]
    capsys.readouterr()
    assert run(settings, Namespace(file=str(path), dry_run=False)) == 0
    assert "0 relationships were declared, 0 updated, 3 unchanged" in capsys.readouterr().out
    assert len(relationships(db)) == 3


def test_one_bad_line_rejects_the_whole_file(db, network, settings, tmp_path, capsys):
    path = tmp_path / "relationships.csv"
    path.write_text(GOOD + "nobody@network.example,C-001,,,,,\n"
                           "dana@network.example,Nowhere Unknown Pty,,,,,\n"
                           "dana@network.example,C-001,Jo,,boss,,\n"
                           "dana@network.example,C-001,Jo,,,,yesterday\n", encoding="utf-8")
    assert run(settings, Namespace(file=str(path), dry_run=False)) == 1
    errors = capsys.readouterr().err
    label = str(path)
    assert f"{label}:5: member_email: no member has the email 'nobody@network.example'" in errors
    assert f"{label}:6: client: no single client matches 'Nowhere Unknown Pty'" in errors
    assert f"{label}:7: contact_role: 'boss' is not decision maker" in errors
    assert f"{label}:8: confirmed_at: not an ISO date" in errors
    assert f"{label} rejected: 4 errors on 4 lines; nothing was written" in errors
    assert relationships(db) == []


def test_every_problem_of_a_line_is_listed_and_a_file_not_utf8_is_named(db, network, settings, tmp_path, capsys):
    path = tmp_path / "relationships.csv"
    path.write_text("Member Email,Client,Contact Role,How Known,Notes\n"
                    "nobody@network.example,Nowhere Unknown Pty,,,\n"
                    "dana@network.example,C-001,boss,by chance,\n"
                    ",C-001,,,\n"
                    "dana@network.example,C-001,,,kept\n", encoding="utf-8")
    assert run(settings, Namespace(file=str(path), dry_run=False)) == 1
    errors = capsys.readouterr().err.splitlines()
    label = str(path)
    assert errors == [f"{label}:2: member_email: no member has the email 'nobody@network.example'",
                      f"{label}:2: client: no single client matches 'Nowhere Unknown Pty'",
                      f"{label}:3: contact_role: 'boss' is not decision maker, influencer, procurement or user",
                      f"{label}:3: how_known: 'by chance' is not worked together, former colleague or introduced",
                      f"{label}:4: member_email: empty: a value is required",
                      f"accord: {label} rejected: 5 errors on 3 lines; nothing was written"]
    path.write_bytes("member_email,client,contact_name\ndana@network.example,C-001,Zoë\n".encode("cp1252"))
    assert run(settings, Namespace(file=str(path), dry_run=False)) == 1
    assert "not UTF-8 text" in capsys.readouterr().err
    assert relationships(db) == []


def test_the_console_script_takes_the_file_on_standard_input(db, network, database_url, tmp_path):
    environment = {k: v for k, v in os.environ.items() if not k.startswith("Microsoft")}
    environment.update(DATABASE_URL=database_url, TIMEZONE="Australia/Sydney")
    done = subprocess.run([ACCORD, "import", "relationships", "-"], input=GOOD.encode(), capture_output=True,
                          env=environment, cwd=tmp_path, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    assert "3 relationships were declared, 0 updated, 0 unchanged" in done.stdout.decode()
    assert len(relationships(db)) == 3
