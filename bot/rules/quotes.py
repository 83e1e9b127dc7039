"""Quotes: who may see a quote's details, what an event does to its status, the flags it makes, chat parsing."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from bot.rules.access import INSIDERS, OVERSEERS, Viewer
from bot.rules.words import OPEN_QUOTE, Basis, QuoteStatus

OPEN = OPEN_QUOTE
# A quote's flag, as named to those who may not know who is quoting: the client is held, not how (seed 000, rule 6).
CURRENT_WORK = "current work"
CLOSING = (QuoteStatus.won, QuoteStatus.lost, QuoteStatus.withdrawn)  # the events that are also statuses
MAX_CENTS = 10**15 - 1  # what the webhook accepts: 15 digits with 2 decimals
MULTIPLIERS = {"": 1, "k": 1_000, "m": 1_000_000}
# A quote recorded in chat keeps the message it came from as its external id, under a prefix the platform's ids may
# not use (the webhook refuses them), so a redelivered message finds its quote rather than record a second one.
CHAT_PREFIX = "teams:"
EXTERNAL_ID_MAX = 100  # the column's size
_VALUE = re.compile(r"(?:a?\$)?(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?P<fraction>\.\d+)?(?P<suffix>[km]?)", re.IGNORECASE)


@dataclass(frozen=True)
class FlagSpan:
    """A flag a quote gives its owner on its client: the basis and when it is in force."""

    basis: str
    since: datetime
    until: datetime | None


@dataclass(frozen=True)
class ChatQuote:
    """What `quote CLIENT VALUE [CURRENCY] [tender]` asks to record."""

    client: str
    value_cents: int
    currency: str
    tender: bool


def is_partner_quote(owner_role: str | None) -> bool:
    """Whether a quote being created is a partner's: anyone's but the network's own people (seed 000); fixed then."""
    return owner_role not in INSIDERS


def may_see_quote(viewer: Viewer, owner_id: int, partner_quote: bool, partner_quotes_visible_to_bd: bool) -> bool:
    """Value, status, splits: network quotes to all; partner quotes to their owner, directors, admins, BD by setting."""
    if not partner_quote:  # the network's own quote or tender, whoever owns it now
        return True
    if viewer.public:
        return False
    if (viewer.member_id is not None and viewer.member_id == owner_id) or viewer.role in OVERSEERS:
        return True
    return viewer.role == "bd" and partner_quotes_visible_to_bd


def basis_as_seen(basis: str, viewer: Viewer, holder_id: int, partner_quote: bool,
                  partner_quotes_visible_to_bd: bool) -> str:
    """A flag's basis as this viewer may read it: a quote they may not see is "current work"."""
    if basis == Basis.active_quote and not may_see_quote(viewer, holder_id, partner_quote,
                                                         partner_quotes_visible_to_bd):
        return CURRENT_WORK
    return basis


def detail_audience(partner_quote: bool, partner_quotes_visible_to_bd: bool) -> str:
    """Who besides its owner sees a quote's details, in words for the owner."""
    if not partner_quote:
        return "everyone in the network"
    return "you, BD, directors and admins" if partner_quotes_visible_to_bd else "you, directors and admins"


def status_after(current: str, event: str) -> str:
    """Won, lost and withdrawn set the status; created and updated leave it as it is (a new quote is open)."""
    return event if event in CLOSING else current


def flag_spans(status: str, opened_at: datetime, closed_at: datetime | None, now: datetime, *, grace: timedelta,
                project: timedelta) -> tuple[FlagSpan, ...]:
    """The owner's flags: active quote while open (plus grace once lost), active then past project once won."""
    if status in OPEN or closed_at is None:
        return (FlagSpan("active quote", opened_at, None),)
    if status != "won":
        return (FlagSpan("active quote", opened_at, closed_at + grace),)
    ends = closed_at + project
    spans = (FlagSpan("active quote", opened_at, closed_at), FlagSpan("active project", closed_at, ends))
    return spans + ((FlagSpan("past project", ends, None),) if now >= ends else ())


def overlap_owners(new_owner_id: int, earlier_owner_ids: list[int]) -> list[int]:
    """Who hears of a possible overlap: each owner of an earlier quote once, never the new quote's owner."""
    return [owner for owner in dict.fromkeys(earlier_owner_ids) if owner != new_owner_id]


def chat_external_id(member_id: int, activity_id: str | None) -> str | None:
    """The external id of a quote `quote CLIENT VALUE` records; None when Teams gave the message no id."""
    if not activity_id:
        return None
    # Teams' message ids are unique within a conversation, and a message has one sender: the sender scopes it.
    key = f"{CHAT_PREFIX}{member_id}:{activity_id}"
    if len(key) > EXTERNAL_ID_MAX:
        key = f"{CHAT_PREFIX}{member_id}:{hashlib.sha256(activity_id.encode()).hexdigest()}"
    return key


def parse_value(text: str) -> int | None:
    """An amount in cents from "45000", "45,000", "$45k", "45k", "1.2m" or "45000.50"; None if it is not one."""
    found = _VALUE.fullmatch(text.strip())
    if found is None:
        return None
    amount = Decimal(found["number"].replace(",", "") + (found["fraction"] or ""))  # digits only: always valid
    cents = amount * MULTIPLIERS[found["suffix"].lower()] * 100
    if cents != cents.to_integral_value() or cents > MAX_CENTS:
        return None
    return int(cents)


def parse_chat_quote(text: str) -> ChatQuote | None:
    """`ClientCorp 45000`, `Acme Holdings $45k tender`, `ClientCorp 1.2m USD`; None when no client or value."""
    words = text.split()
    tender = bool(words) and words[-1].casefold() == "tender"
    words = words[:-1] if tender else words
    currency = "AUD"
    if len(words) >= 3 and re.fullmatch(r"[A-Za-z]{3}", words[-1]) and parse_value(words[-2]) is not None:
        currency, words = words[-1].upper(), words[:-1]
    if len(words) < 2:
        return None
    cents = parse_value(words[-1])
    if cents is None:
        return None
    return ChatQuote(" ".join(words[:-1]), cents, currency, tender)
