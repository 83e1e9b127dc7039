"""Round 7 set B: public-sector and professional clients in confusable groups, with queries and negatives.

About forty groups of two to four clients each, written as a CRM export would hold them: one portfolio held by
departments and agencies of several states and countries, councils of same-named places, a university with its
hospital, college, foundation or alumni association, hospitals and their foundations, schools, churches, sports
leagues and clubs, law and accounting firms with one name in two cities or two founders' names in either order,
banks, credit unions, building societies, super and pension funds, insurers, co-operatives, unions and industry
associations. The queries name one member by something only it has (answer) or fit several equally (ask); the
negatives name organisations not registered that share words with registered clients. Written by hand from general
knowledge of how people write organisation names, before any tuning or matcher run on it.
"""

from __future__ import annotations

from bot.rules.matching import ClientEntry
from tests.data.matching_clients_unseen import CLIENTS_UNSEEN, Row, entries
from tests.data.matching_eval import Case, _cases

_ROWS: list[Row] = [
    # external_id, name, aliases, domains, country (ISO 3166 alpha-2), registration number or None
    # Fair trading in three states.
    ("nswft", "NSW Fair Trading", (), ("fairtrading.nsw.gov.au",), "AU", None),
    ("qldoft", "Office of Fair Trading Queensland", (), ("fairtrading.qld.gov.au",), "AU", None),
    ("cav", "Consumer Affairs Victoria", (), ("consumer.vic.gov.au",), "AU", None),
    # Land registries of three countries.
    ("linz", "Land Information New Zealand", ("LINZ",), ("linz.govt.nz",), "NZ", None),
    ("hmlr", "HM Land Registry", (), ("landregistry.gov.uk",), "GB", None),
    ("nswlrs", "NSW Land Registry Services", (), ("nswlrs.com.au",), "AU", None),
    # Revenue offices.
    ("revnsw", "Revenue NSW", (), ("revenue.nsw.gov.au",), "AU", None),
    ("srovic", "State Revenue Office Victoria", (), ("sro.vic.gov.au",), "AU", None),
    ("revscot", "Revenue Scotland", (), ("revenue.scot",), "GB", None),
    # A university, its alumni association and a college of the same town.
    ("halveruni", "Halvergate University", (), ("halvergate.ac.uk",), "GB", None),
    ("halveralum", "Halvergate University Alumni Association", (), ("alumni.halvergate.ac.uk",), "GB", None),
    ("halvercoll", "Halvergate College", (), ("halvergatecollege.ac.uk",), "GB", None),
    # A university, its foundation and the town's TAFE.
    ("mirrauni", "Mirrabook University", (), ("mirrabook.edu.au",), "AU", None),
    ("mirrafdn", "Mirrabook University Foundation", (), ("foundation.mirrabook.edu.au",), "AU", None),
    ("mirratafe", "Mirrabook Institute of TAFE", (), ("mirrabooktafe.edu.au",), "AU", None),
    # One saint's hospital in two countries.
    ("stbrendanau", "St Brendan's Private Hospital Perth", (), ("stbrendans.org.au",), "AU", None),
    ("stbrendanie", "St. Brendan's Hospital Cork", (), ("stbrendans.ie",), "IE", None),
    # A town's shire, hospital and football club.
    ("carrashire", "Carrawong Shire Council", (), ("carrawong.nsw.gov.au",), "AU", None),
    ("carrahosp", "Carrawong District Hospital", (), ("carrawonghospital.health.nsw.gov.au",), "AU", None),
    ("carramagpies", "Carrawong Magpies Football Club", (), ("carrawongmagpies.com.au",), "AU", None),
    # One city name, two countries' councils.
    ("hamiltonnz", "Hamilton City Council", (), ("hamilton.govt.nz",), "NZ", None),
    ("hamiltonca", "City of Hamilton", (), ("hamilton.ca",), "CA", None),
    ("cityofperth", "City of Perth", (), ("perth.wa.gov.au",), "AU", None),
    ("pkc", "Perth and Kinross Council", (), ("pkc.gov.uk",), "GB", None),
    # One law firm name in two countries; founders' names in either order in two professions.
    ("marlowkempau", "Marlow Kemp Lawyers", (), ("marlowkemp.com.au",), "AU", None),
    ("marlowkempie", "Marlow Kemp Solicitors LLP", (), ("marlowkemp.ie",), "IE", None),
    ("prycehallam", "Pryce Hallam Chartered Accountants", (), ("prycehallam.co.uk",), "GB", None),
    ("hallampryce", "Hallam & Pryce Lawyers", (), ("hallampryce.com.au",), "AU", None),
    # Public service unions sharing an initialism.
    ("psansw", "Public Service Association of New South Wales", ("PSA",), ("psa.asn.au",), "AU", None),
    ("psanz", "New Zealand Public Service Association", ("PSA",), ("psa.org.nz",), "NZ", None),
    # Nurses' unions.
    ("anmf", "Australian Nursing and Midwifery Federation", (), ("anmf.org.au",), "AU", None),
    ("nzno", "New Zealand Nurses Organisation", (), ("nzno.org.nz",), "NZ", None),
    ("rcn", "Royal College of Nursing", (), ("rcn.org.uk",), "GB", None),
    # Builders' associations.
    ("mbav", "Master Builders Association of Victoria", (), ("mbav.com.au",), "AU", None),
    ("mbq", "Master Builders Queensland", (), ("mbqld.com.au",), "AU", None),
    ("mbnz", "Registered Master Builders Association of New Zealand", (), ("masterbuilders.org.nz",), "NZ", None),
    # Mutual banks and credit unions of one occupation.
    ("tmbank", "Teachers Mutual Bank Limited", (), ("tmbank.com.au",), "AU", None),
    ("tcuus", "Teachers Credit Union", (), ("tcunet.com",), "US", None),
    ("policecu", "Police Credit Union Limited", (), ("policecu.com.au",), "AU", None),
    # Two building societies of one city name, one since merged and renamed.
    ("newcastlebs", "Newcastle Building Society", (), ("newcastle.co.uk",), "GB", None),
    # A super fund and a pension scheme of one name.
    ("amberleysuper", "Amberley Super", (), ("amberleysuper.com.au",), "AU", None),
    ("amberleypen", "Amberley Pension Trustees Limited", (), ("amberleypensions.co.uk",), "GB", None),
    # Insurers.
    ("pioneermutual", "Pioneer Mutual Insurance Limited", (), ("pioneermutual.co.nz",), "NZ", None),
    ("pioneerlife", "Pioneer Life Assurance Company Limited", (), ("pioneerlife.co.za",), "ZA", None),
    # Co-operatives of one region.
    ("rivgrowers", "Riverina Growers Co-operative Limited", (), ("riverinagrowers.com.au",), "AU", None),
    ("rivdairy", "Riverina Dairy Co-operative Society Ltd", (), ("riverinadairy.coop",), "AU", None),
    # Churches.
    ("standrewsyd", "St Andrew's Cathedral Sydney", (), ("sydneycathedral.com",), "AU", None),
    ("standrewsg", "St Andrew's Cathedral Singapore", (), ("cathedral.org.sg",), "SG", None),
    ("standrewunit", "St Andrew's Uniting Church", (), ("standrewsuniting.org.au",), "AU", None),
    ("angsyd", "Anglican Church Diocese of Sydney", (), ("sydneyanglicans.net",), "AU", None),
    ("catholicsyd", "Catholic Archdiocese of Sydney", (), ("sydneycatholic.org",), "AU", None),
    # Clubs of one district; a league and a laboratory sharing an initialism; two cricket clubs.
    ("westsrugby", "Western Suburbs District Rugby Union Football Club", (), ("westsrugby.com.au",), "AU", None),
    ("westsleagues", "Western Suburbs Leagues Club (Campbelltown) Ltd", (), ("westsleagues.com.au",), "AU", None),
    ("nrl", "National Rugby League Limited", ("NRL",), ("nrl.com",), "AU", None),
    ("usnrl", "U.S. Naval Research Laboratory", (), ("nrl.navy.mil",), "US", None),
    ("mcc", "Melbourne Cricket Club", (), ("mcc.org.au",), "AU", None),
    ("marylebonecc", "Marylebone Cricket Club", (), ("lords.org",), "GB", None),
    # Schools.
    ("stjoeterrace", "St Joseph's College, Gregory Terrace", (), ("terrace.qld.edu.au",), "AU", None),
    ("stjoehunters", "St Joseph's College Hunters Hill", (), ("joeys.org",), "AU", None),
    ("bgs", "Brisbane Grammar School", (), ("brisbanegrammar.com",), "AU", None),
    ("bggs", "Brisbane Girls Grammar School", (), ("bggs.qld.edu.au",), "AU", None),
    # Children's hospitals and a hospital foundation.
    ("rchfdn", "The Royal Children's Hospital Foundation", (), ("rchfoundation.org.au",), "AU", None),
    ("qldkids", "Queensland Children's Hospital", (), ("childrens.health.qld.gov.au",), "AU", None),
    # Health services of one word in two countries.
    ("westernhealth", "Western Health", (), ("wh.org.au",), "AU", None),
    ("whsct", "Western Health and Social Care Trust", (), ("westerntrust.hscni.net",), "GB", None),
    # Primary industries: two states and (already registered) New Zealand.
    ("dpird", "Department of Primary Industries and Regional Development", (), ("dpird.wa.gov.au",), "AU", None),
    ("nswdpi", "NSW Department of Primary Industries", (), ("dpi.nsw.gov.au",), "AU", None),
    # Justice in four jurisdictions.
    ("nzmoj", "NZ Ministry of Justice", (), ("justice.govt.nz",), "NZ", None),
    ("ukmoj", "Ministry of Justice", ("MoJ",), ("justice.gov.uk",), "GB", None),
    ("iedoj", "Department of Justice, Ireland", (), ("justice.ie",), "IE", None),
    ("vicdjcs", "Department of Justice and Community Safety", (), ("justice.vic.gov.au",), "AU", None),
    # A department formed from a merged one.
    ("deeca", "Department of Energy, Environment and Climate Action", (), ("deeca.vic.gov.au",), "AU", None),
    # A council shared by two states' places.
    ("campbelltownnsw", "Campbelltown City Council", (), ("campbelltown.nsw.gov.au",), "AU", None),
    ("campbelltownsa", "City of Campbelltown", (), ("campbelltown.sa.gov.au",), "AU", None),
    # A district council and a dairy company of one name.
    ("westlanddc", "Westland District Council", (), ("westlanddc.govt.nz",), "NZ", None),
    ("westlandmilk", "Westland Milk Products Limited", (), ("westland.co.nz",), "NZ", None),
    # Banks of one country: a group, its UK subsidiary and the central bank.
    ("boi", "Bank of Ireland Group plc", (), ("bankofireland.com",), "IE", None),
    ("boiuk", "Bank of Ireland (UK) plc", (), ("bankofireland.co.uk",), "GB", None),
    ("cbi", "Central Bank of Ireland", (), ("centralbank.ie",), "IE", None),
    ("sbsa", "The Standard Bank of South Africa Limited", (), ("standardbank.co.za",), "ZA", None),
    ("stanchart", "Standard Chartered PLC", (), ("sc.com",), "GB", None),
    ("sbi", "State Bank of India", ("SBI",), ("sbi.co.in",), "IN", None),
    # One accounting firm name in two countries; one law firm's two offices on one domain.
    ("lockdoyleau", "Lockhart Doyle Chartered Accountants", (), ("lockhartdoyle.com.au",), "AU", None),
    ("lockdoyleca", "Lockhart Doyle LLP", (), ("lockhartdoyle.ca",), "CA", None),
    ("brennanper", "Brennan Ashe Lawyers (Perth)", (), ("brennanashe.com.au",), "AU", None),
    ("brennansyd", "Brennan Ashe Lawyers (Sydney)", (), ("brennanashe.com.au",), "AU", None),
    # Charities and foundations.
    ("hollfdn", "The Hollingsworth Foundation", (), ("hollingsworth.org.au",), "AU", None),
    ("holltrust", "Hollingsworth Charitable Trust", (), ("hollingsworthtrust.org.uk",), "GB", None),
    ("ccnsw", "Cancer Council NSW", (), ("cancercouncil.com.au",), "AU", None),
    ("ccvic", "Cancer Council Victoria", (), ("cancervic.org.au",), "AU", None),
    ("cancernz", "Cancer Society of New Zealand", (), ("cancer.org.nz",), "NZ", None),
    ("irishcancer", "Irish Cancer Society", (), ("cancer.ie",), "IE", None),
    # "University of X" against "X University"; a university and its medical center.
    ("uwaverley", "University of Waverley", (), ("waverley.ac.uk",), "GB", None),
    ("waverleyu", "Waverley University", (), ("waverleyu.ca",), "CA", None),
    ("bellhavenuni", "Bellhaven University", (), ("bellhaven.edu",), "US", None),
    ("bellhavenmed", "Bellhaven University Medical Center", (), ("bellhavenmed.org",), "US", None),
    # Electoral commissions: two states beside the registered national ones.
    ("vec", "Victorian Electoral Commission", (), ("vec.vic.gov.au",), "AU", None),
    ("ecnsw", "NSW Electoral Commission", (), ("elections.nsw.gov.au",), "AU", None),
    # Police: a federal force, a state force and a country's force.
    ("afp", "Australian Federal Police", (), ("afp.gov.au",), "AU", None),
    ("vicpol", "Victoria Police", (), ("police.vic.gov.au",), "AU", None),
    ("nzpolice", "New Zealand Police", (), ("police.govt.nz",), "NZ", None),
    # Housing agencies.
    ("homesvic", "Homes Victoria", (), ("homes.vic.gov.au",), "AU", None),
    ("kaingaora", "Kāinga Ora – Homes and Communities", (), ("kaingaora.govt.nz",), "NZ", None),
    ("homesengland", "Homes England", (), ("homesengland.gov.uk",), "GB", None),
    # Work safety regulators.
    ("worksafevic", "WorkSafe Victoria", (), ("worksafe.vic.gov.au",), "AU", None),
    ("worksafenz", "WorkSafe New Zealand", (), ("worksafe.govt.nz",), "NZ", None),
    # Universities and a city of South Africa, India and Singapore.
    ("uct", "University of Cape Town", (), ("uct.ac.za",), "ZA", None),
    ("cput", "Cape Peninsula University of Technology", (), ("cput.ac.za",), "ZA", None),
    ("cityofct", "City of Cape Town", (), ("capetown.gov.za",), "ZA", None),
    ("iitb", "Indian Institute of Technology Bombay", (), ("iitb.ac.in",), "IN", None),
    ("iitd", "Indian Institute of Technology Delhi", (), ("iitd.ac.in",), "IN", None),
    ("nus", "National University of Singapore", (), ("nus.edu.sg",), "SG", None),
    ("nuh", "National University Hospital", (), ("nuh.com.sg",), "SG", None),
    # Mater hospitals in two countries and a foundation.
    ("materbris", "Mater Misericordiae Ltd", ("Mater Group",), ("mater.org.au",), "AU", None),
    ("materdub", "Mater Misericordiae University Hospital", (), ("mater.ie",), "IE", None),
    ("materfdn", "Mater Foundation", (), ("materfoundation.org.au",), "AU", None),
    # Netball bodies: national, state, another country.
    ("netballaus", "Netball Australia", (), ("netball.com.au",), "AU", None),
    ("netballnsw", "Netball NSW", (), ("nswnetball.com.au",), "AU", None),
    ("netballnz", "Netball New Zealand", (), ("netballnz.co.nz",), "NZ", None),
]

