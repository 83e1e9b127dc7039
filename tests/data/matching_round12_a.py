"""Round 12, set A: branches, outlets and places: naming one site of a registered client, against naming another.

The queries name one site, branch, outlet, franchise or office of a registered client the way people and systems
write it: a franchise outlet with its suburb or town ("<Brand> <Suburb>", "<Brand> - <Town> store", store numbers), a
practice or clinic with its location, a council depot or service centre, a university campus, a regional office, a
head office in brackets, a site code, a store in a shopping centre, a hotel of a chain at a place, a "<Client>
(<State>)" CRM duplicate, and a place written before the name ("Geelong <Client>"), with small suburbs and towns no
world gazetteer holds. Beside them stand the near misses: a separately registered franchisee that is its own client,
a namesake in another town or country that is a different business, a place that is also a firm's name (and a firm's
name that is also a place), venues and malls named after or beside a client, two registered branches of one brand
that must be asked about unless the place settles it, and plain place names and street addresses that name no
client. Organisations are in Australia, New Zealand, the UK, Ireland, Canada, the US, Singapore and Europe.

Written by hand from general knowledge of how organisations and people write names, before any tuning; the matcher
was not run on these queries. Most organisations are invented; a few real ones appear under their own names.
A script removed, unread, 8 rows that repeated another set's query or named one of 2 clients another set had
added too, and those clients.
"""

from __future__ import annotations

from bot.rules.matching import ClientEntry
from tests.data.matching_clients_unseen import CLIENTS_UNSEEN, Row, entries
from tests.data.matching_eval import Case, _cases

