"""`accord import` and `accord export`: clients, members and flags as CSV; a file is checked whole before any write."""

from __future__ import annotations

import argparse
import codecs
import csv
import io
import os
import pickle
import re
import shutil
import sys
import tempfile
import time
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, tzinfo
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any, BinaryIO, TextIO

from sqlmodel import Session, select

from bot.rules import registration as registration_numbers
from bot.settings import Settings
from storage import registry
from storage.batches import BATCH, chunks, insert_rows, update_rows
from storage.db import Database
from storage.members import list_members
from storage.models import Basis, Client, Contact, Flag, FlagChange, Member, Role
from storage.types import utcnow

Cell = Callable[[str, tzinfo], Any]
ROWS_PER_BATCH = 1000  # lines planned together: each batch reads only the rows of the database its lines name


# --- what planning produces -------------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    """Why a line (and column) of a file cannot be imported; also used for warnings."""

    line: int
    column: str | None
    reason: str

    def render(self, file: str, note: str = "") -> str:
        """The `file:line: column: reason` form that editors and grep understand; note is e.g. 'warning: '."""
        where = f"{file}:{self.line}: {note}"
        return f"{where}{self.column}: {self.reason}" if self.column else f"{where}{self.reason}"


@dataclass(frozen=True)
class Values:
    """One data line, its cells converted; a column absent from the header is absent here (left as it is)."""

    line: int
    cells: dict[str, Any]


@dataclass(frozen=True)
class Step:
    """What one line does to one record: create it, update some fields, or nothing."""

    line: int
    action: str  # create | update | unchanged
    label: str
    fields: dict[str, Any]
    target: int | None = None  # the id of the record updated
    before: dict[str, Any] = field(default_factory=dict)  # old values of the fields that change
    contact: int | str | None = None  # flags: the contact's id, or "new contact N" for one the import creates
    stored: dict[str, Any] | None = None  # flags: the stored flag as its change log records it (before)


@dataclass(frozen=True)
class Plan:
    """Everything a valid file would do, in file order: every step, or (from a file) only those that change."""

    steps: Iterable[Step]
    warnings: list[RowError] = field(default_factory=list)
    new_contacts: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # lines per action
    book: ContactBook | None = None  # flags: the contacts the file creates or completes

    def count(self, action: str) -> int:
        """How many lines have this action."""
        return self.counts.get(action, 0)


@dataclass(frozen=True)
class Parsed:
    """A file read into typed rows, with the errors and warnings found on the way."""

    rows: list[Values]
    errors: list[RowError]
    warnings: list[RowError]


@dataclass(frozen=True)
class Context:
    """The clock and the network's time zone, passed in so planning stays pure."""

    now: datetime
    zone: tzinfo


class Invalid(ValueError):
    """A cell's value cannot be used; the message says why."""


class Refused(Exception):
    """A line cannot be planned; carries its errors."""

    def __init__(self, *errors: RowError) -> None:
        super().__init__(errors)
        self.errors = list(errors)


# --- cells: pure conversions of one value -----------------------------------------------------------------

LABEL = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
TOP_LABEL = re.compile(r"[a-z]{2,63}|xn--[a-z0-9-]{1,59}")
SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://")
EMAIL = re.compile(r"[^@\s,;<>()\"]+@([^@\s]+)")
GUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def is_host(host: str) -> bool:
    """True if `host` looks like an internet domain (two labels or more, letters in the top one)."""
    try:
        ascii_host = host.encode("idna").decode("ascii")  # checks unicode names too, in their DNS form
    except UnicodeError:
        return False
    *labels, top = ascii_host.split(".")
    return bool(labels) and all(LABEL.fullmatch(x) for x in labels) and bool(TOP_LABEL.fullmatch(top))


def text(limit: int) -> Cell:
    """A plain value up to the column's size (longer would fail on PostgreSQL mid-import); empty is None."""

    def read(raw: str, _zone: tzinfo) -> str | None:
        if len(raw) > limit:
            raise Invalid(f"longer than {limit} characters")
        return raw or None

    return read


def email(raw: str, _zone: tzinfo) -> str | None:
    """An email address, lower case (members are matched case-insensitively); empty is None."""
    match = EMAIL.fullmatch(raw)
    if raw and (len(raw) > 320 or not match or not is_host(match[1].lower())):
        raise Invalid(f"not an email address: {raw!r}")
    return raw.lower() or None


def domain(raw: str) -> str:
    """A web or email domain as stored: lower case, no scheme, www, user, port or path."""
    host = SCHEME.sub("", raw.strip().lower())
    host = re.split(r"[/?#]", host, maxsplit=1)[0].rsplit("@", 1)[-1].split(":", 1)[0].rstrip(".")
    host = host.removeprefix("www.")
    if not is_host(host):
        raise Invalid(f"not a domain: {raw.strip()!r}")
    return host


def domains(raw: str, _zone: tzinfo) -> list[str]:
    """`;`-separated domains, normalised, without repeats; every bad one is named."""
    found, bad = [], []
    for part in filter(None, (p.strip() for p in raw.split(";"))):
        try:
            found.append(domain(part))
        except Invalid:
            bad.append(part)
    if bad:
        raise Invalid(f"not a domain: {', '.join(map(repr, bad))}")
    return list(dict.fromkeys(found))