R7B_CLIENTS: tuple[ClientEntry, ...] = CLIENTS_UNSEEN + entries(_ROWS, 7001)

CONFUSABLE = _cases("confusable pair", [
    # (query, expected external_id or None, among=(ids the candidates must include when it asks), person=None)
    # Fair trading.
    ("Fair Trading", None, ("nswft", "qldoft")),
    ("NSW Fair Trading", "nswft"),
    ("fair trading qld", "qldoft"),
    ("Consumer Affairs Victoria", "cav"),
    ("complaints@fairtrading.nsw.gov.au", "nswft"),
    # Land registries.
    ("Land Registry", None, ("hmlr", "nswlrs")),
    ("HM Land Registry", "hmlr"),
    ("land registry services nsw", "nswlrs"),
    ("Land Information NZ", "linz"),
    ("LINZ", "linz"),
    ("HMLR", "hmlr"),
    # Revenue offices.
    ("Revenue NSW", "revnsw"),
    ("State Revenue Office", "srovic"),
    ("revenue scotland", "revscot"),
    ("SRO Victoria", "srovic"),
    # Halvergate.
    ("Halvergate", None, ("halveruni", "halveralum", "halvercoll")),
    ("Halvergate Uni", "halveruni"),
    ("Uni of Halvergate", "halveruni"),
    ("Halvergate alumni", "halveralum"),
    ("HALVERGATE COLLEGE", "halvercoll"),
    ("Halvergat University", "halveruni"),
    ("j.bloggs@alumni.halvergate.ac.uk", "halveralum", (), "J Bloggs"),
    ("p.singh@library.halvergate.ac.uk", "halveruni", (), "P Singh"),
    # Mirrabook.
    ("Mirrabook", None, ("mirrauni", "mirrafdn", "mirratafe")),
    ("Mirrabook University", "mirrauni"),
    ("Mirrabook Foundation", "mirrafdn"),
    ("Mirabook Foundation", "mirrafdn"),
    ("TAFE Mirrabook", "mirratafe"),
    ("mirrabook uni", "mirrauni"),
    ("events@foundation.mirrabook.edu.au", "mirrafdn"),
    # St Brendan's.
    ("St Brendan's Hospital", None, ("stbrendanau", "stbrendanie")),
    ("Saint Brendans", None, ("stbrendanau", "stbrendanie")),
    ("St Brendan's Perth", "stbrendanau"),
    ("st brendans cork", "stbrendanie"),
    ("St Brendan's Private", "stbrendanau"),
    ("stbrendans.ie", "stbrendanie"),
    # Carrawong.
    ("Carrawong", None, ("carrashire", "carrahosp", "carramagpies")),
    ("Carrawong Shire", "carrashire"),
    ("Carrawong Council", "carrashire"),
    ("Carrawong Hospital", "carrahosp"),
    ("Carrawong Magpies", "carramagpies"),
    ("Carrawong FC", "carramagpies"),
    ("Tom Hale | Senior Planner | Carrawong Shire Council", "carrashire", (), "Tom Hale"),
    ("the Carrawong footy club", "carramagpies"),
    # Hamilton and Perth.
    ("Hamilton", None, ("hamiltonnz", "hamiltonca")),
    ("Hamilton council", None, ("hamiltonnz", "hamiltonca")),
    ("Hamilton City Council NZ", "hamiltonnz"),
    ("City of Hamilton, Ontario", "hamiltonca"),
    ("hamilton.ca", "hamiltonca"),
    ("Perth council", None, ("cityofperth", "pkc")),
    ("Perth & Kinross", "pkc"),
    ("City of Perth", "cityofperth"),
    ("Perth Scotland council", "pkc"),
    # Marlow Kemp; Pryce Hallam and Hallam & Pryce.
    ("Marlow Kemp", None, ("marlowkempau", "marlowkempie")),
    ("Marlow & Kemp", None, ("marlowkempau", "marlowkempie")),
    ("Marlow Kemp Lawyers", "marlowkempau"),
    ("Marlow Kemp Solicitors", "marlowkempie"),
    ("Marlow Kemp Dublin", "marlowkempie"),
    ("Marlow Kemp Brisbane", "marlowkempau"),
    ("Aoife Byrne, Partner, Marlow Kemp Solicitors LLP", "marlowkempie", (), "Aoife Byrne"),
    ("Pryce Hallam", "prycehallam"),
    ("Hallam and Pryce", "hallampryce"),
    ("Hallam Pryce", "hallampryce"),
    ("Pryce", None, ("prycehallam", "hallampryce")),
    ("Hallam", None, ("prycehallam", "hallampryce")),
    ("Hallam Pryce accountants", None, ("prycehallam", "hallampryce")),
    ("Pryce Hallam lawyers", None, ("prycehallam", "hallampryce")),
    ("hallampryce.com.au", "hallampryce"),
    # PSA.
    ("PSA", None, ("psansw", "psanz")),
    ("Public Service Association", None, ("psansw", "psanz")),
    ("PSA NZ", "psanz"),
    ("NSW PSA", "psansw"),
    ("PSA union", None, ("psansw", "psanz")),
    ("psa.org.nz", "psanz"),
    # Nurses.
    ("nurses union", None, ("anmf", "nzno", "rcn")),
    ("ANMF", "anmf"),
    ("NZ Nurses Organisation", "nzno"),
    ("Royal College of Nursing", "rcn"),
    # Master builders.
    ("Master Builders", None, ("mbav", "mbq", "mbnz")),
    ("Master Builders Victoria", "mbav"),
    ("master builders qld", "mbq"),
    ("Master Builders NZ", "mbnz"),
    ("masterbuilders.org.nz", "mbnz"),
    ("Master Builders Australia", None, ("mbav", "mbq")),
    # Teachers and police.
    ("Teachers Mutual", "tmbank"),
    ("Teachers Credit Union", "tcuus"),
    ("teachers bank", None, ("tmbank", "tcuus")),
    ("Police Credit Union", "policecu"),
    # Newcastle building societies.
    ("Newcastle Building Society UK", "newcastlebs"),
    # Amberley.
    ("Amberley", None, ("amberleysuper", "amberleypen")),
    ("Amberley Super", "amberleysuper"),
    ("Amberley superannuation", "amberleysuper"),
    ("Amberley Pensions", "amberleypen"),
    ("Amberly Pensions", "amberleypen"),
    ("Amberley retirement fund", None, ("amberleysuper", "amberleypen")),
    # Pioneer.
    ("Pioneer", None, ("pioneermutual", "pioneerlife")),
    ("Pioneer Mutual", "pioneermutual"),
    ("Pioneer Mutal", "pioneermutual"),
    ("Pioneer NZ", "pioneermutual"),
    ("Pioneer Life", "pioneerlife"),
    ("Pioneer insurance", None, ("pioneermutual", "pioneerlife")),
    ("claims@pioneerlife.co.za", "pioneerlife"),
    # Riverina.
    ("Riverina Co-op", None, ("rivgrowers", "rivdairy")),
    ("Riverina Growers", "rivgrowers"),
    ("Riverina", None, ("rivgrowers", "rivdairy")),
    ("riverina dairy", "rivdairy"),
    ("Riverina Growers Coop", "rivgrowers"),
    # Churches.
    ("St Andrew's Cathedral", None, ("standrewsyd", "standrewsg")),
    ("St Andrew's", None, ("standrewsyd", "standrewsg", "standrewunit")),
    ("St Andrews Cathedral Singapore", "standrewsg"),
    ("Saint Andrew's Cathedral, Sydney", "standrewsyd"),
    ("St Andrew's Uniting", "standrewunit"),
    ("Diocese of Sydney", None, ("angsyd", "catholicsyd")),
    ("Sydney Anglicans", "angsyd"),
    ("Sydney Catholic Archdiocese", "catholicsyd"),
    # Clubs and leagues.
    ("Wests", None, ("westsrugby", "westsleagues")),
    ("Western Suburbs", None, ("westsrugby", "westsleagues")),
    ("Wests Rugby", "westsrugby"),
    ("Wests Leagues Club", "westsleagues"),
    ("NRL", None, ("nrl", "usnrl")),
    ("National Rugby League", "nrl"),
    ("Naval Research Lab", "usnrl"),
    ("MCC", None, ("mcc", "marylebonecc")),
    ("Melbourne CC", "mcc"),
    ("Marylebone", "marylebonecc"),
    ("Cricket Club", None, ("mcc", "marylebonecc")),
    ("Melbourne Cricket Ground", None, ("mcc",)),
    # Schools.
    ("St Joseph's College", None, ("stjoeterrace", "stjoehunters")),
    ("Gregory Terrace", "stjoeterrace"),
    ("St Joseph's Hunters Hill", "stjoehunters"),
    ("joeys.org", "stjoehunters"),
    ("Brisbane Grammar", "bgs"),
    ("Brisbane Girls Grammar", "bggs"),
    ("BGGS", "bggs"),
    # Children's hospitals.
    ("Queensland Children's", "qldkids"),
    ("nurse.unit@childrens.health.qld.gov.au", "qldkids"),
    # Western Health.
    ("Western Health", "westernhealth"),
    ("Western Trust", "whsct"),
    ("Western Health Northern Ireland", "whsct"),
    ("Western Health Melbourne", "westernhealth"),
    ("WESTERN HEALTH AND SOCIAL CARE", "whsct"),
    # Primary industries.
    ("Department of Primary Industries", None, ("dpird", "nswdpi")),
    ("Primary Industries", None, ("dpird", "nswdpi", "mpi")),
    ("DPI NSW", "nswdpi"),
    ("Primary Industries WA", "dpird"),
    ("DPIRD", "dpird"),
    ("Dept Primary Industries", None, ("dpird", "nswdpi")),
    ("primary industries nz", "mpi"),
    # Justice.
    ("MoJ", None, ("nzmoj", "ukmoj")),
    ("Department of Justice", None, ("iedoj", "vicdjcs")),
    ("Ministry of Justice UK", "ukmoj"),
    ("justice.govt.nz", "nzmoj"),
    ("Irish Department of Justice", "iedoj"),
    ("Dept of Justice and Community Safety", "vicdjcs"),
    # A merged and renamed department.
    ("DELWP", None),
    ("Department of Environment, Land, Water and Planning", None, ("deeca", "dtp")),
    ("DEECA", "deeca"),
    ("Energy, Environment and Climate Action", "deeca"),
    # Campbelltown.
    ("Campbelltown", None, ("campbelltownnsw", "campbelltownsa", "westsleagues")),
    ("Campbelltown council", None, ("campbelltownnsw", "campbelltownsa")),
    ("Campbelltown SA", "campbelltownsa"),
    ("Campbelltown City Council NSW", "campbelltownnsw"),
    ("rates@campbelltown.sa.gov.au", "campbelltownsa"),
    # Westland.
    ("Westland", None, ("westlanddc", "westlandmilk")),
    ("Westland council", "westlanddc"),
    ("Westland Milk", "westlandmilk"),
    ("westland.co.nz", "westlandmilk"),
    ("Westland NZ", None, ("westlanddc", "westlandmilk")),
    # Banks.
    ("Bank of Ireland", None, ("boi", "boiuk")),
    ("BOI", None, ("boi", "boiuk")),
    ("Bank of Ireland UK", "boiuk"),
    ("Bank of Ireland Group", "boi"),
    ("Bank of Ireland plc", None, ("boi", "boiuk")),
    ("Central Bank of Ireland", "cbi"),
    ("Irish central bank", "cbi"),
    ("Standard Bank", "sbsa"),
    ("Standard Chartered Singapore", "stanchart"),
    ("SBI", "sbi"),
    ("Standard Bank SA", "sbsa"),
    # Lockhart Doyle; Brennan Ashe.
    ("Lockhart Doyle", None, ("lockdoyleau", "lockdoyleca")),
    ("Lockhart Doyle Toronto", "lockdoyleca"),
    ("Lockhart Doyle LLP", "lockdoyleca"),
    ("lockhart doyle melbourne", "lockdoyleau"),
    ("Brennan Ashe", None, ("brennanper", "brennansyd")),
    ("Brennan Ashe Perth", "brennanper"),
    ("Brennan Ashe Lawyers", None, ("brennanper", "brennansyd")),
    ("Brennan Ashe Lawyers Sydney office", "brennansyd"),
    ("k.ng@brennanashe.com.au", None, ("brennanper", "brennansyd"), "K Ng"),
    # Charities.
    ("Hollingsworth", None, ("hollfdn", "holltrust")),
    ("Hollingsworth Foundation", "hollfdn"),
    ("Hollingsworth Trust", "holltrust"),
    ("Hollingworth Trust", "holltrust"),
    ("hollingsworth charity", None, ("hollfdn", "holltrust")),
    ("Cancer Council", None, ("ccnsw", "ccvic")),
    ("Cancer Council Vic", "ccvic"),
    ("cancer council nsw", "ccnsw"),
    ("Cancer Society", None, ("cancernz", "irishcancer")),
    ("NZ Cancer Society", "cancernz"),
    ("Irish Cancer Society", "irishcancer"),
    ("Cancer Council Australia", None, ("ccnsw", "ccvic")),
    # Waverley; Bellhaven.
    ("Waverley", None, ("uwaverley", "waverleyu")),
    ("Waverley Uni", None, ("uwaverley", "waverleyu")),
    ("Waverley University Canada", "waverleyu"),
    ("University of Waverley UK", "uwaverley"),
    ("Bellhaven", None, ("bellhavenuni", "bellhavenmed")),
    ("Bellhaven University", "bellhavenuni"),
    ("Bellhaven Medical Center", "bellhavenmed"),
    ("Bellhaven's medical center", "bellhavenmed"),
    ("Dr Anna Kowalski, Bellhaven University Medical Center", "bellhavenmed", (), "Anna Kowalski"),
    # Electoral commissions.
    ("Victorian Electoral Commission", "vec"),
    ("state electoral commission", None, ("vec", "ecnsw")),
    ("NSW electoral commission", "ecnsw"),
    ("VEC", "vec"),
    # Police.
    ("Vic Police", "vicpol"),
    ("Federal Police", "afp"),
    ("NZ Police", "nzpolice"),
    # Housing.
    ("Homes Victoria", "homesvic"),
    ("Kainga Ora", "kaingaora"),
    ("Kāinga Ora", "kaingaora"),
    ("Kainga", None, ("kaingaora", "tamakihousing")),
    ("homes england", "homesengland"),
    # WorkSafe.
    ("WorkSafe", None, ("worksafevic", "worksafenz")),
    ("Work Safe NZ", "worksafenz"),
    ("worksafe vic", "worksafevic"),
    # Cape Town, IIT, Singapore.
    ("Cape Town", None, ("uct", "cityofct")),
    ("UCT", "uct"),
    ("Sipho Dlamini (UCT)", "uct", (), "Sipho Dlamini"),
    ("Cape Peninsula", "cput"),
    ("Cape Town council", "cityofct"),
    ("IIT", None, ("iitb", "iitd")),
    ("Indian Institute of Technology", None, ("iitb", "iitd")),
    ("IIT Bombay", "iitb"),
    ("Priya Nair, IIT Bombay", "iitb", (), "Priya Nair"),
    ("IIT Mumbai", "iitb"),
    ("iit delhi", "iitd"),
    ("National University", None, ("nus", "nuh", "anu")),
    ("NUS", "nus"),
    ("National Uni Singapore", "nus"),
    ("National University Hospital Singapore", "nuh"),
    # Mater.
    ("Mater", None, ("materbris", "materdub", "materfdn")),
    ("Mater Hospital", None, ("materbris", "materdub")),
    ("Mater Dublin", "materdub"),
    ("Mater Ireland", "materdub"),
    ("the Mater Foundation", "materfdn"),
    ("Mater Group", "materbris"),
    # Netball.
    ("Netball", None, ("netballaus", "netballnsw", "netballnz")),
    ("Netball Aus", "netballaus"),
    ("NSW Netball", "netballnsw"),
    ("netball nz", "netballnz"),
])

