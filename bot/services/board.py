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
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.imports.cells import inert
from bot.rules.access import OVERSEERS, Viewer
from bot.rules.disputes import FULL, NOTHING, DisputeFacts, sight
from bot.rules.fees import GUIDELINE, Outcome, honour as rules_honour
from bot.rules.quotes import may_see_quote
from bot.rules.scorecard import FAIR, STRONG
from bot.rules.words import ApproachState, ContactRole, FeeState, Role
from bot.services.fees import fee_lines
from bot.services.relationships import coverage_of
from bot.services.scorecard import MemberScore, scorecards
from bot.settings import Settings
from storage import board
from storage.members import display_name
from storage.registry import members_by_id, most_held
from storage.types import utcnow

ROW_LIMIT = 200  # rows a section sends to the page (the newest); its CSV export has them all
TOP_MEMBERS = 15  # members drawn in the fee honour chart (the table lists everyone)
STAMP = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class Query:
    """What the board is asked for: a period [start, end) in UTC and, optionally, one member."""

    start: datetime
    end: datetime
    member_id: int | None = None
    bar: str | None = None  # only the rows behind one bar of the chart (its label), and one stack of it (series)
    stack: str | None = None


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
    total: int | None = None  # rows in the period (the table may hold fewer); None: len(rows)

    def json(self) -> dict[str, Any]:
        """The section as the page reads it (at most ROW_LIMIT rows; `total` counts them all)."""
        return {"name": self.name, "title": self.title, "columns": [{"key": k, "label": t} for k, t in self.columns],
                "rows": self.rows[:ROW_LIMIT], "total": len(self.rows) if self.total is None else self.total,
                "limit": ROW_LIMIT,
                "chart": self.chart, "notes": self.notes}

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
# Charts and totals are counted by the database; only the rows a table shows are read (the newest ROW_LIMIT, or all
# of them for a CSV export, `limit=None`).


def approaches(session: Session, settings: Settings, viewer: Viewer, query: Query,
               limit: int | None = ROW_LIMIT) -> Table:
    """BD approaches by month created and where each stands (public)."""
    zone = settings.zone
    months, starts = _months(query, zone)
    counts = {(months[r.month], r.state): r.n
              for r in board.approach_counts(session, query.start, query.end, query.member_id, starts)}
    first, last = query.start, query.end
    if query.bar is not None:  # a month's bar: the rows created in that month (within the period)
        at = months.index(query.bar) if query.bar in months else None
        bounds = [query.start, *starts, query.end]
        first, last = (bounds[at], bounds[at + 1]) if at is not None else (query.end, query.end)
    rows = [[r.id, _at(r.created_at, zone), _month(r.created_at, zone), r.client, r.member, r.state, r.on_behalf_of]
            for r in board.approaches(session, first, last, query.member_id, limit, state=query.stack)]
    chart = _chart(counts, months, [s.value for s in ApproachState])
    return Table("approaches", "BD approaches: planned, active, won and dropped",
                 [("id", "Approach"), ("created", "Created"), ("month", "Month"), ("client", "Client"),
                  ("member", "BD member"), ("state", "State"), ("on_behalf_of", "On behalf of")], rows,
                 chart | {"label_column": "month", "series_column": "state", "rows_by_bar": True},
                 total=sum(counts.values()))


HELD, NOT_HELD = "to a holder", "no holder: BD"


