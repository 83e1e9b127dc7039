"""Round ten, set B: client names inside the short texts a consulting network's members paste or type when they ask who
owns a client -- email subject lines (RE:, FW:, AW:, TR:, RV:), calendar titles, CRM activity notes, voicemail and call
notes, Teams channel names and message fragments, invoice and purchase-order lines (some with an ABN or NZBN), conference
badges, LinkedIn lines, email addresses and newsletter sign-offs, in English, German, French, Spanish, Dutch, romanised
Japanese and Maori. It adds about thirty clients, most in confusable groups (one family name in two trades, a parent
and its subsidiaries including one known by a former name, one brand in two countries, a capital firm with its property
group and foundation) plus a few real but unregistered organisations, and mixes them with clients of the wider registry.
Texts naming two clients, or a name that fits a whole group, must be asked about; near-miss organisations, people alone
and unrelated phrases must get no client. The set was written by hand from general knowledge of how people and
organisations write names, before any tuning on it, and the matcher was not run on it while it was written.
"""

from __future__ import annotations

from bot.rules.matching import ClientEntry
from tests.data.matching_clients_unseen import CLIENTS_UNSEEN, Row, entries
from tests.data.matching_eval import Case, _cases

_ROWS: list[Row] = [
    # external_id, name, aliases, domains, country (ISO 3166 alpha-2), registration number or None
    # One family name in two trades.
    ("pendplumb", "Pendrith Plumbing & Gas Pty Ltd", (), ("pendrithplumbing.com.au",), "AU", "61 614 209 377"),
    ("pendlegal", "Pendrith Legal", ("Pendrith Lawyers",), ("pendrithlegal.com.au",), "AU", None),
    # A parent, a subsidiary named after it and a subsidiary known by its former name.
    ("calderhold", "Caldermoor Holdings Limited", (), ("caldermoor.co.nz",), "NZ", "9429047182639"),
    ("calderfreight", "Caldermoor Freight Limited", (), ("caldermoorfreight.co.nz",), "NZ", None),
    ("kahucold", "Kahu Cold Storage Limited", ("Caldermoor Cold Chain",), ("kahucold.co.nz",), "NZ", "9429044520199"),
    # One brand in two countries.
    ("kotarenz", "Kōtare Insurance Limited", (), ("kotare.co.nz",), "NZ", None),
    ("kotareau", "Kōtare Insurance Australia Pty Ltd", (), ("kotareinsurance.com.au",), "AU", None),
    ("feldhausde", "Feldhaus Logistik GmbH", (), ("feldhaus-logistik.de",), "DE", None),
    ("feldhausau", "Feldhaus Logistics Australia Pty Ltd", (), ("feldhauslogistics.com.au",), "AU", None),
    ("kitterus", "Kittering Analytics Inc.", (), ("kittering.com",), "US", None),
    ("kitteruk", "Kittering Analytics Ltd", (), ("kittering.co.uk",), "GB", None),
    ("courtenayfr", "Maison Courtenay SAS", (), ("maisoncourtenay.fr",), "FR", None),
    ("courtenayau", "Courtenay Estate Wines Pty Ltd", (), ("courtenayestate.com.au",), "AU", None),
    # Parent and subsidiary in continental Europe.
    ("zwangroep", "Zwanenburg Groep B.V.", (), ("zwanenburggroep.nl",), "NL", None),
    ("zwaninstall", "Zwanenburg Installatietechniek B.V.", (), ("zwanenburg-installatie.nl",), "NL", None),
    ("albagrupo", "Grupo Albarracín, S.A.", (), ("grupoalbarracin.es",), "ES", None),
    ("albaenergia", "Albarracín Energía, S.L.", (), ("albarracinenergia.es",), "ES", None),
    # One family name in two trades, Japan; the Japanese names as aliases.
    ("hoshitrading", "Hoshikawa Trading Co., Ltd.", ("Hoshikawa Shōji",), ("hoshikawa-trading.co.jp",), "JP", None),
    ("hoshiprecision", "Hoshikawa Precision Co., Ltd.", ("Hoshikawa Seimitsu",), ("hoshikawa-seimitsu.co.jp",), "JP",
     None),
    # An iwi authority and its commercial arm.
    ("waitohirunanga", "Te Rūnanga o Waitohi", (), ("waitohi.iwi.nz",), "NZ", None),
    ("waitohihold", "Waitohi Holdings Limited", (), ("waitohiholdings.co.nz",), "NZ", None),
    # One name in two trades; an operator and its flight school.
    ("tarnacc", "Tarnbrook Accountants Pty Ltd", (), ("tarnbrook.com.au",), "AU", None),
    ("tarncare", "Tarnbrook Aged Care Ltd", (), ("tarnbrookcare.org.au",), "AU", "89 087 553 120"),
    ("brolgaair", "Brolga Air Services Pty Ltd", ("Brolga Air",), ("brolgaair.com.au",), "AU", None),
    ("brolgatrain", "Brolga Aviation Training Pty Ltd", ("Brolga Flight School",), ("brolgatraining.com.au",), "AU",
     None),
    # A capital firm, its property group and its foundation (on a subdomain of the firm's domain).
    ("sallowcap", "Sallowfield Capital Pty Ltd", (), ("sallowfield.com.au",), "AU", None),
    ("sallowprop", "Sallowfield Property Group Pty Ltd", ("SPG",), ("sallowfieldproperty.com.au",), "AU",
     "68 301 846 592"),
    ("sallowfdn", "Sallowfield Foundation", (), ("foundation.sallowfield.com.au",), "AU", None),
    # Real organisations not in the registry, with brands or trading names as aliases.
    ("ampol", "Ampol Limited", (), ("ampol.com.au",), "AU", None),
    ("cottonon", "Cotton On Group Pty Ltd", ("Cotton On", "Factorie", "Supré"), ("cottonon.com",), "AU", None),
    ("afterpay", "Afterpay Pty Ltd", ("Clearpay",), ("afterpay.com", "clearpay.co.uk"), "AU", None),
]

