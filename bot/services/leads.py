"""Leads: a stored qualification as its reader may see it, and qualifying an enquiry or a referral."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from bot.rules.access import Viewer
from bot.rules.leads import Bant, budget_shown, grade, read_bant, score, sees_budget
from bot.turn import number
from cards.leads import LeadShown
from storage.leads import lead_of, qualify
from storage.models import Lead


def bant_of(row: Lead) -> Bant:
    """The BANT a stored qualification holds."""
    return Bant(row.budget_low, row.budget_high, row.authority, row.need, row.timeline)


def shown(row: Lead | None, viewer: Viewer, responder_id: int | None) -> LeadShown | None:
    """A qualification as this reader may see it: the exact budget only for the responder and insiders in private."""
    if row is None:
        return None
    bant = bant_of(row)
    result = score(bant)
    return LeadShown(result.score, grade(result.score), result.reasons,
                     budget_shown(bant, sees_budget(viewer, responder_id)), row.authority, row.need, row.timeline,
                     row.version)


def referral_lead(session: Session, referral_id: int, recipient_id: int, viewer: Viewer) -> LeadShown | None:
    """A referral's qualification as this reader may see it (its recipient is the responder)."""
    return shown(lead_of(session, "referral", referral_id), viewer, recipient_id)


@dataclass(frozen=True)
class Qualified:
    """What became of a qualification: the row written, or the problems (nothing written), or a stale card."""

    row: Lead | None
    problems: tuple[str, ...] = ()
    stale: Lead | None = None  # someone qualified it after the presser's card was drawn: the row as it is now


def qualify_from(session: Session, subject: str, subject_id: int, values: dict, *, by: int,
                 now: datetime) -> Qualified:
    """Read a "Qualify" form and record it over the version the card showed; nothing is written on a problem."""
    known = lead_of(session, subject, subject_id)
    seen = number(values.get("version", 0))
    if seen is None:
        return Qualified(None, ("That card is not one of Accord's; open the enquiry again.",))
    kept = (known.budget_low, known.budget_high) if known else (None, None)
    bant, problems = read_bant(values, kept)
    if bant is None:
        return Qualified(None, tuple(problems))
    points = score(bant).score
    row = qualify(session, subject, subject_id, seen, by=by, at=now, budget_low=bant.budget_low,
                  budget_high=bant.budget_high, authority=bant.authority, need=bant.need, timeline=bant.timeline,
                  score=points)
    if row is None:
        return Qualified(None, stale=lead_of(session, subject, subject_id))
    return Qualified(row)
