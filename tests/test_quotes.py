"""Quotes: the signed webhook's contract, flags over a quote's life, who sees what, overlap notices (Teams, mail)."""

from __future__ import annotations

import json
import time
import urllib.request
from datetime import UTC, datetime, timedelta

import hypothesis
import pytest
import schemathesis
from aiohttp.test_utils import TestClient, TestServer
from schemathesis import GenerationMode
from sqlmodel import select

from app import create_app
from bot.clients import ClientIndex
from bot.core import Accord
from bot.rules.access import Viewer
from bot.rules.quotes import (
    ChatQuote,
    FlagSpan,
    detail_audience,
    flag_spans,
    is_partner_quote,
    may_see_quote,
    overlap_owners,
    parse_chat_quote,
    parse_value,
    status_after,
)
from bot.services.quotes import receive
from bot.webhooks import QuoteIn
from storage.fees import add_fee
from storage.history import changes
from storage.models import Change, Fee, FeePrompt, Flag, Member, OutboxMessage, Quote, QuoteEvent, QuoteSplit
from storage.registry import active_flags, flag_history
from tests.conftest import make_settings
from tests.support.botprocess import BotProcess, post_signed
from tests.support.builders import BO, DI, SAM, TENANT, post_webhook, signed_headers, user
from tests.support.fakecloud import FakeCloud
from tests.support.fakegraph import FakeGraph
from tests.support.turns import card_text, say_text, until

SECRET = "quote-secret-for-tests"
CLIENT_ID = "5f1c6f0e-0000-4000-8000-0000000c0075"
GRAPH_SECRET = "graph-secret-for-quote-tests"
NOTICES = "notices@network.example"
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)

# -- the rules ------------------------------------------------------------------------------------

P1, P2, B1, B2, D1, A1 = 1, 2, 3, 4, 5, 6


@pytest.mark.parametrize("viewer, viewer_role, owner, owner_role, bd_sees, expected", [
    (P1, "partner", P1, "partner", False, True),  # own quote, always
    (P2, "partner", P1, "partner", True, False),  # another partner's quote: never
    (B1, "bd", P1, "partner", True, True),  # BD sees partner quotes by default
    (B1, "bd", P1, "partner", False, False),  # ...unless partners chose otherwise
    (D1, "director", P1, "partner", False, True),
    (A1, "admin", P1, "partner", False, True),
    (P2, None, P1, "partner", True, False),  # no role: like a partner
    (P1, "partner", B1, "bd", False, True),  # a BD quote is for everyone
    (B2, "bd", B1, "bd", False, True),
    (P1, "partner", D1, "director", False, True),
    (P1, "partner", P2, None, True, False),  # an owner without a role is treated as a partner
    (None, None, P1, "partner", True, False),
])
def test_who_may_see_a_quotes_details(viewer, viewer_role, owner, owner_role, bd_sees, expected):
    assert may_see_quote(Viewer(viewer, viewer_role), owner, is_partner_quote(owner_role), bd_sees) is expected


@pytest.mark.parametrize("asker, role, owner_role, expected", [
    (P1, "partner", "partner", False),  # even the owner's own quote stays private in a channel
    (D1, "director", "partner", False), (B1, "bd", "partner", False), (P1, "partner", "bd", True),
])
def test_a_public_answer_shows_only_network_quotes(asker, role, owner_role, expected):
    assert may_see_quote(Viewer(asker, role, public=True), P1, is_partner_quote(owner_role), True) is expected


@pytest.mark.parametrize("owner_role, bd_sees, expected", [
    ("bd", False, "everyone in the network"), ("director", True, "everyone in the network"),
    ("partner", True, "you, BD, directors and admins"), ("partner", False, "you, directors and admins"),
])
def test_the_owner_is_told_who_sees_the_details(owner_role, bd_sees, expected):
    assert detail_audience(is_partner_quote(owner_role), bd_sees) == expected


@pytest.mark.parametrize("current, event, expected", [
    ("open", "created", "open"), ("open", "updated", "open"), ("submitted", "updated", "submitted"),
    ("open", "won", "won"), ("open", "lost", "lost"), ("open", "withdrawn", "withdrawn"),
    ("won", "updated", "won"), ("lost", "won", "won"), ("won", "created", "won"),
])
def test_what_an_event_does_to_the_status(current, event, expected):
    assert status_after(current, event) == expected


GRACE, PROJECT = timedelta(days=14), timedelta(days=365)


