"""Plain text's own structure written as Markdown, so a text file's headings and tables are read like any other's.

A plain-text careers sheet (typed in an editor, exported from an old system) marks its structure with layout, not
syntax:

- a title framed by rules ("=====" above and below) or a heading underlined with "-----" / "=====" (Markdown's own
  setext headings) -> "# Title" / "## Heading"; a heading typed in capitals is given title case;
- a fixed-width table: a header line, a rule of dash runs under each column ("-----   -------"), then one row per
  line until a blank line -> a Markdown table, each column cut where its dash run starts (as ``pandas.read_fwf``
  infers columns from a rule);
- a tab-separated table (lines pasted from a spreadsheet: two or more cells split by tabs, the same number on each
  line, the first line the header) -> a Markdown table;
- the line that captions a table ("Table 2.1  Intern") -> a heading, so the table's rows sit under it;
- a line typed in capitals standing alone between blank lines ("PAY BY CARE SETTING") -> a heading; the first line
  of the file, in capitals, the title.

``structure(text)`` runs before ``ingest.load.unwrap`` joins hard-wrapped lines: a table row is never joined to the
line above it. Text with none of these marks comes back unchanged.
"""

from __future__ import annotations

import re

_RULE = re.compile(r"^\s*([=\-~_*])\1{2,}\s*$")  # a line of one repeated mark: "-----", "====="
_COLUMN_RULE = re.compile(r"^\s*-{2,}(?:\s{2,}-{2,}|\s-{2,})+\s*$")  # dash runs under two or more columns
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}
_CAPTION = re.compile(r"^\s*(?:Table|Figure|Chart)\s+\d[\w.]*\b.*$", re.I)


def _title_case(text: str) -> str:
    """A heading typed in capitals, as a reader would write it ("THE CAREER PATH" -> "The Career Path")."""
    if not _in_capitals(text):
        return text
    # each word typed in capitals; a word with small letters of its own ("CNAs") stays as typed
    words = re.sub(r"\b[A-Z][A-Z']*\b", lambda m: m.group(0).capitalize(), text).split(" ")
    # a small word stays capitalised first, after a number ("1. The") and after a colon or dash
    return " ".join(
        w.lower() if i and w.lower() in _SMALL_WORDS and re.search(r"[A-Za-z,)]$", words[i - 1]) else w
        for i, w in enumerate(words)
    )


def _in_capitals(line: str) -> bool:
    """A short line typed in capitals ("PAY BY STATE, 2023", "CNAs" allowed), not a sentence."""
    letters = [c for c in line if c.isalpha()]
    return (
        len(letters) >= 4
        and len(line) <= 90
        and sum(c.isupper() for c in letters) >= 0.85 * len(letters)
        and not line.endswith((".", ":", ";", ","))
        and not _RULE.match(line)
    )


def _ruled_block(lines: list[str]) -> bool:
    """Whether the file opens with a title block ruled off below ("=====" before its first blank line)."""
    for line in lines[1:6]:
        if not line.strip():
            return False
        if _RULE.match(line):
            return True
    return False


def _columns(rule: str) -> list[int]:
    """Where each column starts: the first character of each dash run of the rule."""
    return [m.start() for m in re.finditer(r"-+", rule)]


def _cells(line: str, starts: list[int]) -> list[str]:
    """A fixed-width line cut at the columns' starts. A cell that runs past its column's start into the next one
    (a long name) keeps its words: the cut moves back to the space before the word it would split."""
    cells, at = [], 0
    for start in starts[1:]:
        cut = max(start, at)
        while 0 < cut < len(line) and line[cut - 1] != " " and line[cut] != " ":
            cut += 1  # never split a word: the cell runs on to the next space
        cells.append(line[at:cut].strip())
        at = cut
    cells.append(line[at:].strip())
    return [c.replace("|", "/") for c in cells]


