"""Round 9, set B: how members really type a client's name in free-form Teams chat, after "who owns" or as the whole
message, against a registry with confusable private-sector clients. It adds 37 clients (invented firms, family
businesses and a franchise, plus a few real but unregistered listed groups and subsidiaries), most of them in groups of
two or three that share a word: a bank and an insurer, logistics, property and a winery under one surname, lawyers and
removalists with the same partners' names, a franchisor and a store operator, one adviser in Australia and New
Zealand, one name under Pty Ltd and UK Ltd, a co-op and a freight firm sharing a region, two island co-operatives, a
software firm known by its product and an investment firm, a listed miner and its drilling arm, a brewery and a hotel
group. The queries are lower case without punctuation, typos, nicknames and first words, "the X guys", "X's Sydney
team", "X (the bank, not the insurer)", "X - the logistics one", legal forms with question marks, quotes and trailing
punctuation, possessives, brands, abbreviations, "and" against "&", casually typed web and email addresses; the
negatives are ordinary phrases, people's names and organisations that merely share a word. The set was written by hand
from general knowledge before any tuning, and the matcher was not run on it while writing.
"""

from __future__ import annotations

from bot.rules.matching import ClientEntry
from tests.data.matching_clients_unseen import CLIENTS_UNSEEN, Row, entries
from tests.data.matching_eval import Case, _cases

