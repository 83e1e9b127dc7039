"""Held-out check set "fresh3": a broad picture of launch-day "who owns ...?" questions, never to be tuned on.

It adds about forty clients from many countries and kinds (charities, universities and polytechnics, hospitals and
health districts, municipal utilities, a co-operative dairy and a grain co-operative, family businesses, banks,
housing bodies, public agencies, companies under Danish, Dutch, Spanish, Italian, Polish, Turkish, Malaysian,
Singaporean and South African legal forms), about half of them in confusable groups of two or three or beside a
registry client they are easily mistaken for. The queries are the shapes people really type or paste: short names,
colleagues' names and roles, emails and web addresses, offices and campuses, initials of long names, split or joined
brands, all capitals, typos, CRM-style reordering, legal forms written another way, and near-miss organisations that
are not clients. The set was written by hand from general knowledge before any tuning, and the matcher was not run on
it while it was being written.
"""

from __future__ import annotations

from bot.rules.matching import ClientEntry
from tests.data.matching_clients_unseen import CLIENTS_UNSEEN, Row, entries
from tests.data.matching_eval import Case, _cases

_ROWS: list[Row] = [
    # external_id, name, aliases, domains, country (ISO 3166 alpha-2), registration number or None
    # Confusable groups among the new clients.
    ("oxfamau", "Oxfam Australia", (), ("oxfam.org.au",), "AU", None),
    ("oxfamnz", "Oxfam Aotearoa", ("Oxfam New Zealand",), ("oxfam.org.nz",), "NZ", None),
    ("waikato", "University of Waikato", ("Te Whare Wānanga o Waikato",), ("waikato.ac.nz",), "NZ", None),
    ("wintec", "Waikato Institute of Technology", ("Wintec",), ("wintec.ac.nz",), "NZ", None),
    ("materqld", "Mater Misericordiae Ltd", ("Mater Group",), ("mater.org.au",), "AU", None),
    ("materie", "Mater Misericordiae University Hospital", (), ("mater.ie",), "IE", None),
    ("swkiel", "Stadtwerke Kiel AG", (), ("stadtwerke-kiel.de",), "DE", None),
    ("swkoeln", "Stadtwerke Köln GmbH", (), ("stadtwerkekoeln.de",), "DE", None),
    ("shimizucorp", "Shimizu Corporation", (), ("shimz.co.jp",), "JP", None),
    ("shimizubank", "The Shimizu Bank, Ltd.", (), ("shimizubank.co.jp",), "JP", None),
    ("wslhd", "Western Sydney Local Health District", (), ("wslhd.health.nsw.gov.au",), "AU", None),
    ("nslhd", "Northern Sydney Local Health District", (), ("nslhd.health.nsw.gov.au",), "AU", None),
    ("bonacorsi", "Fratelli Bonacorsi S.p.A.", (), ("bonacorsi.it",), "IT", None),
    ("bonacorsivini", "Bonacorsi Vini S.r.l.", (), ("bonacorsivini.it",), "IT", None),
    ("bonacorsiau", "Bonacorsi Australia Pty Ltd", (), ("bonacorsi.com.au",), "AU", None),
    ("kowhaidairy", "Kōwhai Valley Co-operative Dairy Company Limited", ("Kōwhai Valley Dairy",),
     ("kowhaidairy.co.nz",), "NZ", None),
    ("kowhaiorch", "Kowhai Valley Orchards Limited", (), ("kowhaiorchards.co.nz",), "NZ", None),
    ("penroseha", "Penrose Housing Association Limited", (), ("penrosehousing.org.uk",), "GB", None),
    ("penrosehomes", "Penrose Homes Ltd", (), ("penrosehomes.co.uk",), "GB", "07345218"),
    ("griffith", "Griffith University", (), ("griffith.edu.au",), "AU", None),
    ("griffithcoll", "Griffith College", (), ("griffith.ie",), "IE", None),
    ("laurcu", "Laurentide Credit Union", (), ("laurentidecu.ca",), "CA", None),
    ("laurcap", "Laurentide Capital Inc.", (), ("laurentidecapital.ca",), "CA", None),
    # New clients easily mistaken for a registry client.
    ("beyondblue", "Beyond Blue Ltd", (), ("beyondblue.org.au",), "AU", None),
    ("kaingaora", "Kāinga Ora – Homes and Communities", (), ("kaingaora.govt.nz",), "NZ", None),
    ("aut", "Auckland University of Technology", ("AUT",), ("aut.ac.nz",), "NZ", None),
    ("pmhc", "Port Macquarie-Hastings Council", (), ("pmhc.nsw.gov.au",), "AU", None),
    ("telstrasuper", "Telstra Super Pty Ltd", (), ("telstrasuper.com.au",), "AU", None),
    ("scu", "Southern Cross University", (), ("scu.edu.au",), "AU", None),
    ("bendigohealth", "Bendigo Health Care Group", ("Bendigo Health",), ("bendigohealth.org.au",), "AU", None),
    # Single clients: long names, foreign legal forms, co-operatives, family businesses, public bodies.
    ("cbh", "Co-operative Bulk Handling Ltd", ("CBH Group",), ("cbh.com.au",), "AU", None),
    ("ratp", "Régie Autonome des Transports Parisiens", (), ("ratp.fr",), "FR", None),
    ("kplc", "Kenya Power and Lighting Company PLC", (), ("kplc.co.ke",), "KE", None),
    ("pkobp", "Powszechna Kasa Oszczędności Bank Polski S.A.", (), ("pkobp.pl",), "PL", None),
    ("thy", "Türk Hava Yolları A.O.", ("Turkish Airlines",), ("turkishairlines.com",), "TR", None),
    ("vestas", "Vestas Wind Systems A/S", (), ("vestas.com",), "DK", None),
    ("salvos", "The Salvation Army Australia", ("Salvos",), ("salvationarmy.org.au",), "AU", None),
    ("hargreaves", "Hargreaves & Daughters Funeral Directors Pty Ltd", (), ("hargreavesfunerals.com.au",), "AU",
     None),
    ("drakensig", "Drakensig Engineering (Pty) Ltd", (), ("drakensig.co.za",), "ZA", None),
    ("vandermolen", "Van der Molen Bouw B.V.", (), ("vandermolenbouw.nl",), "NL", None),
    ("olmedo", "Bodegas Olmedo Hermanos, S.L.", (), ("bodegasolmedo.es",), "ES", None),
    ("kenanga", "Sri Kenanga Holdings Berhad", (), ("srikenanga.com.my",), "MY", None),
    ("tanjong", "Tanjong Rhu Marine Pte. Ltd.", (), ("tanjongrhumarine.com.sg",), "SG", None),
    ("oaic", "Office of the Australian Information Commissioner", (), ("oaic.gov.au",), "AU", None),
    ("ndia", "National Disability Insurance Agency", (), ("ndis.gov.au",), "AU", None),
]

