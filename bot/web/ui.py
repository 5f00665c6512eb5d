"""The chat page at /: a Gradio Blocks app on the shared ``Deps``.

Owns the page's layout and its event handlers. Per-browser-session state lives
in one ``gr.State`` (a ``ChatSession``): the turns sent to the chain, the
bubbles shown, and, per answer bubble, what a thumbs up/down will store. Two
people chatting at once therefore never share turns. The question and an
empty, pending answer bubble show at once (as in the widget); answers then
stream, one verified unit at a time, and the final bubble is replaced by the
chain's authoritative text with linked [n] markers and an expandable sources
list (bot.web.render escapes all text). While the model loads, the page and
the pending answer say so, with progress; while a question waits for the
model, the bubble shows its place in the queue. Only verified units are
streamed, in their final form, so the final bubble holds the same text with
links and sources added: nothing jumps.

Accessibility (WCAG 2.2 AA, checked by axe in tests/test_a11y.py): one h1, the
adviser link in the same place in every state, contrast-safe colours, visible
focus rings, 24 px targets, no motion under prefers-reduced-motion. Gradio's
chat is role="log" and the page's one polite live region: A11Y_JS quiets
Gradio's other announcer ("Loading", "Complete"), drops the chat bubbles'
aria-label (it repeats the bubble's raw HTML) and hides streaming text from
screen readers (render.py marks it aria-hidden; Gradio's sanitizer drops that,
so the script puts it back before the accessibility tree is updated). Errors appear in the chat as
role="alert". The CSS and these scripts live in bot/web/ui_assets.py (re-exported here: CSS and JS_HEAD for
bot/web/server.py).

Hand-off and "Email me this": bot/web/handoff_form.py builds the forms and their handlers (shown only when the
settings turn them on; else "Talk to a careers adviser" stays today's link). ``ChatSession.bad`` records, per
answer, whether it was refused or thumbed down: after two in a row the page offers the hand-off.

Download: the page builds the transcript from its own state through bot.office.transcript (the function behind
/api/transcript), hands it to the browser in a hidden textbox, and SAVE_JS (ui_assets) saves it through a blob: link
and says so in the chat's live region. Nothing is written on the server. The thumbs are Gradio's own SVG icons ("Like",
"Dislike"); no control's face is an emoji.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import gradio as gr
from sqlalchemy.exc import SQLAlchemyError

from bot.errors import BadInput, CareerbotError
from bot.evidence.suggest import Suggester, for_outcome, make_suggester
from bot.office import branding
from bot.office.feedback import FeedbackRecord
from bot.office.handoffs import email_on, handoff_form_on
from bot.office.transcript import Exchange, transcript_filename, transcript_markdown
from bot.types import Citation, Outcome, QueueStatus, Turn
from bot.web import render
from bot.web.api import Deps
from bot.web.handoff_form import OFFER, HandoffParts, build_forms, offer_visible, wire_forms
from bot.web.service import check_message, history_json
from bot.web.ui_assets import CSS as CSS  # re-exported for bot/web/server.py
from bot.web.ui_assets import JS_HEAD as JS_HEAD
from bot.web.ui_assets import SAVE_JS, SUGGESTED_JS
from bot.web.warmup import status_line
from bot.web.widget import safe_url

log = logging.getLogger(__name__)

SUGGESTED = 3  # suggested-question buttons under an answer
CUT_OFF = "Sorry, this answer could not be finished. Please ask again."


@dataclass
class ChatSession:
    """One browser session's conversation. ``exchanges`` maps a bubble index to what feedback stores."""

    turns: list[Turn] = field(default_factory=list)
    display: list[dict[str, str]] = field(default_factory=list)
    exchanges: dict[int, dict[str, Any]] = field(default_factory=dict)
    pending_feedback: int | None = None
    bad: dict[int, bool] = field(default_factory=dict)  # bubble index -> refused or thumbed down (the hand-off offer)
    suggestions: list[str] = field(default_factory=list)  # the last answer's suggested next questions


