"""Section-aware chunking: headings first (LangChain's Markdown header splitter), then size (its recursive splitter).

Owns turning a ``SourceDoc`` into ``Chunk`` values. Each chunk carries its
section path ("Salary Ranges (US Market, 2024) > AI Researcher Salaries"), its
source and the document's front matter. A list is never cut from its heading:
the heading path travels with every chunk (and is embedded with it), and the
size splitter only cuts between top-level list items, so a nested item stays
with its parent bullet. Chunk ids hash source, section and text, so they are
stable across runs and change only when the content does.
"""

from __future__ import annotations

import hashlib

from langchain_text_splitters import ExperimentalMarkdownSyntaxTextSplitter, RecursiveCharacterTextSplitter

from bot.types import Chunk
from ingest.load import SourceDoc

HEADERS = [("#", "h1"), ("##", "h2"), ("###", "h3"), ("####", "h4")]
SEPARATORS = ["\n- ", "\n* ", "\n\n", "\n  - ", "\n", ". ", " ", ""]
SECTION_SEP = " > "


def chunk_id(source: str, section: str, text: str) -> str:
    return hashlib.sha256(f"{source}\x00{section}\x00{text}".encode()).hexdigest()[:32]


def _sections(text: str) -> list[tuple[str, str]]:
    """Markdown -> [(section path, body)] in document order."""
    splitter = ExperimentalMarkdownSyntaxTextSplitter(headers_to_split_on=HEADERS, strip_headers=True)
    out: list[tuple[str, str]] = []
    for doc in splitter.split_text(text):
        path = SECTION_SEP.join(doc.metadata[key] for _, key in HEADERS if doc.metadata.get(key))
        out.append((path, doc.page_content.strip()))
    return out


def chunk_document(doc: SourceDoc, chunk_size: int = 900, chunk_overlap: int = 0) -> list[Chunk]:
    """Split one document into chunks no longer than ``chunk_size`` characters (a single longer word excepted)."""
    sizer = RecursiveCharacterTextSplitter(
        chunk_size=chunk_size,
        chunk_overlap=min(chunk_overlap, chunk_size // 2),
        separators=SEPARATORS,
        keep_separator="start",
        strip_whitespace=True,
    )
    chunks: list[Chunk] = []
    seen: set[str] = set()
    for section, body in _sections(doc.text):
        pieces = [body] if len(body) <= chunk_size else sizer.split_text(body)
        for piece in pieces:
            piece = piece.strip()
            if not piece:
                continue
            cid = chunk_id(doc.source, section, piece)
            if cid in seen:
                continue
            seen.add(cid)
            meta = dict(doc.meta) | {"position": len(chunks)}
            chunks.append(Chunk(id=cid, source=doc.source, section=section, text=piece, meta=meta))
    return chunks


def chunk_corpus(docs: list[SourceDoc], chunk_size: int = 900, chunk_overlap: int = 0) -> list[Chunk]:
    return [c for doc in docs for c in chunk_document(doc, chunk_size, chunk_overlap)]