@pytest.mark.parametrize("status, closed, now, expected", [
    ("open", None, T0, [("active quote", T0, None)]),
    ("submitted", None, T0 + 400 * DAY, [("active quote", T0, None)]),
    ("lost", T0 + 10 * DAY, T0 + 10 * DAY, [("active quote", T0, T0 + 24 * DAY)]),
    ("withdrawn", T0 + DAY, T0 + 99 * DAY, [("active quote", T0, T0 + 15 * DAY)]),
    ("won", T0 + 10 * DAY, T0 + 10 * DAY, [("active quote", T0, T0 + 10 * DAY),
                                           ("active project", T0 + 10 * DAY, T0 + 375 * DAY)]),
    ("won", T0 + 10 * DAY, T0 + 375 * DAY - timedelta(seconds=1),
     [("active quote", T0, T0 + 10 * DAY), ("active project", T0 + 10 * DAY, T0 + 375 * DAY)]),
    ("won", T0 + 10 * DAY, T0 + 375 * DAY, [("active quote", T0, T0 + 10 * DAY),
                                            ("active project", T0 + 10 * DAY, T0 + 375 * DAY),
                                            ("past project", T0 + 375 * DAY, None)]),
])
def test_the_flags_a_quote_gives_its_owner(status, closed, now, expected):
    spans = flag_spans(status, T0, closed, now, grace=GRACE, project=PROJECT)
    assert spans == tuple(FlagSpan(*e) for e in expected)


def test_each_earlier_owner_hears_once_and_the_new_owner_never():
    assert overlap_owners(2, [1, 3, 1, 2, 4, 3]) == [1, 3, 4]
    assert overlap_owners(2, [2, 2]) == []


@pytest.mark.parametrize("text, cents", [
    ("45000", 4_500_000), ("45,000", 4_500_000), ("$45k", 4_500_000), ("45k", 4_500_000), ("45K", 4_500_000),
    ("1.2m", 120_000_000), ("A$1,250,000", 125_000_000), ("45000.50", 4_500_050), ("0", 0), ("2.5k", 250_000),
    ("45000.505", None), ("45,00", None), ("abc", None), ("-5", None), ("45kk", None), ("", None),
    ("1.2345k", 123_450), ("1.234567k", None), ("99999999999999k", None),
])
def test_values_typed_in_chat(text, cents):
    assert parse_value(text) == cents


@pytest.mark.parametrize("text, expected", [
    ("ClientCorp 45000", ChatQuote("ClientCorp", 4_500_000, "AUD", False)),
    ("Acme Holdings $45k tender", ChatQuote("Acme Holdings", 4_500_000, "AUD", True)),
    ("ClientCorp 1.2m usd", ChatQuote("ClientCorp", 120_000_000, "USD", False)),
    ("Delta Air Lines 20k NZD Tender", ChatQuote("Delta Air Lines", 2_000_000, "NZD", True)),
    ("Club 2000 5k", ChatQuote("Club 2000", 500_000, "AUD", False)),  # a number in the name stays in the name
    ("ClientCorp", None), ("45000", None), ("ClientCorp tender", None), ("ClientCorp lots", None), ("", None),
])
def test_the_quote_command(text, expected):
    assert parse_chat_quote(text) == expected


# -- fixtures -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def anonymous_cloud():
    """Anonymous for the bot, as everywhere, and here also the Entra endpoint that issues the Graph tokens."""
    with FakeCloud(app_id=CLIENT_ID, app_password=GRAPH_SECRET, tenant_id=TENANT, require_auth=False,
                   connector_tls=False).run_in_thread() as running:
        yield running


@pytest.fixture
def settings(database_url, anonymous_cloud):
    anonymous_cloud.reset()
    return make_settings(database_url=database_url, quote_webhook_secret=SECRET)


@pytest.fixture
def network(channel_network):
    """Quotes' notices and flags are checked against a network whose partner channel is set."""
    return channel_network


@pytest.fixture
async def graph(anonymous_cloud, monkeypatch):
    async with FakeGraph(anonymous_cloud, "enquiries@network.example", senders=(NOTICES,)) as running:
        for name, value in running.tls_env().items():
            monkeypatch.setenv(name, value)
        yield running


@pytest.fixture
def mail_settings(settings, graph, anonymous_cloud):
    return settings.model_copy(update=dict(graph_tenant_id=TENANT, graph_client_id=CLIENT_ID,
                                           graph_client_secret=GRAPH_SECRET, mail_from=NOTICES,
                                           graph_base_url=graph.base_url, graph_authority=anonymous_cloud.base_url))


