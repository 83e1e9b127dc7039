"""Round 9, set A: public bodies and institutions in many countries, written the way people in a consulting network
write them. The registry adds about 45 real public bodies not yet registered: foreign and treasury departments,
finance ministries (German, Austrian, Spanish), a Swiss federal office, cities and the regions around them (Paris and
Ile-de-France, Madrid city and Comunidad, Sao Paulo city and state, Milan and Lombardy), Catalonia, Rotterdam's
municipality, port, university and university hospital, Stockholm, Copenhagen, Karolinska's institute and hospital,
Manchester's university and hospital trust, state police and fire services, energy and financial-market regulators,
renamed departments with the old name kept as an alias, health districts, two shires named Mornington, two Sydney
high schools and two Canterbury councils. Many sit in confusable groups with each other or with bodies already
registered (DFAT, Coastal Fisheries Authority, the state education departments, NSW Health, St.George Bank). The
queries use initialisms, portfolio-only names, English names for bodies registered in their own language, word order
swapped, offices, campuses and hospitals, web addresses and emails, and must-ask short forms. The set was written by
hand from general knowledge before any tuning, and the matcher was not run on it while writing.
"""

from __future__ import annotations

from bot.rules.matching import ClientEntry
from tests.data.matching_clients_unseen import CLIENTS_UNSEEN, Row, entries
from tests.data.matching_eval import Case, _cases

