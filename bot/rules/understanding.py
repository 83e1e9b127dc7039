"""What a chat message asks for: an intent and its arguments, then what to answer. Pure functions, no I/O.

`read` cuts a message into words, sets aside greetings, politeness and the bot's name, and finds the phrasings
(bot/rules/phrasings.py) that fit it, first as typed and then with misspelt command words corrected. `decide`
turns that reading into an answer, asking the matcher (a callback) which words name a client: run a command, offer
the likely ones as buttons, make small talk, or say briefly that it did not understand. A wrong client is worse
than a question, so loose phrasings and lone everyday words only ever lead to a question.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from itertools import product

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.rules import phrasings
from bot.rules.contact_lines import hint
from bot.rules.matching import Candidate, Match
from bot.rules.phrasings import (
    ACKS,
    APPROACH,
    ASK,
    BOUNDARIES,
    BYES,
    CLOSING,
    EVERYDAY,
    FILLER_AFTER,
    FILLER_BEFORE,
    GREETINGS,
    HISTORY,
    PHRASINGS,
    PINGS,
    POLITE,
    SURE,
    THANKS,
    WHO_OWNS,
)

# What an answer is.
RUN, OFFER, CHAT, UNKNOWN = "run", "offer", "chat", "unknown"
# Small talk, by kind.
GREETING, THANKING, BYE, ACK, PING = "greeting", "thanks", "bye", "ack", "ping"
# A client left unresolved but this close (the matcher's "partial" evidence: a shortened name, a shared initialism)
# is worth the who-owns card's candidates; weaker similarity is not, after a loose phrasing or alone.
NEAR = 0.75
MAX_OPTIONS = 3
MAX_CLIENT_WORDS = 8  # longer runs of words are not one client's name
MAX_SCANNED = 30  # words of a message searched for a client named in passing
MAX_COMMAND = 400  # words: a longer message is pasted text, not a command (a note is at most 1,000 characters)
SLOT_ARG = {WHO_OWNS: "query", APPROACH: "target", HISTORY: "query"}  # the argument a client's words go to, per intent

_OUTER = "\"'“”‘’`«»()[]{},;:!?…*_~"
_SEPARATORS = frozenset({"-", "–", "—", "--", "...", "…", "|", "/", ":", "=", ">"})
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})
# Chat shorthand, read as the words it stands for.
_SHORTHAND = {"w/": "with", "abt": "about", "u": "you", "r": "are", "ur": "your", "wrt": "about",
              "y'all": "you", "ppl": "people", "smth": "something", "sb": "somebody", "sth": "something",
              "anyone's": "anyone's", "any1": "anyone", "some1": "someone", "who've": "who have", "pls": "please"}
# A forwarded or replied mail's subject ("FW: ClientCorp engagement letter"): a marker, not a word or a break.
_MAIL_PREFIXES = frozenset({"re:", "fw:", "fwd:", "aw:", "wg:", "tr:", "sv:", "rv:"})
_LEADING_ACKS = frozenset({"ok", "okay", "cool", "great", "awesome", "perfect", "right", "alright", "sure", "yep",
                           "yeah", "nice", "sweet", "k", "kk", "hmm", "oh", "ah", "lol", "haha", "so"})


@dataclass(frozen=True)
class Token:
    """A word as typed, where it is, and how it reads (lower case, no punctuation around it)."""

    raw: str
    word: str
    start: int
    end: int
    stop: bool = False  # a clause ends after it ("ClientCorp, need to call them")
    before: str = " "  # what was typed between the word before and this one (" - " in "Telstra - renewal")


@dataclass(frozen=True)
class Reading:
    """One way the message fits a phrasing: the intent, how sure, its arguments as typed, and the client's words."""

    intent: str
    strength: str
    args: tuple[tuple[str, str], ...] = ()
    client: tuple[Token, ...] | None = None  # the words that should name a client, when the intent takes one
    also: tuple[str, ...] = ()


