"""The enquiry mailbox: Graph messages turned into enquiries, and the delta poll against a loopback fake Graph."""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from datetime import UTC, datetime, timedelta

import aiohttp
import pytest
from sqlmodel import select

from bot.core import Accord
from bot.mailbox import (
    ATTEMPTS,
    MAX_BACKOFF,
    GraphBusy,
    GraphError,
    Mailbox,
    enquiry_text,
    graph_scope,
    next_delay,
    person_name,
    signature_company,
    skip_reason,
    source_key,
    to_incoming,
)
from storage.models import Enquiry, OutboxMessage
from storage.network import get_setting
from tests.conftest import APP_ID as CLIENT_ID, APP_PASSWORD as SECRET, make_settings, set_partner_channel
from tests.support.builders import TENANT
from tests.support.fakegraph import FakeGraph
from tests.support.registry_seed import seed
from tests.support.turns import until

MAILBOX = "Enquiries@network.example"
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
SINCE = NOW - timedelta(days=1)


def graph_message(**fields) -> dict:
    """A message as Graph's delta lists it."""
    message = {"id": "AAMkAD1", "internetMessageId": "<abc@mail.clientcorp.com.au>", "subject": "Tender help",
               "receivedDateTime": "2026-11-20T09:30:00Z", "bodyPreview": "Hi,\r\nWe need help with a tender.",
               "from": {"emailAddress": {"name": "Jane Doe", "address": "Jane.Doe@ClientCorp.com.au"}}}
    message.update(fields)
    return message


def sender(name, address) -> dict:
    return {"emailAddress": {"name": name, "address": address}}


# -- pure conversion ------------------------------------------------------------------------------

@pytest.mark.parametrize("fields, reason", [
    ({}, None),
    ({"@removed": {"reason": "deleted"}}, "removed"),
    ({"from": None}, "no sender"),
    ({"from": sender("Enquiries", "enquiries@NETWORK.example")}, "sent by the mailbox itself"),
    ({"from": sender("Mail Delivery System", "MAILER-DAEMON@mx.example")}, "bounce"),
    ({"from": sender("Postmaster", "postmaster@clientcorp.com.au")}, "bounce"),
    ({"from": sender("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@network.example")},
     "bounce"),
    ({"subject": "Automatic reply: Tender help"}, "automatic reply or bounce"),
    ({"subject": "Undeliverable: Tender help"}, "automatic reply or bounce"),
    ({"subject": "Out of Office: back Monday"}, "automatic reply or bounce"),
    ({"subject": "Out of office hours support"}, None),  # a person asking about out-of-hours work
    ({"subject": "RE: Automatic reply: Tender help"}, None),  # a person answering one
    ({"receivedDateTime": "2026-11-19T09:29:59Z"}, "received before the mailbox was first read"),
    ({"receivedDateTime": "2026-11-19T09:30:00Z"}, None),
    ({"receivedDateTime": "garbled"}, None),
])
def test_what_is_not_an_enquiry(fields, reason):
    assert skip_reason(graph_message(**fields), MAILBOX, SINCE) == reason


def test_a_message_becomes_an_enquiry_from_its_sender_with_subject_and_opening_lines():
    incoming = to_incoming(graph_message())
    assert incoming.source_key == "email:<abc@mail.clientcorp.com.au>"
    assert (incoming.source, incoming.person_name, incoming.person_email) == ("email", "Jane Doe",
                                                                             "jane.doe@clientcorp.com.au")
    assert incoming.received_at == datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    assert incoming.message == "Tender help\n\nHi,\nWe need help with a tender."
    assert incoming.company is None and incoming.person_phone is None and incoming.referred_by is None


@pytest.mark.parametrize("value, expected", [
    ("2026-11-20T09:30:00Z", datetime(2026, 11, 20, 9, 30, tzinfo=UTC)),
    ("2026-11-20T20:30:00+11:00", datetime(2026, 11, 20, 9, 30, tzinfo=UTC)),
    ("2026-11-20T09:30:00", datetime(2026, 11, 20, 9, 30, tzinfo=UTC)),  # Graph's times are UTC
    (None, NOW),
    ("last Tuesday", NOW),
])
def test_received_at_is_aware_utc(value, expected):
    assert to_incoming(graph_message(receivedDateTime=value), now=NOW).received_at == expected


