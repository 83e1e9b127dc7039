"""Bounded batches: every IN list and every bulk write goes through these, so no query grows with the registry."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any, TypeVar

from sqlalchemy import Table, bindparam, insert, update

T = TypeVar("T")

# Values per IN list or rows per bulk write: far below every database's parameter limit (PostgreSQL 65,535;
# SQLite 32,766, or 999 before 3.32), with room for a write of a dozen columns per row.
BATCH = 500


def chunks(items: Iterable[T], size: int = BATCH) -> Iterator[list[T]]:
    """The items in lists of at most `size`, in order; nothing for no items."""
    if size < 1:
        raise ValueError("a batch holds at least one item")
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def insert_rows(session: Any, table: Table, rows: Iterable[dict[str, Any]], *,
                returning: tuple[str, ...] = ()) -> list[Any]:
    """Insert rows (dicts with the same keys) a bounded batch at a time; with `returning`, those columns of the new
    rows (id among them), in no particular order: asking for row order would make SQLAlchemy insert one at a time."""
    made: list[Any] = []
    for batch in chunks(rows):
        if returning:
            made += session.execute(insert(table).returning(*(table.c[c] for c in returning)), batch).all()
        else:
            session.execute(insert(table), batch)
    return made


def update_rows(session: Any, table: Table, rows: Iterable[dict[str, Any]]) -> None:
    """Update rows by id: each dict holds "id" and the new values, a bounded batch of one shape at a time."""
    for batch in chunks(rows):
        shapes: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row in batch:
            shapes.setdefault(tuple(sorted(k for k in row if k != "id")), []).append(row)
        for keys, same in shapes.items():
            # Bound names differ from column names: SQLAlchemy keeps those for itself in a SET clause.
            statement = (update(table).where(table.c.id == bindparam("_id", type_=table.c.id.type))
                         .values({k: bindparam(f"_{k}", type_=table.c[k].type) for k in keys}))
            session.execute(statement, [{f"_{k}": v for k, v in row.items()} for row in same])
