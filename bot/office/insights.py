"""What students ask, for the careers office: figures from the question log and the feedback store.

Owns the numbers behind ``python -m eval insights`` and ``/admin/insights``
(both render them with bot/office/insights_html.py):

- unanswered questions (refused: not covered, or about a place, year or
  company the documents do not describe), grouped by meaning: the embedder's
  vectors, agglomerative clustering on cosine distance (scikit-learn), each
  group with a count, its most central question as label, and examples;
- the top topics, counted by cited section;
- the answered / refused / fallback shares per day;
- the thumbs-up rate; the share of questions asked after hours (outside
  Monday-Friday 09:00-17:00 in the office's time zone).

Inputs are plain values (QuestionEntry, FeedbackRecord), so everything here
but the embedding is a pure function. Shortcut: groups are recomputed on each
call (no cache); at most ``MAX_GROUPED`` of the newest unanswered questions
are grouped.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot.office.feedback import FeedbackRecord
from bot.office.questionlog import QuestionEntry

# Cosine distance under which two groups (average linkage) merge: paraphrases join, neighbouring topics stay apart.
GROUP_DISTANCE = 0.5
MAX_GROUPED = 2000
MAX_EXAMPLES = 5
TOP_SECTIONS = 10
OFFICE_HOURS = (9, 17)  # local time, Monday to Friday
Embed = Callable[[list[str]], list[list[float]]]


@dataclass
class Group:
    label: str
    count: int
    examples: list[str]


@dataclass
class DayShares:
    day: str
    questions: int
    answered: float
    refused: float
    fallback: float


@dataclass
class Insights:
    generated_at: str
    period: dict[str, str | None]
    totals: dict[str, int]
    unanswered_groups: list[Group] = field(default_factory=list)
    top_sections: list[dict[str, int | str]] = field(default_factory=list)
    outcomes_by_day: list[DayShares] = field(default_factory=list)
    feedback: dict[str, float | int | None] = field(default_factory=dict)
    after_hours: dict[str, float | int | str | None] = field(default_factory=dict)
    by_hour: list[int] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)


def group_questions(questions: Sequence[str], embed: Embed) -> list[Group]:
    """Questions grouped by meaning, biggest group first; ``embed`` returns L2-normalised vectors."""
    import numpy as np

    if not questions:
        return []
    counts = Counter(q.strip() for q in questions if q.strip())
    distinct = sorted(counts)
    vectors = np.asarray(embed(distinct), dtype=float)
    labels = _cluster(vectors)
    groups: list[Group] = []
    for label in sorted(set(labels)):
        members = [i for i, lab in enumerate(labels) if lab == label]
        centre = vectors[members].mean(axis=0)
        ranked = sorted(members, key=lambda i: (-float(vectors[i] @ centre), -counts[distinct[i]], distinct[i]))
        examples = [distinct[i] for i in ranked]
        groups.append(
            Group(label=examples[0], count=sum(counts[distinct[i]] for i in members), examples=examples[:MAX_EXAMPLES])
        )
    return sorted(groups, key=lambda g: (-g.count, g.label))


def _cluster(vectors) -> list[int]:
    if len(vectors) == 1:
        return [0]
    from sklearn.cluster import AgglomerativeClustering

    model = AgglomerativeClustering(
        n_clusters=None, metric="cosine", linkage="average", distance_threshold=GROUP_DISTANCE
    )
    return [int(x) for x in model.fit_predict(vectors)]


def top_sections(entries: Sequence[QuestionEntry], n: int = TOP_SECTIONS) -> list[dict[str, int | str]]:
    counts = Counter(section for e in entries if not e.refused for section in e.sections)
    return [{"section": s, "count": c} for s, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]]


def outcomes_by_day(entries: Sequence[QuestionEntry], tz: ZoneInfo) -> list[DayShares]:
    days: dict[str, Counter] = defaultdict(Counter)
    for e in entries:
        if e.created_at is not None:
            days[e.created_at.astimezone(tz).date().isoformat()][e.outcome] += 1
    out = []
    for day in sorted(days):
        c, total = days[day], sum(days[day].values())
        out.append(DayShares(day, total, c["answered"] / total, c["refused"] / total, c["fallback"] / total))
    return out


def is_after_hours(moment: datetime, tz: ZoneInfo) -> bool:
    local = moment.astimezone(tz)
    return local.weekday() >= 5 or not OFFICE_HOURS[0] <= local.hour < OFFICE_HOURS[1]


def after_hours(entries: Sequence[QuestionEntry], tz: ZoneInfo) -> dict[str, float | int | str | None]:
    timed = [e.created_at for e in entries if e.created_at is not None]
    late = sum(is_after_hours(t, tz) for t in timed)
    return {
        "share": late / len(timed) if timed else None,
        "count": late,
        "of": len(timed),
        "timezone": str(tz),
        "office_hours": f"Monday-Friday {OFFICE_HOURS[0]:02d}:00-{OFFICE_HOURS[1]:02d}:00",
    }


def feedback_rate(records: Sequence[FeedbackRecord]) -> dict[str, float | int | None]:
    up = sum(r.verdict == "up" for r in records)
    down = sum(r.verdict == "down" for r in records)
    return {"up": up, "down": down, "thumbs_up_rate": up / (up + down) if up + down else None}


def build(
    entries: Sequence[QuestionEntry], feedback: Sequence[FeedbackRecord], embed: Embed, timezone: str = "UTC"
) -> Insights:
    """Every figure of the insights page from the log and the votes."""
    tz = ZoneInfo(timezone)
    outcomes = Counter(e.outcome for e in entries)
    times = sorted(e.created_at for e in entries if e.created_at is not None)
    unanswered = [e.question for e in entries if e.refused][-MAX_GROUPED:]
    hours = [0] * 24
    for t in times:
        hours[t.astimezone(tz).hour] += 1
    return Insights(
        generated_at=datetime.now(UTC).isoformat(timespec="seconds"),
        period={
            "from": times[0].isoformat(timespec="seconds") if times else None,
            "to": times[-1].isoformat(timespec="seconds") if times else None,
        },
        totals={
            "questions": len(entries),
            "answered": outcomes["answered"],
            "refused": outcomes["refused"],
            "fallback": outcomes["fallback"],
            "votes": len(feedback),
        },
        unanswered_groups=group_questions(unanswered, embed),
        top_sections=top_sections(entries),
        outcomes_by_day=outcomes_by_day(entries, tz),
        feedback=feedback_rate(feedback),
        after_hours=after_hours(entries, tz),
        by_hour=hours,
    )
