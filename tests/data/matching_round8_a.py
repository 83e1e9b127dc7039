"""Round 8, set A: contact details as people paste them, against a registry with confusable clients.

Thirty invented clients are added to the wider registry, most in confusable groups: one surname in two trades (Ashcombe
roofing and lawyers; Brunetta engineering and food; Alvarenga wine in Portugal and insurance in Brazil), one brand in
two countries (Tidewell in the UK and Spain; Fjellvik in Norway and Australia; Kronberger in Germany and Austria), a
parent and its subsidiary (Maungarei, Hoshizora, Cendana Raya, Maréchaux, Solvane and Brightlea), a clinic and two
hospitals sharing a place name (Wattleford), "Van Oostveen" against "Oostveen", a trust and a company sharing a Māori
word (Kōtuku), and a creative agency that writes on behalf of clients (Tallship). The queries are signature lines,
"Name - Title, Organisation" lines, calendar invites, CRM rows pasted with tabs, semicolons or commas, forwarded-mail
headers, LinkedIn headlines, bare email domains and addresses, in English and in German, French, Spanish, Italian,
Dutch, Portuguese, Norwegian, Swedish, Danish, Finnish, romanised Japanese, Māori and Indonesian; some name two
organisations (a former employer, a parent, an agency acting for a client) where only one is meant or the bot must
ask, and the negatives are near-misses whose organisation is not registered. The set was written by hand from
general knowledge of how people and organisations write names, before any tuning on it, and the matcher was not run
on it while it was written.
"""

from __future__ import annotations

from bot.rules.matching import ClientEntry
from tests.data.matching_clients_unseen import CLIENTS_UNSEEN, Row, entries
from tests.data.matching_eval import Case, _cases

_ROWS: list[Row] = [
    # external_id, name, aliases, domains, country (ISO 3166 alpha-2), registration number or None
    # One surname in two trades.
    ("ashroof", "Ashcombe Roofing Pty Ltd", (), ("ashcomberoofing.com.au",), "AU", "44 356 230 123"),
    ("ashlaw", "Ashcombe Lawyers", (), ("ashcombelaw.com.au",), "AU", None),
    # One brand in two countries.
    ("tideuk", "Tidewell Energy Ltd", (), ("tidewell.co.uk",), "GB", "11482906"),
    ("tidees", "Tidewell Energía S.L.", (), ("tidewell.es",), "ES", None),
    # A parent and its subsidiary (New Zealand).
    ("maungrp", "Maungarei Group Limited", (), ("maungarei.co.nz",), "NZ", "9429067614110"),
    ("maunfor", "Maungarei Forestry Limited", (), ("maungareiforestry.co.nz",), "NZ", "9429069610530"),
    # A clinic and two hospitals sharing a place name. Dr Priya Raman holds roles at two of them: she is Director of
    # Medical Services at Wattleford District Hospital and a partner GP at Wattleford Medical Clinic, so her name
    # alone points at no one client, and a line giving both roles must make the bot ask.
    ("wattclinic", "Wattleford Medical Clinic", (), ("wattlefordmedical.com.au",), "AU", None),
    ("watthosp", "Wattleford District Hospital", ("WDH",), ("wdh.health.nsw.gov.au",), "AU", None),
    ("wattpriv", "Wattleford Private Hospital Pty Ltd", (), ("wattlefordprivate.com.au",), "AU", None),
    # A Japanese parent and its Australian subsidiary.
    ("hoshijp", "Hoshizora Shoji Co., Ltd.", ("Hoshizora Trading",), ("hoshizora.co.jp",), "JP", None),
    ("hoshiau", "Hoshizora Logistics Australia Pty Ltd", (), ("hoshizoralogistics.com.au",), "AU", None),
    # An Indonesian listed parent and its subsidiary.
    ("cendana", "PT Cendana Raya Nusantara Tbk", (), ("cendanaraya.co.id",), "ID", None),
    ("cendlog", "PT Cendana Raya Logistik", (), ("cendanalogistik.co.id",), "ID", None),
    # One brand in two countries (sjømat is Norwegian for seafood).
    ("fjellno", "Fjellvik Sjømat AS", (), ("fjellvik.no",), "NO", None),
    ("fjellau", "Fjellvik Seafood Australia Pty Ltd", (), ("fjellvikseafood.com.au",), "AU", None),
    # A French parent and its consulting subsidiary.
    ("marechaux", "Groupe Maréchaux SA", (), ("groupe-marechaux.fr",), "FR", None),
    ("marechauxc", "Maréchaux Conseil SAS", (), ("marechaux-conseil.fr",), "FR", None),
    # One surname in two trades and two countries.
    ("alvarvinhos", "Casa Alvarenga Vinhos, Lda.", ("Alvarenga Wines",), ("casaalvarenga.pt",), "PT", None),
    ("alvarseg", "Alvarenga Seguros S.A.", (), ("alvarengaseguros.com.br",), "BR", None),
    # "Van Oostveen" against "Oostveen".
    ("oostbouw", "Van Oostveen Bouw B.V.", (), ("vanoostveen.nl",), "NL", None),
    ("oostinst", "Oostveen Installatietechniek B.V.", (), ("oostveen-installatie.nl",), "NL", None),
    # One name in Germany and Austria, differing by legal form.
    ("kronbergde", "Kronberger Maschinenbau GmbH", (), ("kronberger-mb.de",), "DE", None),
    ("kronbergat", "Kronberger Maschinenbau Ges.m.b.H.", (), ("kronberger.at",), "AT", None),
    # One surname in two trades (Italy).
    ("brunetta", "Officine Brunetta S.p.A.", (), ("officinebrunetta.it",), "IT", None),
    ("brunettafood", "Brunetta Alimentari S.r.l.", (), ("brunettaalimentari.it",), "IT", None),
    # A creative agency that writes on behalf of its clients.
    ("tallship", "Tallship Creative Pty Ltd", (), ("tallship.co",), "AU", None),
    # A parent and its differently named subsidiary, known by a trading name.
    ("solvane", "Solvane Holdings Pty Ltd", (), ("solvane.com.au",), "AU", "44 836 077 767"),
    ("brightlea", "Brightlea Early Learning Pty Ltd", ("Brightlea Kids",), ("brightlea.com.au",), "AU",
     "26 936 173 048"),
    # A trust and a company sharing a Māori word.
    ("awakotuku", "Te Awa Kōtuku Trust", (), ("awakotuku.org.nz",), "NZ", None),
    ("kotukuhealth", "Kōtuku Health Limited", (), ("kotukuhealth.co.nz",), "NZ", None),
]

