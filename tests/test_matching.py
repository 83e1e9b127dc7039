"""The client matcher, table-driven by category, plus the evaluation set's precision and recall.

A wrong match is worse than none, so the negative tables are strict (every case), while recall is judged over the
whole evaluation set (benchmarks/matching_eval_report.py prints the per-category table for the README).
"""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

from benchmarks import matching_data
from benchmarks.matching_eval_report import evaluate, markdown
from bot.rules import matching
from bot.rules.matching import ClientEntry, Matcher
from bot.rules.matching_words import FREE_MAIL_DOMAINS
from bot.rules.names import _analyse
from tests.data.matching_clients import CLIENTS
from tests.data.matching_eval import CASES
from tests.support.matching import answer, answered_id, matcher_of

BY_SLUG = {c.external_id: c for c in CLIENTS}


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(CLIENTS)


def offered(matcher: Matcher, query: str) -> set[str]:
    return {c.external_id for c in matcher.match(query).candidates}


# ---- what people type --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("query, expected", [
    ("ClientCorp Pty Ltd", "clientcorp"), ("ClientCorp", "clientcorp"), ("ClientCorp Pty. Limited", "clientcorp"),
    ("ClientCorp Limited", "clientcorp"), ("Qantas Airways", "qantas"), ("Canva Inc", "canva"),
    ("Atlassian Corp", "atlassian"), ("Microsoft Corp.", "microsoft"), ("Mitsubishi Corp", "mitsubishicorp"),
    ("Siemens", "siemens"), ("Robert Bosch", "bosch"), ("Enel SpA", "enel"), ("Booking.com", "booking"),
    ("Societe Generale SA", "socgen"), ("Nokia Corporation", "nokia"), ("ING Group", "ing"), ("Bain and Co", "bain"),
])
def test_legal_forms_are_left_off_or_changed(matcher, query, expected):
    assert answer(matcher, query) == expected


@pytest.mark.parametrize("query, expected", [
    ("University of Sydney", "usyd"), ("The Commonwealth Bank of Australia", "cba"), ("Procter and Gamble", "pg"),
    ("Johnson and Johnson", "jnj"), ("Marks & Spencer", "mands"), ("Gilbert and Tobin", "gtlaw"), ("AT and T", "att"),
    ("P & G", "pg"), ("Ben and Jerry's", "benjerry"),
])
def test_a_leading_the_and_ampersands_do_not_matter(matcher, query, expected):
    assert answer(matcher, query) == expected


@pytest.mark.parametrize("query, expected", [
    ("commonwealth bank of australia", "cba"), ("WESTPAC BANKING CORPORATION", "westpac"),
    ("Client Corp", "clientcorp"), ("client-corp", "clientcorp"), ("CLIENTCORP", "clientcorp"),
    ("Delta Airlines", "delta"), ("JB HiFi", "jbhifi"), ("jb-hi-fi", "jbhifi"), ("Energy Australia", "energyaus"),
    ("Lend Lease", "lendlease"), ("Saint George Bank", "stgeorge"), ("U.T.S.", "uts"), ("McDonalds", "mcdonalds"),
])
def test_case_punctuation_hyphens_and_spacing_do_not_matter(matcher, query, expected):
    assert answer(matcher, query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Societe Generale", "socgen"), ("société générale", "socgen"), ("Nestle", "nestle"), ("LOreal", "loreal"),
    ("Credit Agricole", "creditagricole"), ("Zürich", "zurich"), ("AP Moller Maersk", "maersk"),
    ("Ngāi Tahu", "ngaitahu"),
])
def test_accents_do_not_matter(matcher, query, expected):
    assert answer(matcher, query) == expected


@pytest.mark.parametrize("query, expected", [
    ("ANZ", "anz"), ("Air NZ", "airnz"), ("CBA", "cba"), ("CommBank", "cba"), ("Comm Bank", "cba"),
    ("CommSec", "commsec"), ("P&G", "pg"), ("H&M", "hm"), ("Macca's", "mcdonalds"), ("NSW Health", "nswhealth"),
    ("Te Herenga Waka", "vuw"), ("CCorp", "clientcorp"), ("AT", "akltransport"),
])
def test_aliases_name_their_client(matcher, query, expected):
    assert answer(matcher, query) == expected


@pytest.mark.parametrize("query, expected", [
    ("UTS", "uts"), ("uts", "uts"), ("QUT", "qut"), ("ANU", "anu"), ("IAG", "iag"), ("TfNSW", "tfnsw"),
    ("NSWDOE", "nswedu"),
    # Shared by two clients, or claimed by another client's alias: never answered from the initials.
    ("WSU", None), ("UoA", None),
])
def test_initialisms_answer_only_when_no_other_client_has_them(matcher, query, expected):
    assert answer(matcher, query) == expected


def test_an_alias_outranks_another_clients_initials(matcher):
    found = matcher.match("ANZ")  # the bank's alias; also Air New Zealand's initials
    assert found.match.external_id == "anz" and found.match.why == "alias 'ANZ'"
    assert "airnz" in offered(matcher, "ANZ")


