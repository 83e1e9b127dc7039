"""The transparency board: each section's table and chart, computed for one viewer with the chat's visibility rules.

A section is a `Table`: columns, rows (times in the network's zone) and a chart drawn from the same rows, so every
bar can be traced to the rows behind it and exported as CSV. What a viewer may see follows the rules chat uses:
partner quotes by `may_see_quote`, dispute details by `sight`; everything else on the board is public (domain notes,
"Who may see what"). A channel tab's viewer is `Viewer(public=True)`.
"""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from statistics import median
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.imports import inert
from bot.rules.access import Viewer
from bot.rules.disputes import FULL, NOTHING, DisputeFacts, sight
from bot.rules.fees import within_guideline
from bot.rules.quotes import may_see_quote
from bot.rules.words import ApproachState, FeeState
from bot.settings import Settings
from storage import board

ROW_LIMIT = 1000  # rows a section sends to the page; its CSV export has them all
TOP_MEMBERS = 15  # members drawn in the fee honour chart (the table lists everyone)
STAMP = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class Query:
    """What the board is asked for: a period [start, end) in UTC and, optionally, one member."""

    start: datetime
    end: datetime
    member_id: int | None = None


@dataclass
class Table:
    """One section: its rows as the viewer may see them, and a chart of them.

    `chart`: {"kind": "bar", "stacked", "horizontal", "labels", "series": [{"name", "values"}], "label_column",
    "series_column"}; a bar's rows are those whose `label_column` cell is its label (and `series_column` its series).
    """

    name: str
    title: str
    columns: list[tuple[str, str]]  # (key, heading)
    rows: list[list[Any]]
    chart: dict[str, Any]
    notes: list[str] = field(default_factory=list)

    def json(self) -> dict[str, Any]:
        """The section as the page reads it (at most ROW_LIMIT rows; `total` counts them all)."""
        return {"name": self.name, "title": self.title, "columns": [{"key": k, "label": t} for k, t in self.columns],
                "rows": self.rows[:ROW_LIMIT], "total": len(self.rows), "chart": self.chart, "notes": self.notes}

    def csv(self) -> str:
        """Every row as CSV; a text cell a spreadsheet would run as a formula is made inert (as exports are)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([inert(t) for _, t in self.columns])
        for row in self.rows:
            writer.writerow(["" if v is None else inert(v) if isinstance(v, str) else v for v in row])
        return out.getvalue()


def period(settings: Settings, start: date | None, end: date | None, today: date) -> tuple[datetime, datetime]:
    """Whole days [start, end] in the network's zone as UTC moments; default: the year up to today."""
    last = end or today
    first = start or last - timedelta(days=364)
    zone = settings.zone
    return (datetime.combine(first, time(), tzinfo=zone),
            datetime.combine(last + timedelta(days=1), time(), tzinfo=zone))


# ---- sections -----------------------------------------------------------------------------------------------------


def approaches(session: Session, settings: Settings, viewer: Viewer, query: Query) -> Table:
    """BD approaches by month created and where each stands (public)."""
    zone = settings.zone
    rows = [[r.id, _at(r.created_at, zone), _month(r.created_at, zone), r.client, r.member, r.state, r.on_behalf_of]
            for r in board.approaches(session, query.start, query.end, query.member_id)]
    chart = _stacked(rows, 2, 5, _months(query, zone), [s.value for s in ApproachState])
    return Table("approaches", "BD approaches: planned, active, won and dropped",
                 [("id", "Approach"), ("created", "Created"), ("month", "Month"), ("client", "Client"),
                  ("member", "BD member"), ("state", "State"), ("on_behalf_of", "On behalf of")], rows,
                 chart | {"label_column": "month", "series_column": "state"})


def enquiries(session: Session, settings: Settings, viewer: Viewer, query: Query) -> Table:
    """Inbound enquiries by source and where they went, with the time to the first response (public)."""
    zone = settings.zone
    rows = []
    for r in board.enquiries(session, query.start, query.end, query.member_id):
        hours = round((r.acted_at - r.received_at).total_seconds() / 3600, 1) if r.acted_at else None
        went = "to a holder" if r.holder else "no holder: BD"
        rows.append([r.id, _at(r.received_at, zone), r.person, r.company, r.source, went, r.holder, r.state, hours])
    sources = sorted({row[4] for row in rows})
    chart = _stacked(rows, 4, 5, sources, ["to a holder", "no holder: BD"])
    notes = []
    by_source: dict[str, list[float]] = defaultdict(list)
    for row in rows:
        if row[8] is not None:
            by_source[row[4]].append(row[8])
    if by_source:
        every = [h for hours in by_source.values() for h in hours]
        parts = ", ".join(f"{s} {median(h):g} h" for s, h in sorted(by_source.items()))
        notes.append(f"Median time to first response: {median(every):g} h ({parts}).")
    waiting = sum(1 for row in rows if row[8] is None)
    if waiting:
        notes.append(f"{waiting} not answered yet.")
    return Table("enquiries", "Inbound enquiries by source, and where they went",
                 [("id", "Enquiry"), ("received", "Received"), ("person", "Person"), ("company", "Company"),
                  ("source", "Source"), ("went", "Went"), ("holder", "Holder"), ("state", "State"),
                  ("first_response_hours", "Hours to first response")], rows,
                 chart | {"label_column": "source", "series_column": "went"}, notes)


