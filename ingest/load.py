"""Loaders: one function per file type, each returning a ``SourceDoc`` (Markdown-ish text + front matter).

Owns reading files and deciding which cannot be read. A file that cannot be
read (empty, binary, broken PDF, wrong encoding) is skipped with a warning that
names it; the rest of the corpus is still ingested. Every type becomes
Markdown, so the chunker sees the same structure: HTML through markdownify
(headings, tables as Markdown tables with their <caption> as a heading,
lists, definition lists as "Term: text" items, <pre> fenced, <div> text), PDF through pdfplumber (ruled tables as
Markdown tables, lines in a larger font as headings). A document's meta (title,
region, year, data_source, scope, audience) comes from Markdown front matter,
HTML <title>/<meta name=...>, the PDF Info dictionary, or a ``.meta.yaml``
sidecar. Shortcuts: PDF tables must be ruled (drawn lines); a PDF heading is
recognised by font size alone.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.errors import Unreadable
from bot.text import flatten_meta, split_front_matter

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
    return split_front_matter(_decode(data))


def load_text(data: bytes) -> tuple[dict, str]:
    return {}, _decode(data)


SCOPE_KEYS = ("title", "region", "year", "source", "scope", "audience")  # what HTML <meta> and PDF Info may say about a document


def _scope_value(key: str, value: str) -> str | int:
    value = " ".join(str(value).split())
    return int(value) if key == "year" and value.isdigit() else value


def _html_meta(soup) -> dict[str, str | int]:
    """<title> and <meta name="region|year|source|scope|audience" content="..."> -> meta."""
    meta: dict[str, str | int] = {}
    if soup.title and soup.title.get_text(strip=True):
        meta["title"] = soup.title.get_text(" ", strip=True)
    for tag in soup.find_all("meta"):
        name, content = str(tag.get("name") or "").strip().lower(), tag.get("content")
        if name in SCOPE_KEYS and content and str(content).strip():
            meta[name] = _scope_value(name, content)
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
    """A table's <caption> names the table: it becomes a heading just above it, so every row's section path carries it."""
    for caption in soup.find_all("caption"):
        text = " ".join(caption.get_text(" ", strip=True).split())
        table = caption.find_parent("table")
        caption.decompose()
        if text and table is not None:
            heading = soup.new_tag("h4")
            heading.string = text
            table.insert_before(heading)


def load_html(data: bytes) -> tuple[dict, str]:
    """HTML -> Markdown with markdownify: headings as #, tables as Markdown tables, lists, <pre> fenced, <div> text kept."""
    from bs4 import BeautifulSoup
    from markdownify import markdownify

    soup = BeautifulSoup(_decode(data), "html.parser")
    meta = _html_meta(soup)
    for tag in soup(["script", "style", "nav", "footer", "noscript", "template", "head", "form", "button"]):
        tag.decompose()
    _definitions_as_bullets(soup)
    _captions_as_headings(soup)
    text = markdownify(str(soup.body or soup), heading_style="ATX", bullets="-", table_infer_header=True,
                       strip=["a", "img", "b", "strong", "em", "i", "u", "span", "abbr"])
    return meta, re.sub(r"\n{3,}", "\n\n", text).strip()


def _pdf_meta(info: object) -> dict[str, str | int]:
    """The PDF Info dictionary's /Title and custom /Region /Year /Source /Scope /Audience entries."""
    meta: dict[str, str | int] = {}
    for key, value in dict(info or {}).items():
        name = str(key).lstrip("/").lower()
        if name in SCOPE_KEYS and str(value).strip():
            meta[name] = _scope_value(name, str(value))
    return meta


def _markdown_table(rows: list[list[str | None]]) -> list[str]:
    cells = [[" ".join((c or "").split()).replace("|", "\\|") for c in row] for row in rows if any((c or "").strip() for c in row)]
    if len(cells) < 2:
        return [" ".join(c for c in row if c) for row in cells]
    width = max(len(r) for r in cells)
    cells = [r + [""] * (width - len(r)) for r in cells]
    lines = ["| " + " | ".join(r) + " |" for r in cells]
    return ["", lines[0], "| " + " | ".join(["---"] * width) + " |", *lines[1:], ""]


HEADING_RATIO = 1.15  # a PDF line whose font is this much larger than the body text is a heading


def _heading_levels(lines: list[dict], body_size: float) -> dict[float, int]:
    """Font sizes clearly larger than the body text -> heading levels 1.. (largest first)."""
    sizes = sorted({round(line["size"], 1) for line in lines if line["size"] >= body_size * HEADING_RATIO}, reverse=True)
    return {size: min(level, 4) for level, size in enumerate(sizes, 1)}


Block = tuple[float, list[str | tuple[float, str]]]  # (top of the block on its page, table lines | (font size, text line))


