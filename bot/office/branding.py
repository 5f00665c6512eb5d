"""What the chat says about itself: its title, one-line introduction and starter questions, for the page and the widget.

Owns the office's choices (``data_dir/branding.json``, written by staff on /admin/documents) and the defaults drawn
from the live index's documents (their titles and subjects, from the version pointer's manifest), so a careers office
whose corpus is about nursing never sees a page about AI. A value staff left empty falls back to its default.
Starter questions: the staff's, else prompts/starters.list when its questions fit the documents (one of them names
a word of a document's title, subject or sections: the shipped list is written for the shipped guide), else one
question per document drawn from its sections.

Stored as a small JSON file (replaced atomically), not in the feedback database: it is three values read on each page
load, it needs no schema, and it sits beside the index pointer it complements. Shortcut: with several replicas, share
data_dir (or set it once per replica), as for uploads.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bot import prompts
from bot.config import Settings
from bot.errors import BadInput

FILE = "branding.json"
MAX_TITLE, MAX_INTRO, MAX_STARTER, MAX_STARTERS = 80, 300, 200, 6
DEFAULT_TITLE = "careerbot"
WORD = re.compile(r"[a-z0-9]+")
# Words every careers question may use: they say nothing about which documents a question was written for.
COMMON = frozenset(
    """a an and are as at be become becoming can career careers do does for from get guide how i in is it
job jobs me my need needs of on or pay paid salary salaries skill skills step steps the to what when where which who
why with work you your""".split()
)
GENERIC_SECTIONS = frozenset(
    {
        "introduction",
        "contents",
        "table of contents",
        "overview",
        "summary",
        "references",
        "sources",
        "about",
        "about this guide",
        "appendix",
        "notes",
    }
)


@dataclass(frozen=True)
class Branding:
    title: str
    intro: str
    starters: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return asdict(self) | {"starters": list(self.starters)}


def _clean(text: Any, limit: int) -> str:
    return " ".join(str(text or "").split())[:limit]


def saved(settings: Settings) -> Branding:
    """The staff's choices; empty values where they chose nothing."""
    try:
        data = json.loads((settings.data_dir / FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    starters = tuple(s for s in (_clean(q, MAX_STARTER) for q in data.get("starters") or []) if s)
    return Branding(_clean(data.get("title"), MAX_TITLE), _clean(data.get("intro"), MAX_INTRO), starters[:MAX_STARTERS])


def save(settings: Settings, title: str, intro: str, starters: list[str]) -> Branding:
    """Store the staff's choices (empty = the default); BadInput when one is too long."""
    if len(title.strip()) > MAX_TITLE or len(intro.strip()) > MAX_INTRO:
        raise BadInput(f"Keep the title under {MAX_TITLE} characters and the introduction under {MAX_INTRO}.")
    if len(starters) > MAX_STARTERS or any(len(q.strip()) > MAX_STARTER for q in starters):
        raise BadInput(f"At most {MAX_STARTERS} starter questions, each under {MAX_STARTER} characters.")
    chosen = Branding(
        _clean(title, MAX_TITLE),
        _clean(intro, MAX_INTRO),
        tuple(s for s in (_clean(q, MAX_STARTER) for q in starters) if s),
    )
    path = settings.data_dir / FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(chosen.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)
    return chosen


def live_manifest(settings: Settings) -> dict[str, dict]:
    """{source: what careerbot read} of the live index version; {} when there is none or it cannot be read."""
    from bot.retrieval.store import read_pointer

    try:
        manifest = read_pointer(settings).manifest
    except Exception:  # noqa: BLE001 - an unreachable index must not take the chat page down
        return {}
    return {k: v for k, v in manifest.items() if isinstance(v, dict)}


def _words(text: str) -> set[str]:
    return {w for w in WORD.findall(text.lower()) if w not in COMMON}


def _titles(manifest: dict[str, dict]) -> list[str]:
    names = [
        str(r.get("title") or Path(source).stem.replace("-", " ").replace("_", " ")) for source, r in manifest.items()
    ]
    return list(dict.fromkeys(n.strip() for n in names if n.strip()))


def fits(questions: tuple[str, ...], manifest: dict[str, dict]) -> bool:
    """True when one of ``questions`` names a word of a document's title, subject or section names."""
    vocabulary: set[str] = set()
    for source, read in manifest.items():
        vocabulary |= _words(
            " ".join(
                [
                    source,
                    str(read.get("title", "")),
                    str(read.get("subject", "")),
                    *map(str, read.get("section_names") or []),
                ]
            )
        )
    return any(_words(q) & vocabulary for q in questions)


def starters_from(manifest: dict[str, dict]) -> tuple[str, ...]:
    """One question per document (up to three), about its first section that is not an introduction."""
    out = []
    for read in manifest.values():
        title = str(read.get("title") or "").strip()
        sections = [
            s
            for s in map(str, read.get("section_names") or [])
            if s.strip().lower() not in GENERIC_SECTIONS and s.strip().lower() != title.lower()
        ]
        if title and sections:
            out.append(f"What does the {title} say about {sections[0].strip().rstrip('?.:')}?")
        elif title:
            out.append(f"What does the {title} cover?")
    return tuple(out[:3])


def defaults(manifest: dict[str, dict], shipped: tuple[str, ...]) -> Branding:
    """The title, introduction and starters drawn from the documents (see the module docstring)."""
    titles = _titles(manifest)
    if not titles:
        return Branding(
            DEFAULT_TITLE, "Answers come only from the careers office's documents, with their sources.", shipped
        )
    title = titles[0] if len(titles) == 1 else DEFAULT_TITLE
    named = ", ".join(titles[:3]) + (f" and {len(titles) - 3} more" if len(titles) > 3 else "")
    intro = f"Answers come only from the careers office's documents ({named}), with their sources."
    starters = shipped if fits(shipped, manifest) else starters_from(manifest)
    return Branding(title[:MAX_TITLE], intro[:MAX_INTRO], starters)


def current(settings: Settings) -> Branding:
    """What the page and the widget show now: the staff's choices over the documents' defaults."""
    chosen, base = saved(settings), defaults(live_manifest(settings), prompts.starters())
    return Branding(chosen.title or base.title, chosen.intro or base.intro, chosen.starters or base.starters)
