"""The transparency board's page in headless Chromium (Debian's chromium with playwright-core), signed in with a
token from the loopback Entra ID: charts drawn, rows as the role allows, a bar leading to its rows, a bad or missing
token showing nothing, readable at phone width, Teams' three themes with readable text; and the vendored libraries
are the locked ones."""

from __future__ import annotations

import asyncio
import json
import os
import re
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
                    screenshot: Path | None = None, click: str | None = None, export: str | None = None,
                    theme: str | None = None, switch_theme: str | None = None, forced_colors: bool = False) -> dict:
    request = {"url": url, "token": token, "width": width, "channel": channel,
               "theme": theme, "switchTheme": switch_theme, "forcedColors": forced_colors,
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


def rgb(css: str) -> tuple[int, int, int]:
    """An opaque colour as the page gives it ("rgb(r, g, b)" or "#rrggbb") as its three channels."""
    if css.startswith("#"):
        return tuple(int(css[i:i + 2], 16) for i in (1, 3, 5))
    channels = re.fullmatch(r"rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)", css)
    assert channels and channels[4] in (None, "1"), f"not an opaque colour: {css}"
    return tuple(int(channels[i]) for i in (1, 2, 3))


def contrast(one: str, other: str) -> float:
    """WCAG 2's contrast ratio of two colours (1 to 21)."""
    def luminance(css: str) -> float:
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (v / 255 for v in rgb(css))]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def assert_readable(theme: str, look: dict, forced: bool = False) -> None:
    """Text 4.5:1 on what is behind it (WCAG AA), a focus outline 3:1 on the page, charts in the theme's colours."""
    assert look["theme"] == theme and len(look["pairs"]) >= 10
    for name, (text, back) in look["pairs"].items():
        assert contrast(text, back) >= 4.5, (theme, name, text, back)
    focus, back = look["focus"], look["pairs"]["text"][1]
    assert focus["style"] != "none", (theme, focus)
    assert forced or contrast(focus["color"], back) >= 3, (theme, focus)  # forced colours: the system's own ring
    assert look["charts"], theme
    for chart in look["charts"]:
        assert set(chart["ticks"]) == {chart["legend"]} == {look["chartText"]}, (theme, chart)
        assert chart["bars"] == [look["palette"][i % len(look["palette"])] for i in range(len(chart["bars"]))]
        # High contrast and forced colours: a pattern each as well, so series are told apart without colour.
        assert set(chart["patterned"]) == {theme == "contrast" or forced}, (theme, chart)


@browser
@pytest.mark.timeout(300)
async def test_the_page_follows_the_teams_theme_with_readable_text_and_charts(served, trusted_cloud, network, shots):
    url, token = str(served.make_url("/board/")), token_for(trusted_cloud, network, "di")
    pages = {"default": await open_page(url, token, switch_theme="dark"),
             "dark": await open_page(url, token, theme="dark", screenshot=shots / "board-dark-laptop.png"),
             "contrast": await open_page(url, token, theme="contrast",
                                         screenshot=shots / "board-contrast-laptop.png")}
    looks = {theme: page["look"] for theme, page in pages.items()}
    for theme, page in pages.items():
        assert page["errors"] == [] and set(page["sections"]) == set(SECTIONS), theme
        assert_readable(theme, look=looks[theme])
    for seen in ({look["pairs"]["text"][1] for look in looks.values()}, {look["panel"] for look in looks.values()},
                 {tuple(look["charts"][0]["bars"]) for look in looks.values()}):
        assert len(seen) == 3  # each theme its own page, panels and bars
    assert rgb(looks["dark"]["pairs"]["text"][0]) == rgb(looks["contrast"]["pairs"]["text"][0]) == (255, 255, 255)
    for theme in ("dark", "contrast"):  # every series at least 3:1 on the surface (black is gone from the palette)
        assert all(contrast(c, looks[theme]["panel"]) >= 3 for c in looks[theme]["palette"]), theme
    assert contrast(looks["contrast"]["edge"], looks["contrast"]["panel"]) >= 3  # sections drawn with an edge
    switched = pages["default"]["switched"]  # Teams went dark while the tab was open: page and charts follow
    assert_readable("dark", switched)
    assert switched["pairs"] == looks["dark"]["pairs"]
    assert [c["pixels"] for c in switched["charts"]] != [c["pixels"] for c in looks["default"]["charts"]]
    assert [{k: c[k] for k in ("bars", "edges", "ticks", "grid", "legend")} for c in switched["charts"]] == \
        [{k: c[k] for k in ("bars", "edges", "ticks", "grid", "legend")} for c in looks["dark"]["charts"]]
    phone = await open_page(url + "?theme=dark", token, width=PHONE, screenshot=shots / "board-dark-phone.png")
    assert phone["errors"] == [] and phone["width"] <= PHONE  # ?theme= outside Teams' context, as ?view= is
    assert_readable("dark", phone["look"])
    assert (shots / "board-dark-phone.png").stat().st_size > 10_000


@browser
@pytest.mark.timeout(300)
@pytest.mark.parametrize("theme", [None, "dark"])
async def test_windows_forced_colours_give_the_charts_system_colours_and_patterns(served, trusted_cloud, network,
                                                                                   shots, theme):
    url, token = str(served.make_url("/board/")), token_for(trusted_cloud, network, "di")
    shot = shots / "board-forced-colours-laptop.png" if theme is None else None
    page = await open_page(url, token, theme=theme, forced_colors=True, screenshot=shot)
    look = page["look"]
    assert page["errors"] == [] and set(page["sections"]) == set(SECTIONS)
    assert_readable(theme or "default", look, forced=True)
    # The canvas draws in the system's text colour, as the page's own text is drawn, whatever Teams' theme says.
    assert rgb(look["chartText"]) == rgb(look["pairs"]["text"][0])
    assert contrast(look["chartText"], look["pairs"]["text"][1]) >= 4.5


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