def event(**fields) -> dict:
    body = {"id": "Q-100", "event": "created", "at": "2026-03-02T20:00:00+11:00", "owner_email": "sam@network.example",
            "client": "ClientCorp", "value": 45000, "currency": "AUD", "tender": False,
            "splits": [{"member_email": "sam@network.example", "kind": "deal_owner", "percent": 90},
                       {"member_email": "DANA@network.example", "kind": "referral_fee", "percent": 10}]}
    body.update(fields)
    return body


async def deliver(client, body, *, secret=SECRET, **options):
    return await post_webhook(client, "/api/quotes", body, secret=secret, **options)


def platform(db, settings, now: datetime | None = None, **fields):
    """Apply one platform event as the webhook would, at a fixed `now`."""
    item = QuoteIn.model_validate(event(**fields)).platform_event()
    with db.transaction() as session:
        return receive(session, settings, ClientIndex(), item, now or item.at)


def rows(db, model, *where) -> list:
    with db.transaction() as session:
        return list(session.exec(select(model).where(*where).order_by(model.id)))


def notices(db) -> dict[str, OutboxMessage]:
    return {r.idempotency_key: r for r in rows(db, OutboxMessage, OutboxMessage.idempotency_key.like("quote:%"))}


def notice_text(row: OutboxMessage) -> str:
    return card_text(json.loads(row.payload)["attachments"][0]["content"])


def quote_flags(db, quote_id: int) -> list[tuple[str, datetime, datetime | None]]:
    return [(f.basis, f.since, f.until) for f in rows(db, Flag, Flag.source == f"quote:{quote_id}")]


def settled(db) -> dict[str, OutboxMessage] | None:
    """The quote notices once none is pending or in flight."""
    found = notices(db)
    return found if found and all(row.state in ("delivered", "failed") for row in found.values()) else None


# -- the webhook ----------------------------------------------------------------------------------

async def test_a_signed_event_is_applied_once_even_when_retried(client, db, network):
    first = await deliver(client, event())
    assert first.status == 202
    answer = await first.json()
    assert answer["id"] == "Q-100" and answer["duplicate"] is False
    counts = [len(rows(db, model)) for model in (Quote, QuoteEvent, QuoteSplit, Change, Flag, OutboxMessage)]
    again = await deliver(client, event())
    assert again.status == 202 and await again.json() == {**answer, "duplicate": True}
    assert [len(rows(db, model)) for model in (Quote, QuoteEvent, QuoteSplit, Change, Flag, OutboxMessage)] == counts
    (quote,) = rows(db, Quote)
    assert quote.id == answer["quote"]
    assert (quote.external_id, quote.status, quote.value_cents, quote.currency, quote.tender, quote.source) == (
        "Q-100", "open", 4_500_000, "AUD", False, "platform")
    assert (quote.owner_id, quote.client_id) == (network.members["sam"].id, network.clients["clientcorp"].id)
    assert quote.opened_at == T0
    splits = [(s.member_id, s.kind, s.percent) for s in rows(db, QuoteSplit)]
    assert splits == [(network.members["sam"].id, "deal_owner", 90.0), (network.members["dana"].id, "referral_fee",
                                                                        10.0)]
    (recorded,) = rows(db, QuoteEvent)
    assert recorded.key == "Q-100|created|2026-03-02T09:00:00+00:00"


@pytest.mark.parametrize("case", ["wrong secret", "stale", "no headers", "tampered"])
async def test_a_bad_or_stale_signature_is_a_401_and_stores_nothing(client, db, case):
    body = json.dumps(event()).encode()
    if case == "wrong secret":
        response = await deliver(client, None, raw=body, secret="guess")
    elif case == "stale":
        response = await deliver(client, None, raw=body, stamp=int(time.time()) - 301)
    elif case == "no headers":
        response = await deliver(client, None, raw=body, headers={"Content-Type": "application/json"})
    else:
        response = await client.post("/api/quotes", data=body.replace(b"45000", b"4500"),
                                     headers=signed_headers(SECRET, body))
    assert response.status == 401
    assert rows(db, Quote) == [] and rows(db, QuoteEvent) == []


