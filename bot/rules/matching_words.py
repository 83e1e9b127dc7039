"""Word lists and data the client matcher reads: kept apart so matching.py holds only the rules.

Every list says what kind of word it holds and why the matcher treats it so; nothing here reads a file or the network.
"""

from __future__ import annotations

from bot.rules.gazetteer import (
    CALLING_CODES,
    CITIES as _WORLD_CITIES,
    COUNTRY_NAMES as _WORLD_COUNTRY_NAMES,
    TOWNS as _WORLD_TOWNS,
)

FREE_MAIL_DOMAINS = frozenset("""
gmail.com googlemail.com outlook.com outlook.com.au hotmail.com hotmail.com.au hotmail.co.nz hotmail.co.uk live.com
live.com.au live.co.uk msn.com yahoo.com yahoo.com.au yahoo.co.nz yahoo.co.uk ymail.com rocketmail.com icloud.com
me.com mac.com aol.com proton.me protonmail.com protonmail.ch pm.me bigpond.com bigpond.net.au bigpond.com.au
optusnet.com.au iinet.net.au internode.on.net tpg.com.au westnet.com.au dodo.com.au adam.com.au ozemail.com.au
aapt.net.au netspace.net.au xtra.co.nz slingshot.co.nz orcon.net.nz vodafone.co.nz clear.net.nz paradise.net.nz
gmx.com gmx.net gmx.de web.de mail.com email.com zoho.com zohomail.com yandex.com yandex.ru mail.ru qq.com 163.com
126.com fastmail.com fastmail.fm hey.com tutanota.com tuta.io hushmail.com btinternet.com sky.com virginmedia.com
talktalk.net comcast.net verizon.net att.net sbcglobal.net orange.fr free.fr laposte.net libero.it naver.com
hanmail.net rediffmail.com seznam.cz
""".split())

SYNONYMS = {"uni": "university", "univ": "university", "dept": "department", "govt": "government",
             "intl": "international", "natl": "national", "assoc": "association", "assn": "association",
             "inst": "institute", "tech": "technology", "mt": "mount", "st": "saint", "center": "centre",
             "organization": "organisation", "defense": "defence", "hosp": "hospital", "melb": "melbourne",
             "syd": "sydney", "bris": "brisbane", "adel": "adelaide", "akl": "auckland", "wgtn": "wellington",
             "chch": "christchurch", "aust": "australia", "aus": "australia",
             # Trades and arms as firms shorten them.
             "vet": "veterinary", "physio": "physiotherapy", "mgmt": "management", "mgt": "management",
             "svcs": "services", "bros": "brothers", "hldgs": "holdings", "grp": "group",
             "mfg": "manufacturing", "ins": "insurance", "cncl": "council", "auth": "authority", "bd": "board",
             "nthn": "northern", "sthn": "southern", "ft": "fort",
             # An ordinal is written either way ("1st Acme", "First Acme"): one spelling for both.
             "1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "6th": "sixth",
             "7th": "seventh", "8th": "eighth", "9th": "ninth", "10th": "tenth",
             # Streets and saints as addresses and German names write them.
             "ave": "avenue", "rd": "road", "sankt": "saint"}
# Words firms shorten without a stop, read as the start of the word they shorten ("Kellaway Eng" for Kellaway
# Engineering, "Gtr Bellmount Reg Council" for Greater Bellmount Regional Council).
SHORT_FORMS = frozenset("eng env cons reg svc res gtr nat fdn coll mech inst assn mgt serv prop dev fin med dist "
                        "constr".split())
# A small or round number is written either way too ("5 Oaks", "Five Oaks"; "3V", "Three V"; "100 Acre", "Hundred
# Acre"): one spelling for both. Others stay digits, as a street number or a year is no name's word.
NUMBERS = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight",
           "9": "nine", "10": "ten", "11": "eleven", "12": "twelve", "20": "twenty", "50": "fifty", "100": "hundred",
           "1000": "thousand"}
