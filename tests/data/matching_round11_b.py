"""Round 11, set B: precision. Near misses that must not be answered, beside the real clients they resemble.

The set covers organisations that share a client's first word or brand word but work in another trade or country; a
client whose own name holds its country queried with another country; unregistered subsidiaries and sister companies;
very common business and place words (Pacific, Southern Cross, Summit, Harbour, Northern, Capital, Central, United,
Metro, Coastal, Pioneer, Premier) that many organisations use; people whose names look like firms; place names that are
also firm names; product names that are not the company; initials that are also a common abbreviation or another
body's initials; and typos that turn a client into another real-looking name. Beside them stand the positive rows (the
same clients typed in ways a careful person would still be sure of) and queries that must ask between registered
clients.

Written by hand from general knowledge of how organisations and people write names, before any tuning; the matcher
was not run on these queries. Most organisations are invented; a few real ones appear under their own names.
A script removed, unread, 42 rows that repeated another set's query (another helper, writing the fourth held-out
set at the same time, had invented two of the same clients).
"""

from __future__ import annotations

from bot.rules.matching import ClientEntry
from tests.data.matching_clients_unseen import CLIENTS_UNSEEN, Row, entries
from tests.data.matching_eval import Case, _cases

_ROWS: list[Row] = [
    # external_id, name, aliases, domains, country (ISO 3166 alpha-2), registration number or None
    # A brand word other organisations also use, in another trade or country.
    ("b11marlowe", "Marlowe Freight Pty Ltd", (), ("marlowefreight.com.au",), "AU", None),
    ("b11tidewell", "Tidewell Engineering Limited", (), ("tidewell.co.nz",), "NZ", None),
    ("b11halberd", "Halberd Security Services Pty Ltd", ("Halberd Security",), ("halberdsecurity.com.au",), "AU",
     None),
    ("b11ostara", "Ostara Biotech GmbH", (), ("ostara-biotech.de",), "DE", None),
    # A country in the client's own name.
    ("b11ardentau", "Ardent Packaging Australia Pty Ltd", (), ("ardentpackaging.com.au",), "AU", None),
    ("b11veloraau", "Velora Foods Australia Pty Ltd", (), ("velorafoods.com.au",), "AU", None),
    ("b11veloranz", "Velora Foods New Zealand Limited", (), ("velorafoods.co.nz",), "NZ", None),
    ("b11brantmoor", "Brantmoor Insurance Canada Inc.", (), ("brantmoor.ca",), "CA", None),
    # A holding company whose subsidiaries and sister companies are not registered.
    ("b11tarnwood", "Tarnwood Holdings Limited", (), ("tarnwood.co.nz",), "NZ", None),
    ("b11greyfriars", "Greyfriars Estates Ltd", (), ("greyfriarsestates.co.uk",), "GB", None),
    ("b11greyfriarslet", "Greyfriars Lettings Ltd", (), ("greyfriarslettings.co.uk",), "GB", None),
    # Common business and place words.
    ("b11pacnorth", "Pacific Northern Shipping Pte. Ltd.", (), ("pacnorthship.com.sg",), "SG", None),
    ("b11sxcivil", "Southern Cross Civil Pty Ltd", (), ("sxcivil.com.au",), "AU", None),
    ("b11summit", "Summit Valuers Pty Ltd", (), ("summitvaluers.com.au",), "AU", None),
    ("b11harbourpilots", "Central Harbour Pilots Limited", (), ("harbourpilots.co.nz",), "NZ", None),
    ("b11capmetro", "Capital Metro Cleaning Services Pty Ltd", (), ("capitalmetrocleaning.com.au",), "AU", None),
    ("b11unitedpioneer", "United Pioneer Insurance Brokers Pty Ltd", (), ("unitedpioneer.com.au",), "AU", None),
    ("b11premiercoastal", "Premier Coastal Realty Pty Ltd", (), ("premiercoastal.com.au",), "AU", None),
    ("b11coastalpremier", "Coastal Premier Homes Pty Ltd", (), ("coastalpremierhomes.com.au",), "AU", None),
    ("b11northerncap", "Northern Capital Advisory Ltd", (), ("northerncapital.co.uk",), "GB", None),
    ("b11pcl", "Pacific Coast Logistics Limited", ("PCL",), ("pcl.co.nz",), "NZ", None),
    ("b11cpl", "Coastal Pacific Logistics Pty Ltd", (), ("coastalpacific.com.au",), "AU", None),
    # Firms named like people.
    ("b11fraserdunn", "Fraser Dunn Lawyers", (), ("fraserdunn.com.au",), "AU", None),
    ("b11kellyross", "Kelly Ross Recruitment Ltd", (), ("kellyross.ie",), "IE", None),
    # Firms named after places.
    ("b11kurrajong", "Kurrajong Analytics Pty Ltd", (), ("kurrajonganalytics.com.au",), "AU", None),
    ("b11ashburton", "Ashburton Contracting Limited", (), ("ashburtoncontracting.co.nz",), "NZ", None),
    ("b11orange", "Orange S.A.", ("Orange",), ("orange.com",), "FR", None),
    # A maker whose product shares a name with another client, and a clinic that shares the maker's first words.
    ("b11halcyon", "Halcyon Medical Devices Pty Ltd", (), ("halcyonmedical.com.au",), "AU", None),
    ("b11halcyonmc", "Halcyon Medical Centre", (), ("halcyonmedicalcentre.com.au",), "AU", None),
    # Initials that are a common abbreviation or another body's initials.
    ("b11cwa", "Central West Aviation Pty Ltd", ("CWA",), ("cwaviation.com.au",), "AU", None),
    ("b11ppm", "Pinnacle Project Management Pty Ltd", ("PPM",), ("pinnaclepm.com.au",), "AU", None),
    ("b11allied", "Allied Transport Operators Pty Ltd", (), ("alliedtransport.com.au",), "AU", None),
    # A name one letter away from other real-looking names.
    ("b11westvale", "Westvale Plastics Ltd", (), ("westvaleplastics.co.uk",), "GB", None),
]

