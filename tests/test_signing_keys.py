"""The channel's signing keys are read without stalling the process: botbuilder read them on the event loop with
no timeout, so a slow Microsoft endpoint held up every request, /healthz included. The bot runs in a process of its
own (in this one, a blocked loop would block the test too), against a cloud of this module's own, so its first
message really fetches the keys."""

from __future__ import annotations

import asyncio
import json
import threading
import time
import urllib.request
from datetime import datetime

from botframework.connector.auth.jwt_token_extractor import _OpenIdMetadata

from bot.adapter import patch_key_refresh
from tests.support.botprocess import BotProcess
from tests.support.builders import activity

SLOW = 3.0  # seconds the key document takes to come


def test_other_requests_are_answered_while_the_signing_keys_are_slow_to_come(trusted_cloud, database_url, db,
                                                                             tmp_path):
    cloud = trusted_cloud  # reset: no key fetch counted from an earlier test
    cloud.metadata_delay = SLOW
    body = json.dumps(activity("personal", service_url=cloud.connector_url, text="help")).encode()
    answered: list[int] = []
    with BotProcess(tmp_path, **cloud.env(), DATABASE_URL=database_url) as bot:
        request = urllib.request.Request(f"{bot.url}/api/messages", data=body, method="POST", headers={
            "Authorization": cloud.auth_header(), "Content-Type": "application/json"})
        posting = threading.Thread(target=lambda: answered.append(urllib.request.urlopen(request, timeout=30).status))
        posting.start()
        deadline = time.monotonic() + 10
        while cloud.metadata_requests == 0 and time.monotonic() < deadline:  # the message now waits for the keys
            time.sleep(0.02)
        assert cloud.metadata_requests == 1
        started = time.monotonic()
        with urllib.request.urlopen(f"{bot.url}/healthz", timeout=SLOW) as health:
            assert health.status == 200
        assert time.monotonic() - started < SLOW / 3
        assert posting.is_alive()  # the message is still waiting for its keys meanwhile
        posting.join(timeout=30)
    assert answered == [200]


def test_messages_that_need_the_keys_at_once_fetch_them_once_in_each_event_loop(trusted_cloud):
    # Several event loops one after another share botbuilder's process-wide key document, as tests do: the lock that
    # makes requests wait for one fetch must serve each loop, not fail in the second.
    patch_key_refresh()
    trusted_cloud.metadata_delay = 0.3
    metadata = _OpenIdMetadata(trusted_cloud.openid_url)

    async def at_once() -> None:
        metadata.last_updated = datetime.min  # a day old, as when botbuilder refreshes
        await asyncio.gather(*(metadata._refresh() for _ in range(3)))

    for loops in (1, 2):
        asyncio.run(at_once())
        assert trusted_cloud.metadata_requests == loops and metadata.keys
