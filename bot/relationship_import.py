"""`accord import relationships FILE [--dry-run]`: members' declared relationships from a CSV file.

Columns: member_email, client (its CRM id or its name), contact_name, contact_email, contact_role, how_known,
confirmed_at (optional, ISO date; default now). Every line is checked first; any bad line rejects the whole file and
nothing is written. Importing the same file again changes nothing.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from dataclasses import dataclass
from datetime import datetime, tzinfo

from sqlmodel import Session

from bot.clients import ClientIndex
from bot.imports import cells
from bot.imports.plan import Invalid
from bot.rules.relationships import HOW_WORDS, ROLE_WORDS
from bot.settings import Settings
from storage import relationships as store
from storage.db import Database
from storage.members import member_by_email
from storage.registry import client_by_external_id
from storage.types import utcnow

COLUMNS = ("member_email", "client", "contact_name", "contact_email", "contact_role", "how_known", "confirmed_at")
REQUIRED = ("member_email", "client")
MAX_LINES = 100_000


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
    try:
        text = sys.stdin.read() if args.file == "-" else open(args.file, encoding="utf-8-sig").read()  # noqa: SIM115
    except (OSError, UnicodeDecodeError) as exc:
        print(f"accord: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    db = Database(settings.database_url)
    try:
        with db.transaction() as session:
            lines, errors = check(session, text, settings.zone)
            if errors:
                for line, why in errors:
                    print(f"line {line}: {why}", file=sys.stderr)
                print(f"accord: {len(errors)} bad line(s); nothing was written", file=sys.stderr)
                return 1
            counts = write(session, lines)
            if args.dry_run:
                session.rollback()
    finally:
        db.dispose()
    verb = "would be" if args.dry_run else "were"
    print(f"{counts['new']} relationships {verb} declared, {counts['changed']} updated, {counts['unchanged']} "
          "unchanged")
    return 0


def check(session: Session, text: str, zone: tzinfo) -> tuple[list[Line], list[tuple[int, str]]]:
    """Every line read and checked against the registry: (good lines, (line, why) for each bad one); a date without
    a time or an offset is in `zone`, the network's."""
    reader = csv.DictReader(io.StringIO(text))
    header = [(h or "").strip().lower() for h in reader.fieldnames or []]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        return [], [(1, f"missing column(s): {', '.join(missing)}")]
    reader.fieldnames = header
    index, good, bad = ClientIndex(), [], []
    for n, raw in enumerate(reader, start=2):
        if n > MAX_LINES:
            return [], [(n, f"at most {MAX_LINES} lines")]
        row = {k: (v or "").strip() for k, v in raw.items() if k}
        member = member_by_email(session, row["member_email"].lower())
        if member is None:
            bad.append((n, f"no member has the email {row['member_email']!r}"))
            continue
        found = client_by_external_id(session, row["client"])
        client_id = found.id if found else None
        if client_id is None:
            match = index.match(session, row["client"]).match
            client_id = match.client_id if match else None
        if client_id is None:
            bad.append((n, f"no single client matches {row['client']!r}"))
            continue
        role, how = row.get("contact_role", "").casefold(), row.get("how_known", "").casefold()
        if role and role not in ROLE_WORDS:
            bad.append((n, f"contact_role {row['contact_role']!r} is not decision maker, influencer, procurement "
                           "or user"))
            continue
        if how and how not in HOW_WORDS:
            bad.append((n, f"how_known {row['how_known']!r} is not worked together, former colleague or introduced"))
            continue
        try:
            email = cells.email(row.get("contact_email", ""), zone)
        except Invalid:
            bad.append((n, f"contact_email {row['contact_email']!r} is not an email address"))
            continue
        name = row.get("contact_name", "") or None
        if name and len(name) > 200:
            bad.append((n, "contact_name is longer than 200 characters"))
            continue
        try:
            confirmed = cells.when(row.get("confirmed_at", ""), zone)
        except Invalid:
            bad.append((n, f"confirmed_at {row['confirmed_at']!r} is not a date (YYYY-MM-DD)"))
            continue
        good.append(Line(n, member.id, client_id, name, email, ROLE_WORDS.get(role), HOW_WORDS.get(how), confirmed))
    return good, bad


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