R11B_CLIENTS: tuple[ClientEntry, ...] = CLIENTS_UNSEEN + entries(_ROWS, 14501)

NAME_VARIANT = _cases("name variant", [
    ("marlowe freight pty ltd", "b11marlowe"),
    ("Ostara Biotech", "b11ostara"),
    ("Ardent Packaging Australia", "b11ardentau"),
    ("Ardent Packaging", "b11ardentau"),
    ("ARDENT PACKAGING AUST.", "b11ardentau"),
    ("Brantmoor Insurance Canada", "b11brantmoor"),
    ("Brantmoor Insurance", "b11brantmoor"),
    ("Tarnwood Holdings", "b11tarnwood"),
    ("Tarnwood", "b11tarnwood"),
    ("Pacific Northern Shipping", "b11pacnorth"),
    ("Pacific Northern Shipping Pte Ltd (Singapore)", "b11pacnorth"),
    ("Summit Valuers", "b11summit"),
    ("Summit Valuers Brisbane", "b11summit"),
    ("Central Harbour Pilots", "b11harbourpilots"),
    ("Capital Metro Cleaning", "b11capmetro"),
    ("United Pioneer Insurance Brokers", "b11unitedpioneer"),
    ("United Pioneer", "b11unitedpioneer"),
    ("Northern Capital Advisory", "b11northerncap"),
    ("Fraser Dunn Lawyers", "b11fraserdunn"),
    ("Fraser Dunn", "b11fraserdunn"),
    ("Kelly Ross Recruitment", "b11kellyross"),
    ("Kurrajong Analytics", "b11kurrajong"),
    ("Ashburton Contracting", "b11ashburton"),
    ("Ashburton Contracting Ltd, Mid Canterbury", "b11ashburton"),
    ("Orange S.A.", "b11orange"),
    ("Orange SA, the French telecoms operator", "b11orange"),
    ("Halcyon Medical Devices", "b11halcyon"),
    ("Central West Aviation", "b11cwa"),
    ("Pinnacle Project Management", "b11ppm"),
    ("Allied Transport Operators", "b11allied"),
    ("Westvale Plastics", "b11westvale"),
    # Registered clients that the near misses below resemble.
    ("Metro Trains Melbourne", "metro"),
    ("Southern Cross Health Society", "schs"),
    ("Morgan Stanley", "morganstanley"),
    ("McDonald's Australia", "mcdonalds"),
])

TYPO = _cases("typo", [
    ("Marlowe Frieght", "b11marlowe"),
    ("Tidewel Engineering", "b11tidewell"),
    ("Halberd Secuirty Services", "b11halberd"),
    ("Kurrajong Analytcs", "b11kurrajong"),
    ("Velora Foods Austalia", "b11veloraau"),
    ("Brantmore Insurance Canada", "b11brantmoor"),
    ("Capitol Metro Cleaning", "b11capmetro"),
    ("Westvale Plastic Ltd", "b11westvale"),
    ("Telsta", "telstra"),
    ("Woolworth's", "woolworths"),
])

