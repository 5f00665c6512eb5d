"""Staff notes from the insights page: the JSON API under /admin/notes and the note form on /admin/insights.

Owns the routes and the HTML the insights page gains (bot/office/insights_html.py's ``mark``/``extra``/``head``);
bot/office/corrections.py does the work. Every route is behind the admin door (bot/web/admin.py) and answers 401 (or
429) before it reads the body; the body is read up to ``MAX_BODY`` bytes, so a huge note gets a clear 413. The API is
in the OpenAPI schema (tag "corrections"). Everything staff or students typed is escaped where it is shown (here with
``html.escape``; the page's script sets ``textContent`` only).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, ValidationError

from bot.config import Settings
from bot.errors import CareerbotError
from bot.office.corrections import MAX_NOTE_CHARS, Corrections, Note, NoteProblem
from bot.web.admin import NO_STORE, make_door, who

SCRIPT = Path(__file__).resolve().parent / "static" / "corrections.js"
MAX_BODY = 64 * 1024
MAX_MARKED = 300  # questions checked for a note's answer, at most, per listing
MAX_DOWN = 20  # thumbs-down questions listed on the insights page
REFUSED: dict[int | str, dict[str, Any]] = {
    401: {"description": "No admin token, or a wrong one"},
    429: {"description": "Too many failed sign-ins; wait"},
}


class NoteIn(BaseModel):
    """A new staff note: the question it answers, the right answer, and the sections it rests on (optional)."""

    question: str = Field(description="The question, as a student asked it (at most 300 characters).")
    answer: str = Field(description=f"The right answer, a few sentences (at most {MAX_NOTE_CHARS:,} characters).")
    rests_on: list[str] = Field(
        default_factory=list,
        description="Sections of the live documents it rests on, as "
        'careerbot names them under an answer (e.g. "Salary Ranges (US Market, 2024)").',
    )


class NoteEdit(BaseModel):
    """A note's new answer (and the sections it rests on)."""

    answer: str = Field(description=f"The right answer, a few sentences (at most {MAX_NOTE_CHARS:,} characters).")
    rests_on: list[str] = Field(default_factory=list, description="Sections of the live documents it rests on.")


def _body(model: type[BaseModel]) -> dict[str, Any]:
    return {"requestBody": {"required": True, "content": {"application/json": {"schema": model.model_json_schema()}}}}


def _error(message: str, status: int = 400, field: str = "") -> JSONResponse:
    return JSONResponse({"error": message, "field": field}, status_code=status, headers=NO_STORE)


async def _read(request: Request, model: type[BaseModel]) -> BaseModel:
    """The JSON body as ``model``, read up to MAX_BODY bytes; NoteProblem with a message a person can act on."""
    data = b""
    async for chunk in request.stream():
        data += chunk
        if len(data) > MAX_BODY:
            raise NoteProblem(
                f"The note is over {MAX_BODY // 1024} KB, far over the {MAX_NOTE_CHARS:,}-character "
                "limit: keep it to a few sentences.",
                "answer",
                413,
            )
    try:
        return model.model_validate(json.loads(data or b"null"))
    except (ValueError, ValidationError):
        fields = ", ".join(model.model_fields)
        raise NoteProblem(f"Send a JSON object with {fields} (strings; rests_on a list of strings).") from None


def refused_questions(store: Any, limit: int = MAX_MARKED) -> list[str]:
    """The newest distinct questions careerbot refused, then the newest thumbs-down ones (the insights page's)."""
    refused = [e.question for e in reversed(store.questions.entries()) if e.refused]
    return list(dict.fromkeys([*refused, *down_questions(store)]))[:limit]


def down_questions(store: Any, limit: int = MAX_DOWN) -> list[str]:
    records = sorted(store.records("down"), key=lambda r: r.id or 0, reverse=True)
    return list(dict.fromkeys(r.question.strip() for r in records if r.question.strip()))[:limit]


def notes_json(corrections: Corrections, store: Any) -> dict[str, Any]:
    answered = corrections.answering(refused_questions(store))
    status = {d["name"]: d["status"] for d in corrections.office.listing()}
    notes = [
        n.to_json()
        | {"status": status.get(n.name, "queued"), "answers": [q for q, slug in answered.items() if slug == n.slug]}
        for n in corrections.notes()
    ]
    return {"notes": notes, "job": corrections.office.job.to_json()}


