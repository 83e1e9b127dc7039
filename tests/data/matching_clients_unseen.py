"""A wider registry for the tuning and check sets: the evaluation registry plus ~120 real organisations.

The additions are the kinds of names the first registry lacked: long government and university names with "of",
"and", "for", "the"; brands people split or join (FedEx, PayPal, BlackRock); names under foreign legal forms (A/S,
Oyj, Nyrt., S.A.B. de C.V., PT ... Tbk, AB in front); organisations that differ only by legal form; and pairs that are
easy to confuse (Merck and Merck, Heineken and Heineken Holding, two Reserve Banks, two Newcastle universities).
Some clients carry a company registration number (ABN, ACN, NZBN, UK company number) as a CRM export would.
Fictional numbers are valid by their checksums; the big Australian banks' and companies' ABNs are their real ones.
"""

from __future__ import annotations

import dataclasses

from bot.rules.matching import ClientEntry
from tests.data.matching_clients import CLIENTS

_ROWS: list[tuple[str, str, tuple[str, ...], tuple[str, ...], str, str | None]] = [
    # slug, name, aliases, domains, country, registration
    # Long names: government, regulators, universities.
    ("dfat", "Department of Foreign Affairs and Trade", (), ("dfat.gov.au",), "AU", None),
    ("pmc", "Department of the Prime Minister and Cabinet", (), ("pmc.gov.au",), "AU", None),
    ("asic", "Australian Securities and Investments Commission", (), ("asic.gov.au",), "AU", None),
    ("accc", "Australian Competition and Consumer Commission", (), ("accc.gov.au",), "AU", None),
    ("apra", "Australian Prudential Regulation Authority", (), ("apra.gov.au",), "AU", None),
    ("abs", "Australian Bureau of Statistics", (), ("abs.gov.au",), "AU", None),
    ("absbrakes", "Advanced Braking Systems Pty Ltd", (), ("advancedbraking.com.au",), "AU", None),
    ("bom", "Bureau of Meteorology", (), ("bom.gov.au",), "AU", None),
    ("rba", "Reserve Bank of Australia", (), ("rba.gov.au",), "AU", None),
    ("rbnz", "Reserve Bank of New Zealand", (), ("rbnz.govt.nz",), "NZ", None),
    ("mbie", "Ministry of Business, Innovation and Employment", (), ("mbie.govt.nz",), "NZ", None),
    ("nzta", "New Zealand Transport Agency", ("Waka Kotahi",), ("nzta.govt.nz",), "NZ", "9429040402307"),
    ("fenz", "Fire and Emergency New Zealand", (), ("fireandemergency.nz",), "NZ", "9429000123457"),
    ("accnz", "Accident Compensation Corporation", (), ("acc.co.nz",), "NZ", None),
    ("mpi", "Ministry for Primary Industries", (), ("mpi.govt.nz",), "NZ", None),
    ("ird", "Inland Revenue Department", ("Inland Revenue",), ("ird.govt.nz",), "NZ", None),
    ("tac", "Transport Accident Commission", (), ("tac.vic.gov.au",), "AU", None),
    ("dtp", "Department of Transport and Planning", (), ("transport.vic.gov.au",), "AU", None),
    ("tmr", "Department of Transport and Main Roads", (), ("tmr.qld.gov.au",), "AU", None),
    ("doha", "Department of Health and Aged Care", (), ("health.gov.au",), "AU", None),
    ("vichealth", "Department of Health, Victoria", (), ("health.vic.gov.au",), "AU", None),
    ("dwp", "Department for Work and Pensions", (), (), "GB", None),
    ("qtc", "Queensland Treasury Corporation", (), ("qtc.com.au",), "AU", None),
    ("rspca", "Royal Society for the Prevention of Cruelty to Animals", (), ("rspca.org.au",), "AU", None),
    ("csu", "Charles Sturt University", (), ("csu.edu.au",), "AU", None),
    ("cdu", "Charles Darwin University", (), ("cdu.edu.au",), "AU", None),
    ("ecu", "Edith Cowan University", (), ("ecu.edu.au",), "AU", None),
    ("jcu", "James Cook University", (), ("jcu.edu.au",), "AU", None),
    ("jameshardie", "James Hardie Industries plc", (), ("jameshardie.com.au",), "IE", None),
    ("uon", "University of Newcastle", (), ("newcastle.edu.au",), "AU", None),
    ("ncl", "Newcastle University", (), ("ncl.ac.uk",), "GB", None),
    ("mit", "Massachusetts Institute of Technology", (), ("mit.edu",), "US", None),
    ("ucl", "University College London", (), ("ucl.ac.uk",), "GB", None),
    ("kcl", "King's College London", (), ("kcl.ac.uk",), "GB", None),
    ("lse", "London School of Economics and Political Science", (), ("lse.ac.uk",), "GB", None),
    ("imperial", "Imperial College London", (), ("imperial.ac.uk",), "GB", None),
    ("rmh", "Royal Melbourne Hospital", (), ("thermh.org.au",), "AU", None),
    ("svha", "St Vincent's Health Australia", (), ("svha.org.au",), "AU", None),
    ("vinnies", "St Vincent de Paul Society", ("Vinnies",), ("vinnies.org.au",), "AU", None),
    ("hydrotas", "Hydro Tasmania", (), ("hydro.com.au",), "AU", None),
    ("hydroquebec", "Hydro-Québec", (), ("hydroquebec.com",), "CA", None),
    # Brands people split or join.
    ("fedex", "FedEx Corporation", (), ("fedex.com",), "US", None),
    ("netsuite", "NetSuite Inc.", (), ("netsuite.com",), "US", None),
    ("paypal", "PayPal Holdings, Inc.", (), ("paypal.com",), "US", None),
    ("linkedin", "LinkedIn Corporation", (), ("linkedin.com",), "US", None),
    ("blackrock", "BlackRock, Inc.", (), ("blackrock.com",), "US", None),
    ("goldman", "The Goldman Sachs Group, Inc.", ("Goldman Sachs",), ("gs.com",), "US", None),
    ("dropbox", "Dropbox, Inc.", (), ("dropbox.com",), "US", None),
    ("mastercard", "Mastercard Incorporated", (), ("mastercard.com",), "US", None),
    ("jpmorgan", "JPMorgan Chase & Co.", (), ("jpmorganchase.com",), "US", None),
    ("morganstanley", "Morgan Stanley", (), ("morganstanley.com",), "US", None),
    ("whitehaven", "Whitehaven Coal Limited", (), ("whitehavencoal.com.au",), "AU", "22004567891"),
    ("bankwest", "Bank of Western Australia Ltd", ("Bankwest",), ("bankwest.com.au",), "AU", None),
    ("sevenwest", "Seven West Media Limited", (), ("sevenwestmedia.com.au",), "AU", None),
    ("airtasker", "Airtasker Limited", (), ("airtasker.com",), "AU", None),
    ("carsales", "carsales.com Ltd", (), ("carsales.com.au",), "AU", None),
    ("sunrice", "Ricegrowers Limited", ("SunRice",), ("sunrice.com.au",), "AU", None),
    ("bluescope", "BlueScope Steel Limited", (), ("bluescope.com",), "AU", "39120987653"),
    ("northernstar", "Northern Star Resources Ltd", (), ("nsrltd.com",), "AU", None),
    ("ausnet", "AusNet Services Ltd", (), ("ausnetservices.com.au",), "AU", None),
    ("transgrid", "NSW Electricity Networks Operations Pty Limited", ("Transgrid",), ("transgrid.com.au",), "AU",
     None),
    ("mercer", "Mercer (Australia) Pty Ltd", (), ("mercer.com.au",), "AU", None),
    ("mercy", "Mercy Health Australia Limited", (), ("mercyhealth.com.au",), "AU", None),
    ("westernpower", "Western Power", (), ("westernpower.com.au",), "AU", None),
    ("wpd", "Western Power Distribution plc", (), ("westernpower.co.uk",), "GB", "09223384"),
    ("fcc", "Fletcher Construction Company Limited", (), ("fletcherconstruction.co.nz",), "NZ", "9429036789016"),
    # Foreign legal forms.
    ("carlsberg", "Carlsberg A/S", (), ("carlsberg.com",), "DK", None),
    ("novonordisk", "Novo Nordisk A/S", (), ("novonordisk.com",), "DK", None),
    ("orsted", "Ørsted A/S", (), ("orsted.com",), "DK", None),
    ("heineken", "Heineken N.V.", (), ("theheinekencompany.com",), "NL", None),
    ("heinekenholding", "Heineken Holding N.V.", (), (), "NL", None),
    ("telenor", "Telenor ASA", (), ("telenor.com",), "NO", None),
    ("storaenso", "Stora Enso Oyj", (), ("storaenso.com",), "FI", None),
    ("kone", "Kone Oyj", (), ("kone.com",), "FI", None),
    ("fortum", "Fortum Oyj", (), ("fortum.com",), "FI", None),
    ("skanska", "Skanska AB", (), ("skanska.com",), "SE", None),
    ("volvo", "AB Volvo", (), ("volvogroup.com",), "SE", None),
    ("volvocars", "Volvo Car AB", (), ("volvocars.com",), "SE", None),
    ("henkel", "Henkel AG & Co. KGaA", (), ("henkel.com",), "DE", None),
    ("merckkgaa", "Merck KGaA", (), ("merckgroup.com",), "DE", None),
    ("merckus", "Merck & Co., Inc.", (), ("merck.com",), "US", None),
    ("bertelsmann", "Bertelsmann SE & Co. KGaA", (), ("bertelsmann.com",), "DE", None),
    ("porsche", "Dr. Ing. h.c. F. Porsche AG", ("Porsche",), ("porsche.com",), "DE", None),
    ("porschese", "Porsche Automobil Holding SE", (), ("porsche-se.com",), "DE", None),
    ("sap", "SAP SE", (), ("sap.com",), "DE", None),
    ("zalando", "Zalando SE", (), ("zalando.com",), "DE", None),
    ("deutschebank", "Deutsche Bank AG", (), ("db.com",), "DE", None),
    ("deutscheboerse", "Deutsche Börse AG", (), ("deutsche-boerse.com",), "DE", None),
    ("deutschepost", "Deutsche Post AG", ("DHL Group",), ("dpdhl.com",), "DE", None),
    ("samsung", "Samsung Electronics Co., Ltd.", (), ("samsung.com",), "KR", None),
    ("tsmc", "Taiwan Semiconductor Manufacturing Company Limited", (), ("tsmc.com",), "TW", None),
    ("ntt", "Nippon Telegraph and Telephone Corporation", (), ("group.ntt",), "JP", None),
    ("hitachi", "Hitachi, Ltd.", (), ("hitachi.com",), "JP", None),
    ("telkom", "PT Telkom Indonesia (Persero) Tbk", (), ("telkom.co.id",), "ID", None),
    ("bca", "PT Bank Central Asia Tbk", (), ("bca.co.id",), "ID", None),
    ("bimbo", "Grupo Bimbo, S.A.B. de C.V.", (), ("grupobimbo.com",), "MX", None),
    ("cemex", "Cemex, S.A.B. de C.V.", (), ("cemex.com",), "MX", None),
    ("petrobras", "Petróleo Brasileiro S.A.", ("Petrobras",), ("petrobras.com.br",), "BR", None),
    ("inditex", "Industria de Diseño Textil, S.A.", ("Inditex",), ("inditex.com",), "ES", None),
    ("bbva", "Banco Bilbao Vizcaya Argentaria, S.A.", (), ("bbva.com",), "ES", None),
    ("iberdrola", "Iberdrola, S.A.", (), ("iberdrola.com",), "ES", None),
    ("otp", "OTP Bank Nyrt.", (), ("otpbank.hu",), "HU", None),
    ("richter", "Gedeon Richter Nyrt.", (), ("gedeonrichter.com",), "HU", None),
    ("skoda", "Škoda Auto a.s.", (), ("skoda-auto.com",), "CZ", None),
    ("orlen", "ORLEN S.A.", (), ("orlen.pl",), "PL", None),
    ("cdprojekt", "CD Projekt S.A.", (), ("cdprojekt.com",), "PL", None),
    ("erste", "Erste Group Bank AG", (), ("erstegroup.com",), "AT", None),
    ("swisscom", "Swisscom AG", (), ("swisscom.ch",), "CH", None),
    ("ubs", "UBS Group AG", ("UBS",), ("ubs.com",), "CH", None),
    ("sanofi", "Sanofi S.A.", (), ("sanofi.com",), "FR", None),
    ("michelin", "Compagnie Générale des Établissements Michelin SCA", ("Michelin",), ("michelin.com",), "FR",
     None),
    ("reliance", "Reliance Industries Limited", (), ("ril.com",), "IN", None),
    ("wipro", "Wipro Limited", (), ("wipro.com",), "IN", None),
    ("ardmore", "Ardmore Leasing DAC", (), (), "IE", None),
    ("alpenglow", "Alpenglow Software GmbH", (), ("alpenglow.de",), "DE", None),
    ("harrowdene", "Harrowdene Arts CIO", (), (), "GB", None),
    # Names that differ only by legal form: one without it is ambiguous.
    ("mossgrove", "Mossgrove Advisory Ltd", (), ("mossgrove.co.uk",), "GB", "SC612345"),
    ("mossgrovecic", "Mossgrove Advisory CIC", (), ("mossgrove.org.uk",), "GB", "12345678"),
    ("tallowood", "Tallowood Minerals Pty Ltd", (), ("tallowood.com.au",), "AU", "51612340986"),
    ("tallowoodnl", "Tallowood Minerals NL", (), ("tallowoodnl.com.au",), "AU", "734512004"),
    ("kestrel", "Kestrel Analytics GmbH", (), ("kestrel-analytics.de",), "DE", None),
    ("kestrelg", "Kestrel Analytics gGmbH", (), ("kestrel-stiftung.de",), "DE", None),
    ("corvina", "Corvina Logistics Kft.", (), ("corvina.hu",), "HU", None),
    ("corvinauk", "Corvina Logistics Ltd", (), ("corvina.co.uk",), "GB", None),
]

# Registration numbers on clients of the first registry, as a CRM export with an ABN or company number column has.
_REGISTRATIONS = {
    "cba": "48 123 123 124", "telstra": "33 051 775 556", "bhp": "49 004 028 077", "woolworths": "88 000 014 675",
    "qantas": "16 009 661 901", "westpac": "33 007 457 141", "nab": "12 004 044 937", "anz": "11 005 357 522",
    "unilever": "00041424", "hsbc": "00617987", "mands": "04256886", "kiwibank": "9429045671234",
}

EXTRA: tuple[ClientEntry, ...] = tuple(
    ClientEntry(id=n, name=name, external_id=slug, aliases=aliases, domains=domains, country=country,
                registration=registration)
    for n, (slug, name, aliases, domains, country, registration) in enumerate(_ROWS, start=1001)
)

CLIENTS_UNSEEN: tuple[ClientEntry, ...] = tuple(
    dataclasses.replace(c, registration=_REGISTRATIONS.get(c.external_id)) for c in CLIENTS
) + EXTRA