@dataclass(frozen=True)
class Understanding:
    """The message read: what it may ask for, its small talk, and what is left of it."""

    readings: tuple[Reading, ...]  # from the words as typed, in phrasing order
    guesses: tuple[Reading, ...]  # from the words with misspelt command words corrected
    chat: str | None  # the small talk in it, if any
    rest: tuple[Token, ...]  # the message without small talk, politeness or the bot's name


@dataclass(frozen=True)
class Option:
    """A command offered as a "did you mean" button."""

    intent: str
    args: tuple[tuple[str, str], ...]
    client_id: int | None = None
    client: str | None = None  # the client's name, for the button


@dataclass(frozen=True)
class Decision:
    """What to answer: run a command, offer some, make small talk, or say it was not understood."""

    kind: str
    intent: str | None = None
    args: tuple[tuple[str, str], ...] = ()
    client_id: int | None = None  # the client the message named, when it named one
    options: tuple[Option, ...] = ()
    chat: str | None = None


@dataclass(frozen=True)
class Permission:
    """Whether the asker may run a command here, and whether it changes something."""

    allowed: bool
    effect: bool


# ---- reading --------------------------------------------------------------------------------------------------------


def tokens(text: str) -> list[Token]:
    """The words of a message, each with its reading; lone punctuation ends the clause before it."""
    found: list[Token] = []
    text = (text or "").translate(_APOSTROPHES)
    after = 0  # where the last word kept ended
    for chunk in re.finditer(r"\S+", text):
        raw = chunk.group()
        if raw.lower() in _MAIL_PREFIXES:
            continue
        before = text[after:chunk.start()] if found else " "
        if raw in ("&", "+"):  # "Procter & Gamble": part of a name, not a break in the sentence
            found.append(Token(raw, raw, chunk.start(), chunk.end(), before=before))
            after = chunk.end()
            continue
        word = raw.strip(_OUTER)
        word = word.rstrip(".") if not _dotted(word) else word
        if raw == "@":  # "anyone @ Coles?"
            word = "at"
        elif not word or raw in _SEPARATORS or not any(c.isalnum() for c in word) and not _symbolic(word):
            if found:
                found[-1] = replace(found[-1], stop=True)
            continue
        stop = raw[-1] in ",;:!?…" or (raw.endswith(".") and not _dotted(raw.rstrip(".")))
        word = _SHORTHAND.get(word.lower(), word.lower())
        found.append(Token(raw, word, chunk.start(), chunk.end(), stop, before))
        after = chunk.end()
    return found


def read(text: str, bot_names: Iterable[str] = ("accord",)) -> Understanding:
    """What a message may ask for, as typed and with misspelt command words corrected."""
    names = {n.lower() for n in bot_names if n}
    words = tokens(text)
    rest, chat = tidy(words, names)
    if len(words) > MAX_COMMAND:
        return Understanding((), (), chat, tuple(rest))
    readings = _readings(rest)
    guesses: list[Reading] = []
    if not any(r.strength == SURE for r in readings):
        for variant in corrected(words):
            fixed, fixed_chat = tidy(variant, names)
            found = _readings(fixed)
            if found or (not fixed and fixed_chat):
                guesses, chat = found, chat or fixed_chat
                rest = rest if found else fixed
                break
    return Understanding(tuple(readings), tuple(guesses), chat, tuple(rest))


def tidy(words: list[Token], bot_names: set[str]) -> tuple[list[Token], str | None]:
    """The words without greetings, thanks, politeness or the bot's name around them; and the small talk found."""
    kept = [t for t in words if t.word.lstrip("@") not in bot_names or not t.word.startswith("@")]
    chat = None
    while kept:
        size, kind = _lead(kept, bot_names)
        if not size:
            break
        chat = chat or kind
        kept = kept[size:]
    while kept:
        size, kind = _tail(kept, bot_names)
        if not size:
            break
        chat = chat or kind
        kept = kept[:len(kept) - size]
    if not kept:
        return [], chat or PING
    if all(_symbolic(t.word) for t in kept):
        return [], chat or THANKING
    whole = " ".join(t.word for t in kept)
    for kind, phrases in ((ACK, _ACKS), (PING, _PINGS), (BYE, _BYES), (THANKING, _THANKS_TEXT),
                          (GREETING, _GREETINGS_TEXT)):
        if whole in phrases:
            return [], chat or kind
    return kept, chat


