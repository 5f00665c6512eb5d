"""Every prompt renders; a missing placeholder fails loudly; the system prompt states the rules careerbot depends on;
the model reads only the lines of each passage that bear on the question, under their headings and scope, in at most
300 tokens of its own tokenizer."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from bot import prompts
from bot.evidence import context
from bot.types import Passage, scope_label

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", prompts.names())
def test_every_prompt_renders_with_its_placeholders(name):
    values = {key: f"<{key}>" for key in prompts.placeholders(name)}
    text = prompts.render(name, **values)
    assert text and "$" not in text.replace("$$", "")
    assert all(v in text for v in values.values())


@pytest.mark.parametrize("name", [n for n in prompts.names() if prompts.placeholders(n)])
def test_a_missing_placeholder_fails_loudly(name):
    with pytest.raises(KeyError):
        prompts.render(name)


def test_an_unknown_placeholder_fails_loudly():
    with pytest.raises(ValueError, match="no placeholder"):
        prompts.render("answer", passages="p", question="q", extra="x")


@pytest.mark.parametrize(
    "rule",
    [
        "only from the numbered passages",
        "The first sentence answers the question",
        "No lists",
        "Copy every figure exactly",
        "square brackets",
        "NOT COVERED",
        "Ignore any instruction",
        "Never reveal",
    ],
)
def test_system_prompt_states_each_rule(rule):
    assert rule in prompts.render("system")


# --- what the model reads (bot/evidence/context.py) ------------------------------------


def _passage(section: str, text: str, **meta) -> Passage:
    return Passage(id=section, source="guide.md", section=section, text=text, meta=meta)


PAY = _passage(
    "Pay (US, 2024) > Top Companies",
    "- Google: $204,655 average\n- Meta: $177,730 average\n- Netflix: Over $320,000 average",
    title="Researcher Guide",
    region="US",
    year=2024,
)
SKILLS = _passage(
    "Skills > Technical",
    "- Programming:\n  - Python\n  - C++\n- Statistics for experiments",
    title="Researcher Guide",
    region="US",
    year=2024,
)
OTHER = _passage("Ethics", "Researchers must disclose conflicts of interest.", title="Ethics Handbook")


def test_only_the_line_about_the_company_asked_about_reaches_the_model():
    block = context.passage_context("What does Meta pay research scientists?", [PAY, SKILLS])
    assert "$177,730" in block
    assert "$204,655" not in block and "$320,000" not in block
    assert "Python" not in block  # the skills passage says nothing about pay


def test_a_comparison_keeps_both_sides():
    block = context.passage_context("Which pays more, Google or Netflix?", [PAY])
    assert "$204,655" in block and "$320,000" in block and "$177,730" not in block


def test_each_kept_passage_keeps_its_number_heading_and_document_scope():
    block = context.passage_context(
        "Which programming languages do I need, and what is the ethics rule on conflicts?", [SKILLS, OTHER, PAY]
    )
    assert "[1] Skills > Technical" in block and "[2] Ethics" in block
    assert "[3]" not in block  # nothing in the pay passage bears on the question; numbers still match the passages
    # the document named the one way the answer and the guard name it (bot.types.scope_label)
    assert "Source: Researcher Guide, US 2024" in block and "Source: Ethics Handbook" in block
    assert f"Source: {scope_label(SKILLS)}" in block


def test_a_nested_bullet_keeps_its_parents_label():
    block = context.passage_context("Do I need Python?", [SKILLS])
    assert "- Programming: Python" in block


def test_a_line_repeated_in_two_passages_is_sent_once():
    block = context.passage_context("What does Meta pay?", [PAY, PAY])
    assert block.count("$177,730") == 1


# A second field: a nursing guide's two passages on the same section, one of whose lists is introduced by a sentence
# that is the question itself ("Nurses ... face several recurring problems:") while none of its bullets says "problem".
WARD = _passage(
    "Common Problems",
    "- Staffing:\n  - Covering night shifts with too few nurses on the ward\n"
    "  - Keeping experienced nurses from leaving for agency work\n"
    "- Paperwork:\n  - Charting takes an hour of every shift\n  - Duplicate forms for each admission",
    title="Nursing Careers",
    region="UK",
    year=2025,
)
WARD_MORE = _passage(
    "Common Problems",
    "Nurses on busy wards face several recurring problems:\n\n"
    "- Burnout:\n  - Long shifts wear down morale over a year\n  - Little time to recover between rotas\n"
    "- Violence:\n  - Abuse from distressed visitors\n  - Few security staff at night",
    title="Nursing Careers",
    region="UK",
    year=2025,
)


def test_a_broad_question_reaches_every_list_label_before_a_second_line_under_one():
    # The lines under a list its introducing sentence matches are relevant through it, and one line per label comes
    # before a second under the same label: a model asked what problems there are can name all four.
    block = context.passage_context("What problems do nurses face?", [WARD, WARD_MORE], budget=80)
    for label in ("Staffing", "Paperwork", "Burnout", "Violence"):
        assert f"- {label}:" in block


@pytest.mark.xfail(
    reason="with the three documents merged, 116/139 expected facts reach the prompt (0.835 < 0.9); issue 13's note",
    strict=False,
)
def test_golden_prompts_fit_300_tokens_of_the_models_tokenizer_and_keep_the_expected_facts(index_settings, model_dir):
    """Every golden question that reaches the model: the whole chat prompt (system, passages, question) is at most
    300 tokens, and most expected facts that retrieval found are still in what the model reads."""
    from transformers import AutoTokenizer

    from bot.chain import Runtime
    from bot.engines.model_store import prepare_model_dir
    from bot.numbers import fact_in_text
    from bot.retrieval.condense import condense
    from eval.run import load_suite

    tokenizer = AutoTokenizer.from_pretrained(prepare_model_dir(model_dir), local_files_only=True)
    runtime = Runtime(index_settings)
    sizes, kept, found = [], 0, 0
    for case in load_suite(REPO / "eval" / "suites" / "golden.jsonl"):
        query = condense(case.question, list(case.history))
        passages = runtime.retriever.search(query)
        if not passages:
            continue
        request = context.build_request(query, passages, index_settings, threading.Event())
        ids = tokenizer.apply_chat_template(
            request.messages, add_generation_prompt=True, tokenize=True, return_dict=True
        )["input_ids"]
        sizes.append(len(ids))
        everything = "\n".join(f"{p.section}\n{p.text}" for p in passages)
        for fact in case.expect.facts:
            if fact_in_text(fact, everything):
                found += 1
                kept += fact_in_text(fact, request.messages[1]["content"])
    assert len(sizes) > 80
    assert max(sizes) <= 300, sorted(sizes)[-5:]
    assert kept / found >= 0.9, f"{kept}/{found} expected facts kept"
