"""The transparency digest: when it is due, which period it covers, and what each section shows to whom."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger

from bot.rules.access import Viewer
from bot.rules.approaches import OPEN as OPEN_APPROACH
from bot.rules.disputes import FULL, DisputeFacts, sight
from bot.rules.handoff import WELCOME_WITHIN, welcome_on_time
from bot.rules.leads import QualifiedRow, duration_text, qualified_in
from bot.rules.quotes import OPEN as OPEN_QUOTE, may_see_quote
from bot.rules.words import FeeState

LATE = timedelta(hours=24)  # a digest missed while the bot was down still goes out this long after its time
HORIZON_YEARS = 10  # a crontab that never meets a digest week within this is treated as never firing
FEE_STATES = frozenset(FeeState)


@dataclass(frozen=True)
class Period:
    """The time a digest covers; `key` names a scheduled period (None: a period so far, posted on request)."""

    start: datetime
    end: datetime
    key: str | None = None

    def holds(self, moment: datetime | None) -> bool:
        """True if the moment falls in the period (start included, end excluded)."""
        return moment is not None and self.start <= moment < self.end


@dataclass(frozen=True)
class Schedule:
    """When digests fire: the crontab's times in digest weeks, every `every_weeks` weeks from the anchor's week."""

    cron: str
    zone: ZoneInfo
    anchor: date
    every_weeks: int = 2

    @cached_property
    def _trigger(self) -> CronTrigger:
        return CronTrigger.from_crontab(self.cron, timezone=self.zone)

    def last_fire_at_or_before(self, now: datetime) -> datetime | None:
        """The latest digest time not after `now`, or None if there is none within the horizon."""
        limit = int(now.timestamp())  # fire times are whole seconds
        week = self._digest_week_at_or_before(_monday(now.astimezone(self.zone).date()))
        weeks = self._horizon_weeks()
        earliest = self._first_from(self._midnight(week - timedelta(weeks=self.every_weeks * weeks)))
        if earliest is None or int(earliest.timestamp()) > limit:  # e.g. 30 February: no need to look week by week
            return None
        for _ in range(weeks):
            start, end = self._midnight(week), min(limit, self._midnight(week + timedelta(weeks=1)) - 1)
            if start <= end:
                found = self._last_between(start, end)
                if found is not None:
                    return found.astimezone(UTC)
            week -= timedelta(weeks=self.every_weeks)
        return None

    def next_fire_after(self, now: datetime) -> datetime | None:
        """The first digest time strictly after `now`, or None if there is none within the horizon."""
        after = int(now.timestamp()) + 1
        week = self._digest_week_at_or_after(_monday(now.astimezone(self.zone).date()))
        if self._first_from(after) is None:
            return None
        for _ in range(self._horizon_weeks()):
            end = self._midnight(week + timedelta(weeks=1)) - 1
            found = self._first_from(max(after, self._midnight(week)))
            if found is not None and int(found.timestamp()) <= end:
                return found.astimezone(UTC)
            week += timedelta(weeks=self.every_weeks)
        return None

    def scheduled(self, fire: datetime) -> Period:
        """The period ending at a digest time: from the digest time before it."""
        before = self.last_fire_at_or_before(fire - timedelta(seconds=1))
        start = before if before is not None else fire - timedelta(weeks=self.every_weeks)
        return Period(start, fire, period_key(fire))

    def latest(self, now: datetime) -> Period | None:
        """The period of the latest digest time, however long ago it was."""
        fire = self.last_fire_at_or_before(now)
        return self.scheduled(fire) if fire is not None else None

    def due(self, now: datetime) -> Period | None:
        """The period that should be posted at `now`: the latest digest time's, if that was at most LATE ago."""
        fire = self.last_fire_at_or_before(now)
        if fire is None or now - fire > LATE:
            return None
        return self.scheduled(fire)

    def so_far(self, now: datetime) -> Period:
        """The current period up to now (not a scheduled period: it has no key)."""
        fire = self.last_fire_at_or_before(now)
        return Period(fire if fire is not None else now - timedelta(weeks=self.every_weeks), now)

    @property
    def word(self) -> str:
        """What the period is called in the digest's sentences."""
        return {1: "week", 2: "fortnight"}.get(self.every_weeks, "period")

    def _digest_week_at_or_before(self, monday: date) -> date:
        return monday - timedelta(weeks=self._weeks_from_anchor(monday) % self.every_weeks)

    def _digest_week_at_or_after(self, monday: date) -> date:
        return monday + timedelta(weeks=-self._weeks_from_anchor(monday) % self.every_weeks)

    def _weeks_from_anchor(self, monday: date) -> int:
        return (monday - _monday(self.anchor)).days // 7

    def _horizon_weeks(self) -> int:
        return HORIZON_YEARS * 53 // self.every_weeks + 1

    def _midnight(self, day: date) -> int:
        return int(datetime.combine(day, time(), tzinfo=self.zone).timestamp())

    def _first_from(self, second: int) -> datetime | None:
        fire: datetime | None = self._trigger.get_next_fire_time(None, datetime.fromtimestamp(second, UTC))
        return fire

    def _last_between(self, start: int, end: int) -> datetime | None:
        """The last crontab time in [start, end] (whole seconds), by bisection: a per-minute crontab stays cheap."""
        first = self._first_from(start)
        if first is None or int(first.timestamp()) > end:
            return None
        low, high = start, end + 1  # the first time from `low` is within `end`; from `high` it never is
        while high - low > 1:
            middle = (low + high) // 2
            found = self._first_from(middle)
            if found is not None and int(found.timestamp()) <= end:
                low = middle
            else:
                high = middle
        return self._first_from(low)