def enquiries(session: Session, settings: Settings, viewer: Viewer, query: Query,
              limit: int | None = ROW_LIMIT) -> Table:
    """Inbound enquiries by source and where they went, with the time to the first response (public)."""
    zone = settings.zone
    counts: Counter[tuple[str, str]] = Counter()
    by_source: dict[str, Counter[float]] = defaultdict(Counter)
    for g in board.enquiry_counts(session, query.start, query.end, query.member_id):
        counts[(g.source, HELD if g.held else NOT_HELD)] += g.n
        if g.hours is not None:
            by_source[g.source][float(g.hours)] += g.n
    answered = sum(sum(h.values()) for h in by_source.values())
    rows = []
    held = {HELD: True, NOT_HELD: False}.get(query.stack or "") if query.stack is not None else None
    if query.stack is not None and held is None:
        held, limit = True, 0  # a stack the chart never draws has no rows
    for r in board.enquiries(session, query.start, query.end, query.member_id, limit, source=query.bar, held=held):
        hours = round((r.acted_at - r.received_at).total_seconds() / 3600, 1) if r.acted_at else None
        rows.append([r.id, _at(r.received_at, zone), r.person, r.company, r.source, HELD if r.holder else NOT_HELD,
                     r.holder, r.state, hours])
    sources = sorted({source for source, _ in counts})
    notes = []
    if answered:
        every = sum(by_source.values(), Counter[float]())
        parts = ", ".join(f"{s} {_hours(_median(h))}" for s, h in sorted(by_source.items()))
        notes.append(f"Median time to first response: {_hours(_median(every))} ({parts}).")
    waiting = sum(counts.values()) - answered
    if waiting:
        notes.append(f"{waiting} not answered yet.")
    return Table("enquiries", "Inbound enquiries by source, and where they went",
                 [("id", "Enquiry"), ("received", "Received"), ("person", "Person"), ("company", "Company"),
                  ("source", "Source"), ("went", "Went"), ("holder", "Holder"), ("state", "State"),
                  ("first_response_hours", "Hours to first response")], rows,
                 _chart(counts, sources, [HELD, NOT_HELD]) | {"label_column": "source", "series_column": "went",
                                                                    "rows_by_bar": True},
                 notes, total=sum(counts.values()))


def quotes(session: Session, settings: Settings, viewer: Viewer, query: Query,
           limit: int | None = ROW_LIMIT) -> Table:
    """Open quotes and tenders the viewer may see: the network's to all, a partner's to its owner and insiders."""
    zone, bd_sees = settings.zone, settings.partner_quotes_visible_to_bd
    counts: Counter[tuple[str, str]] = Counter()
    totals: Counter[str] = Counter()
    # may_see_quote depends only on whether a quote is a partner's and whether the viewer owns it: the database counts
    # and reads quotes by those kinds, the rule decides each kind, and is asked again for every row read.
    mine = viewer.member_id if viewer.member_id is not None else 0
    kinds = {"network": may_see_quote(viewer, -1, False, bd_sees), "own": may_see_quote(viewer, mine, True, bd_sees),
             "others": may_see_quote(viewer, -1, True, bd_sees)}
    for g in board.quote_groups(session, query.end, query.member_id, viewer.member_id):
        if kinds[g.kind]:
            counts[(g.status, "tender" if g.tender else "quote")] += g.n
            totals[g.currency] += g.value
    rows = []
    own = viewer.member_id if kinds["own"] else None
    tender = {"tender": True, "quote": False}.get(query.stack or "") if query.stack is not None else None
    if query.stack is not None and tender is None:
        limit = 0
    for r in board.open_quotes(session, query.end, query.member_id, network=kinds["network"], own=own,
                               others=kinds["others"], limit=limit, status=query.bar, tender=tender):
        if not may_see_quote(viewer, r.owner_id, r.partner_quote, bd_sees):
            continue
        value = round(r.value_cents / 100, 2) if r.value_cents is not None else None
        rows.append([r.id, _at(r.opened_at, zone), r.client, r.owner, "partner" if r.partner_quote else "network",
                     "tender" if r.tender else "quote", r.status, value, r.currency])
    statuses = [s for s in ("draft", "open", "submitted") if counts[(s, "quote")] or counts[(s, "tender")]]
    notes = [f"Open value: {', '.join(f'{c} {v / 100:,.2f}' for c, v in sorted(totals.items()) if v)}."] \
        if any(totals.values()) else []
    title = "Open BD quotes and tenders" if viewer.public else "Open quotes and tenders you may see"
    return Table("quotes", title,
                 [("id", "Quote"), ("opened", "Opened"), ("client", "Client"), ("owner", "Owner"),
                  ("whose", "Whose"), ("kind", "Kind"), ("status", "Status"), ("value", "Value"),
                  ("currency", "Currency")], rows,
                 _chart(counts, statuses, ["quote", "tender"]) | {"label_column": "status", "series_column": "kind",
                                                                        "rows_by_bar": True},
                 notes, total=sum(counts.values()))


