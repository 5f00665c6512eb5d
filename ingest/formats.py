"""Office formats -> Markdown: Word (.docx), Excel (.xlsx), CSV, PowerPoint (.pptx); what every loader shares.

Owns reading the Office Open XML packages safely and turning them into the same Markdown the other loaders write,
so the chunker sees one structure:

- .docx (python-docx): the "Title" paragraph and "Heading N" paragraphs become Markdown headings (Title "#", Heading 1
  "##" when there is a Title, else "#"), list paragraphs "- " bullets, tables Markdown tables, in document order.
- .xlsx (openpyxl) and .csv (the csv module): each visible sheet a "## <sheet name>" section (a CSV has one, unnamed);
  blocks of rows separated by empty rows are tables whose first row is the header; a leading row with one cell
  above a table is its caption ("### ..."). Numbers are shown as the cell's number format shows them ("€68,500").
- .pptx (python-pptx): each slide a "## <slide title>" section ("Slide N" without one); its text frames as lines
  (a body placeholder's paragraphs as bullets), its tables as tables, its speaker notes as lines.
- The package's core properties give the document's title where set.

A package is checked before any library opens it: an encrypted (OLE) file, a file that is not a zip, a zip whose
members would unpack past ``MAX_UNZIPPED_BYTES`` (a zip bomb) or hold too many members, and a file that the library
cannot parse each raise ``Unreadable`` with a reason. Shortcuts: docx text boxes, headers, footers and footnotes are not
read; xlsx charts, images and hidden sheets are not read, merged cells are not spread; formulas give their last
calculated value (none if the file was never opened in a spreadsheet program).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from decimal import ROUND_HALF_UP, Decimal

from bot.errors import Unreadable

MAX_UNZIPPED_BYTES = 200 * 1024 * 1024  # what a package's members may add up to once unpacked (a zip bomb passes it)
MAX_MEMBERS = 10_000
MAX_ROWS = 20_000  # table rows in one spreadsheet: each row is a chunk to embed
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted Office file, or an old binary .doc/.xls/.ppt

# --- shared by every loader -------------------------------------------------------------------------------------------

SCOPE_KEYS = ("title", "region", "year", "source", "scope", "audience")  # what a file may say about its figures


def scope_value(key: str, value: str) -> str | int:
    """A scope entry as meta holds it: spacing collapsed, a year as a number."""
    value = " ".join(str(value).split())
    return int(value) if key == "year" and value.isdigit() else value


def megabytes(size: int) -> str:
    """A size for a person, in the units the limits are set in: 20 * 2**20 -> "20 MB", 25.1 * 2**20 -> "25.1 MB"."""
    return f"{size / 2**20:,.1f} MB".replace(".0 MB", " MB")


def markdown_table(rows: list[list[str | None]]) -> list[str]:
    """Rows (the first is the header) -> Markdown table lines, padded to one width; under two rows -> plain lines."""
    cells = [
        [" ".join((c or "").split()).replace("|", "\\|") for c in row]
        for row in rows
        if any((c or "").strip() for c in row)
    ]
    if len(cells) < 2:
        return [" ".join(c for c in row if c) for row in cells]
    width = max(len(r) for r in cells)
    cells = two_row_header([r + [""] * (width - len(r)) for r in cells])
    lines = ["| " + " | ".join(r) + " |" for r in cells]
    return ["", lines[0], "| " + " | ".join(["---"] * width) + " |", *lines[1:], ""]


def _markdown(lines: Iterable[str]) -> str:
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# --- the package: checked before a library opens it ------------------------------------------------------------------


def check_package(data: bytes, kind: str) -> None:
    """Raise Unreadable unless ``data`` is a zip package that is safe to unpack (``kind`` names the format: "docx")."""
    if not data.strip(b"\x00 \t\r\n"):
        raise Unreadable("file is empty")
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise Unreadable(f"the .{kind} is password-protected (encrypted); save a copy without a password")
        raise Unreadable(f"this is an old binary Office file, not a .{kind}; open it and save it as .{kind}")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise Unreadable(f"not a valid .{kind} file (corrupt or truncated: {exc})") from exc
    if len(members) > MAX_MEMBERS:
        raise Unreadable(f"the .{kind} holds {len(members):,} parts, over the {MAX_MEMBERS:,} limit")
    unpacked = sum(m.file_size for m in members)
    if unpacked > MAX_UNZIPPED_BYTES:
        raise Unreadable(
            f"the .{kind} would unpack to {megabytes(unpacked)}, over the {megabytes(MAX_UNZIPPED_BYTES)} "
            "limit (a zip bomb, or too big to read)"
        )


def _parse_errors() -> tuple[type[BaseException], ...]:
    """What the Office libraries raise on a package that passed ``check_package`` but is still broken inside."""
    from lxml.etree import LxmlError

    return (
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        TypeError,
        AttributeError,
        IndexError,
        EOFError,
        OSError,
        LxmlError,
        SyntaxError,
    )


def _reason(exc: BaseException) -> str:
    return str(exc).strip("\"'") or exc.__class__.__name__


def _opened(kind: str, opener, data: bytes):
    check_package(data, kind)
    try:
        return opener(io.BytesIO(data))
    except _parse_errors() as exc:
        raise Unreadable(f"not a valid .{kind} file ({_reason(exc)})") from exc


def _title_meta(title: object) -> dict[str, str]:
    title = " ".join(str(title or "").split())
    return {"title": title} if title else {}


# --- Word -------------------------------------------------------------------------------------------------------------

HEADING_STYLE = re.compile(r"^heading (\d)$", re.I)


def _style(paragraph) -> str:
    return ((paragraph.style.name if paragraph.style is not None else "") or "").lower()


def _docx_paragraph(paragraph, shift: int) -> str:
    text = " ".join(paragraph.text.split())
    if not text:
        return ""
    style = _style(paragraph)
    if style == "title":
        return f"\n# {text}\n"
    heading = HEADING_STYLE.match(style)
    if heading:
        return "\n" + "#" * min(int(heading.group(1)) + shift, 4) + f" {text}\n"
    numbering = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
    if numbering is not None or style.startswith("list"):
        level = numbering.ilvl.val if numbering is not None and numbering.ilvl is not None else 0
        return "  " * min(int(level), 3) + f"- {text}"
    return f"\n{text}\n"


def _docx_table(table) -> list[str]:
    return markdown_table([[cell.text.strip() for cell in row.cells] for row in table.rows])


def two_row_header(rows: list[list[str]]) -> list[list[str]]:
    """A header of two rows, the first with a cell merged over columns that the second names apart ("Annual salary"
    over "Minimum" and "Maximum"), as one header row naming each column by both ("Annual salary Minimum"); other
    tables as they are. (A merged cell stands in each column it spans, as python-docx gives it, or in the first only,
    the others blank, as a PDF's or a sheet's cells read, under which the second row leaves its first cell blank.)"""
    if len(rows) < 3 or len(rows[0]) != len(rows[1]):
        return rows
    top, second = list(rows[0]), rows[1]
    if not second[0] and top[0]:  # a PDF's or a sheet's merged cell: written once, the columns it spans left blank
        second = [top[0], *second[1:]]
        for i in range(1, len(top)):
            if not top[i] and top[i - 1] and i - 1:  # ("Tanger | | | Kénitra | | |" over "Junior | Confirmé | ...")
                top[i] = top[i - 1]
        # a column the first row names alone, its cell in the second left blank ("Experience (yrs)" beside "Northern
        # Vietnam" over "Hanoi | Bac Ninh | Hai Phong")
        second = [b or (t if t not in top[:i] + top[i + 1 :] else "") for i, (t, b) in enumerate(zip(top, second))]
    spans = [i for i in range(1, len(top)) if top[i] and top[i] == top[i - 1] and second[i] != second[i - 1]]
    if not spans or any(not c or re.fullmatch(r"[\d\s.,%$€£–-]+", c) for c in second):
        return rows
    return [[t if t == b else f"{t} {b}" for t, b in zip(top, second)], *rows[2:]]


def _bold_title(blocks: list) -> list:
    """A title set in bold, not in the Title style ("COLLECTIVE AGREEMENT" centred in bold, "2025–2026" under it, then
    "1. General provisions"): when the first heading is a numbered section, the first paragraph
    before any heading or table, if every run of it is bold and it is a short line that ends no sentence, with a
    short bold line right under it (its years); a reader takes those for the title. [] when there is none. (A first
    heading that is no numbered section is the title; with no heading, a bold line is most often a letterhead.)"""
    from docx.table import Table

    def bold_line(block, longest: int) -> bool:
        text = " ".join(block.text.split())
        runs = [r for r in block.runs if r.text.strip()]
        return bool(runs) and all(r.bold for r in runs) and len(text) <= longest and not re.search(r"[.:;!?]$", text)

    first = next((b for b in blocks if not isinstance(b, Table) and HEADING_STYLE.match(_style(b))), None)
    if first is None or not re.match(r"\d+(?:\.\d+)*\.?\s", first.text.strip()):
        return []
    paragraphs = []
    for block in blocks:
        if isinstance(block, Table) or HEADING_STYLE.match(_style(block)):
            break
        if block.text.strip():
            paragraphs.append(block)
        if len(paragraphs) == 2:
            break
    if not paragraphs or not bold_line(paragraphs[0], 120):
        return []
    return paragraphs[:2] if len(paragraphs) == 2 and bold_line(paragraphs[1], 40) else paragraphs[:1]


def load_docx(data: bytes) -> tuple[dict, str]:
    """Word -> Markdown: Title/Heading styles as headings, list paragraphs as bullets, tables as Markdown tables."""
    from docx import Document
    from docx.table import Table

    document = _opened("docx", Document, data)
    try:
        blocks = list(document.iter_inner_content())
        has_title = any(_style(b) == "title" and b.text.strip() for b in blocks if not isinstance(b, Table))
        bold = [] if has_title else _bold_title(blocks)
        lines: list[str] = []
        for block in blocks:
            if any(block is b for b in bold):
                if block is bold[0]:
                    lines.append(f"\n# {' '.join(' '.join(b.text.split()) for b in bold)}\n")
                continue
            shift = int(has_title or bool(bold))
            lines += _docx_table(block) if isinstance(block, Table) else [_docx_paragraph(block, shift)]
        meta = _title_meta(document.core_properties.title)
    except _parse_errors() as exc:
        raise Unreadable(f"not a valid .docx file ({_reason(exc)})") from exc
    return meta, _markdown(lines)


# --- spreadsheets -----------------------------------------------------------------------------------------------------


def _affixes(number_format: str) -> tuple[str, str, str]:
    """An Excel number format's positive section -> (prefix, number, suffix): '"€"#,##0' -> ("€", "#,##0", "")."""
    section = number_format.split(";")[0]
    section = re.sub(r"\[\$([^\]-]*)(-[^\]]*)?\]", r"\1", section)  # [$€-407] -> €
    section = re.sub(r"\[[^\]]*\]", "", section)  # [Red], [>=100]
    section = re.sub(r"_.|\*.", "", section).replace("\\", "").replace('"', "")  # padding and fill codes, quoting
    match = re.search(r"[0#?](?:[0#?,.]|[ \u00a0\u202f](?=[0#?]))*", section)  # "# ##0": a space groups thousands
    if not match:
        return "", "", ""
    return section[: match.start()].lstrip(), match.group(), section[match.end() :].rstrip()


