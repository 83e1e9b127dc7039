"""Round 10, set A: short forms of long client names, as people in a consulting network type them.

The registry adds about forty long-named clients (universities, colleges, unions, co-operatives, hospitals, councils,
industry bodies, charities, law and accounting firms named after three partners, family firms with "& Sons",
engineering consultancies), many in confusable groups: two names with the same initials, a name whose initials are an
ordinary word, names full of "of", "and", "for", "the", "&" and hyphenated words, and an acronym that is one client's
alias and another's initials. The queries are initialisms with and without dots, spaces or the letters of function
words, in lower case, with a legal form or a place after them; abbreviated words (Aust, Intl, Assn, Mgmt, Co-op,
Svcs, Univ, Dept, Govt, Natl, Bros, Eng, Cons); single letters for words; partner names cut to the first two; typos,
splits and joins; and must-ask rows where a short form fits two or more clients. Negatives are real or plausible
organisations that share an initialism or words with a client. The set was written by hand from general knowledge,
before any tuning against it, and the matcher was not run on it while it was written.
"""

from __future__ import annotations

from bot.rules.matching import ClientEntry
from tests.data.matching_clients_unseen import CLIENTS_UNSEEN, Row, entries
from tests.data.matching_eval import Case, _cases

_ROWS: list[Row] = [
    # external_id, name, aliases, domains, country (ISO 3166 alpha-2), registration number or None
    # Two universities whose initials are both UoM (as is The University of Melbourne's).
    ("umallow", "University of Mallowbrook", (), ("mallowbrook.edu.au",), "AU", None),
    ("umerrigal", "University of Merrigal", (), ("merrigal.edu.au",), "AU", None),
    # Real universities with "of" / "of the" and renamed acronyms.
    ("usq", "University of Southern Queensland", ("UniSQ", "USQ"), ("unisq.edu.au", "usq.edu.au"), "AU", None),
    ("usc", "University of the Sunshine Coast", ("UniSC", "USC"), ("usc.edu.au",), "AU", None),
    # Medical colleges: Australasian twice, Australian once.
    ("racp", "Royal Australasian College of Physicians", ("RACP",), ("racp.edu.au",), "AU", None),
    ("racs", "Royal Australasian College of Surgeons", ("RACS",), ("surgeons.org",), "AU", None),
    ("racgp", "The Royal Australian College of General Practitioners", ("RACGP",), ("racgp.org.au",), "AU", None),
    # Unions, co-operatives, charities and industry bodies with long names.
    ("anmf", "Australian Nursing and Midwifery Federation", ("ANMF",), ("anmf.org.au",), "AU", None),
    ("cfmeu", "Construction, Forestry and Maritime Employees Union", ("CFMMEU",), ("cfmeu.org.au",), "AU", None),
    ("sda", "Shop, Distributive and Allied Employees' Association", ("SDA",), ("sda.org.au",), "AU", None),
    ("cbh", "Co-operative Bulk Handling Limited", ("CBH Group",), ("cbh.com.au",), "AU", "29256604947"),
    ("rfds", "Royal Flying Doctor Service of Australia", ("RFDS", "Flying Doctor"), ("flyingdoctor.org.au",), "AU",
     None),
    ("aicd", "Australian Institute of Company Directors", (), ("aicd.com.au",), "AU", None),
    ("caanz", "Chartered Accountants Australia and New Zealand", ("CA ANZ",), ("charteredaccountantsanz.com",),
     "AU", None),
    ("frrr", "Foundation for Rural and Regional Renewal", (), ("frrr.org.au",), "AU", None),
    ("nash", "National Association of Steel-Framed Housing Inc", ("NASH",), ("nash.asn.au",), "AU", None),
    ("heartfdn", "National Heart Foundation of Australia", ("Heart Foundation",), ("heartfoundation.org.au",), "AU",
     None),
    ("rpa", "Royal Prince Alfred Hospital", ("RPA", "RPAH"), (), "AU", None),
    ("dpird", "Department of Primary Industries and Regional Development", ("DPIRD",), ("dpird.wa.gov.au",), "AU",
     None),
    ("lgaq", "Local Government Association of Queensland", ("LGAQ",), ("lgaq.asn.au",), "AU", None),
    ("lgasa", "Local Government Association of South Australia", ("LGA SA",), ("lga.sa.gov.au",), "AU", None),
    # Initials that are ordinary words.
    ("help", "Hinterland Employment and Learning Partnership Inc", ("HELP",), ("helpinc.org.au",), "AU", None),
    ("wise", "Wollumbin Institute for Sustainable Enterprise", (), ("wise.edu.au",), "AU", None),
    # HBR: a law firm's initials and a miner's initials.
    ("harcourt", "Harcourt Blyth Renshaw & Partners", (), ("hbrlaw.com.au",), "AU", None),
    ("hunterbay", "Hunter Bay Resources Limited", (), ("hunterbayresources.com.au",), "AU", "61604837129"),
    # AMR: one firm's alias is another's whole name.
    ("ashcombe", "Ashcombe Mallory Renwick Lawyers", ("AMR Lawyers",), ("amrlawyers.com.au",), "AU", None),
    ("amrmech", "AMR Mechanical Services Pty Ltd", (), ("amrmechanical.com.au",), "AU", None),
    # KRHS: one client's alias, another's initials, both in the same town.
    ("krhealth", "Kestwick Regional Health Service", ("KRHS",), ("krhs.health.vic.gov.au",), "AU", None),
    ("krhire", "Kestwick Rural Hire Services Pty Ltd", (), ("kestwickhire.com.au",), "AU", None),
    # Accountants named after three partners.
    ("pwd", "Pryor Whitcombe Delahunty Chartered Accountants", (), ("pwdca.com.au",), "AU", None),
    # One surname, two firms told apart by the initials in front.
    ("tremaynelaw", "J. W. Tremayne & Associates Lawyers", (), ("tremaynelawyers.com.au",), "AU", None),
    ("tremaynesurv", "K. L. Tremayne Surveyors Pty Ltd", (), ("kltsurveyors.com.au",), "AU", None),
    # Family companies: "& Sons" and "Brothers".
    ("pettsons", "R. J. Pettigrew & Sons Pty Ltd", (), ("pettigrewandsons.com.au",), "AU", None),
    ("pettbros", "Pettigrew Brothers Transport Pty Ltd", (), ("pettigrewbros.com.au",), "AU", None),
    # Engineering consultancies: Consultants and Consulting.
    ("kellstruct", "Kellaway Structural and Civil Engineering Consultants Pty Ltd", (), ("kellaway.com.au",), "AU",
     None),
    ("kellenv", "Kellaway Environmental Consulting Pty Ltd", (), ("kellawayenviro.com.au",), "AU", None),
    # A grain co-operative and a shire that share "Western Tallaroo".
    ("wtgg", "Western Tallaroo Grain Growers' Co-operative Limited", (), ("wtgg.coop",), "AU", None),
    ("wtshire", "Western Tallaroo Shire Council", (), ("westerntallaroo.nsw.gov.au",), "AU", None),
    # Tri-State: a hyphenated word, a co-operative society and a packer.
    ("tscg", "Tri-State Citrus Growers Co-operative Society Limited", (), ("tristatecitrus.coop",), "AU", None),
    ("tscp", "Tri-State Citrus Packers Pty Ltd", (), ("tscpackers.com.au",), "AU", None),
    # A hospital and a mental health service of one town.
    ("mcmh", "Mount Carrow Memorial Hospital", (), ("mcmh.org.au",), "AU", None),
    ("mcmhs", "Mount Carrow Mental Health Service", (), ("mcmhs.org.au",), "AU", None),
    # A regional council and its chamber of commerce.
    ("gbrc", "Greater Bellmount Regional Council", (), ("bellmount.qld.gov.au",), "AU", None),
    ("gbchamber", "Greater Bellmount Chamber of Commerce and Industry", (), ("gbcci.com.au",), "AU", None),
    # International management consultants and a services arm.
    ("fenwickintl", "Fenwick Pryce International Management Consultants Pty Ltd", (), ("fenwickpryce.com",), "AU",
     None),
    ("fenwickmgmt", "Fenwick Pryce Management Services Pty Ltd", (), ("fpms.com.au",), "AU", None),
]

