"""Numbers in prose: find them, normalise them, compare them.

Owns the one parser of figures shared by the verifier (bot/guard/verify.py) and the
eval harness (fact recall). A figure is a ``Quantity``: its value in plain
units ("$3.7 trillion" -> 3.7e12, "123k" -> 123000, "61%" -> 61.0), a kind
(money, percent, year, count) and where it stands in the text.

Shortcuts it takes: small number words are read only before a unit of time
("four years"); a bare four-digit number between 1900 and 2100 is a year; a
"k"/"M"/"bn" shorthand without a currency sign is money (the corpus talks
salaries). ``approx`` marks figures the writer rounded ("about $205,000",
"204k"): they match a precise figure that rounds or truncates to them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from bot.currencies import CURRENCY_CODE_WORDS, dot_grouped, minor_digits, signs_after, signs_pattern, world
from bot.vocabulary import PAY_WORDS

Kind = Literal["money", "percent", "year", "count"]

_SCALES: dict[str, float] = {
    "k": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mm": 1e6,
    "mn": 1e6,
    "million": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "billion": 1e9,
    "t": 1e12,
    "tn": 1e12,
    "trillion": 1e12,
    "lakh": 1e5,  # India: ₹9.5 lakh = ₹950,000
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
_WORD_NUMBERS: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
}
_APPROX_WORDS = (
    "about",
    "around",
    "roughly",
    "approximately",
    "approx.",
    "approx",
    "nearly",
    "almost",
    "circa",
    "some",
    "close to",
    "~",
    "≈",
)

_NUMBER_PATTERN = r"""
    (?<![\w.$])(?<!\d,)                           # not glued to a word or another number ("Q4,050": not "050")
    (?P<cur>(?={first})(?:{extra})(?:\.(?=\s?\d))?|US\$|C\$|CA\$|A\$|NZ\$|S\$|HK\$|\$|£|€|¥|₹|₩|Rs\.?\s?|R(?=\d{{1,3}}(?:,\d{{3}})+(?![\d,]))
       |K(?=\d{{1,3}}(?:,\d{{3}})*\.\d\d(?!\d)|\d{{1,3}}(?:,\d{{3}})+(?![\d,]))  # K1,381.20: kina, kwacha, kyat
       |[PL](?=\d{{1,3}}(?:,\d{{3}})+(?![\d,]))|Q(?=\d{{1,3}}(?:,\d{{3}})+(?![\d,])|\d{{2,}}(?![\d,]))  # P3,400: pula,
       # peso; L5,600: lempira, lek; Q4,050, Q85: quetzal (not "Q4", a quarter)
       |(?:USD|CAD|GBP|EUR|AUD|NZD|INR|CHF|SGD|HKD|AED|SAR|QAR|ZAR|JPY|KRW|CNY|PLN|SEK|NOK|DKK)\s?)?\s?
    (?P<num>(?(cur)\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d.,])|(?!))  # NOK 550 800
       |\d{{1,3}}(?:\.\d{{3}})+,\d{{1,3}}(?![\d,])|\d{{1,3}}(?:\.\d{{3}}){{2,}}(?![\d,])  # 38.500,00; 2.450.000
       |\d{{1,2}}(?:,\d\d)+,\d{{3}}(?:\.\d+)?|\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,3}}(?:['’]\d{{3}})+(?:\.\d+)?
       |\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?:,\d{{1,3}})?  # 42 300 kr; a cell's "39 700" at the end of its clause,
         (?=\s?(?:kr|SEK|NOK|DKK|zł|PLN|€|Kč|Ft|{after})|\s*(?:$|\[\d|[;)]|[.,](?:\s|$)|[–-]\s?\d)  # "38 000 – 48 000"
           |\s(?:a|an|per)\s(?:hour|day|shift|week|fortnight|month|year|annum)\b)  # "68 400 a month"
       |\d{{1,3}},\d{{2}}(?![\d,.])|\d{{1,3}},\d(?=\s?%)  # 412,50: a decimal comma; "58,5%", "0,5 %"
       |(?:(?<=[–-]\s)|(?<=[–-]))\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d.,])  # NOK 640 200 – 862 500
       |\d+(?:\.\d+)?|\.\d+)  # 12,50,000: India; 95'000: Switzerland
    (?:\s?(?P<scale>thousand|million|billion|trillion|lakhs?|crores?|bn|mn|mm|tn|[kKmMbBtT])(?![\w]))?
    (?P<man>[万億](?=[円元]))?  # 465万円: 4,650,000 yen
    (?:\s?(?P<post>{after}|zł|PLN|SEK|NOK|DKK|USD|EUR|GBP|CHF|kr|€|円|元)(?![\w])(?!\s?\d))?  # "96,000 zł", "2.450 €";
                                      # not the sign of the amount after it ("1 May 2025 NOK 550 800")
    (?:\s?(?P<pct>%|percent\b|per\s?cent\b))?
    """


@lru_cache(maxsize=1)
def _number_re() -> re.Pattern[str]:
    """The figure pattern, with every currency sign of bot/currencies.py beside the ones above (built on first use)."""
    known = set(_CURRENCY) | {"Rs.", "R"}
    extra = signs_pattern(known)
    # (and an ISO code, written after the amount as often as before it: "1,150,000 UGX", "35 000 MKD")
    codes = {c for c in world()[0] if re.fullmatch(r"[A-Z]{3}", c)}
    after = "|".join(
        re.escape(s) for s in sorted(signs_after() | codes, key=len, reverse=True) if s not in known and s in world()[0]
    )
    # the signs' first characters, tried before the ~200 signs themselves (else every position tries each of them)
    first = "[" + "".join(sorted({re.escape(x[0]) for x in world()[0] if x not in known})) + "]"
    return re.compile(_NUMBER_PATTERN.format(extra=extra, after=after, first=first), re.VERBOSE)


_CURRENCY = {
    "$": "$", "US$": "$", "USD": "$", "C$": "$", "CA$": "$", "CAD": "$", "A$": "$", "AUD": "$", "£": "£", "GBP": "£",
    "€": "€", "EUR": "€", "¥": "¥", "NZ$": "$", "NZD": "$", "S$": "$", "SGD": "$", "HK$": "$", "HKD": "$", "₹": "₹",
    "Rs": "₹", "Rs.": "₹", "INR": "₹", "CHF": "CHF", "AED": "AED", "SAR": "SAR", "QAR": "QAR", "R": "R", "ZAR": "R",
    "JPY": "¥", "₩": "₩", "KRW": "₩", "CNY": "CNY", "zł": "zł", "PLN": "zł", "kr": "kr", "SEK": "kr", "NOK": "kr",
    "DKK": "kr", "円": "¥", "元": "CNY", "Q": "Q", "P": "P", "L": "L",
}  # fmt: skip
_CODES = {"DKK": "DKK", "SEK": "SEK", "NOK": "NOK", "PLN": "PLN", "zł": "PLN", "CHF": "CHF", "EUR": "EUR"}  # for dots
_WORD_RE = re.compile(
    r"\b(?P<word>" + "|".join(_WORD_NUMBERS) + r")(?=[\s-]+(?:years?|months?|weeks?|decades?)\b)", re.IGNORECASE
)
_RANGE_JOIN_RE = re.compile(r"^\s*(?:-|–|—|to|and)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """One figure found in a text. ``value`` is in plain units; ``text`` is the matched span."""

    value: float
    kind: Kind
    text: str
    start: int
    end: int
    approx: bool = False
    currency: str = ""  # "$", "£", "€", ... as written ("" for none); "CAD"/"C$" read as "$"


def parse_numbers(text: str) -> list[Quantity]:
    """Every figure in ``text``, in order. Ranges ("$43,000 - $345,000", "$3.7-4 trillion") give both ends."""
    found = [q for m in _number_re().finditer(text) if (q := _from_match(text, m)) is not None]
    found += [_from_word(text, m) for m in _WORD_RE.finditer(text)]
    found.sort(key=lambda q: q.start)
    return _share_range_units(text, found)


def _from_match(text: str, m: re.Match[str]) -> Quantity | None:
    raw = re.sub(r"['’]", "", m.group("num"))
    cur, scale_word, pct = m.group("cur") or m.group("post"), (m.group("scale") or ""), m.group("pct")
    sign = (cur or "").strip()
    if sign.endswith(".") and sign not in world()[0] and sign not in _CURRENCY:
        sign = sign[:-1]  # "Ksh. 6,000", "Gs. 3.450.000": a sign abbreviated with a full stop
    # written the European way: 38.500,00; 2.450.000; 42 300; "R$ 22.500" in a currency whose country writes dots
    # and "₮52.000", "MNT 52.000", "12.400 TL": a currency of no third decimal (the dinars' "815.500" have one), by a
    # sign of the world's; "€1.500", "$1.250" are left as written (their countries write them both ways)
    code = world()[0].get(sign, _CODES.get(sign, ""))
    third = sign not in _CURRENCY and code in world()[1] and minor_digits(code) < 3
    dotted = re.fullmatch(r"\d{1,3}\.\d{3}", raw) and (dot_grouped(code) or third)
    # "1 512,300 DT", "1.512,300": a comma after thousands grouped by spaces or dots is a decimal one (a dinar's)
    dinar = re.fullmatch(r"\d{1,3}(?:[. \u00a0\u202f]\d{3})+,\d{3}", raw)
    if (
        dotted
        or dinar
        or re.fullmatch(
            r"[\d. \u00a0\u202f]+,\d{1,2}|\d{1,3}(?:[. \u00a0\u202f]\d{3}){2,}|\d{1,3}(?:[ \u00a0\u202f]\d{3})+", raw
        )
    ):
        raw = re.sub(r"[. \u00a0\u202f]", "", raw).replace(",", ".")
    if scale_word in ("M", "m", "B", "b", "T", "t") and not cur and not _digit_scale_ok(text, m):
        scale_word = ""  # "5 m" of distance, "3 b" of a list: not a scale without a currency
    value = float(raw.replace(",", ""))
    scale = _SCALES.get(scale_word.lower(), 1.0) * {"万": 1e4, "億": 1e8}.get(m.group("man") or "", 1.0)
    kind: Kind
    if sign in _CODES_NEW() and value < 100 and not scale_word:
        cur, sign = "", ""  # "PHP 8.2" is a version of the language, not 8.2 pesos
    if pct:
        kind = "percent"
    elif cur or scale_word and not _counted(text, m.end("scale")):
        kind = "money"
    elif re.fullmatch(r"\d{4}", raw) and (1900 <= value <= 2100 or _buddhist_era(text, m, value)):
        kind = "year"
    else:
        kind = "count"
    start = m.start("cur") if cur and m.group("cur") else m.start("num")
    end = m.end("pct") if pct else m.end("post") if m.group("post") else m.end("scale") if scale_word else m.end("num")
    approx = _has_approx_word(text, start) or scale_word.lower() == "k"
    currency = _CURRENCY.get(sign) or world()[0].get(sign, "")
    return Quantity(value * scale, kind, text[start:end], start, end, approx, currency)


def _buddhist_era(text: str, m: re.Match[str], value: float) -> bool:
    """A Thai year, 543 after the Gregorian one: "Pay Guide 2568 (2025)", "B.E. 2568", "พ.ศ. 2568"."""
    return 2443 <= value <= 2643 and bool(
        re.match(rf"\s*\(\s*{int(value) - 543}\s*\)", text[m.end() :])
        or re.search(r"(?:B\.\s?E\.|พ\.ศ\.)\s*$", text[: m.start()])
    )


def _counted(text: str, end: int) -> bool:
    """ "1.3 million nursing assistants": a scaled number of things (a plural noun after it), no amount of money."""
    words = re.match(r"\s+((?:[a-z-]+\s+){0,2}[a-z-]+s)\b", text[end:])
    # (not pay, "2 million in salaries", nor a currency, "2 million dollars")
    said = words.group(1) if words else ""
    return bool(words) and not PAY_WORDS.search(said) and not currency_of(said) and "dollar" not in said


def _digit_scale_ok(text: str, m: re.Match[str]) -> bool:
    """A one-letter scale (M/B/T) counts only when written glued to the digits ("420B")."""
    return m.start("scale") == m.end("num")


def _from_word(text: str, m: re.Match[str]) -> Quantity:
    value = float(_WORD_NUMBERS[m.group("word").lower()])
    return Quantity(value, "count", m.group(0), m.start(), m.end(), _has_approx_word(text, m.start()))


def _has_approx_word(text: str, start: int) -> bool:
    before = text[max(0, start - 16) : start].lower().rstrip()
    return any(before.endswith(w) for w in _APPROX_WORDS)


def _share_range_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """In "$111,000 - 222,000" or "$3.7-4 trillion" both ends take the unit the range is written with."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not _RANGE_JOIN_RE.match(text[a.end : b.start]):
            continue
        if a.kind == "money" and b.kind in ("count", "year") and not _has_scale(b.text):
            out[i + 1] = replace(b, kind="money", value=b.value * _scale_of(a.text))
        elif b.kind == "money" and a.kind in ("count", "year") and not _has_scale(a.text):
            out[i] = replace(a, kind="money", value=a.value * _scale_of(b.text))
        elif a.kind == "money" and b.kind == "money" and _has_scale(b.text) and not _has_scale(a.text):
            out[i] = replace(a, value=a.value * _scale_of(b.text))
        elif b.kind == "percent" and a.kind == "count":
            out[i] = replace(a, kind="percent")
    return out


