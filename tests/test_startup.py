"""`python app.py` as an operator runs it: a bad setting stops it with one line; anonymous mode warns and serves."""

from __future__ import annotations

import subprocess
import sys
import urllib.request

from tests.botprocess import ROOT, BotProcess, clean_environment


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
