"""Round 13, set D: what people paste and chat. Each query is the whole text someone pastes or types into Teams: email
headers (From:, Sent on behalf of, mailto:, Outlook and German, French and Norwegian mail clients), signatures joined
into one line, LinkedIn headlines, CRM activity notes, invoice, remittance and PO lines, calendar invites, ticket
subjects, RE: FW: chains, lower-case chat and voice-dictated notes. The label is the one registered client the text is
about, or None. Negatives name people only, free-mail and ISP addresses, unregistered firms (real ones, and namesakes of
registered clients that are different businesses), the partner network's own firms (Ochre Lane Consulting, Harwell
Strand Partners, Kilnworth Advisory, Ardent Loop Partners, invented and not registered), and generic business chatter.
Five confusable pairs (two firms sharing two surnames, one word in two industries, a retailer and its pension trustee,
a health system and its foundation, one insurer in two countries) give texts that settle one and texts that fit both.
Clients are invented in Australia, New Zealand, the UK, Ireland, Canada, the US, Singapore, Germany, the Netherlands,
Norway, France and Finland; a few existing clients appear by domain or alias.

Written by hand from general knowledge of how organisations and people write names, before any tuning; the matcher
was not run on these queries. Most organisations are invented; a few real ones appear under their own names.
A script removed, unread, 1 row that repeated another set's query.
"""

from __future__ import annotations

from bot.rules.matching import ClientEntry
from tests.data.matching_clients_unseen import CLIENTS_UNSEEN, Row, entries
from tests.data.matching_eval import Case, _cases

_ROWS: list[Row] = [
    # external_id, name, aliases, domains, country (ISO 3166 alpha-2), registration number or None
    # Australia.
    ("d13quorn", "Quornbury Civil Pty Ltd", (), ("quornburycivil.com.au",), "AU", "23 361 928 470"),
    ("d13mulgara", "Mulgara Health Partners Pty Ltd", (), ("mulgarahealth.com.au",), "AU", None),
    ("d13yallandra", "Yallandra Water Corporation", (), ("yallandrawater.com.au",), "AU", None),
    ("d13wirrabee", "Wirrabee Shire Council", (), ("wirrabee.vic.gov.au",), "AU", None),
    ("d13brolga", "Brolga Aged Care Ltd", (), ("brolgacare.org.au",), "AU", "80 248 036 159"),
    ("d13coolabah", "Coolabah Ridge Vineyards Pty Ltd", (), ("coolabahridge.com.au",), "AU", None),
    # New Zealand.
    ("d13kahurangi", "Kahurangi Dairy Co-operative Limited", (), ("kahurangidairy.co.nz",), "NZ", "9429047183629"),
    ("d13tuatara", "Tuatara Freightways Limited", (), ("tuatarafreight.co.nz",), "NZ", None),
    ("d13rangatira", "Port Rangatira Limited", (), ("portrangatira.co.nz",), "NZ", None),
    # United Kingdom and Ireland.
    ("d13ashby", "Ashby Crane Housing Association", (), ("ashbycrane.org.uk",), "GB", None),
    ("d13whitlock", "Whitlock & Penn LLP", (), ("whitlockpenn.co.uk",), "GB", "OC419862"),
    ("d13brixworth", "Brixworth Rail Services Ltd", (), ("brixworthrail.co.uk",), "GB", None),
    ("d13shanagarry", "Shanagarry Foods Limited", (), ("shanagarryfoods.ie",), "IE", None),
    ("d13ballinure", "Ballinure Credit Union Limited", (), ("ballinurecu.ie",), "IE", None),
    ("d13corrib", "Corrib Medical Devices DAC", (), ("corribmedical.ie",), "IE", None),
    # Canada and the US.
    ("d13saugeen", "Saugeen Timber Products Inc.", (), ("saugeentimber.ca",), "CA", None),
    ("d13boisfranc", "Énergie Bois-Franc Inc.", ("Bois-Franc Energy",), ("boisfranc.ca",), "CA", None),
    ("d13fraser", "Fraserview Credit Union", (), ("fraserviewcu.ca",), "CA", None),
    ("d13pawtuxet", "Pawtuxet Valley Bancorp, Inc.", (), ("pvbank.com",), "US", None),
    ("d13oxbow", "Oxbow Robotics, Inc.", (), ("oxbowrobotics.com",), "US", None),
    # Singapore.
    ("d13tanjong", "Tanjong Rhu Logistics Pte. Ltd.", (), ("tanjongrhulogistics.com.sg",), "SG", None),
    ("d13kallang", "Kallang Bay Capital Pte. Ltd.", (), ("kallangbaycapital.com",), "SG", None),
    # Europe.
    ("d13hafen", "Hafenkraft Logistik GmbH", (), ("hafenkraft.de",), "DE", None),
    ("d13rijnmond", "Rijnmond Dredging B.V.", (), ("rijnmonddredging.nl",), "NL", None),
    ("d13solvfjord", "Sølvfjord Sjømat AS", ("Solvfjord Seafood",), ("solvfjord.no",), "NO", None),
    ("d13garonne", "Atelier Garonne SAS", (), ("ateliergaronne.fr",), "FR", None),
    ("d13kuusela", "Kuusela Kinetics Oy", (), ("kuuselakinetics.fi",), "FI", None),
    # Confusable pairs: two firms on the same two surnames, one word in two industries, a retailer and its pension
    # trustee, a health system and its foundation, one insurer in two countries that differs only by legal form.
    ("d13tindlaw", "Tindale Ross Lawyers", (), ("tindaleross.com.au",), "AU", None),
    ("d13tindadv", "Tindale Ross Advisory Pty Ltd", (), ("tindalerossadvisory.com.au",), "AU", None),
    ("d13saltsoft", "Saltbush Software Pty Ltd", (), ("saltbush.io",), "AU", None),
    ("d13saltsolar", "Saltbush Solar Pty Ltd", (), ("saltbushsolar.com.au",), "AU", None),
    ("d13herons", "Heronsgate Retail Group plc", (), ("heronsgate.co.uk",), "GB", None),
    ("d13heronspt", "Heronsgate Pension Trustees Limited", (), ("heronsgatepensions.co.uk",), "GB", None),
    ("d13granite", "Granite Ridge Health System, Inc.", (), ("graniteridgehealth.org",), "US", None),
    ("d13granitefdn", "Granite Ridge Health Foundation", (), ("graniteridgefoundation.org",), "US", None),
    ("d13moana", "Moana Lane Insurance Limited", (), ("moanalane.co.nz",), "NZ", None),
    ("d13moanaau", "Moana Lane Insurance Pty Ltd", (), ("moanalane.com.au",), "AU", None),
]

