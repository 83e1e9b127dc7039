"""Round 8, set B: confusable groups of real-world shape, where a careful reader must either pick one client or ask.
Forty-four clients in nineteen groups of two or three, from the UK, Ireland, the US, Canada, New Zealand, Singapore and
Malaysia, India, South Africa, Germany, Norway, Sweden and Australia: law firms named after their partners in either
order, a family company with its transport arm and foundation, two shires of one name in two states beside a land
council, one mutual insurer in the US and in Canada, three clients under "Summit" and three under "Crown", three
Indian companies with the initials SVT, a Swedish and a German firm both known as BKV, a holding company whose trading
name is the start of another's name, a Maori health trust and its pharmacy, two schools of one saint, a dairy union and
a co-operative bank of one valley, a Norwegian co-operative and a company whose names differ by a space, two clubs of
one village in two codes, an engineering consultancy in Australia and New Zealand differing only by "&" and legal form,
a German town with its utility and transport company, a cold-chain firm in Singapore and Malaysia, one county name in
two US states, and a Canadian franchisor beside a numbered company running one of its franchises. The queries mix
answers (each client named distinctively, with typos, short forms, capitals, initials, places, people and web
addresses) with questions the bot must ask (a head word alone, shared initials, a short form that fits two) and
near-miss negatives (real or plausible organisations that share a word but are not registered). The set was written
by hand from general knowledge, before any tuning on it, and the matcher was not run on it while it was written.
"""

from __future__ import annotations

from bot.rules.matching import ClientEntry
from tests.data.matching_clients_unseen import CLIENTS_UNSEEN, Row, entries
from tests.data.matching_eval import Case, _cases

