"""Help: what the asker can do here, and its buttons that run a command or open a form holding one."""

import dataclasses

from bot.router import Command, Context
from bot.rules.access import may_use
from bot.turn import Reply
from cards.help import TASKS, TRIED, Task, help_card, try_card, welcome_card


def show_help(ctx: Context) -> list[Reply]:
    """The help card for this asker in this conversation: one row per task they can do here, then every command."""
    kind = ctx.turn.place.kind
    tasks, lines = help_for(ctx.router.available(ctx.member.role), kind)
    return [Reply(card=help_card(ctx.member.name, ctx.member.role, tasks, lines, public=kind != "personal"))]


def help_for(available: list[Command], kind: str) -> tuple[list[Task], list[tuple[str, str]]]:
    """From the commands someone may use: the task rows for this kind of chat, and every command with its summary."""
    tasks = [task for key, title in TASKS.items()
             if (task := _task(title, [c for c in available if c.group == key and kind in c.scopes]))]
    lines = [(c.usage, c.summary if kind in c.scopes else f"{c.summary} (in {_where(c.scopes)})") for c in available]
    return tasks, lines


def run(ctx: Context) -> list[Reply]:
    """A help card button: the command text it carries (or its form's box) runs as if the presser had typed it."""
    text = str(ctx.turn.value.get("text") or "").strip()[:TRIED]
    if not text:
        return show_help(ctx)
    # Through the router, so roles, places and once-only effects are checked exactly as for typed text.
    typed = dataclasses.replace(ctx, turn=dataclasses.replace(ctx.turn, text=text, value={}, verb=None), args={})
    replies = ctx.router.dispatch(typed)
    ctx.command = f"{ctx.command} -> {typed.command}"
    return replies


def try_form(ctx: Context) -> list[Reply]:
    """A help card button for a command that needs the asker's words: a form holding its example."""
    return [Reply(card=try_card(str(ctx.turn.value.get("text") or "help")))]


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


def _task(title: str, commands: list[Command]) -> Task | None:
    """The row of a task: its first command's example, run as is when it needs no words of the asker's."""
    if not commands:
        return None
    first = commands[0]
    return Task(title, first.example or first.usage, runs=first.example == first.usage and not first.effect)


def _where(scopes) -> str:
    return " or ".join(_PLACES[s] for s in sorted(scopes))


_PLACES = {"personal": "a personal chat with Accord", "groupChat": "a group chat", "channel": "a team channel"}
