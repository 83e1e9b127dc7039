"""The CHECK set: labelled queries written before the matcher was tuned for them, and never tuned on.

It runs against tests/data/matching_clients_unseen.py. Its categories are the shapes people paste that the first
evaluation set did not cover: contact phrases and signature lines, offices and branches, initialisms of long names
with function words, names split or joined, all capitals, typos in long names, reordered words, foreign legal forms,
public suffixes, confusable pairs, company registration numbers and negatives. Labels say what a careful person
would answer, not what the matcher does; `benchmarks/matching_eval_report.py --set check` reports it, and its misses
are not to be read while tuning (tests/data/matching_tuning.py is the set for that).
"""

from __future__ import annotations

from tests.data.matching_eval import Case


def _cases(category: str, rows: list[tuple]) -> list[Case]:
    return [Case(category, *row) for row in rows]


CONTACT = _cases("contact phrase", [
    ("Rachel Adams - Chief Risk Officer, Reserve Bank of Australia", "rba"),
    ("Head of Procurement, Australian Securities and Investments Commission", "asic"),
    ("Tom Nguyen, FedEx", "fedex"),
    ("Priya Sharma | Senior Manager | PayPal", "paypal"),
    ("Regards, Sam Wu, Senior Analyst, BlackRock", "blackrock"),
    ("Dr Anna Kowalski, Chief Medical Officer, Ramsay Health Care", "ramsay"),
    ("Procurement Lead at Carlsberg", "carlsberg"),
    ("Jane Smith (CFO, Mastercard)", "mastercard"),
    ("Sarah O'Neil | Head of Digital | Westpac", "westpac"),
    ("Chris Taylor - GM Operations - Linfox", "linfox"),
    ("Michael Brown, Partner, Allens", "allens"),
    ("Director of Strategy, Department of Foreign Affairs and Trade", "dfat"),
    ("Emma Wilson\nSenior Policy Adviser\nBureau of Meteorology", "bom"),
    ("Kind regards, Liam Walker | Account Director | Dropbox", "dropbox"),
    ("Mere Parata, Chief Executive, Fire and Emergency New Zealand", "fenz"),
    ("Aroha Henare – Programme Manager – Inland Revenue", "ird"),
    ("Chief Information Officer, Bank of Queensland", "boq"),
    ("David Chen, VP Engineering, Atlassian", "atlassian"),
    ("Lucy Green, Head of Legal, Telenor ASA", "telenor"),
    ("General Counsel, Heineken N.V.", "heineken"),
    ("Olivia King — Marketing Director — Samsung Electronics", "samsung"),
    ("Noah Scott, Project Manager, Whitehaven Coal", "whitehaven"),
    ("Grace Hall, Senior Consultant at KPMG", "kpmg"),
    ("Ravi Patel | Data Scientist | Commonwealth Bank", "cba"),
    ("Mark Evans, CEO, Zebra Unicorn Labs", None),
    ("Jane Doe, Head of Partnerships, Acme", None, ("acmeconsult", "acmeeng")),
    ("Chief Executive Officer, Delta", None),
    ("Sam Lee, Director, Reserve Bank", None, ("rba", "rbnz")),
])

OFFICE = _cases("office or branch", [
    ("Deloitte (Adelaide office)", "deloitte"), ("FedEx Melbourne office", "fedex"), ("PayPal (Singapore)", "paypal"),
    ("BlackRock Sydney branch", "blackrock"), ("ASIC Melbourne", "asic"), ("Mastercard - Auckland office", "mastercard"),
    ("Accenture Wellington Office", "accenture"), ("BHP Perth HQ", "bhp"), ("Wipro (Bangalore)", "wipro"),
    ("KPMG Brisbane office", "kpmg"), ("Skanska UK", "skanska"), ("Samsung Electronics Australia", "samsung"),
    ("Kone Elevators Australia", "kone"), ("Mercer Melbourne", "mercer"), ("Linfox (Perth depot)", "linfox"),
    ("Telstra Adelaide office", "telstra"), ("EY - Perth", "ey"), ("Goldman Sachs Sydney office", "goldman"),
    ("Salesforce (Sydney HQ)", "salesforce"), ("Sanofi Australia", "sanofi"), ("JPMorgan Chase Sydney", "jpmorgan"),
    ("Morgan Stanley (Melbourne branch)", "morganstanley"), ("Fortum Finland", "fortum"),
    ("Bankwest (Perth)", "bankwest"), ("Airtasker Sydney", "airtasker"),
    ("Reserve Bank Sydney office", None, ("rba", "rbnz")), ("Acme Perth branch", None),
    ("Deutsche Sydney office", None),
])

