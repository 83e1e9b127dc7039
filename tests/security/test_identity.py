"""Identity comes from the channel's signed activity within the allowed tenants; an email never re-links anyone."""

from __future__ import annotations

import asyncio

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlmodel import select

from app import create_app
from storage.history import changes
from storage.members import find_member, member_by_email
from storage.models import Member, OutboxMessage
from tests.conftest import cloud_settings
from tests.support.botprocess import accord as accord_cli
from tests.support.builders import TENANT, activity, mention_bot, user

OTHER_TENANT = "0b8e5f7a-1c2d-4e3f-9a8b-7c6d5e4f3a2b"


@pytest.fixture
def settings(trusted_cloud, database_url):
    return cloud_settings(trusted_cloud, database_url)


@pytest.fixture
async def client(settings, db):
    async with TestClient(TestServer(create_app(settings))) as test_client:
        yield test_client


def sends(cloud) -> list:
    return [r for r in cloud.requests if r.method == "POST" and "/activities" in r.path]


def from_tenant(cloud, tenant: str, text: str, sender: dict, kind: str = "personal") -> dict:
    body = activity(kind, text=text, sender=sender, service_url=cloud.connector_url)
    body["channelData"]["tenant"] = {"id": tenant}
    body["conversation"]["tenantId"] = tenant
    return body


async def post(client, cloud, body: dict):
    return await client.post("/api/messages", json=body, headers={"Authorization": cloud.auth_header()})


def admin(db, email: str = "ada@network.example") -> int:
    with db.transaction() as session:
        row = Member(email=email, name="Ada Admin", role="admin")
        session.add(row)
        session.flush()
        return row.id


async def test_a_user_of_another_tenant_with_an_admins_email_is_refused_and_becomes_nobody(client, trusted_cloud, db):
    ada = admin(db)
    intruder = user(8, "Ada Admin")
    trusted_cloud.set_members([{**intruder, "email": "ada@network.example", "tenantId": OTHER_TENANT}])
    response = await post(client, trusted_cloud, from_tenant(trusted_cloud, OTHER_TENANT, "members", intruder))
    assert response.status == 200
    (refusal,) = sends(trusted_cloud)
    assert "belongs to an organisation outside" in refusal.body["text"]
    with db.transaction() as session:
        kept = session.get(Member, ada)
        assert (kept.teams_id, kept.aad_object_id, kept.role) == (None, None, "admin")
        assert find_member(session, teams_id=intruder["id"]) is None  # nothing of the outsider is stored
    # The real admin, in the network's tenant, is linked by the same email and gets what admins get.
    real = user(9, "Ada Admin")
    trusted_cloud.reset()
    trusted_cloud.set_members([{**real, "email": "ada@network.example", "tenantId": TENANT}])
    assert (await post(client, trusted_cloud, from_tenant(trusted_cloud, TENANT, "members", real))).status == 200
    (answer,) = sends(trusted_cloud)
    assert "Members in Teams" in str(answer.body)
    with db.transaction() as session:
        assert session.get(Member, ada).teams_id == real["id"]
        assert [c.action for c in changes(session, "member", ada)] == ["linked"]


async def test_a_tenant_listed_in_allowed_tenants_is_served(trusted_cloud, database_url, db):
    settings = cloud_settings(trusted_cloud, database_url, allowed_tenants=f"{OTHER_TENANT.upper()}, x")
    guest = user(8, "Guest Partner")
    async with TestClient(TestServer(create_app(settings))) as client:
        response = await post(client, trusted_cloud, from_tenant(trusted_cloud, OTHER_TENANT, "help", guest))
    assert response.status == 200
    (answer,) = sends(trusted_cloud)
    assert "outside" not in str(answer.body)


async def test_a_linked_member_is_never_relinked_to_another_identity_by_email(client, trusted_cloud, db):
    ada = admin(db)
    first, second = user(8, "Ada"), user(9, "Ada Again")
    for who in (first, second):
        trusted_cloud.set_members([{**who, "email": "ADA@network.example", "tenantId": TENANT}])
        assert (await post(client, trusted_cloud, from_tenant(trusted_cloud, TENANT, "help", who))).status == 200
    with db.transaction() as session:
        kept = session.get(Member, ada)
        assert kept.teams_id == first["id"] and kept.role == "admin"
        other = find_member(session, teams_id=second["id"])
        assert other.id != ada and other.role is None and other.email is None
        told = [r.payload for r in session.exec(select(OutboxMessage)) if r.member_id == ada]
    assert any("already linked to another Teams identity" in t for t in told)


