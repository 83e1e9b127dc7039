"""Hostile and broken text: lone surrogates, bidi overrides, floods of blank lines, markup in a search preview."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from cards.base import plain
from storage.db import save
from storage.members import find_member
from storage.models import Client, Dispute, OutboxMessage
from tests.conftest import set_partner_channel
from tests.support.builders import ADA, DANA, DI, SAM, activity, user
from tests.support.turns import card_text, press, run, text_of

RLO, FSI, PDI = "\u202e", "\u2068", "\u2069"


async def test_a_lone_surrogate_in_a_message_is_answered_not_a_failure(accord, network):
    sent, _ = await run(accord, activity(text="who owns Acme\ud800?", sender=SAM))
    assert sent and "Sorry, something went wrong" not in str(sent[0].text)


async def test_a_lone_surrogate_in_a_display_name_does_not_lock_its_owner_out(accord, network, db):
    broken = user(8, "Eve \udc00 Partner")
    for _ in range(2):
        sent, _ = await run(accord, activity(text="help", sender=broken))
        assert sent and "Sorry, something went wrong" not in str(sent[0].text)
    with db.transaction() as session:
        assert find_member(session, teams_id=broken["id"]).name == "Eve \ufffd Partner"


async def test_a_surrogate_in_card_data_is_cleaned_before_any_handler(accord, network):
    body = activity(value={"verb": "dispute.raise", "client": "Client\ud83dCorp", "against": "network",
                           "what": "x\udfff"}, sender=DANA)
    sent, _ = await run(accord, body)
    assert "Sorry, something went wrong" not in " ".join(str(s.text) for s in sent)


@pytest.mark.parametrize("name, shown", [
    (f"Evil{RLO}moc.liamg", "Evilmoc.\u2060liamg"),  # the override is dropped: nothing reorders the card around it
    ("\u05e9\u05dc\u05d5\u05dd Ltd", f"{FSI}\u05e9\u05dc\u05d5\u05dd Ltd{PDI}"),  # right-to-left text is isolated
    ("Plain Name", "Plain Name"),
])
def test_user_text_cannot_reorder_the_text_around_it(name, shown):
    assert plain(name) == shown


async def test_a_dispute_summary_of_many_blank_lines_is_posted_with_one(accord, network, db):
    set_partner_channel(db)
    await press(accord, "dispute.raise", SAM, client="ClientCorp", against="network", what="They took my client.")
    with db.transaction() as session:
        (row,) = session.exec(select(Dispute))
    await press(accord, "dispute.take", DI, dispute_id=row.id)
    await press(accord, "dispute.resolve", DI, dispute_id=row.id, outcome="upheld",
                summary="First." + "\n" * 200 + "Last.\r\n\r\n\r\n\r\nEnd.")
    with db.transaction() as session:
        posted = [r for r in session.exec(select(OutboxMessage)) if r.idempotency_key.endswith(":published")]
    text = card_text(json.loads(posted[0].payload)["attachments"][0]["content"])
    assert "First.\n\nLast.\n\nEnd." in text and "\n\n\n" not in text


async def test_markup_in_a_client_name_is_literal_in_the_search_preview(accord, network, db):
    with db.transaction() as session:
        save(session, session.get(Client, network.clients["acme"].id), name="Acme <img src=x onerror=alert(1)>")
    body = activity(type="invoke", name="composeExtension/query", sender=ADA,
                    value={"commandId": "findClient", "parameters": [{"name": "query", "value": "acme"}]})
    _, response = await run(accord, body)
    title = response.body["composeExtension"]["attachments"][0]["preview"]["content"]["title"]
    assert "<img" not in title and "&lt;img src=x onerror=alert&#40;1&#41;&gt;" in title
    assert text_of(response.body["composeExtension"]["attachments"][0]["content"])
