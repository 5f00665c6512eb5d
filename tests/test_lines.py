"""bot/lines.py: one parser cuts a passage into lines, and the model's context, the quoted answer and the lexicon all
read them; no other module keeps a bullet or table-separator rule of its own."""

from __future__ import annotations

import re
from pathlib import Path

from bot.evidence import context, quotes
from bot.lines import Line, common_tokens, parse, read
from bot.retrieval.lexicon import lexicon_from_text
from bot.types import Passage

ROOT = Path(__file__).resolve().parent.parent

# A second field's guide: a list introduced by a sentence, a nested list under labelled and short parents, a
# numbered list, a table as Markdown writes it, and prose.
TEXT = """Pharmacists face several recurring problems:

- Staffing:
  - Covering weekend shifts alone
  - Locum rates rising every year
- Dispensing errors
  - Look-alike packaging

| Grade | Median pay |
| ----- | ---------- |
| Band 6 | £37,000 |

Most pharmacists work in community pharmacies. Hospital posts are fewer. Band 7: £46,000; Band 8: £55,000

1. Register with the regulator
2) Complete a foundation year
"""


def _passage(text: str = TEXT, section: str = "Pharmacy > Problems", n: str = "1") -> Passage:
    return Passage(
        id=n,
        source="pharmacy.md",
        section=section,
        text=text,
        meta={"title": "Pharmacist Guide", "region": "UK", "year": 2030},
    )


def test_the_parser_reads_items_their_labels_and_lead_rows_and_sentences():
    lines = parse(TEXT, "Pharmacy > Problems")
    kinds = [(line.kind, line.quoted) for line in lines]
    assert kinds == [
        ("sentence", "Pharmacists face several recurring problems:"),
        ("bullet", "Staffing:"),
        ("bullet", "Staffing: Covering weekend shifts alone"),
        ("bullet", "Staffing: Locum rates rising every year"),
        ("bullet", "Dispensing errors"),
        ("bullet", "Dispensing errors: Look-alike packaging"),  # a short parent labels its items too
        ("row", "| Grade | Median pay |"),  # the separator row under the header is no line
        ("row", "| Band 6 | £37,000 |"),
        ("sentence", "Most pharmacists work in community pharmacies."),
        ("sentence", "Hospital posts are fewer."),
        ("sentence", "Band 7: £46,000; Band 8: £55,000"),
        ("bullet", "Register with the regulator"),  # "1." and "2)" are list markers, not sentences
        ("bullet", "Complete a foundation year"),
    ]
    lead = "Pharmacists face several recurring problems:"
    assert [line.lead for line in lines if line.bullet] == [lead] * 5 + [""] * 2  # until the next prose line
    assert lines[0].introduces and lines[1].introduces and not lines[2].introduces
    assert {line.section for line in lines} == {"Pharmacy > Problems"}


def test_a_row_as_ingest_writes_it_is_one_line_and_prose_is_whole_when_asked():
    row = "Entry (Level), Junior Pharmacist (Typical title): Median salary: £32,000; Typical range: £27,000 to £36,000"
    assert [(line.kind, line.text) for line in parse(row)] == [("row", row)]
    prose = "Most pharmacists work in community pharmacies. Hospital posts are fewer."
    assert [line.text for line in parse(prose, sentences=False)] == [prose]
    assert len(parse(prose)) == 2


def test_a_heading_inside_a_passage_becomes_the_section_of_the_lines_under_it():
    lines = parse("## Pay\n- Band 6: £37,000\n### Hospital\nPosts are fewer.", "Pharmacy")
    assert [(line.kind, line.section) for line in lines] == [
        ("heading", "Pharmacy > Pay"),
        ("bullet", "Pharmacy > Pay"),
        ("heading", "Pharmacy > Pay > Hospital"),
        ("sentence", "Pharmacy > Pay > Hospital"),
    ]


def test_read_numbers_the_lines_that_state_something_across_passages():
    other = _passage("- Band 6: £37,000\n- Band 7: £46,000", section="Pharmacy > Pay", n="2")
    lines = read([_passage(), other])
    assert all(isinstance(line, Line) for line in lines)
    assert [line.order for line in lines] == list(range(len(lines)))
    assert [line.n for line in lines][-2:] == [2, 2] and lines[0].n == 1
    assert not any(line.introduces for line in lines)  # "...problems:" and "- Staffing:" state nothing of their own
    assert "Pharmacists face several recurring problems:" not in {line.quoted for line in lines}


def test_the_model_reads_a_nested_item_under_its_label_and_a_list_through_its_lead():
    block = context.passage_context("What problems do pharmacists face?", [_passage()], budget=200)
    assert "- Staffing: Covering weekend shifts alone" in block
    assert "- Dispensing errors: Look-alike packaging" in block
    assert "recurring problems:" not in block  # the lead counts for its items, it is not a line of its own
    assert "Source: Pharmacist Guide, UK 2030" in block


def test_the_quoted_answer_quotes_items_without_markers_and_never_a_bare_number():
    units = quotes.units([_passage(), _passage(n="2")])
    texts = [u.quoted for u in units]
    assert "Register with the regulator" in texts and "1." not in texts and "2)" not in texts
    assert len(texts) == len(set(texts))  # a line two passages hold is quoted once
    answer = quotes.compose("How do I become a registered pharmacist?", [_passage()])
    assert answer.startswith("Register with the regulator [1]")


def test_the_lexicon_reads_the_same_lines():
    lex = lexicon_from_text(
        "## Pay (UK, 2030)\n\n- Band 6: £37,000 salary\n- Band 7: £46,000 salary\n\n"
        "## Progression\n\n- Senior Roles:\n  - Chief Pharmacist\n  - Clinical Director\n"
    )
    assert lex.labels["Pay (UK, 2030)"] == ("Band 6", "Band 7")
    assert "Senior Roles" in lex.labels["Progression"]
    assert lex.pay_years == (2030,)


def test_words_every_line_shares_tell_no_line_apart():
    same = _passage("\n".join(f"- Pharmacist duty {i}: counselling patient {i}" for i in range(8)))
    assert {"pharmacist", "duti", "counsel", "patient"} <= common_tokens([same])


# --- one rule for a list item and for a table's separator row ------------------------------------------------------

BULLET_RULE = re.compile(r"""\[-\*|\[\*-|\(["']- ["'], ["']\* ["']\)|\\d\+\[\.\)\]|\\d\{1,2\}\[\.\)\]|•""")
SEPARATOR_RULE = re.compile(r":\?-\{[23],\}")
# Two guard helpers still strip a marker their own way, and switching would change what they do: citations.py's
# LEADING_MARKER moves a "[n]" only after a "-" or "*" item (not "+", "•" or "1."), stream.py's _plain strips any
# run of "-", "*", "•" (also "-5%" -> "5%"). The guard's passages are cut by bot/lines.py.
BULLET_PENDING = {"bot/guard/citations.py", "bot/guard/stream.py"}


def _defining(rule: re.Pattern[str]) -> set[str]:
    return {
        str(p.relative_to(ROOT)) for p in (ROOT / "bot").rglob("*.py") if rule.search(p.read_text(encoding="utf-8"))
    }


def test_no_module_outside_the_text_layer_defines_a_bullet_rule():
    assert _defining(BULLET_RULE) - BULLET_PENDING == {"bot/text.py"}


def test_no_module_outside_the_text_layer_defines_a_table_separator_rule():
    assert _defining(SEPARATOR_RULE) == {"bot/text.py"}