_ROWS: list[Row] = [
    # external_id, name, aliases, domains, country (ISO 3166 alpha-2), registration number or None
    # Foreign affairs and treasuries (DFAT and Queensland Treasury Corporation are already registered).
    ("nzmfat", "Ministry of Foreign Affairs and Trade", ("MFAT", "Manatū Aorere"), ("mfat.govt.nz",), "NZ", None),
    ("fcdo", "Foreign, Commonwealth & Development Office", ("FCDO", "Foreign and Commonwealth Office"),
     ("fcdo.gov.uk",), "GB", None),
    ("autreasury", "Department of the Treasury", ("The Treasury",), ("treasury.gov.au",), "AU", None),
    ("nztreasury", "The Treasury", ("Te Tai Ōhanga", "New Zealand Treasury"), ("treasury.govt.nz",), "NZ", None),
    # Finance ministries and a Swiss federal office.
    ("bmfde", "Bundesministerium der Finanzen", ("BMF",), ("bundesfinanzministerium.de",), "DE", None),
    ("bmfat", "Bundesministerium für Finanzen", ("BMF",), ("bmf.gv.at",), "AT", None),
    ("hacienda", "Ministerio de Hacienda", (), ("hacienda.gob.es",), "ES", None),
    ("bagch", "Bundesamt für Gesundheit", ("BAG", "OFSP"), ("bag.admin.ch",), "CH", None),
    # Cities and the regions around them.
    ("villeparis", "Ville de Paris", ("Mairie de Paris",), ("paris.fr",), "FR", None),
    ("regionidf", "Région Île-de-France", (), ("iledefrance.fr",), "FR", None),
    ("aytomadrid", "Ayuntamiento de Madrid", (), ("madrid.es",), "ES", None),
    ("commadrid", "Comunidad de Madrid", (), ("comunidad.madrid", "madrid.org"), "ES", None),
    ("gencat", "Generalitat de Catalunya", (), ("gencat.cat",), "ES", None),
    ("comunemilano", "Comune di Milano", (), ("comune.milano.it",), "IT", None),
    ("lombardia", "Regione Lombardia", (), ("regione.lombardia.it",), "IT", None),
    ("prefsp", "Prefeitura do Município de São Paulo", (), ("prefeitura.sp.gov.br",), "BR", None),
    ("govsp", "Governo do Estado de São Paulo", (), ("sp.gov.br",), "BR", None),
    ("stockholmstad", "Stockholms stad", (), ("stockholm.se",), "SE", None),
    ("kobenhavn", "Københavns Kommune", (), ("kk.dk",), "DK", None),
    # Rotterdam: municipality, port, university and its medical centre.
    ("gemrotterdam", "Gemeente Rotterdam", (), ("rotterdam.nl",), "NL", None),
    ("portrotterdam", "Havenbedrijf Rotterdam N.V.", (), ("portofrotterdam.com",), "NL", None),
    ("eur", "Erasmus Universiteit Rotterdam", ("EUR",), ("eur.nl",), "NL", None),
    ("erasmusmc", "Erasmus Universitair Medisch Centrum Rotterdam", ("Erasmus MC",), ("erasmusmc.nl",), "NL",
     None),
    # Universities and their hospitals.
    ("ki", "Karolinska Institutet", ("KI",), ("ki.se",), "SE", None),
    ("karolinskahosp", "Karolinska Universitetssjukhuset", (), ("karolinska.se",), "SE", None),
    ("uom", "The University of Manchester", (), ("manchester.ac.uk",), "GB", None),
    ("mft", "Manchester University NHS Foundation Trust", ("MFT",), ("mft.nhs.uk",), "GB", None),
    # Police and fire (the Coastal Fisheries Authority, "cfa", is already registered).
    ("vicpol", "Victoria Police", ("VicPol",), ("police.vic.gov.au",), "AU", None),
    ("nswpf", "NSW Police Force", ("NSWPF",), ("police.nsw.gov.au",), "AU", None),
    ("cfavic", "Country Fire Authority", ("CFA",), ("cfa.vic.gov.au",), "AU", None),
    ("frv", "Fire Rescue Victoria", ("FRV", "Metropolitan Fire Brigade", "MFB"), ("frv.vic.gov.au",), "AU", None),
    # Regulators in two countries with one acronym, and an energy regulator beside the market operator.
    ("aer", "Australian Energy Regulator", ("AER",), ("aer.gov.au",), "AU", None),
    ("aemo", "Australian Energy Market Operator Limited", ("AEMO",), ("aemo.com.au",), "AU", None),
    ("fmanz", "Financial Markets Authority", ("FMA", "Te Mana Tātai Hokohoko"), ("fma.govt.nz",), "NZ", None),
    ("fmaat", "Österreichische Finanzmarktaufsicht", ("FMA",), ("fma.gv.at",), "AT", None),
    # Renamed departments, the old name kept as an alias.
    ("desnz", "Department for Energy Security and Net Zero",
     ("DESNZ", "Department for Business, Energy and Industrial Strategy"), ("energysecurity.gov.uk",), "GB", None),
    ("kaingaora", "Kāinga Ora – Homes and Communities", ("Housing New Zealand",), ("kaingaora.govt.nz",), "NZ",
     None),
    ("audoe", "Department of Education", ("Department of Education, Skills and Employment",),
     ("education.gov.au",), "AU", None),
    # Health districts (NSW Health's domain is health.nsw.gov.au), shires, schools, councils.
    ("seslhd", "South Eastern Sydney Local Health District", ("SESLHD",), ("seslhd.health.nsw.gov.au",), "AU",
     None),
    ("swslhd", "South Western Sydney Local Health District", ("SWSLHD",), ("swslhd.health.nsw.gov.au",), "AU",
     None),
    ("mornpen", "Mornington Peninsula Shire", (), ("mornpen.vic.gov.au",), "AU", None),
    ("mornqld", "Mornington Shire Council", (), ("mornington.qld.gov.au",), "AU", None),
    ("sbhs", "Sydney Boys High School", ("SBHS",), ("sbhs.nsw.edu.au",), "AU", None),
    ("sghs", "Sydney Girls High School", (), ("sghs.nsw.edu.au",), "AU", None),
    ("canterburycc", "Canterbury City Council", (), ("canterbury.gov.uk",), "GB", None),
    ("ecan", "Canterbury Regional Council", ("Environment Canterbury", "ECan"), ("ecan.govt.nz",), "NZ", None),
]

R9A_CLIENTS: tuple[ClientEntry, ...] = CLIENTS_UNSEEN + entries(_ROWS, 12001)

