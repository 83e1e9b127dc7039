"""Run activities through the bot with botbuilder's TestAdapter, and read what came back."""

from __future__ import annotations

from botbuilder.core.adapters import TestAdapter
from botbuilder.schema import Activity

from bot.core import Accord
from bot.teams import AccordBot


async def run(accord: Accord, body: dict) -> tuple[list[Activity], object]:
    """Send one activity through the bot; return the messages it sent and its invoke response, if any."""
    incoming = Activity().deserialize(body)
    # TestAdapter stamps its template's sender and conversation on every activity: make it this one's.
    adapter = TestAdapter(template_or_conversation=Activity().deserialize(body))
    await adapter.process_activity(incoming, AccordBot(accord).on_turn)
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
    """The card's buttons."""
    return card.get("actions", [])
