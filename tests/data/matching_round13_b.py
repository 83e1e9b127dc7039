"""Round 13 b: names with their words in another order, and names inside the phrases people paste.

Covers names said in another order than registered ("X Bank" for "Bank of X", "X, University of", "Council, City of
X", "Health Dept, Victoria", "Hospital Y St Brigid's", two-surname firms with the surnames swapped, a descriptive,
country or state word moved, a name translated into English word order); names inside LinkedIn headlines, one-line
email signatures, "Title, Org", "Name - Title, Org", "Name (Org)", "Org - Name", "from Org", "works for Org",
"Name @ Org" and meeting invite lines; a client's team or department; confusable pairs (word order swapped gives the
other client, one name extends another, the same surnames in the other order, one name in two towns or countries);
and negatives (people's names, job titles and team names alone, unregistered organisations and signatures of people
from unregistered firms). Organisations are from Australia, New Zealand, the UK, Ireland, Canada, the US, Singapore,
South Africa, Germany, France and the Netherlands.

Written by hand from general knowledge of how organisations and people write names, before any tuning; the matcher
was not run on these queries. Most organisations are invented; a few real ones appear under their own names.
A script removed, unread, 19 rows that repeated another set's query.
"""

from __future__ import annotations

from bot.rules.matching import ClientEntry
from tests.data.matching_clients_unseen import CLIENTS_UNSEEN, Row, entries
from tests.data.matching_eval import Case, _cases

_ROWS: list[Row] = [
    # external_id, name, aliases, domains, country (ISO 3166 alpha-2), registration number or None
    ("b13corrowan", "Corrowan Water Corporation", (), ("corrowanwater.com.au",), "AU", None),
    ("b13kelbourne", "City of Kelbourne", (), ("kelbourne.vic.gov.au",), "AU", None),
    ("b13kelmission", "Kelbourne City Mission", (), ("kelbournecitymission.org.au",), "AU", None),
    ("b13glenharrow", "Bank of Glenharrow Limited", (), ("bankofglenharrow.com.au",), "AU", None),
    ("b13whitash", "Whitcombe Ashdown Lawyers", (), ("whitcombeashdown.com.au",), "AU", None),
    ("b13hopeharb", "Hope Harbour", (), ("hopeharbour.org.au",), "AU", None),
    ("b13hopefdn", "Hope Harbour Foundation", (), ("hopeharbourfoundation.org.au",), "AU", None),
    ("b13valau", "Valecrest Foods Australia Pty Ltd", (), ("valecrest.com.au",), "AU", None),
    ("b13valnz", "Valecrest Foods (NZ) Limited", (), ("valecrest.co.nz",), "NZ", None),
    ("b13ifma", "Institute of Fleet Managers Australia", (), ("ifma.org.au",), "AU", None),
    ("b13tasjustice", "Department of Justice, Tasmania", (), ("justice.tas.gov.au",), "AU", None),
    ("b13ruakiri", "Ruakiri District Council", (), ("ruakiri.govt.nz",), "NZ", None),
    ("b13ngata", "Ngata Kirkwood Chartered Accountants", (), ("ngatakirkwood.co.nz",), "NZ", None),
    ("b13pendleuk", "University of Pendleford", (), ("pendleford.ac.uk",), "GB", None),
    ("b13pendleca", "Pendleford University", (), ("pendlefordu.ca",), "CA", None),
    ("b13fenhar", "Fenwick Harcourt LLP", (), ("fenwickharcourt.co.uk",), "GB", None),
    ("b13harfen", "Harcourt Fenwick Chartered Accountants", (), ("harcourtfenwick.co.uk",), "GB", None),
    ("b13drummore", "Bank of Drummore plc", (), ("bankofdrummore.co.uk",), "GB", None),
    ("b13tillingham", "Tillingham Borough Council", (), ("tillingham.gov.uk",), "GB", None),
    ("b13kilbarron", "Kilbarron Bank Limited", (), ("kilbarronbank.ie",), "IE", None),
    ("b13stbrigidc", "St Brigid's Hospital Carrowmore", (), ("stbrigidscarrowmore.ie",), "IE", None),
    ("b13stbrigida", "St Brigid's Hospital Ardkeen", (), ("stbrigidsardkeen.ie",), "IE", None),
    ("b13mulcahy", "Mulcahy Devereux Solicitors", (), ("mulcahydevereux.ie",), "IE", None),
    ("b13ifbb", "Irish Federation of Boat Builders", (), ("ifbb.ie",), "IE", None),
    ("b13summitpine", "Summit Pine Credit Union", (), ("summitpine.ca",), "CA", None),
    ("b13fenmore", "Corporation of the Town of Fenmore", (), ("fenmore.ca",), "CA", None),
    ("b13pinesummit", "Pine Summit Credit Union", (), ("pinesummitcu.org",), "US", None),
    ("b13bramford", "Bramford County Medical Center", (), ("bramfordmedical.org",), "US", None),
    ("b13gorman", "Gorman Pruett LLP", (), ("gormanpruett.com",), "US", None),
    ("b13tamarind", "Tamarind Logistics Singapore Pte. Ltd.", (), ("tamarindlogistics.com.sg",), "SG", None),
    ("b13limrav", "Lim Ravindran LLC", (), ("limravindran.com.sg",), "SG", None),
    ("b13naidoo", "Naidoo Botha Inc.", (), ("naidoobotha.co.za",), "ZA", None),
    ("b13karoo", "University of the Karoo", (), ("karoo.ac.za",), "ZA", None),
    ("b13kaltenbach", "Stadtwerke Kaltenbach GmbH", (), ("stadtwerke-kaltenbach.de",), "DE", None),
    ("b13valdrome", "Banque de Valdrôme SA", (), ("banquevaldrome.fr",), "FR", None),
    ("b13hoogveld", "Universiteit Hoogveld", (), ("hoogveld.nl",), "NL", None),
]