_ROWS: list[Row] = [
    # external_id, name, aliases, domains, country (ISO 3166 alpha-2), registration number or None
    # Law firms named after two partners, in either order, in London and Dublin.
    ("fenquayle", "Fennimore & Quayle LLP", (), ("fennimorequayle.co.uk",), "GB", "OC398172"),
    ("quaylefen", "Quayle Fennimore Solicitors", (), ("quaylefennimore.ie",), "IE", None),
    # A South African family company, its transport arm and its foundation.
    ("mokoenahold", "Mokoena Brothers Holdings (Pty) Ltd", (), ("mokoenabros.co.za",), "ZA", "2003/021876/07"),
    ("mokoenatrans", "Mokoena Brothers Transport (Pty) Ltd", ("MB Transport",), ("mokoenatransport.co.za",), "ZA",
     "2007/145502/07"),
    ("mokoenafdn", "Mokoena Foundation NPC", (), ("mokoenafoundation.org.za",), "ZA", "2015/332190/08"),
    # One shire name in two states (the words in another order), and a land council of the same town.
    ("tullansw", "Tullagong Shire Council", (), ("tullagong.nsw.gov.au",), "AU", None),
    ("tullawa", "Shire of Tullagong", (), ("tullagong.wa.gov.au",), "AU", None),
    ("tullalalc", "Tullagong Local Aboriginal Land Council", (), ("tullagonglalc.org.au",), "AU", None),
    # One mutual insurer's name in the US and in Canada.
    ("bellhavenus", "Bellhaven Mutual Insurance Company", (), ("bellhavenmutual.com",), "US", None),
    ("bellhavenca", "Bellhaven Mutual Insurance Company of Canada", (), ("bellhavenmutual.ca",), "CA", None),
    # A generic head word: Summit.
    ("summitgeo", "Summit Geotechnical Limited", (), ("summitgeo.co.nz",), "NZ", None),
    ("summitsport", "Summit Sports Medicine Clinic", (), ("summitsportsmed.ie",), "IE", None),
    ("summitcoop", "Summit Housing Co-operative Inc.", (), ("summithousing.ca",), "CA", None),
    # A generic head word: Crown.
    ("crownhill", "Crown Hill Rugby Football Club", (), ("crownhillrfc.co.uk",), "GB", None),
    ("crownst", "Crown Street Medical Centre", (), ("crownstreetmedical.com.au",), "AU", None),
    ("crownvalley", "Crown Valley Citrus Co-operative Limited", (), ("crownvalleycitrus.co.za",), "ZA", None),
    # Three Indian companies with the initials SVT.
    ("svtextiles", "Shree Venkatesh Textiles Private Limited", (), ("svtextiles.co.in",), "IN",
     "U17111TZ2004PTC011234"),
    ("svtransport", "Sri Vinayaka Transport Private Limited", (), ("srivinayakatransport.com",), "IN", None),
    ("svtubes", "Sai Vishnu Tubes Limited", (), ("saivishnutubes.com",), "IN", None),
    # Two refrigeration firms known as BKV, in Sweden and Germany.
    ("bkvse", "Bergström Kyl & Ventilation AB", (), ("bkv.se",), "SE", None),
    ("bkvde", "Berliner Kältetechnik Vertrieb GmbH", (), ("bkv-berlin.de",), "DE", None),
    # A holding company trading as "Orrin Bay", and a seafood company whose name starts with it.
    ("caldermarr", "Calder Marr Holdings Ltd", ("Orrin Bay",), ("caldermarr.co.uk", "orrinbay.co.uk"), "GB",
     "SC587214"),
    ("orrinbay", "Orrin Bay Seafoods Limited", (), ("orrinbayseafoods.ie",), "IE", "612874"),
    # A Maori health trust and its pharmacy company (macron on one only).
    ("terakautrust", "Te Rākau Hauora Trust", (), ("terakau.org.nz",), "NZ", None),
    ("terakaupharm", "Te Rakau Hauora Pharmacy Limited", (), ("terakaupharmacy.co.nz",), "NZ", "9429047125834"),
    # Two schools of one saint, in New Zealand and England.
    ("stoswinnz", "St Oswin's College", (), ("stoswins.school.nz",), "NZ", None),
    ("stoswingb", "St Oswin's Grammar School", (), ("stoswinsgrammar.org.uk",), "GB", None),
    # Two co-operatives of one Indian valley.
    ("kaverimilk", "Kaveri Valley Milk Producers' Co-operative Union Ltd", (), ("kaverimilk.coop",), "IN", None),
    ("kaveribank", "Kaveri Valley Co-operative Bank Ltd", (), ("kavericoopbank.in",), "IN", None),
    # A Norwegian fruit co-operative and a company whose names differ by a space.
    ("hardangersa", "Hardangerfrukt SA", (), ("hardangerfrukt.no",), "NO", None),
    ("hardangeras", "Hardanger Frukt og Bær AS", (), ("hardangerfruktogbaer.no",), "NO", None),
    # Two clubs of one village, Gaelic games in Donegal and soccer over the border.
    ("kilgaa", "Kilcreggan Harps GAA Club", (), ("kilcregganharps.ie",), "IE", None),
    ("kilafc", "Kilcreggan Harps AFC", (), ("kilcregganharpsafc.co.uk",), "GB", None),
    # One engineering consultancy's name in Australia and New Zealand, differing by "&" and legal form.
    ("morrowau", "Morrow & Finch Consulting Engineers Pty Ltd", (), ("morrowfinch.com.au",), "AU", None),
    ("morrownz", "Morrow Finch Consulting Engineers Limited", (), ("morrowfinch.co.nz",), "NZ", None),
    # A German town, its municipal utility and its transport company.
    ("auenstadt", "Stadt Auenbach", ("City of Auenbach",), ("auenbach.de",), "DE", None),
    ("auenwerke", "Stadtwerke Auenbach GmbH", ("SWA",), ("stadtwerke-auenbach.de",), "DE", None),
    ("auenvg", "Auenbach Verkehrsgesellschaft mbH", ("AVG",), ("avg-auenbach.de",), "DE", None),
    # A cold-chain firm in Singapore and in Malaysia.
    ("kallangsg", "Kallang Cold Chain Pte Ltd", (), ("kallangcoldchain.com.sg",), "SG", None),
    ("kallangmy", "Kallang Cold Chain Sdn Bhd", (), ("kallangcoldchain.com.my",), "MY", None),
    # One county name in two US states.
    ("fairoh", "Fairbourne County, Ohio", (), ("fairbournecountyoh.gov",), "US", None),
    ("fairpa", "Fairbourne County, Pennsylvania", (), ("fairbournecountypa.gov",), "US", None),
    # A Canadian franchisor and a numbered company that runs one of its franchises.
    ("maplecrest", "Maple Crest Tutoring Franchise Corp.", (), ("maplecresttutoring.ca",), "CA", None),
    ("mcmiss", "2145678 Ontario Inc.", ("Maple Crest Tutoring Mississauga",), (), "CA", "2145678"),
]

