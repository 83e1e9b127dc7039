"""What admins do with match feedback: keep or dismiss a "not this client", approve or dismiss a proposed alias."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from bot.rules.feedback import feedback_key
from storage import registry
from storage.db import get
from storage.feedback import ALIAS, APPROVED, DISMISSED, decide_feedback
from storage.models import MatchFeedback

MAX_ALIASES = 50  # a client's aliases are read on every index build: a runaway list would slow every question


def decide(session: Session, feedback_id: int, approve: bool, at: datetime) -> str:
    """Approve or dismiss one piece of feedback; what happened, in a sentence."""
    row = get(session, MatchFeedback, feedback_id)
    if row is None:
        return f"no feedback {feedback_id}"
    if not decide_feedback(session, row, APPROVED if approve else DISMISSED, at):
        return f"feedback {feedback_id} was already {row.state}"
    if approve and row.kind == ALIAS:
        return _adopt(session, row, at)
    return f"feedback {feedback_id}: {row.state}"


def _adopt(session: Session, row: MatchFeedback, at: datetime) -> str:
    """Add the text to its client's aliases, unless the client already has it or too many."""
    client = registry.client(session, row.client_id)
    known = {feedback_key(a) for a in client.aliases or ()} | {feedback_key(client.name)}
    if row.key in known:
        return f"feedback {row.id}: approved; {client.name} already had the name “{row.text}”"
    if len(client.aliases or ()) >= MAX_ALIASES:
        return f"feedback {row.id}: approved, but {client.name} has {MAX_ALIASES} aliases already: none added"
    registry.add_alias(session, client, row.text, at, note=f"match feedback {row.id}")
    return f"feedback {row.id}: approved; “{row.text}” is now a name of {client.name}"
