"""Loaders: one function per file type, each returning a ``SourceDoc`` (Markdown-ish text + front matter).

Owns reading files and deciding which cannot be read. A file that cannot be
read (empty, binary, broken PDF, wrong encoding) is skipped with a warning that
names it; the rest of the corpus is still ingested. HTML headings and lists
are turned into Markdown so the chunker sees the same structure for every type.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024
SKIP_NAMES = {"readme.md", "readme.txt"}  # corpus/README.md is instructions for people, not knowledge


@dataclass(frozen=True)
class SourceDoc:
    """A loaded document: ``source`` is its path relative to the corpus' parent (e.g. corpus/guide.md)."""

    source: str
    text: str
    meta: dict[str, str | int | float | bool] = field(default_factory=dict)


class Unreadable(Exception):
    """Raised by a loader; the message says why, and the file is skipped."""


def _decode(data: bytes) -> str:
    if not data.strip():
        raise Unreadable("file is empty")
    if b"\x00" in data[:8192]:
        raise Unreadable("file looks binary (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Unreadable(f"not valid UTF-8 ({exc.reason} at byte {exc.start}); re-save it as UTF-8") from exc


def _flatten(meta: object) -> dict[str, str | int | float | bool]:
    if not isinstance(meta, dict):
        return {}
    flat: dict[str, str | int | float | bool] = {}
    for key, value in meta.items():
        if isinstance(value, (str, int, float, bool)):
            flat[str(key)] = value
        elif value is not None:
            flat[str(key)] = str(value)
    return flat


def split_front_matter(text: str) -> tuple[dict[str, str | int | float | bool], str]:
    """YAML front matter between leading ``---`` lines -> (meta, body). Malformed YAML -> Unreadable."""
    match = re.match(r"\A---\s*\n(.*?)\n---\s*(?:\n|\Z)", text, re.S)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise Unreadable(f"front matter is not valid YAML ({exc.__class__.__name__})") from exc
    return _flatten(meta), text[match.end():]


def load_markdown(data: bytes) -> tuple[dict, str]:
    return split_front_matter(_decode(data))


def load_text(data: bytes) -> tuple[dict, str]:
    return {}, _decode(data)


def load_html(data: bytes) -> tuple[dict, str]:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(_decode(data), "html.parser")
    for tag in soup(["script", "style", "nav", "footer", "noscript"]):
        tag.decompose()
    title = soup.title.get_text(strip=True) if soup.title else ""
    lines: list[str] = []
    body = soup.body or soup
    for el in body.find_all(["h1", "h2", "h3", "h4", "p", "li"]):
        text = " ".join(el.get_text(" ", strip=True).split())
        if not text:
            continue
        if el.name in ("h1", "h2", "h3", "h4"):
            lines += ["", "#" * int(el.name[1]) + " " + text, ""]
        elif el.name == "li":
            lines.append("- " + text)
        else:
            lines += ["", text, ""]
    return ({"title": title} if title else {}), "\n".join(lines)


def load_pdf(data: bytes) -> tuple[dict, str]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
        title = (reader.metadata.title if reader.metadata else None) or ""
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise Unreadable(f"broken PDF ({exc})") from exc
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text.strip():
        raise Unreadable("PDF has no extractable text (scanned images need OCR first)")
    return ({"title": str(title)} if title else {}), text


LOADERS: dict[str, Callable[[bytes], tuple[dict, str]]] = {
    ".md": load_markdown,
    ".markdown": load_markdown,
    ".txt": load_text,
    ".html": load_html,
    ".htm": load_html,
    ".pdf": load_pdf,
}


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
    meta = {"title": path.stem.replace("-", " ").replace("_", " ")} | dict(meta)
    return SourceDoc(source=source, text=text, meta=meta)


def load_corpus(corpus_dir: Path) -> tuple[list[SourceDoc], list[str]]:
    """Load every readable document under ``corpus_dir`` -> (docs, warnings). Order is stable (sorted paths)."""
    docs: list[SourceDoc] = []
    warnings: list[str] = []
    base = corpus_dir.resolve().parent
    for path in sorted(p for p in corpus_dir.rglob("*") if p.is_file()):
        if path.name.lower() in SKIP_NAMES or path.name.startswith("."):
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