R8B_CLIENTS: tuple[ClientEntry, ...] = CLIENTS_UNSEEN + entries(_ROWS, 10501)

CONFUSABLE = _cases("confusable pair", [
    ("Fennimore & Quayle", "fenquayle"),
    ("Quayle Fennimore", "quaylefen"),
    ("Fennimore Quayle", "fenquayle"),
    ("Quayle & Fennimore solicitors", "quaylefen"),
    ("Quayle", None, ("fenquayle", "quaylefen")),
    ("Mokoena", None, ("mokoenahold", "mokoenatrans", "mokoenafdn")),
    ("Mokoena Brothers", None, ("mokoenahold", "mokoenatrans")),
    ("Mokoena Holdings", "mokoenahold"),
    ("Tullagong", None, ("tullansw", "tullawa", "tullalalc")),
    ("Tullagong Shire", None, ("tullansw", "tullawa")),
    ("Tullagong council", None, ("tullansw", "tullawa")),
    ("Shire of Tullagong", "tullawa"),
    ("Tullagong Shire Council", "tullansw"),
    ("Tullagong Land Council", "tullalalc"),
    ("Bellhaven Mutual", None, ("bellhavenus", "bellhavenca")),
    ("Summit Geotech", "summitgeo"),
    ("Summit Housing", "summitcoop"),
    ("Crown", None, ("crownhill", "crownst", "crownvalley")),
    ("Crown Street", "crownst"),
    ("Shree Venkatesh Textiles", "svtextiles"),
    ("Sai Vishnu Tubes Ltd", "svtubes"),
    ("Bergstrom Kyl och Ventilation", "bkvse"),
    ("Orrin Bay", None, ("caldermarr", "orrinbay")),
    ("Orrin Bay Seafoods", "orrinbay"),
    ("Calder Marr Holdings t/a Orrin Bay", "caldermarr"),
    ("Te Rakau Hauora", None, ("terakautrust", "terakaupharm")),
    ("Te Rākau", None, ("terakautrust", "terakaupharm")),
    ("St Oswin's", None, ("stoswinnz", "stoswingb")),
    ("St Oswin's school", None, ("stoswinnz", "stoswingb")),
    ("Saint Oswins College", "stoswinnz"),
    ("Kaveri Valley", None, ("kaverimilk", "kaveribank")),
    ("Kaveri Valley Co-op", None, ("kaverimilk", "kaveribank")),
    ("Kaveri Bank", "kaveribank"),
    ("Hardanger", None, ("hardangersa", "hardangeras")),
    ("Hardanger fruit and berries", "hardangeras"),
    ("Kilcreggan Harps", None, ("kilgaa", "kilafc")),
    ("Kilcreggan GAA", "kilgaa"),
    ("Kilcreggan Harps soccer club", "kilafc"),
    ("Morrow & Finch", None, ("morrowau", "morrownz")),
    ("Morrow Finch", None, ("morrowau", "morrownz")),
    ("Morrow Finch NZ", "morrownz"),
    ("Auenbach", None, ("auenstadt", "auenwerke", "auenvg")),
    ("Stadtwerke Auenbach", "auenwerke"),
    ("Auenbach municipal utility", "auenwerke"),
    ("AVG Auenbach", "auenvg"),
    ("Stadtverwaltung Auenbach", "auenstadt"),
    ("Kallang Cold Chain", None, ("kallangsg", "kallangmy")),
    ("Fairbourne County", None, ("fairoh", "fairpa")),
    ("Maple Crest Tutoring", None, ("maplecrest", "mcmiss")),
    ("Maple Crest Tutoring Mississauga", "mcmiss"),
])