_ROWS: list[Row] = [
    # external_id, name, aliases, domains, country (ISO 3166 alpha-2), registration number or None
    # Australia: franchise brands and a separately registered franchisee.
    ("a12tumble", "Tumbleweed Bakehouse Franchising Pty Ltd", (), ("tumbleweedbakehouse.com.au",), "AU", None),
    ("a12moorabool", "Moorabool Foods Pty Ltd", ("Tumbleweed Bakehouse Ballarat",), ("mooraboolfoods.com.au",), "AU",
     None),
    ("a12kooka", "Kookaburra Mowing Franchises Pty Ltd", (), ("kookaburramowing.com.au",), "AU", None),
    ("a12hatch", "Little Hatchlings Early Learning Pty Ltd", (), ("littlehatchlings.com.au",), "AU", None),
    ("a12saltbush", "Saltbush Motor Inns Pty Ltd", (), ("saltbushmotorinns.com.au",), "AU", None),
    ("a12brightlane", "Brightlane Optical Pty Ltd", (), ("brightlaneoptical.com.au",), "AU", None),
    # Australia: namesakes in two towns, and one brand run by two companies.
    ("a12rbwagga", "Riverbend Dental Wagga Wagga Pty Ltd", (), ("riverbenddentalwagga.com.au",), "AU", None),
    ("a12rbbunbury", "Riverbend Dental Bunbury Pty Ltd", (), ("riverbenddental.com.au",), "AU", None),
    ("a12coastnb", "Coastline Physiotherapy Northern Beaches Pty Ltd", (), ("coastlinephysio.com.au",), "AU", None),
    ("a12coastcc", "Coastline Physiotherapy Central Coast Pty Ltd", (), ("coastlinephysiocc.com.au",), "AU", None),
    ("a12ironwa", "Ironside Fencing (WA) Pty Ltd", (), ("ironsidefencing.com.au",), "AU", None),
    ("a12ironsa", "Ironside Fencing (SA) Pty Ltd", (), ("ironsidefencingsa.com.au",), "AU", None),
    # Australia: councils, universities, offices, sites, and firms named after places.
    ("a12moorakyne", "Moorakyne Shire Council", (), ("moorakyne.vic.gov.au",), "AU", None),
    ("a12goldcoast", "Council of the City of Gold Coast", ("City of Gold Coast",), ("cityofgoldcoast.com.au",), "AU",
     None),
    ("a12feduni", "Federation University Australia", ("FedUni",), ("federation.edu.au",), "AU", None),
    ("a12calder", "Calder Finch Lawyers Pty Ltd", (), ("calderfinch.com.au",), "AU", None),
    ("a12harcourt", "Harcourt Timber Supplies Pty Ltd", (), ("harcourttimber.com.au",), "AU", None),
    ("a12kallista", "Kallista Cold Chain Pty Ltd", (), ("kallistacoldchain.com.au",), "AU", None),
    ("a12toorak", "Toorak Capital Pty Ltd", (), ("toorakcapital.com.au",), "AU", None),
    ("a12hornsby", "Hornsby Plumbing & Gas Pty Ltd", (), ("hornsbyplumbing.com.au",), "AU", None),
    ("a12tallangatta", "Tallangatta Veterinary Clinic Pty Ltd", (), ("tallangattavet.com.au",), "AU", None),
    ("a12strz", "Strzelecki Rural Supplies Pty Ltd", (), ("strzeleckirural.com.au",), "AU", None),
    ("a12gveye", "Goulburn Valley Eye Clinic Pty Ltd", (), ("gveyeclinic.com.au",), "AU", None),
    # New Zealand.
    ("a12tidewater", "Tidewater Hotels Limited", (), ("tidewaterhotels.co.nz",), "NZ", None),
    ("a12lakeland", "Lakeland Hospitality Limited", ("Tidewater Hotel Rotorua",), ("lakelandhospitality.co.nz",),
     "NZ", None),
    ("a12tuivets", "Tūī Vets Limited", (), ("tuivets.co.nz",), "NZ", None),
    ("a12kowhai", "Kōwhai Pharmacy Group Limited", (), ("kowhaipharmacy.co.nz",), "NZ", None),
    ("a12kowhaite", "Te Awamutu Kōwhai Pharmacy Limited", (), (), "NZ", None),
    ("a12hauraki", "Hauraki Plains Engineering Limited", (), ("hpeng.co.nz",), "NZ", None),
    ("a12riverside", "Riverside Family Practice Limited", (), ("riversidefp.co.nz",), "NZ", None),
    ("a12pukeketp", "Pūkeko Early Learning (Te Puke) Limited", (), ("pukekoelc.co.nz",), "NZ", None),
    ("a12pukekokk", "Pūkeko Early Learning (Katikati) Limited", (), ("pukekokatikati.co.nz",), "NZ", None),
    # United Kingdom.
    ("a12brackley", "Brackley & Holt LLP", (), ("brackleyholt.co.uk",), "GB", None),
    ("a12pennine", "Pennine Lodge Hotels Ltd", (), ("penninelodge.co.uk",), "GB", None),
    ("a12holme", "Holme Valley Veterinary Practice Ltd", (), ("holmevalleyvets.co.uk",), "GB", None),
    ("a12nyorks", "North Yorkshire Council", (), ("northyorks.gov.uk",), "GB", None),
    ("a12sevenoaks", "Sevenoaks Wealth Partners LLP", (), ("sevenoakswealth.co.uk",), "GB", None),
    ("a12calloway", "Calloway Shoes Ltd", (), ("callowayshoes.co.uk",), "GB", None),
    ("a12hillotley", "Hillside Vets (Otley) Ltd", (), ("hillsidevetsotley.co.uk",), "GB", None),
    ("a12hillilkley", "Hillside Vets (Ilkley) Ltd", (), ("hillsidevetsilkley.co.uk",), "GB", None),
    # Ireland.
    ("a12kavanagh", "Kavanagh's Pharmacy Limited", (), ("kavanaghspharmacy.ie",), "IE", None),
    ("a12clewbay", "Clew Bay Seafoods Limited", (), ("clewbayseafoods.ie",), "IE", None),
    ("a12corkcoco", "Cork County Council", (), ("corkcoco.ie",), "IE", None),
    # Canada.
    ("a12cantire", "Canadian Tire Corporation, Limited", (), ("corp.canadiantire.ca",), "CA", None),
    ("a12mapleridge", "Maple Ridge Auto Group Inc.", (), ("mapleridgeauto.ca",), "CA", None),
    ("a12fundy", "Fundy Shore Credit Union Limited", (), ("fundyshorecu.ca",), "CA", None),
    ("a12muskhv", "Muskoka Family Dental (Huntsville) Professional Corporation", (), ("muskokadental.ca",), "CA",
     None),
    ("a12muskbb", "Muskoka Family Dental (Bracebridge) Professional Corporation", (), ("muskokadentalbb.ca",), "CA",
     None),
    # United States.
    ("a12bitterroot", "Bitterroot Coffee Co.", (), ("bitterrootcoffee.com",), "US", None),
    ("a12cascade", "Cascade Urgent Care, LLC", (), ("cascadeurgentcare.com",), "US", None),
    # Singapore.
    ("a12goldenlotus", "Golden Lotus Dim Sum Pte. Ltd.", (), ("goldenlotusdimsum.com.sg",), "SG", None),
    ("a12kimhocktp", "Kim Hock Kopitiam (Tampines) Pte. Ltd.", (), (), "SG", None),
    ("a12kimhockbd", "Kim Hock Kopitiam (Bedok) Pte. Ltd.", (), (), "SG", None),
    ("a12northpoint", "Northpoint Dental Surgery Pte. Ltd.", (), ("northpointdental.com.sg",), "SG", None),
    ("a12seletar", "Seletar Aero Engineering Pte. Ltd.", (), ("seletaraero.com.sg",), "SG", None),
    # Europe.
    ("a12hofmann", "Bäckerei Hofmann GmbH & Co. KG", (), ("baeckerei-hofmann.de",), "DE", None),
    ("a12swm", "Stadtwerke München GmbH", ("SWM",), ("swm.de",), "DE", None),
    ("a12vandijk", "Van Dijk Fietsen B.V.", (), ("vandijkfietsen.nl",), "NL", None),
    ("a12vandijkutr", "Van Dijk Fietsen Utrecht B.V.", (), ("vandijkfietsenutrecht.nl",), "NL", None),
    ("a12optique", "Optique Lumière SAS", (), ("optique-lumiere.fr",), "FR", None),
]