# What makes a number an ordinal in English or French ("6th", "11e"): left as one word, not a number and a word.
ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th", "e", "er", "eme", "re"})
# Abbreviations that stand for another word as well as their synonym: "Tech" is Technical as often as Technology,
# "St" a street ("Collins St Medical") as often as a saint.
_ABBREVIATED = {"tech": ("technical",), "inst": ("institution",), "st": ("street",)}
# A trade's or a kind of body's English word (left) and its words in the languages of the network's clients (right),
# folded as the matcher folds words. An English word typed may stand for any of them, weighed below the words as typed:
# "Lindenhain Construction" may be Lindenhain Bau GmbH, "Brenner Logistics" any of Brenner Logistik, Logistique and
# Logistics. A word in another language typed is that language's: "Brenner Logistik" is the German one.
TRANSLATIONS = [tuple(side.split() for side in line.split("|")) for line in """
construction constructions | bau bouw costruzioni construcciones construcoes constructora bygg
property properties | immobilien immobiliare inmobiliaria imobiliaria vastgoed immobilier eiendom fastigheter
foundation | stiftung fondazione fundacion fundacao fondation stichting stiftelse
foods | alimentos alimentari alimentaire lebensmittel
energy | energia energie energi
sons | fils sohne hijos figli filhos zonen
brothers | fratelli hermanos freres gebruder irmaos gebroeders
insurance | versicherung versicherungen assicurazioni seguros assurance assurances verzekeringen forsikring forsakring
bank | banco banca banque
logistics | logistik logistique logistica
transport | transporte transportes trasporti transports
engineering | ingenieria ingegneria ingenierie
wines | vinhos vinos vini vins weingut bodegas
seafood seafoods | sjomat
chemicals chemical | chemie chimica quimica chimie kemi
pharmacy | apotheke farmacia pharmacie apotek apotheek
hospital | krankenhaus ospedale hopital ziekenhuis sykehus sjukhus
school | schule scuola escuela ecole escola skola
consulting | beratung conseil consultoria consulenza
university | universiteit universitat universita universidad universite universidade universitet universitair
ministry | ministerium ministerio ministero ministere ministerie
finance | finanzen finanzas finanze financas
health | gesundheit salud sanita saude sante gezondheid helse halsa
medical | medisch medizinisch medico medica medicale
centre | centrum zentrum centro
""".strip().splitlines()]
OTHER_READINGS = {word: tuple(theirs) for english, theirs in TRANSLATIONS for word in english} | _ABBREVIATED
# Spelled-out places people also write short: one word either way, so "Bank of New Zealand" is "Bank of NZ".
PLACE_SHORT = {("new", "south", "wales"): "nsw", ("western", "australia"): "wa", ("south", "australia"): "sa",
                ("new", "zealand"): "nz", ("northern", "territory"): "nt",
                ("australian", "capital", "territory"): "act",
                ("united", "kingdom"): "uk", ("united", "states"): "us", ("united", "states", "of", "america"): "us",
                ("usa",): "us", ("queensland",): "qld", ("tasmania",): "tas", ("victoria",): "vic"}
# Abbreviated legal forms, so "Mitsubishi Corp" is exactly Mitsubishi Corporation.
LEGAL_SPELLING = {"corp": "corporation", "ltd": "limited", "inc": "incorporated", "pty": "proprietary",
                  "co": "company", "kk": "kabushiki kaisha", "ltda": "limitada", "op": "operative"}
# Common forms by hand; ISO 20275 adds the rest, but lists some only by their full name (the Czech s.r.o.).
LEGAL_FORMS = frozenset(tuple(form.split()) for form in """
pty ltd|pty limited|proprietary limited|pty|ltd|limited|inc|incorporated|corp|corporation|co|company|co ltd|llc|llp|lp
|plc|gmbh|ag|kg|co kg|gmbh co kg|sa|sas|sarl|se|nv|bv|pte ltd|pte|spa|srl|kk|kabushiki kaisha|ab|asa|oy|oyj|as|aps
|bhd|sdn bhd|berhad|pvt ltd|pvt|private limited|ltda|sl|ulc|pllc|nl|aktiengesellschaft|societe anonyme
|naamloze vennootschap|besloten vennootschap|societa per azioni|cooperative|co operative|co op|coop
|limitada|sro|spol sro|spol s ro
""".replace("\n", "").split("|"))
LEGAL_WORDS = frozenset(word for form in LEGAL_FORMS for word in form)
# Part of an initialism (ABC is the Australian Broadcasting Corporation) though dropped when comparing names.
SPOKEN_FORMS = frozenset({"corporation", "corp", "company", "co"})

