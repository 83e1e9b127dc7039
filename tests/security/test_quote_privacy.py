"""A quote's privacy follows the quote: whether it is a partner's is fixed when it is created, not by roles today."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import select

from bot.core import Accord
from bot.rules.access import Viewer
from bot.rules.digest import Period
from bot.services import quotes
from bot.services.digest import build
from storage.db import normalise_url
from storage.members import member_by_id, set_role
from storage.migrate import upgrade
from storage.models import Quote
from tests.conftest import make_settings, postgres_schema
from tests.support.builders import BO, DANA
from tests.support.turns import card_text, readable, say_text

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
VALUE = "777,123"  # distinctive: a leak is this string where it should not be


def period() -> Period:
    """A digest period around every quote the tests record, whatever today is."""
    return Period(T0 - timedelta(days=3650), datetime(2999, 1, 1, tzinfo=UTC))


def digest_text(db, settings, viewer: Viewer) -> str:
    with db.transaction() as session:
        return readable("\n".join(card_text(c) for c in build(session, settings, period(), viewer)))


def change_role(db, member_id: int, role: str) -> None:
    with db.transaction() as session:
        set_role(session, member_by_id(session, member_id), role)


def platform_quote(accord, db, owner_email: str, quote_id: str = "Q-1") -> None:
    event = quotes.PlatformEvent(quote_id, "created", T0, owner_email, "Acme Holdings", value_cents=77712300)
    with db.transaction() as session:
        assert not quotes.receive(session, accord.settings, accord.clients, event, T0).errors


def stored(db) -> list[Quote]:
    with db.transaction() as session:
        return list(session.exec(select(Quote).order_by(Quote.id)))


@pytest.mark.parametrize("made", ["admin", "director", "bd"])
@pytest.mark.parametrize("how", ["chat", "webhook"])
async def test_a_partners_quote_stays_private_when_the_partner_changes_role(accord, network, db, made, how):
    dana = network.members["dana"].id
    if how == "chat":
        await say_text(accord, "quote Acme 777123", DANA)
    else:
        platform_quote(accord, db, "dana@network.example")
    change_role(db, dana, made)
    assert [q.partner_quote for q in stored(db)] == [True]
    public = digest_text(db, accord.settings, Viewer(None, None, public=True))
    other = digest_text(db, accord.settings, Viewer(network.members["sam"].id, "partner"))
    for shown in (public, other):
        assert VALUE not in shown and "Dana Partner" not in shown
    assert VALUE in digest_text(db, accord.settings, Viewer(network.members["di"].id, "director"))


@pytest.mark.parametrize("how", ["chat", "webhook"])
async def test_a_bd_quote_stays_public_when_its_owner_becomes_a_partner(accord, network, db, how):
    if how == "chat":
        await say_text(accord, "quote Acme 777123", BO)
    else:
        platform_quote(accord, db, "bo@network.example")
    change_role(db, network.members["bo"].id, "partner")
    assert [q.partner_quote for q in stored(db)] == [False]
    public = digest_text(db, accord.settings, Viewer(None, None, public=True))
    assert VALUE in public and "Bo Business" in public


async def test_bd_approaching_sees_no_more_of_a_former_partners_quote_than_the_setting_allows(database_url, network,
                                                                                                db):
    accord = Accord(make_settings(database_url=database_url, partner_quotes_visible_to_bd=False), db)
    await say_text(accord, "quote Acme 777123", DANA)
    change_role(db, network.members["dana"].id, "admin")
    warned = readable(await say_text(accord, "approach Acme: an intro", BO))
    assert "Dana Partner" in warned and "(open)" not in warned  # held, but not the quote's status


async def test_the_quote_confirmation_says_who_sees_it_from_the_quote(accord, network, db):
    recorded = readable(await say_text(accord, "quote Acme 777123", DANA))
    assert "visible to you, BD, directors and admins" in recorded
    network_quote = readable(await say_text(accord, "quote ClientCorp 5000", BO))
    assert "visible to everyone in the network" in network_quote


# --- the migration that records it: existing quotes take their owner's role at that moment ---


@pytest.fixture
def before_0007(tmp_path: Path) -> Iterator[str]:
    """An empty database at the revision before quotes recorded whether they are a partner's."""
    if os.environ.get("ACCORD_TEST_DB", "sqlite") != "postgres":
        url = f"sqlite:///{tmp_path / 'before.db'}"
        upgrade(url, "0006")
        yield url
        return
    with postgres_schema("accord_0007") as url:
        upgrade(url, "0006")
        yield url


def test_the_migration_records_existing_quotes_from_their_owners_role(before_0007):
    engine = sa.create_engine(normalise_url(before_0007))
    tables = sa.MetaData()
    tables.reflect(bind=engine, only=["member", "client", "quote"])
    member, client, quote = (tables.tables[n] for n in ("member", "client", "quote"))
    roles = ["partner", "bd", "director", "admin", None]
    try:
        with engine.begin() as connection:
            connection.execute(member.insert(), [{"id": n, "name": f"M{n}", "role": role, "created_at": T0,
                                                  "updated_at": T0} for n, role in enumerate(roles, start=1)])
            connection.execute(client.insert(), [{"id": 1, "name": "Acme", "aliases": [], "domains": [],
                                                  "created_at": T0, "updated_at": T0}])
            connection.execute(quote.insert(), [{"id": n, "client_id": 1, "owner_id": n, "status": "open",
                                                 "currency": "AUD", "tender": False, "source": "platform",
                                                 "opened_at": T0, "created_at": T0, "updated_at": T0}
                                                for n in range(1, len(roles) + 1)])
        upgrade(before_0007)
        with engine.connect() as connection:
            rows = connection.execute(sa.text("SELECT id, partner_quote FROM quote ORDER BY id")).all()
    finally:
        engine.dispose()
    # A member without a role quotes as a partner does: only the network's own people make network quotes.
    assert [bool(partner) for _, partner in rows] == [True, False, False, False, True]