@pytest.mark.parametrize("query, expected", [
    ("Westpak", "westpac"), ("Comonwealth Bank", "cba"), ("Deltra Air Lines", "delta"), ("Telstar", "telstra"),
    ("Atlasian", "atlassian"), ("Monash Univeristy", "monash"), ("Austalian Taxation Ofice", "ato"),
    ("Harbor City Plumbing", "harbourcity"),
    # Short names and acronyms are never corrected; a typo that spells another real word is not a typo.
    ("Optsu", None), ("ANX", None), ("CBS", None), ("Canvas", None), ("Xerox", None), ("Telstra Wealth", None),
])
def test_typos_are_forgiven_by_length(matcher, query, expected):
    assert answer(matcher, query) == expected


def test_a_typo_reports_itself(matcher):
    assert matcher.match("Deltra Air Lines").match.why == "1 typo"
    assert matcher.match("Austalian Taxation Ofice").match.why == "2 typos"


@pytest.mark.parametrize("query, expected", [
    ("Deloitte Sydney", "deloitte"), ("KPMG Australia", "kpmg"), ("Acme Consulting Melbourne", "acmeconsult"),
    ("Accenture (Melbourne)", "accenture"), ("Xero NZ", "xero"), ("Google", "google"), ("Commonwealth Bank", "cba"),
    ("University of Auckland NZ", "uoa"), ("University of Technology Sydney", "uts"),
    # What is left after the place must still say which organisation.
    ("University of Technology", None), ("Delta Sydney", None), ("Macquarie Sydney", None),
])
def test_a_trailing_place_is_left_off_only_when_what_remains_is_specific(matcher, query, expected):
    assert answer(matcher, query) == expected


def test_a_trailing_place_reason_names_it(matcher):
    assert matcher.match("Deloitte Sydney").match.why == "alias 'Deloitte', without 'Sydney'"
    assert matcher.match("KPMG Australia").match.why == "name without 'Australia'"


@pytest.mark.parametrize("query, expected, why", [
    ("clientcorp.com.au", "clientcorp", "domain clientcorp.com.au"),
    ("www.clientcorp.com.au", "clientcorp", "domain clientcorp.com.au"),
    ("https://www.clientcorp.com.au/about-us", "clientcorp", "domain clientcorp.com.au"),
    ("HTTP://CLIENTCORP.COM.AU:443/x?y=1#z", "clientcorp", "domain clientcorp.com.au"),
    ("mail.clientcorp.com.au", "clientcorp", "subdomain of clientcorp.com.au"),
    ("console.aws.amazon.com", "aws", "subdomain of aws.amazon.com"),
    ("smile.amazon.com", "amazon", "subdomain of amazon.com"),
    ("hr.health.nsw.gov.au", "nswhealth", "subdomain of health.nsw.gov.au"),
])
def test_domains_urls_and_subdomains(matcher, query, expected, why):
    found = matcher.match(query)
    assert (found.kind, found.match.external_id, found.match.why) == ("domain", expected, why)


@pytest.mark.parametrize("query", [
    "com.au", "gov.au", "edu.au", "co.uk", "govt.nz", "nsw.gov.au", "education.qld.gov.au", "www.nsw.gov.au/health",
    "acme.com", "google.com", "kpmg.com",
])
def test_public_suffixes_and_unknown_domains_identify_no_client(matcher, query):
    assert matcher.match(query).match is None


def test_a_domain_that_looks_like_a_client_is_offered_not_asserted(matcher):
    found = matcher.match("deloitte.co.nz")
    assert found.match is None and [c.external_id for c in found.candidates] == ["deloitte"]
    assert found.candidates[0].why == "domain name like 'deloitte'"


@pytest.mark.parametrize("query, expected, person", [
    ("john@clientcorp.com.au", "clientcorp", "John"),
    ("john.doe@clientcorp.com.au", "clientcorp", "John Doe"),
    ("Jane Smith <jane.smith@commbank.com.au>", "cba", "Jane Smith"),
    ("mailto:info@anz.com", "anz", None),
    ("sam.lee@mail.uts.edu.au", "uts", "Sam Lee"),
    ("JANE@DELTA.COM", "delta", "Jane"),
])
def test_email_addresses_match_by_domain_and_name_the_person(matcher, query, expected, person):
    found = matcher.match(query)
    assert (found.kind, found.match.external_id, found.person) == ("email", expected, person)
    assert found.match.why.startswith("email domain")


@pytest.mark.parametrize("query", [
    "jane.doe@gmail.com", "john@outlook.com", "bob@hotmail.com", "kate@yahoo.com.au", "li@icloud.com",
    "ana@proton.me", "gary@bigpond.com", "sue@xtra.co.nz", "ops@optusnet.com.au", "Jane Doe <jane@gmail.com>",
])
def test_free_mail_never_identifies_a_client(matcher, query):
    found = matcher.match(query)
    assert (found.kind, found.match, found.candidates) == ("email", None, ())


def test_free_mail_is_ignored_even_when_the_registry_lists_it():
    (northwind,) = [c for c in CLIENTS if c.external_id == "northwind"]
    assert "gmail.com" in northwind.domains
    assert Matcher(CLIENTS).match("someone@gmail.com").candidates == ()


def test_the_free_mail_list_covers_the_usual_providers():
    assert {"gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me",
            "bigpond.com"} <= FREE_MAIL_DOMAINS