CLIENTS_FRESH3: tuple[ClientEntry, ...] = CLIENTS_UNSEEN + entries(_ROWS, 11001)

CONFUSABLE = _cases("confusable pair", [
    # Oxfam in two countries.
    ("Oxfam NZ", "oxfamnz"),
    ("oxfam new zealand", "oxfamnz"),
    ("Oxfam Aotearoa", "oxfamnz"),
    ("fundraising@oxfam.org.nz", "oxfamnz"),
    # A university and a polytechnic of one region.
    ("Waikato", None, ("waikato", "wintec")),
    ("Waikato Uni", "waikato"),
    ("Uni of Waikato", "waikato"),
    ("Wintec", "wintec"),
    ("Waikato Institute of Tech", "wintec"),
    ("Te Whare Wananga o Waikato", "waikato"),
    ("waikato.ac.nz", "waikato"),
    ("j.smith@wintec.ac.nz", "wintec"),
    ("Wintec | Te Pukenga", "wintec"),
    # Two Mater hospitals in two countries.
    # Two city utilities.
    ("Stadtwerke", None, ("swkiel", "swkoeln")),
    ("Stadtwerke Kiel", "swkiel"),
    ("Stadtwerke Koeln", "swkoeln"),
    ("Stadtwerke Koln", "swkoeln"),
    ("Stadtwerke Cologne", "swkoeln"),
    ("stadtwerke-kiel.de", "swkiel"),
    # A builder and a bank of one name.
    ("Shimizu", None, ("shimizucorp", "shimizubank")),
    ("Shimizu Corp", "shimizucorp"),
    ("Shimizu Bank", "shimizubank"),
    ("The Shimizu Bank", "shimizubank"),
    ("Shimizu Bank Ltd", "shimizubank"),
    ("Shimizu construction", "shimizucorp"),
    ("k.tanaka@shimizubank.co.jp", "shimizubank"),
    ("shimz.co.jp", "shimizucorp"),
    # Two health districts and a university sharing "Western Sydney".
    ("Western Sydney", None, ("wslhd", "wsu")),
    ("Western Sydney LHD", "wslhd"),
    ("WSLHD", "wslhd"),
    ("Western Sydney Health", "wslhd"),
    ("Western Sydney Local Health", "wslhd"),
    ("Northern Sydney LHD", "nslhd"),
    ("NSLHD", "nslhd"),
    ("Northern Sydney Health District", "nslhd"),
    ("Northern Sydney Local Health", "nslhd"),
    # A family company, its winery and its Australian importer.
    ("Bonacorsi", None, ("bonacorsi", "bonacorsivini", "bonacorsiau")),
    ("Bonacorsi Italy", None, ("bonacorsi", "bonacorsivini")),
    ("Fratelli Bonacorsi", "bonacorsi"),
    ("Bonacorsi Brothers", "bonacorsi"),
    ("Bonacorsi SpA", "bonacorsi"),
    ("Bonacorsi Vini", "bonacorsivini"),
    ("Bonacorsi wines", "bonacorsivini"),
    ("Bonacorsi srl", "bonacorsivini"),
    ("Bonacorsi Australia", "bonacorsiau"),
    ("Bonacorsi Pty Ltd", "bonacorsiau"),
    ("Bonacorsi AU", "bonacorsiau"),
    ("admin@bonacorsi.com.au", "bonacorsiau"),
    ("info@bonacorsivini.it", "bonacorsivini"),
    # A dairy co-operative and an orchard company of one valley, with and without the macron.
    ("Kowhai Valley", None, ("kowhaidairy", "kowhaiorch")),
    ("Kowhai Valley Limited", None, ("kowhaidairy", "kowhaiorch")),
    ("Kōwhai Valley Dairy", "kowhaidairy"),
    ("Kowhai Valley Dairy Co-op", "kowhaidairy"),
    ("Kowhai Valley Co-operative", "kowhaidairy"),
    ("Kowhai Dairy", "kowhaidairy"),
    ("Kowhai Valley Orchards", "kowhaiorch"),
    ("Kōwhai Valley orchard", "kowhaiorch"),
    # A housing association and a housebuilder.
    ("Penrose Housing", "penroseha"),
    ("Penrose HA", "penroseha"),
    ("Penrose Housing Assoc", "penroseha"),
    ("Penrose Homes", "penrosehomes"),
    ("Penrose Homes Limited", "penrosehomes"),
    ("Penrose Homes plc", "penrosehomes"),
    ("penrosehomes.co.uk", "penrosehomes"),
    ("Head of Estates, Penrose Housing", "penroseha"),
    ("accounts@penrosehousing.org.uk", "penroseha"),
    # A university and a college of one name in two countries.
    ("Griffith", None, ("griffith", "griffithcoll")),
    ("Griffith Uni", "griffith"),
    ("Griffith Univ", "griffith"),
    ("Griffith College Dublin", "griffithcoll"),
    ("Griffith Ireland", "griffithcoll"),
    ("Griffith College Cork", "griffithcoll"),
    ("griffith.edu.au", "griffith"),
    ("m.ross@griffith.ie", "griffithcoll"),
    # A credit union and an investment firm.
    ("Laurentide", None, ("laurcu", "laurcap")),
    ("Laurentide CU", "laurcu"),
    ("laurentide credit union", "laurcu"),
    ("Laurentide Capital", "laurcap"),
    ("Laurentide Capital Inc", "laurcap"),
    # New clients beside registry clients.
    ("Tamaki housing", "tamakihousing"),
    ("Telstra Superannuation", "telstrasuper"),
    ("Telstra super fund", "telstrasuper"),
    ("telstrasuper.com.au", "telstrasuper"),
    ("Bendigo", None, ("bendigo", "bendigohealth")),
    ("Bendigo Health", "bendigohealth"),
    ("Bendigo Hospital", "bendigohealth"),
    ("Bendigo and Adelaide", "bendigo"),
    ("CBH", "cbh"),
    ("CBH Group", "cbh"),
])

