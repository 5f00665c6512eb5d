"""Prompt files: prompts/*.txt with $named placeholders (string.Template).

Owns loading and rendering. Rendering fails loudly (KeyError naming the
placeholder) when a value is missing; a parametrized test renders every file.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from string import Template

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"


@cache
def load(name: str) -> Template:
    return Template((PROMPTS_DIR / f"{name}.txt").read_text(encoding="utf-8").strip())


def placeholders(name: str) -> set[str]:
    template = load(name)
    return {m.group("named") or m.group("braced") for m in template.pattern.finditer(template.template) if m.group("named") or m.group("braced")}


def render(name: str, **values: object) -> str:
    """Render prompts/<name>.txt; a missing placeholder raises KeyError, an unused value raises ValueError."""
    unused = set(values) - placeholders(name)
    if unused:
        raise ValueError(f"prompts/{name}.txt has no placeholder for {sorted(unused)}")
    return load(name).substitute(**{k: str(v) for k, v in values.items()})


def names() -> list[str]:
    return sorted(p.stem for p in PROMPTS_DIR.glob("*.txt"))