CONFUSABLE = _cases("confusable pair", [
    ("Foreign Affairs and Trade", None, ("dfat", "nzmfat")),
    ("Foreign Affairs", None, ("dfat", "nzmfat")),
    ("NZ Foreign Affairs and Trade", "nzmfat"),
    ("Manatu Aorere", "nzmfat"),
    ("The Treasury", None, ("autreasury", "nztreasury")),
    ("Treasury", None, ("autreasury", "nztreasury")),
    ("Commonwealth Treasury", "autreasury"),
    ("BMF", None, ("bmfde", "bmfat")),
    ("Federal Ministry of Finance", None, ("bmfde", "bmfat")),
    ("German Federal Ministry of Finance", "bmfde"),
    ("Austrian finance ministry", "bmfat"),
    ("Madrid", None, ("aytomadrid", "commadrid")),
    ("Madrid regional government", "commadrid"),
    ("Erasmus", None, ("eur", "erasmusmc")),
    ("Erasmus University Medical Center", "erasmusmc"),
    ("Karolinska", None, ("ki", "karolinskahosp")),
    ("Karolinska University Hospital", "karolinskahosp"),
    ("São Paulo", None, ("prefsp", "govsp")),
    ("Sao Paulo state government", "govsp"),
    ("Manchester University", None, ("uom", "mft")),
    ("UoM", None, ("uom", "unimelb")),
    ("Victorian fire service", None, ("cfavic", "frv")),
    ("FMA", None, ("fmanz", "fmaat")),
    ("federal Department of Education", "audoe"),
    ("South Sydney LHD", None, ("seslhd", "swslhd")),
    ("St George Hospital Kogarah", "seslhd"),
    ("Mornington Shire", None, ("mornpen", "mornqld")),
    ("Mornington Island council", "mornqld"),
    ("Sydney High School", None, ("sbhs", "sghs")),
    ("Te Whatu Ora Waitaha Canterbury", "healthnz"),
    ])

CONTACT = _cases("contact phrase", [
    ("Hannah Clarke - Senior Policy Adviser, MFAT", "nzmfat"),
    ("Dr Anna Lindqvist, Karolinska Institutet", "ki"),
    ("Pieter de Vries (Havenbedrijf Rotterdam)", "portrotterdam"),
    ("María Fernández, Jefa de Servicio – Comunidad de Madrid", "commadrid"),
    ("Klaus Weber, Referatsleiter, BMF Berlin", "bmfde"),
    ("Prof. Jan Smit (Erasmus MC)", "erasmusmc"),
    ("Sophie Martin, chargée de mission, Région Île-de-France", "regionidf"),
    ("Mark Evans, Deputy Director, DESNZ", "desnz"),
    ("Lars Nielsen <lani@kk.dk>", "kobenhavn"),
    ("Ana Souza <ana.souza@prefeitura.sp.gov.br>", "prefsp"),
    ("Emma Walsh | Chief Executive | Canterbury City Council", "canterburycc"),
    ("Rachel Ng, Executive GM Markets, AEMO", "aemo"),
    ("Jordi Puig, Departament d'Empresa i Treball, Generalitat de Catalunya", "gencat"),
    ("Mercer Lee – Financial Markets Authority, Wellington", "fmanz"),
])

OFFICE = _cases("office or branch", [
    ("British High Commission Canberra", "fcdo"),
    ("NZ High Commission, London", "nzmfat"),
    ("Australian Embassy Tokyo", "dfat"),
    ("BMF Wien", "bmfat"),
    ("Mairie du 15e arrondissement de Paris", "villeparis"),
    ("Consejería de Sanidad, Comunidad de Madrid", "commadrid"),
    ("Rotterdam School of Management, Erasmus University", "eur"),
    ("Erasmus MC Sophia Children's Hospital", "erasmusmc"),
    ("Karolinska universitetssjukhuset Huddinge", "karolinskahosp"),
    ("Københavns Kommune, Teknik- og Miljøforvaltningen", "kobenhavn"),
    ("Regione Lombardia – Direzione Generale Welfare", "lombardia"),
    ("Secretaria da Saúde do Estado de São Paulo", "govsp"),
    ("Secretaria Municipal de Saúde de São Paulo", "prefsp"),
    ("Manchester Royal Infirmary", "mft"),
    ("Alliance Manchester Business School", "uom"),
    ("NSW Police Parramatta Police Area Command", "nswpf"),
    ("CFA headquarters Burwood East", "cfavic"),
    ("Prince of Wales Hospital Randwick", "seslhd"),
    ("Liverpool Hospital NSW", "swslhd"),
    ("Mornington Shire Council, Gununa", "mornqld"),
    ("Sydney Boys High School, Moore Park", "sbhs"),
])