PLACES = frozenset(tuple(place.split()) for place in """
australia|australasia|oceania|nsw|vic|victoria|qld|queensland|wa|sa|tas|tasmania|act|nt|sydney|north sydney
|melbourne|brisbane|perth|adelaide|hobart|darwin|canberra|gold coast|sunshine coast|newcastle|wollongong|geelong
|townsville|cairns|parramatta|ballarat|launceston|toowoomba|nz|aotearoa|auckland|wellington|christchurch|hamilton
|tauranga|dunedin|queenstown|nelson|otago|canterbury|waikato|apac|asia pacific|asia|emea|europe|americas
|north america|latin america|latam|middle east|africa|anz|pacific|uk|great britain|britain|england|scotland|wales
|ireland|london|manchester|us|america|new york|san francisco|los angeles|chicago|boston|seattle|canada|toronto
|vancouver|singapore|hong kong|japan|tokyo|china|shanghai|beijing|india|mumbai|bangalore|bengaluru|delhi|malaysia
|kuala lumpur|indonesia|jakarta|philippines|manila|thailand|bangkok|vietnam|korea|seoul|taiwan|france|paris
|germany|berlin|munich|frankfurt|netherlands|amsterdam|belgium|brussels|switzerland|zurich|geneva|italy|milan|rome
|spain|madrid|barcelona|sweden|stockholm|norway|oslo|denmark|copenhagen|finland|helsinki|dubai|uae|south africa
|johannesburg|brazil|mexico|fiji|papua new guinea|png|fremantle|mandurah|bunbury|geraldton|kalgoorlie|karratha
|broome|alice springs|mackay|rockhampton|bundaberg|gladstone|ipswich|penrith|gosford|albury|wagga wagga|dubbo
|bathurst|tamworth|armidale|lismore|coffs harbour|port macquarie|shepparton|mildura|warrnambool|devonport|burnie
|palmerston north|napier|whangarei|rotorua|new plymouth|invercargill|whanganui|gisborne|timaru|blenheim|dublin
|edinburgh|glasgow|birmingham|leeds|bristol|cardiff|belfast|pune|hyderabad|chennai|kolkata|noida|gurgaon|gurugram
|atlanta|dallas|houston|denver|miami|montreal|ottawa|calgary|sao paulo|buenos aires|santiago|bogota|lima
|mexico city|cape town|nairobi|lagos|cairo|istanbul|moscow|warsaw|prague|vienna|budapest|lisbon|luxembourg
|abu dhabi|riyadh|tel aviv|karachi|dhaka|colombo|hanoi|ho chi minh city|osaka|busan|taipei|shenzhen|guangzhou
|macau|port moresby|suva|nordics|scandinavia|benelux|dach|sverige|norge|danmark|suomi|deutschland|osterreich
|schweiz|suisse|nederland|espana|italia|polska|magyarorszag|cesko
""".replace("\n", "").split("|"))
PLACE_WORDS = frozenset(word for place in PLACES for word in place)

# Which wider places hold a place, so "Mercy Health Melbourne" can mean Mercy Health Australia (but "Acme Perth" is
# not Acme NZ). Places as _analyse writes them: "new zealand" is "nz", "queensland" "qld", "tasmania" "tas".
_STATES = {
    "nsw": "sydney|north sydney|newcastle|wollongong|parramatta|penrith|gosford|albury|wagga wagga|dubbo|bathurst"
           "|tamworth|armidale|lismore|coffs harbour|port macquarie",
    "victoria": "melbourne|geelong|ballarat|shepparton|mildura|warrnambool",
    "vic": "melbourne|geelong|ballarat|shepparton|mildura|warrnambool",
    "qld": "brisbane|gold coast|sunshine coast|townsville|cairns|toowoomba|mackay|rockhampton|bundaberg|gladstone"
           "|ipswich",
    "wa": "perth|fremantle|mandurah|bunbury|geraldton|kalgoorlie|karratha|broome",
    "sa": "adelaide", "tas": "hobart|launceston|devonport|burnie", "act": "canberra", "nt": "darwin|alice springs",
}
# States, each its own jurisdiction: "Netball Victoria" is a body of its own beside Netball NSW, not Netball Australia.
STATES = frozenset(_STATES)
_COUNTRIES = {
    "australia": "|".join(["nsw|vic|victoria|qld|wa|sa|tas|act|nt", *_STATES.values()]),
    "nz": "auckland|wellington|christchurch|hamilton|tauranga|dunedin|queenstown|nelson|otago|canterbury|waikato"
          "|palmerston north|napier|whangarei|rotorua|new plymouth|invercargill|whanganui|gisborne|timaru|blenheim",
    "uk": "england|scotland|wales|great britain|britain|london|manchester|edinburgh|glasgow|birmingham|leeds|bristol"
          "|cardiff|belfast",
    "us": "america|new york|san francisco|los angeles|chicago|boston|seattle|atlanta|dallas|houston|denver|miami",
    "canada": "toronto|vancouver|montreal|ottawa|calgary",
    "india": "mumbai|bangalore|bengaluru|delhi|pune|hyderabad|chennai|kolkata|noida|gurgaon|gurugram",
    "china": "shanghai|beijing|shenzhen|guangzhou", "japan": "tokyo|osaka", "korea": "seoul|busan",
    "germany": "berlin|munich|frankfurt", "denmark": "copenhagen", "sweden": "stockholm", "norway": "oslo",
    "finland": "helsinki", "france": "paris", "italy": "milan|rome", "spain": "madrid|barcelona",
    "netherlands": "amsterdam", "switzerland": "zurich|geneva",
}
_REGIONS = {
    "australasia": "australia|nz", "anz": "australia|nz", "oceania": "australia|nz|fiji|png",
    "pacific": "australia|nz|fiji|png", "apac": "australia|nz|asia", "asia": "china|japan|korea|india|singapore"
    "|hong kong|malaysia|indonesia|philippines|thailand|vietnam|taiwan", "europe": "uk|germany|france|italy|spain"
    "|netherlands|switzerland|denmark|sweden|norway|finland|ireland|belgium", "emea": "europe",
    "americas": "us|canada|mexico|brazil", "north america": "us|canada", "nordics": "denmark|sweden|norway|finland",
    "scandinavia": "denmark|sweden|norway",
}


