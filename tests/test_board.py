"""The transparency board over HTTP: Teams SSO tokens from a loopback Entra ID, mapped to members, and each role
seeing exactly what the visibility table allows (table-driven over the data endpoints)."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlmodel import select

from app import create_app
from storage.models import Approach, Dispute, Enquiry, Fee, FeePrompt, Member, Quote
from storage.types import utcnow
from tests.conftest import cloud_settings

AUDIENCE_HOST = "board.example"
VIEWERS = ("dana", "sam", "bo", "di", "ada", "channel")  # "channel": Dana on a channel tab, the public view
EVERYONE = frozenset(VIEWERS)
SECTIONS = ("approaches", "enquiries", "quotes", "fees", "honour", "disputes", "coverage", "scorecard")


def audience(cloud) -> str:
    return f"api://{AUDIENCE_HOST}/botid-{cloud.app_id}"


def board_settings(cloud, database_url, **overrides):
    return cloud_settings(cloud, database_url, board_app_id_uri=audience(cloud), board_authority=cloud.base_url,
                          **overrides)


@pytest.fixture
def activity(db, network):
    """The board's rows (seed_activity): their ids."""
    return seed_activity(db, network)


def seed_activity(db, network) -> dict[str, int]:
    """A month of everything the board shows, with distinctive text wherever privacy is at stake."""
    m, c = network.members, network.clients
    now = utcnow()
    ago = lambda days: now - timedelta(days=days)  # noqa: E731
    with db.transaction() as session:
        rows = [
            Approach(client_id=c["delta_air"].id, member_id=m["bo"].id, state="planned", created_at=ago(20)),
            Approach(client_id=c["delta_el"].id, member_id=m["bo"].id, state="won", on_behalf_of=m["sam"].id,
                     created_at=ago(40)),
            Enquiry(source_key="web:1", source="web", received_at=ago(10), person_name="Jane Doe",
                    company="ClientCorp", holder_id=m["dana"].id, client_id=c["clientcorp"].id, state="responding",
                    acted_at=ago(10) + timedelta(hours=3)),
            Enquiry(source_key="email:2", source="email", received_at=ago(5), person_name="Raj Roe", company="Acme",
                    state="new"),
            Quote(client_id=c["acme"].id, owner_id=m["dana"].id, status="open", value_cents=77712300,
                  partner_quote=True, opened_at=ago(15)),
            Quote(client_id=c["delta_air"].id, owner_id=m["bo"].id, status="submitted", value_cents=5000000,
                  partner_quote=False, tender=True, opened_at=ago(12)),
            Fee(client_id=c["clientcorp"].id, payer_id=m["dana"].id, payee_id=m["sam"].id, percent=10,
                state="agreed", created_at=ago(9)),
            Fee(client_id=c["acme"].id, payer_id=m["sam"].id, payee_id=m["dana"].id, percent=2, state="proposed",
                created_at=ago(8)),
            Dispute(client_id=c["clientcorp"].id, raised_by=m["dana"].id, against_id=m["sam"].id,
                    what="SECRET-A between partners", state="open", created_at=ago(7)),
            Dispute(raised_by=m["sam"].id, against_id=None, what="SECRET-B about the network", state="resolved",
                    outcome="settled", summary="PUBLISHED-B settled kindly", created_at=ago(30),
                    resolved_at=ago(6), published_at=ago(6)),
            Dispute(raised_by=m["sam"].id, against_id=m["bo"].id, what="SECRET-C about BD", state="in mediation",
                    created_at=ago(4)),
        ]
        session.add_all(rows)
        session.flush()
        # A member row Teams has never linked: no Entra object id, so no token can be them.
        session.add(Member(name="Una Unlinked", email="una@network.example", role="partner"))
        # Dana's own quote owed Sam a fee decision that went unanswered.
        session.add(FeePrompt(quote_id=rows[4].id, client_id=c["acme"].id, payer_id=m["dana"].id,
                              payee_id=m["sam"].id, state="unanswered", prompted_at=ago(16), unanswered_at=ago(2)))
        ids = {"partner_quote": rows[4].id, "bd_tender": rows[5].id,
               "dispute_a": rows[8].id, "dispute_b": rows[9].id, "dispute_c": rows[10].id}
    return ids


def header(cloud, network, who: str) -> str:
    member = network.members["dana" if who == "channel" else who]
    return f"Bearer {cloud.user_token(audience(cloud), member.aad_object_id)}"