def _scale_word(q_text: str) -> str:
    m = re.search(r"(thousand|million|billion|trillion|bn|mn|mm|tn|[kKmMbBtT])\s*$", q_text)
    return m.group(1).lower() if m else ""


def _has_scale(q_text: str) -> bool:
    return bool(_scale_word(q_text))


def _scale_of(q_text: str) -> float:
    return _SCALES.get(_scale_word(q_text), 1.0)


def precision(q: Quantity) -> float:
    """The rounding step a figure is written to: "123k" -> 1000, "$3.7 trillion" -> 1e11,
    "$124,000" (approx) -> 1000."""
    digits = re.search(r"\d[\d,]*(?:\.\d+)?|\.\d+", q.text)
    if not digits:
        return 1.0
    raw = digits.group(0).replace(",", "")
    if "." in raw:
        step = 10.0 ** -len(raw.split(".")[1])
    elif q.approx:
        stripped = raw.rstrip("0")
        step = 10.0 ** min(len(raw) - len(stripped), max(len(raw) - 2, 0))
    else:
        step = 1.0
    return step * _scale_of(q.text)


def _kinds_compatible(a: Kind, b: Kind) -> bool:
    return a == b or "count" in (a, b)


def same_quantity(a: Quantity, b: Quantity, *, tolerance: float = 0.0) -> bool:
    """True when ``a`` and ``b`` state the same figure.

    Values must be equal up to ``tolerance`` (relative). A rounded figure
    (``approx``) also matches a precise one that rounds or truncates to it,
    within 5%: "123k" ~ "$123,456", "about $310 billion" ~ "$309.87 billion".
    A bare number matches any kind ("123,456" ~ "$123,456"); otherwise kinds must agree, and two written
    currencies must be the same ("£58,000" is not "$58,000"; CAD and US dollars are both written "$").
    """
    if not _kinds_compatible(a.kind, b.kind) or (a.currency and b.currency and a.currency != b.currency):
        return False
    if math.isclose(a.value, b.value, rel_tol=max(tolerance, 1e-9), abs_tol=1e-9):
        return True
    return _rounds_to(a, b) or _rounds_to(b, a)


