"""Dates far outside any real range are refused by both webhooks, and dates already stored never break a reading."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlmodel import select

from bot.rules.dates import outside_window
from storage.enquiries import add_enquiry
from storage.models import Enquiry, Quote
from storage.quotes import add_quote
from tests.security.edge import ENQUIRY_SECRET, QUOTE_SECRET, enquiry, quote_event
from tests.support.builders import SAM, activity, post_webhook
from tests.support.turns import card_text

UTC = UTC
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def zone(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


@pytest.mark.parametrize("moment, now, accepted", [
    (datetime(2026, 11, 20, tzinfo=UTC), NOW, True),
    (datetime(2000, 1, 1, tzinfo=UTC), NOW, True),
    (datetime(2000, 1, 1, 13, 59, tzinfo=zone(14)), NOW, False),  # 1999-12-31 23:59 UTC
    (datetime(1999, 12, 31, 23, 59, 59, tzinfo=UTC), NOW, False),
    (datetime(1, 1, 1, tzinfo=zone(14)), NOW, False),
    (datetime(1, 1, 1, tzinfo=zone(-14)), NOW, False),
    (datetime(2036, 11, 20, 9, 30, tzinfo=UTC), NOW, True),
    (datetime(2036, 11, 20, 9, 30, 1, tzinfo=UTC), NOW, False),
    (datetime(2036, 11, 20, 23, 30, tzinfo=zone(14)), NOW, True),  # the same moment as 09:30 UTC
    (datetime(2999, 1, 1, tzinfo=UTC), NOW, False),
    (datetime(9999, 12, 31, 23, 59, 59, tzinfo=zone(-14)), NOW, False),
    (datetime(9999, 12, 31, 23, 59, 59, tzinfo=zone(14)), NOW, False),
    (datetime(2034, 2, 28, 12, tzinfo=UTC), datetime(2024, 2, 29, 12, tzinfo=UTC), True),  # no 29 Feb in 2034
    (datetime(2034, 3, 1, tzinfo=UTC), datetime(2024, 2, 29, 12, tzinfo=UTC), False),
    (datetime(2031, 1, 1, tzinfo=UTC), datetime(2021, 1, 1, tzinfo=UTC), True),  # "now" is what decides
])
def test_the_window_of_believable_dates(moment, now, accepted):
    answer = outside_window(moment, now)
    assert (answer is None) == accepted
    assert accepted or answer == "must be between 2000-01-01 and 10 years from now"


EDGES = ["9999-12-31T23:59:59-14:00", "9999-12-31T23:59:59+14:00", "0001-01-01T00:00:00+14:00",
         "0001-01-01T00:00:00-14:00", "2999-01-01T00:00:00+00:00", "1999-12-31T23:59:59+00:00"]


WEBHOOKS = {"/api/enquiries": ("received_at", enquiry, Enquiry, ENQUIRY_SECRET),
            "/api/quotes": ("at", quote_event, Quote, QUOTE_SECRET)}


@pytest.mark.parametrize("path", sorted(WEBHOOKS))
@pytest.mark.parametrize("at", EDGES)
async def test_a_date_outside_the_window_is_a_400_naming_the_field_and_stores_nothing(client, db, network, path, at):
    field, body, model, secret = WEBHOOKS[path]
    response = await post_webhook(client, path, body(**{field: at}), secret=secret)
    assert response.status == 400
    assert (await response.json())["errors"] == [
        {"field": field, "error": "must be between 2000-01-01 and 10 years from now"}]
    with db.transaction() as session:
        assert session.exec(select(model)).all() == []


async def test_dates_inside_the_window_are_accepted(client, network):
    soon = (datetime.now(UTC) + timedelta(days=365 * 9)).isoformat()
    for at in ("2000-01-01T00:00:00+00:00", soon):
        assert (await post_webhook(client, "/api/enquiries", enquiry(id=at, received_at=at),
                                   secret=ENQUIRY_SECRET)).status == 202
        assert (await post_webhook(client, "/api/quotes", quote_event(id=at, at=at), secret=QUOTE_SECRET)).status == 202


async def test_an_event_from_the_far_future_cannot_freeze_a_quote(client, db, network):
    frozen = await post_webhook(client, "/api/quotes", quote_event(at="2999-01-01T00:00:00+00:00"),
                                secret=QUOTE_SECRET)
    assert frozen.status == 400
    for event, at in (("created", "2026-03-02T09:00:00+00:00"), ("won", "2026-04-01T09:00:00+00:00")):
        response = await post_webhook(client, "/api/quotes", quote_event(event=event, at=at), secret=QUOTE_SECRET)
        assert response.status == 202
    with db.transaction() as session:
        (row,) = session.exec(select(Quote)).all()
        assert row.status == "won"


async def test_the_contract_says_which_dates_are_accepted(client):
    document = await (await client.get("/api/openapi.json")).json()
    schemas = document["components"]["schemas"]
    for schema, field in (("EnquiryIn", "received_at"), ("QuoteIn", "at")):
        assert "between 2000-01-01 and 10 years from now" in json.dumps(schemas[schema]["properties"][field])
    for path in ("/api/enquiries", "/api/quotes"):
        assert "2000-01-01" in document["paths"][path]["post"]["responses"]["400"]["description"]


async def test_a_quote_stored_at_the_end_of_the_calendar_can_still_be_read(client, trusted_cloud, db, network):
    with db.transaction() as session:  # stored before the webhook refused such dates; in Sydney it is year 10000
        add_quote(session, external_id="Q-edge", client_id=network.clients["clientcorp"].id,
                  owner_id=network.members["sam"].id, source="platform",
                  opened_at=datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC))
    headers = {"Authorization": trusted_cloud.auth_header()}
    response = await client.post("/api/messages", json=activity(text="quotes", sender=SAM,
                                                                service_url=trusted_cloud.connector_url),
                                 headers=headers)
    assert response.status == 200
    (sent,) = [r for r in trusted_cloud.requests if r.method == "POST" and "/activities" in r.path]
    assert "ClientCorp" in card_text(sent.body["attachments"][0]["content"])
    # Dana's new quote for the same client tells Sam of the overlap, with Sam's stored quote on the card.
    response = await post_webhook(client, "/api/quotes", quote_event(id="Q-new", owner_email="dana@network.example"),
                                  secret=QUOTE_SECRET)
    assert response.status == 202


def test_an_enquiry_stored_at_the_end_of_the_calendar_does_not_stop_other_reminders(accord, db, network):
    sam, clientcorp = network.members["sam"].id, network.clients["clientcorp"].id
    with db.transaction() as session:  # stored before the webhook refused such dates
        for key, at in (("web:edge", datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)),
                        ("web:real", datetime(2026, 11, 23, tzinfo=UTC))):
            add_enquiry(session, source_key=key, source="web", received_at=at, person_name="Jane Doe",
                        company="ClientCorp", client_id=clientcorp, holder_id=sam, state="with holder")
    assert accord.remind_enquiries(datetime(2026, 12, 1, tzinfo=UTC)) == 1