async def test_an_old_and_a_new_email_still_answer_and_merge_on_the_command_line(client, trusted_cloud, db,
                                                                                 database_url, tmp_path):
    """Imported with an old email and an object id; the role was later given to the new email."""
    dana = user(8, "Dana Partner")
    with db.transaction() as session:
        session.add(Member(email="dana@old.example", name="Dana", aad_object_id=dana["aadObjectId"], role="partner"))
        session.add(Member(email="dana@new.example", name="dana", role="bd"))
    trusted_cloud.set_members([{**dana, "email": "dana@new.example", "tenantId": TENANT}])
    response = await post(client, trusted_cloud, from_tenant(trusted_cloud, TENANT, "help", dana))
    assert response.status == 200
    (answer,) = sends(trusted_cloud)
    assert "Sorry, something went wrong" not in str(answer.body)
    env = {"DATABASE_URL": database_url}
    done = accord_cli("members", "merge", "dana@old.example", "dana@new.example", env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "role bd" in done.stdout
    with db.transaction() as session:
        merged = member_by_email(session, "dana@new.example")
        assert (merged.teams_id, merged.aad_object_id, merged.role) == (dana["id"], dana["aadObjectId"], "bd")
        assert member_by_email(session, "dana@old.example") is None
        assert len(session.exec(select(Member)).all()) == 1
        assert [c.action for c in changes(session, "member", merged.id)] == ["merged"]
    again = accord_cli("members", "merge", "dana@old.example", "dana@new.example", env=env, cwd=tmp_path)
    assert again.returncode == 1 and "no member has the email dana@old.example" in again.stderr


async def test_two_people_each_linked_to_teams_are_not_merged(db, database_url, tmp_path):
    with db.transaction() as session:
        session.add(Member(email="a@network.example", name="A", teams_id="29:a", role="partner"))
        session.add(Member(email="b@network.example", name="B", teams_id="29:b", role="partner"))
    refused = accord_cli("members", "merge", "a@network.example", "b@network.example",
                         env={"DATABASE_URL": database_url}, cwd=tmp_path)
    assert refused.returncode == 1 and "two people" in refused.stderr
    with db.transaction() as session:
        assert len(session.exec(select(Member)).all()) == 2


async def test_a_channel_post_from_another_tenant_reaches_no_handler(client, trusted_cloud, db):
    admin(db)
    body = from_tenant(trusted_cloud, OTHER_TENANT, mention_bot("set partner channel"), user(8), kind="channel")
    assert (await post(client, trusted_cloud, body)).status == 200
    with db.transaction() as session:
        assert session.exec(select(Member).where(Member.teams_id == user(8)["id"])).first() is None


async def test_two_activities_at_once_from_an_imported_admin_link_them_and_make_nobody_new(client, trusted_cloud,
                                                                                          db):
    """Teams sends installationUpdate and conversationUpdate together; the roster answer is slow to come."""
    ada = admin(db)
    installer = user(8, "Ada Admin")
    trusted_cloud.set_members([{**installer, "email": "ada@network.example", "tenantId": TENANT}])
    trusted_cloud.inject(delay=1.0, operation="member")
    first = from_tenant(trusted_cloud, TENANT, "help", installer)
    second = from_tenant(trusted_cloud, TENANT, "members", installer)

    async def a_moment_later():
        await asyncio.sleep(0.3)  # while the first is still waiting for its roster answer
        return await post(client, trusted_cloud, second)

    answers = await asyncio.gather(post(client, trusted_cloud, first), a_moment_later())
    assert [a.status for a in answers] == [200, 200]
    with db.transaction() as session:
        assert session.get(Member, ada).teams_id == installer["id"]
        assert len(session.exec(select(Member)).all()) == 1
    assert any("Members in Teams" in str(r.body) for r in sends(trusted_cloud))  # the admin was an admin both times