R8A_CLIENTS: tuple[ClientEntry, ...] = CLIENTS_UNSEEN + entries(_ROWS, 10001)

# Signature lines, title lines, "Name (Org)", "Org / Name", invites, CRM rows, mail headers, headlines.
CONTACT = _cases("contact phrase", [
    # Ashcombe: roofing and lawyers.
    ("Liam Ferris - Operations Manager, Ashcombe Roofing", "ashroof"),
    ("Principal, Ashcombe Lawyers", "ashlaw"),
    ("Megan Ashcombe (Ashcombe Lawyers)", "ashlaw"),
    ("Ashcombe Roofing Pty Ltd | 14 Tannery Rd, Penrith NSW 2750 | 02 4721 5530 | ashcomberoofing.com.au", "ashroof"),
    ("accounts@ashcombelaw.com.au", "ashlaw"),
    ("Tom Reyes, Ashcombe", None, ("ashroof", "ashlaw")),
    ("Site visit: roof inspection quote - Ashcombe (Liam)", "ashroof"),
    ("Rebecca Tan | Senior Associate | Ashcombe Lawyers | Level 12, 60 Carrington St, Sydney NSW 2000 | "
     "T +61 2 8080 1100", "ashlaw"),
    ("Liam Ferris\tOperations Manager\tAshcombe Roofing\t0412 555 018", "ashroof"),
    ("Ashcombe · ABN 44 356 230 123", "ashroof"),
    ("Senior Counsel at Ashcombe Lawyers | formerly Gilbert + Tobin", "ashlaw"),
    ("Sent on behalf of Ashcombe Lawyers by Tallship Creative", None, ("ashlaw", "tallship")),
    # Tidewell: UK and Spain.
    ("Henry Okafor - Head of Trading, Tidewell Energy Ltd", "tideuk"),
    ("Directora Financiera, Tidewell Energía", "tidees"),
    ("Lucía Gómez Ferrer (Tidewell Energía S.L.) — Madrid", "tidees"),
    ("Tidewell | Madrid | +34 91 555 0192", "tidees"),
    ("Teams meeting: Q3 review with Tidewell (Sarah Whitlock)", None, ("tideuk", "tidees")),
    ("From: Lucía Gómez <lgomez@tidewell.es>", "tidees"),
    ("Sarah Whitlock | Tidewell | +44 20 7946 0321", "tideuk"),
    ("Whitlock, Sarah;Tidewell Energy Ltd;London;UK", "tideuk"),
    # Maungarei: group and forestry subsidiary.
    ("Aroha Ngata - Chief Executive, Maungarei Group", "maungrp"),
    ("Kaiwhakahaere Matua, Maungarei Forestry", "maunfor"),
    ("Nā Wiremu Tane | Maungarei Forestry Ltd | Rotorua", "maunfor"),
    ("Maungarei Forestry (part of Maungarei Group Limited)", "maunfor"),
    ("Head of Sustainability at Maungarei Group | ex-Fonterra | Auckland", "maungrp"),
    ("Maungarei Group / Forestry division — Wiremu Tane", None, ("maungrp", "maunfor")),
    ("Aroha Ngata | Tumu Whakarae | Maungarei Group Limited | Level 6, 10 Customs St East, Auckland 1010", "maungrp"),
    ("Maungarei · NZBN 9429069610530", "maunfor"),
    # Wattleford: clinic, district hospital, private hospital; Dr Priya Raman at the first two.
    ("Dr Priya Raman - Director of Medical Services, Wattleford District Hospital", "watthosp"),
    ("Priya Raman (Wattleford Medical Clinic)", "wattclinic"),
    ("Priya Raman — GP Partner, Wattleford Medical Clinic · Director of Medical Services, Wattleford District "
     "Hospital", None, ("wattclinic", "watthosp")),
    ("Dr Priya Raman, Wattleford", None, ("wattclinic", "watthosp", "wattpriv")),
    ("Practice Manager, Wattleford Medical Centre", "wattclinic"),
    ("Teams meeting: bed-block escalation with Wattleford District Hospital (Priya Raman)", "watthosp"),
    ("p.raman@wdh.health.nsw.gov.au", "watthosp"),
    ("Chief Medical Officer @ Wattleford Private Hospital | ex-Ramsay Health Care", "wattpriv"),
    ("Tallship Creative on behalf of Wattleford Private Hospital", None, ("tallship", "wattpriv")),
    ("Wattleford Hospital - switchboard 02 4868 1000", None, ("watthosp", "wattpriv")),
    # Hoshizora: Japanese parent, Australian subsidiary.
    ("Tanaka Hiroshi, Buchō, Hoshizora Shōji", "hoshijp"),
    ("Hoshizora Logistics Australia — a subsidiary of Hoshizora Shoji Co., Ltd.", "hoshiau"),
    ("Kenji Watanabe\tHoshizora\t+61 2 9316 4400", "hoshiau"),
    ("Head of Procurement at Hoshizora Logistics Australia | ex-Toll Group", "hoshiau"),
    ("Kenji Watanabe · National Operations Manager · Hoshizora Logistics Australia Pty Ltd · 1 Penrhyn Rd, "
     "Port Botany NSW 2036", "hoshiau"),
    ("Hoshizora Trading Co. / Suzuki Aiko", "hoshijp"),
    # Cendana Raya: listed parent and logistics subsidiary.
    ("Budi Santoso - Direktur Keuangan, PT Cendana Raya Nusantara Tbk", "cendana"),
    ("Manajer Operasional, Cendana Raya Logistik", "cendlog"),
    ("PT Cendana Raya Logistik (anak perusahaan PT Cendana Raya Nusantara Tbk)", "cendlog"),
    ("Dewi Lestari | Manajer Operasional | PT Cendana Raya Logistik | Jl. Raya Rungkut 88, Surabaya 60293 | "
     "+62 31 870 4455", "cendlog"),
    ("Rapat: Cendana Raya (Pak Budi)", None, ("cendana", "cendlog")),
    # Fjellvik: Norway and Australia.
    ("Ingrid Haugen, salgsdirektør, Fjellvik Sjømat AS", "fjellno"),
    ("Harbourline PR on behalf of Fjellvik Seafood Australia", "fjellau"),
    ("Ingrid Haugen;Fjellvik Sjømat AS;Ålesund;NO", "fjellno"),
    ("Invitation: Fjellvik Seafood Australia supplier onboarding @ Wed 14 Aug 10:00 - 11:00 (AEST)", "fjellau"),
    ("Med vänliga hälsningar, Ingrid Haugen, Fjellvik Sjømat", "fjellno"),
    ("Fjellvik Seafood (Nick Doyle)", None, ("fjellno", "fjellau")),
    # Maréchaux: group and consulting subsidiary.
    ("Claire Dubois — Directrice générale, Maréchaux Conseil", "marechauxc"),
    ("Maréchaux Conseil SAS, filiale du Groupe Maréchaux SA", "marechauxc"),
    ("De la part de Claire Dubois (Groupe Maréchaux)", "marechaux"),
    ("\"Dubois, Claire\",\"Maréchaux Conseil\",\"Paris\"", "marechauxc"),
    ("De : Antoine Lefèvre <a.lefevre@groupe-marechaux.fr>", "marechaux"),
    ("Antoine Lefèvre, Maréchaux", None, ("marechaux", "marechauxc")),
    # Alvarenga: wine in Portugal, insurance in Brazil.
    ("Rui Alvarenga — Enólogo, Casa Alvarenga Vinhos", "alvarvinhos"),
    ("Gerente Comercial, Alvarenga Seguros — São Paulo", "alvarseg"),
    ("contato@alvarengaseguros.com.br", "alvarseg"),
    ("Rui Alvarenga | Casa Alvarenga | Porto", "alvarvinhos"),
    ("Mariana Costa (Alvarenga) — +55 11 3061 2200", "alvarseg"),
    ("Em nome de Alvarenga Seguros: Mariana Costa, Diretora de Sinistros", "alvarseg"),
    # Van Oostveen Bouw and Oostveen Installatietechniek.
    ("Jeroen de Wit, projectleider, Van Oostveen Bouw", "oostbouw"),
    ("Oostveen Installatietechniek | Amersfoort | 033 455 2100", "oostinst"),
    ("Van: Jeroen de Wit [mailto:j.dewit@vanoostveen.nl]", "oostbouw"),
    ("Jeroen de Wit | Van Oostveen | Utrecht", "oostbouw"),
    ("Overleg met Oostveen (Sanne Bakker)", None, ("oostbouw", "oostinst")),
    # Kronberger: Germany and Austria.
    ("Dipl.-Ing. Markus Weber, Leiter Vertrieb, Kronberger Maschinenbau GmbH", "kronbergde"),
    ("Im Auftrag: Sabine Koch, Assistenz der Geschäftsführung, Kronberger Maschinenbau (Wien)", "kronbergat"),
    ("Teams meeting: Q3 review with Kronberger (Markus Weber)", None, ("kronbergde", "kronbergat")),
    ("Markus Weber · Leiter Vertrieb · Kronberger Maschinenbau GmbH · Industriestraße 12 · 61476 Kronberg im "
     "Taunus · +49 6173 99 40-0", "kronbergde"),
    ("Sabine Koch — Kronberger Maschinenbau Ges.m.b.H. — Hafenstraße 47, 4020 Linz — www.kronberger.at", "kronbergat"),
    ("Von: Sabine Koch <s.koch@kronberger.at>", "kronbergat"),
    # Brunetta: engineering and food.
    ("Ing. Paolo Brunetta - Direttore Tecnico, Officine Brunetta S.p.A.", "brunetta"),
    ("Responsabile Acquisti — Brunetta Alimentari Srl", "brunettafood"),
    ("Da: Paolo Brunetta <p.brunetta@officinebrunetta.it>", "brunetta"),
    ("Updated invitation: Brunetta Alimentari / quarterly business review", "brunettafood"),
    ("Giulia Ferri (Brunetta)", None, ("brunetta", "brunettafood")),
    # Tallship, the agency.
    ("Account Director, Tallship Creative", "tallship"),
    ("Ellie Marsh | Tallship | ellie@tallship.co", "tallship"),
    ("Jess Porter (Tallship Creative, for Greenleaf Bakeries)", "tallship"),
    ("Campaign kickoff: Brightlea Kids x Tallship", None, ("brightlea", "tallship")),
    # Solvane and Brightlea.
    ("Brightlea Early Learning (a Solvane Holdings company)", "brightlea"),
    ("CFO, Solvane Holdings | ex-Brightlea", "solvane"),
    ("enrolments@brightlea.com.au", "brightlea"),
    ("Brightlea Early Education — Naomi Fraser", "brightlea"),
    ("Solvane Holdings Pty Ltd · ABN 44 836 077 767 · Level 3, 200 Adelaide St, Brisbane QLD 4000", "solvane"),
    # Te Awa Kōtuku Trust and Kōtuku Health.
    ("Te Awa Kotuku Trust — Kaiwhakahaere, Hemi Walker", "awakotuku"),
    ("Kōtuku Health Ltd | 45 Cameron Rd, Tauranga 3110 | 07 578 0021", "kotukuhealth"),
    ("Hemi Walker | Kōtuku Health | Tauranga", "kotukuhealth"),
    ("Board Director | Te Awa Kōtuku Trust | Kōtuku Health", None, ("awakotuku", "kotukuhealth")),
    ("Hui with Kotuku (Hemi)", None, ("awakotuku", "kotukuhealth")),
    # Clients of the wider registry, in the same shapes and other languages.
    ("Sarah Lee - Head of Procurement, Kiwibank", "kiwibank"),
    ("Procurement Lead at Kauri Software | ex-Xero", "kauri"),
    ("From: James Chen <james.chen@tresswelldental.com.au>", "tresdental"),
    ("Head of Digital at Bunnings | ex-Wesfarmers", "bunnings"),
    ("Caroline Wu; Partner; Hall & Wilcox; Melbourne", "hallwilcox"),
    ("On behalf of Mossgrove Advisory", None, ("mossgrove", "mossgrovecic")),
    ("Mikko Virtanen, hankintapäällikkö, Kone Oyj, Espoo", "kone"),
    ("Venlig hilsen, Mette Jensen, indkøbschef, Carlsberg A/S", "carlsberg"),
    ("Kepala Divisi TI, Bank Central Asia", "bca"),
    ("Kaiārahi, Te Whatu Ora", "healthnz"),
    ("Rachel Kim | Partner | Tresswell | Brisbane", None, ("tresfreight", "tresdental")),
])