@pytest.mark.parametrize("body, fields", [
    ({k: v for k, v in event().items() if k != "id"}, {"id"}),
    (event(event="reopened"), {"event"}),
    (event(at="2026-03-02T20:00:00"), {"at"}),
    (event(at="soon"), {"at"}),
    (event(owner_email="sam"), {"owner_email"}),
    (event(client=""), {"client"}),
    (event(value=-1), {"value"}),
    (event(value=45000.123), {"value"}),
    (event(value=1e15), {"value"}),
    (event(currency="aud"), {"currency"}),
    (event(splits=[{"member_email": "sam@network.example", "kind": "owner", "percent": 120}]),
     {"splits.0.kind", "splits.0.percent"}),
    (event(client="Acme\u0000", owner_email="x" * 400), {"client", "owner_email"}),
])
async def test_field_errors_are_a_400_listing_every_field(client, db, body, fields):
    response = await deliver(client, body)
    assert response.status == 400
    assert {e["field"] for e in (await response.json())["errors"]} == fields
    assert rows(db, Quote) == []


@pytest.mark.parametrize("body, fields, says", [
    (event(owner_email="nobody@network.example"), {"owner_email"}, "no member has the email nobody@network.example"),
    (event(client="Zebra Unicorn Labs"), {"client"}, "no single client matches 'Zebra Unicorn Labs'"),
    (event(client="Delta"), {"client"}, "did you mean: Delta Air Lines; Delta Electronics"),
    (event(splits=[{"member_email": "sam@network.example", "kind": "deal_owner", "percent": 90},
                   {"member_email": "ghost@network.example", "kind": "referral_fee", "percent": 10}]),
     {"splits.1.member_email"}, "ghost@network.example"),
    (event(owner_email="ghost@x.example", client="Nowhere Inc"), {"owner_email", "client"}, "Nowhere Inc"),
])
async def test_a_member_or_client_accord_does_not_know_is_a_400_and_stores_nothing(client, db, network, body, fields,
                                                                                     says):
    response = await deliver(client, body)
    assert response.status == 400
    errors = (await response.json())["errors"]
    assert {e["field"] for e in errors} == fields
    assert any(says in e["error"] for e in errors)
    assert rows(db, Quote) == [] and rows(db, QuoteEvent) == [] and rows(db, OutboxMessage) == []


OWNER_SPLIT = {"member_email": "sam@network.example", "kind": "deal_owner", "percent": 90}


async def test_a_referral_fee_split_records_an_agreed_fee_from_the_platform(client, db, network):
    m = network.members
    assert (await deliver(client, event())).status == 202
    (quote,) = rows(db, Quote)
    (fee,) = rows(db, Fee)
    assert (fee.quote_id, fee.payer_id, fee.payee_id, fee.percent, fee.state, fee.source) == (
        quote.id, m["sam"].id, m["dana"].id, 10, "agreed", "platform")
    with db.transaction() as session:
        assert [(c.action, c.changed_by) for c in changes(session, "fee", fee.id)] == [("agreed", None)]
    told = {r.idempotency_key: json.loads(r.payload)["attachments"][0]["content"]
            for r in rows(db, OutboxMessage, OutboxMessage.idempotency_key.like(f"fee:{fee.id}:%"))}
    to_dana = told[f"fee:{fee.id}:agreed:{m['dana'].id}"]  # her next step: invoice it; the value is not hers to see
    assert [a["title"] for a in to_dana["actions"]] == ["Mark invoiced"]
    assert "10% of the quote" in card_text(to_dana) and "45,000" not in card_text(to_dana)
    assert f"fee:{fee.id}:agreed:{m['sam'].id}" in told
    # A later event with the same split confirms nothing new; the fee is already agreed.
    later = event(event="updated", at="2026-03-03T09:00:00+11:00")
    assert (await deliver(client, later)).status == 202
    assert [(f.state, f.percent) for f in rows(db, Fee)] == [("agreed", 10)]


async def test_a_referral_fee_split_confirms_the_fee_the_owner_proposed(db, settings, network):
    m = network.members
    quote_id = platform(db, settings, splits=[OWNER_SPLIT]).quote_id
    with db.transaction() as session:
        proposed = add_fee(session, by=m["sam"].id, quote_id=quote_id, client_id=network.clients["clientcorp"].id,
                           payer_id=m["sam"].id, payee_id=m["dana"].id, basis="past project", percent=8,
                           state="proposed")
    platform(db, settings, event="updated", at="2026-03-03T09:00:00+11:00")
    (fee,) = rows(db, Fee)
    assert (fee.id, fee.state, fee.percent, fee.source) == (proposed.id, "agreed", 10, "platform")
    with db.transaction() as session:
        assert [(c.action, c.changed_by) for c in changes(session, "fee", fee.id)] == [("proposed", m["sam"].id),
                                                                                       ("agreed", None)]