def make_corrections_router(settings: Settings, corrections: Corrections, store: Any) -> APIRouter | None:
    """The staff-note routes, or None without an admin door (then they do not exist, like /admin/insights)."""
    door = make_door(settings)
    if door is None:
        return None
    router = APIRouter(tags=["corrections"], responses=REFUSED)

    def done(note: Note, status: int = 200) -> JSONResponse:
        return JSONResponse(
            {"note": note.to_json(), "job": corrections.office.job.to_json()}, status_code=status, headers=NO_STORE
        )

    def failed(exc: CareerbotError) -> JSONResponse:
        if isinstance(exc, NoteProblem):
            return _error(str(exc), exc.status, exc.field)
        return _error(str(exc))

    @router.get("/admin/corrections.js", include_in_schema=False)
    def script(request: Request) -> Response:
        refused = door(request)
        return refused or Response(SCRIPT.read_text(encoding="utf-8"), media_type="text/javascript", headers=NO_STORE)

    @router.get("/admin/notes", summary="Staff notes, each with its status and the refused questions it now answers")
    def listing(request: Request) -> Response:
        return door(request) or JSONResponse(notes_json(corrections, store), headers=NO_STORE)

    @router.post(
        "/admin/notes",
        summary="Write a staff note answering a question; it joins the documents (re-index)",
        status_code=201,
        openapi_extra=_body(NoteIn),
    )
    async def create(request: Request) -> Response:
        if refused := door(request):
            return refused
        try:
            body = await _read(request, NoteIn)
            assert isinstance(body, NoteIn)
            return done(corrections.create(body.question, body.answer, who(request), body.rests_on), 201)
        except CareerbotError as exc:
            return failed(exc)

    @router.put("/admin/notes/{slug}", summary="Edit a staff note's answer; re-index", openapi_extra=_body(NoteEdit))
    async def edit(request: Request, slug: str) -> Response:
        if refused := door(request):
            return refused
        try:
            body = await _read(request, NoteEdit)
            assert isinstance(body, NoteEdit)
            return done(corrections.edit(slug, body.answer, who(request), body.rests_on))
        except CareerbotError as exc:
            return failed(exc)

    @router.delete("/admin/notes/{slug}", summary="Withdraw a staff note: it leaves the documents (re-index)")
    def withdraw(request: Request, slug: str) -> Response:
        if refused := door(request):
            return refused
        try:
            return done(corrections.withdraw(slug, who(request)))
        except CareerbotError as exc:
            return failed(exc)

    return router


# --- the insights page's part ----------------------------------------------------------------------------------------

CSS = """
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
button,input,textarea{font:inherit} label{display:block;font-weight:600;margin-top:.8rem}
input[type=text],textarea{width:100%;box-sizing:border-box;border:1px solid #555;border-radius:4px;padding:.35rem}
button{padding:.3rem .7rem;border:1px solid #1f4e9a;background:#1f4e9a;color:#fff;border-radius:4px;cursor:pointer}
button.secondary,button.write-note{background:#fff;color:#1f4e9a} button.write-note{margin-left:.4rem;padding:0 .4rem}
:focus-visible{outline:3px solid #8a4b00;outline-offset:2px} [aria-invalid=true]{border-color:#8a2b2b;border-width:2px}
.noted{color:#1b6e3a;font-weight:600;margin-left:.4rem} .hint{color:#444;margin:.1rem 0}
.note-text{white-space:pre-wrap}
#note-status{font-weight:600;min-height:1.5em}
"""


def page_parts(corrections: Corrections, store: Any) -> Callable[[Any], dict[str, Any]]:
    """For the insights route: ``mark``, ``extra`` and ``head``, to render the page with (insights_html.render)."""

    def parts(insights: Any) -> dict[str, Any]:
        listed = [e for g in insights.unanswered_groups for e in g.examples]
        down = down_questions(store)
        answered = corrections.answering([*listed, *down][:MAX_MARKED])
        notes = corrections.notes()
        titles = {n.slug: n.title for n in notes}
        mark = _marker(answered, titles)
        return {
            "mark": mark,
            "extra": _section(down, notes, mark),
            "head": f"<style>{CSS}</style><script src=/admin/corrections.js defer></script>",
        }

    return parts


