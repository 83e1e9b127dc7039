"""Conversations the bot is installed in, kept so it can write there on its own later."""

from functools import cache

from sqlalchemy import Select, bindparam
from sqlmodel import Session, select

from storage.batches import chunks
from storage.db import save
from storage.models import Conversation


def record_conversation(session: Session, conversation_id: str, stored: Conversation | None = None,
                        **fields) -> Conversation:
    """Create or refresh a conversation reference (`stored`: its row, if already read); unknown (None) fields keep
    what we knew."""
    known = {k: v for k, v in fields.items() if v is not None}
    row = stored or conversation(session, conversation_id) or Conversation(conversation_id=conversation_id, **known)
    save(session, row, **known)
    return row


def conversation(session: Session, conversation_id: str) -> Conversation | None:
    """The stored reference for a conversation id."""
    return session.execute(_conversation(), {"conversation_id": conversation_id}).scalars().first()


@cache
def _conversation() -> Select:
    # Built once: every turn reads its conversation, and building the statement anew cost more than running it.
    return select(Conversation).where(Conversation.conversation_id == bindparam("conversation_id"))


def personal_conversation(session: Session, member_id: int) -> Conversation | None:
    """The member's 1:1 chat with the bot, if the app is installed for them."""
    query = select(Conversation).where(
        Conversation.member_id == member_id, Conversation.kind == "personal", Conversation.installed
    )
    return session.exec(query.order_by(Conversation.updated_at.desc())).first()


def any_conversation(session: Session, tenant_id: str | None) -> Conversation | None:
    """Some installed conversation in the tenant: its service URL and bot id can open a new 1:1 chat."""
    query = select(Conversation).where(Conversation.installed)
    if tenant_id:
        query = query.where(Conversation.tenant_id == tenant_id)
    return session.exec(query.order_by(Conversation.updated_at.desc())).first()


def with_personal_chat(session: Session, member_ids: list[int]) -> set[int]:
    """Of these members, those who have an installed 1:1 chat with Accord."""
    query = select(Conversation.member_id).where(Conversation.kind == "personal", Conversation.installed)
    return {m for batch in chunks(set(member_ids)) for m in session.exec(query.where(
        Conversation.member_id.in_(batch)))}
