"""Run activities through the bot with botbuilder's TestAdapter (or turns through its core), and read what came back."""

from __future__ import annotations

import asyncio
import json
import threading
import time

from botbuilder.core.adapters import TestAdapter
from botbuilder.schema import Activity
from sqlmodel import select

from bot.core import Accord
from bot.router import Context
from bot.teams import AccordBot
from bot.turn import Place, Reply, Turn, User
from storage.members import find_member
from storage.models import OutboxMessage
from tests.support.builders import SERVICE_URL, TENANT, activity, card_action, mention_bot


async def run(accord: Accord, body: dict) -> tuple[list[Activity], object]:
    """Send one activity through the bot; return the messages it sent and its invoke response, if any."""
    incoming = Activity().deserialize(body)
    # TestAdapter stamps its template's sender and conversation on every activity: make it this one's.
    adapter = TestAdapter(template_or_conversation=Activity().deserialize(body))
    bot = AccordBot(accord, None)  # no Teams behind TestAdapter to read a roster from

    async def as_sent(turn_context) -> None:
        turn_context.activity.id = body.get("id")  # TestAdapter numbers activities itself; Teams sends its own id
        await bot.on_turn(turn_context)

    await adapter.process_activity(incoming, as_sent)
    sent = [a for a in adapter.activity_buffer if a.type != "invokeResponse"]
    invoke = next((a.value for a in adapter.activity_buffer if a.type == "invokeResponse"), None)
    return sent, invoke


def card_of(sent: Activity) -> dict:
    """The Adaptive Card a message carries."""
    (attachment,) = sent.attachments
    assert attachment.content_type == "application/vnd.microsoft.card.adaptive"
    return attachment.content


def card_text(card: dict) -> str:
    """Every string a person can read on a card, joined."""
    out: list[str] = []

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("text", "title", "value") and isinstance(value, str):
                    out.append(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(card)
    return "\n".join(out)


def actions(card: dict) -> list[dict]:
    """The card's buttons: in its body's rows of buttons, then under it."""
    rows = [a for block in card.get("body", []) if block.get("type") == "ActionSet" for a in block["actions"]]
    return rows + card.get("actions", [])


def text_of(answer: dict | str) -> str:
    """What a person reads in an answer: its text, or its card's."""
    return answer if isinstance(answer, str) else card_text(answer)


async def say(accord: Accord, text: str, sender: dict, kind: str = "personal", **extra) -> dict | str:
    """Send `text` as `sender` (mentioning the bot in a channel): the one reply's card, or its text."""
    body = activity(kind, text=mention_bot(text) if kind == "channel" else text, sender=sender, **extra)
    sent, _ = await run(accord, body)
    (reply,) = sent
    return card_of(reply) if reply.attachments else reply.text


async def say_text(accord: Accord, text: str, sender: dict, kind: str = "personal", **extra) -> str:
    """Send `text` as `sender`: what they read in the one reply."""
    return text_of(await say(accord, text, sender, kind, **extra))


async def press(accord: Accord, verb: str, /, sender: dict, *, kind: str = "personal", **data) -> dict | str:
    """Press a card button as `sender`: the card that replaces the pressed one, or the text answer."""
    # Positional-only, so a button's own data (which repeats its "verb") can be passed on whole.
    sent, invoke = await run(accord, card_action(kind, verb=verb, data=data, sender=sender))
    assert sent == [] and invoke.status == 200
    return invoke.body["value"]


async def press_text(accord: Accord, verb: str, /, sender: dict, *, kind: str = "personal", **data) -> str:
    """Press a card button as `sender`: what they read in the answer."""
    return text_of(await press(accord, verb, sender, kind=kind, **data))


def pressed(sender: dict, verb: str, **data) -> Turn:
    """A button press as the core receives it from Teams."""
    return Turn("action", User(sender["id"], sender["name"], tenant_id=TENANT), _personal(sender),
                value={"verb": verb, **data}, verb=verb)


def said(sender: dict, text: str, activity_id: str) -> Turn:
    """A message in the sender's personal chat as the core receives it from Teams."""
    return Turn("message", User(sender["id"], sender["name"], tenant_id=TENANT), _personal(sender), text=text,
                activity_id=activity_id)


def _personal(sender: dict) -> Place:
    return Place(f"a:personal-{sender['id']}", "personal", SERVICE_URL, tenant_id=TENANT)


def at_once(accord: Accord, db, first: Turn, second: Turn) -> tuple[list[Reply], list[Reply]]:
    """Run `second` while `first` is still inside its transaction, as two presses at the same moment; both answers."""
    # Whoever presses second has talked to Accord before, so their turn writes nothing ahead of the press itself.
    accord.handle(Turn("message", second.user, second.place, text="help"))
    later: list[Reply] = []
    racer = threading.Thread(target=lambda: later.extend(accord.handle(second)))
    with db.transaction() as session:
        member = find_member(session, teams_id=first.user.teams_id)
        answers = accord.router.dispatch(Context(first, member, session, accord.settings, accord.router,
                                                 accord.clients))
        racer.start()
        racer.join(timeout=1)
        assert racer.is_alive(), f"the second press did not wait for the first one to finish: {later}"
    racer.join(timeout=10)
    assert not racer.is_alive()
    return answers, later


def sent_to(db, member_id: int, prefix: str = "") -> list[dict]:
    """The messages queued for a member (those whose idempotency key starts with `prefix`), each with its "key"."""
    with db.transaction() as session:
        rows = session.exec(select(OutboxMessage).where(OutboxMessage.member_id == member_id)
                            .order_by(OutboxMessage.id)).all()
    return [json.loads(r.payload) | {"key": r.idempotency_key} for r in rows if r.idempotency_key.startswith(prefix)]


def message_text(message: dict) -> str:
    """What a person reads in a queued or sent message: its text and every card it carries."""
    parts = [message.get("text") or ""]
    parts += [card_text(a["content"]) for a in message.get("attachments", []) if isinstance(a.get("content"), dict)]
    return "\n".join(parts)


def readable(text: str) -> str:
    """Text as a reader sees it once rendered: without plain()'s backslashes and word joiners, so a search finds it."""
    return text.replace("\u2060", "").replace("\\", "")


def queued(db, prefix: str = "") -> dict[str, dict]:
    """Every outbox message whose idempotency key starts with `prefix`, by key: its payload."""
    with db.transaction() as session:
        rows = session.exec(select(OutboxMessage).order_by(OutboxMessage.id)).all()
    return {r.idempotency_key: json.loads(r.payload) for r in rows if r.idempotency_key.startswith(prefix)}


def teams_size(message: dict) -> int:
    """A message's size as Teams counts it (its JSON in UTF-16), as the card lint measures it."""
    return len(json.dumps(message, ensure_ascii=False).encode("utf-16-le"))


async def until(check, timeout: float = 20):
    """Poll `check` until it returns something truthy, and return that; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not (result := check()):
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.05)
    return result
