"""The engine and the one-transaction-per-turn session."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, create_engine

from storage.types import utcnow

T = TypeVar("T")
# Ids are INTEGER columns: a larger number from card data or a chat command names no row, and asking for it would
# be a database error (PostgreSQL: out of range; SQLite: overflow) instead of "not found".
MAX_ID = 2**31 - 1


def normalise_url(database_url: str) -> URL:
    """Pick the psycopg 3 driver for postgresql:// URLs, as operators write them without a driver."""
    url = make_url(database_url)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


def shown_url(database_url: str) -> str:
    """The database URL as people may read it: any password masked."""
    return make_url(database_url).render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(database_url: str) -> Engine:
    """Build the engine; SQLite files get their folder and sane pragmas."""
    url = normalise_url(database_url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)


class Database:
    """Owns the engine; hands out transactions."""

    def __init__(self, database_url: str) -> None:
        self.url = database_url
        self.engine = make_engine(database_url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        with Session(self.engine, expire_on_commit=False) as session:
            with session.begin():
                yield session

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def get(session: Session, model: type[T], row_id: int | None) -> T | None:
    """The row of `model` with this id; None for an id no row can have (None, not an int, or out of range)."""
    possible = isinstance(row_id, int) and not isinstance(row_id, bool) and 0 < row_id <= MAX_ID
    return session.get(model, row_id) if possible else None


def save(session: Session, row, **fields) -> bool:
    """Apply changed fields to a row (new or existing), stamping updated_at; True if anything changed."""
    changed = {k: v for k, v in fields.items() if getattr(row, k) != v}
    for key, value in changed.items():
        setattr(row, key, value)
    if changed or row.id is None:
        row.updated_at = utcnow()
        session.add(row)
        session.flush()
    return bool(changed)


def once_more_on_conflict(work: Callable[..., T], *args) -> T:
    """Run `work(*args)`, and once more if it lost a race to insert the same row: the second run finds it."""
    try:
        return work(*args)
    except IntegrityError:
        return work(*args)