# The organisation's short name alone, where it fits one client or several.
CONFUSABLE = _cases("confusable pair", [
    ("Tidewell", None, ("tideuk", "tidees")),
    ("Maungarei", None, ("maungrp", "maunfor")),
    ("Wattleford", None, ("wattclinic", "watthosp", "wattpriv")),
    ("Wattleford Hospital", None, ("watthosp", "wattpriv")),
    ("Cendana Raya", None, ("cendana", "cendlog")),
    ("Maréchaux", None, ("marechaux", "marechauxc")),
    ("Alvarenga", None, ("alvarvinhos", "alvarseg")),
    ("Alvarenga Wines", "alvarvinhos"),
    ("Oostveen", None, ("oostbouw", "oostinst")),
    ("Kronberger Maschinenbau", None, ("kronbergde", "kronbergat")),
    ("Brunetta", None, ("brunetta", "brunettafood")),
    ("Kotuku", None, ("awakotuku", "kotukuhealth")),
    ("Kōtuku Health", "kotukuhealth"),
])

OFFICE = _cases("office or branch", [
    ("Nurse Unit Manager, Emergency Department, Wattleford District Hospital", "watthosp"),
    ("Wattleford Private Hospital — Day Surgery Unit, Level 2", "wattpriv"),
    ("WDH - Pathology", "watthosp"),
    ("Hoshizora Shoji K.K., Tokyo Honsha", "hoshijp"),
    ("Hoshizora Shōji Ōsaka Shiten", "hoshijp"),
    ("Tidewell Energía — Delegación Sevilla", "tidees"),
    ("Fjellvik Seafood - Hobart office", "fjellau"),
    ("Officine Brunetta, stabilimento di Brescia", "brunetta"),
    ("Kronberger Maschinenbau Österreich", "kronbergat"),
    ("Centre Director, Brightlea Kids Ashfield", "brightlea"),
])

