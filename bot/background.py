"""What Accord's background loops (the outbox sender, the roster reader) share."""

from __future__ import annotations

import asyncio


async def idle(wake: asyncio.Event, seconds: float) -> None:
    """Wait until `wake` is set or `seconds` pass, whichever is first; a cancellation always ends the wait."""
    # Not asyncio.wait_for: on Python 3.11 it swallows a cancellation that arrives as the event is set, and the loop it
    # sleeps in then outlives stop() (gh-86296), hanging the app's shutdown.
    try:
        async with asyncio.timeout(seconds):
            await wake.wait()
    except TimeoutError:
        pass
