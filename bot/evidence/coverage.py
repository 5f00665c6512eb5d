"""What each document covers (issue 26, item 1): its job nouns, its words, its places and years, read once per
index from its title, headings, rows and aliases (``Coverage``, cached on the ``Tables``). ``lookup`` asks it which
documents describe the job, place and year a question asks about; the chain asks ``covers_job`` before saying a job
with a qualifier the documents name ("school board speech pathologists") is not covered.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from bot.currencies import currency_country
from bot.evidence.places import known_places, places_in
from bot.evidence.row_names import head, kin
from bot.geography import country_of
from bot.job_names import written_in
from bot.languages import mostly_in_another_language
from bot.numbers import parse_numbers
from bot.occupations import GENERIC_HEADS
from bot.tables import PLACE_COLUMNS, Profile, Record, Tables
from bot.text import content_stems, fold_accents, job_phrases, mentions, row_cells, stem, tokenize
from bot.vocabulary import JOB_ALIAS, LEVEL_WORDS, PLACE_ADJECTIVES, PLACE_PARTS, PLACE_SHORT, WHO_WORDS, job_synonyms

# "a third period apprentice", "a 2nd year trainee": a stage of the job (a row), not a word of the job
_STAGE = re.compile(
    r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth)\s+(?:period|year|stage|step|point|grade|level)\s*"
)


def _without_stage(words: list[str]) -> list[str]:
    """A job's modifiers without the stage they name ("third period plumbing" -> "plumbing"; "first" of "first
    officer" is the job's own)."""
    return _STAGE.sub("", " ".join(words) + " ").split()


# --- which documents cover the question ---------------------------------------------------------------------


def _vocabulary(profile: Profile, records: Sequence[Record], sections: Sequence[str]) -> frozenset[str]:
    words = set(tokenize(profile.title)) | set(tokenize(profile.occupation))
    for r in records:
        for column, cell in r.keys:
            words |= set(tokenize(cell)) | set(tokenize(column))
        for v in r.values:  # a column's label names rows too ("second-year" trainees of a "Second year" column)
            words |= set(tokenize(v.label))
    for s in sections:
        words |= set(tokenize(s))
    return frozenset(words)


def _heads(
    profile: Profile, records: Sequence[Record], sections: Sequence[str], texts: Sequence[str] = ()
) -> frozenset[str]:
    """The job nouns a document is about: its occupation's head, the heads of its rows' names and headings, and the
    other names the document itself gives its job ("employers advertise the same job as 'software developer'")."""

    heads = {head(profile.occupation)} if profile.occupation else set()
    heads |= {head(p) for p, _, _ in job_phrases(profile.title)}  # "brazil dev salarios": a dev's pay
    for text in texts:
        for m in JOB_ALIAS.finditer(text):
            heads |= {head(p) for p, _, _ in job_phrases(m.group("alias") or m.group("alias2"))}
    for cell in (cell for r in records for _, cell in r.keys):
        # a row's name's head noun is its last word ("Assistant head teacher" is a teacher, not an assistant); an
        # aside in brackets is no part of it ("Artist (2D/3D)"), unless it is the job's name in the reader's words:
        # "Ajutor mecanic de locomotivă (assistant driver)", "Docker (stevedore)"
        if gloss := re.search(r"\(([^()]*)\)\s*$", cell):
            said = gloss.group(1)  # (after a level's word only: "Sr T (senior technician)")
            heads |= {head(p) for p, at, _ in job_phrases(said) if not set(said[:at].lower().split()) - LEVEL_WORDS}
        cell = re.sub(r"\s*\([^()]*\)\s*$", "", cell)
        heads |= {head(p) for p, _, end in job_phrases(cell) if not cell[end:].strip(" )")}
    for section in sections:
        heads |= {head(p) for p, _, _ in job_phrases(section)}
    # a job that is a column ("Monthly base salary ... Supervisor" over rows of regions): its label ends in the job
    for label in {v.label for r in records for v in r.values}:
        heads |= {head(p) for p, _, end in job_phrases(label) if not label[end:].strip(" )")}
    return frozenset(h for h in heads if h)