@pytest.mark.parametrize("split, field", [
    ({"member_email": "ghost@network.example", "kind": "referral_fee", "percent": 10}, "splits.1.member_email"),
    ({"member_email": "dana@network.example", "kind": "referral_fee", "percent": 100.5}, "splits.1.percent"),
    ({"member_email": "dana@network.example", "kind": "referral_fee", "percent": -1}, "splits.1.percent"),
])
async def test_a_bad_referral_fee_split_is_a_400_and_writes_no_fee(client, db, network, split, field):
    assert (await deliver(client, event(splits=[OWNER_SPLIT]))).status == 202
    before = (rows(db, Fee), len(rows(db, FeePrompt)), len(rows(db, QuoteSplit)), len(rows(db, Change)))
    response = await deliver(client, event(event="updated", at="2026-03-03T09:00:00+11:00",
                                           splits=[OWNER_SPLIT, split]))
    assert response.status == 400
    assert field in {e["field"] for e in (await response.json())["errors"]}
    assert (rows(db, Fee), len(rows(db, FeePrompt)), len(rows(db, QuoteSplit)), len(rows(db, Change))) == before
    assert before[0] == []


async def test_over_64_kb_is_a_413(client, db):
    response = await deliver(client, event(client="x" * 70_000))
    assert response.status == 413
    assert rows(db, Quote) == []


async def test_without_a_secret_the_webhook_is_off(database_url, db):
    async with TestClient(TestServer(create_app(make_settings(database_url=database_url)))) as off:
        response = await deliver(off, event())
        assert response.status == 503 and "QUOTE_WEBHOOK_SECRET" in (await response.json())["error"]


async def test_the_contract_is_in_the_same_openapi_document(client):
    document = await (await client.get("/api/openapi.json")).json()
    assert set(document["paths"]) >= {"/api/enquiries", "/api/quotes"}
    operation = document["paths"]["/api/quotes"]["post"]
    assert set(operation["responses"]) >= {"202", "400", "401", "413", "503"}
    schema = document["components"]["schemas"]["QuoteIn"]
    assert set(schema["required"]) == {"id", "event", "at", "owner_email", "client"}
    assert document["components"]["schemas"]["SplitIn"]["properties"]["kind"]["enum"] == ["deal_owner",
                                                                                         "referral_fee"]


def test_no_input_is_a_server_error(tmp_path, database_url, db):  # db: empties the tables afterwards
    # Its own process, stopped before the next test: its sender has no Graph and would fail other tests' mail.
    with BotProcess(tmp_path, DATABASE_URL=database_url, QUOTE_WEBHOOK_SECRET=SECRET) as bot:
        with urllib.request.urlopen(f"{bot.url}/api/openapi.json", timeout=10) as response:
            operation = schemathesis.openapi.from_dict(json.loads(response.read()))["/api/quotes"]["POST"]
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            seen = fuzz(bot.url, operation, mode)
            assert 400 in seen and 401 in seen


def fuzz(url: str, operation, mode) -> set[int]:
    """Post generated bodies, signed and not; every answer must be one the contract names."""
    seen: set[int] = set()

    @hypothesis.settings(max_examples=60, deadline=None, suppress_health_check=list(hypothesis.HealthCheck),
                         derandomize=True)
    @hypothesis.given(operation.as_strategy(generation_mode=mode))
    def check(case):
        raw = json.dumps(case.body, default=str).encode() if case.body is not None else b""
        for signed in (True, False):
            status = post_signed(f"{url}/api/quotes", raw, SECRET if signed else None)
            seen.add(status)
            assert status in ((202, 400, 413) if signed else (401,)), (status, case.body)

    check()
    return seen


# -- a quote's life -------------------------------------------------------------------------------

async def test_flags_follow_the_quote_from_open_to_won_to_past_project(db, settings, network, accord):
    created = platform(db, settings)
    won_at = T0 + 30 * DAY
    platform(db, settings, event="won", at=won_at.isoformat())
    project_ends = won_at + 365 * DAY
    assert quote_flags(db, created.quote_id) == [("active quote", T0, won_at), ("active project", won_at,
                                                                                project_ends)]
    assert accord.end_projects(project_ends - timedelta(seconds=1)) == 0
    assert accord.end_projects(project_ends) == 1
    assert accord.end_projects(project_ends + DAY) == 0  # once
    assert quote_flags(db, created.quote_id)[-1] == ("past project", project_ends, None)
    with db.transaction() as session:
        held = {(f.holder_id, f.basis) for f in active_flags(session, [network.clients["clientcorp"].id],
                                                                at=project_ends + DAY)}
        assert (network.members["sam"].id, "past project") in held
        assert (network.members["sam"].id, "active project") not in held
        assert [c.action for c in changes(session, "quote", created.quote_id)] == ["created", "won"]
        (quote_flag,) = [f for f in rows(db, Flag, Flag.basis == "active quote")]
        assert [h.after["until"] for h in flag_history(session, quote_flag.id)] == [None, won_at.isoformat()]


