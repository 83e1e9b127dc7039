"""The command and verb table: every chat command and card verb, and the handler it goes to."""

from bot.handlers import help, installation, partner_channel
from bot.router import Command, Router
from cards import verbs
from storage.models import Role

ADMINS = frozenset({Role.admin})

COMMANDS = [
    Command("help", "Show what you can do with Accord.", r"help|\?|what can (you|i) do", help.show_help),
    Command(
        "set partner channel",
        "Make this channel the one where Accord posts enquiries, approaches and the digest.",
        r"set (this as )?(the )?partner channel( here)?|make this the partner channel",
        partner_channel.set_partner_channel,
        roles=ADMINS,
        scopes=frozenset({"channel"}),
    ),
]

VERBS = {verbs.HELP: help.show_help}

EVENTS = {"install": installation.installed, "uninstall": installation.uninstalled}


def build_router() -> Router:
    """The router with every command, verb and event Accord handles."""
    return Router(COMMANDS, VERBS, EVENTS, fallback=help.show_help, refuse=help.refuse)
