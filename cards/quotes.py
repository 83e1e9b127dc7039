"""Quote cards and mail: the overlap notice (card and email), the chat confirmation, and the list of quotes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from cards import verbs
from cards.base import card, excerpt, execute, facts, heading, plain, shown, text_block

KINDS = {"deal_owner": "deal owner", "referral_fee": "referral fee"}
MAX_LISTED = 20  # quotes per section of the list card: the largest names keep it well under Teams' size limit
MAX_EARLIER = 10  # of the reader's own earlier quotes, the newest; the notice says how many more there are
PRIVATE = "Its value, status and splits are private to its owner: partners' quotes are not shown to other partners."


@dataclass(frozen=True)
class SplitView:
    """A share of a quote, by member name."""

    name: str
    kind: str
    percent: float


@dataclass(frozen=True)
class QuoteDetails:
    """What only those allowed may see of a quote."""

    status: str
    value_cents: int | None
    currency: str
    tender: bool
    splits: tuple[SplitView, ...] = ()


@dataclass(frozen=True)
class QuoteView:
    """A quote as one member may see it: `details` is None when they may not see them."""

    id: int
    client_id: int
    client_name: str
    owner_name: str
    opened_at: datetime
    details: QuoteDetails | None


@dataclass(frozen=True)
class OverlapNotice:
    """A new quote, told to the owner of earlier quotes for the same client, with those quotes of theirs."""

    new: QuoteView
    yours: tuple[QuoteView, ...]


def money(cents: int | None, currency: str) -> str:
    """45000.00 AUD as "AUD 45,000"; cents only when there are some."""
    if cents is None:
        return "not given"
    whole, part = divmod(cents, 100)
    return f"{currency} {whole:,}" + (f".{part:02d}" if part else "")


def overlap_card(notice: OverlapNotice, zone: ZoneInfo) -> dict[str, Any]:
    """The 1:1 card to an earlier quote owner, showing the new quote as far as they may see it."""
    new = notice.new
    body = [heading(f"A new quote for {plain(new.client_name)} was created; there may be an overlap"),
            facts([(title, plain(value)) for title, value in _about(new, zone)])]
    body.append(facts([(title, plain(value)) for title, value in _details(new.details)]) if new.details
                else text_block(PRIVATE, isSubtle=True))
    body.append(text_block(f"**Your earlier {_quotes(notice.yours)} for {plain(new.client_name)}:**"))
    body += [text_block(plain(line), spacing="Small") for line in _earlier(notice.yours, zone)]
    body.append(text_block(plain(_closing(new)), isSubtle=True))
    return card(body, [_who_holds(new)])


def overlap_email(notice: OverlapNotice, address: str, zone: ZoneInfo) -> dict[str, Any]:
    """The same notice as a Graph sendMail body, in plain text."""
    new = notice.new
    subject = f"A new quote for {new.client_name} was created; there may be an overlap"
    details = _details(new.details) if new.details else []
    lines = [subject + ".", "", *(f"{t}: {v}" for t, v in _about(new, zone) + details)]
    lines += ([] if new.details else [PRIVATE])
    lines += ["", f"Your earlier {_quotes(notice.yours)} for {new.client_name}:",
              *(f"- {line}" for line in _earlier(notice.yours, zone)), "", _closing(new), "", "Accord"]
    return {"message": {"subject": subject, "body": {"contentType": "Text", "content": "\n".join(lines)},
                        "toRecipients": [{"emailAddress": {"address": address}}]},
            "saveToSentItems": False}


def recorded_card(view: QuoteView, told: list[str], audience: str, zone: ZoneInfo,
                  waiting: tuple[str, ...] = ()) -> dict[str, Any]:
    """The answer to `quote CLIENT VALUE`: what was recorded, who sees it, and who was told of an overlap.

    `waiting` holds one plain sentence per earlier owner Accord cannot reach yet.
    """
    body = [heading("Quote recorded"), facts([(t, plain(v)) for t, v in _about(view, zone) + _details(view.details)])]
    body.append(text_block(f"Its details are visible to {audience}.", isSubtle=True))
    if told:
        names = ", ".join(plain(name) for name in told)
        body.append(text_block(f"Earlier quotes for {plain(view.client_name)} are owned by {names}: "
                               "Accord tells them there may be an overlap."))
        body.extend(text_block(sentence, isSubtle=True) for sentence in waiting)
    else:
        body.append(text_block(f"Nobody else has quoted for {plain(view.client_name)} so far."))
    return card(body, [_who_holds(view)])


def list_card(own: list[QuoteView], others: list[QuoteView] | None, zone: ZoneInfo) -> dict[str, Any]:
    """The asker's quotes and, for BD, directors and admins, the open quotes of others they may see."""
    body: list[dict[str, Any]] = [heading("Your quotes")]
    if not own:
        body.append(text_block("You have no quotes on record. Record one with: quote ClientCorp 45000"))
    body += [text_block(plain(line), spacing="Small") for line in _lines(own, zone)]
    if others is not None:
        body.append(text_block("**Open quotes of others**", spacing="Large"))
        if not others:
            body.append(text_block("None that you may see."))
        body += [text_block(plain(line), spacing="Small") for line in _lines(others, zone, owners=True)]
    return card(body)


def _about(view: QuoteView, zone: ZoneInfo) -> list[tuple[str, str]]:
    """What anyone may know: that a quote exists, for which client, whose, and since when (its flag is public)."""
    return [("Client", view.client_name), ("Owner", view.owner_name), ("Opened", shown(view.opened_at, zone))]


def _details(details: QuoteDetails | None) -> list[tuple[str, str]]:
    if details is None:
        return []
    rows = [("Value", money(details.value_cents, details.currency)), ("Status", details.status),
            ("Kind", "tender" if details.tender else "quote")]
    if details.splits:
        rows.append(("Splits", "; ".join(f"{s.name}: {KINDS.get(s.kind, s.kind)} {s.percent:g}%"
                                         for s in details.splits)))
    return rows


def _lines(views: tuple[QuoteView, ...] | list[QuoteView], zone: ZoneInfo, owners: bool = False) -> list[str]:
    """One line per quote: date, client, (owner,) and the details the reader may see."""
    lines = []
    for view in views:
        parts = [shown(view.opened_at, zone), view.client_name] + ([view.owner_name] if owners else [])
        if view.details:
            parts += [money(view.details.value_cents, view.details.currency), view.details.status]
            parts += ["tender"] if view.details.tender else []
        lines.append(" · ".join(parts))
    return lines


def _earlier(views: tuple[QuoteView, ...], zone: ZoneInfo) -> list[str]:
    """The reader's newest earlier quotes, and how many older ones are left out."""
    more = len(views) - MAX_EARLIER
    return _lines(views[-MAX_EARLIER:], zone) + ([f"and {more} older"] if more > 0 else [])


def _who_holds(view: QuoteView) -> dict[str, Any]:
    return execute(f"Who holds {excerpt(view.client_name, 30)}?", verbs.WHO_OWNS_REFRESH, {"client_id": view.client_id})


def _closing(new: QuoteView) -> str:
    return (f"You may want to talk with {new.owner_name}: working together is welcome, and so are competing bids "
            "on the platform.")


def _quotes(views: tuple[QuoteView, ...]) -> str:
    return "quote" if len(views) == 1 else "quotes"
