"""Reading what people type, and deciding what to answer: the pure reader (bot/rules/understanding.py) and its
phrasings (bot/rules/phrasings.py), table-driven, with a small in-memory registry for the client's words."""

from __future__ import annotations

import pytest

from bot.commands import COMMANDS, build_router
from bot.rules import phrasings as intents
from bot.rules.matching import ClientEntry, Matcher
from bot.rules.phrasings import ASK, PHRASINGS, SURE, WEAK
from bot.rules.understanding import (
    CHAT,
    OFFER,
    RUN,
    UNKNOWN,
    Permission,
    corrected,
    decide,
    pressed_args,
    quick,
    read,
    text_of,
    tidy,
    tokens,
)

# ---- reading: the words, the small talk around them, the phrasings ------------------------------------------------


@pytest.mark.parametrize("text, words", [
    ("Who's got CCorp?", ["who's", "got", "ccorp"]),
    ("who owns… ‘ClientCorp’", ["who", "owns", "clientcorp"]),
    ("who owns Procter & Gamble", ["who", "owns", "procter", "&", "gamble"]),
    ("owner of jane.doe@clientcorp.com.au?", ["owner", "of", "jane.doe@clientcorp.com.au"]),
    ("clientcorp - who owns it", ["clientcorp", "who", "owns", "it"]),
    ("dispute #7", ["dispute", "#7"]),
    ("who owns FW: RE: ClientCorp engagement", ["who", "owns", "clientcorp", "engagement"]),  # a mail's subject
    ("", []),
])
def test_tokens_read_words_without_the_punctuation_around_them(text, words):
    assert [t.word for t in tokens(text)] == words


def test_a_clause_ends_at_a_comma_a_dash_or_a_question_mark():
    assert [t.stop for t in tokens("ClientCorp, Telstra - Qantas? now")] == [True, True, True, False]


def test_an_argument_keeps_what_was_typed_between_its_words():
    (reading, *_) = read("approach Telstra - cloud: phase 2").readings
    assert dict(reading.args) == {"target": "Telstra - cloud: phase 2"}


@pytest.mark.parametrize("text, rest, chat", [
    ("hey accord, who's got westpac?", "who's got westpac?", "greeting"),
    ("@Accord who owns coles", "who owns coles", None),
    ("who owns telstra @Accord", "who owns telstra", None),
    ("Accord: who owns BHP", "who owns BHP", None),
    ("could you tell me who owns Medibank please", "who owns Medibank", None),
    ("cheers, and who has Bunnings?", "who has Bunnings?", "thanks"),
    ("morning! who's got monash?", "who's got monash?", "greeting"),
    ("Who owns clientcorp, thanks", "Who owns clientcorp", "thanks"),
    ("hi", "", "greeting"),
    ("Hey Accord!", "", "greeting"),
    ("thank you so much!", "", "thanks"),
    ("good night", "", "bye"),
    ("are you there?", "", "ping"),
    ("👍", "", "thanks"),
    ("?", "", "ping"),
    ("who owns Accord Healthcare", "who owns Accord Healthcare", None),  # the bot's name inside a client's is kept
])
def test_tidy_sets_aside_greetings_politeness_and_the_bots_name(text, rest, chat):
    words, found = tidy(tokens(text), {"accord"})
    assert (text_of(words) if words else "", found) == (rest.rstrip("?") if rest else "", chat)


