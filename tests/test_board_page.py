"""The transparency board's page in headless Chromium (Debian's chromium with playwright-core), signed in with a
token from the loopback Entra ID: charts drawn, rows as the role allows, a bar leading to its rows, a bad or missing
token showing nothing, readable at phone width; and the vendored libraries are the locked ones."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from app import create_app
from storage.models import Client
from tests.test_board import SECTIONS, audience, board_settings, seed_activity

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
DOCS = ROOT / "docs" / "board"  # written only with ACCORD_BOARD_SCREENSHOTS=1 (make screenshots), else a tmp folder
LAPTOP, PHONE = 1280, 340
HOSTILE = '<img src=x onerror="document.title=1">Acme <b>Holdings</b>'
VENDORED = {"chart.umd.min.js": "chart.js/dist/chart.umd.min.js",
            "MicrosoftTeams.min.js": "@microsoft/teams-js/dist/umd/MicrosoftTeams.min.js"}

browser = pytest.mark.skipif(
    not ((ROOT / "node_modules/playwright-core").exists() and Path(CHROMIUM).exists())
    and not os.environ.get("ACCORD_REQUIRE_PLAYGROUND"),
    reason="chromium or the npm dependencies are not installed (make chromium install-dev; make test installs both)",
)


async def open_page(url: str, token: str | None, *, width: int = LAPTOP, channel: bool = False,
                    screenshot: Path | None = None, click: str | None = None, export: str | None = None) -> dict:
    request = {"url": url, "token": token, "width": width, "channel": channel,
               "screenshot": str(screenshot) if screenshot else None, "click": click, "export": export,
               "config": url.endswith("config.html")}
    node = await asyncio.create_subprocess_exec(
        "node", str(ROOT / "tests/support/board_page.mjs"), stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE, cwd=ROOT,
        env={**os.environ, "CHROMIUM_PATH": CHROMIUM})
    out, err = await asyncio.wait_for(node.communicate(json.dumps(request).encode()), timeout=90)
    assert node.returncode == 0, err.decode()
    return json.loads(out)


@pytest.fixture
def activity(db, network):
    return seed_activity(db, network)


@pytest.fixture
async def served(trusted_cloud, database_url, db, network, activity):
    async with TestClient(TestServer(create_app(board_settings(trusted_cloud, database_url)))) as client:
        yield client


@pytest.fixture
def shots(tmp_path) -> Path:
    """Where screenshots go: docs/board/ when asked for (make screenshots), else this test's own folder."""
    folder = DOCS if os.environ.get("ACCORD_BOARD_SCREENSHOTS") else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def token_for(cloud, network, who: str) -> str:
    return cloud.user_token(audience(cloud), network.members[who].aad_object_id)


@browser
@pytest.mark.timeout(240)
async def test_the_page_draws_every_section_for_the_signed_in_member(served, trusted_cloud, network, activity, db,
                                                                   shots):
    url = str(served.make_url("/board/"))
    page = await open_page(url, token_for(trusted_cloud, network, "di"), screenshot=shots / "board-laptop.png",
                           click="approaches")
    assert page["errors"] == [], page["errors"]  # no script error, no CSP violation
    assert "Shown for Di Director (director)" in page["who"] and not page["message"]
    assert set(page["sections"]) == set(SECTIONS)
    for name, section in page["sections"].items():
        assert section["drawn"] and section["bars"], name
        assert section["numbers"][0][-1] == "total", name
    quotes = {row[0] for row in page["sections"]["quotes"]["rows"]}
    assert {str(activity["partner_quote"]), str(activity["bd_tender"])} <= quotes
    assert any("SECRET-A" in cell for row in page["sections"]["disputes"]["rows"] for cell in row)
    clicked = page["clicked"]  # the first bar: its rows, and only those
    assert clicked and clicked["rows"] and all(r[2] == clicked["label"] and r[5] == clicked["series"]
                                               for r in clicked["rows"])
    assert len(clicked["rows"]) < len(page["sections"]["approaches"]["rows"])
    assert all(u.startswith(url.rsplit("/board/", 1)[0]) for u in page["requests"])  # nothing from elsewhere
    with db.transaction() as session:  # text from the CRM is shown as text, never run
        session.execute(Client.__table__.update().where(Client.id == network.clients["acme"].id).values(name=HOSTILE))
    again = await open_page(url, token_for(trusted_cloud, network, "di"), export="quotes")
    assert again["errors"] == [] and HOSTILE in [row[2] for row in again["sections"]["quotes"]["rows"]]
    exported = again["exported"]  # Export CSV: every row, as the director may see them
    assert exported["name"].startswith("accord-quotes-") and exported["name"].endswith(".csv")
    lines = exported["text"].splitlines()
    assert lines[0].startswith("Quote,Opened,Client") and len(lines) == 3 and "777123" in exported["text"]


