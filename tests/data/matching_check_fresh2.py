"""Held-out check set FRESH2: ~40 new confusable groups on top of CLIENTS_UNSEEN, with derivable variants and negatives.

Written by an independent examiner from general knowledge of how organisations and people write names, without
reading or running the matcher, and before any tuning on it; nobody tunes on this set. The groups are mostly invented
(one brand in two or three countries, a hospital, its foundation and a private namesake, a shire, a university and a
school sharing a town, partner names in either order, rugby and rugby league clubs, a trading alias equal to another's
name, German and English forms of one surname, "Port of X" and "X Port Services", initials shared by a company's name
and another's words, digits against words, Upper and Lower councils), with a few real organisations added to existing
or new groups (Delta Dental, Macquarie Telecom, Monash Health, two Newcastle building societies, the two Flying
Doctor operators). A row expects a client only when the registry's names, aliases, domains and countries, plus common
knowledge of words, legal forms and places, settle it; otherwise it expects None and lists the clients to offer.
"""

from __future__ import annotations

from bot.rules.matching import ClientEntry
from tests.data.matching_clients_unseen import CLIENTS_UNSEEN, Row, entries
from tests.data.matching_eval import Case, _cases

_ROWS: list[Row] = [
    # external_id, name, aliases, domains, country (ISO 3166 alpha-2), registration number or None
    # One brand in two countries, told apart by legal form, country word or domain.
    ("marrickau", "Marrick Hydraulics Pty Ltd", (), ("marrickhydraulics.com.au",), "AU", None),
    ("marricknz", "Marrick Hydraulics Limited", (), ("marrickhydraulics.co.nz",), "NZ", None),
    # A children's hospital, its foundation and a private hospital of the same town.
    ("pennchild", "Pennicott Children's Hospital", (), ("pennicottchildrens.org.au",), "AU", None),
    ("pennfdn", "Pennicott Children's Hospital Foundation", (), ("pchfoundation.org.au",), "AU", None),
    ("pennpriv", "Pennicott Private Hospital", (), ("pennicottprivate.com.au",), "AU", None),
    # A shire, a university and a grammar school named after one town.
    ("ardlowshire", "Ardlow Shire Council", (), ("ardlow.vic.gov.au",), "AU", None),
    ("ardlowuni", "University of Ardlow", (), ("ardlow.edu.au",), "AU", None),
    ("ardlowgram", "Ardlow Grammar School", (), ("ardlowgrammar.vic.edu.au",), "AU", None),
    # Water authority and winery with the same initials.
    ("cvwater", "Carrow Valley Water", (), ("carrowvalleywater.com.au",), "AU", None),
    ("cvwines", "Carrow Valley Wines Pty Ltd", (), ("carrowvalleywines.com.au",), "AU", None),
    # Partner surnames in either order, two professions.
    ("fenoakes", "Fenwick Oakes Lawyers", (), ("fenwickoakes.com.au",), "AU", None),
    ("oakesfen", "Oakes Fenwick Chartered Accountants", (), ("oakesfenwick.co.nz",), "NZ", None),
    # Rugby union and rugby league clubs of one suburb.
    ("bellrugby", "Bellmere Rugby Club", (), ("bellmererugby.com.au",), "AU", None),
    ("bellrl", "Bellmere Rugby League Football Club", (), ("bellmererlfc.com.au",), "AU", None),
    # A saint's name: a UK university and an Australian college.
    ("staldricuni", "St Aldric's University", (), ("staldrics.ac.uk",), "GB", None),
    # Three health providers of one suburb.
    ("murramc", "Murrabeen Medical Centre", (), ("murrabeenmedical.com.au",), "AU", None),
    ("murrahs", "Murrabeen Health Service", (), ("murrabeen.health.wa.gov.au",), "AU", None),
    ("murradent", "Murrabeen Dental Surgery", (), (), "AU", None),
    # Norwegian parent and Singapore subsidiary.
    ("fjellno", "Fjellvik Marine AS", (), ("fjellvik.no",), "NO", None),
    ("fjellsg", "Fjellvik Marine Pte. Ltd.", (), ("fjellvik.com.sg",), "SG", None),
    # A charity with "The" and an investment firm sharing a common word.
    ("lanterntrust", "The Lantern Trust", (), ("lanterntrust.org.au",), "AU", None),
    ("lanterncap", "Lantern Capital Pty Ltd", (), ("lanterncapital.com.au",), "AU", None),
    # Two "Hartwell ... Group" companies with the same initials.
    ("hartprop", "Hartwell Property Group Pty Ltd", (), ("hartwellproperty.com.au",), "AU", None),
    ("hartpack", "Hartwell Packaging Group Limited", (), ("hartwellpackaging.co.nz",), "NZ", None),
    # One office in two states.
    ("vgnsw", "Valuer General NSW", (), ("valuergeneral.nsw.gov.au",), "AU", None),
    # A mutual health insurer and a mutual bank.
    ("orrinhealth", "Orrin Mutual Health Ltd", (), ("orrinhealth.com.au",), "AU", None),
    ("orrinbank", "Orrin Mutual Bank Limited", (), ("orrinbank.com.au",), "AU", None),
    # A one-word company and a longer name it starts.
    ("veltra", "Veltra Pty Ltd", (), ("veltra.com.au",), "AU", None),
    ("veltrahealth", "Veltra Health Pty Ltd", (), ("veltrahealth.com.au",), "AU", None),
    # A trading name (alias) that is another client's name without its country.
    ("pinecrest", "Pinecrest Retail Pty Ltd", ("Coastline Outfitters",), ("coastlineoutfitters.com.au",), "AU", None),
    ("coastnz", "Coastline Outfitters NZ Limited", (), ("coastlineoutfitters.co.nz",), "NZ", None),
    # A German surname with umlaut and an English company without it.
    ("bruckner", "Brückner Werkzeug GmbH", (), ("brueckner-werkzeug.de",), "DE", None),
    ("brucknerau", "Bruckner Tools Pty Ltd", (), ("brucknertools.com.au",), "AU", None),
    # "Port of X" and "X Port Services".
    ("portkell", "Port of Kellaway", (), ("portofkellaway.com.au",), "AU", None),
    ("kellport", "Kellaway Port Services Pty Ltd", (), ("kellawayportservices.com.au",), "AU", None),
    # Three clubs of one suburb.
    ("yallgolf", "Yallambee Golf Club", (), ("yallambeegolf.com.au",), "AU", None),
    ("yallbowls", "Yallambee Bowling Club", (), ("yallambeebowls.com.au",), "AU", None),
    ("yallsports", "Yallambee Sports Club", (), (), "AU", None),
    # A surname firm with and without its second partner.
    ("cathrowe", "Cathcart Rowe Partners", (), ("cathcartrowe.com.au",), "AU", None),
    ("cathlegal", "Cathcart Legal", (), ("cathcartlegal.com.au",), "AU", None),
    # A department and an agency sharing a portfolio's words.
    ("dcew", "Department of Climate, Energy and Water", (), ("dcew.wa.gov.au",), "AU", None),
    ("cea", "Climate and Energy Agency", (), ("cea.gov.au",), "AU", None),
    # A TAFE and a university of one place name.
    ("northgatetafe", "Northgate Institute of TAFE", (), ("northgatetafe.edu.au",), "AU", None),
    ("northgateuni", "Northgate University", (), ("northgate.edu.au",), "AU", None),
    # Two children's charities sharing two words.
    ("littlehearts", "Hope for Little Hearts", (), ("hopeforlittlehearts.org.au",), "AU", None),
    ("lhfdn", "Little Hearts Foundation", (), ("littlehearts.org.nz",), "NZ", None),
    # "+" and "and" in two firms of the same partners' names.
    ("masonquill", "Mason + Quill Design", (), ("masonquill.com.au",), "AU", None),
    ("masonquillprint", "Mason and Quill Printing Pty Ltd", (), ("masonquillprinting.com.au",), "AU", None),
    # One brand in three countries, the country in brackets.
    ("tavau", "Tavistock Labs (Australia) Pty Ltd", (), ("tavistocklabs.com.au",), "AU", None),
    ("tavuk", "Tavistock Labs (UK) Limited", (), ("tavistocklabs.co.uk",), "GB", None),
    ("tavus", "Tavistock Labs Inc.", (), ("tavistocklabs.com",), "US", None),
    # Real organisations joining existing names (Newcastle, Monash, Delta, Macquarie, Melbourne, Wellington).
    ("ncpbs", "Newcastle Permanent Building Society Limited", (), ("newcastlepermanent.com.au",), "AU", None),
    ("monashhealth", "Monash Health", (), ("monashhealth.org",), "AU", None),
    ("melbwater", "Melbourne Water Corporation", (), ("melbournewater.com.au",), "AU", None),
    ("melbairport", "Australia Pacific Airports (Melbourne) Pty Ltd", ("Melbourne Airport",),
     ("melbourneairport.com.au",), "AU", None),
    ("wellphoenix", "Wellington Phoenix FC", (), ("wellingtonphoenix.com",), "NZ", None),
    ("qso", "Queensland Symphony Orchestra", (), ("qso.com.au",), "AU", None),
    ("qball", "Queensland Ballet", (), ("queenslandballet.com.au",), "AU", None),
    ("wehi", "Walter and Eliza Hall Institute of Medical Research", (), ("wehi.edu.au",), "AU", None),
    # Two operators of one service, no domains in the CRM.
    ("rfdsqld", "Royal Flying Doctor Service (Queensland Section)", (), (), "AU", None),
    ("rfdswa", "Royal Flying Doctor Service Western Operations", (), (), "AU", None),
    # A place name in two countries' health systems.
    ("cantdhb", "Cantermoor District Health Board", (), ("cantermoor.health.nz",), "NZ", None),
    ("canthosp", "Cantermoor Hospitals NHS Foundation Trust", (), ("cantermoor.nhs.uk",), "GB", None),
    # A common English word in three industries.
    ("summithealth", "Summit Health Pty Ltd", (), ("summithealth.com.au",), "AU", None),
    ("summitrealty", "Summit Realty Group", (), ("summitrealty.com.au",), "AU", None),
    ("summitrail", "Summit Rail Services Pty Ltd", (), ("summitrail.com.au",), "AU", None),
    # Initials as a name against the initials of another's words.
    ("tqvlog", "TQV Logistics Pty Ltd", (), ("tqv.com.au",), "AU", None),
    ("tqventures", "Trent Quay Ventures Ltd", (), ("trentquay.co.uk",), "GB", None),
    # An ordinal spelled out and in digits.
    ("seventhsurf", "Seventh Wave Surf Co Pty Ltd", (), ("seventhwavesurf.com.au",), "AU", None),
    ("seventhprod", "7th Wave Productions Ltd", (), ("7thwave.co.nz",), "NZ", None),
    # Upper and Lower councils of one valley.
    ("ferrisupper", "Upper Ferris Valley Council", (), ("upperferris.nsw.gov.au",), "AU", None),
    ("ferrislower", "Lower Ferris Valley Council", (), ("lfvc.nsw.gov.au",), "AU", None),
    # Engineers and a consulting group of one surname in two countries.
    ("dunleng", "Dunleavy Consulting Engineers", (), ("dunleavy.ie",), "IE", None),
    ("dunlgrp", "Dunleavy Consulting Group Pty Ltd", (), ("dunleavygroup.com.au",), "AU", None),
    # A mainland factory and its Hong Kong trading arm.
    ("huaxinsz", "Shenzhen Huaxin Electronics Co., Ltd.", (), ("huaxin-sz.cn",), "CN", None),
    ("huaxinhk", "Huaxin Electronics (HK) Limited", (), ("huaxin.com.hk",), "HK", None),
]

