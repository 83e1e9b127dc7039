"""Relationships (seed 003): the relationship belongs to people, the client to the network.

Pure rules: how a member's declaration reads, how strong a member's relationship with a client or a contact is
(from what Accord knows, weighted by recency and frequency), how well a client's contacts are covered, who is best
placed to help or to introduce, and when a declaration is due for re-confirmation or lapses.

Strength. Each piece of evidence counts its weight (WEIGHTS), halved every HALF_LIFE_DAYS since it happened (an
active project counts in full while it lasts); the pieces add up (frequency), and the sum saturates towards 100:
score = 100 * (1 - exp(-sum / SATURATION)). One fresh declaration is "medium" (45); a declaration and an active
project, or three recent projects, are "strong"; a single project two years ago is "weak".
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.rules.access import Viewer
from bot.rules.dna import parse_entry
from bot.rules.words import ContactRole, HowKnown

HALF_LIFE_DAYS = 180  # evidence counts half as much after six months, a quarter after a year
SATURATION = 50.0
STRONG, MEDIUM, WEAK, NONE = "strong", "medium", "weak", "none"
STRONG_FROM, MEDIUM_FROM = 60, 30

# What Accord knows, by kind: the points one fresh piece of each is worth.
DECLARED = "declared"
ACTIVE_PROJECT = "active project"
PAST_PROJECT = "past project"
QUOTE = "quote"
REFERRAL_GIVEN = "referral given"
REFERRAL_RECEIVED = "referral received"
INTRODUCTION = "introduction"
ENQUIRY = "enquiry handled"
APPROACH = "approach agreed"
# The member said, asked for an introduction, that they do not know them well: until they declare or confirm the
# relationship again, it counts half.
DOUBTED = "not well known"
DOUBT_FACTOR = 0.5
WEIGHTS: dict[str, float] = {DECLARED: 30, ACTIVE_PROJECT: 45, PAST_PROJECT: 30, QUOTE: 20, REFERRAL_GIVEN: 15,
                             REFERRAL_RECEIVED: 15, INTRODUCTION: 15, ENQUIRY: 10, APPROACH: 10}
# How each kind reads in "what it is made of", singular and plural, in this order.
NOUNS: dict[str, tuple[str, str]] = {
    ACTIVE_PROJECT: ("active project", "active projects"), PAST_PROJECT: ("project", "projects"),
    QUOTE: ("quote", "quotes"), REFERRAL_GIVEN: ("referral given", "referrals given"),
    REFERRAL_RECEIVED: ("referral received", "referrals received"), INTRODUCTION: ("introduction", "introductions"),
    ENQUIRY: ("enquiry handled", "enquiries handled"), APPROACH: ("approach agreed", "approaches agreed")}
BAR_CELLS = 10


@dataclass(frozen=True)
class Evidence:
    """One thing Accord knows that ties a member to a client or contact, and when it happened."""

    kind: str
    at: datetime
    ongoing: bool = False  # an active project: counts in full until it ends
    confirmed: bool = False  # a declaration re-confirmed since it was made (at is then the confirmation)


@dataclass(frozen=True)
class Strength:
    """A relationship's strength: 0 to 100, a word, and what it is made of."""

    score: int
    word: str
    made_of: str


def word_for(score: int) -> str:
    """strong / medium / weak, or none for no evidence at all."""
    if score >= STRONG_FROM:
        return STRONG
    if score >= MEDIUM_FROM:
        return MEDIUM
    return WEAK if score > 0 else NONE


def weight(item: Evidence, now: datetime, half_life_days: float = HALF_LIFE_DAYS) -> float:
    """What one piece of evidence counts for at `now`: its weight, halved every half-life since it happened."""
    if item.ongoing:
        return WEIGHTS.get(item.kind, 0.0)
    age = max((now - item.at).total_seconds(), 0.0) / 86400
    return WEIGHTS.get(item.kind, 0.0) * math.pow(0.5, age / half_life_days)


def strength(evidence: Iterable[Evidence], now: datetime, zone: ZoneInfo,
             half_life_days: float = HALF_LIFE_DAYS) -> Strength:
    """The strength of one relationship from its evidence at `now`."""
    items = list(evidence)
    total = sum(weight(e, now, half_life_days) for e in items) * (DOUBT_FACTOR if _doubted(items) else 1.0)
    score = min(100, round(100 * (1 - math.exp(-total / SATURATION))))
    if score == 0 and any(e.kind != DOUBTED for e in items):
        score = 1  # something is known: weak, never nothing
    return Strength(score, word_for(score), made_of(items, now, zone))