R10B_CLIENTS: tuple[ClientEntry, ...] = CLIENTS_UNSEEN + entries(_ROWS, 13501)

CONTACT = _cases("contact phrase", [
    # Subject lines, calendar titles, notes and badges naming one new client.
    ("RE: Q3 proposal - Pendrith Plumbing & Gas", "pendplumb"),
    ("FW: Pendrith Legal engagement letter (signed)", "pendlegal"),
    ("Call notes 12/3 - spoke w/ Dana (Pendrith Lawyers) re conveyancing panel", "pendlegal"),
    ("Voicemail from Craig at Pendrith Plumbing re hot water service contract", "pendplumb"),
    ("Invoice INV-20931 Caldermoor Freight Ltd", "calderfreight"),
    ("Board pack - Caldermoor Holdings FY25 strategy day", "calderhold"),
    ("PO 77120 / Kahu Cold Storage - racking audit", "kahucold"),
    ("Caldermoor Cold Chain rebrand catch-up", "kahucold"),
    ("Teams: can anyone intro me to the CFO at Kōtare Insurance Australia?", "kotareau"),
    ("Renewal quote - Kōtare Insurance (NZ) Ltd", "kotarenz"),
    ("Lunch w Feldhaus Logistics Australia MD, Tues 12:30", "feldhausau"),
    ("Webinar sign-up: Kittering Analytics Ltd (UK)", "kitteruk"),
    ("Kittering Analytics Inc. - MSA redlines v4", "kitterus"),
    ("Brolga Air ops review (Cairns)", "brolgaair"),
    ("Brolga Flight School - cadet program pitch", "brolgatrain"),
    ("Sallowfield Property Group - Q2 pipeline", "sallowprop"),
    ("Donation receipt - Sallowfield Foundation", "sallowfdn"),
    ("Sallowfield Capital IC notes 4 Sept", "sallowcap"),
    ("Tarnbrook Aged Care - workforce review kickoff", "tarncare"),
    ("Referral: Tarnbrook Accountants (via Jo M.)", "tarnacc"),
    ("Cotton On Group - store ops transformation SOW", "cottonon"),
    ("Supré relaunch workshop, Level 3", "cottonon"),
    ("Factorie visual merchandising brief", "cottonon"),
    ("Clearpay UK merchant onboarding", "afterpay"),
    ("Badge: Tom Reyes, Head of Risk, Afterpay", "afterpay"),
    ("Albarracín Energía - PPA workshop prep", "albaenergia"),
    ("Zwanenburg Groep acquisition due diligence - data room access", "zwangroep"),
    ("Waitohi Holdings quarterly investor update", "waitohihold"),
    ("LinkedIn: Mere Tāwhiri - Chief Executive at Te Rūnanga o Waitohi", "waitohirunanga"),
    ("Conf badge - Kenji Sato | Hoshikawa Precision", "hoshiprecision"),
    ("Tax invoice - ABN 61 614 209 377 - plumbing works Level 2", "pendplumb"),
    ("Remittance advice ABN 68 301 846 592", "sallowprop"),
    ("NZBN 9429044520199 supplier onboarding form", "kahucold"),
    ("Newsletter: Warm regards, Sophie Lang | Courtenay Estate Wines, Barossa", "courtenayau"),
    # The same shapes with clients of the wider registry.
    ("RE: Q3 proposal - Toll Group", "toll"),
    ("FW: ANZ onboarding docs", "anz"),
    ("Voicemail from Priya at Telstra Health re renewal", "telstrahealth"),
    ("Lunch w Canva CFO", "canva"),
    ("Badge: Jo Bloggs, Fonterra", "fonterra"),
    ("Invoice INV-2231 Linfox Pty Ltd", "linfox"),
    ("PO 4471 / Ramsay Health Care", "ramsay"),
    ("Call notes 12/3 - spoke w/ Jo (Xero)", "xero"),
    ("Coffee with the new CIO at Hostplus", "hostplus"),
    ("Sent from my iPhone -- Tom Nguyen, Head of Data, Endeavour Energy", "endeavour"),
    ("Endeavour Group liquor category review", "endeavourgrp"),
    ("Delta Electronics inverter supply - call notes", "deltaelec"),
    ("Harvey Norman franchisee forum - speaking slot", "harvey"),
    ("Macquarie Uni research partnership MoU", "mq"),
    ("Missed call: Fisher & Paykel Healthcare procurement", "fph"),
    ("Tax invoice Whitehaven Coal Ltd ABN 22 004 567 891", "whitehaven"),
    ("Quintrell Asset Management - fund admin RFP", "qam"),
    ("Dunmore University Hospital ED flow project", "dunmorehosp"),
    # Naming only a product or a brand the client trades under.
    ("Xero Practice Manager migration plan", "xero"),
    ("CommSec Pocket launch debrief", "commsec"),
    ("Qantas Frequent Flyer partner pitch", "qantas"),
    ("Macca's drive-thru pilot results", "mcdonalds"),
    ("Afterpay Day retro", "afterpay"),
    # Other languages.
    ("AW: Angebot Lagerlogistik - Feldhaus Logistik GmbH", "feldhausde"),
    ("Rückruf erbeten: Fr. Schulz, Feldhaus Logistik, Tel. 0421 55 80 12", "feldhausde"),
    ("Termin mit der Deutschen Bank, Frankfurt", "deutschebank"),
    ("Angebot Datenstrategie für die Deutsche Börse", "deutscheboerse"),
    ("TR : Devis vendanges 2025 - Maison Courtenay", "courtenayfr"),
    ("Compte rendu d'appel avec la Société Générale", "socgen"),
    ("Appel de Mme Petit (L'Oréal) à rappeler", "loreal"),
    ("RV: Propuesta de consultoría - Grupo Albarracín", "albagrupo"),
    ("Llamada con el director financiero de Albarracín Energía", "albaenergia"),
    ("Reunión con el equipo de BBVA en Madrid", "bbva"),
    ("Offerte onderhoud - Zwanenburg Installatietechniek", "zwaninstall"),
    ("Verslag gesprek Koninklijke Philips, Eindhoven", "philips"),
    ("Uitnodiging: kennismaking ASML", "asml"),
    ("Hoshikawa Shōji-sama e no teiansho", "hoshitrading"),
    ("Hoshikawa Seimitsu mitsumori irai", "hoshiprecision"),
    ("Toyota Jidōsha uchiawase memo", "toyota"),
    ("Mitsubishi Denki - kaigi no oshirase", "mitsubishielec"),
    ("Mitsubishi Shōji hōmon yotei", "mitsubishicorp"),
    ("Hui ā-tau o Te Rūnanga o Waitohi", "waitohirunanga"),
    ("Kia ora koutou, he pānui nō Waitohi Holdings", "waitohihold"),
    ("Ngā mihi, Aroha | Te Whatu Ora", "healthnz"),
    ("Hui me Te Herenga Waka ā te Rātū", "vuw"),
    ("Pānui mai i Kāinga Tāmaki", "tamakihousing"),
    ("Ngā mihi nui, Rāwiri - Waka Kotahi", "nzta"),
])

