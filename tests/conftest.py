"""Shared fixtures: the database the suite runs on (SQLite, or PostgreSQL with ACCORD_TEST_DB=postgres)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlmodel import SQLModel

from bot.settings import Settings
from storage.db import Database, normalise_url
from storage.migrate import upgrade

DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"


def pytest_report_header(config) -> str:
    return f"database: {os.environ.get('ACCORD_TEST_DB', 'sqlite')}"


def _postgres_schema_url(base: str, schema: str) -> str:
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> Iterator[str]:
    """A freshly migrated database for this run: a SQLite file, or a private PostgreSQL schema."""
    if os.environ.get("ACCORD_TEST_DB", "sqlite") != "postgres":
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'accord.db'}"
        upgrade(url)
        yield url
        return
    base = os.environ.get("TEST_DATABASE_URL", DEFAULT_POSTGRES)
    schema = f"accord_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(normalise_url(base), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:  # an unreachable PostgreSQL fails the run here, loudly
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = _postgres_schema_url(base, schema)
    try:
        upgrade(url)
        yield url
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    """The test database, emptied after each test."""
    database = Database(database_url)
    yield database
    with database.transaction() as session:
        for table in reversed(SQLModel.metadata.sorted_tables):
            session.execute(table.delete())
    database.dispose()


def make_settings(**overrides) -> Settings:
    """Settings for a test, ignoring any developer .env file."""
    return Settings(_env_file=None, **overrides)


def cloud_settings(cloud, database_url: str, **overrides) -> Settings:
    """Production-mode settings (SingleTenant, real token checks) pointed at a loopback cloud."""
    return make_settings(
        database_url=database_url, app_id=cloud.app_id, app_password=cloud.app_password,
        app_tenant_id=cloud.tenant_id, TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL=cloud.openid_url,
        TO_BOT_FROM_CHANNEL_TOKEN_ISSUER=cloud.issuer, TO_CHANNEL_FROM_BOT_LOGIN_URL=cloud.login_url,
        TO_CHANNEL_FROM_BOT_OAUTH_SCOPE="https://api.botframework.com", **overrides,
    )


@pytest.fixture
def settings(database_url: str) -> Settings:
    """Anonymous-mode settings on the test database."""
    return make_settings(database_url=database_url)


@pytest.fixture
def project_root() -> Path:
    """The repository's top folder."""
    return Path(__file__).resolve().parent.parent