R10A_CLIENTS: tuple[ClientEntry, ...] = CLIENTS_UNSEEN + entries(_ROWS, 13001)

INITIALISM = _cases("initialism, long name", [
    # Universities: UoM fits three, the others are told apart.
    ("UoM", None, ("unimelb", "umallow", "umerrigal")),
    ("Uni of Mallowbrook", "umallow"),
    ("Univ. Merrigal", "umerrigal"),
    ("U Merrigal", "umerrigal"),
    # Medical colleges.
    ("Royal Aust College of GPs", "racgp"),
    ("R.A.C.S.", "racs"),
    ("R A C P", "racp"),
    ("Royal Australasian Coll of Physicians", "racp"),
    # Unions.
    ("cfmeu nsw", "cfmeu"),
    ("Shop Distributive & Allied Employees Assn", "sda"),
    # Co-operatives.
    ("C.B.H. Ltd", "cbh"),
    ("Co-op Bulk Handling", "cbh"),
    ("Fonterra Co-op", "fonterra"),
    ("TSCG", "tscg"),
    ("TSCGCS Ltd", "tscg"),
    ("WTSC", "wtshire"),
    ("W Tallaroo Grain Growers Co-op Ltd", "wtgg"),
    # Charities and industry bodies.
    ("R.F.D.S. Broken Hill", "rfds"),
    ("Aust Inst of Co Directors", "aicd"),
    ("A.I.C.D.", "aicd"),
    ("AIoCD", "aicd"),
    ("CAANZ", "caanz"),
    ("Chartered Accountants ANZ", "caanz"),
    ("F. R. R. R.", "frrr"),
    ("Fdn for Rural & Regional Renewal", "frrr"),
    ("nash", "nash"),
    ("Natl Assn of Steel Framed Housing", "nash"),
    ("NHFA", "heartfdn"),
    ("Nat Heart Fdn of Aust", "heartfdn"),
    ("HELP Inc", "help"),
    ("WISE", "wise"),
    ("WIfSE", "wise"),
    # Government and local government.
    ("LGA", None, ("lgaq", "lgasa")),
    ("Local Govt Assn", None, ("lgaq", "lgasa")),
    ("Local Govt Assoc of Qld", "lgaq"),
    ("LGA of SA", "lgasa"),
    ("Dept of PM&C", "pmc"),
    # Hospitals.
    ("RPA Hospital Camperdown", "rpa"),
    ("Mt Carrow Memorial Hosp", "mcmh"),
    ("Mt Carrow MHS", "mcmhs"),
    # Firms and partners.
    ("Harcourt Blyth", "harcourt"),
    ("HBR Lawyers Brisbane", "harcourt"),
    ("Ashcombe Mallory", "ashcombe"),
    ("AMR Mech Svcs", "amrmech"),
    ("Pryor Whitcombe", "pwd"),
    ("PWD", "pwd"),
    ("PWD Chartered Accountants Toowoomba", "pwd"),
    ("Tremayne JW Lawyers", "tremaynelaw"),
    ("JW Tremayne & Assoc", "tremaynelaw"),
    ("R.J. Pettigrew & Sons P/L", "pettsons"),
    ("Pettigrew Bros", "pettbros"),
    ("Kellaway Eng", "kellstruct"),
    ("Kellaway S&C Eng Cons", "kellstruct"),
    ("Kellaway Env Cons", "kellenv"),
    ("Gtr Bellmount Reg Council", "gbrc"),
    ("GBCCI", "gbchamber"),
    ("FP Intl Mgmt Cons", "fenwickintl"),
    ("Fenwick Pryce Mgmt Svcs", "fenwickmgmt"),
    ("FPMS", "fenwickmgmt"),
    # Registry clients under common abbreviations.
    ("Natl Australia Bank", "nab"),
    ("Aust and NZ Banking Grp", "anz"),
])