def corrected(words: list[Token]) -> list[list[Token]]:
    """The message with each misspelt command word replaced by what it most likely is; several when it is unclear."""
    choices = [_fixes(t) for t in words]
    if all(c == [t.word] for t, c in zip(words, choices)):
        return []
    variants = []
    for picked in product(*choices):
        variants.append([t if w == t.word else replace(t, word=w) for t, w in zip(words, picked)])
        if len(variants) == 8:
            break
    return variants


def text_of(words: Iterable[Token]) -> str:
    """Words as typed, one space apart, without the sentence's closing punctuation."""
    words = list(words)
    if not words:
        return ""
    return (words[0].raw + "".join(t.before + t.raw for t in words[1:])).rstrip(" ,;:!?….")


def _readings(words: list[Token]) -> list[Reading]:
    said, starts = _said(words)
    found = []
    for phrasing in PHRASINGS:
        match = phrasing.match(said) if said else None
        if match is None:
            continue
        args, client = [], None
        for name, value in match.groupdict().items():
            if value is None:
                continue
            span = _span(words, starts, match.start(name), match.end(name))
            if name == "client":
                client = tuple(span) if span is not None else None
            else:
                args.append((name, text_of(span) if span is not None else value))
        if phrasing.intent in SLOT_ARG and client is None and "client" in match.re.groupindex:
            continue
        found.append(Reading(phrasing.intent, phrasing.strength, tuple(args), client, phrasing.also))
    return found


def _said(words: list[Token]) -> tuple[str, list[int]]:
    starts, at = [], 0
    for t in words:
        starts.append(at)
        at += len(t.word) + 1
    return " ".join(t.word for t in words), starts


def _span(words: list[Token], starts: list[int], begin: int, end: int) -> list[Token] | None:
    """The words a group covers, or None when it starts or ends inside a word (a "#4" read as "4")."""
    inside = [i for i, s in enumerate(starts) if s >= begin and s + len(words[i].word) <= end]
    if not inside or starts[inside[0]] != begin or starts[inside[-1]] + len(words[inside[-1]].word) != end:
        return None
    return words[inside[0]:inside[-1] + 1]


def _lead(words: list[Token], bot_names: set[str]) -> tuple[int, str | None]:
    """How many leading words are small talk, politeness or the bot's name, and the small talk's kind."""
    first = words[0].word.lstrip("@")
    if first in bot_names:
        return 1, None
    for kind, phrases in ((GREETING, _GREETINGS), (THANKING, _THANKS), (None, _POLITE)):
        size = _longest(words, phrases)
        if size and size < len(words):
            return size, kind
        if size and kind is None:
            return size, None
    if first in _LEADING_ACKS and len(words) > 1:
        return 1, ACK
    return 0, None


def _tail(words: list[Token], bot_names: set[str]) -> tuple[int, str | None]:
    last = words[-1].word.lstrip("@")
    if last in bot_names and len(words) > 1:
        return 1, None
    for kind, phrases in ((THANKING, _THANKS), (None, _CLOSING)):
        size = _longest(list(reversed(words)), phrases, backwards=True)
        if size and size < len(words):
            return size, kind
    return 0, None


def _longest(words: list[Token], phrases: frozenset[tuple[str, ...]], backwards: bool = False) -> int:
    """The length of the longest phrase the words start with (end with, reading backwards)."""
    for size in range(min(_LONGEST_PHRASE, len(words)), 0, -1):
        part = tuple(t.word for t in words[:size])
        if (tuple(reversed(part)) if backwards else part) in phrases:
            return size
    return 0