def fees(session: Session, settings: Settings, viewer: Viewer, query: Query, limit: int | None = ROW_LIMIT) -> Table:
    """Referral fees recorded in the period, by the state each is in now (the history of fees is public)."""
    zone = settings.zone
    counts = {(r.state, "fees"): r.n for r in board.fee_counts(session, query.start, query.end, query.member_id)}
    rows = [[r.id, _at(r.created_at, zone), r.client, r.payer, r.payee, r.percent, r.state, _at(r.updated_at, zone)]
            for r in board.fees(session, query.start, query.end, query.member_id, limit, state=query.bar)]
    return Table("fees", "Referral fees by state",
                 [("id", "Fee"), ("recorded", "Recorded"), ("client", "Client"), ("payer", "Payer"),
                  ("payee", "Payee"), ("percent", "Percent"), ("state", "State"), ("updated", "Last change")], rows,
                 _chart(counts, [s.value for s in FeeState], ["fees"]) | {"label_column": "state", "rows_by_bar": True},
                 total=sum(counts.values()))


# Fee honour as chat's `fees` counts it (bot/rules/fees.honour over each prior holder's outcome per quote): one
# column per figure, one series per figure in the chart.
HONOUR: tuple[tuple[str, str], ...] = (
    ("owed_quotes", "quotes that owed a decision"),
    ("within", f"within the {GUIDELINE[0]:g}-{GUIDELINE[1]:g}% guideline"),
    ("outside", "outside the guideline"), ("no_fee", "no fee, with a reason"), ("declined", "declined by the holder"),
    ("awaiting", "awaiting a decision"), ("unanswered", "unanswered"),
)


def honour(session: Session, settings: Settings, viewer: Viewer, query: Query,
           limit: int | None = ROW_LIMIT, fees_read: Callable[[Session], list[Outcome]] = fee_lines) -> Table:
    """Per deal owner, the fee honour figures of the lines whose latest change fell in the period (public: partners
    judge who honours the guidelines); the same rule and numbers as `fees` in chat."""
    lines = [line for line in fees_read(session) if query.start <= line.at < query.end
             and (query.member_id is None or line.payer_id == query.member_id)]
    figures = rules_honour(lines)
    names = members_by_id(session, [f.member_id for f in figures])
    rows = sorted(([display_name(names[f.member_id]), len(f.lines), *(getattr(f, key) for key, _ in HONOUR)]
                   for f in figures), key=lambda row: (-row[1], str(row[0]).lower()))
    drawn = rows[:TOP_MEMBERS]
    chart = {"kind": "bar", "stacked": True, "horizontal": True, "labels": [row[0] for row in drawn],
             "series": [{"name": label, "values": [row[3 + n] for row in drawn]}
                        for n, (_, label) in enumerate(HONOUR[1:])],
             "label_column": "member"}
    notes = [f"The chart shows the {TOP_MEMBERS} members with the most fee lines; the table lists all {len(rows)}."] \
        if len(rows) > TOP_MEMBERS else []
    return Table("honour", "Fee honour: each deal owner's decisions on fees to prior holders",
                 [("member", "Member"), ("lines", "Fee lines"), *HONOUR], rows[:limit], chart, notes,
                 total=len(rows))