@pytest.mark.parametrize("query, expected, person", [
    ("John Doe at ClientCorp", "clientcorp", "John Doe"),
    ("John Doe from ClientCorp", "clientcorp", "John Doe"),
    ("Sam from the University of Sydney", "usyd", "Sam"),
    ("Dr Alice Wong at CSIRO", "csiro", "Dr Alice Wong"),
    ("Tom O'Brien at Westpac", "westpac", "Tom O'Brien"),
    ("Anne-Marie Dupont from Société Générale", "socgen", "Anne-Marie Dupont"),
    ("Kim at kpmg.com.au", "kpmg", "Kim"),
    ("Bob Smith @ Deloitte", "deloitte", "Bob Smith"),
    ("John Smith at John Holland", "johnholland", "John Smith"),
])
def test_person_at_company(matcher, query, expected, person):
    found = matcher.match(query)
    assert (found.kind, found.match.external_id, found.person) == ("person", expected, person)


def test_a_person_at_an_ambiguous_company_gets_candidates(matcher):
    found = matcher.match("Jane at Delta")
    assert (found.kind, found.person, found.match) == ("person", "Jane", None)
    assert {"delta", "deltaelec"} <= offered(matcher, "Jane at Delta")


def test_a_company_named_with_at_or_from_is_not_split():
    made = ClientEntry(1, "Made from Scratch Pty Ltd")
    found = Matcher([made]).match("Made from Scratch")
    assert (found.kind, found.person, found.match.client_id) == ("name", None, 1)


@pytest.mark.parametrize("query, expected", [
    ("ClientCorp?", "clientcorp"), ('"ClientCorp"', "clientcorp"), ("“Commonwealth Bank”", "cba"),
    ("Westpac!", "westpac"), ("  KPMG.  ", "kpmg"), ("«Nestlé»", "nestle"), ("Xero...", "xero"),
    ("‘uts.edu.au’", "uts"), ('"john@clientcorp.com.au"', "clientcorp"),
])
def test_chat_punctuation_and_quotes_are_ignored(matcher, query, expected):
    assert answer(matcher, query) == expected


def test_the_query_is_reported_as_given(matcher):
    assert matcher.match("  “ClientCorp”? ").query == "  “ClientCorp”? "


# ---- precision: organisations that must not be confused ----------------------------------------------------------


@pytest.mark.parametrize("query, among", [
    ("Delta", {"delta", "deltaelec", "deltaba"}), ("Commonwealth", {"cba", "commsec", "csiro"}),
    ("Macquarie", {"macquarie", "mq"}), ("Mitsubishi", {"mitsubishicorp", "mitsubishielec"}),
    ("Southern Cross", {"sca", "schs"}), ("Acme", {"acmeconsult", "acmeeng"}), ("Victoria", {"vu", "vuw"}),
    ("WSU", {"wsu", "wsu_us"}), ("Endeavour", {"endeavour", "endeavourgrp"}),
])
def test_a_query_that_fits_several_clients_answers_none_and_offers_them(matcher, query, among):
    found = matcher.match(query)
    assert found.match is None
    assert among <= offered(matcher, query)


@pytest.mark.parametrize("query, expected", [
    ("Delta Air", "delta"), ("Delta Electronics", "deltaelec"), ("ANZ", "anz"), ("Air New Zealand", "airnz"),
    ("Sydney University", "usyd"), ("University Sydney", "usyd"), ("University of Technology Sydney", "uts"),
    ("Sydney University Sport & Fitness", "susf"), ("Commonwealth Bank", "cba"),
    ("Commonwealth Securities", "commsec"), ("Victoria University", "vu"),
    ("Victoria University of Wellington", "vuw"), ("Victoria University Wellington", "vuw"),
    ("Telstra", "telstra"), ("Telstra Health", "telstrahealth"), ("Macquarie University", "mq"),
    ("Macquarie Group", "macquarie"),
])
def test_similar_names_go_to_the_right_client(matcher, query, expected):
    assert answer(matcher, query) == expected


@pytest.mark.parametrize("query", [
    # A subsidiary or unit that is not a client is not its parent, and vice versa.
    "Telstra Ventures", "Deloitte Access Economics", "Macquarie Bank", "Bank of Melbourne", "Jetstar", "BankSA",
    "Coca-Cola", "KPMG Law", "Monash Health", "Spark Energy", "Woolworths Supermarkets", "Singtel",
    "Commonwealth Bank Foundation", "Technology Sydney", "Suncorp Bank",
    # One generic or common word picks nobody.
    "Bank", "Group", "University", "Sydney", "Health", "Australia", "New Zealand", "John", "Smith", "Pty Ltd", "?",
])
def test_near_misses_and_generic_words_match_nothing(matcher, query):
    assert matcher.match(query).match is None


def test_a_typo_does_not_bridge_two_clients():
    registry = [ClientEntry(1, "Optima Systems"), ClientEntry(2, "Optiva Systems")]
    assert Matcher(registry).match("Optima Systems").match.client_id == 1
    found = Matcher(registry).match("Optina Systems")
    assert found.match is None and {c.client_id for c in found.candidates} == {1, 2}


def test_a_unique_prefix_becomes_ambiguous_once_a_second_client_shares_it():
    m = Matcher(CLIENTS)
    assert answer(m, "Delta Air") == "delta"
    m.upsert(ClientEntry(9001, "Delta Air Cargo Pty Ltd", "deltacargo"))
    assert answer(m, "Delta Air") is None
    assert {"delta", "deltacargo"} <= offered(m, "Delta Air")


