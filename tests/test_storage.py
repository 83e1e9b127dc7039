"""Storage: the migrations build exactly the tables the models describe; UTC in, UTC out."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from bot.rules.identity import Seen
from bot.services.members import identify
from storage.db import BUSY_TIMEOUT, Database
from storage.members import find_member
from storage.models import Member


def test_migrations_match_the_models(db):
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, SQLModel.metadata) == []


def test_times_come_back_aware_utc(db):
    sydney = timezone(timedelta(hours=11))
    with db.transaction() as session:
        member = Member(name="A", created_at=datetime(2026, 11, 22, 9, 0, tzinfo=sydney))
        session.add(member)
    with db.transaction() as session:
        stored = session.get(Member, member.id)
        assert stored.created_at == datetime(2026, 11, 21, 22, 0, tzinfo=UTC)
        assert stored.created_at.utcoffset() == timedelta(0)


def test_naive_times_are_refused(db):
    with pytest.raises(Exception, match="naive"):
        with db.transaction() as session:
            session.add(Member(name="B", created_at=datetime(2026, 1, 1)))


def test_a_member_set_up_by_email_is_linked_when_teams_tells_us_who_they_are(db, settings):
    with db.transaction() as session:
        session.add(Member(email="dana@partner.example", name="dana", role="partner"))
    with db.transaction() as session:
        member = identify(session, settings, Seen("29:dana", email="dana@partner.example"), "Dana Lee",
                          service_url=None, source="a test")
        assert (member.role, member.name, member.teams_id) == ("partner", "Dana Lee", "29:dana")
    with db.transaction() as session:
        assert find_member(session, teams_id="29:dana").email == "dana@partner.example"


def test_a_failed_turn_writes_nothing(db):
    with pytest.raises(RuntimeError):
        with db.transaction() as session:
            session.add(Member(name="ghost", teams_id="29:ghost"))
            session.flush()
            raise RuntimeError("handler failed")
    with db.transaction() as session:
        assert find_member(session, teams_id="29:ghost") is None


def test_the_outbox_backlog_counts_open_messages_and_their_oldest_age(db):
    from storage import outbox

    with db.transaction() as session:
        assert outbox.backlog(session) == {}
        outbox.enqueue(session, "a", {"type": "message"}, conversation_id="19:x", deadline=timedelta(hours=1))
        outbox.enqueue(session, "b", {"type": "message"}, conversation_id="19:x", deadline=timedelta(hours=1))
    with db.transaction() as session:
        count, oldest = outbox.backlog(session)["pending"]
    assert count == 2
    assert oldest.tzinfo is not None and (datetime.now(UTC) - oldest) < timedelta(minutes=1)


def test_a_conversation_keeps_what_was_known_when_teams_leaves_a_field_out(db):
    from storage.conversations import conversation, record_conversation

    with db.transaction() as session:
        record_conversation(session, "19:c@thread.tacv2", kind="channel", service_url="https://a/", team_name="Team",
                            name="Deals")
    with db.transaction() as session:
        first = conversation(session, "19:c@thread.tacv2")
    with db.transaction() as session:
        record_conversation(session, "19:c@thread.tacv2", kind="channel", service_url="https://a/", team_name=None,
                            name=None)
    with db.transaction() as session:
        unchanged = conversation(session, "19:c@thread.tacv2")
        assert (unchanged.team_name, unchanged.name, unchanged.updated_at) == ("Team", "Deals", first.updated_at)
        moved = record_conversation(session, "19:c@thread.tacv2", kind="channel", service_url="https://b/")
        assert (moved.id, moved.service_url, moved.name) == (first.id, "https://b/", "Deals")
        assert moved.updated_at > first.updated_at


def test_a_transaction_that_waits_less_leaves_the_connection_as_it_found_it(database_url):
    if not database_url.startswith("sqlite"):
        pytest.skip("busy_timeout is SQLite's")
    db = Database(database_url)
    try:
        timeout = "PRAGMA busy_timeout"
        with db.transaction(wait=0.1) as session:
            assert session.connection().exec_driver_sql(timeout).scalar() == 100
        for _ in range(3):  # the pool hands the same connection back: it waits the usual time again
            with db.transaction() as session:
                assert session.connection().exec_driver_sql(timeout).scalar() == BUSY_TIMEOUT * 1000
    finally:
        db.dispose()