def aliases(raw: str, _zone: tzinfo) -> list[str]:
    """`;`-separated names, without repeats (ignoring case)."""
    seen: dict[str, str] = {}
    for alias in filter(None, (p.strip() for p in raw.split(";"))):
        seen.setdefault(alias.lower(), alias)
    return list(seen.values())


def registration(raw: str, _zone: tzinfo) -> str | None:
    """A company registration number with valid check digits, stored compact; empty is None."""
    try:
        return registration_numbers.canonical(raw) if raw else None
    except ValueError as exc:
        raise Invalid(f"{exc}: {raw!r}") from None


def role(raw: str, _zone: tzinfo) -> str | None:
    """A Role value, or None for no role."""
    if raw and raw.lower() not in Role.__members__:
        raise Invalid(f"unknown role {raw!r}: use {', '.join(Role)} or leave it empty")
    return Role(raw.lower()).value if raw else None


def _basis_key(raw: str) -> str:
    return " ".join(re.split(r"[\s_-]+", raw.strip().lower()))


BASES = {_basis_key(b.value): b.value for b in Basis} | {"dna": Basis.do_not_approach.value}


def basis(raw: str, _zone: tzinfo) -> str:
    """A Basis value; 'active_quote', 'Do Not Approach' and 'DNA' are accepted too."""
    if _basis_key(raw) not in BASES:
        raise Invalid(f"unknown basis {raw!r}: use one of {', '.join(b.value for b in Basis)}")
    return BASES[_basis_key(raw)]


def when(raw: str, zone: tzinfo) -> datetime | None:
    """An ISO date or date-time as aware UTC; without an offset it is a time in the network's zone."""
    if not raw:
        return None
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise Invalid(f"not an ISO date or date-time: {raw!r} (write 2025-03-01 or 2025-03-01T09:30)") from None
    return (value if value.tzinfo else value.replace(tzinfo=zone)).astimezone(UTC)


def guid(raw: str, _zone: tzinfo) -> str | None:
    """An Entra object id (a GUID), lower case as Teams sends it; empty is None."""
    if raw and not GUID.fullmatch(raw.lower()):
        raise Invalid(f"not an Entra object id (a GUID like 00000000-0000-0000-0000-000000000000): {raw!r}")
    return raw.lower() or None


def show(value: Any, zone: tzinfo) -> str:
    """A value as a cell: lists `;`-joined, times ISO in the network's zone, None empty."""
    if isinstance(value, datetime):
        return value.astimezone(zone).isoformat()  # full precision, so re-importing compares equal
    if isinstance(value, list):
        return ";".join(value)
    return "" if value is None else str(value)


# A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV injection"): exported with a quote
# in front, which spreadsheets show as text, and which an import takes off again. A cell that starts with a quote
# gets another, so that taking one off gives back exactly what was exported.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def inert(cell: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula."""
    return QUOTE + cell if cell.startswith((*FORMULA_START, QUOTE)) else cell


def as_typed(cell: str) -> str:
    """The value an exported cell stands for: inert() undone; a cell as a person typed it is left as it is."""
    return cell[1:] if cell.startswith(QUOTE) and cell[1:].startswith((*FORMULA_START, QUOTE)) else cell


# --- files: pure reading of bytes into typed rows ---------------------------------------------------------


def encoding_errors(stream: BinaryIO) -> list[RowError]:
    """One error per line that is not UTF-8, reading the file again from its start."""
    stream.seek(0)
    errors = []
    for number, raw in enumerate(stream, 1):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            byte = f"byte 0x{raw[exc.start]:02x} at character {exc.start + 1}"
            errors.append(RowError(number, None, f"not UTF-8 text ({byte}): save the file as 'CSV UTF-8'"))
    return errors


def read_records(stream: TextIO, errors: list[RowError]) -> Iterator[tuple[int, list[str]]]:
    """CSV records with the line each starts on (quoted values may span lines); bad quoting stops the reading."""
    reader = csv.reader(stream, strict=True)
    start = 1
    try:
        for values in reader:
            yield start, values
            start = reader.line_num + 1
    except csv.Error as exc:
        errors.append(RowError(start, None, f"cannot read this CSV line: {exc}"))


def column_name(raw: str) -> str:
    """A header cell as a column name: 'External ID' and 'external-id' both mean external_id."""
    return re.sub(r"[\s-]+", "_", raw.strip().lower())


def read_header(spec: Spec, line: int, values: list[str]) -> tuple[list[str], list[RowError], list[RowError]]:
    """The column names, the header's errors (missing or repeated columns) and warnings (unknown ones)."""
    names = [column_name(v) for v in values]
    errors = [RowError(line, n, "appears twice in the header") for i, n in enumerate(names) if n and n in names[:i]]
    errors += [RowError(line, c, "required column is missing") for c in spec.required if c not in names]
    unknown = [n for n in dict.fromkeys(names) if n and n not in spec.columns]
    warnings = [RowError(line, n, "unknown column: ignored") for n in unknown]
    return names, errors, warnings