# ---- answers --------------------------------------------------------------------------------------------------------


def test_candidates_are_ranked_scored_and_limited(matcher):
    found = matcher.match("Commonwealth", limit=2)
    assert len(found.candidates) == 2
    scores = [c.score for c in matcher.match("Commonwealth").candidates]
    assert scores == sorted(scores, reverse=True) and all(0 <= s <= 1 for s in scores)


def test_a_confident_match_is_the_first_candidate_and_carries_the_client(matcher):
    found = matcher.match("CBA")
    assert found.match == found.candidates[0]
    assert (found.match.client_id, found.match.name) == (BY_SLUG["cba"].id, "Commonwealth Bank of Australia")


def test_nothing_to_match(matcher):
    for query in ("", "   ", "?!", "“”"):
        found = matcher.match(query)
        assert (found.match, found.candidates) == (None, ())


# ---- registry changes -----------------------------------------------------------------------------------------------


def _state(m: Matcher) -> dict:
    """Every index, with ids in a canonical order, so two matchers holding the same clients compare equal."""
    state = {}
    for field, value in vars(m).items():
        if isinstance(value, matching._Ids):
            state[field] = {k: sorted(value.get(k)) for k in value._map}
        elif isinstance(value, matching._Sorted):
            state[field] = sorted(zip(value.keys, value.ids))
        elif isinstance(value, dict):
            state[field] = {k: sorted(v) if isinstance(v, list) else v for k, v in value.items() if v != []}
        else:
            state[field] = value
    return state


def test_upsert_adds_and_remove_forgets_leaving_no_trace():
    m = Matcher(CLIENTS)
    before = _state(m)
    m.upsert(ClientEntry(9001, "Zebra Unicorn Labs Pty Ltd", "zebra", ("ZUL",), ("zebra-unicorn.io",), "AU"))
    assert (answer(m, "Zebra Unicorn Labs"), answer(m, "ZUL"), answer(m, "x@zebra-unicorn.io")) == ("zebra",) * 3
    assert len(m) == len(CLIENTS) + 1
    m.remove(9001)
    assert (answer(m, "Zebra Unicorn Labs"), answer(m, "ZUL"), answer(m, "x@zebra-unicorn.io")) == (None,) * 3
    assert _state(m) == before


def test_upsert_replaces_a_client_with_the_same_id():
    m = Matcher(CLIENTS)
    cba = BY_SLUG["cba"]
    m.upsert(dataclasses.replace(cba, name="CBA Holdings Limited", aliases=("CBA",), domains=("commbank.com.au",)))
    assert answer(m, "CBA Holdings") == "cba"
    assert answer(m, "Commonwealth Bank of Australia") is None
    assert answer(m, "CommBank") is None  # the alias it no longer has
    assert len(m) == len(CLIENTS)


def test_upsert_and_remove_keep_a_built_matcher_equal_to_a_fresh_one():
    grown = Matcher(CLIENTS[:100])
    for client in CLIENTS[100:]:
        grown.upsert(client)
    for client in CLIENTS[:20]:
        grown.remove(client.id)
    assert _state(grown) == _state(Matcher(CLIENTS[20:]))


def test_removing_an_unknown_client_is_harmless(matcher):
    m = Matcher(CLIENTS)
    m.remove(123456)
    assert _state(m) == _state(Matcher(CLIENTS))


def test_an_alias_added_at_run_time_claims_an_initialism():
    m = Matcher(CLIENTS)
    assert answer(m, "UTS") == "uts"
    m.upsert(ClientEntry(9002, "UTS Insearch", "insearch", ("UTS",)))
    assert answer(m, "UTS") == "insearch"


# ---- compose-box search ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed, first", [
    ("clientc", "clientcorp"), ("Commonwealth B", "cba"), ("tech syd", "uts"), ("westpak", "westpac"),
    ("@commb", "cba"), ("uts.edu", "uts"), ("nestl", "nestle"), ("CCorp", "clientcorp"),
    ("john at clientcorp", "clientcorp"),
])
def test_search_finds_clients_as_the_user_types(matcher, typed, first):
    assert matcher.search(typed)[0].external_id == first


def test_search_offers_every_client_a_prefix_fits_ranked_and_limited(matcher):
    assert {"delta", "deltaelec", "deltaba"} <= {c.external_id for c in matcher.search("delta")}
    assert len(matcher.search("a", limit=3)) == 3
    scores = [c.score for c in matcher.search("syd")]
    assert scores == sorted(scores, reverse=True)


def test_search_on_nothing_finds_nothing(matcher):
    assert matcher.search("") == [] and matcher.search("  ") == []


# ---- world places (GeoNames) ----------------------------------------------------------------------------------------

WORLD = [ClientEntry(id=i, name=name, external_id=slug, country=country) for i, (name, slug, country) in enumerate([
    ("Quillfeather Analytics GmbH", "quill", "DE"), ("Brightwater Credit Union", "brightca", "CA"),
    ("Brightwater Credit Union Limited", "brightuk", "GB"), ("Larkmoor KGaA", "larkde", "DE"),
    ("Larkmoor & Co., Inc.", "larkus", "US"), ("Tindell Mobile Pty Ltd", "tindellmobile", "AU"),
    ("Tindell Pty Ltd", "tindell", "AU"), ("Verrin Ltd", "verrin", "GB"), ("Harlow Sheffield Ltd", "harlowsheff", "GB"),
    ("Harlow Ltd", "harlow", "GB"),
], start=1)]