CLIENTS_FRESH2: tuple[ClientEntry, ...] = CLIENTS_UNSEEN + entries(_ROWS, 9801)

CONFUSABLE = _cases("confusable pair", [
    # (query, expected external_id or None, among=(ids the candidates must include when it asks), person=None)
    ("Marrick Hydraulics", None, ("marrickau", "marricknz")),
    ("Marrick", None, ("marrickau", "marricknz")),
    ("Marrick Hydraulics NZ", "marricknz"),
    ("Marrick Hydraulics Australia", "marrickau"),
    ("Marrick Hydraulics Pty Ltd", "marrickau"),
    ("Pennicott", None, ("pennchild", "pennfdn", "pennpriv")),
    ("Pennicott Hospital", None, ("pennchild", "pennpriv")),
    ("Pennicott Childrens Hospital", "pennchild"),
    ("Pennicott Private", "pennpriv"),
    ("PCH Foundation", "pennfdn"),
    ("Pennicott Children's Hospital Foundation", "pennfdn"),
    ("Ardlow", None, ("ardlowshire", "ardlowuni", "ardlowgram")),
    ("Ardlow Uni", "ardlowuni"),
    ("Ardlow Shire", "ardlowshire"),
    ("Ardlow Grammar", "ardlowgram"),
    ("Ardlow council", "ardlowshire"),
    ("Carrow Valley", None, ("cvwater", "cvwines")),
    ("CVW", None, ("cvwater", "cvwines")),
    ("Carrow Valley Winery", "cvwines"),
    ("Carrow Valley Water Corporation", "cvwater"),
    ("Fenwick Oakes", "fenoakes"),
    ("Oakes Fenwick", "oakesfen"),
    ("Fenwick & Oakes", "fenoakes"),
    ("Fenwick Oakes accountants", None, ("fenoakes", "oakesfen")),
    ("Oakes Fenwick lawyers", None, ("fenoakes", "oakesfen")),
    ("Bellmere Rugby", None, ("bellrugby", "bellrl")),
    ("Bellmere", None, ("bellrugby", "bellrl")),
    ("Bellmere RLFC", "bellrl"),
    ("Bellmere Rugby League", "bellrl"),
    ("Saint Aldric's University", "staldricuni"),
    ("St Aldric's UK", "staldricuni"),
    ("Murrabeen", None, ("murramc", "murrahs", "murradent")),
    ("Murrabeen medical", "murramc"),
    ("Murrabeen Dental", "murradent"),
    ("Murrabeen Medical Center", "murramc"),
    ("Murrabeen Health Service WA", "murrahs"),
    ("Fjellvik Marine", None, ("fjellno", "fjellsg")),
    ("Fjellvik", None, ("fjellno", "fjellsg")),
    ("Fjellvik Marine Singapore", "fjellsg"),
    ("Fjellvik Marine Norway", "fjellno"),
    ("Lantern", None, ("lanterntrust", "lanterncap")),
    ("Lantern Trust", "lanterntrust"),
    ("Lantern Capital", "lanterncap"),
    ("Hartwell Group", None, ("hartprop", "hartpack")),
    ("HPG", None, ("hartprop", "hartpack")),
    ("Hartwell", None, ("hartprop", "hartpack")),
    ("Hartwell Property", "hartprop"),
    ("Hartwell Packaging NZ", "hartpack"),
    ("NSW Valuer General's Office", "vgnsw"),
    ("Valuer General New South Wales", "vgnsw"),
    ("Orrin Mutual", None, ("orrinhealth", "orrinbank")),
    ("Orrin Health", "orrinhealth"),
    ("Orrin Bank", "orrinbank"),
    ("Orrin health insurance", "orrinhealth"),
    ("Veltra Health", "veltrahealth"),
    ("Veltra Pty Ltd", "veltra"),
    ("veltra.com.au", "veltra"),
    ("Coastline Outfitters", None, ("pinecrest", "coastnz")),
    ("Coastline Outfitters NZ", "coastnz"),
    ("Coastline Outfitters Australia", "pinecrest"),
    ("Pinecrest Retail", "pinecrest"),
    ("Bruckner", None, ("bruckner", "brucknerau")),
    ("Bruckner tools Germany", None, ("bruckner", "brucknerau")),
    ("Brückner Werkzeug", "bruckner"),
    ("Bruckner Tools", "brucknerau"),
    ("Kellaway Port", None, ("portkell", "kellport")),
    ("Kellaway", None, ("portkell", "kellport")),
    ("Port of Kellaway", "portkell"),
    ("Kellaway Port Services", "kellport"),
    ("Yallambee club", None, ("yallgolf", "yallbowls", "yallsports")),
    ("Yallambee Bowls Club", "yallbowls"),
    ("Yallambee golf", "yallgolf"),
    ("Yallambee Golf & Country Club", "yallgolf"),
    ("Yallambee Sports", "yallsports"),
    ("Cathcart", None, ("cathrowe", "cathlegal")),
    ("Cathcart & Rowe", "cathrowe"),
    ("Cathcart Legal", "cathlegal"),
    ("Climate and Energy", None, ("dcew", "cea")),
    ("DCEW", "dcew"),
    ("Climate & Energy Agency", "cea"),
    ("Northgate TAFE", "northgatetafe"),
    ("Northgate Uni", "northgateuni"),
    ("Northgate Institute", "northgatetafe"),
    ("Little Hearts", None, ("littlehearts", "lhfdn")),
    ("Hope 4 Little Hearts", "littlehearts"),
    ("Little Hearts Fdn", "lhfdn"),
    ("Little Hearts NZ", "lhfdn"),
    ("Mason & Quill", None, ("masonquill", "masonquillprint")),
    ("Mason Quill Design", "masonquill"),
    ("Mason and Quill printers", "masonquillprint"),
    ("Tavistock Labs", None, ("tavau", "tavuk", "tavus")),
    ("Tavistock", None, ("tavau", "tavuk", "tavus")),
    ("Tavistock Labs UK", "tavuk"),
    ("Tavistock Labs Inc", "tavus"),
    ("Tavistock Laboratories Australia", "tavau"),
    ("tavistocklabs.com", "tavus"),
    ("Newcastle Permanent", "ncpbs"),
    ("Monash", None, ("monash", "monashhealth")),
    ("Monash Medical Centre", None, ("monashhealth",)),
    ("Monash Health", "monashhealth"),
    ("Monash Uni", "monash"),
    ("QSO", "qso"),
    ("Qld Ballet", "qball"),
    ("Queensland orchestra", "qso"),
    ("Melbourne Airport", "melbairport"),
    ("RFDS", None, ("rfdsqld", "rfdswa")),
    ("Royal Flying Doctor Service", None, ("rfdsqld", "rfdswa")),
    ("Flying Doctors Queensland", "rfdsqld"),
    ("RFDS Western Operations", "rfdswa"),
    ("Cantermoor", None, ("cantdhb", "canthosp")),
    ("Cantermoor Health", None, ("cantdhb", "canthosp")),
    ("Cantermoor DHB", "cantdhb"),
    ("Cantermoor NHS Trust", "canthosp"),
    ("Wellington Phoenix", "wellphoenix"),
    ("Phoenix FC", "wellphoenix"),
    ("Summit", None, ("summithealth", "summitrealty", "summitrail")),
    ("Summit Realty", "summitrealty"),
    ("Summit Health", "summithealth"),
    ("Summit Rail", "summitrail"),
    ("Summit real estate", "summitrealty"),
    ("TQV", None, ("tqvlog", "tqventures")),
    ("TQV Logistics", "tqvlog"),
    ("Trent Quay", "tqventures"),
    ("7th Wave", None, ("seventhsurf", "seventhprod")),
    ("Seventh Wave", None, ("seventhsurf", "seventhprod")),
    ("7th Wave Surf", "seventhsurf"),
    ("Seventh Wave Productions", "seventhprod"),
    ("Ferris Valley Council", None, ("ferrisupper", "ferrislower")),
    ("Upper Ferris", "ferrisupper"),
    ("Lower Ferris Valley", "ferrislower"),
    ("LFVC", "ferrislower"),
    ("Dunleavy Consulting", None, ("dunleng", "dunlgrp")),
    ("Dunleavy Engineers", "dunleng"),
    ("Dunleavy Consulting Group Pty Ltd", "dunlgrp"),
    ("Dunleavy Ireland", "dunleng"),
    ("Huaxin Electronics", None, ("huaxinsz", "huaxinhk")),
    ("Huaxin Electronics Shenzhen", "huaxinsz"),
    ("Huaxin Electronics Hong Kong", "huaxinhk"),
    ("Huaxin HK Ltd", "huaxinhk"),
])

