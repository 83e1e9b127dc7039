"""Who holds a client, as the asker may see it (the visibility table of the domain notes)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from bot.rules.access import Viewer
from bot.rules.quotes import CURRENT_WORK, basis_as_seen
from bot.rules.words import Basis

DNA = Basis.do_not_approach
BASIS_ORDER = (Basis.active_project, Basis.active_quote, CURRENT_WORK, Basis.declared_relationship, Basis.introduction,
               Basis.past_project, DNA)


@dataclass(frozen=True)
class FlagFact:
    """One flag in force, with the names the answer needs."""

    holder_id: int
    holder_name: str
    basis: str
    since: datetime
    contact_name: str | None = None
    contact_email: str | None = None
    # An active quote's flag is public only when the network's own people started the quote; a partner's quote, or a
    # flag that does not say whose quote it is (an import), stays with those who may see partner quotes.
    partner_quote: bool = True


@dataclass(frozen=True)
class Holder:
    """A member holding the client, on one or more bases."""

    member_id: int
    name: str
    bases: tuple[str, ...]
    since: datetime


@dataclass(frozen=True)
class CoveredContact:
    """A contact a holder covers; name and email are None when the viewer may not see them."""

    holder_name: str
    basis: str
    name: str | None
    email: str | None


@dataclass(frozen=True)
class Ownership:
    """The answer to "who owns X?" for one viewer."""

    holders: tuple[Holder, ...]
    contacts: tuple[CoveredContact, ...]
    asker_holds: bool


FREE, HELD, PROTECTED = "free", "held", "protected"


def standing(view: Ownership) -> str:
    """The one-word verdict on a client: free to approach, held, or held with a protected (do-not-approach) contact."""
    if not view.holders:
        return FREE
    return PROTECTED if any(DNA in h.bases for h in view.holders) else HELD


def may_see_contact(viewer: Viewer, fact: FlagFact) -> bool:
    """Contact details of a do-not-approach entry are for its owner and BD/directors/admins; others are open."""
    return fact.basis != DNA or holder_or_insider(viewer, fact)


def holder_or_insider(viewer: Viewer, fact: FlagFact) -> bool:
    """True for the flag's holder and for BD, directors and admins, in private."""
    return viewer.privileged or (not viewer.public and viewer.member_id == fact.holder_id)


def as_seen(facts: Iterable[FlagFact], viewer: Viewer, partner_quotes_visible_to_bd: bool) -> list[FlagFact]:
    """The flags with each basis as this viewer may read it (a quote they may not see is "current work")."""
    return [replace(f, basis=basis_as_seen(f.basis, viewer, f.holder_id, f.partner_quote,
                                           partner_quotes_visible_to_bd)) for f in facts]


def ownership(facts: list[FlagFact], viewer: Viewer, *, partner_quotes_visible_to_bd: bool) -> Ownership:
    """Holders with their basis categories, and the contacts covered, as this viewer may see them."""
    facts = as_seen(facts, viewer, partner_quotes_visible_to_bd)
    by_holder: dict[int, list[FlagFact]] = {}
    for fact in facts:
        by_holder.setdefault(fact.holder_id, []).append(fact)
    holders = sorted((_holder(group) for group in by_holder.values()), key=lambda h: (rank(h.bases[0]), h.since))
    contacts = tuple(_contact(fact, viewer) for fact in facts if fact.contact_name or fact.contact_email)
    asker_holds = viewer.member_id in by_holder and not viewer.public
    return Ownership(tuple(holders), contacts, asker_holds)


def _holder(group: list[FlagFact]) -> Holder:
    bases = tuple(sorted({f.basis for f in group}, key=rank))
    return Holder(group[0].holder_id, group[0].holder_name, bases, min(f.since for f in group))


def _contact(fact: FlagFact, viewer: Viewer) -> CoveredContact:
    if not may_see_contact(viewer, fact):
        return CoveredContact(fact.holder_name, fact.basis, None, None)
    # Emails are contact details: everyone may learn who is covered, only the holder and insiders get the address.
    email = fact.contact_email if holder_or_insider(viewer, fact) else None
    return CoveredContact(fact.holder_name, fact.basis, fact.contact_name, email)


def same_contact(name_a: str | None, email_a: str | None, name_b: str | None, email_b: str | None) -> bool:
    """The same person: by email when both have one, else by name, ignoring case and spacing."""
    if email_a and email_b:
        return _fold(email_a) == _fold(email_b)
    if not (name_a and name_b):
        return False
    return _fold(name_a) == _fold(name_b)


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def rank(basis: str, order: tuple[str, ...] = BASIS_ORDER) -> int:
    """Where a basis stands in `order`, strongest first; an unknown basis after every known one."""
    return order.index(basis) if basis in order else len(order)


@dataclass(frozen=True)
class WorkFlag:
    """A flag won work gives: to whom, on what basis, from when and until when (None: open-ended)."""

    holder_id: int
    basis: str
    since: datetime
    until: datetime | None


def won_work(owner_id: int, introducer_id: int | None, won_at: datetime, project: timedelta) -> tuple[WorkFlag, ...]:
    """What a win gives: its owner an active project, then a past one; whoever introduced it, an introduction."""
    ends = won_at + project
    given = [WorkFlag(owner_id, Basis.active_project, won_at, ends), WorkFlag(owner_id, Basis.past_project, ends, None)]
    if introducer_id is not None and introducer_id != owner_id:
        given.append(WorkFlag(introducer_id, Basis.introduction, won_at, None))
    return tuple(given)
