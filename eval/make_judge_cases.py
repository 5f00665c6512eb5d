"""Writes the planted part of eval/suites/judge_cases.jsonl: labeled answers over the real corpus passages.

Run: ``python -m eval.make_judge_cases [--out eval/suites/judge_cases.jsonl]``.
Each base is a faithful answer written against real chunks (section path +
text, as the chain shows them); its paraphrases are faithful too, and each
planted error is one substitution in the faithful answer, labeled with its
kind. Hand-labeled model outputs (rows with source "model") already in the
output file are kept unchanged when it is rewritten. The dev/test
split alternates within each kind, so both halves see every kind.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Base:
    id: str
    question: str
    context: list[str]  # substrings that pick chunks, in passage order [1], [2], ...
    answer: str
    para: list[tuple[str, str]] = field(default_factory=list)  # (kind, faithful answer)
    bad: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, old, new) or (kind, "", whole answer)


G = "Google: $204,655"
AIR = "Median salary: $161,650"
MLE = "Average annual salary: $126,648"
MKT = "Global AI market"
JOBS = "74% annual growth"
PROG = "Entry-Level: Research Intern"
EDU = "Obtain a Bachelor's degree"
REQ_EDU = "Bachelor's degree in a STEM field (e.g."
SKILLS = "Mastery of languages like Python"
FACT = "Location: Tech hubs"
TRENDS1 = "Explainable AI (XAI)"
TRENDS2 = "Quantum AI"
SOFT = "Communication Skills: Ability"
BEST = "Disclosure and Transparency"
CHAL = "Data Quality and Quantity:"
GLOBAL = "Demand is global"
SHORT = "Significant talent crunch"
WORK = "Researchers typically work in academic"
TOOLS = "Jupyter Notebook"

BASES: list[Base] = [
    Base(
        "google",
        "What do AI research scientists earn at Google?",
        [G],
        "AI research scientists at Google earn an average of $204,655, with a range of $56,000 to $446,000 [1].",
        para=[
            ("rounding", "Google pays AI research scientists about $205k on average, ranging from $56k to $446k [1]."),
            ("paraphrase", "The range at Google runs from $56,000 to $446,000, and the average is $204,655 [1]."),
        ],
        bad=[
            ("number", "$204,655", "$214,655"),
            ("entity", "at Google", "at Meta"),
            ("number", "$446,000", "$466,000"),
            ("stat", "an average of", "a median of"),
        ],
    ),
    Base(
        "meta",
        "How much does Meta pay?",
        [G],
        "Meta pays AI research scientists an average of $177,730, with a range of $72,000 - $328,000 [1].",
        para=[("rounding", "At Meta the average is roughly $178,000 [1].")],
        bad=[
            ("number", "$177,730", "$187,730"),
            ("entity", "Meta pays", "Apple pays"),
            ("unit", "$177,730", "$177.73 million"),
        ],
    ),
    Base(
        "amazon",
        "What is the Amazon salary for AI research scientists?",
        [G],
        "At Amazon, AI research scientists average $165,485 a year, in a range of $84,000 to $272,000 [1].",
        bad=[
            ("number", "$84,000", "$48,000"),
            ("entity", "At Amazon", "At Microsoft"),
            ("stat", "average $165,485", "have a median of $165,485"),
        ],
    ),
    Base(
        "apple",
        "What does Apple pay?",
        [G],
        "Apple's AI research scientists earn an average of $189,678 [1].",
        para=[("rounding", "Apple pays its AI research scientists close to $190,000 on average [1].")],
        bad=[("number", "$189,678", "$198,678"), ("entity", "Apple's", "Netflix's")],
    ),
    Base(
        "netflix",
        "What about Netflix?",
        [G],
        "Netflix pays AI research scientists over $320,000 on average, the highest of the companies listed [1].",
        bad=[
            ("number", "$320,000", "$350,000"),
            ("comparison", "the highest", "the lowest"),
            ("entity", "Netflix pays", "Amazon pays"),
        ],
    ),
    Base(
        "ibm",
        "What does IBM pay?",
        [G],
        "IBM's median salary for AI research scientists is $171,000, with a range of $148,000 to $199,000 [1].",
        bad=[
            ("stat", "median salary", "average salary"),
            ("number", "$199,000", "$219,000"),
            ("entity", "IBM's", "Google's"),
        ],
    ),
    Base(
        "cmp-gm",
        "Does Google pay more than Meta?",
        [G],
        "Yes: Google's average ($204,655) is higher than Meta's ($177,730) [1].",
        para=[("paraphrase", "Google pays more than Meta on average, $204,655 against $177,730 [1].")],
        bad=[("comparison", "higher than", "lower than"), ("number", "$177,730", "$197,730")],
    ),
    Base(
        "cmp-am",
        "Apple or Meta?",
        [G],
        "Apple pays slightly more than Meta on average: $189,678 versus $177,730 [1].",
        bad=[
            ("comparison", "slightly more than Meta", "much more than Meta"),
            ("comparison", "slightly more", "slightly less"),
            ("entity", "Apple pays", "Amazon pays"),
        ],
    ),
    Base(
        "cmp-ga",
        "Google vs Amazon?",
        [G],
        "Google pays significantly more than Amazon on average [1].",
        bad=[
            ("comparison", "significantly more", "slightly more"),
            ("comparison", "more than Amazon", "less than Amazon"),
        ],
    ),
    Base(
        "highest",
        "Which company pays the most?",
        [G],
        "Netflix offers the highest average salary among the top companies, over $320,000 [1].",
        bad=[("comparison", "Netflix offers", "Google offers"), ("comparison", "highest", "lowest")],
    ),
    Base(
        "lowest",
        "Which company pays the least?",
        [G],
        "Among the companies listed with an average, Amazon has the lowest at $165,485 [1].",
        bad=[
            ("comparison", "Amazon has the lowest at $165,485", "Apple has the lowest at $189,678"),
            ("number", "$165,485", "$156,485"),
        ],
    ),
    Base(
        "air-range",
        "What is the salary range for AI researchers?",
        [AIR],
        "In the US in 2024, AI researchers earn an average range of $149,000 - $220,000 per year [1].",
        para=[
            ("rounding", "AI researchers typically earn between $149k and $220k a year in the US [1]."),
            ("paraphrase", "For 2024 the guide gives US AI researchers an average range of $149,000 to $220,000 [1]."),
        ],
        bad=[
            ("number", "$220,000", "$250,000"),
            ("year", "in 2024", "in 2022"),
            ("entity", "In the US", "In Germany"),
            ("unit", "$149,000", "$149 million"),
        ],
    ),
    Base(
        "air-median",
        "What is the median salary?",
        [AIR],
        "The median salary for AI researchers is $161,650 [1].",
        para=[
            ("rounding", "AI researchers have a median salary of about $162k [1]."),
            ("paraphrase", "Half of AI researchers earn less than the median of $161,650 [1]."),
        ],
        bad=[
            ("stat", "median", "average"),
            ("number", "$161,650", "$116,650"),
            ("entity", "AI researchers", "machine learning engineers"),
            (
                "negation",
                "The median salary for AI researchers is $161,650",
                "The median salary for AI researchers is not $161,650",
            ),
        ],
    ),
    Base(
        "air-top",
        "What do top earners make?",
        [AIR],
        "The top 10% of AI researchers earn $285,000, while the bottom 10% earn $129,700 [1].",
        para=[("paraphrase", "At the bottom 10% AI researchers make $129,700; at the top 10% they make $285,000 [1].")],
        bad=[
            (
                "stat",
                "The top 10% of AI researchers earn $285,000, while the bottom 10% earn $129,700",
                "The top 10% of AI researchers earn $129,700, while the bottom 10% earn $285,000",
            ),
            ("number", "$285,000", "$258,000"),
            ("stat", "top 10%", "top 5%"),
        ],
    ),
    Base(
        "germany",
        "What does an AI researcher earn in Germany?",
        [AIR],
        "The guide has no salary figures for Germany; for the US in 2024 it gives a median of $161,650 [1].",
        para=[
            (
                "refusal",
                (
                    "The guide does not cover salaries in Germany. For the US in 2024 it gives an average range of "
                    "$149,000 - $220,000 [1]."
                ),
            ),
            (
                "refusal",
                "I don't have information about Germany in the guide; you may want to talk to a careers adviser.",
            ),
        ],
        bad=[
            ("entity", "", "The salary of an AI researcher in Germany is $149,000 per year [1]."),
            ("entity", "", "In Germany, AI researchers earn a median salary of $161,650 [1]."),
            ("number", "a median of $161,650", "a median of $171,650"),
        ],
    ),
    Base(
        "uk",
        "What about the UK?",
        [AIR],
        "The guide only covers the US market for 2024, where the median is $161,650 [1].",
        bad=[
            ("entity", "", "AI researchers in the UK earn a median of $161,650 [1]."),
            ("entity", "", "In London, AI researchers earn between $149,000 and $220,000 [1]."),
        ],
    ),
    Base(
        "mle",
        "What do machine learning engineers earn?",
        [MLE],
        "Machine learning engineers earn an average annual salary of $126,648 [1].",
        para=[("rounding", "ML engineers make about $127k a year on average [1].")],
        bad=[
            ("number", "$126,648", "$162,648"),
            ("entity", "Machine learning engineers", "AI researchers"),
            ("stat", "an average annual salary", "a median annual salary"),
        ],
    ),
    Base(
        "mle-levels",
        "How does pay grow with seniority for ML engineers?",
        [MLE],
        "Junior machine learning engineers earn $109,736, senior ones $141,405, and directors $168,742 [1].",
        para=[
            (
                "paraphrase",
                (
                    "For ML engineers, pay rises from $109,736 at junior level to $141,405 at senior level and "
                    "$168,742 for a director [1]."
                ),
            )
        ],
        bad=[
            (
                "entity",
                "Junior machine learning engineers earn $109,736",
                "Senior Manager machine learning engineers earn $109,736",
            ),
            ("number", "$168,742", "$186,742"),
            ("entity", "and directors $168,742", "and directors $167,029"),
        ],
    ),
    Base(
        "mle-dir",
        "Director vs senior manager?",
        [MLE],
        "Directors earn slightly more than senior managers, $168,742 versus $167,029 [1].",
        bad=[("comparison", "slightly more", "much more"), ("comparison", "more than", "less than")],
    ),
    Base(
        "mle-top",
        "Can ML engineers earn more than $250k?",
        [MLE],
        "Top companies may offer machine learning engineers over $250,000 per year [1].",
        bad=[("number", "$250,000", "$350,000"), ("unit", "$250,000", "$250 million")],
    ),
    Base(
        "market",
        "How big will the AI market get?",
        [MKT],
        "The global AI market is projected to reach $1.8 trillion by 2030, a CAGR of 37.3% from 2023 to 2030 [1].",
        para=[
            ("paraphrase", "By 2030 the global AI market should hit $1.8 trillion, growing 37.3% a year from 2023 [1].")
        ],
        bad=[
            ("unit", "$1.8 trillion", "$1.8 billion"),
            ("year", "by 2030", "by 2035"),
            ("number", "37.3%", "73.3%"),
            ("entity", "global AI market", "machine learning market"),
        ],
    ),
    Base(
        "ml-market",
        "How big is the ML market?",
        [MKT],
        "The machine learning market is expected to hit $419.94 billion by 2030, with a CAGR of 34.8% [1].",
        para=[("rounding", "The machine learning market is expected to reach about $420 billion by 2030 [1].")],
        bad=[
            ("unit", "$419.94 billion", "$419.94 trillion"),
            ("unit", "$419.94 billion", "$419.94 million"),
            ("number", "34.8%", "38.4%"),
            ("year", "by 2030", "by 2025"),
        ],
    ),
    Base(
        "jobs",
        "How fast are AI jobs growing?",
        [JOBS],
        "AI and machine learning jobs grew 74% a year over the past four years, according to LinkedIn data [1].",
        para=[("paraphrase", "LinkedIn data shows 74% annual growth in AI and ML jobs over the last four years [1].")],
        bad=[("number", "74%", "47%"), ("entity", "LinkedIn", "Glassdoor"), ("number", "four years", "ten years")],
    ),
    Base(
        "roles",
        "Which roles are in demand?",
        [JOBS],
        "Roles in high demand include machine learning engineers, AI research scientists and NLP scientists [1].",
        bad=[
            ("entity", "NLP scientists", "data analysts"),
            ("negation", "Roles in high demand include", "Roles not in demand include"),
        ],
    ),
    Base(
        "prog",
        "What are the career steps?",
        [PROG],
        (
            "At entry level you might be a research intern or junior AI engineer; mid-level roles include AI engineer, "
            "data scientist or AI research scientist; senior roles include principal scientist, chief research "
            "scientist or lead AI researcher [1]."
        ),
        para=[
            (
                "paraphrase",
                (
                    "You typically start as a research intern or junior AI engineer and can progress to principal "
                    "scientist or chief research scientist [1]."
                ),
            )
        ],
        bad=[
            ("entity", "principal scientist", "vice president of AI"),
            ("entity", "research intern", "software tester"),
            (
                "invented",
                "",
                "At entry level you might be a research intern; most people reach senior level within two years [1].",
            ),
        ],
    ),
    Base(
        "steps-list",
        "How do I become an AI researcher?",
        [EDU],
        "- Get a Bachelor's degree in a STEM field such as computer science, mathematics or physics [1].\n"
        "- Pursue a Master's or PhD in AI or a related field [1].\n"
        "- Learn Python and R and frameworks such as TensorFlow and PyTorch [1].",
        para=[
            (
                "structure",
                (
                    "Steps:\n\n1. Earn a Bachelor's degree in a STEM field [1].\n2. Go on to a Master's or PhD in AI "
                    "[1].\n3. Become proficient in Python, TensorFlow and PyTorch [1]."
                ),
            )
        ],
        bad=[
            ("entity", "TensorFlow and PyTorch", "TensorFlow and Keras"),
            ("entity", "computer science, mathematics or physics", "economics or law"),
            ("negation", "Pursue a Master's or PhD", "You do not need a Master's or PhD"),
        ],
    ),
    Base(
        "phd",
        "Do I need a PhD?",
        [REQ_EDU],
        "A Master's or PhD in AI or machine learning is often required for advanced roles [1].",
        bad=[
            ("negation", "is often required", "is never required"),
            ("invented", "", "A PhD is required for every AI job, and takes at least seven years [1]."),
        ],
    ),
    Base(
        "skills",
        "Which programming languages?",
        [SKILLS],
        (
            "You should master Python, Java and R, and possibly Scala or C++; Python is emphasised for its AI and ML "
            "libraries [1]."
        ),
        bad=[
            ("entity", "Java and R", "Rust and Go"),
            ("invented", "", "You should master COBOL and Fortran, which dominate modern AI research [1]."),
        ],
    ),
    Base(
        "bigdata",
        "Which big data tools?",
        [SKILLS],
        "Experience with big data technologies such as Hadoop, Spark and Kafka helps [1].",
        bad=[("entity", "Hadoop, Spark and Kafka", "Snowflake and Airflow")],
    ),
    Base(
        "factors",
        "What affects salaries?",
        [FACT],
        (
            "Salaries depend on location, company size and type, experience and education; tech hubs like Silicon "
            "Valley and New York City often pay more [1]."
        ),
        para=[
            (
                "paraphrase",
                "Location matters: tech hubs such as Silicon Valley and New York City often offer higher salaries [1].",
            )
        ],
        bad=[
            ("entity", "Silicon Valley and New York City", "Austin and Chicago"),
            ("comparison", "often pay more", "often pay less"),
            ("negation", "often pay more", "do not pay more"),
        ],
    ),
    Base(
        "phd-pay",
        "Does a PhD pay off?",
        [FACT],
        "Advanced degrees, especially PhDs, often correlate with higher compensation [1].",
        bad=[
            ("comparison", "higher compensation", "lower compensation"),
            ("invented", "", "A PhD adds exactly $40,000 to your starting salary [1]."),
        ],
    ),
    Base(
        "trends",
        "What are the trends?",
        [TRENDS1, TRENDS2],
        (
            "As of 2025, key trends include explainable AI, ethical AI, edge AI and multimodal learning [1], as well "
            "as quantum AI and AutoML [2]."
        ),
        bad=[
            ("year", "As of 2025", "As of 2019"),
            ("entity", "quantum AI and AutoML", "blockchain AI and Web3"),
            (
                "invented",
                "",
                "As of 2025, the main trend is that AI research jobs are being replaced by AutoML tools [2].",
            ),
        ],
    ),
    Base(
        "xai",
        "What is explainable AI?",
        [TRENDS1],
        (
            "Explainable AI is about transparency in AI decision-making, which matters for trust and compliance in "
            "regulated industries [1]."
        ),
        bad=[
            ("invented", "", "Explainable AI was invented at Stanford in 2012 to replace neural networks [1]."),
            ("negation", "which matters for trust", "which does not matter for trust"),
        ],
    ),
    Base(
        "soft",
        "Which soft skills matter?",
        [SOFT],
        (
            "Important soft skills include communication, emotional intelligence, problem-solving, adaptability and "
            "collaboration [1]."
        ),
        para=[
            (
                "paraphrase",
                (
                    "Being able to explain complex AI ideas to technical and non-technical audiences is a key soft "
                    "skill [1]."
                ),
            )
        ],
        bad=[
            ("invented", "", "Public speaking certificates from Toastmasters are required for AI researchers [1]."),
            ("negation", "Important soft skills include", "Soft skills are not important, unlike"),
        ],
    ),
    Base(
        "best",
        "Best practices with generative AI?",
        [BEST],
        (
            "Always disclose the use of generative AI tools in research publications and verify the accuracy of "
            "AI-generated content [1]."
        ),
        bad=[
            ("negation", "Always disclose", "Never disclose"),
            (
                "invented",
                "",
                "Researchers should let generative AI write their papers without review to save time [1].",
            ),
        ],
    ),
    Base(
        "chal",
        "What are the challenges?",
        [CHAL],
        (
            "Common challenges include data quality and quantity, overfitting and underfitting, the black-box nature "
            "of models, and model drift [1]."
        ),
        bad=[
            ("invented", "", "The biggest challenge is that GPUs cost over $2 million each [1]."),
            ("entity", "model drift", "regulatory fines from the FDA"),
        ],
    ),
    Base(
        "global",
        "Is demand global?",
        [GLOBAL],
        "Demand is global, with strong growth in North America, Europe and the Asia Pacific [1].",
        bad=[
            ("entity", "North America, Europe and the Asia Pacific", "Africa and South America"),
            ("negation", "Demand is global", "Demand is not global"),
        ],
    ),
    Base(
        "short",
        "Is there a talent shortage?",
        [SHORT],
        (
            "There is a significant talent crunch, and companies are hiring from bootcamps and training academies to "
            "fill the gap [1]."
        ),
        bad=[
            ("negation", "There is a significant talent crunch", "There is no talent shortage"),
            (
                "invented",
                "",
                "There is a significant talent crunch, so companies now pay signing bonuses of $100,000 [1].",
            ),
        ],
    ),
    Base(
        "work",
        "Where do AI researchers work?",
        [WORK],
        (
            "AI researchers work in academic institutions, research labs, government agencies, tech companies and "
            "startups, and in industries such as healthcare, finance and e-commerce [1]."
        ),
        bad=[
            ("entity", "healthcare, finance and e-commerce", "agriculture and mining"),
            ("invented", "", "Most AI researchers work remotely from home four days a week [1]."),
        ],
    ),
    Base(
        "tools",
        "Which research tools?",
        [TOOLS],
        "Useful research tools include Jupyter Notebook, Git and LaTeX, along with frameworks like TensorFlow [1].",
        bad=[("entity", "Jupyter Notebook, Git and LaTeX", "Notion, Slack and Jira")],
    ),
    Base(
        "table",
        "Compare salaries at top companies",
        [G],
        (
            "| Company | Average salary |\n|---|---|\n| Google | $204,655 |\n| Meta | $177,730 |\n| Apple | $189,678 "
            "|\n\nThese figures are for AI research scientists in the US [1]."
        ),
        para=[
            (
                "structure",
                (
                    "| Company | Average |\n|---|---|\n| Amazon | $165,485 |\n| Netflix | over $320,000 |\n\nSource: "
                    "the guide's salary table [1]."
                ),
            )
        ],
        bad=[
            ("entity", "| Meta | $177,730 |", "| Meta | $204,655 |"),
            ("number", "| Apple | $189,678 |", "| Apple | $198,678 |"),
            ("stat", "| Company | Average salary |", "| Company | Median salary |"),
        ],
    ),
    Base(
        "two-psg",
        "Salaries and market",
        [AIR, MKT],
        (
            "AI researchers in the US have a median salary of $161,650 [1], and the global AI market is projected to "
            "reach $1.8 trillion by 2030 [2]."
        ),
        bad=[
            ("citation", "$1.8 trillion by 2030 [2]", "$1.8 trillion by 2030 [1]"),
            ("unit", "$1.8 trillion", "$1.8 million"),
        ],
    ),
]

EXTRA: dict[str, dict[str, list]] = {
    "google": {
        "para": [
            (
                "paraphrase",
                "According to the guide, **Google** pays its AI research scientists $204,655 on average [1].",
            )
        ],
        "bad": [
            (
                "number",
                "",
                "Google pays AI research scientists an average of $204,655, with salaries ranging from $56,000 to "
                "$446,000 and a median of "
                "$190,000 [1].",
            )
        ],
    },
    "air-range": {
        "para": [
            (
                "structure",
                "### AI researcher pay (US, 2024)\n"
                "\n"
                "- **Average range:** $149,000 - $220,000 per year [1]\n"
                "- **Median:** $161,650 [1]\n"
                "- **Top 10%:** $285,000 [1]",
            )
        ],
        "bad": [],
    },
    "market": {
        "para": [
            (
                "paraphrase",
                "The guide projects that the global AI market will grow to $1.8 trillion by 2030, at a compound "
                "annual growth rate of 37.3% "
                "[1].",
            )
        ],
        "bad": [],
    },
    "mle-levels": {
        "para": [
            (
                "structure",
                "| Level | Salary |\n"
                "|---|---|\n"
                "| Junior | $109,736 |\n"
                "| Senior | $141,405 |\n"
                "| Senior Manager | $167,029 |\n"
                "| Director | $168,742 |\n"
                "\n"
                "These are machine learning engineer salaries [1].",
            )
        ],
        "bad": [],
    },
    "prog": {
        "para": [
            (
                "paraphrase",
                (
                    "A typical path runs from research intern to AI engineer or data scientist, and later to lead AI "
                    "researcher [1]."
                ),
            )
        ],
        "bad": [],
    },
    "skills": {
        "para": [
            ("paraphrase", "Python is the language to focus on, because of its extensive AI and ML libraries [1].")
        ],
        "bad": [],
    },
    "phd": {
        "para": [
            (
                "paraphrase",
                "Advanced roles often require a Master's or a PhD in AI, machine learning or a related field [1].",
            )
        ],
        "bad": [],
    },
    "factors": {
        "para": [
            (
                "paraphrase",
                (
                    "Your pay will vary with your experience, your location, the company you work for and your "
                    "education [1]."
                ),
            )
        ],
        "bad": [],
    },
    "jobs": {
        "para": [
            (
                "refusal",
                "The guide does not give a job growth figure for Germany; it reports 74% annual growth in AI and "
                "machine learning jobs over the "
                "past four years, from LinkedIn data [1].",
            )
        ],
        "bad": [],
    },
    "netflix": {"para": [("rounding", "Netflix's average is above $320k, the highest listed [1].")], "bad": []},
    "two-psg": {
        "para": [
            (
                "paraphrase",
                (
                    "Two figures stand out: a $161,650 median salary for AI researchers [1] and a $1.8 trillion global "
                    "AI market by 2030 [2]."
                ),
            )
        ],
        "bad": [],
    },
    "chal": {
        "para": [
            (
                "paraphrase",
                "Researchers must balance model complexity to avoid overfitting or underfitting, for example with "
                "data augmentation and "
                "regularization [1].",
            )
        ],
        "bad": [],
    },
    "best": {
        "para": [
            (
                "paraphrase",
                (
                    "Researchers should disclose generative AI use in publications and cross-check facts and citations "
                    "with reliable sources [1]."
                ),
            )
        ],
        "bad": [],
    },
    "germany": {
        "para": [],
        "bad": [
            ("entity", "", "AI researchers in Germany can expect an average range of $149,000 - $220,000 per year [1].")
        ],
    },
    "mle": {
        "para": [],
        "bad": [("entity", "", "Machine learning engineers at Google earn an average annual salary of $126,648 [1].")],
    },
    "air-median": {
        "para": [],
        "bad": [("year", "", "In 2023, the median salary for AI researchers was $161,650 [1].")],
    },
}
"""Cases added in a second round, after the first test-split run: more paraphrase styles (bold, headings, tables) \
and model-like errors."""

for _b in BASES:
    _b.para += EXTRA.get(_b.id, {}).get("para", [])
    _b.bad += [tuple(x) for x in EXTRA.get(_b.id, {}).get("bad", [])]


def load_chunks() -> list[str]:
    from ingest.chunk import chunk_corpus
    from ingest.load import load_corpus

    docs, _ = load_corpus(ROOT / "corpus")
    return [f"{c.section}\n{c.text}" for c in chunk_corpus(docs)]


def pick(chunks: list[str], needle: str) -> str:
    hits = [c for c in chunks if needle in c]
    if not hits:
        raise SystemExit(f"no chunk contains {needle!r}")
    return hits[0]


def context_for(base: Base, chunks: list[str], rng: random.Random) -> list[str]:
    ctx = [pick(chunks, n) for n in base.context]
    extra = [c for c in chunks if c not in ctx]
    return ctx + rng.sample(extra, k=rng.randint(1, 2))


def cases_of(base: Base, chunks: list[str]) -> list[dict]:
    rng = random.Random(int(hashlib.sha256(base.id.encode()).hexdigest()[:8], 16))
    ctx = context_for(base, chunks, rng)
    rows = [_row(f"{base.id}-ok", base, ctx, base.answer, "faithful", "restatement")]
    rows += [_row(f"{base.id}-p{i}", base, ctx, text, "faithful", kind) for i, (kind, text) in enumerate(base.para)]
    for i, (kind, old, new) in enumerate(base.bad):
        if old and old not in base.answer:
            raise SystemExit(f"{base.id}: {old!r} not in the answer")
        text = base.answer.replace(old, new, 1) if old else new
        rows.append(_row(f"{base.id}-x{i}", base, ctx, text, "unfaithful", kind))
    return rows


def _row(cid: str, base: Base, ctx: list[str], answer: str, label: str, kind: str) -> dict:
    return {
        "id": cid,
        "question": base.question,
        "context": ctx,
        "answer": answer,
        "label": label,
        "kind": kind,
        "source": "planted",
    }


def assign_splits(rows: list[dict]) -> None:
    """Alternate dev/test within each (label, kind), in a seeded shuffled order."""
    rng = random.Random(7)
    by_kind: dict[tuple[str, str], list[dict]] = {}
    for r in rows:
        by_kind.setdefault((r["label"], r["kind"]), []).append(r)
    for group in by_kind.values():
        order = sorted(group, key=lambda r: r["id"])
        rng.shuffle(order)
        for i, r in enumerate(order):
            r["split"] = "dev" if i % 2 == 0 else "test"


def split_of(case_id: str) -> str:
    """The split of a hand-labelled model output, fixed by its id alone (decided before any rule was tuned on it)."""
    return "dev" if int(hashlib.sha256(case_id.encode()).hexdigest()[:8], 16) % 2 == 0 else "test"


def add_labelled(labelled: Path, out: Path) -> int:
    """Append hand-labelled model outputs (JSONL with id, question, context, answer, label, kind[, note, doc])
    to ``out``, each with its fixed split; rows whose id is already there are skipped."""
    have = {json.loads(line)["id"] for line in out.read_text().splitlines() if line.strip()} if out.exists() else set()
    rows = [json.loads(line) for line in labelled.read_text().splitlines() if line.strip()]
    new = [r | {"source": "model", "split": split_of(r["id"])} for r in rows if r["id"] not in have]
    for r in new:
        if r.get("label") not in ("faithful", "unfaithful") or not r.get("kind"):
            raise SystemExit(f"{r['id']}: needs label faithful|unfaithful and a kind")
    with out.open("a", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in new)
    return len(new)


MODEL_QUESTIONS = (
    "What does Meta pay AI research scientists?",
    "How much does Google pay AI researchers?",
    "What is the salary at Amazon for AI research scientists?",
    "How much does Apple pay?",
    "What does Netflix pay AI researchers?",
    "What is IBM's median salary for AI research scientists?",
    "Does Google pay more than Meta?",
    "Which company pays AI research scientists the most?",
    "What is the median salary of an AI researcher?",
    "What do the top 10% of AI researchers earn?",
    "What is the average salary range for AI researchers in the US?",
    "How much does a machine learning engineer earn?",
    "What does a senior machine learning engineer earn?",
    "How much do junior ML engineers make?",
    "What is the salary of an AI researcher in Germany?",
    "How much do AI researchers earn in the UK?",
    "What do AI researchers earn in India?",
    "What does Microsoft pay AI researchers?",
    "How big will the global AI market be by 2030?",
    "How large is the machine learning market expected to be?",
    "How fast are AI jobs growing?",
    "What are the career steps to become an AI researcher?",
    "What degree do I need to become an AI researcher?",
    "Do I need a PhD to be an AI researcher?",
    "Which programming languages should I learn?",
    "What big data tools should an AI researcher know?",
    "What soft skills matter for AI researchers?",
    "What are the main industry trends in AI?",
    "What are the common challenges in machine learning research?",
    "What factors influence AI researcher salaries?",
    "Where do AI researchers typically work?",
    "What are the best practices for using generative AI in research?",
    "What does an entry-level AI researcher do?",
    "Is there a talent shortage in AI?",
    "Which roles are in high demand in AI?",
    "How do directors' salaries compare with senior managers' for ML engineers?",
)


def collect_model_answers(out: Path, questions: Sequence[str] = MODEL_QUESTIONS, prefix: str = "model") -> None:
    """Raw (guard off) answers of the configured engine, with the passages it saw, one JSON line each,
    for hand labelling."""
    import threading

    from bot.chain import Runtime, build_request
    from bot.config import Settings

    settings = Settings(generation_timeout=600)
    runtime = Runtime(settings)
    runtime.warm_up()
    with out.open("a", encoding="utf-8") as f:
        for i, q in enumerate(questions):
            passages = runtime.retriever.search(q)
            if not passages:
                continue
            request = build_request(q, passages, settings, threading.Event())
            text = "".join(runtime.engine.stream(request)).strip()
            row = {
                "id": f"{prefix}-{i:02d}",
                "question": q,
                "context": [f"{p.section}\n{p.text}" for p in passages],
                "answer": text,
                "source": "model",
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            f.flush()
            print(f"[{i + 1}/{len(questions)}] {q}\n{text}\n", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "eval" / "suites" / "judge_cases.jsonl")
    parser.add_argument(
        "--collect-model",
        type=Path,
        default=None,
        help="Instead: append raw model answers to this file for hand labelling.",
    )
    parser.add_argument(
        "--questions",
        type=Path,
        default=None,
        help="With --collect-model: a file of questions, one a line (default: MODEL_QUESTIONS).",
    )
    parser.add_argument("--prefix", default="model", help="With --collect-model: id prefix of the collected rows.")
    parser.add_argument(
        "--add-labelled", type=Path, default=None, help="Instead: append these hand-labelled model outputs to --out."
    )
    args = parser.parse_args(argv)
    if args.add_labelled:
        print(f"added {add_labelled(args.add_labelled, args.out)} labelled model outputs to {args.out}")
        return 0
    if args.collect_model:
        questions = (
            [q.strip() for q in args.questions.read_text().splitlines() if q.strip()]
            if args.questions
            else MODEL_QUESTIONS
        )
        collect_model_answers(args.collect_model, questions, args.prefix)
        return 0
    chunks = load_chunks()
    rows = [r for b in BASES for r in cases_of(b, chunks)]
    old = [json.loads(line) for line in args.out.read_text().splitlines() if line.strip()] if args.out.exists() else []
    model_rows = [r for r in old if r.get("source") == "model"]
    assign_splits(rows)
    planted_ids = {r["id"] for r in rows}
    rows += [r for r in model_rows if r["id"] not in planted_ids]
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    print(f"wrote {len(rows)} cases ({len(model_rows)} model) to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