def _fixes(token: Token) -> list[str]:
    """The word, or the command words it is one or two typing slips from (closest first)."""
    word = token.word
    if (word in _VOCABULARY or word in EVERYDAY or len(word) < 3 or not word.replace("'", "").isalpha()
            or word.startswith("@")):
        return [word]
    allowed = 1 if len(word) < 8 else 2
    near = process.extract(word, _VOCABULARY_LIST, scorer=OSA.distance, score_cutoff=allowed, limit=None)
    if not near:
        return [word]
    best = min(d for _, d, _ in near)
    # A three-letter word is only ever two letters swapped ("woh"): one more or less is another word.
    fixes = [w for w, d, _ in near if d == best and (len(word) > 3 or sorted(w) == sorted(word) or len(w) == 4)]
    fixes.sort(key=lambda w: (len(w) != len(word), w[0] != word[0]))
    return fixes[:4] or [word]


def _dotted(word: str) -> bool:
    return bool(re.fullmatch(r"[\w.-]+\.[a-z]{2,}(?:/\S*)?|\S+@\S+", word, re.IGNORECASE))


def _symbolic(word: str) -> bool:
    """An emoji or other symbol typed on its own (a thumbs up is a thank-you)."""
    return bool(word) and all(unicodedata.category(c)[0] == "S" or c in "\u200d\ufe0f" for c in word)


def _phrases(items: Iterable[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p.split()) for p in items)


_GREETINGS, _THANKS, _POLITE, _CLOSING = _phrases(GREETINGS), _phrases(THANKS), _phrases(POLITE), _phrases(CLOSING)
_ACKS = frozenset(ACKS)
_PINGS, _BYES = frozenset(PINGS), frozenset(BYES)
_THANKS_TEXT, _GREETINGS_TEXT = frozenset(THANKS), frozenset(GREETINGS)
_LONGEST_PHRASE = max(len(p) for p in _GREETINGS | _THANKS | _POLITE | _CLOSING)


def _vocabulary() -> frozenset[str]:
    """The words of every phrasing and of small talk: what a misspelling may be corrected to."""
    words: set[str] = set()
    for phrasing in PHRASINGS:
        text = re.sub(r"\(\?P<\w+>|\\[dDsSwW]|\(\?[:!=]", " ", phrasing.pattern)
        words.update(w for w in re.findall(r"[a-z][a-z'-]+", text) if len(w) >= 3)
    for phrases in (GREETINGS, THANKS, BYES, PINGS):
        words.update(w for p in phrases for w in p.split() if len(w) >= 3)
    return frozenset(words)


_VOCABULARY = _vocabulary()
_VOCABULARY_LIST = sorted(_VOCABULARY)


# ---- deciding -------------------------------------------------------------------------------------------------------

Matcher = Callable[[str], Match]


@dataclass(frozen=True)
class _Client:
    """What the words of a client slot came to: one client, two or more, close ones, or nothing."""

    match: Match | None = None  # the confident match
    words: tuple[Token, ...] = ()  # the words that named it (or the slot, trimmed)
    others: tuple[Match, ...] = ()  # other clients named beside it ("Westpac and CBA")
    near: bool = False  # no single client, but close candidates

    @property
    def all(self) -> tuple[Match, ...]:
        """Every client the words named: the confident one and those beside it."""
        return tuple(m for m in (self.match, *self.others) if m is not None)

    @property
    def everyday(self) -> bool:
        """The client was named by one everyday word, which could as well mean something else."""
        named = _trimmed(self.words)
        return len(named) == 1 and named[0].word in EVERYDAY


def decide(understood: Understanding, match: Matcher, permissions: Mapping[str, Permission]) -> Decision:
    """The answer to a message read by `read`; `match` finds clients, `permissions` says what the asker may run."""
    if not understood.rest and not understood.readings and not understood.guesses:
        return Decision(CHAT, chat=understood.chat or PING)
    # In this order, each tried only if the one before found nothing.
    decision = (_from(understood.readings, match, permissions) or _bare_name(understood.rest, match, permissions)
                or _from(understood.guesses, match, permissions) or _mentioned(understood.rest, match, permissions))
    if decision is not None:
        return decision
    return Decision(CHAT, chat=understood.chat) if understood.chat else Decision(UNKNOWN)