@browser
@pytest.mark.timeout(240)
async def test_a_partner_on_a_phone_and_the_channel_tab_see_only_what_they_may(served, trusted_cloud, network,
                                                                               activity, shots):
    url = str(served.make_url("/board/"))
    phone = await open_page(url, token_for(trusted_cloud, network, "sam"), width=PHONE,
                            screenshot=shots / "board-phone.png")
    assert (shots / "board-phone.png").stat().st_size > 10_000
    assert phone["errors"] == [] and phone["width"] <= PHONE  # nothing wider than the phone
    shown = {row[0] for row in phone["sections"]["quotes"]["rows"]}
    assert str(activity["partner_quote"]) not in shown and str(activity["bd_tender"]) in shown
    text = json.dumps(phone["sections"])
    assert "SECRET-B" in text and "777" not in text  # Sam is a party to every dispute; not to Dana's quote
    channel = await open_page(url + "?view=channel", token_for(trusted_cloud, network, "dana"), channel=True)
    assert channel["who"].startswith("Channel view")
    text = json.dumps(channel["sections"])
    assert "SECRET" not in text and "PUBLISHED-B" in text and "777" not in text


@browser
@pytest.mark.timeout(240)
@pytest.mark.parametrize("case", ["no token", "bad signature", "other tenant"])
async def test_a_bad_or_missing_token_shows_a_sign_in_message_and_no_data(served, trusted_cloud, network, case):
    dana = network.members["dana"].aad_object_id
    bad = trusted_cloud.bad_user_tokens(audience(trusted_cloud), dana)
    token = {"no token": None, "bad signature": bad["bad_signature"].removeprefix("Bearer "),
             "other tenant": bad["other_tenant"].removeprefix("Bearer ")}[case]
    page = await open_page(str(served.make_url("/board/")), token)
    assert page["sections"] == {} and page["message"]
    assert "sign" in page["message"].lower() or "organisation" in page["message"].lower()


@browser
@pytest.mark.timeout(120)
async def test_the_channel_tab_is_configured_as_the_public_board(served):
    page = await open_page(str(served.make_url("/board/config.html")), None)
    assert page["errors"] == [] and page["config"]["saved"]
    assert page["config"]["contentUrl"] == str(served.make_url("/board/")) + "?view=channel"
    assert page["config"]["entityId"] == "accord-board-channel"


def test_the_vendored_libraries_are_the_locked_ones():
    """board/ serves its own copies (no CDN); they must be the versions package-lock.json pins."""
    lock = json.loads((ROOT / "package-lock.json").read_text())["packages"]
    assert lock["node_modules/chart.js"]["version"] == "4.6.1"
    assert lock["node_modules/@microsoft/teams-js"]["version"] == "2.58.0"
    for name, source in VENDORED.items():
        installed = ROOT / "node_modules" / source
        if not installed.exists():
            pytest.skip("npm dependencies not installed")
        assert (ROOT / "board" / name).read_bytes() == installed.read_bytes(), f"run make board-vendor: {name}"