def _pdf_page_blocks(page) -> list[Block]:
    """Blocks of one pdfplumber page in reading order: ruled tables as Markdown table lines, other text line by line."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]
    blocks: list[Block] = [(t.bbox[1], list(_markdown_table(t.extract()))) for t in tables]

    def outside(obj: dict) -> bool:
        return not any(x0 <= obj["x0"] and obj["x1"] <= x1 and top <= obj["top"] and obj["bottom"] <= bottom for x0, top, x1, bottom in boxes)

    for line in page.filter(outside).extract_text_lines(return_chars=True):
        sizes = [c["size"] for c in line["chars"] if c["text"].strip()]
        if sizes:
            blocks.append((line["top"], [(max(sizes), line["text"].strip())]))
    return sorted(blocks, key=lambda b: b[0])


def _pdf_markdown(pages: list[list[Block]]) -> str:
    """Page blocks -> Markdown; lines in a larger font than the body become headings."""
    sized = [{"size": item[0], "text": item[1]} for page in pages for _, items in page for item in items if isinstance(item, tuple)]
    weights: dict[float, int] = {}
    for line in sized:
        weights[round(line["size"], 1)] = weights.get(round(line["size"], 1), 0) + len(line["text"])
    body = max(weights, key=lambda s: weights[s]) if weights else 0.0
    levels = _heading_levels(sized, body) if weights else {}
    out: list[str] = []
    for page in pages:
        for _, items in page:
            for item in items:
                if not isinstance(item, tuple):
                    out.append(item)
                    continue
                size, text = item
                level = levels.get(round(size, 1))
                out += ["", "#" * level + " " + text, ""] if level and len(text) < 120 else [text]
    return _join_wrapped(out)


def _join_wrapped(lines: list[str]) -> str:
    """Re-join a paragraph's wrapped lines; headings, bullets and table rows stay on their own lines."""
    out: list[str] = []
    for line in lines:
        starts_block = not line or line.startswith(("#", "|", "- ", "* ", "\u2022")) or re.match(r"\d+[.)] ", line)
        if out and out[-1] and not starts_block and not out[-1].startswith(("#", "|")):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()


def load_pdf(data: bytes) -> tuple[dict, str]:
    """PDF -> Markdown with pdfplumber: ruled tables as Markdown tables (one row per line), larger fonts as headings."""
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            meta = _pdf_meta(pdf.metadata)
            pages = [_pdf_page_blocks(page) for page in pdf.pages]
    except (PdfminerException, PDFSyntaxError, ValueError, KeyError, TypeError, OSError) as exc:
        raise Unreadable(f"broken PDF ({exc})") from exc
    text = _pdf_markdown(pages)
    if not text.strip():
        raise Unreadable("PDF has no extractable text (scanned images need OCR first)")
    return meta, text


LOADERS: dict[str, Callable[[bytes], tuple[dict, str]]] = {
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".txt": load_text,
    ".html": load_html,
    ".htm": load_html,
    ".pdf": load_pdf,
}


def _sidecar(path: Path) -> dict[str, str | int | float | bool]:
    """Scope for a file that cannot carry it (a PDF from elsewhere): ``NAME.EXT.meta.yaml`` next to it, YAML like front matter."""
    side = path.with_name(path.name + SIDECAR_SUFFIX)
    if not side.is_file():
        return {}
    try:
        return flatten_meta(yaml.safe_load(side.read_text(encoding="utf-8")))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise Unreadable(f"{side.name} is not valid UTF-8 YAML ({exc.__class__.__name__})") from exc


def _first_heading(text: str) -> str:
    match = re.search(r"^# (.+)$", text, re.M)
    return match.group(1).strip() if match else ""


def document_meta(meta: dict, path: Path, text: str = "") -> dict[str, str | int | float | bool]:
    """The document's meta as chunks carry it: a title always (stated, else the first "# " heading, else the file
    name); the figures' ``source`` renamed ``data_source`` (a chunk's ``source`` is its file path)."""
    meta = {"title": _first_heading(text) or path.stem.replace("-", " ").replace("_", " ")} | dict(meta)
    if "source" in meta:
        meta["data_source"] = meta.pop("source")
    return meta


def load_file(path: Path, source: str) -> SourceDoc:
    """Load one file; raises Unreadable with a reason."""
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise Unreadable(f"unsupported type {path.suffix or '(none)'}; use one of {', '.join(sorted(LOADERS))}")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise Unreadable(f"file is {size // 1_000_000} MB, over the {MAX_FILE_BYTES // 1_000_000} MB limit")
    meta, text = loader(path.read_bytes())
    if not text.strip():
        raise Unreadable("no text left after loading")
    return SourceDoc(source=source, text=text, meta=document_meta(dict(meta) | _sidecar(path), path, text))


def _skipped(path: Path, corpus_dir: Path) -> bool:
    """README files, hidden files, sidecars and the top-level ``sources/`` folder (what documents were made from)."""
    rel = path.relative_to(corpus_dir).parts
    return (path.name.lower() in SKIP_NAMES or any(part.startswith(".") for part in rel)
            or path.name.endswith(SIDECAR_SUFFIX) or (len(rel) > 1 and rel[0] == SOURCES_DIR))


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
