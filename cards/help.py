"""The help card: what the asker can do here, by task, and the welcome shown on install."""

from dataclasses import dataclass
from typing import Any

from cards import verbs
from cards.base import card, excerpt, execute, facts, heading, plain, submit, text_block

# The tasks the help card lists, in its order; every command in bot/commands.py names one (help itself none).
WHO, APPROACHES, ENQUIRIES, QUOTES, REFERRALS, DISPUTES, ADMIN = (
    "who", "approaches", "enquiries", "quotes", "referrals", "disputes", "admin")
TASKS = {WHO: "Find who holds a client", APPROACHES: "Approaches", ENQUIRIES: "Enquiries",
         QUOTES: "Quotes and fees", REFERRALS: "Referrals", DISPUTES: "Disputes", ADMIN: "Admin"}
TRIED = 500  # characters of a command the try form keeps: more than any command needs, far under Teams' limits


@dataclass(frozen=True)
class Task:
    """One row of the help card: a task, one plain example of it, and whether its button runs the example as is."""

    title: str
    example: str
    runs: bool  # False: the button opens a form holding the example, to edit (a client's name, say) and send


def help_card(name: str, role: str | None, tasks: list[Task], commands: list[tuple[str, str]], *,
              public: bool) -> dict[str, Any]:
    """A row per task with an example and a button, and every command the asker may use behind "All commands"."""
    body = [heading("Accord: what you can do")]
    if not public:  # a channel's card is everyone's: it does not say who asked, or their role
        body.append(text_block(_who(name, role), isSubtle=True, spacing="None"))
    body += [_row(task) for task in tasks]
    if public:
        body.append(text_block("Here, @mention Accord before a command.", isSubtle=True, size="Small"))
    everything = {"type": "AdaptiveCard", "body": [facts(commands)]}
    return card(body, [{"type": "Action.ShowCard", "title": "All commands", "card": everything}] if commands else [])


def try_card(text: str) -> dict[str, Any]:
    """A help card button's form: one command in a box, to change and send."""
    box = {"type": "Input.Text", "id": "text", "label": "Change it if you like, then send it",
           "value": excerpt(text, TRIED), "maxLength": TRIED}
    return card([box], [execute("Send", verbs.HELP_RUN)])


def _who(name: str, role: str | None) -> str:
    if role:
        return f"You are signed in as {plain(name)} ({role})."
    return (f"You are signed in as {plain(name)}. You have no role in the network yet: "
            "an admin can give you one, and more commands appear here when they do.")


def _row(task: Task) -> dict[str, Any]:
    """The task's title and example beside its button: one short row, so the whole card fits a phone's screen."""
    # Action.Submit, not Execute: the answer arrives as a new message and the help card stays to pick from again.
    button = submit("Run", verbs.HELP_RUN, {"text": task.example}) if task.runs else \
        submit("Try", verbs.HELP_TRY, {"text": task.example})
    words = [text_block(f"**{plain(task.title)}**"),
             text_block(f"“{plain(task.example)}”", isSubtle=True, spacing="None")]
    return {"type": "ColumnSet", "spacing": "Medium", "columns": [
        {"type": "Column", "width": "stretch", "items": words},
        {"type": "Column", "width": "auto", "verticalContentAlignment": "Center",
         "items": [{"type": "ActionSet", "actions": [button]}]}]}


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
