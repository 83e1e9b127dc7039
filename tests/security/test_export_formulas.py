"""`accord export` never writes a live spreadsheet formula, and `accord import` reads its files back unchanged."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage.db import save
from storage.models import Client, Contact, Member
from storage.registry import put_flag
from tests.support.botprocess import accord

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
FORMULA = '=HYPERLINK("https://evil.example","Open")'


@pytest.fixture
def typed(db):
    """Values partners typed, one starting with each character a spreadsheet reads as a formula."""
    with db.transaction() as session:
        client = Client(name=FORMULA)
        save(session, client, external_id="-42", domains=["clientcorp.com.au"], aliases=["+61 2 9999 0000"],
             country="@AU")
        eve = Member(email="eve@network.example", name="@SUM(1+1)", firm="\tTab Firm", role="partner")
        cr = Member(email="cr@network.example", name="\rCR Name", firm="-Minus Firm", role="bd")
        session.add_all([eve, cr])
        session.flush()
        for holder, name, email in ((eve, "=cmd|' /C calc'!A0", "x@clientcorp.com.au"),
                                    (cr, "'=already quoted", "y@clientcorp.com.au")):
            contact = Contact(client_id=client.id, name=name, email=email)
            session.add(contact)
            session.flush()
            put_flag(session, None, by=None, via="chat", client_id=client.id, holder_id=holder.id,
                     basis="do-not-approach", contact_id=contact.id, since=datetime(2025, 3, 1, 5, tzinfo=UTC))


def run(database_url: str, folder: Path, *args: str):
    """The console script in New York time, so exported dates carry a negative offset."""
    result = accord(*args, env={"DATABASE_URL": database_url, "TIMEZONE": "America/New_York"}, cwd=folder)
    assert result.returncode == 0, result.stderr
    return result


def cells(path: Path) -> list[list[str]]:
    with path.open(newline="", encoding="utf-8") as stream:
        return list(csv.reader(stream))[1:]


@pytest.mark.parametrize("kind, lines", [("clients", 1), ("members", 2), ("flags", 2)])
def test_exported_cells_never_start_a_formula_and_import_back_unchanged(database_url, tmp_path, typed, kind, lines):
    run(database_url, tmp_path, "export", kind, f"{kind}.csv")
    exported = cells(tmp_path / f"{kind}.csv")
    assert len(exported) == lines
    assert not [cell for row in exported for cell in row if cell.startswith(TRIGGERS)]
    again = run(database_url, tmp_path, "import", kind, f"{kind}.csv")
    assert f": 0 created, 0 updated, {lines} unchanged" in again.stdout


def test_the_quote_is_the_only_change_and_dates_keep_their_negative_offset(database_url, tmp_path, typed):
    for kind in ("clients", "members", "flags"):
        run(database_url, tmp_path, "export", kind, f"{kind}.csv")
    assert cells(tmp_path / "clients.csv") == [["'-42", "'" + FORMULA, "clientcorp.com.au", "'+61 2 9999 0000",
                                                "'@AU", ""]]  # no registration number
    assert sorted(cells(tmp_path / "members.csv")) == [
        ["cr@network.example", "'\rCR Name", "bd", "'-Minus Firm", ""],
        ["eve@network.example", "'@SUM(1+1)", "partner", "'\tTab Firm", ""]]
    assert sorted(cells(tmp_path / "flags.csv")) == [
        ["'-42", "cr@network.example", "do-not-approach", "''=already quoted", "y@clientcorp.com.au",
         "2025-03-01T00:00:00-05:00", ""],
        ["'-42", "eve@network.example", "do-not-approach", "'=cmd|' /C calc'!A0", "x@clientcorp.com.au",
         "2025-03-01T00:00:00-05:00", ""]]


def test_a_file_saved_back_by_a_spreadsheet_without_the_quotes_imports_unchanged(database_url, tmp_path, typed):
    run(database_url, tmp_path, "export", "clients", "clients.csv")
    saved = (tmp_path / "clients.csv").read_text(encoding="utf-8").replace("'", "")  # as the spreadsheet shows them
    (tmp_path / "clients.csv").write_text(saved, encoding="utf-8")
    again = run(database_url, tmp_path, "import", "clients", "clients.csv")
    assert ": 0 created, 0 updated, 1 unchanged" in again.stdout