def _table(lines: list[str], head: int) -> tuple[list[str], int]:
    """The Markdown of the fixed-width table whose header is ``lines[head]`` (its rule on the next line), and the
    index of the first line after it."""
    starts = _columns(lines[head + 1])
    rows = [_cells(lines[head], starts)]
    end = head + 2
    while end < len(lines) and lines[end].strip() and not _RULE.match(lines[end]):
        cells = _cells(lines[end], starts)
        if not cells[0] and len(rows) > 1 and sum(bool(c) for c in cells) == 1:
            # a cell wrapped onto the next line: it continues the row above
            prev = rows[-1]
            k = next(i for i, c in enumerate(cells) if c)
            prev[k] = f"{prev[k]} {cells[k]}".strip()
        else:
            rows.append(cells)
        end += 1
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(starts)]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return out, end


def _boxed(lines: list[str], top: int) -> tuple[list[str], int] | None:
    """A fixed-width table boxed by rules: a rule, a header of one to four lines, a rule, rows until a rule or a blank
    line ("Code  Trekking region /  Licensed ..." over "A  Kathmandu Valley rim,  2,200 ..."). None when it is none."""
    head = top + 1
    while head < len(lines) and head - top <= 4 and lines[head].strip() and not _RULE.match(lines[head]):
        head += 1
    if head == top + 1 or head >= len(lines) or not _RULE.match(lines[head]):
        return None
    return _gutter_table(lines[top + 1 : head], lines, head + 1)


def _gutter_table(header: list[str], lines: list[str], first: int) -> tuple[list[str], int] | None:
    """The Markdown of a fixed-width table whose rows start at ``lines[first]`` and run to a rule or a blank line,
    and the index of the line after it (and its closing rule). Its columns are where the rows' text stands apart by
    two spaces or more (a header word begun in the gap before one starts it); a line with its first cell empty goes
    on with the row above ("Nagarkot, day hikes"). None for fewer than two rows or three columns, or no figures."""
    end = first
    while end < len(lines) and lines[end].strip() and not _RULE.match(lines[end]):
        end += 1
    body = lines[first:end]
    width = max((len(x) for x in body), default=0)
    used = [any(j < len(x) and x[j] != " " for x in body) for j in range(width)]
    starts = [j for j in range(width) if used[j] and not any(used[max(0, j - 2) : j])]
    if len(body) < 2 or len(starts) < 3 or sum(bool(re.search(r"\d", x)) for x in body) < len(body) / 2:
        return None
    for k in range(1, len(starts)):  # a header word begun in the gap before a column ("max 25 kg)" over "1,300")
        gap = range(max(j for j in range(starts[k]) if used[j]) + 2, starts[k])
        begun = [j for x in header for j in gap if j < len(x) and x[j] != " " and (j == 0 or x[j - 1] == " ")]
        starts[k] = min(begun, default=starts[k])
    titles = [_cells(x, starts) for x in header]
    rows: list[list[str]] = []
    for x in body:
        cells = _cells(x, starts)
        if rows and not cells[0]:
            rows[-1] = [f"{a} {b}".strip() for a, b in zip(rows[-1], cells)]
        else:
            rows.append(cells)
    names = [re.sub(r"(?<=\w-) ", "", " ".join(t[k] for t in titles if t[k])) for k in range(len(starts))]
    out = ["| " + " | ".join(names) + " |", "|" + "---|" * len(starts)]
    return out + ["| " + " | ".join(r) + " |" for r in rows], end + (end < len(lines) and bool(_RULE.match(lines[end])))