INITIALISM = _cases("initialism, long name", [
    ("FCDO", "fcdo"),
    ("Foreign Commonwealth and Development Office", "fcdo"),
    ("Foreign Office", "fcdo"),
    ("Ministerio de Hacienda y Función Pública", "hacienda"),
    ("FOPH", "bagch"),
    ("Office fédéral de la santé publique", "bagch"),
    ("Conseil régional d'Île-de-France", "regionidf"),
    ("Ayto. Madrid", "aytomadrid"),
    ("PMSP", "prefsp"),
    ("Manchester University NHS FT", "mft"),
    ("New South Wales Police Force", "nswpf"),
    ("MFB", "frv"),
    ("Metropolitan Fire and Emergency Services Board", "frv"),
    ("BEIS", "desnz"),
    ("Department for Business, Energy & Industrial Strategy", "desnz"),
    ("Energy Security and Net Zero", "desnz"),
    ("DESE", "audoe"),
    ("Education, Skills and Employment", "audoe"),
    ("MPSC", "mornpen"),
    ("SGHS", "sghs"),
])

SPLIT = _cases("split or joined", [
    ("ErasmusMC", "erasmusmc"),
    ("Haven Bedrijf Rotterdam", "portrotterdam"),
    ("Stockholmsstad", "stockholmstad"),
    ("Finanz Markt Aufsicht", "fmaat"),
    ("MorningtonPeninsula Shire", "mornpen"),
    ("Region Ile de France", "regionidf"),
    ("South-Eastern Sydney LHD", "seslhd"),
    ("FireRescue Victoria", "frv"),
    ("Energy Security & NetZero dept", "desnz"),
    ("Københavnskommune", "kobenhavn"),
])

CAPS = _cases("all capitals", [
    ("FOREIGN AFFAIRS AND TRADE MINISTRY NEW ZEALAND", "nzmfat"),
    ("DEPARTMENT OF THE TREASURY", "autreasury"),
    ("MINISTERIO DE HACIENDA MADRID", "hacienda"),
    ("REGION ILE-DE-FRANCE", "regionidf"),
    ("COMUNIDAD AUTONOMA DE MADRID", "commadrid"),
    ("KAROLINSKA INSTITUTET", "ki"),
    ("REGIONE LOMBARDIA", "lombardia"),
    ("UNIVERSITY OF MANCHESTER", "uom"),
    ("AUSTRALIAN ENERGY MARKET OPERATOR", "aemo"),
    ("SOUTH EASTERN SYDNEY LOCAL HEALTH DISTRICT", "seslhd"),
    ("GOVERNO DO ESTADO DE SAO PAULO", "govsp"),
])

TYPO = _cases("typo, long name", [
    ("Minstry of Foriegn Affairs and Trade", "nzmfat"),
    ("Department of Treasury", "autreasury"),
    ("Te Tai Ohanga", "nztreasury"),
    ("Bundesministerium fur Finanzen, Wien", "bmfat"),
    ("Bundesamt fuer Gesundheit", "bagch"),
    ("Generalitat de Cataluña", "gencat"),
    ("Karolinksa Institutet", "ki"),
    ("Univeristy of Manchester", "uom"),
    ("Fire and Rescue Victoria", "frv"),
    ("Australian Energy Regualtor", "aer"),
    ("Deparment for Energy Secuirty and Net Zero", "desnz"),
    ("South Eastern Sydney Local Heath District", "seslhd"),
    ("Mornington Penninsula Shire", "mornpen"),
    ("Sydney Girls' High", "sghs"),
    ("Prefeitura do Municipio de Sao Paulo", "prefsp"),
    ("Financial Markets Authoriy", "fmanz"),
])

