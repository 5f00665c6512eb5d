"""Named things careerbot reasons about: companies, places, job titles and levels.

Owns small gazetteers and ``find_entities``. Used by condense (swap "Google"
for "Meta" in a follow-up), scope (a country or company the guide never
mentions) and the extractive engine (focus on the asked-about company).
Shortcut: gazetteers, not a NER model; they cover what students ask about and
can grow with the corpus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

COMPANIES = (
    "Google", "Meta", "Amazon", "Apple", "Netflix", "IBM", "Microsoft", "OpenAI", "Nvidia", "Anthropic", "DeepMind",
    "Facebook", "Tesla", "Intel", "Oracle", "Salesforce", "Uber", "Adobe", "Samsung", "Baidu", "Alibaba", "Tencent",
    "Huawei", "SAP", "Siemens", "Spotify", "Twitter", "LinkedIn", "Airbnb", "Qualcomm", "AMD", "Cisco", "Accenture",
    "Deloitte", "McKinsey", "Bloomberg", "Goldman Sachs", "JPMorgan", "Palantir", "Databricks", "Hugging Face", "Mistral",
)
COUNTRIES = (
    "United States", "US", "USA", "Germany", "France", "United Kingdom", "UK", "England", "Britain", "Ireland", "Canada",
    "Mexico", "Brazil", "Argentina", "India", "China", "Japan", "Korea", "South Korea", "Singapore", "Australia",
    "New Zealand", "Netherlands", "Switzerland", "Sweden", "Norway", "Denmark", "Finland", "Spain", "Italy", "Portugal",
    "Poland", "Austria", "Belgium", "Israel", "Russia", "Ukraine", "Turkey", "Nigeria", "Kenya", "South Africa", "Egypt",
    "Pakistan", "Bangladesh", "Indonesia", "Vietnam", "Philippines", "Thailand", "Malaysia", "UAE", "Saudi Arabia",
    "Europe", "Asia", "Africa", "Latin America", "North America", "Asia Pacific",
)
CITIES = (
    "Silicon Valley", "New York City", "New York", "San Francisco", "Seattle", "Boston", "Austin", "Chicago", "London",
    "Berlin", "Munich", "Paris", "Toronto", "Montreal", "Zurich", "Amsterdam", "Bangalore", "Beijing", "Shanghai", "Tokyo",
    "Sydney", "Dublin", "Tel Aviv",
)
JOBS = (
    "AI Research Scientist", "AI Researcher", "Machine Learning Engineer", "ML Engineer", "Machine Learning Researcher",
    "Data Scientist", "NLP Scientist", "Research Intern", "Junior AI Engineer", "AI Engineer", "Principal Scientist",
    "Chief Research Scientist", "Lead AI Researcher", "Software Engineer", "Data Analyst", "Data Engineer",
    "Product Manager", "Nurse", "Doctor", "Lawyer", "Teacher", "Accountant", "Pilot", "Architect", "Plumber",
    "Electrician", "Pharmacist", "Dentist", "Chef", "Firefighter", "Police Officer", "Web Developer", "DevOps Engineer",
    "Quant", "Actuary", "Professor", "Postdoc",
)
LEVELS = ("Entry-Level", "Mid-Level", "Senior Manager", "Senior", "Junior", "Director", "Top 10%", "Bottom 10%", "Median", "Average")

KINDS: dict[str, tuple[str, ...]] = {"company": COMPANIES, "place": COUNTRIES + CITIES, "job": JOBS, "level": LEVELS}


@dataclass(frozen=True)
class Entity:
    kind: str  # company | place | job | level
    name: str  # canonical spelling from the gazetteer
    start: int
    end: int


def _pattern(name: str) -> re.Pattern:
    body = re.escape(name).replace(r"\ ", r"[\s-]+")
    plural = "s?" if name[-1].isalpha() else ""
    flags = 0 if name.isupper() and len(name) <= 4 else re.IGNORECASE  # "US"/"IBM" only in capitals
    return re.compile(rf"(?<![\w-]){body}{plural}(?![\w-])", flags)


_PATTERNS: list[tuple[str, str, re.Pattern]] = [
    (kind, name, _pattern(name)) for kind, names in KINDS.items() for name in sorted(names, key=len, reverse=True)
]


def find_entities(text: str, kinds: tuple[str, ...] = ("company", "place", "job", "level")) -> list[Entity]:
    """Entities in ``text``, longest names first, no overlaps, in text order."""
    taken: list[tuple[int, int]] = []
    found: list[Entity] = []
    for kind, name, pattern in _PATTERNS:
        if kind not in kinds:
            continue
        for m in pattern.finditer(text):
            if any(m.start() < e and m.end() > s for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append(Entity(kind, name, m.start(), m.end()))
    return sorted(found, key=lambda e: e.start)


def mentions(text: str, name: str) -> bool:
    return bool(_pattern(name).search(text))