_ROWS: list[Row] = [
    # external_id, name, aliases, domains, country (ISO 3166 alpha-2), registration number or None
    # A bank and an insurer that share a name.
    ("marloebank", "Marloe Bank Limited", (), ("marloebank.com.au",), "AU", None),
    ("marloeins", "Marloe Insurance Australia Pty Ltd", (), ("marloeinsurance.com.au",), "AU", None),
    # One family name on a trucking firm, a property developer and a winery known by its estate.
    ("kinlochlog", "Kinloch Logistics Pty Ltd", (), ("kinlochlogistics.com.au",), "AU", None),
    ("kinlochprop", "Kinloch Property Group Pty Ltd", (), ("kinlochproperty.com.au",), "AU", None),
    ("kinlochwines", "Kinloch Estate Wines Pty Ltd", ("Kinloch Estate",), ("kinlochestate.com.au",), "AU", None),
    # A law firm written with "&" and a removalist without it.
    ("barlowfinch", "Barlow & Finch Lawyers", (), ("barlowfinch.com.au",), "AU", None),
    ("barlowrem", "Barlow Finch Removals Pty Ltd", (), ("barlowfinchremovals.com.au",), "AU", None),
    # A franchisor and a company running one store under the brand.
    ("gumleaf", "Gumleaf Bakehouse Franchising Pty Ltd", ("Gumleaf Bakehouse",), ("gumleafbakehouse.com.au",), "AU",
     None),
    ("ridgeback", "Ridgeback Food Co Pty Ltd", ("Gumleaf Bakehouse Toowoomba",), ("ridgebackfood.com.au",), "AU",
     None),
    # A drinks company known by its cider brand and a dairy co-operative.
    ("halcyonbev", "Halcyon Beverages Pty Ltd", ("Old Quarry Cider",),
     ("halcyonbeverages.com.au", "oldquarrycider.com.au"), "AU", None),
    ("halcyondairy", "Halcyon Dairy Co-operative Limited", (), ("halcyondairy.co.nz",), "NZ", None),
    # One adviser's Australian and New Zealand companies.
    ("bellbirdau", "Bellbird Advisory Pty Ltd", (), ("bellbird.com.au",), "AU", None),
    ("bellbirdnz", "Bellbird Advisory Limited", (), ("bellbird.co.nz",), "NZ", None),
    # One name as an Australian Pty Ltd and a UK Ltd.
    ("dunnart", "Dunnart Pty Ltd", (), ("dunnart.com.au",), "AU", None),
    ("dunnartuk", "Dunnart Ltd", (), ("dunnart.co.uk",), "GB", None),
    # A long-named co-operative and a freight firm from the same region.
    ("mvfp", "Murray Valley Fresh Produce Co-operative Ltd", (), ("mvfresh.com.au",), "AU", None),
    ("mvfreight", "Murray Valley Freight Services Pty Ltd", (), ("mvfreight.com.au",), "AU", None),
    # A listed retail group and two subsidiaries known by their store brands (real, not in the registry).
    ("superretail", "Super Retail Group Limited", ("SRG",), ("superretailgroup.com.au",), "AU", None),
    ("supercheap", "Supercheap Auto Pty Ltd", ("Supercheap",), ("supercheapauto.com.au",), "AU", None),
    ("rebelsport", "Rebel Sport Limited", ("rebel",), ("rebelsport.com.au",), "AU", None),
    # Two island co-operatives (real).
    ("fsni", "Foodstuffs North Island Limited", (), ("foodstuffs.co.nz",), "NZ", None),
    ("fssi", "Foodstuffs South Island Limited", (), ("foodstuffs-si.co.nz",), "NZ", None),
    # Two family businesses with one surname.
    ("vellacivil", "Vella & Sons Civil Pty Ltd", (), ("vellacivil.com.au",), "AU", None),
    ("vellabros", "Vella Brothers Produce Pty Ltd", ("Vella Bros",), ("vellabros.com.au",), "AU", None),
    # A software firm known by its product, and an American investment firm.
    ("larchsoft", "Larchmont Software Pty Ltd", ("Rosterly",), ("larchmont.com.au", "rosterly.com"), "AU", None),
    ("larchcap", "Larchmont Capital Partners LLC", (), ("larchmontcap.com",), "US", None),
    # Long names people shorten to initials.
    ("wrtc", "Western Riverina Tractor Company Pty Ltd", (), ("wrtractors.com.au",), "AU", None),
    ("aaco", "Australian Agricultural Company Limited", ("AACo",), ("aaco.com.au",), "AU", None),
    # A franchise group known by its best-known brand, a name with "&", a wine group known by a brand (real).
    ("jimsgroup", "Jim's Group Pty Ltd", ("Jim's Mowing",), ("jims.net",), "AU", None),
    ("tatelyle", "Tate & Lyle PLC", (), ("tateandlyle.com",), "GB", None),
    ("twe", "Treasury Wine Estates Limited", ("TWE", "Penfolds"), ("tweglobal.com",), "AU", None),
    # One surname on a timber yard and a travel agency.
    ("penrosetimber", "Penrose Timber Pty Ltd", (), ("penrosetimber.com.au",), "AU", None),
    ("penrosetravel", "Penrose Travel Group Pty Ltd", (), ("penrosetravel.com.au",), "AU", None),
    # A listed miner and its drilling subsidiary.
    ("callowayres", "Calloway Resources Limited", (), ("callowayresources.com.au",), "AU", None),
    ("callowaydrill", "Calloway Drilling Services Pty Ltd", (), ("callowaydrilling.com.au",), "AU", None),
    # A German brewery and a Swiss hotel group.
    ("lindenhof", "Brauerei Lindenhof GmbH", ("Lindenhof Brewery",), ("lindenhof-brauerei.de",), "DE", None),
    ("lindenhofhotels", "Lindenhof Hotels AG", (), ("lindenhof-hotels.ch",), "CH", None),
]

R9B_CLIENTS: tuple[ClientEntry, ...] = CLIENTS_UNSEEN + entries(_ROWS, 12501)

