"""Client matching: the one matcher for every place a client is named (chat, compose box, enquiries, quotes).

A wrong "held by X" starts a dispute, so the matcher prefers no answer to a doubtful one: it answers only when the
best candidate is strong and clearly ahead of the next, and otherwise offers the close ones as "did you mean".
Everything is indexed in memory; fuzzy scoring runs only over small blocks of the registry.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.rules import contact_lines, public_bodies, registration
from bot.rules.matching_words import (
    ADDRESS_REGIONS as _ADDRESS_REGIONS,
    AUDIENCE_WORDS as _AUDIENCE_WORDS,
    BODY_WORDS as _BODY_WORDS,
    COUNCIL_KINDS as _COUNCIL_KINDS,
    COUNTRY_PLACES as _COUNTRY_PLACES,
    DEMONYMS as _DEMONYMS,
    DEPARTMENT_WORDS as _DEPARTMENT_WORDS,
    GENERIC as _GENERIC,
    GROUP_WORDS as _GROUP_WORDS,
    HOLDING_WORDS as _HOLDING,
    JURISDICTIONS as _JURISDICTIONS,
    LEFT_OFF_INSIDE as _LEFT_OFF_INSIDE,
    LEGAL_SPELLING as _LEGAL_SPELLING,
    LEGAL_WORDS as _LEGAL_WORDS,
    OTHER_READINGS as _OTHER_READINGS,
    PLACE_ABBREVIATIONS as _PLACE_ABBREVIATIONS,
    PLACE_SHORT as _PLACE_SHORT,
    PLACE_WITHIN as _PLACE_WITHIN,
    PLACE_WORDS as _PLACE_WORDS,
    PLACES as _PLACES,
    PRACTICES as _PRACTICES,
    QUALIFIERS as _QUALIFIERS,
    SHORT_FORMS as _SHORT_FORMS,
    SITE_WORDS as _SITE_WORDS,
    STATES as _STATES,
    STOPWORDS as _STOPWORDS,
    SYNONYMS as _SYNONYMS,
    TEAM_WORDS as _TEAM_WORDS,
    TOWNS as _TOWNS,
    TRADE_KIN as _TRADE_KIN,
    TRADES as _TRADES,
    UNIT_WORDS as _UNIT_WORDS,
    WORD_ENDINGS as _WORD_ENDINGS,
)
from bot.rules.names import (
    _EMAIL,
    _HOST,
    _LEGAL_FORMS,
    _LONGEST_FORM,
    _PERSON_AT,
    _QUOTES,
    _WORD,
    ALIAS,
    AMBIGUOUS_INITIALISM,
    CLAIMED_INITIALISM,
    CONFIDENT,
    EXACT,
    HINT,
    INITIALISM,
    LEGAL,
    MARGIN,
    OPEN_BODY,
    OTHER_LEGAL,
    OTHER_READING,
    PARTIAL,
    PREFIX,
    SAME_FORM_PREFIX,
    SAME_WORDS,
    SIMILAR_CUTOFF,
    STRIPPED,
    SUBDOMAIN,
    TYPO1,
    TYPO2,
    WEAK_ALIAS,
    Candidate,
    ClientEntry,
    Match,
    _analyse,
    _compact,
    _distinctive,
    _in_order,
    _is_free_mail,
    _is_person,
    _legal_suffix,
    _Name,
    _name_initialisms,
    _same_form,
    _Variant,
    _variants,
    clean,
    council_key,
    domain_of,
    fold,
    form_countries,
    outright,
    person_from_mailbox,
    portfolio,
    world_place_suffix,
)
from bot.rules.public_suffixes import is_known_tld, registrable

# What other modules use: the types, the matcher and a few helpers (names.py holds them; the rest is internal).
__all__ = ["Candidate", "ClientEntry", "Match", "Matcher", "clean", "domain_of", "fold", "outright",
           "person_from_mailbox", "typos_allowed"]

_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
_DISTRICT = "district council"
MOST_OTHER_READINGS = 12  # words of a query read as their other words: a pasted list is not read word by word


# ---- index -------------------------------------------------------------------------------------------------------


class _Ids:
    """key -> client ids, a lone id stored as a bare int."""

    # Most keys name one client; a container per key would cost more memory than everything else in the index.

    __slots__ = ("_map",)

    def __init__(self) -> None:
        self._map: dict[str, int | list[int]] = {}

    def get(self, key: str | None) -> list[int] | tuple[int, ...]:
        value = self._map.get(key) if key else None
        return () if value is None else (value,) if isinstance(value, int) else value

    def add(self, key: str, client_id: int) -> None:
        """Add an id not yet held under this key (each client's keys are a set, and upsert removes first)."""
        held = self._map.get(key)
        if held is None:
            self._map[key] = client_id
        elif isinstance(held, int):
            self._map[key] = [held, client_id]
        else:
            held.append(client_id)

    def discard(self, key: str, client_id: int) -> bool:
        """Forget one id; True when the key has none left."""
        held = self._map.get(key)
        if isinstance(held, list) and client_id in held:
            held.remove(client_id)
            if len(held) == 1:
                self._map[key] = held[0]
        elif held == client_id:
            del self._map[key]
            return True
        return False

    def count(self, key: str) -> int:
        held = self._map.get(key)
        return 0 if held is None else 1 if isinstance(held, int) else len(held)

    def __contains__(self, key: str) -> bool:
        return key in self._map


class _Sorted:
    """(key, id) pairs in key order, kept as two parallel lists: a list of tuples would cost twice the memory."""

    __slots__ = ("keys", "ids")

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.ids: list[int] = []

    def append(self, key: str, client_id: int) -> None:
        """Add out of order, during a bulk load that calls `settle` at the end."""
        self.keys.append(key)
        self.ids.append(client_id)

    def settle(self) -> None:
        pairs = sorted(zip(self.keys, self.ids))
        self.keys, self.ids = [k for k, _ in pairs], [i for _, i in pairs]

    def add(self, key: str, client_id: int) -> None:
        at = bisect_right(self.keys, key)
        self.keys.insert(at, key)
        self.ids.insert(at, client_id)

    def discard(self, key: str, client_id: int) -> None:
        at = bisect_left(self.keys, key)
        while at < len(self.keys) and self.keys[at] == key:
            if self.ids[at] == client_id:
                del self.keys[at], self.ids[at]
                return
            at += 1

    def starting(self, prefix: str, cap: int) -> list[tuple[str, int]]:
        """Up to `cap` pairs whose key starts with `prefix`."""
        at = bisect_left(self.keys, prefix)
        end = bisect_left(self.keys, prefix + "\uffff", at, min(len(self.keys), at + cap))
        return list(zip(self.keys[at:end], self.ids[at:end]))


@dataclass(frozen=True, slots=True)
class _Keys:
    """Everything one client is indexed under, computed once so every index shares the same string objects."""

    full: str
    core: str | None  # None when the name has no legal form
    trims: tuple[str, ...]
    spaced: str
    aliases: frozenset[str]
    words: frozenset[str]  # of the name and its aliases
    word_sets: frozenset[str]
    initialisms: frozenset[str]
    domains: frozenset[str]
    labels: frozenset[str]  # each domain's name before its suffix: "volvogroup" for volvogroup.com
    registrations: tuple[str, ...]
    council: str | None
    portfolio: str | None  # a department's name without "Department of", spaced, when it pairs two or more parts


# A person's initials before a firm's name, which people leave off: "R. J. Pettigrew & Sons" is "Pettigrew & Sons".
_OWNERS_INITIALS = re.compile(r"^(?:[A-Z]\.\s*){1,3}(?=\w{2})|^(?:[A-Z]\s){1,3}(?=\w{2})")
# Two words and a comma, as a list of people writes a name: "Reid, Douglas".
_INVERTED = re.compile(r"\s*([^\W\d_][\w'-]*),\s*([^\W\d_][\w'-]*)\s*")


def _keys_of(client: ClientEntry) -> _Keys:
    name = _analyse(client.name)
    plain = _OWNERS_INITIALS.sub("", client.name)
    aliases = [_analyse(a) for a in (*client.aliases, *((plain,) if plain != client.name else ()))]
    one: dict[str, str] = {}

    def same(key: str) -> str:
        return one.setdefault(key, key)  # one object for a text, however many indexes store it
    core = name.core_key if name.core_key != name.full_key else None
    # Only a paired portfolio is one department's: every state has its own "Primary Industries" or "Health". An
    # office is its holder's, who is "for" or "of" something: "Minister for Regional Roads" is the Office of the
    # Minister for Regional Roads, as people drop the "Office of the" in speech.
    held = portfolio(name.words[:name.core])
    holder = name.words[0] == "office" and len(held) > 2 and ("for" in held[1:] or "of" in held[1:])
    held = held if "and" in held or holder else ()
    domains = _clean_domains(client)
    # An alias's form left off too, unless it may be a place: "LGA SA" is the South Australian one, not "LGA".
    alias_keys = {k for a in aliases for k in (a.full_key, a.core_key)
                  if k and (k == a.full_key or not set(a.words[a.core:]) & _PLACE_ABBREVIATIONS)}
    return _Keys(
        full=same(name.full_key), core=same(core) if core else None,
        trims=tuple(same(k) for k in dict.fromkeys(name.trimmed_keys)),
        spaced=name.spaced,
        aliases=frozenset(same(k) for k in alias_keys),
        words=frozenset(w for n in [name, *aliases] for w in n.words),
        word_sets=frozenset(k for n in [name, *aliases] for k in _word_set_keys(n.words[:n.core])),
        initialisms=frozenset(same(k) for k in _name_initialisms(name)),
        domains=frozenset(domains), labels=frozenset(_labels(domains) - {name.full_key, name.core_key, *alias_keys}),
        registrations=registration.keys_of(client.registration), council=council_key(name.words[:name.core]),
        portfolio=same(" ".join(held)) if held else None)


class _Found:
    """The best evidence found so far for each client: (score, why, firm), firm meaning its very name or alias."""

    def __init__(self) -> None:
        self.best: dict[int, tuple[float, str, bool]] = {}

    def add(self, client_id: int, score: float, why: str, firm: bool = False) -> None:
        held = self.best.get(client_id)
        if held is None or score > held[0]:
            self.best[client_id] = (score, why, firm)

    def merge(self, other: _Found) -> None:
        for client_id, (score, why, firm) in other.best.items():
            self.add(client_id, score, why, firm)

    def top(self) -> float:
        return max((s for s, _, _ in self.best.values()), default=0.0)

    def cap(self, ceiling: float, client_ids: Iterable[int] | None = None, firm_too: bool = False) -> None:
        """Hold these clients (all, by default) below `ceiling`, except those named by their very name or alias."""
        for client_id in list(self.best) if client_ids is None else client_ids:
            score, why, firm = self.best[client_id]
            if (firm_too or not firm) and score > ceiling:
                self.best[client_id] = (ceiling, why, firm)


def _leader(found: _Found) -> int:
    """The client with the best evidence."""
    return max(found.best, key=lambda client_id: found.best[client_id][0])


def merged(older: Match, newer: Match, replaced: set[int]) -> Match:
    """One answer from two matchers: `newer` knows the clients in `replaced` better than `older` does."""
    kept = [c for c in older.candidates if c.client_id not in replaced]
    ranked = sorted([*kept, *newer.candidates], key=lambda c: (-c.score, c.name))
    first, second = ([c.score for c in ranked[:2]] + [0.0, 0.0])[:2]
    clear = first >= CONFIDENT and round(first - second, 6) >= MARGIN
    primary = newer if newer.candidates and not kept else older
    return Match(older.query, primary.kind, older.person or newer.person, ranked[0] if clear else None,
                 tuple(ranked[:max(len(older.candidates), len(newer.candidates), 5)]))


def typos_allowed(key: str) -> int:
    """Edits tolerated for a compact key of this length: none under 6 letters, one up to 11, two from 12."""
    return 0 if len(key) < 6 else 1 if len(key) < 12 else 2


class Matcher:
    """Finds which registry client a name, domain, email address or "Person at Company" means."""

    def __init__(self, clients: Iterable[ClientEntry]) -> None:
        self._entries: dict[int, ClientEntry] = {}
        self._spaced: dict[int, str] = {}  # id -> name words without legal form, for similarity scoring
        self._full, self._core, self._trimmed = _Ids(), _Ids(), _Ids()  # compact name keys, by form
        self._aliases = _Ids()
        self._word_sets = _Ids()
        self._initialisms = _Ids()
        self._domains = _Ids()
        self._labels = _Ids()
        self._registrations = _Ids()  # "abn:48123123124" -> ids
        self._councils = _Ids()  # "council:yarra" -> the council of that place, however it is called
        self._portfolios = _Ids()  # "foreignaffairstrade" -> the Department of Foreign Affairs and Trade
        self._postings = _Ids()  # word of a name or alias -> ids
        self._spellings: dict[tuple[str, int], list[str]] = {}  # (letters at the ends, length) -> words
        self._by_name = _Sorted()  # spaced name: word prefixes ("Delta Air" -> Delta Air Lines)
        self._by_key = _Sorted()  # compact name: letter prefixes as typed ("clientc" -> Client Corp)
        self._by_alias = _Sorted()
        self._by_domain = _Sorted()
        self._vocabulary: list[str] = []  # sorted words, for "syd" -> sydney in search
        for client in clients:
            self._index(client, bulk=True)
        for ordered in (self._by_name, self._by_key, self._by_alias, self._by_domain):
            ordered.settle()
        self._vocabulary.sort()

    def __len__(self) -> int:
        return len(self._entries)

    def upsert(self, client: ClientEntry) -> None:
        """Add a client, or replace the one with its id."""
        self.remove(client.id)
        self._index(client)

    def remove(self, client_id: int) -> None:
        """Forget a client; unknown ids are ignored."""
        client = self._entries.pop(client_id, None)
        if client is None:
            return
        del self._spaced[client_id]
        keys = _keys_of(client)
        for index, key in self._entries_of(keys):
            index.discard(key, client_id)
        for word in keys.words:
            if self._postings.discard(word, client_id):
                _discard_sorted(self._vocabulary, word)
                for block in _spelling_blocks(word):
                    self._spellings[block].remove(word)
                    if not self._spellings[block]:
                        del self._spellings[block]
        for ordered, key in self._ordered_of(keys):
            ordered.discard(key, client_id)

    def _index(self, client: ClientEntry, bulk: bool = False) -> None:
        keys = _keys_of(client)
        self._entries[client.id] = client
        self._spaced[client.id] = keys.spaced
        for index, key in self._entries_of(keys):
            index.add(key, client.id)
        for word in keys.words:
            if word not in self._postings:
                if bulk:
                    self._vocabulary.append(word)  # sorted once the load is done
                else:
                    insort(self._vocabulary, word)
                for block in _spelling_blocks(word):
                    self._spellings.setdefault(block, []).append(word)
            self._postings.add(word, client.id)
        for ordered, key in self._ordered_of(keys):
            (ordered.append if bulk else ordered.add)(key, client.id)

    def _entries_of(self, keys: _Keys) -> Iterator[tuple[_Ids, str]]:
        yield self._full, keys.full
        if keys.core:
            yield self._core, keys.core
        if keys.council:
            yield self._councils, keys.council
        if keys.portfolio:
            yield self._portfolios, _compact(keys.portfolio.split())
        for key in keys.trims:
            yield self._trimmed, key
        for index, group in ((self._aliases, keys.aliases), (self._word_sets, keys.word_sets),
                             (self._initialisms, keys.initialisms), (self._domains, keys.domains),
                             (self._labels, keys.labels),
                             (self._registrations, keys.registrations)):
            for key in group:
                yield index, key

    def _ordered_of(self, keys: _Keys) -> Iterator[tuple[_Sorted, str]]:
        yield self._by_name, keys.spaced
        if keys.portfolio:
            yield self._by_name, keys.portfolio  # "Foreign Affairs" starts the department's name as people say it
        yield self._by_key, keys.core or keys.full
        for key in keys.aliases:
            yield self._by_alias, key
        for domain in keys.domains:
            yield self._by_domain, domain

    # ---- matching ----------------------------------------------------------------------------------------------

    def match(self, query: str, limit: int = 5) -> Match:
        """The one client the query means, or None with the close candidates."""
        text = clean(query)
        number = registration.read(text)
        if number is not None:
            return self._answer(query, "registration", None, self._by_registration(number), limit)
        # A number in a signature or a footer is decisive too, when it is a client's: "Acme Pty Ltd ABN 48 ...".
        footer = _Found()
        for number in registration.within(text):
            footer.merge(self._by_registration(number))
        if self._clear(footer):
            return self._answer(query, "registration", None, footer, limit)
        email = _EMAIL.match(text)
        if email and _HOST.match(email.group("host").lower()):
            person = (email.group("name") or "").strip(_QUOTES + " ") or person_from_mailbox(email.group("local"))
            found = self._by_host(email.group("host").lower(), "email domain")
            return self._answer(query, "email", person, found, limit)
        if self._domain_query(text):
            return self._answer(query, "domain", None, self._by_domain_or_name(text), limit)
        named, org = self._person_at(text)
        if named:
            found = self._by_domain_or_name(org) if self._domain_query(org) else self._named(org)
            if self._clear(found):
                return self._answer(query, "person", named, found, limit)
            # "jo from acme limited, perth": the whole text is read as a contact line below.
        found = self._named(text)
        self._either_order(text, found)
        if not self._clear(found):
            person, again = self._second_reading(text)
            person = person or named
            if self._clear(again):
                return self._answer(query, "person" if person else "name", person, again, limit)
            # Readings of less and less of the text, each only if the ones before found no one client.
            readings = (("name", self._hinted), ("name", self._either_entity), ("name", self._at_a_site),
                        ("name", self._placed_before), ("name", self._of_a_team), ("name", self._catalogued),
                        ("domain", self._address_inside),
                        ("text", self._named_inside), ("text", self._named_in_one_case))
            for kind, reading in readings:
                got = reading(text)
                if self._clear(got):
                    return self._answer(query, kind, None, got, limit)
            found.merge(again)  # more to offer; no single client, since neither reading had one
            return self._answer(query, "person" if person else "name", person, found, limit)
        return self._answer(query, "name", None, found, limit)

    def _either_order(self, text: str, found: _Found) -> None:
        """"Reid, Douglas" is how a list writes Douglas Reid: when each order names a client, neither is the one."""
        inverted = _INVERTED.fullmatch(text)
        if not inverted or not self._clear(found):
            return
        other = self._named(f"{inverted[2]} {inverted[1]}")
        if self._clear(other) and _leader(other) != _leader(found):
            ceiling = min(found.top(), other.top())
            found.merge(other)
            found.cap(ceiling, firm_too=True)

    def _second_reading(self, text: str) -> tuple[str | None, _Found]:
        """The organisation of a contact line or signature, or a name without its office ("Acme Perth branch")."""
        line = contact_lines.read(text, self._is_legal_form)
        found = _Found()
        # The whole text last: "Acme Surveyors (Reading office)" is cut at its bracket, as a line is, into a part
        # that is no organisation.
        for candidate in (*line.organisations, text) if line else (text,):
            readings = (contact_lines.without_office(candidate) or contact_lines.without_audience(candidate)
                        or _before_trailing_words(candidate) or contact_lines.without_bracket(candidate))
            # A part of a line whole first, then shortened: "Acme Credit Union toronto" before "Acme Credit Union".
            for reading in dict.fromkeys(((candidate,) if line and candidate != text else ()) + readings):
                got = self._by_domain_or_name(reading) if self._domain_query(reading) else self._named(reading)
                if self._clear(got):
                    # "Acme Sydney" picked one: "Acme" alone, read next, would bring back Acme NZ.
                    return (line.person if line else None), self._with_other_roles(line, got)
                found.merge(got)
        return (line.person if line else None), found

    def _hinted(self, text: str) -> _Found:
        """The one of a name's namesakes that the words after it say: "Acme (the bank, not the insurer)", "Acme - the
        Aussie one"."""
        said, found = contact_lines.hint(text) or contact_lines.trade_after(text), _Found()
        close = [i for i, (score, _, _) in self._named(said.name).best.items() if score >= PARTIAL] if said else []
        if said is None or len(close) < 2:
            return found
        left = [i for i in close if not any(self._says(w, i) for w in said.unwanted)]
        # What the wanted words fit, else what the unwanted ones leave: "the miner, not the drillers".
        fits = [i for i in left if any(self._says(w, i) for w in said.wanted)] or left
        if len(fits) == 1:
            for client_id in close:
                found.add(client_id, PREFIX if client_id in fits else PARTIAL, "named, and the words after it")
        return found

    def _address_inside(self, text: str, most: int = 40) -> _Found:
        """The client of the one email or web address inside a short text: "Email from accounts@acme.com.au re PO 31",
        "acme.co.uk contact form lead"."""
        tokens = text.split()
        hosts = set()
        for token in tokens if len(tokens) <= most else ():
            email = _EMAIL.match(token.strip(_QUOTES + ",;:!?()[]<>"))
            host = email.group("host").lower().rstrip(".") if email else domain_of(token.strip(_QUOTES + ",;:!?()[]"))
            if host and _HOST.match(host) and is_known_tld(host.rsplit(".", 1)[-1]):
                hosts.add(host)
        return self._by_host(hosts.pop(), "address in the text") if len(hosts) == 1 else _Found()

    def _either_entity(self, text: str) -> _Found:
        """The client a register's line names by its legal entity or by the name it trades or holds a trust under:
        "Acme Pty Ltd t/a Beta Cafe" is Acme or Beta Cafe, whichever the registry has; both, and it asks."""
        return self._one_of(contact_lines.entities(text))

    def _at_a_site(self, text: str, most: int = 4) -> _Found:
        """A client's whole name, then a town or a site of it: "Acme Bakehouse Traralgon", "Acme Store 3182"."""
        words = text.split()
        for k in range(1, min(most, len(words) - 1) + 1):
            head, site = words[:-k], _site_of(words[-k:])
            if site is None or fold(head[-1]) in _STOPWORDS or head[-1] in "&+":
                continue
            initials = head[0].isupper() and len(head[0]) > 1 and site in _TOWNS  # "WSU Pullman"
            if len(head) == 1 and not initials and (k < 2 or not any(fold(w) in _SITE_WORDS for w in words[-k:])):
                continue  # one word and a town may be a person: "Rebel Wilson"; "Acme Hawthorn campus" is a site
            found = self._beside(head, words[-k:], partial(self._sited, site=site), "name, then a site of it")
            if found.best:
                return found
        return _Found()

    def _catalogued(self, text: str) -> _Found:
        """A name as a catalogue inverts it: "Pendleford, University of" and "Bank, Pacific Merchant"."""
        head, comma, tail = text.partition(",")
        head, tail = head.strip(), tail.strip()
        if not comma or "," in tail or not head or not tail:
            return _Found()
        inverted = fold(tail.split()[-1]) in ("of", "for") or (len(head.split()) == 1 and fold(head) in _GENERIC)
        got = self._named(f"{tail} {head}") if inverted else _Found()
        return got if self._clear(got) else _Found()

    def _of_a_team(self, text: str, most: int = 3) -> _Found:
        """A client's name, then a team of it: "Acme Water finance team", "Acme's legal dept"."""
        words = text.split()
        if len(words) < 3 or fold(words[-1]) not in _TEAM_WORDS:
            return _Found()
        for k in range(2, min(most + 1, len(words) - 1) + 1):
            found = self._beside(words[:-k], words[-k:], self._the_one, "name, then a team of it")
            if found.best:
                return found
        return _Found()

    def _sited(self, got: _Found, site: str) -> int | None:
        """The client a name means at this site: the one it names, if it may be there; of namesakes, the one whose
        country or state holds the town ("Acme Fencing Mount Gambier" between Acme Fencing (WA) and (SA))."""
        if self._clear(got):
            return self._there(got, site)
        top = got.top()
        close = [i for i, (score, _, _) in got.best.items() if score >= max(PARTIAL, top - MARGIN)]
        held = _TOWNS.get(site, frozenset())
        fits = [i for i in close if held & (self._own_place(i) & _STATES or {self._country_place(i) or ""})]
        return fits[0] if len(close) > 1 and len(fits) == 1 else None

    def _the_one(self, got: _Found) -> int | None:
        """The one client a reading names, if it names one clearly."""
        return _leader(got) if self._clear(got) else None

    def _there(self, got: _Found, place: str) -> int | None:
        """The one client a name names, if it may be at this place."""
        one = self._the_one(got)
        return one if one is not None and self._may_be_in(one, place) else None

    def _placed_before(self, text: str, most: int = 3) -> _Found:
        """A place, then a client's whole name of two words or more: "Geelong Acme Bakehouse". Not when the place
        begins a client's name itself ("Geelong Grammar")."""
        words = text.split()
        for k in range(1, min(most, len(words) - 2) + 1):
            place = " ".join(fold(w) for w in words[:k])
            if not (_is_place(place) or place in _TOWNS or world_place_suffix(tuple(place.split()), k) == k):
                continue
            found = self._beside(words[k:], words[:k], partial(self._there, place=place), "a place, then the name")
            if found.best:
                return found
        return _Found()

    def _beside(self, name: list[str], other: list[str], pick: Callable[[_Found], int | None], why: str) -> _Found:
        """The client `pick` finds the name words mean, when the words beside them name no client themselves."""
        found, chosen = _Found(), pick(self._named(" ".join(name)))
        if chosen is None:
            return found
        # Not a word of the client's own name ("Acme Credit Union" is not Acme Credit at Union, New Jersey).
        own = set(_analyse(" ".join(other)).words) & set(_analyse(self._entries[chosen].name).words)
        if not own and self._named(" ".join(other)).top() < PARTIAL:
            found.add(chosen, PREFIX, why)
        return found

    def _may_be_in(self, client_id: int, place: str) -> bool:
        """False when the place is in other countries than the client's: "US Department of the Treasury"."""
        country = self._country_place(client_id)
        countries = _countries_of(place) | _TOWNS.get(place, frozenset())
        return country is None or not countries or country in countries

    def _another_entity(self, query: str, kind: str, client_id: int) -> bool:
        """Whether the query names another legal entity of the client's name: its holding company ("Acme Holdings" is
        not Acme Retail Group), a body of another country than the one its name holds, or one registered elsewhere."""
        typed, client = _analyse(clean(query)), self._entries[client_id]
        names = [set(_analyse(n).words) for n in (client.name, *client.aliases)]
        said = set(typed.words)
        # Only where the rest of what was typed is the client's own words: not "Acme Hire c/o Acme Holdings".
        holding = kind == "name" and _HOLDING & said and not any(_HOLDING & words for words in names) and any(
            set(typed.words[:typed.core]) - _HOLDING <= words for words in names)
        # A country typed that the client's name does not hold, when its name holds one: "Heart Foundation NZ" is not
        # the National Heart Foundation of Australia.
        own = names[0] & _COUNTRIES
        abroad = own and said & _COUNTRIES and not own & said
        return bool(holding or abroad) or self._registered_elsewhere(typed.words, client_id)

    def _group_word_elsewhere(self, query: str, found: _Found) -> bool:
        """"Acme Logistics Group" is open between Acme Logistics and Acme Group: a group word typed that the leader's
        name lacks and another close client's name has."""
        said = _GROUP_WORDS & set(_analyse(clean(query)).words)
        lead = _leader(found)
        if not said or said & set(_analyse(self._entries[lead].name).words):
            return False
        return any(said & set(_analyse(self._entries[i].name).words)
                   for i, (score, _, _) in found.best.items() if i != lead and score >= PARTIAL)

    def _registered_elsewhere(self, words: tuple[str, ...], client_id: int) -> bool:
        """"Acme Inc., Columbus, Ohio" is another Acme than Acme Ltd of Ireland: a legal form the client's country
        does not use, or another than the client's, followed only by places outside that country."""
        country, theirs = self._entries[client_id].country, _analyse(self._entries[client_id].name).legal_form()
        for at in range(1, len(words) - 1):
            for size in range(min(_LONGEST_FORM, len(words) - at - 1), 0, -1):
                # A state's letters only beside a city or country: "S.A. de" is cut short, not in Delaware.
                rest = words[at + size:]
                places = [_countries_of(w) | _ADDRESS_REGIONS.get(w, frozenset()) for w in rest]
                form = words[at:at + size]
                if all(places) and any(map(_countries_of, rest)) and form in _LEGAL_FORMS:
                    forms = form_countries(form)
                    other = (bool(forms) and (country or "").upper() not in forms) or (
                        bool(theirs) and not _same_form(form, theirs))
                    return bool(country) and other and self._country_place(client_id) not in frozenset().union(*places)
        return False

    def _country_place(self, client_id: int) -> str | None:
        return _COUNTRY_PLACES.get((self._entries[client_id].country or "").upper())

    def _named_inside(self, text: str) -> _Found:
        """The one client a name inside a sentence means, read as its capitalised words: "Lunch w Acme Logistics MD"."""
        names = contact_lines.proper_names(text)
        found = self._one_of(contact_lines.apart(names)) if names != (text.strip(),) else _Found()
        if not self._clear(found):
            found = self._after_a_title(names)
        return _Found() if self._clear(found) and self._placed_apart(text, _leader(found)) else found

    def _after_a_title(self, runs: Iterable[str]) -> _Found:
        """A signature run together on one line: the client named by the words after the person's title, up to where
        the address begins ("Jo Bloggs Senior Estimator Acme Civil Level 4 120 Collins St")."""
        for run in runs:
            words = run.split()
            titled = [at for at, w in enumerate(words) if contact_lines.is_title(w)]
            after = words[titled[-1] + 1:] if titled else []
            for end in range(len(after), 0, -1):
                got = self._named(" ".join(after[:end]))
                if self._clear(got) and self._all_its_own(" ".join(after[:end]), _leader(got)):
                    return got
        return _Found()

    def _all_its_own(self, words: str, client_id: int) -> bool:
        """Whether every word is the client's own, a place or a legal form: "super cheap flights" is no Supercheap
        Auto, though two of its words joined are its alias."""
        return all(self._says(w, client_id) or _is_place(w) or self._is_legal_form(w)
                   for w in _analyse(words).words if w not in _STOPWORDS)

    def _placed_apart(self, text: str, client_id: int) -> bool:
        """Whether a text places the client elsewhere than its name does: "Department of Justice, Victoria" is not
        the Department of Justice, Tasmania."""
        own, typed = self._own_place(client_id), {w for w in _analyse(text).words if _is_place(w)}
        return bool(own and typed) and not any(place == t or _holds(place, (t,)) for place in own for t in typed)

    def _named_in_one_case(self, text: str) -> _Found:
        """The one client a text in one case throughout names by its very name or alias, or by words of it: "spoke to
        jo at acme legal", "is acme housing one of ours"."""
        found = _Found()
        spans = contact_lines.one_case_spans(text)
        # In a text in mixed case, a name typed in lower case is read only by words that are all its own.
        one_case = bool(spans)
        if not one_case:
            spans = tuple(s for part in contact_lines.lower_stretches(text) for s in contact_lines.one_case_spans(part))
        for span in spans:
            got = self._named(span)
            if self._clear(got) and ((one_case and got.top() >= LEGAL) or self._all_its_own(span, _leader(got))):
                found.merge(got)
        return found

    def _one_of(self, names: Iterable[str]) -> _Found:
        """The one client these names, read apart, point to; two, or another name that may be a client's, ask."""
        found, doubt = _Found(), _Found()
        readings = [self._named(name) for name in names]
        leaders = {_leader(got) for got in readings if self._clear(got)}
        for got in readings:
            if self._clear(got):
                found.merge(got)
            elif not any(got.best.get(i, (0.0,))[0] >= PARTIAL for i in leaders):
                doubt.merge(got)  # not a name the one named may go by: "Acme Holdings t/a Beta Bay", Beta Bay open
        # Two clients named, or another name that may be a client's ("Acme Group / Forestry division" may be Acme
        # Forestry): neither is the one.
        others = [score for i, (score, _, _) in doubt.best.items() if score >= PARTIAL and i not in leaders]
        if len(leaders) > 1 or (leaders and others):
            found.merge(doubt)
            found.cap(min([found.best[i][0] for i in leaders] + others), firm_too=True)
        return found

    def _says(self, word: str, client_id: int) -> bool:
        """Whether a word said of a client fits it: a word of its name or aliases, however ended, in another tongue,
        or its country ("Aussie")."""
        theirs = self._words_of(client_id)
        country = self._country_place(client_id)
        spaced = f" {' '.join(_analyse(self._entries[client_id].name).words)} "  # its legal form too: "Credit Union"
        return (bool({word, _singular(word), word + "s", *_OTHER_READINGS.get(word, ())} & theirs)
                or any(len(w) >= 5 and w[:5] == word[:5] for w in theirs)
                or any(f" {kin} " in spaced for kin in _TRADE_KIN.get(word, ()))
                or (country is not None and _DEMONYMS.get(word, word) == country))

    def _with_other_roles(self, line: contact_lines.Reading | None, got: _Found) -> _Found:
        """The organisation a line names, open beside a client the person's other role names: two clients, no answer."""
        for other in line.others if line else ():
            also = self._named(other)
            if self._clear(also) and set(also.best) != set(got.best):
                got.merge(also)
        for other in line.beside if line else ():
            also = self._named(other)
            if also.top() >= ALIAS and self._clear(also) and _leader(also) != _leader(got):
                got.merge(also)
        return got

    @staticmethod
    def _is_legal_form(text: str) -> bool:
        words = _analyse(text).words
        return bool(words) and words in _LEGAL_FORMS

    def _by_registration(self, number: registration.Reading) -> _Found:
        """The client registered under a valid number; nothing for an invalid one, not even candidates."""
        found = _Found()
        for client_id in self._registrations.get(number.key):
            found.add(client_id, EXACT, f"{number.kind.upper() if number.kind != 'gb' else 'UK company'} number",
                      firm=True)
        return found

    def _person_at(self, text: str) -> tuple[str | None, str]:
        """("John Doe", "ClientCorp") for "John Doe at ClientCorp", else (None, text)."""
        # "Made from Scratch" is read as a company when a client is called that.
        split = _PERSON_AT.match(text)
        if (split and _is_person(split.group("person")) and not contact_lines.is_title(split.group("person"))
                and not self._names_a_client(text)):
            return split.group("person").strip(), clean(split.group("org"))
        return None, text

    def _domain_query(self, text: str) -> bool:
        host = domain_of(text) if " " not in text else None
        if host is None:
            return False
        tld = host.rsplit(".", 1)[-1]
        return ("://" in text or text.lower().startswith("www.") or is_known_tld(tld)
                or bool(self._domain_hits(host)))

    def _answer(self, query: str, kind: str, person: str | None, found: _Found, limit: int) -> Match:
        if kind in ("name", "person", "text") and self._clear(found) and (
                self._another_entity(query, kind, _leader(found)) or self._group_word_elsewhere(query, found)):
            found.cap(PARTIAL, [_leader(found)], firm_too=True)
        ranked = sorted(found.best.items(), key=lambda item: (-item[1][0], self._entries[item[0]].name))
        candidates = tuple(self._candidate(i, score, why) for i, (score, why, _) in ranked[:limit])
        return Match(query, kind, person, candidates[0] if self._clear(found) else None, candidates)

    @staticmethod
    def _clear(found: _Found) -> bool:
        """One client strong enough and clearly ahead of the next."""
        first, second = (sorted((s for s, _, _ in found.best.values()), reverse=True)[:2] + [0.0, 0.0])[:2]
        # Rounded, so a lead of exactly MARGIN counts whatever the floating point says.
        return first >= CONFIDENT and round(first - second, 6) >= MARGIN

    def _candidate(self, client_id: int, score: float, why: str) -> Candidate:
        client = self._entries[client_id]
        return Candidate(client_id, client.external_id, client.name, round(score, 3), why)

    # ---- by domain ---------------------------------------------------------------------------------------------

    def _by_domain_or_name(self, text: str) -> _Found:
        host = domain_of(text) or ""
        found = self._by_host(host, "domain")
        if not found.best and not _is_free_mail(host):
            # "Booking.com" is a name as well as a domain.
            for client_id, score, why in self._exact_hits(_analyse(text)):
                found.add(client_id, score, why, firm=True)
            if not found.best:
                self._domain_hints(host, found)
        return found

    def _by_host(self, host: str, why: str) -> _Found:
        found = _Found()
        for client_id, score, domain in self._domain_hits(host):
            under = "subdomain of" if why == "domain" else f"{why} under"
            found.add(client_id, score, f"{why} {domain}" if score == EXACT else f"{under} {domain}", firm=True)
        if not found.best and why == "email domain" and not _is_free_mail(host):
            self._domain_hints(host, found)
        return found

    def _domain_hits(self, host: str) -> list[tuple[int, float, str]]:
        """Clients holding this host or the nearest domain above it, never above what its owner registered."""
        host = re.sub(r"^www\d*\.", "", host.rstrip("."))
        top = registrable(host)
        if top is None or _is_free_mail(host):
            return []
        domain = host
        while True:
            ids = self._domains.get(domain)
            if ids:
                return [(i, EXACT if domain == host else SUBDOMAIN, domain) for i in ids]
            if domain == top:
                return []
            domain = domain.split(".", 1)[1]

    def _domain_hints(self, host: str, found: _Found) -> None:
        # acme.com.au for a client registered only with acme.com is likely but not certain: offer it, never assert it.
        top = registrable(host)
        label = top.split(".")[0] if top else ""
        for client_id, _, _ in self._exact_hits(_analyse(label)):
            found.add(client_id, HINT, f"domain name like '{label}'")

    # ---- by name -----------------------------------------------------------------------------------------------

    def _exact_hits(self, name: _Name) -> list[tuple[int, float, str]]:
        """Clients whose name or alias is the query, up to spelling and the abbreviation of a legal form."""
        hits = [(i, EXACT, "exact name") for i in self._full.get(name.full_key)]
        if name.core_key != name.full_key:
            hits += [(i, EXACT, "exact name") for i in self._core.get(name.core_key)
                     if _same_form(_analyse(self._entries[i].name).legal_form(), name.legal_form())]
        if self._aliases.get(name.full_key):
            return hits + [(i, ALIAS, self._alias_why(i, {name.full_key})) for i in self._aliases.get(name.full_key)]
        # "Porsche SE" is not Porsche AG because its alias is Porsche: a legal form the client lacks weakens the alias.
        for i in self._aliases.get(name.core_key):
            theirs = _analyse(self._entries[i].name)
            other = name.legal_form() and not _same_form(theirs.legal_form(), name.legal_form())
            hits.append((i, WEAK_ALIAS if other else ALIAS, self._alias_why(i, {name.core_key})))
        return hits

    def _names_a_client(self, text: str) -> bool:
        """True if the whole text is a client's name, up to legal form, or an alias ("Made from Scratch")."""
        name = _analyse(text)
        return any(index.get(key) for index in (self._full, self._core, self._aliases)
                   for key in (name.full_key, name.core_key))

    def _named(self, text: str, respell: bool = True) -> _Found:
        found = _Found()
        name = _analyse(text)
        if not name.words:
            return found
        found.merge(self._whole(name))
        self._other_readings(name, found)
        self._as_typed(name, found)
        self._domain_named(name, found)
        for variant in _variants(name):
            found.merge(self._shortened(variant))
        if found.top() < LEGAL:
            self._typos(name, found)
            for variant in _variants(name):
                # A trailing place or qualifier left off: "Volvo Cars Sweden", "Bertelsman Group".
                if not variant.trade and found.top() < LEGAL:
                    self._typos(_analyse(" ".join(variant.words)), found)
        if found.top() < CONFIDENT and respell:
            self._place_typos(name, found)
        elsewhere = self._placed_by_country(name, found)
        if found.top() < CONFIDENT:
            self._in_order_words(text, name, found, elsewhere)
        if found.top() < CONFIDENT:
            self._similar(name, found)
        self._councils_apart(name, found)
        self._trading_brand(name, found)
        self._inner_word(name, found)
        self._siblings(name, found)
        if found.top() < SAME_WORDS:  # not when a client is called so: "Queensland Health"
            self._public_body(name, found)
        if found.top() < PARTIAL and (bare := _POSSESSIVE.sub("", text)) != text:
            found.merge(self._named(bare, respell))  # "ANZ's": the name a possessive is of
        return found

    def _public_body(self, name: _Name, found: _Found) -> None:
        """A public body by its portfolio, its kind word perhaps swapped, its state or country perhaps typed: "NSW
        Health Department" is the NSW Ministry of Health; "Health Department" alone asks which state's."""
        # A state's letters read as a legal form place it too: "Country Fire Service SA" is South Australia's.
        query = public_bodies.read(name.words[:name.core] + tuple(w for w in name.words[name.core:]
                                                                  if w in _JURISDICTIONS))
        look = query is not None and public_bodies.worth_a_look(query, len(name.words))
        pool = self._holding_portfolio(query.portfolio) if query and look else []
        bodies = {i: self._bodies_of(i) for i in pool}
        if query is None or not any(bodies.values()):
            return
        meant, elsewhere, open_ = public_bodies.decide(query, bodies)
        found.cap(PARTIAL, [i for i in elsewhere if i in found.best], firm_too=True)
        fits = public_bodies.best_fits(query, {i: bodies[i] for i in open_})
        for client_id, (fit, _) in fits.items():
            ceiling = OPEN_BODY + public_bodies.rank(fit) / 100
            found.add(client_id, ceiling, "a body of that portfolio")
            found.cap(ceiling, [client_id], firm_too=True)
        if meant is not None:
            found.add(meant, STRIPPED, f"the one body of that portfolio there, as '{self._entries[meant].name}'")

    def _holding_portfolio(self, portfolio: frozenset[str], cap: int = 50) -> list[int]:
        """The clients whose names hold the rarest word of a portfolio, said either way ("tax", "taxation")."""
        counted = [(sum(self._postings.count(s) for s in group), group)
                   for group in map(public_bodies.spellings, portfolio)]
        count, rarest = min(counted, key=lambda pair: pair[0])
        # A word as common as that names no one body: its clients are not even listed.
        return list(dict.fromkeys(i for w in rarest for i in self._postings.get(w))) if count <= cap else []

    def _bodies_of(self, client_id: int) -> tuple[public_bodies.Body, ...]:
        client = self._entries[client_id]
        if not public_bodies.is_body(self._spaced[client_id].split(), client.domains):
            return ()  # most clients, told without reading their aliases again
        names = [_analyse(n) for n in (client.name, *client.aliases)]
        country = _COUNTRY_PLACES.get((client.country or "").upper())
        return public_bodies.bodies_of((n.words[:n.core] for n in names), client.domains, country)

    def _in_order_words(self, text: str, name: _Name, found: _Found, elsewhere: set[int], cap: int = 50) -> None:
        """The one client whose name holds every word typed, in order, some perhaps shortened: "Acme Tech Svcs"."""
        # Between two names sharing their distinctive word ("Acme Services", "Acme Solutions"), the other words say
        # which, even shortened ("Svcs", "Grp", "Mgmt"), in another form ("Surveyors" for Surveying), or as initials
        # ("CU" for Credit Union); a place typed may be where a client without one in its name is registered.
        typed = [self._as_registry_word(w) for w in name.words if w not in _STOPWORDS]
        while typed and typed[-1] in _AUDIENCE_WORDS:
            typed.pop()  # "the Acme Energy team"
        anchors = [w for w in typed if _distinctive(w) and w in self._postings]
        if sum(not _is_place(w) for w in typed) < 2 or not anchors:
            return  # "Acme Perth" says no more than "Acme"
        # Only between clients sharing a distinctive word, where what tells them apart is the rest; or for a name
        # written short on purpose ("Aust Inst of Co Directors"), which no other rule reads.
        shortened = any(w.endswith(".") or fold(w) in _SYNONYMS or fold(w) in _SHORT_FORMS for w in name.raw)
        if not shortened and not any(self._postings.count(w) > 1 for w in anchors):
            return
        anchor = min(anchors, key=self._postings.count)
        pool = {i for w in (anchor, anchor + "s", _stem(anchor)) for i in self._postings.get(w)}
        if len(pool) > cap:
            return
        # Shortened words are read with their stop, or without it when firms write them so ("Eng", "Svc", "Reg").
        dotted = frozenset(fold(w) for w in re.findall(r"(\w+)\.", text)) | _SHORT_FORMS
        # Any name holding the words in order, whatever it leaves off, is in play; "Newcastle University" is how
        # people say University of Newcastle, so a name with "of" in it holding them in any order is too.
        fits = [i for i in pool if self._holds_in_order(typed, i, dotted, strict=False)
                or ({"of", "for"} & set(self._spaced[i].split()) and self._holds_in_any_order(typed, i, dotted))]
        # A close client whose whole name was typed too ("Larkspur Group": AB Larkspur with a group word) keeps the
        # question open; one registered in another country than the place typed does not.
        rivals = [i for i, (score, _, _) in found.best.items()
                  if score >= PARTIAL and i not in fits and i not in elsewhere and self._named_whole(i, typed)]
        if len(fits) == 1 and not rivals and self._holds_in_order(typed, fits[0], dotted,
                                                                  self._shared(typed[0], fits[0])):
            found.add(fits[0], PREFIX, "its words, in order")

    def _shared(self, word: str, client_id: int, cap: int = 50) -> frozenset[str]:
        """The words of the other clients whose names hold `word`: those a query may leave off to tell them apart."""
        others = [i for i in self._postings.get(word)[:cap] if i != client_id]
        return frozenset(w for i in others for w in self._spaced[i].split())

    def _named_whole(self, client_id: int, typed: list[str]) -> bool:
        """True if every word of the client's name, without its legal form, is among the words typed, in its order
        (two partners' names swapped are another firm: "Harcourt Fenwick" is not Fenwick Harcourt LLP)."""
        name = _analyse(self._entries[client_id].name)
        return _in_order([w for w in name.words[:name.core] if w not in _STOPWORDS], typed)

    def _as_registry_word(self, word: str) -> str:
        # "Acme's", written "acmes" once the apostrophe goes, is Acme; so is a plural of a registry word, and the
        # singular of one that ends in "ies" ("Acme Dairy" for Acme Dairies; "-s" plurals hold theirs as a prefix).
        if word in self._postings:
            return word
        forms = (word[:-1] if word.endswith("s") else "", word[:-1] + "ies" if word.endswith("y") else "")
        return next((form for form in forms if form in self._postings), word)

    def _holds_in_order(self, typed: list[str], client_id: int, dotted: frozenset[str],
                        shared: frozenset[str] = frozenset(), strict: bool = True) -> bool:
        """True if the name holds the words typed in order; strictly, starting with the first."""
        # Words may be left off at the end ("Acme Energy" for Acme Energy Holdings) and before the legal form or a
        # group word ("Acme Charitable Trust", "Acme Intl"), not elsewhere: "Retirement Trust" is not Australian
        # Retirement Trust, nor "Delta Automation" Delta Building Automation. Mid-name, a query may leave off only
        # words the others sharing its first word have too: "Acme Owners Association" types all that tells Acme
        # Property Owners Association from Acme Property Management.
        name = _analyse(self._entries[client_id].name)
        theirs = name.words
        placed = not any(map(_is_place, theirs))
        country = self._country_place(client_id)
        at, by_country, first = 0, False, True
        while at < len(theirs) and theirs[at] in _STOPWORDS:
            at += 1
        for word in typed:
            if placed and country and _is_place(word) and country in _countries_of(word):
                by_country = True  # "Acme Toronto" for the Acme registered in Canada
                continue
            known = word in self._postings
            for start in range(at, len(theirs)):
                used = _stands_for(word, theirs, start, known, word in dotted)
                if used:
                    break
            else:
                return False
            skipped = [w for w in theirs[at:start] if w not in _STOPWORDS]
            if strict and skipped and (first or not (start >= name.core or theirs[start] in _QUALIFIERS
                                                     or set(skipped) <= shared | _LEFT_OFF_INSIDE)):
                return False
            at, first = start + used, False
        # Only the whole name, placed by its country, tells it from a namesake registered elsewhere.
        return not (strict and by_country) or all(w in _STOPWORDS for w in theirs[at:name.core])

    def _holds_in_any_order(self, typed: list[str], client_id: int, dotted: frozenset[str]) -> bool:
        theirs = _analyse(self._entries[client_id].name).words
        return all(any(_stands_for(w, theirs, at, w in self._postings, w in dotted) for at in range(len(theirs)))
                   for w in typed)

    def _placed_by_country(self, name: _Name, found: _Found) -> set[int]:
        """A trailing place typed that one close client's country holds: the others, returned, are not surely meant."""
        # "Acme Credit Union UK" between Acme Credit Union (Canada) and Acme Credit Union Limited (GB); "Hitachi
        # Australia" is still Hitachi, Japanese, when no other Hitachi is placed in Australia.
        places = {p for v in _variants(name) if v.dropped_place for p in _places_left(v.left)}
        countries = set().union(*map(_countries_of, places)) if places else set()
        if not countries:
            return set()
        close = [i for i, (score, _, _) in found.best.items() if score >= PARTIAL]
        shared = self._sharing_a_place(close)
        placed: dict[int, bool] = {}
        for client_id in close:
            country = self._country_place(client_id)
            own = self._own_place(client_id)
            if own and client_id not in shared:
                # A name holding a place is placed by it ("Westpac New Zealand" by Auckland), unless namesakes share
                # that place word ("Newcastle").
                # Or lies within the place typed: "Acme WA" is Acme Bunbury, beside Acme Wagga Wagga.
                placed[client_id] = any(_holds(place, tuple(places)) or places & _PLACE_WITHIN.get(place, frozenset())
                                        for place in own)
            elif country:
                placed[client_id] = country in countries
        there = [i for i, here in placed.items() if here]
        if len(there) != 1:
            return set()
        elsewhere = set(placed) - set(there)
        if any(found.best[i][0] >= LEGAL for i in elsewhere):
            return set()  # "Delta Electronics Australia" is not Delta Building Automation, Australian as it is
        found.cap(PARTIAL, elsewhere, firm_too=True)
        # A brand of its own, then its trade perhaps ("Glenmullan Foods"); not a common word ("Delta", "Southern").
        core = name.words[:name.core]
        plain = _distinctive(core[0]) and all(_distinctive(w) or w in _PLACE_WORDS or w in _TRADES for w in core)
        if len(close) == 2 and plain and elsewhere and found.best[there[0]][0] < PREFIX:
            # The one of its country of two namesakes: "Tarnlea NZ" between Tarnlea of NZ and of Australia. Not of more,
            # nor by a common word: "Delta Sydney" or "Southern Cross NZ" may be any one's office there.
            found.add(there[0], PREFIX, *found.best[there[0]][1:])
        return elsewhere

    def _own_place(self, client_id: int) -> set[str]:
        """The places a client's name holds, of one word or more ("wagga wagga")."""
        words = _analyse(self._entries[client_id].name).words
        return {" ".join(words[at:at + n]) for n in (1, 2, 3) for at in range(len(words) - n + 1)
                if (n == 1 and _is_place(words[at])) or (n > 1 and words[at:at + n] in _PLACES)}

    def _sharing_a_place(self, close: list[int]) -> set[int]:
        """The clients whose name holds a place word another close client's name holds too."""
        places = {i: self._own_place(i) for i in close}
        return {i for i in close if any(places[i] & places[j] for j in close if j != i)}

    def _councils_apart(self, name: _Name, found: _Found) -> None:
        """"Acme Council" is open between the City of Acme and Acme Regional Council: both are Acme's councils; it is
        Acme District Council when that is Acme's one council."""
        core = name.words[:name.core]
        if len(core) < 2 or core[-1] != "council" or core[-2] in _COUNCIL_KINDS:
            return
        ids = set(self._councils.get(council_key(core)))
        lead = " ".join(core[:-1]) + " "
        others = {i for spaced, i in self._by_name.starting(lead, 20) if spaced.endswith(" council")} - ids
        if ids and others:
            found.cap(PARTIAL, [i for i in ids | others if i in found.best], firm_too=True)
        elif len(others) == 1 and len(name.words) == name.core and self._spaced[min(others)] == lead + _DISTRICT:
            found.add(others.pop(), PREFIX, "the one council of that name")  # not a regional council: another body

    def _other_readings(self, name: _Name, found: _Found) -> None:
        """The query with an abbreviation or a trade's word read as its other word, where the registry has it: "Acme
        Tech Institute" may be Acme Technical, "Acme Construction" Acme Bau GmbH."""
        for at, word in enumerate(name.raw[:MOST_OTHER_READINGS]):
            for other in (o for o in _OTHER_READINGS.get(fold(word).rstrip("."), ()) if o in self._postings):
                self._read_as((*name.raw[:at], other, *name.raw[at + 1:]), found, OTHER_READING)

    def _place_typos(self, name: _Name, found: _Found) -> None:
        """The query with a misspelt place put right ("New Zeeland"): places are not registry words to correct."""
        fixed = [_place_spelling(w) if not self._known(w.lower()) else None for w in name.raw]
        if any(fixed):
            again = self._named(" ".join(f or w for f, w in zip(fixed, name.raw)), respell=False)
            again.cap(TYPO1, firm_too=True)
            found.merge(again)

    def _domain_named(self, name: _Name, found: _Found) -> None:
        """A name of two words or more written as a client's web address: "Volvo Group" for volvogroup.com."""
        ids = set(self._labels.get(name.full_key))
        if len(name.words) < 2 or not ids:
            return
        # Only when no client is called or starts so: "Southern Cross" is several clients whoever owns the domain, and
        # "First National" for First National Real Estate (firstnational.com.au) is a shortened name, weighed as such.
        named = {i for _, i in self._by_name.starting(" ".join(name.words) + " ", 10)}
        named.update(self._full.get(name.full_key), self._core.get(name.full_key), self._aliases.get(name.full_key))
        if not named:
            for client_id in ids:
                found.add(client_id, STRIPPED, f"name as in its web address '{name.full_key}'")

    def _as_typed(self, name: _Name, found: _Found) -> None:
        """The name joined as typed, before abbreviations are spelled out: "Aus Net" is AusNet, not Australia Net."""
        typed = "".join(w for r in name.raw[:name.core] for w in _WORD.findall(fold(r)) if w != "and")
        if typed == name.core_key:
            return
        for client_id in (*self._full.get(typed), *self._core.get(typed)):
            found.add(client_id, LEGAL, "name as typed")
        for client_id in self._aliases.get(typed):
            found.add(client_id, ALIAS, self._alias_why(client_id, {typed}), firm=True)

    def _whole(self, name: _Name) -> _Found:
        """Evidence that uses every word of the query."""
        found = _Found()
        for client_id, score, why in self._exact_hits(name):
            found.add(client_id, score, why, firm=True)
        self._legal_forms(name, found)
        core = name.words[:name.core]
        # Another council of that place is open beside a name typed loosely, not beside one's very name: "Tullagong
        # Shire Council" is the NSW shire, though the Shire of Tullagong in WA is Tullagong's council too.
        exact = found.top() >= LEGAL
        for client_id in self._councils.get(council_key(core)):
            found.add(client_id, PARTIAL if exact else SAME_WORDS, "council of that place")
        self._initialism(core, found, INITIALISM, "initialism")
        if len(core) == 2 and any(w.isalpha() and 2 <= len(w) <= 5 and w not in self._postings for w in core):
            ids = self._initialisms.get(_compact(core))
            for client_id in ids:
                found.add(client_id, INITIALISM if len(ids) == 1 else AMBIGUOUS_INITIALISM, "initials, then a word")
        starting = (self._prefixed(core, found, "start of name", dropped=()) or self._cut_short(core, found)
                    or self._spaced_otherwise(name, found))
        self._form_as_typed(name, found)
        self._portfolio(name, found, starting)
        for client_id in starting if name.legal_form() else ():
            # The same legal form as the client's is evidence too: "Porsche SE" for Porsche Automobil Holding SE.
            if _same_form(_analyse(self._entries[client_id].name).legal_form(), name.legal_form()):
                found.add(client_id, SAME_FORM_PREFIX, f"start of name, and '{name.legal_text()}'")
        if len(core) == 1:
            self._one_word_rule(core[0], found, starting, with_form=name.core < len(name.words))
        # After the one-word rule: "Uni SA" reads as one word once "SA" is taken for a legal form, yet has the
        # same words as University of South Australia.
        # A client called exactly so outranks one whose name has the same words in another order ("North Acme Vets",
        # "Acme North Vets"), but not over "of": "Newcastle University" is how people say University of Newcastle.
        # Up to its legal form: "Pacific Merchant Bank" is Pacific Merchant Bank Limited, not Merchant Pacific Bank.
        exact = exact or found.top() >= LEGAL
        # So does a name that starts with the words in the order typed: "Hartley Finch" is Hartley Finch Associates
        # before Finch Hartley.
        exact = exact or (len(core) > 1 and bool(self._by_name.starting(" ".join(core) + " ", 1)))
        # A legal form anywhere is left out too: "Corporation Queensland Treasury".
        # A possessive or plural is the registry's word: "Acme Minister's Office" has the words of Office of the
        # Acme Minister.
        for words in {core, name.words, tuple(w for w in name.words if w not in _LEGAL_WORDS),
                      tuple(map(self._as_registry_word, core))}:
            for key in _word_set_keys(words):
                for client_id in self._word_sets.get(key):
                    # The same words in the same order are another legal form, weighed in _legal_forms.
                    if _compact(self._spaced[client_id].split()) not in (name.core_key, name.full_key):
                        reordered = exact and not {"of", "for"} & set(self._spaced[client_id].split())
                        found.add(client_id, PARTIAL if reordered else SAME_WORDS, "same words")
        return found

    def _trading_brand(self, name: _Name, found: _Found, cap: int = 5) -> None:
        """A client known as the query and a place trades under the query's name: a franchise operator called "Acme
        Coffee Geelong" makes "Acme Coffee" the brand both it and the franchisor use, so neither is surely meant."""
        core = name.words[:name.core]
        for _, client_id in self._by_alias.starting(name.core_key, cap):
            aliases = [_analyse(alias).words for alias in self._entries[client_id].aliases]
            if any(_brand_then_place(core, words) for words in aliases):
                found.cap(PARTIAL)
                found.add(client_id, PARTIAL, "brand it trades under")
            elif any(words[:len(core)] == core for words in aliases):
                found.add(client_id, PARTIAL, "start of alias")  # offered, as a name it starts would be

    def _inner_word(self, name: _Name, found: _Found, cap: int = 5) -> None:
        """One distinctive word that starts one client's name and stands inside another's is not surely the first:
        "Halvorsen" may be Halvorsen Engineering or the Corrigan Halvorsen JV it is a partner in."""
        if name.core != 1 or not _distinctive(word := name.words[0]) or self._postings.count(word) > cap:
            return
        inside = [i for i in self._postings.get(word) if word in (words := self._spaced[i].split())[1:]
                  and words[0] != word]
        # Not when a client is called so: "Porsche" is Porsche AG. Nor may it pick one by holding back the others.
        if inside and not any(firm for _, _, firm in found.best.values()):
            found.cap(PARTIAL)
            for client_id in inside:
                found.add(client_id, PARTIAL, "a word inside its name")

    def _siblings(self, name: _Name, found: _Found, cap: int = 50) -> None:
        """A shortened reading is no answer while other names hold the words typed: "Kwong Lee" may be Kwong Lee
        Holdings or Kwong Lee Shipping, "Land Registry" HM Land Registry or NSW Land Registry Services."""
        ranked = sorted(found.best.items(), key=lambda item: -item[1][0])
        if ranked and ranked[0][1][0] >= SAME_WORDS and not name.legal_form():
            self._namesakes(name, found, ranked[0][0], ranked[0][1][0], cap)
            return
        if not ranked or not CONFIDENT <= ranked[0][1][0] < SAME_WORDS or ranked[0][1][2]:
            return  # no answer to doubt, or one on a whole name, an alias, a domain or the same words
        lead, (score, _, _) = ranked[0]
        named = _analyse(self._entries[lead].name)
        # The words typed, and the words before a place typed (not one word, "Charles" of "Charles Darwin", nor with a
        # trade word left off too): "Serra Nova Brazil" is either Brazilian Serra Nova.
        runs = [(name.words[:name.core], ()), *((v.words, v.left) for v in _variants(name)
                                                 if v.dropped_place and not v.trade and len(v.words) > 1)]
        for words, left in runs:
            if left and _compact(words) in (named.full_key, named.core_key):
                continue  # its very name with a place added: "Harlow Bank Parramatta branch" is Harlow Bank's
            for client_id in self._holding(words, cap) - {lead}:
                if self._fits_the_rest(client_id, words, left, name.legal_form()):
                    found.add(client_id, score, "holds the words typed")  # as close as the lead: neither answers

    def _fits_the_rest(self, client_id: int, words: tuple[str, ...], left: tuple[str, ...],
                       form: tuple[str, ...]) -> bool:
        """Whether a client holding the words typed fits what else was typed: its own place holds the place left off
        ("Acme (NSW)" is not "Acme Brisbane"), it is in the country typed, and a legal form typed is its own ("Wollaston
        Ltd" is Wollaston Minerals Limited, not its foundation)."""
        tail = [w for w in self._spaced[client_id].split() if w not in words]
        if left and _places_of(tail) and not _places_hold(tail, left):
            return False
        countries = frozenset().union(*map(_countries_of, _places_left(left)))
        placed = self._country_place(client_id)
        theirs = _analyse(self._entries[client_id].name).legal_form()
        return (not form or _same_form(theirs, form) or set(form) <= set(theirs)) and (
            not countries or placed in countries)

    def _namesakes(self, name: _Name, found: _Found, lead: int, score: float, cap: int) -> None:
        """A name typed whole is open while another client is called so with a place before or after it: "Ostara Foods"
        between Ostara Foods Limited and Ostara Foods Australia, "Ministry of Justice" and the NZ one."""
        core = name.words[:name.core]
        typed = " ".join(core)
        if found.best[lead][1] == "same words":
            self._reordered_open(core, found, lead, score, cap)
        if found.best[lead][1].startswith("alias"):
            self._alias_open(core, found, lead, score, cap)
        for client_id in self._holding(core, cap) - {lead}:
            spaced = self._spaced[client_id]
            more = (spaced[len(typed) + 1:] if spaced.startswith(typed + " ")
                    else spaced[:-len(typed) - 1] if spaced.endswith(" " + typed) else "").split()
            if more and (all(map(_is_place, more)) or world_place_suffix(tuple(more), len(more)) == len(more)):
                found.add(client_id, score, "its name, and a place")
            elif more and all(w in _PRACTICES for w in more):
                # The same partners in another practice: "Lockhart Doyle" may be Lockhart Doyle LLP or Lockhart Doyle
                # Chartered Accountants.
                found.add(client_id, score, "its name, and a practice")

    def _alias_open(self, core: tuple[str, ...], found: _Found, lead: int, score: float, cap: int) -> None:
        """An alias is open while another client's name starts with it: "Hearth & Home" may be the trading name of
        Calloway Retail or Hearth and Home Care Services, as people who had not read the matcher label it."""
        typed = " ".join(core)
        own = self._spaced[lead]
        initials = self._initialisms.get(_compact(core)) if len(core) == 1 else ()
        if lead in initials:
            # An alias that is its client's initials says no more than another client's same initials: "KRHS" may
            # be Kestwick Regional Health Service or Kestwick Rural Hire Services.
            for client_id in set(initials) - {lead}:
                found.add(client_id, score, "initials")
        if own.startswith(typed + " ") or own == typed:
            return  # its own name starts so too ("Telstra"): the start of a name is weighed as such
        derived = set(core) == set(own.split()) - _STOPWORDS
        for spaced, client_id in self._by_name.starting(typed + " ", cap):
            # Not an arm named after the brand its own name is: "Sydney Uni" is not Sydney University Sport.
            if client_id != lead and not (derived and spaced[len(typed) + 1:].split()[0] in _UNIT_WORDS):
                found.add(client_id, score, "its name starts so")

    def _reordered_open(self, core: tuple[str, ...], found: _Found, lead: int, score: float, cap: int) -> None:
        """A name's words typed in another order ("Acme University" for the University of Acme) are open while another
        name holds them too (Acme State University), unless it is an arm named after it (Acme University Alumni)."""
        words = [w for w in core if w not in _STOPWORDS]
        own = self._spaced[lead]
        if words == [w for w in own.split() if w not in _STOPWORDS]:
            return  # the same order, a stopword apart: "University Sydney"
        rare = self._rarest(words)
        # Words swapped, not turned about an "of" as people say a name ("Newcastle University"), fit the order typed as
        # well: "Pacific Coastal Logistics" is Coastal Pacific Logistics as much as Pacific Coast Logistics, "Premier
        # Coastal Homes" Coastal Premier Homes as much as Premier Coastal Realty.
        swapped = not {"of", "for"} & set(own.split()) and not _is_place(words[-1])
        for client_id in {*(self._postings.get(rare)[:cap] if rare else ()), *self._postings.get(words[0])[:cap]}:
            spaced = self._spaced[client_id]
            theirs = [w for w in spaced.split() if w not in _STOPWORDS]
            in_order = swapped and ((len(theirs) >= len(words) and all(map(_alike, words, theirs)))
                                    or (len(words) > 2 and theirs[:len(words) - 1] == words[:-1]))
            if client_id != lead and (set(words) <= set(theirs) or in_order) and not spaced.startswith(own + " "):
                found.add(client_id, score, "holds the words typed")

    def _rarest(self, words: Iterable[str]) -> str | None:
        """The word of these, not a stopword, that the fewest clients' names hold."""
        return min((w for w in words if w not in _STOPWORDS), key=self._postings.count, default=None)

    def _holding(self, words: tuple[str, ...], cap: int) -> set[int]:
        """Clients whose name holds these words in a row, or starts with them run together or split ("Tor-Vale")."""
        rare = self._rarest(words)
        forms = {rare, f"{rare}s", _singular(rare)} if rare else set()
        if rare is None or sum(map(self._postings.count, forms)) > cap:
            return set()
        # Singular or plural alike: "Sarvottam Textile" is held by Sarvottam Textiles too.
        typed, key = f" {' '.join(map(_singular, words))} ", _compact(words)
        held = {i for form in forms for i in self._postings.get(form)
                if typed in f" {' '.join(map(_singular, self._spaced[i].split()))} "}
        # "Birch & Vane" is written apart on purpose: not BirchVane.
        for _, client_id in self._by_key.starting(key, cap) if "and" not in words else ():
            theirs = self._spaced[client_id].split()
            if any(_compact(theirs[:k]) == key for k in range(1, len(theirs) + 1)):
                held.add(client_id)
        return held

    def _portfolio(self, name: _Name, found: _Found, starting: set[int]) -> None:
        """A department named by its portfolio alone: "Foreign Affairs and Trade"."""
        ids = self._portfolios.get(name.full_key)
        # Not when another client's name goes on from it: "Parks and Heritage" may be the Parks and Heritage Trust.
        alone = len(ids) == 1 and not starting - set(ids) and name.full_key not in self._full
        score = STRIPPED if alone else PARTIAL
        for client_id in ids:
            found.add(client_id, score, f"name without '{self._lead_of(client_id)}'")

    def _lead_of(self, client_id: int) -> str:
        """What a department's or office's name says before its portfolio: "Department of", "Office of the"."""
        raw = _analyse(self._entries[client_id].name).raw
        return " ".join(raw[:3] if raw[2].lower() == "the" else raw[:2])

    def _shortened(self, variant: _Variant) -> _Found:
        """Evidence for the query without a trailing place or trade word: never stronger than STRIPPED."""
        found = _Found()
        key, without = _compact(variant.words), f"without '{variant.dropped}'"
        for client_id in self._full.get(key):
            found.add(client_id, STRIPPED, f"name {without}", firm=True)
        for client_id in self._core.get(key):
            found.add(client_id, STRIPPED, f"name {without}")
        for client_id in self._aliases.get(key):
            found.add(client_id, STRIPPED, f"{self._alias_why(client_id, {key})}, {without}", firm=True)
        if variant.dropped_place:
            # "Acme Credit Union Paris" is open between Acme Credit Union and Acme Credit Union Limited, as the name
            # alone is: the rest is compared as a whole name, legal form and all.
            for client_id, _, _ in self._exact_hits(_analyse(" ".join(variant.words))):
                if client_id not in found.best:
                    found.add(client_id, STRIPPED, f"name {without}")
        self._initialism(variant.words, found, STRIPPED, f"initialism, {without}")
        if variant.dropped_place:
            self._reordered_of(variant.words, found, f"same words, {without}")
        starting = self._prefixed(variant.words, found, f"start of name, {without}",
                                  variant.left if variant.dropped_place else ())
        if len(variant.words) == 1:
            here = self._placed_here(variant.left) if variant.dropped_place else frozenset()
            self._one_word_rule(variant.words[0], found, starting, here=here)
        if variant.trade:
            # "Spark Energy" is not Spark New Zealand, nor "Telstra Health" Telstra: the trade left off must be the
            # client's own, as "Bank" is ANZ's (Australia and New Zealand Banking Group).
            found.cap(PARTIAL, [i for i in found.best if not self._in_trade(i, variant.trade)], firm_too=True)
        return found

    def _reordered_of(self, words: tuple[str, ...], found: _Found, why: str) -> None:
        """A name with "of" in it, typed in the other order before a place: "Newcastle Uni NSW"."""
        # As weak as the query without its place, so the place typed, not the order, tells two namesakes apart.
        for key in _word_set_keys(words):
            for client_id in self._word_sets.get(key):
                if {"of", "for"} & set(self._spaced[client_id].split()):
                    found.add(client_id, STRIPPED, why)

    def _in_trade(self, client_id: int, trade: str) -> bool:
        return any(w[:3] == trade[:3] for w in self._words_of(client_id))

    def _words_of(self, client_id: int) -> set[str]:
        """The words of a client's name and aliases."""
        client = self._entries[client_id]
        return set(_analyse(client.name).words).union(*(_analyse(a).words for a in client.aliases))

    def _spellings_of(self, client_id: int) -> set[str]:
        """The compact keys a client's name and aliases may be misspelt from."""
        client = self._entries[client_id]
        name = _analyse(client.name)
        return {name.full_key, name.core_key, *name.trimmed_keys,
                *(k for a in client.aliases for k in (_analyse(a).full_key, _analyse(a).core_key))}

    def _legal_forms(self, name: _Name, found: _Found) -> None:
        """Names equal once a legal form is left off, or a trailing place or qualifier of the client's name."""
        for client_id in self._core.get(name.full_key):
            found.add(client_id, LEGAL, self._without(client_id, name.full_key))
        for client_id in self._trimmed.get(name.full_key):
            found.add(client_id, STRIPPED, self._without(client_id, name.full_key))
        if name.core_key != name.full_key:
            for client_id in self._full.get(name.core_key):
                found.add(client_id, LEGAL, f"name without '{name.legal_text()}'")
            typed = {_LEGAL_SPELLING.get(w, w) for w in name.words[name.core:]}
            for client_id in self._core.get(name.core_key):
                # "Merck Inc" is part of Merck & Co., Inc.'s form; "Merck KGaA" is another form.
                theirs = _analyse(self._entries[client_id].name)
                form = {_LEGAL_SPELLING.get(w, w) for w in theirs.words[theirs.core:]}
                # Not beside a client called exactly as typed: "Dunnart Ltd" is Dunnart Ltd, not Dunnart Pty Ltd.
                if typed == form or (typed <= form and not self._full.get(name.full_key)):
                    found.add(client_id, LEGAL, f"name without '{theirs.legal_text()}'")
                else:
                    found.add(client_id, OTHER_LEGAL, f"name with another legal form than '{name.legal_text()}'")
            for client_id in self._trimmed.get(name.core_key):
                found.add(client_id, STRIPPED, self._without(client_id, name.core_key))

    def _initialism(self, words: tuple[str, ...], found: _Found, score: float, why: str) -> None:
        key = _compact(words)
        if len(words) != 1 or not 3 <= len(key) <= 6 or not key.isalpha():
            return
        ids = self._initialisms.get(key)
        # An alias is what the network calls a client; an initialism is only a guess, so a claimed one is a hint.
        if key in self._aliases:
            score = CLAIMED_INITIALISM
        elif len(ids) > 1:
            score = AMBIGUOUS_INITIALISM
        for client_id in ids:
            found.add(client_id, score, why)

    def _prefixed(self, words: tuple[str, ...], found: _Found, why: str, dropped: tuple[str, ...],
                  cap: int = 50) -> set[int]:
        """Clients whose name starts with these words, scored by what the query leaves off; returns those in play."""
        lead = " ".join(words) + " "
        hits = self._by_name.starting(lead, cap)
        if not hits and len(words) > 1 and words[-1].isalpha() and len(words[-1]) > 3:
            # The last word singular for plural or the other way: "Brathwaite Hotel" is Brathwaite Hotels Group.
            other = _singular(words[-1]) if _singular(words[-1]) != words[-1] else words[-1] + "s"
            lead = " ".join((*words[:-1], other)) + " "
            hits = self._by_name.starting(lead, cap)
        tails = [spaced[len(lead):].split() for spaced, _ in hits]
        placed = _placed_one(tails, dropped) if len(hits) > 1 else None
        for at, (_, client_id) in enumerate(hits):
            # "Delta Air" is Delta Air Lines only while no other "Delta Air ..." exists, or the place typed picks it.
            if len(hits) == 1 and not self._held_elsewhere(words, client_id):
                score = _prefix_score(words, tails[at], dropped)
            elif at == placed:
                score = _prefix_score(words, _uncommon(tails[at], tails), dropped)
            else:
                score = PARTIAL
            found.add(client_id, score, why)
        # The others are placed elsewhere, so the one-word rule sees a single client starting so.
        return {hits[placed][1]} if placed is not None else {client_id for _, client_id in hits}

    def _form_as_typed(self, name: _Name, found: _Found, cap: int = 5) -> None:
        """A name that starts with every word typed, a legal form's too, before names reached by leaving that form
        off: "Telkom SA" is Telkom SA SOC Limited, not PT Telkom Indonesia."""
        if name.core == len(name.words):
            return
        literal = {i for _, i in self._by_name.starting(" ".join(name.words) + " ", cap)}
        if literal:
            # Not a name typed whole: "Acme Mutual Insurance Company" is that client beside "... of Canada".
            found.cap(PARTIAL, [i for i, (score, _, _) in found.best.items() if i not in literal and score < LEGAL],
                      firm_too=True)
            for client_id in literal:
                found.add(client_id, PREFIX, "start of name, as typed")

    def _cut_short(self, core: tuple[str, ...], found: _Found, cap: int = 20) -> set[int]:
        """A name whose last word typed is the start of one word the registry has there: "Summit Geotech"."""
        last = core[-1] if len(core) > 1 else ""
        # As short as an export's fixed-width field leaves it ("Calderbrook Hol"), but not four letters a word is
        # often shortened to ("Greenfields Agri" may be another firm). A long name may be cut to a letter or two of
        # its last word ("Fort Worth Independent School Di"): its other words say which name it is.
        cut_long = len(core) >= 4 and len(last) <= 2 and last.isalpha()
        if not cut_long and ((len(last) < 5 and len(last) != 3) or last in self._postings or not _distinctive(last)):
            return set()
        lead = " ".join(core)
        words = {spaced[len(lead) - len(last):].split()[0] for spaced, _ in self._by_name.starting(lead, cap)}
        if len(words) != 1 or last in words:
            return set()
        return self._read_as((*core[:-1], *words), found, TYPO2, f"'{last}' cut short")  # below a name typed whole

    def _spaced_otherwise(self, name: _Name, found: _Found, cap: int = 20) -> set[int]:
        """A name's start typed with its words run together or split otherwise, when one client's name starts so:
        "Murrayvalley Freight" for Murray Valley Freight Services."""
        core, key = name.words[:name.core], name.core_key
        if len(key) < 8 or "and" in core or found.top() >= LEGAL:
            return set()  # "Birch & Vane" is written apart on purpose, and a name typed whole is that client
        splits = set()
        for _, client_id in self._by_key.starting(key, cap):
            theirs = tuple(self._spaced[client_id].split())
            splits |= {theirs[:k] for k in range(1, len(theirs) + 1) if _compact(theirs[:k]) == key} - {core}
        if len(splits) != 1:
            return set()
        # A space apart, as a typo.
        return self._read_as((*next(iter(splits)), *name.words[name.core:]), found, TYPO1, "spaced otherwise")

    def _read_as(self, words: Iterable[str], found: _Found, ceiling: float, note: str = "") -> set[int]:
        """The query read as these words instead, held below `ceiling` and never as a client's very name: the
        clients that reading found."""
        again = self._whole(_analyse(" ".join(words)))
        again.cap(ceiling, firm_too=True)
        for client_id, (score, why, _) in again.best.items():
            found.add(client_id, score, f"{why}, {note}" if note else why)
        return set(again.best)

    def _held_elsewhere(self, words: tuple[str, ...], client_id: int, cap: int = 50) -> bool:
        """True if another client's name has every word of the query too, with others between them."""
        # "Acme Institute" is Acme Technical Institute as much as Acme Institute of Technology. Not in another order,
        # unless "of" or "for" turned it: "Quayle Fennimore" starts Quayle Fennimore Solicitors, not Fennimore & Quayle.
        typed = [w for w in words if w not in _STOPWORDS]
        if len(typed) < 2:
            return False
        rarest = self._postings.get(min(typed, key=self._postings.count))
        return len(rarest) <= cap and any(
            i != client_id and set(typed) <= set(theirs) and (_in_order(typed, theirs) or {"of", "for"} & set(theirs))
            for i in rarest for theirs in [self._spaced[i].split()])

    def _placed_here(self, left: tuple[str, ...]) -> frozenset[str]:
        """The countries the places a query left off are in: "darmstadt" -> germany."""
        return frozenset().union(*map(_countries_of, _places_left(left)))

    def _one_word_rule(self, word: str, found: _Found, starting: set[int], with_form: bool = False,
                       here: frozenset[str] = frozenset()) -> None:
        # "Delta", "Sydney" or "Bank" alone may mean any of several clients: only a client's very name or alias
        # answers it, unless it is a distinctive word no other client's name starts with. Two clients that are
        # both called it (one by name, one by alias) leave it open. A legal form ("Merck KGaA", "Merck Inc") says
        # which of the clients called it is meant, and the scores of the forms decide.
        called = set(self._full.get(word)).union(self._core.get(word), self._aliases.get(word))
        placed = self._registered_in(called, here) if len(called) > 1 and here else None
        if placed is not None and word not in _GENERIC and _distinctive(word):
            # "Merck Darmstadt": of the clients called Merck, the one registered where the place typed is.
            found.cap(PARTIAL, [i for i in found.best if i != placed], firm_too=True)
        elif word in _GENERIC or (len(called) > 1 and not with_form):
            found.cap(PARTIAL, firm_too=True)
        elif not _distinctive(word) or (len(starting | called) > 1 and not with_form):
            found.cap(PARTIAL)

    def _registered_in(self, ids: set[int], countries: frozenset[str]) -> int | None:
        """The one client registered in these countries, when every other is registered elsewhere."""
        where = {i: self._country_place(i) for i in ids}
        here = [i for i, country in where.items() if country in countries]
        return here[0] if len(here) == 1 and all(where.values()) else None

    def _typos(self, name: _Name, found: _Found, cap: int = 200) -> None:
        """Clients within a typo or two, found through corrections of the query's unknown words."""
        budget = typos_allowed(name.core_key)
        words = [w for w in name.words[:name.core] if w not in _STOPWORDS]
        unknown = [w for w in words if not self._known(w)]
        if not budget or not unknown:
            return
        known = [w for w in words if w in self._postings]
        # Two slips in a shorter word only among three words typed right: "Prevention of Cruelty to Aminals".
        sure = len(known) >= 3 and any(map(_distinctive, known))
        fixes = [self._corrections(w, min(budget, 1 if len(w) < (5 if sure else 8) else 2)) for w in unknown]
        if not all(fixes):
            return
        pools = sorted([[i for fix in group for i in self._postings.get(fix)] for group in fixes]
                       + [self._postings.get(w) for w in known], key=len)
        if len(pools[0]) > 25 * cap:
            return
        # Clients with a correction of every unknown word and every known word: the two rarest words first.
        likely = set(pools[0]).intersection(*pools[1:2])
        slipped = 0.0  # the best score a slip gave
        for client_id in list(likely)[:cap]:
            theirs = self._words_of(client_id)
            if all(any(f in theirs for f in group) for group in fixes) and all(w in theirs for w in known):
                distance = _typo_distance({name.core_key, name.full_key}, self._spellings_of(client_id))
                if distance:
                    score = TYPO1 if distance == 1 else TYPO2
                    found.add(client_id, score, "1 typo" if distance == 1 else f"{distance} typos")
                    slipped = max(slipped, score)
                elif len(words) > 1:
                    slipped = max(slipped, self._typo_in_start(name, client_id, found))
        self._cut_rather_than_slipped(name, found, slipped)

    def _cut_rather_than_slipped(self, name: _Name, found: _Found, typo: float, cap: int = 20) -> None:
        """A last word one slip from a client's may as well be the start of another's: "Acme Medi" is Acme Media by a
        slip or Acme Medical cut short, so both are open at the slip's score."""
        if name.core < 2 or not typo:
            return
        for _, client_id in self._by_name.starting(" ".join(name.words[:name.core]), cap):
            if found.best.get(client_id, (0.0,))[0] < typo:
                found.add(client_id, typo, f"'{name.raw[name.core - 1]}' cut short")

    def _typo_in_start(self, name: _Name, client_id: int, found: _Found) -> float:
        """The start of a client's name typed with a slip: "Murray Valley Frieght" for Murray Valley Freight Services,
        weighed as the start of its name would be, a little lower; returns that weight, 0 if it is not one."""
        typed = name.words[:name.core]
        theirs = self._spaced[client_id].split()
        start, tail = theirs[:len(typed)], theirs[len(typed):]
        if not tail or _typo_distance({name.core_key}, {_compact(tuple(start))}) != 1:
            return 0.0
        score = min(TYPO2, _prefix_score(tuple(start), tail))
        found.add(client_id, score, "start of name, 1 typo")
        return score

    def _known(self, word: str) -> bool:
        # "Telstra Wealth" is one letter from "Telstra Health" but both are real words: only a word that is neither
        # in the registry nor an ordinary organisation word can be a misspelling.
        return word in self._postings or not _distinctive(word) or len(word) < 4

    def _corrections(self, word: str, allowed: int) -> list[str]:
        """Registry words within `allowed` edits of a word the registry does not know."""
        near = [w for block in _spelling_blocks(word, allowed) for w in self._spellings.get(block, ())]
        return list(dict.fromkeys(fix for fix, _, _ in process.extract(word, near, scorer=OSA.distance,
                                                                       score_cutoff=allowed, limit=None)))

    def _similar(self, name: _Name, found: _Found, pool_cap: int = 100) -> None:
        """Offer names sharing a rare word with the query: did-you-mean material, never a match."""
        words = sorted({w for w in name.words[:name.core] if w in self._postings and w not in _STOPWORDS},
                       key=self._postings.count)
        pool: dict[int, str] = {}
        for word in words:
            for client_id in self._postings.get(word)[:pool_cap - len(pool)]:
                pool[client_id] = self._spaced[client_id]
            if len(pool) >= pool_cap:
                break
        for _, ratio, client_id in process.extract(name.spaced, pool, scorer=fuzz.token_set_ratio,
                                                   score_cutoff=SIMILAR_CUTOFF, limit=10):
            found.add(client_id, min(PARTIAL, 0.5 + 0.25 * (ratio - SIMILAR_CUTOFF) / (100 - SIMILAR_CUTOFF)),
                      "similar name")

    def _alias_why(self, client_id: int, keys: set[str]) -> str:
        for alias in self._entries[client_id].aliases:
            typed = _analyse(alias)
            if {typed.full_key, typed.core_key} & keys:
                return f"alias '{alias}'"
        return "name without its owner's initials" if _OWNERS_INITIALS.match(self._entries[client_id].name) else "alias"

    def _without(self, client_id: int, key: str) -> str:
        """What the client's name leaves off to read as `key`."""
        theirs = _analyse(self._entries[client_id].name)
        return f"name without '{theirs.legal_text() if key == theirs.core_key else theirs.dropped(key)}'"

    # ---- compose-box search ------------------------------------------------------------------------------------

    def search(self, text: str, limit: int = 10) -> list[Candidate]:
        """Clients for a compose box as the user types: whole and partial names, aliases and domains, ranked."""
        _, typed = self._person_at(clean(text))
        if not typed:
            return []
        found = _Found()
        if "@" in typed or ("." in typed and " " not in typed):
            self._search_domains(typed.rsplit("@", 1)[-1].lower(), found)
        name = _analyse(typed)
        if name.words:
            found.merge(self._whole(name))
            self._search_prefixes(name, found, limit)
            if len(name.core_key) >= 3:
                self._search_words(name, found, limit)
            if len(found.best) < limit:
                self._typos(name, found)
        ranked = sorted(found.best.items(),
                        key=lambda item: (-item[1][0], len(self._entries[item[0]].name), self._entries[item[0]].name))
        return [self._candidate(i, score, why) for i, (score, why, _) in ranked[:limit]]

    def _search_domains(self, typed: str, found: _Found) -> None:
        host = re.sub(r"^(?:[a-z]+://)?(?:www\d*\.)?", "", typed).split("/")[0]
        for client_id, score, domain in self._domain_hits(host) if _HOST.match(host) else ():
            found.add(client_id, score, f"domain {domain}")
        for domain, client_id in self._by_domain.starting(host, 50):
            found.add(client_id, 0.85, f"domain {domain}")

    def _search_prefixes(self, name: _Name, found: _Found, limit: int) -> None:
        key = name.core_key
        for full, client_id in self._by_key.starting(key, 4 * limit):
            found.add(client_id, 0.9 - 0.1 * (1 - len(key) / len(full)), "start of name")
        for alias, client_id in self._by_alias.starting(key, 4 * limit):
            found.add(client_id, 0.85 - 0.1 * (1 - len(key) / len(alias)), "start of alias")

    def _search_words(self, name: _Name, found: _Found, limit: int, cap: int = 2000) -> None:
        """Every typed word starts a word of the name, in any order: "tech syd" finds Technology Sydney."""
        typed = [w for w in name.words if w not in _STOPWORDS] or list(name.words)
        spans = sorted((_prefix_range(self._vocabulary, w) for w in typed),
                       key=lambda span: sum(self._postings.count(v) for v in self._vocabulary[span[0]:span[1]]))
        lo, hi = spans[0]
        pool = {i for v in self._vocabulary[lo:hi] for i in self._postings.get(v)[:cap]}
        hits = 0
        for client_id in sorted(pool, key=lambda i: len(self._spaced[i]))[:cap]:
            words = self._spaced[client_id].split()
            if all(any(x.startswith(w) for x in words) for w in typed):
                found.add(client_id, 0.8, "words of name")
                hits += 1
                if hits >= 4 * limit:
                    break


# ---- keys --------------------------------------------------------------------------------------------------------


# Spelled-out places ("new zealand") are written short before matching, so their words are added here.
_PLACE_SPELLINGS = sorted(w for w in _PLACE_WORDS.union(*_PLACE_SHORT) if len(w) >= 5)
_PLACE_SPELLING_SET = frozenset(_PLACE_SPELLINGS)


def _word_set_keys(words: tuple[str, ...]) -> set[str]:
    distinct = set(words) - _STOPWORDS
    return {" ".join(sorted(distinct))} if len(distinct) > 1 else set()


def _clean_domains(client: ClientEntry) -> set[str]:
    # A CRM export sometimes records a contact's gmail.com, or "com.au", as the client's domain: never index those.
    hosts = {domain_of(d) for d in client.domains}
    return {h for h in hosts if h and registrable(h) and not _is_free_mail(h)}


def _place_spelling(word: str) -> str | None:
    """The place word one edit from a word of five letters or more that is not one ("Melbroune"), if any."""
    folded = fold(word)
    if len(folded) < 5 or folded in _PLACE_SPELLING_SET:
        return None
    near = process.extractOne(folded, _PLACE_SPELLINGS, scorer=OSA.distance, score_cutoff=1)
    return near[0] if near and near[0][0] == folded[0] else None


def _labels(domains: Iterable[str]) -> set[str]:
    # Short labels ("abc", "nab") are initialisms, matched as such; a long one of letters only is a name run together
    # ("acme-au", "acme2" are not how anyone writes a name).
    labels = {(registrable(domain) or domain).split(".")[0] for domain in domains}
    return {label for label in labels if len(label) >= 6 and label.isalpha()}


def _spelling_blocks(word: str, allowed: int = 0) -> list[tuple[str, int]]:
    # A word is filed under its first two letters, its last two, and its first and last, with its length: a typo
    # or two rarely touches all three, and never changes the length by more than the typos allowed.
    return [(end, size) for end in {"<" + word[:2], ">" + word[-2:], word[0] + word[-1]}
            for size in range(len(word) - allowed, len(word) + allowed + 1)]


def _typo_distance(typed: set[str], theirs: set[str]) -> int | None:
    """The fewest edits between any two keys, within what the shorter allows; None if none is close or one is equal."""
    # Allowing by the shorter key means "Canvas" is never Canva.
    best = None
    for q in typed:
        for k in theirs:
            allowed = typos_allowed(min(q, k, key=len))
            if allowed and abs(len(q) - len(k)) <= allowed:
                distance = OSA.distance(q, k, score_cutoff=allowed)
                if distance == 0:
                    return None
                if distance <= allowed and (best is None or distance < best):
                    best = distance
    return best


def _before_trailing_words(text: str) -> tuple[str, ...]:
    """The name up to its legal form, when a word or two follow it: "Merck KGaA Darmstadt" (a place, an office)."""
    name = _analyse(text)
    for k in (1, 2):
        n = len(name.words) - k
        if n > 1 and _legal_suffix(name.words, n) and not any(w in _LEGAL_WORDS for w in name.words[n:]):
            return (" ".join(name.raw[:n]),)
    return ()


def _site_of(tail: list[str]) -> str | None:
    """The town or site these words name, when they say where a client is, not who ("Traralgon", "Store 3182",
    "Honley surgery"); None for a trade, a body of its own ("Acme Union"), initials, or a place other rules weigh."""
    typed = [w.strip(_QUOTES + "()[],.#") for w in tail]
    folded = [fold(w) for w in typed]
    said = [(w, f) for w, f in zip(typed, folded) if not (f.isdigit() or f in _SITE_WORDS)]
    spoken = " ".join(f for _, f in said)
    if world_place_suffix(tuple(folded), len(folded)) or _is_place(spoken):
        return None
    if said and spoken in _TOWNS:
        return spoken
    sited = len(said) < len(folded) and any(f in _SITE_WORDS for f in folded) and all(
        f.isalpha() and len(f) > 2 and not w.isupper() and not _is_place(f) and not (
            f in _GENERIC or f in _TRADE_KIN or f in _PRACTICES or f in _LEGAL_WORDS or f in _STOPWORDS
            or f in _BODY_WORDS or f in _SYNONYMS) for w, f in said)
    return spoken if sited else None


def _a_practice(tail: list[str]) -> bool:
    """Whether a name ends as a firm of partners does: "... Lawyers", "... & Partners", "... & Associates"."""
    return bool(tail) and (tail[-1] in _PRACTICES or (len(tail) > 2 and tail[-2] == "and"))


def _prefix_score(words: tuple[str, ...], tail: list[str], dropped: tuple[str, ...] = ()) -> float:
    """How surely a query means the one name it starts, by what the name adds; `dropped` is a place left off."""
    if tail and tail[0] == "and" and len(set(words) - _STOPWORDS) >= 3 and words[0] not in _DEPARTMENT_WORDS:
        # The first half of a paired name: "London School of Economics" (and Political Science). Not a
        # department's: each state has its own "Department of Primary Industries" (and Regions, or not).
        return PREFIX
    if not any(map(_distinctive, words)):
        return PARTIAL
    if dropped and _places_of(tail):
        if not _places_hold(tail, dropped):
            return PARTIAL  # "Acme Widgets Australia" is not Acme Widgets NZ
        tail = [w for w in tail if w not in _places_of(tail)]  # "Mercy Health Melbourne" is Mercy Health Australia
    added = _left_off(tail, bool(dropped) or len(words) == 1)  # "Virgin" leaves off "Australia Airlines"
    if not added:
        return STRIPPED
    # "Delta Air" for Delta Air Lines: a specific query may leave off one word that is not an arm of the
    # organisation. A single word may leave off only a trade ("Monash" University, "Origin" Energy): "John" is not
    # John Holland and "Rio" is not surely Rio Tinto.
    if len(added) == 1 and added[0] not in _UNIT_WORDS and (len(words) > 1 or added[0] in _TRADES):
        return PREFIX
    names = sum(_distinctive(w) and w not in _PRACTICES for w in added)
    if len(words) > 1 and all(_distinctive(w) for w in words if w != "and") and (
            len(added) == 1 or (names <= 1 and _a_practice(tail))):
        # A partnership's names say which firm: "Marsh and Finley", "Fraser Dunn" for Fraser Dunn Lawyers, "Pryor
        # Whitcombe" for Pryor Whitcombe Delahunty Chartered Accountants.
        return PREFIX
    if tail[0] in ("of", "for") and len(words) > 1 and words[-1] in _GENERIC:
        # What follows says what the institute, school or centre typed is for: "Acme Institute" is the Acme
        # Institute for Medical Research, however long its purpose.
        return PREFIX
    return PARTIAL


def _brand_then_place(brand: tuple[str, ...], alias: tuple[str, ...]) -> bool:
    """True if the alias is the brand followed by places only: "Acme Coffee Geelong" for "Acme Coffee"."""
    rest = alias[len(brand):]
    return alias[:len(brand)] == brand and bool(rest) and all(map(_is_place, rest))


def _placed_one(tails: list[list[str]], dropped: tuple[str, ...]) -> int | None:
    """The one name whose place holds the place typed, when every other name is placed elsewhere."""
    # "Acme NZ" between Acme Australia and Acme New Zealand; not with a third Acme placed nowhere, which may be it,
    # nor between names "of" a place (Reserve Bank of Australia, of New Zealand): every country has its own.
    if not dropped or not all(_places_of(tail) and tail[0] not in _STOPWORDS for tail in tails):
        return None
    held = [at for at, tail in enumerate(tails) if _places_hold(tail, dropped)]
    # Not a state's body when another state's is there: "Netball Victoria" beside Netball NSW is neither it nor
    # Netball Australia.
    states = {p for tail in tails for p in _places_of(tail) if p in _STATES} - set(dropped)
    if states and set(dropped) & _STATES and not any(set(_places_of(tails[at])) & set(dropped) for at in held):
        return None
    # The nearest holds it: "Acme Sydney" is Acme NSW before Acme Australia.
    held = [at for at in held if not any(other != at and _places_hold(tails[at], tuple(_places_of(tails[other])))
                                         for other in held)]
    return held[0] if len(held) == 1 else None


def _uncommon(tail: list[str], tails: list[list[str]]) -> list[str]:
    """A name's words that the others do not share: the brand's common words ("Insurance") are not an arm left off."""
    common = set(tail).intersection(*tails)
    return [w for w in tail if w not in common]


def _places_of(tail: list[str]) -> list[str]:
    return [w for w in tail if w in _PLACE_WORDS or w in _PLACE_ABBREVIATIONS]


def _places_hold(tail: list[str], dropped: tuple[str, ...]) -> bool:
    """True if a name's places are there and each holds the place the query left off."""
    places = _places_of(tail)
    return bool(places) and all(_holds(place, dropped) for place in places)


def _holds(place: str, dropped: tuple[str, ...]) -> bool:
    """True if the client's place is the query's, or holds it: Australia holds "Melbourne", NSW "North Sydney"."""
    typed = {" ".join(dropped[i:j]) for i in range(len(dropped)) for j in range(i + 1, len(dropped) + 1)}
    return place in typed or any(place in _PLACE_WITHIN.get(t, ()) for t in typed)


def _left_off(tail: list[str], keep_places: bool) -> list[str]:
    """The words of a longer name that matter: not legal forms, qualifiers or connectors, nor places unless kept."""
    return [w for w in tail if not (w in _STOPWORDS or w in _QUALIFIERS or w in _LEGAL_WORDS
                                     or (not keep_places and (w in _PLACE_WORDS or w in _PLACE_ABBREVIATIONS)))]


def _places_left(left: tuple[str, ...]) -> list[str]:
    """The places among the words a query left off: hand-written place words, and a place of several words or a world
    city or country last ("new york" is not York)."""
    size = next((n for n in (3, 2) if n <= len(left) and left[-n:] in _PLACES), 0) or world_place_suffix(
        left, len(left))
    return [w for w in left[:len(left) - size] if _is_place(w)] + ([" ".join(left[-size:])] if size else [])


def _is_place(word: str) -> bool:
    """A word that is a place on its own: "perth", "nsw"; not "north" (of North Sydney)."""
    return (word,) in _PLACES or word in _PLACE_ABBREVIATIONS


_COUNTRIES = frozenset(_COUNTRY_PLACES.values())


def _countries_of(place: str) -> frozenset[str]:
    """The countries a place is in, or is: "toronto" -> canada; none for a region ("Europe") or an unknown place."""
    return (_PLACE_WITHIN.get(place, frozenset()) | {place}) & _COUNTRIES


def _alike(typed: str, theirs: str) -> bool:
    """The same word, or one ended otherwise: "coast" and "coastal"."""
    shorter, longer = sorted((typed, theirs), key=len)
    return typed == theirs or (len(shorter) >= 4 and longer.startswith(shorter))


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _stem(word: str) -> str:
    for ending in _WORD_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[:-len(ending)]
    return word


def _stands_for(word: str, theirs: tuple[str, ...], at: int, known: bool, dotted: bool = False) -> int:
    """How many of a name's words from `at` a typed word stands for: itself, another form, or shortened; 0 if none."""
    other = theirs[at]
    if word in (other, _DEMONYMS.get(other)) or _LEGAL_SPELLING.get(word) == other or _stem(word) == _stem(other):
        return 1  # "Aust" (Australia) for Australian too
    if known:
        return 0  # a registry word is itself, not a shortening of another
    if 3 <= len(word) < len(other) and word[0] == other[0] and _in_order(word, other) \
            and (dotted or not other.startswith(word)):
        # "Svcs" for Services, "Grp" for Group, "Reg." for Regional; not "Agri" without its stop, which may be a
        # word of another name (Acme Agri) as much as Agriculture cut short.
        return 1
    span = theirs[at:at + len(word)]
    if 2 <= len(word) <= 4 and len(span) == len(word) and all(len(w) > 1 for w in span) \
            and "".join(w[0] for w in span) == word:
        return len(word)  # "CU" for Credit Union
    return 0


def _prefix_range(ordered: list[str], prefix: str) -> tuple[int, int]:
    lo = bisect_left(ordered, prefix)
    return lo, bisect_left(ordered, prefix + "\uffff", lo)


def _discard_sorted(ordered: list[str], item: str) -> None:
    at = bisect_left(ordered, item)
    if at < len(ordered) and ordered[at] == item:
        del ordered[at]