def _number_text(value: float, number_format: str) -> str:
    """A number as its cell's format shows it: thousands separators, decimals, percent, currency prefix or suffix."""
    prefix, pattern, suffix = _affixes(number_format or "General")
    if not pattern:
        return str(int(value)) if float(value).is_integer() else f"{value:.10g}"
    if "%" in suffix:
        value *= 100
    decimals = len(pattern.split(".", 1)[1].rstrip(",")) if "." in pattern else 0
    whole = pattern.split(".")[0]
    grouped = "," in whole.strip(",")
    spaced = next((c for c in whole if c in " \u00a0\u202f"), "")  # '# ##0" lei"': 13800 shows as "13 800 lei"
    rounded = Decimal(str(abs(value))).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)  # as a spreadsheet rounds
    number = f"{rounded:{',' if grouped or spaced else ''}.{decimals}f}"
    number = number.replace(",", spaced) if spaced else number
    return ("-" if value < 0 else "") + f"{prefix}{number}{suffix}"


def _cell_text(value: object, number_format: str = "General") -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return _number_text(value, number_format)
    return " ".join(str(value).split())


def _trimmed(rows: list[list[str]]) -> list[list[str]]:
    """Drop the columns empty in every row (a sheet that starts at column B) and each row's trailing empty cells."""
    width = max((len(r) for r in rows), default=0)
    keep = [i for i in range(width) if any(i < len(r) and r[i] for r in rows)]
    out = [[r[i] if i < len(r) else "" for i in keep] for r in rows]
    return [r[: max((i + 1 for i, c in enumerate(r) if c), default=0)] for r in out]