def read_row(spec: Spec, header: list[str], line: int, values: list[str], zone: tzinfo) -> Values | list[RowError]:
    """One line's cells converted, or every problem on it."""
    extra = values[len(header):]
    if len(values) < len(header) or any(v.strip() for v in extra):
        return [RowError(line, None, f"has {len(values)} values but the header has {len(header)} columns")]
    cells, errors = {}, []
    for name, raw in zip(header, values):
        if name not in spec.columns:
            continue
        raw = as_typed(raw.strip())
        if not raw and name in spec.required:
            errors.append(RowError(line, name, "empty: a value is required"))
            continue
        if "\x00" in raw:  # PostgreSQL cannot store it; report it here rather than fail the whole write
            errors.append(RowError(line, name, "contains a NUL character"))
            continue
        try:
            cells[name] = spec.columns[name](raw, zone)
        except Invalid as exc:
            errors.append(RowError(line, name, str(exc)))
    return errors or Values(line, cells)


class Reading:
    """A file read as a stream of typed rows (UTF-8, with or without BOM); errors and warnings gathered on the way.

    Only the line being read is held: a file of any size reads in the same memory.
    """

    def __init__(self, spec: Spec, stream: BinaryIO, zone: tzinfo) -> None:
        self.spec, self.stream, self.zone = spec, stream, zone
        self.errors: list[RowError] = []
        self.warnings: list[RowError] = []
        self.undecodable = False  # the file is not UTF-8: its rows mean nothing, only its encoding errors count

    def rows(self) -> Iterator[Values]:
        """The good rows in file order; bad cells, lines and headers become errors, unknown columns warnings."""
        if self.stream.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
            self.errors = [RowError(1, None, "the file is UTF-16: save it as 'CSV UTF-8'")]
            return
        self.stream.seek(0)
        text_ = io.TextIOWrapper(self.stream, encoding="utf-8-sig", newline="")
        try:
            yield from self._rows(text_)
        except UnicodeDecodeError:
            self.undecodable = True
            self.errors, self.warnings = encoding_errors(self.stream), []
        finally:
            text_.detach()

    def _rows(self, text_: TextIO) -> Iterator[Values]:
        errors: list[RowError] = []
        records = ((line, values) for line, values in read_records(text_, errors)
                   if any(v.strip() for v in values))  # blank lines (Excel writes them) are skipped
        head = next(records, None)
        if head is None:
            columns = ",".join(self.spec.columns)
            self.errors += errors or [RowError(1, None, f"no header: the first line names the columns: {columns}")]
            return
        header, header_errors, self.warnings = read_header(self.spec, *head)
        if header_errors:
            for _ in records:  # the rest is still read, for its CSV errors
                pass
            self.errors += header_errors + errors
            return
        for line, values in records:
            result = read_row(self.spec, header, line, values, self.zone)
            if isinstance(result, list):
                self.errors.extend(result)
            else:
                yield result
        self.errors += errors


def parse_file(spec: Spec, data: bytes, zone: tzinfo) -> Parsed:
    """Decode and read a whole file held in memory; bad cells become errors, unknown columns warnings."""
    reading = Reading(spec, io.BytesIO(data), zone)
    rows = list(reading.rows())
    return Parsed([] if reading.undecodable else rows, reading.errors, reading.warnings)


# --- planning: pure, against a snapshot of the database ---------------------------------------------------


def _name_key(name: str) -> str:
    return name.strip().lower()  # a client is named exactly, ignoring case and surrounding spaces


class Snapshot:
    """What the database holds about some lines, read inside the import's transaction, so planning needs no I/O.

    Records are anything with the columns' attributes: rows of registry.CLIENT_COLUMNS and the like from a
    Registry (one batch of lines at a time), or model objects in tests.
    """

    def __init__(self, clients: Iterable[Any] = (), members: Iterable[Any] = (),
                 contacts: Iterable[Any] = (), flags: Iterable[Any] = ()) -> None:
        self.clients, self.members, self.contacts = list(clients), list(members), sorted(contacts, key=_id)
        self.client_by_external_id = {c.external_id: c for c in self.clients if c.external_id}
        self.clients_by_name: dict[str, list[Any]] = {}
        for c in sorted(self.clients, key=_id):
            self.clients_by_name.setdefault(_name_key(c.name), []).append(c)
        self.member_by_email = {m.email.lower(): m for m in self.members if m.email}
        self.member_by_aad = {m.aad_object_id.lower(): m for m in self.members if m.aad_object_id}
        flags = sorted(flags, key=_id)
        # The newest flag with an identity is the one a line updates: later ids overwrite earlier ones here.
        self.flag_by_identity = {(f.client_id, f.holder_id, f.basis, f.contact_id): f for f in flags}
        self.contacts_by_client: dict[int, list[Any]] = {}
        for c in self.contacts:
            self.contacts_by_client.setdefault(c.client_id, []).append(c)
        # Each holder's flags with their contacts: a do-not-approach entry is its holder's own row, so a line finds
        # its holder's contact before any other holder's row for the same person.
        contacts = {c.id: c for c in self.contacts}
        self.own_contacts: dict[tuple[int, int, str], list[Any]] = {}
        for f in flags:
            if f.contact_id in contacts:
                self.own_contacts.setdefault((f.client_id, f.holder_id, f.basis), []).append(contacts[f.contact_id])

    def snapshot(self, _kind: str, _rows: list[Values]) -> Snapshot:
        """The snapshot a batch of lines is planned against: all of this one."""
        return self

    def own_contact(self, client_id: int, holder_id: int, basis: str, name: str | None,
                    email_: str | None) -> int | None:
        """The contact of the holder's own flag written exactly so (name in any case), if there is one."""
        wanted = ((name or "").strip().casefold(), email_ or "")
        return next((c.id for c in self.own_contacts.get((client_id, holder_id, basis), ())
                     if ((c.name or "").casefold(), c.email or "") == wanted), None)


