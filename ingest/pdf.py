"""PDF -> Markdown with pdfplumber: the page's text and ruled tables in reading order, as every loader writes them.

Owns reading a PDF's pages: ruled tables become Markdown tables (a table that ends one page and goes on at the top of
the next, with its header row repeated or not, is one table), lines in a larger font than the body become headings,
a paragraph's wrapped lines are joined, and running headers, footers and page numbers are dropped before anything is
joined (so "Page 2" is never glued into a sentence). The Info dictionary's /Title and custom /Region /Year /Source
/Scope /Audience entries are the document's meta. Shortcuts: tables must be ruled (drawn lines); a heading is known
by its font size alone; a running line by repeating at the top or bottom of at least half the pages, in the same
font at the same height, and a page number by its form alone.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from bot.errors import Unreadable
from ingest.formats import SCOPE_KEYS, markdown_table, scope_value


def _pdf_meta(info: object) -> dict[str, str | int]:
    """The PDF Info dictionary's /Title and custom /Region /Year /Source /Scope /Audience entries."""
    meta: dict[str, str | int] = {}
    for key, value in dict(info or {}).items():
        name = str(key).lstrip("/").lower()
        if name in SCOPE_KEYS and str(value).strip():
            meta[name] = scope_value(name, str(value))
    return meta


HEADING_RATIO = 1.15  # a PDF line whose font is this much larger than the body text is a heading


@dataclass(frozen=True)
class PdfLine:
    """A text line of a PDF page: where it starts on the page, its largest font size, its text."""

    top: float
    size: float
    text: str


@dataclass
class PdfTable:
    """A ruled table of a PDF page: its rows of cell texts, the first the header (a split table gains the next page's
    rows)."""

    top: float
    rows: list[list[str]]


PageItem = PdfLine | PdfTable


def _heading_levels(sizes: list[float], body_size: float) -> dict[float, int]:
    """Font sizes clearly larger than the body text -> heading levels 1.. (largest first)."""
    large = sorted({round(size, 1) for size in sizes if size >= body_size * HEADING_RATIO}, reverse=True)
    return {size: min(level, 4) for level, size in enumerate(large, 1)}


def _pdf_page_items(page) -> list[PageItem]:
    """One pdfplumber page in reading order: its ruled tables, and its other text line by line."""
    found = sorted(page.find_tables(), key=lambda t: t.bbox[1])
    banded = _banded(page, [(list(t.bbox), _starts(t), [[" ".join((c or "").split()) for c in r] for r in t.extract()],
                             min(r.bbox[3] - r.bbox[1] for r in t.rows)) for t in found])  # fmt: skip
    boxes = [tuple(bbox) for bbox, _ in banded]
    items: list[PageItem] = [PdfTable(bbox[1], rows) for bbox, rows in banded]

    def outside(obj: dict) -> bool:
        return not any(
            x0 <= obj["x0"] and obj["x1"] <= x1 and top <= obj["top"] and obj["bottom"] <= bottom
            for x0, top, x1, bottom in boxes
        )

    for line in page.filter(outside).extract_text_lines(return_chars=True):
        sizes = [c["size"] for c in line["chars"] if c["text"].strip()]
        if sizes:
            items.append(PdfLine(line["top"], max(sizes), line["text"].strip()))
    return sorted(items, key=lambda item: item.top)


def _starts(table) -> tuple[int, ...]:
    """Where a found table's columns start, to the point."""
    return tuple(round(c[0]) for c in table.rows[-1].cells if c)


def _banded(page, found: list[tuple[list[float], tuple[int, ...], list[list[str]], float]]) -> list:
    """A table whose every other row is shaded (the shading found as a table of its own, the plain rows in between as
    text): one table, the plain rows read into its columns, and a plain row just below its last shaded one. Each
    other table as found. As (bbox, rows)."""
    out: list[tuple[list[float], list[list[str]], tuple[int, ...], float]] = []  # (bbox, rows, starts, row height)
    for bbox, starts, rows, row_height in found:
        prev = out[-1] if out else None
        if prev and starts == prev[2] and len(starts) >= 2 and 0 <= bbox[1] - prev[0][3] <= 2.5 * prev[3]:
            box = prev[0]
            between = _rows_in(page, (box[0], box[3], box[2], bbox[1]), starts)
            if len(between) <= 1:
                prev[1].extend([*between, *rows])
                box[1:] = [box[1], max(box[2], bbox[2]), bbox[3]]
                continue
        out.append((list(bbox), list(rows), starts, row_height))
    for bbox, rows, starts, row_height in out:
        below = (bbox[0], bbox[3], bbox[2], min(page.height, bbox[3] + 1.2 * max(row_height, 10)))
        tail = _rows_in(page, below, starts, whole=True) if len(starts) >= 3 else []
        if tail and re.search(r"\d", tail[0][-1]):
            rows.append(tail[0])
            bbox[3] = below[3]
    return [(bbox, rows) for bbox, rows, _, _ in out]


