"""Scope: what a question asks about that the documents do not describe, and how to say so honestly.

Owns the "honest answer" decision for out-of-scope questions, from the lexicon
ingest built (bot/retrieval/lexicon.py), never from lists of one guide's names:

- a name (company, place, organisation) the documents never mention: "Initech", "Freedonia";
- a job title no document's roles or headings describe, aliases and abbreviations
  allowed ("WQ engineer" is a document's "Widget Quality Engineer"; "widget
  scientist" is a "widget researcher"): "nurse";
- a year the pay figures do not describe ("What will I earn in 2035?"): the note says
  which year the figures are for and that they are not a forecast;
- a subject the documents never mention at all ("ranking universities"): its words are
  nowhere in the corpus.

``uncovered`` returns the gaps (``Entity`` values, each with a ``note`` on what the
documents do describe); ``names_phrase`` words them for the scope reply;
``assess`` gives the whole decision for a question and its passages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.numbers import parse_numbers
from bot.retrieval.lexicon import DocScope, Entity, Lexicon
from bot.text import FILLER, META, STOPWORDS, content_stems, fold_accents, words
from bot.vocabulary import PAY_WORDS, asks_about_pay

# Question words that name no subject (language).
_ASKING = frozenset(
    """tell explain need needs get become becoming best good better worst important start starting want like know way
    ways someone person people thing things kind kinds type types today now currently future next much many long
    often right wrong typical typically usually work working job jobs career careers role roles field fields fast
    quickly grown got gotten guy guys folks ppl""".split()
)


# Where a question names what it is about (language): "in Freedonia", "at Initech", "does Hooli pay", "Umbrella's".
_NAME_BEFORE = re.compile(r"\b(?:in|at|for|from|with|by|about|of|does|do|did|and|or|vs\.?|versus)\s+(?:the\s+)?$", re.I)
_NAME_AFTER = re.compile(r"^(?:['’]s\b|\s+(?:pays?|paid|offers?|hires?|employs?|gives?))", re.I)
_DETERMINED = re.compile(r"\b(?:which|what|the|a|an|for|about|of|in|on|best|top|rank|ranking)\s+(?:[\w'-]+\s+)?$", re.I)


def _asked_about(question: str, e: Entity) -> bool:
    return bool(_NAME_BEFORE.search(question[: e.start]) or _NAME_AFTER.match(question[e.end :]))


@dataclass(frozen=True)
class Decision:
    """What the chain should do with a question before generating: ``kind`` is "answer", "scope" or "not_covered"."""

    kind: str
    gaps: tuple[Entity, ...] = ()
    note: str = ""  # the scope reply's first sentence, when kind is "scope"


def uncovered(question: str, lex: Lexicon) -> list[Entity]:
    """Names, job titles, years and subjects in ``question`` that the documents (``lex``) do not describe."""
    gaps: list[Entity] = []
    for e in lex.find(question):
        if e.known or e.kind not in ("name", "role") or _is_region(e.name, lex.documents):
            continue
        if e.kind == "name" and _written_otherwise(e.name, lex):
            continue  # "Hanoi" of a document that writes "Hà Nội"
        if e.kind == "name" and not _asked_about(question, e):
            continue  # "You are DAN, ...", "Question: ...": a capitalised word, not what the question is about
        if e.kind == "name" and (
            e.start == 0 or e.name.lower() in FILLER or "-" in e.name and lex.mentioned(e.name.split("-")[0])
        ):
            # a capitalised first word is the sentence's, not a name's; "AI-assisted" is a known word's compound
            continue
        if e.name.lower() not in {g.name.lower() for g in gaps}:
            gaps.append(e)
    gaps += _year_gaps(question, lex)
    subject = _subject_gaps(question, lex, gaps)
    if subject and _only_common_besides(question, subject, lex):
        gaps += subject
    return gaps


def _squeezed(name: str) -> str:
    """A name without accents, case, spaces, hyphens, dots or "&" ("Hà Nội" -> "hanoi", "T&T" -> "tt")."""
    return re.sub(r"[\s&.-]+", "", fold_accents(name.lower()))


def _written_otherwise(name: str, lex: Lexicon) -> bool:
    """Whether the documents write ``name`` as two or three capitalised words, with accents ("Hanoi": "Hà Nội"), as
    the words its initials stand for ("CSC": "Correctional Service Canada"), or by its other name ("Açores")."""
    memo = lex._memo("squeezed")
    if "names" not in memo:
        joined = set()
        for text in [*(f"{h}\n{t}" for h, t in lex.lines), *lex.names]:
            for run in re.findall(r"[^\W\d_][\w'’]*(?:[ -][^\W\d_][\w'’]*){0,2}", text):
                words = re.split(r"[ -]", run)
                for n in (1, 2, 3):
                    for i in range(len(words) - n + 1):
                        part = words[i : i + n]
                        if part[0][:1].isupper() and (n > 1 or not part[0].isascii()):
                            joined.add(_squeezed(" ".join(part)))
            # an organisation's initials ("CSC" of "Correctional Service Canada")
            # ("T&T" of "Trinidad & Tobago")
            for run in re.findall(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|and|for|the|&)\s+)?[A-Z][a-z]+){1,4}", text):
                joined.add("".join(w[0] for w in run.split() if w[0].isupper()).lower())
        memo["names"] = frozenset(joined)
    if _squeezed(name) in memo["names"]:
        return True
    from bot.geography import other_names  # "Azores" of a document that writes "Açores", "Lisbon" of "Lisboa"

    return any(_squeezed(other) in memo["names"] or lex.mentioned(other) for other in other_names(name))


def _is_region(name: str, documents: tuple[DocScope, ...]) -> bool:
    low = name.lower()
    usual = ({"us", "usa", "united states", "america", "north america"}, {"uk", "united kingdom", "britain"})
    for doc in documents:
        region = doc.region.lower()
        if low == region or any(low in group and region in group for group in usual):
            return True
    return False


def _year_gaps(question: str, lex: Lexicon) -> list[Entity]:
    if not asks_about_pay(question) or not lex.pay_years:
        return []
    out = []
    for q in parse_numbers(question):
        year = int(q.value)
        if q.kind != "year" or year in lex.pay_years:
            continue
        have = " and ".join(str(y) for y in lex.pay_years)
        later = year > max(lex.pay_years)
        note = f"the pay figures are for {have}" + ("; they are not a forecast" if later else "")
        out.append(Entity("year", str(year), q.start, q.end, known=False, note=note))
    return out


def _subject_gaps(question: str, lex: Lexicon, found: list[Entity]) -> list[Entity]:
    """Words of the question the documents never use, when they are its subject (not asking words, not a year)."""
    if not lex.vocabulary:
        return []
    taken = [(e.start, e.end) for e in found]
    out = []
    for m in re.finditer(r"[A-Za-z][A-Za-z'-]+", question):
        word = m.group(0).lower()
        if (
            len(word) < 4
            or word in FILLER
            or word in STOPWORDS
            or word in META
            or word in _ASKING
            or PAY_WORDS.fullmatch(word)
        ):
            continue
        if (
            any(a <= m.start() < b for a, b in taken)
            or not content_stems(word)
            or content_stems(word) <= lex.vocabulary
        ):
            continue
        if not _DETERMINED.search(question[: m.start()]):
            continue  # a subject is a noun the question names ("which university", "a recipe"), not a verb ("Reply")
        out.append(Entity("subject", m.group(0), m.start(), m.end(), known=False))
    return _merged(out, question)


def _merged(gaps: list[Entity], question: str) -> list[Entity]:
    """Neighbouring uncovered words are one subject ("share price")."""
    out: list[Entity] = []
    for g in gaps:
        if out and not question[out[-1].end : g.start].strip():
            last = out[-1]
            out[-1] = Entity("subject", question[last.start : g.end], last.start, g.end, known=False)
        else:
            out.append(g)
    return out


def names_phrase(entities: list[Entity], question: str) -> str:
    """ "Freedonia", "Initech or Freedonia", "other years (the pay figures are for 2031; they are not a forecast)":
    an asked year is not repeated, so a planted year is never echoed as if it were the guide's."""
    parts = [
        ("other years" if e.kind == "year" else question[e.start : e.end]) + (f" ({e.note})" if e.note else "")
        for e in entities
    ]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " or " + parts[-1]


def _only_common_besides(question: str, subject: list[Entity], lex: Lexicon) -> bool:
    """Apart from the uncovered words, the question says only what every chunk says ("AI research"): its subject is
    the uncovered one ("Which university is best for AI research?")."""
    rest = question
    for g in reversed(subject):
        rest = rest[: g.start] + " " + rest[g.end :]
    stems = {s for w in words(rest) if w.lower() not in _ASKING for s in content_stems(w)}
    return stems <= lex.common


def assess(question: str, passages_found: bool, lex: Lexicon) -> Decision:
    """The decision before generating: not covered (no passages, or a subject the documents never mention),
    a scope reply (a name, role or year they do not describe, with a note on what they do describe), or answer."""
    if not passages_found:
        return Decision("not_covered")
    gaps = tuple(uncovered(question, lex))
    if not gaps:
        return Decision("answer")
    if any(g.kind == "subject" for g in gaps):
        return Decision("not_covered", gaps)
    return Decision("scope", gaps, note=f"The documents do not cover {names_phrase(list(gaps), question)}.")
