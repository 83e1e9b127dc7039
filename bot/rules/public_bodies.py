"""Public bodies as people name them: a kind, a jurisdiction and a portfolio, each of which they say their own way.

"NSW Health Department", "Dept of Health NSW" and "Health Ministry NSW" all mean the NSW Ministry of Health while the
registry holds no other health body in NSW; "Health Department" with no state or country typed may mean any
jurisdiction's, so the matcher asks. Pure functions over words as names._analyse writes them; the matcher finds the
candidate clients (Matcher._public_body) and these weigh them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from bot.rules.matching_words import (
    BODY_FILLER,
    BODY_KINDS,
    BODY_STOPWORDS,
    BODY_WORDS_ABROAD,
    BODY_WORDS_IN_ENGLISH,
    GOVERNMENT_ZONES,
    JURISDICTIONS,
    PORTFOLIO_ENDINGS,
    STOPWORDS,
)


@dataclass(frozen=True, slots=True)
class Body:
    """What a name says of a public body: "NSW Ministry of Health" is a ministry, of NSW, for health."""

    kind: str | None
    jurisdiction: str | None
    portfolio: frozenset[str]


def in_english(words: Iterable[str]) -> tuple[str, ...]:
    """A body's words as English says them: "bundesministerium der finanzen" -> federal ministry der finance."""
    return tuple(e for w in words if w not in BODY_STOPWORDS for e in BODY_WORDS_ABROAD.get(w, (w,)))


def read(words: Iterable[str]) -> Body | None:
    """The body these words describe; None if they name no portfolio, or two kinds or jurisdictions."""
    words = in_english(words)
    kinds = {w for w in words if w in BODY_KINDS}
    places = {JURISDICTIONS[w] for w in words if w in JURISDICTIONS}
    portfolio = frozenset(w for w in words if not (w in BODY_KINDS or w in JURISDICTIONS or w in STOPWORDS
                                                   or w in BODY_FILLER))
    if len(kinds) > 1 or len(places) > 1 or not portfolio:
        return None
    return Body(next(iter(kinds), None), next(iter(places), None), portfolio)


def worth_a_look(query: Body, words: int) -> bool:
    """True if a query may name a body: it has a kind word or a jurisdiction, or is a portfolio alone ("Statistics").
    Most queries are companies' names: the matcher spares them the look."""
    return query.kind is not None or query.jurisdiction is not None or words == 1


# One search for every zone, longest first as GOVERNMENT_ZONES lists them; most clients' domains are in none.
_ZONES = dict(GOVERNMENT_ZONES)
_ZONE = re.compile(r"(?:^|\.)(" + "|".join(re.escape(zone) for zone in _ZONES) + r")$")


def government_zone(domains: Iterable[str]) -> str | None:
    """The jurisdiction whose government zone holds one of these domains: "health.vic.gov.au" -> "vic"."""
    for domain in domains:
        found = _ZONE.search(domain)
        if found:
            return _ZONES[found.group(1)]
    return None


def bodies_of(names: Iterable[tuple[str, ...]], domains: Iterable[str], country: str | None) -> tuple[Body, ...]:
    """The bodies a client's name and aliases describe, if it is one: named with a kind word, or at home in a
    government's zone ("Queensland Health" at health.qld.gov.au). Placed by its own words, else its zone, else the
    country it is registered in."""
    zone = government_zone(domains)
    found = []
    for words in names:
        body = read(words)
        if body is not None and (body.kind is not None or zone is not None):
            found.append(replace(body, jurisdiction=body.jurisdiction or zone or country))
    return tuple(found)


def is_body(words: Iterable[str], domains: Iterable[str]) -> bool:
    """A quick first look: a name with a kind word, or a client at home in a government's zone, may be a body."""
    return any(w in BODY_KINDS for w in in_english(words)) or government_zone(domains) is not None


def spellings(word: str) -> set[str]:
    """A portfolio word and the other ways people say it: "tax", "taxation", "taxal", "taxs"; "finance", "finanzen"."""
    return {word, *(word + e for e in PORTFOLIO_ENDINGS), *(word[:-len(e)] for e in PORTFOLIO_ENDINGS
                                                           if word.endswith(e) and len(word) - len(e) >= 3),
            *BODY_WORDS_IN_ENGLISH.get(word, ())}


def same_word(typed: str, theirs: str) -> bool:
    """One portfolio word said either way: "tax" and "taxation", "environmental" and "environment"."""
    short, long = sorted((typed, theirs), key=len)
    return short == long or (len(short) >= 3 and long.startswith(short) and long[len(short):] in PORTFOLIO_ENDINGS)


def holds(portfolio: frozenset[str], typed: frozenset[str]) -> bool:
    """True if every word typed is one of the portfolio's."""
    return all(any(same_word(t, w) for w in portfolio) for t in typed)


def fit(query: Body, body: Body) -> tuple[bool, bool] | None:
    """How well a body fits the query, best first: (the same kind word, the whole portfolio typed); None if the query
    names more than its portfolio. The kind counts for more, so "NZ Health Ministry" is the Ministry of Health rather
    than Health NZ; "Department of Health" fits the Department of Health and Aged Care, less than a Department of
    Health."""
    if not holds(body.portfolio, query.portfolio):
        return None
    return query.kind is not None and query.kind == body.kind, holds(query.portfolio, body.portfolio)


def best_fits(query: Body, bodies: dict[int, tuple[Body, ...]]) -> dict[int, tuple[tuple[bool, bool], str | None]]:
    """Each client that fits: (its best fit, the jurisdiction of the body that fits so)."""
    found: dict[int, tuple[tuple[bool, bool], str | None]] = {}
    for client_id, held in bodies.items():
        for body in held:
            score = fit(query, body)
            if score is not None and (client_id not in found or score >= found[client_id][0]):
                found[client_id] = (score, body.jurisdiction)
    return found


def decide(query: Body, bodies: dict[int, tuple[Body, ...]]) -> tuple[int | None, set[int], set[int]]:
    """(the one body meant or None, the bodies of other jurisdictions than typed, the bodies left open to ask about).

    A body answers only for a query with a kind word, when no other in its jurisdiction fits as well. With no
    jurisdiction typed, bodies of several jurisdictions are all open ("Health Department" is every state's), and one
    body answers only for its whole portfolio of two words or more: every government has a Tax Office, and each state
    its "Department of Water" something, whichever the registry holds; "Digital Health Agency" may be one body's."""
    fits = best_fits(query, bodies)
    elsewhere = {i for i, (_, where) in fits.items() if query.jurisdiction and where != query.jurisdiction}
    here = {i: score for i, (score, _) in fits.items() if i not in elsewhere}
    if len({fits[i][1] for i in here}) > 1:
        return None, elsewhere, set(here)
    top = max(here.values(), default=None)
    best = [i for i, score in here.items() if score == top]
    if query.kind is None or len(best) != 1 or not _guessable(query, here[best[0]][1]):
        return None, elsewhere, set(here) if len(here) > 1 else set()
    return best[0], elsewhere, set(here) - {best[0]}


def _guessable(query: Body, whole: bool) -> bool:
    return query.jurisdiction is not None or (whole and len(query.portfolio) > 1)


def rank(fitted: tuple[bool, bool]) -> int:
    """A fit as a number, 0 to 3, for ordering the bodies offered."""
    return 2 * fitted[0] + fitted[1]