@pytest.mark.parametrize("text, intent, strength, client, args", [
    ("who owns clientcorp", intents.WHO_OWNS, SURE, "clientcorp", {}),
    ("owner of jane@clientcorp.com.au", intents.WHO_OWNS, SURE, "jane@clientcorp.com.au", {}),
    ("ClientCorp owner?", intents.WHO_OWNS, WEAK, "ClientCorp", {}),
    ("anybody dealing with ClientCorp?", intents.WHO_OWNS, WEAK, "ClientCorp", {}),
    ("is Acme taken?", intents.WHO_OWNS, WEAK, "Acme", {}),
    ("do we have a relationship with KPMG?", intents.WHO_OWNS, SURE, "KPMG", {}),
    ("anyone working with Atlassian at the moment?", intents.WHO_OWNS, WEAK, "Atlassian at the moment", {}),
    ("who knows someone at Xero", intents.WHO_OWNS, SURE, "Xero", {}),
    ("can I approach ClientCorp?", intents.WHO_OWNS, ASK, "ClientCorp", {}),
    ("approach ClientCorp: renewal of the panel", intents.APPROACH, SURE, None,
     {"target": "ClientCorp: renewal of the panel"}),
    ("I plan to approach Telstra about cloud", intents.APPROACH, SURE, None, {"target": "Telstra about cloud"}),
    ("approach", intents.APPROACH, SURE, None, {}),
    ("what's BD working on?", intents.APPROACHES, SURE, None, {}),
    ("show my approaches", intents.MY_APPROACHES, SURE, None, {}),
    ("dna add John Doe <john@x.com> at X", intents.DNA_ADD, SURE, None, {"entry": "John Doe <john@x.com> at X"}),
    ("add Mia Chen at Telstra to my dna list", intents.DNA_ADD, SURE, None, {"entry": "Mia Chen at Telstra"}),
    ("dna add", intents.DNA_FORM, SURE, None, {}),
    ("take 3 off my dna list", intents.DNA_REMOVE, SURE, None, {"number": "3"}),
    ("dna remove #2", intents.DNA_REMOVE, SURE, None, {"number": "2"}),
    ("new enquiries?", intents.ENQUIRIES, SURE, None, {}),
    ("log a phone enquiry from Jane at Acme", intents.LOG_ENQUIRY, SURE, None, {}),
    ("quote Acme Holdings $45k tender", intents.QUOTE, SURE, None, {"quote": "Acme Holdings $45k tender"}),
    ("quote", intents.QUOTE, SURE, None, {}),
    ("who has paid their referral fees?", intents.FEES, SURE, None, {}),
    ("refer John at X to sam@x.com warm intro", intents.REFER, SURE, None,
     {"referral": "John at X to sam@x.com warm intro"}),
    ("dispute 12", intents.DISPUTE_SHOW, SURE, None, {"number": "12"}),
    ("publish the outcome of dispute 3", intents.DISPUTE_PUBLISH, SURE, None, {"number": "3"}),
    ("I want to raise a dispute about ClientCorp", intents.DISPUTE, SURE, None, {}),
    ("sanction sam@x.com until 2026-06-30", intents.SANCTION, SURE, None, {"entry": "sam@x.com until 2026-06-30"}),
    ("member Sam Partner", intents.MEMBER, SURE, None, {"who": "Sam Partner"}),
    ("who can't you reach?", intents.MEMBERS, SURE, None, {}),
    ("make this the partner channel", intents.PARTNER_CHANNEL, SURE, None, {}),
    ("what can you do?", intents.HELP, SURE, None, {}),
    ("digest now", intents.DIGEST_NOW, SURE, None, {}),
    ("what happened this fortnight?", intents.DIGEST, SURE, None, {}),
])
def test_read_finds_the_intent_its_arguments_and_the_clients_words(text, intent, strength, client, args):
    first = read(text).readings[0]
    assert (first.intent, first.strength, dict(first.args)) == (intent, strength, args)
    assert (text_of(first.client) if first.client else None) == client


@pytest.mark.parametrize("text", [
    "who owes us money?", "I got a quote from the plumber", "let's not dispute that", "the digest looks good",
    "what approach should we take for the offsite?", "refer to the handbook", "quote of the day", "help desk number?",
    "our approach to pricing needs work", "we should dispute this invoice",
])
def test_near_misses_read_as_no_command(text):
    assert read(text).readings == () and read(text).guesses == ()


@pytest.mark.parametrize("text, fixed", [
    ("woh owns clientcorp", "who owns clientcorp"),
    ("who onws qantas", "who owns qantas"),
    ("aproach westpac", "approach westpac"),
    ("enquries", "enquiries"),
    ("disptues", "disputes"),
    ("hlep", "help"),
])
def test_a_misspelt_command_word_is_corrected(text, fixed):
    assert " ".join(t.word for t in corrected(tokens(text))[0]) == fixed


@pytest.mark.parametrize("text", ["who won the game", "who owes me lunch", "the quota is full", "feed the cat",
                                  "defer it", "from here", "who held the door"])
def test_everyday_words_a_slip_away_from_a_command_word_are_never_corrected(text):
    assert corrected(tokens(text)) == []


def test_a_client_named_after_a_command_word_keeps_its_name():
    understood = read("who owns Digest Media")  # as typed: a client's words are never corrected
    assert text_of(understood.readings[0].client) == "Digest Media"


def test_every_intent_is_one_command_and_every_command_an_intent():
    table = [c.intent for c in COMMANDS]
    assert sorted(table) == sorted(set(table)) == sorted(intents.INTENTS)


def test_every_phrasing_compiles_and_asks_for_a_known_strength():
    for phrasing in PHRASINGS:
        assert phrasing.strength in (SURE, WEAK, ASK)
        phrasing.match("")


# ---- deciding: what to answer, with a small registry ----------------------------------------------------------------

REGISTRY = Matcher([
    ClientEntry(1, "ClientCorp Pty Ltd", "clientcorp", ("CCorp",), ("clientcorp.com.au",)),
    ClientEntry(2, "Westpac Banking Corporation", "westpac", ("Westpac",), ("westpac.com.au",)),
    ClientEntry(3, "Commonwealth Bank of Australia", "cba", ("CBA",), ("commbank.com.au",)),
    ClientEntry(4, "Acme Consulting Pty Ltd", "acmeconsult"),
    ClientEntry(5, "Acme Engineering Group Pty Ltd", "acmeeng"),
    ClientEntry(6, "Booking.com B.V.", "booking", (), ("booking.com",)),
    ClientEntry(7, "Telstra Group Limited", "telstra", ("Telstra",), ("telstra.com",)),
])
EVERYONE = {c.intent: Permission(True, c.effect) for c in COMMANDS}
PARTNER = build_router().permissions("partner", "personal")


