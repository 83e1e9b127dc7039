"""Deterministic registries and queries for benchmarking the client matcher at scale.

`clients(n)` makes n distinct, realistic client names (companies across industries, partnerships, universities,
government agencies, international firms with their legal forms), with aliases, domains and countries. `queries`
makes labelled queries against them, in the phrasings people use: exact names, case and spacing, legal forms
left off or changed, trailing places, typos, aliases, domains, URLs, subdomains, email addresses (also free mail),
"Person at Company", chat punctuation, and organisations that are not clients. Same seed, same data.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from bot.rules.matching import ClientEntry

ONSETS = "b br c d f g h j k l m n p r s t v w z bl cr dr fl gr pl st tr".split()
VOWELS = "a e i o u a e i o u ai ea io".split()
CODAS = "l m n r s x nd nt rk st".split()
ENDINGS = "a ix on or ex ia us ar o en is ly co ra".split()
SURNAMES = """Smith Jones Williams Brown Wilson Taylor Nguyen Johnson Martin White Anderson Walker Thompson Thomas
Harris Lee Ryan Robinson Kelly King Davis Wright Evans Roberts Green Hall Wood Jackson Clarke Patel Khan Singh Chen
Wang Li Zhang Tran Murphy O'Brien McDonald Campbell Stewart Mitchell Young Scott Morris Baker Cooper Hughes Edwards
Harrison Fraser Ngata Te Rangi Parata Henare Fitzgerald Sullivan Russo Rossi Müller Schmidt Dubois Lefèvre García
Fernández Silva Santos Kowalski Novak Jensen Larsen Andersson Virtanen Tanaka Sato Suzuki Kim Park""".split()
NOUNS = """Harbour Summit Ridge Cedar Meridian Horizon Anchor Beacon Compass Granite Ironbark Wattle Banksia Kauri
Totara Pohutukawa Southern Cross Northern Star Blue Ridge Red Gum Silver Fern Golden Wattle Coral Reef Tasman Coastal
Redwood Oakleaf Willow Pinnacle Keystone Lighthouse Bluestone Sandstone Ironwood Eucalypt Kookaburra Lyrebird
Magpie Platypus Brolga Jacaranda Waratah Koru Kea Tui Kereru Atlas Orbit Vertex Quantum Nimbus Stratus Aurora
Zenith Apex Vector Matrix Fusion Catalyst Element Frontier Pioneer Heritage Legacy Sterling Regent Crown""".split()
INDUSTRIES = """Logistics Consulting Capital Partners Engineering Construction Mining Resources Energy Software Systems
Technologies Analytics Health Healthcare Pharmaceuticals Insurance Finance Investments Property Developments
Media Communications Telecommunications Foods Beverages Retail Advisory Solutions Services Industries
Manufacturing Transport Airlines Shipping Security Recruitment Design Architects Lawyers Accountants Labs
Biotech Robotics Aerospace Agriculture Wines Hospitality Travel Education Training Research""".split()
PROFESSIONS = "Lawyers Accountants Architects Partners Associates Surveyors Engineers Advisers Consulting".split()
AREAS = """Education Health Transport Planning Environment Justice Treasury Finance Customer Service Communities
Industry Agriculture Primary Industries Energy Water Housing Infrastructure Families Fair Trading Veterans'
Affairs Home Affairs Foreign Affairs Trade Defence Employment Workplace Relations""".split()
PLACES = """Sydney Melbourne Brisbane Perth Adelaide Hobart Darwin Canberra Newcastle Wollongong Geelong Townsville
Cairns Ballarat Bendigo Launceston Toowoomba Auckland Wellington Christchurch Hamilton Tauranga Dunedin Otago
Canterbury Waikato Queensland Victoria Tasmania Parramatta Penrith Ipswich Logan Gold Coast Sunshine Coast
Illawarra Hunter Riverina Gippsland Pilbara Kimberley""".split()
STATES = ["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"]
QUERY_PLACES = ["Sydney", "Melbourne", "Brisbane", "Perth", "Australia", "NZ", "New Zealand", "Auckland", "(Sydney)",
                "(Melbourne)", "APAC", "ANZ"]
LEGAL = {"AU": ["Pty Ltd", "Pty Limited", "Limited", "Ltd", ""], "NZ": ["Limited", "Ltd", ""],
         "US": ["Inc.", "LLC", "Corporation", "Corp.", "Inc"], "GB": ["plc", "Ltd", "LLP", "Limited"],
         "DE": ["GmbH", "AG"], "FR": ["S.A.", "SAS", "SARL"], "NL": ["B.V.", "N.V."], "IT": ["S.p.A.", "S.r.l."],
         "JP": ["K.K.", "Corporation"], "SG": ["Pte Ltd", "Pte. Ltd."], "SE": ["AB"], "NO": ["ASA", "AS"],
         "ES": ["S.A.", "S.L."], "CH": ["AG", "SA"]}
TLDS = {"AU": "com.au", "NZ": "co.nz", "US": "com", "GB": "co.uk", "DE": "de", "FR": "fr", "NL": "nl", "IT": "it",
        "JP": "co.jp", "SG": "com.sg", "SE": "se", "NO": "no", "ES": "es", "CH": "ch"}
COUNTRY_WEIGHTS = {"AU": 55, "NZ": 15, "US": 8, "GB": 6, "DE": 3, "FR": 3, "NL": 2, "IT": 2, "JP": 2, "SG": 2,
                   "SE": 1, "NO": 1, "ES": 1, "CH": 1}
FREE_MAIL = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com.au", "icloud.com", "bigpond.com", "proton.me",
             "xtra.co.nz"]
FIRST_NAMES = "Jane John Priya Sam Mere Aroha Liam Olivia Noah Mia Wei Ahmed Sofia Lucas Chloe Tama Grace Ravi".split()
GENERIC_QUERIES = ["Bank", "University", "Group", "Sydney", "Consulting", "Holdings", "Health", "Council",
                   "Australia", "Energy", "Partners", "Services"]
ACCENTS = str.maketrans("aeiouc", "áéíöüç")
_LEGAL_WORDS = {w for forms in LEGAL.values() for form in forms for w in form.split()}
_COMMON_WORDS = {w.lower() for w in SURNAMES + NOUNS + PLACES + STATES + AREAS + INDUSTRIES + PROFESSIONS
                 + ["University", "Department"]}


@dataclass(frozen=True)
class Query:
    """One benchmark query and the client it means (None: no client may be answered)."""

    category: str
    text: str
    expected: str | None


def brand(rng: random.Random) -> str:
    """An invented brand word: "Zentrova", "Quillbrook"."""
    syllables = [rng.choice(ONSETS) + rng.choice(VOWELS) + (rng.choice(CODAS) if rng.random() < 0.3 else "")
                 for _ in range(rng.choice((1, 2, 2, 2, 3)))]
    word = "".join(syllables) + (rng.choice(ENDINGS) if rng.random() < 0.4 else "")
    return word.capitalize()


def _company(rng: random.Random, country: str) -> tuple[str, str]:
    """(name, the part people call it by)."""
    style = rng.random()
    if style < 0.45:
        core = f"{brand(rng)} {rng.choice(INDUSTRIES)}"
    elif style < 0.65:
        core = f"{rng.choice(NOUNS)} {brand(rng)} {rng.choice(INDUSTRIES)}"
    elif style < 0.8:
        core = f"{rng.choice(SURNAMES)} & {rng.choice(SURNAMES)} {rng.choice(PROFESSIONS)}"
    elif style < 0.9:
        core = brand(rng) + rng.choice(("", "", " Group", " Holdings", " International"))
    else:
        core = f"{brand(rng)} {rng.choice(INDUSTRIES)} {rng.choice(('Australia', 'New Zealand', 'Asia Pacific'))}"
    legal = rng.choice(LEGAL[country])
    return (f"{core} {legal}".strip(), core)


def _institution(rng: random.Random) -> tuple[str, str, str, str]:
    """(name, country, domain stem, domain zone) for a university, council or government agency."""
    place, state, word = rng.choice(PLACES), rng.choice(STATES), brand(rng)
    name = rng.choice((f"University of {place}", f"{word} University", f"{place} Institute of Technology",
                       f"{word} Institute of Technology", f"{state} Department of {rng.choice(AREAS)}",
                       f"Department of {rng.choice(AREAS)} {state}", f"{word} City Council",
                       f"{word} Shire Council", f"{place} City Council", f"{word} Water",
                       f"{place} {word} Health Service", f"{word} {rng.choice(('Authority', 'Commission'))}",
                       f"{rng.choice(AREAS)} {state}", f"{place} {word} College"))
    country = rng.choice(("AU", "AU", "AU", "NZ"))
    zone = "edu.au" if "Univ" in name or "Institute" in name else f"{state.lower()}.gov.au" if country == "AU" \
        else "govt.nz"
    return name, country, word.lower(), zone


def _initialism(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[0].isalpha() and w.lower() not in ("of", "and", "&")).upper()


def clients(n: int, seed: int = 7) -> list[ClientEntry]:
    """n clients with distinct names; about a fifth with an alias, most with a domain."""
    rng = random.Random(seed)
    countries, weights = zip(*COUNTRY_WEIGHTS.items())
    seen: set[frozenset[str]] = set()
    used_aliases: set[str] = set()
    out: list[ClientEntry] = []
    while len(out) < n:
        if rng.random() < 0.15:
            name, country, stem, tld = _institution(rng)
            short = name
        else:
            country = rng.choices(countries, weights)[0]
            name, short = _company(rng, country)
            stem, tld = short.split()[0].lower().replace("'", ""), TLDS[country]
        # Distinct as people see them: not the same words in another order or with another legal form.
        words = frozenset(w.lower() for w in _without_legal(name).split()) - {"&", "and", "of"}
        if words in seen:
            continue
        seen.add(words)
        aliases = ()
        # An invented brand is its own short name; a name of common words is known by its initials.
        first = short.split()[0]
        alias = first if first.lower() not in _COMMON_WORDS else _initialism(short)
        if rng.random() < 0.2 and len(alias) > 1 and alias.lower() not in used_aliases:
            used_aliases.add(alias.lower())
            aliases = (alias,)
        domains = (f"{stem}{len(out)}.{tld}",) if rng.random() < 0.75 else ()  # numbered: never shared
        out.append(ClientEntry(id=len(out) + 1, name=name, external_id=f"C{len(out) + 1:06d}", aliases=aliases,
                               domains=domains, country=country))
    return out


def _typo(rng: random.Random, text: str) -> str:
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    at = rng.choice(letters[1:-1] or letters)
    kind = rng.random()
    if kind < 0.3:
        return text[:at] + text[at + 1:]
    if kind < 0.6 and at + 1 < len(text):
        return text[:at] + text[at + 1] + text[at] + text[at + 2:]
    return text[:at] + rng.choice("aeioustrnl") + text[at + 1:]


def _without_legal(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[-1] in _LEGAL_WORDS:
        words.pop()
    return " ".join(words)


def queries(registry: list[ClientEntry], n: int, seed: int = 11) -> list[Query]:
    """n labelled queries, in a realistic mix of phrasings, about a fifth of them with no client to find."""
    rng = random.Random(seed)
    makers = [(_exact, 10), (_cased, 8), (_legal_changed, 14), (_placed, 10), (_typoed, 10), (_aliased, 6),
              (_by_domain, 8), (_by_email, 8), (_person, 6), (_noisy, 5), (_free_mail, 3), (_unknown, 9),
              (_generic, 3)]
    kinds, weights = zip(*makers)
    out = []
    while len(out) < n:
        made = rng.choices(kinds, weights)[0](rng, rng.choice(registry))
        if made:
            out.append(made)
    return out


def _exact(rng: random.Random, c: ClientEntry) -> Query | None:
    return Query("exact", c.name, c.external_id)


def _cased(rng: random.Random, c: ClientEntry) -> Query | None:
    text = rng.choice((c.name.lower(), c.name.upper(), c.name.replace(" ", "-", 1), c.name.translate(ACCENTS)))
    return Query("case, spacing, accents", text, c.external_id)


def _legal_changed(rng: random.Random, c: ClientEntry) -> Query | None:
    core = _without_legal(c.name)
    return Query("legal form", rng.choice((core, f"{core} {rng.choice(LEGAL[c.country or 'AU'])}".strip())),
                 c.external_id)


def _placed(rng: random.Random, c: ClientEntry) -> Query | None:
    return Query("trailing place", f"{_without_legal(c.name)} {rng.choice(QUERY_PLACES)}", c.external_id)


def _typoed(rng: random.Random, c: ClientEntry) -> Query | None:
    core = _without_legal(c.name)
    if len(core.replace(" ", "")) < 6:
        return None
    text = _typo(rng, core)
    if len(core.replace(" ", "")) >= 12 and rng.random() < 0.4:
        text = _typo(rng, text)
    return Query("typo", text, c.external_id)


def _aliased(rng: random.Random, c: ClientEntry) -> Query | None:
    return Query("alias", rng.choice(c.aliases), c.external_id) if c.aliases else None


def _by_domain(rng: random.Random, c: ClientEntry) -> Query | None:
    if not c.domains:
        return None
    domain = c.domains[0]
    text = rng.choice((domain, f"www.{domain}", f"https://www.{domain}/about", f"mail.{domain}",
                       f"http://{domain}/contact?ref=1"))
    return Query("domain", text, c.external_id)


def _by_email(rng: random.Random, c: ClientEntry) -> Query | None:
    if not c.domains:
        return None
    who = rng.choice(FIRST_NAMES).lower()
    return Query("email", rng.choice((f"{who}@{c.domains[0]}", f"{who}.{rng.choice(SURNAMES).lower()}"
                                                                 f"@{c.domains[0]}")), c.external_id)


def _person(rng: random.Random, c: ClientEntry) -> Query | None:
    return Query("person", f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)} {rng.choice(('at', 'from'))} "
                           f"{_without_legal(c.name)}", c.external_id)


def _noisy(rng: random.Random, c: ClientEntry) -> Query | None:
    text = rng.choice((f"{c.name}?", f"“{c.name}”", f"'{_without_legal(c.name)}'!", f"{c.name}..."))
    return Query("chat noise", text, c.external_id)


def _free_mail(rng: random.Random, c: ClientEntry) -> Query | None:
    return Query("free mail", f"{rng.choice(FIRST_NAMES).lower()}@{rng.choice(FREE_MAIL)}", None)


def _unknown(rng: random.Random, c: ClientEntry) -> Query | None:
    # A made-up two-part brand: almost surely not a client, so any answer is a false match.
    return Query("not a client", f"{brand(rng)}{brand(rng).lower()} {rng.choice(INDUSTRIES)}", None)


def _generic(rng: random.Random, c: ClientEntry) -> Query | None:
    return Query("generic word", rng.choice(GENERIC_QUERIES), None)
