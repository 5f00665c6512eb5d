"""The corpus keeps the seed guide word for word, under its ten sections, with the scope of its figures.

Compares the Markdown with the seed text, through what this file records of it
(so a clone needs nothing outside the repository): the seed is
000_2802a0ab1ad0663d.txt, sha256 5dc6a55b6672790f60bfe52fcffb99120be8beb15e984c4d6cf66221c8717379,
2,359 words. Checked: each of its ten sections keeps the same words in the same
order once Markdown markup is removed (word count and sha256 of the words joined
by one space, per section and for the whole), every figure is present as many
times, and the ten sections are `##` headings in order.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
GUIDE = REPO / "corpus" / "ai-ml-researcher-career-guide.md"
SECTIONS = [
    "Overview",
    "Core Responsibilities",
    "Requirements",
    "Career Development",
    "Market Demand",
    "Salary Ranges (US Market, 2024)",
    "Industry Trends",
    "Essential Soft Skills",
    "Best Practices",
    "Common Challenges",
]
FIGURE = re.compile(r"\$?\d[\d,.]*(?:%|\+)?")
# The seed's words, section by section: (section, word count, sha256 of " ".join(words)).
SEED_SECTIONS = [
    ("Overview", 240, "efb86ef4a0a834b52aa79fbeeb20dc215ddc558b055feabb9d09ce5479300dd3"),
    ("Core Responsibilities", 231, "6cb931d22bff9f0b566ca60a55bf8ecec83f9e0610c745a53675d529a1c695e8"),
    ("Requirements", 287, "c40cb5ac7189652e1a79b3ad62e9bacd87d331ffa9f778184ae0af87d63d44ea"),
    ("Career Development", 210, "4e7d302b891967422e0bee81349009a4914b47d254310db7ac48bef92bb98e31"),
    ("Market Demand", 208, "44a3cf137ae5baa62989bdaa0b9649801c2180e11f6c9505f4f6d61cc7306013"),
    ("Salary Ranges (US Market, 2024)", 223, "046de5893a666383c38ca4dd048214badf9f9d21ec3dc2291088c506ab4e32b3"),
    ("Industry Trends", 270, "485f7d5c4511c458f5bab59fe251b2f3e34f748fd963c8d4d81cb3d8e0e23a41"),
    ("Essential Soft Skills", 211, "b1b4064bef4611b156b38ed0bd7c3d1bb20b00d755dcecf3d9faf1fb6b537297"),
    ("Best Practices", 254, "01eed8d0eab224a1b414c5d9f3ec4f7715ae7db557cb57f9266d4a8e7f3e6522"),
    ("Common Challenges", 225, "6ef1263053e5a5e0bca271a417ece2b37ebdbe5d2bef5064cb76c00b92385c74"),
]
SEED_WORDS = (2359, "b463ea37d0e5d39e02430224529d7f3e3e204a4c42a6c6581a5a5230b2a86890")
# Every figure of the seed (FIGURE matches, sorted), as often as it occurs there.
SEED_FIGURES = [
    "$1.8",
    "$109,736",
    "$126,648",
    "$129,700",
    "$141,405",
    "$148,000",
    "$149,000",
    "$161,650",
    "$165,485",
    "$167,029",
    "$168,742",
    "$171,000",
    "$177,730",
    "$189,678",
    "$199,000",
    "$204,655",
    "$220,000",
    "$250,000",
    "$272,000",
    "$285,000",
    "$320,000",
    "$326,000",
    "$328,000",
    "$419.94",
    "$446,000",
    "$56,000",
    "$72,000",
    "$84,000",
    "$89,000",
    "10%",
    "10%",
    "2023",
    "2023",
    "2024",
    "2024,",
    "2024.",
    "2025,",
    "2030",
    "2030",
    "2030",
    "2030",
    "34.8%",
    "37.3%",
    "74%",
]


def front_matter_and_body(text: str) -> tuple[dict, str]:
    _, head, body = text.split("---\n", 2)
    return yaml.safe_load(head), body


def words(text: str) -> list[str]:
    text = re.sub(r"^\s*#{1,6}\s+", "", text, flags=re.M)  # heading marks
    return text.split()


def fingerprint(text: str) -> tuple[int, str]:
    """(word count, sha256 of the words joined by one space): equal iff the same words in the same order."""
    found = words(text)
    return len(found), hashlib.sha256(" ".join(found).encode("utf-8")).hexdigest()


def test_the_guide_keeps_every_word_of_the_seed_in_order() -> None:
    _, body = front_matter_and_body(GUIDE.read_text(encoding="utf-8"))
    sections = re.split(r"^(?=## )", body, flags=re.M)[1:]
    found = [(section.splitlines()[0][3:].strip(), *fingerprint(section)) for section in sections]
    for (name, count, digest), got in zip(SEED_SECTIONS, found):
        assert got == (name, count, digest), (
            f"section {name!r}: its words differ from the seed's (count {got[1]}, seed {count})"
        )
    assert len(found) == len(SEED_SECTIONS)
    assert fingerprint(body) == SEED_WORDS


def test_every_figure_of_the_seed_is_in_the_guide_as_often() -> None:
    _, body = front_matter_and_body(GUIDE.read_text(encoding="utf-8"))
    assert sorted(FIGURE.findall(body)) == SEED_FIGURES


def test_the_ten_sections_are_level_two_headings_in_order() -> None:
    _, body = front_matter_and_body(GUIDE.read_text(encoding="utf-8"))
    assert re.findall(r"^## (.+)$", body, flags=re.M) == SECTIONS
    assert len(re.findall(r"^### ", body, flags=re.M)) >= 20


def test_front_matter_states_the_scope_of_the_salary_figures() -> None:
    meta, _ = front_matter_and_body(GUIDE.read_text(encoding="utf-8"))
    assert meta["title"] and meta["region"] == "US" and meta["year"] == 2024
    assert "US market in 2024" in meta["scope"]