def _id(record: Any) -> int:
    return record.id


class NameIndex:
    """Which values (client ids, line numbers) go with a name, ignoring case: about 16 bytes a name.

    Names are kept as 64-bit hashes in two arrays sorted together, not as strings, so a million clients take 16 MB.
    A hash can collide: the registry's candidates are checked against their real names; two lines of a file
    whose different names collide (about 1 in 30 million for a million lines) are refused, never written wrongly.
    """

    def __init__(self, pairs: Iterable[tuple[str, int]] = ()) -> None:
        self.keys, self.values, self.sorted = array("q"), array("q"), False
        keys, values = self.keys.append, self.values.append
        for name, value in pairs:
            keys(hash(name.strip().lower()))  # _name_key, inline: this loop reads every client
            values(value)

    def add(self, name: str, value: int) -> None:
        """Remember that `value` goes with `name`."""
        self.keys.append(hash(_name_key(name)))
        self.values.append(value)
        self.sorted = False

    def get(self, name: str) -> list[int]:
        """The values added with this name (or a colliding one), in the order they were added."""
        if not self.sorted:
            order = sorted(range(len(self.keys)), key=self.keys.__getitem__)  # stable: equal keys keep their order
            self.keys = array("q", (self.keys[i] for i in order))
            self.values = array("q", (self.values[i] for i in order))
            self.sorted = True
        key = hash(_name_key(name))
        start = bisect_left(self.keys, key)
        end = bisect_right(self.keys, key, lo=start)
        return list(self.values[start:end])