R13D_CLIENTS: tuple[ClientEntry, ...] = CLIENTS_UNSEEN + entries(_ROWS, 19001)

EMAIL_HEADER = _cases("email header", [
    ("From: Priya Nair <priya.nair@quornburycivil.com.au>", "d13quorn"),
    ("From: Liam O'Sullivan <l.osullivan@ballinurecu.ie> Sent: Tuesday, 4 March 2025 9:12 AM To: Kate Brennan",
     "d13ballinure"),
    ("Sent on behalf of Hemi Walker, Tuatara Freightways", "d13tuatara"),
    ("Accounts Payable <ap@portrangatira.co.nz>", "d13rangatira"),
    ("To: procurement@yallandrawater.com.au; Cc: dana.whitfield@ochrelane.com.au", "d13yallandra"),
    ("From: Marie-Ève Gagnon <megagnon@boisfranc.ca> Objet : Soumission révisée", "d13boisfranc"),
    ('From: "Tan Wei Ling" <weiling.tan@tanjongrhulogistics.com.sg>', "d13tanjong"),
    ("Von: Jonas Bergmann <j.bergmann@hafenkraft.de> Gesendet: Montag, 3. März 2025 08:41", "d13hafen"),
    ("From: noreply@pvbank.com Subject: You have a new secure message", "d13pawtuxet"),
    ("Reply-To: salg@solvfjord.no", "d13solvfjord"),
    ("Sender: Wirrabee Shire Council <council@wirrabee.vic.gov.au>", "d13wirrabee"),
    ("From: Daan de Vries | Rijnmond Dredging <d.devries@rijnmonddredging.nl>", "d13rijnmond"),
    ("From: Grace Mutua [mailto:grace.mutua@ashbycrane.org.uk]", "d13ashby"),
    ("From: Sarah Kim (Westpac) <sarah.kim@westpac.com.au>", "westpac"),
    ("From: Aroha Tipene <aroha.tipene@kahurangidairy.co.nz> Sent from Outlook for iOS", "d13kahurangi"),
    ("From: Chloé Marchand <c.marchand@ateliergaronne.fr> Envoyé : jeudi 6 mars 2025 14:03", "d13garonne"),
    ("From: Rebecca Hall via Mulgara Health Partners <noreply@mulgarahealth.com.au>", "d13mulgara"),
    ("From: Ciarán Ó Briain <ciaran.obriain@corribmedical.ie> To: partners@kilnworth.co.uk", "d13corrib"),
    ("From: Helen Okafor <helen.okafor@brixworthrail.co.uk> on behalf of Brixworth Rail Bids", "d13brixworth"),
    ("From: Aiden Clarke <aclarke@fraserviewcu.ca> Sent: March 3, 2025 4:51 PM", "d13fraser"),
    ("From: Nomvula Dlamini <nomvula.dlamini@nab.com.au>", "nab"),
    ("From: Wen Jie Koh <wenjie@kallangbaycapital.com> Date: Wed, 5 Mar 2025 10:02 +0800", "d13kallang"),
])