CONFUSABLE = _cases("confusable pair", [
    ("HBR", None, ("harcourt", "hunterbay")),
    ("HBR Resources Ltd", "hunterbay"),
    ("Hunter Bay Res", "hunterbay"),
    ("Harcourt Blyth Renshaw", "harcourt"),
    ("AMR", None, ("ashcombe", "amrmech")),
    ("amr mechanical services pty ltd", "amrmech"),
    ("Ashcombe Mallory Renwick", "ashcombe"),
    ("KRHS", None, ("krhealth", "krhire")),
    ("KRHS Pty Ltd", "krhire"),
    ("Kestwick", None, ("krhealth", "krhire")),
    ("Kestwick Reg Health Svc", "krhealth"),
    ("Kestwick Hire", "krhire"),
    ("Tremayne", None, ("tremaynelaw", "tremaynesurv")),
    ("Tremayne KL", "tremaynesurv"),
    ("Tremayne & Associates", "tremaynelaw"),
    ("Tremayne Surveyors", "tremaynesurv"),
    ("Pettigrew & Sons", "pettsons"),
    ("Kellaway Cons", None, ("kellstruct", "kellenv")),
    ("Kellaway Structural & Civil", "kellstruct"),
    ("W Tallaroo", None, ("wtgg", "wtshire")),
    ("Western Tallaroo", None, ("wtgg", "wtshire")),
    ("W Tallaroo Shire", "wtshire"),
    ("W. Tallaroo Co-op", "wtgg"),
    ("Shire of Western Tallaroo", "wtshire"),
    ("Tri-State Citrus", None, ("tscg", "tscp")),
    ("Tri-State Citrus Co-op", "tscg"),
    ("Tri-State Citrus Packers", "tscp"),
    ("Mt Carrow", None, ("mcmh", "mcmhs")),
    ("Mt Carrow Hospital", "mcmh"),
    ("Mount Carrow Mental Health", "mcmhs"),
    ("Greater Bellmount", None, ("gbrc", "gbchamber")),
    ("Bellmount Council", "gbrc"),
    ("Fenwick Pryce", None, ("fenwickintl", "fenwickmgmt")),
    ("Fenwick Pryce Mgmt", None, ("fenwickintl", "fenwickmgmt")),
    ("Fenwick Pryce Intl", "fenwickintl"),
    ("Royal Australasian College", None, ("racp", "racs")),
    ("RACGP", "racgp"),
    ("Mallowbrook Uni", "umallow"),
    ("CA ANZ", "caanz"),
    ("P.W.C. accountants", "pwc"),
    ("Hunter Bay", "hunterbay"),
])