INITIALISM = _cases("initialism, long name", [
    ("DFAT", "dfat"), ("ASIC", "asic"), ("ACCC", "accc"), ("APRA", "apra"), ("BoM", "bom"), ("RBA", "rba"),
    ("RBNZ", "rbnz"), ("MBIE", "mbie"), ("NZTA", "nzta"), ("FENZ", "fenz"), ("TAC", "tac"), ("DWP", "dwp"),
    ("QTC", "qtc"), ("RSPCA", "rspca"), ("CSU", "csu"), ("CDU", "cdu"), ("ECU", "ecu"), ("JCU", "jcu"),
    ("MIT", "mit"), ("UCL", "ucl"), ("KCL", "kcl"), ("TSMC", "tsmc"), ("NTT", "ntt"), ("BBVA", "bbva"),
    ("MPI", "mpi"), ("IRD", "ird"), ("RMH", "rmh"), ("PM&C", "pmc"), ("DPMC", "pmc"),
    ("ASIC Sydney", "asic"), ("D.F.A.T.", "dfat"), ("dfat", "dfat"),
    ("ABS", None, ("abs", "absbrakes")), ("DTP", "dtp"), ("TMR", "tmr"),
])

SPLIT = _cases("split or joined", [
    ("Fed Ex", "fedex"), ("Fed-Ex", "fedex"), ("Net Suite", "netsuite"), ("Pay Pal", "paypal"),
    ("Linked In", "linkedin"), ("Black Rock", "blackrock"), ("Drop Box", "dropbox"), ("Master Card", "mastercard"),
    ("JP Morgan Chase", "jpmorgan"), ("J.P. Morgan Chase", "jpmorgan"), ("GoldmanSachs", "goldman"),
    ("MorganStanley", "morganstanley"), ("White Haven Coal", "whitehaven"), ("Bank West", "bankwest"),
    ("SevenWest Media", "sevenwest"), ("Air Tasker", "airtasker"), ("Car Sales", "carsales"),
    ("Sun Rice", "sunrice"), ("Blue Scope Steel", "bluescope"), ("Blue Scope", "bluescope"),
    ("Aus Net Services", "ausnet"), ("Trans Grid", "transgrid"), ("Stora-Enso", "storaenso"),
    ("Novonordisk", "novonordisk"), ("Tele Nor", "telenor"), ("Deutschebank", "deutschebank"),
    ("Harvey-Norman", "harvey"), ("HarveyNorman", "harvey"), ("Qantas Airways", "qantas"),
    ("Black", None), ("Morgan", None),
])

CAPS = _cases("all capitals", [
    ("DEPARTMENT OF FOREIGN AFFAIRS AND TRADE", "dfat"), ("FEDEX CORPORATION", "fedex"),
    ("RESERVE BANK OF AUSTRALIA", "rba"), ("BLACKROCK INC", "blackrock"), ("WHITEHAVEN COAL LTD", "whitehaven"),
    ("CARLSBERG A/S", "carlsberg"), ("SAMSUNG ELECTRONICS CO LTD", "samsung"), ("PAYPAL HOLDINGS INC", "paypal"),
    ("CHARLES STURT UNIVERSITY", "csu"), ("NORTHERN STAR RESOURCES LIMITED", "northernstar"),
    ("BUREAU OF METEOROLOGY", "bom"), ("HITACHI LTD", "hitachi"), ("JAMES HARDIE INDUSTRIES PLC", "jameshardie"),
    ("KING'S COLLEGE LONDON", "kcl"), ("ZALANDO SE", "zalando"), ("GEDEON RICHTER NYRT", "richter"),
    ("SEVEN WEST MEDIA", "sevenwest"), ("TRANSPORT ACCIDENT COMMISSION", "tac"),
    ("ROYAL MELBOURNE HOSPITAL", "rmh"), ("HYDRO TASMANIA", "hydrotas"), ("MERCK KGAA", "merckkgaa"),
    ("AUSTRALIAN BUREAU OF STATISTICS", "abs"), ("MERCK", None, ("merckkgaa", "merckus")),
    ("RESERVE BANK", None, ("rba", "rbnz")),
])

