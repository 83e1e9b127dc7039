"""Quotes from the platform and from chat: recorded, their flags kept in step, earlier owners told of an overlap."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session

from bot.clients import ClientIndex
from bot.mail import mail_sender
from bot.rules.access import Viewer
from bot.rules.quotes import flag_spans, is_partner_quote, may_see_quote, overlap_owners, status_after
from bot.services import delivery, handoff
from bot.services.fees import fees_from_splits, prompt_for_quote
from bot.settings import Settings
from bot.turn import Reply
from cards.quotes import OverlapNotice, QuoteDetails, QuoteView, SplitView, overlap_card, overlap_email
from storage import outbox
from storage.history import record_change, snapshot
from storage.members import display_name, member_by_email, member_by_id
from storage.models import Client, Member, Quote
from storage.quotes import (
    QUOTE_FIELDS,
    add_event,
    add_quote,
    earlier_quotes,
    event_by_key,
    flag_source,
    flags_of_quote,
    latest_event_at,
    projects_ended,
    quote_by_external_id,
    splits_of,
    update_quote,
)
from storage.registry import client, members_by_id, put_flag


@dataclass(frozen=True)
class PlatformSplit:
    """A split as the platform names it."""

    member_email: str
    kind: str
    percent: float


@dataclass(frozen=True)
class PlatformEvent:
    """A quote event from the platform; None for value, currency, tender or splits means "not sent: unchanged"."""

    external_id: str
    event: str
    at: datetime
    owner_email: str
    client: str
    value_cents: int | None = None
    currency: str | None = None
    tender: bool | None = None
    splits: tuple[PlatformSplit, ...] | None = None
    payload: dict[str, Any] = field(default_factory=dict, hash=False)

    @property
    def key(self) -> str:
        """The idempotency key: a retried delivery of the same event has the same one."""
        return f"{self.external_id}|{self.event}|{self.at.isoformat()}"


@dataclass(frozen=True)
class Received:
    """What became of a platform event: the quote and whether the event is new, or why it was refused."""

    quote_id: int | None = None
    new: bool = False
    errors: tuple[tuple[str, str], ...] = ()  # (field, reason)


@dataclass(frozen=True)
class _Names:
    """The members and client an event names, as Accord knows them."""

    owner: Member | None
    client_id: int | None
    splits: list[tuple[int, str, float]]
    errors: tuple[tuple[str, str], ...]


def receive(session: Session, settings: Settings, clients: ClientIndex, event: PlatformEvent,
            now: datetime) -> Received:
    """Apply a platform event once: one for an unknown quote creates it; an older one is kept but changes nothing."""
    known = event_by_key(session, event.key)
    if known is not None:
        return Received(known.quote_id, new=False)
    names = _names(session, clients, event)
    if names.errors:
        return Received(errors=names.errors)
    row = quote_by_external_id(session, event.external_id)
    latest = latest_event_at(session, row.id) if row else None
    before = quote_state(session, row) if row else None
    if row is None:
        row = add_quote(session, external_id=event.external_id, client_id=names.client_id, owner_id=names.owner.id,
                        partner_quote=is_partner_quote(names.owner.role), source="platform", opened_at=event.at)
    add_event(session, event.key, row.id, event.event, event.at, event.payload)
    if latest is not None and event.at < latest:
        return Received(row.id, new=True)  # kept as evidence; an older event must not undo a newer one
    _apply(session, row, event, names)
    after = quote_state(session, row)
    if after != before:
        record_change(session, "quote", row.id, event.event if before else "created", by=None, before=before,
                      after=after, note=f"quoting platform: {event.event}")
    sync_flags(session, settings, row, now)
    if before is None:
        after_created(session, settings, row)
    if event.splits is not None:
        fees_from_splits(session, settings, row, names.splits)
    handoff.quote_won(session, settings, row, before and before["status"], now)  # the won client's handoff
    return Received(row.id, new=True)


def sync_flags(session: Session, settings: Settings, row: Quote, now: datetime) -> None:
    """Make the owner's flags from this quote what its status says, each change kept in the flag history."""
    wanted = flag_spans(row.status, row.opened_at, row.closed_at, now,
                        grace=timedelta(days=settings.quote_flag_grace_days),
                        project=timedelta(days=settings.project_active_days))
    given = {flag.basis: flag for flag in flags_of_quote(session, row.id)}
    via = flag_source(row.id)
    for span in wanted:
        put_flag(session, given.pop(span.basis, None), by=None, via=via, client_id=row.client_id,
                 holder_id=row.owner_id, basis=span.basis, since=span.since, until=span.until)
    for flag in given.values():  # a basis the quote no longer gives, e.g. a win the platform corrected to a loss
        if flag.until is None or flag.until > now:
            put_flag(session, flag, by=None, via=via, until=max(now, flag.since))


