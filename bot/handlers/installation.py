"""Install and uninstall events (the core has already recorded the conversation's state)."""

from bot.handlers.help import welcome
from bot.router import Context
from bot.turn import Reply


def installed(ctx: Context) -> list[Reply]:
    """Greet the conversation Accord was just added to, once per installation."""
    return welcome(ctx) if ctx.newly_installed else []


def uninstalled(ctx: Context) -> list[Reply]:
    """Say nothing: Accord can no longer write there."""
    return []


def roster_changed(ctx: Context) -> list[Reply]:
    """Members came or went, or the team was renamed: the core has asked for its roster to be read; say nothing."""
    return []