INITIALS = _cases("initials", [
    ("PCL", "b11pcl"),
    ("CWA, the aviation company in Dubbo", "b11cwa"),
    ("PPM (Pinnacle Project Management)", "b11ppm"),
    ("ATO as in Allied Transport Operators, the trucking firm", "b11allied"),
])

EMAIL_AND_DOMAIN = _cases("email and domain", [
    ("ops@marlowefreight.com.au", "b11marlowe"),
    ("tidewell.co.nz", "b11tidewell"),
    ("j.becker@ostara-biotech.de", "b11ostara"),
    ("ardentpackaging.com.au", "b11ardentau"),
    ("claims@brantmoor.ca", "b11brantmoor"),
    ("https://www.tarnwood.co.nz/about-us", "b11tarnwood"),
    ("bookings@pacnorthship.com.sg", "b11pacnorth"),
    ("summitvaluers.com.au", "b11summit"),
    ("dispatch@harbourpilots.co.nz", "b11harbourpilots"),
    ("accounts@capitalmetrocleaning.com.au", "b11capmetro"),
    ("www.unitedpioneer.com.au", "b11unitedpioneer"),
    ("a.khan@northerncapital.co.uk", "b11northerncap"),
    ("reception@fraserdunn.com.au", "b11fraserdunn"),
    ("kurrajonganalytics.com.au", "b11kurrajong"),
    ("orange.com", "b11orange"),
    ("ops@cwaviation.com.au", "b11cwa"),
    ("sales@westvaleplastics.co.uk", "b11westvale"),
])

CONTACT_TEXT = _cases("contact text", [
    ("Priya Nair | Operations Manager | Marlowe Freight Pty Ltd | 0412 555 018", "b11marlowe"),
    ("Met Hemi from Tidewell Engineering at the Hamilton field days", "b11tidewell"),
    ("Can you log a meeting with Halberd Security about the Parramatta site?", "b11halberd"),
    ("Ben Clarke, Summit Valuers, ph 07 3555 0142", "b11summit"),
    ("Fraser Dunne from KPMG called about the audit", "kpmg"),
    ("Spoke with Aoife at Kelly Ross Recruitment about the Dublin roles", "b11kellyross"),
    ("Quote request from Southern Cross Civil for the Logan culvert job", "b11sxcivil"),
    ("Ross Kelly, procurement lead at Capital Metro Cleaning", "b11capmetro"),
    ("Stanley Morgan, CFO of Tarnwood Holdings", "b11tarnwood"),
    ("Pacific Northern Shipping wants a rate review for the Busan lane", "b11pacnorth"),
    ("Call with Orange S.A. procurement in Paris next Tuesday", "b11orange"),
    ("Demo of the Meridian pump for Halcyon Medical Devices", "b11halcyon"),
    ("Lunch with the Atlassian partnerships team", "atlassian"),
])

CONFUSABLE_PAIR = _cases("confusable pair", [
    # The same name under two countries, both registered.
    ("Velora Foods", None, ("b11veloraau", "b11veloranz")),
    ("Velora", None, ("b11veloraau", "b11veloranz")),
    ("Velora Foods trans-Tasman account review", None, ("b11veloraau", "b11veloranz")),
    ("Velora Foods NZ", "b11veloranz"),
    ("sales@velorafoods.co.nz", "b11veloranz"),
    ("Velora Foods Australia Pty Ltd", "b11veloraau"),
    # The same common words in another order.
    ("Premier Coastal", "b11premiercoastal"),
    ("premiercoastal.com.au", "b11premiercoastal"),
    ("Coastal Premier", "b11coastalpremier"),
    ("Coastal Premier Homes", "b11coastalpremier"),
    ("Premier Coastal Homes", None, ("b11premiercoastal", "b11coastalpremier")),
    ("Coastal Premier Realty", None, ("b11premiercoastal", "b11coastalpremier")),
    ("Pacific Coast Logistics", "b11pcl"),
    ("pcl.co.nz", "b11pcl"),
    ("Coastal Pacific", "b11cpl"),
    ("coastalpacific.com.au", "b11cpl"),
    ("Pacific Logistics", None, ("b11pcl", "b11cpl")),
    ("Pacific Coastal Logistics", None, ("b11pcl", "b11cpl")),
    # Sister companies both registered.
    ("Greyfriars Estates", "b11greyfriars"),
    ("Greyfriars Lettings", "b11greyfriarslet"),
    ("Greyfriars", None, ("b11greyfriars", "b11greyfriarslet")),
    ("greyfriars ltd", None, ("b11greyfriars", "b11greyfriarslet")),
    # A maker and a clinic sharing their first words.
    ("Halcyon Medical", None, ("b11halcyon", "b11halcyonmc")),
    ("Halcyon Medical Centre, Carindale", "b11halcyonmc"),
    # Words several registered clients share.
    ("Southern Cross Civil", "b11sxcivil"),
])