TYPO = _cases("typo, long name", [
    ("Royal Australasian Colege of Surgeons", "racs"),
    ("Royal Australain College of Physicians", "racp"),
    ("Co-operative Bulk Handeling", "cbh"),
    ("Foundation for Rural and Regoinal Renewal", "frrr"),
    ("Chartered Accountants Austrlia and New Zealand", "caanz"),
    ("Univeristy of Mallowbrook", "umallow"),
    ("Kellaway Enviromental Consulting", "kellenv"),
    ("Pettigrew Brothers Tranport", "pettbros"),
    ("Western Tallaroo Grain Grovers Co-operative", "wtgg"),
    ("Hinterland Employmnet and Learning Partnership", "help"),
    ("Pryor Whitcomb Delahunty", "pwd"),
    ("Ashcombe Malory Renwick", "ashcombe"),
    ("Mount Carrow Memorial Hopsital", "mcmh"),
    ("Greater Belmount Regional Council", "gbrc"),
    ("Construction Forrestry and Maritime Employees Union", "cfmeu"),
    ("Royal Flying Docter Service", "rfds"),
    ("Australian Institue of Company Directors", "aicd"),
    ("National Assocation of Steel Framed Housing", "nash"),
    ("Wollumbin Insitute for Sustainable Enterprise", "wise"),
    ("Fenwick Price International", "fenwickintl"),
    ("Tremayne & Asociates", "tremaynelaw"),
    ("Tri-Sate Citrus Packers", "tscp"),
    ("Royal Prince Alfrd Hospital", "rpa"),
])