CONFUSABLE = _cases("confusable pair", [
    # A name the whole group shares: ask.
    ("Pendrith - follow up re quote", None, ("pendplumb", "pendlegal")),
    ("RE: Caldermoor - Q3 review", None, ("calderhold", "calderfreight")),
    ("Badge: Hemi Walker, Kōtare Insurance", None, ("kotarenz", "kotareau")),
    ("Meeting w Feldhaus next week", None, ("feldhausde", "feldhausau")),
    ("Kittering Analytics - renewal call", None, ("kitterus", "kitteruk")),
    ("Courtenay - wine club partnership idea", None, ("courtenayfr", "courtenayau")),
    ("Offerte Zwanenburg", None, ("zwangroep", "zwaninstall")),
    ("Albarracín - seguimiento", None, ("albagrupo", "albaenergia")),
    ("Hoshikawa - quarterly business review", None, ("hoshitrading", "hoshiprecision")),
    ("Hui with Waitohi next week", None, ("waitohirunanga", "waitohihold")),
    ("Tarnbrook - invoice query", None, ("tarnacc", "tarncare")),
    ("Brolga - pricing call Thursday", None, ("brolgaair", "brolgatrain")),
    ("Sallowfield catch-up", None, ("sallowcap", "sallowprop", "sallowfdn")),
    ("Call from Endeavour re contract", None, ("endeavour", "endeavourgrp")),
    # Texts naming two clients: ask.
    ("Pendrith Legal x Tarnbrook Accountants intro", None, ("pendlegal", "tarnacc")),
    ("NDA: Kittering Analytics Inc. / Sallowfield Capital", None, ("kitterus", "sallowcap")),
    ("Canva x Atlassian joint event", None, ("canva", "atlassian")),
    ("Caldermoor Freight / Kahu Cold Storage handover", None, ("calderfreight", "kahucold")),
    ("Rahmenvertrag Feldhaus Logistik und Robert Bosch GmbH", None, ("feldhausde", "bosch")),
    ("Joint pitch: Afterpay and Cotton On", None, ("afterpay", "cottonon")),
    ("Westpac vs CBA fee comparison", None, ("westpac", "cba")),
    ("Hoshikawa Shōji to Hoshikawa Seimitsu no gōdō kaigi", None, ("hoshitrading", "hoshiprecision")),
    ("Fisher & Paykel - service contract", None, ("fph", "fpa")),
    # The extra word decides it.
    ("Kōtare Insurance Australia - claims uplift", "kotareau"),
    ("Sallowfield Foundation scholarship night", "sallowfdn"),
    ("Caldermoor Holdings AGM", "calderhold"),
    ("Tarnbrook Accountants - EOFY", "tarnacc"),
    ("Brolga Aviation Training - instructor roster", "brolgatrain"),
    ("Grupo Albarracín - consejo de administración", "albagrupo"),
])

