"""Network-wide settings changed at run time, such as the partner channel."""

from sqlmodel import Session

from storage.conversations import conversation
from storage.models import Conversation, Setting
from storage.types import utcnow

PARTNER_CHANNEL = "partner_channel"


def get_setting(session: Session, key: str) -> str | None:
    """A run-time setting's value, or None."""
    row = session.get(Setting, key)
    return row.value if row else None


def put_setting(session: Session, key: str, value: str, by: int | None) -> None:
    """Set a run-time setting, remembering who changed it."""
    row = session.get(Setting, key) or Setting(key=key, value=value)
    row.value, row.updated_by, row.updated_at = value, by, utcnow()
    session.add(row)
    session.flush()


def partner_channel(session: Session) -> Conversation | None:
    """The channel where Accord posts for every partner."""
    conversation_id = get_setting(session, PARTNER_CHANNEL)
    return conversation(session, conversation_id) if conversation_id else None