def _within() -> dict[str, frozenset[str]]:
    """Each place -> every wider place that holds it, through states, countries and regions."""
    parents: dict[str, set[str]] = {}
    for table in (_STATES, _COUNTRIES, _REGIONS):
        for wider, places in table.items():
            for place in places.split("|"):
                parents.setdefault(place, set()).add(wider)
    held: dict[str, frozenset[str]] = {}
    for place in parents:
        seen, todo = set(), [place]
        while todo:
            for wider in parents.get(todo.pop(), ()):
                if wider not in seen:
                    seen.add(wider)
                    todo.append(wider)
        held[place] = frozenset(seen)
    return held


PLACE_WITHIN = _within()

# The states of the US and the provinces of Canada, by name and postal code, read only where an address ends a name
# after its legal form ("Acme LLC, Miami FL"): as words anywhere else too many of them are names or words (Georgia,
# Victoria, "IN", "CO", "ME").
_ADDRESS_REGIONS = {
    "us": ("alabama al alaska ak arizona az arkansas ar california ca colorado co connecticut ct delaware de "
           "florida fl georgia ga hawaii hi idaho id illinois il indiana in iowa ia kansas ks kentucky ky "
           "louisiana la maine me maryland md massachusetts ma michigan mi minnesota mn mississippi ms missouri mo "
           "montana mt nebraska ne nevada nv ohio oh oklahoma ok oregon or pennsylvania pa tennessee tn texas tx "
           "utah ut vermont vt virginia va washington wa wisconsin wi wyoming wy dc nh nj nm nc nd ri sc sd wv",
           "new hampshire|new jersey|new mexico|north carolina|north dakota|rhode island|south carolina|south dakota"
           "|west virginia"),
    "canada": ("alberta ab manitoba mb ontario on quebec qc saskatchewan sk yukon yt nunavut nu bc ns pei nl nb nt",
               "british columbia|new brunswick|newfoundland|nova scotia|prince edward island|northwest territories"),
}
ADDRESS_REGIONS: dict[str, frozenset[str]] = {
    region: frozenset({country}) for country, (words, names) in _ADDRESS_REGIONS.items()
    for region in (*words.split(), *names.split("|"))}
# Two words of a name people write as initials as often as not: one word either way, so "Acme Bolt Joint Venture" is
# "Acme Bolt JV" and "Acme FC" is Acme Football Club.
PHRASE_SHORT = {("joint", "venture"): "jv", ("football", "club"): "fc"}
SHORTENED = PLACE_SHORT | PHRASE_SHORT
SHORTENED_STARTS = frozenset(words[0] for words in SHORTENED)
PLACE_ABBREVIATIONS = frozenset(PLACE_SHORT.values()) | {"qld", "vic", "tas", "anz", "uae", "png"}

# Words that say what kind of organisation it is, not which one: they never identify a client on their own.
QUALIFIERS = frozenset("group holdings holding international global worldwide enterprises com groep gruppe groupe "
                       "grupo gruppo grupa".split())
