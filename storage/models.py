"""The tables."""

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Index, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from bot.rules import words
from bot.rules.words import (  # noqa: F401
    OPEN_QUOTE,
    ApproachState,
    Basis,
    DisputeState,
    FeeState,
    IntroductionState,
    QuoteStatus,
    ReferralState,
    RequestState,
    Role,
)
from storage.types import UTCDateTime, utcnow


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
    # Where Teams said this person can be reached, and when a team roster last listed them.
    service_url: str | None = Field(default=None, max_length=400)
    roster_seen_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    left_teams_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # set when no team lists them any more
    link_problem: str | None = Field(default=None, max_length=200)  # why the roster could not link them, for admins
    unreachable_reported_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Team(SQLModel, table=True):
    """A team Accord is installed in, and the state of reading its roster."""

    id: int | None = Field(default=None, primary_key=True)
    team_id: str = Field(unique=True, max_length=400)  # 19:...@thread.tacv2, also its General channel's id
    name: str | None = Field(default=None, max_length=200)
    service_url: str = Field(max_length=400)
    tenant_id: str | None = Field(default=None, max_length=64)
    bot_id: str = Field(default="", max_length=200)
    installed: bool = True
    roster_due_at: datetime | None = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    roster_token: str | None = Field(default=None, sa_type=Text)  # continuation of a read that stopped mid-way
    roster_started_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # the read in progress began
    roster_lease_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    roster_read_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    roster_error: str | None = Field(default=None, max_length=1000)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class TeamMember(SQLModel, table=True):
    """A member as a team's roster lists them; left_at is set when a complete read no longer does."""

    __tablename__ = "team_member"
    __table_args__ = (UniqueConstraint("team_id", "member_id"),)

    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id", index=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    seen_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    left_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class RosterEntry(SQLModel, table=True):
    """One person as a roster page listed them, kept until the whole read is in and applied at once."""

    __tablename__ = "roster_entry"

    id: int | None = Field(default=None, primary_key=True)
    team_id: int = Field(foreign_key="team.id", index=True)
    teams_id: str = Field(max_length=200)
    aad_object_id: str | None = Field(default=None, max_length=64)
    email: str | None = Field(default=None, max_length=320)  # email, else user principal name, lower case
    name: str = Field(default="", max_length=200)
    tenant_id: str | None = Field(default=None, max_length=64)


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
    # pending | sending | waiting (for the member to become reachable) | delivered | failed
    state: str = Field(default="pending", max_length=16, index=True)
    kind: str = Field(default="", max_length=40)  # what the message is about (its key's first word): its wait limit
    wait_until: datetime | None = Field(default=None, sa_type=UTCDateTime)  # a waiting message fails after this
    caused_by: int | None = Field(default=None, foreign_key="member.id")  # who is told if it can never be delivered
    attempts: int = 0
    next_attempt_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    deadline_at: datetime = Field(sa_type=UTCDateTime)
    lease_until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_attempt_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_error: str | None = Field(default=None, max_length=1000)
    activity_id: str | None = Field(default=None, max_length=200)  # Teams' id of the sent message
    replaces: str | None = Field(default=None, max_length=200)  # key of an earlier message this one updates in place
    channel: str = Field(default="teams", max_length=8)  # teams | email (Graph sendMail to the member)
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
    # Company registration number (ABN, ACN, NZBN, UK company number), checked and stored compact: "48123123124".
    registration: str | None = Field(default=None, max_length=20)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    # Indexed: the matcher's freshness check reads the latest change on every question.
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)

    # The index refresh reads changes in (updated_at, id) order; a question looks a name up before the index has it.
    __table_args__ = (Index("ix_client_change", "updated_at", "id"), Index("ix_client_lower_name", text("lower(name)")))