CONTACT_PHRASE = _cases("contact phrase", [
    ("Regards, Priya Nair | Senior Associate | Fenwick Oakes Lawyers | Level 9, 120 Edward St, Brisbane", "fenoakes",
     (), "Priya Nair"),
    ("tom.hale@hartwellpackaging.co.nz", "hartpack", (), "Tom Hale"),
    ("Can you check who owns Lantern Capital?", "lanterncap"),
    ("Met the practice manager at Murrabeen Medical Centre today, keen on a rostering review", "murramc"),
    ("Sarah Koh, Head of Procurement, Fjellvik Marine Pte. Ltd., Singapore", "fjellsg", (), "Sarah Koh"),
    ("who looks after the University of Ardlow account?", "ardlowuni"),
    ("mark.brennan@summitrail.com.au sent over the tender docs", "summitrail", (), "Mark Brennan"),
    ("Dr Helen Park | Director of Philanthropy | Pennicott Children's Hospital Foundation", "pennfdn", (),
     "Helen Park"),
    ("Ana Souza <ana.souza@petrobras.com.br>", "petrobras", (), "Ana Souza"),
    ("Rohan from procurement at Carrow Valley Water rang about the SCADA upgrade", "cvwater"),
    ("FYI - Liam Walsh (liam.walsh@dunleavy.ie) wants a proposal", "dunleng", (), "Liam Walsh"),
    ("Jess Wong – Partnerships Lead – Queensland Ballet", "qball", (), "Jess Wong"),
    ("did anyone register Orrin Mutual Bank yet?", "orrinbank"),
])