SIGNATURE = _cases("signature", [
    ("Matt Kovac Senior Estimator Quornbury Civil Level 4 120 Collins St Melbourne VIC 3000 M 0491 570 006",
     "d13quorn"),
    ("Aroha Tipene - Sustainability Lead - Kahurangi Dairy Co-operative - Hamilton, NZ", "d13kahurangi"),
    ("Grace Mutua MCIH Head of Asset Management Ashby Crane Housing Association", "d13ashby"),
    ("CFO at Tuatara Freightways | CA ANZ | Board member", "d13tuatara"),
    ("Head of Data @ Oxbow Robotics | ex-Boston Dynamics | Building autonomous warehouse fleets", "d13oxbow"),
    ("Jonas Bergmann | Leiter Einkauf | Hafenkraft Logistik GmbH | Am Sandtorkai 12, 20457 Hamburg | HRB 123456",
     "d13hafen"),
    ("Tan Wei Ling, Regional Director, Tanjong Rhu Logistics Pte. Ltd., 1 Harbourfront Ave, Singapore",
     "d13tanjong"),
    ("Kind regards, Ciarán Ó Briain Quality Manager Corrib Medical Devices DAC Parkmore Business Park, Galway",
     "d13corrib"),
    ("Marie-Ève Gagnon, ing. Directrice de projets Énergie Bois-Franc inc. Victoriaville (Québec)", "d13boisfranc"),
    ("Dr Rebecca Hall FRACGP Medical Director Mulgara Health Partners", "d13mulgara"),
    ("Helen Okafor CEng MICE | Bid Manager | Brixworth Rail Services | Northampton", "d13brixworth"),
    ("Daan de Vries Projectleider Rijnmond Dredging B.V. T +31 10 123 4567", "d13rijnmond"),
    ("Mikko Laine | CTO | Kuusela Kinetics Oy | Espoo, Finland", "d13kuusela"),
    ("Sione Fifita Operations Manager Port Rangatira Ltd Sent from my iPhone", "d13rangatira"),
    ("Chloé Marchand — Directrice artistique — Atelier Garonne — Bordeaux", "d13garonne"),
    ("Aiden Clarke, Member Experience Manager, Fraserview Credit Union | Proudly member-owned", "d13fraser"),
    ("Director of Nursing, Brolga Aged Care | RN | Passionate about dignity in ageing", "d13brolga"),
    ("Wen Jie Koh CFA | Partner | Kallang Bay Capital | Singapore", "d13kallang"),
    ("Jess Tran | Senior Consultant | Ochre Lane Consulting | Seconded to Yallandra Water Corporation",
     "d13yallandra"),
    ("Group Treasurer | Coolabah Ridge Vineyards | Barossa Valley", "d13coolabah"),
    ("Tom Whitlock Partner Whitlock & Penn LLP Authorised and regulated by the Solicitors Regulation Authority",
     "d13whitlock"),
    ("Ben Harris | Programme Director | Transport for NSW | Sydney", "tfnsw"),
])