OFFICE = _cases("office or branch", [
    ("Besuch Feldhaus Logistik, Niederlassung Hamburg", "feldhausde"),
    ("Feldhaus Logistics Perth depot walk-through", "feldhausau"),
    ("Brolga Air - Townsville base visit", "brolgaair"),
    ("Kittering Analytics, Manchester office", "kitteruk"),
    ("Kittering Analytics - Boston HQ offsite", "kitterus"),
    ("Cotton On Geelong support office", "cottonon"),
    ("Caldermoor Freight Christchurch depot", "calderfreight"),
    ("Hoshikawa Shōji Ōsaka shisha", "hoshitrading"),
    ("Kōtare Insurance - Brisbane office fitout", "kotareau"),
    ("Kōtare Insurance Christchurch branch", "kotarenz"),
    ("Bunnings Fyshwick store visit", "bunnings"),
    ("Deloitte Wellington office - partner lunch", "deloitte"),
])

SUFFIX = _cases("public suffix", [
    ("Email from accounts@pendrithplumbing.com.au re overdue PO", "pendplumb"),
    ("Fwd: from j.wu@foundation.sallowfield.com.au", "sallowfdn"),
    ("Meeting invite from r.hart@sallowfield.com.au", "sallowcap"),
    ("kittering.co.uk contact form lead", "kitteruk"),
    ("www.kittering.com/pricing", "kitterus"),
    ("kotare.co.nz claims portal login issue", "kotarenz"),
    ("Ausschreibung via feldhaus-logistik.de", "feldhausde"),
    ("noreply@afterpay.com payout statement", "afterpay"),
    ("info@zwanenburg-installatie.nl", "zwaninstall"),
    ("Bounce: mailer-daemon for a.lee@brolgatraining.com.au", "brolgatrain"),
    ("Toiawase form - hoshikawa-seimitsu.co.jp", "hoshiprecision"),
    ("Pānui from waitohi.iwi.nz", "waitohirunanga"),
    ("Calendar invite from m.ross@health.nsw.gov.au", "nswhealth"),
    ("Fwd: from someone@wgtn.ac.nz re guest lecture", "vuw"),
    ("Sender: j.smith@at.govt.nz", "akltransport"),
])

