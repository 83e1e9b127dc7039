"""The container's start and health check, run here without Docker, and replicas migrating one schema together."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from storage.db import normalise_url
from storage.migrate import head_revision
from storage.schema import HEAD, pending
from tests.conftest import postgres_schema
from tests.support.botprocess import ROOT, clean_environment, free_port

BIN = Path(sys.executable).parent
LOCK = "SELECT pg_advisory_lock(hashtext('accord:migrations'))"


def healthcheck() -> str:
    """The command of the Dockerfile's HEALTHCHECK."""
    (command,) = re.findall(r"^HEALTHCHECK .*? CMD (.+)$", (ROOT / "Dockerfile").read_text(), re.MULTILINE)
    return command


def env(**values: str) -> dict[str, str]:
    """A container's environment: no bot identity or cloud settings, and the venv first on PATH."""
    return clean_environment(PATH=f"{BIN}{os.pathsep}{os.environ['PATH']}", **values)


def test_the_entrypoint_migrates_an_empty_database_then_serves_a_healthy_bot(tmp_path):
    port = free_port()
    url = f"sqlite:///{tmp_path / 'accord.db'}"
    (tmp_path / "app.py").symlink_to(ROOT / "app.py")  # the image's working directory; no developer .env there
    bot = subprocess.Popen(["sh", str(ROOT / "deploy" / "entrypoint.sh")], cwd=tmp_path, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, env=env(DATABASE_URL=url, PORT=str(port), HOST="127.0.0.1"))
    try:
        deadline = time.monotonic() + 60
        while True:
            assert bot.poll() is None, bot.stderr.read().decode()
            check = subprocess.run(["sh", "-c", healthcheck()], env=env(PORT=str(port)), capture_output=True,
                                   timeout=10, check=False)
            if check.returncode == 0:
                break
            assert time.monotonic() < deadline, check.stderr
            time.sleep(0.3)
        assert not pending(url)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as answer:
            assert answer.status == 200
    finally:
        bot.terminate()
        bot.wait(timeout=30)


def test_the_health_check_fails_when_nothing_answers():
    check = subprocess.run(["sh", "-c", healthcheck()], env=env(PORT=str(free_port())), capture_output=True,
                           timeout=10, check=False)
    assert check.returncode != 0


@pytest.mark.skipif(os.environ.get("ACCORD_TEST_DB") != "postgres", reason="replicas share PostgreSQL only")
def test_replicas_starting_together_migrate_one_at_a_time():
    with postgres_schema("accord_replicas") as url:
        lock_owner = create_engine(normalise_url(url), isolation_level="AUTOCOMMIT")
        try:
            with lock_owner.connect() as holder:
                holder.execute(text(LOCK))  # a replica already migrating
                replicas = [subprocess.Popen([str(BIN / "accord"), "db", "upgrade"], env=env(DATABASE_URL=url),
                                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for _ in range(2)]
                deadline = time.monotonic() + 60
                while holder.execute(text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
                                     ).scalar() < 2:
                    assert all(r.poll() is None for r in replicas), "a replica did not wait for the one migrating"
                    assert time.monotonic() < deadline
                    time.sleep(0.2)
                holder.execute(text("SELECT pg_advisory_unlock(hashtext('accord:migrations'))"))
        finally:
            lock_owner.dispose()
        for replica in replicas:
            assert replica.wait(timeout=60) == 0, replica.stderr.read().decode()
        assert not pending(url)


def test_the_schema_the_bot_checks_at_start_is_alembics_newest_migration():
    assert HEAD == head_revision("sqlite://")


def test_serving_does_not_load_the_migration_tool():
    # Alembic and its templates cost the bot about 10 MB; only `accord db upgrade` needs them.
    code = ("import sys, app; from bot.settings import Settings; app.create_app(Settings(database_url='sqlite://')); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))")
    loaded = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env(), capture_output=True, text=True,
                            check=True)
    assert loaded.stdout.strip() == "[]"