def _rounds_to(rounded: Quantity, exact: Quantity) -> bool:
    """``rounded`` is an approximate writing of ``exact``."""
    if not rounded.approx:
        return False
    step = precision(rounded)
    diff = exact.value - rounded.value
    near = abs(diff) <= step / 2 + 1e-9 or 0 <= diff < step
    return near and abs(diff) <= 0.05 * max(abs(exact.value), 1e-12)


@lru_cache(maxsize=8)
def _numbers_of(text: str) -> tuple[Quantity, ...]:
    """``parse_numbers``, kept for the last few texts (a whole corpus is searched for many facts in turn)."""
    return tuple(parse_numbers(text))


def fact_in_text(fact: str, text: str) -> bool:
    """Whether ``text`` states ``fact``.

    A fact with figures: every figure appears in ``text``, normalised ("123,456" ~ "$123,456", "76k" ~ "$76,000").
    A fact without figures: its words appear together, case-insensitively, on word boundaries.
    """
    if re.search(rf"(?<![\w.,]){re.escape(fact)}(?![\w]|[.,]\d)", text):
        return True  # as written ("862 500")
    wanted = parse_numbers(fact)
    if wanted:
        have = _numbers_of(text)
        return all(any(same_quantity(w, h) for h in have) for w in wanted)
    words = re.findall(r"\w+", fact.lower())
    if not words:
        return False
    pattern = r"\b" + r"\W+".join(re.escape(w) for w in words) + r"\b"
    return re.search(pattern, text.lower()) is not None


