"""The domain's words, in one place: roles, flag bases and the states of approaches, quotes, fees, referrals and
disputes. Storage keeps them in its columns; rules and cards read them from here."""

from enum import StrEnum


class Role(StrEnum):
    """What a member may do; set by admins or import, never by what someone types."""

    partner = "partner"
    bd = "bd"
    director = "director"
    admin = "admin"


class Basis(StrEnum):
    """Why a client (or contact) is held by a member."""

    active_quote = "active quote"
    active_project = "active project"
    past_project = "past project"
    declared_relationship = "declared relationship"
    introduction = "introduction"
    do_not_approach = "do-not-approach"


class ContactRole(StrEnum):
    """What a client contact does in the client's decisions, when a member knows it."""

    decision_maker = "decision maker"
    influencer = "influencer"
    procurement = "procurement"
    user = "user"


class HowKnown(StrEnum):
    """How a member knows a client contact they declare."""

    worked_together = "worked together"
    former_colleague = "former colleague"
    introduced = "introduced"


class IntroductionState(StrEnum):
    """A request for a warm introduction: asked, then accepted (it becomes a referral), not now, or not well known."""

    asked = "asked"
    accepted = "accepted"
    not_now = "not now"
    not_well = "not well known"


class ApproachState(StrEnum):
    """Where a BD approach stands."""

    planned = "planned"
    active = "active"
    won = "won"
    dropped = "dropped"


class RequestState(StrEnum):
    """A partner's request that BD approach a client of theirs on their behalf."""

    asked = "asked"
    accepted = "accepted"
    declined = "declined"


class QuoteStatus(StrEnum):
    """A quote's status on the platform; draft, open and submitted are all open."""

    draft = "draft"
    open = "open"
    submitted = "submitted"
    won = "won"
    lost = "lost"
    withdrawn = "withdrawn"


class FeeState(StrEnum):
    """A referral fee's life: proposed -> agreed -> invoiced -> paid, or declined; or no fee at all. Before the deal
    owner decides, a prior holder's outcome is awaiting, then unanswered once the prompt's time is up."""

    proposed = "proposed"
    agreed = "agreed"
    invoiced = "invoiced"
    paid = "paid"
    declined = "declined"
    no_fee = "no fee"
    awaiting = "awaiting"
    unanswered = "unanswered"


class ReferralState(StrEnum):
    """An introduction's life, after seeds 001 and 002."""

    introduced = "introduced"
    acknowledged = "acknowledged"
    in_progress = "in progress"
    won = "won"
    lost = "lost"


class DisputeState(StrEnum):
    """A dispute's process."""

    open = "open"
    in_mediation = "in mediation"
    resolved = "resolved"


class DisputeOutcome(StrEnum):
    """How a resolved dispute ended."""

    upheld = "upheld"
    not_upheld = "not upheld"
    settled = "settled"


OPEN_QUOTE = (QuoteStatus.draft, QuoteStatus.open, QuoteStatus.submitted)


class Authority(StrEnum):
    """Who the lead's contact is in the buying decision (the A of BANT)."""

    decision_maker = "decision maker"
    influencer = "influencer"
    unknown = "unknown"


class Need(StrEnum):
    """How clearly the lead has said what it needs (the N of BANT)."""

    clear = "stated clearly"
    vague = "vague"
    unknown = "unknown"


class Timeline(StrEnum):
    """When the lead means to start (the T of BANT)."""

    soon = "within 3 months"
    later = "3 to 12 months"
    none = "none"


class HandoffState(StrEnum):
    """A won client's handoff (seed 004): the deal owner names the delivery lead, onboarding runs, then NPS."""

    kickoff = "kickoff"  # waiting for the deal owner to name the delivery lead and the kickoff call
    onboarding = "onboarding"  # the delivery lead posts updates until onboarding is marked done
    active = "active"  # onboarded: a satisfaction check, then an NPS survey every 6 months while the project runs
    closed = "closed"  # the project is over: no more surveys
