"""Reaching every member: team rosters read through the Bot Connector, identities linked once, messages that wait."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlmodel import select

from app import create_app
from bot.connector import Connector
from bot.roster import RosterReader
from bot.rules.identity import SHARED_EMAIL
from bot.services import delivery
from bot.tokens import AppTokens
from bot.turn import Reply
from storage import outbox
from storage.history import changes
from storage.members import member_by_email
from storage.models import Change, Member, OutboxMessage, Team
from storage.teams import record_team, team
from storage.types import utcnow
from tests.conftest import cloud_settings, make_settings
from tests.support.botprocess import accord as accord_cli
from tests.support.builders import BOT_ID, TEAM_ID, TENANT, activity, post_webhook
from tests.support.senders import deliver_all, rows

SECRET = "roster-tests-webhook-secret"


@pytest.fixture
def settings(trusted_cloud, database_url):
    return cloud_settings(trusted_cloud, database_url, send_timeout=2.0, enquiry_webhook_secret=SECRET)


def person(n: int, email: str | None = None, **extra) -> dict:
    """A Teams user as the paged members API lists them."""
    entry = {"id": f"29:roster-{n}", "name": f"Person {n}", "aadObjectId": f"aad-{n:04d}",
             "userPrincipalName": email or f"person{n}@network.example", "tenantId": TENANT, "userRole": "user"}
    if email is not False:
        entry["email"] = email or f"person{n}@network.example"
    entry.update(extra)
    return entry


def imported(db, *emails: str, role: str = "partner") -> list[int]:
    """Members as the CRM import leaves them: an email and a role, nothing from Teams."""
    with db.transaction() as session:
        members = [Member(email=e, name=e.split("@")[0], role=role) for e in emails]
        session.add_all(members)
        session.flush()
        return [m.id for m in members]


def installed_team(db, cloud, team_id: str = TEAM_ID, name: str = "Partner Network") -> None:
    with db.transaction() as session:
        record_team(session, team_id, service_url=cloud.connector_url, tenant_id=TENANT, bot_id=BOT_ID, name=name,
                    installed=True, now=utcnow())


def reader(settings, db, **options) -> RosterReader:
    connector = Connector(AppTokens(settings), anonymous=False, timeout=settings.send_timeout)
    return RosterReader(db, connector, settings, retry_base=0.05, **options)


async def read_all(settings, db) -> list:
    roster = reader(settings, db)
    try:
        return await roster.read_due()
    finally:
        await roster.connector.close()


def member(db, email: str) -> Member:
    with db.transaction() as session:
        return member_by_email(session, email)


def pages(cloud) -> list:
    return [r for r in cloud.requests if r.operation == "pagedmembers"]


async def test_a_roster_read_in_pages_links_imported_members_by_email_and_keeps_where_teams_reaches_them(
        settings, db, trusted_cloud):
    imported(db, *(f"person{n}@network.example" for n in range(1, 451)))
    trusted_cloud.set_members([person(n) for n in range(1, 451)], conversation=TEAM_ID)
    installed_team(db, trusted_cloud)
    (result,) = await read_all(settings, db)
    assert (result.listed, result.linked) == (450, 450)
    assert [r.status for r in pages(trusted_cloud)] == [200, 200, 200]  # 200 a page, continued by its token
    assert all(r.headers["Authorization"].startswith("Bearer ") for r in pages(trusted_cloud))
    linked = member(db, "person321@network.example")
    assert (linked.teams_id, linked.aad_object_id, linked.tenant_id) == ("29:roster-321", "aad-0321", TENANT)
    assert linked.service_url == trusted_cloud.connector_url and linked.roster_seen_at is not None
    with db.transaction() as session:
        assert [c.action for c in changes(session, "member", linked.id)] == ["linked"]
        assert team(session, TEAM_ID).roster_due_at > utcnow() + timedelta(hours=23)


async def test_a_page_that_fails_mid_way_is_retried_and_a_read_that_stops_resumes_from_its_page(
        settings, db, trusted_cloud):
    imported(db, *(f"person{n}@network.example" for n in range(1, 401)))
    trusted_cloud.set_members([person(n) for n in range(1, 401)], conversation=TEAM_ID)
    installed_team(db, trusted_cloud)
    trusted_cloud.inject(429, retry_after=0, operation="pagedmembers", after=1)  # retried at once
    trusted_cloud.inject(503, operation="pagedmembers", times=5)  # the second page keeps failing: the read stops
    assert await read_all(settings, db) == []
    assert member(db, "person1@network.example").teams_id is None  # nothing applied from a partial read
    with db.transaction() as session:
        stopped = team(session, TEAM_ID)
        assert stopped.roster_token == "p200" and "503" in stopped.roster_error
        session.execute(Team.__table__.update().values(roster_due_at=utcnow()))
    (result,) = await read_all(settings, db)
    assert result.linked == 400
    answered = [r.query.get("continuationToken") for r in pages(trusted_cloud) if r.status == 200]
    assert answered == [None, "p200"]  # the resumed read asked for the page it stopped at, not the first


async def test_members_without_email_two_people_sharing_one_and_a_linked_identity_are_not_linked_and_admins_hear(
        settings, db, trusted_cloud):
    (admin,) = imported(db, "ada@network.example", role="admin")
    shared, elsewhere = imported(db, "shared@network.example", "taken@network.example")
    with db.transaction() as session:
        session.get(Member, elsewhere).teams_id = "29:the-real-one"
        session.get(Member, elsewhere).aad_object_id = "aad-real"
    trusted_cloud.set_members([
        person(1, "ada@network.example"), person(2, False), person(3, "shared@network.example"),
        person(4, "SHARED@network.example"), person(5, "taken@network.example")], conversation=TEAM_ID)
    installed_team(db, trusted_cloud)
    await read_all(settings, db)
    with db.transaction() as session:
        assert session.get(Member, shared).teams_id is None
        assert session.get(Member, shared).link_problem == SHARED_EMAIL
        assert session.get(Member, elsewhere).teams_id == "29:the-real-one"  # never re-linked by email
        assert session.exec(select(Member).where(Member.teams_id == "29:roster-2")).first() is not None
        told = [r for r in session.exec(select(OutboxMessage)) if r.member_id == admin]
    texts = " ".join(r.payload for r in told)
    assert "two people in Teams share this email" in texts and "already linked to another Teams identity" in texts
    assert "cannot reach 1 member" in texts  # shared@ is still unreachable; taken@ is reachable as linked before


async def test_two_replicas_reading_at_once_link_each_member_once(settings, db, trusted_cloud):
    imported(db, *(f"person{n}@network.example" for n in range(1, 60)))
    trusted_cloud.set_members([person(n) for n in range(1, 60)])  # every team lists the same people
    installed_team(db, trusted_cloud, "19:team-a@thread.tacv2", "A")
    installed_team(db, trusted_cloud, "19:team-b@thread.tacv2", "B")
    first, second = reader(settings, db), reader(settings, db)
    try:
        results = await asyncio.gather(first.read_due(), second.read_due())
    finally:
        await first.connector.close()
        await second.connector.close()
    assert sorted(len(r) for r in results) in ([1, 1], [0, 2])
    with db.transaction() as session:
        links = [c for c in session.exec(select(Change).where(Change.subject == "member"))]
        assert len(links) == 59 and len({c.subject_id for c in links}) == 59


async def test_a_team_the_bot_was_removed_from_is_no_longer_read(settings, db, trusted_cloud):
    installed_team(db, trusted_cloud)
    trusted_cloud.inject(403, code="BotNotInConversationRoster", operation="pagedmembers")
    assert await read_all(settings, db) == []
    with db.transaction() as session:
        gone = team(session, TEAM_ID)
        assert gone.installed is False and gone.roster_due_at is None
    assert await read_all(settings, db) == [] and len(pages(trusted_cloud)) == 1


async def test_a_member_who_left_every_team_is_marked_not_deleted_and_their_messages_wait(
        settings, db, trusted_cloud):
    (dana,) = imported(db, "person1@network.example")
    trusted_cloud.set_members([person(1), person(2)], conversation=TEAM_ID)
    installed_team(db, trusted_cloud)
    await read_all(settings, db)
    trusted_cloud.set_members([person(2)], conversation=TEAM_ID)
    with db.transaction() as session:
        session.execute(Team.__table__.update().values(roster_due_at=utcnow()))
    (result,) = await read_all(settings, db)
    assert result.left == 1
    with db.transaction() as session:
        gone = session.get(Member, dana)
        assert gone.left_teams_at is not None and gone.teams_id == "29:roster-1"
        sent = delivery.to_member(session, settings, "announcement:1", {"type": "message", "text": "hi"}, dana)
    assert sent.waiting and sent.reach.reason == "left every team Accord is in"


async def test_a_message_for_a_member_teams_does_not_know_waits_and_goes_out_when_the_roster_lists_them(
        settings, db, trusted_cloud):
    (grace,) = imported(db, "grace@network.example")
    installed_team(db, trusted_cloud)
    trusted_cloud.strict_chats = True
    with db.transaction() as session:
        for n in range(3):
            told = delivery.to_member(session, settings, f"announcement:{n}", Reply(text=f"note {n}").payload(), grace)
    assert told.waiting and "not in the partner team yet" in told.promise()
    await deliver_all(settings, db, timeout=3)
    assert [r.state for r in rows(db)] == ["waiting"] * 3 and trusted_cloud.delivered() == []
    trusted_cloud.set_members([person(7, "grace@network.example")], conversation=TEAM_ID)
    (result,) = await read_all(settings, db)
    assert result.released == 3
    await deliver_all(settings, db)
    assert [b["text"] for b in trusted_cloud.delivered()] == ["note 0", "note 1", "note 2"]  # in order
    (opened,) = [r for r in trusted_cloud.requests if r.operation == "create"]
    assert opened.body["members"] == [{"id": "29:roster-7"}] and opened.body["tenantId"] == TENANT


async def test_a_waiting_message_fails_after_its_limit_and_the_admins_and_the_member_who_caused_it_are_told(
        settings, db):
    grace, bo = imported(db, "grace@network.example", "bo@network.example")
    (ada,) = imported(db, "ada@network.example", role="admin")
    with db.transaction() as session:
        delivery.to_member(session, settings, "notify-holder:1", Reply(text="hello").payload(), grace, caused_by=bo)
        waited = outbox.by_key(session, "notify-holder:1")
        assert waited.wait_until - waited.created_at == timedelta(days=14)
    with db.transaction() as session:
        assert delivery.expire_waiting(session, settings, utcnow() + timedelta(days=13)) == 0
    with db.transaction() as session:
        assert delivery.expire_waiting(session, settings, utcnow() + timedelta(days=14, minutes=1)) == 1
        assert outbox.by_key(session, "notify-holder:1").state == "failed"
        told = {r.member_id for r in session.exec(select(OutboxMessage).where(OutboxMessage.kind == "undelivered"))}
    assert told == {ada, bo}


async def test_the_wait_limit_can_differ_by_kind(database_url, db):
    settings = make_settings(database_url=database_url, delivery_wait_days_by_kind="enquiry=3")
    (grace,) = imported(db, "grace@network.example")
    with db.transaction() as session:
        delivery.to_member(session, settings, "enquiry:1:holder", Reply(text="a").payload(), grace)
        delivery.to_member(session, settings, "referral:1:recipient", Reply(text="b").payload(), grace)
        limits = [r.wait_until - r.created_at for r in session.exec(select(OutboxMessage).order_by(OutboxMessage.id))]
    assert limits == [timedelta(days=3), timedelta(days=14)]


async def test_installed_in_a_team_over_http_the_roster_is_read_and_an_enquiry_reaches_a_holder_who_never_wrote(
        settings, db, trusted_cloud, tmp_path):
    """The README's launch-day flow: import, install in the team, an enquiry webhook, the holder's card."""
    env = {"DATABASE_URL": settings.database_url}
    (tmp_path / "members.csv").write_text("email,name,role,firm,aad_object_id\n"
                                          "grace@network.example,Grace Nguyen,partner,,\n")
    (tmp_path / "clients.csv").write_text("external_id,name,domains,aliases,country\nC1,ClientCorp,clientcorp.com,,\n")
    (tmp_path / "flags.csv").write_text("client,holder_email,basis,contact_name,contact_email,since,until\n"
                                        "ClientCorp,grace@network.example,active project,,,,\n")
    for kind in ("members", "clients", "flags"):
        done = accord_cli("import", kind, str(tmp_path / f"{kind}.csv"), env=env, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
    trusted_cloud.strict_chats = True
    trusted_cloud.set_members([person(8, "it@network.example"), person(9, "Grace@Network.example",
                                                                         name="Grace Nguyen")], conversation=TEAM_ID)
    install = activity("channel", type="conversationUpdate", sender=person(8), service_url=trusted_cloud.connector_url,
                       membersAdded=[{"id": BOT_ID}])
    install["conversation"]["id"] = TEAM_ID
    install["channelData"]["channel"] = {"id": TEAM_ID}
    app = create_app(settings)
    async with TestClient(TestServer(app)) as client:
        response = await client.post("/api/messages", json=install,
                                     headers={"Authorization": trusted_cloud.auth_header()})
        assert response.status == 200
        for _ in range(100):
            if member(db, "grace@network.example").teams_id:
                break
            await asyncio.sleep(0.1)
        assert member(db, "grace@network.example").teams_id == "29:roster-9"
        body = {"id": "web-1", "received_at": utcnow().isoformat(), "person": {"name": "John Doe",
                "email": "john@clientcorp.com"}, "company": "ClientCorp", "source": "web"}
        assert (await post_webhook(client, "/api/enquiries", body, secret=SECRET)).status == 202
        for _ in range(100):
            cards = [b for b in trusted_cloud.delivered() if "An enquiry about a client you hold" in str(b)]
            if cards:
                break
            await asyncio.sleep(0.1)
    assert cards, trusted_cloud.delivered()
    (opened,) = [r for r in trusted_cloud.requests if r.operation == "create"]
    assert opened.body["members"] == [{"id": "29:roster-9"}]
