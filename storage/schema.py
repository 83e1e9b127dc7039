"""Whether the database's schema is the one this code needs, read without loading Alembic into the bot.

Alembic and the templates it brings cost the serving process about 10 MB for a check made once at start, so the
newest migration is named here; tests/test_deployment.py checks it is Alembic's head. `accord db upgrade` (the CLI,
storage/migrate.py) is what applies migrations.
"""

from sqlalchemy import inspect, text

from storage.db import make_engine

HEAD = "0018"  # the newest file in storage/migrations/versions


def pending(database_url: str) -> bool:
    """True when the database lacks migrations this code needs (or has no schema at all)."""
    return current_revision(database_url) != HEAD


def current_revision(database_url: str) -> str | None:
    """The migration the database is at; None for a database with no schema yet (a new one)."""
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    finally:
        engine.dispose()
