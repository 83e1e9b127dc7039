"""Planning: pure, against a snapshot of the database."""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from bot.imports.cells import show
from bot.imports.plan import ROWS_PER_BATCH, Context, Parsed, Plan, Refused, RowError, Step, Values
from storage import registry
from storage.batches import chunks
from storage.members import member_columns
from storage.models import Client, Flag, Member

if TYPE_CHECKING:  # annotations only: these modules import this one
    from bot.imports.kinds import Spec
    from bot.imports.writing import Progress


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
        self.members = member_columns(session)
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
