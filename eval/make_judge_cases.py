"""Writes the planted part of eval/suites/judge_cases.jsonl: labeled answers over the real corpus passages.

Run: ``python -m eval.make_judge_cases [--out eval/suites/judge_cases.jsonl]``.
Each base is a faithful answer written against real chunks (section path +
text, as the chain shows them); its paraphrases are faithful too, and each
planted error is one substitution in the faithful answer, labeled with its
kind. Hand-labeled model outputs (rows with source "model") already in the
output file are kept unchanged when it is rewritten. The dev/test
split alternates within each kind, so both halves see every kind.

The office corpus's cases (``OFFICE_BASES``, issue 26) are written against the
chunks of eval/office/corpus/ as the chain gives them to the guard (with their
"Document: <title>, <region> <year>" line), carry ``"corpus":
"eval/office/corpus"`` so the judge reads them with that corpus's lexicon beside
corpus/'s, and are split by the same rule on their own, so adding them moved no
earlier case.
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


# --- the office corpus (issue 26, item 8) ------------------------------------------------------------------------
# Answers written from the twelve documents of eval/office/corpus/, measured with corpus/ as one corpus: a record's
# figure said of another row, column, pay period, place or job, the wrong row called the highest, an employer said
# to earn the salary it pays. Faithful ones include the sentences the evidence layer composes from a record
# (bot/evidence/lookup.py) and its scope reply. Passages are written as the chain gives them to the guard
# (bot.types.verifiable_text: section path, text, "Document: <title>, <region> <year>").

OFFICE_CORPUS = "eval/office/corpus"
NURSE_B5 = "Band 5 (Band), Staff Nurse"
NURSE_B6 = "Band 6 (Band)"
NURSE_B7 = "Band 7 (Band)"
NURSE_B8B = "Band 8b (Band)"
NURSE_EXP59 = "5 to 9 years (Years of experience)"
NURSE_EXP1019 = "10 to 19 years (Years of experience)"
NURSE_LON = "London (Region): Median salary: £41,500"
NURSE_SCOT = "Scotland (Region)"
IE_GRADE = "Staff Nurse (Grade)"
IE_CNM1 = "Clinical Nurse Manager 1 (Grade)"
IE_Y1 = "1 year (Years of service)"
IE_Y7 = "7 years (Years of service)"
IE_DUB = "Dublin (Area)"
IE_ALLOW = "Qualification allowance"
TCH_M1 = "M1 (Point)"
TCH_M3 = "M3 (Point)"
TCH_INNER = "Inner London (Area)"
TCH_REST = "Rest of England (Area)"
TCH_HEAD = "Head teacher (Role)"
TCH_DEP = "Deputy head teacher (Role)"
TCH_PHYS = "Physics (Subject)"
TCH_CHEM = "Chemistry (Subject)"
SOL_NQ = "Newly qualified (PQE)"
SOL_3Y = "3 years (PQE)"
SOL_LON = "London (City): Median salary: £78,000"
SOL_MAN = "Manchester (City): Median salary: £52,000"
ACC_GRAD = "Graduate Accountant (Level)"
ACC_SEN = "Senior Accountant (Level)"
ACC_SYD = "Sydney (City)"
ACC_MEL = "Melbourne (City)"
ACC_HOB = "Hobart (City)"
ACC_TAX = "Tax (Specialism)"
ACC_FOR = "Forensic accounting (Specialism)"
DE_MUN = "Munich (City)"
DE_BER = "Berlin (City)"
DE_LEI = "Leipzig (City)"
DE_01 = "0 to 1 years (Experience)"
DE_57 = "5 to 7 years (Experience)"
DE_SCOPE = "All salary figures in this guide are gross monthly salaries"
CA_JUN = "Junior Software Engineer (Level)"
CA_SEN = "Senior Software Engineer (Level)"
CA_BC = "British Columbia (Province): Median salary: C$109,000"
CA_ON = "Ontario (Province): Median salary: C$104,000"
PH_HOSP = "Hospital (Work setting)"
PH_COMM = "Community pharmacy (Work setting)"
PH_CAL = "California (State)"
PH_AK = "Alaska (State)"
PH_TX = "Texas (State)"
CE_GRAD = "Graduate Engineer (Grade)"
CE_ENG = "Engineer (Grade): Years of experience: 3 to 5"
CE_DUB = "Dublin (Region)"
SW_0 = "0 years (Years of experience)"
SW_5 = "5 years (Years of experience)"
SW_SCOPE = "Salaries in this guide are gross amounts per month"
SW_SEN = "Senior Social Worker (Role)"
SW_TL = "Team Leader (Role)"
GS_NB = "Northgate Bank Graduate Programme"
GS_KES = "Kestrel Retail Management Programme"
GS_BW = "Brightwater Utilities Engineering Scheme"
GS_ORB = "Orbital Software Graduate Engineer Programme"
GS_LAW = "Law (Sector): Average starting salary"
GS_TECH = "Technology (Sector): Average starting salary"
PG_STD = "Standard stipend (Stipend)"
PG_LON = "London stipend"
PG_ENG = "England (Home nation)"
PG_WAL = "Wales (Home nation)"

OFFICE_BASES: list[Base] = [
    Base(
        "of-nurse-b6",
        "What does a Band 6 nurse earn in the UK?",
        [NURSE_B6, NURSE_B5],
        "In the UK in 2024, a Band 6 nurse (senior staff nurse or nurse specialist) starts on £36,200 a year and can "
        "reach £43,700 at the top of the band [1].",
        para=[
            (
                "record",
                "Registered Nurse, UK 2024, Band 6 (Senior Staff Nurse or Nurse Specialist): starting salary £36,200 "
                "a year; top of band £43,700 a year [1].",
            ),
            ("paraphrase", "Band 6 nurses in the UK start at £36,200 and rise to £43,700 [1]."),
        ],
        bad=[
            ("row", "", "In the UK in 2024, a Band 6 nurse starts on £28,900 a year [2]."),
            ("column", "", "In the UK in 2024, a Band 6 nurse earns £36,200 a year at the top of the band [1]."),
            ("place", "In the UK in 2024", "In Ireland"),
        ],
    ),
    Base(
        "of-nurse-exp",
        "How much does a UK nurse with 7 years of experience earn?",
        [NURSE_EXP59, NURSE_EXP1019],
        "A UK nurse with 7 years of experience is in the 5 to 9 years group, whose median salary is £39,800 [1].",
        para=[("record", "Registered Nurse, UK 2024, 5 to 9 years: median salary £39,800 a year [1].")],
        bad=[
            ("row", "", "A UK nurse with 7 years of experience earns a median salary of £44,600 [2]."),
            ("period", "", "A UK nurse with 7 years of experience earns a median of £39,800 a month [1]."),
        ],
    ),
    Base(
        "of-nurse-london",
        "What do nurses earn in London?",
        [NURSE_LON, NURSE_SCOT],
        "Nurses in London earn a median salary of £41,500, and London has 22% of the UK's nursing vacancies [1].",
        para=[("paraphrase", "In Scotland the median nursing salary is £35,600, against £41,500 in London [1, 2].")],
        bad=[
            ("row", "", "Nurses in Scotland earn a median salary of £41,500 [1]."),
            ("place", "", "Nurses in Ireland earn a median salary of £41,500 [1]."),
        ],
    ),
    Base(
        "of-nurse-top-band",
        "Which NHS band pays the most?",
        [NURSE_B8B, NURSE_B7],
        "Of the bands listed, Band 8b (lead nurse) pays the most, from £60,800 up to £70,400 at the top of the band "
        "[1].",
        para=[
            (
                "record",
                'Highest starting salary in "Salary by Band" (Registered Nurse, UK 2024): Band 8b, £60,800 a year [1].',
            )
        ],
        bad=[
            ("comparison", "", "Of the bands listed, Band 7 pays the most, from £45,100 up to £51,900 [2]."),
            (
                "comparison",
                "",
                'Highest starting salary in "Salary by Band" (Registered Nurse, UK 2024): Band 7, £45,100 a year [2].',
            ),
        ],
    ),
    Base(
        "of-ie-grade",
        "What is the salary range of a staff nurse in Ireland?",
        [IE_GRADE, IE_CNM1],
        "In Ireland in 2023, a staff nurse is paid from €35,900 at the lowest point of the scale to €49,100 at the "
        "highest point [1].",
        para=[
            ("copy", "Staff Nurse (Grade): Lowest point: €35,900; Highest point: €49,100 [1]"),
            (
                "record",
                "Staff Nurse, Ireland 2023, Staff Nurse (Grade): lowest point €35,900 a year; highest point €49,100 a "
                "year [1].",
            ),
            ("copy", "Clinical Nurse Manager 1 (Grade): Lowest point: €52,300; Highest point: €57,800 [2]"),
        ],
        bad=[
            ("place", "", "In the UK in 2024, a staff nurse is paid from €35,900 to €49,100 [1]."),
            ("row", "", "In Ireland in 2023, a staff nurse can reach €57,800 at the highest point of the scale [2]."),
            ("column", "", "In Ireland in 2023, a staff nurse starts at €49,100, the lowest point of the scale [1]."),
        ],
    ),
    Base(
        "of-ie-years",
        "What does a staff nurse in Ireland earn after 7 years of service?",
        [IE_Y7, IE_Y1],
        "A staff nurse in Ireland with 7 years of service earns an annual salary of €45,050 [1].",
        para=[("record", "Staff Nurse, Ireland 2023, 7 years: annual salary €45,050 [1].")],
        bad=[
            ("row", "", "A staff nurse in Ireland with 7 years of service earns an annual salary of €35,900 [2]."),
            ("period", "an annual salary of €45,050", "€45,050 a month"),
            ("job", "A staff nurse in Ireland", "A civil engineer in Ireland"),
        ],
    ),
    Base(
        "of-ie-allowance",
        "How much is the qualification allowance for nurses in Ireland?",
        [IE_ALLOW],
        "Nurses in Ireland with a recognised post-registration qualification receive an allowance of €3,250 a year on "
        "top of their scale point [1].",
        bad=[
            (
                "row",
                "",
                "Nurses working on the islands off the west coast receive a location allowance of €3,250 a year [1].",
            ),
            ("period", "€3,250 a year", "€3,250 a month"),
        ],
    ),
    Base(
        "of-tch-m3",
        "What was the M3 teacher salary in 2022?",
        [TCH_M3, TCH_M1],
        "In 2022, a teacher on point M3 of the main pay scale in the rest of England earned £31,200 [1].",
        para=[("record", "Secondary School Teacher, England 2021-2023, M3 (Point): 2022 £31,200 a year [1].")],
        bad=[
            ("column", "", "In 2022, a teacher on point M3 of the main pay scale earned £33,300 [1]."),
            ("row", "", "In 2022, a teacher on point M1 of the main pay scale earned £31,200 [1]."),
        ],
    ),
    Base(
        "of-tch-london",
        "What is the starting salary for teachers in inner London?",
        [TCH_INNER, TCH_REST],
        "In inner London, a new teacher on M1 started on £36,100 in 2023, and the top of the upper scale was £53,900 "
        "[1].",
        para=[
            (
                "record",
                "Secondary School Teacher, England 2021-2023, Inner London: starting salary (M1) £36,100 a year; top "
                "of upper scale (U3) £53,900 a year [1].",
            )
        ],
        bad=[
            ("row", "", "In the rest of England, a new teacher on M1 started on £36,100 in 2023 [1]."),
            ("column", "", "In inner London, the top of the upper scale was £36,100 in 2023 [1]."),
        ],
    ),
    Base(
        "of-tch-head",
        "How much do head teachers earn?",
        [TCH_HEAD, TCH_DEP],
        "Head teachers in England were paid between £60,200 and £131,500 in 2023 [1].",
        bad=[
            ("row", "", "Deputy head teachers in England were paid between £60,200 and £131,500 in 2023 [1]."),
            ("job", "", "Head teachers in England were paid between £52,400 and £72,800 in 2023 [2]."),
        ],
    ),
    Base(
        "of-tch-bursary",
        "What bursary do physics trainees get?",
        [TCH_PHYS, TCH_CHEM],
        "A physics trainee teacher in England could get a bursary of £27,500 in 2023 [1].",
        bad=[("row", "", "A chemistry trainee teacher in England could get a bursary of £27,500 in 2023 [1].")],
    ),
    Base(
        "of-sol-nq",
        "What does a newly qualified solicitor earn in a City of London firm?",
        [SOL_NQ, SOL_3Y],
        "A newly qualified solicitor at a City of London firm earns £100,000, against £52,000 at a national firm and "
        "£38,000 at a regional firm [1].",
        para=[
            (
                "record",
                "Solicitor, England and Wales 2024, Newly qualified: regional firm £38,000 a year; national firm "
                "£52,000 a year; city of London firm £100,000 a year [1].",
            )
        ],
        bad=[
            ("column", "", "A newly qualified solicitor at a national firm earns £100,000 [1]."),
            ("row", "", "A solicitor with 3 years' PQE at a City of London firm earns £100,000 [1]."),
            ("employer", "", "A City of London firm makes £100,000 a year [1]."),
        ],
    ),
    Base(
        "of-sol-city",
        "Do solicitors earn more in London or Manchester?",
        [SOL_LON, SOL_MAN],
        "With 3 years' PQE, solicitors in London earn a median of £78,000, more than the £52,000 in Manchester [1, 2].",
        para=[
            (
                "record",
                "Solicitor, England and Wales 2024: London, median salary £78,000 a year [1]; Manchester, median "
                "salary £52,000 a year [2]. London's median salary is higher.",
            )
        ],
        bad=[
            (
                "comparison",
                "",
                "Solicitor, England and Wales 2024: London, median salary £78,000 a year [1]; Manchester, median "
                "salary £52,000 a year [2]. Manchester's median salary is higher.",
            ),
            ("row", "", "With 3 years' PQE, solicitors in Manchester earn a median of £78,000 [1]."),
        ],
    ),
    Base(
        "of-acc-senior",
        "What does a senior accountant earn in Australia?",
        [ACC_SEN, ACC_GRAD],
        "A senior accountant in Australia, with 4 to 6 years of experience, earns a median of A$101,000, typically "
        "between A$92,000 and A$112,000 [1].",
        para=[
            (
                "record",
                "Chartered Accountant, Australia 2024, Senior Accountant (years of experience: 4 to 6): median salary "
                "A$101,000 a year; typical range A$92,000 to A$112,000 a year [1].",
            )
        ],
        bad=[
            ("place", "in Australia", "in Canada"),
            ("row", "", "A graduate accountant in Australia earns a median of A$101,000 [1]."),
            ("number", "A$101,000", "A$110,000"),
        ],
    ),
    Base(
        "of-acc-city",
        "Which Australian state capital pays accountants the most?",
        [ACC_SYD, ACC_HOB, ACC_MEL],
        "Sydney pays accountants the most of the state capitals, a median of A$104,000 [1].",
        para=[
            (
                "record",
                'Highest median salary in "Median accountant salary by state capital, Australia, 2024" (Chartered '
                "Accountant, Australia 2024): Sydney, A$104,000 a year [1].",
            ),
            ("paraphrase", "Hobart has the lowest median accountant salary of the state capitals, A$83,000 [2]."),
        ],
        bad=[
            ("comparison", "", "Hobart pays accountants the most of the state capitals, a median of A$83,000 [2]."),
            (
                "comparison",
                "",
                "Melbourne has the lowest median accountant salary of the state capitals, A$98,500 [3].",
            ),
        ],
    ),
    Base(
        "of-acc-tax",
        "What do tax accountants earn?",
        [ACC_TAX, ACC_FOR],
        "Senior accountants specialising in tax earn a median of A$103,000 in Australia [1].",
        para=[("paraphrase", "In Australia, senior accountants who specialise in tax earn a median of A$103,000 [1].")],
        bad=[
            (
                "row",
                "",
                "Senior accountants specialising in forensic accounting earn a median of A$103,000 in Australia [1].",
            ),
            ("job", "", "Tax lawyers in Australia earn a median of A$103,000 [1]."),
        ],
    ),
    Base(
        "of-de-munich",
        "What do software engineers earn in Munich?",
        [DE_MUN, DE_BER],
        "Software engineers in Munich earn a median of €5,900 a month, before tax [1].",
        para=[
            ("record", "Software Engineer, Germany 2023, Munich: median monthly salary €5,900 [1]."),
            ("record", "Software Engineer, Germany 2023: Munich, median monthly salary €5,900 a month [1]."),
            ("rounding", "In Munich, software engineers make about €5.9k a month [1]."),
        ],
        bad=[
            ("period", "€5,900 a month", "€5,900 a year"),
            ("row", "", "Software engineers in Berlin earn a median of €5,900 a month [1]."),
            ("place", "", "Software engineers in Canada earn a median of €5,900 a month [1]."),
        ],
    ),
    Base(
        "of-de-top-city",
        "Which German city pays software engineers the most?",
        [DE_MUN, DE_BER, DE_LEI],
        "Munich pays software engineers the most, a median of €5,900 a month [1].",
        para=[
            (
                "record",
                'Highest median monthly salary in "Monthly Salary by City" (Software Engineer, Germany 2023): Munich, '
                "€5,900 a month [1].",
            ),
            (
                "record",
                'Lowest median monthly salary in "Monthly Salary by City" (Software Engineer, Germany 2023): Leipzig, '
                "€4,450 a month [3].",
            ),
        ],
        bad=[
            ("comparison", "", "Berlin pays software engineers the most, a median of €5,300 a month [2]."),
            (
                "comparison",
                "",
                'Highest median monthly salary in "Monthly Salary by City" (Software Engineer, Germany 2023): Berlin, '
                "€5,300 a month [2].",
            ),
            (
                "comparison",
                "",
                'Lowest median monthly salary in "Monthly Salary by City" (Software Engineer, Germany 2023): Berlin, '
                "€5,300 a month [2].",
            ),
            ("period", "€5,900 a month", "€5,900 a year"),
        ],
    ),
    Base(
        "of-de-compare",
        "Do software engineers earn more in Munich or Berlin?",
        [DE_MUN, DE_BER],
        "Software Engineer, Germany 2023: Munich, median monthly salary €5,900 a month [1]; Berlin, median monthly "
        "salary €5,300 a month [2]. Munich's is higher.",
        para=[
            (
                "paraphrase",
                "Munich pays software engineers more than Berlin: a median of €5,900 a month against €5,300 [1, 2].",
            )
        ],
        bad=[
            ("comparison", "Munich's is higher.", "Berlin's is higher."),
            (
                "period",
                "",
                "Software engineers earn a median of €5,900 a year in Munich and €5,300 a year in Berlin [1, 2].",
            ),
            (
                "row",
                "",
                "Software engineers earn a median of €5,300 a month in Munich and €5,900 a month in Berlin [1, 2].",
            ),
        ],
    ),
    Base(
        "of-de-senior",
        "What does a senior software engineer earn in Germany?",
        [DE_57, DE_01, DE_SCOPE],
        "In Germany, a senior software engineer with 5 to 7 years of experience earns a median of €6,200 a month, "
        "typically between €5,500 and €6,900 [1].",
        para=[
            (
                "record",
                "Software Engineer, Germany 2023, 5 to 7 years (Senior Software Engineer): median monthly salary "
                "€6,200; typical range €5,500 to €6,900 [1].",
            )
        ],
        bad=[
            ("period", "€6,200 a month", "€6,200 a year"),
            ("row", "", "In Germany, a junior software engineer earns a median of €6,200 a month [1]."),
            ("place", "In Germany", "In Canada"),
        ],
    ),
    Base(
        "of-ca-senior",
        "What does a senior software engineer earn in Canada?",
        [CA_SEN, CA_JUN],
        "In Canada, a senior software engineer (6 to 9 years of experience) earns a median of C$124,000 a year [1].",
        para=[
            (
                "record",
                "Software Engineer, Canada 2024, Senior Software Engineer (typical experience: 6 to 9 years): median "
                "salary C$124,000 a year; typical range C$110,000 to C$140,000 a year [1].",
            )
        ],
        bad=[
            ("place", "In Canada", "In Germany"),
            ("row", "", "In Canada, a junior software engineer earns a median of C$124,000 a year [1]."),
            ("period", "C$124,000 a year", "C$124,000 a month"),
        ],
    ),
    Base(
        "of-ca-province",
        "Do software engineers earn more in British Columbia or Ontario?",
        [CA_BC, CA_ON],
        "Software engineers in British Columbia earn a median of C$109,000, more than the C$104,000 in Ontario [1, 2].",
        bad=[
            ("row", "", "Software engineers in Ontario earn a median of C$109,000 [1]."),
            ("comparison", "more than", "less than"),
        ],
    ),
    Base(
        "of-ph-hospital",
        "How much do hospital pharmacists earn?",
        [PH_HOSP, PH_COMM],
        "Hospital pharmacists in the US earned a median of $136,900 a year, or $65.80 an hour, in 2023 [1].",
        para=[
            ("record", "Pharmacist, US 2023, Hospital: median annual salary $136,900; median hourly wage $65.80 [1].")
        ],
        bad=[
            ("period", "", "Hospital pharmacists in the US earned a median of $65.80 a year in 2023 [1]."),
            ("row", "", "In community pharmacies, US pharmacists earned a median of $136,900 a year [1]."),
            ("job", "", "Pharmacy technicians in US hospitals earned a median of $136,900 a year [1]."),
        ],
    ),
    Base(
        "of-ph-state",
        "Which state pays pharmacists the most?",
        [PH_CAL, PH_TX, PH_AK],
        "California pays pharmacists the most, a median of $151,300 a year, or $72.75 an hour [1].",
        bad=[
            ("comparison", "", "Alaska pays pharmacists the most, a median of $149,200 a year [3]."),
            ("period", "$72.75 an hour", "$72.75 a month"),
        ],
    ),
    Base(
        "of-ce-grad",
        "What does a graduate civil engineer earn in Ireland?",
        [CE_GRAD, CE_ENG],
        "A graduate civil engineer in Ireland earns a median of €36,500, typically €33,000 to €40,000 [1].",
        para=[
            (
                "record",
                "Civil Engineer, Ireland 2024, Graduate Engineer (years of experience: 0 to 2): median salary €36,500 "
                "a year; typical range €33,000 to €40,000 a year [1].",
            )
        ],
        bad=[
            ("job", "", "A graduate staff nurse in Ireland earns a median of €36,500 [1]."),
            ("row", "", "An engineer with 3 to 5 years of experience in Ireland earns a median of €36,500 [1]."),
            ("place", "in Ireland", "in the UK"),
        ],
    ),
    Base(
        "of-dublin",
        "What do nurses earn in Dublin?",
        [IE_DUB, CE_DUB],
        "Staff nurses in the Dublin area earn a median salary of €46,200 [1].",
        para=[("paraphrase", "In Dublin, civil engineers earn a median of €58,000 [2].")],
        bad=[
            ("job", "", "Staff nurses in Dublin earn a median salary of €58,000 [2]."),
            ("job", "", "Civil engineers in Dublin earn a median salary of €46,200 [1]."),
        ],
    ),
    Base(
        "of-sw-5y",
        "What does a social worker with 5 years of experience earn in the Netherlands?",
        [SW_5, SW_0, SW_SCOPE],
        "A social worker in the Netherlands with 5 years of experience earns a gross salary of €3,640 a month [1].",
        para=[("record", "Social Worker, Netherlands 2024, 5 years: gross salary €3,640 a month [1].")],
        bad=[
            ("period", "€3,640 a month", "€3,640 a year"),
            (
                "row",
                "",
                "A newly qualified social worker in the Netherlands (0 years of experience) earns €3,640 a month [1].",
            ),
            ("period", "", "Social workers in the Netherlands earn an annual salary of €3,640 after 5 years [1]."),
        ],
    ),
    Base(
        "of-sw-roles",
        "What is the pay range of a team leader in social work?",
        [SW_TL, SW_SEN],
        "A team leader in social work in the Netherlands is paid on scale 10, from €3,890 at the lowest step to "
        "€5,410 at the highest step, per month [1].",
        para=[
            ("copy", "Team Leader (Role): Pay scale: Scale 10; Lowest step: €3,890; Highest step: €5,410 [1]"),
            ("copy", "Senior Social Worker (Role): Pay scale: Scale 9; Lowest step: €3,420; Highest step: €4,780 [2]"),
        ],
        bad=[
            (
                "row",
                "",
                "A senior social worker in the Netherlands is paid up to €5,410 a month at the highest step [1].",
            ),
            ("period", "per month", "per year"),
        ],
    ),
    Base(
        "of-gs-kestrel",
        "How long is the Kestrel Retail Management Programme?",
        [GS_KES, GS_BW],
        "The Kestrel Retail Management Programme lasts 18 months and starts on £30,000 a year [1].",
        para=[
            (
                "paraphrase",
                "Graduates on the Kestrel Retail Management Programme earn £30,000 a year for 18 months [1].",
            )
        ],
        bad=[
            ("row", "", "The Kestrel Retail Management Programme lasts 3 years and starts on £30,000 a year [1, 2]."),
            ("employer", "", "Kestrel Retail makes £30,000 a year [1]."),
        ],
    ),
    Base(
        "of-gs-northgate",
        "What does the Northgate Bank programme pay?",
        [GS_NB, GS_ORB],
        "The Northgate Bank Graduate Programme pays a starting salary of £38,500 a year and lasts 2 years, in London "
        "or Edinburgh [1].",
        bad=[
            ("employer", "", "Northgate Bank earns £38,500 a year from its graduate programme [1]."),
            (
                "row",
                "",
                "The Orbital Software Graduate Engineer Programme pays a starting salary of £38,500 a year [1].",
            ),
            ("row", "", "The Northgate Bank Graduate Programme lasts 1 year [1, 2]."),
        ],
    ),
    Base(
        "of-gs-sector",
        "Which sector has the highest average graduate starting salary?",
        [GS_LAW, GS_TECH],
        "Law has the highest average starting salary of the sectors, £44,500 [1].",
        bad=[("comparison", "", "Technology has the highest average starting salary of the sectors, £35,500 [2].")],
    ),
    Base(
        "of-pg-stipend",
        "What is the PhD stipend per month?",
        [PG_STD, PG_LON],
        "The standard minimum doctoral stipend for 2024/25 is £19,500 a year, which is £1,625 a month [1].",
        para=[
            (
                "record",
                "Funding Postgraduate Study, UK 2024/25, Standard stipend (Stipend): per year £19,500; per month "
                "£1,625 [1].",
            )
        ],
        bad=[
            ("period", "", "The standard minimum doctoral stipend for 2024/25 is £1,625 a year [1]."),
            ("row", "", "The London stipend for 2024/25 is £19,500 a year [1]."),
        ],
    ),
    Base(
        "of-pg-loan",
        "How much is the master's loan in Wales?",
        [PG_WAL, PG_ENG],
        "Students from Wales can get up to £18,900 for a master's in 2024/25, part loan and part grant [1].",
        bad=[("row", "", "Students from England can get up to £18,900 for a master's in 2024/25 [1].")],
    ),
    Base(
        "of-scope-spain",
        "What do nurses earn in Spain?",
        [NURSE_B5, IE_GRADE],
        "The documents do not cover nurses in Spain. They have figures for nurses in: UK 2024 (Registered Nurse: "
        "Career Guide) and Ireland 2023 (Staff Nurse in Ireland: Career Guide).",
        para=[
            (
                "scope",
                "The documents do not cover nurse pay in Spain. They have figures for nurse in: UK 2024 (Registered "
                "Nurse: Career Guide) and Ireland 2023 (Staff Nurse in Ireland: Career Guide). The closest figures the "
                "documents have:\n\n- Registered Nurse, UK 2024, Band 5 (Staff Nurse): starting salary £28,900 a "
                "year; top of band £35,400 a year [1]\n- Staff Nurse, Ireland 2023, Staff Nurse: lowest point €35,900 "
                "a year; highest point €49,100 a year [2]",
            )
        ],
        bad=[
            ("place", "", "The documents do not cover nurses in Spain. Nurses in Spain earn €35,900 a year [2]."),
            ("place", "", "Nurses in Spain start on £28,900 a year [1]."),
        ],
    ),
]


def load_chunks() -> list[str]:
    from ingest.chunk import chunk_corpus
    from ingest.load import load_corpus

    docs, _ = load_corpus(ROOT / "corpus")
    return [f"{c.section}\n{c.text}" for c in chunk_corpus(docs)]


def load_office_chunks() -> list[str]:
    """The office corpus's chunks as the chain gives them to the guard: section, text and "Document: ..." line."""
    from bot.types import verifiable_text
    from ingest.chunk import chunk_corpus
    from ingest.load import load_corpus

    docs, _ = load_corpus(ROOT / OFFICE_CORPUS)
    return [verifiable_text(c) for c in chunk_corpus(docs)]


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
    office = load_office_chunks()
    office_rows = [r | {"corpus": OFFICE_CORPUS} for b in OFFICE_BASES for r in cases_of(b, office)]
    assign_splits(office_rows)  # the same rule, on its own: adding them moves no earlier case between splits
    rows += office_rows
    planted_ids = {r["id"] for r in rows}
    rows += [r for r in model_rows if r["id"] not in planted_ids]
    args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    print(f"wrote {len(rows)} cases ({len(model_rows)} model) to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