def structure(text: str) -> str:
    """``text`` with its framed titles, underlined headings, table captions and fixed-width tables in Markdown."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    titled = False
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        after = lines[i + 2] if i + 2 < len(lines) else ""
        if _RULE.match(line) and nxt.strip() and not _RULE.match(nxt) and _RULE.match(after):
            out += [f"# {_title_case(nxt.strip())}", ""]  # a title framed by rules
            titled = True
            i += 3
            continue
        if len(_tab_cells(line)) >= 2 and len(_tab_cells(nxt)) == len(_tab_cells(line)):
            width, rows = len(_tab_cells(line)), []
            while i < len(lines) and len(_tab_cells(lines[i])) == width:
                rows.append(_tab_cells(lines[i]))
                i += 1
            table = ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows]
            out += ["", table[0], "|" + " --- |" * width, *table[1:], ""]
            continue
        if _RULE.match(line) and (boxed := _boxed(lines, i)):
            table, i = boxed
            out += ["", *table, ""]
            continue
        if (
            len(re.split(r"\s{2,}", stripped)) >= 3
            and re.fullmatch(r"\s*-{20,}\s*", nxt)
            and (ruled := _gutter_table([line], lines, i + 2))
        ):
            table, i = ruled  # a header over one long rule ("Cat. Emplois types  Éch. 1  Éch. 2" / "-----")
            out += ["", *table, ""]
            continue
        if stripped and _COLUMN_RULE.match(nxt) and len(_columns(nxt)) >= 2:
            table, i = _table(lines, i)
            out += ["", *table, ""]
            continue
        top = not titled and 0 < i <= 3 and all(x.strip() for x in lines[: i + 1]) and nxt.strip()[:1] == "="
        if (
            stripped
            and _RULE.match(nxt)
            and not _RULE.match(line)
            and (top or abs(len(nxt.strip()) - len(stripped)) <= max(3, len(stripped) // 3))
        ):
            level = "#" if nxt.strip()[0] == "=" and not titled else "##"
            if top:
                # a title block ruled off at the top ("PLUMBING AS A CAREER IN CANADA / ... / Prepared by ..."): its
                # first line is the title, the others say more of it
                out = [f"# {_title_case(lines[0].strip())}", "", *[x.strip() for x in lines[1 : i + 1]], ""]
                titled = True
                i += 2
                continue
            titled = titled or level == "#"
            out += [f"{level} {_title_case(stripped)}", ""]  # an underlined heading
            i += 2
            continue
        if _CAPTION.match(line) and _next_is_table(lines, i + 1):
            out += [f"### {stripped}", ""]
            i += 1
            continue
        if titled and _in_capitals(stripped) and not lines[i - 1].strip() and nxt.strip() and _masthead(out):
            # a newsletter's masthead ("CAREERS BULLETIN / Issue 2, May 2025"), then its article's headline in
            # capitals over a standfirst ("WHAT DO VET NURSES EARN IN 2025?"): the headline is the title
            at = next(k for k, x in enumerate(out) if x.startswith("# "))
            out[at] = out[at][2:]
            out += [f"# {_title_case(stripped)}", ""]
            i += 1
            continue
        if _in_capitals(stripped) and (
            i == 0 and not _ruled_block(lines) or i and not lines[i - 1].strip() and not nxt.strip()
        ):
            # a line typed in capitals, standing alone ("PAY BY CARE SETTING"), or the first line: a heading, the
            # first the title ("CERTIFIED NURSING ASSISTANTS (CNAs) IN THE UNITED STATES")
            level = "#" if not titled and not any(x.strip() for x in out) else "##"
            titled = True
            out += [f"{level} {_title_case(stripped)}", ""]
            i += 1
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


def _masthead(out: list[str]) -> bool:
    """Whether what is written so far is a title block and nothing else: a "# " title, short lines, no heading
    below it and no sentence yet."""
    lines = [x for x in out if x.strip()]
    return (
        bool(lines)
        and lines[0].startswith("# ")
        and all(len(x) <= 60 and not x.startswith("#") and not _RULE.match(x) for x in lines[1:])
    )


def _tab_cells(line: str) -> list[str]:
    """The cells of a tab-separated line; [] for a line without a tab."""
    return [c.strip() for c in line.strip().split("\t")] if "\t" in line.strip() else []


def _next_is_table(lines: list[str], i: int) -> bool:
    """Whether a fixed-width table starts at the first non-blank line from ``i``."""
    while i < len(lines) and not lines[i].strip():
        i += 1
    return i + 1 < len(lines) and bool(_COLUMN_RULE.match(lines[i + 1]))