CONFUSABLE = _cases("confusable pair", [
    ("marloe", None, ("marloebank", "marloeins")),
    ("marloe (the bank, not the insurer)", "marloebank"),
    ("Marloe - the insurance one", "marloeins"),
    ("kinloch", None, ("kinlochlog", "kinlochprop", "kinlochwines")),
    ("Kinloch - the logistics one", "kinlochlog"),
    ("kinloch (wine, not trucks)", "kinlochwines"),
    ("barlow finch", None, ("barlowfinch", "barlowrem")),
    ("Barlow Finch - the lawyers", "barlowfinch"),
    ("halcyon", None, ("halcyonbev", "halcyondairy")),
    ("halcyon (the cider people)", "halcyonbev"),
    ("halcyon - the nz dairy co-op", "halcyondairy"),
    ("bellbird advisory", None, ("bellbirdau", "bellbirdnz")),
    ("bellbird nz", "bellbirdnz"),
    ("Bellbird (the Aussie one)", "bellbirdau"),
    ("dunnart", None, ("dunnart", "dunnartuk")),
    ("murray valley", None, ("mvfp", "mvfreight")),
    ("murray valley - the trucking one", "mvfreight"),
    ("murray valley (the co-op, not the freight company)", "mvfp"),
    ("foodstuffs", None, ("fsni", "fssi")),
    ("vella", None, ("vellacivil", "vellabros")),
    ("vella (fruit and veg)", "vellabros"),
    ("larchmont", None, ("larchsoft", "larchcap")),
    ("rosterly", "larchsoft"),
    ("larchmont - the US investment firm", "larchcap"),
    ("penrose (travel agents)", "penrosetravel"),
    ("calloway - the miner, not the drillers", "callowayres"),
    ("lindenhof", None, ("lindenhof", "lindenhofhotels")),
    ("lindenhof - the brewery", "lindenhof"),
    ("rebel", "rebelsport"),
    ("penfolds", "twe"),
    ("treasury", None, ("qtc", "twe")),
    ("fisher and paykel", None, ("fph", "fpa")),
])

CONTACT = _cases("contact phrase", [
    ("the marloe guys", None, ("marloebank", "marloeins")),
    ("sarah from marloe insurance", "marloeins"),
    ("the kinloch property mob", "kinlochprop"),
    ('"Kinloch Estate Wines"', "kinlochwines"),
    ("Priya Nair, CFO, Halcyon Beverages", "halcyonbev"),
    ("whoever looks after bellbird nz?", "bellbirdnz"),
    ("the vella bros", "vellabros"),
    ("Mark O'Brien (Supercheap Auto)", "supercheap"),
    ("the jim's mowing people", "jimsgroup"),
    ("'Tate & Lyle'", "tatelyle"),
    ("Calloway Drilling?", "callowaydrill"),
    ("RE: Barlow & Finch Lawyers - engagement letter", "barlowfinch"),
    ("Fwd: invoice from Murray Valley Freight Services", "mvfreight"),
    ("dunnart's", None, ("dunnart", "dunnartuk")),
    ("larchmont's", None, ("larchsoft", "larchcap")),
    ("the acme guys", None, ("acmeconsult", "acmeeng", "acmenz")),
    ("the gumleaf franchise people", "gumleaf"),
    ("Tom Reilly - Head of IT, Foodstuffs South Island", "fssi"),
    ("treasury wine estates' procurement team", "twe"),
])

OFFICE = _cases("office or branch", [
    ("marloe bank's brisbane branch", "marloebank"),
    ("Marloe Insurance Perth office", "marloeins"),
    ("kinloch logistics melbourne depot", "kinlochlog"),
    ("bellbird's sydney team", "bellbirdau"),
    ("bellbird wellington office", "bellbirdnz"),
    ("dunnart london", "dunnartuk"),
    ("dunnart's perth team", "dunnart"),
    ("foodstuffs christchurch", "fssi"),
    ("foodstuffs auckland support office", "fsni"),
    ("supercheap auto head office in brisbane", "supercheap"),
    ("penrose timber launceston yard", "penrosetimber"),
    ("penrose travel's adelaide store", "penrosetravel"),
    ("calloway drilling kalgoorlie", "callowaydrill"),
    ("the gumleaf store in toowoomba", "ridgeback"),
    ("lindenhof hotels zurich", "lindenhofhotels"),
    ("tate & lyle's singapore office", "tatelyle"),
    ("larchmont software auckland office", "larchsoft"),
    ("marloe's sydney team", None, ("marloebank", "marloeins")),
    ("halcyon dairy's waikato plant", "halcyondairy"),
    ("rebel sport chadstone", "rebelsport"),
])

