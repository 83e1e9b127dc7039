"""The engine and the one-transaction-per-turn session."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlmodel import Session, create_engine

from storage.types import utcnow

log = logging.getLogger(__name__)
T = TypeVar("T")
# Ids are INTEGER columns: a larger number from card data or a chat command names no row, and asking for it would
# be a database error (PostgreSQL: out of range; SQLite: overflow) instead of "not found".
MAX_ID = 2**31 - 1
BUSY_TIMEOUT = 5.0  # seconds a SQLite transaction waits for another's lock before it gives up
SHORT_WAIT = "accord_short_wait"  # on a pooled connection's record: its busy_timeout is not BUSY_TIMEOUT now


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
    # WAL: readers (questions, /healthz, the index refresh) never wait for a writer such as an import, and a writer
    # waits only for another writer. NORMAL is durable across a crash of Accord; only a power cut may lose the
    # latest commits. A database in memory has no WAL and keeps its journal.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT * 1000:.0f}")
    cursor.close()


def _sqlite_wait_again(dbapi_connection, record) -> None:
    # A transaction that waited less (see Database.transaction) leaves no trace on the pooled connection; reset only
    # then, not on every checkout, which cost every turn a statement.
    if record.info.pop(SHORT_WAIT, False):
        dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT * 1000:.0f}")


def make_engine(database_url: str) -> Engine:
    """Build the engine; SQLite files get their folder and sane pragmas."""
    url = normalise_url(database_url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "checkin", _sqlite_wait_again)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)


class Busy(Exception):
    """Another connection held SQLite's lock for longer than this transaction would wait: try again later."""


class Database:
    """Owns the engine; hands out transactions."""

    def __init__(self, database_url: str) -> None:
        self.url = database_url
        self.engine = make_engine(database_url)

    @contextmanager
    def transaction(self, wait: float | None = None) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises; Busy if SQLite stays locked."""
        # `wait`: seconds to wait for SQLite's lock, for a caller to whom BUSY_TIMEOUT is too long.
        try:
            with Session(self.engine, expire_on_commit=False) as session, session.begin():
                if wait is not None and self.engine.dialect.name == "sqlite":
                    connection = session.connection()
                    connection.exec_driver_sql(f"PRAGMA busy_timeout={wait * 1000:.0f}")
                    connection.connection.info[SHORT_WAIT] = True
                yield session
        except OperationalError as exc:
            if (getattr(exc.orig, "sqlite_errorcode", 0) & 0xFF) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                raise Busy(str(exc.orig)) from exc
            raise

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


def get(session: Session, model: type[T], row_id: int | None) -> T | None:
    """The row of `model` with this id; None for an id no row can have (None, not an int, or out of range)."""
    return session.get(model, row_id) if possible_id(row_id) else None


def possible_id(row_id: object) -> bool:
    """Whether a row can have this id: an int (not a bool) within an id column's range."""
    return isinstance(row_id, int) and not isinstance(row_id, bool) and 0 < row_id <= MAX_ID


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


def once_more(work: Callable[..., T], *args) -> T:
    """Run the transaction `work(*args)`, and once more if it lost a race to insert a row or lost its connection."""
    try:
        return work(*args)
    except IntegrityError:  # the second run finds the row the other inserted
        return work(*args)
    except DBAPIError as exc:  # PostgreSQL restarted or ended the session: the second run gets a new connection
        if not exc.connection_invalidated:
            raise
        log.warning("the database connection was lost (%s); running the transaction once more", exc.orig)
        return work(*args)


def like_escaped(value: str) -> str:
    """The value, lower-cased, as a LIKE pattern (escape character backslash) matching only itself."""
    return value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