CHAT_MESSAGE = _cases("chat message", [
    ("hey who owns quornbury civil", "d13quorn"),
    ("anyone know who looks after tuatara freightways they want a quote", "d13tuatara"),
    ("do we have a relationship with hafenkraft logistik", "d13hafen"),
    ("quick one is ashby crane housing one of ours", "d13ashby"),
    ("whos the partner on the brixworth rail account", "d13brixworth"),
    ("port rangatira wants to chat about their it roadmap who should i loop in", "d13rangatira"),
    ("got a call from someone at kahurangi dairy about emissions reporting", "d13kahurangi"),
    ("can someone check if weve done work for corrib medical before", "d13corrib"),
    ("Note to self follow up with Mulgara health partners about the clinic rollout full stop", "d13mulgara"),
    ("Remind me to call the yellandra water guys on Monday", "d13yallandra"),
    ("saugeen timber reached out again about the erp thing", "d13saugeen"),
    ("is oxbow robotics a client or a prospect", "d13oxbow"),
    ("need an intro to someone at rijnmond dredging asap", "d13rijnmond"),
    ("fraserview cu in vancouver who owns that", "d13fraser"),
    ("ballinure credit union rang again", "d13ballinure"),
    ("kuusela kinetics finland who is the lead partner", "d13kuusela"),
    ("Send the proposal to kallang bay capital by Friday", "d13kallang"),
    ("atelier garonne bordeaux qui sen occupe", "d13garonne"),
    ("solvfjord seafood norway anyone worked with them", "d13solvfjord"),
    ("wirrabee shire tender closes friday whos on it", "d13wirrabee"),
    ("who owns commbank again", "cba"),
    ("coolabah ridge vineyards barossa who owns", "d13coolabah"),
])

CRM_NOTE = _cases("crm note", [
    ("Call w/ CFO - Port Rangatira re renewal", "d13rangatira"),
    ("Mtg w/ Head of Procurement @ Shanagarry Foods - discussed FY26 scope", "d13shanagarry"),
    ("Invoice INV-20817 Quornbury Civil Pty Ltd ABN 23 361 928 470 Professional services March 2025", "d13quorn"),
    ("PO 4500123987 issued by Yallandra Water Corporation - asset data uplift", "d13yallandra"),
    ("Lunch with MD of Kallang Bay Capital, intro via Harwell Strand", "d13kallang"),
    ("Left VM for Aiden @ Fraserview CU - no answer", "d13fraser"),
    ("Emailed proposal to Corrib Medical DAC (Galway) - awaiting feedback", "d13corrib"),
    ("Opp: Brixworth Rail Services - Network Rail framework bid support", "d13brixworth"),
    ("Task: send NDA to Hafenkraft (Hamburg) cc legal", "d13hafen"),
    ("Acct: Ashby Crane HA | Stage: Proposal | Owner: K. Brennan", "d13ashby"),
    ("Remittance advice - Mulgara Health Partners Pty Ltd - $48,400.00 incl GST", "d13mulgara"),
    ("Kahurangi Dairy Co-op - NZBN 9429047183629 - supplier onboarding", "d13kahurangi"),
    ("Whitlock & Penn LLP (OC419862) - engagement letter countersigned", "d13whitlock"),
    ("Meeting notes: Tan Wei Ling (Tanjong Rhu) wants a Q3 pilot", "d13tanjong"),
    ("Disc. w/ Pawtuxet Valley Bancorp CRO re model risk validation", "d13pawtuxet"),
    ("Bois-Franc Energy - site visit Victoriaville, discussed biomass boiler upgrade", "d13boisfranc"),
    ("Rijnmond Dredging BV - credit check done, D&B ok", "d13rijnmond"),
    ("Kuusela Kinetics - closed lost to competitor (price)", "d13kuusela"),
    ("Atelier Garonne - facture F-2025-031 réglée", "d13garonne"),
    ("Saugeen Timber Products Inc. - PO 77812 - ERP licensing", "d13saugeen"),
    ("Call w/ Wirrabee Shire CEO re rates modelling", "d13wirrabee"),
    ("Qantas - PO 88123 travel booking tool review", "qantas"),
    ("Invoice 5512 to Brolga Aged Care Ltd (ABN 80 248 036 159) - 30 days", "d13brolga"),
])

