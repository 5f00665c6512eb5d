"""Places a question names (issue 26, item 3): countries, the places the documents name (regions, place cells),
their short forms and adjectives ("Welsh" -> Wales), and the world's places no document names (bot/geography.py:
"Lisbon", "Texas"), each found once, longest first, accents folded ("wroclaw")."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.currencies import currency_words
from bot.geography import demonyms, latin_names, local_names, own_names, place_names, town_named
from bot.tables import Tables
from bot.text import fold_accents, mentions
from bot.vocabulary import COUNTRIES, LANGUAGE_BEFORE, LANGUAGE_NEXT, NOT_PLACE_CELLS, PLACE_ADJECTIVES, PLACE_ALIASES

_COUNTRIES = sorted(COUNTRIES, key=len, reverse=True)


def _norm(place: str) -> str:
    low = place.lower().strip()
    return PLACE_ALIASES.get(low, place.strip())


@lru_cache(maxsize=8)
def _candidates(known: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Every place name with its folded lower-case form, longest first: a longer name hides its parts."""
    names = {*known, *_aliases(known), *_COUNTRIES, *PLACE_ALIASES, *PLACE_ADJECTIVES, *place_names(), *_adjectives()}
    names = sorted(names, key=lambda p: -len(p))
    return tuple((name, fold_accents(name.lower())) for name in names)


_REGION_NOUN = r"(?:kraj|region|oblast|province|county|district|voivodeship|województwo)"


@lru_cache(maxsize=8)
def _aliases(known: tuple[str, ...]) -> dict[str, str]:
    """Other names of the places the documents name -> the name a document writes: without its aside ("Açores" of
    "Açores (RAA)"), and in English or in its own language ("Azores", "Lisbon" for "Lisboa (AML)"; "Praha" for
    "Prague"), and in Latin letters ("Sofia" for "София"), so a student's spelling finds the row."""
    english, own = local_names(), {city: names[-1] for city, names in own_names().items()}
    out: dict[str, str] = {}
    for place in known:
        bare = re.sub(r"\s*\([^()]*\)|[¹²³⁴⁵⁶⁷⁸⁹⁰†‡*]+$", "", place).strip()  # ("Comrat¹", "Hualien†": a footnote's)
        folded = fold_accents(bare.lower())
        # a region named by its city's adjective ("Plzeňský kraj"): the city's name ("Plzeň region", "plzen")
        city = re.fullmatch(rf"(\w{{4,}}?)(?:ský|ská|ské|ski|ska|skie)\s+{_REGION_NOUN}", bare, re.I)
        # and without the region's noun, the town it is named after ("Žilinský": Zilina, "Košický": Kosice)
        town = re.fullmatch(r"(\w{4,}?)(?:s?k[ýáéy]|s?ka|s?kie|ski)", bare, re.I)
        for name in (
            (bare if folded not in NOT_PLACE_CELLS else "", english.get(folded, ""), own.get(folded, ""))
            + ((city.group(1),) if city else ())
            + ((town_named(town.group(1)),) if town else ())
            + tuple(latin_names(bare))
        ):  # "Sofia" of "София"
            if name and len(name) > 3 and fold_accents(name.lower()) != fold_accents(place.lower()):
                out.setdefault(name, place)
    return out


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    """A people's adjective -> its place: the irregular ones listed ("Welsh"), the regular ones made ("Nigerian")."""
    return {**demonyms(), **PLACE_ADJECTIVES}


def places_in(text: str, known: tuple[str, ...]) -> list[str]:
    """The places ``text`` names, longest first so "Northern Ireland" is not also "Ireland"; adjectives read as
    their place ("Welsh" -> "Wales")."""
    found: list[tuple[int, int, str]] = []
    low = fold_accents(text.lower())  # "wroclaw" names "Wrocław"
    for name, folded in _candidates(known):
        if folded not in low:
            continue  # (most names: the plain substring test first)
        for m in re.finditer(rf"(?<![\w-]){re.escape(folded)}(?![\w-])", low):
            if any(a < m.end() and m.start() < b for a, b, _ in found):
                continue
            if name.lower() in ("us", "u.s.") and not text[m.start() : m.end()].isupper():
                continue  # "us" the pronoun
            after = re.match(r"\s+([a-z]+)", low[m.end() :])
            if after and after.group(1) in currency_words():
                continue  # "in US dollars", "Canadian dollars": a currency
            if name.lower() in _adjectives() and (
                LANGUAGE_NEXT.match(low[m.end() :]) or LANGUAGE_BEFORE.search(low[: m.start()])
            ):
                continue  # "English teachers", "French to English": a language
            place = _adjectives().get(name.lower()) or _aliases(known).get(name) or _norm(name)
            found.append((m.start(), m.end(), place))
    return list(dict.fromkeys(p for _, _, p in sorted(found)))


def known_places(tables: Tables) -> tuple[str, ...]:
    """Every place the documents name: their regions and their place columns' cells (cached on ``tables``)."""
    cached = getattr(tables, "_places", None)
    if cached is None:
        out = []
        for p in tables.profiles.values():
            out += ([p.region] if p.region else []) + list(p.places)
        cached = tables._places = tuple(dict.fromkeys(out))  # type: ignore[attr-defined]
    return cached


def holds_place(row: str, place: str, query: str, tables: Tables) -> bool:
    """Whether ``place`` is a word of a row the question names ("a Chinese investment bank"), not a place asked."""
    known = known_places(tables)
    if row in known or place.lower() == row.lower():
        return False  # "Inner London": a place itself
    if not mentions(query, row) or place not in places_in(row, known):
        return False  # the cheap tests first: the word-by-word scan below reads every known place per word
    return any(not places_in(w, known) for w in re.findall(r"[\w'-]+", row))


def said_as(place: str, text: str, tables: Tables) -> str:
    """``place`` as ``text`` writes it: "Lisbon" of a question read as a document's "Lisboa (AML)"."""
    low = fold_accents(text.lower())
    for alias, target in _aliases(known_places(tables)).items():
        if target == place and re.search(rf"(?<![\w-]){re.escape(fold_accents(alias.lower()))}(?![\w-])", low):
            return alias
    return place
