"""Contact lines and signatures as people paste them: which part names the organisation, and who the person is.

"Jane Doe - Chief Risk Officer, Acme Bank", "Head of Procurement, Acme", "Jane Doe | Partner | Acme",
"Kind regards, Jane Doe, Acme", "Jane Doe (CFO, Acme)", a signature block over several lines, and offices
("Acme (Perth branch)", "Acme Melbourne office"), a register's line ("Acme Pty Ltd t/a Beta Cafe"), and the names
inside a short text ("FW: Acme engagement letter"). The matcher reads the whole text first; these readings are its
second try, so a name with commas in it ("Hitachi, Ltd.") is never cut up while it names a client as it stands.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from bot.rules.matching_words import (
    AUDIENCE_WORDS,
    CHAT_ABBREVIATIONS,
    DIALLED,
    GENERIC,
    GREETINGS,
    LEGAL_WORDS,
    OFFICE_WORDS,
    PLACE_WORDS,
    PLACES,
    TITLE_WORDS,
    TRADE_KIN,
    WORLD_PLACES,
)

# Where a contact line changes from one part to the next: new lines, tabs, bars, bullets, semicolons, commas, spaced
# dashes, brackets, a colon before a space, "at" or "@" between a role and an organisation, and "on behalf of" in the
# languages of the network's signatures.
_ON_BEHALF = r"on behalf of|em nome de|en nombre de|au nom de|im auftrag von|per conto di|namens"
_SEPARATORS = re.compile(
    rf"\s*(?:[\n\r\t|•·;,()\[\]]|:\s|\s[-–—]\s|(?<=\s)[-–—](?=\s)|\s(?:at|@)\s|(?:^|\s)(?:{_ON_BEHALF})\s)\s*",
    re.IGNORECASE)
# "at" or "@" left at a part's start once a bracket cut the line: "Jane Doe (CFO) at Acme".
_AT = re.compile(r"^(?:at|@)\s+", re.IGNORECASE)
# An email or web address in a line.
_ADDRESS = re.compile(r"@\S|://|^www\.", re.IGNORECASE)
# Whom a letter is for: "Acme, attn Jane Doe".
_ADDRESSED = re.compile(r"^(?:attn|attention|fao|c/o)[:.]?\s+(?P<person>.+)$", re.IGNORECASE)
# A role of an organisation in one part: "CFO of Acme", "Partner at Acme".
_ROLE_OF = re.compile(r"^(?P<role>.+?)\s+(?:of|at|with)\s+(?P<org>[^,]+)$", re.IGNORECASE)
_AN_OFFICE = rf"(?:head\s+)?(?:{'|'.join(sorted(OFFICE_WORDS))})"
_OFFICE = re.compile(rf"^(?P<name>.+?)[\s,\-–—(]+(?P<place>(?:[^\s()]+\s+){{0,2}}?){_AN_OFFICE}\)?$", re.IGNORECASE)
# The same the other way round, as said in a sentence: "the Sydney office of Acme", "the Perth head office of Acme".
# ... or after it: "Acme head office in Brisbane", "Acme's office in Parramatta".
_OFFICE_IN = re.compile(rf"^(?P<name>.+?)(?:['’]s)?\s+{_AN_OFFICE}\s+in\s+(?P<place>(?:[^\s()]+\s*){{1,3}})$",
                        re.IGNORECASE)
_OFFICE_OF = re.compile(rf"^(?:the\s+)?(?P<place>(?:[^\s()]+\s+){{1,3}}?){_AN_OFFICE}\s+(?:of|at)\s+(?P<name>.+)$",
                        re.IGNORECASE)
# An owner's office: "Acme Energy's Perth branch" ends the name at the "'s", however many words it has.
_OWNED_OFFICE = re.compile(rf"^(?P<name>.+?)['’]s\s+(?P<place>(?:[^\s()]+\s+){{0,3}}?){_AN_OFFICE}$", re.IGNORECASE)
# A signature's phone line, its label a letter or a word ("M", "Mob:", "Tel.", "Phone") before the number.
_CONTACT_DETAIL = re.compile(r"^(?:(?:m|mob|mobile|cell|t|tel|ph|phone|p|d|direct|f|fax)\.?:?\s*)?\+?[\d\s().\-]{6,}$",
                             re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")  # "Acme's", "Acme Wines'"
# An international number's calling code: "+34 91 555 0192", "(+61) 2 9316 4400", "+4420...".
_DIALLED = re.compile(r"\+\s?(\d{1,3})")
_PERSON_WORD = re.compile(r"^[^\W\d_][\w'’.\-]*$")
_HONORIFICS = frozenset("dr prof mr mrs ms miss mx sir dame".split())
LONGEST_RUN = 3  # segments joined back into one name at most: "Ministry of Business, Innovation and Employment"
MOST_PARTS = 8  # a line's parts read alone, and read after one for its address


# A name, then words that say which of its namesakes: "Acme (the bank, not the insurer)", "Acme - the logistics one".
_HINTED = re.compile(r"^(?P<name>[^()]+?)\s*(?:\((?P<inside>[^()]+)\)|\s[-–—]\s+(?P<after>[^-–—]+?))\s*[?.!]*$")
_NOT = re.compile(r"\b(?:not|rather than|instead of|nor)\b", re.IGNORECASE)
# Words of such a hint that say nothing of the client: "the one", "the people", "who do".
_FILLER = AUDIENCE_WORDS | frozenset("the a an one ones company firm who that which is are do does in of with and or "
                                     "mean i".split())


@dataclass(frozen=True)
class Hint:
    """A name and what the words after it say of the one meant: words it has, and words it has not."""

    name: str
    wanted: tuple[str, ...]
    unwanted: tuple[str, ...]


def hint(text: str) -> Hint | None:
    """The name and the telling words of "Acme (the bank, not the insurer)"; None when the text has no such words."""
    found = _HINTED.match(text.strip())
    if not found:
        return None
    wanted, unwanted = (_NOT.split(found.group("inside") or found.group("after"), maxsplit=1) + [""])[:2]
    said = Hint(found.group("name").strip(" ,"), *(tuple(w for w in words(part) if w not in _FILLER)
                                                   for part in (wanted, unwanted)))
    return said if said.wanted or said.unwanted else None


def trade_after(text: str) -> Hint | None:
    """A name and the line of business said after it in other words: "Brannock dentists", "Yallanbee nursing home"."""
    said = words(text)
    for size in (2, 1):
        trade = " ".join(said[-size:])
        # Not after words any name may have: "University of Technology", "National Bank".
        if trade in TRADE_KIN and any(w not in GENERIC and w not in _FILLER for w in said[:-size]):
            return Hint(" ".join(text.split()[:-size]), (trade,), ())
    return None


@dataclass(frozen=True)
class Reading:
    """What a contact line says: the person it names, and the texts that may be the organisation, best first."""

    person: str | None
    organisations: tuple[str, ...]
    # Organisations of the person's other roles ("Chair, Acme Trust; Director, Acme Consulting"): the person is at
    # each, so the line names none of them surely.
    others: tuple[str, ...] = ()
    # Every part that may be an organisation: a line that names two clients outright names neither surely ("Director |
    # Acme Trust | Acme Health").
    beside: tuple[str, ...] = ()


def words(text: str) -> list[str]:
    """Lower-case words without accents, for telling titles and greetings apart."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    return re.findall(r"[^\W\d_]+", "".join(c for c in folded if not unicodedata.combining(c)))


