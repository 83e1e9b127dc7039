"""Run Accord as operators do, `python app.py` in its own process, for end-to-end and crash tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from bot.webhooks import signature

ROOT = Path(__file__).resolve().parents[2]
ACCORD = str(Path(sys.executable).with_name("accord"))


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def clean_environment(**env: str) -> dict[str, str]:
    """This process's environment without any bot identity or cloud settings, plus `env`."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(("Microsoft", "TO_BOT", "TO_CHANNEL"))}
    return {**base, **env}


class BotProcess:
    """`python app.py` on a free port; started healthy, stopped gently or killed hard."""

    command: tuple[str, ...] = (sys.executable, str(ROOT / "app.py"))

    def __init__(self, workdir: Path, **env: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = clean_environment(PORT=str(self.port), HOST="127.0.0.1", **env)
        self.workdir = workdir
        self.log_path = workdir / f"bot-{self.port}.log"
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 30) -> BotProcess:
        """Start the bot and wait until /healthz answers."""
        log = self.log_path.open("a")
        self.process = subprocess.Popen(list(self.command), cwd=self.workdir, env=self.env,
                                        stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=2):
                    return self
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"the bot did not start:\n{self.log()}") from None
                time.sleep(0.1)

    def kill(self) -> None:
        """SIGKILL: no clean-up runs, as in a crash."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def stop(self) -> int | None:
        """SIGINT and wait, as an orchestrator stops a container."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()
        return self.process.returncode if self.process else None

    def log(self) -> str:
        """What the bot printed."""
        return self.log_path.read_text() if self.log_path.exists() else ""

    def __enter__(self) -> BotProcess:
        return self.start()

    def __exit__(self, *exc_info) -> None:
        self.stop()


def accord(*args: str, env: dict[str, str], cwd: Path, input: str | None = None) -> subprocess.CompletedProcess:
    """Run the `accord` console script (with `input` on its stdin)."""
    return subprocess.run([ACCORD, *args], capture_output=True, text=True, env=clean_environment(**env), cwd=cwd,
                          timeout=60, input=input)


def post_signed(url: str, body: bytes, secret: str | None) -> int:
    """POST a webhook body signed as the network's systems sign it (unsigned when `secret` is None); the status."""
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        stamp = str(int(time.time()))
        headers.update({"X-Accord-Timestamp": stamp, "X-Accord-Signature": signature(secret, stamp, body)})
    request = urllib.request.Request(url, data=body, method="POST", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
