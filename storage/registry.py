"""The client registry: clients, contacts, and flags with every change kept."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Select, String, and_, bindparam, cast, func, literal, or_, true, tuple_, union_all
from sqlmodel import Session, select

from storage.batches import chunks
from storage.db import get, like_escaped, possible_id
from storage.history import record_change, snapshot
from storage.models import Client, Contact, Flag, FlagChange, Member
from storage.types import UTCDateTime, utcnow

FLAG_FIELDS = ("client_id", "contact_id", "holder_id", "basis", "since", "until", "source")


def all_clients(session: Session) -> list[Client]:
    """Every client, in id order."""
    return list(session.exec(select(Client).order_by(Client.id)))


def client(session: Session, client_id: int | None) -> Client | None:
    """One client by id; None for an id no row can have."""
    return get(session, Client, client_id)


def client_by_external_id(session: Session, external_id: str) -> Client | None:
    """The client with this CRM id."""
    return session.exec(select(Client).where(Client.external_id == external_id)).first()


def add_alias(session: Session, row: Client, alias: str, at: datetime, note: str) -> None:
    """Give a client another name, kept in the change log; updated_at makes the client index read it again."""
    before = list(row.aliases or ())
    row.aliases, row.updated_at = [*before, alias], at
    session.add(row)
    record_change(session, "client", row.id, "alias added", by=None, before={"aliases": before},
                  after={"aliases": row.aliases}, note=note)


def add_contact(session: Session, client_id: int, name: str | None, email: str | None) -> Contact:
    """A new contact of the client, written as given (name trimmed, email in lower case)."""
    contact = Contact(client_id=client_id, name=(name or "").strip(), email=email.strip().lower() if email else None)
    session.add(contact)
    session.flush()
    return contact


def contacts_of(session: Session, client_ids: Iterable[int]) -> list[Contact]:
    """Contacts of these clients, in id order."""
    found = [c for batch in chunks(set(client_ids)) for c in session.exec(select(Contact).where(
        Contact.client_id.in_(batch)))]
    return sorted(found, key=lambda c: c.id)


def flags_with_contacts(session: Session, client_id: int, holder_id: int, basis: str) -> list[tuple[Flag, Contact]]:
    """A holder's flags on a client on one basis, ended ones too, each with its contact; those in force first."""
    query = (select(Flag, Contact).join(Contact, Contact.id == Flag.contact_id)
             .where(Flag.client_id == client_id, Flag.holder_id == holder_id, Flag.basis == basis)
             .order_by(Flag.until.is_not(None), Flag.id.desc()))
    return list(session.execute(query).all())


def put_flag(session: Session, flag: Flag | None, *, by: int | None, via: str, **fields: Any) -> tuple[Flag, bool]:
    """Create a flag or change one, recording who, through what (`via`), before and after; (flag, changed)."""
    before = snapshot(flag, FLAG_FIELDS) if flag is not None else None
    if flag is None:
        flag = Flag(**{"source": via, **fields})
        session.add(flag)
    else:
        for key, value in fields.items():
            setattr(flag, key, value)
    after = snapshot(flag, FLAG_FIELDS)
    if before == after:
        return flag, False
    flag.updated_at = utcnow()
    session.flush()
    session.add(FlagChange(flag_id=flag.id, changed_by=by, source=via, before=before, after=after))
    session.flush()
    return flag, True


def flags_from(session: Session, source: str) -> list[Flag]:
    """Every flag one piece of work gave (its `source`, e.g. "approach:12"), in force or not."""
    return list(session.exec(select(Flag).where(Flag.source == source).order_by(Flag.id)))


def flag_history(session: Session, flag_id: int) -> list[FlagChange]:
    """Every recorded change to a flag, oldest first."""
    return list(session.exec(select(FlagChange).where(FlagChange.flag_id == flag_id).order_by(FlagChange.id)))


def active_flags(session: Session, client_ids: Iterable[int], at: datetime | None = None) -> list[Flag]:
    """Flags in force at `at` (now by default) on these clients, oldest first."""
    at = at or utcnow()
    found = [f for batch in chunks(set(client_ids))
             for f in session.exec(select(Flag).where(Flag.client_id.in_(batch), *_in_force(at)))]
    return sorted(found, key=lambda f: (f.since, f.id))


def _in_force(at: datetime) -> tuple:
    """The conditions of a flag in force at `at`: begun, and not yet ended."""
    return Flag.since <= at, or_(Flag.until.is_(None), Flag.until > at)


def most_held(session: Session, at: datetime, count: int) -> list[tuple[int, str, int]]:
    """(client id, name, flags) of the `count` clients with the most flags in force at `at`, most first."""
    # Counted from the flags' own index first, then joined: grouping the join by name sorted every flag.
    held = (select(Flag.client_id, func.count().label("flags")).where(*_in_force(at))
            .group_by(Flag.client_id).subquery())
    query = (select(Client.id, Client.name, held.c.flags).join(held, held.c.client_id == Client.id)
             .order_by(held.c.flags.desc(), Client.name).limit(count))
    return [(i, name, n) for i, name, n in session.execute(query)]