def quotes(session: Session, settings: Settings, viewer: Viewer, query: Query) -> Table:
    """Open quotes and tenders the viewer may see: the network's to all, a partner's to its owner and insiders."""
    zone = settings.zone
    rows = []
    totals: Counter[str] = Counter()
    for r in board.open_quotes(session, query.end, query.member_id):
        if not may_see_quote(viewer, r.owner_id, r.partner_quote, settings.partner_quotes_visible_to_bd):
            continue
        kind = "tender" if r.tender else "quote"
        value = round(r.value_cents / 100, 2) if r.value_cents is not None else None
        if value is not None:
            totals[r.currency] += r.value_cents
        rows.append([r.id, _at(r.opened_at, zone), r.client, r.owner, "partner" if r.partner_quote else "network",
                     kind, r.status, value, r.currency])
    statuses = [s for s in ("draft", "open", "submitted") if any(row[6] == s for row in rows)]
    chart = _stacked(rows, 6, 5, statuses, ["quote", "tender"])
    notes = [f"Open value: {', '.join(f'{c} {v / 100:,.2f}' for c, v in sorted(totals.items()))}."] if totals else []
    title = "Open BD quotes and tenders" if viewer.public else "Open quotes and tenders you may see"
    return Table("quotes", title,
                 [("id", "Quote"), ("opened", "Opened"), ("client", "Client"), ("owner", "Owner"),
                  ("whose", "Whose"), ("kind", "Kind"), ("status", "Status"), ("value", "Value"),
                  ("currency", "Currency")], rows,
                 chart | {"label_column": "status", "series_column": "kind"}, notes)


def fees(session: Session, settings: Settings, viewer: Viewer, query: Query) -> Table:
    """Referral fees recorded in the period, by the state each is in now (the history of fees is public)."""
    zone = settings.zone
    rows = [[r.id, _at(r.created_at, zone), r.client, r.payer, r.payee, r.percent, r.state, _at(r.updated_at, zone)]
            for r in _fee_rows(session, query)]
    chart = _stacked(rows, 6, None, [s.value for s in FeeState], ["fees"])
    return Table("fees", "Referral fees by state",
                 [("id", "Fee"), ("recorded", "Recorded"), ("client", "Client"), ("payer", "Payer"),
                  ("payee", "Payee"), ("percent", "Percent"), ("state", "State"), ("updated", "Last change")], rows,
                 chart | {"label_column": "state"})


@dataclass(frozen=True)
class Figure:
    """One fee honour figure: a column of the table and a series of the chart, counting the payer's fees it fits.

    Add a figure here when fees gain a state or an outcome (e.g. awaiting and unanswered): the table, chart and CSV
    follow.
    """

    key: str
    label: str
    counts: Callable[[Any], bool]


HONOUR: tuple[Figure, ...] = (
    Figure("within", "within the 5-15% guideline", lambda f: f.percent is not None and within_guideline(f.percent)),
    Figure("outside", "outside the guideline", lambda f: f.percent is not None and not within_guideline(f.percent)),
    Figure("no_fee", "no fee, with a reason", lambda f: f.state == FeeState.no_fee),
    Figure("declined", "declined by the holder", lambda f: f.state == FeeState.declined),
    Figure("owed", "owed: agreed or invoiced, not paid", lambda f: f.state in (FeeState.agreed, FeeState.invoiced)),
    Figure("paid", "paid", lambda f: f.state == FeeState.paid),
)


