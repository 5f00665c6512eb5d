"""A price or subject a question asks about in words no document uses ("car insurance in Ontario", "a skilled worker
visa"): said so first, never answered from the nearest lines (issue 26)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.evidence.ask import Ask
from bot.evidence.places import _adjectives
from bot.evidence.row_names import kin
from bot.retrieval.scope import _ASKING
from bot.tables import Tables
from bot.text import FILLER, META, STOPWORDS, content_stems, fold_accents, stem
from bot.vocabulary import LEVEL_WORDS, NO_SUBJECT_WORDS, PAY_WORDS, PLACE_ADJECTIVES, PLACE_ALIASES, row_kinds

# Words that compare, not name a subject ("a bigger loan") (language).
_COMPARATIVES = frozenset("bigger smaller larger higher lower cheaper dearer greater better worse more less".split())


def unknown_subject(
    ask: Ask, words: set[str], tables: Tables, at_least: int = 1, verbs: bool = True, elsewhere: set[str] | None = None
) -> str:
    """What a question asks the price or pay of, in words the documents never use ("rent for a flat", "car insurance
    for a new driver", "visa"), when it names no row but places: the span from the first such word to the last.
    ``at_least``: how many such words it takes (a question's one odd word may be the student's own); without
    ``verbs``, a word in "-ing" counts for nothing ("worth moving", "going into my 4th year"); with ``elsewhere``, only
    words those (other documents') words hold count: a subject the documents know, just not these ones ("pension"),
    not a word nobody wrote (a typo, an injection's "<script>")."""
    from bot.currencies import currency_words
    from bot.evidence.ask import _COMPARE, _MAX, _MIN
    from bot.languages import in_another_language
    from bot.vocabulary import COUNTRIES, FIGURE_WORDS, FUNDING_WORDS, HOW_MUCH_WORDS, VERB_BEFORE

    text = ask.text
    for p in (*ask.places, *ask.rows, *ask.jobs, *PLACE_ADJECTIVES, *PLACE_ALIASES):
        for form in {p, fold_accents(p)}:  # "bogota" typed, "Bogotá" read
            text = re.sub(rf"\b{re.escape(form)}s?\b", lambda m: " " * len(m.group(0)), text, flags=re.I)
    adjectives = _adjectives()  # "uruguayan forestry", "a georgian winery": a place, said as its people's adjective
    text = re.sub(
        r"[A-Za-z]+", lambda m: " " * len(m.group(0)) if m.group(0).lower() in adjectives else m.group(0), text
    )
    known = words  # a city's price is asked of the documents that name the city ("rent in Toronto")
    regions = {*COUNTRIES, *(x.region for x in tables.profiles.values())}
    cities = [p for p in ask.places if p not in regions]
    if cities and (texts := tables.texts_naming(cities[0])):
        known = set().union(*(content_stems(t) for t in texts))
    missing = [
        m
        for m in re.finditer(r"[A-Za-z][A-Za-z'-]{2,}", text)
        if (w := m.group(0).lower()) not in FILLER | STOPWORDS | META | _ASKING | LEVEL_WORDS | _COMPARATIVES
        and w not in NO_SUBJECT_WORDS
        and not set(w.split("-")) <= LEVEL_WORDS | {"level"}  # "senior-level", "entry-level"
        and (verbs or not w.endswith("ing"))
        and (elsewhere is None or content_stems(w) <= elsewhere)
        and re.split(r"['’]", w)[0] not in STOPWORDS  # "I'm", "you're"
        and w not in HOW_MUCH_WORDS
        and not VERB_BEFORE.search(text[: m.start()])  # "to speak", "can I borrow": what the student does
        and not PAY_WORDS.fullmatch(w)
        and fold_accents(w) not in currency_words()  # "colones": the money asked in
        and not FUNDING_WORDS.fullmatch(w)
        and not FIGURE_WORDS.fullmatch(w)  # "the salary range": the figure asked, not a subject
        and not _COMPARE.fullmatch(w)
        and not row_kinds(w)
        and not _MAX.fullmatch(w)
        and not _MIN.fullmatch(w)
        and content_stems(w)
        and not content_stems(w) <= known
        and not kin(w, known)
        and not (len(w) >= 4 and any(len(k) > len(w) and k.startswith(w) for k in known))  # "tech": "technician"
    ]
    # a question in another language: one word the documents never use is often just that language's ("caro")
    at_least = max(at_least, 2) if in_another_language(ask.text) else at_least
    if len({stem for m in missing for stem in content_stems(m.group(0))}) < at_least:
        return ""
    # each word with the words it stands with ("gym" of "a gym membership"), up to a word that names nothing
    start, end = missing[0].start(), missing[-1].end()
    before = re.search(r"([A-Za-z][A-Za-z'-]+)\s+$", text[:start])
    after = re.match(r"\s+([A-Za-z][A-Za-z'-]+)", text[end:])
    if before and _names_something(before.group(1)):
        start = before.start(1)
    if after and _names_something(after.group(1)):
        end += after.end(1)
    span = text[start:end]
    if len(span.split()) <= 6 and not re.search(r"\s{2,}", span):
        return span
    return " ".join(m.group(0) for m in missing[:3])


def _names_something(word: str) -> bool:
    low = word.lower()
    return not (low in FILLER | STOPWORDS | META | _ASKING | LEVEL_WORDS | _COMPARATIVES or PAY_WORDS.fullmatch(low))


def where_after_job(text: str, subject: str, jobs: Sequence[str]) -> bool:
    """Whether every word of ``subject`` comes after the job the question names: where the job works ("a quality
    inspector in the costa rica med device survey"), not what is asked of it ("what pension contribution do fisheries
    staff pay")."""
    low = text.lower()
    ends = [m.end() for j in jobs for m in re.finditer(rf"\b{re.escape(stem(j.split()[-1]))}", low) if j.split()]
    first = min(
        (m.start() for w in subject.lower().split() for m in re.finditer(rf"\b{re.escape(w)}\b", low)), default=-1
    )
    return bool(ends) and first > min(ends)
