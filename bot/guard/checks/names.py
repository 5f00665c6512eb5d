"""Names: a company, place, level, job title or source the cited passages do not name, and a figure that belongs
to a named row said as if it named nobody.

``entities`` catches a name moved in from elsewhere or made up: "Globex pays widget analysts $123,456 [1]" where
[1] is about Acme (and "invented: not in the corpus" when no document names Globex). The names a passage's document
is about (its region, the words of its title) count as named. ``unnamed_figure`` is the question's side of it:
"Median salary: $66,500 [1]" misleads as the answer to a question about senior analysts when $66,500 is Globex's row.

Example: with "- Senior: $92,000 average salary", "Senior analysts at Acme earn an average of $92,000 [1]" is
dropped ("name 'Acme' not in [1]").
"""

from __future__ import annotations

import re

from bot.guard.documents import is_documents_job, names_years_of_a_row, records_of
from bot.guard.passage import CitedLine, CitedPassage, Context, Sentence, in_spans, role_match, without_money
from bot.numbers import same_quantity
from bot.retrieval.lexicon import role_key
from bot.text import content_stems, mentions
from bot.titles import occupation_of

_NAMED_SUBJECT = re.compile(r"^(?:['’]s\b|\s+(?:pays?|paid|offers?|hires?|employs?|gives?)\b)", re.I)


def entities(s: Sentence, cited: list[CitedPassage], ctx: Context) -> list[str]:
    """Every name and job title of the sentence (outside its scope clauses) is in the cited passages."""
    lex = ctx.lex
    reasons = []
    cited_text = "\n".join(p.text for p in cited)
    cited_roles = [k for p in cited for line in p.lines for k in line.roles]
    for e in lex.find(without_money(s.text)):
        if in_spans(e.start, s.scope_spans) or _scope_name(e.name, cited, ctx):
            continue
        surface = s.text[e.start : e.end]
        if e.kind == "role":
            if any(mentions(cited_text, f) for f in lex.forms(surface)) or role_match(role_key(surface), cited_roles):
                continue
            if is_documents_job(surface, cited):  # "UK nurse", "trainee teacher": the document's own job
                continue
            kind = "job title"
        else:
            if any(mentions(cited_text, f) for f in lex.forms(surface) + lex.forms(e.name)):
                continue
            if names_years_of_a_row(surface, [r for p in cited for r in records_of(p, ctx)]):  # in "5 to 9 years"
                continue
            if e.start == 0:
                rest = surface.split(" ", 1)[1] if " " in surface else ""
                # a sentence's capitalised first word ("Go on to ...", "Two figures ..."), unless it pays or owns
                if not rest and not (not e.known and _NAMED_SUBJECT.match(s.text[e.end :])):
                    continue
                if rest and any(mentions(cited_text, f) for f in lex.forms(rest)):
                    continue  # "Learn Cobol"
            kind = "name"
        invented = "" if e.known else " (invented: not in the corpus)"
        reasons.append(f"{kind} '{surface}' not in {ctx.where}{invented}")
    return reasons


def _scope_name(name: str, cited: list[CitedPassage], ctx: Context) -> bool:
    """Names the cited passages' documents are about: the region ("US") and the words of the title."""
    low = name.lower().strip()
    headings = [line.heading for p in cited for line in p.lines[:1]]
    for doc in ctx.lex.documents_of(headings):
        if doc.region and low in _region_forms(doc.region):
            return True
        if doc.title and mentions(doc.title, name):
            return True
    # the job careerbot reads from a document's title ("Accountant" of "... Accountancy in Singapore"), written in a
    # composed answer's scope (section names repeat across documents, so any document's)
    return any(low == occupation_of(doc.title).lower() for doc in ctx.lex.documents if doc.title)


def _region_forms(region: str) -> set[str]:
    """A region's usual spellings (language: "US" is "the United States")."""
    low = region.lower().strip()
    same = (
        {"us", "u.s.", "usa", "united states", "america", "the us"},
        {"uk", "u.k.", "united kingdom", "britain", "great britain"},
    )
    return next((group for group in same if low in group), {low})


# --- whose figure -------------------------------------------------------------


def unnamed_figure(s: Sentence, cited: list[CitedPassage], said: frozenset[str]) -> str:
    """Why ``s`` misleads: it names nobody, and a money or percent figure it gives belongs, in ``cited``, only to
    named lines none of whose naming words are in ``said`` (the question's and the unit's content stems). ""
    when nothing is wrong."""
    if any(a.group == "name" for a in s.anchors):
        return ""
    for q in s.numbers:
        if q.kind not in ("money", "percent"):
            continue
        owners = [line for p in cited for line in p.lines if any(same_quantity(q, n) for n in line.numbers)]
        if owners and all(line.names for line in owners) and not any(_named(line) & said for line in owners):
            owner = _naming_part(owners[0])
            return f"{q.text} is the figure for '{owner}' in the passages, and the sentence does not say so"
    return ""


def _naming_part(line: CitedLine) -> str:
    """What names a line: its label with every naming cell of a table row ("0 to 2 years (Experience), Junior Data
    Analyst (Typical title)"), else the names in it."""
    head = line.text.split(": ", 1)[0] if line.label else ""
    return head if head and len(head) < 120 else ", ".join(sorted(line.names))


def _named(line: CitedLine) -> frozenset[str]:
    """The words of a line's naming part without its cells' headers ("Quebec", not "Province")."""
    return frozenset(content_stems(re.sub(r"\s*\([^()]*\)", "", _naming_part(line))))
