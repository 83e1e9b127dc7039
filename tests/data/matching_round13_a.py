"""Precision traps: texts that look like a registered client but are not it, beside texts that really are it.

About forty invented clients from Australia, New Zealand, the United Kingdom, Ireland, Canada, the United States,
Singapore, the Netherlands, Germany, France, Norway and Sweden, each built to be trapped: a brand registered in one
country beside an unrelated business of the same name in another; a client whose foundation, super fund, insurance
arm, sports club, holding company, staff union or former parent is not registered; firms named after their founders
beside people of the same name; firms named after suburbs, towns, rivers, mountains and landmarks beside the places
themselves; brands whose arenas, cups, awards, towers, apps and museums are not the client; pairs of registered
clients that look alike (one word different, one name extending another, shared initials, one brand registered in
two countries); and plausible unregistered organisations, generic phrases, job titles, free-mail domains and public
suffixes.

Written by hand from general knowledge of how organisations and people write names, before any tuning; the matcher
was not run on these queries. Most organisations are invented; a few real ones appear under their own names.
A script removed, unread, 6 rows that repeated another set's query.
"""

from __future__ import annotations

from bot.rules.matching import ClientEntry
from tests.data.matching_clients_unseen import CLIENTS_UNSEEN, Row, entries
from tests.data.matching_eval import Case, _cases