def _rows_in(page, box: tuple[float, float, float, float], starts: tuple[int, ...], whole: bool = False) -> list:
    """The words in ``box`` as one table row, cut into the columns that start at ``starts`` ([] when no word is
    there, or the words are not in at least two columns). ``whole``: only a row that fills every column, its cells
    apart by gaps wider than a space (a sentence under a table runs on across them)."""
    words = page.crop(box, strict=False).extract_words() if box[3] > box[1] else []
    if not words:
        return []
    if whole:
        line = sorted((w for w in words if abs(w["top"] - words[0]["top"]) < 3), key=lambda w: w["x0"])
        firsts = [b for a, b in zip([None, *line], line) if a is None or b["x0"] - a["x1"] > 6]
        cols = {max([i for i, x in enumerate(starts) if x <= w["x0"] + 1], default=0) for w in firsts}
        if len(firsts) != len(starts) or len(cols) != len(starts):
            return []
    cells: list[list[str]] = [[] for _ in starts]
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        k = max([i for i, x in enumerate(starts) if x <= w["x0"] + 1], default=0)
        cells[k].append(w["text"])
    row = [" ".join(c) for c in cells]
    return [row] if sum(bool(c) for c in row) >= 2 else []


DASHES = r"[-\u2013\u2014\s]*"
PAGE_NUMBER = re.compile(DASHES + r"(page|p\.|pg\.?)?\s*\d{1,4}(\s*(of|/)\s*\d{1,4})?" + DASHES + "$", re.I)
EDGE_ITEMS = 2  # a running header or footer is among the first or last two items of a page


def _running_key(line: PdfLine) -> tuple[str, int, int]:
    """A line as it repeats from page to page: numbers, case and spacing aside ("Page 2 of 5" = "Page 3 of 5"), in the
    same font size at the same height on the page."""
    return re.sub(r"\d+", "#", " ".join(line.text.lower().split())), round(line.size), round(line.top / 2)


def _edge_lines(page: list[PageItem]) -> list[PdfLine]:
    ends = page[:EDGE_ITEMS] + page[-EDGE_ITEMS:]
    return [item for i, item in enumerate(ends) if isinstance(item, PdfLine) and not any(item is e for e in ends[:i])]


def _peeled(page: list[PageItem], running: set[tuple[str, int, int]]) -> list[PageItem]:
    """The page without its running lines, peeled from the top and from the bottom until a line that is not one."""
    items = list(page)
    for side in (0, -1):
        for _ in range(EDGE_ITEMS):
            item = items[side] if items else None
            if not isinstance(item, PdfLine) or not (_running_key(item) in running or PAGE_NUMBER.match(item.text)):
                break
            items.pop(side)
    return items


