"""Help: what the asker can do here."""

from bot.router import Command, Context
from bot.rules.access import may_use
from bot.turn import Reply
from cards.help import help_card, welcome_card


def show_help(ctx: Context) -> list[Reply]:
    """The help card for this asker in this conversation."""
    kind = ctx.turn.place.kind
    lines = [
        (c.usage, c.summary if kind in c.scopes else f"{c.summary} (in {_where(c.scopes)})")
        for c in ctx.router.available(ctx.member.role)
    ]
    return [Reply(card=help_card(ctx.member.name, ctx.member.role, lines))]


def welcome(ctx: Context) -> list[Reply]:
    """The greeting after Accord is installed somewhere."""
    return [Reply(card=welcome_card(ctx.turn.place.kind))]


def refuse(ctx: Context, command: Command) -> list[Reply]:
    """A polite no: first who may run the command, then where it works."""
    if not may_use(command.roles, ctx.member.role):
        roles = " or ".join(sorted(f"{r}s" for r in command.roles or ()))
        return [Reply(text=f"Sorry, only {roles} can use '{command.usage}'. "
                           "An admin can give you a role if you need one.")]
    return [Reply(text=f"'{command.usage}' works in {_where(command.scopes)}.")]


def _where(scopes) -> str:
    return " or ".join(_PLACES[s] for s in sorted(scopes))


_PLACES = {"personal": "a personal chat with Accord", "groupChat": "a group chat", "channel": "a team channel"}