def _row_blocks(rows: list[list[str]]) -> Iterator[list[list[str]]]:
    block: list[list[str]] = []
    for row in rows:
        if any(row):
            block.append(row)
        elif block:
            yield block
            block = []
    if block:
        yield block


def _caption(block: list[list[str]]) -> str:
    """The text of a block that is one short cell (a title row above a table), else ''."""
    cells = [c for c in block[0] if c] if len(block) == 1 else []
    return cells[0] if len(cells) == 1 and len(cells[0]) < 120 else ""


def _is_table(block: list[list[str]]) -> bool:
    return len(block) > 1 and max(len(r) for r in block) > 1


_MACHINE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+")


def _spoken(label: str | None) -> str | None:
    """A column label written for a machine ("gross_monthly_pln_2024_median") as words ("gross monthly pln 2024
    median"), so answers read and the label's currency, period and measure are found like any other's."""
    return label.replace("_", " ") if label and _MACHINE_NAME.fullmatch(label.strip()) else label


def sheet_markdown(rows: list[list[str]]) -> list[str]:
    """A sheet's rows -> Markdown: each block of rows between empty rows a table (first row the header); a one-cell
    row just above a table (or above the empty row before it) is the table's caption, a "###" heading; other rows are
    lines."""
    blocks = list(_row_blocks(_trimmed(rows)))
    lines: list[str] = []
    for i, block in enumerate(blocks):
        if _caption(block) and i + 1 < len(blocks) and _is_table(blocks[i + 1]) and not _caption(blocks[i + 1][:1]):
            lines += ["", f"### {_caption(block)}", ""]
            continue
        while _is_table(block) and _caption(block[:1]):
            lines += ["", f"### {_caption(block[:1])}", ""]
            block = block[1:]
        if _is_table(block):
            lines += markdown_table([[_spoken(c) for c in block[0]], *block[1:]])  # type: ignore[arg-type]
        else:
            lines += ["; ".join(c for c in row if c) for row in block] + [""]
    return lines