def end_projects(session: Session, settings: Settings, now: datetime) -> int:
    """Won quotes whose active-project time is over give their owner a past-project flag; how many did."""
    rows = projects_ended(session, now - timedelta(days=settings.project_active_days))
    for row in rows:
        sync_flags(session, settings, row, now)
    return len(rows)


def _names(session: Session, clients: ClientIndex, event: PlatformEvent) -> _Names:
    errors = []
    owner = member_by_email(session, event.owner_email)
    if owner is None:
        errors.append(("owner_email", f"no member has the email {event.owner_email}"))
    found = clients.match(session, event.client)
    if found.match is None:
        names = "; ".join(c.name for c in found.candidates[:5])
        errors.append(("client", f"no single client matches {event.client!r}"
                                 + (f"; did you mean: {names}" if names else "")))
    splits = []
    for n, split in enumerate(event.splits or ()):
        member = member_by_email(session, split.member_email)
        if member is None:
            errors.append((f"splits.{n}.member_email", f"no member has the email {split.member_email}"))
        else:
            splits.append((member.id, split.kind, split.percent))
    return _Names(owner, found.match.client_id if found.match else None, splits, tuple(errors))


def _apply(session: Session, row: Quote, event: PlatformEvent, names: _Names) -> None:
    """What a platform event changes in a quote: owner, client, status, value, currency, tender, splits."""
    given = {"value_cents": event.value_cents, "currency": event.currency, "tender": event.tender}
    update_quote(session, row, owner_id=names.owner.id, client_id=names.client_id,
                 status=status_after(row.status, event.event), at=event.at,
                 splits=names.splits if event.splits is not None else None,
                 **{k: v for k, v in given.items() if v is not None})


def quote_state(session: Session, row: Quote) -> dict[str, Any]:
    """A quote with its splits, for the change log."""
    splits = [[s.member_id, s.kind, s.percent] for s in splits_of(session, row.id)]
    return {**snapshot(row, QUOTE_FIELDS), "splits": splits}


def after_created(session: Session, settings: Settings, row: Quote) -> list[delivery.Delivery]:
    """What follows a new quote, from the platform or chat; the overlap notices to the earlier owners."""
    told = _notify_overlap(session, settings, row)
    prompt_for_quote(session, settings, row)
    return told


def overlap(session: Session, row: Quote) -> list[tuple[list[Quote], Member]]:
    """Each owner of an earlier quote for the client, other than this quote's, with their earlier quotes."""
    earlier = earlier_quotes(session, row)
    ids = overlap_owners(row.owner_id, [q.owner_id for q in earlier])
    people = members_by_id(session, ids)
    return [([q for q in earlier if q.owner_id == owner_id], people[owner_id]) for owner_id in ids]


def _notify_overlap(session: Session, settings: Settings, row: Quote) -> list[delivery.Delivery]:
    """Tell each owner of an earlier quote for the client, 1:1 and by email, showing only what they may see."""
    readers = overlap(session, row)
    sender = mail_sender(settings)
    told = []
    for theirs, reader in readers:
        notice = OverlapNotice(view_for(session, settings, row, reader), tuple(
            view_for(session, settings, q, reader) for q in theirs))
        told.append(delivery.to_member(session, settings, f"quote:{row.id}:overlap:{reader.id}",
                                       Reply(card=overlap_card(notice, settings.zone)).payload(), reader.id))
        if sender and reader.email:
            outbox.enqueue(session, f"quote:{row.id}:overlap-mail:{reader.id}",
                           overlap_email(notice, reader.email, settings.zone), member_id=reader.id,
                           deadline=settings.delivery_deadline, channel="email")
    return told


def view_for(session: Session, settings: Settings, row: Quote, viewer: Member) -> QuoteView:
    return view_of(session, settings, row, member_by_id(session, row.owner_id), client(session, row.client_id),
                    viewer)


def view_of(session: Session, settings: Settings, row: Quote, owner: Member, named: Client,
             viewer: Member) -> QuoteView:
    """A quote as `viewer` may see it."""
    details = None
    if may_see(settings, viewer, row):
        splits = splits_of(session, row.id)
        people = members_by_id(session, [s.member_id for s in splits])
        details = QuoteDetails(row.status, row.value_cents, row.currency, row.tender,
                               tuple(SplitView(display_name(people[s.member_id]), s.kind, s.percent) for s in splits))
    return QuoteView(row.id, named.id, named.name, display_name(owner), row.opened_at, details)


def may_see(settings: Settings, viewer: Member, row: Quote) -> bool:
    return may_see_quote(Viewer(viewer.id, viewer.role), row.owner_id, row.partner_quote,
                         settings.partner_quotes_visible_to_bd)