@pytest.mark.parametrize("ending", ["lost", "withdrawn"])
async def test_a_lost_or_withdrawn_quote_flags_the_client_for_the_grace_period(db, settings, network, ending):
    created = platform(db, settings)
    platform(db, settings, event=ending, at=(T0 + 10 * DAY).isoformat())
    assert quote_flags(db, created.quote_id) == [("active quote", T0, T0 + 24 * DAY)]
    (quote,) = rows(db, Quote)
    assert (quote.status, quote.closed_at) == (ending, T0 + 10 * DAY)
    with db.transaction() as session:
        cc = [network.clients["clientcorp"].id]
        assert any(f.basis == "active quote" for f in active_flags(session, cc, at=T0 + 23 * DAY))
        assert not any(f.basis == "active quote" for f in active_flags(session, cc, at=T0 + 24 * DAY))


async def test_an_event_for_an_unknown_quote_creates_it_and_an_older_one_changes_nothing(db, settings, network):
    won_at = T0 + 5 * DAY
    first = platform(db, settings, event="won", at=won_at.isoformat(), value=50000)
    (quote,) = rows(db, Quote)
    assert (quote.status, quote.opened_at, quote.closed_at, quote.value_cents) == ("won", won_at, won_at, 5_000_000)
    flags = quote_flags(db, quote.id)
    late = platform(db, settings, event="created", value=45000)  # at T0: older than the win
    assert (late.quote_id, late.new) == (first.quote_id, True)
    (quote,) = rows(db, Quote)
    assert (quote.status, quote.value_cents) == ("won", 5_000_000)
    assert quote_flags(db, quote.id) == flags
    assert [e.event for e in rows(db, QuoteEvent)] == ["won", "created"]  # kept as evidence all the same


async def test_an_update_changes_value_and_splits_but_not_the_status(db, settings, network):
    created = platform(db, settings)
    platform(db, settings, event="updated", at=(T0 + DAY).isoformat(), value="52000.50", tender=True,
             splits=[{"member_email": "sam@network.example", "kind": "deal_owner", "percent": 100}])
    (quote,) = rows(db, Quote)
    assert (quote.status, quote.value_cents, quote.tender) == ("open", 5_200_050, True)
    assert [(s.kind, s.percent) for s in rows(db, QuoteSplit)] == [("deal_owner", 100.0)]
    with db.transaction() as session:
        (_, update) = changes(session, "quote", created.quote_id)
    assert (update.action, update.before["value_cents"], update.after["value_cents"]) == ("updated", 4_500_000,
                                                                                         5_200_050)
    assert len(update.before["splits"]) == 2 and len(update.after["splits"]) == 1


# -- overlap notices ------------------------------------------------------------------------------

def earlier(db, settings, owner: str, quote_id: str = "Q-1", **fields):
    return platform(db, settings, id=quote_id, owner_email=f"{owner}@network.example", at=(T0 - DAY).isoformat(),
                    value=20000, splits=[], **fields)


async def test_a_partner_is_told_of_another_partners_new_quote_without_its_details(db, settings, network):
    mine = earlier(db, settings, "dana")
    new = platform(db, settings)
    (notice,) = notices(db).values()
    assert notice.idempotency_key == f"quote:{new.quote_id}:overlap:{network.members['dana'].id}"
    assert notice.member_id == network.members["dana"].id and notice.channel == "teams"
    text = notice_text(notice)
    assert "A new quote for ClientCorp Pty Ltd was created; there may be an overlap" in text
    assert "Sam Partner" in text and "private to its owner" in text
    assert "45,000" not in text and "deal owner" not in text and "Status" not in text
    assert "Your earlier quote for ClientCorp Pty Ltd" in text and "AUD 20,000 · open" in text  # her own, in full
    assert mine.quote_id != new.quote_id


@pytest.mark.parametrize("bd_sees", [True, False])
async def test_bd_sees_a_partners_new_quote_only_if_the_setting_allows(db, settings, network, bd_sees):
    settings = settings.model_copy(update={"partner_quotes_visible_to_bd": bd_sees})
    earlier(db, settings, "bo")
    platform(db, settings)
    (notice,) = notices(db).values()
    text = notice_text(notice)
    assert ("AUD 45,000" in text and "referral fee 10%" in text) is bd_sees
    assert ("private to its owner" in text) is not bd_sees