def _from(readings: Iterable[Reading], match: Matcher, permissions: Mapping[str, Permission]) -> Decision | None:
    for reading in readings:
        if reading.strength == ASK:
            decision = _ask(reading, match, permissions)
        elif reading.client is None:
            return Decision(RUN, reading.intent, reading.args)
        else:
            decision = _with_client(reading, _client(reading.client, match))
        if decision is not None:
            return decision
    return None


def _with_client(reading: Reading, found: _Client) -> Decision | None:
    """Run a command that names a client, or ask when the client is in doubt (never for a loose phrasing alone)."""
    key = SLOT_ARG[reading.intent]
    if found.others:
        return _offer_each(reading.intent, key, found.all)
    if found.match is not None:
        if found.everyday and reading.strength != SURE:
            return _offer_each(reading.intent, key, (found.match,))
        return Decision(RUN, reading.intent, ((key, text_of(found.words)),), _confident(found.match).client_id)
    if reading.strength == SURE or found.near:
        return Decision(RUN, reading.intent, ((key, text_of(found.words or reading.client or ())),))
    return None


def _ask(reading: Reading, match: Matcher, permissions: Mapping[str, Permission]) -> Decision | None:
    """A question about doing something ("can I approach X?"): the commands it may mean, as buttons."""
    found = _client(reading.client or (), match)
    if found.match is None and not found.near:
        return None
    if found.others:
        return _offer_each(WHO_OWNS, SLOT_ARG[WHO_OWNS], found.all)
    named = found.match.match if found.match else None
    typed = text_of(reading.client or ())
    options = [Option(intent, ((SLOT_ARG[intent], text_of(found.words) if intent == WHO_OWNS else typed),),
                      named.client_id if named else None, named.name if named else None)
               for intent in (reading.intent, *reading.also)]
    return offer(options, permissions)


def offer(options: list[Option], permissions: Mapping[str, Permission]) -> Decision | None:
    """Buttons for the options the asker may run here; one that changes nothing is simply run."""
    allowed = [o for o in options if _permitted(permissions, o.intent).allowed][:MAX_OPTIONS]
    if not allowed:
        return None
    if len(allowed) == 1 and not _permitted(permissions, allowed[0].intent).effect and allowed[0].client_id:
        only = allowed[0]
        return Decision(RUN, only.intent, only.args, only.client_id)
    return Decision(OFFER, options=tuple(allowed))


def _offer_each(intent: str, key: str, matches: Iterable[Match]) -> Decision:
    named = [_confident(m) for m in matches]
    options = tuple(Option(intent, ((key, c.name),), c.client_id, c.name) for c in named)[:MAX_OPTIONS]
    return Decision(OFFER, options=options)


def _bare_name(words: tuple[Token, ...], match: Matcher, permissions: Mapping[str, Permission]) -> Decision | None:
    """A message that is only a client's name, domain or email asks who holds it."""
    if not words or len(words) > MAX_CLIENT_WORDS:
        return None
    for candidate in (words, _trimmed(words)):
        if not candidate:
            continue
        found = match(text_of(candidate))
        if found.match is not None:
            if _Client(found, tuple(candidate)).everyday:
                return _offer_allowed(_options_for(found), permissions)
            return Decision(RUN, WHO_OWNS, (("query", text_of(candidate)),), found.match.client_id)
    if len(words) == 1 and _dotted(words[0].word):  # a domain or email alone is a question even if no client has it
        return Decision(RUN, WHO_OWNS, (("query", words[0].word),))
    trimmed = _trimmed(words)
    if trimmed and len(trimmed) <= 3 and not all(t.word in EVERYDAY or t.word in BOUNDARIES for t in trimmed):
        if _near(match(text_of(trimmed)), trimmed):
            return Decision(RUN, WHO_OWNS, (("query", text_of(trimmed)),))
    return None