# Words inside a name that only narrow it, and people leave off when they say it: "Acme Health" for the Acme Local
# Health District, "Acme College" for Acme City College, "Acme Super Fund" for the Acme Staff Superannuation Fund.
LEFT_OFF_INSIDE = frozenset("local city staff employees members".split())
# Words that name a separate arm of an organisation (Telstra Health, Macquarie Bank, the CBA Foundation): a query
# that stops short of one ("Telstra" for Telstra Health only) does not mean that arm.
UNIT_WORDS = frozenset("""
health healthcare foundation ventures capital digital law lawyers legal wealth super superannuation trust fund funds
school college academy institute research labs lab studio studios events club sport sports fitness arts property
properties finance financial securities investments investment asset assets management advisory consulting
consultancy business pathology hospital hospitals clinic care pharmacy charity bank banking insurance
""".split())
# Words for one line of business, as people say it of a client whose name says it another way: "Brannock dentists" for
# Brannock Dental, "Yallanbee cattle" for Yallanbee Station. Only to tell namesakes apart, never to find a client.
_TRADE_KIN = (
    "dental|dentist|dentists|dentistry|orthodontics|orthodontist|orthodontists",
    "wine|wines|winery|wineries|vineyard|vineyards|vintners|winemakers|cellar door",
    "distillers|distillery|distilleries|distilling|whisky|whiskey|spirits|gin",
    "brewery|breweries|brewing|brewers|beer",
    "construction|constructions|builders|builder|building|contractors|contracting",
    "station|pastoral|cattle|grazing|livestock|sheep|beef",
    "aged care|nursing home|retirement village|retirement living|care home",
    "engineers|engineering|engineer",
    "lawyers|legal|law|solicitors|attorneys|law firm|barristers",
    "accountants|accounting|chartered accountants|tax agents|bookkeeping",
    "vets|vet|veterinary|veterinarians|animal hospital",
    "freight|logistics|transport|trucking|haulage|couriers|shipping|carriers",
    "software|tech|technology|technologies|digital",
    "property|properties|realty|real estate|estate agents|realtors",
    "medical|clinic|medical centre|doctors|health centre",
    "insurance|insurer|insurers|underwriters|underwriting|assurance",
    "bank|banking|bankers|credit union|building society",
    "hotel|hotels|hospitality|resort|resorts|motel|accommodation",
    "mining|miners|minerals|mines|resources|exploration",
    "energy|power|electricity|utilities|renewables|solar",
    "pharma|pharmaceuticals|pharmaceutical|medicines",
    "telecoms|telecom|telecommunications|telco",
    "airline|airlines|airways|aviation",
    "farm|farms|farming|agriculture|agricultural|orchard|orchards|growers",
    "school|schools|college|academy|education|tutoring|tuition",
    "restaurant|restaurants|cafe|dining|catering|bistro",
    "plumbing|plumbers|plumber",
    "electrical|electricians|electrician",
    "recruitment|recruiters|staffing|labour hire",
    "media|publishing|publishers|broadcasting",
    "seafood|seafoods|fish|fisheries|fishing",
    "foods|food|grocery|groceries|supermarket|supermarkets",
    "fashion|apparel|clothing",
    "timber|forestry|forest|sawmill|sawmills",
    "funeral|funerals|funeral directors|undertakers",
    "security|guards",
    "cleaning|cleaners",
    "architects|architecture|architectural",
    "physio|physiotherapy|physiotherapists",
    "pharmacy|chemist|chemists|pharmacies",
    "investments|investment|capital|funds|fund management|asset management|wealth|private equity",
)
TRADE_KIN = {word: group for group in (frozenset(line.split("|")) for line in _TRADE_KIN) for word in group}
# How a firm of partners ends its name, after the partners' own: "Pryor Whitcombe Delahunty Chartered Accountants".
PRACTICES = frozenset("""
lawyers solicitors barristers attorneys accountants architects surveyors engineers consultants valuers auditors
actuaries notaries advocates chartered certified registered practising
""".split())
# The line of business a brand is named for: "Qantas" alone may leave off Airways, but "Smith" is not The Smith
# Family, so a one-word query may leave off only one of these.
TRADES = frozenset("""
university airways airlines airline energy mining resources minerals metals motors electronics pharmaceuticals
telecom telecommunications communications networks software systems technologies technology logistics transport
construction constructions engineering industries investors foods beverages retail stores supermarkets
entertainment petroleum oil gas power steel chemicals brewery breweries brewing services solutions coal elevators
""".split())
GENERIC = QUALIFIERS | UNIT_WORDS | TRADES | frozenset("""
universities institution tafe polytechnic campus faculty education learning training services service solutions
consultants advisors partners partnership associates national federal state regional city council shire municipal
metropolitan department ministry office agency authority commission board bureau government public medical aged
electric electricity water utilities air aviation airport lines rail railway railways freight shipping port ports
trustees realty estate building builders engineers media data analytics design marketing advertising network food
drinks store pharma biotech sciences science mutual society association centre centres enterprise industrial
manufacturing products trading development developments community church museum gallery library police fire
ambulance emergency defence army navy accountants accounting audit tax taxation first new general central north
south east west northern southern eastern western royal united standard premier metro urban rural coast bay river
valley australian american british european asian travel tourism hotel hotels automotive security recruitment people
family children youth home homes living life world economics contractors big small smart best top great grand prime
total true pure modern advanced applied integrated creative strategic innovative professional quality precision
dynamic
""".split())
STOPWORDS = frozenset("the of and for to de du des la le les el del der die das et und y at in on".split())
CONNECTORS = frozenset({"and", "of", "for", "the"})  # left dangling when a legal form or place is cut off
ROLE_MAILBOXES = frozenset("""
info sales admin administrator contact contactus enquiries enquiry inquiries hello office accounts accountspayable
support team hr marketing noreply donotreply reception mail billing careers jobs help service media press finance
procurement legal webmaster postmaster privacy payroll invoices orders bookings someone
""".split())

# Australian state government and education zones: each is shared by many agencies (see public_suffixes.py).
STATE_ZONES = frozenset(f"{state}.{zone}.au" for state in ("act", "nsw", "nt", "qld", "sa", "tas", "vic", "wa")
                         for zone in ("edu", "gov"))