# --- currencies: the ISO code of a figure ---------------------------------------------------------------

_CURRENCY_SIGNS = (
    ("A$", "AUD"),
    ("C$", "CAD"),
    ("CA$", "CAD"),
    ("NZ$", "NZD"),
    ("S$", "SGD"),
    ("HK$", "HKD"),
    ("US$", "USD"),
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("AUD", "AUD"),
    ("CAD", "CAD"),
    ("NZD", "NZD"),
    ("SGD", "SGD"),
    ("HKD", "HKD"),
    ("INR", "INR"),
    ("£", "GBP"),
    ("€", "EUR"),
    ("₹", "INR"),
    ("Rs", "INR"),
    ("CHF", "CHF"),
    ("AED", "AED"),
    ("SAR", "SAR"),
    ("QAR", "QAR"),
    ("ZAR", "ZAR"),
    ("R", "ZAR"),  # after "Rs"
    ("Q", "GTQ"),
    ("¥", "JPY"),
    ("JPY", "JPY"),
    ("₩", "KRW"),
    ("KRW", "KRW"),
    ("CNY", "CNY"),
    ("PLN", "PLN"),
    ("SEK", "SEK"),
    ("NOK", "NOK"),
    ("DKK", "DKK"),
)
# Signs written after the amount ("96,000 zł", "420,000 kr"; a bare "kr" is read as Swedish).
_CURRENCY_AFTER = (
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("CHF", "CHF"),
    ("円", "JPY"),
    ("元", "CNY"),
    ("zł", "PLN"),
    ("PLN", "PLN"),
    ("SEK", "SEK"),
    ("NOK", "NOK"),
    ("DKK", "DKK"),
    ("kr", "SEK"),
)
_CURRENCY_NAMES = (
    (re.compile(r"\bAUD\b|\bAustralian dollars?\b", re.I), "AUD"),
    (re.compile(r"\bCAD\b|\bCanadian dollars?\b", re.I), "CAD"),
    (re.compile(r"\bUSD\b|\bUS dollars?\b|\bU\.S\. dollars?\b", re.I), "USD"),
    (re.compile(r"\bGBP\b|\bpounds?(?: sterling)?\b|\bsterling\b", re.I), "GBP"),
    (re.compile(r"\bEUR\b|\beuros?\b", re.I), "EUR"),
    (re.compile(r"\bNZD\b|\bNew Zealand dollars?\b", re.I), "NZD"),
    (re.compile(r"\bINR\b|\brupees?\b|\blakhs?\b", re.I), "INR"),
    (re.compile(r"\bCHF\b|\bSwiss francs?\b", re.I), "CHF"),
    (re.compile(r"\bAED\b|\bdirhams?\b", re.I), "AED"),
    (re.compile(r"\bZAR\b|\brand\b", re.I), "ZAR"),
    (re.compile(r"\bJPY\b|\byen\b", re.I), "JPY"),
    (re.compile(r"\bPLN\b|\bz[łl]oty\b", re.I), "PLN"),
    (re.compile(r"\bSEK\b|\bSwedish kron[ae]\b|\bkronor\b", re.I), "SEK"),
)