CONTACT = _cases("contact phrase", [
    ("James O'Connor - CFO, Co-operative Bulk Handling", "cbh"),
    ("priya.sharma@vestas.com", "vestas"),
    ("Dr Aroha Williams (University of Waikato)", "waikato"),
    ("Tom Becker | Stadtwerke Kiel AG | Vertrieb", "swkiel"),
    ("the procurement team at Bunnings", "bunnings"),
    ("Mark from Fortescue", "fortescue"),
    ("CIO of the Australian Taxation Office", "ato"),
    ("ops manager at Tanjong Rhu Marine", "tanjong"),
    ("j.mwangi@kplc.co.ke", "kplc"),
    ("Rachel Hargreaves, director, Hargreaves & Daughters", "hargreaves"),
    ("Pieter de Vries (Van der Molen Bouw) - projectleider", "vandermolen"),
])

OFFICE = _cases("office or branch", [
    ("Griffith University Gold Coast campus", "griffith"),
    ("Vestas Melbourne office", "vestas"),
    ("Turkish Airlines Sydney office", "thy"),
    ("Salvation Army Brisbane", "salvos"),
    ("Deloitte Parramatta", "deloitte"),
    ("KPMG Wellington office", "kpmg"),
    ("Bonacorsi Australia, Melbourne warehouse", "bonacorsiau"),
    ("Wintec Hamilton campus", "wintec"),
    ("NDIA Geelong national office", "ndia"),
])

