"""Digest cards: the sections as text rows, split over as many cards as Teams' message size needs, in order."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from bot.rules.digest import ApproachRow, DisputeRow, EnquiryRow, FeeRow, Period, QuoteRow, Section
from bot.turn import Reply
from cards.base import MOMENT, card, excerpt, heading, plain, shown, text_block
from cards.enquiries import SOURCES, STATES
from cards.quotes import money

# Teams refuses bot messages over about 100 KB, counted in UTF-16, and advises staying within 80 KB; the message is
# measured whole (the activity around the card included), with a margin.
CARD_LIMIT = 75 * 1024
EXCERPT = 300
TITLE = "Transparency digest"
PERIOD = "%a " + MOMENT  # the period's bounds, with the weekday
DAY_MONTH = "%-d %b"  # a row's date: the period says the year
_SEPARATOR = len(", ".encode("utf-16-le"))  # between the body's elements
_WIDEST = f"{TITLE}, 9999 of 9999"  # the header is measured at its widest, before the number of cards is known


@dataclass(frozen=True)
class _Unit:
    """One body element, with the section and group it belongs to (to repeat them on a continuation card)."""

    element: dict[str, Any]
    kind: str  # section | group (their headings) | heading (a "continued" one) | row
    section: str
    group: str | None


def digest_cards(sections: list[Section], period: Period, zone: ZoneInfo, *, public: bool,
                 so_far: bool = False) -> list[dict[str, Any]]:
    """The digest as cards, each message under CARD_LIMIT bytes as Teams counts them, rows in the sections' order."""
    subtitle = _period_text(period, zone, so_far)
    scope = "Shown as everyone in the partner channel may see it." if public else "Shown as you may see it."
    pages = _pack(list(_units(sections, zone)), size(Reply(card=card(_header(_WIDEST, subtitle, scope))).payload()))
    total = len(pages)
    return [card(_header(f"{TITLE}, {n} of {total}" if total > 1 else TITLE, subtitle, scope) + body)
            for n, body in enumerate(pages, start=1)]


def size(element: Any) -> int:
    """The bytes Teams counts for an element: its JSON in UTF-16."""
    return len(json.dumps(element, ensure_ascii=False).encode("utf-16-le"))


def _header(title: str, subtitle: str, scope: str) -> list[dict[str, Any]]:
    return [heading(title), text_block(subtitle, isSubtle=True, spacing="None"),
            text_block(scope, isSubtle=True, size="Small", spacing="None")]


def _pack(units: list[_Unit], base: int) -> list[list[dict[str, Any]]]:
    """Fill cards in order; a heading never ends a card, and a card starting mid-section repeats its heading."""
    pages: list[list[_Unit]] = [[]]
    used = base
    for unit in units:
        cost = _cost(unit)
        if used + cost > CARD_LIMIT and any(u.kind == "row" for u in pages[-1]):
            carried = _trailing_headings(pages[-1])
            first = carried[0] if carried else unit
            pages.append(([] if first.kind == "section" else _continued(first)) + carried)
            used = base + sum(_cost(u) for u in pages[-1])
        if used + cost > CARD_LIMIT:
            raise ValueError("a single digest row is larger than a card may be")
        pages[-1].append(unit)
        used += cost
    return [[u.element for u in page] for page in pages]


def _cost(unit: _Unit) -> int:
    return size(unit.element) + _SEPARATOR


def _trailing_headings(page: list[_Unit]) -> list[_Unit]:
    """Take the headings at the end of a full card off it, to open the next card with them."""
    carried: list[_Unit] = []
    while page[-1].kind != "row":
        carried.insert(0, page.pop())
    return carried


def _continued(unit: _Unit) -> list[_Unit]:
    """The headings that say which section (and group) a card's first row continues."""
    units = [_Unit(_section_heading(f"{unit.section} (continued)"), "heading", unit.section, None)]
    if unit.kind == "row" and unit.group:
        units.append(_Unit(_group_heading(f"{unit.group} (continued)"), "heading", unit.section, unit.group))
    return units


