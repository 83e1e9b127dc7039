"""The background loops stop when asked, whatever they were doing: a stop that hangs hangs the app's shutdown."""

from __future__ import annotations

import asyncio

import pytest

from bot.connector import Connector
from bot.outbox import Sender
from bot.roster import RosterReader
from bot.tokens import AppTokens
from tests.conftest import cloud_settings


@pytest.fixture
def settings(trusted_cloud, database_url):
    return cloud_settings(trusted_cloud, database_url)


@pytest.mark.parametrize("kind", [Sender, RosterReader])
async def test_a_loop_woken_as_it_is_stopped_still_stops(kind, settings, db):
    connector = Connector(AppTokens(settings), anonymous=False, timeout=settings.send_timeout)
    loop = kind(db, connector, settings, idle_poll=60)  # asleep until woken: nothing is due
    await loop.start()
    try:
        await asyncio.sleep(1)  # its first look finds nothing, and it waits
        # A delivery finishing wakes the sender; a team installed wakes the reader. Either may coincide with a stop.
        loop.wake()
        await asyncio.wait_for(loop.stop(), timeout=5)
    finally:
        await connector.close()