R12A_CLIENTS: tuple[ClientEntry, ...] = CLIENTS_UNSEEN + entries(_ROWS, 15501)

FRANCHISE_OUTLET = _cases("franchise outlet", [
    ("Tumbleweed Bakehouse Mornington", "a12tumble"),
    ("tumbleweed bakehouse - warrnambool store", "a12tumble"),
    ("Tumbleweed Bakehouse #112 Traralgon", "a12tumble"),
    ("Tumbleweed Bakehouse Port Macquarie", "a12tumble"),
    ("Bendigo Tumbleweed", "a12tumble"),
    ("Kookaburra Mowing Frankston", "a12kooka"),
    ("kookaburra mowing newcastle", "a12kooka"),
    ("Shepparton Kookaburra Mowing", "a12kooka"),
    ("Little Hatchlings Tea Gardens", "a12hatch"),
    ("little hatchlings childcare yackandandah", "a12hatch"),
    ("Kōwhai Pharmacy Cambridge", "a12kowhai"),
    ("Van Dijk Fietsen Amersfoort", "a12vandijk"),
    ("Bäckerei Hofmann Filiale Schwabing", "a12hofmann"),
    ("Baeckerei Hofmann Muenchen-Pasing", "a12hofmann"),
    ("Bitterroot Coffee Missoula", "a12bitterroot"),
    ("Bitterroot Coffee - Hamilton MT store", "a12bitterroot"),
    ("Canadian Tire store #245 Kamloops", "a12cantire"),
    ("canadian tire delta bc", "a12cantire"),
    ("Toowoomba Bunnings", "bunnings"),
    ("7-Eleven Hornsby", "seven"),
])

SEPARATE_FRANCHISEE = _cases("separate franchisee", [
    ("Tumbleweed Bakehouse Ballarat", "a12moorabool"),
    ("Ballarat Tumbleweed", "a12moorabool"),
    ("Moorabool Foods", "a12moorabool"),
    ("Tumbleweed Bakehouse", "a12tumble"),
    ("Tidewater Hotel Rotorua", "a12lakeland"),
    ("tidewater rotorua", "a12lakeland"),
    ("Te Awamutu Kōwhai Pharmacy", "a12kowhaite"),
    ("Kowhai Pharmacy Te Awamutu", "a12kowhaite"),
    ("Kōwhai Pharmacy", "a12kowhai"),
    ("Van Dijk Fietsen Utrecht", "a12vandijkutr"),
    ("van dijk fietsen utrecht centrum", "a12vandijkutr"),
    ("Van Dijk Fietsen", "a12vandijk"),
    ("Geelong Kettlewood Coffee", "brisco"),
])

