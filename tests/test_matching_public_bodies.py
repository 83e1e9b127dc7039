"""Public bodies named by their portfolio, with the kind word swapped or a state or country typed (round five).

Table-driven against a small registry of its own: one portfolio in several jurisdictions, a body known only by its
government domain, and a company whose name holds a portfolio word but is no public body.
"""

from __future__ import annotations

import pytest

from bot.rules import public_bodies
from bot.rules.matching import ClientEntry
from bot.rules.names import _analyse
from tests.support.matching import answer, matcher_of

_BODIES = [
    ClientEntry(1, "Department of Health and Aged Care", "fed", domains=("health.gov.au",), country="AU"),
    ClientEntry(2, "Department of Health, Victoria", "vic", domains=("health.vic.gov.au",), country="AU"),
    ClientEntry(3, "NSW Ministry of Health", "nsw", aliases=("NSW Health",), domains=("health.nsw.gov.au",),
                country="AU"),
    ClientEntry(4, "Queensland Health", "qld", domains=("health.qld.gov.au",), country="AU"),
    ClientEntry(5, "Wexford Health Partners Pty Ltd", "wexford", domains=("wexfordhealth.com.au",), country="AU"),
    ClientEntry(6, "NZ Ministry of Health", "nzmin", domains=("health.govt.nz",), country="NZ"),
    ClientEntry(7, "Te Whatu Ora", "nzhealth", aliases=("Health NZ",), domains=("tewhatuora.govt.nz",), country="NZ"),
    ClientEntry(8, "Australian Taxation Office", "ato", domains=("ato.gov.au",), country="AU"),
    ClientEntry(9, "NSW Rural Fire Service", "rfs", domains=("rfs.nsw.gov.au",), country="AU"),
]


@pytest.mark.parametrize("query, expected", [
    # The one body of that portfolio in the jurisdiction typed, whatever its kind word or the order.
    ("NSW Health Department", "nsw"), ("Dept of Health NSW", "nsw"), ("Victorian Health Ministry", "vic"),
    ("Queensland Department of Health", "qld"), ("Australian Department of Health", "fed"),
    ("Australian Tax Office", "ato"), ("NSW Rural Fire Authority", "rfs"),
    # The kind word typed tells two bodies of one jurisdiction apart, or else the question stays open.
    ("NZ Health Ministry", "nzmin"), ("NZ Department of Health", None),
    # No jurisdiction typed: several jurisdictions' bodies, or a one-word portfolio every government has, ask.
    ("Health Department", None), ("Ministry of Health", None), ("Tax Office", None), ("Rural Fire Service", "rfs"),
    # A jurisdiction without such a body, a portfolio no body has, a company that is no body.
    ("Tasmanian Department of Health", None), ("NSW Department of Justice", None), ("Wexford Health Department", None),
    # ... though its letters read as a legal form ("SA"), or it is a country named or its people.
    ("Rural Fire Service SA", None), ("Australian Taxation Office Ireland", None), ("Irish Tax Office", None),
    # Names a client is called keep answering as before.
    ("NSW Health", "nsw"), ("Health NZ", "nzhealth"), ("Queensland Health", "qld"),
])
def test_a_public_body_by_its_portfolio_kind_and_jurisdiction(query, expected):
    assert answer(matcher_of(_BODIES), query) == expected


@pytest.mark.parametrize("query, offered", [
    ("Health Department", {"fed", "vic"}), ("NZ Department of Health", {"nzmin", "nzhealth"}),
])
def test_the_bodies_a_query_fits_are_offered_when_it_asks(query, offered):
    found = matcher_of(_BODIES).match(query)
    assert found.match is None and offered <= {c.external_id for c in found.candidates}


def _read(text: str) -> public_bodies.Body | None:
    return public_bodies.read(_analyse(text).words)


@pytest.mark.parametrize("text, kind, jurisdiction, portfolio", [
    ("NSW Ministry of Health", "ministry", "nsw", {"health"}),
    ("Victorian Dept of Education", "department", "vic", {"education"}),
    ("Department of Health and Aged Care", "department", None, {"health", "aged", "care"}),
    ("Australian Government Digital Health Agency", "agency", "australia", {"digital", "health"}),
    ("Health NZ", None, "nz", {"health"}),
])
def test_a_name_read_as_a_body(text, kind, jurisdiction, portfolio):
    assert _read(text) == public_bodies.Body(kind, jurisdiction, frozenset(portfolio))


@pytest.mark.parametrize("text", ["Department of", "Health Department Agency", "NSW Victoria Health", "Government"])
def test_words_that_read_as_no_body(text):
    assert _read(text) is None


@pytest.mark.parametrize("domains, jurisdiction", [
    (("health.vic.gov.au",), "vic"), (("health.gov.au",), "australia"), (("x.govt.nz",), "nz"),
    (("tc.gc.ca",), "canada"), (("health.gov.on.ca",), "ontario"), (("acme.com.au",), None),
    (("gov.au.acme.com",), None),
])
def test_a_government_zone_places_a_domain(domains, jurisdiction):
    assert public_bodies.government_zone(domains) == jurisdiction


@pytest.mark.parametrize("typed, theirs, same", [
    ("tax", "taxation", True), ("environmental", "environment", True), ("transport", "transportation", True),
    ("health", "health", True), ("tax", "taxi", False), ("art", "arts", True), ("ar", "ars", False),
])
def test_a_portfolio_word_said_another_way(typed, theirs, same):
    assert public_bodies.same_word(typed, theirs) is same


@pytest.mark.parametrize("word, others", [
    ("tax", {"taxation", "taxal", "taxs"}), ("environmental", {"environment", "environmentalation"}),
    ("arts", {"art"}), ("bus", set()),
])
def test_the_spellings_a_portfolio_word_is_looked_up_by(word, others):
    assert others <= public_bodies.spellings(word) and word in public_bodies.spellings(word)
    assert "bu" not in public_bodies.spellings("bus")


@pytest.mark.parametrize("text, look", [
    ("Statistics", True), ("Acme Logistics", False), ("NSW Acme Logistics", True), ("Acme Logistics Agency", True),
])
def test_only_a_query_that_may_name_a_body_is_looked_at(text, look):
    words = _analyse(text).words
    assert public_bodies.worth_a_look(public_bodies.read(words), len(words)) is look
