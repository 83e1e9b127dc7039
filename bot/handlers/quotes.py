"""Quotes: platform events and chat, the flags they give their owner, and overlap notices to earlier quote owners."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session

from bot.clients import ClientIndex
from bot.handlers.fees import prompt_for_quote
from bot.mail import mail_sender
from bot.router import Context
from bot.rules.access import INSIDERS, Viewer
from bot.rules.quotes import (
    chat_external_id,
    detail_audience,
    flag_spans,
    is_partner_quote,
    may_see_quote,
    overlap_owners,
    parse_chat_quote,
    status_after,
)
from bot.services import delivery
from bot.settings import Settings
from bot.turn import Reply
from cards.base import no_client
from cards.quotes import (
    MAX_LISTED,
    OverlapNotice,
    QuoteDetails,
    QuoteView,
    SplitView,
    list_card,
    overlap_card,
    overlap_email,
    recorded_card,
)
from storage import outbox
from storage.history import record_change, snapshot
from storage.members import display_name, member_by_email, member_by_id
from storage.models import Client, Member, Quote, QuoteStatus
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
    quotes_with_people,
    splits_of,
    update_quote,
)
from storage.registry import client, members_by_id, put_flag
from storage.types import utcnow

USAGE = "Write it as: quote ClientCorp 45000 (or $45k, 1.2m), with USD and/or tender after the value if they apply."


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
    before = _state(session, row) if row else None
    if row is None:
        row = add_quote(session, external_id=event.external_id, client_id=names.client_id, owner_id=names.owner.id,
                        partner_quote=is_partner_quote(names.owner.role), source="platform", opened_at=event.at)
    add_event(session, event.key, row.id, event.event, event.at, event.payload)
    if latest is not None and event.at < latest:
        return Received(row.id, new=True)  # kept as evidence; an older event must not undo a newer one
    _apply(session, row, event, names)
    after = _state(session, row)
    if after != before:
        record_change(session, "quote", row.id, event.event if before else "created", by=None, before=before,
                      after=after, note=f"quoting platform: {event.event}")
    sync_flags(session, settings, row, now)
    if before is None:
        _created(session, settings, row)
    return Received(row.id, new=True)


def record(ctx: Context) -> list[Reply]:
    """`quote ClientCorp 45000 [tender]`: the asker's quote, with the same effects as one from the platform."""
    external_id = chat_external_id(ctx.member.id, ctx.turn.activity_id)
    known = quote_by_external_id(ctx.session, external_id) if external_id else None
    if known is not None:  # Teams delivered the same message again: the quote is recorded already
        told = [delivery.status(ctx.session, ctx.settings, m.id) for _, m in _overlap(ctx.session, known)]
        return [_recorded(ctx, known, told)]
    asked = parse_chat_quote(ctx.args.get("quote", ""))
    if asked is None:
        return [Reply(text=USAGE)]
    found = ctx.clients.match(ctx.session, asked.client)
    if found.match is None:
        return [Reply(text=no_client(asked.client, [c.name for c in found.candidates]))]
    now = utcnow()
    row = add_quote(ctx.session, external_id=external_id, client_id=found.match.client_id, owner_id=ctx.member.id,
                    status=QuoteStatus.open, value_cents=asked.value_cents, currency=asked.currency,
                    tender=asked.tender, partner_quote=is_partner_quote(ctx.member.role), source="chat",
                    opened_at=now)
    record_change(ctx.session, "quote", row.id, "created", by=ctx.member.id, after=_state(ctx.session, row),
                  note="recorded in chat")
    sync_flags(ctx.session, ctx.settings, row, now)
    return [_recorded(ctx, row, _created(ctx.session, ctx.settings, row))]