def currency_of(text: str, default: str = "") -> str:
    """The ISO code of the first figure's currency in ``text`` ("£28,900" -> "GBP"); a bare "$" is ``default``
    (the document's) or USD; names ("euro") count when no sign does; "" when nothing says."""
    for q in parse_numbers(text):
        if q.kind == "money" and q.currency:
            if q.currency in _world_codes():
                return q.currency  # a sign bot/currencies.py knows ("₱", "MX$", "Ksh"), read as its ISO code
            written = q.text.lstrip()
            for sign, code in _CURRENCY_AFTER:
                if written.endswith(sign):  # a bare "kr" is the krona or krone of the document's country
                    return default if sign == "kr" and default in ("SEK", "NOK", "DKK", "ISK") else code
            for sign, code in _CURRENCY_SIGNS:
                if written.startswith(sign):
                    return code
            if written.startswith("$"):
                return default or "USD"
            return {"£": "GBP", "€": "EUR", "₹": "INR", "CHF": "CHF"}.get(q.currency, default)
    for rx, code in _full_names():
        if rx.search(text):
            return code
    for rx, code in _CURRENCY_NAMES:
        if rx.search(text):
            return code
    for rx, code in _world_names():
        if rx.search(text):
            return code
    return ""


@lru_cache(maxsize=1)
def _CODES_NEW() -> frozenset[str]:  # noqa: N802 - a constant built on first use
    """The ISO codes written as signs that bot/currencies.py added ("PHP", "MXN"), not the ones known before."""
    return frozenset(c for c in world()[0] if re.fullmatch(r"[A-Z]{3}", c)) - set(_CURRENCY)


