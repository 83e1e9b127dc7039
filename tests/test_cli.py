"""The `accord` console script, run as operators run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from storage.members import member_by_email

ACCORD = str(Path(sys.executable).with_name("accord"))


def accord(*args: str, database_url: str, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("Microsoft")}
    environment.update(DATABASE_URL=database_url, **env)
    return subprocess.run([ACCORD, *args], capture_output=True, text=True, env=environment, cwd=cwd, timeout=60)


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


def test_set_role_gives_and_takes_a_role(database_url, db, tmp_path):
    given = accord("members", "set-role", "Dana@Partner.example", "director", database_url=database_url, cwd=tmp_path)
    assert given.returncode == 0, given.stderr
    with db.transaction() as session:
        assert member_by_email(session, "dana@partner.example").role == "director"
    taken = accord("members", "set-role", "dana@partner.example", "none", database_url=database_url, cwd=tmp_path)
    assert taken.returncode == 0
    with db.transaction() as session:
        assert member_by_email(session, "dana@partner.example").role is None
    listed = accord("members", "list", database_url=database_url, cwd=tmp_path)
    assert "dana@partner.example" in listed.stdout


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
