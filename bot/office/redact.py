"""The redactor: e-mail addresses, phone numbers and student-ID-like numbers -> placeholders.

Owns what "personal data a student may type" means for careerbot, and the
one function every writer calls before anything is stored or logged
(feedback rows, the question log, log lines). Three detectors, in order, over
the text still unredacted:

- e-mail: ``name@domain.tld``, and the spelled-out forms students use
  (``name (at) uni (dot) edu``, ``name at uni dot edu``) -> ``[EMAIL]``;
- phone: libphonenumber (the ``phonenumbers`` package) finds numbers
  valid for the US or in international form (+44 ..., 0044 ...); a generic
  shape (9-15 digits in groups, no currency sign or thousands comma) catches
  domestic numbers of other countries -> ``[PHONE]``;
- student ID: a number after an ID keyword (student ID, UIN, SID, matriculation
  number, ...), a letter-prefixed number (A01234567, z5123456), or any bare run
  of 7-12 digits -> ``[STUDENT_ID]``.

What is never touched: figures as the guide writes them. Money ($123,456,
$3.7 million), ranges ($43,000-$345,000, 2031-2035), percentages, years and
dates have a currency sign, a thousands comma, a decimal point or fewer than
seven digits; ``python -m eval redaction`` measures recall on a labelled set
and false hits on the corpus (must be 0).

Shortcut: names and postal addresses are not detected (no NER model: every
candidate library needs a model download); the README's Privacy section says so.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import phonenumbers

EMAIL, PHONE, STUDENT_ID = "[EMAIL]", "[PHONE]", "[STUDENT_ID]"
PHONE_REGIONS = ("US",)  # national formats parsed as US; any number with + or 00 is parsed by its own country code

_DOT = r"(?:\s*\.\s*|\s*[\(\[]\s*dot\s*[\)\]]\s*|\s+dot\s+)"
_AT = r"(?:\s*@\s*|\s*[\(\[]\s*at\s*[\)\]]\s*|\s+at\s+)"
_TLDS = r"(?:edu|com|org|net|gov|io|ai|ac|uk|de|fr|ca|au|in|cn|jp|nl|ch|se|sg|sa|es|it|us|info|co)"
EMAIL_PLAIN = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
EMAIL_SPELLED = re.compile(
    rf"\b[A-Za-z0-9_%+-]+(?:{_DOT}[A-Za-z0-9_%+-]+)*{_AT}[A-Za-z0-9-]+(?:{_DOT}[A-Za-z0-9-]+)*{_DOT}{_TLDS}\b",
    re.I,
)
# 9-15 digits in 2+ groups (spaces, dots, dashes, parentheses), optional + or 00 prefix; no $ or comma inside.
PHONE_SHAPE = re.compile(r"(?<![\w$.,])(?:\+|00)?\(?\d{2,5}\)?(?:[ .-]\(?\d{2,5}\)?){1,4}(?![\w%,]|\.\d)")
_ID_KEY = (
    r"\b(?:student\s*(?:id|no\.?|number|num|#)?|(?:banner|net|s|u|p|e)?id(?:\s*(?:number|no\.?|#))?|uin|sid|pid|eid|emplid"
    r"|matric\w*(?:\s*(?:number|no\.?))?|registration\s*(?:number|no\.?)|[A-Za-z]\s*number)"
)
ID_AFTER_KEY = re.compile(
    rf"{_ID_KEY}\s*(?:is|:|#|=)?\s*:?\s*#?\s*:?\s*([A-Za-z]{{0,3}}\d[\d -]{{2,14}}\d|[A-Za-z]{{1,3}}\d{{4,12}})\b", re.I
)
ID_LETTERED = re.compile(r"(?<![\w$])[A-Za-z]{1,2}\d{6,11}\b")
_MAYBE = re.compile(r"\d|@|\bat\b", re.I)  # text without any of these holds nothing to redact
ID_DIGITS = re.compile(r"(?<![\w$.,])\d{7,12}(?![\w%]|[.,]\d)")


@dataclass(frozen=True)
class Hit:
    """One piece of personal data: its placeholder and where it was in the text."""

    placeholder: str
    start: int
    end: int


def _phone_hits(text: str) -> Iterable[tuple[int, int]]:
    for region in PHONE_REGIONS:
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
            yield match.start, match.end
    for match in PHONE_SHAPE.finditer(text):
        if 9 <= sum(ch.isdigit() for ch in match.group()) <= 15:
            yield match.span()


def find(text: str) -> list[Hit]:
    """Every piece of personal data in ``text``, left to right, without overlaps (earlier detectors win)."""
    taken: list[Hit] = []

    def add(placeholder: str, spans: Iterable[tuple[int, int]]) -> None:
        for start, end in spans:
            if not any(start < h.end and h.start < end for h in taken):
                taken.append(Hit(placeholder, start, end))

    add(EMAIL, (m.span() for m in EMAIL_PLAIN.finditer(text)))
    add(EMAIL, (m.span() for m in EMAIL_SPELLED.finditer(text)))
    add(STUDENT_ID, (m.span(1) for m in ID_AFTER_KEY.finditer(text) if sum(c.isdigit() for c in m.group(1)) >= 5))
    add(PHONE, _phone_hits(text))
    add(STUDENT_ID, (m.span() for m in ID_LETTERED.finditer(text)))
    add(STUDENT_ID, (m.span() for m in ID_DIGITS.finditer(text)))
    return sorted(taken, key=lambda h: h.start)


def redact(text: str) -> str:
    """``text`` with every e-mail address, phone number and student-ID-like number replaced by its placeholder."""
    if not text or not _MAYBE.search(text):
        return text
    out, last = [], 0
    for hit in find(text):
        out.append(text[last : hit.start])
        out.append(hit.placeholder)
        last = hit.end
    out.append(text[last:])
    return "".join(out)


def redact_value(value: Any) -> Any:
    """``value`` with every string in it redacted: strings, and lists / dicts of them (JSON columns)."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [redact_value(v) for v in value]
    if isinstance(value, dict):
        return {k: redact_value(v) for k, v in value.items()}
    return value


class RedactingFilter(logging.Filter):
    """A logging filter that redacts each record's formatted message
    (and drops its args) before any handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken format string is logged as is, redacted
            message = str(record.msg)
        record.msg, record.args = redact(message), None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def install_log_redaction(logger: logging.Logger | None = None) -> RedactingFilter:
    """Add one RedactingFilter to every handler of ``logger`` (the root logger by default); idempotent."""
    logger = logger or logging.getLogger()
    found = RedactingFilter()
    for handler in logger.handlers:
        existing = [f for f in handler.filters if isinstance(f, RedactingFilter)]
        if existing:
            found = existing[0]
        else:
            handler.addFilter(found)
    return found