def _near(found: Match, words: Iterable[Token]) -> bool:
    """Close candidates that bear out every word typed ("acme" for the three Acmes), not mere similarity."""
    if not found.candidates or found.candidates[0].score < NEAR:
        return False
    names = [w.lower() for c in found.candidates for w in re.findall(r"[^\W_]+", c.name)]
    return all(any(n.startswith(w) for n in names) for t in words for w in re.findall(r"[^\W_]+", t.word))


def _mentioned(words: tuple[Token, ...], match: Matcher, permissions: Mapping[str, Permission]) -> Decision | None:
    """A client named in passing ("Qantas called me"): ask whether that is what the message is about."""
    words = words[:MAX_SCANNED]
    seen: dict[int, Match] = {}
    taken: set[int] = set()
    for size in range(min(4, len(words)), 0, -1):
        for at in range(len(words) - size + 1):
            span = words[at:at + size]
            if taken.intersection(range(at, at + size)) or not _could_be_name(span):
                continue
            found = match(text_of(span))
            if found.match is not None and found.match.client_id not in seen:
                seen[found.match.client_id] = found
                taken.update(range(at, at + size))
    if not seen:
        return None
    matches = list(seen.values())
    if len(matches) > 1:
        return _offer_each(WHO_OWNS, SLOT_ARG[WHO_OWNS], matches)
    return _offer_allowed(_options_for(matches[0]), permissions)


def _offer_allowed(options: list[Option], permissions: Mapping[str, Permission]) -> Decision | None:
    """The options the asker may run, as buttons, even a single one: the message did not ask for it."""
    allowed = tuple(o for o in options if _permitted(permissions, o.intent).allowed)
    return Decision(OFFER, options=allowed) if allowed else None


def _confident(found: Match) -> Candidate:
    """The client of a match known to have one (the callers checked)."""
    if found.match is None:
        raise ValueError(f"no confident match for {found.query!r}")
    return found.match


def _options_for(found: Match) -> list[Option]:
    """Who owns the client, and for those who may, approaching it."""
    name, client_id = _confident(found).name, _confident(found).client_id
    return [Option(WHO_OWNS, (("query", name),), client_id, name),
            Option(APPROACH, (("target", name),), client_id, name)]


def _could_be_name(span: list[Token] | tuple[Token, ...]) -> bool:
    """Words that could be a client's name: not starting or ending on an everyday word, no clause break inside."""
    first, last = span[0].word, span[-1].word
    if any(t.stop for t in span[:-1]):
        return False
    return not ({first, last} & (EVERYDAY | BOUNDARIES | FILLER_BEFORE | FILLER_AFTER))


def _client(words: tuple[Token, ...], match: Matcher) -> _Client:
    """The client these words name: the whole, else the longest part cut at a clause or a word like "in" or "and"."""
    head = _first_clause(words)
    whole = text_of(_trimmed(words))
    if len(head) < len(words) and hint(whole):  # "Acme - the logistics one": the words after the name say which
        found = match(whole)
        if found.match is not None:
            return _Client(found, tuple(words))
    near = False
    tried: set[str] = set()
    for span in _spans(head):
        text = text_of(span)
        if not text or text.lower() in tried:
            continue
        tried.add(text.lower())
        found = match(text)
        if found.match is not None:
            return _Client(found, tuple(span), _others(head, span, found, match))
        near = near or (span == _trimmed(head) and _near(found, span))
    return _Client(words=tuple(_trimmed(head)), near=near)


def _others(head: list[Token], span: list[Token], found: Match, match: Matcher) -> tuple[Match, ...]:
    """Another client named in the words left over ("Westpac and CBA"), which makes the question ambiguous."""
    start = head.index(span[0])
    rest = [w for part in (head[:start], head[start + len(span):]) for w in [_bare(part)] if w]
    others = []
    for part in rest:
        if not _could_be_name(part) and len(part) == 1:
            continue
        other = match(text_of(part))
        if other.match is not None and other.match.client_id != _confident(found).client_id:
            others.append(other)
    return tuple(others)