SPLIT = _cases("split or joined", [
    ("Co operative Bulk Handling", "cbh"),
    ("TriState Citrus Growers", "tscg"),
    ("Tri State Citrus Packers", "tscp"),
    ("Pettigrew&Sons", "pettsons"),
    ("R J Pettigrew & Sons", "pettsons"),
    ("Hunterbay Resources", "hunterbay"),
    ("FenwickPryce International", "fenwickintl"),
    ("Tremayne J W", "tremaynelaw"),
    ("K L Tremayne", "tremaynesurv"),
    ("C A ANZ", "caanz"),
    ("LGA-SA", "lgasa"),
    ("Bell mount Regional Council", "gbrc"),
    ("GreaterBellmount Chamber", "gbchamber"),
    ("Steelframed Housing Association", "nash"),
    ("KestwickHire", "krhire"),
    ("Mountcarrow Memorial Hospital", "mcmh"),
    ("WesternTallaroo Shire", "wtshire"),
])

CAPITALS = _cases("all capitals", [
    ("PETTIGREW BROS TRANSPORT", "pettbros"),
    ("PETTIGREW & SONS PTY LTD", "pettsons"),
    ("SHOP DISTRIBUTIVE AND ALLIED EMPLOYEES ASSOCIATION", "sda"),
    ("TRI-STATE CITRUS GROWERS CO-OP", "tscg"),
    ("HARCOURT BLYTH RENSHAW AND PARTNERS", "harcourt"),
    ("WESTERN TALLAROO SHIRE", "wtshire"),
    ("GREATER BELLMOUNT REGIONAL COUNCIL", "gbrc"),
    ("NATIONAL HEART FOUNDATION", "heartfdn"),
    ("MOUNT CARROW", None, ("mcmh", "mcmhs")),
    ("ASHCOMBE MALLORY RENWICK LAWYERS", "ashcombe"),
    ("KESTWICK REGIONAL HEALTH SERVICE", "krhealth"),
])

NEGATIVE = _cases("negative", [
    ("University of Manchester", None),
    ("Mallowbrook Grammar School", None),
    ("Harvard Business Review", None),
    ("AMR Corporation", None),
    ("Ashcombe Property Group", None),
    ("Public Works Department", None),
    ("Tremayne Homes", None),
    ("Eastern Tallaroo Shire Council", None),
    ("Sunraysia Citrus Growers", None),
    ("Mount Carrow Medical Centre", None),
    ("Bellmount State High School", None),
    ("University of Southern California", None),
    ("Sunshine Coast University Hospital", None),
    ("RANZCP", None),
    ("RACMA", None),
    ("ANMAC", None),
    ("Australian Nursing and Midwifery Accreditation Council", None),
    ("Mining and Energy Union", None),
    ("CEPU", None),
    ("CBH Resources", None),
    ("CareFlight", None),
    ("Institute of Directors in New Zealand", None),
    ("Governance Institute of Australia", None),
    ("CPA Australia", None),
    ("National Association of Home Builders", None),
    ("Royal North Shore Hospital", None),
    ("Royal Perth Hosp", None),
    ("LGNSW", None),
    ("Municipal Association of Victoria", None),
    ("Heart Foundation of New Zealand", None),
    ("NSW DPI", None),
    ("HECS-HELP loans", None),
    ("Wise Payments Ltd", None),
    ("Kestwick Golf Club", None),
    ("Hunter Valley Resources Pty Ltd", None),
    ("Foundation for Young Australians", None),
    ("Rural Doctors Association of Australia", None),
    ("Grain Growers Limited", None),
])

R10A: tuple[Case, ...] = tuple(INITIALISM + CONFUSABLE + TYPO + SPLIT + CAPITALS + NEGATIVE)
