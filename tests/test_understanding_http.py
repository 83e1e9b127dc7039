"""What people type, over HTTP with real tokens: a sample of every intent reaches its command, and the answers that
run none (small talk, a bare name, "did you mean", not understood) reach the connector too."""

from __future__ import annotations

import json

import pytest

from cards.understanding import NOT_UNDERSTOOD
from tests.conftest import cloud_settings
from tests.support.builders import ADA, BO, DANA, DI, SAM, activity, card_action, mention_bot
from tests.support.turns import actions


@pytest.fixture
def settings(trusted_cloud, database_url):
    """Production-mode settings (SingleTenant, real token checks) pointed at the loopback cloud."""
    return cloud_settings(trusted_cloud, database_url)


def sends(cloud) -> list:
    return [r for r in cloud.requests if r.method == "POST" and "/activities" in r.path]


async def said(client, cloud, text: str, sender: dict, kind: str = "personal") -> str:
    """Post `text` as Teams would, signed; everything the one reply says (its text and card) as JSON text."""
    body = activity(kind, text=mention_bot(text) if kind == "channel" else text, sender=sender,
                    service_url=cloud.connector_url)
    response = await client.post("/api/messages", json=body, headers={"Authorization": cloud.auth_header()})
    assert response.status == 200
    (sent,) = sends(cloud)
    cloud.reset()
    return json.dumps(sent.body, ensure_ascii=False)


@pytest.mark.parametrize("text, sender, kind, expected", [
    ("anybody dealing with ClientCorp?", SAM, "personal", "Dana Partner"),
    ("who's got CCorp", DANA, "personal", "Sam Partner"),
    ("is clientcorp taken?", BO, "personal", "John Doe"),
    ("ClientCorp owner?", DI, "channel", "Dana Partner"),
    ("woh owns clientcorp", ADA, "groupChat", "Sam Partner"),
    ("I plan to approach Acme Holdings about the audit", BO, "personal", "audit"),
    ("my approaches", BO, "personal", "Your approaches"),
    ("what's BD working on?", SAM, "personal", "Approaches BD is making"),
    ("show me the digest", SAM, "personal", "Transparency digest"),
    ("add Jo Bloggs <jo@acme.example> at Acme Holdings to my dna list", DANA, "personal", "Jo Bloggs"),
    ("list my dna", DANA, "personal", "John Doe"),
    ("add several contacts to my dna list", DANA, "personal", "Input.Text"),
    ("any new enquiries?", SAM, "personal", "Enquiries, last 14 days"),
    ("log a phone enquiry", BO, "personal", "Input."),
    ("new quote for Acme Holdings 45k", SAM, "personal", "45,000"),
    ("my quotes", SAM, "personal", "Your quotes"),
    ("who has paid their referral fees?", SAM, "personal", "Referral fees"),
    ("show my introductions", SAM, "personal", "referrals"),
    ("I'd like to raise a dispute", SAM, "personal", "Input."),
    ("any open disputes?", DI, "personal", "Open disputes"),
    ("show dispute #4", DI, "personal", "not found"),
    ("member sam@network.example", BO, "personal", "Sam Partner"),
    ("who can't you reach?", ADA, "personal", "Members in Teams"),
    ("what can you do?", SAM, "personal", "what you can do"),
    ("please set this as the partner channel", ADA, "channel", "is now the partner channel"),
    ("take 9 off my dna list", DANA, "personal", "Entry 9 is not on your do-not-approach list"),
    ("introduce Mia Chen at ClientCorp to sam@network.example", DANA, "personal", "Sam Partner"),
    ("publish the outcome of dispute 4", DI, "personal", "not found"),
    ("sanction", DI, "personal", "Write it as: sanction"),
    ("post the digest now", ADA, "personal", "partner channel"),
])
async def test_each_intent_reaches_its_command_over_http(client, cloud, network, text, sender, kind, expected):
    assert expected in await said(client, cloud, text, sender, kind)


async def test_small_talk_a_bare_name_and_not_understood_over_http(client, cloud, network):
    assert "Hi Sam!" in await said(client, cloud, "g'day accord", SAM)
    assert "Dana Partner" in await said(client, cloud, "CCorp?", SAM)
    assert NOT_UNDERSTOOD.replace("“", "").split(",")[0] in await said(client, cloud, "lunch?", SAM)


async def test_a_did_you_mean_button_pressed_over_http_runs_its_command(client, cloud, network):
    card = json.loads(await said(client, cloud, "should we approach clientcorp?", BO))["attachments"][0]["content"]
    who = actions(card)[0]
    response = await client.post("/api/messages", headers={"Authorization": cloud.auth_header()}, json=card_action(
        verb=who["verb"], data=who["data"], service_url=cloud.connector_url, sender=BO))
    assert response.status == 200
    assert "John Doe" in json.dumps(await response.json())
    assert sends(cloud) == []  # the answer replaces the card; nothing else is posted