class Registry:
    """The database as planning sees it: for each batch of lines, a Snapshot of the rows those lines name.

    Clients, contacts and flags are read by bounded IN lists a batch at a time (no parameter limit, no snapshot of
    the whole registry); clients' names, which are compared ignoring case, are looked up in a NameIndex read once.
    Members are the network's people, not its registry: they are read whole, as columns.
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.members = list(session.execute(select(Member.id, Member.email, Member.aad_object_id, Member.name,
                                                   Member.role, Member.firm)))
        self._names: NameIndex | None = None

    @property
    def names(self) -> NameIndex:
        """Client ids by name, read on first use."""
        if self._names is None:
            self._names = NameIndex(registry.client_names(self.session))
        return self._names

    def clients(self, external_ids: Iterable[str], names: Iterable[str]) -> list[Any]:
        """The clients with these external ids, and every client with one of these names (any case)."""
        found = registry.client_rows_by_external_id(self.session, external_ids)
        keys, known = {_name_key(n) for n in names}, {c.id for c in found}
        candidates = {i for key in keys for i in self.names.get(key)} - known
        return found + [c for c in registry.client_rows_by_id(self.session, candidates) if _name_key(c.name) in keys]

    def snapshot(self, kind: str, rows: list[Values]) -> Snapshot:
        """What planning these lines needs to know, and nothing more."""
        if kind == "members":
            return Snapshot(members=self.members)
        if kind == "clients":
            external_ids = {r.cells["external_id"] for r in rows if r.cells.get("external_id")}
            return Snapshot(self.clients(external_ids, {r.cells["name"] for r in rows}))
        values = {r.cells["client"] for r in rows}
        by_external_id = registry.client_rows_by_external_id(self.session, values)
        unnamed = values - {c.external_id for c in by_external_id}  # flag lines naming a client by its name
        known = {c.id for c in by_external_id}
        clients = by_external_id + [c for c in self.clients((), unnamed) if c.id not in known]
        ids = [c.id for c in clients]
        return Snapshot(clients, self.members, registry.contact_rows_of(self.session, ids),
                        registry.flag_rows_of(self.session, ids))


def load_snapshot(session: Session) -> Registry:
    """The database, for planning a file against it batch by batch."""
    return Registry(session)


class ContactBook:
    """Each client's contacts as a flag line finds them (by email, else by name in any case), with those it creates.

    Between batches it keeps only the clients whose contacts the file creates or completes; the others are read
    again from each batch's snapshot.
    """

    def __init__(self) -> None:
        self.changed: dict[int, list[list]] = {}  # client id -> [id or placeholder, name, email, changed]
        self.created = 0

    def resolve(self, snap: Snapshot, client_id: int, name: str | None, email_: str | None) -> tuple[int | str, Any]:
        """The contact's id, or a placeholder for one the import creates.

        Also what a known contact gains (a missing email or name): `complete()` it when the line creates its flag,
        as only then is the contact written.
        """
        entries = self.changed.get(client_id)
        if entries is None:
            entries = [[c.id, c.name, c.email, False] for c in snap.contacts_by_client.get(client_id, ())]
        found = next((e for e in entries if email_ and e[2] == email_), None)
        found = found or next((e for e in entries if name and e[1].lower() == name.lower()), None)
        if found is None:
            self.created += 1
            entries.append([f"new contact {self.created}", name or "", email_, True])
            self.changed[client_id] = entries
            return entries[-1][0], None
        completion = (2, email_) if email_ and not found[2] else (1, name) if name and not found[1] else None
        return found[0], (entries, found, completion) if completion else None

    def complete(self, client_id: int, pending: Any) -> None:
        """Make the change resolve() found: a known contact gains its email or name."""
        if pending:
            entries, found, (index, value) = pending
            found[index], found[3] = value, True
            self.changed[client_id] = entries

    def new(self) -> Iterator[tuple[str, int, str, str | None]]:
        """The contacts to create: (placeholder, client id, name, email), in the order the file made them."""
        made = [(e[0], client, e[1], e[2]) for client, entries in self.changed.items() for e in entries
                if isinstance(e[0], str)]
        return iter(sorted(made, key=lambda c: int(c[0].rsplit(" ", 1)[1])))

    def completed(self) -> Iterator[tuple[int, str, str | None]]:
        """Known contacts the file completes: (id, name, email)."""
        return ((e[0], e[1], e[2]) for entries in self.changed.values() for e in entries
                if isinstance(e[0], int) and e[3])


class Claims:
    """Which line first claimed each record, by the key's 64-bit hash: 12 bytes a line, not a dict's 110.

    The hashes and lines sit in two arrays; a Bloom filter of 8 MB in front says at once that almost every key is
    new, so only a repeated key (or about 1 in 10,000 new ones, for a million lines) searches the array.
    """

    BITS = 1 << 26

    def __init__(self) -> None:
        self.bloom, self.hashes, self.lines = bytearray(self.BITS // 8), array("q"), array("q")

    def setdefault(self, key: int, line: int) -> int:
        """The line that claimed `key` first: this one if none did."""
        mask, bloom, seen = self.BITS - 1, self.bloom, True
        for position in (key & mask, (key >> 19) & mask, (key >> 38) & mask):
            if not bloom[position >> 3] & (1 << (position & 7)):
                seen = False
                bloom[position >> 3] |= 1 << (position & 7)
        if seen:
            try:
                return self.lines[self.hashes.index(key)]
            except ValueError:
                pass  # the filter's rare false alarm
        self.hashes.append(key)
        self.lines.append(line)
        return line


@dataclass
class Draft:
    """A plan being made, batch by batch: the errors and warnings so far, and which line claimed which record.

    What it keeps for the whole file is small per line: claims by 64-bit hash (a collision refuses a line, it never
    writes a wrong one), the lines of each client name (a NameIndex) and the contacts the file creates.
    """

    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    claims: Claims = field(default_factory=lambda: Claims())
    counts: dict[str, int] = field(default_factory=dict)
    lines_by_name: NameIndex = field(default_factory=NameIndex)  # clients: every good line's name
    book: ContactBook = field(default_factory=ContactBook)  # flags

    def claim(self, key: Any, line: int, column: str | None, what: str) -> None:
        """Reserve a record for one line; a second line for the same record conflicts with the first."""
        first = self.claims.setdefault(hash(key), line)
        if first != line:
            raise Refused(RowError(line, column, f"{what}: also on line {first}"))

    def run(self, rows: list[Values], step: Callable[[Values], Step]) -> list[Step]:
        """Plan every row, returning the steps of good ones and keeping the errors of bad ones."""
        steps = []
        for row in rows:
            try:
                made = step(row)
            except Refused as exc:
                self.errors.extend(exc.errors)
                continue
            self.counts[made.action] = self.counts.get(made.action, 0) + 1
            steps.append(made)
        return steps


def diff(line: int, label: str, record: Any, fields: dict[str, Any]) -> Step:
    """The step that makes `record` (None: a new one) hold `fields`."""
    if record is None:
        return Step(line, "create", label, fields)
    before = {k: getattr(record, k) for k, v in fields.items() if getattr(record, k) != v}
    return Step(line, "update" if before else "unchanged", label, fields, record.id, before)


def client_ref(c: Client) -> str:
    """How messages name a client: its external id, else its database id."""
    return c.external_id or f"#{c.id} (no external id)"


def twins(name: str, named: list[Client]) -> str:
    """'2 clients are named X (C-1, C-2)', so the operator can pick the external id."""
    return f"{len(named)} clients are named {name!r} ({', '.join(map(client_ref, named))})"


def plan_clients(rows: list[Values], snap: Snapshot, ctx: Context, draft: Draft) -> list[Step]:
    """Upsert clients by external id, or by exact name for lines without one."""

    def step(row: Values) -> Step:
        ext, name = row.cells.get("external_id"), row.cells["name"]
        record = snap.client_by_external_id.get(ext) if ext else _client_by_name(row, snap, draft.lines_by_name)
        key = ("client", record.id) if record else ("new external_id", ext) if ext else ("new name", _name_key(name))
        what = f"duplicate external_id {ext!r}" if ext else f"client {name!r} again"
        draft.claim(key, row.line, "external_id" if ext else "name", what)
        fields = {k: row.cells[k] for k in ("name", "aliases", "domains", "country", "registration") if k in row.cells}
        fields |= {"external_id": ext} if ext else {}  # a line without an id keeps the client's id
        if record is None and snap.clients_by_name.get(_name_key(name)):
            others = ", ".join(client_ref(c) for c in snap.clients_by_name[_name_key(name)])
            reason = f"another client is named {name!r} ({others}): creating a second one"
            draft.warnings.append(RowError(row.line, "name", reason))
        return diff(row.line, f"client {name!r}" + (f" ({ext})" if ext else ""), record, fields)

    return draft.run(rows, step)


def _client_by_name(row: Values, snap: Snapshot, lines_by_name: NameIndex) -> Client | None:
    """The one client a line without external id names; two candidates (in the database or the file) refuse it."""
    name = row.cells["name"]
    named = snap.clients_by_name.get(_name_key(name), [])
    if len(named) > 1:
        raise Refused(RowError(row.line, "name", f"{twins(name, named)}: give the external_id"))
    others = [n for n in lines_by_name.get(name) if n != row.line]
    if others:
        raise Refused(RowError(row.line, "name", f"{name!r} is also on line {others[0]}: give each an external_id"))
    return named[0] if named else None


def plan_members(rows: list[Values], snap: Snapshot, ctx: Context, draft: Draft) -> list[Step]:
    """Upsert members by email; an Entra object id links a member Teams already knows without an email."""

    def step(row: Values) -> Step:
        email_, aad = row.cells["email"], row.cells.get("aad_object_id")
        draft.claim(("email", email_), row.line, "email", f"duplicate email {email_!r}")
        if aad:
            draft.claim(("aad", aad), row.line, "aad_object_id", f"duplicate aad_object_id {aad!r}")
        record = _member_target(row.line, email_, aad, snap)
        return diff(row.line, f"member {email_}", record, _member_fields(row.cells, record))

    return draft.run(rows, step)


def _member_target(line: int, email_: str, aad: str | None, snap: Snapshot) -> Member | None:
    """The member a line updates: by email, else the Teams-only member with its object id."""
    by_email, by_aad = snap.member_by_email.get(email_), snap.member_by_aad.get(aad) if aad else None
    if by_aad is not None and by_aad is not by_email and (by_email is not None or by_aad.email):
        owner = by_aad.email or by_aad.name or f"#{by_aad.id}"
        raise Refused(RowError(line, "aad_object_id", f"already belongs to member {owner}"))
    return by_email or by_aad


def _member_fields(cells: dict[str, Any], record: Member | None) -> dict[str, Any]:
    """The fields a line sets; an empty name or object id keeps what Teams told us."""
    fields = {"email": cells["email"]}
    fields |= {k: cells[k] for k in ("role", "firm") if k in cells}
    fields |= {k: cells[k] for k in ("name", "aad_object_id") if cells.get(k)}
    if record is None and not fields.get("name"):
        fields["name"] = cells["email"].split("@")[0][:200]  # as `members set-role` does, until Teams tells us
    return fields


def plan_flags(rows: list[Values], snap: Snapshot, ctx: Context, draft: Draft) -> list[Step]:
    """Create or update flags identified by (client, holder, basis, contact)."""
    return draft.run(rows, lambda row: _flag_step(row, snap, ctx, draft))


def _flag_step(row: Values, snap: Snapshot, ctx: Context, draft: Draft) -> Step:
    """One flag line: find its client, holder and contact, then compare its life with the stored flag."""
    c = row.cells
    found = [_flag_client(row.line, c["client"], snap), _flag_holder(row.line, c["holder_email"], snap)]
    if errors := [x for x in found if isinstance(x, RowError)]:
        raise Refused(*errors)
    client, holder = found
    person = (c.get("contact_name"), c.get("contact_email"))
    contact, completion = None, None
    if any(person):
        contact = snap.own_contact(client.id, holder.id, c["basis"], *person)
        if contact is None:
            contact, completion = draft.book.resolve(snap, client.id, *person)
    identity = (client.id, holder.id, c["basis"], contact)
    draft.claim(("flag", identity), row.line, None, "the same flag (client, holder, basis and contact)")
    record = snap.flag_by_identity.get(identity)
    fields = _flag_life(row, record, ctx)
    if record is None:
        fields = {"client_id": client.id, "holder_id": holder.id, "basis": c["basis"], "contact_id": None, **fields}
    who = f", contact {person[0] or person[1]}" if any(person) else ""
    step = diff(row.line, f"{c['basis']} flag of {holder.email} on {client.name!r}{who}", record, fields)
    if step.action == "create":
        draft.book.complete(client.id, completion)
        return replace(step, contact=contact)
    return replace(step, stored=_flag_record(record)) if step.action == "update" else step


def _flag_record(flag: Any, fields: Iterable[str] = registry.FLAG_FIELDS) -> dict[str, Any]:
    """A flag as its change log keeps it (storage.history.snapshot of registry.FLAG_FIELDS)."""
    return {k: (v.isoformat() if isinstance(v, datetime) else v) for k in fields for v in [getattr(flag, k)]}


def _flag_client(line: int, value: str, snap: Snapshot) -> Client | RowError:
    """The client a flag line names: by external id, else by a name only one client has."""
    if value in snap.client_by_external_id:
        return snap.client_by_external_id[value]
    named = snap.clients_by_name.get(_name_key(value), [])
    if len(named) == 1:
        return named[0]
    if not named:
        return RowError(line, "client", f"no client with external id or name {value!r}")
    return RowError(line, "client", f"{twins(value, named)}: use the external id")


def _flag_holder(line: int, value: str, snap: Snapshot) -> Member | RowError:
    """The member holding the flag; an import never invents members."""
    return snap.member_by_email.get(value) or RowError(line, "holder_email", f"no member with email {value}")


def _flag_life(row: Values, record: Flag | None, ctx: Context) -> dict[str, datetime | None]:
    """since and until: an empty since keeps the stored one (so re-imports change nothing), else now."""
    since = row.cells.get("since") or (record.since if record else ctx.now)
    until = row.cells["until"] if "until" in row.cells else (record.until if record else None)
    if until is not None and until <= since:
        reason = f"{show(until, ctx.zone)} is not after since {show(since, ctx.zone)}"
        raise Refused(RowError(row.line, "until", reason))
    return {"since": since, "until": until}


def plan_file(spec: Spec, batches: Iterable[list[Values]], source: Any, ctx: Context, draft: Draft,
              keep: Callable[[Step], None], progress: Progress | None = None) -> None:
    """Plan a file batch by batch against `source` (a Registry, or a Snapshot in tests), handing each step to keep."""
    done = 0
    for rows in batches:
        for step in spec.plan(rows, source.snapshot(spec.name, rows), ctx, draft):
            keep(step)
        done += len(rows)
        if progress:
            progress.show(done)
    if progress:
        progress.close()


def settle(draft: Draft, errors: list[RowError], warnings: list[RowError],
           steps: Iterable[Step]) -> Plan | list[RowError]:
    """The plan, or every error of the file (reading and planning), by line."""
    if every := sorted([*errors, *draft.errors], key=lambda e: e.line):
        return every
    warnings = sorted([*warnings, *draft.warnings], key=lambda e: e.line)
    return Plan(steps, warnings, draft.book.created, draft.counts, draft.book)


def make_plan(spec: Spec, parsed: Parsed, snap: Any, ctx: Context) -> Plan | list[RowError]:
    """The whole file's plan (every step, unchanged ones too), or every error in it, by line."""
    draft = Draft(lines_by_name=NameIndex((r.cells["name"], r.line) for r in parsed.rows if spec.name == "clients"))
    steps: list[Step] = []
    plan_file(spec, chunks(parsed.rows, ROWS_PER_BATCH), snap, ctx, draft, steps.append)
    return settle(draft, parsed.errors, parsed.warnings, steps)


