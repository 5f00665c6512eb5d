"""The manual stays a manual: the README is short, every link in it and in docs/ leads somewhere, the code it names
exists, and the dated measurement history lives in docs/changelog.md, newest first."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
DOCS = REPO / "docs"
PAGES = [README, *sorted(DOCS.glob("*.md"))]
README_MAX_LINES = 250

LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
PATH = re.compile(r"(?<![\w/.-])((?:bot|ingest|eval|tests|prompts|corpus|docs)/[\w/.-]*\w)")
MODULE = re.compile(r"(?<![\w/.-])(bot(?:\.\w+)+)")
DATED_HEADING = re.compile(r"^## (\d{4}-\d{2}-\d{2})\b", re.M)


def _relative_links(page: Path) -> list[str]:
    return [t for t in LINK.findall(page.read_text()) if not re.match(r"[a-z]+:", t)]


def _page_id(page: Path) -> str:
    return str(page.relative_to(REPO))


def test_readme_is_a_manual_not_a_notebook() -> None:
    text = README.read_text()
    lines = len(text.splitlines())
    assert lines < README_MAX_LINES, f"README.md has {lines} lines: move detail to docs/"
    assert not DATED_HEADING.search(text) and "**Latest" not in text, "dated measurements belong in docs/changelog.md"


@pytest.mark.parametrize("page", PAGES, ids=_page_id)
def test_every_relative_link_leads_to_a_file_without_an_anchor(page: Path) -> None:
    links = _relative_links(page)
    with_anchor = [t for t in links if "#" in t]
    missing = [t for t in links if not (page.parent / t.split("#")[0]).exists()]
    assert not with_anchor, f"{page.name}: anchors break silently when a heading changes: {with_anchor}"
    assert not missing, f"{page.name}: links to nothing: {missing}"


def test_the_readme_links_every_page_of_docs() -> None:
    linked = {(README.parent / t).resolve() for t in _relative_links(README)}
    unlinked = [p.name for p in DOCS.glob("*.md") if p.resolve() not in linked]
    assert not unlinked, f"README.md does not link {unlinked}"


@pytest.mark.parametrize("page", PAGES, ids=_page_id)
def test_every_path_and_module_named_exists(page: Path) -> None:
    text = page.read_text()
    paths = {p.split("::")[0] for p in PATH.findall(text)}
    stale = sorted(p for p in paths if not ((REPO / p).exists() or (REPO / f"{p}.py").is_file()))
    assert not stale, f"{page.name} names files that do not exist (moved? renamed?): {stale}"
    unresolved = sorted(m for m in set(MODULE.findall(text)) if not _resolves(m))
    assert not unresolved, f"{page.name} names modules that do not exist: {unresolved}"


def _resolves(dotted: str) -> bool:
    """True when ``bot.x[.y...]`` names a module or package below bot (trailing parts may be names inside it)."""
    parts = dotted.split(".")
    for end in range(len(parts), 1, -1):
        base = REPO.joinpath(*parts[:end])
        if base.with_suffix(".py").is_file() or (base / "__init__.py").is_file():
            return True
    return False


def test_the_changelog_holds_the_dated_history_newest_first() -> None:
    changelog = (DOCS / "changelog.md").read_text()
    dates = DATED_HEADING.findall(changelog)
    assert len(dates) >= 5, "docs/changelog.md should hold the dated measurement history"
    assert dates == sorted(dates, reverse=True), f"changelog headings are not newest first: {dates}"
    assert "not kept" in changelog, "what was tried and not kept is part of the history"
