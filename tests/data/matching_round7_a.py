"""Round 7a: confusable groups of private companies, with labelled queries and negatives, for the client matcher.

Forty-six confusable groups, invented but for a few real companies not yet registered, across Europe, Asia, the
Americas, the UK, Australia and New Zealand are added to the unseen registry: sibling companies of one group, one
brand in two countries, a distinctive word shared by firms of different industries, names that differ by a plural, a
letter, a hyphen or a space, shared initials, trading against legal names, family and place names, numbers in words
and digits, a name inside another's, and a firm with its foundation or pension fund. Queries were written by hand
from how people type organisation names and what a careful human reading the registry would decide, before any
tuning of the matcher on this set and without running the matcher on it. Negatives name organisations that are not
registered but share words with registered clients.
"""

from __future__ import annotations

from bot.rules.matching import ClientEntry
from tests.data.matching_clients_unseen import CLIENTS_UNSEEN, Row, entries
from tests.data.matching_eval import Case, _cases

_ROWS: list[Row] = [
    # external_id, name, aliases, domains, country (ISO 3166 alpha-2), registration number or None
    # Sibling companies of one group.
    ("ventmoorhold", "Ventmoor Holdings Pty Ltd", (), ("ventmoor.com.au",), "AU", None),
    ("ventmoorcap", "Ventmoor Capital Pty Ltd", (), ("ventmoorcapital.com.au",), "AU", None),
    ("ventmoorprop", "Ventmoor Property Pty Ltd", (), ("ventmoorproperty.com.au",), "AU", None),
    # One brand in two countries.
    ("tarnleanz", "Tarnlea Insurance Limited", (), ("tarnlea.co.nz",), "NZ", None),
    ("tarnleaau", "Tarnlea Insurance Pty Ltd", (), ("tarnlea.com.au",), "AU", None),
    # One distinctive word in three industries.
    ("brannockdental", "Brannock Dental Pty Ltd", (), ("brannockdental.com.au",), "AU", None),
    ("brannockfreight", "Brannock Freight Ltd", (), ("brannockfreight.co.uk",), "GB", None),
    ("brannocksw", "Brannock Software Inc.", (), ("brannock.io",), "US", None),
    # Names one letter apart.
    ("dovely", "Dovely Foods Pty Ltd", (), ("dovelyfoods.com.au",), "AU", None),
    ("dovey", "Dovey Foods Ltd", (), ("doveyfoods.co.uk",), "GB", None),
    # Hyphen against none.
    ("torvalecons", "Tor-Vale Consulting Ltd", (), ("torvale.co.uk",), "GB", None),
    ("torvalebuild", "Torvale Construction Ltd", (), ("torvaleconstruction.co.uk",), "GB", None),
    # Same initials.
    ("dunleavy", "Dunleavy Wealth Management Pty Ltd", (), ("dunleavywealth.com.au",), "AU", None),
    ("deverell", "Deverell Waste Management Limited", (), ("deverellwaste.co.nz",), "NZ", None),
    # Trading name against another firm's legal name.
    ("pemworth", "Pemworth Beverages Pty Ltd", ("Larkspur Brewing Co",), ("larkspurbrewing.com.au",), "AU", None),
    ("larkspurdist", "Larkspur Distillery Limited", (), ("larkspurdistillery.co.nz",), "NZ", None),
    # Family names.
    ("ashcombesons", "Ashcombe & Sons Limited", (), ("ashcombeandsons.co.uk",), "GB", "04417720"),
    ("ashcombepart", "Ashcombe Partners LLP", (), ("ashcombepartners.com",), "GB", None),
    # A firm named after a place and another firm of that place.
    ("kilnseydairy", "Kilnsey Dairy Co-operative Limited", (), ("kilnseydairy.co.uk",), "GB", None),
    ("fellside", "Fellside Veterinary Practice (Kilnsey) Ltd", (), ("fellsidevets.co.uk",), "GB", None),
    # A number in words and in digits.
    ("sevenrivers", "Seven Rivers Wealth Pty Ltd", (), ("sevenrivers.com.au",), "AU", None),
    ("7rivers", "7 Rivers Brewing Co Pty Ltd", (), ("7riversbrewing.com.au",), "AU", None),
    # A name inside another's.
    ("merrow", "Merrow Limited", (), ("merrow.ie",), "IE", None),
    ("merrowbay", "Merrow Bay Seafoods Limited", (), ("merrowbay.ie",), "IE", None),
    # A company, its pension scheme and its foundation.
    ("brantwood", "Brantwood Steel Ltd", (), ("brantwoodsteel.co.uk",), "GB", None),
    ("brantwoodpen", "Brantwood Steel Pension Scheme", (), (), "GB", None),
    ("brantwoodfdn", "Brantwood Steel Foundation", (), ("brantwoodfoundation.org.uk",), "GB", None),
    # A Malaysian group, its plantation arm and an Indonesian affiliate.
    ("sinarhold", "Sinar Rimba Holdings Berhad", (), ("sinarrimba.com.my",), "MY", None),
    ("sinarplant", "Sinar Rimba Plantations Sdn Bhd", (), ("sinarrimbaplantations.com.my",), "MY", None),
    ("sinarid", "PT Sinar Rimba Indonesia", (), ("sinarrimba.co.id",), "ID", None),
    # Japanese sister companies with one legal form.
    ("hoshizoratr", "Hoshizora Trading Co., Ltd.", (), ("hoshizora-trading.co.jp",), "JP", None),
    ("hoshizorafd", "Hoshizora Foods Co., Ltd.", (), ("hoshizorafoods.co.jp",), "JP", None),
    # A Korean company and its American subsidiary.
    ("seoryeongkr", "Seoryeong Chemical Co., Ltd.", (), ("seoryeong.co.kr",), "KR", None),
    ("seoryeongus", "Seoryeong Chemical America, Inc.", (), ("seoryeongamerica.com",), "US", None),
    # Plural and one word more, Indian legal forms.
    ("sarvottam", "Sarvottam Textiles Limited", (), ("sarvottamtextiles.com",), "IN", None),
    ("sarvottammills", "Sarvottam Textile Mills Private Limited", (), ("sarvottammills.in",), "IN", None),
    # Split and joined, Portuguese.
    ("serraalim", "Serra Nova Alimentos Ltda.", (), ("serranovaalimentos.com.br",), "BR", None),
    ("serraenergia", "Serranova Energia S.A.", (), ("serranova.com.br",), "BR", None),
    # Spanish names in two countries, with an accent.
    ("penascomx", "Inmobiliaria Peñasco, S.A. de C.V.", (), ("penasco.mx",), "MX", None),
    ("penascocl", "Peñasco Capital SpA", (), ("penascocapital.cl",), "CL", None),
    # German sister companies and their foundation.
    ("lindenbau", "Lindenhain Bau GmbH", (), ("lindenhain-bau.de",), "DE", None),
    ("lindenimmo", "Lindenhain Immobilien GmbH", (), ("lindenhain-immobilien.de",), "DE", None),
    ("lindenstift", "Lindenhain Stiftung", (), ("lindenhain-stiftung.de",), "DE", None),
    # A French family name in two firms.
    ("maisonvautrin", "Maison Vautrin SAS", (), ("maisonvautrin.fr",), "FR", None),
    ("vautrinfils", "Vautrin & Fils SARL", (), ("vautrin-fils.fr",), "FR", None),
    # One brand in the Netherlands and Belgium.
    ("vandeurnenl", "Van Deurne Transport B.V.", (), ("vandeurne.nl",), "NL", None),
    ("vandeurnebe", "Van Deurne Transport NV", (), ("vandeurne.be",), "BE", None),
    # Norway and Sweden, one letter apart.
    ("fjellno", "Fjellstad Marine AS", (), ("fjellstad.no",), "NO", None),
    ("fjellse", "Fjellstad Marin AB", (), ("fjellstad.se",), "SE", None),
    # "The ... Trust" and a company.
    ("larchtrust", "The Larchfield Trust", (), ("larchfieldtrust.org.uk",), "GB", None),
    ("larchltd", "Larchfield Limited", (), ("larchfield.co.uk",), "GB", "09981234"),
    # A station name in two industries.
    ("yallstation", "Yallanbee Station Pty Ltd", (), ("yallanbee.com.au",), "AU", None),
    ("yallaged", "Yallanbee Aged Care Ltd", (), ("yallanbeeagedcare.org.au",), "AU", None),
    # Macron against none.
    ("totarawines", "Tōtara Ridge Wines Limited", (), ("totararidge.co.nz",), "NZ", None),
    ("totarafarms", "Totara Ridge Farms Limited", (), ("totararidgefarms.co.nz",), "NZ", None),
    # A family name in two American firms.
    ("callowaycon", "Calloway Brothers Construction, Inc.", (), ("callowaybrothers.com",), "US", None),
    ("callowaytruck", "Calloway Trucking LLC", (), ("callowaytrucking.com",), "US", None),
    # Assurance and insurance, Canada.
    ("beauassur", "Beaumarais Assurance Inc.", (), ("beaumarais.ca",), "CA", None),
    ("beaubrokers", "Beaumarais Insurance Brokers Ltd", (), ("beaumaraisbrokers.ca",), "CA", None),
    # Hong Kong and Singapore.
    ("kwongleehk", "Kwong Lee Holdings Limited", (), ("kwonglee.com.hk",), "HK", None),
    ("kwongleesg", "Kwong Lee Shipping Pte. Ltd.", (), ("kwongleeshipping.com.sg",), "SG", None),
    # Capital and asset management arms in two countries.
    ("halberdcap", "Halberd Capital Partners LLC", (), ("halberdcapital.com",), "US", None),
    ("halberdam", "Halberd Asset Management Ltd", (), ("halberdam.co.uk",), "GB", None),
    # A name that is initials and a firm with those initials.
    ("bkmlog", "BKM Logistics Ltd", (), ("bkmlogistics.co.uk",), "GB", None),
    ("bkmlaw", "Bramley Kerr Mitchell LLP", (), ("bkmlaw.co.uk",), "GB", None),
    # Space against none.
    ("moongatest", "Moon Gate Studios Limited", (), ("moongatestudios.co.nz",), "NZ", None),
    ("moongatemedia", "Moongate Media Pty Ltd", (), ("moongatemedia.com.au",), "AU", None),
    # A name inside another's, one word more.
    ("cleverlyhealth", "Cleverly Health Solutions Pty Ltd", (), ("cleverlyhealth.com.au",), "AU", None),
    ("cleverlysol", "Cleverly Solutions Pty Ltd", (), ("cleverly.com.au",), "AU", None),
    # A retailer and its pension trustee.
    ("ormsby", "Ormsby Retail Group plc", (), ("ormsby.co.uk",), "GB", None),
    ("ormsbypen", "Ormsby Retail Pension Trustees Limited", (), (), "GB", None),
    # Thailand and Vietnam.
    ("chaiwatth", "Chaiwat Rubber Co., Ltd.", (), ("chaiwatrubber.co.th",), "TH", None),
    ("chaiwatvn", "Chaiwat Rubber (Vietnam) Co., Ltd.", (), ("chaiwatrubber.vn",), "VN", None),
    # A trading name and a firm sharing its word.
    ("jkfitzroy", "J & K Fitzroy Pty Ltd", ("Mosswood Cabinetry",), ("mosswoodcabinetry.com.au",), "AU", None),
    ("mosswoodnurs", "Mosswood Nurseries Pty Ltd", (), ("mosswoodnurseries.com.au",), "AU", None),
    # Real companies: a parent and a differently named subsidiary, near the registered AMP.
    ("ampol", "Ampol Limited", (), ("ampol.com.au",), "AU", None),
    ("zenergy", "Z Energy Limited", (), ("z.co.nz",), "NZ", None),
    # Real companies with names two letters apart.
    ("aurecon", "Aurecon Group Pty Ltd", (), ("aurecongroup.com",), "AU", None),
    ("aurizon", "Aurizon Holdings Limited", (), ("aurizon.com.au",), "AU", None),
    # Possessive and plural.
    ("greernz", "Greer's Bakery Limited", (), ("greersbakery.co.nz",), "NZ", None),
    ("greerau", "Greer Bakeries Pty Ltd", (), ("greerbakeries.com.au",), "AU", None),
    # One word more.
    ("thistlecare", "Thistledown Care Ltd", (), ("thistledowncare.co.uk",), "GB", None),
    ("thistlehomes", "Thistledown Care Homes Ltd", (), ("thistledownhomes.co.uk",), "GB", None),
    # Italian family firm and a construction company.
    ("castfrat", "Fratelli Castagnoli S.r.l.", (), ("castagnoli.it",), "IT", None),
    ("castcostr", "Castagnoli Costruzioni S.p.A.", (), ("castagnolicostruzioni.it",), "IT", None),
    # Mac and Mc.
    ("macallister", "MacAllister Distillers Ltd", (), ("macallisterdistillers.co.uk",), "GB", "SC287731"),
    ("mcallister", "McAllister Haulage Ltd", (), ("mcallisterhaulage.ie",), "IE", None),
    # A real company and an invented one with a name one word apart.
    ("mainfreight", "Mainfreight Limited", (), ("mainfreight.com",), "NZ", None),
    ("mainline", "Mainline Freight Pty Ltd", (), ("mainlinefreight.com.au",), "AU", None),
    # One letter apart in two countries.
    ("sunnivale", "Sunnivale Orchards Limited", (), ("sunnivale.co.nz",), "NZ", None),
    ("sunnyvale", "Sunnyvale Orchards, Inc.", (), ("sunnyvaleorchards.com",), "US", None),
    # A group, its homebuilder and the homebuilder's Scottish arm.
    ("ashgillgrp", "Ashgill Group plc", (), ("ashgill.co.uk",), "GB", None),
    ("ashgillhomes", "Ashgill Homes Ltd", (), ("ashgillhomes.co.uk",), "GB", None),
    ("ashgillscot", "Ashgill Homes (Scotland) Ltd", (), ("ashgillhomes.scot",), "GB", "SC501122"),
    # Two surnames in either order.
    ("hartleyfinch", "Hartley Finch Associates Ltd", (), ("hartleyfinch.co.uk",), "GB", None),
    ("finchhartley", "Finch Hartley Ltd", (), ("finchhartley.com",), "GB", None),
    # Philippine sister companies.
    ("bagongarawhold", "Bagong Araw Holdings, Inc.", (), ("bagongaraw.com.ph",), "PH", None),
    ("bagongarawrealty", "Bagong Araw Realty Corporation", (), ("bagongarawrealty.com.ph",), "PH", None),
]

