"""Disputes and sanctions: the process's legal moves, and who may see and do what."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from bot.rules.access import DIRECTORS, INSIDERS, OVERSEERS, Viewer
from bot.rules.words import DisputeOutcome, Role

OPEN, MEDIATION, RESOLVED = "open", "in mediation", "resolved"
OUTCOMES = tuple(DisputeOutcome)
# Resolved is final: a new claim about the same client is a new dispute, so the record stays evidence.
TRANSITIONS = {OPEN: frozenset({MEDIATION, RESOLVED}), MEDIATION: frozenset({RESOLVED}), RESOLVED: frozenset()}


FULL, OUTCOME, NOTHING = "full", "outcome", "nothing"
TAKE, MEDIATE, RESOLVE, PUBLISH, SANCTION = "take", "mediate", "resolve", "publish", "sanction"
DEFAULT_SANCTION = "No BD-won work allocated"
WHAT_MAX, SUMMARY_MAX, SANCTION_MAX = 4000, 4000, 500


@dataclass(frozen=True)
class DisputeFacts:
    """What the rules need to know about one dispute."""

    id: int
    raised_by: int
    against_id: int | None  # None: against the network (the BD team)
    coordinator_id: int | None
    state: str
    published: bool
    raiser_role: str | None = None
    against_role: str | None = None  # the role of the member it is against: BD, directors and admins are the network

    @property
    def parties(self) -> frozenset[int]:
        """The members the dispute is between (the network is not a member)."""
        return frozenset(m for m in (self.raised_by, self.against_id) if m is not None)


def sight(viewer: Viewer, dispute: DisputeFacts) -> str:
    """How much of a dispute this viewer may see: FULL, OUTCOME (published ones only) or NOTHING."""
    if not viewer.public and (viewer.role in OVERSEERS or viewer.member_id in _involved(dispute)):
        return FULL
    return OUTCOME if dispute.published else NOTHING


def must_publish(dispute: DisputeFacts) -> bool:
    """A partner's dispute with the network (or one of its people) is always published: partners judge how the
    network handles complaints against itself."""
    against_network = dispute.against_id is None or dispute.against_role in INSIDERS
    return against_network and dispute.raiser_role == Role.partner


def actions(viewer: Viewer, dispute: DisputeFacts) -> tuple[str, ...]:
    """The buttons this viewer gets on a dispute's card."""
    if viewer.public or sight(viewer, dispute) != FULL:
        return ()
    found = []
    if take_problem(viewer, dispute) is None:
        found.append(TAKE)
    if viewer.member_id == dispute.coordinator_id:
        found += [a for a, ok in ((MEDIATE, move_problem(dispute.state, MEDIATION) is None),
                                  (RESOLVE, move_problem(dispute.state, RESOLVED) is None),
                                  (PUBLISH, publish_problem(viewer, dispute) is None)) if ok]
    if dispute.state == RESOLVED and viewer.role in DIRECTORS:
        found.append(SANCTION)
    return tuple(found)


def take_problem(viewer: Viewer, dispute: DisputeFacts, coordinator: str = "another director") -> str | None:
    """Why this viewer may not take the dispute as its coordinator; None if they may."""
    if viewer.role not in OVERSEERS:
        return "Only directors coordinate disputes."
    if dispute.coordinator_id == viewer.member_id:
        return f"You already coordinate dispute {dispute.id}."
    if dispute.coordinator_id is not None:
        return f"{coordinator} already coordinates dispute {dispute.id}."
    if dispute.state == RESOLVED:
        return f"Dispute {dispute.id} is already resolved."
    if viewer.member_id in dispute.parties:
        return f"You are a party to dispute {dispute.id}, so another director must coordinate it."
    return None


def move_problem(state: str, to: str) -> str | None:
    """Why a dispute cannot go from `state` to `to`; None if it can."""
    if to in TRANSITIONS.get(state, frozenset()):
        return None
    if state == RESOLVED:
        return "This dispute is already resolved; a resolution is final."
    if state == to:
        return f"This dispute is already {state}."
    return f"A dispute that is {state} cannot be moved to {to}."