R13B_CLIENTS: tuple[ClientEntry, ...] = CLIENTS_UNSEEN + entries(_ROWS, 17501)

REORDERED = _cases("reordered", [
    # "X Bank" for "Bank of X" and back, where only one is registered.
    ("Glenharrow Bank", "b13glenharrow"),
    ("Drummore Bank", "b13drummore"),
    ("Bank of Kilbarron", "b13kilbarron"),
    ("Valdrôme Bank", "b13valdrome"),
    ("Valdrome, Banque de", "b13valdrome"),
    ("Bank of Corrowan", None),  # only the water corporation is registered: a bank of that name is another body
    # Library-catalogue order and translations.
    ("Pendleford, University of", "b13pendleuk"),
    ("Karoo, University of the", "b13karoo"),
    ("Hoogveld University", "b13hoogveld"),
    # "University of Newcastle" is the Australian one; the UK one is "Newcastle University".
    ("Auckland, University of", "uoa"),
    ("Victoria University, Wellington", "vuw"),
    ("University of Victoria", None),  # UVic in British Columbia: not registered, and not Victoria University
    # Councils.
    ("Council, City of Kelbourne", "b13kelbourne"),
    ("Kelbourne City Council", "b13kelbourne"),
    ("District Council, Ruakiri", "b13ruakiri"),
    ("Borough Council of Tillingham", "b13tillingham"),
    ("Council, Tillingham Borough", "b13tillingham"),
    ("Town of Fenmore", "b13fenmore"),
    ("Fenmore, Corporation of the Town of", "b13fenmore"),
    ("Council, Wellington City", "wcc"),
    # Departments with the jurisdiction moved.
    ("Health Dept, Victoria", "vichealth"),
    ("Justice Department, Tasmania", "b13tasjustice"),
    ("Tasmanian Department of Justice", "b13tasjustice"),
    ("Education Department, Queensland", "qldedu"),
    ("Ontario Health", None),  # a separate Ontario agency, not the ministry
    ("Reserve Bank, New Zealand", "rbnz"),
    # Hospitals with the town moved.
    ("Carrowmore St Brigid's Hospital", "b13stbrigidc"),
    ("Hospital Ardkeen St Brigid's", "b13stbrigida"),
    ("Medical Center, Bramford County", "b13bramford"),
    # Two-surname firms with the surnames swapped (no firm is registered under the swapped order).
    ("Ashdown Whitcombe", "b13whitash"),
    ("Devereux Mulcahy Solicitors", "b13mulcahy"),
    ("Kirkwood Ngata", "b13ngata"),
    ("Botha Naidoo Inc", "b13naidoo"),
    ("Ravindran Lim LLC", "b13limrav"),
    ("Pruett Gorman", "b13gorman"),
    # A descriptive, country or state word moved.
    ("Water Corporation Corrowan", "b13corrowan"),
    ("Australian Institute of Fleet Managers", "b13ifma"),
    ("Singapore Tamarind Logistics", "b13tamarind"),
    ("Kaltenbach Stadtwerke", "b13kaltenbach"),
    ("Federation of Irish Boat Builders", "b13ifbb"),
    ("Boat Builders Federation of Ireland", "b13ifbb"),
    ("Australian Valecrest Foods", "b13valau"),
    ("Institute of Technology, Eastvale", "eit"),
    ("Technical Institute Eastvale", "eti"),
])