OFFICE_OR_BRANCH = _cases("office or branch", [
    ("Marrick Hydraulics, Christchurch branch", "marricknz"),
    ("Summit Realty Group - Gold Coast office", "summitrealty"),
    ("Fenwick Oakes Lawyers (Sydney office)", "fenoakes"),
    ("Tavistock Labs Manchester site", "tavuk"),
    ("Fjellvik Marine Bergen office", "fjellno"),
    ("Coastline Outfitters Auckland store", "coastnz"),
    ("Coastline Outfitters Bondi Junction store", "pinecrest"),
    ("Lindqvist Freight Gothenburg depot", "lindqse"),
    ("Lindqvist Freight, Felixstowe", "lindquk"),
    ("Bankwest Perth CBD branch", "bankwest"),
    ("Newcastle Permanent, Charlestown branch", "ncpbs"),
    ("Deloitte Melbourne office", "deloitte"),
])

INITIALISM = _cases("initialism, long name", [
    ("Dept. of the PM and Cabinet", "pmc"),
    ("Aust. Securities & Investments Commission", "asic"),
    ("Ministry of Business Innovation & Employment", "mbie"),
    ("Walter & Eliza Hall Institute", "wehi"),
])

SPLIT_OR_JOINED = _cases("split or joined", [
    ("Drop Box", "dropbox"), ("Blue Scope Steel", "bluescope"), ("Air Tasker", "airtasker"),
    ("Master Card", "mastercard"), ("Linked In", "linkedin"), ("LanternCapital", "lanterncap"),
    ("North Gate TAFE", "northgatetafe"), ("Aus Net Services", "ausnet"),
])

