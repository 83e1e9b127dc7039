"""What Accord logs: one line per turn (who, what it ran, how long), and the scheduler only at DEBUG."""

from __future__ import annotations

import logging
import re

import pytest

from bot.logs import configure_logging
from cards import verbs
from tests.conftest import make_settings
from tests.support.builders import SAM
from tests.support.turns import press, say

TURN = re.compile(r"turn: member \d+ \(partner\) (message|action) in personal ran (?P<ran>.+) in \d+ ms")


def turns(caplog) -> list[str]:
    """What each logged turn ran."""
    found = [TURN.fullmatch(r.getMessage()) for r in caplog.records if r.name == "bot.core"]
    return [m["ran"] for m in found if m]


async def test_each_turn_is_one_line_naming_who_what_and_how_long(accord, network, caplog):
    caplog.set_level(logging.INFO, logger="bot.core")
    await say(accord, "who owns ClientCorp", SAM)
    await press(accord, verbs.WHO_OWNS_REFRESH, SAM, client_id=network.clients["clientcorp"].id)
    await press(accord, verbs.HELP_RUN, SAM, text="enquiries")
    await say(accord, "what is the weather", SAM)
    assert turns(caplog) == ["who owns CLIENT", "whoOwns.refresh", "help.run -> enquiries", "unknown"]
    assert not any("ClientCorp" in r.getMessage() for r in caplog.records)  # what people type stays out


@pytest.fixture
def restored_logging():
    """Logging as pytest set it up, back after a test that configures it as the app does."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    loggers = {name: logging.getLogger(name).level for name in ("apscheduler", "msrest", "urllib3", "msal",
                                                                 "aiohttp.access", "alembic")}
    yield
    root.handlers[:], root.level = handlers, level
    for name, was in loggers.items():
        logging.getLogger(name).setLevel(was)


@pytest.mark.parametrize("level, scheduler", [("INFO", logging.WARNING), ("DEBUG", logging.DEBUG),
                                              ("ERROR", logging.ERROR)])
def test_the_scheduler_is_heard_only_at_debug(restored_logging, level, scheduler):
    configure_logging(make_settings(log_level=level))
    assert logging.getLogger("apscheduler").getEffectiveLevel() == scheduler
