"""Loaders: one function per file type, each returning a ``SourceDoc`` (Markdown-ish text + front matter).

Owns which files careerbot reads and what becomes of one it cannot read. A file of a type careerbot does not read is
refused with the list of the types it reads; a file that cannot be read (empty, binary, broken or encrypted, wrong
encoding, too big, a zip bomb) is skipped with a warning that names it, and the rest of the corpus is still ingested.
Every type becomes Markdown, so the chunker sees one structure: Markdown and text as they are, HTML through
markdownify (headings, tables as Markdown tables with their <caption> as a heading, lists, definition lists as
"Term: text" items, <pre> fenced, <div> text), PDF through ``ingest.pdf``, Word, Excel, CSV and PowerPoint through
``ingest.formats``. A document's meta (title, region, year, data_source, scope, audience) comes from Markdown front
matter, HTML <title>/<meta name=...>, the PDF Info dictionary, an Office file's core properties (title), or a
``.meta.yaml`` sidecar.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from bot.errors import Unreadable
from bot.text import flatten_meta, split_front_matter
from ingest.formats import SCOPE_KEYS, load_csv, load_docx, load_pptx, load_xlsx, megabytes, scope_value
from ingest.pdf import load_pdf
from ingest.plain import structure

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024
SKIP_NAMES = {"readme.md", "readme.txt"}  # corpus/README.md is instructions for people, not knowledge
SOURCES_DIR = "sources"  # corpus/sources/: what a document was generated from (e.g. the script that writes a PDF)
SIDECAR_SUFFIX = ".meta.yaml"  # corpus/guide.pdf.meta.yaml: title, region, year, source for guide.pdf


@dataclass(frozen=True)
class SourceDoc:
    """A loaded document: ``source`` is its path relative to the corpus' parent (e.g. corpus/guide.md)."""

    source: str
    text: str
    meta: dict[str, str | int | float | bool] = field(default_factory=dict)