NEGATIVE = _cases("negative", [
    # A client's brand word in another trade or country.
    ("Marlowe Dental Studio", None),
    ("The Marlowe Theatre, Canterbury", None),
    ("Marlowe Freight Inc., Columbus, Ohio", None),
    ("Tidewell Homes", None),
    ("Tidewell Engineering (UK) Ltd", None),
    ("Halberd Capital Partners", None),
    ("Ostara spring festival", None),
    ("Kurrajong Hotel Canberra", None),
    ("Fraser Dunn Real Estate", None),
    ("Delta faucet warranty claim", None),
    ("Allen's Snakes Alive lollies", None),
    # A client whose name holds its country, queried with another country.
    ("Ardent Packaging New Zealand", None),
    ("info@ardentpackaging.co.uk", None),
    ("Velora Foods Singapore Pte Ltd", None),
    ("Brantmoor Insurance UK", None),
    ("Google Ireland Limited", None),
    ("McDonald's New Zealand", None),
    ("Pellucid Insurance Singapore", None),
    # Unregistered subsidiaries and sister companies.
    ("Tarnwood Timber Products Ltd", None),
    ("tarnwoodtimber.co.nz", None),
    ("Tarnwood Forestry Management", None),
    ("Halberd Fire Protection", None),
    ("Greyfriars Property Developments Ltd", None),
    ("Southern Cross Travel Insurance", None),
    ("Metro Trains Sydney", None),
    ("Orange Polska", None),
    # Common business and place words many organisations use.
    ("Pacific", None),
    ("Capital", None),
    ("United", None),
    ("Premier", None),
    ("Southern Cross University", None),
    ("Summit Health Partners", None),
    ("Capital Metro Agency light rail project", None),
    ("Central Coast Council", None),
    ("United Insurance Brokers Ltd, London", None),
    ("Pioneer Credit", None),
    ("Premier Inn", None),
    ("Northern Capital Advisors LLC, Toronto", None),
    ("Port Otago harbour pilots", None),
    ("Pinnacle Foods", None),
    # People whose names look like firms.
    ("Norman Harvey", None),
    ("John Holland, retired teacher in Ballarat", None),
    ("Ross Kelly", None),
    ("kelly.ross@gmail.com", None),
    ("Dr Fraser Dunne, GP in Toowoomba", None),
    # Place names that are also firm names.
    ("Ashburton", None),
    ("Ashburton District Council", None),
    ("Drove through Ashburton on the way to Christchurch", None),
    ("Kurrajong Heights NSW 2758", None),
    ("Orange, NSW 2800", None),
    ("Greyfriars Kirkyard", None),
    ("Amazon rainforest", None),
    ("Lake Macquarie City Council", None),
    ("Sydney Harbour Bridge climb", None),
    # Product names that are not the company.
    ("Milo", None),
    ("Kit Kat", None),
    ("PlayStation 5", None),
    ("Jira", None),
    ("Apache Spark cluster", None),
    ("Meridian infusion pump", None),
    # Initials that are a common abbreviation or another body's initials.
    ("CWA Victoria", None),
    ("Country Women's Association of NSW", None),
    ("ppm of nitrate in the bore water", None),
    ("PPM tool comparison for the PMO", None),
    ("BCG vaccine", None),
    ("NAB Show Las Vegas", None),
    ("ABC Learning Centres", None),
    ("SBS Transit Singapore", None),
    ("AWS D1.1 welding certification", None),
    ("PCL Construction", None),
    ("ARC Infrastructure", None),
    # Typos that make another real-looking name.
    ("Optum", None),
    ("Sonos", None),
    ("Canvas LMS", None),
    ("Tidewater Inc.", None),
    ("Eastvale Plastics", None),
    # Nothing named.
    ("Reminder: timesheets are due Friday", None),
])

R11B: tuple[Case, ...] = tuple(
    NAME_VARIANT + TYPO + INITIALS + EMAIL_AND_DOMAIN + CONTACT_TEXT + CONFUSABLE_PAIR + NEGATIVE
)