CLINIC = _cases("clinic and practice", [
    ("Tallangatta Vet Clinic", "a12tallangatta"),
    ("Tūī Vets Levin", "a12tuivets"),
    ("Tui Vets - Ōtaki clinic", "a12tuivets"),
    ("Goulburn Valley Eye Clinic - Shepparton rooms", "a12gveye"),
    ("GV Eye Clinic Shepparton", "a12gveye"),
    ("Northpoint Dental Yishun", "a12northpoint"),
    ("Holme Valley Vets Honley surgery", "a12holme"),
    ("Holme Valley Veterinary Practice, Holmfirth", "a12holme"),
    ("Cascade Urgent Care - Redmond OR", "a12cascade"),
    ("Riverside Family Practice", "a12riverside"),
    ("Kavanagh's Pharmacy Naas", "a12kavanagh"),
    ("kavanaghs pharmacy newbridge", "a12kavanagh"),
])

COUNCIL_CAMPUS = _cases("council and campus", [
    ("Moorakyne Shire Council works depot", "a12moorakyne"),
    ("Shire of Moorakyne - Corrigil depot", "a12moorakyne"),
    ("City of Gold Coast Nerang depot", "a12goldcoast"),
    ("North Yorkshire Council - County Hall Northallerton", "a12nyorks"),
    ("North Yorks Council Selby office", "a12nyorks"),
    ("Cork County Council Clonakilty area office", "a12corkcoco"),
    ("Cork Co Co Mallow", "a12corkcoco"),
    ("Federation Uni Mt Helen campus", "a12feduni"),
    ("FedUni Gippsland (Churchill)", "a12feduni"),
    ("Deakin Waurn Ponds", "deakin"),
    ("Monash Clayton campus", "monash"),
    ("Charles Sturt Uni Wagga", "csu"),
])

REGIONAL_OFFICE = _cases("regional office", [
    ("Calder Finch Lawyers - Bendigo office", "a12calder"),
    ("calder finch castlemaine", "a12calder"),
    ("Brackley & Holt - Chipping Norton office", "a12brackley"),
    ("Brackley and Holt Witney", "a12brackley"),
    ("Fundy Shore CU Wolfville branch", "a12fundy"),
    ("Maple Ridge Auto Group – Langley location", "a12mapleridge"),
    ("Sevenoaks Wealth Partners Tunbridge Wells office", "a12sevenoaks"),
    ("Hauraki Plains Engineering Ngatea", "a12hauraki"),
    ("Strzelecki Rural - Mirboo North store", "a12strz"),
    ("Clew Bay Seafoods Westport", "a12clewbay"),
    ("Stadtwerke München Heizkraftwerk Nord", "a12swm"),
    ("Centrelink Dandenong", "servicesaus"),
])

HEAD_OFFICE_SITE = _cases("head office and site", [
    ("Tumbleweed Bakehouse (Head Office)", "a12tumble"),
    ("Harcourt Timber Supplies (Head Office)", "a12harcourt"),
    ("Harcourt Timber - Castlemaine yard", "a12harcourt"),
    ("Kōwhai Pharmacy (Support Office)", "a12kowhai"),
    ("Kavanagh's Pharmacy (Head Office, Naas)", "a12kavanagh"),
    ("Kallista Cold Chain – Site DAN02 (Dandenong South)", "a12kallista"),
    ("KALLISTA COLD CHAIN LAVERTON NTH LVN01", "a12kallista"),
    ("Seletar Aero Engineering Hangar 3", "a12seletar"),
    ("Woolworths Store 3182 Leongatha", "woolworths"),
])

MALL_STORE = _cases("mall store", [
    ("Brightlane Optical Westfield Chermside", "a12brightlane"),
    ("Brightlane Optical - Chadstone Shopping Centre", "a12brightlane"),
    ("brightlane optical macquarie centre", "a12brightlane"),
    ("Brightlane Optical Stockland Wendouree", "a12brightlane"),
    ("Calloway Shoes Meadowhall", "a12calloway"),
    ("Golden Lotus Dim Sum @ Jurong Point", "a12goldenlotus"),
    ("Optique Lumière Lyon Part-Dieu", "a12optique"),
    ("optique lumiere - centre commercial Confluence", "a12optique"),
    ("Flight Centre Stockland Wendouree", "flightcentre"),
    ("Stockland Wendouree", "stockland"),
])