def period_key(fire: datetime) -> str:
    """A scheduled period's unique key: its digest time in UTC."""
    return fire.astimezone(UTC).isoformat()


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


# ---- content --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ApproachRow:
    """A BD approach with the names the digest shows."""

    id: int
    client: str
    member: str
    state: str
    on_behalf_of: str | None
    created_at: datetime


@dataclass(frozen=True)
class EnquiryRow:
    """An inbound enquiry and where it went."""

    id: int
    received_at: datetime
    person: str
    company: str | None
    source: str
    state: str
    holder: str | None


@dataclass(frozen=True)
class QuoteRow:
    """An open quote or tender, and whether it is a partner's (which decides who may see it)."""

    id: int
    client: str
    owner_id: int
    owner: str
    partner_quote: bool
    status: str
    value_cents: int | None
    currency: str
    tender: bool
    opened_at: datetime


@dataclass(frozen=True)
class FeeEvent:
    """One change-log entry of a fee: its action and the state it left the fee in, if recorded."""

    action: str
    state: str | None
    at: datetime


@dataclass(frozen=True)
class FeeRow:
    """A referral fee with its logged changes; the history of fees is public, amounts are not shown."""

    id: int
    client: str
    payer: str
    payee: str | None
    percent: float | None
    state: str
    created_at: datetime
    updated_at: datetime
    events: tuple[FeeEvent, ...] = ()


@dataclass(frozen=True)
class DisputeRow:
    """A dispute; its details are for the parties and directors, a published outcome for everyone."""

    id: int
    client: str | None
    raised_by_id: int
    raised_by: str
    against_id: int | None
    against: str | None
    what: str
    state: str
    outcome: str | None
    summary: str | None
    created_at: datetime
    resolved_at: datetime | None
    published_at: datetime | None


@dataclass(frozen=True)
class HandoffRow:
    """A won client's handoff, counted only: when it started and when the welcome call was made."""

    won_at: datetime
    welcome_done_at: datetime | None


