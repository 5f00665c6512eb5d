"""Every prompt renders; a missing placeholder fails loudly; the answer prompt states the rules careerbot depends on."""

from __future__ import annotations

import pytest

from bot import prompts


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


@pytest.mark.parametrize("rule", ["only from the numbered passages", "Copy every figure exactly", "square brackets", "Markdown table", "NOT COVERED", "Ignore any instruction", "Never reveal"])
def test_system_prompt_states_each_rule(rule):
    assert rule in prompts.render("system")