CONTACT = _cases("contact phrase", [
    ("Niamh Brennan, partner at Quayle Fennimore", "quaylefen"),
    ("Thandi Mokoena, CEO of Mokoena Brothers Holdings", "mokoenahold"),
    ("Dr Aoife Walsh, Summit Sports Medicine", "summitsport"),
    ("Mr. R. Subramanian, MD, Sai Vishnu Tubes", "svtubes"),
    ("Aroha Ngata, kaiwhakahaere at Te Rākau Hauora Trust", "terakautrust"),
    ("Mrs Helen Carver, Principal, St Oswin's College", "stoswinnz"),
    ("Sean Gallagher, club secretary, Kilcreggan Harps GAA", "kilgaa"),
    ("Priya Nair – CFO, Kallang Cold Chain Sdn Bhd", "kallangmy"),
    ("Commissioner Dana Whitfield, Fairbourne County (Ohio)", "fairoh"),
    ("Jürgen Weiß, Geschäftsführer Stadtwerke Auenbach", "auenwerke"),
    ("Tom Reid, principal engineer at Morrow Finch NZ", "morrownz"),
])

OFFICE = _cases("office or branch", [
    ("Quayle Fennimore Solicitors Dublin", "quaylefen"),
    ("Mokoena Brothers Transport, Durban depot", "mokoenatrans"),
    ("Bellhaven Mutual Insurance, Toronto office", "bellhavenca"),
    ("Bellhaven Mutual, Hartford CT", "bellhavenus"),
    ("Summit Sports Med Clinic Galway", "summitsport"),
    ("Crown St Medical Centre, Wollongong", "crownst"),
    ("Sri Vinayaka Transport Pvt. Ltd., Hosur branch", "svtransport"),
    ("BKV Berlin", "bkvde"),
    ("Orrin Bay Seafood Ltd, Killybegs", "orrinbay"),
    ("Te Rakau pharmacy, Hastings", "terakaupharm"),
    ("St Oswin's College, Christchurch", "stoswinnz"),
    ("Kaveri Valley Coop Bank, Mysuru branch", "kaveribank"),
    ("Morrow and Finch Consulting Engineers, Brisbane", "morrowau"),
    ("Kallang Cold Chain, Johor Bahru warehouse", "kallangmy"),
    ("Kallang Cold Chain Tuas facility", "kallangsg"),
    ("Fairbourne County Ohio sheriff's office", "fairoh"),
    ("Maple Crest Mississauga", "mcmiss"),
    ("Hardangerfrukt, lageret i Lofthus", "hardangersa"),
])

INITIALISM = _cases("initialism, long name", [
    ("SVT", None, ("svtextiles", "svtransport", "svtubes")),
    ("SVT Pvt Ltd", None, ("svtextiles", "svtransport")),
    ("SV Tubes", "svtubes"),
    ("BKV", None, ("bkvse", "bkvde")),
    ("Tullagong LALC", "tullalalc"),
    ("TRHT", "terakautrust"),
    ("KVMPCU", "kaverimilk"),
    ("KVCB", "kaveribank"),
    ("KCC", None, ("kallangsg", "kallangmy")),
    ("MF Consulting Engineers", None, ("morrowau", "morrownz")),
    ("Crown Hill RFC", "crownhill"),
    ("Kilcreggan Harps Association Football Club", "kilafc"),
    ("SWA Auenbach", "auenwerke"),
    ("MB Transport", "mokoenatrans"),
    ("FQ LLP", "fenquayle"),
])

SPLIT = _cases("split or joined", [
    ("Hardangerfrukt", "hardangersa"),
    ("Hardanger Frukt", None, ("hardangersa", "hardangeras")),
    ("Caldermarr Holdings", "caldermarr"),
    ("Kallang Coldchain Singapore", "kallangsg"),
    ("Maplecrest Tutoring Franchise", "maplecrest"),
    ("Summit Housing Cooperative", "summitcoop"),
    ("Kaveri Valley Milk Producers Cooperative Union", "kaverimilk"),
    ("Crownhill Rugby Football Club", "crownhill"),
    ("Bell Haven Mutual Insurance Co of Canada", "bellhavenca"),
    ("Morrowfinch", None, ("morrowau", "morrownz")),
])