class Contact(SQLModel, table=True):
    """A person at a client."""

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    name: str = Field(default="", max_length=200)
    email: str | None = Field(default=None, max_length=320, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Flag(SQLModel, table=True):
    """The CRM tag 'this client (or contact) is held by member X', with its basis and its life."""

    # A client's flags in force are read by client and dates alone (who-owns, the most-held clients), from the index.
    __table_args__ = (Index("ix_flag_in_force", "client_id", "since", "until"),)

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id")
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
    state: str = Field(default="new", max_length=16)  # new | with holder | responding | bd responding | closed
    acted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # when the holder or BD first acted
    reminded_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    logged_by: int | None = Field(default=None, foreign_key="member.id")
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Approach(SQLModel, table=True):
    """A client (or one of its contacts) the BD team plans to approach or is approaching."""

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    member_id: int = Field(foreign_key="member.id", index=True)  # the BD member approaching
    contact_name: str | None = Field(default=None, max_length=200)
    contact_email: str | None = Field(default=None, max_length=320)
    note: str | None = Field(default=None, max_length=1000)
    state: str = Field(default=ApproachState.planned, max_length=16, index=True)
    on_behalf_of: int | None = Field(default=None, foreign_key="member.id")  # the holder who agreed: work won is theirs
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ApproachConsent(SQLModel, table=True):
    """BD asking a holder whether it may approach their client; the holder's answer."""

    __tablename__ = "approach_consent"

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    asked_by: int = Field(foreign_key="member.id")
    holder_id: int = Field(foreign_key="member.id", index=True)
    contact_name: str | None = Field(default=None, max_length=200)
    contact_email: str | None = Field(default=None, max_length=320)
    note: str | None = Field(default=None, max_length=1000)
    answer: str | None = Field(default=None, max_length=16)  # agree | lead | decline
    answered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    approach_id: int | None = Field(default=None, foreign_key="approach.id")
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ApproachRequest(SQLModel, table=True):
    """A partner asking BD to approach a client they hold, on their behalf; BD's answer.

    Its own table, not a state of Approach: an approach is BD's and is listed, digested and checked for collisions
    everywhere, while a request is the partner's until a BD member accepts it, and may never become one."""

    __tablename__ = "approach_request"
    # One unanswered request per partner and client: two messages sent at once insert one row, and the turn that lost
    # the race runs again and finds it.
    __table_args__ = (Index("uq_approach_request_asked", "client_id", "partner_id", unique=True,
                            sqlite_where=text("state = 'asked'"), postgresql_where=text("state = 'asked'")),)

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    partner_id: int = Field(foreign_key="member.id", index=True)
    note: str | None = Field(default=None, max_length=1000)
    state: str = Field(default=RequestState.asked, max_length=16, index=True)
    answered_by: int | None = Field(default=None, foreign_key="member.id")
    answered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    reason: str | None = Field(default=None, max_length=500)  # why BD declined
    approach_id: int | None = Field(default=None, foreign_key="approach.id")
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Quote(SQLModel, table=True):
    """A quote or tender on the quoting platform, or one recorded in chat."""

    id: int | None = Field(default=None, primary_key=True)
    # The platform's id, or teams:<member>:<message> for a quote recorded in chat.
    external_id: str | None = Field(default=None, unique=True, max_length=100)
    client_id: int = Field(foreign_key="client.id", index=True)
    owner_id: int = Field(foreign_key="member.id", index=True)
    status: str = Field(default=QuoteStatus.open, max_length=16, index=True)
    value_cents: int | None = Field(default=None, sa_type=BigInteger)  # minor units: exact, unlike floats
    currency: str = Field(default="AUD", max_length=3)
    tender: bool = False
    # Fixed when the quote is created, from its owner's role then: a partner's quote stays private to other partners
    # whatever role its owner has later. True unless the network's own people (BD, directors, admins) started it.
    partner_quote: bool = True
    source: str = Field(default="platform", max_length=16)  # platform | chat
    opened_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    closed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class QuoteSplit(SQLModel, table=True):
    """A share of a quote: the deal owner's, or a referral fee's."""

    __tablename__ = "quote_split"

    id: int | None = Field(default=None, primary_key=True)
    quote_id: int = Field(foreign_key="quote.id", index=True)
    member_id: int = Field(foreign_key="member.id")
    kind: str = Field(max_length=16)  # deal_owner | referral_fee
    percent: float


class QuoteEvent(SQLModel, table=True):
    """One event the platform sent; its key makes a retried delivery a no-op."""

    __tablename__ = "quote_event"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, max_length=300)  # "<quote id>|<event>|<at>"
    quote_id: int = Field(foreign_key="quote.id", index=True)
    event: str = Field(max_length=16)
    at: datetime = Field(sa_type=UTCDateTime)
    payload: dict = Field(default_factory=dict, sa_type=JSON)
    received_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Fee(SQLModel, table=True):
    """A referral fee the deal owner proposes to a holder, or their record that no fee is due."""

    __tablename__ = "referral_fee"

    id: int | None = Field(default=None, primary_key=True)
    quote_id: int | None = Field(default=None, foreign_key="quote.id", index=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    payer_id: int = Field(foreign_key="member.id", index=True)  # the deal owner
    payee_id: int | None = Field(default=None, foreign_key="member.id", index=True)  # None: no fee to anyone
    basis: str | None = Field(default=None, max_length=32)  # why the payee is owed: a Basis value or "referral"
    percent: float | None = None
    state: str = Field(default=FeeState.proposed, max_length=16, index=True)
    reason: str | None = Field(default=None, max_length=1000)  # for "no fee" and declines
    source: str = Field(default="card", max_length=16)  # card (a member pressed a button) | platform (a quote split)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)


class FeePrompt(SQLModel, table=True):
    """A prior holder the deal owner was asked about on a new quote: a decision owed until a fee is recorded."""

    __tablename__ = "fee_prompt"
    __table_args__ = (UniqueConstraint("quote_id", "payee_id"),)  # a retried prompt: one row per holder

    id: int | None = Field(default=None, primary_key=True)
    quote_id: int = Field(foreign_key="quote.id", index=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    payer_id: int = Field(foreign_key="member.id", index=True)  # the deal owner
    payee_id: int = Field(foreign_key="member.id", index=True)  # the prior holder
    basis: str | None = Field(default=None, max_length=32)
    state: str = Field(default=FeeState.awaiting, max_length=16, index=True)  # awaiting -> unanswered
    prompted_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    reminded_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    unanswered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Referral(SQLModel, table=True):
    """An introduction of a client contact by one member to another."""

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    contact_name: str | None = Field(default=None, max_length=200)
    contact_email: str | None = Field(default=None, max_length=320)
    introducer_id: int = Field(foreign_key="member.id", index=True)
    recipient_id: int = Field(foreign_key="member.id", index=True)
    note: str | None = Field(default=None, max_length=1000)
    state: str = Field(default=ReferralState.introduced, max_length=16, index=True)
    acknowledged_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    reminded_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    quiet_told_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # the introducer told it went quiet
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class ReferralUpdate(SQLModel, table=True):
    """A short update one party of a referral adds, for the other: its own rows, so the history reads as said."""

    __tablename__ = "referral_update"

    id: int | None = Field(default=None, primary_key=True)
    referral_id: int = Field(foreign_key="referral.id", index=True)
    member_id: int = Field(foreign_key="member.id")
    text: str = Field(max_length=500)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Dispute(SQLModel, table=True):
    """A claim that a client relationship was not respected, coordinated by a director."""

    id: int | None = Field(default=None, primary_key=True)
    client_id: int | None = Field(default=None, foreign_key="client.id", index=True)
    raised_by: int = Field(foreign_key="member.id", index=True)
    against_id: int | None = Field(default=None, foreign_key="member.id", index=True)  # None: against the network
    what: str = Field(max_length=4000)
    state: str = Field(default=DisputeState.open, max_length=16, index=True)
    coordinator_id: int | None = Field(default=None, foreign_key="member.id")
    outcome: str | None = Field(default=None, max_length=16)  # upheld | not upheld | settled
    summary: str | None = Field(default=None, max_length=4000)
    published_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    resolved_at: datetime | None = Field(default=None, sa_type=UTCDateTime, index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Sanction(SQLModel, table=True):
    """A director's sanction on a member, e.g. no BD-won work allocated until a date."""

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    dispute_id: int | None = Field(default=None, foreign_key="dispute.id")
    text: str = Field(max_length=500)
    until: datetime | None = Field(default=None, sa_type=UTCDateTime)
    imposed_by: int = Field(foreign_key="member.id")
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Change(SQLModel, table=True):
    """Every change to an approach, quote, fee, referral or dispute: who, when, what it was before and after."""

    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_subject", "subject", "subject_id"),)

    id: int | None = Field(default=None, primary_key=True)
    subject: str = Field(max_length=16)  # approach | consent | quote | fee | referral | dispute
    subject_id: int
    action: str = Field(max_length=64)
    changed_by: int | None = Field(default=None, foreign_key="member.id")  # None: the platform or the system
    changed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    before: dict | None = Field(default=None, sa_type=JSON)
    after: dict | None = Field(default=None, sa_type=JSON)
    note: str | None = Field(default=None, max_length=1000)


class DigestRun(SQLModel, table=True):
    """A digest period that has been posted: its unique key is what makes the digest exactly once."""

    __tablename__ = "digest_run"

    id: int | None = Field(default=None, primary_key=True)
    period_key: str = Field(unique=True, max_length=40)  # the scheduled moment that ends the period, in UTC
    period_start: datetime = Field(sa_type=UTCDateTime)
    period_end: datetime = Field(sa_type=UTCDateTime)
    cards: int = 0
    posted_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    posted_by: str = Field(default="", max_length=200)  # which process: host and pid


class HandledMessage(SQLModel, table=True):
    """A chat command with an effect, by Teams message: a redelivered message gets the same answer and no new effect."""

    __tablename__ = "handled_message"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, max_length=300)  # member id and Teams' id of the message
    replies: list = Field(default_factory=list, sa_type=JSON)  # what was answered, to answer it again
    handled_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)


class MatchFeedback(SQLModel, table=True):
    """What a member said about a match: "not this client" for a text, or a text proposed as a client's alias."""

    __tablename__ = "match_feedback"
    __table_args__ = (UniqueConstraint("kind", "key", "client_id"),)  # two presses, or two people: one row

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=20)  # "not this" | "alias"
    text: str = Field(max_length=200)  # as the member typed it
    key: str = Field(max_length=200, index=True)  # the text folded as the matcher compares it
    client_id: int = Field(foreign_key="client.id", index=True)
    member_id: int = Field(foreign_key="member.id")
    state: str = Field(default="open", max_length=20)  # open -> approved | dismissed (by an admin)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    decided_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class Lead(SQLModel, table=True):
    """An enquiry's or a referral's qualification (BANT) and its score, by whoever responds; one row per subject."""

    __table_args__ = (UniqueConstraint("subject", "subject_id"),)  # two first qualifications at once: one row

    id: int | None = Field(default=None, primary_key=True)
    subject: str = Field(max_length=16)  # "enquiry" | "referral"
    subject_id: int
    budget_low: int | None = Field(default=None, sa_type=BigInteger)  # whole dollars; a figure is low == high
    budget_high: int | None = Field(default=None, sa_type=BigInteger)
    authority: str = Field(max_length=32)  # an Authority
    need: str = Field(max_length=32)  # a Need
    timeline: str = Field(max_length=32)  # a Timeline
    score: int = Field(index=True)  # bot/rules/leads.score at the time of the qualification
    version: int = Field(default=1)  # each qualification adds one: a press names the version its card showed
    qualified_by: int = Field(foreign_key="member.id")
    first_qualified_at: datetime = Field(sa_type=UTCDateTime, index=True)  # the digest's "how fast"
    qualified_at: datetime = Field(sa_type=UTCDateTime)