def build_ui(deps: Deps) -> gr.Blocks:
    with gr.Blocks(title="careerbot", fill_height=True) as demo:
        brand = branding.current(deps.settings)  # the office's title, introduction and starters (refreshed per load)
        header = gr.Markdown(header_markdown(brand), elem_id="page-intro")
        form_on, mail_on = handoff_form_on(deps.settings), email_on(deps.settings)
        if form_on:
            open_handoff = gr.Button("Talk to an adviser", size="sm", elem_id="handoff-open")
        else:
            gr.HTML(render.handoff_block(deps.settings.handoff_url), elem_id="handoff-link")
        status = gr.Markdown(elem_id="model-status")
        chatbot = gr.Chatbot(
            elem_id="chat",
            label="careerbot",
            show_label=False,
            buttons=["copy", "copy_all"],
            height="60vh",
            min_height=280,
            feedback_options=("Like", "Dislike"),
            sanitize_html=True,
            placeholder="Ask a question, or pick one below.",
            group_consecutive_messages=False,
        )
        with gr.Row(elem_id="ask-row"):
            msg = gr.Textbox(
                label="Your question",
                show_label=False,
                placeholder="Type your question",
                scale=5,
                elem_id="msg",
                max_lines=4,
            )
            send = gr.Button("Send", variant="primary", scale=1, min_width=70, elem_id="send")
        with gr.Row(elem_id="starters"):
            starters = [
                gr.Button(q, size="sm", elem_classes=["starter"], visible=bool(q)) for q in starter_slots(brand)
            ]
        with gr.Column(visible=False, elem_id="suggestions") as suggest_box:
            gr.Markdown("You could also ask:", elem_id="suggestions-label")
            suggested = [gr.Button("", size="sm", visible=False, elem_classes=["suggestion"]) for _ in range(SUGGESTED)]
        with gr.Row(elem_id="chat-actions"):
            new_chat = gr.Button("New chat", size="sm", elem_id="new-chat")
            download = gr.Button("Download conversation", size="sm", elem_id="download")
            email_open = gr.Button("Email me this", size="sm", elem_id="email-open", visible=mail_on)
        with gr.Column(visible=False, elem_id="handoff-offer") as offer:
            gr.Markdown(OFFER)
            if form_on:
                offer_open = gr.Button("Talk to an adviser", size="sm", elem_id="handoff-offer-open")
            else:
                gr.HTML(render.handoff_block(deps.settings.handoff_url))
        forms = build_forms(deps, form_on, mail_on)
        transcript_file = gr.Textbox(visible=False, elem_id="transcript-file")
        with gr.Row(visible=False, elem_id="reason-row") as reason_row:
            reason = gr.Textbox(label="What was wrong? (optional)", elem_id="reason", scale=4)
            reason_send = gr.Button("Send feedback", scale=1, elem_id="reason-send")
        feedback_note = gr.Markdown(elem_id="feedback-note")
        session = gr.State(new_chat_session)
        timer = gr.Timer(1.0)
        wire_events(deps, locals())
    return demo


def wire_events(deps: Deps, c: dict[str, Any]) -> None:
    """Connect the page's components (``c``: build_ui's locals) to their handlers."""
    chat_out = [c["chatbot"], c["msg"], c["session"]]
    respond = make_respond(deps, deps.suggester or make_suggester(deps.runtime))
    shown = [c["suggest_box"], *c["suggested"]]

    def after(event: Any) -> None:  # after an answer: the hand-off offer, then the suggested questions
        event.then(offer_visible, [c["session"]], [c["offer"]]).then(show_suggestions, [c["session"]], shown).then(
            None, None, None, js=SUGGESTED_JS
        )

    for trigger in (c["msg"].submit, c["send"].click):
        after(trigger(hide_suggestions, None, shown).then(respond, [c["msg"], c["session"]], chat_out))
    for button in c["starters"]:
        after(button.click(hide_suggestions, None, shown).then(make_starter(respond), [button, c["session"]], chat_out))
    for i, button in enumerate(c["suggested"]):
        after(button.click(hide_suggestions, None, shown).then(make_suggested(respond, i), [c["session"]], chat_out))
    reset_out = [c["chatbot"], c["msg"], c["session"], c["reason_row"], c["feedback_note"]]
    c["new_chat"].click(new_session, None, reset_out).then(offer_visible, [c["session"]], [c["offer"]]).then(
        hide_suggestions, None, shown
    )
    c["chatbot"].clear(new_session, None, reset_out)
    c["download"].click(make_on_download(deps), [c["session"]], [c["transcript_file"], c["feedback_note"]]).then(
        None, [c["transcript_file"]], None, js=SAVE_JS
    )
    liked = c["chatbot"].like(
        make_on_like(deps), [c["session"]], [c["session"], c["reason_row"], c["feedback_note"], c["reason"]]
    )
    liked.then(offer_visible, [c["session"]], [c["offer"]])
    parts = HandoffParts(c.get("open_handoff"), c["email_open"], c.get("offer_open"))
    wire_forms(deps, c["forms"], parts, c["session"], c["chatbot"], page_exchanges)
    c["reason_send"].click(
        make_on_reason(deps), [c["reason"], c["session"]], [c["session"], c["reason_row"], c["feedback_note"]]
    )
    tick = make_tick(deps)
    # no progress overlay on the status line: it is the progress; Gradio's overlay (a grey timer, fading in) failed
    # axe's contrast check whenever a slow tick was still pending
    c["timer"].tick(tick, None, [c["status"], c["timer"]], show_progress="hidden")
    c["demo"].load(tick, None, [c["status"], c["timer"]], show_progress="hidden")
    # no progress overlay: Gradio greys a pending output, and the heading must keep its contrast while it refreshes
    c["demo"].load(lambda: on_load_branding(deps), None, [c["header"], *c["starters"]], show_progress="hidden")


