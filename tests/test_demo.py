"""`make demo`: the sample network loads once however often it runs, and the Playground's people are its members."""

from __future__ import annotations

import asyncio
import csv
import json
import os
import signal
import subprocess
import time

import aiohttp
import pytest
from sqlalchemy import func
from sqlmodel import SQLModel, select

from bot.demo import PLAYGROUND_CONFIG, SAMPLE
from tests.support.botprocess import ACCORD, ROOT, accord as accord_cli, clean_environment, free_port
from tests.support.playground import CONFIG_FILE_NAME, MockTenant

needs_playground = pytest.mark.skipif(
    not (ROOT / "node_modules/.bin/agentsplayground").exists() and not os.environ.get("ACCORD_REQUIRE_PLAYGROUND"),
    reason="npm dependencies not installed (make test installs them)",
)


def counts(db) -> dict[str, int]:
    """Rows in every table."""
    with db.transaction() as session:
        return {t.name: session.execute(select(func.count()).select_from(t)).scalar_one()
                for t in SQLModel.metadata.sorted_tables}


def exported(database_url: str, tmp_path) -> list[str]:
    """Members, clients and flags as `accord export` writes them."""
    return [accord_cli("export", kind, "-", env={"DATABASE_URL": database_url}, cwd=tmp_path).stdout
            for kind in ("members", "clients", "flags")]


def test_loading_the_sample_twice_changes_nothing(database_url, db, tmp_path):
    env = {"DATABASE_URL": database_url}
    first = accord_cli("demo", "--load-only", env=env, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert ("sample network: members: 6 created, 0 updated, 0 unchanged; clients: 30 created, 0 updated, 0 unchanged; "
            "flags: 9 created, 0 updated, 0 unchanged; contacts: 4 created; quote: 1 created; enquiry: 1 created; "
            "approach: 1 created; relationships: 4 declared, 0 unchanged") in first.stdout
    before, rows = exported(database_url, tmp_path), counts(db)
    assert rows["quote"] == rows["enquiry"] == rows["approach"] == 1 and rows["client"] == 30

    again = accord_cli("demo", "--load-only", env=env, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert ("sample network: members: 0 created, 0 updated, 6 unchanged; clients: 0 created, 0 updated, 30 unchanged; "
            "flags: 0 created, 0 updated, 9 unchanged; quote: unchanged; enquiry: unchanged; "
            "approach: unchanged; relationships: 0 declared, 4 unchanged") in again.stdout
    assert exported(database_url, tmp_path) == before and counts(db) == rows


def test_the_playgrounds_people_are_the_samples_members():
    # The committed config is the tenant the Playground tests run against, so it is one the Playground accepts.
    committed = PLAYGROUND_CONFIG.read_text(encoding="utf-8")
    assert PLAYGROUND_CONFIG.name == CONFIG_FILE_NAME
    assert committed.split("\nversion:", 1)[1] == MockTenant().to_yaml().split("\nversion:", 1)[1]
    with (SAMPLE / "members.csv").open(encoding="utf-8") as rows:
        members = {(r["email"], r["aad_object_id"]): r["role"] for r in csv.DictReader(rows)}
    tenant = MockTenant()
    assert {(u.email, u.aad_object_id) for u in tenant.all_users} == set(members)
    assert members[(tenant.current_user.email, tenant.current_user.aad_object_id)] == "partner"


async def said_by_bot(ws: aiohttp.ClientWebSocketResponse, words: str, timeout: float = 60) -> dict:
    """The first message the bot sends whose JSON contains `words`, from the Playground's log stream."""
    async with asyncio.timeout(timeout):
        async for item in ws:
            log = json.loads(item.data).get("log") or {}
            body = (log.get("request") or {}).get("body")
            if log.get("from") == "User Application" and isinstance(body, dict) and words in json.dumps(body):
                return body
    raise AssertionError(f"the bot never said {words!r}")


@needs_playground
async def test_make_demo_serves_the_bot_and_the_playground_and_who_owns_works_at_once(database_url, db, tmp_path):
    port = free_port()
    env = clean_environment(DATABASE_URL=database_url, PORT=str(port), HOST="127.0.0.1", TEAMSAPPTESTER_BROWSER="none")
    demo = subprocess.Popen([ACCORD, "demo", "--playground-port", "0"], cwd=tmp_path, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        lines = []
        deadline = time.monotonic() + 90
        while not any(line.startswith("Stop with Ctrl+C.") for line in lines):
            assert demo.poll() is None and time.monotonic() < deadline, "".join(lines)
            lines.append(await asyncio.to_thread(demo.stdout.readline))
        shown = "".join(lines)
        assert f"Accord is running: http://127.0.0.1:{port}/api/messages" in shown
        assert "You are Alex Morgan, a partner. Type: who owns Acme" in shown
        url = shown.split("Agents Playground: open ", 1)[1].split(" ", 1)[0].replace("localhost", "127.0.0.1")

        tenant = MockTenant()
        async with aiohttp.ClientSession() as http, http.ws_connect(f"{url}/_ws/log/stream") as ws:
            personal = tenant.personal_chat_id
            async with http.post(f"{url}/_debug/conversation/{personal}/installation", json={}) as answer:
                assert answer.status == 200
            message = {"from": {"id": tenant.current_user.id}, "text": "who owns Acme", "textFormat": "plain"}
            async with http.post(f"{url}/_conversation/v1/conversations/{personal}/messages", json=message) as answer:
                assert answer.status == 200
            reply = await said_by_bot(ws, "Acme Holdings Pty Ltd")
        words = json.dumps(reply["attachments"][0]["content"])
        assert "Held by you and 1 other" in words and "Blake Chen" in words
        assert "Jane Roe" not in words  # Blake's do-not-approach contact: Alex, another partner, sees no name
    finally:
        if demo.poll() is None:
            os.killpg(demo.pid, signal.SIGINT)  # Ctrl+C, as a person stops it
        stopped = demo.wait(timeout=30)
    assert stopped == 0, demo.stdout.read()
