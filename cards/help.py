"""The help card: what the asker can do here, and the welcome shown on install."""

from typing import Any

from cards import verbs
from cards.base import card, execute, facts, heading, plain, text_block


def help_card(name: str, role: str | None, commands: list[tuple[str, str]]) -> dict[str, Any]:
    """Commands the asker may use, each with a one-line description."""
    who = f"You are signed in as {plain(name)} ({role})." if role else (
        f"You are signed in as {plain(name)}. You have no role in the network yet: "
        "an admin can give you one, and more commands appear here when they do."
    )
    body = [heading("Accord: what you can do"), text_block(who, isSubtle=True), facts(commands)]
    body.append(text_block("In a channel, @mention Accord before the command.", isSubtle=True, size="Small"))
    return card(body)


def welcome_card(place_kind: str) -> dict[str, Any]:
    """The first message after install, with a button that turns into the help card."""
    where = {
        "personal": "Ask me who holds a client, and I will tell you when something concerns your clients.",
        "channel": "Partners can see here what the network does with clients. "
        "An admin can make this the partner channel with **@Accord set partner channel**.",
        "groupChat": "Mention me with a question, such as **@Accord help**.",
    }[place_kind]
    body = [
        heading("Hello, I'm Accord"),
        text_block("I keep the network's promises about clients visible: who holds a relationship, "
                   "who is approaching whom, and who deserves a referral fee."),
        text_block(where),
    ]
    return card(body, [execute("What can I do?", verbs.HELP)])