CAPITALS = _cases("all capitals", [
    ("URGENT: CALDERMOOR FREIGHT INVOICE DISPUTE", "calderfreight"),
    ("RE: RE: TARNBROOK AGED CARE - SITE VISIT", "tarncare"),
    ("PO 8812 GRUPO ALBARRACIN SA", "albagrupo"),
    ("FWD: KOTARE INSURANCE AUSTRALIA RENEWAL", "kotareau"),
    ("INVOICE 4471 HARVEY NORMAN", "harvey"),
    ("MAISON COURTENAY - COMMANDE 2291", "courtenayfr"),
])

TYPO = _cases("typo, long name", [
    ("RE: Pendrith Plumming & Gas quote", "pendplumb"),
    ("Zwanenburg Installatietechnik - storing", "zwaninstall"),
    ("Caldermoore Holdings board paper", "calderhold"),
    ("Hoshikowa Precision - samples", "hoshiprecision"),
    ("Kittering Anaytics Ltd invoice", "kitteruk"),
    ("Tarnbrok Aged Care - audit", "tarncare"),
    ("Sallowfeild Foundation gala", "sallowfdn"),
    ("Albaracin Energia - contrato", "albaenergia"),
])

REORDERED = _cases("reordered", [
    ("Logistics Australia, Feldhaus", "feldhausau"),
    ("Holdings, Caldermoor - AGM notice", "calderhold"),
    ("Estate Wines (Courtenay) - tasting", "courtenayau"),
])