TYPO = _cases("typo, long name", [
    ("Australian Competition and Consumer Comission", "accc"),
    ("Massachusets Institute of Technology", "mit"),
    ("Departmnet of Foreign Affairs and Trade", "dfat"),
    ("Australian Prudential Regulation Authorty", "apra"),
    ("Australian Securites and Investment Commission", "asic"),
    ("Reserve Bank of Austrlia", "rba"),
    ("Ministry of Business Inovation and Employment", "mbie"),
    ("Royal Society for Prevention of Cruelty to Animals", "rspca"),
    ("London Scool of Economics and Political Science", "lse"),
    ("Taiwan Semiconducter Manufacturing Company", "tsmc"),
    ("Nippon Telegraph and Telephon", "ntt"),
    ("Banco Bilbao Viscaya Argentaria", "bbva"),
    ("Industria de Diseno Textil", "inditex"),
    ("Whitehaven Coal Limted", "whitehaven"),
    ("Northern Star Resouces", "northernstar"),
    ("Transport Acident Commission", "tac"),
    ("Department of Transport and Main Raods", "tmr"),
    ("Queensland Treasury Corportation", "qtc"),
    ("Charles Sturt Univeristy", "csu"),
    ("Edith Cowen University", "ecu"),
    ("Fire and Emergancy New Zealand", "fenz"),
    ("Australian Bureau of Statstics", "abs"),
    ("Imperial Colege London", "imperial"),
    ("Compagnie Generale des Etablissements Michelen", "michelin"),
    ("Reserve Bank of New Zeland", "rbnz"),
    ("Charles Dawrin University", "cdu"),
])

REORDERED = _cases("reordered", [
    ("Foreign Affairs and Trade, Department of", "dfat"), ("Newcastle, University of", "uon"),
    ("Meteorology Bureau", "bom"), ("Statistics, Australian Bureau of", "abs"),
    ("Prime Minister and Cabinet, Department of the", "pmc"), ("Technology Sydney, University of", "uts"),
    ("Sachs Goldman", "goldman"), ("Health and Aged Care, Department of", "doha"),
    ("Transport and Main Roads Department", "tmr"), ("Primary Industries Ministry", "mpi"),
    ("Revenue Department Inland", "ird"), ("Cook University James", "jcu"),
    ("College London Imperial", "imperial"), ("Queensland Treasury Corp", "qtc"),
    ("Treasury Corporation Queensland", "qtc"), ("Western Australia Bank", "bankwest"),
])

LEGAL_FORM = _cases("foreign legal form", [
    ("Carlsberg", "carlsberg"), ("Carlsberg AS", "carlsberg"), ("Novo Nordisk", "novonordisk"),
    ("Orsted", "orsted"), ("Ørsted", "orsted"), ("Telenor", "telenor"), ("Stora Enso", "storaenso"),
    ("Stora Enso Oy", "storaenso"), ("Kone", "kone"), ("Kone Corporation", "kone"), ("Skanska", "skanska"),
    ("Volvo AB", "volvo"), ("Volvo Cars", "volvocars"), ("Henkel", "henkel"), ("Henkel AG", "henkel"),
    ("Bertelsmann", "bertelsmann"), ("SAP", "sap"), ("SAP AG", "sap"), ("Zalando", "zalando"),
    ("Samsung Electronics", "samsung"), ("Hitachi", "hitachi"), ("Hitachi Kabushiki Kaisha", "hitachi"),
    ("Telkom Indonesia", "telkom"), ("PT Telkom Indonesia", "telkom"), ("Bank Central Asia", "bca"),
    ("Grupo Bimbo", "bimbo"), ("Grupo Bimbo SAB de CV", "bimbo"), ("Cemex", "cemex"), ("CEMEX SA de CV", "cemex"),
    ("Petroleo Brasileiro", "petrobras"), ("Iberdrola", "iberdrola"), ("Iberdrola SA", "iberdrola"),
    ("OTP Bank", "otp"), ("Gedeon Richter", "richter"), ("Gedeon Richter Plc", "richter"), ("Skoda Auto", "skoda"),
    ("Škoda Auto", "skoda"), ("Orlen", "orlen"), ("CD Projekt", "cdprojekt"), ("CD Projekt SA", "cdprojekt"),
    ("Erste Group Bank", "erste"), ("Swisscom", "swisscom"), ("UBS Group", "ubs"), ("Sanofi", "sanofi"),
    ("Reliance Industries", "reliance"), ("Wipro", "wipro"), ("Wipro Ltd", "wipro"), ("Ardmore Leasing", "ardmore"),
    ("Ardmore Leasing Designated Activity Company", "ardmore"), ("Alpenglow Software", "alpenglow"),
    ("Alpenglow Software AG", "alpenglow"), ("Harrowdene Arts", "harrowdene"),
    ("Mossgrove Advisory CIC", "mossgrovecic"), ("Mossgrove Advisory Limited", "mossgrove"),
    ("Tallowood Minerals No Liability", "tallowoodnl"), ("Tallowood Minerals N.L.", "tallowoodnl"),
    ("Kestrel Analytics gGmbH", "kestrelg"), ("Corvina Logistics Kft", "corvina"),
    ("Corvina Logistics Limited", "corvinauk"),
    ("Mossgrove Advisory", None, ("mossgrove", "mossgrovecic")),
    ("Tallowood Minerals", None, ("tallowood", "tallowoodnl")),
    ("Kestrel Analytics", None, ("kestrel", "kestrelg")), ("Corvina Logistics", None, ("corvina", "corvinauk")),
    ("Kestrel Analytics AG", None, ("kestrel", "kestrelg")), ("Corvina Logistics SRL", None),
])