def all_flags(session: Session) -> list[Flag]:
    """Every flag, in id order."""
    return list(session.exec(select(Flag).order_by(Flag.id)))


def members_by_id(session: Session, ids: Iterable[int]) -> dict[int, Member]:
    """Members keyed by id."""
    return {m.id: m for batch in chunks(set(ids)) for m in session.exec(select(Member).where(Member.id.in_(batch)))}


def registry_version(session: Session) -> tuple[int, datetime | None]:
    """The newest client id and the latest change: two index lookups that tell whether an index is stale."""
    newest = select(func.max(Client.id)).scalar_subquery()
    latest = select(func.max(Client.updated_at)).scalar_subquery()
    top, changed = session.execute(select(newest, latest)).one()
    return top or 0, changed


Cursor = tuple[datetime, int]  # (updated_at, id) of a client change: changes are read in this order
MATCHED = (Client.id, Client.name, Client.external_id, Client.aliases, Client.domains, Client.country,
           Client.registration, Client.updated_at)


def client_entries(session: Session):
    """Every client's matchable fields, streamed in batches rather than loaded as objects all at once."""
    return session.execute(select(*MATCHED).order_by(Client.id).execution_options(yield_per=2000))


def change_cursor(session: Session) -> Cursor | None:
    """The newest change in the registry as a cursor; None while it holds no client."""
    return session.execute(_newest_change()).first()


@cache
def _newest_change() -> Select:
    # Built once: every question asks it, and its construction cost more than the index seek.
    return select(Client.updated_at, Client.id).order_by(Client.updated_at.desc(), Client.id.desc()).limit(1)


def _after(cursor: Cursor | None):
    """Clients changed after the cursor, as a filter: two index seeks. "updated_at > t OR (= t AND id > i)", even as
    a row value, walks every row stamped t on SQLite, and a bulk import stamps all its rows with one time."""
    if cursor is None:
        return true()
    stamp = literal(cursor[0], UTCDateTime)
    return Client.id.in_(union_all(select(Client.id).where(Client.updated_at == stamp, Client.id > cursor[1]),
                                   select(Client.id).where(Client.updated_at > stamp)))


def clients_after(session: Session, cursor: Cursor | None, limit: int) -> list:
    """Up to `limit` client changes after the cursor, in cursor order: one bounded chunk of an index refresh."""
    # In index order from the cursor (a row value lets PostgreSQL seek straight to it), not a filter to sort.
    after = true() if cursor is None else \
        tuple_(Client.updated_at, Client.id) > tuple_(literal(cursor[0], UTCDateTime), cursor[1])
    query = select(*MATCHED).where(after).order_by(Client.updated_at, Client.id).limit(limit)
    return list(session.execute(query))


def changes_since(session: Session, moment: datetime) -> list[tuple[int, datetime]]:
    """(id, updated_at) of the clients changed at or after `moment`: what a refresh checks it did not miss."""
    return list(session.execute(select(Client.id, Client.updated_at).where(Client.updated_at >= moment)))


def clients_by_id(session: Session, ids: Iterable[int]) -> list:
    """The matchable fields of these clients (a short list)."""
    ids = list(ids)
    return list(session.execute(select(*MATCHED).where(Client.id.in_(ids)))) if ids else []


def newer_than(session: Session, cursor: Cursor | None, ids: Iterable[int]) -> set[int]:
    """Of these client ids (a short list), those changed after the cursor."""
    ids = list(ids)
    if not ids or cursor is None:
        return set()
    return set(session.exec(select(Client.id).where(Client.id.in_(ids), _after(cursor))))


def clients_known_as(session: Session, cursor: Cursor | None, names: Iterable[str], domains: Iterable[str]) -> list:
    """Clients changed after the cursor (all, without one) whose name, alias or domain is exactly one of these."""
    names = {n.strip().lower() for n in names if len(n.strip()) >= 2}
    # The very name first, through the index on lower(name): at a million clients the scans below take seconds.
    exact = list(session.execute(select(*MATCHED).where(_after(cursor), func.lower(Client.name).in_(names)))
                 ) if names else []
    if exact:
        return exact
    conditions = []
    for name in names:
        # A name that goes on after the query ("Acme" for "Acme Holdings Pty Ltd", "Inc" for "Inc.") is for the
        # matcher to judge; the shortest such names are the likeliest.
        conditions += [func.lower(Client.name) == name, func.lower(Client.name).like(like_escaped(name) + "%", "\\"),
                       func.lower(cast(Client.aliases, String)).like("%" + like_escaped(json.dumps(name)) + "%", "\\")]
    conditions += [cast(Client.domains, String).like("%" + like_escaped(json.dumps(d.lower())) + "%", "\\")
                   for d in set(domains)]
    if not conditions:
        return []
    query = select(*MATCHED).where(_after(cursor), or_(*conditions)).order_by(func.length(Client.name)).limit(50)
    return list(session.execute(query))