async def fetch(client: TestClient, cloud, network, who: str, section: str, **params) -> dict:
    query = {"view": "channel"} if who == "channel" else {}
    response = await client.get(f"/api/board/{section}", params={**query, **params},
                                headers={"Authorization": header(cloud, network, who)})
    assert response.status == 200, await response.text()
    return await response.json()


@pytest.fixture
async def board(trusted_cloud, database_url, db):
    async with TestClient(TestServer(create_app(board_settings(trusted_cloud, database_url)))) as client:
        yield client


# Who sees which quote, and how much of which dispute: the domain notes' "Who may see what", row by row.
QUOTES = {
    "partner_quote": {"dana", "bo", "di", "ada"},  # its owner, BD (setting, default on), directors, admins
    "bd_tender": EVERYONE,
}
DISPUTE_DETAILS = {
    "dispute_a": {"dana", "sam", "di", "ada"},  # parties, directors, admins
    "dispute_b": {"sam", "di", "ada"},
    "dispute_c": {"sam", "bo", "di", "ada"},
}
DISPUTE_LISTED = {  # listed at all: details as above, or its published outcome
    "dispute_a": DISPUTE_DETAILS["dispute_a"],
    "dispute_b": EVERYONE,
    "dispute_c": DISPUTE_DETAILS["dispute_c"],
}


@pytest.mark.parametrize("who", VIEWERS)
async def test_each_role_sees_exactly_what_the_visibility_table_allows(board, trusted_cloud, network, activity, who):
    cloud = trusted_cloud
    quotes = await fetch(board, cloud, network, who, "quotes")
    shown = {row[0] for row in quotes["rows"]}
    for key, viewers in QUOTES.items():
        assert (activity[key] in shown) == (who in viewers), (key, who)
    if who not in QUOTES["partner_quote"]:
        assert "777" not in str(quotes)  # neither the value nor the total of a partner quote they may not see

    disputes = await fetch(board, cloud, network, who, "disputes")
    rows = {row[0]: row for row in disputes["rows"]}
    for key in DISPUTE_DETAILS:
        assert (activity[key] in rows) == (who in DISPUTE_LISTED[key]), (key, who)
        detailed = activity[key] in rows and rows[activity[key]][5] is not None
        assert detailed == (who in DISPUTE_DETAILS[key]), (key, who)
    text = str(disputes)
    for secret, key in (("SECRET-A", "dispute_a"), ("SECRET-B", "dispute_b"), ("SECRET-C", "dispute_c")):
        assert (secret in text) == (who in DISPUTE_DETAILS[key]), (secret, who)
    assert "PUBLISHED-B" in text  # a published outcome is for everyone
    assert sum(disputes["chart"]["series"][0]["values"]) == 3  # the counts are public

    # Approaches, enquiries, the fee history and fee honour figures are everyone's (own, other partners, public).
    approaches = await fetch(board, cloud, network, who, "approaches")
    assert approaches["total"] == 2 and {r[5] for r in approaches["rows"]} == {"planned", "won"}
    enquiries = await fetch(board, cloud, network, who, "enquiries")
    assert [r[2] for r in enquiries["rows"]] == ["Raj Roe", "Jane Doe"]  # newest first
    assert enquiries["rows"][1][8] == 3.0 and "Median time to first response: 3 h (web 3 h)" in enquiries["notes"][0]
    assert enquiries["notes"][1] == "1 not answered yet." and enquiries["total"] == 2
    fees = await fetch(board, cloud, network, who, "fees")
    assert fees["total"] == 2
    honour = await fetch(board, cloud, network, who, "honour")
    figures = {row[0]: dict(zip([c["key"] for c in honour["columns"]], row)) for row in honour["rows"]}
    # The same figures as `fees` in chat: each holder's latest outcome, an unanswered decision included.
    assert {k: figures["Dana Partner"][k] for k in ("lines", "owed_quotes", "within", "unanswered")} == \
        {"lines": 2, "owed_quotes": 1, "within": 1, "unanswered": 1}
    assert figures["Sam Partner"]["outside"] == 1 and figures["Sam Partner"]["within"] == 0
    assert "777,123" not in str(honour) and "77712300" not in str(honour)  # never a partner quote's value


async def test_bd_loses_partner_quotes_when_the_setting_says_so(trusted_cloud, database_url, db, network, activity):
    settings = board_settings(trusted_cloud, database_url, partner_quotes_visible_to_bd=False)
    async with TestClient(TestServer(create_app(settings))) as client:
        for who, sees in (("bo", False), ("di", True), ("dana", True)):
            rows = (await fetch(client, trusted_cloud, network, who, "quotes"))["rows"]
            assert (activity["partner_quote"] in {r[0] for r in rows}) == sees, who


