"""Alembic environment: runs migrations on the engine Accord itself would use."""

from alembic import context
from sqlalchemy import text
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from storage.db import make_engine

config = context.config
engine = make_engine(config.attributes["database_url"])
try:
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=SQLModel.metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            if connection.dialect.name == "postgresql":
                # Replicas that start together upgrade one at a time; the rest find the schema current.
                connection.execute(text("SELECT pg_advisory_xact_lock(hashtext('accord:migrations'))"))
            context.run_migrations()
finally:
    engine.dispose()
