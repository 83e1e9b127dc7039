"""`accord demo` and `accord playground`: a small sample network and the Microsoft 365 Agents Playground, so that
someone new talks to Accord in a browser within minutes of cloning it.

The sample is demo/*.csv (read by the same import as a CRM export) plus a quote, an enquiry and a BD approach, each
keyed so that loading twice changes nothing. The Playground's people (.m365agentsplayground.yml) are its members.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
from sqlmodel import Session

from bot import imports, relationship_import
from bot.clients import ClientIndex
from bot.services import approaches, enquiries, quotes
from bot.settings import Settings
from cards.approaches import Target
from storage.approaches import approaches_of
from storage.members import member_by_email
from storage.registry import client_by_external_id

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "demo"
PLAYGROUND = ROOT / "node_modules" / ".bin" / "agentsplayground"
PLAYGROUND_CONFIG = ROOT / ".m365agentsplayground.yml"
PLAYGROUND_PORT = 56150  # the Playground's usual port; when it is busy the Playground quietly takes another
STARTUP = 60.0  # seconds the Playground may take to start (node, on a busy machine)
_LISTENING = re.compile(rb"Listening on (\d+)")

YOU = "alex.morgan@contoso.example"  # the Playground's current user: whoever types in its browser window
BD = "casey.okafor@contoso.example"
# A fixed moment: the platform's events are applied once per (id, event, at).
QUOTE = quotes.PlatformEvent("DEMO-Q-1", "created", datetime(2026, 10, 5, 9, 0, tzinfo=UTC), YOU,
                             "Wayne Enterprises", value_cents=4_500_000, currency="AUD", tender=False, splits=())
ENQUIRY_KEY = "demo:enquiry:1"
APPROACHED, APPROACH_NOTE = "D-003", "An intro call about their data platform."


class DemoError(RuntimeError):
    """The demo cannot run: the message says why and what to do."""


def load(session: Session, settings: Settings, now: datetime) -> list[str]:
    """Load the sample network; one line per part saying what changed (nothing, the second time)."""
    clients = ClientIndex()
    lines = [_import(session, settings, kind, now) for kind in ("members", "clients", "flags")]
    quoted = quotes.receive(session, settings, clients, QUOTE, now)
    if quoted.errors:
        raise DemoError(f"the sample quote was refused: {quoted.errors}")
    lines.append(f"quote: {'1 created' if quoted.new else 'unchanged'}")
    _, created = enquiries.receive(session, settings, clients, _enquiry(now))
    lines.append(f"enquiry: {'1 created' if created else 'unchanged'}")
    lines.append(f"approach: {'1 created' if _approach(session, settings) else 'unchanged'}")
    lines.append(_relationships(session, settings))
    return lines


def _relationships(session: Session, settings: Settings) -> str:
    """demo/relationships.csv, exactly as `accord import relationships demo/relationships.csv` reads it."""
    good, bad, _ = relationship_import.check(session, (SAMPLE / "relationships.csv").read_bytes(), settings.zone)
    if bad:
        raise DemoError("; ".join(e.render("demo/relationships.csv") for e in bad))
    done = relationship_import.write(session, good)
    return f"relationships: {done['new']} declared, {done['unchanged']} unchanged"


def _import(session: Session, settings: Settings, kind: str, now: datetime) -> str:
    """One sample file through the CRM import, exactly as `accord import KIND demo/KIND.csv` reads it."""
    spec = imports.SPECS[kind]
    parsed = imports.parse_file(spec, (SAMPLE / f"{kind}.csv").read_bytes(), settings.zone)
    plan = imports.make_plan(spec, parsed, imports.load_snapshot(session), imports.Context(now, settings.zone))
    if isinstance(plan, list):
        raise DemoError(f"demo/{kind}.csv: " + "; ".join(e.render(f"demo/{kind}.csv") for e in plan))
    imports.apply_plan(session, spec, plan, f"import:demo/{kind}.csv", imports.Progress(kind, 0))
    session.flush()
    return f"{kind}: {imports.summary(plan, dry_run=False)}"


def _enquiry(now: datetime) -> enquiries.Incoming:
    """A website enquiry from a do-not-approach contact, received now: 'enquiries' lists the last 14 days."""
    return enquiries.Incoming(ENQUIRY_KEY, "web", now, "Jane Roe", person_email="jane.roe@acme.example",
                              company="Acme Holdings", message="Could we talk about next year's leadership programme?")


def _approach(session: Session, settings: Settings) -> bool:
    """BD's planned approach to a client nobody holds, unless BD has one there already; True if recorded."""
    bd, target = member_by_email(session, BD), client_by_external_id(session, APPROACHED)
    mine, _ = approaches_of(session, bd.id, 100)
    if any(row.client_id == target.id for row in mine):
        return False
    approaches.record(session, settings, bd.id, Target(target.id, target.name, note=APPROACH_NOTE), by=bd.id)
    return True