def made_of(items: list[Evidence], now: datetime, zone: ZoneInfo) -> str:
    """ "2 projects, last in March; declared, confirmed 40 days ago" """
    if not items:
        return "nothing on record"
    parts = []
    for kind, (one, many) in NOUNS.items():
        found = [e for e in items if e.kind == kind]
        if not found:
            continue
        last = max(e.at for e in found)
        count = f"{len(found)} {many}" if len(found) > 1 else f"{'an' if one[0] in 'aeiou' else 'a'} {one}"
        parts.append(count if kind == ACTIVE_PROJECT else f"{count}, last in {_month(last, now, zone)}")
    declared = [e for e in items if e.kind == DECLARED]
    if declared:
        latest = max(declared, key=lambda e: e.at)
        ago = _ago(latest.at, now)
        parts.append(f"declared, confirmed {ago}" if latest.confirmed else f"declared {ago}")
    if _doubted(items):
        said = max(e.at for e in items if e.kind == DOUBTED)
        parts.append(f"said they do not know them well {_ago(said, now)}, so it counts half")
    return "; ".join(parts)


def _doubted(items: list[Evidence]) -> bool:
    """True if the member's latest word is that they do not know them well (no declaration or confirmation since)."""
    doubts = [e.at for e in items if e.kind == DOUBTED]
    declared = [e.at for e in items if e.kind == DECLARED]
    return bool(doubts) and (not declared or max(doubts) > max(declared))


def _month(at: datetime, now: datetime, zone: ZoneInfo) -> str:
    local, today = at.astimezone(zone), now.astimezone(zone)
    return local.strftime("%B") if local.year == today.year else local.strftime("%B %Y")


def _ago(at: datetime, now: datetime) -> str:
    days = max((now - at).days, 0)
    return "today" if days == 0 else "1 day ago" if days == 1 else f"{days} days ago"


def bar(score: int) -> str:
    """The strength as a bar of ten cells, for a card: ■■■■■■□□□□"""
    filled = max(0, min(BAR_CELLS, round(score / (100 / BAR_CELLS))))
    if score > 0 and filled == 0:
        filled = 1
    return "■" * filled + "□" * (BAR_CELLS - filled)


# --- declarations as members type them ----------------------------------------------------------------------------

SHAPE = "I know Name <email> at Client [, decision maker] [, worked together]"
ROLE_WORDS: dict[str, str] = {
    "decision maker": ContactRole.decision_maker, "decision-maker": ContactRole.decision_maker,
    "decision makers": ContactRole.decision_maker, "dm": ContactRole.decision_maker,
    "influencer": ContactRole.influencer, "procurement": ContactRole.procurement,
    "purchasing": ContactRole.procurement, "buyer": ContactRole.procurement, "user": ContactRole.user,
    "end user": ContactRole.user}
HOW_WORDS: dict[str, str] = {
    "worked together": HowKnown.worked_together, "we worked together": HowKnown.worked_together,
    "worked with them": HowKnown.worked_together, "former colleague": HowKnown.former_colleague,
    "ex colleague": HowKnown.former_colleague, "ex-colleague": HowKnown.former_colleague,
    "old colleague": HowKnown.former_colleague, "introduced": HowKnown.introduced,
    "was introduced": HowKnown.introduced, "introduced to me": HowKnown.introduced}
_LEAD = re.compile(r"^\s*(?:i\s+know|i've\s+known|i\s+have\s+known|i\s+also\s+know|know)\s+", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:[,;()]|\s-\s|\bas\s+(?:an?\s+|the\s+|their\s+)?|\bhow:|\brole:)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Declaration:
    """A relationship as a member declares it: the contact (name, email or both), the client, role and how known."""

    name: str | None
    email: str | None
    client: str
    contact_role: str | None = None
    how_known: str | None = None


def parse_declaration(text: str) -> Declaration | str:
    """The relationship a line declares ("I know Sarah Smith <sarah@x.com> at X, decision maker"), or why not."""
    text = _LEAD.sub("", " ".join(text.split()))
    at = re.search(r"\s(?:at|from)\s", text, re.IGNORECASE)
    if at is None:
        return f"write it as {SHAPE}"
    head, rest = text[:at.end()], text[at.end():]
    role = how = None
    kept = []
    for part in _SPLIT.split(rest):
        key = part.strip().strip(".").casefold()
        if not key:
            continue
        if key in ROLE_WORDS and role is None:
            role = ROLE_WORDS[key]
        elif key in HOW_WORDS and how is None:
            how = HOW_WORDS[key]
        else:
            kept.append(part.strip())
    entry = parse_entry(head + ", ".join(kept))
    if isinstance(entry, str):
        return entry.replace("Name <email> at Client", SHAPE)
    return Declaration(entry.name, entry.email, entry.client, role, how)