ALL_CAPITALS = _cases("all capitals", [
    ("FENWICK OAKES LAWYERS", "fenoakes"), ("PENNICOTT PRIVATE HOSPITAL", "pennpriv"),
    ("UNIVERSITY OF ARDLOW", "ardlowuni"), ("MARRICK HYDRAULICS LIMITED", "marricknz"),
    ("QUEENSLAND SYMPHONY ORCHESTRA", "qso"),
])

TYPO = _cases("typo, long name", [
    ("Pennicot Children's Hospital", "pennchild"), ("Univeristy of Ardlow", "ardlowuni"),
    ("Fenwik Oakes Lawyers", "fenoakes"), ("Massachusets Institute of Technology", "mit"),
    ("Commonweath Scientific and Industrial Research Organisation", "csiro"),
    ("Queensland Symphony Orchesta", "qso"), ("Royal Flying Docter Service Queensland", "rfdsqld"),
    ("Newcastle Permenant Building Society", "ncpbs"), ("Edith Cowen University", "ecu"),
    ("Imperial Colege London", "imperial"), ("Walter and Eliza Hall Insitute of Medical Research", "wehi"),
])

REORDERED = _cases("reordered", [
    ("Ardlow, University of", "ardlowuni"), ("Sydney, The University of", "usyd"),
    ("Health and Aged Care, Department of", "doha"), ("Foreign Affairs and Trade (Department of)", "dfat"),
    ("Education Department Queensland", "qldedu"), ("Ministry of Health, Ontario", "onhealth"),
])