R7A_CLIENTS: tuple[ClientEntry, ...] = CLIENTS_UNSEEN + entries(_ROWS, 6001)

_VENT = ("ventmoorhold", "ventmoorcap", "ventmoorprop")
_TARN = ("tarnleanz", "tarnleaau")
_BRAN = ("brannockdental", "brannockfreight", "brannocksw")
_BRANT = ("brantwood", "brantwoodpen", "brantwoodfdn")
_SINAR = ("sinarhold", "sinarplant", "sinarid")
_LIND = ("lindenbau", "lindenimmo", "lindenstift")
_ASHG = ("ashgillgrp", "ashgillhomes", "ashgillscot")

CONFUSABLE = _cases("confusable pair", [
    # (query, expected external_id or None, among=(ids the candidates must include when it asks), person=None)
    ("Ventmoor", None, _VENT),
    ("Ventmoor Capital", "ventmoorcap"),
    ("ventmoor property", "ventmoorprop"),
    ("Ventmoor Holdings Ltd", "ventmoorhold"),
    ("Priya Nair, Ventmoor Capital", "ventmoorcap", (), "Priya Nair"),
    ("Ventmoor Pty Ltd", None, _VENT),
    ("Tarnlea Insurance", None, _TARN),
    ("Tarnlea NZ", "tarnleanz"),
    ("claims@tarnlea.co.nz", "tarnleanz"),
    ("Tarnlea Insurance Pty Ltd", "tarnleaau"),
    ("Tarnlea Auckland", "tarnleanz"),
    ("tarnlea", None, _TARN),
    ("Brannock", None, _BRAN),
    ("Brannock dentists", "brannockdental"),
    ("Brannock Software", "brannocksw"),
    ("brannock freight uk", "brannockfreight"),
    ("Brannock Inc", "brannocksw"),
    ("Dovely Foods", "dovely"),
    ("Dovey Foods", "dovey"),
    ("Dovley Foods", None, ("dovely", "dovey")),
    ("sales@dovelyfoods.com.au", "dovely"),
    ("Torvale", None, ("torvalecons", "torvalebuild")),
    ("Tor Vale Consulting", "torvalecons"),
    ("Torvale Construction", "torvalebuild"),
    ("TOR-VALE", None, ("torvalecons", "torvalebuild")),
    ("Tor-Vale builders", "torvalebuild"),
    ("DWM", None, ("dunleavy", "deverell")),
    ("Dunleavy Wealth", "dunleavy"),
    ("Deverell Waste", "deverell"),
    ("Deverell", "deverell"),
    ("Larkspur Brewing", "pemworth"),
    ("Pemworth", "pemworth"),
    ("Larkspur", None, ("pemworth", "larkspurdist")),
    ("Larkspur Distillery", "larkspurdist"),
    ("orders@larkspurbrewing.com.au", "pemworth"),
    ("Larkspur NZ", "larkspurdist"),
    ("Hamish Doyle (Larkspur)", None, ("pemworth", "larkspurdist"), "Hamish Doyle"),
    ("Ashcombe", None, ("ashcombesons", "ashcombepart")),
    ("Ashcombe and Sons", "ashcombesons"),
    ("Ashcombe LLP", "ashcombepart"),
    ("Ashcombe's", None, ("ashcombesons", "ashcombepart")),
    ("Kilnsey", None, ("kilnseydairy", "fellside")),
    ("Kilnsey Dairy", "kilnseydairy"),
    ("Kilnsey vets", "fellside"),
    ("Seven Rivers", None, ("sevenrivers", "7rivers")),
    ("7 Rivers", None, ("sevenrivers", "7rivers")),
    ("7 Rivers Brewing", "7rivers"),
    ("Seven Rivers Brewery", "7rivers"),
    ("seven rivers wealth", "sevenrivers"),
    ("sevenrivers.com.au", "sevenrivers"),
    ("Merrow Bay", "merrowbay"),
    ("Merrow Ltd", "merrow"),
    ("Merrow Ireland", None, ("merrow", "merrowbay")),
    ("Tom Reilly | Merrow Bay Seafoods | Cork", "merrowbay", (), "Tom Reilly"),
    ("info@merrow.ie", "merrow"),
    ("Brantwood Steel Ltd", "brantwood"),
    ("Brantwood pension", "brantwoodpen"),
    ("Brantwood Foundation", "brantwoodfdn"),
    ("Brantwood", None, _BRANT),
    ("Sinar Rimba", None, _SINAR),
    ("Sinar Rimba Sdn Bhd", "sinarplant"),
    ("PT Sinar Rimba", "sinarid"),
    ("Sinar Rimba Holdings Bhd", "sinarhold"),
    ("sinar rimba plantations", "sinarplant"),
    ("Sinar Rimba Malaysia", None, ("sinarhold", "sinarplant")),
    ("Hoshizora", None, ("hoshizoratr", "hoshizorafd")),
    ("Hoshizora Trading", "hoshizoratr"),
    ("Hoshizora K.K.", None, ("hoshizoratr", "hoshizorafd")),
    ("hoshizora foods japan", "hoshizorafd"),
    ("Seoryeong Chemical", None, ("seoryeongkr", "seoryeongus")),
    ("Seoryeong America", "seoryeongus"),
    ("Seoryeong Chemical Inc", "seoryeongus"),
    ("seoryeong.co.kr", "seoryeongkr"),
    ("Sarvottam", None, ("sarvottam", "sarvottammills")),
    ("Sarvottam Textile Mills", "sarvottammills"),
    ("Sarvottam Textiles Ltd", "sarvottam"),
    ("Sarvottam Pvt Ltd", "sarvottammills"),
    ("Sarvottam Textile", None, ("sarvottam", "sarvottammills")),
    ("Serranova", None, ("serraalim", "serraenergia")),
    ("Serra Nova Alimentos", "serraalim"),
    ("Serranova Foods", "serraalim"),
    ("Serranova Energy", "serraenergia"),
    ("Serra Nova Ltda", "serraalim"),
    ("Serra Nova Brazil", None, ("serraalim", "serraenergia")),
    ("Penasco", None, ("penascomx", "penascocl")),
    ("Peñasco Chile", "penascocl"),
    ("Inmobiliaria Penasco", "penascomx"),
    ("Peñasco Mexico", "penascomx"),
    ("Lindenhain", None, _LIND),
    ("Lindenhain Construction", "lindenbau"),
    ("Lindenhain Real Estate", "lindenimmo"),
    ("Lindenhain Foundation", "lindenstift"),
    ("Lindenhain GmbH", None, ("lindenbau", "lindenimmo")),
    ("Vautrin", None, ("maisonvautrin", "vautrinfils")),
    ("Vautrin and Sons", "vautrinfils"),
    ("Vautrin SAS", "maisonvautrin"),
    ("Van Deurne Transport", None, ("vandeurnenl", "vandeurnebe")),
    ("Van Deurne BV", "vandeurnenl"),
    ("Van Deurne Belgium", "vandeurnebe"),
    ("vandeurne", None, ("vandeurnenl", "vandeurnebe")),
    ("Anna Kowalczyk <anna.k@vandeurne.be>", "vandeurnebe", (), "Anna Kowalczyk"),
    ("Fjellstad", None, ("fjellno", "fjellse")),
    ("Fjellstad Marine AS", "fjellno"),
    ("Fjellstad Sweden", "fjellse"),
    ("fjellstad norway", "fjellno"),
    ("Larchfield Trust", "larchtrust"),
    ("the larchfield", None, ("larchtrust", "larchltd")),
    ("Larchfield Ltd", "larchltd"),
    ("Yallanbee", None, ("yallstation", "yallaged")),
    ("Yallanbee aged care", "yallaged"),
    ("Yallanbee cattle", "yallstation"),
    ("Yallanbee nursing home", "yallaged"),
    ("Totara Ridge", None, ("totarawines", "totarafarms")),
    ("Tōtara Ridge Wines", "totarawines"),
    ("totara ridge farm", "totarafarms"),
    ("Totara Ridge vineyard", "totarawines"),
    ("Totara Ridge Ltd", None, ("totarawines", "totarafarms")),
    ("Calloway Bros", "callowaycon"),
    ("Calloway", None, ("callowaycon", "callowaytruck")),
    ("Calloway Trucking", "callowaytruck"),
    ("Calloway LLC", "callowaytruck"),
    ("Beaumarais", None, ("beauassur", "beaubrokers")),
    ("Beaumarais Assurance", "beauassur"),
    ("Beaumarais brokers", "beaubrokers"),
    ("Beaumarais Insurance", None, ("beauassur", "beaubrokers")),
    ("Kwong Lee", None, ("kwongleehk", "kwongleesg")),
    ("Kwong Lee Pte Ltd", "kwongleesg"),
    ("Kwong Lee Hong Kong", "kwongleehk"),
    ("KWONG LEE LTD", None, ("kwongleehk", "kwongleesg")),
    ("Halberd", None, ("halberdcap", "halberdam")),
    ("Halberd AM", "halberdam"),
    ("Halberd Capital", "halberdcap"),
    ("Halberd UK", "halberdam"),
    ("BKM", None, ("bkmlog", "bkmlaw")),
    ("BKM Logistics", "bkmlog"),
    ("Bramley Kerr", "bkmlaw"),
    ("BKM Law", "bkmlaw"),
    ("Moongate", None, ("moongatest", "moongatemedia")),
    ("Moon Gate Studios", "moongatest"),
    ("Moon Gate Australia", "moongatemedia"),
    ("Cleverly", None, ("cleverlyhealth", "cleverlysol")),
    ("Cleverly Health", "cleverlyhealth"),
    ("Cleverly Solutions Pty Ltd", "cleverlysol"),
    ("hello@cleverly.com.au", "cleverlysol"),
    ("Ormsby pension", "ormsbypen"),
    ("Ormsby Retail plc", "ormsby"),
    ("Ormsby", None, ("ormsby", "ormsbypen")),
    ("Chaiwat", None, ("chaiwatth", "chaiwatvn")),
    ("Chaiwat Vietnam", "chaiwatvn"),
    ("Chaiwat Rubber Thailand", "chaiwatth"),
    ("sales@chaiwatrubber.vn", "chaiwatvn"),
    ("Mosswood", None, ("jkfitzroy", "mosswoodnurs")),
    ("J&K Fitzroy", "jkfitzroy"),
    ("Mosswood Cabinetry", "jkfitzroy"),
    ("Mosswood Nursery", "mosswoodnurs"),
    ("Ampol", "ampol"),
    ("Z Energy", "zenergy"),
    ("ampol.com.au", "ampol"),
    ("Aurecon", "aurecon"),
    ("Aurizon", "aurizon"),
    ("Aurezon", None, ("aurecon", "aurizon")),
    ("aurecon engineers", "aurecon"),
    ("Greer's Bakery", "greernz"),
    ("Greers Bakery", "greernz"),
    ("Greer Bakery", None, ("greernz", "greerau")),
    ("Greer Bakeries", "greerau"),
    ("Greer", None, ("greernz", "greerau")),
    ("Thistledown", None, ("thistlecare", "thistlehomes")),
    ("Thistledown Care Homes", "thistlehomes"),
    ("Thistledown Care Ltd", "thistlecare"),
    ("Castagnoli Brothers", "castfrat"),
    ("Castagnoli", None, ("castfrat", "castcostr")),
    ("Castagnoli construction", "castcostr"),
    ("Castagnoli SRL", "castfrat"),
    ("McAllister", None, ("macallister", "mcallister")),
    ("MacAllister whisky", "macallister"),
    ("Mcallister haulage", "mcallister"),
    ("Mac Allister", None, ("macallister", "mcallister")),
    ("Mainfreight", "mainfreight"),
    ("Mainline Freight", "mainline"),
    ("Mainfrieght", "mainfreight"),
    ("Sunnivale Orchards", "sunnivale"),
    ("Sunnyvale Orchards", "sunnyvale"),
    ("Sunnevale Orchards", None, ("sunnivale", "sunnyvale")),
    ("Sunnivale NZ", "sunnivale"),
    ("Ashgill", None, _ASHG),
    ("Ashgill Homes Scotland", "ashgillscot"),
    ("Ashgill Group", "ashgillgrp"),
    ("sales@ashgillhomes.co.uk", "ashgillhomes"),
    ("Ashgill plc", "ashgillgrp"),
    ("Hartley Finch", "hartleyfinch"),
    ("Finch Hartley", "finchhartley"),
    ("Hartley", None, ("hartleyfinch", "finchhartley")),
    ("Bagong Araw", None, ("bagongarawhold", "bagongarawrealty")),
    ("Bagong Araw Realty", "bagongarawrealty"),
    ("Bagong Araw Inc", "bagongarawhold"),
    ("Bagong Araw property", "bagongarawrealty"),
])