@pytest.mark.parametrize("query, expected, among", [
    ("Quillfeather Analytics Erlangen", "quill", ()), ("Quillfeather Analytics (Leipzig office)", "quill", ()),
    ("Quillfeather Analytics Czech Republic", "quill", ()), ("Quillfeather Analytics (Düsseldorf)", "quill", ()),
    ("Brightwater Credit Union Winnipeg", "brightca", ()),
    ("Brightwater Credit Union (Sheffield office)", "brightuk", ()),
    ("Brightwater Credit Union Valencia", None, ("brightca", "brightuk")),  # Spain, the US, Venezuela: neither
    ("Larkmoor Darmstadt", "larkde", ()), ("Larkmoor Philadelphia office", "larkus", ()),
    ("Larkmoor Lyon", None, ("larkde", "larkus")),
    ("Tindell Mobile", "tindellmobile", ()),  # a name ending in a city's name is that name
    ("Verrin Mobile", None, ()), ("Verrin Reading", None, ()),  # ordinary words, not places
    ("Verrin Sheffield", "verrin", ()), ("Sheffield Verrin", None, ()),  # a world place never starts a query
    ("Harlow Sheffield", "harlowsheff", ()),  # the client so called before the Harlow in Sheffield
])
def test_a_world_city_or_country_after_a_name_is_where_its_office_is(query, expected, among):
    found = matcher_of(WORLD).match(query)
    assert (found.match.external_id if found.match else None) == expected
    assert set(among) <= {c.external_id for c in found.candidates}


def test_world_places_are_held_by_their_country_and_every_country_is_known():
    from bot.rules import gazetteer, matching_words

    assert {"germany", "europe"} <= matching_words.PLACE_WITHIN["darmstadt"]
    assert matching_words.PLACE_WITHIN["czech republic"] == {"czechia"}
    # A city name several countries have is held by each of them, not by whichever country sorts first.
    assert {"costa rica", "us", "philippines"} <= matching_words.PLACE_WITHIN["san jose"]
    assert {"spain", "venezuela"} <= matching_words.PLACE_WITHIN["valencia"]
    assert set(gazetteer.COUNTRY_NAMES) <= set(matching_words.COUNTRY_PLACES)
    assert matching_words.COUNTRY_PLACES["DE"] == "germany" and matching_words.COUNTRY_PLACES["HU"] == "hungary"
    assert not {"reading", "mobile", "nice", "split", "essen", "derby"} & matching_words.WORLD_PLACES


# ---- purity and the benchmark's data --------------------------------------------------------------------------------


PURE = {"__future__", "re", "unicodedata", "bisect", "collections", "dataclasses", "functools", "sys", "rapidfuzz",
        "publicsuffixlist", "stdnum"}
RULE_MODULES = {"bot.rules.matching", "bot.rules.names", "bot.rules.matching_words", "bot.rules.legal_forms_data",
                "bot.rules.gazetteer", "bot.rules.public_suffixes", "bot.rules.registration", "bot.rules.contact_lines",
                "bot.rules.public_bodies"}


def _imports(module: str) -> set[str]:
    tree = ast.parse((Path(matching.__file__).parent / f"{module.rsplit('.', 1)[1]}.py").read_text())
    found = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            found |= {f"{node.module}.{a.name}" if node.module == "bot.rules" else node.module for a in node.names}
    return found


@pytest.mark.parametrize("module", sorted(RULE_MODULES))
def test_the_matcher_and_its_data_are_pure(module):
    # The word lists, legal forms, public suffixes and registration numbers are read from packages' bundled data at
    # import; nothing here touches the database, the network or the clock.
    for name in _imports(module):
        assert name in RULE_MODULES or name.split(".")[0] in PURE, name


def test_benchmark_data_is_deterministic_and_distinct():
    registry = matching_data.clients(3000)
    assert registry == matching_data.clients(3000)
    assert len({c.name for c in registry}) == len({c.external_id for c in registry}) == 3000
    assert matching_data.queries(registry, 200) == matching_data.queries(registry, 200)


def test_benchmark_queries_are_answered_precisely():
    registry = matching_data.clients(3000)
    m = Matcher(registry)
    answered = correct = 0
    for query in matching_data.queries(registry, 1500):
        found = m.match(query.text).match
        answered += found is not None
        correct += found is not None and found.external_id == query.expected
    assert correct / answered >= 0.99


# ---- the evaluation set ---------------------------------------------------------------------------------------------


def test_the_evaluation_set_covers_every_category_and_client_it_names():
    assert len(CASES) >= 250
    assert {c.category for c in CASES} >= {
        "exact", "case, punctuation, spacing", "legal form", "'The', & and 'and'", "accents", "alias", "initialism",
        "typo", "trailing place", "domain and URL", "subdomain", "email", "free mail", "person at company",
        "chat noise", "ambiguous", "near miss", "generic word", "not a client"}
    named = {c.expected for c in CASES if c.expected} | {s for c in CASES for s in c.among}
    assert named <= set(BY_SLUG)


