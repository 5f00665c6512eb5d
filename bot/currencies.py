"""The world's currencies as documents write them, from the Unicode CLDR data Babel ships: each current currency's
ISO code ("PHP", "MXN"), the signs its own countries and English write ("₱", "MX$", "R$", "Ksh", "Rp"), its English
name ("Mexican peso") and, when one country alone uses it, that country ("PHP" -> "Philippines").

``bot/numbers.py`` reads figures with these beside the signs it has always known (which keep their meaning: "C$" is
Canadian, "Rs" Indian, "kr" Swedish, "R" South African). Built once, on first use (about 0.5 s).
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.languages import get_official_languages
from babel.numbers import get_currency_symbol, get_group_symbol, get_territory_currencies

from bot.vocabulary import COUNTRY_NAMES

# ISO currency codes that are also English words or common capitals ("TOP 10", "ALL 3"): not read as a currency
# before a number; signs the CLDR data does not give as documents write them.
CURRENCY_CODE_WORDS = frozenset(
    "ALL TOP CUP PEN SOS MOP GEL BAM BOB MAD DOP ERN CVE TMT VES STN WST MGA HTG Le Ar Br Db".split()
)
CURRENCY_SIGN_EXTRA = {
    "RM": "MYR", "KSh": "KES", "TSh": "TZS", "USh": "UGX", "RMB": "CNY", "GH¢": "GHS", "lei": "RON", "DH": "MAD",
    "FJ$": "FJD", "$U": "UYU", "GEL": "GEL", "MAD": "MAD",
    # signs their own countries write that CLDR spells otherwise ("৳", "₺", "F CFA", "د.ت"): "Tk 41,500" (taka),
    # "12.400 TL", "245 000 FCFA" (both CFA francs; no one country), "1 512,300 DT", "JD 815", "1.930,00 KM" (Bosnian
    # marks; capitals only, as "km" is a distance), "Birr 12,300", "Nu. 24,600", "Lek 81,000", "MK 235,000", "FRw".
    "Tk": "BDT", "TL": "TRY", "FCFA": "XOF", "CFA": "XOF", "DT": "TND", "JD": "JOD", "KM": "BAM", "Birr": "ETB",
    "Nu.": "BTN", "Lek": "ALL", "MK": "MWK", "FRw": "RWF", "Frw": "RWF", "FRW": "RWF", "E£": "EGP",
    "лв": "BGN", "ден": "MKD", "грн": "UAH", "руб": "RUB",  # ("2 950 лв": the sign without its full stop)
    # the dollars their countries write with letters before "$" (CLDR gives them as "$"): "TT$5,150" and the like
    "TT$": "TTD", "J$": "JMD", "JA$": "JMD", "Bds$": "BBD", "BBD$": "BBD", "BZ$": "BZD", "G$": "GYD", "GY$": "GYD",
    "N$": "NAD", "KY$": "KYD", "CI$": "KYD", "BD$": "BMD", "B$": "BSD", "SI$": "SBD", "SRD$": "SRD", "L$": "LRD",
    "T$": "TOP", "WS$": "WST", "EC$": "XCD", "NT$": "TWD", "RD$": "DOP",
}  # fmt: skip
# Signs written after the amount: "6.690 lei" (the Romanian leu as Romanians write it), "3 450 DH" (the Moroccan
# dirham), "900 GEL"; the codes that are English words count in capitals only, as figures' signs.
CURRENCY_AFTER_EXTRA = {"lei", "DH", "GEL", "MAD", "Tk", "TL", "FCFA", "CFA", "DT", "JD", "KM", "Birr", "Lek", "Frw"}
CURRENCY_AFTER_EXTRA |= {"FRw", "FRW", "лв", "ден", "грн", "руб"}  # ("15,000 Frw": the Rwandan franc; "2 950 лв")
# The one country careerbot names for a currency some territories share with it (babel's own, when one uses it).
CURRENCY_COUNTRY = {
    "PLN": "Poland", "JPY": "Japan", "INR": "India", "GBP": "UK", "AUD": "Australia", "NZD": "New Zealand",
    "CAD": "Canada", "CHF": "Switzerland", "SGD": "Singapore", "HKD": "Hong Kong", "ZAR": "South Africa",
    "AED": "United Arab Emirates", "KRW": "South Korea", "CNY": "China", "SEK": "Sweden", "NOK": "Norway",
    "DKK": "Denmark", "USD": "US",
}  # fmt: skip


def _usable(sign: str) -> bool:
    """A sign that names its currency when written beside digits: a symbol ("₱", "R$", "S/"), or letters written in
    mixed case ("Ksh", "Rp", "Kč"); not one letter ("K", "P", "R") nor capitals an English text uses ("DA", "FC")."""
    sign = sign.strip()
    if len(sign) < 2 and sign.isalpha() or not sign or re.search(r"[\u0590-\u08ff\u200b-\u200f]", sign):
        return False
    return not sign.isalpha() or sign not in (sign.upper(), sign.lower())


@lru_cache(maxsize=1)
def _territories() -> tuple[tuple[str, str, str], ...]:
    """(territory code, English name, its currency's ISO code) of every country with a currency today."""
    english = Locale("en")
    today = datetime.date(2025, 1, 1)
    out = []
    for territory, country in english.territories.items():
        if len(territory) == 2 and territory.isalpha():
            if current := get_territory_currencies(territory, today, tender=True, non_tender=False):
                out.append((territory, country, current[0]))
    return tuple(out)


def signs_after() -> frozenset[str]:
    """The signs their countries write after the amount ("kr.", "Kč", "Ft", "₫"), not before it ("RM", "₱")."""
    return world()[3]


@lru_cache(maxsize=1)
def world() -> tuple[dict[str, str], dict[str, str], dict[str, str], frozenset[str]]:
    """(sign -> ISO code, ISO code -> English name, ISO code -> its one country, signs written after the amount) for
    every currency in use."""
    english = Locale("en")
    signs: dict[str, str] = {}
    countries: dict[str, list[str]] = {}
    after: set[str] = set()
    for territory, country, code in _territories():
        countries.setdefault(code, []).append(country)
        written = {get_currency_symbol(code, "en")}
        for language in get_official_languages(territory, de_facto=True)[:2]:
            try:
                local = Locale.parse(f"{language}_{territory}")
            except UnknownLocaleError:  # no locale for this pair
                continue
            sign = get_currency_symbol(code, local)
            written.add(sign)
            if local.currency_formats["standard"].pattern.split(";")[0].rstrip().endswith("¤"):
                after.add(sign.strip())  # "36.850,00 kr.", "450 000 Ft": written after the amount
        for sign in written:
            if _usable(sign) and sign != code and sign.strip() not in CURRENCY_CODE_WORDS:
                signs.setdefault(sign.strip(), code)
        if code not in CURRENCY_CODE_WORDS:
            signs.setdefault(code, code)
    signs.update(CURRENCY_SIGN_EXTRA)
    names = {code: english.currencies.get(code, "") for code in countries}
    alone = {
        code: COUNTRY_NAMES.get(places[0].lower(), places[0]) for code, places in countries.items() if len(places) == 1
    }
    return signs, names, alone, frozenset(after | CURRENCY_AFTER_EXTRA)


@lru_cache(maxsize=1)
def _by_country() -> dict[str, str]:
    out = {country.lower(): code for _, country, code in _territories()}
    for name, same in COUNTRY_NAMES.items():  # careerbot's names of them ("UK", "South Korea", "Turkey")
        if same.lower() not in out and name in out:
            out[same.lower()] = out[name]
    return out


def country_currency(country: str) -> str:
    """The ISO code of the currency ``country`` pays in ("Chile" -> "CLP", "US" -> "USD"; a state or city: its
    country's, "Alberta" -> "CAD"); "" when not known."""
    from bot.geography import country_of  # (bot.geography reads bot.text, which this module must not need at import)

    own = _by_country().get(country.strip().lower(), "")
    return own or (_by_country().get(country_of(country).lower(), "") if country.strip() else "")


def currency_country(code: str) -> str:
    """The one country whose currency ``code`` is ("PLN" -> "Poland", "PHP" -> "Philippines"); "" for the euro."""
    return CURRENCY_COUNTRY.get(code) or world()[2].get(code, "")


@lru_cache(maxsize=256)
def dot_grouped(code: str) -> bool:
    """Whether every country paying in ``code`` writes thousands with a dot ("R$ 22.500" is 22,500 reais): one
    country's currency whose language's convention is "." (BRL, CLP, IDR, DKK); not the euro (many conventions)."""
    marks = set()
    for territory, _, own in _territories():
        if own == code:
            language = (get_official_languages(territory, de_facto=True) or ("en",))[0]
            try:
                marks.add(get_group_symbol(f"{language}_{territory}"))
            except UnknownLocaleError:
                marks.add("")
    return marks == {"."} and code != "EUR"


@lru_cache(maxsize=256)
def minor_digits(code: str) -> int:
    """How many decimals ``code``'s amounts have (CLDR): 3 for the Tunisian and Jordanian dinars ("1,017.500"), 2 for
    most, 0 for the yen; 2 for a sign that is not an ISO code."""
    from babel.numbers import get_currency_precision

    return get_currency_precision(code) if re.fullmatch(r"[A-Z]{3}", code) else 2


def signs_pattern(known: set[str]) -> str:
    """A regex alternation of the signs ``known`` does not hold, longest first."""
    extra = [s for s in world()[0] if s not in known]
    return "|".join(re.escape(s) for s in sorted(extra, key=len, reverse=True))


@lru_cache(maxsize=1)
def currency_words() -> frozenset[str]:
    """The last word of each currency's English name, folded and lower case, with its plurals ("colon", "colons",
    "colones", "tala", "dong"): a student who writes "1,560,000 colones" names the money, not a subject."""
    from bot.text import fold_accents

    last = {fold_accents(n.split()[-1].lower()) for n in world()[1].values() if n}
    return frozenset(last | {w + "s" for w in last} | {w + "es" for w in last})