INVITE_OR_SUBJECT = _cases("invite or subject", [
    ("RE: FW: Quornbury Civil - revised fee proposal", "d13quorn"),
    ("Teams meeting: Kahurangi Dairy x Ochre Lane - kickoff", "d13kahurangi"),
    ("Invitation: Tuatara Freightways QBR @ Thu 13 Mar 2025 10am - 11am (NZDT)", "d13tuatara"),
    ("[JIRA] OPS-4412 Port Rangatira SSO login failing", "d13rangatira"),
    ("FW: Ballinure Credit Union - board strategy day", "d13ballinure"),
    ("Ticket #88213: Mulgara Health - cannot access portal", "d13mulgara"),
    ("RE: RE: Ashby Crane stock condition survey - next steps", "d13ashby"),
    ("Updated invitation: Corrib Medical Devices - MDR readiness workshop", "d13corrib"),
    ("Brixworth Rail Services <> Kilnworth Advisory intro", "d13brixworth"),
    ("Declined: Pawtuxet Valley Bancorp catch-up", "d13pawtuxet"),
    ("TR: Atelier Garonne - devis signé", "d13garonne"),
    ("SV: Sølvfjord Sjømat - tilbud", "d13solvfjord"),
    ("RE: Fraserview Credit Union RFP 2025-07 - clarification questions", "d13fraser"),
    ("[External] RE: Tanjong Rhu Logistics - warehouse WMS", "d13tanjong"),
    ("Réunion : Énergie Bois-Franc - revue trimestrielle", "d13boisfranc"),
    ("RE: Yallandra Water - Ochre Lane secondment extension", "d13yallandra"),
    ("Service request SR-10233 | Wirrabee Shire Council | Rates system outage", "d13wirrabee"),
    ("FW: Kuusela Kinetics - Series B data room access", "d13kuusela"),
    ("Coolabah Ridge Vineyards - harvest planning (Teams)", "d13coolabah"),
    ("RE: Whitlock & Penn - conflict check", "d13whitlock"),
    ("FW: Shanagarry Foods tender - Ardent Loop to lead?", "d13shanagarry"),
    ("RE: Fonterra - supply chain review next steps", "fonterra"),
    ("AW: Rijnmond Dredging - Angebot Baggerarbeiten Elbe", "d13rijnmond"),
])

NEGATIVE = _cases("negative", [
    # People only, free mail and ISP mail.
    ("From: Priya Nair <priya.nair@gmail.com>", None),
    ("From: Tom Baker <tom.baker@outlook.com>", None),
    ("From: Hemi Walker <hemiw@xtra.co.nz>", None),
    ("From: Sam Lee <sam.lee@bigpond.com>", None),
    ("From: Olivia Chen <olivia.chen@icloud.com> Sent: Friday, 7 March 2025 6:15 PM", None),
    ("Rebecca Hall FRACGP General Practitioner Kew VIC", None),
    ("Dr Anand Rao MBBS FRACP", None),
    ("Sione Fifita | Rugby coach | Porirua", None),
    ("Mtg w/ Sarah Kim re coffee", None),
    ("Call w/ Hemi re the fleet thing", None),
    ("Head of Procurement at a mid-size logistics firm | MBA", None),
    ("Independent Non-Executive Director | Former CFO | Advisor to startups", None),
    ("From: Hannah Price <hannah@priceandco.com.au>", None),
    # The partner network's own firms.
    ("From: Dana Whitfield <dana.whitfield@ochrelane.com.au>", None),
    ("Sent on behalf of Mark Ellison, Managing Partner, Harwell Strand Partners", None),
    ("Kilnworth Advisory | Partner | London", None),
    ("Jess Tran | Senior Consultant | Ochre Lane Consulting | Melbourne", None),
    ("Ardent Loop Partners weekly partner huddle", None),
    ("Mark Ellison (Harwell Strand) introduced me to a prospect in Perth", None),
    ("Invoice OL-2291 Ochre Lane Consulting to Harwell Strand Partners - shared bid costs", None),
    ("Kilnworth Advisory x Ardent Loop - network referral agreement", None),
    ("From: admin@ardentloop.com Subject: Partner network quarterly", None),
    ("which partner firm covers singapore", None),
    # Namesakes of registered clients that are different businesses, and other unregistered firms.
    ("Quornbury Homes Pty Ltd - display village enquiry", None),
    ("Saugeen Valley Conservation Authority - flood mapping RFP", None),
    ("Kahurangi Motor Lodge booking confirmation", None),
    ("From: bookings@tuataratours.co.nz", None),
    ("Corrib Oil - fuel card statement", None),
    ("Brolga Boat Hire Cairns", None),
    ("Granite Ridge Elementary School PTA newsletter", None),
    ("Heronsgate village hall hire", None),
    ("Saltbush Kitchen catering order for Friday", None),
    ("Yallandra Primary School fete", None),
    ("Moana Lane café booking for 12", None),
    ("Network Rail - framework refresh briefing", None),
    ("Van Oord dredging tender", None),
    ("Boskalis and Van Oord joint bid", None),
    ("Elbe Lager GmbH - Lagerbestand März", None),
    ("Ōtautahi Pet Supplies Ltd - invoice 3321", None),
    ("Invoice INV-7781 Gidgee Joinery Pty Ltd - shelving", None),
    ("PSA Singapore port congestion update", None),
    ("Marina Bay Sands event invite", None),
    ("Ulster Bank branch closure letter", None),
    ("Desjardins credit union meeting", None),
    ("vancity account manager called", None),
    ("Kaiser Permanente benchmarking data", None),
    ("Rhode Island Housing quarterly report", None),
    ("Boston Dynamics demo video", None),
    ("Hurtigruten cruise brochure", None),
    # Generic chatter, invites and subjects with no organisation.
    ("who owns this account", None),
    ("lunch at 1 anyone", None),
    ("can you resend the invite i lost it", None),
    ("hey can someone send me the partner network contact sheet", None),
    ("anyone free to review a deck before 3", None),
    ("thanks everyone great session today", None),
    ("how do i log a new client in the crm", None),
    ("Call w/ CFO re renewal", None),
    ("Invitation: Weekly pipeline review @ Mon 9am", None),
    ("RE: FW: RE: timesheets due Friday", None),
    ("[JIRA] OPS-4420 VPN drops on hotel wifi", None),
    ("Ticket #88214: password reset", None),
    ("Voice memo: remind me to book flights for the offsite", None),
    ("Out of office: back Monday 10 March", None),
    ("Calendar: Focus time (no meetings)", None),
    ("Stand-up notes: nothing blocking", None),
    ("Kia ora koutou, ngā mihi nui", None),
    ("Get Outlook for Android", None),
    ("Fwd: the thing we discussed", None),
    ("Bordeaux wine tasting Friday at 5", None),
    ("Barossa trip photos", None),
])

