"""`accord import relationships FILE [--dry-run]`: members' declared relationships from a CSV file.

Columns: member_email, client (its CRM id or its name), contact_name, contact_email, contact_role, how_known,
confirmed_at (optional, ISO date; default now). Every line is checked first; any bad line rejects the whole file and
nothing is written. Importing the same file again changes nothing.
"""

from __future__ import annotations

import argparse
import io
import sys
from dataclasses import dataclass
from datetime import datetime, tzinfo

from sqlmodel import Session

from bot.clients import ClientIndex
from bot.imports import cells
from bot.imports.files import Reading
from bot.imports.kinds import file_label, reject, warn
from bot.imports.plan import Cell, Invalid, RowError
from bot.rules.relationships import HOW_WORDS, ROLE_WORDS
from bot.settings import Settings
from storage import relationships as store
from storage.db import Database
from storage.members import member_by_email
from storage.registry import client_by_external_id
from storage.types import utcnow

MAX_LINES = 100_000


def _one_of(words: dict[str, str], said: str) -> Cell:
    """A cell holding one of `words` (any case), as the value it stands for; empty is None."""

    def read(raw: str, _zone: tzinfo) -> str | None:
        if raw and raw.casefold() not in words:
            raise Invalid(f"{raw!r} is not {said}")
        return words[raw.casefold()] if raw else None

    return read


@dataclass(frozen=True)
class _Columns:
    """The file's columns, as the imports' reader takes them (bot.imports.files.Layout)."""

    columns: dict[str, Cell]
    required: tuple[str, ...]


LAYOUT = _Columns({"member_email": cells.email, "client": cells.text(300), "contact_name": cells.text(200),
                 "contact_email": cells.email,
                 "contact_role": _one_of(ROLE_WORDS, "decision maker, influencer, procurement or user"),
                 "how_known": _one_of(HOW_WORDS, "worked together, former colleague or introduced"),
                 "confirmed_at": cells.when}, ("member_email", "client"))
COLUMNS = tuple(LAYOUT.columns)


@dataclass(frozen=True)
class Line:
    """One checked line, ready to write."""

    line: int
    member_id: int
    client_id: int
    contact_name: str | None
    contact_email: str | None
    contact_role: str | None
    how_known: str | None
    confirmed_at: datetime | None  # None: not given (a new relationship is declared now; an existing one stays)


def register(commands: argparse._SubParsersAction) -> None:
    """Add `relationships` under `accord import`."""
    imports = commands.choices["import"]
    kinds = next(a for a in imports._actions if isinstance(a, argparse._SubParsersAction))
    one = kinds.add_parser("relationships", help=",".join(COLUMNS),
                           description=f"Columns: {','.join(COLUMNS)}. client: its CRM id or its name; contact_role: "
                           "decision maker, influencer, procurement or user; how_known: worked together, former "
                           "colleague or introduced. Any bad line rejects the whole file; nothing is written.")
    one.add_argument("file", metavar="FILE.csv", help="the CSV file (UTF-8), or - for standard input")
    one.add_argument("--dry-run", action="store_true", help="check the file and report what would change")
    one.set_defaults(run=run)


def run(settings: Settings, args: argparse.Namespace) -> int:
    """Check every line, then write them all in one transaction (or only report)."""
    label = file_label(args.file)
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else open(args.file, "rb").read()  # noqa: SIM115
    except OSError as exc:
        print(f"accord: cannot read {label}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    db = Database(settings.database_url)
    try:
        with db.transaction() as session:
            lines, errors, warnings = check(session, data, settings.zone)
            if errors:
                return reject(errors, label)
            warn(warnings, label)
            counts = write(session, lines)
            if args.dry_run:
                session.rollback()
    finally:
        db.dispose()
    verb = "would be" if args.dry_run else "were"
    print(f"{counts['new']} relationships {verb} declared, {counts['changed']} updated, {counts['unchanged']} "
          "unchanged")
    return 0


def check(session: Session, data: bytes, zone: tzinfo) -> tuple[list[Line], list[RowError], list[RowError]]:
    """Every line read and checked against the registry: (good lines, every error, warnings); a date without a time
    or an offset is in `zone`, the network's."""
    reading, index = Reading(LAYOUT, io.BytesIO(data), zone), ClientIndex()
    good, bad = [], []
    for row in reading.rows():
        if row.line > MAX_LINES:
            return [], [RowError(row.line, None, f"at most {MAX_LINES} lines")], []
        found = _member(session, row.line, row.cells["member_email"]), _client(session, index, row.line,
                                                                                row.cells["client"])
        if errors := [x for x in found if isinstance(x, RowError)]:
            bad.extend(errors)
            continue
        c = row.cells
        good.append(Line(row.line, found[0], found[1], c.get("contact_name"), c.get("contact_email"),
                         c.get("contact_role"), c.get("how_known"), c.get("confirmed_at")))
    errors = sorted(reading.errors + bad, key=lambda e: e.line)
    return ([] if errors else good), errors, reading.warnings


def _member(session: Session, line: int, email: str) -> int | RowError:
    member = member_by_email(session, email)
    return member.id if member else RowError(line, "member_email", f"no member has the email {email!r}")


def _client(session: Session, index: ClientIndex, line: int, named: str) -> int | RowError:
    """The client a line names: by its CRM id, else by a name only one client answers to."""
    found = client_by_external_id(session, named)
    match = None if found else index.match(session, named).match
    client_id = found.id if found else match.client_id if match else None
    return client_id if client_id is not None else RowError(line, "client", f"no single client matches {named!r}")


def write(session: Session, lines: list[Line]) -> dict[str, int]:
    """Declare each line (through the same storage as chat); a line that changes nothing is left alone."""
    counts = {"new": 0, "changed": 0, "unchanged": 0}
    for line in lines:
        contact_id = None
        if line.contact_name or line.contact_email:
            contact_id = store.contact_for(session, line.member_id, line.client_id, line.contact_name,
                                           line.contact_email).id
        existing = store.declared(session, line.member_id, line.client_id, contact_id)
        confirmed = line.confirmed_at or (existing.confirmed_at if existing is not None else utcnow())
        if existing is not None and existing.lapsed_at is None and existing.confirmed_at >= confirmed and (
                existing.contact_role, existing.how_known) == (line.contact_role or existing.contact_role,
                                                               line.how_known or existing.how_known):
            counts["unchanged"] += 1
            continue
        _, new = store.declare(session, member_id=line.member_id, client_id=line.client_id, contact_id=contact_id,
                               contact_role=line.contact_role, how_known=line.how_known, source="import",
                               now=confirmed)
        counts["new" if new else "changed"] += 1
    return counts