@pytest.mark.parametrize("fields, key", [
    ({}, "email:<abc@mail.clientcorp.com.au>"),
    ({"internetMessageId": None}, "email:AAMkAD1"),
    ({"internetMessageId": "<" + "x" * 300 + "@mail.example>"}, None),
])
def test_the_source_key_is_the_internet_message_id_and_always_fits(fields, key):
    made = source_key(graph_message(**fields))
    assert made == key if key else (made.startswith("email:sha256:") and len(made) <= 200)
    assert made == source_key(graph_message(**fields))


@pytest.mark.parametrize("name, address, expected", [
    ("Jane Doe", "jane@clientcorp.com.au", "Jane Doe"),
    ("  'Jane   Doe' ", "jane@clientcorp.com.au", "Jane Doe"),
    ("", "jane.doe@clientcorp.com.au", "Jane Doe"),
    (None, "JANE_DOE-SMITH+enquiry@clientcorp.com.au", "Jane Doe Smith"),
    ("jane.doe@clientcorp.com.au", "jane.doe@clientcorp.com.au", "Jane Doe"),
    ("", "info@clientcorp.com.au", "Info"),
    ("", "..@clientcorp.com.au", "..@clientcorp.com.au"),
])
def test_the_person_is_the_display_name_else_the_address_made_readable(name, address, expected):
    assert person_name(name, address) == expected


SIGNED = "Hi,\nWe would like a quote.\n\nRegards,\n"


@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Jane Doe\nHead of Procurement\nClientCorp Pty Ltd", "ClientCorp Pty Ltd"),
    (SIGNED + "Jane Doe\r\nHead of Procurement\r\nClientCorp\r\nT: +61 2 5550 1234", "ClientCorp"),
    (SIGNED + "Jane Doe\nClientCorp Pty Ltd\nM 0400 000 000", "ClientCorp Pty Ltd"),
    (SIGNED + "-- \nJane Doe\nPartner, Acme Holdings", "Acme Holdings"),
    (SIGNED + "Jane Doe\nChief Executive Officer\nDepartment of Health", "Department of Health"),
    (SIGNED + "Jane Doe\nSydney", None),  # a plain line right under the name may be anything
    (SIGNED + "Jane Doe\nClientCorp", None),
    (SIGNED + "Jane Doe\nHead of Group Procurement\nM: 0400 000 000", None),
    (SIGNED + "Jane Doe\nHead of Procurement\nSent from my iPhone", None),
    (SIGNED + "Jane Doe\nHead of Procurement\nwe can talk next week.", None),
    (SIGNED + "Jane Doe\njane.doe@clientcorp.com.au\nClientCorp Pty Ltd", None),
    (SIGNED + "JD\nClientCorp Pty Ltd", None),  # not the sender's name
    ("Jane Doe here from ClientCorp Pty Ltd, we would like a quote.", None),
    ("Hi, we would like a quote. Regards, Jane Doe Head of Procurement ClientCorp Pty Ltd", None),  # one line
    ("Jane Doe\nClientCorp Pty Ltd\n" + "More text.\n" * 12, None),  # the name is not near the end
    ("", None),
])
def test_a_company_is_taken_only_from_a_clear_signature(text, expected):
    assert signature_company(text, "Jane Doe") == expected


def test_the_signature_company_reaches_the_enquiry():
    preview = SIGNED + "Jane Doe\nHead of Procurement\nClientCorp Pty Ltd"
    assert to_incoming(graph_message(bodyPreview=preview)).company == "ClientCorp Pty Ltd"


@pytest.mark.parametrize("subject, preview, expected", [
    ("Tender help", "Hi,\n\n\n\nWe   need help.  ", "Tender help\n\nHi,\n\nWe need help."),
    ("  Tender\thelp ", "", "Tender help"),
    (None, "We need help.", "We need help."),
    ("", "", None),
    ("S", "word " * 200, "S\n\n" + ("word " * 120).strip() + "…"),
    ("S", "x" * 700, "S\n\n" + "x" * 600 + "…"),
])
def test_the_message_is_the_subject_then_the_opening_lines(subject, preview, expected):
    assert enquiry_text(subject, preview) == expected


def test_long_fields_are_cut_to_what_the_enquiry_stores():
    incoming = to_incoming(graph_message(subject="s" * 5000, **{"from": sender("n" * 300, "a" * 330 + "@x.example")}))
    assert len(incoming.person_name) == 200 and len(incoming.message) == 4000 and incoming.person_email is None