@pytest.mark.parametrize("case", [c for c in CASES if c.expected is None], ids=lambda c: f"{c.category}: {c.query}")
def test_no_evaluation_query_without_a_client_gets_one(matcher, case):
    found = matcher.match(case.query)
    assert found.match is None
    assert set(case.among) <= {c.external_id for c in found.candidates}


@pytest.mark.parametrize("case", [c for c in CASES if c.person], ids=lambda c: c.query)
def test_evaluation_queries_name_their_person(matcher, case):
    assert matcher.match(case.query).person == case.person


def test_precision_and_recall_on_the_evaluation_set(matcher):
    tallies = evaluate(matcher)
    print("\n" + markdown(tallies))
    overall = tallies["overall"]
    assert overall.precision >= 0.99, overall.wrong
    assert overall.recall >= 0.90, overall.wrong


# ---- confusable pairs --------------------------------------------------------------------------------------------


PAIRS = [
    ClientEntry(1, "Tallis Insurance Australia Pty Ltd"), ClientEntry(2, "Tallis Insurance (NZ) Limited"),
    ClientEntry(3, "Reserve Fund of Australia"), ClientEntry(4, "Reserve Fund of New Zealand"),
    ClientEntry(5, "Orbost Shire Council"), ClientEntry(6, "Orbost Water"),
    ClientEntry(7, "Department of Rivers and Wetlands"), ClientEntry(8, "Rivers Authority"),
    ClientEntry(9, "Department of Lakes and Heritage"), ClientEntry(10, "Lakes and Heritage Trust"),
    ClientEntry(11, "Ministry of Primary Industries"),
    ClientEntry(12, "Yendon Institute of Technology"), ClientEntry(13, "Yendon Technical Institute"),
    ClientEntry(14, "Marrup University"), ClientEntry(15, "Marrup Institute for Applied Ocean Research"),
]


@pytest.mark.parametrize("query, expected", [
    ("Tallis NZ", 2), ("Tallis Insurance Wellington", 2), ("Tallis Insurance Perth", 1), ("Tallis", None),
    ("Tallis Insurance (Brisbane office)", 1), ("Reserve Fund Melbourne", None),
])
def test_a_place_typed_picks_one_of_a_brand_placed_in_two_countries(query, expected):
    assert answered_id(matcher_of(PAIRS), query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Orbost Council", 5), ("Shire of Orbost", 5), ("City of Orbost", 5), ("Orbost", None), ("Council", None),
    ("Orbost Regional Council", None),
])
def test_a_council_is_one_name_however_written(query, expected):
    assert answered_id(matcher_of(PAIRS), query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Rivers and Wetlands", 7), ("Rivers & Wetlands", 7), ("Rivers", None), ("Lakes and Heritage", None),
    ("Primary Industries", None),
])
def test_a_department_answers_to_its_paired_portfolio_alone(query, expected):
    assert answered_id(matcher_of(PAIRS), query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Yendon Tech Institute", None), ("Yendon Inst of Tech", 12), ("Yendon Institute", None),
    ("Yendon Technical Institute", 13), ("Marrup Institute", 15), ("Marrup Uni", 14), ("Marrup", None),
])
def test_names_with_the_same_words_ask_and_an_institute_answers_without_its_purpose(query, expected):
    assert answered_id(matcher_of(PAIRS), query) == expected


MORE_PAIRS = [
    ClientEntry(1, "Wandoo Technology Services Pty Ltd"), ClientEntry(2, "Wandoo Technology Solutions Pty Ltd"),
    ClientEntry(3, "Kerrup Surveying (NSW) Pty Ltd"), ClientEntry(4, "Kerrup Surveying Queensland Pty Ltd"),
    ClientEntry(5, "Yallan Credit Union Limited", country="GB"), ClientEntry(6, "Yallan Credit Union", country="CA"),
    ClientEntry(7, "North Tarwin Dental Clinic"), ClientEntry(8, "Tarwin North Dental Clinic"),
    ClientEntry(9, "City of Mirboo"), ClientEntry(10, "Mirboo Regional Council"),
    ClientEntry(11, "Coolart Farming Pty Ltd"), ClientEntry(12, "Coolart Education Limited"),
    ClientEntry(13, "Lindum Aviation Pty Ltd"), ClientEntry(14, "Lindum Aviation International Limited"),
    ClientEntry(15, "Gerang Property Management Pty Ltd"), ClientEntry(16, "Gerang Energy Pty Ltd"),
]


@pytest.mark.parametrize("query, expected", [
    # The words that tell two names apart, shortened, in another form, or as initials.
    ("Wandoo Tech Svcs", 1), ("Wandoo Technology Sols", 2), ("Wandoo Technology", None),
    ("Kerrup Surveyors NSW", 3), ("Gerang Property Mgmt", 15), ("Lindum Intl", 14), ("Lindum", None),
    ("Mirboo Reg. Council", 10),
    # A place typed that only one namesake's registered country holds.
    ("Yallan Credit Union UK", 5), ("Yallan Credit Union Manchester", 5), ("Yallan CU Canada", 6),
    ("Yallan Credit Union", None),
    # A possessive, and the people there.
    ("Gerang's energy team", 16), ("gerang property management team", 15),
    # The order of the words, when no "of" turns them round.
    ("Tarwin North", 8), ("North Tarwin", 7), ("tarwin north dental clinic", 8), ("Tarwin Dental", None),
    # Both councils are the place's.
    ("Mirboo Council", None), ("City of Mirboo", 9),
    # A word cut short without its stop may be another name's; words are not skipped at the start or before a
    # word of the name.
    ("Coolart Agri", None), ("Farming Coolart", 11), ("Technology Services", None),
])
def test_the_rest_of_the_words_tells_confusable_names_apart(query, expected):
    assert answered_id(matcher_of(MORE_PAIRS), query) == expected