_ROWS: list[Row] = [
    # external_id, name, aliases, domains, country (ISO 3166 alpha-2), registration number or None
    # Namesakes abroad: registered in one country, an unrelated business of the same name elsewhere.
    ("a13brannock", "Brannock Joinery Ltd", (), ("brannockjoinery.ie",), "IE", None),
    ("a13selwood", "Selwood Dairy Co-operative Limited", (), ("selwooddairy.co.nz",), "NZ", None),
    ("a13oakhurst", "Oakhurst Veterinary Group Ltd", (), ("oakhurstvets.co.uk",), "GB", None),
    ("a13marchetti", "Marchetti Tiles Pty Ltd", (), ("marchettitiles.com.au",), "AU", None),
    ("a13nordvik", "Nordvik Marine AS", (), ("nordvikmarine.no",), "NO", None),
    ("a13kestner", "Kestner Bakery Inc.", (), ("kestnerbakery.com",), "US", None),
    ("a13orchidbay", "Orchid Bay Trading Pte. Ltd.", (), ("orchidbay.com.sg",), "SG", None),
    # Registered clients with unregistered siblings.
    ("a13ambrook", "Ambrook Retail Group Limited", (), ("ambrook.com.au",), "AU", None),
    ("a13tarnhill", "Tarnhill Building Society", (), ("tarnhill.co.uk",), "GB", None),
    ("a13waimaru", "Waimaru Forestry Limited", (), ("waimaruforestry.co.nz",), "NZ", None),
    ("a13dufresne", "Dufresne-Hale Energy Inc.", (), ("dufresnehale.ca",), "CA", None),
    ("a13glenmorrow", "Glenmorrow Health System", (), ("glenmorrowhealth.org",), "US", None),
    ("a13hoogland", "Hoogland Bouwgroep B.V.", (), ("hooglandbouw.nl",), "NL", None),
    # Firms named after people.
    ("a13lindgren", "Lindgren Advisory AB", (), ("lindgrenadvisory.se",), "SE", None),
    ("a13fairbairn", "Fairbairn & Cole Pty Ltd", (), ("fairbairncole.com.au",), "AU", None),
    ("a13mcintyre", "McIntyre Haulage Limited", (), ("mcintyrehaulage.co.nz",), "NZ", None),
    ("a13whitcombe", "Whitcombe Reyes LLP", (), ("whitcombereyes.com",), "US", None),
    ("a13gohkh", "Goh Kian Hock Engineering Pte. Ltd.", (), ("gkhengineering.com.sg",), "SG", None),
    ("a13oseibrennan", "Osei Brennan Architects Ltd", (), ("oseibrennan.co.uk",), "GB", None),
    # Firms named after places.
    ("a13yeronga", "Yeronga Timber Pty Ltd", (), ("yerongatimber.com.au",), "AU", None),
    ("a13condamine", "Condamine Agribusiness Pty Ltd", (), ("condamineag.com.au",), "AU", None),
    ("a13kaimanawa", "Kaimanawa Outdoor Gear Limited", (), ("kaimanawagear.co.nz",), "NZ", None),
    ("a13tenbury", "Tenbury Cider Company Ltd", (), ("tenburycider.co.uk",), "GB", None),
    ("a13kenora", "Kenora Freight Inc.", (), ("kenorafreight.ca",), "CA", None),
    ("a13merlion", "Merlion Logistics Pte. Ltd.", (), ("merlionlogistics.com.sg",), "SG", None),
    ("a13killara", "Killara Capital Pty Ltd", (), ("killaracapital.com.au",), "AU", None),
    # Brands with products, venues, events and awards named after them.
    ("a13vantora", "Vantora Energy Limited", (), ("vantora.com.au",), "AU", None),
    ("a13holmgate", "Holmgate Brewing Company Ltd", (), ("holmgatebrewing.co.uk",), "GB", None),
    ("a13calder", "Calder Mutual Insurance Company", (), ("caldermutual.com",), "US", None),
    ("a13fjellstad", "Fjellstad Kraft AS", (), ("fjellstadkraft.no",), "NO", None),
    ("a13aubertin", "Maison Aubertin SA", (), ("maison-aubertin.fr",), "FR", None),
    ("a13veltheim", "Veltheim Kabelwerke GmbH", (), ("veltheim-kabel.de",), "DE", None),
    # Confusable pairs, both registered.
    ("a13brantcap", "Brantwood Capital Pty Ltd", (), ("brantwoodcapital.com.au",), "AU", None),
    ("a13brantpart", "Brantwood Partners Pty Ltd", (), ("brantwoodpartners.com.au",), "AU", None),
    ("a13norrland", "Norrland Timber AB", (), ("norrlandtimber.se",), "SE", None),
    ("a13norrlandexp", "Norrland Timber Export AB", (), ("norrlandexport.se",), "SE", None),
    ("a13mkadv", "Marsden Kerr Advisory Pty Ltd", (), ("marsdenkerr.com.au",), "AU", None),
    ("a13mkagg", "Mount Kembla Aggregates Pty Ltd", (), ("mkaggregates.com.au",), "AU", None),
    ("a13ravuk", "Ravelston Insurance UK Limited", (), ("ravelston.co.uk",), "GB", None),
    ("a13ravie", "Ravelston Insurance DAC", (), ("ravelston.ie",), "IE", None),
    ("a13vossca", "Vossberg Equipment Ltd.", (), ("vossberg.ca",), "CA", None),
    ("a13vossus", "Vossberg Equipment, Inc.", (), ("vossbergequipment.com",), "US", None),
]

R13A_CLIENTS: tuple[ClientEntry, ...] = CLIENTS_UNSEEN + entries(_ROWS, 17001)