class Handoff(SQLModel, table=True):
    """A won quote's handoff (seed 004): kickoff, delivery lead, the executive welcome call, onboarding and NPS."""

    id: int | None = Field(default=None, primary_key=True)
    quote_id: int = Field(foreign_key="quote.id", unique=True)  # one handoff per won quote, whoever applies the win
    client_id: int = Field(foreign_key="client.id", index=True)
    owner_id: int = Field(foreign_key="member.id", index=True)  # the deal owner
    state: str = Field(default=words.HandoffState.kickoff, max_length=16, index=True)
    won_at: datetime = Field(sa_type=UTCDateTime, index=True)
    delivery_lead_id: int | None = Field(default=None, foreign_key="member.id", index=True)
    kickoff_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # the kickoff call
    director_id: int | None = Field(default=None, foreign_key="member.id")  # makes the executive welcome call
    welcome_done_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    welcome_reminded_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    welcome_escalated_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    onboarded_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    nps_asked_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # the due date last asked about
    last_nps_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class Relationship(SQLModel, table=True):
    """A member's declared relationship with a client, or with one of its contacts: coverage, not ownership."""

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id")
    contact_role: str | None = Field(default=None, max_length=32)  # a ContactRole, when known
    how_known: str | None = Field(default=None, max_length=32)  # a HowKnown, when known
    declared_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    confirmed_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)  # declared or re-confirmed last
    reminded_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # the one reminder since confirmed_at
    lapsed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)  # not re-confirmed in time: no longer counts
    source: str = Field(default="chat", max_length=100)  # chat | form | import
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class HandoffUpdate(SQLModel, table=True):
    """An onboarding status update the delivery lead posted."""

    __tablename__ = "handoff_update"

    id: int | None = Field(default=None, primary_key=True)
    handoff_id: int = Field(foreign_key="handoff.id", index=True)
    member_id: int = Field(foreign_key="member.id")
    text: str = Field(max_length=1000)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)


