"""A webhook's timestamp header is checked for its shape before it is used as a number."""

from __future__ import annotations

import json
import logging

import pytest

from tests.security.edge import SECRETS, enquiry, headers_with, quote_event

BODIES = {"/api/enquiries": enquiry(), "/api/quotes": quote_event()}


@pytest.mark.parametrize("path", sorted(SECRETS))
@pytest.mark.parametrize("stamp", ["9" * 400, "1" * 5000, "4" * 20])
async def test_a_timestamp_of_too_many_digits_is_a_401_with_the_reason_logged(client, path, stamp, caplog):
    caplog.set_level(logging.INFO, logger="bot.webhooks")
    body = json.dumps(BODIES[path]).encode()
    response = await client.post(path, data=body, headers=headers_with(stamp, body, SECRETS[path]))
    assert response.status == 401
    assert "X-Accord-Timestamp" in (await response.json())["error"]
    assert any("X-Accord-Timestamp" in r.getMessage() and path in r.getMessage() for r in caplog.records)