# --- writing: the plan in bulk, a bounded batch at a time --------------------------------------------------


@dataclass(frozen=True)
class Writing:
    """What every batch of a plan's writes shares: the change source, the moment, the contacts made for it."""

    source: str
    now: datetime
    contacts: dict[str, int] = field(default_factory=dict)  # "new contact N" -> its id


@cache
def _defaults(model: type) -> tuple[tuple[str, Callable[[], Any] | None, Any], ...]:
    """Each column's default (a factory, else a value), read once: pydantic's get_default is slow per row."""
    return tuple((name, info.default_factory, info.default) for name, info in model.model_fields.items()
                 if name != "id")


def _new_row(model: type, fields: dict[str, Any], now: datetime) -> dict[str, Any]:
    """Every column of a new row: the model's defaults, then the step's fields, stamped now."""
    row = {name: factory() if factory else default for name, factory, default in _defaults(model)}
    return row | {"created_at": now, "updated_at": now} | fields


def _changed_row(step: Step, now: datetime) -> dict[str, Any]:
    """The id and the fields that change (as storage.db.save writes them), stamped now."""
    return {"id": step.target, "updated_at": now} | {k: step.fields[k] for k in step.before}


def apply_records(model: type) -> Callable[[Session, list[Step], Writing], None]:
    """Create and update rows of `model` (clients, members) in bulk, as storage.db.save would one by one."""

    def apply(session: Session, steps: list[Step], writing: Writing) -> None:
        table = model.__table__
        insert_rows(session, table, [_new_row(model, s.fields, writing.now) for s in steps if s.action == "create"])
        update_rows(session, table, [_changed_row(s, writing.now) for s in steps if s.action == "update"])

    return apply


