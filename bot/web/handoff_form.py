"""The chat page's "Talk to an adviser" form, its "Email me this" form, and the offer after two answers that failed.

Owns the Gradio components and handlers of these forms; bot/office/handoffs.py does the work (the same desk as
POST /api/handoff and /api/transcript/email), so the page and the widget store and send exactly the same thing.
Built only when the settings turn it on: the form when CAREERBOT_HANDOFF_EMAIL and CAREERBOT_SMTP_URL are set (else
the page keeps today's CAREERBOT_HANDOFF_URL link), "Email me this" when CAREERBOT_SMTP_URL is set.

Errors: each message shows under its field as role="alert" (read at once) with the field's id in ``data-for``;
FIELD_JS marks that field aria-invalid and described by the message, and focus goes to the first bad field. What the
form did (sent, or kept to send shortly) is added to the chat, the page's live region, so it is read once.
Limits: the same CAREERBOT_MAIL_RATE_LIMIT as the API, per client address and browser session.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import gradio as gr

from bot.office.handoffs import FIELD_ERRORS, check_form
from bot.office.mail import MailError, check_address
from bot.office.transcript import Exchange, transcript_markdown
from bot.web.api import Deps
from bot.web.handoffs import NOT_EMAILED, NOT_RECEIVED, mail_limiter
from bot.web.widget import safe_url

OFFER = "These answers did not help. A careers adviser can pick up from here, with this conversation."
SENDING_NOTE = "The careers office receives your name, email, note and this conversation; an adviser replies by email."

# Marks each field with a message in .field-error[data-for] aria-invalid and described by it (Gradio renders late).
FIELD_JS = """
<script>
(function () {
  function mark() {
    document.querySelectorAll(".field-error[data-for]").forEach(function (error) {
      var box = document.getElementById(error.getAttribute("data-for"));
      var field = box && box.querySelector("input, textarea");
      if (!field) return;
      var bad = error.textContent.trim() !== "";
      if (bad) { field.setAttribute("aria-invalid", "true"); field.setAttribute("aria-describedby", error.id); }
      else if (field.getAttribute("aria-invalid")) {
        field.removeAttribute("aria-invalid"); field.removeAttribute("aria-describedby");
      }
    });
  }
  new MutationObserver(mark).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
})();
</script>
"""

# After the server answered: focus on the first field with an error.
FOCUS_ERROR_JS = """() => { setTimeout(() => {
  const error = [...document.querySelectorAll(".field-error[data-for]")].find(e => e.textContent.trim());
  const box = error && document.getElementById(error.getAttribute("data-for"));
  const field = box && box.querySelector("input, textarea");
  if (field) field.focus();
}, 150); }"""


def focus_js(elem_id: str) -> str:
    return f"""() => {{ setTimeout(() => {{
  const box = document.getElementById("{elem_id}"); const field = box && box.querySelector("input, textarea, button");
  if (field) field.focus(); }}, 150); }}"""


def field_error(for_id: str, message: str = "") -> str:
    """The message shown under a field (empty: nothing shown)."""
    if not message:
        return f'<p class="field-error" id="{for_id}-error" data-for="{for_id}"></p>'
    return f'<p class="field-error" id="{for_id}-error" data-for="{for_id}" role="alert">{html.escape(message)}</p>'


def said(text: str) -> dict[str, str]:
    """A note from careerbot in the chat (the page's live region): read once when it is added."""
    return {"role": "assistant", "content": f'<div class="handoff-said">{html.escape(text)}</div>'}


@dataclass
class HandoffParts:
    """The buttons of ui.py that open the forms: the header's, "Email me this", and the offer's."""

    open_button: Any
    email_button: Any
    offer_button: Any


def build_forms(deps: Deps, form_on: bool, email_on: bool) -> dict[str, Any]:
    """The forms' components (hidden until asked for), inside the current gr.Blocks."""
    c: dict[str, Any] = {}
    with gr.Column(visible=False, elem_id="handoff-form") as c["handoff_form"]:
        gr.Markdown(f"## Talk to an adviser\n{SENDING_NOTE}")
        c["name"] = gr.Textbox(label="Your name", elem_id="handoff-name", max_lines=1, max_length=200)
        c["name_error"] = gr.HTML(field_error("handoff-name"), padding=False)
        c["email"] = gr.Textbox(label="Your email", elem_id="handoff-email", type="email", max_length=254)
        c["email_error"] = gr.HTML(field_error("handoff-email"), padding=False)
        c["note"] = gr.Textbox(
            label="Note for the adviser (optional)", elem_id="handoff-note", lines=3, max_length=2000
        )
        c["consent"] = gr.Checkbox(
            label="I agree to share this conversation with the careers office (required)", elem_id="handoff-consent"
        )
        c["consent_error"] = gr.HTML(field_error("handoff-consent"), padding=False)
        with gr.Row():
            c["handoff_send"] = gr.Button("Send to an adviser", variant="primary", elem_id="handoff-send")
            c["handoff_cancel"] = gr.Button("Back to the chat", elem_id="handoff-cancel")
        c["handoff_status"] = gr.HTML("", elem_id="handoff-status", padding=False)
    with gr.Column(visible=False, elem_id="email-form") as c["email_form"]:
        gr.Markdown("## Email me this conversation")
        c["to"] = gr.Textbox(label="Your email", elem_id="email-to", type="email", max_length=254)
        c["to_error"] = gr.HTML(field_error("email-to"), padding=False)
        with gr.Row():
            c["email_send"] = gr.Button("Send", variant="primary", elem_id="email-send")
            c["email_cancel"] = gr.Button("Back to the chat", elem_id="email-cancel")
        c["email_status"] = gr.HTML("", elem_id="email-status", padding=False)
    c["form_on"], c["email_on"] = form_on, email_on
    return c


def wire_forms(
    deps: Deps,
    c: dict[str, Any],
    parts: HandoffParts,
    session: Any,
    chatbot: Any,
    exchanges_of: Callable[[Any], Sequence[Exchange]],
) -> None:
    """Connect the forms to their handlers (``exchanges_of(session)``: the page's finished exchanges)."""
    limiter = mail_limiter(deps.settings)
    hide = lambda: gr.Column(visible=False)
    if c["form_on"]:
        fields = [c["name"], c["email"], c["note"], c["consent"]]
        errors = [c["name_error"], c["email_error"], c["consent_error"], c["handoff_status"]]
        for opener in (parts.open_button, parts.offer_button):
            opener.click(
                lambda: (gr.Column(visible=True), gr.Column(visible=False)), None, [c["handoff_form"], c["email_form"]]
            ).then(None, js=focus_js("handoff-name"))
        c["handoff_cancel"].click(hide, None, [c["handoff_form"]]).then(None, js=focus_js("handoff-open"))
        send = make_send_handoff(deps, limiter, exchanges_of)
        c["handoff_send"].click(send, [*fields, session], [*errors, c["handoff_form"], chatbot, session, *fields]).then(
            None, js=FOCUS_ERROR_JS
        )
    if c["email_on"]:
        parts.email_button.click(
            lambda: (gr.Column(visible=True), gr.Column(visible=False)), None, [c["email_form"], c["handoff_form"]]
        ).then(None, js=focus_js("email-to"))
        c["email_cancel"].click(hide, None, [c["email_form"]]).then(None, js=focus_js("email-open"))
        outputs = [c["to_error"], c["email_status"], c["email_form"], chatbot, session]
        c["email_send"].click(make_send_email(deps, limiter, exchanges_of), [c["to"], session], outputs).then(
            None, js=FOCUS_ERROR_JS
        )


def client_of(request: gr.Request) -> tuple[str | None, str | None]:
    return (request.client.host if request.client else None), request.session_hash


def make_send_handoff(deps: Deps, limiter: Any, exchanges_of: Callable[[Any], Sequence[Exchange]]):
    def send(name: str, email: str, note: str, consent: bool, session: Any, request: gr.Request) -> tuple[Any, ...]:
        keep = (name, email, note, consent)
        form, bad = check_form(name, email, note, consent)
        errors = [field_error(f"handoff-{k}", bad.get(k, "")) for k in ("name", "email", "consent")]
        if form is None:
            return (*errors, "", gr.Column(visible=True), session.display, session, *keep)
        verdict = limiter.hit(*client_of(request))
        if not verdict.allowed:
            status = alert(f"Too many requests from here. Please wait {verdict.retry_after} seconds and try again.")
            return (*errors, status, gr.Column(visible=True), session.display, session, *keep)
        exchanges = list(exchanges_of(session))
        transcript = transcript_markdown(exchanges, date.today()) if exchanges else None
        try:
            receipt = deps.desk.submit(form, transcript)
        except MailError:
            return (*errors, alert(NOT_RECEIVED), gr.Column(visible=True), session.display, session, *keep)
        session.display.append(said(receipt.message))
        return (*errors, "", gr.Column(visible=False), session.display, session, "", "", "", False)

    return send


def make_send_email(deps: Deps, limiter: Any, exchanges_of: Callable[[Any], Sequence[Exchange]]):
    def send(to: str, session: Any, request: gr.Request) -> tuple[Any, ...]:
        address = check_address(to)
        if address is None:
            return field_error("email-to", FIELD_ERRORS["email"]), "", gr.Column(visible=True), session.display, session
        exchanges = list(exchanges_of(session))
        if not exchanges:
            return (
                field_error("email-to"),
                alert("There is nothing to send yet: ask a question first."),
                gr.Column(visible=True),
                session.display,
                session,
            )
        verdict = limiter.hit(*client_of(request))
        if not verdict.allowed:
            status = alert(f"Too many requests from here. Please wait {verdict.retry_after} seconds and try again.")
            return field_error("email-to"), status, gr.Column(visible=True), session.display, session
        text = transcript_markdown(exchanges, date.today(), safe_url(deps.settings.handoff_url))
        try:
            deps.desk.email_transcript(address, text, date.today())
        except MailError:
            return field_error("email-to"), alert(NOT_EMAILED), gr.Column(visible=True), session.display, session
        session.display.append(said(f"Sent the conversation to {address}."))
        return field_error("email-to"), "", gr.Column(visible=False), session.display, session

    return send


def alert(text: str) -> str:
    return f'<p class="field-error" role="alert">{html.escape(text)}</p>'


def offer_visible(session: Any) -> Any:
    """The offer shows once the last two finished answers were both refused or thumbed down."""
    last = [session.bad.get(i, False) for i in sorted(session.exchanges)][-2:]
    return gr.Column(visible=len(last) == 2 and all(last))
