"""BD approaches: what collides with one, whose consent it needs, and how it may move from state to state."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bot.rules.access import OVERSEERS
from bot.rules.ownership import BASIS_ORDER, DNA, FlagFact, rank, same_contact
from bot.rules.quotes import CURRENT_WORK
from bot.rules.words import Basis

QUOTE_BASES = (Basis.active_quote, CURRENT_WORK)  # a quote's flag, as the asker may read it

PLANNED, ACTIVE, WON, DROPPED = "planned", "active", "won", "dropped"
OPEN = (PLANNED, ACTIVE)
MOVES = {PLANNED: (ACTIVE, DROPPED), ACTIVE: (WON, DROPPED), WON: (), DROPPED: ()}
AGREE, LEAD, DECLINE = "agree", "lead", "decline"
MAX_CLIENT_WORDS = 12  # no client name is longer; keeps the prefix search short
# What BD may type for an approach, in characters: the columns' sizes (the client is a name to look up).
LIMITS = {"client": 300, "contact_name": 200, "contact_email": 320, "note": 1000}
REASON_LIMIT = 500  # why BD declines a partner's request: a sentence or two, shown to the partner

# "ClientCorp: note", "ClientCorp - note", "ClientCorp — note"
_SEPARATOR = re.compile(r"\s+re\s*:\s*|\s*:\s*|\s+[-–—]+\s+", re.IGNORECASE)  # "re:" is part of a note
_QUOTED_CLIENT = re.compile(r"[\"“”'‘’](?P<client>[^\"“”‘’]+)[\"“”'‘’]\s*(?P<note>.*)", re.DOTALL)
_QUOTED_NOTE = re.compile(r"(?P<client>.+?)\s+[\"“](?P<note>[^\"“”]*)[\"”]", re.DOTALL)
# "John Doe <john@x.com> at X", "john@x.com at X": a contact named with an email, then the client (and note).
_CONTACT = re.compile(r"(?P<name>[^<>@]*?)\s*<?(?P<email>[^<>\s]+@[^<>\s]+?)>?\s+(at|from)\s+(?P<rest>.+)",
                      re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class QuoteFact:
    """An open quote on the client; status is None when the asker may not see the quote (not even that it is one)."""

    owner_id: int
    owner_name: str
    status: str | None
    tender: bool = False


@dataclass(frozen=True)
class ApproachFact:
    """Someone's planned or active approach to the client."""

    member_id: int
    member_name: str
    state: str
    contact_name: str | None = None
    contact_email: str | None = None


@dataclass(frozen=True)
class Collision:
    """Why the BD member should not approach the client without asking `holder` first."""

    kind: str  # flag | dna-contact | dna-client | quote | approach
    holder_id: int
    holder_name: str
    why: str


def collisions(asker_id: int, flags: Iterable[FlagFact], quotes: Iterable[QuoteFact],
               approaches: Iterable[ApproachFact], contact_name: str | None = None,
               contact_email: str | None = None) -> list[Collision]:
    """Everything that stands between the asker and the client (or contact), strongest claim first."""
    found: list[tuple[tuple[Any, ...], Collision]] = []
    quotes = [q for q in quotes if q.owner_id != asker_id]
    quoting = {q.owner_id for q in quotes}
    for fact in flags:
        # A quote's own flag says less than the open quote itself, which is listed below.
        folded = fact.basis in QUOTE_BASES and fact.holder_id in quoting and not fact.contact_name
        if fact.holder_id != asker_id and not folded:
            found.append(_flag(fact, contact_name, contact_email))
    for quote in quotes:
        # A quote the asker may not see is named as its flag is to them: current work, not a quote.
        why = f"open {'tender' if quote.tender else 'quote'} ({quote.status})" if quote.status else CURRENT_WORK
        found.append(((rank("active quote"), 1), Collision("quote", quote.owner_id, quote.owner_name, why)))
    for other in approaches:
        if other.member_id != asker_id and other.state in OPEN:
            who = _person(other.contact_name, other.contact_email)
            why = f"{other.state} approach" + (f" to {who}" if who else "")
            found.append(((len(BASIS_ORDER) + 1, 0), Collision("approach", other.member_id, other.member_name, why)))
    return [c for _, c in sorted(found, key=lambda pair: pair[0])]


