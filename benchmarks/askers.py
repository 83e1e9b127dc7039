"""Many people asking a bot at once: each asker posts its next signed message as soon as the last one was answered.

Every answer is checked at the fake connector (one delivered reply to each message, saying what it should), the
bot's resident memory is sampled while the load lasts, and the result is answers per second and latencies from the
POST until the bot's 200 (both bots answer 200 only once their reply was delivered).
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from tests.support.builders import activity
from tests.support.fakecloud import FakeCloud


@dataclass(frozen=True)
class Load:
    """What one burst of concurrent asking measured."""

    askers: int
    latencies_ms: list[float]
    seconds: float
    rss_max_mb: float
    token_requests: int

    @property
    def answers_per_s(self) -> float:
        """Answered messages per second of wall time."""
        return len(self.latencies_ms) / self.seconds


def ask_concurrently(cloud: FakeCloud, port: int, pid: int, askers: list[dict],
                     messages: list[tuple[str, str]], per_asker: int) -> Load:
    """Each asker (a member row) posts `per_asker` messages in turn, all askers at once; `messages` are (text, what
    the reply must contain), taken in rotation. Raises if any message was not answered as it should be."""
    cloud.reset()
    rss = _Sampler(pid)
    rss.start()
    try:
        latencies, seconds, expected = asyncio.run(_ask(cloud, port, askers, messages, per_asker))
    finally:
        rss.stop()
    _check(cloud, expected)
    return Load(len(askers), latencies, seconds, rss.max_mb, len(cloud.token_requests))


async def _ask(cloud: FakeCloud, port: int, askers: list[dict], messages: list[tuple[str, str]],
               per_asker: int) -> tuple[list[float], float, dict[str, str]]:
    url = f"http://127.0.0.1:{port}/api/messages"
    latencies: list[float] = []
    expected: dict[str, str] = {}  # inbound activity id -> what its reply must contain
    # Tokens are minted before the clock starts: signing is the channel's work, not the bot's.
    headers = [{"Authorization": cloud.auth_header()} for _ in askers]

    async def asker(n: int, member: dict, http: aiohttp.ClientSession) -> None:
        sender = {"id": member["teams_id"], "name": member["name"], "aadObjectId": member["aad_object_id"]}
        for k in range(per_asker):
            text, must = messages[(n * per_asker + k) % len(messages)]
            body = activity("personal", text=text, sender=sender, service_url=cloud.connector_url)
            expected[body["id"]] = must
            posted = time.monotonic()
            async with http.post(url, json=body, headers=headers[n]) as response:
                await response.read()
                if response.status not in (200, 201):  # botbuilder's stock adapter answers a message with 201
                    raise RuntimeError(f"{text!r}: HTTP {response.status}")
            latencies.append((time.monotonic() - posted) * 1000)

    connector = aiohttp.TCPConnector(limit=len(askers))
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=300)) as http:
        started = time.monotonic()
        await asyncio.gather(*(asker(n, member, http) for n, member in enumerate(askers)))
        seconds = time.monotonic() - started
    return latencies, seconds, expected


def _check(cloud: FakeCloud, expected: dict[str, str]) -> None:
    """One delivered reply to every message, each saying what it should."""
    replies = [r for r in cloud.requests if r.operation == "reply"]
    delivered = {r.activity_id: r for r in replies if r.status == 201}
    wrong = [i for i, must in expected.items() if i not in delivered or not _says(delivered[i].body, must)]
    if wrong or len(replies) != len(expected):
        raise RuntimeError(f"{len(wrong)} of {len(expected)} messages not answered as expected "
                           f"({len(replies)} reply attempts)")


def _says(body: dict, must: str) -> bool:
    """Whether a reply's text, or anything on its card, contains `must`."""
    return must in (body.get("text") or "") or must in json.dumps(body.get("attachments"), ensure_ascii=False)


class _Sampler(threading.Thread):
    """The highest resident size of a process, read from /proc ten times a second."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self._path = Path(f"/proc/{pid}/status")
        self._done = threading.Event()
        self.max_mb = 0.0

    def run(self) -> None:
        while not self._done.wait(0.1):
            self._sample()

    def _sample(self) -> None:
        for line in self._path.read_text().splitlines():
            if line.startswith("VmRSS:"):
                self.max_mb = max(self.max_mb, int(line.split()[1]) / 1024)

    def stop(self) -> None:
        """Stop sampling, with one last sample."""
        self._done.set()
        self.join()
        self._sample()
