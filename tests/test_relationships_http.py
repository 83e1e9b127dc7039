"""Relationships over HTTP with real tokens: another partner never sees a contact's email, BD does."""

from __future__ import annotations

import pytest

from tests.conftest import cloud_settings
from tests.support.builders import BO, DANA, SAM, activity
from tests.support.turns import card_text, readable


@pytest.fixture
def settings(trusted_cloud, database_url):
    """Production-mode settings (SingleTenant, real token checks) pointed at the loopback cloud."""
    return cloud_settings(trusted_cloud, database_url)


async def ask(client, cloud, text: str, sender: dict) -> str:
    """Send a signed message; what the asker reads in the card that reached the connector."""
    before = len(cloud.requests)
    body = activity("personal", text=text, sender=sender, service_url=cloud.connector_url)
    response = await client.post("/api/messages", json=body, headers={"Authorization": cloud.auth_header()})
    assert response.status == 200
    (sent,) = [r for r in cloud.requests[before:] if r.method == "POST" and "/activities" in r.path]
    return readable(card_text(sent.body["attachments"][0]["content"]))


async def test_another_partner_sees_the_coverage_but_never_the_contacts_email(client, cloud, network):
    declared = await ask(client, cloud, "I know Sarah Smith <sarah@clientcorp.com.au> at ClientCorp, decision maker",
                         DANA)
    assert "Relationship declared" in declared and "sarah@clientcorp.com.au" in declared
    partner = await ask(client, cloud, "who owns ClientCorp?", SAM)
    assert "decision maker: Sarah Smith" in partner and "Dana Partner" in partner
    assert "sarah@" not in partner
    bd = await ask(client, cloud, "who owns ClientCorp?", BO)
    assert "Sarah Smith (sarah@clientcorp.com.au)" in bd
    introducers = await ask(client, cloud, "who can introduce me to ClientCorp", SAM)
    assert "Dana Partner" in introducers and "sarah@" not in introducers