def honour(session: Session, settings: Settings, viewer: Viewer, query: Query) -> Table:
    """Per member, how the fees they pay as deal owner stand (public: partners judge who honours the guidelines)."""
    by_payer: dict[int, list[Any]] = defaultdict(list)
    names: dict[int, str] = {}
    for r in _fee_rows(session, query):
        if query.member_id is None or r.payer_id == query.member_id:
            by_payer[r.payer_id].append(r)
            names[r.payer_id] = r.payer
    rows = []
    for payer, fees_paid in by_payer.items():
        rows.append([names[payer], len(fees_paid), *(sum(1 for f in fees_paid if fig.counts(f)) for fig in HONOUR)])
    rows.sort(key=lambda row: (-row[1], str(row[0]).lower()))
    drawn = rows[:TOP_MEMBERS]
    chart = {"kind": "bar", "stacked": True, "horizontal": True, "labels": [row[0] for row in drawn],
             "series": [{"name": fig.label, "values": [row[2 + n] for row in drawn]} for n, fig in enumerate(HONOUR)],
             "label_column": "member"}
    notes = [f"The chart shows the {TOP_MEMBERS} members with the most fees; the table lists all {len(rows)}."] \
        if len(rows) > TOP_MEMBERS else []
    return Table("honour", "Fee honour: referral fees each deal owner recorded",
                 [("member", "Member"), ("recorded", "Fees recorded"), *((fig.key, fig.label) for fig in HONOUR)],
                 rows, chart, notes)


def disputes(session: Session, settings: Settings, viewer: Viewer, query: Query) -> Table:
    """Disputes opened and resolved: counts for everyone; details to parties, directors and admins; published
    outcomes to all."""
    zone = settings.zone
    rows, opened, resolved = [], Counter[str](), Counter[str]()
    for r in board.disputes(session, query.start, query.end):
        seen = sight(viewer, DisputeFacts(r.id, r.raised_by_id, r.against_id, None, r.state,
                                          r.published_at is not None))
        involved = query.member_id is None or query.member_id in (r.raised_by_id, r.against_id)
        if query.member_id is not None and (seen != FULL or not involved):
            continue  # a member filter never says who a dispute the viewer may not read is between
        if query.start <= r.created_at < query.end:
            opened[_month(r.created_at, zone)] += 1
        if r.resolved_at is not None and query.start <= r.resolved_at < query.end:
            resolved[_month(r.resolved_at, zone)] += 1
        if seen == NOTHING:
            continue
        full = seen == FULL
        rows.append([r.id, _at(r.created_at, zone) if full else None, r.client if full else None,
                     r.raised_by if full else None, (r.against or "the network") if full else None,
                     r.what if full else None, r.state, r.outcome, r.summary, _at(r.resolved_at, zone),
                     _at(r.published_at, zone)])
    months = _months(query, zone)
    chart = {"kind": "bar", "stacked": False, "horizontal": False, "labels": months,
             "series": [{"name": "opened", "values": [opened[m] for m in months]},
                        {"name": "resolved", "values": [resolved[m] for m in months]}]}
    notes = [f"{sum(opened.values())} opened and {sum(resolved.values())} resolved in the period; the table shows "
             "published outcomes, and the details of disputes you are a party to or coordinate."]
    return Table("disputes", "Disputes opened and resolved, with published outcomes",
                 [("id", "Dispute"), ("opened", "Opened"), ("client", "Client"), ("raised_by", "Raised by"),
                  ("against", "Against"), ("what", "What"), ("state", "State"), ("outcome", "Outcome"),
                  ("summary", "Summary"), ("resolved", "Resolved"), ("published", "Published")], rows, chart, notes)


SECTIONS: dict[str, Callable[[Session, Settings, Viewer, Query], Table]] = {
    "approaches": approaches, "enquiries": enquiries, "quotes": quotes, "fees": fees, "honour": honour,
    "disputes": disputes,
}


# ---- helpers ------------------------------------------------------------------------------------------------------


def _fee_rows(session: Session, query: Query) -> list[Any]:
    return board.fees(session, query.start, query.end, query.member_id)


def _stacked(rows: Sequence[Sequence[Any]], label_at: int, series_at: int | None, labels: list[str],
             series: list[str]) -> dict[str, Any]:
    """A bar chart counting rows by the cell at `label_at` (bars) and at `series_at` (stacks; None: one series)."""
    counts: Counter[tuple[Any, Any]] = Counter((r[label_at], r[series_at] if series_at is not None else series[0])
                                               for r in rows)
    extra = sorted({str(r[series_at]) for r in rows} - set(series)) if series_at is not None else []
    names = [s for s in series if any(counts[(label, s)] for label in labels) or not rows] + extra
    return {"kind": "bar", "stacked": True, "horizontal": False, "labels": labels,
            "series": [{"name": s, "values": [counts[(label, s)] for label in labels]} for s in names]}


def _months(query: Query, zone: ZoneInfo) -> list[str]:
    """Every month the period touches, as YYYY-MM in the network's zone."""
    first, last = query.start.astimezone(zone), (query.end - timedelta(seconds=1)).astimezone(zone)
    months, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _month(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%Y-%m")


def _at(moment: datetime | None, zone: ZoneInfo) -> str | None:
    return moment.astimezone(zone).strftime(STAMP) if moment is not None else None
