"""`python app.py` and `make run` as an operator runs them: a bad setting or a busy port stops it with one line;
anonymous mode warns, serves, and says where and what next."""

from __future__ import annotations

import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from app import _running, event_loop
from storage.db import shown_url
from tests.support.botprocess import ROOT, BotProcess, clean_environment


def test_a_bad_setting_stops_start_up_with_one_line(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "app.py")], capture_output=True, text=True, timeout=60,
                            cwd=tmp_path, env=clean_environment(MicrosoftAppType="Federated"))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("accord: MicrosoftAppType: must be one of")


def test_anonymous_mode_warns_and_serves_until_stopped(tmp_path, database_url):
    bot = BotProcess(tmp_path, DATABASE_URL=database_url).start()
    try:
        with urllib.request.urlopen(f"{bot.url}/healthz", timeout=2) as response:
            assert response.status == 200
    finally:
        returncode = bot.stop()
    assert "anonymous development mode" in bot.log()
    assert returncode == 0, bot.log()


def test_it_says_where_it_listens_on_which_database_and_what_to_do_next(tmp_path, database_url):
    with BotProcess(tmp_path, DATABASE_URL=database_url) as bot:
        lines = bot.log().splitlines()
    assert f"Accord is running: {bot.url}/api/messages" in lines
    assert f"Database: {shown_url(database_url)}" in lines
    (following,) = [line for line in lines if line.startswith("Next: ")]
    assert "make playground" in following and "make demo" in following
    # The scheduler's own chatter (every job added, every run) is for LOG_LEVEL=DEBUG.
    assert "apscheduler" not in bot.log()


def test_the_scheduler_speaks_at_debug(tmp_path, database_url):
    with BotProcess(tmp_path, DATABASE_URL=database_url, LOG_LEVEL="DEBUG") as bot:
        pass
    assert "apscheduler.scheduler: Added job" in bot.log()


def test_make_run_on_a_busy_port_says_so_in_one_line(tmp_path):
    bin_dir = Path(sys.executable).parent
    with socket.socket() as busy:
        busy.bind(("0.0.0.0", 0))
        busy.listen()
        port = busy.getsockname()[1]
        # As a newcomer runs it, with the venv's install step taken as done.
        result = subprocess.run(["make", "-s", "--no-print-directory", "-C", str(ROOT), f"BIN={bin_dir}", "-o",
                                 f"{bin_dir}/.installed", "run", f"PORT={port}"], capture_output=True, text=True,
                                timeout=120, env=clean_environment(DATABASE_URL=f"sqlite:///{tmp_path / 'new.db'}"))
    assert result.returncode != 0
    assert result.stdout.splitlines()[0] == f"database created: sqlite:///{tmp_path / 'new.db'}"
    said = [line for line in result.stderr.splitlines() if line.startswith("accord:")]
    assert said == [f"accord: port {port} is in use: stop what listens there, or choose another port, "
                    f"e.g. PORT={port + 1}"]


async def test_background_pieces_stop_in_reverse_and_a_failed_start_stops_those_before_it():
    calls: list[str] = []

    def piece(name: str, fails: bool = False):
        def start():
            calls.append(f"start {name}")
            if fails:
                raise RuntimeError(f"{name} cannot start")

        async def stop():
            calls.append(f"stop {name}")
        return _running(start, stop)

    app = web.Application()
    app.cleanup_ctx.extend([piece("sender"), piece("roster")])
    async with TestServer(app):
        assert calls == ["start sender", "start roster"]
    assert calls[2:] == ["stop roster", "stop sender"]

    calls.clear()
    broken = web.Application()
    broken.cleanup_ctx.extend([piece("sender"), piece("mailbox", fails=True), piece("index")])
    runner = web.AppRunner(broken)  # as web.run_app runs an app: set up, and cleaned up whatever happened
    with pytest.raises(RuntimeError, match="mailbox cannot start"):
        try:
            await runner.setup()
        finally:
            await runner.cleanup()
    assert calls == ["start sender", "start mailbox", "stop sender"]


@pytest.mark.skipif(sys.platform == "win32", reason="uvloop does not install on Windows")
def test_the_bot_serves_on_uvloops_event_loop_where_it_installs():
    loop = event_loop()
    try:
        assert type(loop).__module__.split(".")[0] == "uvloop"
    finally:
        loop.close()
