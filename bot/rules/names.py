"""Names as the matcher reads them: the client and match types, folding, words, legal forms, places and queries."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.rules.gazetteer import OTHER_NAMES as _OTHER_CITY_NAMES
from bot.rules.legal_forms_data import FORMS as _ELF_FORMS
from bot.rules.matching_words import (
    CHAT_ABBREVIATIONS as _CHAT_ABBREVIATIONS,
    CONNECTORS as _CONNECTORS,
    COUNCIL_KINDS as _COUNCIL_KINDS,
    DEPARTMENT_WORDS as _DEPARTMENT_WORDS,
    FREE_MAIL_DOMAINS,
    GENERIC as _GENERIC,
    LEADING_LEGAL_FORMS as _LEADING_LEGAL_FORMS,
    LEADING_QUALIFIERS as _LEADING_QUALIFIERS,
    LEGAL_FORMS as _HAND_LEGAL_FORMS,
    LEGAL_SPELLING as _LEGAL_SPELLING,
    LEGAL_WORDS as _LEGAL_WORDS,
    NOT_LEGAL_FORMS as _NOT_LEGAL_FORMS,
    NUMBERS as _NUMBERS,
    OFFICE_WORDS as _OFFICE_WORDS,
    ORDINAL_ENDINGS as _ORDINAL_ENDINGS,
    PLACE_ABBREVIATIONS as _PLACE_ABBREVIATIONS,
    PLACE_WORDS as _PLACE_WORDS,
    PLACES as _PLACES,
    QUALIFIERS as _QUALIFIERS,
    ROLE_MAILBOXES as _ROLE_MAILBOXES,
    SHORTENED as _SHORTENED,
    SHORTENED_STARTS as _SHORTENED_STARTS,
    SPOKEN_FORMS as _SPOKEN_FORMS,
    STOPWORDS as _STOPWORDS,
    SYNONYMS as _SYNONYMS,
    TWO_LETTER_FORMS as _TWO_LETTER_FORMS,
    WORLD_PLACE_SIZE as _WORLD_PLACE_SIZE,
    WORLD_PLACES as _WORLD_PLACES,
)
from bot.rules.public_suffixes import registrable


@dataclass(frozen=True, slots=True)
class ClientEntry:
    """What the registry knows about a client."""

    id: int
    name: str
    external_id: str | None = None
    aliases: tuple[str, ...] = ()  # acronyms and short names it is known by
    domains: tuple[str, ...] = ()  # web/email domains, e.g. "clientcorp.com"
    country: str | None = None
    registration: str | None = None  # company registration number (ABN, ACN, NZBN, UK company number), as entered


@dataclass(frozen=True)
class Candidate:
    """A client that may be the one meant, with how sure and why."""

    client_id: int
    external_id: str | None
    name: str
    score: float  # 0..1
    why: str


@dataclass(frozen=True)
class Match:
    """The answer to one query: a single confident client or none, and the ranked candidates."""

    query: str
    kind: str  # "name" | "domain" | "email" | "person" | "registration" | "text" (a name inside a longer text)
    person: str | None
    match: Candidate | None
    candidates: tuple[Candidate, ...]


def outright(found: Match) -> Match:
    """The answer only where the whole query names its client, not a name inside a longer text: for callers that read
    a message's parts themselves and keep the rest (a note, a question)."""
    return replace(found, match=None) if found.kind == "text" else found