def listing(ctx: Context) -> list[Reply]:
    """`quotes`: the asker's quotes; for BD, directors and admins also the open quotes of others they may see."""
    session, settings, member = ctx.session, ctx.settings, ctx.member
    own = [_view_of(session, settings, q, owner, named, member)
           for q, owner, named in quotes_with_people(session, owner_id=member.id, limit=MAX_LISTED)]
    others = None
    if member.role in INSIDERS:
        rows = quotes_with_people(session, open_only=True, limit=MAX_LISTED * 4)
        others = [_view_of(session, settings, q, owner, named, member) for q, owner, named in rows
                  if owner.id != member.id and _may_see(settings, member, q)][:MAX_LISTED]
    return [Reply(card=list_card(own, others, settings.zone))]


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


def _state(session: Session, row: Quote) -> dict[str, Any]:
    """A quote with its splits, for the change log."""
    splits = [[s.member_id, s.kind, s.percent] for s in splits_of(session, row.id)]
    return {**snapshot(row, QUOTE_FIELDS), "splits": splits}


def _created(session: Session, settings: Settings, row: Quote) -> list[delivery.Delivery]:
    """What follows a new quote, from the platform or chat; the overlap notices to the earlier owners."""
    told = _notify_overlap(session, settings, row)
    prompt_for_quote(session, settings, row)
    return told


def _recorded(ctx: Context, row: Quote, told: list[delivery.Delivery]) -> Reply:
    """The answer to the quote's owner: what was recorded, who sees it, and who was told of an overlap."""
    audience = detail_audience(row.partner_quote, ctx.settings.partner_quotes_visible_to_bd)
    view = _view(ctx.session, ctx.settings, row, ctx.member)
    waiting = tuple(d.promise("the overlap notice") for d in told if d.waiting)
    return Reply(card=recorded_card(view, [d.name for d in told], audience, ctx.settings.zone, waiting))


def _overlap(session: Session, row: Quote) -> list[tuple[list[Quote], Member]]:
    """Each owner of an earlier quote for the client, other than this quote's, with their earlier quotes."""
    earlier = earlier_quotes(session, row)
    ids = overlap_owners(row.owner_id, [q.owner_id for q in earlier])
    people = members_by_id(session, ids)
    return [([q for q in earlier if q.owner_id == owner_id], people[owner_id]) for owner_id in ids]


def _notify_overlap(session: Session, settings: Settings, row: Quote) -> list[delivery.Delivery]:
    """Tell each owner of an earlier quote for the client, 1:1 and by email, showing only what they may see."""
    readers = _overlap(session, row)
    sender = mail_sender(settings)
    told = []
    for theirs, reader in readers:
        notice = OverlapNotice(_view(session, settings, row, reader), tuple(
            _view(session, settings, q, reader) for q in theirs))
        told.append(delivery.to_member(session, settings, f"quote:{row.id}:overlap:{reader.id}",
                                       Reply(card=overlap_card(notice, settings.zone)).payload(), reader.id))
        if sender and reader.email:
            outbox.enqueue(session, f"quote:{row.id}:overlap-mail:{reader.id}",
                           overlap_email(notice, reader.email, settings.zone), member_id=reader.id,
                           deadline=settings.delivery_deadline, channel="email")
    return told


def _view(session: Session, settings: Settings, row: Quote, viewer: Member) -> QuoteView:
    return _view_of(session, settings, row, member_by_id(session, row.owner_id), client(session, row.client_id),
                    viewer)


def _view_of(session: Session, settings: Settings, row: Quote, owner: Member, named: Client,
             viewer: Member) -> QuoteView:
    """A quote as `viewer` may see it."""
    details = None
    if _may_see(settings, viewer, row):
        splits = splits_of(session, row.id)
        people = members_by_id(session, [s.member_id for s in splits])
        details = QuoteDetails(row.status, row.value_cents, row.currency, row.tender,
                               tuple(SplitView(display_name(people[s.member_id]), s.kind, s.percent) for s in splits))
    return QuoteView(row.id, named.id, named.name, display_name(owner), row.opened_at, details)


def _may_see(settings: Settings, viewer: Member, row: Quote) -> bool:
    return may_see_quote(Viewer(viewer.id, viewer.role), row.owner_id, row.partner_quote,
                         settings.partner_quotes_visible_to_bd)