THIRD_PAIRS = [
    ClientEntry(1, "Merrang Property Owners Association Inc"), ClientEntry(2, "Merrang Property Management Pty Ltd"),
    ClientEntry(3, "Department of Inland Ports"), ClientEntry(4, "Office of the Minister for Inland Ports"),
    ClientEntry(5, "1st Yarram Finance Pty Ltd"), ClientEntry(6, "Yarram Finance Pty Ltd"),
    ClientEntry(7, "Delta Building Automation Pty Ltd"), ClientEntry(8, "Delta Air Lines"),
    ClientEntry(9, "Wirrim Health Trust"), ClientEntry(10, "Wirrim Housing Limited"),
    ClientEntry(11, "Office of the Premier"),
]


@pytest.mark.parametrize("query, expected", [
    # Mid-name, only words the others sharing the first word have may be left off.
    ("Merrang Owners Association", 1), ("Delta Automation", None), ("Wirrim Trust", None),
    # An office is its holder's, "for" or "of" something, as people say it; and a possessive is the registry's word.
    ("Minister for Inland Ports", 4), ("Inland Ports Minister's Office", 4), ("Inland Ports Department", 3),
    ("Inland Ports", None), ("Premier", None),
    # An ordinal is one word however written.
    ("First Yarram Finance", 5), ("1st Yarram", 5), ("Yarram Finance", 6), ("FIRST YARRAM FINANCE PTY LTD", 5),
])
def test_the_third_round_of_confusable_names(query, expected):
    assert answered_id(matcher_of(THIRD_PAIRS), query) == expected


@pytest.mark.parametrize("query, expected", [
    # A registration number's label with its stops, and a signature that ends on a phone line.
    ("A.B.N. 48 123 123 124", 1), ("a.c.n. 123 123 124", 1), ("A.B.N. 48 123 123 125", None),
    ("Kind regards\nSam Ortiz\nProject Manager | Merrang Property Management\nM 0400 111 222", 2),
    ("Sam Ortiz | Merrang Property Management | Mob: +61 400 111 222", 2),
])
def test_dotted_registration_labels_and_signature_phone_lines(query, expected):
    registry = [ClientEntry(1, "Merrang Property Owners Association Inc", registration="48 123 123 124"),
                ClientEntry(2, "Merrang Property Management Pty Ltd")]
    assert answered_id(Matcher(registry), query) == expected


def test_a_council_and_a_portfolio_leave_the_index_with_their_client():
    matcher = Matcher(PAIRS)
    matcher.remove(5)
    matcher.remove(7)
    assert answered_id(matcher, "Orbost Council") is None
    assert answered_id(matcher, "Rivers and Wetlands") is None


FOURTH_PAIRS = [
    ClientEntry(1, "University of Ballarat", country="AU"), ClientEntry(2, "Ballarat University", country="GB"),
    ClientEntry(3, "Wandoo Börse AG", country="DE"), ClientEntry(4, "Wandoo Bank AG", country="DE"),
    ClientEntry(5, "Department of Lands, Victoria", country="AU"), ClientEntry(6, "Department of Lands and Water"),
    ClientEntry(7, "Victoria College of Arts", country="AU"),
]


@pytest.mark.parametrize("query, expected", [
    # Namesakes whose names hold the same place word are placed by their registered countries; "Ballarat University"
    # is how people say University of Ballarat, so the place typed tells them apart.
    ("Ballarat Uni Victoria", 1), ("Ballarat University Australia", 1), ("Ballarat University UK", 2),
    ("Ballarat University England", 2), ("Ballarat Uni", None), ("Ballarat University", None),
    # A typo before a trailing group word or place is corrected as in the name without it.
    ("Wandoo Boerse Group", 3), ("Wandoo Borse Group", 3), ("Wandoo Bnak Group", 4), ("Wandoo Group", None),
    # "Vic" is Victoria, as "Qld" is Queensland.
    ("Dept of Lands, Vic", 5), ("Department of Lands Victoria", 5), ("Vic College of Arts", 7),
    ("Victoria College of Arts", 7),
])
def test_the_fourth_round_of_confusable_names(query, expected):
    assert answered_id(matcher_of(FOURTH_PAIRS), query) == expected


SIXTH_PAIRS = [
    ClientEntry(1, "Five Oaks Capital Pty Ltd", country="AU"), ClientEntry(2, "5 Oaks Dental Pty Ltd", country="AU"),
    ClientEntry(3, "3V Materials Pty Ltd", country="AU"), ClientEntry(4, "Three Vales Water Ltd", country="GB"),
    ClientEntry(5, "Yallock Coffee International Pty Ltd", country="AU"),
    ClientEntry(6, "Brenton Hospitality Pty Ltd", aliases=("Yallock Coffee Ballarat",), country="AU"),
    ClientEntry(7, "Ferrier Civil Pty Ltd", country="AU"), ClientEntry(8, "Ostby Engineering AS", country="NO"),
    ClientEntry(9, "Ferrier Ostby JV", country="AU"), ClientEntry(10, "Quarry & Quarry Lawyers", country="AU"),
    ClientEntry(11, "Quarry Controls Inc.", country="US"),
]