def is_title(segment: str) -> bool:
    """True for a job title or role: "Chief Risk Officer", "Head of Procurement", "Partner"."""
    return any(w in TITLE_WORDS for w in words(segment))


def is_greeting(segment: str) -> bool:
    """True for a sign-off or salutation: "Kind regards", "Cheers", "Ngā mihi"."""
    found = words(segment)
    return bool(found) and all(w in GREETINGS for w in found)


def is_person(segment: str) -> bool:
    """True for what reads as a person's name: two to four capitalised words, an honorific allowed."""
    parts = [p for p in segment.split() if p.strip(".").lower() not in _HONORIFICS]
    return (2 <= len(parts) <= 4 and all(_PERSON_WORD.match(p) and p[0].isupper() for p in parts)
            and not any(w in TITLE_WORDS or w in PLACE_WORDS for w in words(segment)))


def is_place(segment: str) -> bool:
    """True for a place or an office: "Sydney", "Auckland office", "Perth HQ"."""
    found = words(segment)
    return bool(found) and all(w in PLACE_WORDS or w in OFFICE_WORDS or w == "head" for w in found)


def segments(text: str, is_legal_form: Callable[[str], bool]) -> list[str]:
    """The line cut into parts; a legal form or a place is put back on the part before it ("Hitachi, Ltd.")."""
    parts: list[str] = []
    for part in _SEPARATORS.split(text):
        part = _AT.sub("", part.strip(" .:\t"))
        if not any(c.isalpha() for c in part) or _CONTACT_DETAIL.match(part):
            continue  # phone numbers, dashes, "M 0400 111 222"
        if parts and is_legal_form(part):
            parts[-1] = f"{parts[-1]}, {part}"
        elif parts and is_place(part) and not is_title(parts[-1]):
            parts[-1] = f"{parts[-1]} {part}"
        else:
            parts.append(part)
    return parts