# Scores by kind of evidence. A match needs CONFIDENT and a lead of MARGIN over the runner-up: an exact name beats
# a shortened or misspelt one, evidence that uses every word of the query beats evidence that drops one, while two
# names that differ only by legal form, or two typos, stay ambiguous.
EXACT, LEGAL, ALIAS, SAME_WORDS, SUBDOMAIN = 1.0, 0.97, 0.96, 0.96, 0.95
# A query that names another legal form than the client's ("Acme Kft." for Acme Ltd) is weaker than one that names
# none, so "Merck KGaA" is Merck KGaA and not Merck & Co., while two clients it fits equally stay ambiguous.
OTHER_LEGAL, INITIALISM, STRIPPED, TYPO1, PREFIX, TYPO2 = 0.92, 0.92, 0.91, 0.90, 0.88, 0.87
HINT, AMBIGUOUS_INITIALISM, PARTIAL, CLAIMED_INITIALISM = 0.80, 0.80, 0.75, 0.70
# An alias with a legal form its client does not have ("Porsche SE" for Porsche AG, alias Porsche) answers only when
# no client starts with the name and has that form, which is too little to answer on its own.
WEAK_ALIAS, SAME_FORM_PREFIX = 0.88, 0.85
# The whole query with an abbreviation read another way ("Tech" as Technical): close enough to a reordered name to
# make it ask, not to an exact one.
OTHER_READING = 0.93
# One of several public bodies a query fits ("Health Department"): offered before names that only start alike, by how
# well each fits (public_bodies.rank adds up to 3 hundredths), yet never near an answer.
OPEN_BODY = 0.77
CONFIDENT, MARGIN = 0.86, 0.05
SIMILAR_CUTOFF = 60  # rapidfuzz token_set_ratio below this is not worth offering

_QUOTES = "\"'`“”‘’«»„‚‹›「」"
_FOLD = str.maketrans({"ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "đ": "d", "Đ": "d",
                       "ł": "l", "Ł": "l", "þ": "th", "ð": "d", "ı": "i"})
_APOSTROPHES = re.compile(r"(?<=\w)['’`](?=\w)")
_TIGHT_AMPERSAND = re.compile(r"^\w{1,2}&\w{1,2}$")  # P&G, AT&T, H&M: one word, not "and"
_DOTTED = re.compile(r"^(?:\w\.)+\w?\.?$")  # S.A., S.p.A., U.T.S.
_WORD = re.compile(r"[^\W_]+")
_LEADING_NUMBER = re.compile(r"^(\d+)([^\W\d_]+)$")  # "3V", "5Oaks"; not "A4" or "2024"
_PARENTHESES = re.compile(r"\(([^()]*)\)")
_BRACKET_NOTES = frozenset("formerly previously was abn acn nzbn arbn company registration reg see trustee".split())
_PERSON_AT = re.compile(r"^(?P<person>.+?)\s+(?:at|from|@)\s+(?P<org>.+)$", re.IGNORECASE)
_PERSON_NAME = re.compile(r"^[^\W\d_][\w'’.\-]*$")
_EMAIL = re.compile(r"^(?:(?P<name>[^<>@]*?)\s*<)?(?:mailto:)?(?P<local>[^\s@<>]+)@(?P<host>[^\s@<>]+?)>?$",
                    re.IGNORECASE)