def active_flags_with_people(session: Session, client_id: int, at: datetime | None = None):
    """Flags in force on a client, each with its holder and its contact (or None)."""
    return flags_in_force_on(session, [client_id], at)


def client_with_flags(session: Session, client_id: int | None, at: datetime) -> tuple[Client | None, list]:
    """A client and its flags in force at `at`, each with its holder and its contact (or None), in one read: the
    who-owns answer needs both, and asking twice cost it a round trip. (None, []) for a client not on record."""
    if not possible_id(client_id):
        return None, []
    rows = session.execute(_client_with_flags(), {"client_id": client_id, "at": at}).all()
    return (rows[0][0] if rows else None), [(flag, holder, contact) for _, flag, holder, contact in rows if flag]


@cache
def _client_with_flags() -> Select:
    # Built once: building it and its cache key anew on every who-owns cost more than running it.
    return (
        select(Client, Flag, Member, Contact)
        .outerjoin(Flag, and_(Flag.client_id == Client.id, *_in_force(bindparam("at", type_=UTCDateTime()))))
        .outerjoin(Member, Member.id == Flag.holder_id)
        .outerjoin(Contact, Contact.id == Flag.contact_id)
        .where(Client.id == bindparam("client_id"))
        .order_by(Flag.since, Flag.id)
    )


def flags_by_client(session: Session, client_ids: list[int], at: datetime | None = None) -> dict[int, list]:
    """`flags_in_force_on` grouped by client: each client's flags in force, with holder and contact, oldest first."""
    grouped: dict[int, list] = {}
    for row in flags_in_force_on(session, client_ids, at) if client_ids else []:
        grouped.setdefault(row[0].client_id, []).append(row)
    return grouped


def flags_in_force_on(session: Session, client_ids: list[int], at: datetime | None = None):
    """Flags in force on these clients (a short list), each with its holder and its contact (or None)."""
    at = at or utcnow()
    query = (
        select(Flag, Member, Contact)
        .join(Member, Member.id == Flag.holder_id)
        .outerjoin(Contact, Contact.id == Flag.contact_id)
        .where(Flag.client_id.in_(client_ids), *_in_force(at))
        .order_by(Flag.since, Flag.id)
    )
    return list(session.execute(query).all())


def held_by(session: Session, holder_id: int, basis: str, at: datetime | None = None):
    """A member's flags in force on one basis, each with its client and contact, oldest first."""
    at = at or utcnow()
    query = (
        select(Flag, Client, Contact)
        .join(Client, Client.id == Flag.client_id)
        .outerjoin(Contact, Contact.id == Flag.contact_id)
        .where(Flag.holder_id == holder_id, Flag.basis == basis, *_in_force(at))
        .order_by(Flag.since, Flag.id)
    )
    return list(session.execute(query).all())


def flag(session: Session, flag_id: int | None) -> Flag | None:
    """One flag by id; None for an id no row can have."""
    return get(session, Flag, flag_id)


# --- what an import plans against: columns, not ORM objects, a bounded batch at a time --------------------------

CLIENT_COLUMNS = (Client.id, Client.external_id, Client.name, Client.aliases, Client.domains, Client.country,
                  Client.registration)
FLAG_COLUMNS = (Flag.id, Flag.client_id, Flag.holder_id, Flag.basis, Flag.contact_id, Flag.since, Flag.until,
                Flag.source)
CONTACT_COLUMNS = (Contact.id, Contact.client_id, Contact.name, Contact.email)


def _rows_in(session: Session, columns: tuple, column: Any, values: Iterable[Any]) -> list[Any]:
    """Rows (named tuples) whose `column` is one of `values`, one bounded IN list at a time."""
    return [row for batch in chunks(set(values)) for row in session.execute(select(*columns).where(
        column.in_(batch)))]


def client_rows_by_id(session: Session, ids: Iterable[int]) -> list[Any]:
    """The clients with these ids, as rows of CLIENT_COLUMNS."""
    return _rows_in(session, CLIENT_COLUMNS, Client.id, ids)


def client_rows_by_external_id(session: Session, external_ids: Iterable[str]) -> list[Any]:
    """The clients with these CRM ids, as rows of CLIENT_COLUMNS."""
    return _rows_in(session, CLIENT_COLUMNS, Client.external_id, external_ids)


def flag_rows_of(session: Session, client_ids: Iterable[int]) -> list[Any]:
    """Every flag (ended ones too) on these clients, as rows of FLAG_COLUMNS."""
    return _rows_in(session, FLAG_COLUMNS, Flag.client_id, client_ids)


def contact_rows_of(session: Session, client_ids: Iterable[int]) -> list[Any]:
    """Every contact of these clients, as rows of CONTACT_COLUMNS."""
    return _rows_in(session, CONTACT_COLUMNS, Contact.client_id, client_ids)


def client_names(session: Session):
    """Every client's (name, id), streamed in batches."""
    return session.execute(select(Client.name, Client.id).execution_options(yield_per=5000))