def read(text: str, is_legal_form: Callable[[str], bool]) -> Reading | None:
    """The person and the possible organisations of a contact line; None when the text is not one."""
    parts = segments(text, is_legal_form)
    addressed = [found.group("person") for p in parts if (found := _ADDRESSED.match(p))]
    parts = [p for p in parts if not _ADDRESSED.match(p)]
    # One part is a reading too when the line had a phone number besides: "Acme | Madrid | +34 91 555 0192".
    if len(parts) < 2 and not addressed and not (parts and _role_of(parts[0])) and not _DIALLED.search(text):
        return None
    # An address is no role, whatever its mailbox is called: "principal@acme.edu.au".
    roles = [i for i, p in enumerate(parts) if (is_title(p) or is_greeting(p)) and not _ADDRESS.search(p)]
    named, person = _organisation_and_person(text, parts, roles, addressed)
    others = tuple(p for p in parts[roles[0] + 1:roles[-1]] if not (is_title(p) or is_greeting(p) or is_place(p))
                   and p != person) if len(roles) > 1 else ()
    runs = _runs(named, parts, _country_dialled(text))
    # A person's name is left out unless it may be a firm's too ("Tallship Creative").
    beside = tuple(p for p in parts[-MOST_PARTS:] if (p != person or _names_a_kind(p)) and not (
        is_title(p) or is_greeting(p) or is_place(p) or _ADDRESS.search(p)))
    return Reading(person, tuple(r for r in dict.fromkeys(runs) if r != text), others, beside)


def _organisation_and_person(text: str, parts: list[str], roles: list[int],
                             addressed: list[str]) -> tuple[list[str], str | None]:
    """The parts that may name the organisation, and the person: the organisation comes last in every common layout,
    and a line that ends on a role names it first."""
    after = parts[roles[-1] + 1:] if roles else parts
    if roles and not after and (org := _role_of(parts[roles[-1]])):
        after = [org]  # "Jane Doe, CFO of Acme"
    before = [p for p in parts[:roles[0]] if not is_greeting(p)] if roles else []
    firms = [p for p in before if not is_person(p)]
    if not after and not firms and before:
        # Every part before the role reads as a name: a firm's alone ("Silver Fern Farms | Supply Chain Lead"), first
        # before a colon ("Acme Wines: Jo Bloggs, CFO"), else after the person's ("Jo Bloggs (Acme Wines, CFO)").
        if len(before) == 1 or text.lstrip().startswith(before[0] + ":"):
            return before[:1], (before[-1] if len(before) > 1 else None)
        return before[1:], before[0]
    if after and all(map(is_person, after)) and (firms := [p for p in before if _names_a_kind(p)]):
        return firms, after[0]  # "Acme Trust — Manager, Jo Bloggs": the organisation first, the person last
    named = after or firms
    # The person comes before the role, or anywhere but last on a line without one.
    people = parts[:roles[-1]] if roles else parts[:-1]
    return named, next((p for p in addressed + people if is_person(p) and p not in named[-1:]), None)


def _names_a_kind(part: str) -> bool:
    """True for a part with a word that says what kind of organisation it is: "Acme Trust", "Acme Pty Ltd"."""
    return any(w in GENERIC or w in LEGAL_WORDS for w in words(part))


