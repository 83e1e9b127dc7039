"""`history CLIENT` over HTTP with real JWT validation: another partner never reads a partner quote's value."""

from __future__ import annotations

import json

import pytest

from tests.conftest import cloud_settings
from tests.support.builders import BO, DANA, SAM, activity


@pytest.fixture
def settings(trusted_cloud, database_url):
    """Production-mode settings (SingleTenant, real token checks) pointed at the loopback cloud."""
    return cloud_settings(trusted_cloud, database_url)


async def said(client, cloud, text: str, sender: dict) -> str:
    """Post a signed message as `sender`; what the connector received in reply, as one JSON text."""
    cloud.reset()
    body = activity("personal", service_url=cloud.connector_url, text=text, sender=sender)
    answer = await client.post("/api/messages", json=body, headers={"Authorization": cloud.auth_header()})
    assert answer.status == 200
    sent = [r.body for r in cloud.requests if r.method == "POST" and "/activities" in r.path]
    assert sent, "no reply reached the connector"
    return json.dumps(sent, ensure_ascii=False)


async def test_a_partner_quotes_value_reaches_its_owner_and_bd_never_another_partner(client, cloud, network):
    assert "45,000" in await said(client, cloud, "quote Acme Holdings 45000", SAM)
    assert "AUD 45,000" in await said(client, cloud, "history Acme Holdings", SAM)
    assert "AUD 45,000" in await said(client, cloud, "what happened with Acme Holdings?", BO)
    other = await said(client, cloud, "history Acme Holdings", DANA)
    assert "History of Acme Holdings" in other and "current work" in other
    assert "45,000" not in other and "4500000" not in other and "Quote 1" not in other