FOREIGN = _cases("foreign legal form", [
    ("Tanaka Hiroshi, Buchō, Hoshizora Shōji Kabushiki Kaisha", "hoshijp"),
    ("Tidewell Energía, Sociedad Limitada", "tidees"),
    ("Fjellvik Sjømat A/S", "fjellno"),
    ("Kronberger Maschinenbau GesmbH", "kronbergat"),
    ("Brunetta Alimentari S.R.L.", "brunettafood"),
    ("Maréchaux Conseil S.A.S.U.", "marechauxc"),
    ("Alvarenga Seguros S/A", "alvarseg"),
    ("PT. Cendana Raya Nusantara, Tbk.", "cendana"),
])

CAPITALS = _cases("all capitals", [
    ("ASHCOMBE ROOFING", "ashroof"),
    ("TIDEWELL ENERGIA SL", "tidees"),
    ("HOSHIZORA SHOJI CO LTD", "hoshijp"),
    ("KRONBERGER MASCHINENBAU GMBH", "kronbergde"),
    ("MAUNGAREI FORESTRY LTD - ROTORUA", "maunfor"),
])

TYPO = _cases("typo, long name", [
    ("Hoshizora Logisitcs Australia", "hoshiau"),
    ("Wattleford Distict Hospital", "watthosp"),
    ("Maungarei Forrestry", "maunfor"),
    ("Kronberger Maschienenbau", None, ("kronbergde", "kronbergat")),
    ("Fjellvik Sjomat", "fjellno"),
    ("Brightlea Early Learnign", "brightlea"),
])