INITIALISM = _cases("initialism, long name", [
    ("mvfp", "mvfp"),
    ("MVFS", "mvfreight"),
    ("wrtc", "wrtc"),
    ("AACo", "aaco"),
    ("SRG", "superretail"),
    ("TWE", "twe"),
    ("KPG", "kinlochprop"),
    ("FSNI", "fsni"),
    ("B&F lawyers", "barlowfinch"),
    ("aust agricultural co", "aaco"),
    ("w riverina tractor co", "wrtc"),
    ("kinloch prop grp", "kinlochprop"),
    ("murray v fresh produce co-op", "mvfp"),
    ("mv", None, ("mvfp", "mvfreight")),
])

SPLIT = _cases("split or joined", [
    ("super cheap auto", "supercheap"),
    ("superretailgroup", "superretail"),
    ("bell bird advisory nz", "bellbirdnz"),
    ("bellbirdadvisory", None, ("bellbirdau", "bellbirdnz")),
    ("gum leaf bakehouse", "gumleaf"),
    ("kin loch logistics", "kinlochlog"),
    ("oldquarry cider", "halcyonbev"),
    ("murrayvalley freight", "mvfreight"),
    ("food stuffs north island", "fsni"),
    ("pen rose timber", "penrosetimber"),
    ("tateandlyle", "tatelyle"),
    ("tate n lyle", "tatelyle"),
    ("vella and sons", "vellacivil"),
    ("barlow and finch", "barlowfinch"),
])

CAPITALS = _cases("all capitals", [
    ("MARLOE BANK LIMITED", "marloebank"),
    ("KINLOCH PROPERTY GROUP", "kinlochprop"),
    ("BARLOW FINCH REMOVALS PTY LTD", "barlowrem"),
    ("BELLBIRD", None, ("bellbirdau", "bellbirdnz")),
    ("SUPERCHEAP AUTO", "supercheap"),
    ("FOODSTUFFS (SOUTH ISLAND) LTD", "fssi"),
    ("VELLA BROS PRODUCE", "vellabros"),
    ("PENROSE TRAVEL GROUP", "penrosetravel"),
    ("CALLOWAY RESOURCES LTD", "callowayres"),
    ("WESTERN RIVERINA TRACTOR CO", "wrtc"),
    ("JIM'S MOWING", "jimsgroup"),
    ("GUMLEAF BAKEHOUSE TOOWOOMBA", "ridgeback"),
])

TYPO = _cases("typo, long name", [
    ("marloe insurence australia", "marloeins"),
    ("kinloch logisitcs", "kinlochlog"),
    ("barlow and finch lawers", "barlowfinch"),
    ("gumleaf bakehuose franchising", "gumleaf"),
    ("halycon beverages", "halcyonbev"),
    ("belbird advisory nz", "bellbirdnz"),
    ("murray vally fresh produce co-op", "mvfp"),
    ("murray valley frieght", "mvfreight"),
    ("super retial group", "superretail"),
    ("larchmont sofware", "larchsoft"),
    ("western riverena tractor company", "wrtc"),
    ("australian agricultral company", "aaco"),
    ("callaway resources", "callowayres"),
    ("treasury wine estaets", "twe"),
    ("brauerie lindenhof", "lindenhof"),
    ("ridgback food co", "ridgeback"),
    ("marlowe bank", "marloebank"),
    ("bellbird advsiory", None, ("bellbirdau", "bellbirdnz")),
])

REORDERED = _cases("reordered", [
    ("north island foodstuffs", "fsni"),
    ("south island foodstuffs", "fssi"),
    ("lindenhof brauerei", "lindenhof"),
    ("kinloch wine estate", "kinlochwines"),
    ("finch and barlow lawyers", "barlowfinch"),
    ("finch barlow removals", "barlowrem"),
    ("nz bellbird advisory", "bellbirdnz"),
    ("halcyon co-operative dairy", "halcyondairy"),
    ("marloe australia insurance", "marloeins"),
    ("vella civil & sons", "vellacivil"),
    ("Agricultural Company, Australian", "aaco"),
])