FOREIGN_LEGAL_FORM = _cases("foreign legal form", [
    ("Brueckner Werkzeug G.m.b.H.", "bruckner"), ("Fjellvik Marine Pte Ltd", "fjellsg"),
    ("Fjellvik Marine A/S", "fjellno"), ("Skanska Aktiebolag", "skanska"), ("Gedeon Richter Plc", "richter"),
    ("Scheldt Port Services SA", "scheldt"), ("Lindqvist Freight Aktiebolag", "lindqse"),
    ("Kestrel Analytics Gesellschaft mit beschränkter Haftung", "kestrel"),
    ("Vanterpool Insurance Ltd", None, ("vanterch", "vanterit")),
    ("Huaxin Electronics (Shenzhen) Co Ltd", "huaxinsz"), ("Zalando Societas Europaea", "zalando"),
])

PUBLIC_SUFFIX = _cases("public suffix", [
    ("www.ardlow.edu.au", "ardlowuni"), ("https://www.lanterntrust.org.au/donate", "lanterntrust"),
    ("valuergeneral.nsw.gov.au", "vgnsw"), ("marrickhydraulics.com.au", "marrickau"),
    ("orders@coastlineoutfitters.co.nz", "coastnz"), ("cantermoor.nhs.uk", "canthosp"),
    ("http://fjellvik.no/kontakt", "fjellno"), ("reception@murrabeen.health.wa.gov.au", "murrahs"),
    ("upperferris.nsw.gov.au", "ferrisupper"), ("tavistocklabs.co.uk", "tavuk"), ("wrc.nsw.gov.au", "wexreg"),
    ("nsw.gov.au", None), ("org.au", None), ("nhs.uk", None),
])