HOTEL = _cases("hotel at a place", [
    ("Tidewater Hotel Queenstown", "a12tidewater"),
    ("Tidewater Napier", "a12tidewater"),
    ("Tidewater Hotel Auckland Airport", "a12tidewater"),
    ("Pennine Lodge Hotel Skipton", "a12pennine"),
    ("Pennine Lodge - Hebden Bridge", "a12pennine"),
    ("Saltbush Motor Inn Hay", "a12saltbush"),
    ("Belvista Hotel Porto", "belvista"),
])

STATE_DUPLICATE = _cases("state duplicate", [
    ("Kallista Cold Chain (VIC)", "a12kallista"),
    ("Harcourt Timber Supplies (VIC)", "a12harcourt"),
    ("Brightlane Optical (QLD)", "a12brightlane"),
    ("Calder Finch Lawyers (Vic)", "a12calder"),
    ("Hornsby Plumbing & Gas (NSW)", "a12hornsby"),
])

PLACE_IN_NAME = _cases("place in name", [
    ("Toorak Capital - Collins St office", "a12toorak"),
    ("Coles Toorak Village", "coles"),
    ("ANZ Toorak branch", "anz"),
    ("Hornsby Plumbing", "a12hornsby"),
    ("Harbour City Plumbing Hornsby", "harbourcity"),
    ("Brackley & Holt", "a12brackley"),
    ("Goulburn Valley Eye Clinic", "a12gveye"),
    ("Bendigo Bank Castlemaine branch", "bendigo"),
    ("Stadtwerke Muenchen", "a12swm"),
])

CONFUSABLE_PAIR = _cases("confusable pair", [
    ("Riverbend Dental", None, ("a12rbwagga", "a12rbbunbury")),
    ("riverbend dental pty ltd", None, ("a12rbwagga", "a12rbbunbury")),
    ("Riverbend Dental Australia", None, ("a12rbwagga", "a12rbbunbury")),
    ("Riverbend Dental Wagga", "a12rbwagga"),
    ("wagga riverbend dental", "a12rbwagga"),
    ("Riverbend Dental (NSW)", "a12rbwagga"),
    ("Riverbend Dental Bunbury", "a12rbbunbury"),
    ("riverbend dental WA", "a12rbbunbury"),
    ("Coastline Physiotherapy", None, ("a12coastnb", "a12coastcc")),
    ("coastline physio", None, ("a12coastnb", "a12coastcc")),
    ("Coastline Physio Pty Ltd", None, ("a12coastnb", "a12coastcc")),
    ("Coastline Physiotherapy NSW", None, ("a12coastnb", "a12coastcc")),
    ("Coastline Physio Manly", "a12coastnb"),
    ("Coastline Physio Gosford", "a12coastcc"),
    ("coastline physio erina", "a12coastcc"),
    ("Ironside Fencing", None, ("a12ironwa", "a12ironsa")),
    ("ironside fencing pty ltd", None, ("a12ironwa", "a12ironsa")),
    ("Ironside Fencing Australia", None, ("a12ironwa", "a12ironsa")),
    ("Ironside Fencing (WA)", "a12ironwa"),
    ("Ironside Fencing Joondalup", "a12ironwa"),
    ("ironside fencing adelaide", "a12ironsa"),
    ("Ironside Fencing Mount Gambier", "a12ironsa"),
    ("Pūkeko Early Learning", None, ("a12pukeketp", "a12pukekokk")),
    ("Pukeko Early Learning Centre", None, ("a12pukeketp", "a12pukekokk")),
    ("Pukeko Early Learning Bay of Plenty", None, ("a12pukeketp", "a12pukekokk")),
    ("Pukeko Early Learning Te Puke", "a12pukeketp"),
    ("Pūkeko ELC Katikati", "a12pukekokk"),
    ("Hillside Vets", None, ("a12hillotley", "a12hillilkley")),
    ("Hillside Vets Ltd", None, ("a12hillotley", "a12hillilkley")),
    ("Hillside Vets Wharfedale", None, ("a12hillotley", "a12hillilkley")),
    ("Hillside Vets West Yorkshire", None, ("a12hillotley", "a12hillilkley")),
    ("Hillside Vets Otley", "a12hillotley"),
    ("Hillside Vets, Ilkley", "a12hillilkley"),
    ("Muskoka Family Dental", None, ("a12muskhv", "a12muskbb")),
    ("muskoka family dental professional corp", None, ("a12muskhv", "a12muskbb")),
    ("Muskoka Family Dental Ontario", None, ("a12muskhv", "a12muskbb")),
    ("Muskoka Family Dental Huntsville", "a12muskhv"),
    ("Muskoka Family Dental - Bracebridge", "a12muskbb"),
    ("Kim Hock Kopitiam", None, ("a12kimhocktp", "a12kimhockbd")),
    ("kim hock kopitiam pte ltd", None, ("a12kimhocktp", "a12kimhockbd")),
    ("Kim Hock Kopitiam Tampines", "a12kimhocktp"),
    ("Tampines Kim Hock Kopitiam", "a12kimhocktp"),
    ("Kim Hock Bedok North", "a12kimhockbd"),
    ("Kōwhai Pharmacy Waikato", None, ("a12kowhai", "a12kowhaite")),
    ("Lindqvist Freight Gothenburg", "lindqse"),
    ("Greythorn Credit Union Halifax", None, ("greythuk", "greythca")),
    ("Greythorn Credit Union Moncton", "greythca"),
    ("Greythorn CU Huddersfield", "greythuk"),
    ("Vanterpool Insurance Lugano", "vanterch"),
    ("Brindabel Surveying Toowoomba", "brindqld"),
    ("Pellucid Insurance Christchurch office", "pellnz"),
    ("WSU Pullman", "wsu_us"),
    ("WSU Parramatta campus", "wsu"),
])