async def test_a_partner_sees_a_bd_quote_in_full_and_several_earlier_owners_each_hear_once(db, settings, network):
    earlier(db, settings, "dana", "Q-1")
    earlier(db, settings, "dana", "Q-2", event="lost")
    earlier(db, settings, "sam", "Q-3")
    earlier(db, settings, "bo", "Q-4")  # the new quote's own owner is not told about their own earlier quote
    new = platform(db, settings, id="Q-5", owner_email="bo@network.example", tender=True, splits=[])
    sent = {key: row for key, row in notices(db).items() if key.startswith(f"quote:{new.quote_id}:")}
    members = network.members
    assert set(sent) == {f"quote:{new.quote_id}:overlap:{members[who].id}" for who in ("dana", "sam")}
    dana = notice_text(sent[f"quote:{new.quote_id}:overlap:{members['dana'].id}"])
    assert "Bo Business" in dana and "AUD 45,000" in dana and "tender" in dana
    assert "Your earlier quotes for" in dana and "AUD 20,000 · lost" in dana


async def test_no_earlier_quote_by_someone_else_means_no_notice(db, settings, network):
    earlier(db, settings, "sam")
    platform(db, settings)
    platform(db, settings, id="Q-9", client="Acme Holdings")
    assert notices(db) == {}


async def test_the_earlier_owner_gets_the_card_in_teams_and_the_email_through_graph(db, network, graph, mail_settings,
                                                                                      anonymous_cloud):
    earlier(db, mail_settings, "dana")
    async with TestClient(TestServer(create_app(mail_settings))) as app:
        assert (await deliver(app, event())).status == 202
        sent = {row.channel: row for row in (await until(lambda: settled(db))).values()}
    (mail,) = graph.sent_mail
    assert mail.sender == NOTICES and mail.to == ["dana@network.example"]
    assert mail.subject == "A new quote for ClientCorp Pty Ltd was created; there may be an overlap"
    assert "Owner: Sam Partner" in mail.content and "private to its owner" in mail.content
    assert "45,000" not in mail.content and "- 1 Mar 2026 · ClientCorp Pty Ltd · AUD 20,000 · open" in mail.content
    assert mail.body["saveToSentItems"] is False and mail.body["message"]["body"]["contentType"] == "Text"
    assert {row.state for row in sent.values()} == {"delivered"}
    assert set(sent) == {"teams", "email"} and sent["email"].lane == f"mail:{network.members['dana'].id}"
    delivered = anonymous_cloud.delivered(sent["teams"].conversation_id)
    cards = [card_text(body["attachments"][0]["content"]) for body in delivered]
    assert [text for text in cards if "there may be an overlap" in text]  # besides her own quote's fee prompt


async def test_a_bd_quote_is_mailed_with_its_details(db, network, graph, mail_settings):
    earlier(db, mail_settings, "dana")
    async with TestClient(TestServer(create_app(mail_settings))) as app:
        assert (await deliver(app, event(owner_email="bo@network.example"))).status == 202
        (mail,) = await until(lambda: graph.sent_mail)
    assert "Owner: Bo Business" in mail.content and "Value: AUD 45,000" in mail.content
    assert "Splits: Sam Partner: deal owner 90%; Dana Partner: referral fee 10%" in mail.content


async def test_throttling_and_a_graph_outage_are_retried_until_the_mail_goes(db, network, graph, mail_settings):
    earlier(db, mail_settings, "dana")
    graph.inject(429, retry_after=1, kind="sendMail")
    graph.inject(503, kind="sendMail")
    async with TestClient(TestServer(create_app(mail_settings))) as app:
        assert (await deliver(app, event())).status == 202
        sent = {row.channel: row for row in (await until(lambda: settled(db))).values()}
    (mail,) = graph.sent_mail
    assert mail.to == ["dana@network.example"]
    assert [r.status for r in graph.requests if r.kind == "sendMail"] == [429, 503, 202]
    assert (sent["email"].state, sent["email"].attempts) == ("delivered", 3)


async def test_a_refused_mail_fails_with_the_reason_and_the_teams_notice_still_goes(db, network, graph,
                                                                                  mail_settings):
    earlier(db, mail_settings, "dana")
    graph.inject(403, code="ErrorAccessDenied", kind="sendMail")
    async with TestClient(TestServer(create_app(mail_settings))) as app:
        assert (await deliver(app, event())).status == 202
        sent = {row.channel: row for row in (await until(lambda: settled(db))).values()}
    assert (sent["email"].state, sent["teams"].state) == ("failed", "delivered")
    assert "403" in sent["email"].last_error and "ErrorAccessDenied" in sent["email"].last_error
    assert graph.sent_mail == []


