"""Section-aware chunking: headings first (LangChain's Markdown header splitter), then size (its recursive splitter).

Owns turning a ``SourceDoc`` into ``Chunk`` values. Each chunk carries its
section path ("Salary Ranges (US Market, 2024) > AI Researcher Salaries"), its
source and the document's front matter. A list is never cut from its heading:
the heading path travels with every chunk (and is embedded with it), and the
size splitter only cuts between top-level list items, so a nested item stays
with its parent bullet. A Markdown table becomes one chunk per row, each row
written with its headers ("Senior (Level), Senior UX Researcher (Typical
title): Median salary: £60,500; Typical range: £54,000 to £68,000"), so a row is one
retrievable, citable unit that still says what its figures are; a cell that is one of the document's own short
codes ("SS", "Sr T", "App.") carries what its legend says the code means ("SS (site supervisor / team lead)"). A
text that
another chunk already holds (anywhere in the corpus) is stored once: the first
document in path order keeps it. Chunk ids hash source, section, text and the
document's title (all of which are embedded), and the scope read from it (region, year, source: a sidecar
edited or a newer careerbot reading another region stores the chunks anew), so they are stable across runs
and change only when the content or its scope does.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from langchain_text_splitters import ExperimentalMarkdownSyntaxTextSplitter, RecursiveCharacterTextSplitter

from bot.text import SEPARATOR_ROW
from bot.types import Chunk
from ingest.load import SourceDoc

HEADERS = [("#", "h1"), ("##", "h2"), ("###", "h3"), ("####", "h4")]
SEPARATORS = ["\n- ", "\n* ", "\n\n", "\n  - ", "\n", ". ", " ", ""]
SECTION_SEP = " > "


def chunk_id(source: str, section: str, text: str, title: str = "") -> str:
    """Stable id of a chunk: a hash of everything that decides its stored text and its vector."""
    return hashlib.sha256(f"{source}\x00{section}\x00{text}\x00{title}".encode()).hexdigest()[:32]


def _sections(text: str) -> list[tuple[str, str]]:
    """Markdown -> [(section path, body)] in document order. A document's one "# " heading is its title, not a
    section (the title travels in the chunk's meta), so every document's paths start at its "##" sections."""
    splitter = ExperimentalMarkdownSyntaxTextSplitter(headers_to_split_on=HEADERS, strip_headers=True)
    docs = splitter.split_text(text)
    keys = [key for _, key in HEADERS]
    if len({d.metadata["h1"] for d in docs if d.metadata.get("h1")}) == 1:
        keys.remove("h1")
    out: list[tuple[str, str]] = []
    for doc in docs:
        path = SECTION_SEP.join(doc.metadata[key] for key in keys if doc.metadata.get(key))
        out.append((path, doc.page_content.strip()))
    return out


TABLE_LINE = re.compile(r"^\s*\|.*\|\s*$")
FENCE = re.compile(r"^\s*(```|~~~)[\w-]*\s*$", re.M)
DIGIT = re.compile(r"\d")
CELL_SPLIT = re.compile(r"(?<!\\)\|")


def _cells(line: str) -> list[str]:
    return [c.strip().replace("\\|", "|") for c in CELL_SPLIT.split(line.strip().strip("|"))]


_NO_VALUE = re.compile(r"^\s*(?:n/?a|n\.a\.|none|nil|[-–—]+|\*)\s*$", re.I)


# A legend's entry: "SS = site supervisor / team lead", "App. = apprentice (no certificate yet)", each after the
# start of a line, a ";" or a ":", and ending at the next ";", line end or full stop.
_LEGEND = re.compile(
    r"(?:^|[;:\n])\s*(?P<code>[A-Z][A-Za-z]{0,3}\.?(?:[ -][A-Z][A-Za-z]?\.?)?)"
    r"\s*=\s*(?P<means>[A-Za-z][^;=\n]*?)\s*(?=;|\n|\.\s|\.?$)",
    re.M,
)


# A glossary's entry: "- pogrebnik / nosač — funeral attendant and bearer (transport ...)": a list item's term in the
# document's language, a spaced dash, and what it is called in English, up to the clause's end.
_GLOSS = re.compile(
    r"^[ \t]*(?:[-*•][ \t]+)?(?P<code>[^\W\d_][^—–=:;\n]{1,58}?)[ \t]+[—–][ \t]+(?P<means>[A-Za-z][^;\n]*?)"
    r"[ \t]*(?=[;.][ \t]|;|\.?$)",
    re.M,
)


def legend(text: str) -> dict[str, str]:
    """The short codes a document defines for its tables' cells ("SS = site supervisor / team lead"): {code: what it
    means, without an aside in brackets}, for a meaning of one to six words; a code defined twice is left out. A
    glossary's terms ("upravljavec upepeljevalnika — crematorium operator") are keyed in lower case: a row's cell
    that writes one ("Upravljavec upepeljevalnika") says in English what it is."""
    out: dict[str, str] = {}
    twice: set[str] = set()
    entries = [(m.group("code"), m.group("means")) for m in _LEGEND.finditer(text)]
    entries += [(m.group("code").strip().lower(), m.group("means")) for m in _GLOSS.finditer(text)]
    for code, means in entries:
        means = re.sub(r"\s*\([^()]*\)", "", means).strip(" ,")
        if code.islower() and set(means.lower().split()) <= set(code.split()):
            continue  # (a gloss that adds no word)
        if not 1 <= len(means.split()) <= 6 or code.lower() == means.lower():
            continue
        if code in out and out[code] != means:
            twice.add(code)
        out[code] = means
    return {k: v for k, v in out.items() if k not in twice}


def table_rows(lines: list[str], codes: dict[str, str] | None = None) -> list[str]:
    """Markdown table lines -> one line per body row, labelled like a list item: the row's first cell and its other
    text cells (each with its column header) name the row, then every figure follows with its header:
    "Entry (Level), Junior UX Researcher (Typical title): Median salary: £32,000; Typical range: £27,000 to £36,000".
    A cell that is one of ``codes`` (the document's legend) says what it means: "SS (site supervisor / team lead)"."""
    codes = codes or {}
    rows = [_cells(line) for line in lines if not SEPARATOR_ROW.match(line)]
    rows = [[f"{c} ({gloss})" if (gloss := codes.get(c) or codes.get(c.lower())) else c for c in row] for row in rows]
    if len(rows) < 2:
        return ["; ".join(c for c in row if c) for row in rows]
    # a header over two lines ("Overhead /" over "gantry OC"): a first row of words only, its first cell blank
    while len(rows) > 2 and not rows[1][0] and any(rows[1]) and not any(DIGIT.search(c) for c in rows[1]):
        rows = [[f"{h} {c}".strip() for h, c in zip(rows[0], rows[1] + [""] * len(rows[0]))], *rows[2:]]
    # a header's own "; " or ": " ("Median salary (AED; all-in package)") would cut the row where it joins cells
    header, out = [re.sub(r"\s*[;:]\s+", ", ", h) for h in rows[0]], []
    group = ""
    for row in rows[1:]:
        # a first cell left blank under a group's name ("Public sector" over its three levels) is that group's
        if row and not row[0] and group and any(row[1:]):
            row = [group, *row[1:]]
        group = row[0] if row else ""
        # a cell that says there is no figure ("n/a", "–") is no name of the row
        cells = [(h, "" if _NO_VALUE.match(v) else v) for h, v in zip(header + [""] * len(row), row)]
        names = [(h, v) for i, (h, v) in enumerate(cells) if v and (i == 0 or not DIGIT.search(v))]
        figures = [(h, v) for h, v in cells if v and (h, v) not in names]
        label = ", ".join(f"{v} ({h})" if h else v for h, v in names)
        values = "; ".join(f"{h}: {v}" if h else v for h, v in figures)
        out.append(f"{label}: {values}" if label and values else label or values)
    return [line for line in out if line]


def _blocks(body: str) -> list[tuple[bool, str]]:
    """A section body -> [(is_table, text)] in order; a table is a run of lines that start and end with "|"."""
    blocks: list[tuple[bool, list[str]]] = []
    for line in body.splitlines():
        is_table = bool(TABLE_LINE.match(line))
        if blocks and blocks[-1][0] == is_table:
            blocks[-1][1].append(line)
        else:
            blocks.append((is_table, [line]))
    return [(t, "\n".join(lines)) for t, lines in blocks if "\n".join(lines).strip()]


def _pieces(
    body: str, chunk_size: int, sizer: RecursiveCharacterTextSplitter, codes: dict[str, str] | None = None
) -> list[str]:
    pieces: list[str] = []
    for is_table, text in _blocks(body):
        if is_table:
            pieces += table_rows(text.splitlines(), codes)
        else:
            text = FENCE.sub(
                "", text
            ).strip()  # a <pre> block's text stays; its ``` fence lines are markup, not content
            pieces += [text] if len(text) <= chunk_size else sizer.split_text(text)
    return [p.strip() for p in pieces if p.strip()]


def normalise(text: str) -> str:
    """What counts as "the same text" for de-duplication: case and spacing ignored."""
    return " ".join(text.lower().split())


def chunk_document(
    doc: SourceDoc, chunk_size: int = 900, chunk_overlap: int = 0, seen: set[str] | None = None
) -> list[Chunk]:
    """Split one document into chunks no longer than ``chunk_size`` characters
    (a single longer word or table row excepted).

    ``seen`` holds the normalised texts already chunked (shared across a corpus): a repeated text is skipped.
    """
    sizer = RecursiveCharacterTextSplitter(
        chunk_size=chunk_size,
        chunk_overlap=min(chunk_overlap, chunk_size // 2),
        separators=SEPARATORS,
        keep_separator="start",
        strip_whitespace=True,
    )
    seen = set() if seen is None else seen
    chunks: list[Chunk] = []
    codes = legend(doc.text)
    for section, body in _sections(doc.text):
        for piece in _pieces(body, chunk_size, sizer, codes):
            if normalise(piece) in seen:
                continue
            seen.add(normalise(piece))
            meta = dict(doc.meta) | {"position": len(chunks)}
            chunks.append(
                Chunk(
                    id=chunk_id(doc.source, section, piece, str(doc.meta.get("title", ""))),
                    source=doc.source,
                    section=section,
                    text=piece,
                    meta=meta,
                )
            )
    if chunks and not str(doc.meta.get("region") or "").strip():
        from bot.tables import Tables

        # a document that names no country, whose place column's cells are one country's ("Madeira (RAM)", "Porto
        # (AMP)"): that country is its region, as its chunks tell every reader of them (the answers, the guard)
        profile = Tables.build(chunks).profiles.get(doc.source)
        for c in chunks if profile and profile.region else ():
            c.meta["region"] = profile.region
    # (and the scope read from the document: a region or year read anew, or set in a sidecar, is a new chunk)
    scope = "\x00".join(f"{k}={v}" for k, v in sorted(doc.meta.items()) if k not in ("title", "position"))
    region = str(chunks[0].meta.get("region", "")) if chunks else ""
    return [replace(c, id=chunk_id(c.source, c.section, c.text, f"{c.meta.get('title', '')}\x00{scope}\x00{region}"))
            for c in chunks] if scope or region else chunks  # fmt: skip


def chunk_corpus(docs: list[SourceDoc], chunk_size: int = 900, chunk_overlap: int = 0) -> list[Chunk]:
    """Every document's chunks, in order; a text already held by an earlier chunk is stored once."""
    seen: set[str] = set()
    return [c for doc in docs for c in chunk_document(doc, chunk_size, chunk_overlap, seen)]
