"""The allocation scorecard: a member's period on the platform turned into a documented score with its reasons.

Seed 000: "we will allocate more projects to partners that actively do projects on the platform", "partners that do
not pay fair relationship fees will less likely get allocated future projects", and a partner who clearly violates
the community principles is not allocated work. Each part earns up to its weight; the weights are settings.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from statistics import median

ACTIVITY, FEES, REFERRALS, DISPUTES, RESPONSE = "activity", "fees", "referrals", "disputes", "response"
# Quotes a period needs for most of the activity points: one won counts as two created.
ACTIVITY_SCALE = 4.0
REFERRAL_SCALE = 2.0
# Enquiry response: full marks within FAST hours of arrival, none after SLOW.
FAST_HOURS, SLOW_HOURS = 4.0, 72.0
# An upheld dispute against the member costs this share of the disputes part; two cost all of it.
UPHELD_COST = 0.5
STRONG, FAIR = 75, 50


@dataclass(frozen=True)
class Weights:
    """Points each part may earn (SCORECARD_WEIGHTS); they need not add up to 100, the score is scaled to 100."""

    activity: float = 30
    fees: float = 30
    referrals: float = 10
    disputes: float = 20
    response: float = 10

    @classmethod
    def parse(cls, text: str) -> Weights:
        """ "activity=30,fees=30" -> Weights; unnamed parts keep their defaults. Raises ValueError on bad input."""
        known = {f.name for f in fields(cls)}
        given: dict[str, float] = {}
        for item in filter(None, (part.strip() for part in text.split(","))):
            name, _, value = item.partition("=")
            name = name.strip().lower()
            if name not in known:
                raise ValueError(f"unknown scorecard part '{name}' (known: {', '.join(sorted(known))})")
            number = float(value)
            if not 0 <= number <= 100 or math.isnan(number):
                raise ValueError(f"the weight of '{name}' must be between 0 and 100")
            given[name] = number
        weights = cls(**given)
        if not sum(getattr(weights, f.name) for f in fields(cls)):
            raise ValueError("at least one scorecard weight must be above 0")
        return weights


@dataclass(frozen=True)
class Activity:
    """What one member did in a period, as the scorecard reads it."""

    quotes_created: int = 0
    quotes_won: int = 0
    referrals_given: int = 0
    referrals_received: int = 0
    fees_owed: int = 0  # decisions on fees to prior holders owed by their quotes
    fees_within: int = 0  # a fee within the guideline
    fees_outside: int = 0  # a fee outside it
    fees_reasoned: int = 0  # no fee, with a reason; or the holder declined
    fees_awaiting: int = 0  # still within the time to answer
    fees_unanswered: int = 0
    disputes_upheld: int = 0  # raised against the member and decided against them
    disputes_dismissed: int = 0
    sanctioned: bool = False  # a sanction in force
    response_hours: tuple[float, ...] = ()  # enquiries they held: hours from arrival to their first answer


@dataclass(frozen=True)
class Part:
    """One part of the score: the points earned, the most it could earn, and why."""

    name: str
    points: float
    most: float
    why: str


@dataclass(frozen=True)
class Scorecard:
    """The score out of 100, its word, each part, and whether the member may be allocated work at all."""

    score: int
    word: str
    parts: tuple[Part, ...]
    eligible: bool


def scorecard(activity: Activity, weights: Weights = Weights()) -> Scorecard:
    """The member's score out of 100 with the reasons for every point; a sanction in force makes them ineligible."""
    parts = (_activity(activity, weights.activity), _fees(activity, weights.fees),
             _referrals(activity, weights.referrals), _disputes(activity, weights.disputes),
             _response(activity, weights.response))
    most = sum(p.most for p in parts)
    score = round(100 * sum(p.points for p in parts) / most) if most else 0
    if activity.sanctioned:
        return Scorecard(score, "not eligible", parts, eligible=False)
    return Scorecard(score, word(score), parts, eligible=True)


def word(score: int) -> str:
    """strong / fair / weak."""
    return "strong" if score >= STRONG else "fair" if score >= FAIR else "weak"


def _activity(a: Activity, most: float) -> Part:
    done = a.quotes_created + 2 * a.quotes_won
    share = 1 - math.exp(-done / ACTIVITY_SCALE)
    why = f"{_count(a.quotes_created, 'quote')} created, {a.quotes_won} won on the platform"
    return Part(ACTIVITY, most * share, most, why)


def _fees(a: Activity, most: float) -> Part:
    decided = a.fees_owed - a.fees_awaiting
    if decided <= 0:
        why = "no fee decision was due" + (f" ({a.fees_awaiting} awaiting)" if a.fees_awaiting else "")
        return Part(FEES, most, most, why)
    honoured = a.fees_within + a.fees_reasoned + 0.5 * a.fees_outside
    share = min(1.0, honoured / decided)
    why = (f"{a.fees_within} of {_count(decided, 'fee decision')} within the 5-15% guideline, "
           f"{a.fees_outside} outside it, {a.fees_reasoned} with a reason for no fee, {a.fees_unanswered} unanswered")
    return Part(FEES, most * share, most, why)


def _referrals(a: Activity, most: float) -> Part:
    share = 1 - math.exp(-a.referrals_given / REFERRAL_SCALE)
    why = f"{_count(a.referrals_given, 'introduction')} given, {a.referrals_received} received"
    return Part(REFERRALS, most * share, most, why)


def _disputes(a: Activity, most: float) -> Part:
    share = max(0.0, 1 - UPHELD_COST * a.disputes_upheld)
    if not a.disputes_upheld and not a.disputes_dismissed:
        return Part(DISPUTES, most, most, "no dispute decided against them")
    why = f"{_count(a.disputes_upheld, 'dispute')} upheld against them, {a.disputes_dismissed} dismissed"
    return Part(DISPUTES, most * share, most, why)


def _response(a: Activity, most: float) -> Part:
    if not a.response_hours:
        return Part(RESPONSE, most, most, "no enquiry was theirs to answer")
    typical = median(a.response_hours)
    share = min(1.0, max(0.0, (SLOW_HOURS - typical) / (SLOW_HOURS - FAST_HOURS)))
    why = f"answered {_count(len(a.response_hours), 'enquiry', 'enquiries')}, typically in {_hours(typical)}"
    return Part(RESPONSE, most * share, most, why)


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def _hours(hours: float) -> str:
    return f"{hours:.0f} hours" if hours >= 2 else f"{hours * 60:.0f} minutes"