_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:(?:of|and|for|the)\s+)?[A-Z][a-z]+){1,4}")


class Coverage:
    """Per document: its job nouns and vocabulary (cached per Tables)."""

    def __init__(self, tables: Tables) -> None:
        self.tables = tables
        self.by_doc: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        self.opening: dict[str, list[str]] = {}  # the jobs a document's opening names, when its title names none
        self.cells: dict[str, str] = {}  # each document's row names, for a place named inside one ("London stipend")
        sections: dict[str, list[str]] = {}
        texts: dict[str, list[str]] = {}
        for c in tables.chunks.values():
            sections.setdefault(c.source, []).append(c.section)
            texts.setdefault(c.source, []).append(c.text)
        self.words: set[str] = set()
        self.doc_words: dict[str, set[str]] = {}  # each document's own words
        for c in tables.chunks.values():
            name = re.sub(r"[_\W\d]+", " ", c.source.rsplit("/", 1)[-1].rsplit(".", 1)[0])  # (its file name's too:
            said = f"{c.meta.get('title', '')} {c.section} {c.text} {name}"  # "Matzilim_Recruitment_Summer2025")
            stems = content_stems(said) | content_stems(fold_accents(said))  # "stazysta" typed, "stażysta" written
            # an organisation's initials are its word too ("CSC" of "Correctional Service Canada")
            stems = set(stems)
            for run in _CAPITALISED_RUN.findall(f"{c.meta.get('title', '')} {c.text}"):  # and "DoWH" of "Department
                stems.add("".join(w[0] for w in run.split() if w[0].isupper()).lower())  # of Works and Highways"
                stems.add("".join(w[0] for w in run.split() if w[0].isupper() or w in ("of", "for")).lower())
            self.words |= stems
            self.doc_words.setdefault(c.source, set()).update(stems)
        for source, profile in tables.profiles.items():
            recs = tables.of(source)
            secs = list(dict.fromkeys(sections.get(source, [])))
            heads = _heads(profile, recs, secs, texts.get(source, []))
            self.by_doc[source] = (heads, _vocabulary(profile, recs, secs))
            # a title that names no job ("... Salary Benchmark: Europe"): the jobs its opening names, each as a
            # whole ("software testers and QA engineers": a QA engineer, not a software engineer); a title that
            # names one keeps to it (a nurse guide's opening may name the physiotherapists nurses work with)
            opening = texts.get(source, [])[:2] if not job_phrases(profile.occupation) else []
            self.opening[source] = [p for t in opening for p, _, _ in job_phrases(t)]
            self.cells[source] = " | ".join(c for r in recs for col, c in r.keys if not PLACE_COLUMNS.match(col))
        self.initials = {s: _initials(p.title) for s, p in tables.profiles.items()}
        self.texts = texts  # each document's chunks' text, in order
        self._texts_folded: dict[str, str] = {}
        self._foreign: dict[str, bool] = {}
        self.hyphened = {s: {w.lower() for x in t for w in re.findall(r"\w+(?:-\w+)+", x)} for s, t in texts.items()}
        self.paid = {s: _paid_jobs(t) for s, t in texts.items()}
        self.cell_places = {s: places_in(c, known_places(tables)) for s, c in self.cells.items()}  # read once
        self.labels = {s: " | ".join(v.label for r in tables.of(s) for v in r.values) for s in tables.profiles}
        used = self.used = Counter(w for words in self.doc_words.values() for w in words)  # each word's documents
        self._title_only = {s: _own_words(s, p.title, used) for s, p in tables.profiles.items()}

    def named_document(self, text: str) -> str:
        """The one document ``text`` names by a word of its title that no other document uses ("Nordvik", "Kestrel":
        a publisher's or a report's own name); "" when none or several."""
        asked = content_stems(text)
        hits = [s for s, own in self._title_only.items() if own & asked]
        if not hits:  # an organisation's initials only one document writes or spells out ("DoWH", "NHC")
            shorts = {w.lower() for w in re.findall(r"\b(?=[a-z]*[A-Z][a-z]*[A-Z])[A-Za-z]{3,6}\b", text)}
            hits = [s for s, words in self.doc_words.items() if shorts & words] if shorts else []
            # of several, the one whose file name writes them ("PT_SNP_Struktur_Skala_Upah_2025.xlsx")
            filed = [s for s in hits if shorts & set(re.split(r"[\W_]+", s.split("/")[-1].lower()))]
            hits = filed if len(filed) == 1 else hits
        return hits[0] if len(hits) == 1 else ""

    def of_place_words(self, text: str, places: Sequence[str], tables: Tables) -> tuple[str, ...]:
        """The documents of the places asked whose own rare words the question uses ("weather forecasters in
        Budapest", "a cajero in Asunción": words of few documents, one of them the place's): the question is about
        those, though it names no job they were read to cover, and its other words are the student's own."""
        # (of a few documents, every word is some of theirs; the place has narrowed them already: a twentieth)
        rare = max(1, len(self.doc_words) // 20)
        asked = content_stems(text) - set().union(*(content_stems(p) for p in places))
        asked = {w for w in asked if 0 < self.used.get(w, 0) <= rare}
        return tuple(
            s
            for s, profile in tables.profiles.items()
            if (profile.region or profile.places)
            and all(self.place(pl, profile) for pl in places)
            and asked & self.doc_words.get(s, set())
        )

    def of_rare_words(self, text: str, tables: Tables) -> tuple[str, ...]:
        """The documents with tables that use most of the question's rare words (words of few documents: "the
        georgian winery", "forecaster in siofok"), when it names no job, place or document careerbot reads as one;
        () when none does."""
        rare = max(1, len(self.doc_words) // 30)  # (of a few documents, every word is some of theirs)
        asked = {w for w in content_stems(text) if 0 < self.used.get(w, 0) <= rare}
        hits = {s: len(asked & self.doc_words.get(s, set())) for s, p in tables.profiles.items() if p.records}
        best = max(hits.values(), default=0)
        return tuple(s for s, n in hits.items() if n == best) if best else ()

    def of_words(self, text: str, tables: Tables) -> tuple[str, ...]:
        """The documents with tables that share the most of the question's words, each weighed by how few documents
        use it ("a forecaster with 4 years": the weather service pages, not a social workers' table of years), when
        it names no job, place or document careerbot reads as one; () when no word is any document's."""
        n = len(self.doc_words) or 1
        asked = {w: math.log(n / self.used[w]) for w in content_stems(text) if self.used.get(w)}
        score = {s: sum(asked.get(w, 0) for w in self.doc_words.get(s, ())) for s, p in tables.profiles.items()}
        score = {s: v for s, v in score.items() if tables.profiles[s].records}
        best = max(score.values(), default=0)
        return tuple(s for s, v in score.items() if v >= best - 1e-9) if best > 0 else ()

    def in_rows(self, job: str, source: str) -> bool:
        """Whether a row of the document names ``job`` in a cell of its own ("Foreman with certificate"), where no
        title or heading does: the test for the documents a question about that job is about."""
        if not content_stems(job.split()[-1]) <= self.doc_words.get(source, frozenset()):
            return False  # (most documents: their words alone rule it out)
        return any(mentions(cell, job) for r in self.tables.of(source) for _, cell in r.keys)

    def written_about(self, job: str) -> list[str]:
        """The documents a line of which names ``job`` beside a money figure, where no title or row does ("Casual
        rouseabouts are paid $295.93 a day"): their lines answer; [] for a job no document pays ("zookeeper"), or
        one whose words a document only uses apart ("healthcare" and "assistant" of a nurses' guide)."""
        stems = content_stems(" ".join(w for w in job.split() if w.lower() not in LEVEL_WORDS))
        out = []
        for source, words in self.doc_words.items():
            if not stems or not stems <= words:
                continue  # (most documents: their words alone rule it out)
            lines = (line for text in self.texts.get(source, ()) for line in text.split("\n"))
            if any(mentions(line, job) and any(q.kind == "money" for q in parse_numbers(line)) for line in lines):
                out.append(source)
        return out

    def named(self, job: str, source: str) -> bool:
        """Whether a column of the document's tables names ``job`` ("First officer (annual, gross)" of a pilots'
        pay table): the test for a job no title, heading, alias or row names, before saying none covers it."""
        return any(mentions(self.labels.get(source, ""), j) for j in (job, *job_synonyms(job)))

    def job(self, job: str, source: str) -> bool:
        """Whether the document describes ``job``: its head noun is one of the document's jobs (or the title
        documents use for it: "lawyer" is a solicitor), and each of its other words is one of the document's."""
        if self._job(job, source) or any(self._job(other, source) for other in job_synonyms(job)):
            return True
        own = self.doc_words.get(source, set())
        if written_in(self._folded(source), job) and all(stem(w) in own for w in job.split()[:-1]):
            return True  # "butchers" of a Spanish scale's "Oficial carnicero" (bot/job_names.py)
        # the document's job, with words its text uses ("usta barber", "master barber" of a guide that calls its
        # barbers' top level "usta (master)"), where its title names a field ("Hair-Care Trades")
        words, own = job.split(), self.doc_words.get(source, set())
        if len(words) < 2 or words[-1].lower().rstrip("s") in GENERIC_HEADS:
            return False  # (a "social worker" is no "worker" of a fish plant's guide that says "social")
        return self.job(words[-1], source) and all(stem(w) in own for w in words[:-1])

    def foreign(self, source: str) -> bool:
        """Whether the document is written mostly in another language than English (``bot.languages``), read once."""
        if source not in self._foreign:
            self._foreign[source] = mostly_in_another_language(" ".join(self.texts.get(source, ())))
        return self._foreign[source]

    def _folded(self, source: str) -> str:
        """The document's text, lower case, accents folded, read once."""
        if source not in self._texts_folded:
            self._texts_folded[source] = fold_accents(" ".join(self.texts.get(source, ()))).lower()
        return self._texts_folded[source]

    def _job(self, job: str, source: str) -> bool:
        heads, vocab = self.by_doc[source]
        job = " ".join(w for w in job.split() if w.lower() not in WHO_WORDS) or job  # "expat plant managers"
        words = job.lower().split()
        named = [w for w in words[:-1] if w not in LEVEL_WORDS]
        if named and any(_within_phrase(job, p, frozenset()) for p in self.paid.get(source, ())):
            return True  # "court interpreters" of "Court and police interpreters are paid ... €48 per hour"
        if named and words[-1].rstrip("s") in GENERIC_HEADS and self._generic(named, heads, source, words[-1]):
            return True
        if head(job) not in heads:
            return any(_within_phrase(job, p, vocab) for p in self.opening.get(source, ()))
        mods = [w for w in _without_stage(words[:-1]) if w not in LEVEL_WORDS and w != "level"]  # "mid level"
        if len(words) > 1 and "".join(w[0] for w in words) in vocab:
            return True  # "registered nurse" of a document that writes "RN Year 1"
        short = self.initials.get(source, frozenset())
        # one of the document's jobs ("Truck Driver", "Forest machine operator") takes any modifier its text uses
        # ("local delivery truck driver" of a guide that mentions delivery papers; "forwarder operator" of one whose
        # lines name forwarders)
        text = self.doc_words.get(source, set())
        return all(
            stem(w) in vocab
            or set(tokenize(w)) <= vocab
            or _short_for(w, vocab)
            or w in short
            or stem(w) in text
            or "-" in w
            and w in self.hyphened.get(source, ())  # "air-conditioning" of "air-conditioning (A/C)"
            or kin(w, vocab)  # "carpentry apprentice" of a "Carpenter" row
            for w in mods
        )  # "IB associate" of "Careers in Investment Banking"

    def _generic(self, named: list[str], heads: frozenset[str], source: str, generic: str = "") -> bool:
        """Whether the document names one of its own jobs by the words before a head that names no job by itself
        ("fish farm worker" of a sheet for "fish farm operators"), or writes them before that head itself ("funeral
        staff" of "funeral and cemetery staff")."""
        if not all(stem(w) in self.doc_words.get(source, ()) for w in named):
            return False  # (most documents: their words alone rule it out)
        phrase = re.compile(r"\b" + r"[\s-]+".join(map(re.escape, named)) + r"[\s-]+([A-Za-z]+)", re.I)
        said = re.compile(rf"\b{re.escape(named[0])}(?:[\s-]+\w+){{0,3}}[\s-]+{re.escape(generic.rstrip('s'))}", re.I)
        texts = self.texts.get(source, ())
        return any(head(m) in heads for t in texts for m in phrase.findall(t)) or any(
            len(named) == 1 and generic.lower() in ("staff", "personnel") and said.search(t) for t in texts
        )  # (not "social worker" of a nurses' guide that writes "social care workers")

    def place(self, place: str, profile: Profile) -> bool:
        country = currency_country(profile.currency)
        # a table in CHF is Switzerland's; one in US dollars may be any country's (seafarers', oil workers')
        region = profile.region or (country if not profile.places and profile.currency != "USD" else "")
        low = place.lower()
        if not region and not profile.places:
            return True  # a document that names no place does not rule one out
        other = PLACE_SHORT.get(place, "").lower()  # "WA" asked, "Western Australia" written
        country = country.lower()
        if not region and country and country in (low, other):
            return True  # Warsaw and Kraków rows of a table in PLN: Poland
        if low == region.lower() or {low, other} & {p.lower() for p in profile.places}:
            return True
        if place in self.cell_places.get(profile.source, ()):
            return True  # a row named by the place ("London stipend (standard plus London weighting)")
        if low in (p.lower() for p in PLACE_PARTS.get(region, ())):
            return True
        if region and region in (country_of(place), other and country_of(other)):
            return True  # a city or state of the country the document covers ("Winnipeg" of a Canadian guide)
        # "the UK" asked, England covered; "the US" asked, Texas covered
        return (
            region.lower() in (p.lower() for p in PLACE_PARTS.get(place, ())) or country_of(region) == place != region
        )

    def names_a_place(self, profile: Profile) -> bool:
        """Whether the document says where its figures are from (a region, places, a country's own currency)."""
        own = profile.currency != "USD" and currency_country(profile.currency)
        return bool(profile.region or profile.places or own)

    def year(self, year: str, profile: Profile) -> bool:
        # "2024/25" asked of a document's "2024/2025": the same financial year; a document that states no year of its
        # own is read by its captions' financial years ("Allowances ... – FY2024/2025"), which it does not answer by
        years = profile.years or self._caption_years(profile.source)
        return not years or any(y == year or y.startswith(year) or y[:5] == year[:5] for y in years)

    def _caption_years(self, source: str) -> tuple[str, ...]:
        sections = {r.section for r in self.tables.of(source)}
        return tuple(y for s in sections for y in re.findall(r"(?<![\d/.,])20[0-4]\d/(?:20)?\d\d(?![\d.,])", s))


def _own_words(source: str, title: str, used: Counter[str]) -> set[str]:
    """The words of a document's title or file name no other document uses ("Nordvik", "Airways-ATC-...pdf"): its
    publisher's or its report's own name; not a place or a job it is about ("Oman", "welder": a question names those
    of other documents too)."""
    named = f"{title} {re.sub(r'[-_.]+', ' ', source.rsplit('/', 1)[-1].rsplit('.', 1)[0])}"
    out = set()
    for word in re.findall(r"[^\W\d_]{4,}", named):
        if country_of(word) or job_phrases(word) or word.lower() in PLACE_ADJECTIVES:
            continue
        out |= {w for w in content_stems(word) if used[w] <= 1 and len(w) >= 4}
    return out


def _within_phrase(job: str, phrase: str, vocab: frozenset[str]) -> bool:
    """Whether ``job`` is ``phrase``: its head noun, and each other word one of the phrase's ("senior QA engineer"
    of "QA engineers"; not "software engineer" of "software testers and QA engineers"), level words aside, or an
    initialism the document uses ("QA tester" of a "QA" workbook's "software testers")."""
    if head(job) != head(phrase):
        return False
    own = {stem(w) for w in phrase.lower().split()}
    return all(
        stem(w.lower()) in own or len(w) <= 3 and w.lower() in vocab
        for w in job.split()[:-1]
        if w.lower() not in LEVEL_WORDS and w.lower() != "level"
    )


def _initials(title: str) -> frozenset[str]:
    """The initials of each run of two or three capitalised words in a title ("ib" and "hk" of "Careers in
    Investment Banking: Hong Kong"), for a modifier a student writes short ("IB analyst")."""
    out = set()
    for run in re.findall(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)+", title):
        caps = [w[0].lower() for w in re.split(r"[ -]", run)]
        out |= {"".join(caps[i : i + n]) for n in (2, 3) for i in range(len(caps) - n + 1)}
    return frozenset(out)


_AND_BEFORE = re.compile(r"(\w+)\s+(?:and|or|&)\s+$")


def _paid_jobs(texts: Sequence[str]) -> list[str]:
    """The jobs of two words or more that a document's lines name beside a figure of money ("Seasonal field
    surveyors ... were typically paid £11.50 per hour"), each of a pair on its own ("Court and police interpreters"
    -> court interpreters, police interpreters): a job the document pays in its prose, not only in its tables."""
    out = []
    for text in texts:
        for line in text.split("\n"):
            if row_cells(line) or not any(q.kind == "money" for q in parse_numbers(line)):
                continue  # a table row's jobs are the document's rows already
            for phrase, start, _ in job_phrases(line):
                words = phrase.split()
                pair = _AND_BEFORE.search(line[:start])
                if pair and len(words) == 2:
                    out.append(f"{pair.group(1)} {words[-1]}")
                if len(words) > 1:
                    out.append(phrase)
    return out


def _short_for(word: str, vocab: frozenset[str]) -> bool:
    """A short form of one of the document's words ("maths" of "mathematics", "lab" of "laboratory"): its stem, three
    letters or more, starts a longer word of the document."""
    s = stem(word)
    return len(s) >= 3 and any(len(v) > len(s) and v.startswith(s[:-1] if s.endswith("s") else s) for v in vocab)


def coverage(tables: Tables) -> Coverage:
    cached = getattr(tables, "_coverage", None)
    if cached is None:
        cached = Coverage(tables)
        tables._coverage = cached  # type: ignore[attr-defined]
    return cached


_WHERE = frozenset("in at from to near around vs versus and or".split())


def towns_in(text: str, tables: Tables, taken: Sequence[str] = ()) -> list[str]:
    """The towns of 15,000 people or more (bot/geography.py ``towns``) ``text`` names that no document names nor
    uses as a word of its own ("odesa", "luang prabang"; not "Nikel" of a company's name, nor "the gap"), in a country
    no document is about (one that is may write it otherwise: "Napoli"), as typed, capitalised: a place asked that the
    documents do not cover. ``taken``: places already read from ``text``."""
    from bot.geography import asked_towns, towns

    known, plain = asked_towns(), towns()
    words = re.findall(r"[^\W\d_][\w'-]*", fold_accents(text.lower()))
    said = {fold_accents(p.lower()) for p in taken}
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            name = " ".join(words[i : i + n])
            # (a city whose name is an English word, only where a place is said: "in thessaloniki", "vs Nice")
            where = name in plain or i and words[i - 1] in _WHERE or f" {name.title()}" in f" {text}"
            if len(words[i : i + n]) == n and name in known and words[i] != "the" and where:
                if (
                    name not in said
                    and not content_stems(name) <= coverage(tables).words
                    and not places_in(name, known_places(tables))  # "plovdiv": a document's "Пловдив"
                    and known[name] not in {p.region for p in tables.profiles.values()}  # ("naples" of "Napoli")
                ):
                    out.append(name.title())
                i += n
                break
        else:
            i += 1
    return out


def covers_job(job: str, tables: Tables) -> bool:
    """Whether some document describes ``job``, read against each document's own rows and words ("school board
    speech pathologists": the speech-language pathologists guide, whose rows name the school board)."""
    cover = coverage(tables)
    return any(cover.job(job, s) or cover.named(job, s) or cover.in_rows(job, s) for s in cover.by_doc)