def make_tick(deps: Deps):
    def tick() -> tuple[str, Any]:
        state = deps.warmup.state()
        return status_line(state), gr.Timer(active=not (state.ready or state.error))

    return tick


def show_suggestions(session: ChatSession) -> list[Any]:
    """The suggestions box and its buttons: the last answer's suggested questions, the box hidden when there are
    none."""
    questions = session.suggestions[:SUGGESTED]
    buttons = [gr.Button(q, visible=True) for q in questions]
    buttons += [gr.Button("", visible=False) for _ in range(SUGGESTED - len(questions))]
    return [gr.Column(visible=bool(questions)), *buttons]


def hide_suggestions() -> list[Any]:
    return [gr.Column(visible=False), *(gr.Button("", visible=False) for _ in range(SUGGESTED))]


def make_suggested(respond: Any, i: int):
    """Ask the ``i``-th suggested question of the last answer."""

    def suggested(session: ChatSession, request: gr.Request) -> Iterator[tuple[Any, str, ChatSession]]:
        if i < len(session.suggestions):
            yield from respond(session.suggestions[i], session, request)

    return suggested


def make_respond(deps: Deps, suggester: Suggester | None = None):
    def respond(message: str, session: ChatSession, request: gr.Request) -> Iterator[tuple[Any, str, ChatSession]]:
        try:
            question = check_message(message, deps.settings)
        except CareerbotError as exc:
            session.display.append({"role": "assistant", "content": render.render_error(str(exc))})
            yield session.display, message, session
            return
        session.display.append({"role": "user", "content": render.render_user(question)})
        session.display.append({"role": "assistant", "content": ""})
        verdict = deps.limiter.hit(request.client.host if request.client else None, request.session_hash)
        if not verdict.allowed:
            session.display[-1]["content"] = render.render_error(verdict.message)
            yield session.display, "", session
            return
        yield from stream_into(deps, question, session, suggester)

    return respond


def make_starter(respond: Any):
    """Ask the question a starter button shows (its text is the office's current starter)."""

    def starter(question: str, session: ChatSession, request: gr.Request) -> Iterator[tuple[Any, str, ChatSession]]:
        yield from respond(question, session, request)

    return starter


def header_markdown(brand: branding.Branding) -> str:
    """The page's heading and one-line introduction, the office's words escaped (no markup or links from them)."""

    def plain(text: str) -> str:
        return re.sub(r"([\\`*_{}\[\]()<>#+!|~-])", r"\\\1", text)

    return f"# {plain(brand.title)}\n{plain(brand.intro)}"


def starter_slots(brand: branding.Branding) -> list[str]:
    """The starters padded to a fixed number of buttons (empty ones hidden), so staff may change how many there are."""
    return [*brand.starters, *[""] * branding.MAX_STARTERS][: branding.MAX_STARTERS]


def on_load_branding(deps: Deps) -> list[Any]:
    brand = branding.current(deps.settings)
    return [header_markdown(brand), *[gr.update(value=q, visible=bool(q)) for q in starter_slots(brand)]]


def stream_into(
    deps: Deps, question: str, session: ChatSession, suggester: Suggester | None = None
) -> Iterator[tuple[Any, str, ChatSession]]:
    """Fill the last bubble: loading progress, then streamed tokens, then the final answer."""
    from bot.chain import stream_answer

    session.suggestions = []
    bubble = session.display[-1]
    while not (state := deps.warmup.state()).evidence:  # the documents answer first; the model may still load
        bubble["content"] = (render.render_error if state.error else render.render_note)(status_line(state))
        yield session.display, "", session
        if state.error:
            return
        deps.warmup.wait(0.5)
    bubble["content"] = render.render_streaming("")  # the question shows at once, its answer pending
    yield session.display, "", session
    streamed, final = "", None
    try:
        for piece in stream_answer(question, session.turns, deps.settings, runtime=deps.runtime):
            if isinstance(piece, Outcome):
                final = piece
            elif isinstance(piece, QueueStatus):
                if not streamed:
                    bubble["content"] = render.render_note(queue_line(piece))
                    yield session.display, "", session
            elif piece:
                streamed += piece
                bubble["content"] = render.render_streaming(streamed)
                yield session.display, "", session
    except CareerbotError as exc:
        bubble["content"] = render.render_error(str(exc))
        yield session.display, "", session
        return
    if final is None:
        log.error("stream_answer ended without its final Answer")
        bubble["content"] = render.render_error(CUT_OFF)
    else:
        session.suggestions = page_suggestions(suggester, question, session.turns, final)
        finish(deps, question, session, final)
    yield session.display, "", session


