"""Qualified leads: BANT on an enquiry or an introduction, its score on the channel card, `enquiries by score`."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from aiohttp.test_utils import TestClient, TestServer
from sqlmodel import select

from app import create_app
from bot.services.enquiries import Incoming, receive
from cards import verbs
from storage.leads import lead_of
from storage.models import Change, Enquiry, Lead, OutboxMessage
from storage.referrals import add_referral
from tests.conftest import cloud_settings, set_partner_channel
from tests.support.builders import BO, CHANNEL_ID, DANA, SAM, activity, card_action, post_webhook
from tests.support.registry_seed import seed
from tests.support.turns import at_once, card_of, card_text, pressed, queued, run, until

SECRET = "form-secret-for-tests"
HOT = {"budget": "45000", "authority": "decision maker", "need": "stated clearly", "timeline": "within 3 months"}
WARM = {"budget": "40k-60k", "authority": "influencer", "need": "vague", "timeline": "3 to 12 months"}
NOW = datetime(2026, 11, 20, 1, 0, tzinfo=UTC)


def add_enquiry(accord, db, key: str = "form-1", company: str = "ClientCorp", email: str = "john@clientcorp.com.au",
                received_at: datetime | None = None) -> int:
    """An enquiry arriving (John is Dana's do-not-approach contact, so Dana holds a ClientCorp one)."""
    with db.transaction() as session:
        row, _ = receive(session, accord.settings, accord.clients,
                         Incoming(f"web:{key}", "web", received_at or datetime.now(UTC), "John Doe", email,
                                  company=company))
        return row.id


def leads(db) -> list[Lead]:
    with db.transaction() as session:
        return list(session.exec(select(Lead).order_by(Lead.id)))


def changes(db) -> list[tuple[str, int | None]]:
    with db.transaction() as session:
        rows = session.exec(select(Change).where(Change.subject == "lead").order_by(Change.id))
        return [(r.action, r.changed_by) for r in rows]


def channel_updates(db, enquiry_id: int) -> list[OutboxMessage]:
    with db.transaction() as session:
        rows = session.exec(select(OutboxMessage).order_by(OutboxMessage.id))
        return [r for r in rows if r.idempotency_key.startswith(f"enquiry:{enquiry_id}:channel:lead:")]


@pytest.fixture
def frozen(monkeypatch):
    """The handler's clock, fixed at NOW."""
    monkeypatch.setattr("bot.handlers.leads.utcnow", lambda: NOW)
    return NOW


async def test_the_holder_qualifies_and_sees_the_figure_while_the_channel_sees_the_band(channel_network, accord, db,
                                                                                       frozen):
    enquiry_id = add_enquiry(accord, db, received_at=NOW - timedelta(hours=3))
    _, answer = await run(accord, card_action(verb=verbs.ENQUIRY_QUALIFY, sender=DANA,
                                              data={"enquiry_id": enquiry_id, "version": 0, **HOT}))
    text = card_text(answer.body["value"])
    assert "Lead score: **100/100** (hot) · budget $45,000" in text
    assert "Budget known ($10k to $50k): 25" in text
    (row,) = leads(db)
    assert (row.subject, row.subject_id, row.budget_low, row.budget_high, row.score, row.version) == (
        "enquiry", enquiry_id, 45_000, 45_000, 100, 1)
    assert row.first_qualified_at == NOW and row.qualified_by == channel_network.members["dana"].id
    (update,) = channel_updates(db, enquiry_id)
    public = card_text(json.loads(update.payload)["attachments"][0]["content"])
    assert "Lead score: **100/100** (hot) · budget $10k to $50k" in public and "45,000" not in public
    assert changes(db) == [("qualified", channel_network.members["dana"].id)]


async def test_only_the_holder_or_bd_may_qualify_and_a_refusal_writes_nothing(channel_network, accord, db):
    enquiry_id = add_enquiry(accord, db)
    _, answer = await run(accord, card_action(verb=verbs.ENQUIRY_QUALIFY, sender=SAM,
                                              data={"enquiry_id": enquiry_id, "version": 0, **HOT}))
    assert answer.body["value"] == "Only the holder or the BD team can qualify this enquiry."
    _, answer = await run(accord, card_action("channel", verb=verbs.ENQUIRY_QUALIFY, sender=BO,
                                              data={"enquiry_id": enquiry_id, "version": 0, **WARM}))
    assert "Lead score: **57/100** (warm) · budget $50k to $100k" in card_text(answer.body["value"])
    assert "40,000" not in json.dumps(answer.body["value"])  # pressed in the channel: the card everyone sees
    assert [r.score for r in leads(db)] == [57]


@pytest.mark.parametrize("data, says", [
    ({"budget": "lots"}, "The budget “lots” is not a number"),
    ({"authority": "ceo"}, "Unknown authority level “ceo”: choose decision maker, influencer or unknown."),
    ({"need": "urgent", "timeline": "yesterday"}, "Unknown need level “urgent”"),
    ({"version": "seven"}, "That card is not one of Accord's"),
])
async def test_bad_input_is_named_and_writes_nothing(channel_network, accord, db, data, says):
    enquiry_id = add_enquiry(accord, db)
    _, answer = await run(accord, card_action(verb=verbs.ENQUIRY_QUALIFY, sender=DANA,
                                              data={"enquiry_id": enquiry_id, "version": 0, **HOT, **data}))
    assert answer.body["value"].startswith("Nothing was saved.") and says in answer.body["value"]
    assert leads(db) == [] and changes(db) == [] and channel_updates(db, enquiry_id) == []


async def test_a_stale_card_is_told_who_qualified_it_meanwhile_and_writes_nothing(channel_network, accord, db):
    enquiry_id = add_enquiry(accord, db)
    first = {"enquiry_id": enquiry_id, "version": 0}
    await run(accord, card_action(verb=verbs.ENQUIRY_QUALIFY, sender=DANA, data={**first, **HOT}))
    _, answer = await run(accord, card_action(verb=verbs.ENQUIRY_QUALIFY, sender=BO, data={**first, **WARM}))
    assert answer.body["value"]["type"] == "AdaptiveCard"  # the card as it is now, with Dana's qualification
    assert "Lead score: **100/100**" in card_text(answer.body["value"])
    (lead,) = leads(db)
    assert (lead.score, lead.version) == (100, 1)
    # From the card it now shows (version 1), BD may qualify again, over Dana's.
    _, answer = await run(accord, card_action(verb=verbs.ENQUIRY_QUALIFY, sender=BO,
                                              data={"enquiry_id": enquiry_id, "version": 1, **WARM, "budget": ""}))
    (lead,) = leads(db)
    assert (lead.score, lead.version, lead.budget_low) == (62, 2, 45_000)  # a blank budget keeps the figure
    assert [a for a, _ in changes(db)] == ["qualified", "requalified"]
    assert len(channel_updates(db, enquiry_id)) == 2


def test_the_told_text_names_who_qualified_first(channel_network, accord, db):
    enquiry_id = add_enquiry(accord, db)
    accord.handle(pressed(DANA, verbs.ENQUIRY_QUALIFY, enquiry_id=enquiry_id, version=0, **HOT))
    answers = accord.handle(pressed(BO, verbs.ENQUIRY_QUALIFY, enquiry_id=enquiry_id, version=0, **WARM))
    assert answers[-1].text == ("Nothing was saved. Dana Partner qualified it meanwhile (lead score 100); the card "
                                "above shows that now. Qualify again if you disagree.")


def test_two_qualifications_at_the_same_moment_record_the_first_and_tell_the_second(channel_network, accord, db):
    enquiry_id = add_enquiry(accord, db)
    first, second = at_once(accord, db, pressed(DANA, verbs.ENQUIRY_QUALIFY, enquiry_id=enquiry_id, version=0, **HOT),
                            pressed(BO, verbs.ENQUIRY_QUALIFY, enquiry_id=enquiry_id, version=0, **WARM))
    assert first[-1].text.startswith("Qualified: lead score **100/100** (hot)")
    assert second[-1].text.startswith("Nothing was saved. Dana Partner qualified it meanwhile")
    (lead,) = leads(db)
    assert (lead.score, lead.version) == (100, 1)
    assert changes(db) == [("qualified", channel_network.members["dana"].id)]


async def test_a_press_teams_delivers_twice_is_saved_once(channel_network, accord, db):
    enquiry_id = add_enquiry(accord, db)
    body = card_action(verb=verbs.ENQUIRY_QUALIFY, sender=DANA, data={"enquiry_id": enquiry_id, "version": 0, **HOT})
    _, first = await run(accord, body)
    _, again = await run(accord, body)
    assert again.body == first.body
    assert len(leads(db)) == 1 and len(changes(db)) == 1 and len(channel_updates(db, enquiry_id)) == 1


async def test_a_closed_enquiry_keeps_its_score(channel_network, accord, db):
    enquiry_id = add_enquiry(accord, db)
    await run(accord, card_action(verb=verbs.ENQUIRY_CLOSE, sender=BO, data={"enquiry_id": enquiry_id}))
    _, answer = await run(accord, card_action(verb=verbs.ENQUIRY_QUALIFY, sender=BO,
                                              data={"enquiry_id": enquiry_id, "version": 0, **HOT}))
    assert answer.body["value"] == "That enquiry is closed; its qualification stays as it was."
    assert leads(db) == []


async def test_enquiries_by_score_lists_the_best_first_and_the_unqualified_last(channel_network, accord, db):
    ids = [add_enquiry(accord, db, key=f"f{n}", company=company, email=f"p{n}@{domain}",
                       received_at=datetime.now(UTC) - timedelta(hours=n))
           for n, (company, domain) in enumerate([("Acme Holdings", "acme.example"), ("Delta Air Lines", "delta.com"),
                                                  ("Zebra Labs", "zebra.example")])]
    for enquiry_id, values in zip(ids[1:], [WARM, HOT], strict=True):
        await run(accord, card_action(verb=verbs.ENQUIRY_QUALIFY, sender=BO,
                                      data={"enquiry_id": enquiry_id, "version": 0, **values}))
    sent, _ = await run(accord, activity(text="enquiries by score", sender=SAM))
    text = card_text(card_of(sent[0]))
    assert "Enquiries by lead score, last 14 days" in text
    rows = [line for line in text.split("\n") if "John Doe" in line]
    assert [("lead 100" in r, "lead 57" in r, "lead" not in r) for r in rows] == [
        (True, False, False), (False, True, False), (False, False, True)]
    sent, _ = await run(accord, activity(text="enquiries", sender=SAM))
    assert "**lead 100**" in card_text(card_of(sent[0]))  # the plain list shows the score too


async def test_the_recipient_qualifies_an_introduction(channel_network, accord, db):
    m, cc = channel_network.members, channel_network.clients["clientcorp"].id
    with db.transaction() as session:
        referral_id = add_referral(session, client_id=cc, contact_name="Mia Chen", contact_email=None,
                                   introducer_id=m["dana"].id, recipient_id=m["sam"].id, note=None,
                                   state="introduced").id
    data = {"referral_id": referral_id, "version": 0, **WARM}
    _, refused = await run(accord, card_action(verb=verbs.REFERRAL_QUALIFY, sender=DANA, data=data))
    assert refused.body["value"] == "Only the member introduced, or the BD team, can qualify this introduction."
    _, answer = await run(accord, card_action(verb=verbs.REFERRAL_QUALIFY, sender=SAM, data=data))
    text = card_text(answer.body["value"])
    assert "An introduction from Dana Partner" in text
    assert "Lead score: **57/100** (warm) · budget $40,000 to $60,000" in text
    with db.transaction() as session:
        assert lead_of(session, "referral", referral_id).score == 57
    told = queued(db, f"referral:{referral_id}:lead:")  # the introducer hears the score, never the budget
    assert len(told) == 1 and "lead score 57/100 (warm)" in json.dumps(told)
    assert not any("40,000" in json.dumps(m) for m in told.values())
    # A status press redraws the card with its score, so Qualify on it is not an out-of-date card.
    _, moved = await run(accord, card_action(verb=verbs.REFERRAL_STATE, sender=SAM,
                                             data={"referral_id": referral_id, "to": "acknowledged"}))
    assert "Lead score: **57/100** (warm)" in card_text(moved.body["value"])


# --- over HTTP, with real tokens --------------------------------------------------------------------------------------

async def test_qualifying_over_http_updates_the_channel_card_in_place_and_bad_input_writes_nothing(trusted_cloud,
                                                                                                   database_url, db):
    cloud = trusted_cloud
    settings = cloud_settings(cloud, database_url, enquiry_webhook_secret=SECRET)
    async with TestClient(TestServer(create_app(settings))) as client:
        await _qualify_over_http(client, cloud, db)


async def _qualify_over_http(client, cloud, db) -> None:
    seed(db)
    set_partner_channel(db, cloud.connector_url)
    body = {"id": "form-1", "person": {"name": "John Doe", "email": "john@clientcorp.com.au"}, "company": "ClientCorp"}
    assert (await post_webhook(client, "/api/enquiries", body, secret=SECRET)).status == 202
    await until(lambda: any((r.conversation or "").startswith(CHANNEL_ID) for r in cloud.requests
                            if r.operation == "send"), 15)
    enquiry_id = _only_enquiry(db)
    auth = {"Authorization": cloud.auth_header()}

    async def press(sender, **data):
        action = card_action(verb=verbs.ENQUIRY_QUALIFY, sender=sender, service_url=cloud.connector_url,
                             data={"enquiry_id": enquiry_id, **data})
        response = await client.post("/api/messages", json=action, headers=auth)
        assert response.status == 200
        return (await response.json())["value"]

    answer = await press(DANA, version=0, **HOT)
    assert "Lead score: **100/100** (hot) · budget $45,000" in card_text(answer)
    await until(lambda: [r for r in cloud.requests if r.operation == "update"], 15)
    (update,) = [r for r in cloud.requests if r.operation == "update"]
    assert update.conversation.startswith(CHANNEL_ID)
    shown = card_text(update.body["attachments"][0]["content"])
    assert "Lead score: **100/100** (hot) · budget $10k to $50k" in shown and "45,000" not in shown
    with db.transaction() as session:
        original = session.exec(select(OutboxMessage).where(
            OutboxMessage.idempotency_key == f"enquiry:{enquiry_id}:channel")).one()
    assert update.activity_id == original.activity_id

    told = await press(DANA, version=1, **{**HOT, "budget": "a lot", "authority": "ceo"})
    assert told.startswith("Nothing was saved.")
    assert "The budget “a lot” is not a number" in told and "Unknown authority level “ceo”" in told
    (lead,) = leads(db)
    assert (lead.version, lead.score, lead.budget_low) == (1, 100, 45_000)
    assert len(channel_updates(db, enquiry_id)) == 1


def _only_enquiry(db) -> int:
    with db.transaction() as session:
        return session.exec(select(Enquiry.id)).one()


def test_the_digest_counts_enquiries_qualified_in_the_period_and_the_median_wait(channel_network, accord, db,
                                                                                 frozen):
    from bot.rules.access import Viewer
    from bot.rules.digest import Period
    from bot.services.digest import build

    for n, hours in enumerate([2, 6, 30]):
        enquiry_id = add_enquiry(accord, db, key=f"f{n}", received_at=NOW - timedelta(hours=hours))
        accord.handle(pressed(DANA, verbs.ENQUIRY_QUALIFY, enquiry_id=enquiry_id, version=0, **HOT))

    def digest(period: Period) -> str:
        with db.transaction() as session:
            cards = build(session, accord.settings, period, Viewer(None, None, public=True))
        return "\n".join(card_text(c) for c in cards)

    said = "3 enquiries qualified this fortnight; median 6 h from arrival to qualification."
    assert said in digest(Period(NOW - timedelta(days=14), NOW + timedelta(seconds=1)))
    assert "qualified this" not in digest(Period(NOW + timedelta(seconds=1), NOW + timedelta(days=14)))


async def test_the_command_line_lists_enquiries_by_score_with_the_band(channel_network, accord, db, database_url,
                                                                       tmp_path):
    from tests.support.botprocess import accord as accord_cli

    ids = [add_enquiry(accord, db, key=f"f{n}", received_at=datetime.now(UTC) - timedelta(hours=n)) for n in range(3)]
    await run(accord, card_action(verb=verbs.ENQUIRY_QUALIFY, sender=DANA,
                                  data={"enquiry_id": ids[2], "version": 0, **HOT}))
    since = (datetime.now(UTC) - timedelta(days=2)).date().isoformat()
    lines = accord_cli("enquiries", "--since", since, "--json", "--by-score", env={"DATABASE_URL": database_url},
                       cwd=tmp_path)
    records = [json.loads(line) for line in lines.stdout.splitlines()]
    assert [(r["id"], r["lead_score"], r["lead_budget"]) for r in records] == [
        (ids[2], 100, "$10k to $50k"), (ids[0], None, None), (ids[1], None, None)]