def _runs(named: list[str], parts: list[str], dialled: str | None) -> list[str]:
    """The readings of the organisation, best first: the last parts joined, then each part alone, placed by the
    address after it or else by the country a phone number of the line is in."""
    # A signature may end on its address: "Acme Wines, Stellenbosch, South Africa" reads without it too.
    kept = named[:-1] if len(named) > 1 and words(named[-1])[-1:] and words(named[-1])[-1] in PLACE_WORDS else []
    runs = [", ".join(part[-k:]) for part in (named, kept) for k in range(1, min(LONGEST_RUN, len(part)) + 1)]
    # Each part alone ("Acme Health Service, ph (08) 9555 0142"), first with the place of an address after it: "Acme,
    # 20 Fenchurch Street, London EC3M 3BY" is the London Acme. Only a signature's few: a pasted list of hundreds
    # would be read for seconds.
    at = {part: n for n, part in reversed(list(enumerate(parts)))}
    for part in named[:-MOST_PARTS - 1:-1]:
        place = (_place_in(parts[at[part] + 1:at[part] + 1 + MOST_PARTS]) if part in at else None) or dialled
        runs += [f"{part} {place}", part] if place else [part]
    return runs


def _country_dialled(text: str) -> str | None:
    """The country of the line's first international phone number, when its calling code names one: "+34" Spain."""
    found = _DIALLED.search(text)
    digits = found.group(1) if found else ""
    # Calling codes are prefix-free: of "+3491..." only "34" is one.
    return next((DIALLED[digits[:n]] for n in (1, 2, 3) if digits[:n] in DIALLED), None)


def _place_in(parts: list[str]) -> str | None:
    """The last city or country named in these parts of a line (an address's), as written in the gazetteers."""
    for part in reversed(parts):
        found = words(part)
        for at in range(len(found) - 1, -1, -1):
            for size in (3, 2, 1):
                place = tuple(found[max(0, at - size + 1):at + 1])
                if " ".join(place) in WORLD_PLACES or place in PLACES:
                    return " ".join(place)
    return None


def _role_of(part: str) -> str | None:
    """The organisation of a role written with it: "Acme" of "CFO of Acme" or "Partner at Acme"."""
    found = _ROLE_OF.match(part)
    return found.group("org") if found and is_title(found.group("role")) and not is_title(found.group("org")) else None


def without_office(text: str) -> tuple[str, ...]:
    """Readings of a name with an office ("Acme Perth branch", "Acme's Perth branch", "the Perth branch of Acme", "Acme
    head office in Perth"): with its place, then without it."""
    text = text.strip()
    found = _OFFICE_OF.match(text) or _OFFICE_IN.match(text) or _OWNED_OFFICE.match(text) or _OFFICE.match(text)
    if not found or not any(c.isalpha() for c in found.group("name")):
        return ()
    name, place = found.group("name").strip(" ,-–—("), found.group("place").strip()
    if found.re is not _OFFICE:
        return tuple(dict.fromkeys(r for r in (f"{name} {place}".strip(), name) if r))
    # Where the name ends is not known: "Sydney Uni Camperdown campus" is Sydney Uni's campus at Camperdown.
    typed = f"{name} {place}".split()
    return tuple(" ".join(typed[:n]) for n in range(len(typed), len(name.split()) - 1, -1))


def without_audience(text: str) -> tuple[str, ...]:
    """Readings of a name said as its people ("the Acme people", "Acme's Sydney team", "Acme Wines' procurement
    team"): as typed, then the name before a possessive with the words after it, then alone; () when there is none."""
    typed = text.strip(" ?.!").split()
    if typed[:1] and typed[0].lower() == "the":
        typed = typed[1:]
    if len(typed) < 2 or typed[-1].lower() not in AUDIENCE_WORDS:
        return ()
    typed = typed[:-1]
    owner = next((n for n, w in enumerate(typed) if _POSSESSIVE.search(w)), len(typed))
    after = typed[owner + 1:]
    if owner == len(typed) or len(after) > 2:
        return (" ".join(typed),)
    name = " ".join([*typed[:owner], _POSSESSIVE.sub("", typed[owner])])
    return tuple(dict.fromkeys((" ".join(typed), " ".join([name, *after]), name)))