async def test_a_member_filter_never_names_the_parties_of_a_dispute_you_may_not_read(board, trusted_cloud, network,
                                                                                   activity):
    sam = network.members["sam"].id
    for who, listed in (("dana", {"dispute_a"}), ("bo", {"dispute_c"}), ("di", {"dispute_a", "dispute_b",
                                                                                 "dispute_c"})):
        rows = (await fetch(board, trusted_cloud, network, who, "disputes", member=str(sam)))["rows"]
        assert {r[0] for r in rows} == {activity[k] for k in listed}, who
    dana_quotes = await fetch(board, trusted_cloud, network, "di", "quotes", member=str(network.members["dana"].id))
    assert [r[0] for r in dana_quotes["rows"]] == [activity["partner_quote"]]


@pytest.mark.parametrize("section", ("me", *SECTIONS))
async def test_a_bad_or_missing_token_sees_nothing(board, trusted_cloud, network, activity, section):
    dana = network.members["dana"].aad_object_id
    for case, value in trusted_cloud.bad_user_tokens(audience(trusted_cloud), dana).items():
        headers = {"Authorization": value} if value else {}
        response = await board.get(f"/api/board/{section}", headers=headers)
        body = await response.json()
        assert response.status == (403 if case == "unknown_user" else 401), (case, response.status, body)
        assert set(body) <= {"error", "signin"}, case
        assert body["error"] and "777" not in str(body) and "SECRET" not in str(body)


async def test_a_member_without_a_link_or_role_sees_nothing(board, trusted_cloud, network, activity, db):
    with db.transaction() as session:
        session.add(Member(name="No Role", aad_object_id="11111111-2222-3333-4444-555555555555"))
    for oid in ("11111111-2222-3333-4444-555555555555", "99999999-2222-3333-4444-555555555555"):
        token = trusted_cloud.user_token(audience(trusted_cloud), oid)
        response = await board.get("/api/board/quotes", headers={"Authorization": f"Bearer {token}"})
        assert response.status == 403 and "rows" not in await response.json()


async def test_v1_tokens_and_the_bare_app_id_audience_are_accepted(board, trusted_cloud, network, activity):
    dana = network.members["dana"].aad_object_id
    for token in (trusted_cloud.user_token(audience(trusted_cloud), dana, version="1.0"),
                  trusted_cloud.user_token(trusted_cloud.app_id, dana)):
        response = await board.get("/api/board/me", headers={"Authorization": f"Bearer {token}"})
        assert response.status == 200
        body = await response.json()
        assert body["member"]["name"] == "Dana Partner" and body["view"] == "personal"
        assert {m["name"] for m in body["members"]} >= {"Dana Partner", "Una Unlinked"}
        assert "email" not in str(body["members"]) and "@" not in str(body)


async def test_an_unconfigured_board_answers_503_to_everyone(trusted_cloud, database_url, db, network):
    async with TestClient(TestServer(create_app(cloud_settings(trusted_cloud, database_url)))) as client:
        response = await client.get("/api/board/quotes", headers={"Authorization": header(trusted_cloud, network,
                                                                                          "dana")})
        assert response.status == 503 and "BOARD_APP_ID_URI" in (await response.json())["error"]


async def test_bad_queries_are_400_with_every_field_named(board, trusted_cloud, network, activity):
    response = await board.get("/api/board/quotes", params={"from": "2026-02-30", "to": "soon", "member": "-1",
                                                            "view": "everyone", "format": "xml", "x": "1"},
                               headers={"Authorization": header(trusted_cloud, network, "dana")})
    assert response.status == 400
    fields = {e["field"] for e in (await response.json())["errors"]}
    assert fields == {"from", "to", "member", "view", "format", "x"}
    response = await board.get("/api/board/nothing", headers={"Authorization": header(trusted_cloud, network, "di")})
    assert response.status == 404


async def test_csv_export_is_the_rows_with_formulas_made_inert(board, trusted_cloud, network, activity, db):
    with db.transaction() as session:
        session.add(Approach(client_id=network.clients["acme"].id, member_id=network.members["bo"].id,
                             state="active", created_at=utcnow() - timedelta(days=1)))
        session.execute(Member.__table__.update().where(Member.id == network.members["bo"].id)
                        .values(name='=HYPERLINK("http://evil.example","x")'))
    response = await board.get("/api/board/approaches", params={"format": "csv"},
                               headers={"Authorization": header(trusted_cloud, network, "sam")})
    assert response.status == 200 and response.content_type == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(await response.text())))
    assert rows[0][:2] == ["Approach", "Created"] and len(rows) == 4
    assert {r[4] for r in rows[1:]} == {"'=HYPERLINK(\"http://evil.example\",\"x\")"}