CONTACT_PHRASE = _cases("contact phrase", [
    # LinkedIn headlines: the current employer is meant.
    ("Senior Analyst at Corrowan Water | ex-Sydney Water", "b13corrowan"),
    ("Graduate Engineer at Stadtwerke Kaltenbach | TU München alumna", "b13kaltenbach"),
    ("Head of Credit Risk at Kilbarron Bank | ex-AIB", "b13kilbarron"),
    ("Partner at Whitcombe Ashdown | Commercial litigation | ex-Allens", "b13whitash"),
    ("Senior Consultant at Westpac | ex-CBA | CFA", "westpac"),
    ("Volunteer Coordinator at Kelbourne City Mission", "b13kelmission"),
    ("Board member, Hope Harbour Foundation | Non-executive director", "b13hopefdn"),
    ("Senior Analyst at Orrell Partners | ex-Hartfield Group", None),
    # Email signatures joined into one line.
    ("Ana Tupou | Procurement Lead | Ruakiri District Council | +64 7 555 0142", "b13ruakiri"),
    ("Declan Furlong | Practice Manager | Mulcahy Devereux Solicitors | +353 1 555 0190", "b13mulcahy"),
    ("Sizwe Mthembu | Audit Manager | Naidoo Botha Inc. | +27 21 555 0117", "b13naidoo"),
    ("Rebecca Tan | Associate Director | Lim Ravindran LLC | +65 6555 0123", "b13limrav"),
    ("Marcus Holt | Operations Manager | Tamarind Logistics Singapore Pte. Ltd. | m +65 9555 0188", "b13tamarind"),
    ("Grace Liu | Strategy Manager | Macquarie University | +61 2 9555 0101", "mq"),
    ("Ben Mwangi | Procurement Lead | Fairlight Marine Pty Ltd | +61 3 9555 0133", None),
    # "Title, Org" and "Name - Title, Org".
    ("Chief Financial Officer, Valecrest Foods (NZ) Limited", "b13valnz"),
    ("Director of Infrastructure, City of Kelbourne", "b13kelbourne"),
    ("Registrar, University of the Karoo", "b13karoo"),
    ("Policy Officer - Department of Justice, Tasmania", "b13tasjustice"),
    ("Helen Achterberg - Head of Procurement, Universiteit Hoogveld", "b13hoogveld"),
    ("Tomás Byrne - Clinical Director, St Brigid's Hospital Carrowmore", "b13stbrigidc"),
    ("Jolene Park - VP Member Services, Pine Summit Credit Union", "b13pinesummit"),
    ("Rangi Walker - Kaiwhakahaere, Auckland Council", "aklcouncil"),
    ("Registrar, University of the Western Cape", None),
    # "Name (Org)" and "Org - Name".
    ("Owen Clarke (Fenwick Harcourt)", "b13fenhar"),
    ("Ruth Ellery (Harcourt Fenwick)", "b13harfen"),
    ("Nurse Unit Manager (Quarrington Children's Hospital)", "qch"),
    ("Hope Harbour - Kirsty Mahon", "b13hopeharb"),
    ("Gorman Pruett - Daniel Reyes", "b13gorman"),
    ("Lena Fischer (Stadtwerke Rosenau)", None),
    # "from Org", "works for Org", "Name @ Org".
    ("from Tillingham Borough Council", "b13tillingham"),
    ("someone from the Bank of Drummore", "b13drummore"),
    ("works for Summit Pine Credit Union", "b13summitpine"),
    ("she works for Ngata Kirkwood", "b13ngata"),
    ("works for Wexbridge Regional Council", "wexreg"),
    ("Hamish @ Glenharrow Bank", "b13glenharrow"),
    ("Sophie @ Pendleford University", "b13pendleca"),
    ("j.okafor @ Tarrant Business School", "tarrantbs"),
    ("from the Kelbourne Chamber of Commerce", None),
    # Meeting invite lines (Orrell Partners is the network's own firm, not a client).
    ("Teams meeting: Kilbarron Bank / Orrell Partners - kickoff", "b13kilbarron"),
    ("Teams meeting: Fenmore Town / Orrell Partners - discovery workshop", "b13fenmore"),
    ("Microsoft Teams meeting - Valecrest Foods Australia x Orrell Partners: project kickoff", "b13valau"),
    ("Canceled: Teams meeting: Banque de Valdrôme / Orrell Partners - weekly sync", "b13valdrome"),
    ("Teams meeting: Orrell Partners internal - pipeline review", None),
])

