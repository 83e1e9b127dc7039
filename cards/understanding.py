"""Answers to messages that run no command: "did you mean" buttons, small talk with quick buttons, and their titles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.rules import phrasings as intents
from cards import verbs
from cards.base import card, excerpt, execute, plain, stacked, text_block

BUTTON = 40  # characters of a button title; Teams cuts longer ones off mid-word
# How a button names a command that takes no client.
TITLES = {
    intents.HELP: "What can I do?", intents.ENQUIRIES: "Recent enquiries", intents.LOG_ENQUIRY: "Log an enquiry",
    intents.APPROACHES: "BD approaches", intents.MY_APPROACHES: "My approaches", intents.APPROACH: "Plan an approach",
    intents.DIGEST: "This fortnight's digest", intents.DNA_LIST: "My do-not-approach list",
    intents.DNA_FORM: "Add do-not-approach entries", intents.QUOTES: "My quotes", intents.FEES: "Referral fees",
    intents.REFERRALS: "My referrals", intents.DISPUTES: "Disputes", intents.DISPUTE: "Raise a dispute",
    intents.MEMBERS: "Who Accord can reach", intents.WHO_OWNS: "Who owns a client?",
}
# How a button names a command about one client.
ABOUT = {intents.WHO_OWNS: "Who owns {}?", intents.APPROACH: "Approach {}", intents.HISTORY: "History of {}"}
OPENERS = {"greeting": "Hi{name}!", "thanks": "You're welcome{name}.", "bye": "Bye for now{name}.",
           "ack": "Good{name}.", "ping": "I'm here{name}."}
INVITE = "Type a client's name, web domain or an email address of someone there, and I'll tell you who holds it."
NOT_UNDERSTOOD = ("Sorry, I didn't understand that. Type a client's name to see who holds it, or “help” to see what "
                  "I can do.")


@dataclass(frozen=True)
class Button:
    """A command offered as a button: the intent, its arguments, and the client it is about, if any."""

    intent: str
    args: dict[str, str]
    client: str | None = None


def title(button: Button) -> str:
    """The button's words: "Who owns ClientCorp Pty Ltd?" or "Recent enquiries"."""
    if button.client and button.intent in ABOUT:
        return excerpt(ABOUT[button.intent].format(button.client), BUTTON)
    return TITLES.get(button.intent, button.intent.replace("_", " ").capitalize())


def did_you_mean_card(buttons: list[Button]) -> dict[str, Any]:
    """The likely commands as buttons, when a message could mean more than one thing (or did not say)."""
    return card([text_block("Did you mean:", weight="Bolder"), *stacked([_execute(b) for b in buttons])])


def small_talk_card(kind: str | None, name: str, buttons: list[Button]) -> dict[str, Any]:
    """A friendly line or two, and the asker's most useful commands as buttons."""
    first = first_name(name)
    opener = OPENERS.get(kind or "ping", OPENERS["ping"]).format(name=f" {plain(first)}" if first else "")
    return card([text_block(opener), text_block(INVITE, isSubtle=True, spacing="Small"),
                 *stacked([_execute(b) for b in buttons])])


def first_name(name: str | None) -> str:
    """What to greet someone by: "Sam" for "Sam Lee" or "Lee, Sam"; nothing for an email or a title alone."""
    surname, comma, given = (name or "").partition(",")
    words = (given if comma else surname).split()
    first = next((w for w in words if w.rstrip(".").lower() not in _TITLES), "")
    return "" if "@" in first else first


_TITLES = frozenset({"dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame"})


def _execute(button: Button) -> dict[str, Any]:
    return execute(title(button), verbs.COMMAND_RUN, {"intent": button.intent, "args": button.args})
