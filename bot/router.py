"""Maps what people type and the card verbs they press to handlers, after checking who they are."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from bot.clients import ClientIndex
from bot.rules.access import SCOPES, Viewer, may_use, usable_here
from bot.rules.matching import Match
from bot.rules.understanding import RUN, Decision, Permission, decide, read, tokens
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
    router: Router
    clients: ClientIndex
    args: dict[str, Any] = field(default_factory=dict)
    newly_installed: bool = False
    command: str = ""  # what the turn ran (a command's usage, a verb, an event), for the turn's log line
    decision: Decision | None = None  # how the message was understood, for the answers that are not a command
    matched: dict[str, Match] = field(default_factory=dict)  # clients found while understanding, by the text read

    @property
    def viewer(self) -> Viewer:
        """Who the answer is for: the asker in their personal chat; in a channel or group chat, everyone there."""
        return Viewer(self.member.id, self.member.role, public=self.turn.place.kind != "personal")


Handler = Callable[[Context], list[Reply]]


@dataclass(frozen=True)
class Command:
    """A chat command: how it is typed, what it does, who may use it and where."""

    usage: str
    summary: str
    intent: str  # what bot/rules/understanding reads a message as asking for (bot/rules/phrasings.py)
    handler: Handler
    roles: frozenset[str] | None = None
    scopes: frozenset[str] = SCOPES
    effect: bool = False  # it changes something: a message Teams delivers twice runs once, answered the same twice
    group: str = ""  # the task the help card lists it under (cards/help.py TASKS); "" for help itself
    example: str = ""  # one plain example as typed, shown on the help card and run by its button


ANYONE = None  # a verb any member may press: whatever it changes, its handler checks the row


@dataclass(frozen=True)
class Verb:
    """A card button's verb: its handler, who may press it and where, and what anyone else is told."""

    handler: Handler
    roles: frozenset[str] | None  # required: each verb says who may press it (ANYONE for everyone)
    scopes: frozenset[str] = SCOPES
    refusal: str = ""
    effect: bool = False  # it changes state: a press Teams delivers again is answered as the first time

    def allows(self, role: str | None, kind: str) -> bool:
        """Whether this role may press the button in this kind of conversation."""
        return may_use(self.roles, role) and usable_here(self.scopes, kind)


_AT_TAG = re.compile(r"<at>.*?</at>", re.IGNORECASE | re.DOTALL)
# Real tags only: "<john@clientcorp.com>" typed in a plain-text message is content, not markup.
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")


def normalise(text: str) -> str:
    """Command text without @mentions, markup, extra spaces or closing punctuation."""
    return plain_text(text).strip(" ?!.")


def plain_text(text: str | None) -> str:
    """The text a person typed: without @mentions or markup, spaces collapsed, punctuation kept."""
    text = html.unescape(_HTML_TAG.sub(" ", _AT_TAG.sub(" ", text or "")))
    return " ".join(text.replace("\u00a0", " ").split())


class Router:
    """The table of commands and verbs, and the dispatch of a turn to one of them."""

    def __init__(
        self,
        commands: list[Command],
        verbs: dict[str, Verb],
        events: dict[str, Handler],
        fallback: Handler,
        refuse: Callable[[Context, Command], list[Reply]],
        answers: dict[str, Handler],
    ) -> None:
        self.commands = commands
        self.verbs = verbs
        self.events = events
        self.fallback = fallback
        self.refuse = refuse
        self.answers = answers  # what a message gets that runs no command: small talk, did you mean, not understood
        self._by_intent = {c.intent: c for c in commands}

    def dispatch(self, ctx: Context) -> list[Reply]:
        """Run the handler this turn asks for; a message is read for its intent first."""
        turn = ctx.turn
        if turn.event in self.events:
            ctx.command = turn.event
            return self.events[turn.event](ctx)
        verb = turn.verb or turn.value.get("verb")
        if verb:
            # Card data is whatever the client sent: anything but a known verb's name gets the help card.
            verb = verb if isinstance(verb, str) and verb in self.verbs else ""
            ctx.command = verb or "help"
            return self.press(ctx, self.verbs[verb]) if verb else self.fallback(ctx)
        if turn.cards and not self._own_words(turn):
            return []  # one of our cards shared back from the compose box: not a question to us
        decision = self.understand(ctx)
        if decision.kind == RUN:
            return self.run(ctx, self._by_intent[decision.intent], dict(decision.args))
        ctx.decision, ctx.command = decision, decision.kind
        return self.answers[decision.kind](ctx)

    def press(self, ctx: Context, verb: Verb) -> list[Reply]:
        """Run a button's handler, if the presser's role may press it here; with an effect, once per press."""
        if not verb.allows(ctx.member.role, ctx.turn.place.kind):
            return [Reply(text=verb.refusal)]
        return self._once(ctx, verb.handler) if verb.effect else verb.handler(ctx)

    def understand(self, ctx: Context) -> Decision:
        """What the message asks for, for this asker here; clients found through the index."""
        understood = read(plain_text(ctx.turn.text), self._bot_names(ctx.turn))
        return decide(understood, ctx.clients.lookup(ctx.session, ctx.matched),
                      self.permissions(ctx.member.role, ctx.turn.place.kind))

    def run(self, ctx: Context, command: Command, args: dict[str, Any]) -> list[Reply]:
        """Run a command for the asker, if their role may and it works here; with an effect, once per message."""
        ctx.command = command.usage
        allowed = may_use(command.roles, ctx.member.role) and usable_here(command.scopes, ctx.turn.place.kind)
        if not allowed:
            return self.refuse(ctx, command)
        ctx.args = args
        return self._once(ctx, command.handler) if command.effect else command.handler(ctx)

    def command(self, intent: object) -> Command | None:
        """The command for an intent's name, if there is one."""
        return self._by_intent.get(intent) if isinstance(intent, str) else None

    def permissions(self, role: str | None, kind: str) -> dict[str, Permission]:
        """For each intent, whether this role may run its command in this kind of conversation, and its effect."""
        return {c.intent: Permission(may_use(c.roles, role) and usable_here(c.scopes, kind), c.effect)
                for c in self.commands}

    def _own_words(self, turn: Turn) -> bool:
        names = self._bot_names(turn)
        return any(t.word.lstrip("@") not in names for t in tokens(plain_text(turn.text)))

    @staticmethod
    def _bot_names(turn: Turn) -> set[str]:
        return {"accord", turn.place.bot_name.lower()} - {""}

    @staticmethod
    def _once(ctx: Context, handler: Handler) -> list[Reply]:
        """Run a command or press with an effect once per Teams message; a redelivery gets the first answer again."""
        if not ctx.turn.activity_id:
            return handler(ctx)
        key = f"{ctx.member.id}:{ctx.turn.activity_id}"[:300]
        earlier = answered(ctx.session, key)
        if earlier is not None:
            return [Reply.from_record(r) for r in earlier]
        replies = handler(ctx)
        remember(ctx.session, key, [r.record() for r in replies], utcnow())
        return replies

    def available(self, role: str | None) -> list[Command]:
        """The commands this role may use, in table order."""
        return [c for c in self.commands if may_use(c.roles, role)]
