"""Chat commands with an effect, remembered by Teams message so that a redelivery is answered, not run again."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlmodel import Session, select

from storage.models import HandledMessage


def answered(session: Session, key: str) -> list[dict] | None:
    """What a message was answered the first time; None if it was never handled."""
    return session.exec(select(HandledMessage.replies).where(HandledMessage.key == key)).first()


def remember(session: Session, key: str, replies: list[dict], at: datetime) -> None:
    """Keep a message's answer; a concurrent delivery of the same message fails its insert and replays this one."""
    session.add(HandledMessage(key=key, replies=replies, handled_at=at))
    session.flush()


def forget_before(session: Session, moment: datetime) -> int:
    """Drop the answers kept from before `moment` (Teams redelivers within minutes, not days); how many."""
    return session.execute(delete(HandledMessage).where(HandledMessage.handled_at < moment)).rowcount