TEAM_OR_DEPARTMENT = _cases("team or department", [
    ("Corrowan Water finance team", "b13corrowan"),
    ("procurement at Kilbarron Bank", "b13kilbarron"),
    ("Whitcombe Ashdown's billing team", "b13whitash"),
    ("IT helpdesk - Tillingham Borough Council", "b13tillingham"),
    ("City of Kelbourne parks and gardens", "b13kelbourne"),
    ("Kelbourne council rates team", "b13kelbourne"),
    ("the audit team at Naidoo Botha", "b13naidoo"),
    ("Lim Ravindran's disputes practice", "b13limrav"),
    ("Valecrest Foods NZ supply chain", "b13valnz"),
    ("Valecrest Australia marketing team", "b13valau"),
    ("St Brigid's Carrowmore radiology department", "b13stbrigidc"),
    ("Ardkeen St Brigid's hospital pharmacy", "b13stbrigida"),
    ("Pendleford University admissions office", "b13pendleca"),
    ("University of Pendleford estates team", "b13pendleuk"),
    ("Bramford County Medical Center revenue cycle team", "b13bramford"),
    ("Pine Summit CU lending team", "b13pinesummit"),
    ("member services at Summit Pine Credit Union", "b13summitpine"),
    ("Hope Harbour Foundation grants team", "b13hopefdn"),
    ("Fenwick Harcourt's employment team", "b13fenhar"),
    ("Harcourt Fenwick tax department", "b13harfen"),
    ("Ruakiri council roading team", "b13ruakiri"),
    ("ANZ's legal dept", "anz"),
    ("procurement at Queensland Health", "qldhealth"),
    ("IT helpdesk - University of Otago", "otago"),
])

CONFUSABLE_PAIR = _cases("confusable pair", [
    # University of Pendleford (UK) and Pendleford University (Canada).
    ("University of Pendleford", "b13pendleuk"),
    ("Pendleford University, Canada", "b13pendleca"),
    ("Pendleford Uni", None, ("b13pendleuk", "b13pendleca")),
    ("Pendleford", None, ("b13pendleuk", "b13pendleca")),
    # Fenwick Harcourt (law) and Harcourt Fenwick (accountants): the order registered decides.
    ("Fenwick Harcourt", "b13fenhar"),
    ("Harcourt Fenwick", "b13harfen"),
    ("Fenwick & Harcourt solicitors", "b13fenhar"),
    ("Harcourt & Fenwick accountants", "b13harfen"),
    ("Fenwick", None, ("b13fenhar", "b13harfen")),
    ("the Fenwick/Harcourt firm in London", None, ("b13fenhar", "b13harfen")),
    # Summit Pine (Canada) and Pine Summit (US) credit unions.
    ("Summit Pine", "b13summitpine"),
    ("Pine Summit", "b13pinesummit"),
    ("Summit Pine CU (Canada)", "b13summitpine"),
    ("Pine Summit Credit Union, Oregon", "b13pinesummit"),
    ("the Pine / Summit credit union", None, ("b13summitpine", "b13pinesummit")),
    # Hope Harbour and its foundation.
    ("Hope Harbour", "b13hopeharb"),
    ("Foundation, Hope Harbour", "b13hopefdn"),
    ("Hope Harbour fundraising team", None, ("b13hopeharb", "b13hopefdn")),
    # One hospital name in two towns.
    ("St Brigid's Hospital", None, ("b13stbrigidc", "b13stbrigida")),
    ("St Brigid's, Carrowmore", "b13stbrigidc"),
    ("St Brigids Ardkeen", "b13stbrigida"),
    # City of Kelbourne and Kelbourne City Mission.
    ("Kelbourne City", None, ("b13kelbourne", "b13kelmission")),
    ("City Mission, Kelbourne", "b13kelmission"),
    ("Kelbourne Mission", "b13kelmission"),
    # Valecrest Foods in two countries.
    ("Valecrest Foods", None, ("b13valau", "b13valnz")),
    ("Valecrest Foods New Zealand", "b13valnz"),
    ("New Zealand Valecrest", "b13valnz"),
    # Registry pairs.
    ("Bank, Pacific Merchant", "pacmerch"),
    ("Regional Council, Wexbridge", "wexreg"),
    ("Veterinary Clinic, North Ravensby", "northrav"),
    ("Partridge Hatch", None, ("hatchlaw", "hatchacc")),
    ("Partridge & Hatch Lawyers", "hatchlaw"),
    ("Starlington, University of", "starluni"),
    ("Ward Kinsella Architects", "kinsarch"),
    ("Halvorsen Corrigan joint venture", "chjv"),
])

