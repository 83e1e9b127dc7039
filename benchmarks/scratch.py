"""A throw-away database for a benchmark run: the SQLite file as given, or a private PostgreSQL schema."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

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