def answer(text: str, permissions=None):
    return decide(read(text), REGISTRY.match, permissions or EVERYONE)


@pytest.mark.parametrize("text, kind, intent, client_id", [
    ("who owns clientcorp", RUN, intents.WHO_OWNS, 1),
    ("who's got the CCorp account at the moment?", RUN, intents.WHO_OWNS, 1),
    ("anyone working with Westpac in Sydney", RUN, intents.WHO_OWNS, 2),
    ("ClientCorp?", RUN, intents.WHO_OWNS, 1),
    ("who owns Fwd: RE: CCorp", RUN, intents.WHO_OWNS, 1),
    ("clientcorp.com.au", RUN, intents.WHO_OWNS, 1),
    ("unknown-firm.com.au?", RUN, intents.WHO_OWNS, None),  # a domain alone asks, even one no client has
    ("jo@unknown-firm.com", RUN, intents.WHO_OWNS, None),
    ("e.g.", UNKNOWN, None, None),
    ("acme", RUN, intents.WHO_OWNS, None),  # two Acmes: the who-owns card offers both
    ("is Acme taken?", RUN, intents.WHO_OWNS, None),
    ("who owns Zebra Fintech Pty Ltd", RUN, intents.WHO_OWNS, None),  # a strong phrasing says there is no such client
    ("who owns Westpac and CBA?", OFFER, None, None),
    ("is the booking taken?", OFFER, None, None),  # one everyday word: asked, never answered
    ("who has the meeting room booked?", UNKNOWN, None, None),  # a loose phrasing and no client: nothing
    ("Telstra called me this morning", OFFER, None, None),
    ("can I approach ClientCorp?", OFFER, None, None),
    ("thanks!", CHAT, None, None),
    ("what's the weather like", UNKNOWN, None, None),
])
def test_decide(text, kind, intent, client_id):
    decision = answer(text)
    assert (decision.kind, decision.intent, decision.client_id) == (kind, intent, client_id)


def test_two_clients_in_one_question_are_offered_each():
    assert [o.client for o in answer("who owns Westpac and CBA?").options] == [
        "Westpac Banking Corporation", "Commonwealth Bank of Australia"]


def test_asking_whether_to_approach_offers_who_owns_and_approach():
    options = answer("should we approach Telstra about the renewal?").options
    assert [(o.intent, dict(o.args)) for o in options] == [
        (intents.WHO_OWNS, {"query": "Telstra"}), (intents.APPROACH, {"target": "Telstra about the renewal"})]


def test_a_partner_asking_whether_to_approach_gets_the_one_answer_they_may_have():
    decision = answer("can I approach ClientCorp?", PARTNER)
    assert (decision.kind, decision.intent, dict(decision.args)) == (RUN, intents.WHO_OWNS, {"query": "ClientCorp"})


def test_a_command_with_an_effect_is_never_run_from_a_question():
    bd = build_router().permissions("bd", "personal")
    assert answer("is it ok to approach Telstra?", bd).kind == OFFER
    assert answer("approach Telstra", bd).kind == RUN


@pytest.mark.parametrize("role, kind, expected", [
    ("partner", "personal", [intents.DNA_LIST, intents.ENQUIRIES, intents.REFERRALS]),
    ("partner", "channel", [intents.ENQUIRIES, intents.REFERRALS, intents.FEES]),
    ("bd", "personal", [intents.MY_APPROACHES, intents.ENQUIRIES, intents.LOG_ENQUIRY]),
    ("director", "personal", [intents.DISPUTES, intents.DIGEST, intents.FEES]),
    ("admin", "personal", [intents.MEMBERS, intents.ENQUIRIES, intents.DISPUTES]),
    (None, "personal", [intents.HELP, intents.ENQUIRIES, intents.APPROACHES]),
])
def test_small_talk_offers_the_askers_most_useful_commands_they_may_run_here(role, kind, expected):
    assert quick(role, build_router().permissions(role, kind)) == expected


@pytest.mark.parametrize("value, expected", [
    ({"query": "ClientCorp"}, {"query": "ClientCorp"}),
    ({"target": "Telstra: renewal", "entry": "x at y"}, {"target": "Telstra: renewal"}),
    ({"query": 7}, {}),
    ({"query": "x" * 301}, {}),
    ({"query": "a\x00b"}, {}),
    (["query"], {}),
    (None, {}),
])
def test_a_pressed_buttons_arguments_are_only_a_clients_words(value, expected):
    assert pressed_args(value) == expected
