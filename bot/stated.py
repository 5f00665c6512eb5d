"""What a document says its amounts are in (issue 26, item 2): the currency a column label, a caption or a sentence
names for the bare numbers of its tables ("Median (PLN)", "(Kč)", "Salaries are expressed in Pula (P) per annum"),
and which cells are such bare amounts ("6450", "38 000 – 48 000", "P 58,224" under a Pula caption).

Read by ``bot.tables`` when it makes a table row a record; a figure's own sign always wins over what a label says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.currencies import currency_country, world
from bot.languages import HOW_MUCH
from bot.numbers import _full_names, currency_of, parse_numbers
from bot.periods import period_of
from bot.text import row_cells
from bot.types import Chunk
from bot.vocabulary import PAY_WORDS, PRICE_WORDS

# 2.450.000; 1,250.5; 1.250,50; 38 000
_NUMBER = r"(?:\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:[,' ]?\d{3})*(?:\.\d+)?|\d{1,3}(?:[. ]\d{3})*,\d{1,3})"
# A cell that is an amount with no sign: one number, or a range of two ("38 000 – 48 000")
_BARE = re.compile(rf"\s*{_NUMBER}(?:\s*(?:–|-|—|to)\s*{_NUMBER})?\s*")
# A column label that names its figures' currency ("Median gross monthly (PLN)", "Salary (€)", "Base pay, HK$").
_LABEL_CURRENCY = re.compile(r"(?<![A-Za-z])(?:[A-Z]{3}|[A-Z]{1,2}\$|\$|£|€|¥|₹|zł)(?![A-Za-z])")
# A column of what one earns, in the words of the languages careers documents are written in (English: PAY_WORDS):
# of a row with both ("Corte clásico: Q85; Ingreso mensual: Q4,050"), a pay question reads the second.
_EARNED_ABROAD = re.compile(r"salari|ingreso|sueldo|remunera|plač|plac|maa[sş]|[üu]cret|lohn|gehalt|palk|mensual", re.I)


def earned_label(label: str) -> bool:
    """Whether a column label names what one earns ("Ingreso mensual¹", "Net monthly pay"), not a price or a count."""
    return bool(PAY_WORDS.search(label) or _EARNED_ABROAD.search(label) or re.search(r"/ ?month", label))


def asks_a_price(question: str) -> bool:
    """Whether a question asks what something costs ("what does a haircut cost"), not what one earns ("how much")."""
    return bool(PRICE_WORDS.search(re.sub(rf"\bhow much\b|{HOW_MUCH}", " ", question, flags=re.I)))


def bare_amount(cell: str, code: str) -> bool:
    """Whether ``cell`` is an amount written with no currency sign, for a column or document in ``code``: a number
    or a range, or one written after the one letter that begins its currency's name ("P 58,224" of Botswana's pula,
    "K 4,500" of a kwacha), a sign too short to be read anywhere else."""
    sign = re.match(r"\s*([A-Z])\s?(?=\d)", cell)
    if sign and code and world()[1].get(code, " ").split()[-1][:1] == sign.group(1):
        cell = cell[sign.end() :]
    return bool(_BARE.fullmatch(cell))


def label_currency(label: str) -> str:
    """The currency a column label or a sentence names for its bare figures, as an ISO code; "" when none."""
    for m in _LABEL_CURRENCY.finditer(label):
        code = currency_of(f"{m.group(0)} 1000") or currency_of(f"1000 {m.group(0)}")  # ("PHP 8.2": a version)
        if code:
            return code
    for word in re.findall(r"(?<![A-Za-z])[a-z]{3}(?![A-Za-z])", label):  # "gross monthly pln 2024 median"
        if currency_of(f"{word.upper()} 1000") == word.upper():
            return word.upper()
    # "(Kč)", "(₸)", "(Rp/bulan)", "(JD/month)"
    for token in (t for part in re.findall(r"\(([^()]{1,16})\)", label) for t in re.split(r"[\s/]+", part) if t):
        if code := currency_of(f"1000 {token}") or currency_of(f"{token} 1000"):
            return code
    return currency_of(re.sub(r"\d", " ", label))  # named in words ("in Pula", "Czech koruna")


def is_money(text: str) -> bool:
    return any(q.kind == "money" and q.currency for q in parse_numbers(text))


# A line saying what a document's amounts are in ("All amounts are in Polish złoty (PLN) per month.", "PLN per month.")
_STATED = re.compile(
    rf"^\s*(?:(?:all\s+|[A-Za-z]+\s+){{0,2}}(?:amounts?|figures?|rates?|values?|{PAY_WORDS.pattern})\b[^.\d]{{0,80}}?\bin\b"
    r"|[A-Z]{3}\s+(?:per|a|/)\s*(?:month|year|hour|week|annum)\b)",
    re.I,
)


def stated_currency(line: str, sentences: bool = False) -> str:
    """The currency ``line`` says a document's amounts are in, as an ISO code; "" for any other line. With
    ``sentences``, each sentence of the line is read ("Construction and trades, Canton of Zurich. Gross monthly pay in
    CHF, by year."): for a document whose tables write no amount with its currency at all."""
    for sentence in re.split(r"(?<=[.;])\s+|\s+/\s+", line) if sentences else [line]:
        two = len(set(re.findall(r"\b[A-Z]{3}\b", sentence))) > 1  # "UK figures are in GBP, all others in EUR"
        if _STATED.search(sentence) and not is_money(sentence) and not two and (code := label_currency(sentence)):
            return code
    return ""


def stated_by_document(chunks: Sequence[Chunk], sentences: bool = False) -> dict[str, tuple[str, str]]:
    """Each document's currency and period, when one of the first lines of a chunk says its amounts are in them."""
    out: dict[str, tuple[str, str]] = {}
    for c in chunks:
        if c.source not in out and not row_cells(c.text.split("\n")[0]):
            for line in c.text.split("\n")[:4]:
                if code := stated_currency(line, sentences):
                    # the period only from a line that is the statement (not "..., per month, unless stated
                    # otherwise" in a front matter paragraph, beside tables of hourly rates)
                    out[c.source] = (code, period_of(line) if _STATED.search(line) else "")
                    break
    return out


def country_by_currency(text: str) -> str:
    """The one country whose own currency ``text`` names at least twice, by its ISO code or its English name
    ("salario_mensual_UYU;jornal_UYU", "Georgian lari (GEL)"), or once as the code of its amounts ("in Icelandic
    krónur (ISK)"); "" when it names none, or the currencies of two countries; the dollar and the euro name no
    country. (A document's country when nothing else names it: ``ingest.load.read_scope``.)"""
    found: list[str] = []
    codes = world()[2]
    for m in re.finditer(r"(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])", text):
        if m.group(1) in codes:
            found.append(m.group(1))
    found += [code for rx, code in _full_names() for _ in rx.finditer(text)]
    places = {currency_country(c) for c in found if c not in ("USD", "EUR")} - {""}
    if len(places) != 1:
        return ""
    defined = re.search(r"\((?:%s)\)" % "|".join(c for c in found if currency_country(c) in places), text)
    return places.pop() if defined or sum(currency_country(c) in places for c in found) >= 2 else ""
