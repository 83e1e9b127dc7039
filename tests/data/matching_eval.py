"""Labelled queries for the client matcher, run against tests/data/matching_clients.py.

Each case names the client a careful person would say the query means (by external id), or None when no single
client may be answered: unknown organisations, generic words, free-mail addresses, public suffixes, and queries
that fit several clients (`among` lists the ones the candidates must offer). Labels say what is true, not what the
matcher happens to do: a case it gets wrong stays in and counts against recall or precision.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Case:
    """One labelled query."""

    category: str
    query: str
    expected: str | None  # external id of the client meant; None: no client may be answered
    among: tuple[str, ...] = ()  # for ambiguous queries: clients the candidates must offer
    person: str | None = None  # for person and email queries: the person named


def _cases(category: str, rows: list[tuple]) -> list[Case]:
    return [Case(category, *row) for row in rows]


EXACT = _cases("exact", [
    ("Commonwealth Bank of Australia", "cba"), ("Westpac Banking Corporation", "westpac"),
    ("Delta Air Lines, Inc.", "delta"), ("Delta Electronics, Inc.", "deltaelec"),
    ("University of Technology Sydney", "uts"), ("The University of Sydney", "usyd"),
    ("Sydney University Sport & Fitness", "susf"), ("Macquarie University", "mq"),
    ("Macquarie Group Limited", "macquarie"), ("Telstra Health Pty Ltd", "telstrahealth"), ("KPMG", "kpmg"),
    ("Victoria University", "vu"), ("Victoria University of Wellington", "vuw"),
    ("Washington State University", "wsu_us"), ("Western Sydney University", "wsu"),
    ("Mitsubishi Electric Corporation", "mitsubishielec"), ("Mitsubishi Corporation", "mitsubishicorp"),
    ("Stockland", "stockland"), ("Allens", "allens"), ("Services Australia", "servicesaus"),
    ("City of Sydney", "cityofsydney"), ("Queensland Health", "qldhealth"), ("Auckland Council", "aklcouncil"),
    ("Southern Cross Austereo", "sca"), ("Brightwater Capital Limited", "brightcap"),
    ("Harbour City Plumbing Pty Ltd", "harbourcity"), ("Tourism Australia", "tourismaus"),
    ("Amazon Web Services", "aws"), ("Lion Pty Ltd", "lion"), ("Big Data Analytics Pty Ltd", "bigdata"),
    ("Greenfields Education Limited", "greenfieldsedu"), ("Auckland Transport", "akltransport"),
    ("Transport for NSW", "tfnsw"), ("Bank of New Zealand", "bnz"), ("Air New Zealand Limited", "airnz"),
    ("Ausgrid", "ausgrid"), ("Endeavour Energy", "endeavour"), ("Cochlear", "cochlear"), ("CSL", "csl"),
    ("ResMed", "resmed"), ("Orica", "orica"), ("HESTA", "hesta"), ("Cbus", "cbus"), ("Hostplus", "hostplus"),
    ("Australian Retirement Trust", "art"), ("University of Western Australia", "uwa"),
    ("University of South Australia", "unisa"), ("University of Adelaide", "adelaide"),
    ("The Smith Family", "smithfamily"),
    ("Commonwealth Bank of Australia Ltd", "cba"), ("Members Equity Bank", "mebank"),
])

CASE_AND_SPACING = _cases("case, punctuation, spacing", [
    ("commonwealth bank of australia", "cba"), ("WESTPAC BANKING CORPORATION", "westpac"),
    ("Client Corp", "clientcorp"), ("client-corp", "clientcorp"), ("CLIENTCORP", "clientcorp"),
    ("Delta Airlines", "delta"), ("delta air-lines", "delta"), ("JB HiFi", "jbhifi"), ("JB Hi Fi", "jbhifi"),
    ("jb-hi-fi", "jbhifi"), ("Energy Australia", "energyaus"), ("Australian Super", "australiansuper"),
    ("Price Waterhouse Coopers", "pwc"), ("Pricewaterhouse Coopers", "pwc"), ("Mc Kinsey & Company", "mckinsey"),
    ("Mcdonalds Australia", "mcdonalds"), ("Coca Cola Europacific Partners", "ccep"), ("Lend Lease", "lendlease"),
    ("Rio-Tinto", "rio"), ("ST GEORGE BANK", "stgeorge"), ("Saint George Bank", "stgeorge"),
    ("Kiwi Bank", "kiwibank"), ("kiwibank", "kiwibank"), ("Sales Force", "salesforce"),
    ("air new zealand", "airnz"), ("queensland university of technology", "qut"), ("Ngai-Tahu Holdings", "ngaitahu"),
    ("nib", "nib"), ("NIB", "nib"), ("Host Plus", "hostplus"), ("Laing ORourke", "laing"), ("Laing O'Rourke", "laing"),
    ("Dominos Pizza Enterprises", "dominos"), ("Domino's Pizza", "dominos"), ("Flight Center", "flightcentre"),
    ("University of Technology, Sydney", "uts"), ("Univ. of Technology Sydney", "uts"), ("Comm Sec", "commsec"),
    ("P & G", "pg"), ("P and G", "pg"), ("J and J", "jnj"), ("M and S", "mands"), ("H and M", "hm"), ("AT & T", "att"),
])

LEGAL_FORM = _cases("legal form", [
    ("Commonwealth Securities", "commsec"), ("Commonwealth Securities Ltd", "commsec"),
    ("Qantas Airways", "qantas"), ("Qantas Airways Ltd", "qantas"), ("Xero Ltd", "xero"), ("Xero", "xero"),
    ("Canva", "canva"), ("Canva Inc", "canva"), ("Atlassian Corp", "atlassian"), ("Atlassian Pty Ltd", "atlassian"),
    ("Telstra Health", "telstrahealth"), ("Linfox Pty. Limited", "linfox"), ("Microsoft Corp.", "microsoft"),
    ("Microsoft", "microsoft"), ("Salesforce", "salesforce"), ("Salesforce.com, Inc.", "salesforce"),
    ("Siemens", "siemens"), ("Siemens Aktiengesellschaft", "siemens"), ("Allianz", "allianz"),
    ("Robert Bosch", "bosch"), ("Nokia Corporation", "nokia"), ("Equinor", "equinor"), ("Enel SpA", "enel"),
    ("Eni", "eni"), ("ING Group", "ing"), ("ASML", "asml"), ("ASML Holding", "asml"),
    ("Toyota Motor Corp", "toyota"), ("Toyota Motor", "toyota"), ("Sony Group", "sony"), ("Mars Inc", "mars"),
    ("Mars", "mars"), ("3M", "3m"), ("AMP", "amp"), ("Wesfarmers Ltd", "wesfarmers"), ("Infosys", "infosys"),
    ("Santos Ltd", "santos"), ("SEEK", "seek"), ("Ramsay Health Care", "ramsay"), ("Sonic Healthcare", "sonic"),
    ("Bain and Co", "bain"), ("Kauri Software", "kauri"), ("Fletcher Building", "fletcher"),
    ("Meridian Energy", "meridian"), ("Contact Energy", "contact"), ("Brightwater Advisory", "brightwater"),
    ("Greenfields Agriculture", "greenfields"), ("Big Data Analytics", "bigdata"), ("Origin Energy", "origin"),
    ("Booking.com", "booking"), ("Harvey Norman", "harvey"), ("Bunnings Group", "bunnings"),
    ("Nine Entertainment", "nine"), ("Fonterra Co-operative Group", "fonterra"), ("REA Group", "rea"),
    ("Datacom", "datacom"), ("Lendlease Corp", "lendlease"), ("Mirvac", "mirvac"), ("Transurban", "transurban"),
    ("Bupa", "bupa"), ("NIB Holdings", "nib"), ("Endeavour Group", "endeavourgrp"), ("Flight Centre", "flightcentre"),
    ("Flight Centre Travel Group", "flightcentre"), ("Resmed Inc", "resmed"), ("Downer EDI", "downer"),
    ("John Holland", "johnholland"), ("John Holland Group", "johnholland"), ("Multiplex", "multiplex"),
    ("Flinders", "flinders"), ("Australian Unity", "ausunity"), ("Beyond Bank", "beyondbank"), ("IFM", "ifm"),
    ("IFM Investors", "ifm"), ("Queensland Investment Corp", "qic"), ("Queensland Investment", "qic"),
    ("Telstra Corp", "telstra"), ("Telstra Corporation Limited", "telstra"), ("Telstra Health Ltd", "telstrahealth"),
    ("Optus Pty Ltd", "optus"), ("Singtel Optus", "optus"), ("Woolworths Ltd", "woolworths"),
    ("Woolworths Group", "woolworths"), ("Coles Group", "coles"), ("Qantas", "qantas"), ("Qantas Group", "qantas"),
    ("Virgin Australia Airlines", "virgin"), ("Delta Air Lines Inc", "delta"), ("Delta Airlines Inc.", "delta"),
    ("Delta Electronics Inc", "deltaelec"), ("Deloitte Touche", "deloitte"),
    ("Deloitte Touche Tohmatsu Limited", "deloitte"),
    ("Deloitte LLP", "deloitte"), ("KPMG LLP", "kpmg"), ("Monash", "monash"), ("Deakin", "deakin"),
    ("Origin", "origin"),
    ("Sydney Water Corp", "sydneywater"), ("AGL Energy Ltd", "agl"), ("Energy Australia Pty Ltd", "energyaus"),
    ("Endeavour Energy Ltd", "endeavour"), ("Infosys Ltd", "infosys"), ("Banco Santander", "santander"),
    ("Tata Consultancy", "tcs"), ("Fortescue Metals", "fortescue"),
])

THE_AND = _cases("'The', & and 'and'", [
    ("University of Sydney", "usyd"), ("the University of New South Wales", "unsw"),
    ("University of New South Wales", "unsw"), ("The Commonwealth Bank of Australia", "cba"),
    ("Procter and Gamble", "pg"), ("Procter & Gamble", "pg"), ("Johnson and Johnson", "jnj"),
    ("Marks & Spencer", "mands"), ("Marks and Spencer", "mands"), ("Ben and Jerry's", "benjerry"),
    ("Ben & Jerrys", "benjerry"), ("Ernst and Young", "ey"), ("Hall and Wilcox", "hallwilcox"),
    ("Gilbert and Tobin", "gtlaw"), ("Gilbert & Tobin", "gtlaw"), ("McKinsey and Company", "mckinsey"),
    ("Bendigo & Adelaide Bank", "bendigo"), ("AT and T", "att"), ("AT&T", "att"),
    ("The Boston Consulting Group", "bcg"), ("Boston Consulting", "bcg"), ("The University of Melbourne", "unimelb"),
    ("Smith Family", "smithfamily"), ("Heritage & People's Choice", "hpc"), ("E&Y", "ey"),
    ("Ernst & Young Global", "ey"),
    ("University of Melbourne", "unimelb"), ("The Salesforce", "salesforce"),
])

ACCENTS = _cases("accents", [
    ("Societe Generale", "socgen"), ("société générale", "socgen"), ("SOCIETE GENERALE SA", "socgen"),
    ("Nestle", "nestle"), ("Nestlé", "nestle"), ("L'Oreal", "loreal"), ("LOreal", "loreal"), ("L Oreal", "loreal"),
    ("Loréal", "loreal"), ("Credit Agricole", "creditagricole"), ("Electricite de France", "edf"),
    ("Zurich Insurance", "zurich"), ("Zurich Insurance Group", "zurich"), ("Zürich", "zurich"),
    ("AP Moller Maersk", "maersk"), ("A.P. Moller-Maersk", "maersk"), ("Ngai Tahu Holdings", "ngaitahu"),
    ("Ngāi Tahu", "ngaitahu"), ("Te Whatu Ora", "healthnz"), ("Møller Mærsk", "maersk"),
])

ALIAS = _cases("alias", [
    ("CBA", "cba"), ("CommBank", "cba"), ("Comm Bank", "cba"), ("CommSec", "commsec"), ("NAB", "nab"),
    ("ANZ", "anz"), ("Air NZ", "airnz"), ("BOQ", "boq"), ("QBE", "qbe"), ("WBC", "westpac"), ("Westpac", "westpac"),
    ("Optus", "optus"), ("Spark", "spark"), ("AWS", "aws"), ("PwC", "pwc"), ("EY", "ey"), ("BCG", "bcg"),
    ("McKinsey", "mckinsey"), ("SIA", "sia"), ("AusPost", "auspost"), ("Australia Post", "auspost"),
    ("NZ Post", "nzpost"), ("TfNSW", "tfnsw"), ("BHP", "bhp"), ("FMG", "fortescue"), ("Fortescue", "fortescue"),
    ("AGL", "agl"), ("Woodside", "woodside"), ("P&G", "pg"), ("J&J", "jnj"), ("M&S", "mands"), ("H&M", "hm"),
    ("Macca's", "mcdonalds"), ("SocGen", "socgen"), ("EDF", "edf"), ("Bosch", "bosch"), ("ING", "ing"),
    ("Philips", "philips"), ("Sony", "sony"), ("Toyota", "toyota"), ("Ericsson", "ericsson"),
    ("Santander", "santander"), ("HSBC", "hsbc"), ("DBS", "dbs"), ("Grab", "grab"), ("TCS", "tcs"),
    ("USyd", "usyd"), ("Sydney Uni", "usyd"), ("UNSW", "unsw"), ("UniMelb", "unimelb"), ("RMIT", "rmit"),
    ("VUW", "vuw"), ("Te Herenga Waka", "vuw"), ("UTAS", "utas"), ("NSW Health", "nswhealth"), ("ATO", "ato"),
    ("UWA", "uwa"), ("UniSA", "unisa"), ("ME Bank", "mebank"), ("QIC", "qic"), ("VFMC", "vfmc"), ("UTas", "utas"),
    ("PWC", "pwc"), ("AGL", "agl"), ("HSBC", "hsbc"),
    ("ARC", "arc"), ("Red Cross", "redcross"), ("ABC", "abc"), ("SBS", "sbs"), ("Health NZ", "healthnz"),
    ("CCEP", "ccep"), ("Nine", "nine"), ("Sydney Water", "sydneywater"), ("Bendigo Bank", "bendigo"),
    ("Medibank", "medibank"), ("Telstra", "telstra"), ("Deloitte", "deloitte"), ("Toll", "toll"),
    ("CSIRO", "csiro"), ("CCorp", "clientcorp"), ("St George", "stgeorge"), ("Allens Linklaters", "allens"),
    ("Auckland Airport", "aklairport"), ("Sydney Airport", "sydairport"), ("Virgin Australia", "virgin"),
    ("Woolworths", "woolworths"), ("Coles", "coles"), ("Bunnings", "bunnings"), ("Fonterra", "fonterra"),
    ("Rio Tinto", "rio"), ("Amazon", "amazon"), ("Zurich", "zurich"), ("AT", "akltransport"), ("MQ", "mq"),
    ("Toll Group", "toll"), ("Maersk", "maersk"), ("Ericsson AB", "ericsson"),
])

INITIALISM = _cases("initialism", [
    ("UTS", "uts"), ("uts", "uts"), ("U.T.S.", "uts"), ("QUT", "qut"), ("ANU", "anu"), ("ACU", "acu"),
    ("IAG", "iag"), ("REA", "rea"), ("UoA", None, ("uoa", "adelaide")), ("SCHS", "schs"), ("MTM", "metro"),
    ("SUSF", "susf"),
    ("HCP", "harbourcity"), ("WSU", None, ("wsu", "wsu_us")), ("NSWDOE", "nswedu"), ("SCA", "sca"),
    ("ART", "art"), ("UTS Sydney", "uts"), ("ANU Canberra", "anu"), ("A.T.", "akltransport"), ("AUT", None),
    ("UQ", None),
])

TYPO = _cases("typo", [
    ("Westpak", "westpac"), ("Comonwealth Bank", "cba"), ("Deltra Air Lines", "delta"), ("Telstar", "telstra"),
    ("Atlasian", "atlassian"), ("Macquarie Universty", "mq"), ("Monash Univeristy", "monash"),
    ("Woolworth", "woolworths"), ("Bunning", "bunnings"), ("Salesforse", "salesforce"), ("Mckinsy", "mckinsey"),
    ("Accentur", "accenture"), ("Deloite", "deloitte"), ("Lendlese", "lendlease"), ("Transurbn", "transurban"),
    ("Wesfarmer", "wesfarmers"), ("Unilver", "unilever"), ("Infosis", "infosys"),
    ("Universty of Tasmania", "utas"), ("Austalian Taxation Ofice", "ato"), ("Commonweath Securities", "commsec"),
    ("Mitsubishi Electirc", "mitsubishielec"), ("Ramsey Health Care", "ramsay"), ("Santso", "santos"),
    ("Qantas Airwyas", "qantas"), ("Fonterrra", "fonterra"), ("Stockalnd", "stockland"),
    ("Kauri Sofware", "kauri"), ("Brightwater Advisroy", "brightwater"), ("Harbor City Plumbing", "harbourcity"),
    ("Cochlaer", "cochlear"), ("Ausgird", "ausgrid"), ("Hostplsu", "hostplus"), ("Endeavor Energy", "endeavour"),
    ("Telstra Heatlh", "telstrahealth"), ("Delta Electronic", "deltaelec"), ("Multiplx", "multiplex"),
    ("Laing O Rouke", "laing"), ("Resmd", None), ("Canvas", None), ("Xerox", None), ("Atlas", None),
    # Short names and acronyms are never corrected: a near-miss there is usually another organisation.
    ("Optsu", None), ("ANX", None), ("CBS", None), ("Xer0", None),
])

PLACE = _cases("trailing place", [
    ("Deloitte Sydney", "deloitte"), ("Deloitte Australia", "deloitte"), ("KPMG Australia", "kpmg"),
    ("KPMG Sydney", "kpmg"), ("PwC Australia", "pwc"), ("EY Melbourne", "ey"), ("Accenture Australia", "accenture"),
    ("Accenture (Melbourne)", "accenture"), ("Microsoft Australia", "microsoft"), ("Microsoft NZ", "microsoft"),
    ("Salesforce ANZ", "salesforce"), ("Atlassian Sydney", "atlassian"), ("Xero NZ", "xero"),
    ("Xero Australia", "xero"), ("Canva (Sydney)", "canva"), ("Google Australia", "google"), ("Google", "google"),
    ("Acme Consulting Melbourne", "acmeconsult"), ("Acme Consulting (Brisbane)", "acmeconsult"),
    ("Brightwater Advisory Perth", "brightwater"), ("Harbour City Plumbing Sydney", "harbourcity"),
    ("Kauri Software Auckland", "kauri"), ("Kauri Software NZ", "kauri"), ("Siemens Australia", "siemens"),
    ("Bosch Australia", "bosch"), ("Nestle Australia", "nestle"), ("Toyota Australia", "toyota"),
    ("Optus Sydney", "optus"), ("Allianz Australia", "allianz"), ("Sony Australia", "sony"),
    ("Infosys India", "infosys"), ("Fletcher Building NZ", "fletcher"), ("Lion NZ", "lion"),
    ("Linfox Australia", "linfox"), ("Delta Electronics Australia", "deltaelec"),
    ("Macquarie University Sydney", "mq"), ("Monash University Melbourne", "monash"),
    ("University of Auckland NZ", "uoa"), ("Bank of Queensland Brisbane", "boq"), ("Commonwealth Bank", "cba"),
    ("Telstra Australia", "telstra"), ("Spark NZ", "spark"), ("McDonalds", "mcdonalds"),
    ("Acme Engineering (Perth)", "acmeeng"), ("Sydney Water NSW", "sydneywater"),
    ("Bupa Australia", "bupa"), ("Downer NZ", "downer"), ("Multiplex Sydney", "multiplex"),
    ("Cochlear (Sydney)", "cochlear"),
    ("Flight Centre Brisbane", "flightcentre"), ("John Holland Melbourne", "johnholland"), ("Westpac NZ", "westpac"),
    ("ANZ New Zealand", "anz"), ("ANZ NZ", "anz"), ("Deloitte NZ", "deloitte"), ("PwC New Zealand", "pwc"),
    ("KPMG NZ", "kpmg"),
    ("CBA Sydney", "cba"), ("Commsec Australia", "commsec"), ("McKinsey Sydney", "mckinsey"), ("BCG Melbourne", "bcg"),
    ("Bain Sydney", "bain"), ("Boston Consulting Group Australia", "bcg"), ("EY Oceania", "ey"),
    ("Pwc Australia", "pwc"),
    ("Salesforce Australia", "salesforce"), ("Amazon Australia", "amazon"), ("Unilever Australia", "unilever"),
    ("ASML Netherlands", "asml"), ("Ericsson Australia", "ericsson"), ("Eni Australia", "eni"),
    ("DBS Singapore", "dbs"),
    ("Grab Singapore", "grab"), ("3M Australia", "3m"), ("Deloitte Touche Tohmatsu Sydney", "deloitte"),
    ("Macquarie Uni Sydney", "mq"), ("Auckland Intl Airport", "aklairport"), ("Ernst & Young Australia", "ey"),
    # A place does not make a generic remainder specific.
    ("University of Technology", None), ("Delta Sydney", None), ("Acme Melbourne", None),
    ("Macquarie Sydney", None), ("Southern Cross NZ", None),
])

DOMAIN = _cases("domain and URL", [
    ("clientcorp.com.au", "clientcorp"), ("www.clientcorp.com.au", "clientcorp"),
    ("https://www.clientcorp.com.au/about-us", "clientcorp"), ("http://clientcorp.com.au", "clientcorp"),
    ("commbank.com.au", "cba"), ("cba.com.au", "cba"), ("https://www.commsec.com.au/", "commsec"),
    ("anz.com", "anz"), ("anz.com.au", "anz"), ("www.airnewzealand.co.nz", "airnz"), ("airnz.co.nz", "airnz"),
    ("delta.com", "delta"), ("deltaww.com", "deltaelec"), ("sydney.edu.au", "usyd"), ("uts.edu.au", "uts"),
    ("https://www.uts.edu.au/study?x=1", "uts"), ("amazon.com", "amazon"), ("aws.amazon.com", "aws"),
    ("booking.com", "booking"), ("health.nsw.gov.au", "nswhealth"), ("education.nsw.gov.au", "nswedu"),
    ("transport.nsw.gov.au", "tfnsw"), ("qantas.com/au/en", "qantas"), ("HTTPS://WWW.XERO.COM", "xero"),
    ("xero.com.", "xero"), ("3m.com", "3m"), ("hm.com", "hm"), ("pg.com", "pg"), ("at.govt.nz", "akltransport"),
    ("telstrahealth.com", "telstrahealth"), ("telstra.com", "telstra"), ("wsu.edu", "wsu_us"),
    ("westernsydney.edu.au", "wsu"), ("maersk.com", "maersk"), ("acme-eng.com.au", "acmeeng"),
    ("australia.com", "tourismaus"), ("www.health.qld.gov.au/news", "qldhealth"), ("mckinsey.com", "mckinsey"),
    ("www.bcg.com/en-au", "bcg"), ("https://www.kpmg.com.au", "kpmg"), ("bain.com.au", None), ("kpmg.com", None),
    # Public suffixes and domains the registry does not hold identify no client.
    ("com.au", None), ("gov.au", None), ("edu.au", None), ("co.uk", None), ("nsw.gov.au", None),
    ("qld.gov.au", None), ("govt.nz", None), ("deloitte.co.nz", None), ("acme.com", None), ("example.com", None),
    ("sydney.com", None), ("google.com", None), ("amazon.com.au", None), ("zebra-unicorn.io", None),
    ("www.nsw.gov.au/health", None),
])

SUBDOMAIN = _cases("subdomain", [
    ("mail.clientcorp.com.au", "clientcorp"), ("portal.commbank.com.au", "cba"), ("my.uts.edu.au", "uts"),
    ("students.sydney.edu.au", "usyd"), ("https://careers.qantas.com/jobs/123", "qantas"),
    ("console.aws.amazon.com", "aws"), ("smile.amazon.com", "amazon"), ("secure.nab.com.au", "nab"),
    ("www2.westpac.com.au", "westpac"), ("shop.hm.com", "hm"), ("news.microsoft.com", "microsoft"),
    ("hr.health.nsw.gov.au", "nswhealth"), ("schools.det.nsw.edu.au", "nswedu"),
    ("intranet.sydneywater.com.au", "sydneywater"),
])

EMAIL = _cases("email", [
    ("john@clientcorp.com.au", "clientcorp", (), "John"),
    ("john.doe@clientcorp.com.au", "clientcorp", (), "John Doe"),
    ("Jane Smith <jane.smith@commbank.com.au>", "cba", (), "Jane Smith"),
    ("mailto:info@anz.com", "anz"), ("sam.lee@mail.uts.edu.au", "uts", (), "Sam Lee"),
    ("a.nguyen@student.unsw.edu.au", "unsw"), ("kiri@aucklandcouncil.govt.nz", "aklcouncil", (), "Kiri"),
    ("p.wilson@health.nsw.gov.au", "nswhealth"), ("someone@education.nsw.gov.au", "nswedu"),
    ("someone@deloitte.com.au", "deloitte"), ("first.last@xero.com", "xero"), ("tom@booking.com", "booking"),
    ("JANE@DELTA.COM", "delta"), ("ceo@acme-eng.com.au", "acmeeng"), ("j.bloggs@telstrahealth.com", "telstrahealth"),
    ("j.bloggs@telstra.com", "telstra"), ("accounts@bunnings.com.au", "bunnings"),
    ("jo@nsw.gov.au", None), ("x@unknown-company.com.au", None), ("someone@deloitte.co.nz", None),
    ("sales@telstra.com.au", "telstra"), ("ceo@telstrahealth.com", "telstrahealth"),
    ("x@health.telstra.com", "telstra"),
    ("me@student.uts.edu.au", "uts"), ('"Doe, Jane" <jane@cba.com.au>', "cba", (), "Doe, Jane"),
    ("info@nsw.gov.au", None), ("noreply@edu.au", None), ("someone@co.nz", None), ("info@westpac.co.nz", None),
])

FREE_MAIL = _cases("free mail", [
    ("jane.doe@gmail.com", None), ("john@outlook.com", None), ("bob@hotmail.com", None), ("kate@yahoo.com.au", None),
    ("li@icloud.com", None), ("ana@proton.me", None), ("gary@bigpond.com", None), ("gary@bigpond.net.au", None),
    ("sue@xtra.co.nz", None), ("ops@optusnet.com.au", None), ("someone@gmail.com", None), ("gmail.com", None),
    ("Jane Doe <jane@gmail.com>", None), ("outlook.com", None), ("https://mail.yahoo.com", None),
    ("Anna <anna@gmail.com>", None), ("boss@hotmail.co.uk", None),
])

PERSON = _cases("person at company", [
    ("John Doe at ClientCorp", "clientcorp", (), "John Doe"),
    ("John Doe from ClientCorp", "clientcorp", (), "John Doe"),
    ("Jane Smith at Commonwealth Bank", "cba", (), "Jane Smith"),
    ("Sam from the University of Sydney", "usyd", (), "Sam"), ("Priya Patel at UTS", "uts", (), "Priya Patel"),
    ("Mere Tane from Air New Zealand", "airnz", (), "Mere Tane"),
    ("Dr Alice Wong at CSIRO", "csiro", (), "Dr Alice Wong"),
    ("Tom O'Brien at Westpac", "westpac", (), "Tom O'Brien"),
    ("Anne-Marie Dupont from Société Générale", "socgen", (), "Anne-Marie Dupont"),
    ("Kim at kpmg.com.au", "kpmg", (), "Kim"), ("Bob Smith @ Deloitte", "deloitte", (), "Bob Smith"),
    ("Ravi from Infosys India", "infosys", (), "Ravi"), ("Liam from Xero", "xero", (), "Liam"),
    ("Mia Chen at ClientCorp Pty Ltd", "clientcorp", (), "Mia Chen"),
    ("Jane at Delta", None, ("delta", "deltaelec"), "Jane"), ("John Doe at Zebra Unicorn Labs", None, (), "John Doe"),
    ("Jo Bloggs at Macquarie", None, ("macquarie", "mq"), "Jo Bloggs"),
    ("John Smith at John Holland", "johnholland", (), "John Smith"), ("Jane from Bupa", "bupa", (), "Jane"),
    ("Ali at nib", "nib", (), "Ali"), ("Chris Lee from CSL", "csl", (), "Chris Lee"), ("Sam at", None),
    ("Made from Scratch", None),
])

NOISE = _cases("chat noise", [
    ("ClientCorp?", "clientcorp"), ('"ClientCorp"', "clientcorp"), ("“Commonwealth Bank”", "cba"),
    ("'Qantas Airways'", "qantas"), ("Westpac!", "westpac"), ("  KPMG.  ", "kpmg"), ("Atlassian??", "atlassian"),
    ("«Nestlé»", "nestle"), ("Xero...", "xero"), ("`Canva`", "canva"), ("ClientCorp Pty Ltd.", "clientcorp"),
    ("(Optus)", "optus"), ("‘uts.edu.au’", "uts"), ("\"john@clientcorp.com.au\"", "clientcorp"),
])

AMBIGUOUS = _cases("ambiguous", [
    ("Delta", None, ("delta", "deltaelec", "deltaba")), ("Commonwealth", None, ("cba", "commsec", "csiro")),
    ("Macquarie", None, ("macquarie", "mq")), ("Mitsubishi", None, ("mitsubishicorp", "mitsubishielec")),
    ("Southern Cross", None, ("sca", "schs")), ("Acme", None, ("acmeconsult", "acmeeng")),
    ("Brightwater", None, ("brightwater", "brightcap")), ("Greenfields", None, ("greenfields", "greenfieldsedu")),
    ("Victoria", None, ("vu", "vuw")), ("Sydney", None), ("Wellington", None), ("Auckland", None),
    ("Deltra", None), ("Mitsubishi Motors", None),
    ("Endeavour", None, ("endeavour", "endeavourgrp")), ("Adelaide", None), ("Otago", None), ("Virgin", None),
    ("Smith", None), ("John", None),
])

NEAR_MISS = _cases("near miss", [
    ("Delta Electronics", "deltaelec"), ("Delta Air", "delta"), ("Sydney University", "usyd"),
    ("Sydney University Sport", "susf"),
    ("University Sydney", "usyd"), ("Technology Sydney", None), ("Commonwealth Bank Foundation", None),
    ("Telstra Ventures", None), ("Deloitte Access Economics", None), ("Deloitte Digital", None),
    ("Bank of Melbourne", None), ("Macquarie Bank", None), ("Macquarie Group", "macquarie"),
    ("Macquarie Uni", "mq"), ("Mitsubishi Electric", "mitsubishielec"), ("Mitsubishi Corp", "mitsubishicorp"),
    ("Southern Cross Health", "schs"), ("Southern Cross Media", None), ("Victoria University Wellington", "vuw"),
    ("Victoria Uni of Wellington", "vuw"), ("Auckland University", "uoa"), ("Queensland Uni of Tech", "qut"),
    ("University of Queensland", None), ("Origin", "origin"), ("Amazon Web", "aws"), ("Coca-Cola", None),
    ("Coca-Cola Amatil", None), ("Lion", "lion"), ("Rio", None), ("First National", None), ("Big Data", None),
    ("Telstra Wealth", None), ("ANZ Bank", "anz"), ("Air New Zealand Cargo", None), ("Westpac Institutional", None),
    ("Optus Business", None), ("Greenfields Agri", None), ("CommSec Pocket", None),
    ("University of Sydney Business School", None), ("Sydney Airport Hotel", None),
    ("Queensland Rail", "qrail"), ("Queensland", None), ("Energy", None),
    ("Uni of WA", "uwa"), ("Uni SA", "unisa"), ("Adelaide Uni", "adelaide"), ("Adelaide University", "adelaide"),
    ("Flinders Uni", "flinders"), ("Adelaide Airport", "adlairport"), ("Commonwealth Bank Group", "cba"),
    ("Westpac Group", "westpac"), ("Commonwealth Bank Australia", "cba"), ("University of NSW", "unsw"),
    ("Transport for New South Wales", "tfnsw"), ("Bank of NZ", "bnz"), ("Uni of Sydney", "usyd"),
    ("Uni Sydney", "usyd"),
    ("The University of Technology Sydney", "uts"), ("UTS Insearch", None), ("Monash Uni", "monash"),
    ("Deakin Uni", "deakin"), ("RMIT Uni", "rmit"), ("Melbourne Uni", "unimelb"), ("Uni Melb", "unimelb"),
    ("Otago Uni", "otago"), ("Auckland Uni", "uoa"), ("Tasmania Uni", "utas"), ("Qantas Airlines", "qantas"),
    ("Woolworths Supermarkets", None), ("Coles Supermarkets", None), ("Bunnings Warehouse", None), ("Singtel", None),
    ("Delta Automation", None), ("KPMG Law", None), ("PwC Consulting", None), ("Accenture Song", None),
    ("Price Waterhouse", "pwc"), ("Coopers", None), ("Price Waterhouse Coopers Consulting", None),
    ("Deloitte Consulting", None), ("KPMG Advisory", None), ("Tata", None), ("Tata Steel", None),
    ("Mitsubishi UFJ", None), ("Toyota Tsusho", None), ("Toyota Finance", None), ("Sony Music", None),
    ("Sony Pictures", None), ("Nestle Purina", None), ("Marks & Sparks", None), ("Bosch Siemens", None),
    ("Siemens Healthineers", None), ("Siemens Energy", None), ("Allianz Partners", None),
    ("Zurich Financial Services", None), ("ING Bank", None), ("Philips Healthcare", None), ("Nokia Networks", None),
    ("Maersk Line", None), ("Santander Bank", "santander"), ("Enel Green Power", None), ("Mars Wrigley", None),
    ("Fortescue Future Industries", None), ("Santos Energy", None), ("Xero Accounting", None), ("Canva Design", None),
    ("Microsoft Azure", None), ("Google Cloud", None), ("Amazon AWS", None), ("Bain Capital", None),
    ("Accenture Federal", None), ("Qantas Freight", None), ("Qantas Loyalty", None), ("Jetstar Airways", None),
    ("Virgin Money", None), ("Virgin Blue", None), ("Water NSW", None), ("Melbourne Airport", None),
    ("Brisbane Airport", None), ("Sydney Intl Airport", None), ("Coles Myer", None), ("Monash Health", None),
    ("Monash IVF", None), ("University of Melbourne Business School", None), ("Melbourne Business School", None),
    ("Auckland University of Technology", None), ("CSIRO Data61", None), ("Services NSW", None),
    ("NSW Government", None), ("Department of Education", None), ("NSW Dept of Education", "nswedu"),
    ("Dept. of Education NSW", "nswedu"), ("Delta Air Lines Cargo", None), ("University of Sydney Union", None),
    ("National Australia", "nab"), ("BHP Billiton", "bhp"), ("Woodside Petroleum", "woodside"),
    ("QUT Gardens Point", "qut"), ("Atlassian Software", "atlassian"), ("Hesta Super", "hesta"),
    ("Cbus Super", "cbus"), ("Members Equity", "mebank"), ("People's Choice", "hpc"), ("Dominos", "dominos"),
    ("Downer", "downer"), ("Telstra Health Services", None), ("Westpak Solutions", None), ("National Bank", None),
    ("Bank of Sydney", None), ("AMP Capital", None), ("AMP Bank", None), ("Rio Tinto Alcan", None),
    ("ING Direct", None),
    ("HSBC Bank Australia", None), ("Origin Foods", None), ("Meridian Hotels", None), ("Lion Nathan", None),
    ("Contact Centre", None), ("Mars Petcare", None), ("NAB Bank", "nab"), ("CBA Bank", "cba"),
])

GENERIC = _cases("generic word", [
    ("Bank", None), ("Group", None), ("University", None), ("Insurance", None), ("Council", None),
    ("Airport", None), ("Australia", None), ("New Zealand", None), ("Health", None), ("Holdings", None),
    ("Consulting", None), ("The", None), ("Pty Ltd", None), ("Services", None), ("?", None),
])

UNKNOWN = _cases("not a client", [
    ("Zebra Unicorn Labs", None), ("Jetstar", None), ("BankSA", None), ("Afterpay", None), ("Woolies", None),
    ("Officeworks", None), ("Suncorp Bank", None), ("Aldi", None), ("Kmart", None),
    ("IBM", None), ("Oracle", None), ("SAP", None), ("Cisco", None), ("Apple", None), ("Netflix", None),
    ("Uber", None), ("Airbnb", None), ("Shopify", None), ("Deltron", None),
    ("NSW Police", None), ("Melbourne Water", None), ("Brisbane City Council", None),
    ("University of Newcastle", None), ("Curtin University", None), ("Griffith University", None),
    ("Massey University", None), ("Lincoln University", None), ("Commonwealth Games Federation", None),
    ("ClientCo", None), ("Vodafone", None), ("Foxtel", None), ("Canon", None), ("Spark Energy", None),
    ("Westfield", None), ("Atlas Copco", None), ("Harbour City Ferries", None), ("Kauri Cliffs Lodge", None),
    ("Ausnet", None), ("MYOB", None), ("Apple Australia", None), ("IBM Australia", None), ("Wipro", None),
    ("Mercedes-Benz", None), ("BMW", None), ("Singtel Group", None), ("Queensland Investment Fund", None),
    ("Retirement Trust", None), ("Holland", None), ("Laing", None), ("Choice", None), ("Beyond", None),
    ("Equity", None), ("Flight", None), ("Pizza", None), ("someone@flightcentre.com.au", None),
])

FRESH = _cases("written after tuning", [
    # Written after the matcher was tuned on the cases above, as a check on phrasings it was not built around. Its
    # first run found one false match ("Acme Widgets Australia" for Acme Widgets (NZ)), since fixed in general.
    ("7-Eleven", "seven"), ("7 Eleven", "seven"), ("Seven Eleven", None), ("7Eleven Stores", "seven"), ("7-11", None),
    ("Sydney Trains", "sydtrains"), ("Sydney Train", "sydtrains"), ("Sydney Trians", "sydtrains"),
    ("Acme Widgets", "acmenz"), ("Acme Widgets NZ", "acmenz"), ("Acme Widgets Australia", None),
    ("Fisher & Paykel", None, ("fph", "fpa")), ("Fisher and Paykel Healthcare", "fph"), ("F&P Healthcare", "fph"),
    ("Fisher Paykel Appliances", "fpa"), ("F&P", None), ("Fisher", None), ("Paykel", None), ("mail.gmail.com", None),
    ("john@mail.gmail.com", None), ("john@googlemail.com", None), ("jane@student.monash.edu", "monash"),
    ("monash.edu.au", None), ("www.monash.edu/study", "monash"), ("ATO.gov.au", "ato"),
    ("https://www.ato.gov.au/individuals", "ato"), ("my.gov.au", None), ("Australian Tax Office", "ato"),
    ("Australian Taxation", "ato"), ("Tax Office", None), ("The Tax Office", None), ("Bosch Rexroth", None),
    ("Robert Bosch GmbH", "bosch"), ("Robert Bosch Australia Pty Ltd", "bosch"), ("BOSCH", "bosch"), ("Bosh", None),
    ("Siemans", "siemens"), ("Siemens Ltd", "siemens"), ("Société Générale Securities", None), ("SG", None),
    ("Generale", None), ("Nestle SA", "nestle"), ("Nestlé Australia Ltd", "nestle"), ("L'Oréal Australia", "loreal"),
    ("Loreal Paris", "loreal"), ("Unilever plc", "unilever"), ("Unilever Foods", None),
    ("Commonwealth Bank of Australia Limited", "cba"), ("Commonwealth Bank of Aust", "cba"),
    ("Comm Bank of Australia", "cba"), ("CBA Ltd", "cba"), ("NAB Ltd", "nab"), ("National Australia Bank Ltd.", "nab"),
    ("Nat Australia Bank", None), ("Westpac Banking Corp", "westpac"), ("Westpac Bank", "westpac"),
    ("St George", "stgeorge"), ("St.George", "stgeorge"), ("St George Bank Limited", "stgeorge"),
    ("Bank of Queensland Ltd", "boq"), ("Bank Queensland", "boq"), ("Queensland Bank", "boq"),
    ("Sydney Uni Sport and Fitness", "susf"), ("Uni of Tech Sydney", "uts"), ("University Technology Sydney", "uts"),
    ("Tech Sydney", None), ("UTS Business School", None), ("USYD", "usyd"), ("U Syd", "usyd"),
    ("Univ of Sydney", "usyd"), ("Sydney University Australia", "usyd"),
])

CASES: tuple[Case, ...] = tuple(
    EXACT + CASE_AND_SPACING + LEGAL_FORM + THE_AND + ACCENTS + ALIAS + INITIALISM + TYPO + PLACE + DOMAIN
    + SUBDOMAIN + EMAIL + FREE_MAIL + PERSON + NOISE + AMBIGUOUS + NEAR_MISS + GENERIC + UNKNOWN + FRESH
)
