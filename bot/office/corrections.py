"""Office corrections that stick: staff notes, written from the insights page, kept as documents of the corpus.

Owns the staff note: what staff write (the question, the right answer, the sections it rests on), its file and the
questions a note now answers. A note is a Markdown document of the office's own in the managed corpus folder,
``office-note-<slug>.md``, with front matter (title "Careers office note: <question>", author, date, source "careers
office staff note", the question and the sections it rests on) and one section headed by the question. It goes in,
is replaced and is withdrawn through bot/office/documents.py (``DocumentOffice.add`` / ``delete``, checked like any
upload, audited, then a re-index in the background), so it is retrieved, cited and verified like any other document.

``Corrections.answering`` tells which questions a note now answers: each question is asked of the live index with
the extractive composition (retrieval, the scope check, the quoted answer: the chain's own fallback, so a model
engine answers at least that) and marked with the note whose passage the quoted answer cites. Verdicts are cached
per index version (a new version clears them).

Shortcuts: notes live flat in the corpus folder (DocumentOffice takes plain file names), so they are listed on the
documents page too; one note per question (a second one for the same question is refused: edit the first).
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from bot.errors import BadInput, CareerbotError, Unreadable
from bot.evidence.quotes import compose, ranked
from bot.retrieval.scope import assess
from bot.text import split_front_matter

PREFIX = "office-note-"
SOURCE = "careers office staff note"
TITLE = "Careers office note: "
MAX_QUESTION_CHARS = 300
MAX_NOTE_CHARS = 4000
MAX_RESTS_ON = 10
SLUG_WORDS = 8


class NoteProblem(BadInput):
    """A note staff cannot save as written: ``field`` names the form field to fix, ``status`` the HTTP status."""

    def __init__(self, message: str, field: str = "", status: int = 400) -> None:
        super().__init__(message)
        self.field, self.status = field, status


@dataclass(frozen=True)
class Note:
    """One staff note as stored: ``name`` is its file in the corpus folder."""

    name: str
    question: str
    answer: str
    author: str
    date: str
    rests_on: list[str] = field(default_factory=list)

    @property
    def slug(self) -> str:
        return self.name.removeprefix(PREFIX).removesuffix(".md")

    @property
    def title(self) -> str:
        return TITLE + self.question

    def to_json(self) -> dict[str, Any]:
        return asdict(self) | {"slug": self.slug, "title": self.title}

    def markdown(self) -> str:
        """The note's document: YAML front matter (safely quoted), then one section headed by the question."""
        meta = {
            "title": self.title,
            "author": self.author,
            "date": self.date,
            "source": SOURCE,
            "question": self.question,
            "rests_on": list(self.rests_on),
        }
        front = yaml.safe_dump(meta, sort_keys=False, allow_unicode=True, width=1_000_000)
        return f"---\n{front}---\n\n## {self.question}\n\n{self.answer}\n"


def one_line(text: str) -> str:
    return " ".join((text or "").split())


def slug_for(question: str) -> str:
    """A readable, stable file slug: the question's first words and a short hash of the whole question."""
    words = re.findall(r"[a-z0-9]+", question.lower())[:SLUG_WORDS]
    digest = hashlib.sha256(one_line(question).lower().encode()).hexdigest()[:6]
    return "-".join([*words, digest])


def author_of(who: str) -> str:
    """The note's author from the audit log's "who": the person's name, without how they signed in."""
    name = re.sub(r"\s*\((admin token|sign-on)\)$", "", (who or "").strip())
    return name if name and name != "admin token" else "careers office staff"


def check_question(question: str) -> str:
    question = one_line(question)
    if not question:
        raise NoteProblem("Write the question the note answers (copy it from the list, or type it).", "question")
    if len(question) > MAX_QUESTION_CHARS:
        raise NoteProblem(
            f"The question is {len(question):,} characters; keep it under {MAX_QUESTION_CHARS} "
            "(one question, as a student would ask it).",
            "question",
        )
    return question


def check_answer(answer: str) -> str:
    answer = (answer or "").replace("\r\n", "\n").strip()
    if not answer:
        raise NoteProblem("The note is empty: write the right answer in a few sentences.", "answer")
    if len(answer) > MAX_NOTE_CHARS:
        raise NoteProblem(
            f"The note is {len(answer):,} characters, over the {MAX_NOTE_CHARS:,} limit: keep it to a "
            "few sentences, and upload longer guidance as a document on /admin/documents.",
            "answer",
        )
    return answer


def check_rests_on(rests_on: Sequence[str], sections: Iterable[str]) -> list[str]:
    """The cited sections, each one that exists in the live documents (a heading path, or its start)."""
    cited = list(dict.fromkeys(s for s in (one_line(x) for x in rests_on) if s))
    if len(cited) > MAX_RESTS_ON:
        raise NoteProblem(f"The note cites {len(cited)} sections; cite at most {MAX_RESTS_ON}.", "rests_on")
    known = set(sections)
    for section in cited:
        if not any(k == section or k.startswith(section + " > ") for k in known):
            raise NoteProblem(
                f"No section called {section!r} in the live documents: copy a section's name as "
                'careerbot shows it under an answer (the part in quotes after "From ...").',
                "rests_on",
            )
    return cited