SUFFIX = _cases("public suffix", [
    ("gov.uk", None), ("ac.uk", None), ("co.jp", None), ("com.br", None), ("gc.ca", None), ("gob.mx", None),
    ("co.id", None), ("org.au", None), ("ac.nz", None), ("vic.gov.au", None), ("qld.gov.au", None),
    ("act.gov.au", None), ("s3.amazonaws.com", None), ("github.io", None), ("blogspot.com", None),
    ("someone@gov.uk", None), ("x@ac.nz", None), ("www.gov.uk/dwp", None),
    ("telkom.co.id", "telkom"), ("www.bca.co.id", "bca"), ("petrobras.com.br", "petrobras"),
    ("careers.mit.edu", "mit"), ("jo@ucl.ac.uk", "ucl"), ("www.rspca.org.au/adopt", "rspca"),
    ("health.vic.gov.au", "vichealth"), ("tmr.qld.gov.au", "tmr"), ("tac.vic.gov.au", "tac"),
    ("otpbank.hu", "otp"), ("swisscom.ch", "swisscom"), ("group.ntt", "ntt"),
    ("fireandemergency.nz", "fenz"), ("mail.mbie.govt.nz", "mbie"), ("a.b@rbnz.govt.nz", "rbnz"),
    ("someone@student.csu.edu.au", "csu"), ("kcl.ac.uk", "kcl"), ("orlen.pl", "orlen"),
])

CONFUSABLE = _cases("confusable pair", [
    ("Merck", None, ("merckkgaa", "merckus")), ("Merck KGaA", "merckkgaa"), ("Merck & Co", "merckus"),
    ("Merck and Co Inc", "merckus"), ("Heineken", None, ("heineken", "heinekenholding")),
    ("Heineken Holding", "heinekenholding"), ("Heineken NV", "heineken"),
    ("Reserve Bank", None, ("rba", "rbnz")), ("Reserve Bank of NZ", "rbnz"), ("Reserve Bank Australia", "rba"),
    ("Newcastle University", None, ("uon", "ncl")), ("University of Newcastle", "uon"),
    ("Charles University", None), ("Charles Sturt", "csu"), ("Charles Darwin Uni", "cdu"),
    ("James Cook", "jcu"), ("James Hardie", "jameshardie"), ("James", None),
    ("Volvo Car", "volvocars"), ("AB Volvo", "volvo"), ("Porsche SE", "porschese"), ("Porsche AG", "porsche"),
    ("Deutsche", None), ("Deutsche Bank", "deutschebank"), ("Deutsche Boerse", "deutscheboerse"),
    ("Deutsche Post", "deutschepost"), ("Hydro", None, ("hydrotas", "hydroquebec")),
    ("Hydro Quebec", "hydroquebec"), ("Western Power", "westernpower"),
    ("Western Power Distribution", "wpd"), ("Department of Transport", None, ("dtp", "tmr")),
    ("Department of Health", None), ("Health Department", None), ("St Vincent's", None, ("svha", "vinnies")),
    ("St Vincents Health", "svha"), ("St Vincent de Paul", "vinnies"), ("Royal Melbourne", None),
    ("Fletcher", None, ("fletcher", "fcc")), ("Fletcher Construction", "fcc"), ("Mercer", "mercer"),
    ("Mercy Health", "mercy"), ("Mercy", None), ("Queensland Treasury", "qtc"), ("Queensland Investment", "qic"),
    ("ABS", None, ("abs", "absbrakes")), ("Advanced Braking Systems", "absbrakes"),
    ("Northern Star", "northernstar"), ("Seven West", "sevenwest"), ("Bank of Western Australia", "bankwest"),
    ("University of Western Australia", "uwa"), ("London School", None),
])