@pytest.mark.parametrize("base_url, scope", [
    ("https://graph.microsoft.com/v1.0", "https://graph.microsoft.com/.default"),
    ("https://graph.microsoft.us/v1.0/", "https://graph.microsoft.us/.default"),
    ("https://127.0.0.1:8443/v1.0", "https://127.0.0.1:8443/.default"),
])
def test_the_token_scope_follows_the_graph_origin(base_url, scope):
    assert graph_scope(base_url) == scope


@pytest.mark.parametrize("failures, retry_after, delay", [
    (0, None, 120), (0, 30, 120), (1, None, 120), (2, None, 240), (3, None, 480), (20, None, MAX_BACKOFF),
    (1, 600, 600), (2, 10, 240),
])
def test_the_poll_backs_off_after_failures_and_honours_retry_after(failures, retry_after, delay):
    assert next_delay(120, failures, retry_after) == delay


# -- against the fake Graph (the Graph app's tenant, id and secret are the loopback cloud's) ---------

@pytest.fixture
async def graph(cloud):
    async with FakeGraph(cloud, MAILBOX) as running:
        yield running


@pytest.fixture
def settings(database_url, cloud, graph, monkeypatch):
    for name, value in graph.tls_env().items():
        monkeypatch.setenv(name, value)
    return make_settings(database_url=database_url, graph_tenant_id=TENANT, graph_client_id=CLIENT_ID,
                         graph_client_secret=SECRET, enquiry_mailbox=MAILBOX, graph_base_url=graph.base_url,
                         graph_authority=cloud.base_url)


@pytest.fixture
def network(db, cloud):
    """The seeded network, its partner channel served by the module's cloud."""
    net = seed(db)
    set_partner_channel(db, cloud.connector_url)
    return net


@pytest.fixture
async def mailboxes(settings, db, network):
    """Make Mailbox objects on the real core (each one a "restart"); all are stopped afterwards."""
    made: list[Mailbox] = []

    def make(accept=None, **overrides) -> Mailbox:
        chosen = settings.model_copy(update=overrides) if overrides else settings
        box = Mailbox(chosen, db, accept or Accord(chosen, db).accept_enquiry, retry_base=0.05)
        made.append(box)
        return box

    yield make
    for box in made:
        await box.stop()


@pytest.fixture
def mailbox(mailboxes) -> Mailbox:
    return mailboxes()


def enquiries(db) -> list[Enquiry]:
    with db.transaction() as session:
        return list(session.exec(select(Enquiry).where(Enquiry.source == "email").order_by(Enquiry.id)))


def channel_posts(db) -> list[str]:
    with db.transaction() as session:
        rows = session.exec(select(OutboxMessage).where(OutboxMessage.idempotency_key.like("enquiry:%:channel")))
        return sorted(row.idempotency_key for row in rows)


def stored_link(db) -> str | None:
    with db.transaction() as session:
        return get_setting(session, "mailbox_delta:enquiries@network.example")


async def test_new_mail_becomes_enquiries_matched_and_posted(graph, mailbox, db, network, cloud, settings):
    graph.add_message("Tender help", "Hi,\nWe need help with a tender.\n\nRegards,\nJohn Doe",
                      sender="John@ClientCorp.com.au", name="John Doe")
    graph.add_message("Quote", "Hello,\nCould you quote for an audit?\n\nAnn Lee\nHead of Finance\nAcme Holdings",
                      sender="ann.lee@gmail.com", name="")
    assert await mailbox.poll_once() == 2
    john, ann = enquiries(db)
    assert (john.person_name, john.person_email, john.company) == ("John Doe", "john@clientcorp.com.au", None)
    assert john.message == "Tender help\n\nHi,\nWe need help with a tender.\n\nRegards,\nJohn Doe"
    assert john.client_id == network.clients["clientcorp"].id  # matched on the sender's domain
    assert john.holder_id == network.members["dana"].id and john.state == "with holder"
    assert (ann.person_name, ann.company, ann.client_id) == ("Ann Lee", "Acme Holdings", network.clients["acme"].id)
    assert john.received_at.tzinfo is not None and john.source_key.startswith("email:<")
    assert channel_posts(db) == [f"enquiry:{john.id}:channel", f"enquiry:{ann.id}:channel"]
    (first,) = graph.requests
    assert first.kind == "first" and first.query["$select"] == \
        "id,subject,from,receivedDateTime,bodyPreview,internetMessageId"
    assert first.headers["Prefer"] == "odata.maxpagesize=50"
    assert [t.scope for t in cloud.token_requests][-1] == f"{graph.origin}/.default"