# ISO 20275 legal forms the matcher leaves off a name's end, from bot/rules/legal_forms_data.py, except those that
# are ordinary words or initials there too: a two-letter form counts only if it is one of these well-known ones
# ("Acme GP" or "Acme LG" is not a legal form), and the words below end names as part of them ("Acme District",
# "Smith & Son", "SAP", "CSL").
TWO_LETTER_FORMS = frozenset("ab ag as bv kg kk nl nv oy se sl ev hf ky hb kb og ad dd cv ek ks".split())
NOT_LEGAL_FORMS = frozenset("""
artisan chartered commune confederation congregation district embassy region railroad series others trademark
undivided canton cantone kanton son sat sal sam per gen bund ente estado metropole ministere sindicato comunidad
condominio condominiums municipio municipalidad obec kraj kunta kommun gemeinde comune departement distretto bezirk
filial firma sap sia csl reit ccc icc cdc crc ctr emc ibc dba ages anl ans soc ste sac trustco foundations
partnerships syndicates cooperation incorporation fondo fonds fond ii iii
""".split())
# Forms written before the name in some countries ("PT Bank Central Asia Tbk", "AB Volvo", "UAB Maxima"): read as if
# they came last, so the name is compared without them.
LEADING_LEGAL_FORMS = frozenset("pt ab uab ooo oao zao pao pjsc ojsc".split())
# "Grupo Bimbo", "Groupe Renault": a group word in front, read as if it came last like "Bimbo Group".
LEADING_QUALIFIERS = frozenset("grupo groupe gruppo grupa".split())
# A holding company is an entity of its own: "Acme Holdings" is not Acme Retail Group, whose name lacks the word.
HOLDING_WORDS = frozenset({"holding", "holdings"})
# Words that name a group's own entity: typed, they keep open a client whose name lacks them beside one that has them.
GROUP_WORDS = HOLDING_WORDS | {"group"}

# Words people add after a name for the people there, not part of it: "the Acme Energy team".
AUDIENCE_WORDS = frozenset("team teams staff crew folks guys mob lot side crowd people".split())
# Words that end a team's name inside a client: "Acme finance team", "Acme's legal dept", "Acme tax department".
TEAM_WORDS = frozenset("team teams department dept division section desk helpdesk".split())
# Endings a word takes in one name and not another ("Surveying", "Surveyors"): a word and its other form are one.
# Not "-er": "Greater" is not "Great".
WORD_ENDINGS = ("ings", "ing", "ors", "ions", "ion", "or", "s")

# A local council goes by its place and any of these: "City of Yarra", "Yarra City Council", "Yarra Council".
COUNCIL_KINDS = frozenset("city shire town municipality municipal borough".split())

# What chat and business papers abbreviate, never taken for a client's initials unless it is an alias: "TBC" is to be
# confirmed, not Tillingham Borough Council.
CHAT_ABBREVIATIONS = frozenset("tbc tba tbd tbh fyi asap eod eow cob ooo aob eta rsvp wip fwiw imo imho btw pto wfh "
                               "faq nda mou sow rfp rfq rfi eoi kpi roi qbr sso erp crm sla poc uat agm eofy".split())

# "Department of ...", "Ministry for ...": known by the initials of what follows as well (Transport and Main Roads).
DEPARTMENT_WORDS = frozenset("department ministry office".split())

# A place followed by one of these is where an office is, not part of the name: "Deloitte (Adelaide office)".
# Not "warehouse", "station" or "district": they end names too (Bunnings Warehouse, a cattle station, a health
# district).
OFFICE_WORDS = frozenset("""office offices branch branches hq headquarters depot campus store plant site factory
facility region mine yard showroom""".split())
# Words that make a body of its own after a client's name, as trades do: "University of Sydney Union", "Acme Alumni".
BODY_WORDS = frozenset("union unions guild alumni students student friends auxiliary chapter league".split())
# Words that say which of a client's sites is meant, after its name: "Acme Store #112", "Acme (Head Office)".
SITE_WORDS = OFFICE_WORDS | frozenset("shop outlet surgery hangar terminal mall head support".split())

# Words of a job title in a signature or contact line ("Jane Doe - Chief Risk Officer, Acme"): a part of the line that
# holds one is the person's role, not the organisation. Singular on purpose: "Partners", "Associates" and
# "Consultants" end firms' names.
TITLE_WORDS = frozenset("""
chief officer head manager director partner analyst consultant ceo cfo cio cto coo cmo cpo cro ciso gm vp svp evp
president lead engineer adviser advisor associate secretary dean professor prof executive treasurer counsel founder
cofounder owner economist geologist scientist specialist coordinator principal administrator architect developer
designer accountant auditor lawyer solicitor barrister paralegal nurse surgeon researcher lecturer intern recruiter
buyer chair chairman chairwoman chairperson trustee commissioner registrar superintendent supervisor representative
planner editor journalist kaiwhakahaere md member governor estimator surveyor broker underwriter clerk agent
""".split())
# Sign-offs and salutations that start a signature block.
GREETINGS = frozenset("regards kind best warm cheers thanks thank you many sincerely yours nga mihi kia ora hi hello "
                      "dear from".split())

# Where a client's registered country (ISO code) is, as the places above write it: a client whose name has no place is
# placed by its country when a query names a place and another client is placed elsewhere. COUNTRY_PLACES, below,
# adds every other country GeoNames knows, by its GeoNames name.
_HAND_COUNTRY_PLACES = {"AU": "australia", "NZ": "nz", "GB": "uk", "UK": "uk", "US": "us", "CA": "canada",
                        "IE": "ireland", "IN": "india", "CN": "china", "JP": "japan", "KR": "korea", "DE": "germany",
                        "DK": "denmark", "SE": "sweden", "NO": "norway", "FI": "finland", "FR": "france",
                        "IT": "italy", "ES": "spain", "NL": "netherlands", "CH": "switzerland", "SG": "singapore",
                        "FJ": "fiji", "PG": "png"}