INITIALISM = _cases("initialism, long name", [
    ("RATP", "ratp"),
    ("KPLC", "kplc"),
    ("PKO BP", "pkobp"),
    ("THY", "thy"),
    ("OAIC", "oaic"),
    ("NDIA", "ndia"),
])

SPLIT = _cases("split or joined", [
    ("Vandermolen Bouw", "vandermolen"),
    ("Tanjong-Rhu Marine", "tanjong"),
    ("Cooperative Bulk Handling", "cbh"),
])

CAPS = _cases("all capitals", [
    ("GRIFFITH COLLEGE", "griffithcoll"),
    ("VESTAS WIND SYSTEMS A/S", "vestas"),
    ("THE SALVATION ARMY AUSTRALIA", "salvos"),
    ("KOWHAI VALLEY ORCHARDS LTD", "kowhaiorch"),
    ("DRAKENSIG ENGINEERING", "drakensig"),
    ("LINFOX PTY LTD", "linfox"),
    ("STADTWERKE KÖLN", "swkoeln"),
    ("SRI KENANGA HOLDINGS", "kenanga"),
    ("BANK OF QUEENSLAND", "boq"),
])

TYPO = _cases("typo, long name", [
    ("Powszechna Kasa Oszczednosci Bank Polksi", "pkobp"),
    ("Regie Autonome des Transport Parisiens", "ratp"),
    ("Office of the Austalian Information Commissioner", "oaic"),
    ("National Disabilty Insurance Agency", "ndia"),
    ("Kenya Power and Lightning Company", "kplc"),
    ("Northern Sydney Local Heath District", "nslhd"),
    ("Commonwealth Scientific and Industial Research Organisation", "csiro"),
    ("Australian Competiton and Consumer Commission", "accc"),
    ("Hargreaves and Daugters Funeral Directors", "hargreaves"),
])

