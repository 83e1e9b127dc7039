"""What Accord's core sees of a Teams activity, and what it answers: plain data, no SDK types."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Kind = Literal["personal", "groupChat", "channel"]


@dataclass(frozen=True)
class User:
    """The person behind an activity, as Teams identifies them."""

    teams_id: str
    name: str = ""
    aad_object_id: str | None = None
    email: str | None = None
    tenant_id: str | None = None


@dataclass(frozen=True)
class Place:
    """The conversation an activity came from: enough to write back there later."""

    conversation_id: str
    kind: Kind
    service_url: str
    tenant_id: str | None = None
    bot_id: str = ""
    bot_name: str = ""
    team_id: str | None = None
    team_name: str | None = None
    channel_id: str | None = None  # the channel's own id (19:...@thread...), without ;messageid=
    channel_name: str | None = None

    @property
    def home_id(self) -> str:
        """The id a new message goes to: the channel itself rather than the thread we were asked in."""
        return self.channel_id or self.conversation_id.split(";messageid=")[0]


@dataclass(frozen=True)
class Turn:
    """One thing that happened in Teams that Accord should react to."""

    event: Literal["message", "install", "uninstall", "action", "search", "roster"]
    user: User
    place: Place
    text: str = ""
    value: dict[str, Any] = field(default_factory=dict)
    verb: str | None = None
    mentions: tuple[Mention, ...] = ()  # people @mentioned in the message, other than the bot
    activity_id: str | None = None  # Teams' id of the activity: a redelivered message has the same one
    cards: tuple[dict[str, Any], ...] = ()  # cards attached to a message (one shared from the compose box)

    def number(self, key: str) -> int | None:
        """The whole number under `key` in the card data; None when it is missing or not one."""
        return number(self.value.get(key))


def number(value: object) -> int | None:
    """A row id as card data or a command carries it: an int or a string of ASCII digits; None for anything else."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= MAX_DIGITS:
        return int(value)
    return None


@dataclass(frozen=True)
class Mention:
    """An @mention of a member inside a reply: `<at>name</at>` in the text plus this entity."""

    teams_id: str
    name: str

    @property
    def text(self) -> str:
        """The placeholder that must appear verbatim in the message or card text."""
        return f"<at>{self.name}</at>"


@dataclass(frozen=True)
class Reply:
    """A message Accord sends: text, an Adaptive Card, or both."""

    text: str | None = None
    card: dict[str, Any] | None = None
    mentions: tuple[Mention, ...] = ()
    summary: str | None = None  # a search result's preview line under its title (`text`)
    choice: str | None = None  # a picker's search result: the value chosen when its title (`text`) is picked

    def record(self) -> dict[str, Any]:
        """The reply as JSON-ready data, to be answered again later."""
        return {"text": self.text, "card": self.card, "summary": self.summary,
                "mentions": [[m.teams_id, m.name] for m in self.mentions]}

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Reply:
        """The reply a record() was made from."""
        return cls(record.get("text"), record.get("card"), tuple(Mention(*m) for m in record.get("mentions") or ()),
                   record.get("summary"))

    def payload(self) -> dict[str, Any]:
        """The Bot Framework message activity, as JSON-ready data."""
        activity: dict[str, Any] = {"type": "message"}
        if self.text:
            activity["text"] = self.text
        if self.card is not None:
            activity["attachments"] = [{"contentType": CARD, "content": self.card}]
        if self.mentions and self.card is None:  # a card carries its mentions in msteams.entities
            activity["entities"] = [
                {"type": "mention", "text": m.text, "mentioned": {"id": m.teams_id, "name": m.name}}
                for m in self.mentions
            ]
        return activity


CARD = "application/vnd.microsoft.card.adaptive"
# Far more digits than any id has: longer strings name no row, and Python refuses to convert thousands of digits.
MAX_DIGITS = 30