def page_suggestions(suggester: Suggester | None, question: str, turns: list[Turn], outcome: Outcome) -> list[str]:
    try:
        return for_outcome(suggester, question, outcome, turns).questions
    except CareerbotError as exc:
        log.warning("no suggestions: %s", exc)
        return []


def queue_line(status: QueueStatus) -> str:
    """What a student waiting for the model reads (the page and the widget say the same)."""
    ahead = "You are next" if status.position <= 1 else f"You are number {status.position} in the queue"
    return f"{ahead}: your answer should start in about {max(1, round(status.expected_wait))} s."


def finish(deps: Deps, question: str, session: ChatSession, answer: Outcome) -> None:
    index = len(session.display) - 1
    session.display[index]["content"] = render.render_answer(answer, f"m{index}", deps.settings.handoff_url)
    session.exchanges[index] = {
        "question": question,
        "history": history_json(session.turns),
        "answer": answer.to_json(),
    }
    session.turns = [*session.turns, Turn("user", question), Turn("assistant", answer.text)]
    session.bad[index] = answer.refused
    deps.store.questions.record(question, answer)  # redacted question + outcome, for /admin/insights


def new_session() -> tuple[list, str, ChatSession, Any, str]:
    return [], "", ChatSession(), gr.Row(visible=False), ""


def make_on_download(deps: Deps):
    def on_download(session: ChatSession) -> tuple[str, str]:
        """The transcript for SAVE_JS (JSON: name, text, said) and the note shown under the chat; an alert if empty."""
        made = date.today()
        try:
            text = transcript_markdown(page_exchanges(session), made, safe_url(deps.settings.handoff_url))
        except BadInput as exc:
            return "", render.render_error(str(exc))
        said = f"Saved the conversation as {transcript_filename(made)}."
        return json.dumps({"name": transcript_filename(made), "text": text, "said": said}), said

    return on_download


def page_exchanges(session: ChatSession) -> list[Exchange]:
    """The page's finished exchanges, in order, as the transcript reads them."""
    return [
        Exchange(e["question"], e["answer"]["answer"], tuple(Citation(**c) for c in e["answer"]["citations"]))
        for _, e in sorted(session.exchanges.items())
    ]


FEEDBACK_DOWN = "Sorry: the feedback store is unavailable right now, so this was not saved. Please try again later."


def make_on_like(deps: Deps):
    def on_like(session: ChatSession, data: gr.LikeData, request: gr.Request) -> tuple[ChatSession, Any, str, str]:
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        exchange = session.exchanges.get(int(index))
        if exchange is None or data.liked not in (True, False):
            return session, gr.Row(visible=False), "", ""
        verdict = "up" if data.liked is True else "down"
        session.bad[int(index)] = verdict == "down" or bool(exchange["answer"]["refused"])
        try:
            feedback_id = deps.store.add(record_for(exchange, verdict, session_id=request.session_hash))
        except SQLAlchemyError:  # database down: say so instead of a generic error
            return session, gr.Row(visible=False), FEEDBACK_DOWN, ""
        if verdict == "up":
            session.pending_feedback = None
            return session, gr.Row(visible=False), "Thanks for the feedback.", ""
        session.pending_feedback = feedback_id
        return (
            session,
            gr.Row(visible=True),
            "Thanks: we will look at this answer. You can say what was wrong below.",
            "",
        )

    return on_like


def make_on_reason(deps: Deps):
    def on_reason(reason: str, session: ChatSession) -> tuple[ChatSession, Any, str]:
        if session.pending_feedback is not None and reason.strip():
            try:
                deps.store.set_reason(session.pending_feedback, reason)
            except SQLAlchemyError:
                session.pending_feedback = None
                return session, gr.Row(visible=False), FEEDBACK_DOWN
        session.pending_feedback = None
        return session, gr.Row(visible=False), "Thanks: your note was saved with the answer."

    return on_reason


def record_for(exchange: dict[str, Any], verdict: str, session_id: str | None) -> FeedbackRecord:
    answer = exchange["answer"]
    return FeedbackRecord(
        verdict=verdict,  # type: ignore[arg-type]
        question=exchange["question"],
        history=exchange["history"],
        answer=answer["answer"],
        citations=answer["citations"],
        removed=answer["removed"],
        refused=answer["refused"],
        engine=answer.get("engine", ""),
        session_id=session_id,
    )


def new_chat_session() -> ChatSession:
    """Initial value of the per-browser-session state (called by Gradio once per page load)."""
    return ChatSession()
