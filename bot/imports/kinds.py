"""The kinds (clients, members, flags), and the `accord import` and `accord export` commands."""

from __future__ import annotations

import argparse
import csv
import io
import os
import pickle
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from sqlmodel import Session

from bot.imports.cells import aliases, basis, domains, email, guid, inert, registration, role, show, text, when
from bot.imports.exporting import export_clients, export_flags, export_members
from bot.imports.files import Reading
from bot.imports.plan import ROWS_PER_BATCH, Cell, Context, Plan, RowError, Step, Values
from bot.imports.planning import Draft, Registry, Snapshot, plan_clients, plan_file, plan_flags, plan_members, settle
from bot.imports.writing import Progress, Writing, apply_flags, apply_plan, apply_records
from bot.settings import Settings
from storage.db import Database
from storage.models import Client, Member
from storage.types import utcnow

# --- the kinds, and the commands ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    """One importable kind: its columns (in file order) and how it is planned, written and exported."""

    name: str
    columns: dict[str, Cell]
    required: tuple[str, ...]
    plan: Callable[[list[Values], Snapshot, Context, Draft], list[Step]]
    apply: Callable[[Session, list[Step], Writing], None]
    export: Callable[[Session, tzinfo], tuple[list[list[Any]], list[str]]]


SPECS = {
    "clients": Spec(
        "clients",
        {"external_id": text(100), "name": text(300), "domains": domains, "aliases": aliases, "country": text(100),
         "registration": registration},
        ("name",), plan_clients, apply_records(Client), export_clients,
    ),
    "members": Spec(
        "members",
        {"email": email, "name": text(200), "role": role, "firm": text(200), "aad_object_id": guid},
        ("email",), plan_members, apply_records(Member), export_members,
    ),
    "flags": Spec(
        "flags",
        {"client": text(300), "holder_email": email, "basis": basis, "contact_name": text(200),
         "contact_email": email, "since": when, "until": when},
        ("client", "holder_email", "basis"), plan_flags, apply_flags, export_flags,
    ),
}


def file_label(file: str) -> str:
    """How messages name the file: its path, or <stdin>."""
    return "<stdin>" if file == "-" else file


def _source(file: str) -> str:
    """The change source kept with every flag change: import:<file name>, within the column's 100 characters."""
    return f"import:{'stdin' if file == '-' else Path(file).name}"[:100]


def _open(file: str) -> BinaryIO:
    """The file to import, to be read twice at most; standard input is copied to a temporary file first."""
    if file != "-":
        return open(file, "rb")  # noqa: SIM115 - the caller closes it
    spool = tempfile.TemporaryFile()
    shutil.copyfileobj(sys.stdin.buffer, spool)
    spool.seek(0)
    return spool


class Spool:
    """Items pickled to a temporary file a batch at a time, read back in the same batches: never all in memory."""

    def __init__(self, size: int = ROWS_PER_BATCH) -> None:
        self.file, self.size, self.buffer, self.count = tempfile.TemporaryFile(), size, [], 0

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.file.close()

    def add(self, item: Any) -> None:
        """Keep one more item."""
        self.buffer.append(item)
        self.count += 1
        if len(self.buffer) >= self.size:
            self._flush()

    def _flush(self) -> None:
        if self.buffer:
            self.file.seek(0, io.SEEK_END)
            pickle.dump(self.buffer, self.file, protocol=pickle.HIGHEST_PROTOCOL)
            self.buffer = []

    def batches(self) -> Iterator[list[Any]]:
        """Every item kept, in order, a batch at a time."""
        self._flush()
        self.file.seek(0)
        while True:
            try:
                batch = pickle.load(self.file)
            except EOFError:
                return
            position = self.file.tell()
            yield batch
            self.file.seek(position)  # the consumer may have added items meanwhile

    def __iter__(self) -> Iterator[Any]:
        for batch in self.batches():
            yield from batch

    def __len__(self) -> int:
        return self.count


def plural(n: int, word: str) -> str:
    """'1 line', '2 lines'."""
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary(plan: Plan, dry_run: bool) -> str:
    """The counts line: created / updated / unchanged, with 'would be' on a dry run."""
    would = "would be " if dry_run else ""
    counts = [f"{plan.count(a)} {would}{word}" for a, word in
              (("create", "created"), ("update", "updated"), ("unchanged", "unchanged"))]
    contacts = f"; contacts: {plan.new_contacts} {would}created" if plan.new_contacts else ""
    return ", ".join(counts) + contacts


def changes(plan: Plan, label: str, zone: tzinfo) -> Iterator[str]:
    """What a dry run would do, one line per created or updated record."""

    def cell(value: Any) -> str:
        return show(value, zone) or "(empty)"

    for s in plan.steps:
        if s.action == "create":
            yield f"{label}:{s.line}: would create {s.label}"
        elif s.action == "update":
            what = "; ".join(f"{k} {cell(v)} -> {cell(s.fields[k])}" for k, v in s.before.items())
            yield f"{label}:{s.line}: would update {s.label}: {what}"


