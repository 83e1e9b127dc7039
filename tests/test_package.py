"""The Teams app package: valid against Microsoft's schema (offline), real icons, menus that match the bot."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import jsonschema
import pytest
from PIL import Image

from bot.commands import COMMANDS
from bot.teams import _search_value
from manifest.build import (
    MAX_COMMANDS,
    MAX_DESCRIPTION,
    MAX_TITLE,
    MENU_PRIORITY,
    PackageError,
    description,
    identity,
    main,
    package as build_package,
    settings,
    title,
)

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "node_modules" / "@microsoft" / "app-manifest" / "build" / "json-schemas" / "teams"
BOT_ID = "0f5c6a4e-1d2b-4c3a-9e8f-7a6b5c4d3e2f"
APP_ID = "d1c2b3a4-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
# Every package setting, so a developer's .env cannot change what the tests expect (empty means the default).
ENV = {"MicrosoftAppId": BOT_ID, "ACCORD_APP_ID": APP_ID, "ACCORD_DOMAIN": "https://accord.network.example/",
       "ACCORD_DEVELOPER_NAME": "", "ACCORD_WEBSITE_URL": "", "ACCORD_PRIVACY_URL": "", "ACCORD_TERMS_URL": "",
       "BOARD_APP_ID_URI": ""}
SCOPES = {"personal": "personal", "team": "channel", "groupChat": "groupChat"}


def build(out: Path, **env: str) -> subprocess.CompletedProcess:
    """`make package`'s command, into `out`."""
    return subprocess.run([sys.executable, "-m", "manifest.build", "--out", str(out)], cwd=ROOT, capture_output=True,
                          text=True, env={**os.environ, **env}, timeout=60, check=False)


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    """The package folder, built once for this module."""
    out = tmp_path_factory.mktemp("package")
    done = build(out, **ENV)
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture(scope="module")
def manifest(package: Path) -> dict:
    return json.loads((package / "accord-app" / "manifest.json").read_text(encoding="utf-8"))