NAMESAKE_ABROAD = _cases(
    "namesake abroad",
    [
        ("Brannock Joinery, Cork", "a13brannock"),
        ("brannockjoinery.ie", "a13brannock"),
        ("orders@brannockjoinery.ie", "a13brannock"),
        ("Brannock Joinery Ltd (Ireland)", "a13brannock"),
        ("Brannock Joinery Inc., Columbus, Ohio", None),
        ("Brannock Device Company, Liverpool NY", None),
        ("Selwood Dairy Co-op, Waikato", "a13selwood"),
        ("Selwood Dairy NZ", "a13selwood"),
        ("accounts@selwooddairy.co.nz", "a13selwood"),
        ("Selwood Dairy Farm, Frome, Somerset", None),
        ("selwooddairy.co.uk", None),
        ("Oakhurst Veterinary Group, Horsham", "a13oakhurst"),
        ("Oakhurst Vets UK", "a13oakhurst"),
        ("oakhurstvets.co.uk", "a13oakhurst"),
        ("Oakhurst Veterinary Hospital, Oakhurst NJ", None),
        ("Marchetti Tiles Perth", "a13marchetti"),
        ("Marchetti Tiles WA", "a13marchetti"),
        ("Ceramiche Marchetti S.r.l., Sassuolo", None),
        ("Marchetti Tile & Stone, Toronto ON", None),
        ("Nordvik Marine, Ålesund", "a13nordvik"),
        ("post@nordvikmarine.no", "a13nordvik"),
        ("Nordvik Marine Supply, Ballard, Seattle", None),
        ("Nordvik Marine Sdn Bhd (Malaysia)", None),
        ("Kestner Bakery Milwaukee", "a13kestner"),
        ("Kestner Bakery Inc.", "a13kestner"),
        ("Kestner Bakery, Adelaide SA", None),
        ("Bäckerei Kestner Leipzig", None),
        ("Orchid Bay Trading Singapore", "a13orchidbay"),
        ("orchidbay.com.sg", "a13orchidbay"),
        ("Orchid Bay Trading LLC, Miami FL", None),
        ("Orchid Bay Trading Co. (Bangkok)", None),
    ],
)

UNREGISTERED_SIBLING = _cases(
    "unregistered sibling",
    [
        ("Ambrook Retail Group", "a13ambrook"),
        ("Ambrook Retail Group Ltd", "a13ambrook"),
        ("Ambrook Retail", "a13ambrook"),
        ("Ambrook Group", "a13ambrook"),
        ("Ambrook", "a13ambrook"),
        ("Ambrook Foundation", None),
        ("Ambrook Staff Superannuation Fund", None),
        ("Ambrook Holdings Pty Ltd", None),
        ("Ambrook Staff Association", None),
        ("The Tarnhill Building Society", "a13tarnhill"),
        ("Tarnhill BS", "a13tarnhill"),
        ("Tarnhill", "a13tarnhill"),
        ("Tarnhill Insurance Services Ltd", None),
        ("Tarnhill Charitable Foundation", None),
        ("Tarnhill RFC", None),
        ("Waimaru Forestry Ltd", "a13waimaru"),
        ("Waimaru Forestry", "a13waimaru"),
        ("Waimaru Forestry Trust", None),
        ("Waimaru Holdings Limited", None),
        ("Waimaru Forestry Workers Union", None),
        ("Dufresne-Hale Energy", "a13dufresne"),
        ("Dufresne Hale Energy Inc", "a13dufresne"),
        ("Dufresne-Hale", "a13dufresne"),
        ("Hale Petroleum Corporation", None),
        ("Dufresne-Hale Energy Foundation", None),
        ("Dufresne-Hale Pension Plan", None),
        ("Glenmorrow Health", "a13glenmorrow"),
        ("Glenmorrow Health System, Inc.", "a13glenmorrow"),
        ("Glenmorrow Health Plan", None),
        ("Glenmorrow Health Foundation", None),
        ("Glenmorrow Nurses United", None),
        ("Hoogland Bouwgroep", "a13hoogland"),
        ("Hoogland Bouwgroep BV", "a13hoogland"),
        ("Hoogland Bouw", "a13hoogland"),
        ("Pensioenfonds Hoogland Bouw", None),
        ("Hoogland Holding B.V.", None),
    ],
)

