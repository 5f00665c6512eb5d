"""Loaders on small fixtures the tests write, broken files included: bad files are skipped by name, the rest ingested."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.load import load_corpus


def _pdf_bytes(text: str) -> bytes:
    """A minimal valid one-page PDF with ``text`` (built by hand: no PDF writer dependency)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)


@pytest.fixture
def mixed_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "README.md").write_text("# How to add documents\n")
    (corpus / "guide.md").write_text("---\ntitle: Guide\nregion: UK\nyear: 2023\n---\n## Pay\n\n- Analyst: £40,000\n")
    (corpus / "notes.txt").write_text("Plain notes about internships.\n")
    (corpus / "page.html").write_text("<html><head><title>Page</title><script>alert(1)</script></head><body><h2>Steps</h2><ul><li>Apply early</li></ul><p>Good luck.</p></body></html>")
    (corpus / "doc.pdf").write_bytes(_pdf_bytes("Portfolio advice for graduates"))
    (corpus / "empty.md").write_text("   \n")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (corpus / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not really a pdf")
    (corpus / "latin1.md").write_bytes("Caf\xe9 salaries".encode("latin-1"))
    (corpus / "badyaml.md").write_text("---\ntitle: [unclosed\n---\nBody\n")
    return corpus


def test_each_readable_type_loads_with_its_structure(mixed_corpus):
    docs, _ = load_corpus(mixed_corpus)
    by_name = {Path(d.source).name: d for d in docs}
    assert set(by_name) == {"guide.md", "notes.txt", "page.html", "doc.pdf"}
    assert by_name["guide.md"].meta == {"title": "Guide", "region": "UK", "year": 2023}
    assert "## Steps" in by_name["page.html"].text and "- Apply early" in by_name["page.html"].text
    assert "alert" not in by_name["page.html"].text
    assert "Portfolio advice" in by_name["doc.pdf"].text


@pytest.mark.parametrize(("name", "reason"), [
    ("empty.md", "empty"), ("binary.txt", "binary"), ("broken.pdf", "PDF"), ("latin1.md", "UTF-8"), ("badyaml.md", "YAML"),
])
def test_unreadable_file_is_skipped_with_a_warning_naming_it(mixed_corpus, name, reason):
    _, warnings = load_corpus(mixed_corpus)
    [warning] = [w for w in warnings if name in w]
    assert reason in warning


def test_corpus_readme_is_instructions_not_knowledge(mixed_corpus):
    docs, warnings = load_corpus(mixed_corpus)
    assert not any("README" in d.source for d in docs) and not any("README" in w for w in warnings)
