"""A throw-away database for a benchmark run: the SQLite file as given, or a private PostgreSQL schema."""

from __future__ import annotations

import argparse
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from storage.db import normalise_url


@contextmanager
def scratch_database(url: str) -> Iterator[str]:
    """Yield a URL to an empty database; a PostgreSQL schema made for the run is dropped afterwards."""
    if make_url(url).get_backend_name() != "postgresql":
        yield url
        return
    schema = f"accord_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(normalise_url(url), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield make_url(url).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def parser(description: str | None) -> argparse.ArgumentParser:
    """A benchmark's command line, with --db."""
    parsed = argparse.ArgumentParser(description=description)
    parsed.add_argument("--db", help="database URL (default: a temporary SQLite file)")
    return parsed


@contextmanager
def bench_database(url: str | None) -> Iterator[tuple[Path, str]]:
    """A temporary folder and an empty database: a SQLite file in that folder, or a scratch schema of `url`."""
    with tempfile.TemporaryDirectory() as folder, scratch_database(url or f"sqlite:///{folder}/bench.db") as made:
        yield Path(folder), made
