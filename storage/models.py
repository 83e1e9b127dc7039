"""The tables."""

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, Index, Text
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
    replaces: str | None = Field(default=None, max_length=200)  # key of an earlier message this one updates in place
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    delivered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Client(SQLModel, table=True):
    """A client organisation of the network: company, university, agency."""

    id: int | None = Field(default=None, primary_key=True)
    external_id: str | None = Field(default=None, unique=True, max_length=100)
    name: str = Field(max_length=300, index=True)
    aliases: list[str] = Field(default_factory=list, sa_type=JSON)  # acronyms and short names it is known by
    domains: list[str] = Field(default_factory=list, sa_type=JSON)  # web and email domains, lower case
    country: str | None = Field(default=None, max_length=100)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    # Indexed: the matcher's freshness check reads the latest change on every question.
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)


class Contact(SQLModel, table=True):
    """A person at a client."""

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    name: str = Field(default="", max_length=200)
    email: str | None = Field(default=None, max_length=320, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Basis(StrEnum):
    """Why a client (or contact) is held by a member."""

    active_quote = "active quote"
    active_project = "active project"
    past_project = "past project"
    declared_relationship = "declared relationship"
    introduction = "introduction"
    do_not_approach = "do-not-approach"


class Flag(SQLModel, table=True):
    """The CRM tag 'this client (or contact) is held by member X', with its basis and its life."""

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id")
    holder_id: int = Field(foreign_key="member.id", index=True)
    basis: str = Field(max_length=32)  # a Basis value
    since: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    source: str = Field(default="", max_length=100)  # import, chat, quote:<id>, ...
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class FlagChange(SQLModel, table=True):
    """Every change to a flag, kept as evidence: who, when, what it was before and after."""

    __tablename__ = "flag_change"

    id: int | None = Field(default=None, primary_key=True)
    flag_id: int = Field(foreign_key="flag.id", index=True)
    changed_by: int | None = Field(default=None, foreign_key="member.id")  # None: an import or the system
    changed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    source: str = Field(default="", max_length=100)
    before: dict | None = Field(default=None, sa_type=JSON)
    after: dict | None = Field(default=None, sa_type=JSON)


class Enquiry(SQLModel, table=True):
    """An inbound approach from a client (website form, email, phone, walk-in), and where it went."""

    id: int | None = Field(default=None, primary_key=True)
    source_key: str = Field(unique=True, max_length=200)  # "<source>:<id at the source>": a retried delivery is one
    source: str = Field(max_length=32)  # web | email | phone | walk-in
    received_at: datetime = Field(sa_type=UTCDateTime)
    person_name: str = Field(max_length=200)
    person_email: str | None = Field(default=None, max_length=320)
    person_phone: str | None = Field(default=None, max_length=50)
    company: str | None = Field(default=None, max_length=300)
    message: str | None = Field(default=None, max_length=4000)
    referred_by: str | None = Field(default=None, max_length=200)
    client_id: int | None = Field(default=None, foreign_key="client.id", index=True)
    holder_id: int | None = Field(default=None, foreign_key="member.id")
    referrer_id: int | None = Field(default=None, foreign_key="member.id")
    state: str = Field(default="new", max_length=16)  # new | with holder | bd responding | closed
    acted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # when the holder or BD first acted
    reminded_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    logged_by: int | None = Field(default=None, foreign_key="member.id")
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