FOREIGN = _cases("foreign legal form", [
    ("Brauerei Lindenhof GmbH", "lindenhof"),
    ("Lindenhof GmbH", "lindenhof"),
    ("Lindenhof Hotels SA", "lindenhofhotels"),
    ("Dunnart Ltd", "dunnartuk"),
    ("Dunnart Pty Ltd?", "dunnart"),
    ("dunnart pty", "dunnart"),
    ("Bellbird Advisory Pty Ltd?", "bellbirdau"),
    ("Bellbird Advisory Limited.", "bellbirdnz"),
    ("Tate & Lyle PLC", "tatelyle"),
    ("Larchmont Capital Partners, LLC", "larchcap"),
    ("Larchmont Software P/L", "larchsoft"),
    ("Halcyon Dairy Co-op Ltd", "halcyondairy"),
    ("Foodstuffs (N.I.) Ltd", "fsni"),
    ("Vella & Sons Civil P/L", "vellacivil"),
    ("Jim's Group Pty. Ltd.", "jimsgroup"),
    ("Treasury Wine Estates Ltd", "twe"),
    ("Acme Pty Ltd?", None, ("acmeconsult", "acmeeng")),
])

PUBLIC = _cases("public suffix", [
    ("marloebank.com.au", "marloebank"),
    ("www.marloeinsurance.com.au/claims", "marloeins"),
    ("kinlochestate.com.au", "kinlochwines"),
    ("j.tan@kinlochlogistics.com.au", "kinlochlog"),
    ("https://bellbird.com.au/", "bellbirdau"),
    ("www.bellbird.co.nz/contact", "bellbirdnz"),
    ("bellbird.com", None, ("bellbirdau", "bellbirdnz")),
    ("dunnart.co.uk", "dunnartuk"),
    ("mvfresh.com.au", "mvfp"),
    ("mvfreight.com.au/quote", "mvfreight"),
    ("supercheapauto.com.au", "supercheap"),
    ("rebelsport.com.au", "rebelsport"),
    ("foodstuffs-si.co.nz", "fssi"),
    ("app.rosterly.com/login", "larchsoft"),
    ("larchmontcap.com", "larchcap"),
    ("oldquarrycider.com.au", "halcyonbev"),
    ("jims.net", "jimsgroup"),
    ("www.callowaydrilling.com.au", "callowaydrill"),
    ("lindenhof-hotels.ch", "lindenhofhotels"),
    ("accounts@barlowfinch.com.au", "barlowfinch"),
    ("barlowfinchremovals.com.au", "barlowrem"),
    ("vellabros.com.au", "vellabros"),
])

NEGATIVE = _cases("negative", [
    ("halcyon days", None),
    ("old quarry road", None),
    ("frozen foodstuffs", None),
    ("super cheap flights to bali", None),
    ("murray valley encephalitis", None),
    ("Rebel Wilson", None),
    ("cab calloway", None),
    ("Callaway Golf", None),
    ("roger penrose", None),
    ("TATE MODERN", None),
    ("jim beam", None),
    ("gary barlow", None),
    ("christopher marlowe", None),
    ("rhodesian ridgeback breeders", None),
    ("kinloch castle", None),
    ("fat-tailed dunnart", None),
    ("bellbird primary school", None),
    ("village of larchmont", None),
    ("the bank", None),
    ("our insurer", None),
    ("the logistics one", None),
    ("head office", None),
    ("the sydney team", None),
    ("fresh produce", None),
    ("john smith", None),
    ("marlo caravan park", None),
    ("gum leaves for the koalas", None),
    ("atticus finch", None),
    ("super netball", None),
    ("treasury bonds", None),
    ("halcyon gallery london", None),
    ("supercars", None),
    ("melbourne rebels", None),
    ("jim from finance", None),
    ("murray goulburn", None),
    ("kinloch anderson", None),
    ("halcyon house hotel", None),
    ("treasury casino brisbane", None),
    ("marlow rowing club", None),
    ("aac blocks", None),
    ("rostering software", None),
    ("sarah chen?", None),
    ("tractor supply co", None),
])

R9B: tuple[Case, ...] = tuple(CONFUSABLE + CONTACT + OFFICE + INITIALISM + SPLIT + CAPITALS + TYPO + REORDERED + FOREIGN
                               + PUBLIC + NEGATIVE)
