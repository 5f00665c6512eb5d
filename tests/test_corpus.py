"""The corpus keeps the seed guide word for word, under its ten sections, with the scope of its figures.

Compares the Markdown with the seed text (../shared/seed/, as in CI): the same
words in the same order once Markdown markup is removed, every figure present
as many times, and the ten top-level sections as `##` headings in order.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
GUIDE = REPO / "corpus" / "ai-ml-researcher-career-guide.md"
SEED = REPO.parent / "shared" / "seed" / "000_2802a0ab1ad0663d.txt"
SECTIONS = ["Overview", "Core Responsibilities", "Requirements", "Career Development", "Market Demand",
            "Salary Ranges (US Market, 2024)", "Industry Trends", "Essential Soft Skills", "Best Practices", "Common Challenges"]
FIGURE = re.compile(r"\$?\d[\d,.]*(?:%|\+)?")


def front_matter_and_body(text: str) -> tuple[dict, str]:
    _, head, body = text.split("---\n", 2)
    return yaml.safe_load(head), body


def words(text: str) -> list[str]:
    text = re.sub(r"^\s*#{1,6}\s+", "", text, flags=re.M)  # heading marks
    return text.split()


@pytest.fixture(scope="module")
def seed() -> str:
    if not SEED.is_file():
        pytest.fail(f"the seed guide is missing at {SEED}: clone careerbot next to ../shared as CI does")
    return SEED.read_text(encoding="utf-8")


def test_the_guide_keeps_every_word_of_the_seed_in_order(seed: str) -> None:
    _, body = front_matter_and_body(GUIDE.read_text(encoding="utf-8"))
    assert words(body) == words(seed)


def test_every_figure_of_the_seed_is_in_the_guide_as_often(seed: str) -> None:
    _, body = front_matter_and_body(GUIDE.read_text(encoding="utf-8"))
    figures = sorted(FIGURE.findall(seed))
    assert len(figures) > 40  # the salary section alone has dozens
    assert sorted(FIGURE.findall(body)) == figures


def test_the_ten_sections_are_level_two_headings_in_order() -> None:
    _, body = front_matter_and_body(GUIDE.read_text(encoding="utf-8"))
    assert re.findall(r"^## (.+)$", body, flags=re.M) == SECTIONS
    assert len(re.findall(r"^### ", body, flags=re.M)) >= 20


def test_front_matter_states_the_scope_of_the_salary_figures() -> None:
    meta, _ = front_matter_and_body(GUIDE.read_text(encoding="utf-8"))
    assert meta["title"] and meta["region"] == "US" and meta["year"] == 2024
    assert "US market in 2024" in meta["scope"]