class NpsScore(SQLModel, table=True):
    """A satisfaction check or NPS survey result for a won client, recorded by the delivery lead."""

    __tablename__ = "nps_score"
    __table_args__ = (UniqueConstraint("handoff_id", "round"),)  # a double press of one survey records once

    id: int | None = Field(default=None, primary_key=True)
    handoff_id: int = Field(foreign_key="handoff.id", index=True)
    round: str = Field(max_length=100)  # "onboarding", the due date of a 6-monthly survey, or "chat:<message>"
    member_id: int = Field(foreign_key="member.id")
    score: int
    comment: str | None = Field(default=None, max_length=1000)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, index=True)


class IntroductionRequest(SQLModel, table=True):
    """A member asking another for a warm introduction to a client (or a contact there), and the answer."""

    __tablename__ = "introduction_request"
    # One open request per asker, introducer, client and contact: two presses at once insert one row, and the turn
    # that lost the race runs again and finds it.
    __table_args__ = (Index("uq_introduction_request_asked", "client_id", "asker_id", "introducer_id",
                            text("coalesce(contact_id, 0)"), unique=True, sqlite_where=text("state = 'asked'"),
                            postgresql_where=text("state = 'asked'")),)

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = Field(foreign_key="client.id", index=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id")
    asker_id: int = Field(foreign_key="member.id", index=True)
    introducer_id: int = Field(foreign_key="member.id", index=True)
    state: str = Field(default=IntroductionState.asked, max_length=16)
    referral_id: int | None = Field(default=None, foreign_key="referral.id")  # the referral an acceptance made
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    answered_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