CONFUSABLE_PAIR = _cases("confusable pair", [
    # Texts that settle one of a pair.
    ("From: Olivia Chen <olivia.chen@tindaleross.com.au>", "d13tindlaw"),
    ("Tindale Ross Advisory - restructuring engagement", "d13tindadv"),
    ("who owns tindale ross lawyers", "d13tindlaw"),
    ("From: support@saltbush.io Subject: Your API key is expiring", "d13saltsoft"),
    ("saltbush solar farm connection study call", "d13saltsolar"),
    ("[JIRA] Saltbush Software - API rate limits", "d13saltsoft"),
    ("Heronsgate Pension Trustees - triennial valuation", "d13heronspt"),
    ("Heronsgate Retail Group plc interim results call", "d13herons"),
    ("From: trustees@heronsgatepensions.co.uk", "d13heronspt"),
    ("Granite Ridge Health Foundation gala sponsorship", "d13granitefdn"),
    ("From: J. Morales <j.morales@graniteridgehealth.org>", "d13granite"),
    ("granite ridge health system wants a data strategy workshop", "d13granite"),
    ("Moana Lane Insurance Pty Ltd - renewal", "d13moanaau"),
    ("From: claims@moanalane.co.nz", "d13moana"),
    # Texts that fit both.
    ("who owns tindale ross", None, ("d13tindlaw", "d13tindadv")),
    ("Nick Avery | Principal | Tindale Ross | Level 12, 1 Bligh St Sydney", None, ("d13tindlaw", "d13tindadv")),
    ("anyone know who looks after saltbush", None, ("d13saltsoft", "d13saltsolar")),
    ("RE: Heronsgate - next steps", None, ("d13herons", "d13heronspt")),
    ("Granite Ridge - intro call", None, ("d13granite", "d13granitefdn")),
    ("Moana Lane Insurance", None, ("d13moana", "d13moanaau")),
    ("moana lane claims team called", None, ("d13moana", "d13moanaau")),
])

R13D: tuple[Case, ...] = tuple(
    EMAIL_HEADER + SIGNATURE + CHAT_MESSAGE + CRM_NOTE + INVITE_OR_SUBJECT + NEGATIVE + CONFUSABLE_PAIR
)
