"""No fact of one document is written into bot/: the AI guide's companies, roles and dollar figures come from the
corpus and the index, and the suggested questions from prompts/starters.list, never from the code.

The facts are read from corpus/ai-ml-researcher-career-guide.md at test time, so the check follows the guide.
Python files are read as tokens: strings, docstrings and comments are searched, identifiers are not (``Meta`` is
the chunk-metadata type). Other files (js, html, css) are searched whole, names as the guide spells them, so markup
(``<meta>``, CSS's ``-apple-system``) is not a name.
"""

from __future__ import annotations

import io
import re
import tokenize
from functools import cache
from pathlib import Path

import pytest

from bot import prompts
from bot.vocabulary import JOB_HEADS

REPO = Path(__file__).resolve().parent.parent
GUIDE = REPO / "corpus" / "ai-ml-researcher-career-guide.md"
BOT_FILES = sorted(p for ext in ("py", "js", "html", "css") for p in (REPO / "bot").rglob(f"*.{ext}"))

HEADING = re.compile(r"^#{2,6}\s+(.+?)\s*$")
LABELLED = re.compile(r"^\s*-\s+([^:]{1,60}):\s*(.+)$")


@cache
def guide_facts() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(companies, roles, figures) of the guide: the labels of the lines under a heading about companies, the roles its
    salary headings and career-level lines name, and the digits of every dollar figure."""
    companies, roles = set(), set()
    heading = ""
    text = GUIDE.read_text(encoding="utf-8")
    for line in text.splitlines():
        if m := HEADING.match(line):
            heading = m.group(1)
            if (role := re.match(r"(.+?) Salaries\b", heading)) and re.search(
                rf"\b(?:{JOB_HEADS})$", role.group(1), re.I
            ):
                roles.add(role.group(1))
        elif m := LABELLED.match(line):
            label, value = m.groups()
            if re.search(r"compan", heading, re.I):
                companies.add(label.strip())
            if re.search(r"-Level$", label):
                roles.update(r.strip(" .") for r in re.split(r",\s*(?:or\s+)?|\s+or\s+", value))
    figures = {m.group(1) for m in re.finditer(r"\$(\d[\d,]*(?:\.\d+)?)", text)}
    return frozenset(companies), frozenset(r for r in roles if r), frozenset(figures)


def searched_text(path: Path) -> str:
    """What of a bot/ file is searched for names: a Python file's strings and comments; any other file whole."""
    source = path.read_text(encoding="utf-8")
    if path.suffix != ".py":
        return source
    kinds = {tokenize.STRING, tokenize.COMMENT} | {
        getattr(tokenize, k) for k in ("FSTRING_MIDDLE",) if hasattr(tokenize, k)
    }
    return "\n".join(tok.string for tok in tokenize.generate_tokens(io.StringIO(source).readline) if tok.type in kinds)


def _name_pattern(name: str, python: bool) -> re.Pattern[str]:
    """A name as a whole word (a plural "s" allowed); case-insensitive in Python text except "Meta" (lowercase "meta" is
    metadata), as the guide spells it elsewhere."""
    flags = re.I if python and name.lower() != "meta" else 0
    return re.compile(rf"(?<![\w-]){re.escape(name)}s?(?![\w-])", flags)


def _figure_pattern(figure: str) -> re.Pattern[str]:
    """A figure's digits, with or without its thousands separators, not inside a longer number."""
    forms = {figure, figure.replace(",", "")}
    return re.compile(rf"(?<![\d.,])(?:{'|'.join(re.escape(f) for f in sorted(forms))})(?![\d]|[.,]\d)")


def test_the_guide_yields_the_facts_this_check_looks_for():
    """The extraction must find the guide's facts, or the checks below would pass by finding nothing."""
    companies, roles, figures = guide_facts()
    assert len(companies) >= 5 and all(c[:1].isupper() for c in companies), companies
    assert len(roles) >= 5, roles
    assert len(figures) >= 20, figures


def test_the_search_catches_a_planted_fact_and_passes_over_metadata(tmp_path):
    companies, roles, figures = guide_facts()
    company, role, figure = sorted(companies)[0], sorted(roles)[0], sorted(figures)[0]
    planted = tmp_path / "planted.py"
    planted.write_text(
        f'EXAMPLES = ("{company.lower()} pays", "{role}s earn")  # ${figure} average\n', encoding="utf-8"
    )
    assert _name_pattern(company, python=True).search(searched_text(planted))
    assert _name_pattern(role, python=True).search(searched_text(planted))
    assert _figure_pattern(figure).search(planted.read_text(encoding="utf-8"))
    clean = tmp_path / "clean.py"
    clean.write_text(
        'Meta = dict\n\n\ndef title(meta: Meta) -> str:\n    return meta["title"]  # the meta of a chunk\n',
        encoding="utf-8",
    )
    assert not _name_pattern("Meta", python=True).search(searched_text(clean))


@pytest.mark.parametrize("path", BOT_FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_no_company_role_or_figure_of_the_guide_is_written_in_bot(path):
    companies, roles, figures = guide_facts()
    python = path.suffix == ".py"
    text, whole = searched_text(path), path.read_text(encoding="utf-8")
    found = [n for n in sorted(companies | roles) if _name_pattern(n, python).search(text)]
    found += [f"${f}" for f in sorted(figures) if _figure_pattern(f).search(whole)]
    assert not found, (
        f"{path.relative_to(REPO)} names the AI guide's {found}: take examples that no corpus document holds"
    )


def test_the_suggested_questions_come_from_the_prompts_folder():
    questions = prompts.starters()
    assert questions and all(q.endswith("?") and not q.startswith("#") for q in questions)


def test_the_suggested_questions_file_skips_comments_and_blank_lines(tmp_path):
    path = tmp_path / "starters.list"
    path.write_text("# a comment\n\nWhat does Acme pay?\n  Which skills <b>matter</b>?  \n", encoding="utf-8")
    assert prompts.starters(path) == ("What does Acme pay?", "Which skills <b>matter</b>?")
    assert prompts.starters(tmp_path / "absent.list") == ()