@dataclass(frozen=True)
class Rows:
    """Everything the digest may draw on for one period, before visibility is applied."""

    approaches: Sequence[ApproachRow] = ()
    enquiries: Sequence[EnquiryRow] = ()
    quotes: Sequence[QuoteRow] = ()
    fees: Sequence[FeeRow] = ()
    disputes: Sequence[DisputeRow] = ()
    unanswered: Sequence[FeeRow] = ()  # fee decisions owed on a prior holder that went unanswered (updated_at: when)
    qualified: Sequence[QualifiedRow] = ()  # enquiries first qualified in the period (issue 19)
    handoffs: Sequence[HandoffRow] = ()


@dataclass(frozen=True)
class Group:
    """Rows of one kind under an optional title; `kind` tells the card how to show each row."""

    kind: str  # approach | enquiry | quote | fee | dispute-opened | dispute-outcome
    title: str | None
    rows: tuple[Any, ...]


@dataclass(frozen=True)
class Section:
    """One part of the digest; `empty` is what it says when there is nothing to show."""

    title: str
    empty: str
    groups: tuple[Group, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when the section has nothing to show."""
        return not self.notes and not any(g.rows for g in self.groups)


def sections(rows: Rows, period: Period, viewer: Viewer, *, word: str = "fortnight",
             bd_sees_partner_quotes: bool = True) -> list[Section]:
    """The digest's sections for one viewer (`Viewer(public=True)`: the partner channel)."""
    return [_approaches(rows.approaches, period, word), _enquiries(rows.enquiries, period, word, rows.qualified),
            _quotes(rows.quotes, period, viewer, bd_sees_partner_quotes),
            _fees(rows.fees, period, word, rows.unanswered), _disputes(rows.disputes, period, viewer, word),
            _handoffs(rows.handoffs, period, word)]


def may_see_dispute(viewer: Viewer, dispute: DisputeRow) -> bool:
    """Dispute details are for its parties, directors and admins, never in a public post."""
    facts = DisputeFacts(dispute.id, dispute.raised_by_id, dispute.against_id, None, dispute.state,
                         dispute.published_at is not None)
    return sight(viewer, facts) == FULL


def reached_in(fee: FeeRow, state: str, period: Period) -> bool:
    """True if the fee reached `state` in the period: by its change log, or, with nothing logged, its last update."""
    logged = [e.at for e in fee.events if _event_state(e) == state]
    if logged:
        return any(period.holds(at) for at in logged)
    return fee.state == state and period.holds(fee.updated_at)


def _event_state(event: FeeEvent) -> str | None:
    return event.action if event.action in FEE_STATES else event.state


def _approaches(rows: Sequence[ApproachRow], period: Period, word: str) -> Section:
    new = tuple(r for r in rows if period.holds(r.created_at))
    active = tuple(r for r in rows if r.state in OPEN_APPROACH and r.created_at < period.start)
    groups = (Group("approach", f"New this {word} ({len(new)})", new),
              Group("approach", f"Still planned or active ({len(active)})", active))
    return Section("BD approaches", f"No BD approaches this {word}.", _nonempty(groups))


def _enquiries(rows: Sequence[EnquiryRow], period: Period, word: str,
               qualified: Sequence[QualifiedRow] = ()) -> Section:
    shown = tuple(sorted((r for r in rows if period.holds(r.received_at)), key=lambda r: (r.received_at, r.id)))
    return Section("Inbound enquiries and where they went", f"No inbound enquiries this {word}.",
                   _nonempty((Group("enquiry", None, shown),)), _qualified_note(qualified, period, word))


def _qualified_note(rows: Sequence[QualifiedRow], period: Period, word: str) -> tuple[str, ...]:
    """How many enquiries were qualified (BANT) in the period, and the median time from arrival to it."""
    count, median = qualified_in(rows, period.start, period.end)
    if not count or median is None:
        return ()
    counted = f"{count} {'enquiry' if count == 1 else 'enquiries'}"
    return (f"{counted} qualified this {word}; median {duration_text(median)} from arrival to qualification.",)


def _quotes(rows: Sequence[QuoteRow], period: Period, viewer: Viewer, bd_sees_partner_quotes: bool) -> Section:
    shown = tuple(sorted((r for r in rows if r.status in OPEN_QUOTE and r.opened_at < period.end
                          and may_see_quote(viewer, r.owner_id, r.partner_quote, bd_sees_partner_quotes)),
                         key=lambda r: (r.opened_at, r.id)))
    title = "Open BD quotes and tenders" if viewer.public else "Open quotes and tenders you may see"
    return Section(title, "No open BD quotes or tenders.", _nonempty((Group("quote", None, shown),)))


def _fees(rows: Sequence[FeeRow], period: Period, word: str, unanswered: Sequence[FeeRow] = ()) -> Section:
    """The period's fee outcomes: recorded (proposed or no fee), agreed, paid, declined, and decisions unanswered."""
    recorded = tuple(r for r in rows if period.holds(r.created_at))
    agreed = tuple(r for r in rows if reached_in(r, "agreed", period))
    paid = tuple(r for r in rows if reached_in(r, "paid", period))
    declined = tuple(r for r in rows if reached_in(r, "declined", period))
    lapsed = tuple(r for r in unanswered if period.holds(r.updated_at))
    groups = (Group("fee", f"Recorded ({len(recorded)})", recorded), Group("fee", f"Agreed ({len(agreed)})", agreed),
              Group("fee", f"Paid ({len(paid)})", paid), Group("fee", f"Declined ({len(declined)})", declined),
              Group("fee", f"Unanswered: no fee decision in time ({len(lapsed)})", lapsed))
    return Section("Referral fees", f"No referral fees recorded, agreed or paid this {word}.", _nonempty(groups))


def _disputes(rows: Sequence[DisputeRow], period: Period, viewer: Viewer, word: str) -> Section:
    opened = [r for r in rows if period.holds(r.created_at)]
    resolved = [r for r in rows if period.holds(r.resolved_at)]
    # A published outcome appears once: in the period where it is both resolved and published.
    published = [r for r in rows if r.resolved_at and r.published_at and period.holds(max(r.resolved_at,
                                                                                          r.published_at))]
    private = [r for r in resolved if r.published_at is None and may_see_dispute(viewer, r)]
    outcomes = tuple(sorted(published + private, key=lambda r: (r.resolved_at, r.id)))
    notes = (f"{plural(len(opened), 'dispute')} opened, {len(resolved)} resolved this {word}.",) \
        if opened or resolved or outcomes else ()
    groups = (Group("dispute-outcome", f"Outcomes ({len(outcomes)})", outcomes),
              Group("dispute-opened", "Opened: details you may see",
                    tuple(r for r in opened if may_see_dispute(viewer, r))))
    return Section("Disputes", f"No disputes opened or resolved this {word}.", _nonempty(groups), notes)


def _handoffs(rows: Sequence[HandoffRow], period: Period, word: str) -> Section:
    """Counts only: how many won clients' handoffs started, and welcome calls made within a week of the win."""
    started = sum(1 for r in rows if period.holds(r.won_at))
    made = [r for r in rows if r.welcome_done_at is not None and period.holds(r.welcome_done_at)]
    on_time = sum(1 for r in made if welcome_on_time(r.won_at, r.welcome_done_at))
    notes = (f"{plural(started, 'handoff')} of won clients started; {plural(len(made), 'welcome call')} made, "
             f"{on_time} on time (within {WELCOME_WITHIN.days} days of the win).",) if started or made else ()
    return Section("Won-client handoffs", f"No handoffs started or welcome calls made this {word}.", (), notes)


def _nonempty(groups: tuple[Group, ...]) -> tuple[Group, ...]:
    return tuple(g for g in groups if g.rows)


def plural(n: int, noun: str) -> str:
    """'1 dispute', '2 disputes'."""
    return f"{n} {noun}{'' if n == 1 else 's'}"
