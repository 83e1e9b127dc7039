"""A client's history as the asker may see it (the visibility table of the domain notes), change by change."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from bot.rules.access import INSIDERS, Viewer
from bot.rules.disputes import FULL, OUTCOME, RESOLVED, DisputeFacts, shows_in_timeline, sight
from bot.rules.quotes import basis_as_seen, may_see_quote
from bot.rules.words import Basis

PROTECTED = "a protected contact"
# What of a dispute everyone may read once its outcome is published: the outcome, nothing of the claim.
OUTCOME_FIELDS = frozenset({"state", "outcome", "summary", "published_at"})
OUTCOME_ACTIONS = frozenset({RESOLVED, "published"})
# A flag's contact and a referral's contact: the name is open unless protected, the details are not.
CONTACT_DETAILS = frozenset({"contact_email"})
REFERRAL_DETAILS = frozenset({"contact_name", "contact_email", "note"})


@dataclass(frozen=True)
class Event:
    """One recorded change, with what the rules need to know about the record it changed.

    `owner_id` is a flag's holder or a quote's owner; `partner_quote` says a quote (or the quote a flag came from)
    is a partner's, or is not known to be the network's own; `parties` are a referral's introducer and recipient;
    `dispute` is set for a dispute's changes.
    """

    id: int
    at: datetime
    subject: str
    subject_id: int
    action: str
    by: str | None
    via: str | None
    before: Mapping[str, Any] | None
    after: Mapping[str, Any] | None
    owner_id: int | None = None
    partner_quote: bool = True
    parties: frozenset[int] = frozenset()
    dispute: DisputeFacts | None = None


def as_seen(events: Iterable[Event], viewer: Viewer, *, partner_quotes_visible_to_bd: bool) -> list[Event]:
    """The events this viewer may see, each with what they may not read taken out; in the order given."""
    seen = (_seen(e, viewer, partner_quotes_visible_to_bd) for e in events)
    return [e for e in seen if e is not None]


def _seen(event: Event, viewer: Viewer, bd_sees_quotes: bool) -> Event | None:
    if event.subject == "quote":
        # Value, status and splits, and that a partner quotes at all, stay with those who may see the quote.
        return event if may_see_quote(viewer, event.owner_id or 0, event.partner_quote, bd_sees_quotes) else None
    if event.subject == "flag":
        return _flag(event, viewer, bd_sees_quotes)
    if event.subject == "dispute":
        return _dispute(event, viewer)
    if event.subject == "referral" and not _party_or_insider(viewer, event.parties):
        return _without(event, REFERRAL_DETAILS)
    return event  # fees, approaches and the client's own record: open to everyone


def _flag(event: Event, viewer: Viewer, bd_sees_quotes: bool) -> Event:
    holder = event.owner_id or 0
    bases = {str(s["basis"]) for s in (event.before, event.after) if s and s.get("basis")}
    shown = {b: basis_as_seen(b, viewer, holder, event.partner_quote, bd_sees_quotes) for b in bases}
    own_or_insider = _party_or_insider(viewer, frozenset({holder}))
    if any(shown[b] != b for b in bases):  # a quote this viewer may not see: "current work", and not which quote
        event = replace(_without(event, frozenset({"source"})), via=None)
    if Basis.do_not_approach in bases and not own_or_insider:
        event = _without(event, CONTACT_DETAILS, masked={"contact": PROTECTED})
    elif not own_or_insider:
        event = _without(event, CONTACT_DETAILS)
    return replace(event, before=_bases(event.before, shown), after=_bases(event.after, shown))


def _dispute(event: Event, viewer: Viewer) -> Event | None:
    if event.dispute is None:
        return None
    how = sight(viewer, event.dispute)
    if how == FULL:
        return event if shows_in_timeline(event.action, viewer) else None
    if how == OUTCOME and event.action in OUTCOME_ACTIONS:
        return replace(event, via=None, before=_only(event.before, OUTCOME_FIELDS),
                       after=_only(event.after, OUTCOME_FIELDS))
    return None


def _party_or_insider(viewer: Viewer, parties: frozenset[int]) -> bool:
    """BD, directors and admins in private, and the members named, in private; never a card everyone sees."""
    if viewer.public:
        return False
    return viewer.role in INSIDERS or (viewer.member_id is not None and viewer.member_id in parties)


def _without(event: Event, fields: frozenset[str], masked: Mapping[str, str] | None = None) -> Event:
    def cut(state: Mapping[str, Any] | None) -> dict[str, Any] | None:
        if state is None:
            return None
        kept = {k: v for k, v in state.items() if k not in fields}
        return kept | {k: v for k, v in (masked or {}).items() if state.get(k) is not None}

    return replace(event, before=cut(event.before), after=cut(event.after))


def _only(state: Mapping[str, Any] | None, fields: frozenset[str]) -> dict[str, Any] | None:
    return None if state is None else {k: v for k, v in state.items() if k in fields}


def _bases(state: Mapping[str, Any] | None, shown: Mapping[str, str]) -> Mapping[str, Any] | None:
    if state is None or not state.get("basis"):
        return state
    return {**state, "basis": shown.get(str(state["basis"]), state["basis"])}