REGISTRATION = _cases("registration number", [
    ("ABN 48 123 123 124", "cba"), ("48123123124", "cba"), ("ACN 123 123 124", "cba"),
    ("abn: 33 051 775 556", "telstra"), ("49 004 028 077", "bhp"), ("ABN 88000014675", "woolworths"),
    ("ABN 22 004 567 891", "whitehaven"), ("ACN 004 567 891", "whitehaven"), ("39 120 987 653", "bluescope"),
    ("ACN 734 512 004", "tallowoodnl"), ("NZBN 9429040402307", "nzta"), ("9429000123457", "fenz"),
    ("Company number 00041424", "unilever"), ("SC612345", "mossgrove"), ("Companies House 12345678", "mossgrovecic"),
    ("ABN 48 123 123 125", None), ("48123123125", None), ("ACN 123 123 125", None), ("NZBN 9429040402308", None),
    ("ABN 51 824 753 556", None), ("00000000", None), ("12 345 678 901", None),
])

NEGATIVE = _cases("negative", [
    ("Department of Defence", None), ("Australian Federal Police", None), ("Reserve Bank of India", None),
    ("University of Queensland", None), ("Oxford University", None), ("Stanford University", None),
    ("UPS", None), ("DHL Express", None), ("Venmo", None), ("Stripe", None), ("Vanguard", None),
    ("State Street", None), ("Citigroup", None), ("Barclays", None), ("Lloyds Banking Group", None),
    ("Heinz", None), ("Diageo", None), ("Tuborg", None), ("Novartis", None), ("Roche", None), ("Bayer AG", None),
    ("BASF SE", None), ("Volkswagen AG", None), ("Telstra Super", None), ("Telia Company AB", None),
    ("Nokia Networks", None), ("Panasonic Corporation", None), ("Toshiba", None), ("LG Electronics", None),
    ("PT Pertamina", None), ("Bank Mandiri", None), ("Grupo Televisa", None), ("Vale S.A.", None),
    ("Banco do Brasil", None), ("Mediobanca", None), ("Raiffeisen Bank", None), ("Credit Suisse", None),
    ("Julius Baer", None), ("Total Energies", None), ("Infosys BPM", None), ("Tata Motors", None),
    ("Fonterra Brands", None), ("Fletcher Jones", None), ("Newcastle Permanent", None),
    ("Charles Schwab", None), ("James Cook Hotel", None), ("Kestrel Aviation", None), ("Mossgrove Farms", None),
    ("Tallowood Gold NL", None), ("Corvina Foods Kft", None), ("Alpenglow Resorts GmbH", None),
    ("Harrowdene Primary School", None), ("Ardmore Hotel", None), ("Carlsberg Foundation", None),
    ("Novo Holdings A/S", None), ("Porsche Consulting", None), ("Samsung SDS", None), ("Hitachi Rail", None),
    ("Michelin Guide", None), ("Sanofi Pasteur", None), ("Goldman Sachs Asset Management", None),
    ("PayPal Giving Fund", None), ("Dropbox Sign", None), ("LinkedIn Learning", None), ("FedEx Freight", None),
    ("Mastercard Foundation", None), ("BlackRock Fund Advisors", None),
    ("info@unknown-widgets.co.uk", None), ("someone@gmail.co.uk", None), ("nobody@web.de", None),
    ("Pty Ltd", None), ("GmbH", None), ("A/S", None), ("Kabushiki Kaisha", None), ("S.A.B. de C.V.", None),
    ("Head of Procurement", None), ("Chief Executive Officer", None), ("Kind regards", None),
    ("Sydney office", None), ("Melbourne branch", None), ("Department", None), ("Ministry", None),
    ("Commission", None), ("Bureau", None), ("Royal Society", None), ("New Zealand Police", None),
])

CHECK: tuple[Case, ...] = tuple(
    CONTACT + OFFICE + INITIALISM + SPLIT + CAPS + TYPO + REORDERED + LEGAL_FORM + SUFFIX + CONFUSABLE
    + REGISTRATION + NEGATIVE
)
