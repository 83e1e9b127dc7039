"""Build the Teams app package: the manifest from its template, the environment and the command table, plus icons.

    MicrosoftAppId=<bot app id> ACCORD_DOMAIN=accord.example.com .venv/bin/python -m manifest.build [--out build]

Writes <out>/accord-app/manifest.json (with the icons beside it) and <out>/accord-app.zip, ready to upload.
Settings come from the environment, then from .env; see the README's "Connect to Teams".
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys
import tomllib
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from dotenv import dotenv_values

from bot.commands import COMMANDS
from bot.router import Command

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TEMPLATE = HERE / "manifest.template.json"
ICONS = ("color.png", "outline.png")
# Accord's Teams app id when ACCORD_APP_ID is not set. Keep it stable: Teams knows an app, its installs and its
# updates by this id. A second installation in the same tenant (a test bot, say) needs its own.
DEFAULT_APP_ID = "6a0f3f0e-5a7c-4b8e-9d61-2c4f7e9b1a53"
# Teams shows at most 10 commands per menu; longer titles and descriptions are cut off.
MAX_COMMANDS, MAX_TITLE, MAX_DESCRIPTION = 10, 32, 128
# Where a command works (bot/rules/access.py) and the manifest's name for that scope, in manifest order.
SCOPES = {"personal": "personal", "channel": "team", "groupChat": "groupChat"}

# The menus' order, and their choice when a scope has more than MAX_COMMANDS commands: commands named here come
# first, in this order; any other command follows in table order while there is room. Everything stays in the help
# card. First what everyone asks, then what most people do often, then the rarer and role-specific commands.
MENU_PRIORITY = [
    "help",
    "who owns CLIENT",
    "set partner channel",
    "enquiries",
    "approaches",
    "dna add NAME <EMAIL> at CLIENT",
    "refer NAME at CLIENT to @MEMBER [note]",
    "referrals",
    "approach CLIENT [note]",
    "quote CLIENT VALUE [tender]",
    "fees",
    "digest",
    "dispute",
    "disputes",
    "log enquiry",
    "quotes",
    "my approaches",
    "dna list",
]

_GUID = re.compile(r"[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
_HOST = re.compile(r"(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}")
_SEMVER = re.compile(r"(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)")


class PackageError(ValueError):
    """A setting Teams would reject; the message names it and says why."""


@dataclass(frozen=True)
class Identity:
    """What makes this installation's package its own: ids, domain, version and publisher."""

    bot_id: str
    app_id: str
    domain: str
    version: str
    developer: str
    website_url: str
    privacy_url: str
    terms_url: str
    sso_resource: str = ""  # the board tab's SSO: the Entra app id URI its tokens are for (BOARD_APP_ID_URI)


def settings(environ: Mapping[str, str], env_file: Path | None = ROOT / ".env") -> dict[str, str]:
    """The environment over the values in .env, as the bot itself reads them."""
    found = dotenv_values(env_file) if env_file and env_file.exists() else {}
    return {k: v for k, v in found.items() if v is not None} | dict(environ)


def identity(values: Mapping[str, str]) -> Identity:
    """The package's identity from settings, refusing anything Teams would reject."""
    bot_id = values.get("MicrosoftAppId", "").strip()
    if not _GUID.fullmatch(bot_id):
        raise PackageError(f"MicrosoftAppId must be the Azure Bot's app id (a GUID), not {bot_id!r}")
    app_id = values.get("ACCORD_APP_ID", "").strip() or DEFAULT_APP_ID
    if not _GUID.fullmatch(app_id):
        raise PackageError(f"ACCORD_APP_ID must be a GUID, not {app_id!r}")
    domain = re.sub(r"^https?://", "", values.get("ACCORD_DOMAIN", "").strip()).split("/")[0].lower()
    if not _HOST.fullmatch(domain):
        raise PackageError(f"ACCORD_DOMAIN must be the host name Accord is served on, such as accord.example.com, "
                           f"not {values.get('ACCORD_DOMAIN', '')!r}")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    if not _SEMVER.fullmatch(version):
        raise PackageError(f"the version in pyproject.toml must be MAJOR.MINOR.PATCH for Teams, not {version!r}")
    developer = values.get("ACCORD_DEVELOPER_NAME", "").strip() or "Accord"
    if len(developer) > 32:
        raise PackageError(f"ACCORD_DEVELOPER_NAME must be at most 32 characters, not {len(developer)}")
    return Identity(bot_id, app_id, domain, version, developer, _url(values, "ACCORD_WEBSITE_URL", domain, "/"),
                    _url(values, "ACCORD_PRIVACY_URL", domain, "/privacy"),
                    _url(values, "ACCORD_TERMS_URL", domain, "/terms"), _sso_resource(values, domain, bot_id))


