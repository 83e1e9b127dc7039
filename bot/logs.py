"""Logging set-up: readable text for people, JSON lines for log collectors."""

import logging
import sys

from pythonjsonlogger.json import JsonFormatter

from bot.settings import Settings


def configure_logging(settings: Settings) -> None:
    """Send every log record to stderr in the configured format and level."""
    handler = logging.StreamHandler(sys.stderr)
    if settings.log_format == "json":
        handler.setFormatter(JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s", timestamp=True))
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level)
    # msrest and urllib3 log every HTTP exchange at INFO, drowning what Accord itself says.
    for noisy in ("msrest", "urllib3", "msal", "aiohttp.access", "alembic"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
    # The scheduler announces every job it adds and every run: detail for LOG_LEVEL=DEBUG, not news at INFO.
    scheduler = logging.DEBUG if root.level <= logging.DEBUG else max(logging.WARNING, root.level)
    logging.getLogger("apscheduler").setLevel(scheduler)