FOREIGN = _cases("foreign legal form", [
    ("Maison Courtenay S.A.S. - bon de commande", "courtenayfr"),
    ("Courtenay Estate Wines Pty. Limited - remittance", "courtenayau"),
    ("Hoshikawa Shōji Kabushiki Kaisha", "hoshitrading"),
    ("Kabushiki Kaisha Hoshikawa Seimitsu", "hoshiprecision"),
    ("Zwanenburg Groep BV - jaarrekening", "zwangroep"),
    ("Albarracín Energía SL - factura", "albaenergia"),
    ("Feldhaus Logistik GmbH & Co. KG - Lieferschein", "feldhausde"),
])

SPLIT = _cases("split or joined", [
    ("#pendrith-legal-deal channel", "pendlegal"),
    ("#caldermoorfreight", "calderfreight"),
    ("Cottonon Group - quarterly review", "cottonon"),
    ("After Pay merchant portal issue", "afterpay"),
    ("Sallow field Capital - term sheet", "sallowcap"),
    ("BrolgaAir charter quote", "brolgaair"),
    ("#sydney-water-partnership channel", "sydneywater"),
    ("JBHiFi - loyalty program workshop", "jbhifi"),
])

INITIALISM = _cases("initialism, long name", [
    ("SPG weekly WIP", "sallowprop"),
    ("TCS delivery centre visit", "tcs"),
    ("Email from ASIC re licence conditions", "asic"),
])

NEGATIVE = _cases("negative", [
    # Organisations that share a word with a client, or look like one.
    ("Penrith Panthers sponsorship deck", None),
    ("Calder Park Raceway hospitality booking", None),
    ("Caldera Pharmaceuticals - licensing call", None),
    ("Kahu Security patrol invoice", None),
    ("Feldmann Logistik GmbH - Angebot", None),
    ("Courtenay Place parking permit renewal", None),
    ("Oficina de Turismo de Albarracín - reserva", None),
    ("Hoshino Resorts - offsite booking", None),
    ("Waitohi School camp permission slip", None),
    ("Kettering General Hospital - NHS framework", None),
    ("Brolga Theatre ticketing enquiry", None),
    ("Cotton Australia annual forum", None),
    ("Zip Co - BNPL comparison", None),
    ("Amcor packaging tender", None),
    ("BP Australia fuel card quote", None),
    ("Country Road Group merch review", None),
    ("Afterglow Events invoice", None),
    ("Salford City Council - digital strategy", None),
    ("Harbour City Ferries charter quote", None),
    ("Sydney Water Polo Club sponsorship", None),
    ("Spark Infrastructure bond note", None),
    ("Acme Bank onboarding docs", None),
    ("Delta Dental benefits enquiry", None),
    ("Commonwealth Games Federation - venue pitch", None),
    ("Kiwi Property Group - lease review", None),
    ("National Australia Day Council - event", None),
    ("Queensland Country Bank - member survey", None),
    ("Metro Bank UK - card program", None),
    ("Wellington Phoenix FC - corporate box", None),
    ("Auckland Grammar School reunion", None),
    # Other languages.
    ("Rückruf: Herr Weber, Stadtwerke München", None),
    ("Appel manqué : Mme Durand, Crédit Mutuel", None),
    ("Reunión con Banco Sabadell", None),
    ("Afspraak met Rabobank", None),
    ("Mizuho Ginkō - uchiawase", None),
    ("Hui ā-tau o Ngāti Whātua Ōrākei", None),
    # People only, generic mailboxes and ordinary phrases.
    ("Email from jo.bloggs@gmail.com re pricing", None),
    ("Voicemail from Sam re renewal, call back 0412 555 019", None),
    ("Lunch w Priya (new CFO?)", None),
    ("Badge: Alex Chen, Independent Consultant", None),
    ("RE: contact details update", None),
    ("Action item: seek sign-off from legal", None),
    ("Origin story draft for the newsletter", None),
    ("Nine-box talent review", None),
    ("Invoice INV-3310 - stationery", None),
])

R10B: tuple[Case, ...] = tuple(CONTACT + CONFUSABLE + OFFICE + SUFFIX + CAPITALS + TYPO + REORDERED + FOREIGN + SPLIT
                               + INITIALISM + NEGATIVE)