def disputes(session: Session, settings: Settings, viewer: Viewer, query: Query,
             limit: int | None = ROW_LIMIT) -> Table:
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
    months, _ = _months(query, zone)
    chart = {"kind": "bar", "stacked": False, "horizontal": False, "labels": months,
             "series": [{"name": "opened", "values": [opened[m] for m in months]},
                        {"name": "resolved", "values": [resolved[m] for m in months]}]}
    notes = [f"{sum(opened.values())} opened and {sum(resolved.values())} resolved in the period; the table shows "
             "published outcomes, and the details of disputes you are a party to or coordinate."]
    return Table("disputes", "Disputes opened and resolved, with published outcomes",
                 [("id", "Dispute"), ("opened", "Opened"), ("client", "Client"), ("raised_by", "Raised by"),
                  ("against", "Against"), ("what", "What"), ("state", "State"), ("outcome", "Outcome"),
                  ("summary", "Summary"), ("resolved", "Resolved"), ("published", "Published")], rows[:limit], chart,
                 notes, total=len(rows))


TOP_CLIENTS = 20
PUBLIC = Viewer(None, None, public=True)  # coverage is shown as everyone may see it, whoever looks


def coverage(session: Session, settings: Settings, viewer: Viewer, query: Query,
             limit: int | None = ROW_LIMIT) -> Table:
    """The most-held clients now: how many buying roles someone covers, the gaps, and who is best placed to help.
    That a member covers a client, and how strongly, is everyone's; no contact is named here."""
    now = min(query.end, utcnow())
    rows, covered, uncovered = [], [], []
    held = most_held(session, now, TOP_CLIENTS)
    every = coverage_of(session, settings, [client_id for client_id, _, _ in held], PUBLIC, now)
    for client_id, name, flags in held:
        found = every[client_id]
        roles = len(ContactRole) - len(found.gaps)
        best = "; ".join(f"{link.member_name} ({link.strength.score}, {link.strength.word})" for link in found.best)
        rows.append([name, flags, len(found.contacts), roles, ", ".join(found.gaps) or "none", best or "no one yet"])
        covered.append(roles)
        uncovered.append(len(found.gaps))
    chart = {"kind": "bar", "stacked": True, "horizontal": True, "labels": [row[0] for row in rows],
             "series": [{"name": "buying roles covered", "values": covered},
                        {"name": "roles no one covers", "values": uncovered}], "label_column": "client"}
    if query.bar is not None:
        rows = [row for row in rows if row[0] == query.bar]
    return Table("coverage", f"Coverage of the {TOP_CLIENTS} most-held clients",
                 [("client", "Client"), ("flags", "Flags in force"), ("contacts", "Contacts covered"),
                  ("roles", "Buying roles covered"), ("gaps", "No one covers"), ("best", "Best placed to help")],
                 rows[:limit], chart, ["Buying roles: " + ", ".join(ContactRole) + ". Contacts are not named here."])


BANDS = [f"{n}-{n + 9}" for n in range(0, 90, 10)] + ["90-100"]