NEGATIVE = _cases("negative", [
    ("Department of Justice Canada", None),
    ("Cancer Council Queensland", None),
    ("Canadian Cancer Society", None),
    ("Waverley Council", None),
    ("IIT Madras", None),
    ("Indian Institute of Management Ahmedabad", None),
    ("WorkSafe Queensland", None),
    ("Netball Victoria", None),
    ("Electoral Commission Queensland", None),
    ("Consumer Affairs Tasmania", None),
    ("Hamilton Health Sciences", None),
    ("Perth Children's Hospital", None),
    ("Carrawong Public School", None),
    ("Mirrabook Grammar School", None),
    ("Halvergate Town Council", None),
    ("Pryce Hallam Architects", None),
    ("Lockhart Doyle Architects", None),
    ("Marlow Kemp Estate Agents", None),
    ("Brennan Ashe Accountants", None),
    ("Hollingsworth Private Hospital", None),
    ("Amberley Bank", None),
    ("Pioneer Credit Union", None),
    ("Riverina Water County Council", None),
    ("Master Plumbers Association", None),
    ("Teachers Health Fund", None),
    ("Nationwide Building Society", None),
    ("Bank of Scotland", None),
    ("Central Bank of Kenya", None),
    ("Standard Life", None),
    ("St Andrew's Private Hospital Ipswich", None),
    ("St Joseph's Hospital", None),
    ("Royal College of Surgeons in Ireland", None),
    ("University of Cape Coast", None),
    ("National University of Ireland", None),
    ("Southern Health and Social Care Trust", None),
    ("Homes NSW", None),
    ("Public Service Association of South Australia", None),
    ("Queensland Revenue Office", None),
    ("Primary Industries and Regions SA", None),
    ("Melbourne Football Club", None),
])

R7B: tuple[Case, ...] = tuple(CONFUSABLE + NEGATIVE)