def drop_running_lines(pages: list[list[PageItem]]) -> list[list[PageItem]]:
    """Drop running headers and footers: a line at the top or bottom of a page that repeats there on at least half the
    pages (two at least), numbers aside, in the same font at the same height; and a page number alone there ("2",
    "Page 2 of 5", "- 2 -")."""
    counts: dict[tuple[str, int, int], int] = {}
    for page in pages:
        for key in {_running_key(line) for line in _edge_lines(page)}:
            counts[key] = counts.get(key, 0) + 1
    least = max(2, -(-len(pages) // 2))
    running = {key for key, n in counts.items() if n >= least}
    return [_peeled(page, running) for page in pages]


def _same_row(a: list[str], b: list[str]) -> bool:
    return [" ".join(c.lower().split()) for c in a] == [" ".join(c.lower().split()) for c in b]


def _width(table: PdfTable) -> int:
    return max((len(row) for row in table.rows), default=0)


def join_split_tables(pages: list[list[PageItem]]) -> list[list[PageItem]]:
    """A table that ends a page and one that starts the next with as many columns are one table: the continuation's
    rows join it, its first row dropped when it repeats the header. The pages given are not changed."""
    out: list[list[PageItem]] = []
    last: PdfTable | None = None  # the table that ends the pages so far
    for page in pages:
        items = [PdfTable(i.top, list(i.rows)) if isinstance(i, PdfTable) else i for i in page]
        # (after one line over it: a running header the first page does not have, kept below the table)
        at = 1 if len(items) > 1 and isinstance(items[0], PdfLine) and isinstance(items[1], PdfTable) else 0
        first = items[at] if items else None
        if last is not None and last.rows and isinstance(first, PdfTable) and _width(first) == _width(last):
            rows = items.pop(at).rows
            last.rows += rows[1:] if rows and _same_row(rows[0], last.rows[0]) else rows
        if items:
            last = items[-1] if isinstance(items[-1], PdfTable) else None
        out.append(items)
    return out


def _stacked(header: PdfTable, body: PdfTable) -> PdfTable | None:
    """A table drawn as two: its header written down one column ("Grade", "Step 1" ... "Step 4"), then each row as a
    label on a line of its own over its figures ("Grade 8" over "K1,381.20 | K1,431.00 | ..."): one table, a row per
    label ("Grade 8 | K1,381.20 | ..."); None when the two are not that."""
    names = [r[0] for r in header.rows if r and r[0]]
    rows = body.rows
    if _width(header) != 1 or len(names) != _width(body) + 1 or len(rows) < 2 or len(rows) % 2:
        return None
    labels, figures = rows[0::2], rows[1::2]
    if not all(r[0] and not any(r[1:]) for r in labels) or not all(all(c for c in r) for r in figures):
        return None
    return PdfTable(header.top, [names, *([a[0], *b] for a, b in zip(labels, figures))])


def mend_stacked(pages: list[list[PageItem]]) -> list[list[PageItem]]:
    """Each page with its tables drawn as two (``_stacked``) made one."""
    out: list[list[PageItem]] = []
    for page in pages:
        items: list[PageItem] = []
        for item in page:
            last = items[-1] if items else None
            one = _stacked(last, item) if isinstance(last, PdfTable) and isinstance(item, PdfTable) else None
            if one is not None:
                items[-1] = one
            else:
                items.append(item)
        out.append(items)
    return out


def _pdf_markdown(pages: list[list[PageItem]]) -> str:
    """Page items -> Markdown; tables as Markdown tables, lines in a larger font than the body as headings."""
    lines = [item for page in pages for item in page if isinstance(item, PdfLine)]
    weights: dict[float, int] = {}
    for line in lines:
        weights[round(line.size, 1)] = weights.get(round(line.size, 1), 0) + len(line.text)
    body = max(weights, key=lambda s: weights[s]) if weights else 0.0
    levels = _heading_levels([line.size for line in lines], body) if weights else {}
    out: list[str] = []
    for item in (item for page in pages for item in page):
        if isinstance(item, PdfTable):
            out += markdown_table(item.rows)  # type: ignore[arg-type]
            continue
        level = levels.get(round(item.size, 1))
        out += ["", "#" * level + " " + item.text, ""] if level and len(item.text) < 120 else [item.text]
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


def _password_protected(exc: BaseException) -> bool:
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, PDFPasswordIncorrect) or any(isinstance(a, PDFPasswordIncorrect) for a in seen.args):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def load_pdf(data: bytes) -> tuple[dict, str]:
    """PDF -> Markdown with pdfplumber: ruled tables as Markdown tables (one split across pages kept whole), larger
    fonts as headings, running headers, footers and page numbers dropped."""
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfplumber.utils.exceptions import PdfminerException

    if not data.strip():
        raise Unreadable("file is empty")
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            meta = _pdf_meta(pdf.metadata)
            pages = [_pdf_page_items(page) for page in pdf.pages]
    except (PdfminerException, PDFSyntaxError, ValueError, KeyError, TypeError, OSError) as exc:
        if _password_protected(exc):
            raise Unreadable("the PDF is password-protected (encrypted); save a copy without a password") from exc
        raise Unreadable(f"broken PDF ({exc})") from exc
    text = _pdf_markdown(mend_stacked(join_split_tables(drop_running_lines(pages))))
    if not text.strip():
        raise Unreadable("PDF has no extractable text (scanned images need OCR first)")
    return meta, text