_URL = re.compile(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/\s]+@)?(?P<host>[^/\s?#:]+)(?::\d+)?(?:[/?#].*)?$",
                  re.IGNORECASE)
_HOST = re.compile(r"^(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}$")


def fold(text: str) -> str:
    """Lower case without accents: "Société Générale" -> "societe generale"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# ---- names -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Name:
    """A name cut into comparable words, with its legal form and any trailing place or qualifier located."""

    words: tuple[str, ...]  # folded, synonyms applied, a leading "the" dropped
    raw: tuple[str, ...]  # the same words as typed, for reasons shown to people
    core: int  # words[:core] is the name without its legal form
    spoken: int  # words[:spoken] keeps a trailing "Corporation" or "Company", which initialisms use
    trims: tuple[int, ...]  # for each n, words[:n] also leaves off trailing places or qualifiers; shortest cut first
    full_key: str  # compact: words joined without spaces or "and"
    core_key: str
    trimmed_keys: tuple[str, ...]
    spaced: str  # the core words joined by spaces

    def legal_text(self) -> str:
        return " ".join(self.raw[self.core:])

    def legal_form(self) -> tuple[str, ...]:
        return self.words[self.core:]

    def dropped(self, key: str) -> str:
        """The words, as typed, that a trimmed key leaves off."""
        n = next(n for n in self.trims if _compact(self.words[:n]) == key)
        return " ".join(self.raw[n:self.core])


def _compact(words: Iterable[str]) -> str:
    # Spacing, hyphens and "&"/"and" vary from one person to the next, so keys join words without them.
    return "".join(w for w in words if w != "and")


@lru_cache(maxsize=4096)
def _analyse(text: str) -> _Name:
    """Cut a company name into words and locate its legal form and any trailing place or qualifier."""
    pairs = _merge_places(_merge_letters(_n_for_and(_numbers_spelled(list(_words(_drop_parenthesised_noise(text)))))))
    if len(pairs) > 1 and pairs[0][0] == "the":
        pairs = pairs[1:]
    if len(pairs) > 2 and (pairs[0][0], pairs[1][0]) == ("trustee", "for"):
        # Australia's business register names a trust by its trustee: "The Trustee for the Nguyen Family Trust".
        pairs = pairs[3:] if pairs[2][0] == "the" and len(pairs) > 3 else pairs[2:]
    if len(pairs) > 1 and pairs[0][0] in _LEADING:
        pairs = pairs[1:] + pairs[:1]  # "AB Volvo" is compared as "Volvo AB", "Grupo Bimbo" as "Bimbo Grupo"
    words, raw = tuple(w for w, _ in pairs), tuple(r for _, r in pairs)
    core = _strip_legal(words, len(words))
    spoken = _strip_legal(words, len(words), keep=_SPOKEN_FORMS)
    trims = _trims(words, core)
    return _Name(words, raw, core, spoken, trims, _compact(words), _compact(words[:core]),
                 tuple(_compact(words[:n]) for n in trims), " ".join(words[:core]))


def _n_for_and(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A lone "n" between two words is "and": "Tate n Lyle", "Rock 'n' Roll"."""
    return [("and", r) if w == "n" and 0 < at < len(pairs) - 1 and min(len(pairs[at - 1][0]), len(pairs[at + 1][0])) > 1
            else (w, r) for at, (w, r) in enumerate(pairs)]


def _drop_parenthesised_noise(text: str) -> str:
    """The text without brackets that hold a legal form, a number or a former name."""
    # "Acme (Aust) Pty Ltd", "Acme (ABN 12 345 678 901)", "Acme (formerly Widget Co)". Other brackets keep their
    # words: a place in them ("Acme (NZ) Limited") must stay to tell it from Acme Australia.
    def keep(m: re.Match[str]) -> str:
        inner = tuple(w for w, _ in _words(m.group(1)))
        inner = inner[1:] if inner[:1] == ("the",) else inner  # "(The Trustee for)"
        # "(SA)" undotted is South Australia as a state's letters, not a société anonyme: "Acme (SA) Pty Ltd".
        a_state = len(inner) == 1 and inner[0] in _PLACE_ABBREVIATIONS and "." not in m.group(1)
        noise = inner and not a_state and (all((w,) in _LEGAL_FORMS for w in inner) or tuple(inner) in _LEGAL_FORMS
                                           or inner[0] in _BRACKET_NOTES or any(c.isdigit() for c in m.group(1)))
        return " " if noise else f" {m.group(1)} "
    return _PARENTHESES.sub(keep, text)


def _words(text: str) -> Iterator[tuple[str, str]]:
    """(folded word, word as typed) pairs."""
    for chunk in _APOSTROPHES.sub("", text).split():
        if chunk.isalnum():
            yield from _numbered(chunk)
            continue
        chunk = chunk.strip(_QUOTES + ",;:!?()[]{}")
        if _TIGHT_AMPERSAND.match(chunk) or _DOTTED.match(chunk):
            yield _normal(re.sub(r"[&.]", "", chunk)), chunk
            continue
        for part in re.split(r"([&+])", chunk):
            if part in ("&", "+"):
                yield "and", part
            for word in _WORD.findall(part):
                yield _normal(word), word


def _numbered(chunk: str) -> Iterator[tuple[str, str]]:
    """A word with a small number run into its front is the number spelled and the rest: "5Oaks" is "five oaks"."""
    lead = _LEADING_NUMBER.match(chunk)
    if lead is None or lead.group(1) not in _NUMBERS or fold(lead.group(2)) in _ORDINAL_ENDINGS:
        yield _normal(chunk), chunk
        return
    yield lead.group(1), lead.group(1)
    yield _normal(lead.group(2)), lead.group(2)


def _numbers_spelled(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Small numbers spelled out, unless beside another number: "7-11" and "Seven Eleven" are not one name."""
    numbers = set(_NUMBERS) | set(_NUMBERS.values())
    def alone(at: int) -> bool:
        return all(not 0 <= n < len(pairs) or pairs[n][0] not in numbers for n in (at - 1, at + 1))
    return [(_NUMBERS[w], r) if w in _NUMBERS and alone(at) else (w, r) for at, (w, r) in enumerate(pairs)]


def _normal(word: str) -> str:
    folded = fold(word)
    return _SYNONYMS.get(folded, folded)


def _merge_letters(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Runs of single letters are one word: "U T S" and "S A" are "uts" and "sa"."""
    out: list[tuple[str, str]] = []
    run: list[tuple[str, str]] = []
    for pair in pairs + [("", "")]:
        if len(pair[0]) == 1 and pair[0].isalpha():
            run.append(pair)
            continue
        if len(run) > 1:
            out.append(("".join(w for w, _ in run), " ".join(r for _, r in run)))
        else:
            out.extend(run)
        run = []
        if pair[0]:
            out.append(pair)
    return out


def _merge_places(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    if not any(w in _SHORTENED_STARTS for w, _ in pairs):
        return pairs
    out, at = [], 0
    while at < len(pairs):
        for size in (4, 3, 2, 1):
            short = _SHORTENED.get(tuple(w for w, _ in pairs[at:at + size]))
            if short:
                out.append((short, " ".join(r for _, r in pairs[at:at + size])))
                at += size
                break
        else:
            out.append(pairs[at])
            at += 1
    return out


# ---- legal forms ---------------------------------------------------------------------------------------------------


def _spelled(form: tuple[str, ...]) -> str:
    return "=" + " ".join(_LEGAL_SPELLING.get(w, w) for w in form)


def _usable_form(form: tuple[str, ...]) -> bool:
    """A legal form worth leaving off a name's end: not an ordinary word, place or initials there too."""
    if not form or len(form) > 6 or not all(w.isalpha() for w in form) or all(w in _STOPWORDS for w in form):
        return False
    if len(form) > 1:
        return not all(w in _GENERIC or w in _STOPWORDS or w in _PLACE_WORDS for w in form)
    word = form[0]
    return (len(word) > 2 or word in _TWO_LETTER_FORMS) and not (
        word in _NOT_LEGAL_FORMS or word in _GENERIC or word in _PLACE_WORDS or word in _PLACE_ABBREVIATIONS
        or word in _STOPWORDS)


_FORM_NOTE = re.compile(r"\s+[–-]\s|\s*\(")  # where the list's note on a form's name begins


def _legal_form_table() -> dict[tuple[str, ...], frozenset[str]]:
    """Every legal form as words, with the ISO 20275 codes it is the name ("n:") or an abbreviation ("a:") of."""
    table: dict[tuple[str, ...], set[str]] = {form: set() for form in _HAND_LEGAL_FORMS | {(f,) for f in _LEADING}}
    for code, (_, names, abbreviations) in _ELF_FORMS.items():
        for role, texts in (("n", names), ("a", abbreviations)):
            for text in filter(None, texts.split("|")):
                if role == "a":  # "DAC – (limited by shares)" is written "DAC"; names keep theirs ("Bank (...)")
                    text = _FORM_NOTE.split(text, maxsplit=1)[0]
                form = tuple(w for w, _ in _merge_letters(list(_words(text))))
                if _usable_form(form):
                    table.setdefault(form, set()).add(f"{role}:{code}")
    return {form: frozenset(codes) for form, codes in table.items()}


def _same_form(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True when two legal forms are one: "Ltd" and "Limited", "GmbH" and its name, "NL" and "No Liability"."""
    if _spelled(a) == _spelled(b):
        return True
    codes_a, codes_b = _LEGAL_FORMS.get(a, frozenset()), _LEGAL_FORMS.get(b, frozenset())
    named_a, named_b = {c[2:] for c in codes_a if c[0] == "n"}, {c[2:] for c in codes_b if c[0] == "n"}
    if named_a & {c[2:] for c in codes_b} or named_b & {c[2:] for c in codes_a}:
        return True
    # Two abbreviations of one code are one form only if one abbreviates the other: Canada lists "Inc." and
    # "Ltd." for one form, yet "Acme Inc" is not Acme Ltd everywhere else.
    return bool(codes_a & codes_b) and (_abbreviates(a, b) or _abbreviates(b, a))


def form_countries(form: tuple[str, ...]) -> frozenset[str]:
    """The countries (ISO codes) whose registers use a legal form: "llc" -> US, KN, KY; none for one not listed."""
    return frozenset(_ELF_FORMS[code[2:]][0] for code in _LEGAL_FORMS.get(form, ()) if code[2:] in _ELF_FORMS)


def _abbreviates(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """"nl" for "no liability" (initials), "pty ltd" for "proprietary limited" (letters kept in order)."""
    if len(short) == 1 and len(long) > 1:
        return short[0] == "".join(w[0] for w in long)
    return len(short) == len(long) and all(s[0] == w[0] and _in_order(s, w) for s, w in zip(short, long))


def _in_order(items: Iterable[str], within: Iterable[str]) -> bool:
    """True if the items come in this order within the other: letters in a word, words in a name."""
    found = iter(within)
    return all(item in found for item in items)


_LEADING = _LEADING_LEGAL_FORMS | _LEADING_QUALIFIERS
_LEGAL_FORMS = _legal_form_table()
_LONGEST_FORM = max(map(len, _LEGAL_FORMS))


def _strip_legal(words: tuple[str, ...], n: int, keep: frozenset[str] = frozenset()) -> int:
    """How many leading words remain once legal forms (and connectors they leave dangling) are cut off the end."""
    stripped = False
    while n > 1:
        cut = _legal_suffix(words, n, keep) or (1 if words[n - 1] in _CONNECTORS else 0)
        # One legal form to a name: "Acme SA Pty Ltd" is Acme of South Australia, Pty Ltd.
        if not cut or cut >= n or (stripped and cut == 1 and words[n - 1] in _PLACE_ABBREVIATIONS):
            return n
        n, stripped = n - cut, stripped or words[n - 1] not in _CONNECTORS
    return n


def _legal_suffix(words: tuple[str, ...], n: int, keep: frozenset[str] = frozenset()) -> int:
    for size in range(_LONGEST_FORM, 0, -1):
        # "University of SA" is South Australia, not a société anonyme: a legal form never follows "of".
        if (size < n and words[n - size:n] in _LEGAL_FORMS and words[n - 1] not in keep
                and words[n - size - 1] not in ("of", "for")):
            return size
    return 0


def _place_suffix(words: tuple[str, ...], n: int) -> int:
    for size in (3, 2, 1):
        if size <= n and words[n - size:n] in _PLACES:
            return size
    return 0


def _tail_cut(words: tuple[str, ...], n: int) -> int:
    """How many trailing words form one place, qualifier, legal form or dangling connector (0: none)."""
    return (_legal_suffix(words, n) or _place_suffix(words, n)
            or (1 if words[n - 1] in _QUALIFIERS or words[n - 1] in _CONNECTORS else 0))


def _trims(words: tuple[str, ...], core: int) -> tuple[int, ...]:
    # "University of Technology Sydney" must not become "University of Technology": what is left must still say
    # which organisation, by a distinctive word or a place ("University of Auckland NZ" keeps Auckland).
    found, n = [], core
    while n > 1 and (cut := _tail_cut(words, n)) and n - cut >= 1:
        n -= cut
        if words[n - 1] not in _CONNECTORS and any(_distinctive(w) or w in _PLACE_WORDS for w in words[:n]):
            found.append(n)
    return tuple(found)


def world_place_suffix(words: tuple[str, ...], n: int) -> int:
    """How many of the words before n are one city or country only GeoNames knows ("erlangen", "czech republic")."""
    for size in range(min(_WORLD_PLACE_SIZE, n), 0, -1):
        if " ".join(words[n - size:n]) in _WORLD_PLACES:
            return size
    return 0


def _world_trims(words: tuple[str, ...], core: int) -> tuple[int, ...]:
    """A query's cuts once a trailing world city or country is left off; never its first word ("Essen Foods")."""
    # The hand-written places are cut by _trims, in names as well; the world's only ever end a query.
    end = core - 1 if core > 2 and words[core - 1] in _OFFICE_WORDS else core  # "Acme (Sheffield office)"
    size = world_place_suffix(words, end) if end > 1 else 0
    n = end - size
    if not size or n < 1 or _place_suffix(words, end):
        return ()
    kept = words[n - 1] not in _CONNECTORS and any(_distinctive(w) or w in _PLACE_WORDS for w in words[:n])
    return ((n,) if kept else ()) + _trims(words, n)


def _distinctive(word: str) -> bool:
    """A word that tells organisations apart: not generic, not a place, not a legal form or a number."""
    return not (word in _GENERIC or word in _PLACE_WORDS or word in _STOPWORDS or word in _LEGAL_WORDS
                or word in _PLACE_ABBREVIATIONS or word.isdigit())


def _acronyms(words: tuple[str, ...]) -> set[str]:
    """Acronyms these words could be known by: UTS, BOQ (with "of"), TfNSW (with a state's letters)."""
    found: set[str] = set()
    words = tuple(w for w in words if w not in ("and", "the"))
    if len(words) < 2:
        return found
    for kept in (words, tuple(w for w in words if w not in _STOPWORDS)):
        # A word of two letters is initials already: HMLR is HM Land Registry.
        for letters in {"".join(w[0] for w in kept),
                        "".join(w if w in _PLACE_ABBREVIATIONS or (len(w) == 2 and w not in _STOPWORDS) else w[0]
                                for w in kept)}:
            if 3 <= len(letters) <= 6 and letters.isalpha():
                found.add(letters)
    return found


def _name_initialisms(name: _Name) -> set[str]:
    found = _acronyms(name.words[:name.core])
    if name.spoken != name.core:
        found |= _acronyms(name.words[:name.spoken])
    words = name.words[:name.core]
    if words[0] in ("us", "uk", "nz") and len(words) > 3:
        # A body goes by its initials without its country's letters: the U.S. Naval Research Laboratory is NRL too.
        # Not a country's word ("Australian", "Canada"): that is its brand more often than its place.
        found |= _acronyms(words[1:])
    # Initials before the last word spelled out, or after the first: "ADW Solicitors" for Ashcombe, Dray & Whitlock
    # Solicitors, "Melbourne CC" for Melbourne Cricket Club.
    head, tail = [w for w in words[:-1] if w not in _STOPWORDS], [w for w in words[1:] if w not in _STOPWORDS]
    if 2 <= len(head) <= 5 and words[-1] not in _STOPWORDS:
        found.add("".join(w[0] for w in head) + words[-1])
    if 2 <= len(tail) <= 5 and words[0] not in _STOPWORDS:
        found.add(words[0] + "".join(w[0] for w in tail))
    # Government departments go by the initials of their portfolio too: TMR, PM&C.
    if len(words) > 3 and words[0] in _DEPARTMENT_WORDS and words[1] in _STOPWORDS:
        found |= _acronyms(words[2:] if words[2] not in _STOPWORDS else words[3:])
    return found - _CHAT_ABBREVIATIONS


def portfolio(words: tuple[str, ...]) -> tuple[str, ...]:
    """What a department or ministry is of: "Department of the Treasury" -> ("treasury",); () for other names."""
    if len(words) > 2 and words[0] in _DEPARTMENT_WORDS and words[1] in ("of", "for"):
        return words[3:] if words[2] == "the" else words[2:]
    return ()


# A city's council as other languages and English say it, before its place ("Gemeente Rotterdam", "Comune di
# Milano") or after it ("Stockholms stad", "Paris City Hall").
_COUNCIL_BEFORE = tuple(tuple(w.split()) for w in ("gemeente", "gemeinde", "stadt", "comune di", "citta di",
                                                    "ayuntamiento de", "municipalidad de", "ville de", "mairie de",
                                                    "commune de", "prefeitura municipal de", "prefeitura de",
                                                    "municipio de", "concello de"))
_COUNCIL_AFTER = tuple(tuple(w.split()) for w in ("kommune", "kommun", "stad", "city hall", "town hall",
                                                  "municipality", "municipal council"))


def council_key(words: tuple[str, ...]) -> str | None:
    """The one key for a council however it is written: "city of yarra", "yarra city council", "gemeente yarra",
    "yarras kommun" -> "council:yarra"."""
    if words[:3] == ("corporation", "of", "the"):
        words = words[3:]  # Canada's formal name: "The Corporation of the Town of Fenmore"
    if len(words) > 2 and words[0] in _COUNCIL_KINDS and words[1] == "of":
        place = words[2:]
    elif len(words) > 1 and words[-1] == "council":
        place = words[:-2] if words[-2] in _COUNCIL_KINDS else words[:-1]
    elif before := next((f for f in _COUNCIL_BEFORE if words[:len(f)] == f and len(words) > len(f)), None):
        place = words[len(before):]
    elif after := next((f for f in _COUNCIL_AFTER if words[-len(f):] == f and len(words) > len(f)), None):
        place = _without_genitive(words[:-len(after)])
    else:
        return None
    # "City Council" alone names no place, and a regional council is another body than the city's.
    if not place or "council" in place:
        return None
    spaced = " ".join(place)
    return "council:" + _compact(tuple(_OTHER_CITY_NAMES.get(spaced, spaced).split()))


def _without_genitive(place: tuple[str, ...]) -> tuple[str, ...]:
    """A Nordic place before "kommun" or "stad" without its genitive s: "stockholms stad" is Stockholm's."""
    last = place[-1] if place else ""
    plain = " ".join((*place[:-1], last[:-1]))
    if last.endswith("s") and ((plain,) in _PLACES or plain in _WORLD_PLACES or plain in _OTHER_CITY_NAMES):
        return tuple(plain.split())
    return place


# ---- queries -----------------------------------------------------------------------------------------------------


def clean(query: str) -> str:
    """The query without surrounding quotes, spaces and sentence punctuation, its broken encoding repaired, and as
    typed where it was dictated."""
    return _undictated(_repaired(query.strip().strip(_QUOTES + " \t?!.,;:").strip()))


# Letters as voice typing writes them. Only a run of two or more, of which two are no everyday word, reads as initials:
# "kay pee em gee" is KPMG, "jay kay el partners" JKL Partners; "you see" stays words.
_LETTER_NAMES = {"ay": "a", "bee": "b", "cee": "c", "dee": "d", "ee": "e", "ef": "f", "eff": "f", "gee": "g",
                 "aitch": "h", "haitch": "h", "jay": "j", "kay": "k", "el": "l", "ell": "l", "em": "m", "en": "n",
                 "pee": "p", "cue": "q", "ar": "r", "ess": "s", "tee": "t", "vee": "v", "ex": "x", "wye": "y",
                 "zed": "z", "zee": "z", "see": "c", "you": "u", "why": "y", "oh": "o", "are": "r", "eye": "i"}
_EVERYDAY_LETTERS = frozenset("bee see you why oh are eye ex jay ay ee".split())
# A web address said aloud, as the whole query: "booking dot com", "kit bag dot co dot uk".
_SAID_ADDRESS = re.compile(r"(?i)^(?P<name>[a-z0-9][a-z0-9 \-]{0,60}?)((?: dot [a-z]{2,6}){1,3})$")


def _undictated(text: str) -> str:
    """The text with letters' names written as initials, or a web address said aloud written as one."""
    said = _SAID_ADDRESS.match(text)
    if said:
        return said.group("name").replace(" ", "") + said.group(2).replace(" dot ", ".")
    out: list[str] = []
    run: list[str] = []
    for word in [*text.split(" "), ""]:
        if word.lower() in _LETTER_NAMES:
            run.append(word)
            continue
        spoken = [w.lower() for w in run]
        if len(run) >= 2 and sum(w not in _EVERYDAY_LETTERS for w in spoken) >= 2:
            out.append("".join(_LETTER_NAMES[w] for w in spoken).upper())
        else:
            out.extend(run)
        run = []
        out.append(word)
    return " ".join(out[:-1])


# UTF-8 read as Windows-1252, as old exports and mail merges write it: "SociÃ©tÃ©", "ZÃ¼rich", "â€“".
_MOJIBAKE = re.compile("[\u00c2-\u00c5\u00ce\u00cf][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
                       "\u0192\u02c6\u02dc\u2013-\u2122]|\u00e2\u20ac")


def _repaired(text: str) -> str:
    """The text as it was written, if it is UTF-8 read as Windows-1252; else as it stands."""
    if not _MOJIBAKE.search(text):
        return text
    try:
        return bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in text).decode("utf-8")
    except UnicodeError:
        return text


def domain_of(text: str) -> str | None:
    """The host a domain, URL or bare address names, without "www.", or None if it is not one."""
    m = _URL.match(text.strip().lower())
    if not m:
        return None
    host = re.sub(r"^www\d*\.", "", m.group("host").rstrip("."))
    return host if _HOST.match(host) else None


def person_from_mailbox(local: str) -> str | None:
    """A readable name from an address's mailbox ("jane.doe" -> "Jane Doe"); None for shared mailboxes."""
    local = local.split("+", 1)[0]
    parts = [p for p in re.split(r"[._\-]+", re.sub(r"\d+", "", local)) if p]
    if not parts or re.sub(r"[._\-]", "", local).lower() in _ROLE_MAILBOXES or not all(p.isalpha() for p in parts):
        return None
    return " ".join(p.capitalize() for p in parts)


def _is_person(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 4 and all(_PERSON_NAME.match(w) for w in words)


def _is_free_mail(host: str) -> bool:
    return host in FREE_MAIL_DOMAINS or registrable(host) in FREE_MAIL_DOMAINS


@dataclass(frozen=True, slots=True)
class _Variant:
    """The query with trailing words left off: a place ("Deloitte Sydney") or a trade ("ANZ Bank")."""

    words: tuple[str, ...]
    dropped: str  # as typed
    dropped_place: bool
    left: tuple[str, ...] = ()  # the words left off, analysed
    trade: str | None = None  # the trade word left off, which the client's own name must bear out


def _variants(name: _Name) -> list[_Variant]:
    """Shorter readings of the query, each still distinctive enough to name one organisation."""
    world = _world_trims(name.words, name.core)
    found = {name.words[:n]: _Variant(name.words[:n], " ".join(name.raw[n:name.core]),
                                      bool(world) or any(w in _PLACE_WORDS for w in name.words[n:name.core]),
                                      name.words[n:name.core]) for n in name.trims + world}
    for n in (name.core,) + name.trims + world:
        last = name.words[n - 1]
        # "ANZ Bank" may be ANZ: a trade word may go, if the client's own name bears it out (see _shortened).
        kept = name.words[:n - 1]
        if n > 1 and last in _GENERIC and last not in _QUALIFIERS and any(w not in _GENERIC for w in kept):
            found.setdefault(kept, _Variant(kept, " ".join(name.raw[n - 1:name.core]),
                                             any(w in _PLACE_WORDS for w in name.words[n:name.core]), trade=last))
    return list(found.values())