async def test_period_filter_and_times_in_the_network_zone(board, trusted_cloud, network, activity):
    today = utcnow().date()
    recent = await fetch(board, trusted_cloud, network, "dana", "approaches",
                         **{"from": (today - timedelta(days=25)).isoformat(), "to": today.isoformat()})
    assert [r[5] for r in recent["rows"]] == ["planned"]
    sydney = ZoneInfo("Australia/Sydney")  # the default TIMEZONE
    assert recent["chart"]["labels"][-1] == utcnow().astimezone(sydney).strftime("%Y-%m")
    created = (utcnow() - timedelta(days=20)).astimezone(sydney)  # the planned approach, shown in Sydney time
    assert recent["rows"][0][1] == created.strftime("%Y-%m-%d %H:%M")


async def test_the_page_is_served_with_its_own_scripts_only(board):
    response = await board.get("/board/")
    assert response.status == 200 and "chart.umd.min.js" in await response.text()
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self';" in policy and "frame-ancestors 'self' https://teams.microsoft.com" in policy
    for name in ("board.js", "board.css", "chart.umd.min.js", "MicrosoftTeams.min.js", "config.html"):
        assert (await board.get(f"/board/{name}")).status == 200, name
    for path in ("/board/..%2Fapp.py", "/board/%2e%2e/app.py", "/board/.env", "/board/nothing.js"):
        assert (await board.get(path)).status == 404, path
    assert (await board.get("/board", allow_redirects=False)).headers["Location"] == "/board/"


def test_counts_medians_and_months_come_from_the_database_as_the_rows_say(db, network, settings):
    from bot.rules.access import Viewer
    from bot.services import board as service

    now = utcnow()
    with db.transaction() as session:
        for n, (source, hours) in enumerate([("web", 1), ("web", 3), ("web", 10), ("email", 2), ("email", 5),
                                             ("email", None)]):
            received = now - timedelta(days=3, minutes=n)
            session.add(Enquiry(source_key=f"{source}:{n}", source=source, received_at=received, person_name=f"P{n}",
                                acted_at=received + timedelta(hours=hours) if hours else None))
        for days in (1, 40, 80):
            session.add(Approach(client_id=network.clients["acme"].id, member_id=network.members["bo"].id,
                                 state="active", created_at=now - timedelta(days=days)))
    start, end = service.period(settings, None, None, now.astimezone(settings.zone).date())
    query = service.Query(start, end)
    with db.transaction() as session:
        table = service.enquiries(session, settings, Viewer(None, None, public=True), query, limit=2)
        assert table.notes[0] == "Median time to first response: 3 h (email 3.5 h, web 3 h)."
        assert table.json()["total"] == 6 and len(table.rows) == 2
        assert sum(sum(s["values"]) for s in table.chart["series"]) == 6
        approaches = service.approaches(session, settings, Viewer(None, None, public=True), query)
        by_month = dict(zip(approaches.chart["labels"], approaches.chart["series"][0]["values"]))
        for row in approaches.rows:  # every row counted in the bar of its month, in the network's zone
            assert by_month[row[2]] >= 1
        assert sum(by_month.values()) == 3 and len(approaches.chart["labels"]) in (12, 13)


@pytest.mark.parametrize("who, section, bar, stack, expected", [
    ("sam", "enquiries", "web", "to a holder", ["Jane Doe"]),
    ("sam", "enquiries", "web", "no holder: BD", []),
    ("sam", "enquiries", "email", None, ["Raj Roe"]),
    ("sam", "enquiries", "web", "nonsense", []),
    ("sam", "fees", "agreed", None, ["ClientCorp Pty Ltd"]),
    ("di", "quotes", "open", "quote", ["Acme Holdings"]),
    ("sam", "quotes", "open", "quote", []),  # a bar never shows a quote the viewer may not see
    ("channel", "quotes", "open", None, []),
    ("sam", "quotes", "submitted", "tender", ["Delta Air Lines"]),
    ("sam", "approaches", "1999-01", None, []),
])
async def test_a_bar_leads_to_all_its_rows_and_no_others(board, trusted_cloud, network, activity, who, section, bar,
                                                         stack, expected):
    params = {"bar": bar, **({"stack": stack} if stack else {})}
    found = await fetch(board, trusted_cloud, network, who, section, **params)
    column = {"enquiries": 2, "fees": 2, "quotes": 2, "approaches": 3}[section]
    assert [row[column] for row in found["rows"]] == expected
    assert found["total"] == (await fetch(board, trusted_cloud, network, who, section))["total"]  # the chart's