def _flag(fact: FlagFact, contact_name: str | None, contact_email: str | None) -> tuple[tuple[Any, ...], Collision]:
    who = _person(fact.contact_name, fact.contact_email)
    if fact.basis != DNA:
        why = fact.basis + (f" ({who})" if who else "")
        return (rank(fact.basis), 0), Collision("flag", fact.holder_id, fact.holder_name, why)
    if who and same_contact(fact.contact_name, fact.contact_email, contact_name, contact_email):
        why = f"do-not-approach entry for {who}, the contact to be approached"
        return (-1, 0), Collision("dna-contact", fact.holder_id, fact.holder_name, why)
    why = f"do-not-approach entry for {who} at this client" if who else "do-not-approach entry for the whole client"
    return (rank(DNA), 0), Collision("dna-client", fact.holder_id, fact.holder_name, why)


def protected(contact_name: str | None, contact_email: str | None, flags: Iterable[FlagFact]) -> bool:
    """True when the approach's contact is on someone's do-not-approach list: in public it stays unnamed."""
    return any(f.basis == DNA and same_contact(f.contact_name, f.contact_email, contact_name, contact_email)
               for f in flags)


def holders_to_ask(found: Iterable[Collision]) -> list[tuple[int, str]]:
    """Each colliding holder once, in the order of their strongest claim."""
    return list(dict.fromkeys((c.holder_id, c.holder_name) for c in found))


def consent_outcome(answers: Iterable[str | None]) -> str:
    """`refused` once any holder would rather lead or declines, `agreed` when all agreed, else `waiting`."""
    answers = list(answers)
    if any(a in (LEAD, DECLINE) for a in answers):
        return "refused"
    return "agreed" if answers and all(a == AGREE for a in answers) else "waiting"


def on_behalf_of(asked: Iterable[tuple[int, str | None]]) -> int | None:
    """The holder the approach is made for: the first agreeing one, holders given in the order they were asked."""
    return next((holder for holder, answer in asked if answer == AGREE), None)


def move_problem(state: str, to: str) -> str | None:
    """Why an approach may not move from `state` to `to`, or None if it may."""
    if to not in MOVES:
        return f"“{to}” is not a state an approach can be in (planned, active, won, dropped)."
    if state == to:
        return f"This approach is already {state}."
    if not MOVES.get(state):
        return f"This approach is {state}, which is final."
    if to not in MOVES[state]:
        return f"A {state} approach can become {' or '.join(MOVES[state])}, not {to}."
    return None


def may_change(member_id: int, role: str | None, approach_member_id: int) -> bool:
    """The BD member who recorded an approach, directors and admins may change its state."""
    return member_id == approach_member_id or role in OVERSEERS


def input_problem(values: dict[str, str]) -> str | None:
    """What is wrong with the fields BD typed (keys of LIMITS), or None if nothing is."""
    if any("\x00" in v for v in values.values()):
        return "Remove the NUL characters."
    too_long = [f"{k.replace('_', ' ')} (at most {LIMITS[k]} characters)" for k, v in values.items()
                if len(v) > LIMITS[k]]
    if too_long:
        return f"Too long: {', '.join(too_long)}."
    email = values.get("contact_email", "")
    if email and ("@" not in email or any(c.isspace() for c in email)):
        return f"“{email}” is not an email address."
    return None


def decline_problem(reason: str) -> str | None:
    """What is wrong with BD's reason for declining a partner's request, or None if nothing is."""
    if not reason:
        return "Give a reason to decline: the partner is told it."
    if len(reason) > REASON_LIMIT or "\x00" in reason:
        return f"Keep the reason to {REASON_LIMIT} characters of plain text."
    return None


def split_note(text: str) -> tuple[str, str | None]:
    """(client part, note) when the note is set apart by a separator or quotes; else (text, None)."""
    text = text.strip()
    for pattern in (_QUOTED_CLIENT, _QUOTED_NOTE):
        found = pattern.fullmatch(text)
        if found:
            return found["client"].strip(), found["note"].strip() or None
    parts = _SEPARATOR.split(text, maxsplit=1)
    if len(parts) == 2 and parts[0].strip():
        return parts[0].strip(), parts[1].strip() or None
    return text, None


def split_contact(text: str) -> tuple[str | None, str | None, str]:
    """(contact name, contact email, the rest) for "Name <email> at Client ..."; (None, None, text) otherwise."""
    found = _CONTACT.fullmatch(text.strip())
    if found is None:
        return None, None, text.strip()
    return found["name"].strip() or None, found["email"].strip().lower(), found["rest"].strip()


def prefixes(text: str) -> list[tuple[str, str | None]]:
    """(words, rest) pairs, longest first: the candidates for "the client, then a note"."""
    words = text.split()
    top = min(len(words), MAX_CLIENT_WORDS)
    return [(" ".join(words[:n]), " ".join(words[n:]) or None) for n in range(top, 0, -1)]


def _person(name: str | None, email: str | None) -> str:
    if name and email:
        return f"{name} <{email}>"
    return name or email or ""