ALLCAPS = _cases("all capitals", [
    ("FENNIMORE & QUAYLE LLP", "fenquayle"),
    ("MOKOENA BROTHERS TRANSPORT (PTY) LTD", "mokoenatrans"),
    ("BELLHAVEN MUTUAL INSURANCE COMPANY", "bellhavenus"),
    ("SUMMIT SPORTS MEDICINE", "summitsport"),
    ("CROWN STREET MEDICAL CENTRE", "crownst"),
    ("SHREE VENKATESH TEXTILES PVT LTD", "svtextiles"),
    ("BERLINER KÄLTETECHNIK VERTRIEB GMBH", "bkvde"),
    ("CALDER MARR HOLDINGS LIMITED", "caldermarr"),
    ("TE RAKAU HAUORA TRUST", "terakautrust"),
    ("ST OSWINS GRAMMAR SCHOOL", "stoswingb"),
    ("KAVERI VALLEY CO-OPERATIVE BANK LTD", "kaveribank"),
    ("HARDANGERFRUKT SA", "hardangersa"),
    ("KILCREGGAN HARPS GAA", "kilgaa"),
    ("MORROW & FINCH CONSULTING ENGINEERS PTY LTD", "morrowau"),
    ("STADTWERKE AUENBACH GMBH", "auenwerke"),
    ("KALLANG COLD CHAIN PTE LTD", "kallangsg"),
    ("FAIRBOURNE COUNTY PA", "fairpa"),
    ("MAPLE CREST TUTORING FRANCHISE CORP", "maplecrest"),
])

TYPO = _cases("typo, long name", [
    ("Fenimore & Quayle LLP", "fenquayle"),
    ("Tullagong Local Aborignal Land Council", "tullalalc"),
    ("Bellhaven Mutal Insurance Company of Canada", "bellhavenca"),
    ("Summit Geotecnical Ltd", "summitgeo"),
    ("Crown Street Medical Center", "crownst"),
    ("Sree Vinayaka Transports", "svtransport"),
    ("Shri Venkatesh Textile Pvt Ltd", "svtextiles"),
    ("Berliner Kaeltetechnik Vertrieb", "bkvde"),
    ("Te Rakau Hauroa Trust", "terakautrust"),
    ("Kaveri Vally Milk Producers Co-operative Union", "kaverimilk"),
    ("Cauvery Valley Co-operative Bank", "kaveribank"),
    ("Kilcregan Harps AFC", "kilafc"),
    ("Morow & Finch Consulting Engineers Pty Ltd", "morrowau"),
    ("Auenbacher Verkehrsgesellschaft", "auenvg"),
    ("Fairborne County, Pennsylvania", "fairpa"),
    ("Hardanger Frukt og Bar AS", "hardangeras"),
    ("St Oswin's Grammer School", "stoswingb"),
    ("Crown Valley Citrus Co-operatve", "crownvalley"),
])

REORDERED = _cases("reordered", [
    ("Tullagong, Shire of", "tullawa"),
    ("Ohio, Fairbourne County", "fairoh"),
    ("Pennsylvania Fairbourne County", "fairpa"),
    ("Finch Morrow", None, ("morrowau", "morrownz")),
    ("Canada Bellhaven Mutual Insurance", "bellhavenca"),
    ("Auenbach Stadtwerke", "auenwerke"),
    ("Verkehrsgesellschaft Auenbach", "auenvg"),
])

FOREIGN = _cases("foreign legal form", [
    ("Mokoena Brothers Holdings Proprietary Limited", "mokoenahold"),
    ("Mokoena Foundation (RF) NPC", "mokoenafdn"),
    ("Mokoena Brothers Transport (Pty) Ltd, reg. 2007/145502/07", "mokoenatrans"),
    ("BKV AB", "bkvse"),
    ("BKV GmbH", "bkvde"),
    ("Kallang Cold Chain Pte. Ltd.", "kallangsg"),
    ("Kallang Cold Chain Sdn. Bhd.", "kallangmy"),
    ("Hardangerfrukt samvirkelag", "hardangersa"),
    ("Hardanger Frukt og Bær A/S", "hardangeras"),
    ("Auenbach Verkehrs GmbH", "auenvg"),
    ("Auenbach GmbH", None, ("auenwerke", "auenvg")),
    ("Morrow & Finch Pty Ltd", "morrowau"),
    ("Morrow Finch Limited", "morrownz"),
    ("2145678 Ont. Inc.", "mcmiss"),
    ("Sri Vinayaka Transport (P) Ltd", "svtransport"),
    ("Crown Valley Citrus (Pty) Ltd", "crownvalley"),
])