def _checked_rows(count: int) -> None:
    if count > MAX_ROWS:
        raise Unreadable(
            f"the spreadsheet has {count:,} rows, over the {MAX_ROWS:,} careerbot reads from one file; split it"
        )


def _sheet_rows(sheet, before: int) -> list[list[str]]:
    """A sheet's rows as their cells show them; raises Unreadable once the file passes ``MAX_ROWS`` rows."""
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # a stated size ("A1:XFD1048576") would pad every row to 16,384 cells
    rows: list[list[str]] = []
    for row in sheet.iter_rows():
        rows.append([_cell_text(c.value, getattr(c, "number_format", "General")) for c in row])
        _checked_rows(before + len(rows))
    return rows


def _xlsx_sheets(workbook) -> list[str]:
    lines: list[str] = []
    count = 0
    for sheet in workbook.worksheets:
        if getattr(sheet, "sheet_state", "visible") != "visible":
            continue
        rows = _sheet_rows(sheet, count)
        count += len(rows)
        body = sheet_markdown(rows)
        if any(line.strip() for line in body):
            lines += ["", f"## {' '.join(sheet.title.split())}", "", *body]
    return lines


def load_xlsx(data: bytes) -> tuple[dict, str]:
    """Excel -> Markdown: each visible sheet a "## <sheet name>" section holding its tables, numbers as formatted."""
    from openpyxl import load_workbook

    workbook = _opened("xlsx", lambda f: load_workbook(f, read_only=True, data_only=True), data)
    try:
        lines = _xlsx_sheets(workbook)
        meta = _title_meta(workbook.properties.title if workbook.properties else "")
    except _parse_errors() as exc:
        raise Unreadable(f"not a valid .xlsx file ({_reason(exc)})") from exc
    finally:
        workbook.close()
    return meta, _markdown(lines)


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    """The CSV dialect of ``text``: of the delimiters a spreadsheet writes (, ; tab |), the one that splits the most
    of the first lines into the same number of fields, two or more (a semicolon file with decimal commas,
    "42.600,00;1.704,00", is no comma file); the sniffer's guess when none does."""
    head = [line for line in text[:8192].splitlines()[:40] if line.strip()]
    best: tuple[int, int, str] | None = None
    for delimiter in ",;\t|":
        try:
            counts = Counter(len(row) for row in csv.reader(head, delimiter=delimiter))
        except csv.Error:
            continue
        width, lines = max(counts.items(), key=lambda kv: (kv[1], kv[0]), default=(0, 0))
        if width > 1 and (best is None or (lines, width) > best[:2]):
            best = (lines, width, delimiter)
    if best is not None:
        return type("Sniffed", (csv.excel,), {"delimiter": best[2]})
    try:
        return csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
    except csv.Error:
        return csv.excel


