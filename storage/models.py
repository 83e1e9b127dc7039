"""The tables."""

from datetime import datetime
from enum import StrEnum

from sqlalchemy import Index, Text
from sqlmodel import Field, SQLModel

from storage.types import UTCDateTime, utcnow


class Role(StrEnum):
    """What a member may do; set by admins or import, never by what someone types."""

    partner = "partner"
    bd = "bd"
    director = "director"
    admin = "admin"


class Member(SQLModel, table=True):
    """A person in the network, as Teams and the CRM know them."""

    id: int | None = Field(default=None, primary_key=True)
    teams_id: str | None = Field(default=None, unique=True, max_length=200)
    aad_object_id: str | None = Field(default=None, unique=True, max_length=64)
    email: str | None = Field(default=None, unique=True, max_length=320)
    name: str = Field(default="", max_length=200)
    tenant_id: str | None = Field(default=None, max_length=64)
    role: str | None = Field(default=None, max_length=16)  # a Role; plain text so adding roles needs no enum migration
    firm: str | None = Field(default=None, max_length=200)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Conversation(SQLModel, table=True):
    """Where the bot is installed: enough of a conversation reference to write there on its own."""

    id: int | None = Field(default=None, primary_key=True)
    conversation_id: str = Field(unique=True, max_length=400)
    kind: str = Field(max_length=16)  # personal | groupChat | channel
    service_url: str = Field(max_length=400)
    tenant_id: str | None = Field(default=None, max_length=64)
    channel_id: str = Field(default="msteams", max_length=32)
    bot_id: str = Field(default="", max_length=200)
    bot_name: str = Field(default="", max_length=200)
    team_id: str | None = Field(default=None, max_length=400)
    team_name: str | None = Field(default=None, max_length=200)
    name: str | None = Field(default=None, max_length=200)
    member_id: int | None = Field(default=None, foreign_key="member.id", index=True)
    installed: bool = True
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Setting(SQLModel, table=True):
    """A network-wide setting changed at run time (the partner channel, later the digest schedule)."""

    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(max_length=2000)
    updated_by: int | None = Field(default=None, foreign_key="member.id")
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class OutboxMessage(SQLModel, table=True):
    """A message Accord sends on its own initiative, kept until it is delivered or has definitely failed."""

    __tablename__ = "outbox"
    # Pacing reads a conversation's recent sends, whichever replica made them.
    __table_args__ = (Index("ix_outbox_recent_sends", "conversation_id", "last_attempt_at"),)

    id: int | None = Field(default=None, primary_key=True)
    idempotency_key: str = Field(unique=True, max_length=200)
    # Messages to one lane go out in order; a lane is a conversation, or a member until their chat exists.
    lane: str = Field(max_length=420, index=True)
    conversation_id: str | None = Field(default=None, max_length=400)
    member_id: int | None = Field(default=None, foreign_key="member.id")
    payload: str = Field(sa_type=Text)  # the activity as JSON
    state: str = Field(default="pending", max_length=16, index=True)  # pending | sending | delivered | failed
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    deadline_at: datetime = Field(sa_type=UTCDateTime)
    lease_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_attempt_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str | None = Field(default=None, max_length=1000)
    activity_id: str | None = Field(default=None, max_length=200)  # Teams' id of the sent message
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    delivered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
