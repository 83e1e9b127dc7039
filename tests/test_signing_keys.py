"""The channel's signing keys are read without stalling the process: botbuilder read them on the event loop with
no timeout, so a slow Microsoft endpoint held up every request, /healthz included. The bot runs in a process of its
own (in this one, a blocked loop would block the test too), against a cloud of this module's own, so its first
message really fetches the keys."""

from __future__ import annotations

import json
import threading
import time
import urllib.request

from tests.support.botprocess import BotProcess
from tests.support.builders import activity

SLOW = 3.0  # seconds the key document takes to come


def test_other_requests_are_answered_while_the_signing_keys_are_slow_to_come(cloud, database_url, db, tmp_path):
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
