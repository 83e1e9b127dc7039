"""Shared fixtures: the test database (SQLite, or PostgreSQL with ACCORD_TEST_DB=postgres), the bot, network, clouds."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlmodel import SQLModel

from app import create_app
from bot.core import Accord
from bot.settings import Settings
from storage.conversations import record_conversation
from storage.db import Database, normalise_url
from storage.migrate import upgrade
from storage.network import PARTNER_CHANNEL, put_setting
from tests.support.builders import BOT_ID, CHANNEL_ID, SERVICE_URL, TENANT
from tests.support.fakecloud import FakeCloud
from tests.support.registry_seed import Network, seed

DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"
APP_ID = "6a0f1c62-5e7b-4d5c-9a8e-3f2b1c0d9e8f"
APP_PASSWORD = "fake-secret-for-tests"


def pytest_report_header(config) -> str:
    return f"database: {os.environ.get('ACCORD_TEST_DB', 'sqlite')}"


def _postgres_schema_url(base: str, schema: str) -> str:
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False)


@contextmanager
def postgres_schema(prefix: str) -> Iterator[str]:
    """A new, empty PostgreSQL schema for the length of the block (dropped afterwards): the URL that uses it."""
    base = os.environ.get("TEST_DATABASE_URL", DEFAULT_POSTGRES)
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(normalise_url(base), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:  # an unreachable PostgreSQL fails the run here, loudly
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        try:
            yield _postgres_schema_url(base, schema)
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    finally:
        admin.dispose()


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> Iterator[str]:
    """A freshly migrated database for this run: a SQLite file, or a private PostgreSQL schema."""
    if os.environ.get("ACCORD_TEST_DB", "sqlite") != "postgres":
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'accord.db'}"
        upgrade(url)
        yield url
        return
    with postgres_schema("accord_test") as url:
        upgrade(url)
        yield url


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
    """Settings for a test, ignoring any developer .env file; nothing points outside this machine."""
    overrides.setdefault("teams_service_url", "http://127.0.0.1:9/teams/")
    return Settings(_env_file=None, **overrides)


def cloud_settings(cloud, database_url: str, **overrides) -> Settings:
    """Production-mode settings (SingleTenant, real token checks) pointed at a loopback cloud."""
    return make_settings(
        database_url=database_url, app_id=cloud.app_id, app_password=cloud.app_password,
        app_tenant_id=cloud.tenant_id, TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL=cloud.openid_url,
        TO_BOT_FROM_CHANNEL_TOKEN_ISSUER=cloud.issuer, TO_CHANNEL_FROM_BOT_LOGIN_URL=cloud.login_url,
        TO_CHANNEL_FROM_BOT_OAUTH_SCOPE="https://api.botframework.com",
        **{"teams_service_url": cloud.connector_url, **overrides},
    )


@pytest.fixture(scope="module")
def cloud() -> Iterator[FakeCloud]:
    """A loopback Bot Framework cloud shared by a test module: a SingleTenant app, real token checks."""
    with FakeCloud(app_id=APP_ID, app_password=APP_PASSWORD, tenant_id=TENANT).run_in_thread() as running:
        yield running


@pytest.fixture
def trusted_cloud(cloud: FakeCloud, monkeypatch) -> FakeCloud:
    """The module's cloud, its TLS trusted by this test, with nothing left from earlier tests (requests, faults)."""
    for name, value in cloud.tls_env().items():
        monkeypatch.setenv(name, value)
    cloud.reset()
    cloud.enforce_limits = False
    return cloud


@pytest.fixture(scope="session")
def anonymous_cloud() -> Iterator[FakeCloud]:
    """A loopback Bot Framework cloud for a bot without credentials, as in the Playground: plain HTTP, no tokens."""
    with FakeCloud(connector_tls=False).run_in_thread() as running:
        yield running


@pytest.fixture
def settings(database_url: str) -> Settings:
    """Anonymous-mode settings on the test database."""
    return make_settings(database_url=database_url)


@pytest.fixture
def accord(settings: Settings, db: Database) -> Accord:
    """The bot's core on the test database."""
    return Accord(settings, db)


@pytest.fixture
async def client(settings: Settings, db: Database) -> AsyncIterator[TestClient]:
    """The whole app over HTTP, its outbox sender running, on the test database."""
    async with TestClient(TestServer(create_app(settings))) as test_client:
        yield test_client


def set_partner_channel(db: Database, service_url: str = SERVICE_URL) -> None:
    """Record the partners channel and choose it as the partner channel, as `set partner channel` there does."""
    with db.transaction() as session:
        record_conversation(session, CHANNEL_ID, kind="channel", service_url=service_url, tenant_id=TENANT,
                            bot_id=BOT_ID, name="Partners")
        put_setting(session, PARTNER_CHANNEL, CHANNEL_ID, by=None)


@pytest.fixture
def network(db: Database) -> Network:
    """The seeded network (tests.support.registry_seed): a member of every role, clients and flags."""
    return seed(db)


@pytest.fixture
def channel_network(db: Database, anonymous_cloud: FakeCloud) -> Network:
    """The seeded network with its partner channel set, served by the anonymous cloud."""
    net = seed(db)
    set_partner_channel(db, anonymous_cloud.connector_url)
    return net


@pytest.fixture
def project_root() -> Path:
    """The repository's top folder."""
    return Path(__file__).resolve().parent.parent
