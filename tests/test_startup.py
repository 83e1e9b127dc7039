"""`python app.py` as an operator runs it: a bad setting stops it with one line; anonymous mode warns and serves."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(**env: str) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("Microsoft", "TO_BOT", "TO_CHANNEL"))}
    return {**base, **env}


def test_a_bad_setting_stops_start_up_with_one_line(tmp_path):
    result = subprocess.run([sys.executable, str(ROOT / "app.py")], capture_output=True, text=True, timeout=60,
                            cwd=tmp_path, env=environment(MicrosoftAppType="Federated"))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("accord: MicrosoftAppType: must be one of")


def test_anonymous_mode_warns_and_serves_until_stopped(tmp_path, database_url):
    port = free_port()
    process = subprocess.Popen([sys.executable, str(ROOT / "app.py")], cwd=tmp_path, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=environment(PORT=str(port), HOST="127.0.0.1", DATABASE_URL=database_url))
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
                    assert response.status == 200
                    break
            except OSError:
                assert process.poll() is None, process.stderr.read()
                assert time.monotonic() < deadline, "the bot did not start listening"
                time.sleep(0.2)
    finally:
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=30)
    assert "anonymous development mode" in stderr
    assert process.returncode == 0, stderr