SPLIT = _cases("split or joined", [
    ("Tide Well Energy Ltd", "tideuk"),
    ("VanOostveen Bouw", "oostbouw"),
    ("Bright Lea Kids", "brightlea"),
    ("Tall Ship Creative", "tallship"),
])

REORDERED = _cases("reordered", [
    ("Hospital, Wattleford District", "watthosp"),
    ("Installatietechniek Oostveen", "oostinst"),
    ("Logistik Cendana Raya", "cendlog"),
])

SUFFIX = _cases("public suffix", [
    ("tidewell.co.uk", "tideuk"),
    ("maungarei.co.nz", "maungrp"),
    ("hoshizora.co.jp", "hoshijp"),
    ("alvarengaseguros.com.br", "alvarseg"),
    ("www.fjellvikseafood.com.au", "fjellau"),
    ("https://www.wattlefordprivate.com.au/contact", "wattpriv"),
    ("tidewell.com", None, ("tideuk", "tidees")),
    ("fjellvik.com", None, ("fjellno", "fjellau")),
])

# No registered client is meant: organisations that share a word or resemble one, a person alone, a former
# employer only, an address or number alone.
NEGATIVE = _cases("negative", [
    ("Ashcombe Plumbing & Gas - Daniel Kerr", None),
    ("Ashcroft Roofing, Blacktown", None),
    ("Megan Ashcombe, Senior Physiotherapist, Northside Physio", None),
    ("Tidewater Energy - Houston", None),
    ("Ex-Tidewell Energy | now Head of Trading at Octopus Energy", None),
    ("Maungarei Motors Ltd, Ellerslie", None),
    ("Maunganui Forestry Contractors", None),
    ("Wattleford Veterinary Hospital - Dr Sam Hughes", None),
    ("Wattleford Dental Care | 3/22 Main St, Wattleford NSW 2580", None),
    ("Wattleford Public School P&C", None),
    ("Wattle Grove Medical Centre", None),
    ("Dr Priya Raman", None),
    ("From: Priya Raman <priya.raman.gp@gmail.com>", None),
    ("Hoshizora Travel Service Co., Ltd.", None),
    ("Hoshino Resorts - Sales Manager", None),
    ("PT Cendana Mas Properti", None),
    ("Cendana Hotel Bali", None),
    ("Fjellvik Hotell & Rorbuer", None),
    ("Fjellheim Seafood AS", None),
    ("Maréchaux Immobilier — agence de Lyon", None),
    ("Cabinet Maréchal & Associés", None),
    ("Alvarenga Imóveis Ltda", None),
    ("Dr. João Alvarenga, cardiologista, Hospital Sírio-Libanês", None),
    ("Oostveen Transport B.V.", None),
    ("Van Oosten Bouw", None),
    ("Kronberger Bäckerei, Wiesbaden", None),
    ("Kronhagen Maschinenbau GmbH", None),
    ("Brunetta Moda Milano", None),
    ("Officina Brunelli S.r.l.", None),
    ("Tallship Brewing Co.", None),
    ("Tallis Creative", None),
    ("Solvay Australia", None),
    ("Solvane Pharma GmbH", None),
    ("Brightlea Homes - display village", None),
    ("Brightline Early Learning", None),
    ("Kotuku Lodge Motel", None),
    ("Te Awa Ventures Ltd", None),
    ("Jane Smith - Head of Procurement", None),
    ("Teams meeting: Q3 planning sync (internal)", None),
    ("+61 2 4721 5530", None),
])

R8A: tuple[Case, ...] = tuple(CONTACT + CONFUSABLE + OFFICE + FOREIGN + CAPITALS + TYPO + SPLIT + REORDERED + SUFFIX
                              + NEGATIVE)