async def test_pages_are_followed_and_the_delta_link_is_kept_only_at_the_end(graph, mailbox, db):
    for n in range(120):
        graph.add_message(f"Enquiry {n}", sender=f"person{n}@example.org", name=f"Person {n}")
    assert await mailbox.poll_once() == 120
    assert [r.kind for r in graph.requests] == ["first", "page", "page"]
    assert len(enquiries(db)) == 120 and len(channel_posts(db)) == 120
    assert stored_link(db).startswith(graph.base_url) and "$deltatoken=" in stored_link(db)


async def test_a_second_poll_with_no_new_mail_adds_nothing_and_uses_the_stored_link(graph, mailbox, db, cloud):
    tokens_before = len(cloud.token_requests)
    graph.add_message()
    assert await mailbox.poll_once() == 1
    link = stored_link(db)
    graph.reset_requests()
    assert await mailbox.poll_once() == 0
    (second,) = graph.requests
    assert second.kind == "delta" and link.endswith(f"$deltatoken={second.query['$deltatoken']}")
    graph.add_message("Another one", sender="bob@example.org", name="Bob Smith")
    assert await mailbox.poll_once() == 1
    assert [e.person_name for e in enquiries(db)] == ["Jane Doe", "Bob Smith"]
    assert len(cloud.token_requests) - tokens_before == 1  # msal's cache serves every later poll


async def test_a_restart_continues_from_the_stored_link_and_neither_loses_nor_repeats(graph, mailboxes, db):
    first = mailboxes()
    graph.add_message("Before the restart")
    assert await first.poll_once() == 1
    await first.stop()
    graph.add_message("While we were down", sender="bob@example.org", name="Bob Smith")
    graph.reset_requests()
    assert await mailboxes().poll_once() == 1
    assert [r.kind for r in graph.requests] == ["delta"]
    assert [e.message for e in enquiries(db)] == ["Before the restart\n\nHello.", "While we were down\n\nHello."]


async def test_a_message_seen_twice_posts_once(graph, mailbox, db):
    message = graph.add_message()
    assert await mailbox.poll_once() == 1
    graph.update_message(message["id"], isRead=True)  # someone read it in Outlook: Graph lists it again
    assert await mailbox.poll_once() == 0
    graph.expire_links()  # the sync state is gone: the whole inbox is read again
    graph.add_message("New after the reset", sender="bob@example.org", name="Bob Smith")
    graph.reset_requests()
    assert await mailbox.poll_once() == 1
    assert [(r.kind, r.status) for r in graph.requests] == [("delta", 410), ("first", 200)]
    rows = enquiries(db)
    assert len(rows) == 2 and len(channel_posts(db)) == 2
    graph.reset_requests()
    assert await mailbox.poll_once() == 0 and [r.kind for r in graph.requests] == ["delta"]


async def test_auto_replies_bounces_own_mail_old_mail_and_removals_are_skipped(graph, mailbox, db):
    graph.add_message("Automatic reply: Our services", "I am away until Monday.", sender="someone@clientcorp.com.au")
    graph.add_message("Undeliverable: Our services", sender="postmaster@network.example", name="Postmaster")
    graph.add_message("Fwd: enquiry", sender=MAILBOX.lower(), name="Enquiries")
    graph.add_message("Last year's enquiry", received_at=datetime.now(UTC) - timedelta(days=3))
    gone = graph.add_message("Deleted before we saw it", sender="spam@example.org")
    graph.remove_message(gone["id"])
    graph.add_message("Real enquiry", sender="bob@example.org", name="Bob Smith")
    assert await mailbox.poll_once() == 1
    second = graph.add_message("Second enquiry", sender="eve@example.org", name="Eve Adams")
    graph.remove_message(second["id"])  # deleted before the next poll: listed as @removed
    assert await mailbox.poll_once() == 0
    assert [e.person_name for e in enquiries(db)] == ["Bob Smith"]


async def test_mail_from_before_the_first_read_stays_out_even_when_it_changes_or_the_inbox_is_reread(graph, mailbox,
                                                                                                      db):
    old = graph.add_message("Old", received_at=datetime.now(UTC) - timedelta(days=2))
    assert await mailbox.poll_once() == 0
    graph.update_message(old["id"], isRead=True)
    assert await mailbox.poll_once() == 0
    graph.expire_links()
    assert await mailbox.poll_once() == 0
    assert enquiries(db) == []