# World places from GeoNames (bot/rules/gazetteer.py, generated by tools/gazetteer.py): every country, and every city of
# 100,000 people or more, is a place the matcher may leave off the END of a query ("Siemens Erlangen", "Merck KGaA
# (Darmstadt office)"), held by its country. Unlike PLACES they are never place words inside a name: "Reading",
# "Essen" or "Santos" there stay the name's own words. A city that is also an ordinary word, or a person's first name,
# is not read as a place at all; a name or initials of three letters or fewer neither.
ORDINARY_PLACE_WORDS = frozenset("""
reading bath mobile orange split nice essen independence derby enterprise paradise surprise temple bend vista boulder
spring sale tours angers batman corona mission concord aurora columbia mesa sunrise lakewood centennial league
elizabeth edison chandler norman gilbert allen cary eugene nancy jackson lincoln madison troy victoria commonwealth
metro delta george santos bimbo toyota hitachi chad jordan georgia turkey guinea jersey niger
""".split())


def _world_places() -> tuple[dict[str, str], dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(each ISO country -> its place word, each world place -> the places that hold it, the same for hand-written
    places no hand-written place holds: "dublin" -> ireland), hand-written ones first."""
    countries = {code: names.split("|")[0] for code, names in _WORLD_COUNTRY_NAMES.items()} | _HAND_COUNTRY_PLACES
    within: dict[str, frozenset[str]] = {}
    unheld: dict[str, frozenset[str]] = {}
    for code, names in _WORLD_COUNTRY_NAMES.items():
        country = countries[code]
        for name in names.split("|"):
            if _world_usable(name):
                within[name] = frozenset({country} - {name}) | PLACE_WITHIN.get(country, frozenset())
            elif (name,) in PLACES and name not in PLACE_WITHIN and name != country:
                unheld[name] = frozenset({country})  # a hand-written place that is a country's own name: "osterreich"
    country_names = set(within)
    for code, names in _WORLD_CITIES.items():
        held = frozenset({countries[code]}) | PLACE_WITHIN.get(countries[code], frozenset())
        for city in names.split("|"):
            # A city of several countries ("San Jose", "Valencia") is held by each; a country's name stays the country.
            if _world_usable(city) and city not in country_names:
                within[city] = within.get(city, frozenset()) | held
            elif (city,) in PLACES and city not in PLACE_WITHIN:
                unheld[city] = unheld.get(city, frozenset()) | held
    shared: dict[frozenset[str], frozenset[str]] = {}  # one set per country or countries: 6,000 cities share ~200
    return countries, {place: shared.setdefault(held, held) for place, held in within.items()}, unheld


def _world_usable(name: str) -> bool:
    return (name,) not in PLACES and name not in PLACE_ABBREVIATIONS and (
        " " in name or (len(name) > 3 and name not in ORDINARY_PLACE_WORDS and name not in GENERIC
                        and name not in STOPWORDS and name not in LEGAL_WORDS))


COUNTRY_PLACES, _WORLD_WITHIN, _UNHELD = _world_places()
WORLD_PLACES = frozenset(_WORLD_WITHIN)  # the place words only GeoNames has, as _analyse writes them


# Smaller towns: only where a client's site is, after its whole name ("Acme Bakehouse Traralgon"). Not "Wilson" or
# "Union" in a name, nor a query's last word to leave off, where a town that is an everyday word would cost more.
def _towns() -> dict[str, frozenset[str]]:
    """Each town -> the countries and states that hold it; one set per country or state (25,679 towns share 455)."""
    towns: dict[str, frozenset[str]] = {}
    shared: dict[frozenset[str], frozenset[str]] = {}
    for code, names in _WORLD_TOWNS.items():
        for town, _, state in (entry.partition("/") for entry in names.split("|")):
            if _world_usable(town):
                held = towns.get(town, frozenset()) | {COUNTRY_PLACES[code], *filter(None, [state])}
                towns[town] = shared.setdefault(held, held)
    return towns


TOWNS = _towns()
PLACE_WITHIN = {**_WORLD_WITHIN, **_UNHELD, **PLACE_WITHIN}
WORLD_PLACE_SIZE = max(len(place.split()) for place in WORLD_PLACES)
DIALLED = {code: COUNTRY_PLACES[country] for code, country in CALLING_CODES.items()}  # "+34" -> "spain"

# Public bodies (bot/rules/public_bodies.py). People swap the word that says what kind of body it is ("Health
# Department" for the Ministry of Health, "Agency" for "Authority"), so the kind is weighed apart from the rest.
BODY_KINDS = frozenset("department ministry agency office authority commission bureau service".split())
# Words that place a body in a jurisdiction, as _analyse writes them ("victoria" is "vic", "new zealand" "nz"); a
# country's is its COUNTRY_PLACES word, so a body with none in its name is placed by its registered country.
JURISDICTIONS = {
    "nsw": "nsw", "vic": "vic", "victorian": "vic", "qld": "qld", "wa": "wa", "sa": "sa", "tas": "tas",
    "tasmanian": "tas", "act": "act", "nt": "nt", "australia": "australia", "australian": "australia", "nz": "nz",
    "uk": "uk", "british": "uk", "canada": "canada", "canadian": "canada", "ontario": "ontario", "quebec": "quebec",
    "alberta": "alberta",
    # A country's people, as a body is named for them: "Irish Department of Justice".
    "irish": "ireland", "scottish": "uk", "welsh": "uk", "american": "us", "german": "germany", "french": "france",
    "dutch": "netherlands", "swedish": "sweden", "norwegian": "norway", "danish": "denmark", "finnish": "finland",
    "italian": "italy", "spanish": "spain", "japanese": "japan", "singaporean": "singapore", "swiss": "switzerland",
    "austrian": "austria", "belgian": "belgium", "portuguese": "portugal", "brazilian": "brazil", "mexican": "mexico",
} | {place: place for place in _HAND_COUNTRY_PLACES.values() if len(place) > 2} | {  # "Department of Justice Ireland"
    # A country's other names, in its own tongue too, as the gazetteer has them: "Finanzministerium Österreich".
    name: COUNTRY_PLACES[code] for code, names in _WORLD_COUNTRY_NAMES.items() for name in names.split("|")[1:]
    if " " not in name}
# Words for a country's people, and its nicknames, as its place word: "the Aussie one" is the Australian client.
DEMONYMS = {word: place for word, place in JURISDICTIONS.items() if place in COUNTRY_PLACES.values()} | {
    "aussie": "australia", "kiwi": "nz", "english": "uk", "yank": "us", "brit": "uk"}
# Words that say a body is public without saying which: "Australian Government Department of Health".
BODY_FILLER = frozenset("government govt".split())
# Where a government's own domains are, and whose they are: health.vic.gov.au is Victoria's, health.gov.au the
# Commonwealth's. Longest first, so a state's zone is found before its country's.
GOVERNMENT_ZONES = (
    *((f"{state}.gov.au", state) for state in ("act", "nsw", "nt", "qld", "sa", "tas", "vic", "wa")),
    ("gov.on.ca", "ontario"), ("gouv.qc.ca", "quebec"), ("alberta.ca", "alberta"),
    ("gov.au", "australia"), ("govt.nz", "nz"), ("gov.uk", "uk"), ("gc.ca", "canada"), ("canada.ca", "canada"),
)
# A public body's words in the network's other languages, read as English: "Bundesministerium der Finanzen" is a
# federal ministry of finance, "Ministerio de Hacienda" a ministry of finance. Folded as names are ("für" is "fur").
_BODY_WORDS_ABROAD = {
    "ministry": "ministerio ministerium ministere ministero ministerie ministerstvo ministeriet",
    "department": "departamento departement secretaria",
    "agency": "agencia agence agentur agenzia agentschap",
    "office": "amt",
    "federal": "bundes federale",
    "public": "publique publica pubblica offentliche publieke",
    "finance": "hacienda finanzen finanze financien fazenda finansdepartementet",
    "health": "gesundheit sante salud sanidad salute saude volksgezondheid",
    "justice": "justiz justicia justitie giustizia justica",
    "education": "bildung educacion istruzione onderwijs educacao",
    "defence": "verteidigung defensa defense difesa defensie defesa",
    "interior": "inneres interieur interno binnenlandse",
    "labour": "arbeit trabajo travail lavoro trabalho",
    "environment": "umwelt environnement ambiente milieu",
    "transport": "verkehr transporte transports trasporti vervoer",
    "foreign": "exteriores etrangeres esteri buitenlandse",
    "affairs": "asuntos affaires zaken",
}
BODY_WORDS_ABROAD: dict[str, tuple[str, ...]] = {
    word: (english,) for english, words in _BODY_WORDS_ABROAD.items() for word in words.split()} | {
    "bundesministerium": ("federal", "ministry"), "bundesamt": ("federal", "office"),
    "finanzministerium": ("finance", "ministry"), "gesundheitsministerium": ("health", "ministry"),
    "auswartiges": ("foreign", "affairs")}
# Each English word, and the words that say it in those languages: where a query's portfolio may be found.
BODY_WORDS_IN_ENGLISH: dict[str, frozenset[str]] = {
    english: frozenset(w for w, said in BODY_WORDS_ABROAD.items() if english in said)
    for english in {e for said in BODY_WORDS_ABROAD.values() for e in said}}
# Small words a body's name has in those languages, beside STOPWORDS: "Bundesamt für Gesundheit".
BODY_STOPWORDS = frozenset("fur del della dello van voor do da dos het en e los las nationale national".split())
# The endings by which people say a portfolio's word another way: "Tax" for Taxation, "Environmental", "Transportation".
PORTFOLIO_ENDINGS = ("ation", "al", "s")
