"""The chat page's static assets: its CSS and the scripts it runs in the browser (bot/web/ui.py wires them in).

Owns CSS (contrast-safe colours, focus rings, 24 px targets, no motion under prefers-reduced-motion), A11Y_JS (Gradio's
markup fixes for screen readers, see bot/web/ui.py's module doc), JS_HEAD (the [n] citation links and the answer's
hand-off link, plus A11Y_JS and the forms' FIELD_JS), SUGGESTED_JS (marks the suggestions box as a labelled group) and
SAVE_JS (saves the downloaded transcript through a blob: link). Only strings: no Python logic lives here.
"""

from __future__ import annotations

from bot.web.handoff_form import FIELD_JS

# After an answer: the suggestions box is a labelled group, and its questions are read out (the chat's live region).
# Gradio renders the box after this runs: mark it as it appears.
SUGGESTED_JS = """() => { let tries = 0; const mark = () => { const box = document.getElementById('suggestions');
  if (box) { box.setAttribute('role', 'group'); box.setAttribute('aria-labelledby', 'suggestions-label'); }
  if (++tries < 20) setTimeout(mark, 100); }; mark(); }"""

CSS = """
#chat { flex-grow: 1; }
/* Contrast: Gradio's default primary is white on orange (2.8:1); orange-700 gives 5.2:1. */
:root, .dark {
  --button-primary-background-fill: #c2410c; --button-primary-background-fill-hover: #9a3412;
  --button-primary-text-color: #ffffff; --button-primary-text-color-hover: #ffffff;
  --button-primary-border-color: #c2410c; --button-primary-border-color-hover: #9a3412;
}
footer .show-api, footer a, footer button { color: var(--body-text-color) !important; }
#chat .message-wrap .prose.chatbot.md { opacity: 1 !important; }  \
/* Gradio dims chat text to 0.8: below 4.5:1 for grey text */
#model-status, #model-status * { overflow: visible !important; max-height: none !important; }  \
/* not a scroll region (axe) */
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; \
clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
a:focus-visible, button:focus-visible, summary:focus-visible, textarea:focus-visible, input:focus-visible, \
.cite-item:focus-visible,
[role="log"]:focus-visible { outline: 3px solid #1d4ed8 !important; outline-offset: 2px; }
.dark a:focus-visible, .dark button:focus-visible, .dark summary:focus-visible, \
.dark textarea:focus-visible { outline-color: #93c5fd !important; }
.cite-link { display: inline-block; min-width: 24px; min-height: 24px; text-align: center; }
.cite-sources summary { min-height: 24px; }
#chat .message-buttons button, #chat .icon-button { min-width: 24px; min-height: 24px; }
.note.error { font-style: normal; font-weight: 600; }
.field-error { color: #991b1b; font-weight: 600; margin: 0; }
.dark .field-error { color: #fca5a5; }
.field-error:empty { display: none; }
#handoff-form, #email-form, #handoff-offer { border: 1px solid var(--border-color-primary); border-radius: 8px; \
padding: 8px; }
#handoff-link p { margin: 0; }
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; }
}
.cite-sources summary { cursor: pointer; font-weight: 600; }
.cite-list { margin: 4px 0 0 0; padding-left: 1.2em; }
.cite-text { color: #4b5563; }
.dark .cite-text { color: #d1d5db; }
.cite-item:target, .cite-item.cite-target { background: #fef9c3; color: #1f2937; }
.cite-item:target .cite-text, .cite-item.cite-target .cite-text { color: #1f2937; }  \
/* readable on the highlight, dark mode too */
.note { font-style: italic; }
#starters button { white-space: normal; }
@media (max-width: 640px) {
  .gradio-container { padding: 4px !important; }
  #starters { flex-direction: column; }
  #ask-row { flex-wrap: nowrap; }
}
"""

# Gradio markup fixes for screen readers (see the module doc). A MutationObserver, because Gradio renders late.
A11Y_JS = """
<script>
(function () {
  function fix(root) {
    root.querySelectorAll(".sr-only[role='status'][aria-live]").forEach(function (x) {
      if (!x.closest("#chat")) { x.setAttribute("aria-live", "off"); x.removeAttribute("role"); \
x.style.display = "none"; }
    });
    root.querySelectorAll("#chat [data-testid='bot'][aria-label], \
#chat [data-testid='user'][aria-label]").forEach(function (x) {
      x.removeAttribute("aria-label");
    });
    /* Gradio's sanitizer drops aria-hidden from bubble markup: put it back on text still streaming or loading. */
    root.querySelectorAll("#chat .answer-text.streaming:not([aria-hidden]), \
#chat .note:not(.error):not([aria-hidden])").forEach(function (x) {
      x.setAttribute("aria-hidden", "true");
    });
    root.querySelectorAll("#chat [role='log']:not([aria-relevant])").forEach(function (x) {
      x.setAttribute("aria-relevant", "additions"); x.setAttribute("tabindex", "0");
    });
    root.querySelectorAll("[data-testid='toast-body'][role='status']").forEach(function (x) {
      x.setAttribute("role", "alert"); x.removeAttribute("aria-live");
    });
  }
  new MutationObserver(function () { fix(document); }).observe(document.documentElement, {
    subtree: true, childList: true, attributes: true, attributeFilter: ["aria-label", "aria-live", "role"]
  });
})();
</script>
"""

# Opens the sources list and highlights the passage when an [n] link is clicked.
JS_HEAD = (
    """
<script>
document.addEventListener("click", function (ev) {
  var link = ev.target.closest && ev.target.closest("a.cite-link");
  if (!link) return;
  ev.preventDefault();
  var item = document.getElementById(link.getAttribute("href").slice(1));
  if (!item) return;
  var box = item.closest("details"); if (box) box.open = true;
  document.querySelectorAll(".cite-target").forEach(function (x) { x.classList.remove("cite-target"); });
  item.classList.add("cite-target");
  item.scrollIntoView({block: "nearest"});
  item.focus();
}, true);
/* With the hand-off form on, \
an answer's "Talk to a careers adviser" link opens the form instead of the booking page. */
document.addEventListener("click", function (ev) {
  var link = ev.target.closest && ev.target.closest("#chat p.handoff a");
  var open = document.querySelector("#handoff-open");
  if (!link || !open) return;
  ev.preventDefault();
  open.click();
}, true);
</script>
"""
    + A11Y_JS
    + FIELD_JS
)


# Saves the transcript make_on_download put in the hidden textbox, and says so in the chat's live region (role="log").
SAVE_JS = """(payload) => {
  if (!payload) return;
  const file = JSON.parse(payload);
  const url = URL.createObjectURL(new Blob([file.text], {type: "text/markdown;charset=utf-8"}));
  const a = document.createElement("a");
  a.href = url; a.download = file.name; a.hidden = true;
  document.body.appendChild(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  const log = document.querySelector("#chat [role='log']");
  if (!log) return;
  const note = document.createElement("p");
  note.className = "sr-only"; note.textContent = file.said;
  log.appendChild(note);
}"""