def _units(sections: list[Section], zone: ZoneInfo) -> Iterator[_Unit]:
    for section in sections:
        yield _Unit(_section_heading(section.title), "section", section.title, None)
        if section.is_empty:
            yield _Unit(text_block(section.empty, spacing="Small"), "row", section.title, None)
            continue
        for note in section.notes:
            yield _Unit(text_block(note, spacing="Small"), "row", section.title, None)
        for group in section.groups:
            if group.title:
                yield _Unit(_group_heading(group.title), "group", section.title, group.title)
            show = ROWS[group.kind]
            for row in group.rows:
                yield _Unit(text_block(show(row, zone), spacing="Small"), "row", section.title, group.title)


def _section_heading(title: str) -> dict[str, Any]:
    return text_block(title, size="Medium", weight="Bolder", separator=True, spacing="Medium")


def _group_heading(title: str) -> dict[str, Any]:
    return text_block(title, weight="Bolder", isSubtle=True, spacing="Small")


def _approach(row: ApproachRow, _zone: ZoneInfo) -> str:
    behalf = f" · on behalf of {_name(row.on_behalf_of)}" if row.on_behalf_of is not None else ""
    return f"**{_name(row.client)}** · {_name(row.member)} · {row.state}{behalf}"


def _enquiry(row: EnquiryRow, zone: ZoneInfo) -> str:
    company = f" ({plain(row.company)})" if row.company else ""
    where = STATES.get(row.state, plain(row.state))
    holder = f" · held by {_name(row.holder)}" if row.holder is not None else ""
    return (f"{shown(row.received_at, zone, DAY_MONTH)} · **{_name(row.person)}**{company} · "
            f"{SOURCES.get(row.source, plain(row.source))} · {where}{holder}")


def _quote(row: QuoteRow, _zone: ZoneInfo) -> str:
    kind = "Tender" if row.tender else "Quote"
    value = f" · {money(row.value_cents, plain(row.currency))}" if row.value_cents is not None else ""
    return f"**{_name(row.client)}** · {kind} by {_name(row.owner)} · {plain(row.status)}{value}"


def _fee(row: FeeRow, _zone: ZoneInfo) -> str:
    payee = _name(row.payee) if row.payee is not None else "no fee due"
    percent = f" · {row.percent:g}%" if row.percent is not None else ""
    return f"{_name(row.payer)} → {payee} · **{_name(row.client)}**{percent} · {plain(row.state)}"


def _outcome(row: DisputeRow, _zone: ZoneInfo) -> str:
    published = "" if row.published_at else " (not published)"
    summary = f": {plain(excerpt(row.summary, EXCERPT))}" if row.summary else ""
    return f"Dispute {row.id} · **{plain(row.outcome) or 'resolved'}**{published}{summary}"


def _opened(row: DisputeRow, _zone: ZoneInfo) -> str:
    client = f" about **{_name(row.client)}**" if row.client is not None else ""
    against = _name(row.against) if row.against_id is not None else "the network"
    return (f"Dispute {row.id}{client} · raised by {_name(row.raised_by)} against {against} · "
            f"{plain(row.state)}: {plain(excerpt(row.what, EXCERPT))}")


ROWS: dict[str, Callable[[Any, ZoneInfo], str]] = {
    "approach": _approach, "enquiry": _enquiry, "quote": _quote, "fee": _fee, "dispute-outcome": _outcome,
    "dispute-opened": _opened,
}


def _period_text(period: Period, zone: ZoneInfo, so_far: bool) -> str:
    end = f"now ({shown(period.end, zone, PERIOD)})" if so_far else shown(period.end, zone, PERIOD)
    return f"{shown(period.start, zone, PERIOD)} to {end}"


def _name(text: str | None) -> str:
    return plain(text) or "a member"
