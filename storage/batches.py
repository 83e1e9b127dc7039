"""Bounded batches: every IN list and every bulk write goes through these, so no query grows with the registry."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TypeVar

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