async def test_a_month_bar_of_approaches(board, trusted_cloud, network, activity):
    every = await fetch(board, trusted_cloud, network, "dana", "approaches")
    for row in every["rows"]:
        found = await fetch(board, trusted_cloud, network, "dana", "approaches", bar=row[2], stack=row[5])
        assert [r[0] for r in found["rows"]] == [row[0]]


@pytest.mark.parametrize("who, sees", [("sam", False), ("channel", False), ("dana", True), ("bo", True)])
async def test_csv_export_shows_exactly_what_the_page_may(board, trusted_cloud, network, activity, who, sees):
    params = {"format": "csv", **({"view": "channel"} if who == "channel" else {})}
    for section, secret in (("quotes", "777123"), ("disputes", "SECRET-A")):
        response = await board.get(f"/api/board/{section}", params=params,
                                   headers={"Authorization": header(trusted_cloud, network, who)})
        assert response.status == 200
        text = await response.text()
        expected = sees if section == "quotes" else who in DISPUTE_DETAILS["dispute_a"]
        assert (secret in text) == expected, (who, section)


SCORED = {"Dana Partner", "Sam Partner", "Bo Business", "Di Director", "Ada Admin", "Una Unlinked"}
SCORECARDS = {"dana": {"Dana Partner"}, "sam": {"Sam Partner"}, "bo": SCORED, "di": SCORED, "ada": SCORED,
              "channel": set()}


@pytest.mark.parametrize("who", VIEWERS)
async def test_scorecards_are_insiders_to_read_a_partner_reads_their_own_and_everyone_the_spread(
        board, trusted_cloud, network, activity, who):
    card = await fetch(board, trusted_cloud, network, who, "scorecard")
    assert {row[0] for row in card["rows"]} == SCORECARDS[who]
    assert sum(card["chart"]["series"][0]["values"]) == len(SCORED)  # the spread counts everyone, naming no one
    if who in ("dana", "sam", "channel"):
        assert not any(name in json.dumps(card) for name in ("Bo Business", "Di Director", "Una Unlinked"))


@pytest.mark.parametrize("who", VIEWERS)
async def test_coverage_of_the_most_held_clients_is_the_same_for_everyone_and_names_no_contact(
        board, trusted_cloud, network, activity, who):
    section = await fetch(board, trusted_cloud, network, who, "coverage")
    rows = {row[0]: dict(zip([c["key"] for c in section["columns"]], row)) for row in section["rows"]}
    clientcorp = rows["ClientCorp Pty Ltd"]
    assert clientcorp["flags"] == 3 and section["rows"][0][0] == "ClientCorp Pty Ltd"  # the most held first
    # Dana's past project outweighs Sam's declared relationship; the one contact Sam declared has no role on record.
    assert clientcorp["best"].startswith("Dana Partner (") and "; Sam Partner (" in clientcorp["best"]
    assert (clientcorp["contacts"], clientcorp["roles"]) == (1, 0)
    assert clientcorp["gaps"] == "decision maker, influencer, procurement, user"
    text = json.dumps(section)
    assert not any(secret in text for secret in ("John Doe", "john@", "Mia Chen", "mia@"))
    assert section == await fetch(board, trusted_cloud, network, "channel", "coverage")


async def test_fee_honour_read_again_shows_a_fee_recorded_or_moved_since(board, trusted_cloud, network, activity,
                                                                         db):
    def sams(section: dict) -> dict:
        keys = [c["key"] for c in section["columns"]]
        return next(dict(zip(keys, row)) for row in section["rows"] if row[0] == "Sam Partner")

    before = sams(await fetch(board, trusted_cloud, network, "di", "honour"))
    with db.transaction() as session:
        session.add(Fee(client_id=network.clients["delta_air"].id, payer_id=network.members["sam"].id,
                        payee_id=network.members["bo"].id, percent=12, state="proposed"))
    after = sams(await fetch(board, trusted_cloud, network, "di", "honour"))
    assert (after["lines"], after["within"]) == (before["lines"] + 1, before["within"] + 1)
    with db.transaction() as session:
        fee = session.exec(select(Fee).where(Fee.percent == 12)).one()
        fee.state, fee.updated_at = "declined", utcnow()
    moved = sams(await fetch(board, trusted_cloud, network, "di", "honour"))
    assert (moved["within"], moved["declined"]) == (before["within"], before["declined"] + 1)