def parse(name: str, text: str) -> Note:
    """A note file back into a Note; raises Unreadable when it is not one."""
    meta_text = re.match(r"\A---\s*\n(.*?)\n---\s*\n", text, re.S)
    _, body = split_front_matter(text)
    meta = yaml.safe_load(meta_text.group(1)) if meta_text else None
    if not isinstance(meta, dict) or meta.get("source") != SOURCE:
        raise Unreadable(f"{name} is not a careers office staff note")
    question = str(meta.get("question") or "")
    answer = body.strip().removeprefix(f"## {question}").strip()
    return Note(
        name=name,
        question=question,
        answer=answer,
        author=str(meta.get("author") or ""),
        date=str(meta.get("date") or ""),
        rests_on=[str(s) for s in meta.get("rests_on") or []],
    )


def note_slug(source: str) -> str | None:
    """The slug of the note a chunk's ``source`` names ("corpus/office-note-x.md" -> "x"), else None."""
    name = Path(source).name
    return name.removeprefix(PREFIX).removesuffix(".md") if name.startswith(PREFIX) and name.endswith(".md") else None


@dataclass
class Corrections:
    """The staff notes of one careerbot over its DocumentOffice (``office``) and live index (``retriever``: needs
    ``search``, ``chunks`` and ``version``; ``lexicon``: a callable giving the current lexicon)."""

    office: Any  # bot.office.documents.DocumentOffice
    retriever: Any = None
    lexicon: Callable[[], Any] | None = None
    today: Callable[[], str] = field(default=lambda: datetime.now(UTC).date().isoformat())

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._version: str | None = None
        self._verdicts: dict[str, str | None] = {}

    # --- the notes ------------------------------------------------------------------------------------------------

    def notes(self) -> list[Note]:
        """Every staff note in the corpus folder, newest first."""
        out = []
        for path in self.office.folder.glob(f"{PREFIX}*.md"):
            try:
                out.append(parse(path.name, path.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError, yaml.YAMLError, Unreadable):
                continue
        return sorted(out, key=lambda n: (n.date, n.name), reverse=True)

    def find(self, slug: str) -> Note:
        note = next((n for n in self.notes() if n.slug == slug), None)
        if note is None:
            raise NoteProblem(f"There is no staff note {slug!r}: it may have been withdrawn.", status=404)
        return note

    def _sections(self) -> set[str]:
        if self.retriever is None:
            return set()
        return {c.section for c in self.retriever.chunks() if c.section and note_slug(c.source) is None}

    def _save(self, note: Note, who: str) -> Note:
        self.office.add(note.name, note.markdown().encode("utf-8"), who)
        self.office.start_reindex()
        return note

    def create(self, question: str, answer: str, who: str, rests_on: Sequence[str] = ()) -> Note:
        """Write a new note and start the re-index that makes it live."""
        question, answer = check_question(question), check_answer(answer)
        cited = check_rests_on(rests_on, self._sections()) if rests_on else []
        same = next((n for n in self.notes() if n.question.lower() == question.lower()), None)
        if same is not None:
            raise NoteProblem(
                f"There is already a staff note for this question ({same.slug}); edit it instead.", "question", 409
            )
        note = Note(
            name=f"{PREFIX}{slug_for(question)}.md",
            question=question,
            answer=answer,
            author=author_of(who),
            date=self.today(),
            rests_on=cited,
        )
        return self._save(note, who)

    def edit(self, slug: str, answer: str, who: str, rests_on: Sequence[str] = ()) -> Note:
        """Replace a note's answer (and what it rests on); its author becomes the editor, its date today."""
        old = self.find(slug)
        answer = check_answer(answer)
        cited = check_rests_on(rests_on, self._sections()) if rests_on else []
        note = Note(
            name=old.name,
            question=old.question,
            answer=answer,
            author=author_of(who),
            date=self.today(),
            rests_on=cited,
        )
        return self._save(note, who)

    def withdraw(self, slug: str, who: str) -> Note:
        """Remove a note from the corpus and start the re-index that takes it out of the answers."""
        note = self.find(slug)
        self.office.delete(note.name, who)
        self.office.start_reindex()
        return note

    # --- which questions a note answers ---------------------------------------------------------------------------

    def answering(self, questions: Iterable[str]) -> dict[str, str]:
        """{question: slug of the note its answer now cites} for the questions a live note answers."""
        if self.retriever is None or self.lexicon is None:
            return {}
        try:
            version = str(self.retriever.version)
            lex = self.lexicon()
        except CareerbotError:
            return {}
        with self._lock:
            if version != self._version:
                self._version, self._verdicts = version, {}
            for question in dict.fromkeys(q for q in questions if q.strip()):
                if question not in self._verdicts:
                    self._verdicts[question] = self._cited_note(question, lex)
            return {q: slug for q, slug in self._verdicts.items() if slug is not None}

    def _cited_note(self, question: str, lex: Any) -> str | None:
        passages = self.retriever.search(question)
        if assess(question, bool(passages), lex).kind != "answer" or not compose(question, passages):
            return None
        cited = (note_slug(passages[line.n - 1].source) for line in ranked(question, passages))
        return next((slug for slug in cited if slug is not None), None)