def run_import(settings: Settings, args: argparse.Namespace) -> int:
    """`accord import KIND FILE`: check the whole file, then write it in one transaction (or only report).

    The file streams through three passes, each in bounded memory: reading (typed rows spooled to a temporary
    file), checking (each batch of rows planned against just the rows of the database it names; the changes
    spooled) and, if every line is good, writing (bulk inserts and updates, a batch at a time).
    """
    spec, label = SPECS[args.kind], file_label(args.file)
    try:
        stream = _open(args.file)
    except OSError as exc:
        print(f"accord: cannot read {label}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    ctx, draft = Context(utcnow(), settings.zone), Draft()
    with stream, Spool() as rows, Spool() as steps:
        reading, progress = Reading(spec, stream, settings.zone), Progress(f"reading {label}", _size(stream))
        for row in reading.rows():
            rows.add(row)
            if spec.name == "clients":
                draft.lines_by_name.add(row.cells["name"], row.line)
            if len(rows) % ROWS_PER_BATCH == 0:
                progress.show(stream.tell())
        progress.close()
        if reading.undecodable:
            return _report(reading.errors, label, args.dry_run, settings.zone)
        with Database(settings.database_url).transaction() as session:
            keep = lambda step: steps.add(step) if step.action != "unchanged" else None  # noqa: E731
            plan_file(spec, rows.batches(), Registry(session), ctx, draft, keep,
                      Progress(f"checking {label}", len(rows)))
            result = settle(draft, reading.errors, reading.warnings, steps)
            if isinstance(result, Plan) and not args.dry_run:
                apply_plan(session, spec, result, _source(args.file), Progress(f"importing {label}", len(steps)))
        return _report(result, label, args.dry_run, settings.zone)


def _size(stream: BinaryIO) -> int:
    return os.fstat(stream.fileno()).st_size


def _report(outcome: Plan | list[RowError], label: str, dry_run: bool, zone: tzinfo) -> int:
    """Print warnings, then the counts (exit 0) or every error (exit 1)."""
    if isinstance(outcome, list):
        return reject(outcome, label)
    warn(outcome.warnings, label)
    if dry_run:
        said = False
        for line in changes(outcome, label, zone):
            print(line)
            said = True
        if not said:
            print(f"{label}: nothing would change")
        print(f"{label}: dry run, nothing written: {summary(outcome, True)}")
    else:
        print(f"{label}: {summary(outcome, False)}")
    return 0


def reject(errors: list[RowError], label: str) -> int:
    """Print every error and that nothing was written; the exit status of a rejected file."""
    for error in errors:
        print(error.render(label), file=sys.stderr)
    counts = f"{plural(len(errors), 'error')} on {plural(len({e.line for e in errors}), 'line')}"
    print(f"accord: {label} rejected: {counts}; nothing was written", file=sys.stderr)
    return 1


def warn(warnings: list[RowError], label: str) -> None:
    """Print what was read but ignored (unknown columns)."""
    for warning in warnings:
        print(warning.render(label, "warning: "), file=sys.stderr)


def run_export(settings: Settings, args: argparse.Namespace) -> int:
    """`accord export KIND FILE`: write the import format back, so importing the file changes nothing."""
    spec, label = SPECS[args.kind], file_label(args.file)
    with Database(settings.database_url).transaction() as session:
        rows, warnings = spec.export(session, settings.zone)
    try:
        _write(args.file, list(spec.columns), [[inert(show(v, settings.zone)) for v in row] for row in rows])
    except OSError as exc:
        print(f"accord: cannot write {label}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    for warning in warnings:
        print(f"accord: warning: {warning}", file=sys.stderr)
    # With `-` the data is on stdout, so the count goes to stderr.
    print(f"{label}: {len(rows)} {spec.name} written", file=sys.stderr if args.file == "-" else sys.stdout)
    return 0


def _write(file: str, header: list[str], rows: list[list[str]]) -> None:
    if file == "-":
        _write_rows(sys.stdout, [header, *rows])
        return
    with open(file, "w", encoding="utf-8", newline="") as stream:
        _write_rows(stream, [header, *rows])


def _write_rows(stream: TextIO, rows: list[list[str]]) -> None:
    plain = csv.writer(stream, lineterminator="\n")
    # Python 3.11 quotes only the line terminator's characters, so a lone CR in a cell would end the record when
    # read back; a row holding one is written with every cell quoted.
    quoted = csv.writer(stream, lineterminator="\n", quoting=csv.QUOTE_ALL)
    for row in rows:
        (quoted if any("\r" in cell for cell in row) else plain).writerow(row)


FORMATS = {
    "clients": "domains and aliases are ;-separated; registration an ABN, ACN, NZBN or UK company number; only name "
               "is required; matched by external_id, else exact name",
    "members": "role is partner, bd, director, admin or empty; upserted by email (any case)",
    "flags": "client is an external id or a unique name; holder_email a member; since, until ISO, in TIMEZONE "
             "unless they carry an offset",
}


def register(commands: argparse._SubParsersAction) -> None:
    """Add `accord import KIND FILE [--dry-run]` and `accord export KIND FILE`."""
    imports = commands.add_parser("import", help="import clients, members or flags from a CSV file")
    exports = commands.add_parser("export", help="export clients, members or flags as a CSV file")
    import_kinds = imports.add_subparsers(dest="kind", required=True, metavar="KIND")
    export_kinds = exports.add_subparsers(dest="kind", required=True, metavar="KIND")
    for name, spec in SPECS.items():
        columns = ",".join(spec.columns)
        one = import_kinds.add_parser(name, help=columns, description=f"Columns: {columns}. {FORMATS[name]}. "
                                      "Any bad line rejects the whole file; nothing is written.")
        one.add_argument("file", metavar="FILE.csv", help="the CSV file (UTF-8), or - for standard input")
        one.add_argument("--dry-run", action="store_true", help="check the file and report what would change")
        one.set_defaults(run=run_import)
        out = export_kinds.add_parser(name, help=columns)
        out.add_argument("file", metavar="FILE.csv", help="where to write, or - for standard output")
        out.set_defaults(run=run_export)