NEGATIVE = _cases("negative", [
    # Namesakes elsewhere, and other organisations whose names share a client's words.
    ("Riverbend Dental Nashville TN", None),
    ("riverside family practice, calgary AB", None),
    ("Stadtwerke Augsburg", None),
    ("Stadtwerke Münster", None),
    ("Van Dijk Advocaten Utrecht", None),
    ("Hofmann Personal Nürnberg", None),
    ("Harcourts Bendigo", None),
    ("Harcourt Valley Vineyards", None),
    ("Moorabool Shire Council", None),
    ("Moorakyne Football Netball Club", None),
    ("Federation Square", None),
    ("Federation Training Morwell", None),
    ("Monash Health Clayton", None),
    ("La Trobe Uni Bendigo campus", None),
    ("Massey University Albany campus", None),
    ("Cork City Council", None),
    ("North Yorkshire Police", None),
    ("Sevenoaks District Council", None),
    ("Brackley Town FC", None),
    ("Pennine Care NHS Foundation Trust", None),
    ("Calder Valley Lawyers Hebden Bridge", None),
    ("Kavanagh's SuperValu Naas", None),
    ("Clew Bay Hotel Westport", None),
    ("City of Maple Ridge", None),
    ("Bitterroot College", None),
    ("Tui Brewery Mangatainoka", None),
    ("Hauraki District Council", None),
    ("Kallista Tea Rooms", None),
    ("Hornsby Heights Plumbing & Drainage", None),
    ("Holme Valley Memorial Hospital", None),
    ("Golden Lotus Ayurveda Spa", None),
    ("Université Lumière Lyon 2", None),
    # Venues and malls named after or beside a client, and other chains' outlets.
    ("Canadian Tire Centre", None),
    ("Optus Stadium Perth", None),
    ("Suncorp Stadium", None),
    ("Spark Arena", None),
    ("Westfield Hornsby", None),
    ("Chadstone Shopping Centre", None),
    ("Northpoint City", None),
    ("Jurong Point", None),
    ("Seletar Aerospace Park", None),
    ("Greggs Ilkley", None),
    ("Premier Inn Skipton", None),
    ("Raffles Medical Tampines", None),
    # Plain places and street addresses.
    ("Level 2, 45 Mitchell St, Bendigo VIC 3550", None),
    ("12 Ridgway, Mirboo North VIC 3871", None),
    ("Macquarie Park NSW 2113", None),
    ("Deakin ACT 2600", None),
    ("Harcourt VIC 3453", None),
    ("Te Awamutu", None),
    ("unit 4/22 smith st collingwood", None),
])

R12A: tuple[Case, ...] = tuple(
    FRANCHISE_OUTLET + SEPARATE_FRANCHISEE + CLINIC + COUNCIL_CAMPUS + REGIONAL_OFFICE + HEAD_OFFICE_SITE + MALL_STORE
    + HOTEL + STATE_DUPLICATE + PLACE_IN_NAME + CONFUSABLE_PAIR + NEGATIVE
)