@dataclass
class Playground:
    """The Agents Playground in its own process group, talking to the bot at `endpoint`."""

    endpoint: str
    port: int | None = None  # None: PLAYGROUND_PORT
    workdir: Path = ROOT
    process: asyncio.subprocess.Process | None = None

    @property
    def output(self) -> Path:
        """Where its console output goes (its own log is devTools/m365agentsplayground.log beside it)."""
        return self.workdir / "devTools" / "playground.stdout.log"

    async def start(self) -> None:
        """Start it and wait until its API answers; `port` is then the one it took."""
        if not PLAYGROUND.exists():
            raise DemoError("the Agents Playground is not installed: 'make demo' or 'make playground' installs it "
                            "(npm ci)")
        self.output.parent.mkdir(parents=True, exist_ok=True)
        with self.output.open("wb") as out:
            self.process = await asyncio.create_subprocess_exec(
                str(PLAYGROUND), "-e", self.endpoint, "-c", "msteams",
                "-p", str(PLAYGROUND_PORT if self.port is None else self.port),
                "--disable-telemetry",
                cwd=self.workdir, env=playground_environment(), stdin=asyncio.subprocess.DEVNULL, stdout=out,
                stderr=asyncio.subprocess.STDOUT, start_new_session=True)  # its own group: stop() ends node's children
        self.port = await self._listening()
        await self._answering()

    async def _listening(self) -> int:
        for _ in _ticks():
            found = _LISTENING.search(self.output.read_bytes())
            if found:
                return int(found[1])
            if self.process.returncode is not None:
                break
            await asyncio.sleep(0.1)
        raise DemoError(f"the Agents Playground did not start: {self._why()}")

    async def _answering(self) -> None:
        # "Listening" comes before it reads its config; a bad config makes it exit a moment later.
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as http:
            for _ in _ticks():
                if self.process.returncode is not None:
                    break
                with contextlib.suppress(aiohttp.ClientError, TimeoutError):
                    async with http.get(f"http://127.0.0.1:{self.port}/_debug/ping") as answer:
                        if answer.status == 200:
                            return
                await asyncio.sleep(0.1)
        raise DemoError(f"the Agents Playground stopped: {self._why()}")

    def _why(self) -> str:
        said = self.output.read_text(errors="replace").strip().splitlines()[-3:] if self.output.exists() else []
        log = self.workdir / "devTools" / "m365agentsplayground.log"
        return f"{' / '.join(said) or 'no output'} (details in {log})"

    async def stop(self) -> None:
        """End it and everything it started; safe to call twice."""
        process, self.process = self.process, None
        if process is None or process.returncode is not None:
            return
        for sig in (signal.SIGTERM, signal.SIGKILL):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, sig)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(process.wait(), 5)
                return


def _ticks():
    """A tenth of a second at a time, for STARTUP seconds."""
    return range(int(STARTUP * 10))


def playground_environment() -> dict[str, str]:
    """The environment for the Playground: its mock tenant, and no browser where there is no screen."""
    env = {**os.environ, "M365_AGENTS_PLAYGROUND_CONFIG_PATH": str(PLAYGROUND_CONFIG)}
    # On a machine without a display the Playground tries to open a browser and exits without a word.
    if sys.platform.startswith("linux") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env.setdefault("TEAMSAPPTESTER_BROWSER", "none")
    return env


def bot_endpoint(settings: Settings) -> str:
    """Where the Playground reaches the bot: the loopback address, which node never resolves to IPv6."""
    host = "127.0.0.1" if settings.host in ("0.0.0.0", "::", "", "localhost") else settings.host
    return f"http://{host}:{settings.port}/api/messages"


def banner(settings: Settings, playground_port: int, *, demo: bool) -> str:
    """What to open and what to type, once the bot and the Playground are up."""
    from app import endpoint, started  # the web app's imports are heavy: only when serving

    opened = f"Agents Playground: open http://localhost:{playground_port} in a browser."
    if not demo:
        return f"{opened}\nIt talks to the bot at {endpoint(settings)}. Stop with Ctrl+C."
    return "\n".join([
        *started(settings).splitlines()[:2], opened,
        "You are Alex Morgan, a partner. Type: who owns Acme · help · dna list · enquiries",
        f"Another role: .venv/bin/accord members set-role {YOU} bd (or director, admin, partner); no restart needed.",
        "Stop with Ctrl+C."])


def run(settings: Settings, playground_port: int | None) -> int:
    """Serve the bot and the Playground together until Ctrl+C."""
    from app import create_app, serve

    playground = Playground(bot_endpoint(settings), playground_port)
    app = create_app(settings)

    async def start_playground(_app) -> None:
        await playground.start()

    async def stop_playground(_app) -> None:
        await playground.stop()

    app.on_startup.append(start_playground)
    app.on_cleanup.append(stop_playground)
    try:
        serve(settings, app, lambda: print(banner(settings, playground.port, demo=True), flush=True))
    except DemoError as exc:
        print(f"accord: {exc}", file=sys.stderr)
        return 1
    return 0


def run_playground(settings: Settings, playground_port: int | None) -> int:
    """The Playground alone, for a bot already running (`make run`), until Ctrl+C."""
    playground = Playground(bot_endpoint(settings), playground_port)

    async def until_stopped() -> None:
        stop = asyncio.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            asyncio.get_running_loop().add_signal_handler(sig, stop.set)
        try:
            await playground.start()
            print(banner(settings, playground.port, demo=False), flush=True)
            await stop.wait()
        finally:
            await playground.stop()

    try:
        asyncio.run(until_stopped())
    except DemoError as exc:
        print(f"accord: {exc}", file=sys.stderr)
        return 1
    return 0
