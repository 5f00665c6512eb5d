"""Answers as safe chat-bubble markup for the Gradio page.

Pure functions. Every piece of text from the user, the model or the corpus is
HTML-escaped before it is placed in markup, so it is shown, never executed
(Gradio's sanitizer is a second line of defence, not the first). An answer
becomes: its text with each [n] a link to passage n, then an expandable
"Sources" list (section path + passage text), then the hand-off link when the
corpus does not cover the question. Markup stays on single lines: a blank
line would end the HTML block in Gradio's markdown renderer.

Screen readers: the chat is a polite live region (role="log"), so what is
added to it is read. A bubble still streaming (or showing load progress) is
aria-hidden: tokens are shown, never read one by one; the final answer that
replaces it is read once. Errors are role="alert".
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from bot.types import Citation, Outcome

MARKER = re.compile(r"\[(\d{1,2})\]")
HANDOFF_TEXT = "Talk to a careers adviser"


def escape(text: str) -> str:
    """HTML-escape ``text`` and keep its line breaks as <br>."""
    return html.escape(text, quote=True).replace("\r\n", "\n").replace("\n", "<br>")


def anchor(uid: str, n: int) -> str:
    return f"cite-{uid}-{n}"


def link_markers(escaped: str, uid: str, citations: Sequence[Citation]) -> str:
    """Turn each [n] that has a citation into a link to passage n (on already-escaped text)."""
    known = {c.n: c for c in citations}

    def repl(match: re.Match[str]) -> str:
        n = int(match.group(1))
        if n not in known:
            return match.group(0)
        title = html.escape(known[n].section, quote=True)
        return f'<a class="cite-link" href="#{anchor(uid, n)}" title="{title}">[{n}]</a>'

    return MARKER.sub(repl, escaped)


def sources_block(uid: str, citations: Sequence[Citation]) -> str:
    """An expandable list of the cited passages, each with an id its [n] links to."""
    if not citations:
        return ""
    items = "".join(
        f'<li id="{anchor(uid, c.n)}" class="cite-item" tabindex="-1"><strong>[{c.n}] '
        f"{escape(c.label or c.source)}</strong>"
        f'<br><span class="cite-section">{escape(c.section)}</span>'
        f'<br><span class="cite-text">{escape(c.text)}</span></li>'
        for c in citations
    )
    label = "source" if len(citations) == 1 else "sources"
    return (
        f'<details class="cite-sources"><summary>{len(citations)} {label}</summary><ol '
        f'class="cite-list">{items}</ol></details>'
    )


def handoff_block(handoff_url: str) -> str:
    url = html.escape(handoff_url, quote=True)
    return (
        f'<p class="handoff"><a href="{url}" target="_blank" rel="noopener">{HANDOFF_TEXT}<span class="sr-only"> '
        "(opens in a new tab)</span></a></p>"
    )


def render_answer(answer: Outcome, uid: str, handoff_url: str) -> str:
    """The final bubble of an answer: linked text, sources, and the hand-off link if refused."""
    text = link_markers(escape(answer.text), uid, answer.citations)
    parts = [f'<div class="answer-text">{text}</div>', sources_block(uid, answer.citations)]
    if answer.refused:
        parts.append(handoff_block(handoff_url))
    return "".join(p for p in parts if p)


def render_streaming(text: str) -> str:
    """A bubble while tokens arrive: the escaped text so far."""
    return f'<div class="answer-text streaming" aria-hidden="true">{escape(text)}</div>'


def render_user(text: str) -> str:
    return escape(text)


def render_note(text: str) -> str:
    """A passing system note in the assistant's bubble (load progress): shown, not read (see the module doc)."""
    return f'<div class="note" aria-hidden="true">{escape(text)}</div>'


def render_error(text: str) -> str:
    """Why there is no answer (bad input, rate limit, failure), announced at once."""
    return f'<div class="note error" role="alert">{escape(text)}</div>'
