"""Fuzzing the enquiry webhook from its own OpenAPI document: signed or not, nothing it is sent is a 5xx."""

from __future__ import annotations

import http.client
import json
import time
import urllib.request

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from tests.support.botprocess import BotProcess, post_signed

SECRET = "fuzz-secret"


@pytest.fixture(scope="module")
def bot(tmp_path_factory, database_url):
    with BotProcess(tmp_path_factory.mktemp("fuzz"), DATABASE_URL=database_url,
                    ENQUIRY_WEBHOOK_SECRET=SECRET) as running:
        yield running


def served_schema(bot) -> schemathesis.schemas.BaseSchema:
    with urllib.request.urlopen(f"{bot.url}/api/openapi.json", timeout=10) as response:
        return schemathesis.openapi.from_dict(json.loads(response.read()))


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_input_is_a_server_error(bot, db, mode):  # db: empties the tables afterwards
    operation = served_schema(bot)["/api/enquiries"]["POST"]
    seen: set[int] = set()

    @settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    @given(operation.as_strategy(generation_mode=mode))
    def check(case):
        raw = json.dumps(case.body, default=str).encode() if case.body is not None else b""
        for signed in (True, False):
            status = post_signed(f"{bot.url}/api/enquiries", raw, SECRET if signed else None)
            seen.add(status)
            assert status in ((202, 400, 413) if signed else (401,)), (status, case.body)

    check()
    assert 400 in seen and 401 in seen
    if mode is GenerationMode.POSITIVE:
        assert 202 in seen


@pytest.mark.parametrize("stamp, given", [
    ("²".encode(), b"sha256=00"),  # a digit to str.isdigit(), not to int()
    (None, "sha256=é".encode()),  # hmac.compare_digest() refuses non-ASCII text
])
def test_garbled_signature_headers_are_a_401(bot, stamp, given):
    connection = http.client.HTTPConnection("127.0.0.1", bot.port, timeout=10)
    try:
        connection.putrequest("POST", "/api/enquiries")
        connection.putheader("Content-Type", "application/json")
        connection.putheader("Content-Length", "2")
        connection.putheader("X-Accord-Timestamp", stamp or str(int(time.time())).encode())
        connection.putheader("X-Accord-Signature", given)
        connection.endheaders(b"{}")
        response = connection.getresponse()
        assert response.status == 401, response.read()
        assert json.loads(response.read())["error"].startswith("Missing or malformed")
    finally:
        connection.close()


def test_json_nested_deeper_than_python_parses_is_a_400(bot):
    assert post_signed(f"{bot.url}/api/enquiries", b"[" * 60_000, SECRET) == 400