PERSON_LIKE_CLIENT = _cases(
    "person named like a client",
    [
        ("Karin Lindgren", None),
        ("Lindgren, Per", None),
        ("ask Erik Lindgren about this", None),
        ("Astrid Lindgren", None),
        ("Lindgren Advisory", "a13lindgren"),
        ("Per Lindgren, partner at Lindgren Advisory AB", "a13lindgren"),
        ("Dr Helen Fairbairn", None),
        ("Fairbairn, Tom", None),
        ("email Tom Fairbairn", None),
        ("Fairbairn and Cole", "a13fairbairn"),
        ("Tom Fairbairn (Fairbairn & Cole)", "a13fairbairn"),
        ("Fiona McIntyre", None),
        ("McIntyre Haulage", "a13mcintyre"),
        ("McIntyre Haulage Ltd, Invercargill", "a13mcintyre"),
        ("Judge Maria Reyes", None),
        ("Whitcombe, Daniel", None),
        ("Whitcombe & Reyes LLP", "a13whitcombe"),
        ("Daniel Whitcombe, managing partner, Whitcombe Reyes", "a13whitcombe"),
        ("Mr Goh Kian Hock", None),
        ("Goh Kian Hock Engineering", "a13gohkh"),
        ("gkhengineering.com.sg", "a13gohkh"),
        ("Kofi Osei", None),
        ("Niamh Brennan", None),
        ("Osei Brennan Architects, Manchester", "a13oseibrennan"),
        ("ask Sophie Calder", None),
        ("Dr Sam Brantwood", None),
        ("Tony Marchetti", None),
        ("Hannah Ambrook", None),
    ],
)

PLACE_LIKE_CLIENT = _cases(
    "place named like a client",
    [
        ("Yeronga QLD 4104", None),
        ("Yeronga railway station", None),
        ("weather in Yeronga", None),
        ("Yeronga Timber", "a13yeronga"),
        ("yerongatimber.com.au", "a13yeronga"),
        ("Condamine River flood warning", None),
        ("Condamine River", None),
        ("Condamine Agribusiness", "a13condamine"),
        ("Condamine Agri Pty Ltd", "a13condamine"),
        ("Kaimanawa Forest Park", None),
        ("Kaimanawa Range", None),
        ("Kaimanawa Outdoor Gear", "a13kaimanawa"),
        ("Kaimanawa Outdoor", "a13kaimanawa"),
        ("Tenbury Town Council", None),
        ("Tenbury Wells, Worcestershire WR15", None),
        ("Tenbury Cider", "a13tenbury"),
        ("The Tenbury Cider Co.", "a13tenbury"),
        ("City of Kenora", None),
        ("Kenora, ON", None),
        ("Kenora Freight", "a13kenora"),
        ("Kenora Freight Inc., Thunder Bay depot", "a13kenora"),
        ("Merlion Park", None),
        ("Merlion Logistics", "a13merlion"),
        ("ops@merlionlogistics.com.sg", "a13merlion"),
        ("Killara NSW 2071", None),
        ("Killara station", None),
        ("Killara Capital", "a13killara"),
        ("Mount Kembla NSW", None),
        ("Mount Kembla mine disaster", None),
    ],
)

PRODUCT_VENUE_EVENT = _cases(
    "product, venue or event",
    [
        ("Vantora Arena", None),
        ("Vantora Stadium Perth", None),
        ("Vantora Women's Cup 2026", None),
        ("Vantora Energy Tower lobby", None),
        ("Vantora Energy head office", "a13vantora"),
        ("Vantora Energy", "a13vantora"),
        ("Holmgate Pale Ale", None),
        ("Holmgate Beer Festival 2026", None),
        ("Holmgate Cup 2026", None),
        ("Holmgate Brewing", "a13holmgate"),
        ("Holmgate Brewing Co. head office, Sheffield", "a13holmgate"),
        ("Calder Mutual Field", None),
        ("Calder Mutual mobile app", None),
        ("Calder Mutual Insurance", "a13calder"),
        ("Calder Mutual corporate headquarters", "a13calder"),
        ("Fjellstad Kraft Arena", None),
        ("Fjellstadprisen 2025", None),
        ("Fjellstad Kraft AS", "a13fjellstad"),
        ("Musée Aubertin", None),
        ("Prix Maison Aubertin 2026", None),
        ("Maison Aubertin", "a13aubertin"),
        ("Maison Aubertin, siège social", "a13aubertin"),
        ("Veltheim-Halle", None),
        ("Veltheim Kabel Open 2026", None),
        ("Veltheim Kabelwerke", "a13veltheim"),
        ("Veltheim Kabelwerke GmbH Hauptverwaltung", "a13veltheim"),
    ],
)

