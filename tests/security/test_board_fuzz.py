"""Fuzzing the transparency board's data endpoints from the served OpenAPI document: `python app.py` with real token
checks against the loopback Entra ID; with a member's token, without one, or with garbage, nothing is a 5xx and
nothing but a good token gets data."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode

from tests.support.botprocess import BotProcess
from tests.test_board import audience, seed_activity


@pytest.fixture(scope="module")
def bot(tmp_path_factory, database_url, cloud):
    env = {**cloud.env(), "DATABASE_URL": database_url, "BOARD_APP_ID_URI": audience(cloud),
           "BOARD_AUTHORITY": cloud.base_url, "TEAMS_SERVICE_URL": cloud.connector_url}
    with BotProcess(tmp_path_factory.mktemp("board-fuzz"), **env) as running:
        yield running


def get(url: str, token: str | None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, headers={"Authorization": token} if token is not None else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.mark.timeout(600)
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize("path", ["/api/board/{section}", "/api/board/me"])
def test_no_query_is_a_server_error_and_only_a_good_token_gets_data(bot, cloud, db, network, mode, path):
    seed_activity(db, network)
    with urllib.request.urlopen(f"{bot.url}/api/openapi.json", timeout=10) as response:
        operation = schemathesis.openapi.from_dict(json.loads(response.read()))[path]["GET"]
    good = f"Bearer {cloud.user_token(audience(cloud), network.members['dana'].aad_object_id)}"
    seen: set[int] = set()

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    @given(operation.as_strategy(generation_mode=mode))
    def check(case):
        section = urllib.parse.quote(str((case.path_parameters or {}).get("section", "")), safe="")
        query = urllib.parse.urlencode({k: v if isinstance(v, str) else json.dumps(v)
                                        for k, v in (case.query or {}).items()}, doseq=False)
        url = f"{bot.url}{path.replace('{section}', section)}" + (f"?{query}" if query else "")
        for token, allowed in ((good, {200, 400, 404}), (None, {401}), ("Bearer " + good[-40:], {401}),
                               (good.replace("Bearer", "Basic"), {401})):
            status, body = get(url, token)
            seen.add(status)
            assert status in allowed and status < 500, (status, url, body[:200])
            if status != 200:
                assert b"rows" not in body and b"777" not in body, (url, body[:200])

    check()
    assert 401 in seen and (200 in seen or mode is GenerationMode.NEGATIVE)
