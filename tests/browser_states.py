"""Recording every state a user could see, in a real Chromium page (not a test module).

``record_states`` installs a MutationObserver under a root element; at every DOM change it records the text of each
added node, each old text value, and the current text of the last answer bubble (its class too, so a test can tell
a loading note from answer text), each with ``t``, the page's clock (``performance.now()``, ms). ``recorded``
returns the list; ``mark`` notes the clock's time now (when a question is sent), so a test can time the first text on
screen. Tests then assert on every state, not only the end: nothing unverified was ever on screen, and the final
answer did not jump from what was streamed.
"""

from __future__ import annotations

from typing import Any

from playwright.sync_api import Frame, Page

# Records, at every mutation under ``root``: the text of every node added, every old text value, and the answer bubble's
# text (the last element matching ``answerSel``, with ``strip`` children removed) and class.
OBSERVE = """([rootSel, answerSel, strip]) => {
  const root = document.querySelector(rootSel);
  window.__states = [];
  const answerNode = () => {
    const all = root.querySelectorAll(answerSel);
    return all.length ? all[all.length - 1] : null;
  };
  const answerText = (node) => {
    const copy = node.cloneNode(true);
    copy.querySelectorAll(strip).forEach((n) => n.remove());
    return copy.textContent;
  };
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === "characterData") window.__states.push({ part: r.oldValue || "", t: performance.now() });
      r.addedNodes.forEach((n) => window.__states.push({ part: n.textContent || "", t: performance.now() }));
    }
    const node = answerNode();
    window.__states.push({ whole: root.textContent, answer: node ? answerText(node) : null, \
cls: node ? node.className : null, t: performance.now() });
  }).observe(root, { childList: true, subtree: true, characterData: true, characterDataOldValue: true, \
attributes: true });
}"""


def record_states(doc: Page | Frame, root: str, answer: str, strip: str) -> None:
    """Start recording every state under ``root`` (see the module doc); call before the question is sent."""
    doc.evaluate(OBSERVE, [root, answer, strip])


def mark(doc: Page | Frame) -> float:
    """The page's clock now (ms), on the same clock as the states' ``t``."""
    return doc.evaluate("performance.now()")


def recorded(doc: Page | Frame) -> list[dict[str, Any]]:
    """Every state recorded since ``record_states``, in order: {"part": text} or {"whole", "answer", "cls"}."""
    return doc.evaluate("window.__states")