NEGATIVE = _cases("negative", [
    ("Marrick Pneumatics", None), ("Carrow Valley Dairy Co-op", None), ("Ardlow Football Club", None),
    ("Summit Pharmaceuticals", None), ("Lantern Media Group", None), ("Fjellvik Fisheries AS", None),
    ("Kellaway Shire Council", None), ("Cantermoor Rugby Club", None), ("Yallambee Tennis Club", None),
    ("Ferris Valley Water", None), ("Northgate Private Hospital", None), ("Seventh-day Adventist Church", None),
    ("Dunleavy Plumbing", None), ("Lantern Festival Committee", None), ("Huaxin Cement", None),
    ("Brückner Maschinenbau", None), ("Hartwell Primary School", None),
    ("priya.nair@gmail.com", None), ("bob@outlook.com", None), ("jane.doe@yahoo.com.au", None),
    ("hotmail.com", None), ("com.au", None), ("co.nz", None), ("gov.uk", None),
    ("Gresham Bay Logistics", None), ("Tallangatta Dairy Co-op", None), ("Pemberley Analytics Ltd", None),
    ("Ironvale Security Services", None), ("Blue Gum Childcare Centre", None), ("Kookaburra Kitchens", None),
    ("Sandalwood Mining NL", None), ("Halcyon Dental Studio", None), ("Riverside Community Legal Centre", None),
    ("Western Bulldogs", None), ("Tesla", None), ("Nvidia Corporation", None),
    ("Auckland University of Technology", None), ("Griffith University", None), ("Newcastle Knights", None),
    ("university", None), ("the council", None), ("Pty Ltd", None), ("Limited", None), ("bank", None),
    ("hospital", None), ("who owns this?", None), ("thanks team!", None), ("TBC", None),
    ("info@pemberleyanalytics.co.uk", None), ("Oakes Partners Lawyers", None),
])

FRESH2: tuple[Case, ...] = tuple(
    CONFUSABLE + CONTACT_PHRASE + OFFICE_OR_BRANCH + INITIALISM + SPLIT_OR_JOINED + ALL_CAPITALS + TYPO + REORDERED
    + FOREIGN_LEGAL_FORM + PUBLIC_SUFFIX + NEGATIVE)