# --- keeping declarations fresh -----------------------------------------------------------------------------------

CONFIRM, REMIND, LAPSE, FRESH = "confirm", "remind", "lapse", "fresh"


def freshness(confirmed_at: datetime, reminded_at: datetime | None, now: datetime, confirm_days: int) -> str:
    """Where a declaration stands: fresh; due a reminder (once, at `confirm_days` since confirmed); lapsed when a
    reminder has gone out and `confirm_days / 6` more days (at least 14) passed without a re-confirmation."""
    due = confirmed_at + timedelta(days=confirm_days)
    if now < due:
        return FRESH
    if reminded_at is None or reminded_at < confirmed_at:
        return REMIND
    return LAPSE if now >= max(due, reminded_at) + grace(confirm_days) else FRESH


def grace(confirm_days: int) -> timedelta:
    """How long a reminded declaration waits for its owner before it lapses."""
    return timedelta(days=max(14, confirm_days // 6))


# --- coverage of a client's contacts ------------------------------------------------------------------------------

ROLES = tuple(ContactRole)
PROTECTED_NAME = "a protected contact"


@dataclass(frozen=True)
class Link:
    """A member's relationship with a client (contact_id None) or with one contact, and its strength."""

    member_id: int
    member_name: str
    contact_id: int | None
    strength: Strength


@dataclass(frozen=True)
class KnownContact:
    """A contact of the client a member has declared, with their role when known."""

    contact_id: int
    name: str
    email: str | None
    role: str | None
    # Members whose do-not-approach list holds this person: then only they and insiders may see who it is.
    protected_by: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Covered:
    """One contact in the coverage section: who covers them best and how; email None if the viewer may not see it."""

    name: str
    email: str | None
    role: str | None
    coverer: str
    coverer_id: int
    strength: Strength
    others: int  # other members who cover them too


@dataclass(frozen=True)
class Coverage:
    """The client's known contacts by role, the best coverer of each, the gaps, and who is best placed to help."""

    contacts: tuple[Covered, ...]
    gaps: tuple[str, ...]
    best: tuple[Link, ...]


def may_see_details(viewer: Viewer, owner_id: int) -> bool:
    """A contact's email and phone: for the member who declared them, and BD, directors and admins, in private."""
    return viewer.privileged or (not viewer.public and viewer.member_id == owner_id)


def coverage(contacts: Iterable[KnownContact], links: Iterable[Link], viewer: Viewer, best_count: int = 3) -> Coverage:
    """Who covers each known contact (the strongest first), the roles nobody covers, and the best placed members."""
    links = list(links)
    rows = []
    for contact in contacts:
        coverers = sorted((lk for lk in links if lk.contact_id == contact.contact_id),
                          key=lambda lk: (-lk.strength.score, lk.member_name))
        if not coverers:
            continue
        top = coverers[0]
        # Whoever declared the contact may see its details; so may the network's insiders.
        email = contact.email if any(may_see_details(viewer, lk.member_id) for lk in coverers) else None
        name = contact.name
        if contact.protected_by and not any(may_see_details(viewer, m) for m in contact.protected_by):
            name, email = PROTECTED_NAME, None  # a do-not-approach contact stays as the domain keeps it
        rows.append(Covered(name, email, contact.role, top.member_name, top.member_id, top.strength,
                            len(coverers) - 1))
    rows.sort(key=lambda c: (_role_rank(c.role), -c.strength.score, c.name.casefold()))
    covered_roles = {c.role for c in rows}
    gaps = tuple(r for r in ROLES if r not in covered_roles)
    return Coverage(tuple(rows), gaps, best_placed(links, best_count))


def best_placed(links: Iterable[Link], count: int = 3, exclude: int | None = None) -> tuple[Link, ...]:
    """The members with the strongest relationship with the client as a whole, strongest first."""
    clientwide = [lk for lk in links if lk.contact_id is None and lk.member_id != exclude and lk.strength.score > 0]
    return tuple(sorted(clientwide, key=lambda lk: (-lk.strength.score, lk.member_name))[:count])


def _role_rank(role: str | None) -> int:
    return ROLES.index(ContactRole(role)) if role in ROLES else len(ROLES)


def gap_line(gaps: tuple[str, ...]) -> str:
    """ "No one covers procurement or user." """
    if not gaps:
        return "Every role is covered."
    listed = gaps[0] if len(gaps) == 1 else ", ".join(gaps[:-1]) + f" or {gaps[-1]}"
    return f"No one covers {listed}."