def schema_for(version: str) -> jsonschema.Draft4Validator:
    """Microsoft's schema for a manifest version, as bundled in @microsoft/app-manifest; no network."""
    path = SCHEMAS / f"v{version}" / "MicrosoftTeams.schema.json"
    assert path.exists(), f"{path} is missing: run `make install-dev` (npm ci) first"
    schema = json.loads(path.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


def errors(validator: jsonschema.Draft4Validator, manifest: dict) -> list[str]:
    return [f"/{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(manifest)]


def test_the_manifest_is_valid_against_the_official_schema(manifest):
    assert errors(schema_for(manifest["manifestVersion"]), manifest) == []
    assert manifest["$schema"] == ("https://developer.microsoft.com/json-schemas/teams/"
                                   f"v{manifest['manifestVersion']}/MicrosoftTeams.schema.json")


def test_the_manifest_uses_the_newest_schema_the_package_bundles(manifest):
    bundled = [tuple(map(int, p.name[1:].split("."))) for p in SCHEMAS.iterdir() if re.fullmatch(r"v\d+\.\d+", p.name)]
    assert manifest["manifestVersion"] == ".".join(map(str, max(bundled)))
    assert max(bundled) >= (1, 30)


def test_the_schema_check_catches_mistakes(manifest):
    broken = json.loads(json.dumps(manifest))
    broken["bots"][0]["botId"] = "not-a-guid"
    broken["name"]["short"] = "A name far longer than thirty characters"
    broken["bots"][0]["scopes"].append("channel")
    broken["colour"] = "#123456"
    found = "\n".join(errors(schema_for(manifest["manifestVersion"]), broken))
    for problem in ("/bots/0/botId: 'not-a-guid' does not match", "/name/short:", "/bots/0/scopes/3: 'channel'",
                    "'colour' was unexpected"):
        assert problem in found


def test_ids_domain_and_version_come_from_the_environment_and_pyproject(manifest):
    assert manifest["id"] == APP_ID
    assert manifest["bots"][0]["botId"] == manifest["composeExtensions"][0]["botId"] == BOT_ID
    assert manifest["validDomains"] == ["accord.network.example"]
    assert manifest["developer"]["privacyUrl"] == "https://accord.network.example/privacy"
    assert manifest["developer"]["termsOfUseUrl"] == "https://accord.network.example/terms"
    assert manifest["version"] == tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert manifest["bots"][0]["scopes"] == ["personal", "team", "groupChat"]
    assert "set from" not in json.dumps(manifest)  # every placeholder of the template is filled in


@pytest.mark.parametrize("env, complaint", [
    ({"ACCORD_DOMAIN": "accord.example.com"}, "MicrosoftAppId must be the Azure Bot's app id"),
    ({"MicrosoftAppId": "my-bot", "ACCORD_DOMAIN": "accord.example.com"}, "MicrosoftAppId must be"),
    ({"MicrosoftAppId": BOT_ID}, "ACCORD_DOMAIN must be the host name"),
    ({"MicrosoftAppId": BOT_ID, "ACCORD_DOMAIN": "localhost"}, "ACCORD_DOMAIN must be the host name"),
    ({"MicrosoftAppId": BOT_ID, "ACCORD_DOMAIN": "a.example.com", "ACCORD_APP_ID": "accord"}, "ACCORD_APP_ID must"),
    ({"MicrosoftAppId": BOT_ID, "ACCORD_DOMAIN": "a.example.com", "ACCORD_PRIVACY_URL": "http://a.example.com/p"},
     "ACCORD_PRIVACY_URL must be an https:// address"),
    ({"MicrosoftAppId": BOT_ID, "ACCORD_DOMAIN": "a.example.com", "ACCORD_DEVELOPER_NAME": "x" * 33},
     "at most 32 characters"),
    ({"MicrosoftAppId": BOT_ID, "ACCORD_DOMAIN": "a.example.com", "BOARD_APP_ID_URI": f"api://b.example.com/{BOT_ID}"},
     "BOARD_APP_ID_URI must be api://a.example.com/"),
    ({"MicrosoftAppId": BOT_ID, "ACCORD_DOMAIN": "a.example.com", "BOARD_APP_ID_URI": "api://a.example.com/board"},
     "BOARD_APP_ID_URI must be api://a.example.com/"),
])
def test_settings_teams_would_reject_are_refused_by_name(env, complaint):
    with pytest.raises(PackageError, match=re.escape(complaint)):
        identity(env)


def test_settings_come_from_the_environment_then_the_env_file(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text(f"MicrosoftAppId={BOT_ID}\nACCORD_DOMAIN=from-file.example.com\n")
    values = settings({"ACCORD_DOMAIN": "from-env.example.com"}, env_file)
    assert identity(values).bot_id == BOT_ID and identity(values).domain == "from-env.example.com"


def test_a_missing_setting_fails_the_build_with_one_clear_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("MicrosoftAppId", "")  # the environment wins over any developer .env
    monkeypatch.setenv("ACCORD_DOMAIN", "accord.example.com")
    assert main(["--out", str(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith("accord package: MicrosoftAppId must be the Azure Bot's app id")
    assert not (tmp_path / "accord-app.zip").exists()


def test_the_zip_holds_the_manifest_and_icons_at_its_root_and_builds_reproducibly(package, tmp_path):
    archive = package / "accord-app.zip"
    with zipfile.ZipFile(archive) as zipped:
        assert sorted(zipped.namelist()) == ["color.png", "manifest.json", "outline.png"]
        for name in zipped.namelist():
            assert zipped.read(name) == (package / "accord-app" / name).read_bytes()
    assert build_package(tmp_path, identity(ENV), COMMANDS).read_bytes() == archive.read_bytes()


def test_the_colour_icon_is_a_designed_192_pixel_square(package, manifest):
    icon = Image.open(package / "accord-app" / manifest["icons"]["color"])
    assert (icon.format, icon.size) == ("PNG", (192, 192))
    pixels = icon.convert("RGBA")
    assert all(pixels.getpixel(corner)[3] == 255 for corner in ((0, 0), (191, 0), (0, 191), (191, 191)))
    colours = pixels.getcolors(192 * 192)
    assert len(colours) > 20  # a drawn mark with smooth edges, not a flat placeholder
    brand = manifest["accentColor"].lstrip("#")
    assert pixels.getpixel((0, 0))[:3] == tuple(int(brand[i:i + 2], 16) for i in (0, 2, 4))
    assert any(rgba[:3] == (255, 255, 255) for _, rgba in colours)


def test_the_outline_icon_is_white_on_transparent_at_32_pixels(package, manifest):
    icon = Image.open(package / "accord-app" / manifest["icons"]["outline"])
    assert (icon.format, icon.size, icon.mode) == ("PNG", (32, 32), "RGBA")
    pixels = [icon.getpixel((x, y)) for x in range(32) for y in range(32)]
    assert all(rgba[:3] == (255, 255, 255) for rgba in pixels if rgba[3] > 0), "only white may show"
    transparent = sum(rgba[3] == 0 for rgba in pixels)
    solid = sum(rgba[3] == 255 for rgba in pixels)
    assert transparent > 300 and solid > 60  # a real mark on a real transparent background
    assert all(icon.getpixel(corner)[3] == 0 for corner in ((0, 0), (31, 0), (0, 31), (31, 31)))


def test_each_scope_gets_a_menu_of_commands_that_work_there(manifest):
    lists = manifest["bots"][0]["commandLists"]
    assert sorted(scope for entry in lists for scope in entry["scopes"]) == sorted(SCOPES)
    for entry in lists:
        assert 0 < len(entry["commands"]) <= MAX_COMMANDS
        assert entry["commands"][0]["title"] == "help"
        for item in entry["commands"]:
            assert len(item["title"]) <= MAX_TITLE and 0 < len(item["description"]) <= MAX_DESCRIPTION
            (command,) = [c for c in COMMANDS if c.usage.startswith(item["title"]) and
                          item["description"] in (c.summary, description(c.summary))]
            assert all(SCOPES[scope] in command.scopes for scope in entry["scopes"])


def test_a_command_is_left_off_a_menu_only_when_the_menu_is_full(manifest):
    for entry in manifest["bots"][0]["commandLists"]:
        for scope in entry["scopes"]:
            usable = [c for c in COMMANDS if SCOPES[scope] in c.scopes]
            assert len(entry["commands"]) == min(len(usable), MAX_COMMANDS)


def test_the_menu_priority_names_only_real_commands():
    usages = {c.usage for c in COMMANDS}
    assert [u for u in MENU_PRIORITY if u not in usages] == []
    assert len(MENU_PRIORITY) == len(set(MENU_PRIORITY))


@pytest.mark.parametrize("usage, expected", [
    ("help", "help"),
    ("sanction EMAIL until DATE [TEXT]", "sanction EMAIL until DATE [TEXT]"),  # exactly 32
    ("refer NAME at CLIENT to @MEMBER [note]", "refer NAME at CLIENT to @MEMBER"),
    ("x" * 40, "x" * 32),
])
def test_menu_titles_keep_whole_words_within_32_characters(usage, expected):
    assert title(usage) == expected


@pytest.mark.parametrize("summary, expected", [
    ("Short.", "Short."),
    ("Plan a BD approach; Accord checks who holds the client before anything is recorded (also: approach NAME "
     "<EMAIL> at CLIENT: note; approach alone for a form).",
     "Plan a BD approach; Accord checks who holds the client before anything is recorded."),
    ("word " * 40, "word " * 24 + "word…"),
    ("x" * 200, "x" * 127 + "…"),
])
def test_menu_descriptions_keep_whole_clauses_within_128_characters(summary, expected):
    assert description(summary) == expected
    assert len(description(summary)) <= MAX_DESCRIPTION


def test_the_compose_box_search_is_the_one_the_bot_answers(manifest):
    (extension,) = manifest["composeExtensions"]
    (command,) = extension["commands"]
    assert (command["id"], command["type"], command["context"]) == ("findClient", "query", ["compose", "commandBox"])
    assert command["initialRun"] is False  # the bot answers an empty query with no results
    (parameter,) = command["parameters"]
    # What Teams sends when someone types in the box, built from the manifest's own names.
    invoke = {"commandId": command["id"], "parameters": [{"name": parameter["name"], "value": "ClientCorp"}],
              "queryOptions": {"skip": 0, "count": 25}}
    assert _search_value(invoke) == {"command": "findClient", "query": "ClientCorp"}
    assert parameter["name"] == "query"


def test_the_board_is_a_personal_tab_and_a_channel_tab_with_teams_sso(manifest):
    board = "https://accord.network.example/board/"
    assert manifest["staticTabs"][0] == {"entityId": "conversations", "scopes": ["personal"]}  # the chat stays first
    assert manifest["staticTabs"][1]["contentUrl"] == board and manifest["staticTabs"][1]["scopes"] == ["personal"]
    assert manifest["configurableTabs"][0]["configurationUrl"] == board + "config.html"
    assert manifest["webApplicationInfo"] == {"id": BOT_ID,
                                              "resource": f"api://accord.network.example/botid-{BOT_ID}"}
    assert (ROOT / "board" / "config.html").exists() and (ROOT / "board" / "index.html").exists()


def test_a_separate_sso_registration_names_its_own_app_id(tmp_path):
    done = build(tmp_path, **{**ENV, "BOARD_APP_ID_URI": f"api://accord.network.example/{APP_ID}"})
    assert done.returncode == 0, done.stderr
    found = json.loads((tmp_path / "accord-app" / "manifest.json").read_text())["webApplicationInfo"]
    assert found == {"id": APP_ID, "resource": f"api://accord.network.example/{APP_ID}"}
