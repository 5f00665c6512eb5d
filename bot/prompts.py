"""Prompt files: prompts/*.txt with $named placeholders (string.Template), and prompts/starters.list.

Owns loading and rendering. Rendering fails loudly (KeyError naming the
placeholder) when a value is missing; a parametrized test renders every file.
``starters`` reads the suggested questions the chat page and the widget show
(prompts/starters.list, one a line: a list, not a template, so it is no *.txt).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from string import Template

from bot.errors import ConfigError

PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"


@cache
def load(name: str) -> Template:
    return Template((PROMPTS_DIR / f"{name}.txt").read_text(encoding="utf-8").strip())


def placeholders(name: str) -> set[str]:
    template = load(name)
    return {
        m.group("named") or m.group("braced")
        for m in template.pattern.finditer(template.template)
        if m.group("named") or m.group("braced")
    }


def render(name: str, **values: object) -> str:
    """Render prompts/<name>.txt; a missing placeholder raises KeyError, an unused value raises ValueError."""
    unused = set(values) - placeholders(name)
    if unused:
        raise ConfigError(f"prompts/{name}.txt has no placeholder for {sorted(unused)}")
    return load(name).substitute(**{k: str(v) for k, v in values.items()})


def names() -> list[str]:
    return sorted(p.stem for p in PROMPTS_DIR.glob("*.txt"))


STARTERS_FILE = PROMPTS_DIR / "starters.list"


def starters(path: Path = STARTERS_FILE) -> tuple[str, ...]:
    """The suggested questions, in file order: one a line, blank lines and "#" comments skipped;
    none when the file is absent."""
    if not path.is_file():
        return ()
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))