NEGATIVE = _cases("negative", [
    ("Brannock Aviation", None),
    ("Ventmoor Hotels", None),
    ("Tarnlea Bank", None),
    ("Larkspur Florists", None),
    ("Hoshizora Airlines", None),
    ("Sinar Rimba Resorts", None),
    ("Lindenhain Kliniken", None),
    ("Calloway Golf", None),
    ("Seven Rivers Hospital", None),
    ("Moongate Hotel", None),
    ("Kwong Lee Bank", None),
    ("Greer Motors", None),
    ("Thistledown Racino", None),
    ("Castagnoli Ristorante", None),
    ("Torvale Hotel", None),
    ("Yallanbee Primary School", None),
    ("Totara Ridge School", None),
    ("Beaumarais Hotel", None),
    ("Fjellstad Fisk AS", None),
    ("Van Deurne Bakkerij", None),
    ("Vautrin Transports", None),
    ("Serranova Mineração", None),
    ("Halberd Security", None),
    ("Mosswood Dental", None),
    ("Macquarie Telecom", None),
    ("Delta Dental", None),
    ("Harvey Beef", None),
    ("Mercer University", None),
    ("Lion Air", None),
    ("Sydney Water Polo Club", None),
    ("Commonwealth Games Federation", None),
    ("Nokian Tyres", None),
    ("Tobin Brothers Funerals", None),
    ("Kilnsey Park Estate", None),
    ("Merrow Bay Hotel", None),
    ("Ashcombe Golf Club", None),
    ("Cleverly Education", None),
    ("Sarvottam Cement", None),
    ("Seoryeong University", None),
    ("Chaiwat Motors", None),
    ("Ormsby Football Club", None),
    ("Deverell Motors", None),
    ("Origin Foods", None),
])

R7A: tuple[Case, ...] = tuple(CONFUSABLE + NEGATIVE)