CONFUSABLE_PAIR = _cases(
    "confusable pair",
    [
        ("Brantwood Capital", "a13brantcap"),
        ("Brantwood Capital Pty Ltd", "a13brantcap"),
        ("Brantwood Partners", "a13brantpart"),
        ("brantwoodpartners.com.au", "a13brantpart"),
        ("Brantwood Pty Ltd", None, ("a13brantcap", "a13brantpart")),
        ("Brantwood Group", None, ("a13brantcap", "a13brantpart")),
        ("Norrland Timber Export AB", "a13norrlandexp"),
        ("Norrland Timber Export", "a13norrlandexp"),
        ("Norrland Timber AB", "a13norrland"),
        ("norrlandtimber.se", "a13norrland"),
        ("Norrland Timber", None, ("a13norrland", "a13norrlandexp")),
        ("Marsden Kerr Advisory", "a13mkadv"),
        ("Marsden Kerr", "a13mkadv"),
        ("Mount Kembla Aggregates", "a13mkagg"),
        ("Kembla Aggregates", "a13mkagg"),
        ("MKA", None, ("a13mkadv", "a13mkagg")),
        ("MKA Pty Ltd", None, ("a13mkadv", "a13mkagg")),
        ("Ravelston Insurance DAC", "a13ravie"),
        ("Ravelston Insurance, Dublin", "a13ravie"),
        ("ravelston.co.uk", "a13ravuk"),
        ("Ravelston Insurance UK", "a13ravuk"),
        ("Ravelston Insurance", None, ("a13ravuk", "a13ravie")),
        ("Ravelston", None, ("a13ravuk", "a13ravie")),
        ("Vossberg Equipment Inc.", "a13vossus"),
        ("Vossberg Equipment (Denver, CO)", "a13vossus"),
        ("Vossberg Equipment Ltd., Calgary AB", "a13vossca"),
        ("vossberg.ca", "a13vossca"),
        ("Vossberg Equipment", None, ("a13vossca", "a13vossus")),
        ("Vossberg Equipment North America", None, ("a13vossca", "a13vossus")),
        ("Vanterpool Insurance, Zürich", "vanterch"),
    ],
)

NEGATIVE = _cases(
    "negative",
    [
        ("Pinegrove Dental Studio", None),
        ("Harcourt Lane Accountants", None),
        ("Eastmere Plumbing Services", None),
        ("Fjordlys Havbruk AS", None),
        ("Saint-Aubin Conseil SARL", None),
        ("Kirkwall Freight Ltd", None),
        ("Cathay Pacific", None),
        ("Tesco PLC", None),
        ("Group Holdings Pty Ltd", None),
        ("Consulting Services Limited", None),
        ("Holding B.V.", None),
        ("the new client in Ottawa", None),
        ("jane.doe@outlook.com", None),
        ("bigpond.com", None),
        ("xtra.co.nz", None),
        ("hotmail.co.uk", None),
        ("gmx.de", None),
        ("com.sg", None),
    ],
)

R13A: tuple[Case, ...] = tuple(
    NAMESAKE_ABROAD
    + UNREGISTERED_SIBLING
    + PERSON_LIKE_CLIENT
    + PLACE_LIKE_CLIENT
    + PRODUCT_VENUE_EVENT
    + CONFUSABLE_PAIR
    + NEGATIVE
)