def _decode(data: bytes) -> str:
    if not data.strip():
        raise Unreadable("file is empty")
    if b"\x00" in data[:8192]:
        raise Unreadable("file looks binary (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Unreadable(f"not valid UTF-8 ({exc.reason} at byte {exc.start}); re-save it as UTF-8") from exc


def load_markdown(data: bytes) -> tuple[dict, str]:
    meta, text = split_front_matter(_decode(data))
    return meta, unwrap(text)


def load_text(data: bytes) -> tuple[dict, str]:
    return {}, unwrap(structure(_decode(data)))


_BLOCK_START = re.compile(r"\s*(?:#|[-*+]\s|\d+[.)]\s|\||```|~~~|>|<|---|===)")
_SENTENCE_END = re.compile(r"[.!?:;)\]]\s*$")


def unwrap(text: str) -> str:
    """A paragraph or list item hard-wrapped at a fixed width (plain text saved from an editor) as one line, so a
    sentence is quoted whole: a line is joined to the one before when that one is prose or a list item, does not end a
    sentence, and either was wrapped (50 characters or more) or the line goes on in lower case. Headings, tables,
    list items, code and short label lines ("Hours: 37.5") stay as they are."""
    out: list[str] = []
    fenced = False
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            fenced = not fenced
        prev = out[-1] if out else ""
        joins = (
            not fenced
            and stripped
            and prev.strip()
            and not _BLOCK_START.match(line)
            and not re.match(r"\s*(?:#|\||```|~~~)", prev)
            and (
                not _SENTENCE_END.search(prev)
                and (len(prev.strip()) >= 50 or stripped[:1].islower())
                or stripped[:1].islower()
                and not re.search(r"[.!?:]\s*$", prev)  # "(Type A or B)" / "are paid"
            )
        )
        if joins:
            out[-1] = prev.rstrip() + " " + stripped
        else:
            out.append(line)
    return "\n".join(out)


def _html_meta(soup) -> dict[str, str | int]:
    """<title> and <meta name="region|year|source|scope|audience" content="..."> -> meta."""
    meta: dict[str, str | int] = {}
    if soup.title and soup.title.get_text(strip=True):
        meta["title"] = soup.title.get_text(" ", strip=True)
    for tag in soup.find_all("meta"):
        name, content = str(tag.get("name") or "").strip().lower(), tag.get("content")
        if name in SCOPE_KEYS and content and str(content).strip():
            meta[name] = scope_value(name, content)
    return meta


def _definitions_as_bullets(soup) -> None:
    """<dl><dt>Term</dt><dd>Text</dd></dl> -> a list of "Term: Text" items (one citable line per definition)."""
    for dl in soup.find_all("dl"):
        ul = soup.new_tag("ul")
        term = ""
        for el in dl.find_all(["dt", "dd"]):
            text = " ".join(el.get_text(" ", strip=True).split())
            if el.name == "dt":
                term = text
                continue
            li = soup.new_tag("li")
            li.string = f"{term}: {text}" if term else text
            ul.append(li)
        dl.replace_with(ul)


def _captions_as_headings(soup) -> None:
    """A table's <caption> names the table: it becomes a heading just above it, so every row's section path has it."""
    for caption in soup.find_all("caption"):
        text = " ".join(caption.get_text(" ", strip=True).split())
        table = caption.find_parent("table")
        caption.decompose()
        if text and table is not None:
            heading = soup.new_tag("h4")
            heading.string = text
            table.insert_before(heading)


def _span(cell, name: str) -> int:
    value = str(cell.get(name) or "1").strip()
    return max(1, min(int(value), 50)) if value.isdigit() else 1


def _spans_filled(soup) -> None:
    """A table with merged cells as a reader sees it: a cell spanning rows ("North" over two sites) stands in each of
    its rows, one spanning columns under a header of two rows ("Junior" over "Antofagasta" and "Santiago") names
    each of its columns ("Junior Antofagasta"). Tables without merged cells are left as they are."""
    for table in soup.find_all("table"):
        if table.find("table") or not table.find(attrs={"colspan": True}) and not table.find(attrs={"rowspan": True}):
            continue
        grid: list[list[tuple[str, bool]]] = []
        pending: dict[tuple[int, int], tuple[str, bool]] = {}
        for r, tr in enumerate(table.find_all("tr")):
            row: list[tuple[str, bool]] = []
            for cell in tr.find_all(["td", "th"], recursive=False):
                while (r, len(row)) in pending:
                    row.append(pending.pop((r, len(row))))
                text = " ".join(cell.get_text(" ", strip=True).split())
                for _ in range(_span(cell, "colspan")):
                    for below in range(1, _span(cell, "rowspan")):
                        pending[(r + below, len(row))] = (text, cell.name == "th")
                    row.append((text, cell.name == "th"))
            while (r, len(row)) in pending:
                row.append(pending.pop((r, len(row))))
            grid.append(row)
        heads = 0
        while heads < len(grid) - 1 and grid[heads] and all(is_head for _, is_head in grid[heads]):
            heads += 1
        width = max(len(row) for row in grid)
        labels = [
            " ".join(dict.fromkeys(t for row in grid[:heads] if c < len(row) and (t := row[c][0])))
            for c in range(width)
        ]
        new = soup.new_tag("table")
        for texts, tag in ([labels, "th"],) * bool(heads) + tuple(([t for t, _ in row], "td") for row in grid[heads:]):
            tr = soup.new_tag("tr")
            for text in texts:
                td = soup.new_tag(tag)
                td.string = text
                tr.append(td)
            new.append(tr)
        table.replace_with(new)


def _collapse_whitespace(soup) -> None:
    """A paragraph typed over several lines is one line, as a browser shows it (its sentences then quote whole):
    runs of whitespace in text are one space, except inside <pre>."""
    from bs4 import NavigableString

    for node in soup.find_all(string=True):
        if type(node) is NavigableString and "\n" in node and not node.find_parent(["pre", "code", "textarea"]):
            node.replace_with(re.sub(r"\s+", " ", str(node)))


def load_html(data: bytes) -> tuple[dict, str]:
    """HTML -> Markdown with markdownify: headings as #, tables as Markdown tables, lists, <pre> fenced, <div> text."""
    from bs4 import BeautifulSoup
    from markdownify import markdownify

    soup = BeautifulSoup(_decode(data), "html.parser")
    meta = _html_meta(soup)
    for tag in soup(["script", "style", "nav", "footer", "noscript", "template", "head", "form", "button"]):
        tag.decompose()
    _definitions_as_bullets(soup)
    _captions_as_headings(soup)
    _spans_filled(soup)
    _collapse_whitespace(soup)
    text = markdownify(
        str(soup.body or soup),
        heading_style="ATX",
        bullets="-",
        table_infer_header=True,
        strip=["a", "img", "b", "strong", "em", "i", "u", "span", "abbr"],
    )
    return meta, re.sub(r"\n{3,}", "\n\n", text).strip()


def _load_csv(data: bytes) -> tuple[dict, str]:
    return load_csv(_decode(data))


LOADERS: dict[str, Callable[[bytes], tuple[dict, str]]] = {
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".txt": load_text,
    ".html": load_html,
    ".htm": load_html,
    ".pdf": load_pdf,
    ".docx": load_docx,
    ".xlsx": load_xlsx,
    ".csv": _load_csv,
    ".pptx": load_pptx,
}


def _sidecar(path: Path) -> dict[str, str | int | float | bool]:
    """Scope for a file that cannot carry it (a PDF from elsewhere): ``NAME.EXT.meta.yaml`` next to it, YAML like front
    matter."""
    side = path.with_name(path.name + SIDECAR_SUFFIX)
    if not side.is_file():
        return {}
    try:
        return flatten_meta(yaml.safe_load(side.read_text(encoding="utf-8")))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise Unreadable(f"{side.name} is not valid UTF-8 YAML ({exc.__class__.__name__})") from exc


def _first_heading(text: str) -> str:
    """The first top heading, unless it is a numbered section ("1. General provisions"): a title is not numbered."""
    match = re.search(r"^# (.+)$", text, re.M)
    return match.group(1).strip() if match and not re.match(r"\d+(?:\.\d+)*\.?\s", match.group(1)) else ""


# A spreadsheet's or slide deck's own title: a "Title" row of a two-column table ("| Title | Chef salaries ... |"), else
# a deck's first slide title (its first "## " heading before any table).
_TITLE_ROW = re.compile(r"^\|\s*(?:title|document|report)\s*\|\s*([^|]{6,120}?)\s*\|\s*$", re.I | re.M)
_YEAR = re.compile(r"(?<![\d,.£$€])((?:19|20)\d\d)(?:\s*[-–/]\s*((?:19|20)?\d\d))?(?![\d,])")


def _own_title(text: str, suffix: str) -> str:
    if (row := _TITLE_ROW.search(text)) is not None:
        return row.group(1).strip()
    if suffix == ".pptx" and (first := re.match(r"\s*## (.+)", text)) is not None:
        # a first slide with no title of its own ("Slide 1"): the first of its first four lines that is short and
        # ends no sentence ("Graduate & Technician Recruitment 2025" under "Power the mountains. Build ... .")
        if not re.fullmatch(r"Slide \d+", first.group(1)):
            return first.group(1).strip()
        lines = re.split(r"\n+", text[first.end() :].split("\n## ", 1)[0].strip())[:4]
        own = [x.strip() for x in lines if re.fullmatch(r"[^•#|\-][^\n]{3,80}", x) and not re.search(r"[.;!?]$", x)]
        return own[0] if own else first.group(1).strip()
    # a workbook's first sheet opening with one short line that ends no sentence ("Salary Benchmark: Europe")
    if suffix == ".xlsx" and (first := re.match(r"\s*## [^\n]+\n+([^\n|#][^\n]{5,118})\n", text)) is not None:
        line = first.group(1).strip()
        # a publisher's name first ("Bridgewise IT Recruitment"), then the report's own title under it
        after = re.match(r"\n*([^\n|#][^\n]{5,118})\n", text[first.end() :]) if _ORGANISATION.search(line) else None
        if after and not re.search(r"[.;!?]$", after.group(1).strip()):
            return after.group(1).strip()
        return line if not re.search(r"[.;!?]$", line) else ""
    return ""


# The last word of an organisation's name: a publisher, not a title
_ORGANISATION = re.compile(
    r"\b(?:Recruitment|Recruiting|Ltd\.?|Limited|LLC|Inc\.?|GmbH|AG|S\.A\.|sp\. z o\.o\.|Pty|Group|Partners|"
    r"Consulting|Consultants|Associates|Agency|Council|Association|Union)\s*$"
)


def _countries(text: str) -> list[str]:
    """The countries (and nations of the UK, and the states and provinces of bot/geography.py) ``text`` names, in
    order, as one name each ("United Kingdom" -> "UK"). One state with its country is the state ("Texas, United
    States"); several states of one country are the country."""
    from bot.geography import country_of

    names = _place_names()
    found = []
    for m in _places_pattern().finditer(text):
        word = m.group(0)
        if word.lower() != "us" or word == "US":  # "us" lower-case is a word, not a place
            found.append(names[word.lower()])
    found = list(dict.fromkeys(found))
    states = [f for f in found if country_of(f) not in ("", f)]  # (a country is its own country)
    if len(states) == 1:
        return [f for f in found if f != country_of(states[0])]
    if states:
        kept = [f for f in found if f not in states]
        return kept + [c for c in dict.fromkeys(country_of(s) for s in states) if c not in kept]
    return found


@lru_cache(maxsize=1)
def _place_names() -> dict[str, str]:
    from bot.geography import SUBDIVISIONS, countries

    return {**{s.lower(): s for parts in SUBDIVISIONS.values() for s in parts}, **countries()}


@lru_cache(maxsize=1)
def _places_pattern() -> re.Pattern[str]:
    alternation = "|".join(re.escape(n) for n in sorted(_place_names(), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.I)


# Two capitals in a file name that are an ISO country code ("wind_technicians_DK_2024": Denmark), except those a file
# name more often means otherwise ("IT", "HR", "QA", "AI" ...).
_NOT_COUNTRY_CODES = frozenset("IT IN OR ME NO AT BE TO AS AM PM HR PR QA AI ML UX CV ID IS PA SE GB".split())


def _iso_countries_named(name: str) -> str:
    """A file name with each ISO country code in it spelled as its country ("wind technicians DK 2024" -> "wind
    technicians Denmark 2024"), when careerbot knows the country by that name."""
    from babel import Locale

    from bot.vocabulary import COUNTRY_NAMES

    english = Locale("en").territories

    def spelled(m: re.Match[str]) -> str:
        country = COUNTRY_NAMES.get(english.get(m.group(0), "").lower(), "")
        return country if country and m.group(0) not in _NOT_COUNTRY_CODES else m.group(0)

    return re.sub(r"(?<![A-Za-z])[A-Z]{2}(?![A-Za-z])", spelled, name)


def _intro(text: str) -> str:
    """A document's opening: its first heading and the prose before its first table (where it says what it covers)."""
    head = text.split("\n|", 1)[0]
    return head[:600]


# A document about a larger area than a country ("airline pilot careers in Europe"): none of its countries is its own.
_AREA = re.compile(r"\b(?:Europe|European|Asia|Africa|Latin America|Middle East|Nordics?|international|global)\b")
# A web address's country ending that is no country's own ("careers.io", "jobs.ai", "radio.fm").
_GENERIC_DOMAINS = frozenset("co io ai me tv ly fm am to cc ws gg im tk nu la eu".split())


def _named_throughout(text: str) -> str:
    """The country a document's lines name clearly most, by its name, its people's adjective ("Finnish"), its cities
    ("Helsinki") or its web addresses' ending ("tes@muusikkojenliitto.fi"): in at least two sentences, and more than
    twice as many as any other; "" otherwise, and for a document about a larger area. "English" is the language
    documents are written in, and "US$" a currency, not places."""
    from bot.evidence.places import places_in
    from bot.geography import country_of, territory_names, towns

    if _AREA.search(_intro(text)):
        return ""
    counts: Counter[str] = Counter()
    for line in re.split(r"\n|(?<=[.!?;])\s+", text):  # each sentence's places once
        web = {territory_names().get(d.upper(), "") for d in _WEB_ENDING.findall(line) if d not in _GENERIC_DOMAINS}
        line = re.sub(r"\b[A-Z]{1,3}\$|\bEnglish\b", " ", line)
        # (and its towns the time zones do not name: "Siem Reap", "Battambang")
        towns_named = {t for run in _CAPITALISED.findall(line) for t in _runs(run) if t in towns()}
        named = {c for place in places_in(line, ()) if (c := country_of(place))}
        counts.update(named | web - {""})
        counts.update({towns()[t] for t in towns_named} - named)
    ranked = counts.most_common(2) + [("", 0)]
    return ranked[0][0] if ranked[0][1] >= 2 and ranked[0][1] > 2 * ranked[1][1] else ""


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}")


def _runs(run: str) -> set[str]:
    """Every one to three words in a row of a capitalised run, lower case without accents ("Siem Reap Province":
    "siem", "siem reap", "reap", ...)."""
    from bot.text import fold_accents

    w = fold_accents(run.lower()).split()
    return {" ".join(w[i:j]) for i in range(len(w)) for j in range(i + 1, min(len(w), i + 3) + 1)}


_WEB_ENDING = re.compile(r"(?:@|www\.|://)[\w.-]+\.([a-z]{2})\b")


def _stated_years(text: str) -> str:
    """ "2024", "2021-2023", "2024/25": the one year or span ``text`` states; "" for none or several."""
    spans = {m.group(0).replace(" ", "") for m in _YEAR.finditer(text)}
    return spans.pop() if len(spans) == 1 else ""


def _paid_in(text: str) -> str:
    """The one country whose currency most of the text's amounts are written in ("Rp 3.900.000"), when at least three
    are and no other currency comes near; "" otherwise (and for the dollar and the euro)."""
    from bot.currencies import currency_country
    from bot.numbers import parse_numbers

    signs = Counter(q.currency for q in parse_numbers(text[:20000]) if q.kind == "money" and q.currency)
    (code, n), total = (signs.most_common(1) or [("", 0)])[0], sum(signs.values())
    return currency_country(code) if n >= 3 and n >= 0.8 * total and re.fullmatch(r"[A-Z]{3}", code) else ""


def _town_country(stem: str) -> str:
    """The one country of the towns a file name names, "" when none or several: "tallinn_trammijuhid_tootasu_2025"
    is Estonia's. A town: GeoNames' of 15,000 people or more and no English word (``towns``), or a city of 300,000
    or more ten times as large as any other of its name ("rosario": Argentina's, not Uruguay's)."""
    from bot.geography import _geonames, territory_names, towns
    from bot.text import fold_accents

    words = [w for w in re.split(r"[\W_\d]+", fold_accents(stem).lower()) if w]
    pairs = [" ".join(words[i : i + n]) for n in (1, 2) for i in range(len(words) - n + 1)]
    named = {towns()[x] for x in pairs if x in towns()}
    for x in set(pairs) - set(towns()) if not named else ():
        sizes = sorted(((pop, code) for low, code, pop in _geonames() if low == x and len(x) > 3), reverse=True)
        if sizes and sizes[0][0] >= 300_000 and all(pop * 10 <= sizes[0][0] for pop, _ in sizes[1:]):
            named.add(territory_names().get(sizes[0][1], ""))
    named.discard("")
    return named.pop() if len(named) == 1 else ""


def read_scope(meta: dict, path: Path, text: str) -> dict[str, str]:
    from bot.stated import country_by_currency

    """What a document does not state in its meta, read from itself: its title (a "Title" row, a deck's first slide,
    else its file name), the country it covers (the one its title names, else its opening, else its file name) and
    the year (its title's, else its opening's, else its file name's), each only when exactly one is named."""
    out: dict[str, str] = {}
    name = _iso_countries_named(path.stem.replace("-", " ").replace("_", " "))
    title = str(meta.get("title") or "") or _first_heading(text) or _own_title(text, path.suffix.lower()) or name
    out["title"] = title
    if not str(meta.get("region") or "").strip():
        for where in (title, _intro(text), name):
            countries = _countries(where)
            if countries:
                if len(countries) == 1:
                    out["region"] = countries[0]
                    # a file name's capitals that are a country's code by chance ("PT_" of an Indonesian company's
                    # form, its figures in rupiah): the country of the one currency its figures are in
                    if where is name and (paid := country_by_currency(text) or _paid_in(text)) and paid != countries[0]:
                        out["region"] = paid
                break
        else:  # none of them names a country: the one its lines name throughout ("Finnish orchestras", "Helsinki")
            if country := _named_throughout(text) or country_by_currency(text) or _town_country(path.stem):
                out["region"] = country  # (or the one country whose currency its figures are in: "GEL", "UYU"; or
                # the one country of the towns its file name names: "tallinn_trammijuhid_tootasu_2025")
    if not str(meta.get("year") or "").strip():
        for where in (title, _intro(text), name):
            if _YEAR.search(where):
                if year := _stated_years(where):
                    out["year"] = year
                break
    return out


def document_meta(meta: dict, path: Path, text: str = "") -> dict[str, str | int | float | bool]:
    """The document's meta as chunks carry it: a title always, and its region and year when the document states them
    (``read_scope``); the figures' ``source`` renamed ``data_source`` (a chunk's ``source`` is its file path)."""
    meta = dict(meta) | read_scope(meta, path, text)
    if "source" in meta:
        meta["data_source"] = meta.pop("source")
    return meta


FORMAT_NAMES = {
    ".md": "Markdown",
    ".markdown": "Markdown",
    ".txt": "text",
    ".html": "HTML",
    ".htm": "HTML",
    ".pdf": "PDF",
    ".docx": "Word",
    ".xlsx": "Excel",
    ".csv": "CSV",
    ".pptx": "PowerPoint",
}
OLD_OFFICE = {
    ".doc": ".docx",
    ".xls": ".xlsx",
    ".ppt": ".pptx",
    ".odt": ".docx",
    ".ods": ".xlsx",
    ".odp": ".pptx",
    ".rtf": ".docx",
}  # what to save a file of these types as, so careerbot can read it


def supported_formats() -> str:
    """The formats careerbot reads, for a person: "Markdown (.md, .markdown), text (.txt), ..., PowerPoint (.pptx)"."""
    by_name: dict[str, list[str]] = {}
    for suffix in LOADERS:
        by_name.setdefault(FORMAT_NAMES.get(suffix, suffix), []).append(suffix)
    return ", ".join(f"{name} ({', '.join(suffixes)})" for name, suffixes in by_name.items())


def check_format(name: str) -> None:
    """Raise Unreadable, listing the formats careerbot reads, unless a file called ``name`` is one of them."""
    suffix = Path(name).suffix.lower()
    if suffix in LOADERS:
        return
    hint = f" Save it as {OLD_OFFICE[suffix]} and add it again." if suffix in OLD_OFFICE else ""
    raise Unreadable(
        f"careerbot cannot read {suffix or 'files without an extension'} files; it reads {supported_formats()}.{hint}"
    )


def load_data(name: str, data: bytes) -> tuple[dict, str]:
    """A file's bytes -> (meta, Markdown text), by its name's extension; raises Unreadable with a reason."""
    check_format(name)
    if len(data) > MAX_FILE_BYTES:
        raise Unreadable(f"file is {megabytes(len(data))}, over the {megabytes(MAX_FILE_BYTES)} limit")
    meta, text = LOADERS[Path(name).suffix.lower()](data)
    if not text.strip():
        raise Unreadable("no text left after loading")
    return meta, text


def load_file(path: Path, source: str) -> SourceDoc:
    """Load one file; raises Unreadable with a reason."""
    check_format(path.name)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise Unreadable(f"file is {megabytes(size)}, over the {megabytes(MAX_FILE_BYTES)} limit")
    meta, text = load_data(path.name, path.read_bytes())
    return SourceDoc(source=source, text=text, meta=document_meta(dict(meta) | _sidecar(path), path, text))


def _skipped(path: Path, corpus_dir: Path) -> bool:
    """README files, hidden files, sidecars and the top-level ``sources/`` folder (what documents were made from)."""
    rel = path.relative_to(corpus_dir).parts
    return (
        path.name.lower() in SKIP_NAMES
        or any(part.startswith(".") for part in rel)
        or path.name.endswith(SIDECAR_SUFFIX)
        or (len(rel) > 1 and rel[0] == SOURCES_DIR)
    )


def load_corpus(corpus_dir: Path) -> tuple[list[SourceDoc], list[str]]:
    """Load every readable document under ``corpus_dir`` -> (docs, warnings). Order is stable (sorted paths)."""
    docs: list[SourceDoc] = []
    warnings: list[str] = []
    base = corpus_dir.resolve().parent
    for path in sorted(p for p in corpus_dir.rglob("*") if p.is_file()):
        if _skipped(path, corpus_dir):
            continue
        try:
            source = path.resolve().relative_to(base).as_posix()
        except ValueError:
            source = path.as_posix()
        try:
            docs.append(load_file(path, source))
        except (Unreadable, OSError) as exc:
            message = f"skipped {source}: {exc}"
            log.warning(message)
            warnings.append(message)
    return docs, warnings