def _first_clause(words: tuple[Token, ...]) -> list[Token]:
    out = []
    for token in words:
        out.append(token)
        if token.stop:
            break
    return out[:MAX_CLIENT_WORDS + 4]


def _trimmed(words: Iterable[Token]) -> list[Token]:
    """The words without filler before and after ("the ClientCorp account at the moment" -> "ClientCorp")."""
    words = list(words)
    while words and words[0].word in FILLER_BEFORE:
        words = words[1:]
    while words and words[-1].word in FILLER_AFTER:
        words = words[:-1]
    return words


def _bare(words: list[Token]) -> list[Token]:
    """The words without filler or boundary words at either end ("and CBA" -> "CBA")."""
    while True:
        words = _trimmed(words)
        if words and words[0].word in BOUNDARIES:
            words = words[1:]
        elif words and words[-1].word in BOUNDARIES:
            words = words[:-1]
        else:
            return words


def _spans(words: list[Token]) -> list[list[Token]]:
    """The words as typed, then trimmed, then their parts between boundary words, longest first."""
    trimmed = _trimmed(words)
    cuts = [i for i, t in enumerate(trimmed) if t.word in BOUNDARIES]
    edges = sorted({0, len(trimmed), *cuts, *(i + 1 for i in cuts)})
    parts = []
    for a in edges:
        for b in edges:
            part = _trimmed(trimmed[a:b]) if b > a else []
            if part and part != trimmed and len(part) <= MAX_CLIENT_WORDS and not _lone_everyday(part):
                parts.append(part)
    parts.sort(key=lambda p: (-len(p), trimmed.index(p[0])))
    whole = [words] if len(words) <= MAX_CLIENT_WORDS else []
    return whole + ([trimmed] if trimmed and trimmed != words else []) + parts


def _lone_everyday(part: list[Token]) -> bool:
    return len(part) == 1 and (part[0].word in EVERYDAY or part[0].word in BOUNDARIES)


def _permitted(permissions: Mapping[str, Permission], intent: str) -> Permission:
    return permissions.get(intent, Permission(False, True))


# ---- buttons --------------------------------------------------------------------------------------------------------

# What small talk offers as buttons, most useful first, by role; those the asker may not run here are skipped.
QUICK = {
    None: (phrasings.HELP, phrasings.ENQUIRIES, phrasings.APPROACHES, phrasings.FEES),
    "partner": (phrasings.DNA_LIST, phrasings.ENQUIRIES, phrasings.REFERRALS, phrasings.FEES, phrasings.DIGEST),
    "bd": (phrasings.MY_APPROACHES, phrasings.ENQUIRIES, phrasings.LOG_ENQUIRY, phrasings.QUOTES,
           phrasings.APPROACHES),
    "director": (phrasings.DISPUTES, phrasings.DIGEST, phrasings.FEES, phrasings.ENQUIRIES),
    "admin": (phrasings.MEMBERS, phrasings.ENQUIRIES, phrasings.DISPUTES, phrasings.DIGEST, phrasings.FEES),
}
QUICK_BUTTONS = 3
MAX_PRESSED_ARG = 300  # a client's name at its column's length


def quick(role: str | None, permissions: Mapping[str, Permission]) -> list[str]:
    """The asker's most useful commands that take nothing more, for small talk's buttons."""
    preferred = (*QUICK.get(role, QUICK[None]), *QUICK[None], phrasings.HELP)
    usable = [i for i in dict.fromkeys(preferred) if _permitted(permissions, i).allowed]
    return usable[:QUICK_BUTTONS]


def pressed_args(value: object) -> dict[str, str]:
    """A pressed button's arguments, as the client sent them: only a client's words, as text of a sane length."""
    if not isinstance(value, dict):
        return {}
    names = set(SLOT_ARG.values())
    return {k: v for k, v in value.items()
            if k in names and isinstance(v, str) and 0 < len(v) <= MAX_PRESSED_ARG and "\x00" not in v}