def without_bracket(text: str) -> tuple[str, ...]:
    """The name before a bracket of up to three words at the end ("Acme Palm Oil (Sabah)", "Acme Air (Geneva base)");
    () when there is none. Read by hand, not by a pattern: one that finds where the name ends backtracks on a long
    text."""
    text = text.strip()
    opened = text.rfind("(")
    name, inside = text[:opened].strip(), text[opened + 1:-1]
    if (not text.endswith(")") or opened < 0 or "(" in name or ")" in name + inside
            or not 1 <= len(inside.split()) <= 3 or not any(c.isalnum() for c in name)):
        return ()
    return (name.strip(" ,-–—"),)


# Where a name inside a sentence must end: punctuation, a spaced dash, a reference, period, date, time or long number
# ("INV-20931", "FY25", "2025-07", "12:30", "77120"), and what a business paper abbreviates in capitals ("Acme QBR",
# "Acme RFP"). A short number stays in the name: "Philips 66", "CSIRO Data61".
_NAME_BREAK = re.compile(r"[,;:/|()\[\]<>!?\"“”#]|\s[-–—]\s|\.(?=\s|$)"
                         r"|(?<!\S)(?:[A-Za-z]{1,4}-?\d{3,}|(?:FY|CY|Q|H)\d{1,4}|\d{4,}|\d{4}-\d{1,2}(?:-\d{1,2})?"
                         r"|\d{1,2}[:.]\d{2}|\d{1,2}(?:am|pm|st|nd|rd|th)"
                         rf"|{'|'.join(sorted(w.upper() for w in CHAT_ABBREVIATIONS))})(?!\S)")
# Small words inside a name between two capitalised ones: "Bank of Queensland", "Marsh & Finley", "Banco de Chile".
_NAME_JOINERS = frozenset("& and of for the de der des du la le van von o di y del das da e und et og och en".split())
# Words a name neither starts nor ends with, in a text without capitals: "at telstra health today".
_EDGE_WORDS = _NAME_JOINERS | frozenset("a an at to from with w re on in by is was were says said rang called today "
                                        "yesterday tomorrow".split())
# Words between two names that make them a pair, so neither alone is what the text is about: "Acme x Beta", "Acme vs
# Beta".
_PAIRED = frozenset("x vs v versus + &".split())
# Of those, the words that only ever pair two names, never join one ("Marsh & Finley" is one firm).
_PAIR_ONLY = re.compile(r"\s+(?:x|vs\.?|v\.?|versus)\s+", re.IGNORECASE)
# Where a meeting is held, as an invite's subject names it: "Microsoft Teams meeting - Acme x Beta: kickoff".
_MEETING_TOOLS = frozenset({"microsoft teams", "ms teams", "teams", "zoom", "google meet", "webex", "skype"})


def proper_names(text: str, most: int = 40) -> tuple[str, ...]:
    """The runs of capitalised words in a sentence, where a name inside it is: "Lunch w Acme Logistics MD, Tues" ->
    ("Acme Logistics", "Tues"). None for a text in capitals throughout, which says nothing by its case."""
    if len(text.split()) > most or not any(c.islower() for c in text):
        return ()
    runs: list[str] = []
    for part_at, part in enumerate(_NAME_BREAK.split(text)):
        words = part.split()
        run: list[str] = []
        for at, word in enumerate([*words, ""]):
            after = words[at + 1] if at + 1 < len(words) else ""
            if _in_name(word) or (run and _joins(word, after)):
                run.append(word)
                continue
            # A sentence's first word is capitalised for being first ("Origin story draft"), unless it has capitals
            # of its own inside: "ClientCorp engagement letter". Not initials: "BCG vaccine", "PPM tool comparison".
            first = part_at == 0 and len(run) == 1 and at == 1 and word and not _camel(run[0])
            if run and not first:
                runs.append(" ".join(_without_titles(run)))
            run = []
    return tuple(run for run in runs if run and not is_place(run) and run.casefold() not in _MEETING_TOOLS)



