"""Chunking: section paths, lists kept with their headings and parents, size bounds, stable ids."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.chunk import chunk_document
from ingest.load import SourceDoc, load_corpus

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def guide_chunks():
    docs, warnings = load_corpus(CORPUS)
    assert warnings == []
    return chunk_document(docs[0], chunk_size=900)


def test_salary_chunk_carries_its_full_section_path_and_front_matter(guide_chunks):
    chunk = next(c for c in guide_chunks if "Google: $204,655" in c.text)
    assert chunk.section == "Salary Ranges (US Market, 2024) > AI Research Scientist Salaries at Top Companies"
    assert chunk.source == "corpus/ai-ml-researcher-career-guide.md"
    assert chunk.meta["region"] == "US" and chunk.meta["year"] == 2024
    assert chunk.embed_text.startswith(
        "AI/Machine Learning Researcher: Career Guide\nSalary Ranges (US Market, 2024) > AI Research Scientist"
    )


def test_every_top_level_section_of_the_guide_is_a_section_path(guide_chunks):
    tops = list(dict.fromkeys(c.section.split(" > ")[0] for c in guide_chunks))
    assert tops == [
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


@pytest.mark.parametrize("size", [200, 400, 900])
def test_chunks_respect_the_size_bound(guide_chunks, size):
    docs, _ = load_corpus(CORPUS)
    for chunk in chunk_document(docs[0], chunk_size=size):
        assert len(chunk.text) <= size, chunk.text


def test_a_nested_bullet_is_never_cut_from_its_parent_bullet():
    docs, _ = load_corpus(CORPUS)
    for size in (300, 500, 900):
        for chunk in chunk_document(docs[0], chunk_size=size):
            first = chunk.text.splitlines()[0]
            assert not first.startswith("  - "), (
                f"chunk starts with an orphaned nested bullet at size {size}: {first!r}"
            )


def test_a_list_stays_under_its_heading_even_when_split():
    body = "## Skills\n\nIntro line:\n\n" + "\n".join(
        f"- Skill number {i} with some words to make it longer" for i in range(40)
    )
    chunks = chunk_document(SourceDoc("corpus/x.md", body, {}), chunk_size=300)
    assert len(chunks) > 3
    assert all(c.section == "Skills" for c in chunks)
    assert all(c.text.startswith(("- ", "Intro line")) for c in chunks)


def test_chunk_ids_are_stable_and_change_only_with_content(guide_chunks):
    docs, _ = load_corpus(CORPUS)
    again = chunk_document(docs[0], chunk_size=900)
    assert [c.id for c in again] == [c.id for c in guide_chunks]
    edited = SourceDoc(docs[0].source, docs[0].text.replace("$204,655", "$204,656"), docs[0].meta)
    changed = {c.id for c in chunk_document(edited, chunk_size=900)} ^ {c.id for c in guide_chunks}
    assert len(changed) == 2  # the one salary chunk: old id out, new id in
    # the scope the document is read with (a sidecar's region, a region read anew): every chunk is stored anew, so
    # the index never keeps the old region beside the new text
    moved = SourceDoc(docs[0].source, docs[0].text, docs[0].meta | {"region": "Canada"})
    assert not {c.id for c in chunk_document(moved, chunk_size=900)} & {c.id for c in guide_chunks}


TABLE_DOC = """# Nursing: Career Guide

## Pay

Pay depends on the band.

| Band | Title | Starting salary |
| --- | --- | --- |
| 5 | Staff Nurse | €35,000 |
| 7 | Advanced Nurse Practitioner | €58,000 |

Overtime is paid at time and a half.
"""


def test_each_table_row_is_one_chunk_that_carries_its_header():
    chunks = chunk_document(SourceDoc("corpus/n.md", TABLE_DOC, {"title": "Nursing: Career Guide"}), chunk_size=500)
    rows = [c for c in chunks if "€" in c.text]
    assert [c.text for c in rows] == [
        "5 (Band), Staff Nurse (Title): Starting salary: €35,000",
        "7 (Band), Advanced Nurse Practitioner (Title): Starting salary: €58,000",
    ]
    assert all(c.section == "Pay" for c in chunks)  # the one "# " heading is the title, not a section
    assert any(c.text == "Overtime is paid at time and a half." for c in chunks)  # text after the table is kept
    assert not any("|" in c.text for c in chunks)


def test_identical_texts_are_stored_once_across_documents():
    from ingest.chunk import chunk_corpus

    shared = "## Interviews\n\n- Practise explaining your work in five minutes.\n"
    docs = [
        SourceDoc("corpus/a.md", shared + "\n## Pay\n\n- Analyst: £40,000\n", {"title": "A"}),
        SourceDoc("corpus/b.md", shared.replace("Practise", "practise  "), {"title": "B"}),
    ]
    chunks = chunk_corpus(docs, chunk_size=500)
    interview = [c for c in chunks if "five minutes" in c.text]
    assert len(interview) == 1 and interview[0].source == "corpus/a.md"
    assert len({c.id for c in chunks}) == len(chunks)


def test_new_documents_rows_name_their_level_and_carry_the_document_scope():
    docs, _ = load_corpus(CORPUS)
    ux = next(d for d in docs if d.source.endswith(".html"))
    row = next(c for c in chunk_document(ux, chunk_size=500) if "£60,500" in c.text)
    assert row.text.startswith("Senior (Level), Senior UX Researcher (Typical title): Median salary: £60,500")
    assert row.section.startswith("Salaries (UK, 2023) > Salary by Level")
    assert (row.meta["title"], row.meta["region"], row.meta["year"]) == ("UX Researcher: Career Guide", "UK", 2023)
    assert "data_source" in row.meta