PUBLIC = _cases("public suffix", [
    ("j.hart@fennimorequayle.co.uk", "fenquayle"),
    ("quaylefennimore.ie", "quaylefen"),
    ("info@mokoenafoundation.org.za", "mokoenafdn"),
    ("rates@tullagong.wa.gov.au", "tullawa"),
    ("tullagong.nsw.gov.au", "tullansw"),
    ("claims@bellhavenmutual.ca", "bellhavenca"),
    ("www.bellhavenmutual.com", "bellhavenus"),
    ("accounts@srivinayakatransport.com", "svtransport"),
    ("service@bkv.se", "bkvse"),
    ("reservations@orrinbay.co.uk", "caldermarr"),
    ("orrinbayseafoods.ie", "orrinbay"),
    ("terakaupharmacy.co.nz", "terakaupharm"),
    ("bursar@stoswinsgrammar.org.uk", "stoswingb"),
    ("kaverimilk.coop", "kaverimilk"),
    ("post@hardangerfrukt.no", "hardangersa"),
    ("buergerservice@auenbach.de", "auenstadt"),
    ("www.fairbournecountypa.gov", "fairpa"),
    ("franchise@maplecresttutoring.ca", "maplecrest"),
    ("crownvalleycitrus.co.za", "crownvalley"),
    ("https://www.kilcregganharpsafc.co.uk/fixtures", "kilafc"),
])

NEGATIVE = _cases("negative", [
    ("Quayle Munro", None),
    ("Fennimore Capital Partners", None),
    ("Quayle & Co Chartered Accountants", None),
    ("Mokoena Attorneys Inc.", None),
    ("Thabo Mokoena", None),
    ("Tullagong Public School", None),
    ("Tullagong Show Society", None),
    ("Belhaven Brewery", None),
    ("Bellhaven Realty Group", None),
    ("Summit Materials", None),
    ("Summit Surveyors Ltd", None),
    ("Summit Hotel Properties", None),
    ("Summit County, Ohio", None),
    ("Crown Resorts", None),
    ("Crown Castle International", None),
    ("The Crown Estate", None),
    ("Crown Street Public School", None),
    ("Crown Hill Cemetery", None),
    ("Sri Vinayaka Travels", None),
    ("SVT Robotics", None),
    ("BKV Zrt. Budapest", None),
    ("Bergström Bygg AB", None),
    ("Marr Contracting", None),
    ("Calder Valley Holdings", None),
    ("Te Rau Ora", None),
    ("Te Rākau Theatre Trust", None),
    ("St Oswald's College", None),
    ("St Oswin's Church, Wylam", None),
    ("Kaveri Grameena Bank", None),
    ("Kaveri Seed Company", None),
    ("Hardanger Saft- og Siderfabrikk", None),
    ("Hardanger Fjord Lodge", None),
    ("Finn Harps FC", None),
    ("Kilcreggan Rovers", None),
    ("Morrow Sodali", None),
    ("Finch & Associates Consulting Engineers", None),
    ("AVG Technologies", None),
    ("SV Auenbach 1908 e.V.", None),
    ("Kallang Trading Pte Ltd", None),
    ("Kallang Wave Mall", None),
    ("Fairbourne Railway", None),
    ("Maple Leaf Tutoring", None),
    ("Maple Crest Dental", None),
    ("2154401 Ontario Inc.", None),
])

R8B: tuple[Case, ...] = tuple(CONFUSABLE + CONTACT + OFFICE + INITIALISM + SPLIT + ALLCAPS + TYPO + REORDERED + FOREIGN
                              + PUBLIC + NEGATIVE)
