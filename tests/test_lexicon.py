"""bot/retrieval/lexicon.py + bot/retrieval/lexicon.py: what the documents name, built at ingest, read at run time."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import IndexNotBuilt
from bot.retrieval.lexicon import Lexicon, build_lexicon, load_lexicon, save_lexicon
from ingest.chunk import chunk_corpus
from ingest.load import load_corpus

REPO = Path(__file__).resolve().parent.parent

SECOND_DOC = """---
title: "Nursing Associate: Career Guide"
region: Ireland
year: 2021
scope: "Salary figures describe Irish health-service pay scales in 2021, in euros."
---

## Salaries (Ireland, 2021)

### Nursing Associate Salaries

- Trainee: €31,000
- Registered: €38,500
- Ward Manager: €52,000

### Employers

Most associates work for the Health Service Executive or for private clinics such as Bon Secours.

## Career Progression

- Early Career: Trainee Nursing Associate or Healthcare Assistant
- Later Career: Ward Manager or Clinical Nurse Specialist
"""


@pytest.fixture(scope="module")
def guide(tmp_path_factory) -> Lexicon:
    """The AI guide alone (the corpus also holds the UX researcher and data analyst guides)."""
    folder = tmp_path_factory.mktemp("guide")
    (folder / "ai.md").write_text(
        (REPO / "corpus" / "ai-ml-researcher-career-guide.md").read_text(encoding="utf-8"), encoding="utf-8"
    )
    docs, _ = load_corpus(folder)
    return build_lexicon(chunk_corpus(docs))


@pytest.fixture(scope="module")
def two_docs(tmp_path_factory) -> Lexicon:
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "ai.md").write_text(
        (REPO / "corpus" / "ai-ml-researcher-career-guide.md").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (folder / "nursing.md").write_text(SECOND_DOC, encoding="utf-8")
    docs, _ = load_corpus(folder)
    return build_lexicon(chunk_corpus(docs))


def test_labels_of_one_heading_are_siblings(guide: Lexicon):
    company = guide.group_of("Google")
    assert company and guide.group_of("Meta") == company
    assert guide.group_of("Director") and guide.group_of("Director") != company


def test_lists_roles_and_scope_come_from_the_document(guide: Lexicon):
    assert guide.lists["Entry-Level"] == ("Research Intern", "Junior AI Engineer")
    assert "Machine Learning Engineer" in guide.roles
    assert guide.pay_years == (2024,)
    assert [(d.region, d.year) for d in guide.documents] == [("US", "2024")]
    assert guide.acronyms["NLP"].lower() == "natural language processing"


def test_aliases_and_abbreviations_of_a_role_are_covered(guide: Lexicon):
    assert guide.covers_role("ML engineer")
    assert guide.covers_role("research scientist")
    assert guide.covers_role("AI researcher")
    assert not guide.covers_role("nurse")


def test_a_second_document_brings_its_own_names_without_code_changes(two_docs: Lexicon, guide: Lexicon):
    found = {(e.kind, e.name, e.known) for e in two_docs.find("What does a Ward Manager earn at Bon Secours?")}
    assert ("label", "Ward Manager", True) in found
    assert ("name", "Bon Secours", True) in found
    assert two_docs.lists["Later Career"] == ("Ward Manager", "Clinical Nurse Specialist")
    assert 2021 in two_docs.pay_years and {d.region for d in two_docs.documents} == {"US", "Ireland"}
    assert not any(e.known for e in guide.find("Bon Secours") if e.kind == "name")


def test_lexicon_round_trips_through_the_data_dir(tmp_path: Path, guide: Lexicon):
    save_lexicon(guide, tmp_path)
    loaded = load_lexicon(tmp_path)
    assert loaded.labels == guide.labels and loaded.lists == guide.lists and loaded.vocabulary == guide.vocabulary


def test_missing_lexicon_says_how_to_build_it(tmp_path: Path):
    with pytest.raises(IndexNotBuilt, match="python -m ingest"):
        load_lexicon(tmp_path)


def test_ingest_stores_the_lexicon_next_to_the_index(index_dir: Path):
    lexicon = load_lexicon(index_dir)
    assert lexicon.group_of("Google") and lexicon.pay_years
