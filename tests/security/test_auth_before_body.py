"""Who is asking is checked before a body is read: refused requests cost neither reading nor parsing."""

from __future__ import annotations

import asyncio
import json
import time

import pytest

from tests.security.edge import SECRETS, headers_with, now_stamp, status_before_the_body
from tests.support.builders import activity, user

PRE_BODY_REFUSALS = ["wrong_audience", "missing_audience", "wrong_issuer", "missing_issuer", "expired",
                     "not_yet_valid", "bad_signature", "unknown_kid", "missing_kid", "unsigned", "garbled",
                     "wrong_scheme"]


@pytest.mark.parametrize("case", PRE_BODY_REFUSALS + ["no header"])
async def test_a_bad_token_is_a_401_before_the_body_is_read(client, trusted_cloud, case):
    headers = {} if case == "no header" else {"Authorization": trusted_cloud.bad_auth_headers()[case]}
    assert await status_before_the_body(client, "/api/messages", headers, 200_000) == 401
    assert trusted_cloud.requests == []


async def test_an_oversized_content_length_is_a_413_before_the_body_is_read(client, trusted_cloud):
    headers = {"Authorization": trusted_cloud.auth_header()}
    assert await status_before_the_body(client, "/api/messages", headers, 10 * 1024 * 1024) == 413
    for path in SECRETS:
        signed = headers_with(now_stamp(), b"", SECRETS[path])
        assert await status_before_the_body(client, path, signed, 65 * 1024) == 413


@pytest.mark.parametrize("path", sorted(SECRETS))
@pytest.mark.parametrize("case", ["no headers", "no signature", "signature not sha256 hex", "stamp not digits",
                                  "stale stamp", "stamp from the future"])
async def test_bad_signature_headers_are_a_401_before_the_body_is_read(client, path, case):
    stamp = {"stale stamp": str(int(time.time()) - 301), "stamp from the future": str(int(time.time()) + 301),
             "stamp not digits": "17e8"}.get(case, now_stamp())
    headers = headers_with(stamp, b"{}", SECRETS[path])
    if case == "no headers":
        headers = {}
    elif case == "no signature":
        del headers["X-Accord-Signature"]
    elif case == "signature not sha256 hex":
        headers["X-Accord-Signature"] = "sha256=" + "z" * 64
    assert await status_before_the_body(client, path, headers, 30_000) == 401


def heavy_activity() -> bytes:
    """About 240 KB that is slow to turn into an activity: thousands of members added."""
    body = activity(type="conversationUpdate", sender=user(9), membersAdded=[{"id": f"29:m{n}"} for n in range(11_000)])
    return json.dumps(body).encode()


async def test_healthz_stays_fast_while_30_large_unauthenticated_posts_arrive(client, trusted_cloud):
    body = heavy_activity()
    assert 200_000 < len(body) < 256 * 1024
    refusals = [trusted_cloud.bad_auth_headers()[case] for case in PRE_BODY_REFUSALS] + [""]
    headers = [{"Content-Type": "application/json", "Authorization": refusals[n % len(refusals)]} for n in range(25)]
    posts = [client.post("/api/messages", data=body, headers=h) for h in headers]
    posts += [client.post(path, data=body[:60_000], headers=headers_with(now_stamp(), b"forged", SECRETS[path]))
              for path in sorted(SECRETS) for _ in range(2)]
    posts.append(client.post("/api/messages", data=body + b" " * 60_000, headers=headers[0]))
    flood = asyncio.gather(*posts)
    slowest = 0.0
    while not flood.done():  # /healthz asked again and again while the posts arrive
        started = time.monotonic()
        health = await client.get("/healthz")
        slowest = max(slowest, time.monotonic() - started)
        assert health.status == 200
    assert slowest < 0.5, f"/healthz took {slowest:.2f} s"
    answers = flood.result()
    assert [a.status for a in answers] == [401] * 29 + [413]
    assert trusted_cloud.requests == []