def scorecard(session: Session, settings: Settings, viewer: Viewer, query: Query,
              limit: int | None = ROW_LIMIT, fees_read: Callable[[Session], list[Outcome]] = fee_lines) -> Table:
    """Allocation scorecards for the period: everyone's to BD, directors and admins; a partner's own; the spread of
    scores (no names) to all."""
    scores = scorecards(session, settings, query.start, query.end, fees_read(session))
    bands = Counter(_band(s.card.score) for s in scores)
    chart = {"kind": "bar", "stacked": False, "horizontal": False, "labels": BANDS,
             "series": [{"name": "members", "values": [bands[b] for b in BANDS]}], "label_column": "band",
             "rows_by_bar": True}
    mine = [s for s in scores if viewer.privileged or (not viewer.public and s.member_id == viewer.member_id)]
    shown = [s for s in mine if query.member_id in (None, s.member_id) and query.bar in (None, _band(s.card.score))]
    parts = [p.name for p in scores[0].card.parts] if scores else []
    rows = [[s.name, s.role, s.card.score, _band(s.card.score), s.card.word, "yes" if s.card.eligible else "no",
             *(round(p.points, 1) for p in s.card.parts), "; ".join(f"{p.name}: {p.why}" for p in s.card.parts),
             s.value_won_cents / 100 if _sees_value(viewer, s, settings) else None]
            for s in sorted(shown, key=lambda s: (-s.card.score, s.name.lower()))]
    weights = ", ".join(f"{name} {getattr(settings.weights, name):g}" for name in parts)
    notes = [f"Weights (SCORECARD_WEIGHTS): {weights}; the sum is scaled to 100. Strong is {STRONG} or more, "
             f"fair {FAIR} or more; a sanction in force makes a member not eligible.",
             "BD, directors and admins see every member's scorecard; a partner sees their own and the spread."]
    return Table("scorecard", "Allocation scorecards: the spread of scores, and the scorecards you may see",
                 [("member", "Member"), ("role", "Role"), ("score", "Score"), ("band", "Band"), ("word", "Word"),
                  ("eligible", "Eligible"), *((name, name.capitalize()) for name in parts), ("why", "Made of"),
                  ("value_won", "Value won")], rows[:limit], chart, notes, total=len(rows))


def _band(score: int) -> str:
    return BANDS[min(score // 10, len(BANDS) - 1)]


def _sees_value(viewer: Viewer, score: MemberScore, settings: Settings) -> bool:
    """The value won sums partner quotes: their owner, directors and admins, and BD by the setting may see it."""
    if viewer.public:
        return False
    return (score.member_id == viewer.member_id or viewer.role in OVERSEERS
            or (viewer.role == Role.bd and settings.partner_quotes_visible_to_bd))


FEE_SECTIONS = frozenset({"honour", "scorecard"})  # these take `fees_read`: the fee lines, from a cache if given
SECTIONS: dict[str, Callable[..., Table]] = {
    "approaches": approaches, "enquiries": enquiries, "quotes": quotes, "fees": fees, "honour": honour,
    "disputes": disputes, "coverage": coverage, "scorecard": scorecard,
}


# ---- helpers ------------------------------------------------------------------------------------------------------


def _chart(counts: Mapping[tuple[str, str], int], labels: list[str], series: list[str]) -> dict[str, Any]:
    """A stacked bar chart from counts by (bar, stack); stacks with nothing in them are left out, unknown ones added."""
    extra = sorted({s for _, s in counts} - set(series))
    names = [s for s in series if any(counts.get((label, s)) for label in labels) or not counts] + extra
    return {"kind": "bar", "stacked": True, "horizontal": False, "labels": labels,
            "series": [{"name": s, "values": [counts.get((label, s), 0) for label in labels]} for s in names]}


def _months(query: Query, zone: ZoneInfo) -> tuple[list[str], list[datetime]]:
    """Every month the period touches (YYYY-MM in the network's zone), and the UTC starts of all but the first."""
    first, last = query.start.astimezone(zone), (query.end - timedelta(seconds=1)).astimezone(zone)
    months, starts, year, month = [], [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        starts.append(datetime(year, month, 1, tzinfo=zone))
    return months, starts[:-1]


def _median(counted: Counter[float]) -> float:
    """The median of values given with how often each occurs."""
    total, seen, middle = sum(counted.values()), 0, []
    for value in sorted(counted):
        for at in ((total - 1) // 2, total // 2):
            if seen <= at < seen + counted[value]:
                middle.append(value)
        seen += counted[value]
    return sum(middle) / len(middle)


def _hours(value: float | None) -> str:
    return f"{round(value, 1):g} h" if value is not None else "?"


def _month(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%Y-%m")


def _at(moment: datetime | None, zone: ZoneInfo) -> str | None:
    return moment.astimezone(zone).strftime(STAMP) if moment is not None else None
