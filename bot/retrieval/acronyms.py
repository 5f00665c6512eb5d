"""Short forms a document defines ("Speech-language pathologists (SLPs)", "Senior House Officer (SHO)"), and a
question with them spelled out as the documents define them, so "hourly rate for SLPs" names the job the documents'
titles and tables name.

``short_forms(text)``: {short: long} for each "<words> (<SHORT>)" whose short form's capitals are the initials of the
words before it (a hyphen parts words; "of", "and" may be skipped: "Royal College of Physicians (RCP)"); a plural
short form ("SLPs") gives the singular long one, and capitals that skip a lower-case letter count ("SpR").
``spell_out(text, forms)``: the short forms whose long form names a job, replaced as written (capitals), so an
everyday word is never taken.
"""

from __future__ import annotations

import re

from bot.text import job_phrases

_SKIPPABLE = {"of", "and", "for", "the", "in", "on", "&"}  # words a short form's initials may skip
_DEFINED = re.compile(r"((?:[A-Za-z][\w'-]*\s+){1,7})\((?P<short>[A-Z][A-Za-z]{1,7}?)(?P<s>s?)\)")


def short_forms(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        short = m.group("short")
        initials = "".join(c for c in short if c.isupper())
        if len(initials) < 2 or short[1:].islower():
            continue
        words = m.group(1).split()
        for n in range(1, len(words) + 1):
            phrase = words[-n:]
            parts = [p for w in phrase for p in w.split("-") if p]
            capitals = "".join(p[0] for p in parts if p.lower() not in _SKIPPABLE).upper()
            if capitals == initials and phrase[0].lower() not in _SKIPPABLE:
                long = " ".join(phrase)
                if m.group("s") and long.endswith("s") and not long.endswith("ss"):
                    long = long[:-1]
                out[short] = long
                break
            if len(capitals) > len(initials):
                break
    return out


def spell_out(text: str, forms: dict[str, str]) -> str:
    for short, long in forms.items():
        if job_phrases(long):
            text = re.sub(rf"\b{re.escape(short)}(s?)\b", lambda m, long=long: long + m.group(1), text)
    return text


def add_short_forms(forms: dict[str, str], two_meanings: set[str], text: str) -> None:
    """Add the short forms ``text`` defines to ``forms``; one a line uses in brackets undefined ("Ingénieur qualité
    fournisseurs (SQE)") or defines otherwise goes to ``two_meanings``: it is spelled out for neither."""
    defined = short_forms(text)
    two_meanings |= {s for s, long in defined.items() if forms.get(s, long).lower() != long.lower()}
    two_meanings |= set(re.findall(r"\(([A-Z]{2,8})\)", text)) - set(defined)
    forms.update(defined)