async def test_no_mail_without_graph_or_without_an_address(db, settings, network, mail_settings):
    earlier(db, settings, "dana")
    platform(db, settings)  # Graph not configured
    assert [r.channel for r in notices(db).values()] == ["teams"]
    earlier(db, mail_settings, "sam", "Q-2", client="Acme Holdings")
    with db.transaction() as session:
        session.get(Member, network.members["sam"].id).email = None
    platform(db, mail_settings, id="Q-3", client="Acme Holdings", owner_email="dana@network.example", splits=[])
    assert [r.channel for r in notices(db).values()] == ["teams", "teams"]  # Sam has no email address
    platform(db, mail_settings, id="Q-4", owner_email="bo@network.example", splits=[])
    assert [r.channel for r in notices(db).values()].count("email") == 1  # Dana's; Sam still has no address


# -- chat -----------------------------------------------------------------------------------------

async def test_a_quote_recorded_in_chat_flags_the_client_and_tells_earlier_owners(db, settings, network, accord):
    earlier(db, settings, "dana")
    answer = await say_text(accord, "quote Acme Holdings $45k tender", SAM)
    assert "Quote recorded" in answer and "Nobody else has quoted" in answer
    assert "you, BD, directors and admins" in answer
    answer = await say_text(accord, "quote CCorp 1.2m USD", SAM)
    assert "AUD" not in answer and "USD 1,200,000" in answer and "Dana Partner" in answer
    assert "Accord tells them there may be an overlap" in answer
    acme, cc = rows(db, Quote, Quote.source == "chat")
    assert (acme.value_cents, acme.tender, acme.currency, acme.status) == (4_500_000, True, "AUD", "open")
    assert (cc.value_cents, cc.currency, cc.client_id) == (120_000_000, "USD", network.clients["clientcorp"].id)
    assert [f[0] for f in quote_flags(db, cc.id)] == ["active quote"]
    (notice,) = notices(db).values()
    assert notice.member_id == network.members["dana"].id and "USD" not in notice_text(notice)
    with db.transaction() as session:
        (created,) = changes(session, "quote", cc.id)
    assert (created.action, created.changed_by) == ("created", network.members["sam"].id)


@pytest.mark.parametrize("text, says", [
    ("quote ClientCorp", "Write it as: quote ClientCorp 45000"),
    ("quote ClientCorp lots", "Write it as"),
    ("quote Zebra Unicorn Labs 5k", "No single client matches “Zebra Unicorn Labs”"),
    ("quote **Zebra** zebra.io 5k", "No single client matches “\\*\\*Zebra\\*\\* zebra.\u2060io”"),  # shown literally
    ("quote Delta 5k", "Did you mean: Delta Air Lines; Delta Electronics?"),
])
async def test_a_quote_command_that_cannot_be_recorded_says_why_and_stores_nothing(db, accord, network, text, says):
    assert says in await say_text(accord, text, SAM)
    assert rows(db, Quote) == []


@pytest.mark.parametrize("kind, sender, says", [
    ("channel", SAM, "works in a personal chat"),
    ("personal", user(7, "Nobody Yet"), "Sorry, only"),
])
async def test_quotes_are_recorded_only_by_members_with_a_role_and_only_in_private(db, accord, network, kind,
                                                                                     sender, says):
    assert says in await say_text(accord, "quote ClientCorp 45000", sender, kind=kind)
    assert rows(db, Quote) == []


async def test_quotes_lists_your_own_and_for_insiders_the_open_ones_they_may_see(db, settings, network, accord):
    earlier(db, settings, "dana", "Q-1")
    earlier(db, settings, "bo", "Q-2", client="Acme Holdings")
    platform(db, settings, id="Q-3", value=30000, splits=[])  # Sam's
    sam = await say_text(accord, "my quotes", SAM)
    assert "Your quotes" in sam and "AUD 30,000" in sam and "20,000" not in sam and "Open quotes of others" not in sam
    director = await say_text(accord, "quotes", DI)
    assert "Open quotes of others" in director and director.count("AUD 20,000") == 2 and "AUD 30,000" in director
    hidden = Accord(settings.model_copy(update={"partner_quotes_visible_to_bd": False}), db)
    bo = await say_text(hidden, "quotes", BO)
    assert "Acme Holdings" in bo and "Dana Partner" not in bo and "Sam Partner" not in bo