async def test_throttling_and_server_errors_are_retried_honouring_retry_after(graph, mailbox, db):
    graph.add_message()
    graph.inject(429, retry_after=1)
    graph.inject(503, times=2)
    started = time.monotonic()
    assert await mailbox.poll_once() == 1
    assert time.monotonic() - started >= 1
    assert [r.status for r in graph.requests] == [429, 503, 503, 200]


async def test_a_round_that_fails_midway_keeps_the_old_link_and_the_next_one_repeats_nothing(graph, mailbox, db):
    graph.add_message("Before")
    assert await mailbox.poll_once() == 1
    link = stored_link(db)
    for n in range(60):
        graph.add_message(f"Enquiry {n}", sender=f"person{n}@example.org", name=f"Person {n}")
    graph.inject(503, times=ATTEMPTS, kind="page")  # the second page fails on every attempt
    with pytest.raises(GraphBusy):
        await mailbox.poll_once()
    assert stored_link(db) == link and len(enquiries(db)) == 51
    assert await mailbox.poll_once() == 10
    assert len(enquiries(db)) == 61 and len(channel_posts(db)) == 61


async def test_an_accept_that_fails_midway_keeps_the_old_link_and_nothing_is_posted_twice(graph, mailboxes, db,
                                                                                         settings):
    core, calls = Accord(settings, db), []

    def flaky(incoming):
        calls.append(incoming.source_key)
        if len(calls) == 2:
            raise RuntimeError("database went away")
        return core.accept_enquiry(incoming)

    box = mailboxes(accept=flaky)
    for n in range(3):
        graph.add_message(f"Enquiry {n}", sender=f"person{n}@example.org", name=f"Person {n}",
                          received_at=datetime.now(UTC) - timedelta(minutes=10 - n))
    with pytest.raises(RuntimeError):
        await box.poll_once()
    assert stored_link(db) is None and len(enquiries(db)) == 1
    assert await box.poll_once() == 2
    assert [e.person_name for e in enquiries(db)] == ["Person 0", "Person 1", "Person 2"]
    assert len(channel_posts(db)) == 3


async def test_a_wrong_secret_or_missing_permission_fails_the_round_with_a_clear_reason(graph, mailboxes, db):
    with pytest.raises(GraphError, match="invalid_client"):
        await mailboxes(graph_client_secret="wrong").poll_once()
    graph.inject(403, code="ErrorAccessDenied")
    with pytest.raises(GraphError, match="ErrorAccessDenied.*Mail.Read"):
        await mailboxes().poll_once()
    assert stored_link(db) is None


async def test_the_background_poll_survives_failures_and_stops_cleanly(graph, mailboxes, db, caplog):
    box = mailboxes(mailbox_poll_seconds=0.1)
    graph.inject(403, code="ErrorAccessDenied", times=2)
    graph.add_message()
    caplog.set_level(logging.WARNING, logger="bot.mailbox")
    await box.start()
    await until(lambda: enquiries(db), 15)
    assert "ErrorAccessDenied" in caplog.text and "2 in a row" in caplog.text
    graph.add_message("Later", sender="bob@example.org", name="Bob Smith")
    await until(lambda: len(enquiries(db)) >= 2, 15)
    await box.stop()
    count = len(graph.requests)
    await asyncio.sleep(0.3)
    assert len(graph.requests) == count


async def test_the_fake_graph_wants_a_token_for_its_own_origin(graph, cloud, settings):
    url = f"{graph.base_url}/users/{MAILBOX}/mailFolders/inbox/messages/delta"
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=ssl.create_default_context())) as http:
        for scope in ("https://graph.microsoft.com/.default", f"{graph.origin}/.default"):
            async with http.post(cloud.token_url, data={
                    "grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": SECRET,
                    "scope": scope}) as answer:
                token = (await answer.json())["access_token"]
            async with http.get(url, headers={"Authorization": f"Bearer {token}"}) as response:
                assert response.status == (200 if graph.origin in scope else 401)
        async with http.get(url) as response:
            assert response.status == 401


async def test_without_graph_settings_the_mailbox_is_off(database_url, db, graph):
    settings = make_settings(database_url=database_url, enquiry_mailbox=MAILBOX, graph_base_url=graph.base_url)
    box = Mailbox(settings, db, Accord(settings, db).accept_enquiry)
    assert not box.configured
    await box.start()
    assert await box.poll_once() == 0
    await box.stop()
    assert graph.requests == []
