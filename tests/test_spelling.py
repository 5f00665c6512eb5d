"""A student's spelling read as the documents spell it (bot/spelling.py), and the guard's "see below" (round 14)."""

from __future__ import annotations

from bot.guard.verify import verify
from bot.retrieval.lexicon import lexicon_from_text
from bot.spelling import Speller, one_edit, plain

DOCS = [
    "Chief geologist (G5): 8.400.000 a month. Senior geologists work in the field.",
    "Gemmologist / diamond grader: 440,000. Bench jewellers and CAD jewellery designers.",
    "A printer operator earns 30,000. Meteorologist (see below).",
]


def test_british_and_american_spellings_are_one() -> None:
    assert plain("jewellery") == plain("jewelry")
    assert plain("gemmologist") == plain("gemologist")
    assert plain("labour") == plain("labor") and plain("centre") == plain("center")


def test_one_edit_is_one_letter() -> None:
    assert one_edit("geolgist", "geologist") and one_edit("tehcnician", "technician")
    assert not one_edit("geolgst", "geologist")


def test_a_typo_or_another_spelling_reads_as_the_documents_word() -> None:
    sp = Speller(DOCS)
    assert sp.respell("how much does a chief geolgist make") == "how much does a chief geologist make"
    assert sp.respell("what does a gemologist earn") == "what does a gemmologist earn"
    assert "jewellery designer" in sp.respell("salary range for a cad jewelry designer")
    assert "jewellers" in sp.respell("extra pay for jewlers who handle gold")


def test_a_real_word_or_another_first_letter_is_left_as_typed() -> None:
    sp = Speller(DOCS)
    # an English word no document uses is the student's subject, not a typo of "printer"
    assert sp.respell("how much does a painter earn") == "how much does a painter earn"
    # "geomologist" is no "gemmologist" nor "geologist" for sure: the first three letters as typed decide
    assert sp.respell("what does a hydrologist earn") == "what does a hydrologist earn"


def test_see_below_is_no_comparison() -> None:
    line = "Meteorologist (Grade), degree (see below): Monthly salary scale (Rs): Rs 35,100 x 900 - 55,000"
    verdicts = verify(f"- {line} [1]", [line], lexicon_from_text(line))
    assert verdicts and all(v.supported for v in verdicts)
    wrong = verify("Acme pays Rs 30,000, which is above Rs 35,100 [1]", [line], lexicon_from_text(line))
    assert any("comparison" in r for v in wrong for r in v.reasons)


def test_two_words_written_as_one_or_a_shortening_read_as_the_documents_write_them() -> None:
    sp = Speller(
        [
            "Zoo keepers feed the animals. Air-conditioning technicians service split units.",
            "Stenographer (BPS-15). Government pay scale. Technology and technicians.",
        ]
    )
    assert sp.respell("zookeeper pay") == "zoo keepers pay"
    # a word cut into two document words is not read as them: "watchmaker" is no "watch" and "maker" of two lines
    assert Speller(["A watch manager.", "The maker of the table."]).respell("watchmaker pay") == "watchmaker pay"
    assert sp.respell("aircon jobs") == "air-conditioning jobs"
    assert sp.respell("steno pay") == "stenographer pay" and sp.respell("govt scale") == "government scale"
    # an English word that begins a longer one is the student's own ("tech" of "technician" or "technology")
    assert sp.respell("tech pay") == "tech pay"