REORDERED = _cases("reordered", [
    ("Treasury NZ", "nztreasury"),
    ("Finanzministerium Österreich", "bmfat"),
    ("Spanish Ministry of Finance", "hacienda"),
    ("Swiss Federal Office of Public Health", "bagch"),
    ("Paris City Hall", "villeparis"),
    ("Ile-de-France Regional Council", "regionidf"),
    ("Madrid City Council", "aytomadrid"),
    ("Community of Madrid", "commadrid"),
    ("Catalan Government", "gencat"),
    ("City of Rotterdam", "gemrotterdam"),
    ("Port of Rotterdam", "portrotterdam"),
    ("Erasmus University Rotterdam", "eur"),
    ("City of Stockholm", "stockholmstad"),
    ("Copenhagen Municipality", "kobenhavn"),
    ("Milan City Council", "comunemilano"),
    ("Sao Paulo City Hall", "prefsp"),
    ("Manchester, University of", "uom"),
    ("Shire of Mornington Peninsula", "mornpen"),
    ("Austrian Financial Market Authority", "fmaat"),
])

LEGAL = _cases("foreign legal form", [
    ("Havenbedrijf Rotterdam NV", "portrotterdam"),
    ("Port of Rotterdam N.V.", "portrotterdam"),
    ("Finanzmarktaufsicht AöR", "fmaat"),
    ("Stockholms kommun", "stockholmstad"),
    ("Københavns Kommune (CVR 64942212)", "kobenhavn"),
])

SUFFIX = _cases("public suffix", [
    ("sarah.t@mfat.govt.nz", "nzmfat"),
    ("someone@treasury.gov.au", "autreasury"),
    ("poststelle@bmf.bund.de", "bmfde"),
    ("https://www.paris.fr", "villeparis"),
    ("comunidad.madrid", "commadrid"),
    ("info@gencat.cat", "gencat"),
    ("rotterdam.nl", "gemrotterdam"),
    ("karolinska.se", "karolinskahosp"),
    ("comune.milano.it", "comunemilano"),
    ("fulano@sp.gov.br", "govsp"),
    ("j.bloggs@mft.nhs.uk", "mft"),
    ("cfa.vic.gov.au", "cfavic"),
    ("j.smith@aer.gov.au", "aer"),
    ("www.fma.gv.at", "fmaat"),
    ("education.gov.au", "audoe"),
    ("jane.doe@health.nsw.gov.au", "nswhealth"),
])

NEGATIVE = _cases("negative", [
    ("Ministerie van Buitenlandse Zaken", None),
    ("Global Affairs Canada", None),
    ("Department of Foreign Affairs Ireland", None),
    ("US Department of the Treasury", None),
    ("HM TREASURY", None),
    ("someone@treasury.nsw.gov.au", None),
    ("Department of Treasury and Finance Victoria", None),
    ("Secretaría de Hacienda y Crédito Público", None),
    ("Agencia Tributaria", None),
    ("Bundesamt für Sicherheit im Gesundheitswesen", None),
    ("Île-de-France Mobilités", None),
    ("Préfecture de Police de Paris", None),
    ("Ayuntamiento de Barcelona", None),
    ("Universidad Complutense de Madrid", None),
    ("Generalitat Valenciana", None),
    ("Rotterdam The Hague Airport", None),
    ("Havenbedrijf Amsterdam N.V.", None),
    ("Erasmus+ National Agency", None),
    ("Dr Anna Berg, Region Stockholm", None),
    ("Stockholm University", None),
    ("Karolinska Development AB", None),
    ("Oslo universitetssykehus HF", None),
    ("University of Copenhagen", None),
    ("Città metropolitana di Milano", None),
    ("Universidade de São Paulo", None),
    ("Manchester Metropolitan University", None),
    ("Manchester City Council", None),
    ("Inspector Sam Kerr, NZ Police", None),
    ("police.qld.gov.au", None),
    ("Victoria State Emergency Service", None),
    ("Victoria Police Blue Ribbon Foundation", None),
    ("Country Fire Service SA", None),
    ("Fire and Rescue NSW", None),
    ("Australian Energy Market Commission", None),
    ("BaFin", None),
    ("Department for Business and Trade", None),
    ("Department of Employment and Workplace Relations", None),
    ("Department of Education WA", None),
    ("Frankston City Council", None),
    ("North Sydney Boys High School", None),
    ("City of Canterbury-Bankstown", None),
])

R9A: tuple[Case, ...] = tuple(CONFUSABLE + CONTACT + OFFICE + INITIALISM + SPLIT + CAPS + TYPO + REORDERED + LEGAL
                              + SUFFIX + NEGATIVE)