def apply_flags(session: Session, steps: list[Step], writing: Writing) -> None:
    """Create and update flags in bulk, each change kept with before and after as registry.put_flag keeps it."""
    created = [s for s in steps if s.action == "create"]
    rows = [_new_row(Flag, s.fields | {"source": writing.source, "contact_id": writing.contacts.get(s.contact,
                                                                                                    s.contact)},
                     writing.now) for s in created]
    identity = ("client_id", "holder_id", "basis", "contact_id")  # one line per identity: the plan checked
    made = {tuple(r[1:]): r[0] for r in insert_rows(session, Flag.__table__, rows, returning=("id", *identity))}
    changes = [_flag_change(made[tuple(row[k] for k in identity)], writing, None,
                            _flag_record(SimpleNamespace(**row))) for row in rows]
    updated = [s for s in steps if s.action == "update"]
    update_rows(session, Flag.__table__, [_changed_row(s, writing.now) for s in updated])
    changes += [_flag_change(s.target, writing, s.stored, s.stored | _flag_record(SimpleNamespace(**s.fields),
                                                                                  s.fields)) for s in updated]
    insert_rows(session, FlagChange.__table__, changes)


def _flag_change(flag_id: int, writing: Writing, before: dict | None, after: dict) -> dict[str, Any]:
    return {"flag_id": flag_id, "changed_by": None, "changed_at": writing.now, "source": writing.source,
            "before": before, "after": after}