@pytest.mark.parametrize("query, expected", [
    # A small number is a word either way, glued to the next word or not; numbers side by side stay numbers.
    ("5 Oaks Capital", 1), ("Five Oaks Dental", 2), ("5Oaks Dental", 2), ("Five Oaks", None), ("5 Oaks", None),
    ("Three V Materials", 3), ("3V Materials", 3), ("3 Vales Water", 4),
])
def test_small_numbers_are_read_as_words(query, expected):
    assert answered_id(matcher_of(SIXTH_PAIRS), query) == expected


@pytest.mark.parametrize("query, expected, offers", [
    # A brand an operator trades under in one place is the franchisor's name too: it asks, and offers both.
    ("Yallock Coffee", None, {5, 6}), ("Yallock Coffee Pty Ltd", None, {5, 6}), ("Yallock", None, {5, 6}),
    ("Yallock Coffee Ballarat", 6, {6}), ("Yallock Coffee International", 5, {5}),
    # A word inside a joint venture's name may mean the venture as much as the partner it starts.
    ("Ostby", None, {8, 9}), ("Ferrier", None, {7, 9}), ("Ostby Engineering", 8, {8}),
    # Not the client's own word twice over: "Quarry & Quarry" starts with it as Quarry Controls does.
    ("Quarry Controls", 11, {11}),
])
def test_a_brand_or_a_partner_named_alone_asks(query, expected, offers):
    found = matcher_of(SIXTH_PAIRS).match(query)
    assert answered_id(matcher_of(SIXTH_PAIRS), query) == expected
    assert offers <= {c.client_id for c in found.candidates}


@pytest.mark.parametrize("text, words", [
    ("5Oaks Dental", ("five", "oaks", "dental")), ("3V", ("three", "v")), ("7-Eleven", ("7", "eleven")),
    ("7-11", ("7", "11")), ("1st Tallis", ("first", "tallis")),
    ("11th Hour Plumbing", ("11th", "hour", "plumbing")), ("7th Ave Dental", ("seventh", "avenue", "dental")),
    ("Paris 11e Arrondissement", ("paris", "11e", "arrondissement")), ("Unit 2024", ("unit", "2024")),
])
def test_numbers_in_names_are_folded_only_when_small_and_alone(text, words):
    assert _analyse(text).words == words


SIXTH_ORDER = [
    ClientEntry(1, "Coral Trader Bank Limited", country="FJ"), ClientEntry(2, "Trader Coral Bank Ltd", country="SG"),
    ClientEntry(3, "Yarrabee Local Health District", country="AU"),
    ClientEntry(4, "Yarrabee Base Hospital", country="AU"),
    ClientEntry(5, "Yarrabee City College", country="AU"), ClientEntry(6, "Yarrabee University", country="AU"),
    ClientEntry(7, "Kooranga Staff Superannuation Fund", country="AU"), ClientEntry(8, "Kooranga Foundation"),
    ClientEntry(9, "Kooranga Building Automation", country="AU"), ClientEntry(10, "Kooranga Air", country="AU"),
]


@pytest.mark.parametrize("query, expected", [
    # A name typed whole, up to its legal form, outranks another with the same words in another order.
    ("Coral Trader Bank", 1), ("Trader Coral Bank", 2), ("Bank Coral Trader", None),
    # Their starts, typed in order, are each one's: the words in order are the evidence.
    ("Coral Trader", 1), ("Trader Coral", 2),
    # A word that only narrows a name ("Local", "City", "Staff") may be left off inside it; another word may not.
    ("Yarrabee Health", 3), ("Yarrabee Health District", 3), ("Yarrabee College", 5), ("Yarrabee Hospital", None),
    ("Kooranga Superannuation", 7), ("Kooranga Automation", None),
])
def test_word_order_and_words_left_off_inside_a_name(query, expected):
    assert answered_id(matcher_of(SIXTH_ORDER), query) == expected


SIXTH_SHORT = [
    ClientEntry(1, "Ferrier Ostby JV", country="AU"), ClientEntry(2, "Ferrier Civil Pty Ltd", country="AU"),
    ClientEntry(3, "Tumbarra Rovers Football Club", country="AU"), ClientEntry(4, "Tumbarra Dairies Limited"),
    ClientEntry(5, "Tumbarra Shire Council", country="AU"),
]


@pytest.mark.parametrize("query, expected", [
    # "Joint Venture" and "JV", "Football Club" and "FC", are one word either way.
    ("Ferrier Ostby Joint Venture", 1), ("Ferrier Ostby JV", 1), ("Tumbarra Rovers FC", 3),
    ("Tumbarra Rovers Football Club", 3),
    # The singular of a registry word in "-ies" is that word, as a plural in "-s" already was.
    ("Tumbarra Dairy", 4), ("Tumbarra Dairies", 4), ("Tumbarra", None),
])
def test_a_phrase_written_as_initials_and_a_singular_in_ies(query, expected):
    assert answered_id(matcher_of(SIXTH_SHORT), query) == expected
