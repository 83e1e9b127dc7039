"""A client's history for one viewer: the change log read, what each change was made to, and the rule applied."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlmodel import Session

from bot.rules import history as rules
from bot.rules.access import Viewer
from bot.rules.disputes import DisputeFacts
from bot.settings import Settings
from cards.base import MOMENT, shown
from cards.history import HistoryRow
from cards.quotes import money
from storage import history as log
from storage.members import display_name
from storage.models import Contact, Dispute, Flag, Quote, Referral
from storage.quotes import network_quotes, quote_id_of
from storage.registry import members_by_id

# The fields a change keeps, as the card names them; the client's own id says nothing on its own history.
LABELS = {"holder_id": "holder", "owner_id": "owner", "member_id": "member", "payer_id": "payer",
          "payee_id": "payee", "raised_by": "raised by", "against_id": "against", "coordinator_id": "coordinator",
          "introducer_id": "introduced by", "recipient_id": "introduced to", "asked_by": "asked by",
          "value_cents": "value", "contact_email": "contact email", "contact_name": "contact",
          "on_behalf_of": "on behalf of", "opened_at": "opened", "closed_at": "closed", "published_at": "published"}
MEMBER_FIELDS = frozenset({"holder_id", "owner_id", "member_id", "payer_id", "payee_id", "raised_by", "against_id",
                           "coordinator_id", "introducer_id", "recipient_id", "asked_by", "on_behalf_of"})
# Left out: the client (this history's own), ids shown otherwise, a flag's source (its "via") and a fee's quote:
# which quote a fee is on is for those who may see the quote.
LEFT_OUT = frozenset({"client_id", "contact_id", "currency", "source", "quote_id"})
MOMENTS = frozenset({"since", "until", "opened_at", "closed_at", "published_at", "resolved_at", "prompted_at",
                     "reminded_at", "unanswered_at"})
NAMES = {"flag": "Flag", "quote": "Quote", "approach": "Approach", "fee": "Referral fee", "referral": "Referral",
         "dispute": "Dispute", "client": "Client record", "fee_prompt": "Fee decision"}


def history_for(session: Session, settings: Settings, client_id: int, viewer: Viewer) -> list[HistoryRow]:
    """Every change to a client this viewer may see, newest first, in words."""
    found = log.client_history(session, client_id)
    events = _with_records(session, found)
    seen = rules.as_seen(events, viewer, partner_quotes_visible_to_bd=settings.partner_quotes_visible_to_bd)
    names = _member_names(session, seen)
    return [_row(e, names, settings) for e in reversed(seen)]


def _with_records(session: Session, found: list[log.Event]) -> list[rules.Event]:
    """The change log's events with what the rule needs of each record: holder or owner, parties, the dispute."""
    ids: dict[str, set[int]] = {}
    for event in found:
        ids.setdefault(event.subject, set()).add(event.subject_id)
    flags = log.rows_named(session, Flag, ids.get("flag", ()))
    quotes = log.rows_named(session, Quote, ids.get("quote", ()))
    disputes = log.rows_named(session, Dispute, ids.get("dispute", ()))
    referrals = log.rows_named(session, Referral, ids.get("referral", ()))
    sources = {f.id: quote_id_of(f.source) for f in flags.values()}
    public = network_quotes(session, filter(None, sources.values()))
    contacts = _contacts(session, found)
    events = []
    for e in found:
        event = rules.Event(e.id, e.at, e.subject, e.subject_id, e.action, e.by, e.via, e.before, e.after)
        if e.subject == "flag" and e.subject_id in flags:
            event = _flag(event, flags[e.subject_id], sources[e.subject_id] not in public, contacts)
        elif e.subject == "quote" and e.subject_id in quotes:
            row = quotes[e.subject_id]
            event = replace(event, owner_id=row.owner_id, partner_quote=row.partner_quote)
        elif e.subject == "dispute" and e.subject_id in disputes:
            d = disputes[e.subject_id]
            facts = DisputeFacts(d.id, d.raised_by, d.against_id, d.coordinator_id, d.state, d.published_at is not None)
            event = replace(event, dispute=facts)
        elif e.subject == "referral" and e.subject_id in referrals:
            r = referrals[e.subject_id]
            event = replace(event, parties=frozenset({r.introducer_id, r.recipient_id}))
        events.append(event)
    return events


def _flag(event: rules.Event, flag: Flag, partner_quote: bool,
          contacts: Mapping[int, Contact]) -> rules.Event:
    """A flag's change with its holder, and its contact's name and email in place of the contact's id."""
    def named(state: Mapping[str, Any] | None) -> dict[str, Any] | None:
        if state is None:
            return None
        contact = contacts.get(state.get("contact_id") or 0)
        extra = {"contact": contact.name or None, "contact_email": contact.email} if contact else {}
        return {**state, **extra}

    return replace(event, owner_id=flag.holder_id, partner_quote=partner_quote, before=named(event.before),
                   after=named(event.after))


def _contacts(session: Session, found: list[log.Event]) -> dict[int, Contact]:
    wanted = {int(s["contact_id"]) for e in found if e.subject == "flag" for s in (e.before, e.after)
              if s and isinstance(s.get("contact_id"), int)}
    return log.rows_named(session, Contact, wanted)


def _member_names(session: Session, events: list[rules.Event]) -> dict[int, str]:
    wanted = {v for e in events for s in (e.before, e.after) if s for k, v in s.items()
              if k in MEMBER_FIELDS and isinstance(v, int)}
    wanted |= {split[0] for e in events for s in (e.before, e.after) if s and isinstance(s.get("splits"), list)
               for split in s["splits"] if isinstance(split, list) and split and isinstance(split[0], int)}
    return {k: display_name(m) for k, m in members_by_id(session, wanted).items()}


def _row(event: rules.Event, names: Mapping[int, str], settings: Settings) -> HistoryRow:
    before, after = dict(event.before or {}), dict(event.after or {})
    fields = [k for k in dict.fromkeys([*after, *before]) if k not in LEFT_OUT and before.get(k) != after.get(k)
              and (event.before is not None or after.get(k) not in (None, "", []))]  # a new record: what it has
    currency = str(after.get("currency") or before.get("currency") or "AUD")
    changes = tuple((LABELS.get(k, k), _value(k, before.get(k), names, settings, currency) if event.before else "",
                     _value(k, after.get(k), names, settings, currency)) for k in fields)
    return HistoryRow(event.at, f"{NAMES.get(event.subject, event.subject.capitalize())} {event.subject_id}",
                      event.action, event.by, event.via, changes)


def _value(key: str, value: Any, names: Mapping[int, str], settings: Settings, currency: str) -> str:
    """One field's value in words: members by name, amounts as money, moments in the network's time."""
    if value is None or value == "" or value == []:
        return ""
    if key in MEMBER_FIELDS and isinstance(value, int):
        return names.get(value, "a member")
    if key == "value_cents" and isinstance(value, int):
        return money(value, currency)
    if key in MOMENTS and isinstance(value, str):
        try:
            return shown(datetime.fromisoformat(value), settings.zone, MOMENT)
        except ValueError:
            return value
    if key == "percent" and isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:g}%"
    if key == "splits" and isinstance(value, list):
        return "; ".join(f"{names.get(s[0], 'a member')} {str(s[1]).replace('_', ' ')} {s[2]}%"
                         for s in value if isinstance(s, list) and len(s) == 3)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)
