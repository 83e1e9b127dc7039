"""Fuzzing the enquiry webhook from its own OpenAPI document: signed or not, nothing it is sent is a 5xx."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from bot.webhooks import signature
from tests.botprocess import BotProcess

SECRET = "fuzz-secret"


@pytest.fixture(scope="module")
def bot(tmp_path_factory, database_url):
    with BotProcess(tmp_path_factory.mktemp("fuzz"), DATABASE_URL=database_url,
                    ENQUIRY_WEBHOOK_SECRET=SECRET) as running:
        yield running


def served_schema(bot) -> schemathesis.schemas.BaseSchema:
    with urllib.request.urlopen(f"{bot.url}/api/openapi.json", timeout=10) as response:
        return schemathesis.openapi.from_dict(json.loads(response.read()))


def post(bot, raw: bytes, signed: bool) -> int:
    stamp = str(int(time.time()))
    headers = {"Content-Type": "application/json"}
    if signed:
        headers.update({"X-Accord-Timestamp": stamp, "X-Accord-Signature": signature(SECRET, stamp, raw)})
    request = urllib.request.Request(f"{bot.url}/api/enquiries", data=raw, method="POST", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_input_is_a_server_error(bot, db, mode):  # db: empties the tables afterwards
    operation = served_schema(bot)["/api/enquiries"]["POST"]
    seen: set[int] = set()

    @settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    @given(operation.as_strategy(generation_mode=mode))
    def check(case):
        raw = json.dumps(case.body, default=str).encode() if case.body is not None else b""
        for signed in (True, False):
            status = post(bot, raw, signed)
            seen.add(status)
            assert status in ((202, 400, 413) if signed else (401,)), (status, case.body)

    check()
    assert 400 in seen and 401 in seen
    if mode is GenerationMode.POSITIVE:
        assert 202 in seen
