"""What a message gets when it runs no command: small talk, "did you mean", a short "not understood"; and the
buttons those answers offer."""

from bot.router import Context
from bot.rules.understanding import pressed_args, quick
from bot.turn import Reply
from cards.understanding import NOT_UNDERSTOOD, Button, did_you_mean_card, small_talk_card


def small_talk(ctx: Context) -> list[Reply]:
    """A greeting, a thank-you or a lone "?": a friendly line and the asker's most useful commands."""
    permissions = ctx.router.permissions(ctx.member.role, ctx.turn.place.kind)
    buttons = [Button(intent, {}) for intent in quick(ctx.member.role, permissions)]
    return [Reply(card=small_talk_card(ctx.decision.chat, ctx.member.name, buttons))]


def did_you_mean(ctx: Context) -> list[Reply]:
    """The commands the message may mean, as buttons; nothing runs until one is pressed."""
    buttons = [Button(o.intent, dict(o.args), o.client) for o in ctx.decision.options]
    return [Reply(card=did_you_mean_card(buttons))]


def not_understood(ctx: Context) -> list[Reply]:
    """Neither a command nor a client: say so briefly, and how to ask."""
    return [Reply(text=NOT_UNDERSTOOD)]


def run_pressed(ctx: Context) -> list[Reply]:
    """A button from one of those answers: its command, checked for whoever pressed it as if they had typed it."""
    command = ctx.router.command(ctx.turn.value.get("intent"))
    if command is None:  # card data is whatever the client sent
        return ctx.router.fallback(ctx)
    return ctx.router.run(ctx, command, pressed_args(ctx.turn.value.get("args")))