def apart(runs: tuple[str, ...]) -> tuple[str, ...]:
    """Runs with a pair's two names read apart: "Acme Foods x Beta Partners" -> ("Acme Foods", "Beta Partners")."""
    return tuple(part for run in runs for part in _PAIR_ONLY.split(run))


def _camel(word: str) -> bool:
    """A word with capitals inside it and small letters too, as brands write themselves: "ClientCorp", "PayPal"."""
    return any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)


def lower_stretches(text: str) -> tuple[str, ...]:
    """The stretches of a text in mixed case written without capitals, where a name may be typed in lower case too:
    "Send the proposal to acme bay capital by Friday" -> ("the proposal to acme bay capital by",). Not words after a
    name in capitals, which say what of it is meant: "Port Otago harbour pilots"."""
    stretches: list[str] = []
    stretch: list[str] = []
    for at, word in enumerate([*text.split(), "X"]):  # "X": a capital after the last word ends the last stretch
        if not any(c.isupper() for c in word):
            stretch.append(word)
            continue
        start = at - len(stretch)
        if len(stretch) >= 2 and start <= 1:  # the text's start, or after its first word ("Send ...")
            stretches.append(" ".join(stretch))
        stretch = []
    return tuple(stretches)


def one_case_spans(text: str, most: int = 20) -> tuple[str, ...]:
    """The runs of two to four words a text in one case throughout may name a client by, longest first: "spoke to jo
    at acme legal today" -> ("jo at acme legal", "spoke to jo", "jo at acme", "acme legal"). None for a text in mixed
    case, whose capitals say where its names are."""
    if len(text.split()) > most or (any(c.islower() for c in text) and any(c.isupper() for c in text)):
        return ()
    spans: list[str] = []
    for size in (4, 3, 2):
        for part in _NAME_BREAK.split(text):
            said = part.split()
            spans += [" ".join(said[at:at + size]) for at in range(len(said) - size + 1)
                      if not {said[at].lower(), said[at + size - 1].lower()} & _EDGE_WORDS]
    return tuple(spans)


def _without_titles(run: list[str]) -> list[str]:
    """A name without the role in capitals before or after it: "Acme Logistics MD", "CFO of Acme"; not "Director of
    Public Prosecutions", which is a body's name."""
    while len(run) > 1 and run[-1].isupper() and run[-1].lower() in TITLE_WORDS:
        run = run[:-1]
    titled = len(run) > 2 and run[0].isupper() and run[0].lower() in TITLE_WORDS and run[1].lower() in ("of", "at")
    return run[2:] if titled else run


def _in_name(word: str) -> bool:
    """Capitalised, or a short number beside capitalised words: "Acme", "iPhone", "66"."""
    return word[:1].isupper() or word[:1].isdigit() or (word[:1].isalpha() and any(c.isupper() for c in word[1:]))


def _joins(word: str, after: str) -> bool:
    """A lower-case word that is still part of the name before it: "of" before a capitalised word, a legal form ("plc")
    or a trade ("accountants"), or a pair's "x"."""
    lower = word.lower()
    return (((lower in _NAME_JOINERS or lower in _PAIRED) and _in_name(after))
            or lower in LEGAL_WORDS or lower in GENERIC)


# How a register or an invoice joins a legal entity to the name it trades under or the trust it holds, and to whom its
# post goes: "Acme Pty Ltd t/a Beta Cafe", "Acme Pty Ltd ATF the Acme Family Trust", "Acme Pty Ltd c/o Beta & Co".
_TRADING = re.compile(r"\s+(?:t/a|trading as|atf|as trustee for|the trustee for)\s+", re.IGNORECASE)
_CARE_OF = re.compile(r"\s+(?:c/o|c/-|care of)\s+", re.IGNORECASE)


def entities(text: str) -> tuple[str, ...]:
    """The names a register's line joins ("Acme Pty Ltd t/a Beta Cafe" -> both), without whoever its post goes in care
    of; none for a line that joins nothing."""
    addressee = _CARE_OF.split(text, maxsplit=1)[0]
    parts = tuple(p.strip(" ,;") for p in _TRADING.split(addressee) if p.strip(" ,;"))
    return parts if len(parts) > 1 or addressee != text else ()