def coordinator_problem(viewer: Viewer, dispute: DisputeFacts, coordinator: str = "") -> str | None:
    """Why this viewer may not move the dispute along; None if they coordinate it."""
    if dispute.coordinator_id is None:
        return f"Nobody coordinates dispute {dispute.id} yet: a director must take it first."
    if viewer.member_id != dispute.coordinator_id:
        return f"Only the coordinator{', ' + coordinator + ',' if coordinator else ''} can do that."
    return None


def publish_problem(viewer: Viewer, dispute: DisputeFacts, coordinator: str = "") -> str | None:
    """Why this viewer may not publish the outcome now; None if they may."""
    problem = coordinator_problem(viewer, dispute, coordinator)
    if problem:
        return problem
    if dispute.state != RESOLVED:
        return "Only a resolved dispute has an outcome to publish."
    if dispute.published:
        return f"The outcome of dispute {dispute.id} is already published."
    return None


def resolution_problem(outcome: str, summary: str) -> str | None:
    """What is wrong with a resolution as submitted; None if it is complete."""
    if outcome not in OUTCOMES:
        return "Choose the outcome: upheld, not upheld or settled."
    if not summary.strip():
        return "Write a summary of the resolution."
    if "\x00" in summary:
        return "Remove the NUL characters from the summary."
    if len(summary) > SUMMARY_MAX:
        return f"The summary is too long ({len(summary)} characters; at most {SUMMARY_MAX})."
    return None


def raise_problem(what: str, raiser_id: int, against_id: int | None) -> str | None:
    """What is wrong with a new dispute as submitted; None if it may be raised."""
    if not what.strip():
        return "Say what happened."
    if "\x00" in what:
        return "Remove the NUL characters from what happened."
    if len(what) > WHAT_MAX:
        return f"What happened is too long ({len(what)} characters; at most {WHAT_MAX})."
    if against_id == raiser_id:
        return "You cannot raise a dispute against yourself."
    return None


def shows_in_timeline(action: str, viewer: Viewer) -> bool:
    """Sanctions are for BD's allocation and the directors; a partner's view of a timeline leaves them out."""
    return action != "sanction" or (not viewer.public and viewer.role in INSIDERS)


def sanction_problem(role: str | None, imposer_id: int, member_id: int | None, text: str,
                     until: date | None, today: date) -> str | None:
    """Why a sanction cannot be recorded as given; None if it can."""
    if role not in DIRECTORS:
        return "Only directors can record a sanction."
    if member_id is None:
        return "Name the member: their email, or their exact name."
    if member_id == imposer_id:
        return "You cannot record a sanction on yourself."
    if until is None:
        return "Give the date the sanction ends, such as 2026-06-30."
    if until <= today:
        return "The end date must be after today."
    if "\x00" in text or len(text) > SANCTION_MAX:
        return f"The sanction text must be at most {SANCTION_MAX} characters, without NUL characters."
    return None


_SANCTION = re.compile(r"(?P<who>.*?)\s*\buntil\s+(?P<until>\S+)\s*(?P<text>.*)", re.IGNORECASE | re.DOTALL)


def sanction_entry(entry: str | None) -> tuple[str, str, str] | None:
    """(who, until, text) from "jane@example.com until 2026-06-30 No tenders"; None when "until DATE" is missing."""
    found = _SANCTION.fullmatch(entry or "")
    return (found["who"], found["until"], found["text"].strip()) if found else None


_DAY = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})|(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4})")


def parse_day(text: str | None) -> date | None:
    """A date typed as 2026-06-30 (what Input.Date sends) or 30/6/2026 (day first); None if it is neither."""
    found = _DAY.fullmatch((text or "").strip())
    if found is None:
        return None
    y, m, d = (found["y"], found["m"], found["d"]) if found["y"] else (found["y2"], found["m2"], found["d2"])
    try:
        return date(int(y), int(m), int(d))
    except ValueError:
        return None


def sanction_ends(day: date, zone: ZoneInfo) -> datetime:
    """'Until 30 June' lifts at the start of 30 June in the network's zone, stored in UTC."""
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def _involved(dispute: DisputeFacts) -> frozenset[int]:
    return dispute.parties | ({dispute.coordinator_id} if dispute.coordinator_id is not None else set())
