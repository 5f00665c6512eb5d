"""What a document's title says its job is ("Registered Nurse" of "Registered Nurse: Career Guide"), read by the
tables' profiles (bot/tables.py) and the guard's documents (bot/guard/documents.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.text import job_phrases
from bot.vocabulary import COUNTRY_ALTERNATION, FIELD_JOBS, TITLE_FRAME, TITLE_QUESTION


@lru_cache(maxsize=1024)
def occupation_of(title: str) -> str:
    """The job a document's title names: "Registered Nurse" of "Registered Nurse: Career Guide", "Civil Engineer" of
    "Civil Engineer in Ireland: Career Guide 2024", "Police Constable" of "Becoming a Police Constable in Scotland",
    "Dental Hygienist" of "Dental Hygienist Salary Guide | Careers", "airline pilot" of "Flying for a living: airline
    pilot careers in Europe", "Physiotherapist" of "Physiotherapy Careers in Australia" (a field names its job),
    "Graduate Schemes" of "Graduate Schemes: A Guide for Final-Year Students"."""
    title = re.split(r"\s+[|·]\s+", title.strip())[0]  # "Page | Site": the site's name is not the subject
    parts = [p.strip() for p in re.split(r":|\s+[–—-]\s+", title) if p.strip()] or [title.strip()]
    cleaned = [_bare_subject(p) for p in parts]
    for part in cleaned:  # the first part that names a job ("Flying for a living: airline pilot careers")
        jobs = [j for j, _, end in job_phrases(part) if not part[end:].strip()]
        if jobs:
            return jobs[0]
    for part in cleaned:  # a field names its job ("Counting on a Career: Accountancy in Singapore")
        if part.lower() in FIELD_JOBS:
            return FIELD_JOBS[part.lower()]
    return cleaned[0]


def _bare_subject(part: str) -> str:
    """A title's part without what only frames it: "Becoming a", a place, a year, "salaries", "career guide"."""
    if asked := TITLE_QUESTION.match(part.strip()):
        part = asked.group("job")  # "What Do Vet Nurses Earn in 2025?": vet nurses
    head = re.sub(r"\s*\(.*?\)\s*", " ", part).strip()
    head = re.sub(
        r"^(?:becoming|how to become|working (?:as|in)|careers? (?:as|in)|jobs? in)\s+(?:an?\s+|the\s+)?",
        "",
        head,
        flags=re.I,
    )
    head = re.sub(r"\s+in\s+(?:the\s+)?[A-Z][\w ]*(?:,?\s*\d{4}.*)?$", "", head).strip()
    head = re.sub(r"\s+\d{4}(?:[/-]\d{2,4})?$", "", head)  # a file name's year: "qs uae 2024"
    head = re.sub(rf"\s+(?:{COUNTRY_ALTERNATION})$", "", head, flags=re.I).strip()  # a file name: "paramedic nz"
    while True:
        bare = TITLE_FRAME.sub("", head).strip()
        if bare == head or not bare:
            return head
        head = bare