NEGATIVE = _cases("negative", [
    # People's names alone, some sharing a client's surname.
    ("Arjun Ravindran", None),
    ("Siobhan Mulcahy", None),
    ("Declan Furlong", None),
    ("Tom Harcourt", None),
    ("Margaret Fenwick-Ashdown", None),
    ("Aroha Ngata", None),
    ("Sipho Botha", None),
    ("Kirsty Mahon", None),
    # Job titles alone.
    ("Senior Analyst", None),
    ("Practice Manager | Commercial Litigation", None),
    ("Director of Infrastructure and Assets", None),
    ("Clinical Nurse Consultant", None),
    ("VP Member Services", None),
    # Generic team names.
    ("finance team", None),
    ("the procurement team", None),
    ("legal dept", None),
    ("HR business partner", None),
    ("member services", None),
    ("audit committee", None),
    # Unregistered organisations in contact phrases, some sharing a word with a client.
    ("works for Glenharrow Building Society", None),
    ("Head of Lending, Drummore Building Society", None),
    ("Kilbarron County Council", None),
    ("Lecturer, Pendleford College of Art", None),
    ("Ops Manager @ Tamarind Foods", None),
    ("Corrowan Shire Council", None),
    ("Naidoo Attorneys - conveyancing", None),
    ("Stadtwerke Rosenau GmbH - Einkauf", None),
    ("Communications Advisor, Universiteit Twente", None),
    ("Partner at Moloney Quinn Solicitors | ex-Arthur Cox", None),
    ("Summit Credit Union (Wisconsin)", None),
    ("Pine Ridge Credit Union", None),
    ("St Mary's Hospital Carrowmore", None),
    ("Bramford County Sheriff's Office", None),
    ("Fleet Managers Association of New Zealand", None),
    ("Ruakiri Rugby Football Club", None),
    ("Department of Justice, Victoria", None),
    ("Tasmania Police", None),
    ("Meeting invite: quarterly partner catch-up / Orrell Partners", None),
    # Signatures of people from unregistered firms, and signature boilerplate.
    ("Chloe Brennan | Senior Associate | Brennan Voight Lawyers | +61 8 9555 0166", None),
    ("Pieter van Dijk | Inkoper | Gemeente Lindenburg | +31 20 555 0144", None),
    ("Kavita Pillay | Tax Manager | Pillay Moodley Inc. | +27 31 555 0109", None),
    ("Sam Whitford - Account Director, Northgate Media Ltd", None),
    ("Thanks, Rachel | Sent from Outlook for iOS", None),
    ("Open to work | seeking roles in procurement", None),
    ("Teams meeting: Orrell Partners / TBC - kickoff", None),
    ("works for the council", None),
    ("Sandra Whitcombe", None),
])

R13B: tuple[Case, ...] = tuple(REORDERED + CONTACT_PHRASE + TEAM_OR_DEPARTMENT + CONFUSABLE_PAIR + NEGATIVE)
