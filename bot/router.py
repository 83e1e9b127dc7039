"""Maps what people type and the card verbs they press to handlers, after checking who they are."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from bot.clients import ClientIndex
from bot.rules.access import SCOPES, may_use, usable_here
from bot.settings import Settings
from bot.turn import Reply, Turn
from storage.handled import answered, remember
from storage.models import Member
from storage.types import utcnow


@dataclass
class Context:
    """Everything a handler needs for one turn: the turn, the asker, and the open transaction."""

    turn: Turn
    member: Member
    session: Session
    settings: Settings
    router: "Router"
    clients: ClientIndex
    args: dict[str, Any] = field(default_factory=dict)
    newly_installed: bool = False
    command: str = ""  # what the turn ran (a command's usage, a verb, an event), for the turn's log line


Handler = Callable[[Context], list[Reply]]


@dataclass(frozen=True)
class Command:
    """A chat command: how it is typed, what it does, who may use it and where."""

    usage: str
    summary: str
    pattern: str
    handler: Handler
    roles: frozenset[str] | None = None
    scopes: frozenset[str] = SCOPES
    effect: bool = False  # it changes something: a message Teams delivers twice runs once, answered the same twice
    group: str = ""  # the task the help card lists it under (cards/help.py TASKS); "" for help itself
    example: str = ""  # one plain example as typed, shown on the help card and run by its button

    def match(self, text: str) -> re.Match | None:
        """The match of this command against normalised text, if any."""
        return re.fullmatch(self.pattern, text, flags=re.IGNORECASE)


_AT_TAG = re.compile(r"<at>.*?</at>", re.IGNORECASE | re.DOTALL)
# Real tags only: "<john@clientcorp.com>" typed in a plain-text message is content, not markup.
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")


def normalise(text: str) -> str:
    """Command text without @mentions, markup, extra spaces or closing punctuation."""
    text = html.unescape(_HTML_TAG.sub(" ", _AT_TAG.sub(" ", text or "")))
    text = text.replace("\u00a0", " ")
    return " ".join(text.split()).strip(" ?!.")


class Router:
    """The table of commands and verbs, and the dispatch of a turn to one of them."""

    def __init__(
        self,
        commands: list[Command],
        verbs: dict[str, Handler],
        events: dict[str, Handler],
        fallback: Handler,
        refuse: Callable[[Context, Command], list[Reply]],
    ) -> None:
        self.commands = commands
        self.verbs = verbs
        self.events = events
        self.fallback = fallback
        self.refuse = refuse

    def dispatch(self, ctx: Context) -> list[Reply]:
        """Run the handler this turn asks for; unknown text gets the fallback (help)."""
        turn = ctx.turn
        if turn.event in self.events:
            ctx.command = turn.event
            return self.events[turn.event](ctx)
        verb = turn.verb or turn.value.get("verb")
        if verb:
            # Card data is whatever the client sent: anything but a known verb's name gets the help card.
            verb = verb if isinstance(verb, str) and verb in self.verbs else ""
            ctx.command = verb or "help"
            return self.verbs.get(verb, self.fallback)(ctx)
        return self._command(ctx)

    def _command(self, ctx: Context) -> list[Reply]:
        text = normalise(ctx.turn.text)
        for command in self.commands:
            found = command.match(text)
            if found:
                ctx.command = command.usage
                allowed = may_use(command.roles, ctx.member.role) and usable_here(command.scopes, ctx.turn.place.kind)
                if not allowed:
                    return self.refuse(ctx, command)
                # Alternative phrasings name their groups query, query2...: fold them into one argument.
                ctx.args = {k.rstrip("0123456789"): v for k, v in found.groupdict().items() if v is not None}
                return self._once(ctx, command) if command.effect else command.handler(ctx)
        ctx.command = "help"
        return self.fallback(ctx)

    def _once(self, ctx: Context, command: Command) -> list[Reply]:
        """Run a command with an effect once per Teams message; a redelivery gets the first answer again."""
        if not ctx.turn.activity_id:
            return command.handler(ctx)
        key = f"{ctx.member.id}:{ctx.turn.activity_id}"[:300]
        earlier = answered(ctx.session, key)
        if earlier is not None:
            return [Reply.from_record(r) for r in earlier]
        replies = command.handler(ctx)
        remember(ctx.session, key, [r.record() for r in replies], utcnow())
        return replies

    def available(self, role: str | None) -> list[Command]:
        """The commands this role may use, in table order."""
        return [c for c in self.commands if may_use(c.roles, role)]