@lru_cache(maxsize=1)
def _world_codes() -> frozenset[str]:
    """The ISO codes of the currencies this module did not know before bot/currencies.py ("PHP", "MXN")."""
    return frozenset(world()[0].values()) - set(_CURRENCY.values())


@lru_cache(maxsize=1)
def _world_names() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each of those currencies named in words: its code or its English name ("Mexican pesos", "Kenyan shilling"), or
    the name's last word, capitalised, when it names one currency only and is no English word ("Pula", "Tenge")."""
    names = world()[1]
    last = Counter(n.split()[-1] for c, n in names.items() if n and c in _world_codes())
    alone = {c: n.split()[-1] for c, n in names.items() if n and last[n.split()[-1]] == 1}
    return tuple(
        (re.compile(_by_code(code) + rf"\b(?i:{_name_pattern(names[code])})s?\b" + _alone(alone.get(code, ""))), code)
        for code in sorted(_world_codes())
        if names.get(code)
    )


def _by_code(code: str) -> str:
    """A currency's ISO code as a word ("PHP"), not the codes that are English words ("GEL", "MAD")."""
    return "" if code in CURRENCY_CODE_WORDS else rf"\b{code}\b|"


def _name_pattern(name: str) -> str:
    """A currency's English name as documents write it: "Icelandic Króna" also "Icelandic krona"."""
    from bot.text import fold_accents

    folded = fold_accents(name)
    return re.escape(name) if folded == name else f"{re.escape(name)}|{re.escape(folded)}"


@lru_cache(maxsize=1)
def _full_names() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Every currency's whole English name of two words or more ("Moroccan dirham", "Georgian lari"), read before a
    name's last word alone ("dirhams", which careerbot reads as the UAE's)."""
    names = world()[1]
    return tuple(
        (re.compile(rf"\b(?i:{_name_pattern(n)})s?\b"), code) for code, n in sorted(names.items()) if n and " " in n
    )


# Currencies' last words that are also English words or names ("Real", "Mark", "Won", "Rand", "Leone")
_WORD_NAMES = frozenset(
    "Real Mark Won Sol Rand Som Kip Dram Leone Tala Kina Lev Lek Dong Lari Loti Euro Dollar".split()
)


def _alone(word: str) -> str:
    return "" if not word or word in _WORD_NAMES or not word.isalpha() else rf"|\b{re.escape(word)}s?\b"