_COMMENT = re.compile(r"\s*#(?:\s|$)")  # "# Amounts: ...", "#"; not a "#" column's header ("#,Role,Pay")


def _comment_row(line: str) -> str:
    """A CSV's comment line below its first table: an empty row, then its words as a row of one quoted cell."""
    words = line.strip().lstrip("#").strip()
    return "\n" + ('"' + words.replace('"', '""') + '"' if words else "")


def load_csv(text: str) -> tuple[dict, str]:
    """CSV (decoded text) -> Markdown: one table (or several, between empty rows); the delimiter sniffed (, ; tab |).
    Comment lines before the header ("# IT salary benchmark - H1 2025", "# Amounts: monthly gross ...") are the
    document's title and prose, not rows of one cell."""
    lines = text.lstrip("\ufeff").splitlines()
    notes = []
    while lines and (_COMMENT.match(lines[0]) or not lines[0].strip()):
        if note := lines.pop(0).strip().lstrip("#").strip():
            notes.append(note)
    # a comment line further down ends the table above it; its words caption the one below ("# Notes on ...")
    lines = [_comment_row(line) if _COMMENT.match(line) else line for line in lines]
    text = "\n".join(lines)
    dialect = _dialect(text)
    try:
        rows = [[" ".join(c.split()) for c in row] for row in csv.reader(io.StringIO(text), dialect)]
    except csv.Error as exc:
        raise Unreadable(f"not a valid CSV file ({exc})") from exc
    _checked_rows(len(rows))
    head = [line for note in notes[1:] for line in (note, "")]
    head = [f"# {notes[0]}", "", *head] if notes else []
    return {}, _markdown(head + sheet_markdown(rows))


# --- PowerPoint -------------------------------------------------------------------------------------------------------


def _shapes(shapes) -> Iterator:
    """A slide's shapes in reading order (top to bottom, then left to right), group shapes opened."""
    for shape in sorted(shapes, key=lambda s: (s.top or 0, s.left or 0)):
        if hasattr(shape, "shapes"):  # a group
            yield from _shapes(shape.shapes)
        else:
            yield shape


def _is_body(shape) -> bool:
    from pptx.enum.shapes import PP_PLACEHOLDER

    return shape.is_placeholder and shape.placeholder_format.type in (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT)


def _slide_lines(slide) -> list[str]:
    title = slide.shapes.title
    lines: list[str] = []
    for shape in _shapes(slide.shapes):
        if title is not None and shape.shape_id == title.shape_id:
            continue
        if getattr(shape, "has_table", False) and shape.has_table:
            lines += markdown_table([[cell.text for cell in row.cells] for row in shape.table.rows])
        elif shape.has_text_frame:
            bullet = _is_body(shape)
            for paragraph in shape.text_frame.paragraphs:
                text = " ".join(paragraph.text.split())
                if text:
                    lines.append("  " * min(paragraph.level, 3) + f"- {text}" if bullet else text)
            lines.append("")
    if slide.has_notes_slide and slide.notes_slide.notes_text_frame is not None:
        lines += [" ".join(p.split()) for p in slide.notes_slide.notes_text_frame.text.splitlines() if p.strip()]
    return lines


def load_pptx(data: bytes) -> tuple[dict, str]:
    """PowerPoint -> Markdown: each slide a "## <title>" section: its text as lines, its tables as tables, its notes."""
    from pptx import Presentation

    presentation = _opened("pptx", Presentation, data)
    try:
        lines: list[str] = []
        for n, slide in enumerate(presentation.slides, 1):
            title = slide.shapes.title
            heading = " ".join(title.text_frame.text.split()) if title is not None and title.has_text_frame else ""
            lines += ["", f"## {heading or f'Slide {n}'}", "", *_slide_lines(slide)]
        meta = _title_meta(presentation.core_properties.title)
    except _parse_errors() as exc:
        raise Unreadable(f"not a valid .pptx file ({_reason(exc)})") from exc
    return meta, _markdown(lines)