def _sso_resource(values: Mapping[str, str], domain: str, bot_id: str) -> str:
    """The board's SSO app id URI: api://<ACCORD_DOMAIN>/<app id>, as Teams requires for a tab on that domain."""
    # With the bot's own registration (the default), Microsoft asks for api://<domain>/botid-<app id>.
    resource = values.get("BOARD_APP_ID_URI", "").strip() or f"api://{domain}/botid-{bot_id}"
    found = re.fullmatch(r"api://([^/]+)/(?:botid-)?(.+)", resource)
    if not found or found.group(1) != domain or not _GUID.fullmatch(found.group(2)):
        raise PackageError(f"BOARD_APP_ID_URI must be api://{domain}/<the Entra app id, a GUID> (or "
                           f"api://{domain}/botid-<app id> for the bot's own registration), not {resource!r}")
    return resource


def _url(values: Mapping[str, str], key: str, domain: str, path: str) -> str:
    url = values.get(key, "").strip() or f"https://{domain}{path}"
    if not url.startswith("https://"):
        raise PackageError(f"{key} must be an https:// address, not {url!r}")
    return url


def menu(commands: Iterable[Command], scope: str) -> list[Command]:
    """The commands a scope's menu shows: those usable there, by MENU_PRIORITY then table order, at most 10."""
    usable = [c for c in commands if scope in c.scopes]
    rank = {usage: i for i, usage in enumerate(MENU_PRIORITY)}
    ordered = sorted(usable, key=lambda c: (rank.get(c.usage, len(rank)), usable.index(c)))
    return ordered[:MAX_COMMANDS]


def command_lists(commands: list[Command]) -> list[dict]:
    """One command list per distinct menu, naming every scope that shows it."""
    lists: dict[tuple[str, ...], dict] = {}
    for ours, theirs in SCOPES.items():
        chosen = menu(commands, ours)
        if not chosen:
            continue
        entry = lists.setdefault(tuple(c.usage for c in chosen), {
            "scopes": [],
            "commands": [{"title": title(c.usage), "description": description(c.summary)} for c in chosen],
        })
        entry["scopes"].append(theirs)
    return list(lists.values())


def title(usage: str) -> str:
    """The usage as a menu title: whole words up to Teams' limit (picking it types the title into the box)."""
    if len(usage) <= MAX_TITLE:
        return usage
    words = usage[:MAX_TITLE + 1].rsplit(" ", 1)[0]
    return words[:MAX_TITLE]


def description(summary: str) -> str:
    """The summary as a menu description: whole clauses up to Teams' limit, else whole words and an ellipsis."""
    if len(summary) <= MAX_DESCRIPTION:
        return summary
    clauses = [m.start() for m in re.finditer(r" \(|[;:.,] ", summary)
               if MAX_DESCRIPTION // 3 <= m.start() < MAX_DESCRIPTION and _balanced(summary[:m.start()])]
    if clauses:
        return summary[:clauses[-1]] + "."
    return summary[:MAX_DESCRIPTION].rsplit(" ", 1)[0][:MAX_DESCRIPTION - 1].rstrip(" ;:,.") + "…"


def _balanced(text: str) -> bool:
    return text.count("(") == text.count(")")


def manifest(who: Identity, commands: list[Command]) -> dict:
    """The manifest: the template with this installation's identity and the command menus filled in."""
    result = json.loads(TEMPLATE.read_text(encoding="utf-8"))
    result["version"], result["id"] = who.version, who.app_id
    result["developer"] = {"name": who.developer, "websiteUrl": who.website_url, "privacyUrl": who.privacy_url,
                           "termsOfUseUrl": who.terms_url}
    result["bots"][0]["botId"] = result["composeExtensions"][0]["botId"] = who.bot_id
    result["bots"][0]["commandLists"] = command_lists(commands)
    result["validDomains"] = [who.domain]
    board = f"https://{who.domain}/board/"
    for tab in result["staticTabs"]:
        if tab["entityId"] == "board":
            tab["contentUrl"], tab["websiteUrl"] = board, board
    result["configurableTabs"][0]["configurationUrl"] = f"{board}config.html"
    result["webApplicationInfo"] = {"id": who.sso_resource.rsplit("/", 1)[1].removeprefix("botid-"),
                                    "resource": who.sso_resource}
    return result


def package(out: Path, who: Identity, commands: list[Command]) -> Path:
    """Write the manifest and icons to out/accord-app/ and zip them, reproducibly, into out/accord-app.zip."""
    folder = out / "accord-app"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "manifest.json").write_text(json.dumps(manifest(who, commands), indent=2, ensure_ascii=False) + "\n",
                                          encoding="utf-8")
    for icon in ICONS:
        shutil.copyfile(HERE / icon, folder / icon)
    archive = out / "accord-app.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name in ("manifest.json", *ICONS):  # at the root of the zip, as Teams expects
            zipped.writestr(zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0)), (folder / name).read_bytes(),
                            compress_type=zipfile.ZIP_DEFLATED)
    return archive


def main(argv: list[str] | None = None) -> int:
    """`python -m manifest.build [--out DIR]`: build the package, or say which setting is wrong."""
    parser = argparse.ArgumentParser(description="Build Accord's Teams app package.")
    parser.add_argument("--out", type=Path, default=ROOT / "build", help="output folder (default: build)")
    args = parser.parse_args(argv)
    try:
        archive = package(args.out, identity(settings(os.environ)), COMMANDS)
    except PackageError as exc:
        print(f"accord package: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {archive}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