def _marker(answered: dict[str, str], titles: dict[str, str]) -> Callable[[str], str]:
    def mark(question: str) -> str:
        out = ""
        slug = answered.get(question)
        if slug is not None and slug in titles:
            out = f' <a class=noted href="#note-{escape(slug)}">answered by {escape(titles[slug])}</a>'
        return (
            out + f'<button type=button class=write-note data-question="{escape(question)}">Write a note'
            f"<span class=visually-hidden> answering: {escape(question)}</span></button>"
        )

    return mark


def _section(down: list[str], notes: list[Note], mark: Callable[[str], str]) -> str:
    downs = "".join(f"<li>{escape(q)}{mark(q)}</li>" for q in down) or "<li>No thumbs-down answers in this period.</li>"
    return (
        "<section aria-labelledby=notes-h><h2 id=notes-h>Correct an answer with a staff note</h2>"
        "<p>Write the right answer to a question careerbot refused or a student marked down. The note becomes a "
        "document of the office's own (\u201cCareers office note: \u2026\u201d, with your name and the date), checked "
        "and cited like any other, and answers the same and similar questions once the re-index has finished "
        "(about a minute).</p>"
        f"<h3>Answers students marked down</h3><ul>{downs}</ul>" + _form() + _notes_table(notes) + "</section>"
    )


def _form() -> str:
    return (
        "<h3 id=note-form-h>Write or edit a note</h3>"
        "<noscript><p>The form needs JavaScript; the JSON API under /admin/notes does the same.</p></noscript>"
        "<form id=note-form aria-labelledby=note-form-h novalidate><input type=hidden id=note-slug value=''>"
        "<label for=note-question>Question the note answers</label>"
        "<p class=hint id=note-question-hint>As a student would ask it; \u201cWrite a note\u201d beside a question "
        "above copies it here.</p>"
        "<input type=text id=note-question name=question autocomplete=off aria-describedby=note-question-hint>"
        "<label for=note-answer>The right answer</label>"
        f"<p class=hint id=note-answer-hint>A few sentences, at most {MAX_NOTE_CHARS:,} characters. Students see it "
        "quoted and cited as a careers office note.</p>"
        "<textarea id=note-answer name=answer rows=5 aria-describedby=note-answer-hint></textarea>"
        "<label for=note-rests>Sections it rests on (optional)</label>"
        "<p class=hint id=note-rests-hint>One per line, as careerbot names them under an answer, e.g. "
        "Salary Ranges (US Market, 2024).</p>"
        "<textarea id=note-rests name=rests_on rows=2 aria-describedby=note-rests-hint></textarea>"
        "<p><button type=submit id=note-save>Save note</button> "
        "<button type=button id=note-new class=secondary>Start a new note</button></p></form>"
        "<p id=note-status role=status aria-live=polite aria-atomic=true></p>"
    )


def _notes_table(notes: list[Note]) -> str:
    if not notes:
        return "<h3>Staff notes</h3><p>No staff notes yet.</p>"
    rows = "".join(
        f"<tr id=note-{escape(n.slug)}><td>{escape(n.question)}</td><td class=note-text>{escape(n.answer)}</td>"
        f"<td>{escape(n.author)}<br>{escape(n.date)}</td><td>{escape('; '.join(n.rests_on)) or '–'}</td>"
        f'<td><button type=button class=secondary data-edit="{escape(n.slug)}" '
        f'data-question="{escape(n.question)}" '
        f'data-answer="{escape(n.answer)}" data-rests="{escape(chr(10).join(n.rests_on))}">Edit'
        f"<span class=visually-hidden> the note answering: {escape(n.question)}</span></button> "
        f'<button type=button class=secondary data-withdraw="{escape(n.slug)}">Withdraw'
        f"<span class=visually-hidden> the note answering: {escape(n.question)}</span></button></td></tr>"
        for n in notes
    )
    return (
        "<h3>Staff notes</h3><table><caption class=visually-hidden>Staff notes in the documents</caption>"
        "<thead><tr><th scope=col>question</th><th scope=col>answer</th><th scope=col>by, on</th>"
        f"<th scope=col>rests on</th><th scope=col>actions</th></tr></thead><tbody>{rows}</tbody></table>"
    )