def write_contacts(session: Session, book: ContactBook, now: datetime) -> dict[str, int]:
    """Create the contacts a flags file names for the first time, complete known ones; their ids by placeholder."""
    new = [(placeholder, {"client_id": client, "name": (name or "").strip(),
                          "email": email_.strip().lower() if email_ else None, "created_at": now})
           for placeholder, client, name, email_ in book.new()]
    # No two new contacts of a client share name and email: the book would have found the first for the second.
    made = {tuple(r[1:]): r[0] for r in insert_rows(session, Contact.__table__, [row for _, row in new],
                                                    returning=("id", "client_id", "name", "email"))}
    update_rows(session, Contact.__table__, [{"id": i, "name": (name or "").strip(),
                                              "email": email_.strip().lower() if email_ else None}
                                             for i, name, email_ in book.completed()])
    return {placeholder: made[row["client_id"], row["name"], row["email"]] for placeholder, row in new}


class Progress:
    """A one-line progress bar on stderr for long files on a terminal (rich is not a run-time dependency)."""

    def __init__(self, label: str, total: int, stream: TextIO | None = None, *, at_least: int = 200) -> None:
        self.label, self.total, self.stream = label, total, stream or sys.stderr
        self.enabled = total >= at_least and self.stream.isatty()  # short files and pipes stay quiet
        self.shown_at = 0.0

    def show(self, done: int) -> None:
        """Redraw the bar, at most ten times a second."""
        if not self.enabled or (done < self.total and time.monotonic() - self.shown_at < 0.1):
            return
        self.shown_at = time.monotonic()
        filled = 30 * done // self.total
        self.stream.write(f"\r{self.label} [{'#' * filled}{'.' * (30 - filled)}] {done}/{self.total}")
        self.stream.flush()

    def close(self) -> None:
        """End the bar's line."""
        if self.enabled:
            self.stream.write("\n")
            self.stream.flush()


def apply_plan(session: Session, spec: Spec, plan: Plan, source: str, progress: Progress) -> None:
    """Write every create and update in bounded batches; the caller's single transaction makes it all or nothing."""
    now = utcnow()
    contacts = write_contacts(session, plan.book, now) if plan.book and spec.name == "flags" else {}
    writing, done = Writing(source, now, contacts), 0
    for batch in chunks((step for step in plan.steps if step.action != "unchanged"), BATCH):
        spec.apply(session, batch, writing)
        done += len(batch)
        progress.show(done)
    progress.close()


# --- exporting: the same formats back ----------------------------------------------------------------------


def export_clients(session: Session, zone: tzinfo) -> tuple[list[list[Any]], list[str]]:
    """Every client, with a warning for each one that importing the file back could not find by name."""
    clients = registry.all_clients(session)
    rows = [[c.external_id, c.name, c.domains, c.aliases, c.country, c.registration] for c in clients]
    return rows, _ambiguity_warnings(clients)


def _ambiguity_warnings(clients: list[Client]) -> list[str]:
    """Clients without external id whose name another client shares: importing the file back refuses them."""
    counts: dict[str, int] = {}
    for c in clients:
        counts[_name_key(c.name)] = counts.get(_name_key(c.name), 0) + 1
    return [f"client {c.name!r} (#{c.id}) has no external id and shares its name: re-importing would refuse it"
            for c in clients if not c.external_id and counts[_name_key(c.name)] > 1]


def export_members(session: Session, _zone: tzinfo) -> tuple[list[list[Any]], list[str]]:
    """Every member with an email; members only Teams knows (no email) cannot be imported back."""
    members = list_members(session)
    rows = [[m.email, m.name, m.role, m.firm, m.aad_object_id] for m in members if m.email]
    skipped = len(members) - len(rows)
    return rows, [f"{skipped} members without email (known from Teams only) left out"] if skipped else []


def export_flags(session: Session, _zone: tzinfo) -> tuple[list[list[Any]], list[str]]:
    """Every flag, ended ones too, naming its client by external id (else name) and its holder by email."""
    clients = {c.id: c for c in registry.all_clients(session)}
    contacts = {c.id: c for c in registry.contacts_of(session, clients)}
    flags = registry.all_flags(session)
    holders = registry.members_by_id(session, [f.holder_id for f in flags])
    rows, skipped = [], 0
    for f in flags:
        client, holder, contact = clients[f.client_id], holders[f.holder_id], contacts.get(f.contact_id)
        if not holder.email:
            skipped += 1
            continue
        person = [contact.name, contact.email] if contact else [None, None]
        rows.append([client.external_id or client.name, holder.email, f.basis, *person, f.since, f.until])
    warnings = [f"{skipped} flags held by members without email left out"] if skipped else []
    return rows, warnings + _ambiguity_warnings(list(clients.values()))


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


def _label(file: str) -> str:
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
    spec, label = SPECS[args.kind], _label(args.file)
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
        for error in outcome:
            print(error.render(label), file=sys.stderr)
        lines = len({e.line for e in outcome})
        counts = f"{plural(len(outcome), 'error')} on {plural(lines, 'line')}"
        print(f"accord: {label} rejected: {counts}; nothing was written", file=sys.stderr)
        return 1
    for warning in outcome.warnings:
        print(warning.render(label, "warning: "), file=sys.stderr)
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


def run_export(settings: Settings, args: argparse.Namespace) -> int:
    """`accord export KIND FILE`: write the import format back, so importing the file changes nothing."""
    spec, label = SPECS[args.kind], _label(args.file)
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