REORDERED = _cases("reordered", [
    ("Waikato University", "waikato"),
    ("Bonacorsi Fratelli", "bonacorsi"),
    ("Molen Bouw, Van der", "vandermolen"),
    ("Salvation Army, The", "salvos"),
    ("Information Commissioner, Office of the Australian", "oaic"),
    ("Sydney, City of", "cityofsydney"),
    ("Olmedo Hermanos Bodegas", "olmedo"),
])

FOREIGN = _cases("foreign legal form", [
    ("Vestas Wind Systems AS", "vestas"),
    ("Van der Molen Bouw BV", "vandermolen"),
    ("Bodegas Olmedo Hermanos SL", "olmedo"),
    ("Sri Kenanga Holdings Bhd", "kenanga"),
    ("Tanjong Rhu Marine Pte Ltd", "tanjong"),
    ("Drakensig Engineering Pty Ltd", "drakensig"),
    ("Türk Hava Yolları Anonim Ortaklığı", "thy"),
    ("PKO Bank Polski SA", "pkobp"),
    ("Stadtwerke Kiel Aktiengesellschaft", "swkiel"),
    ("Tessaro Moda SpA", "tessaro"),
])

SUFFIX = _cases("public suffix", [
    ("vestas.com", "vestas"),
    ("www.ratp.fr", "ratp"),
    ("https://www.oaic.gov.au/privacy", "oaic"),
    ("ndis.gov.au", "ndia"),
    ("salvationarmy.org.au", "salvos"),
    ("bodegasolmedo.es", "olmedo"),
    ("drakensig.co.za", "drakensig"),
    ("pkobp.pl", "pkobp"),
    ("cbh.com.au", "cbh"),
    ("bendigohealth.org.au", "bendigohealth"),
    ("carsales.com.au", "carsales"),
])

NEGATIVE = _cases("negative", [
    ("Oxfam Canada", None),
    ("Oxfam GB", None),
    ("Mater Dei Hospital Malta", None),
    ("Shimadzu Corporation", None),
    ("Ken Shimizu", None),
    ("Western Sydney Wanderers", None),
    ("Western Sydney Airport", None),
    ("South Western Sydney Local Health District", None),
    ("Sydney Local Health District", None),
    ("Central Coast Local Health District", None),
    ("Fratelli Branca", None),
    ("Persimmon Homes", None),
    ("Griffith Hack", None),
    ("Griffith City Council", None),
    ("Laurentian Bank of Canada", None),
    ("Auckland War Memorial Museum", None),
    ("The Co-operative Bank", None),
    ("Kenya Pipeline Company", None),
    ("Bank Pekao", None),
    ("Türk Telekom", None),
    ("Hargreaves Lansdown", None),
    ("Drakenstein Municipality", None),
    ("Van der Meer Bouw", None),
    ("Bodegas Olarra", None),
    ("Kenanga Investment Bank", None),
    ("Tanjong plc", None),
    ("Office of the Victorian Information Commissioner", None),
    ("NDIS Quality and Safeguards Commission", None),
    ("Port Macquarie Base Hospital", None),
    ("Bendigo Kangan Institute", None),
    ("Waikato Regional Council", None),
    ("Commonwealth Games Australia", None),
    ("Mitsubishi UFJ Financial Group", None),
    ("Novozymes", None),
    ("James Cook Hotel Grand Chancellor", None),
    ("City of Charles Sturt", None),
    ("Flinders Medical Centre", None),
    ("Spark Infrastructure", None),
])

FRESH3: tuple[Case, ...] = tuple(CONFUSABLE + CONTACT + OFFICE + INITIALISM + SPLIT + CAPS + TYPO + REORDERED
                                 + FOREIGN + SUFFIX + NEGATIVE)
