"""`scorecard` over HTTP with real JWT validation: a partner reads their own card and nobody else's."""

from __future__ import annotations

import json

import pytest

from tests.conftest import cloud_settings
from tests.support.builders import SAM, activity
from tests.test_scorecard import period_records  # noqa: F401  (the period's records, as a fixture)


@pytest.fixture
def settings(trusted_cloud, database_url):
    """Production-mode settings (SingleTenant, real token checks) pointed at the loopback cloud."""
    return cloud_settings(trusted_cloud, database_url)


async def test_a_partner_reads_their_own_scorecard_and_no_one_elses(client, cloud, period_records):  # noqa: F811
    cloud.reset()
    body = activity("personal", service_url=cloud.connector_url, text="scorecard", sender=SAM)
    answer = await client.post("/api/messages", json=body, headers={"Authorization": cloud.auth_header()})
    assert answer.status == 200
    sent = json.dumps([r.body for r in cloud.requests if r.method == "POST" and "/activities" in r.path])
    assert "Allocation scorecard: Sam Partner" in sent and "2 quotes created, 1 won" in sent
    assert "Dana Partner" not in sent and "Bo Business" not in sent
