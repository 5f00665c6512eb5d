"""The field's words: how careers text says pay, a statistic, a job, a level, and what kind of answer a question wants.

Language, not facts about a document: no company, role or figure of any guide is here (the lexicon,
bot/retrieval/lexicon.py, holds those, built from the documents). One copy of each list, so the lexicon's
builder, the scope check, the quoted answer and the verifier read a word the same way.

- ``PAY_WORDS`` / ``asks_about_pay``: the words that say pay ("salary", "earns", "compensation", "makes");
  ``PAY_VERBS``: its verbs ("pays more", "paying the most");
- ``STAT_WORDS``: a table column or a label that names a statistic, not a thing ("Median salary", "Top 10%");
  ``STAT_KINDS``: the statistic a phrase states (average, median, range, top, bottom);
- ``JOB_HEADS``: the head nouns of job titles ("engineer", "nurse"), for ``bot.text.job_phrases``;
- ``LEVEL_NOUNS`` / ``LEVEL_NEXT``: what makes a level's name of a word ("senior level", "entry-level", "lead roles");
- ``ANSWER_KINDS`` / ``answer_kind``: what a question asks for (a duration, money, a percentage) and how a line
  giving it looks.

Shortcuts: English, with other languages' pay, price and how-much words from ``bot.languages``; regular expressions.
"""

from __future__ import annotations

import re

from bot.languages import HOW_MUCH, PAY, PRICE
from bot.occupations import JOB_HEADS as _JOB_HEADS

# --- pay ----------------------------------------------------------------------------------------------------------

# Whole words only: "payment" and "paying" are listed, "payroll" and "display" are not.
PAY_WORDS = re.compile(  # "what should i be on?", "how much does an intern doctor (stazysta) in poland get"
    r"(?:\b(?:pay|pays|paid|paying|payment|payments|salary|salaries|earn\w*|income|incomes|compensation|wage|wages|make"
    r"|makes|money|take[- ]home|hourly|monthly|yearly|per (?:hour|month|annum)|package|(?:day|daily|weekly|shift|pay"
    r"|piece) rates?|rates? of pay|(?:day|daily) fees?|per diems?|(?:will|would|should|could|do"
    r"|does|can) (?:i|you|we|they|he|she|one|a \w+) be on|how much (?:do|does|did|will|would|can|could"
    r"|should) (?:(?!\b(?:costs?|fees?|time)\b)[^?.!]){1,80}?\b(?:get|gets|receive|receives)(?=\s*(?:$|[?.!,]|(?:at"
    r"|from|in|on|per|each|every|after|during|before|when|while|as|with|for)\b)))\b|" + PAY + ")",
    re.I,
)

# A column label that counts (people, employers, years) rather than pays: its bare numbers are no amounts; not one
# keyed by years ("Years since graduation 3–5": its cells are pay).
COUNT_LABEL = re.compile(
    r"\b(?:number|count|respondents?|sample|n|employers|responses|vacancies|jobs|rank|share|employed|employment"
    r"|headcount|workforce|members|students|places|openings|duration)\b|\bno\.\s|^\s*(?:years?|hours?|age)\b(?!.*\d)|%",
    re.I,
)  # fmt: skip

REFERS_BACK = re.compile(r"\b(?:it|that|this|those|these|them)\b", re.I)  # a follow-up about the answer before
# The verbs that say pay ("Acme pays more", "the employers paying the most"): a comparison or a superlative of pay.
PAY_VERBS = ("pay", "pays", "paid", "paying", "earn", "earns", "earning", "make", "makes")


# Money a student gets that is not a salary (a funding guide's figures), and the words for a figure itself.
FUNDING_WORDS = re.compile(r"\b(?:stipends?|bursar(?:y|ies)|loans?|borrow(?:ing)?)\b", re.I)
# Other money a document may state (fees, allowances, supplements): a value asked for, not pay.
OTHER_MONEY_WORDS = re.compile(r"\b(?:fees?|allowances?|premiums?|supplements?|grants?)\b", re.I)
# What a question asking a price says ("How much is rent ...?", "What does a visa cost?").
PRICE_WORDS = re.compile(rf"\bhow much\b|\bcosts?\b|\bprices?\b|\bcharges?\b|\bfees?\b|{HOW_MUCH}|{PRICE}", re.I)
# Words that say how much is asked, not what ("altogether", "in total"), and what stands before a verb ("to speak",
# "can I borrow"): neither names a subject a question asks the price of.
# Words a student types without their apostrophe ("whats", "ive"), ordinals ("second year") and words that judge
# ("is it worth ...", "is it hard"): never a subject.
NO_SUBJECT_WORDS = frozenset(
    "whats ive im dont cant wont youre theyre thats hows wheres whos isnt arent doesnt didnt id ill wouldnt shouldnt "
    "couldnt first second third fourth fifth sixth seventh eighth ninth tenth worth worthwhile possible likely easy "
    "hard difficult good bad idea realistic normal enough called named bottom top among amongst".split()
)
# A place column's words that say how or where work is done, not a place ("Remote (anywhere in the UK)"): no student's
# "remote sites" names that row
NOT_PLACE_CELLS = frozenset(
    "remote hybrid nationwide national offshore onshore overseas abroad international other field rural urban "
    "regional home headquarters".split()
)
# A question that asks why ("Why is ...?", "How come ...?"): answered by the documents' prose, never by a figure.
EXPLAIN_WORDS = re.compile(r"^\s*(?:why\b|how come\b|what does .{1,40} mean\b|explain\b)", re.I)
HOW_MUCH_WORDS = frozenset("altogether total overall combined roughly exactly approximately currently actually".split())
VERB_BEFORE = re.compile(r"\b(?:to|I|we|you|they|can|could|should|would|will|must)\s+$", re.I)
FIGURE_WORDS = re.compile(r"\b(?:figures?|amounts?|range|median|average)\b", re.I)


def asks_about_money(question: str) -> bool:
    """Whether ``question`` asks about pay or about money a student gets (a stipend, a loan, a bursary)."""
    return asks_about_pay(question) or bool(FUNDING_WORDS.search(question))


def asks_about_pay(question: str) -> bool:
    """Whether ``question`` asks about pay: it holds a pay word. A "$" alone does not ask about pay: market sizes are
    in dollars too ("Since the AI market will reach $5 trillion by 2030, ...")."""
    return bool(PAY_WORDS.search(question))


def asks_for_prose(question: str) -> bool:
    """Whether ``question`` asks what a document says in words (a route, a qualification, a test, a reason), not a
    figure: no pay, price or figure word, no "how much/many", no number. A table's rows do not answer it. "Most
    people" is a quantifier, not a superlative."""
    question = re.sub(r"(?<!\bthe )\bmost\s+(?=people\b|[a-z]+s\b)", "", question, flags=re.I)
    return not (
        PAY_WORDS.search(question)
        or PRICE_WORDS.search(question)
        or FIGURE_WORDS.search(question)
        or FUNDING_WORDS.search(question)
        or re.search(
            r"\bhow (?:much|many)\b|\d|\b(?:most|least|highest|lowest|largest|smallest|biggest|best|worst|top|max"
            r"|maximum|min|minimum|more|less|higher|lower|bigger|smaller|compare[sd]?|versus|vs|share|proportion"
            r"|percent(?:age)?|rate|ratio|number|fraction)\b",
            question,
            re.I,
        )
    )


# A question that asks a share ("the bonus as % of base", "what percentage", "the share of"): percentages answer it.
PERCENT_ASKED = re.compile(r"%|\bper ?cent(?:age)?\b|\bshare of\b", re.I)

# Words of a table's column label that say it is a measure (a median, a starting salary, a scale point), not a second
# key of a cross table ("Dublin", "Senior", "2023"): bot/crosstab.py.
MEASURE_LABEL_WORDS = re.compile(
    r"\b(?:salary|salaries|pay|wages?|earnings|income|compensation|package|median|average|mean|avg|range|rates?"
    r"|percentile|quartile|decile|min(?:imum)?|max(?:imum)?|start|starting|entry|top|bottom|base|basic|bonus|total"
    r"|gross|net|annual|annually|monthly|hourly|weekly|daily|yearly|per|typical|low|lower|high|higher|upper|allowance"
    r"|fees?|stipend|cost|steps?|points?|scale|overtime|premium|supplement|housing|increment|mid-?point|band|grade"
    r"|bursary|loan|grant|tuition|rent|price|value|amount|figures?|from|up to|spine|ingresos?|sueldos?|salarios?"
    r"|mensual|anual|salaire|lohn|gehalt|maa[sş]|[üu]cret|palk|mzda|pensja)\b",
    re.I,
)


# --- statistics -----------------------------------------------------------------------------------------------------

# A label or table column naming a statistic (or the pay it describes), not a thing the line is about.
STAT_WORDS = re.compile(r"\b(?:average|median|mean|range|top|bottom|salary|salaries|annual|percentile)\b", re.I)
# The statistic a phrase states: (pattern, kind).
STAT_KINDS: tuple[tuple[str, str], ...] = (
    (r"\btop\s+10\s*(?:%|percent)|\btop\s+(?:earners|decile)|\b90th\s+percentile", "top"),
    (
        r"\bbottom\s+10\s*(?:%|percent)|\bbottom\s+(?:earners|decile)|\blowest[- ]paid\s+10|\b10th\s+percentile",
        "bottom",
    ),
    (r"\bmedian\b", "median"),
    (r"\baverage\b|\bmean\b|\bavg\b|\bon average\b", "average"),
    (r"\brange[sd]?\b|\branging\b", "range"),
)

# --- jobs and levels ----------------------------------------------------------------------------------------------

JOB_HEADS = _JOB_HEADS  # the trades, crafts and services too ("mason", "stevedore", "safari guide")
# Another name a document gives its own job: "many employers advertise the same job as "software developer"",
# "also known as a "chartered engineer"" (language).
JOB_ALIAS = re.compile(
    r"\b(?:advertise[sd]?|list(?:s|ed)?|post(?:s|ed)?|describe[sd]?)\s+(?:the\s+same|this|the)\s+(?:job|role|post|position)\s+"
    r"as\s+(?:an?\s+)?[\"“']?(?P<alias>[A-Za-z][A-Za-z -]{2,40}?)[\"”']?(?=[.,;)]|$)|\b(?:also|often|sometimes)\s+"
    r"(?:called|known\s+as|titled)\s+(?:an?\s+)?[\"“']?(?P<alias2>[A-Za-z][A-Za-z -]{2,40}?)[\"”']?(?=[.,;)]|$)",
    re.I,
)
# Everyday names of a job and the title careers documents use for it (language, not a document's facts): a question
# about "lawyers" is about the solicitors a document describes, "developers" are software engineers.
JOB_SYNONYMS = {
    "lawyer": "solicitor",
    "attorney": "solicitor",
    "developer": "software engineer",
    "dev": "developer",
    "programmer": "software engineer",
    "coder": "software engineer",
    "chemist": "pharmacist",
    "educator": "teacher",
    "schoolteacher": "teacher",
    "physio": "physiotherapist",
    "vet": "veterinary surgeon",
    "veterinarian": "veterinary surgeon",
    "sparky": "electrician",
    "cop": "police officer",
    "postdoc": "postdoctoral fellow",
}
# What frames a title's job at its end: "Veterinary Surgeon Salaries", "Dental Hygienist Salary Guide", "... 2024".
TITLE_FRAME = re.compile(
    r"\s*(?:salary guide|salaries|salary|pay|careers? guide|(?:as )?an? careers?|careers?|guide"
    r"|\d{4}(?:\s?[/–-]\s?\d{2,4})?|,)\s*$",
    re.I,
)
# A title asked as a question: "What Do Vet Nurses Earn in 2025?", "How much does a plumber make?" (the job).
TITLE_QUESTION = re.compile(
    r"^(?:what|how much)\s+(?:do|does|did|can|could|will|should)\s+(?:an?\s+|the\s+)?(?P<job>.+?)\s+"
    r"(?:earn|make|get paid|get|take home|really earn)\b", re.I
)  # fmt: skip
# States and provinces as documents and students shorten them, both ways (language): "NSW" is "New South Wales".
PLACE_SHORT = {
    "KL": "Kuala Lumpur", "NSW": "New South Wales", "Vic": "Victoria", "Qld": "Queensland",
    "WA": "Western Australia", "SA": "South Australia", "Tas": "Tasmania", "ACT": "Australian Capital Territory",
    "NT": "Northern Territory", "BC": "British Columbia", "NRW": "North Rhine-Westphalia",
    "BW": "Baden-Württemberg", "NYC": "New York", "SF": "San Francisco", "HK": "Hong Kong",
}  # fmt: skip
PLACE_SHORT |= {long: short for short, long in PLACE_SHORT.items()}
# Cells that answer a column ("Unionized newsrooms: Most", "Remote: Yes") and name no row (language).
NOT_ROW_NAMES = frozenset(
    "most some few many all none yes no n/a varies mixed rare common often sometimes usually always never".split()
)
# A field's name -> its job, for a document titled by its field ("Physiotherapy careers", "Social Work in Canada").
FIELD_JOBS = {
    "physiotherapy": "Physiotherapist",
    "teaching": "Teacher",
    "social work": "Social Worker",
    "nursing": "Nurse",
    "midwifery": "Midwife",
    "pharmacy": "Pharmacist",
    "dentistry": "Dentist",
    "architecture": "Architect",
    "accountancy": "Accountant",
    "accounting": "Accountant",
    "law": "Lawyer",
    "policing": "Police Officer",
    "journalism": "Journalist",
    "engineering": "Engineer",
    "paramedicine": "Paramedic",
    "veterinary medicine": "Veterinary Surgeon",
    "veterinary science": "Veterinary Surgeon",
    "psychology": "Psychologist",
    "medicine": "Doctor",
    "plumbing": "Plumber",
    "carpentry": "Carpenter",
    "library": "Librarian",
    "librarianship": "Librarian",
    "ecology": "Ecologist",
    "human resources": "HR professional",
    "investment banking": "Investment banker",
    "banking": "Banker",
    "translation": "Translator",
    "interpreting": "Interpreter",
    "games": "Game developer",
    "game development": "Game developer",
    "dietetics": "Dietitian",
    "radiography": "Radiographer",
    "firefighting": "Firefighter",
}


# Everyday names of a job of two words (language): "police officers" are police constables, flight attendants crew.
JOB_PHRASE_SYNONYMS = {
    "police officer": "police constable",
    "police": "police constable",
    "flight attendant": "crew",
    "daycare worker": "early childhood educator",
}


def job_synonyms(phrase: str) -> list[str]:
    """The phrase with its head noun named as documents name it ("software developer" -> "software engineer",
    "corporate lawyer" -> "corporate solicitor"); [] when its head has no other name."""
    words = phrase.split()
    if not words:
        return []
    low = phrase.lower().rstrip("s")
    for said, other in JOB_PHRASE_SYNONYMS.items():
        if low == said or low.endswith(" " + said):
            return [phrase[: len(low) - len(said)] + other]
    last = words[-1].lower()
    other = JOB_SYNONYMS.get(last) or JOB_SYNONYMS.get(last.rstrip("s"))
    if not other:
        return []
    mods = [w for w in words[:-1] if w.lower() not in other.split()]
    return [" ".join([*mods, other])]


# What follows a level's word when it names the level: "senior level", "entry-level", "lead roles", "junior ones".
LEVEL_NOUNS = (
    "level",
    "levels",
    "role",
    "roles",
    "position",
    "positions",
    "title",
    "titles",
    "job",
    "jobs",
    "one",
    "ones",
)
LEVEL_NEXT = re.compile(rf"[\s-]+(?:{'|'.join(LEVEL_NOUNS)})\b", re.I)

# --- what a table's rows are ----------------------------------------------------------------------------------------

# The words a question may use for what a table's rows are, by kind: "which town" asks the rows of a City, Area or
# Region column; "which industry" those of a Sector column; "which workplace" those of a Work setting column.
ROW_KINDS: dict[str, frozenset[str]] = {
    kind: frozenset(words.split())
    for kind, words in (
        (
            "place",
            "city cities town towns county counties area areas region regions state states province provinces part "
            "parts place places location locations district districts nation nations capital capitals metro where "
            "territory territories emirate emirates prefecture prefectures canton cantons borough boroughs",
        ),
        ("sector", "sector sectors industry industries field fields"),
        ("specialism", "specialism specialisms specialty specialties speciality field fields area areas discipline"),
        ("setting", "setting settings workplace workplaces employer employers"),
        ("company", "company companies firm firms airline airlines carrier carriers bank banks employer employers"),
        (
            "level",
            "level levels grade grades band bands role roles rank ranks position positions title titles job jobs "
            "occupation occupations trade trades profession professions",
        ),
        ("subject", "subject subjects course courses"),
        ("size", "size sizes"),
        ("experience", "experience service seniority"),
    )
}


def row_kinds(text: str) -> set[str]:
    """The kinds of rows ``text`` names ("Which town ..." -> {"place"}; a column "Work setting" -> {"setting"})."""
    found = set(re.findall(r"[a-z]+", text.lower()))
    return {kind for kind, words in ROW_KINDS.items() if found & words}


# --- answer kinds ---------------------------------------------------------------------------------------------------

# What kind of answer a question asks for, and how a line that gives one looks: "How long ...?" is answered by a
# duration, "How much ... pay?" by an amount of money, "At what rate ...?" by a percentage.
ANSWER_KINDS: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (
        re.compile(r"\b(?:rate|percentage|per ?cent|cagr|grow|grew|growth|rise|rose|increase|increased)\b", re.I),
        re.compile(r"\d\s?%|\bper ?cent\b", re.I),
    ),
    (
        re.compile(r"\bhow long\b|\bhow many (?:years|months|weeks)\b", re.I),
        re.compile(r"\b(?:years?|months?|weeks?)\b", re.I),
    ),
    (
        re.compile(
            r"\bhow much\b|\bwhat\b.*\b(?:pay|pays|paid|earn|earns|earned|make|makes)\b"
            r"|\b(?:average|median|typical|starting|base) (?:salary|pay)\b",
            re.I,
        ),
        re.compile(r"[$£€]\s?\d|\d[\d,.]*\s?(?:k\b|USD|GBP|EUR)", re.I),
    ),
    (  # "Where can you study ...?": a line that names a place or an institution
        re.compile(r"^\s*where\b|\bwhere (?:can|do|does|should|could|is|are|to)\b", re.I),
        re.compile(r"\b(?:at|in|from)\s+(?:the\s+)?[A-Z][\w'-]+"),
    ),
    (  # "What degree do you need?": a line that names a qualification
        re.compile(r"\b(?:degree|qualifications?|diploma|what (?:do i|do you|should i) (?:need to )?study)\b", re.I),
        re.compile(
            r"\b(?:bachelor|master|degree|diploma|b\.?sc|m\.?sc|llb|mpharm|phd|doctorate|certificate|gcses?"
            r"|a[- ]levels?|apprenticeship)\b",
            re.I,
        ),
    ),
)


def answer_kind(question: str) -> re.Pattern[str] | None:
    """The pattern a line answering ``question`` holds (a duration, money, a percentage); None when the question
    asks for no such kind."""
    return next((line for asks, line in ANSWER_KINDS if asks.search(question)), None)


# --- places -----------------------------------------------------------------------------------------------------

# Another name of a country (language, not facts about a document).
PLACE_ALIASES = {
    "united kingdom": "UK",
    "britain": "UK",
    "great britain": "UK",
    "u.k.": "UK",
    "united states": "US",
    "usa": "US",
    "u.s.": "US",
    "america": "US",
    "the netherlands": "Netherlands",
    "holland": "Netherlands",
    "czechia": "Czech Republic",
    "oz": "Australia",
    "nz": "New Zealand",
    "aotearoa": "New Zealand",
    "uae": "United Arab Emirates",
    "the emirates": "United Arab Emirates",
    "ksa": "Saudi Arabia",
    "png": "Papua New Guinea",
    "korea": "South Korea",
    "türkiye": "Turkey",  # (CLDR's English name since 2022; students write "Turkey")
    "turkiye": "Turkey",
}
# A people's or nation's adjective and the place it names ("Welsh students", "Irish hospitals").
PLACE_ADJECTIVES = {
    "welsh": "Wales",
    "scottish": "Scotland",
    "english": "England",
    "irish": "Ireland",
    "british": "UK",
    "northern irish": "Northern Ireland",
    "canadian": "Canada",
    "australian": "Australia",
    "german": "Germany",
    "dutch": "Netherlands",
    "american": "US",
    "french": "France",
    "spanish": "Spain",
    "italian": "Italy",
    "indian": "India",
    "chinese": "China",
    "japanese": "Japan",
    "swiss": "Switzerland",
    "swedish": "Sweden",
    "norwegian": "Norway",
    "danish": "Denmark",
    "finnish": "Finland",
    "portuguese": "Portugal",
    "belgian": "Belgium",
    "austrian": "Austria",
    "greek": "Greece",
    "korean": "South Korea",
    "south korean": "South Korea",
    "singaporean": "Singapore",
    "emirati": "United Arab Emirates",
    "mexican": "Mexico",
    "brazilian": "Brazil",
    "south african": "South Africa",
    "new zealand": "New Zealand",
}
# A people's adjective that names a language, not a place: "English teachers", "teaching English", "French to English
# translation" (what stands after it, and before it).
LANGUAGE_NEXT = re.compile(
    r"^\s*(?:language|languages|teachers?|teaching|tefl|esl|esol|efl|celta|tutors?|tutoring|lessons?|literature|speakers?"
    r"|[\s-]?speaking|class(?:es)?"
    r"|translat\w*|interpret\w*|as a (?:second|foreign) language|(?:to|into|>|→|-|<>)\s*[a-z]+(?:ish|ese|an|ch|ic)\b)",
    re.I,
)
LANGUAGE_BEFORE = re.compile(
    r"(?:\b(?:teach|teaches|teaching|speak|speaks|speaking|learn|learning|fluent|native|from|into|in good)"
    r"|→|->|<>)\s+$",
    re.I,
)
# Countries a question or an answer may name that no document need know: a place asked about that no document covers
# is said to be not covered, not read as a subject.
COUNTRIES = (
    "Spain France Italy Portugal Belgium Austria Switzerland Sweden Norway Denmark Finland Poland Greece Germany "
    "Netherlands Ireland Canada Australia Japan China India Singapore Mexico Brazil Argentina Nigeria Kenya UK US "
    "Scotland Wales England Luxembourg Iceland Hungary Romania Turkey Israel Egypt Ghana Qatar Malaysia "
    "Philippines Vietnam Thailand Indonesia Pakistan Bangladesh Chile Colombia Peru Korea"
).split() + [
    "South Africa",
    "New Zealand",
    "Northern Ireland",
    "United Arab Emirates",
    "Saudi Arabia",
    "South Korea",
    "Hong Kong",
    "Sri Lanka",
    "Czech Republic",
]
# Every country's names, lower-cased -> the one name careerbot uses ("united kingdom" -> "UK"), and them as one
# alternation, longest first (a document's region read from its title, a title's place trimmed off its job).
COUNTRY_NAMES = {c.lower(): c for c in COUNTRIES} | {"england and wales": "England and Wales"} | PLACE_ALIASES
COUNTRY_ALTERNATION = "|".join(re.escape(n) for n in sorted(COUNTRY_NAMES, key=len, reverse=True))
# What a country is made of, for the countries whose parts are named by name.
PLACE_PARTS = {
    "UK": ("England", "Scotland", "Wales", "Northern Ireland"),
    "England and Wales": ("England", "Wales"),
}
# Words that say a level or a stage, not what a job is ("senior nurses" are nurses), and superlatives that stand
# before a job noun ("the lowest accountant salaries").
LEVEL_WORDS = frozenset(
    "senior junior graduate trainee newly qualified lead head chief principal entry mid middle intermediate "
    "experienced new starting beginner beginners novice "
    "young average typical largest smallest highest lowest biggest best worst top most least well paid better "
    "median".split()
)
# Who holds a job, not which job ("expat plant managers", "local hires"): a document about the job covers them
WHO_WORDS = frozenset("expat expats expatriate expatriates foreign local migrant international".split())

# --- students' shorthand --------------------------------------------------------------------------------------------

# How students write what documents spell out (language): "3 yrs", "2nd yr", "NQ solicitors", "grad schemes",
# "£30k PA", "€3,000 p/m", and a few common slips of the keyboard ("teh").
_SHORTHAND: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:teh|hte)\b", re.I), "the"),
    (re.compile(r"\b(?:salery|sallary|salry|salay)\b", re.I), "salary"),
    (re.compile(r"\byrs\b", re.I), "years"),
    (re.compile(r"\byr\b", re.I), "year"),
    (re.compile(r"\b1st\b", re.I), "first"),
    (re.compile(r"\b2nd\b", re.I), "second"),
    (re.compile(r"\b3rd\b", re.I), "third"),
    (re.compile(r"\bNQs?\b"), "newly qualified"),
    (re.compile(r"\bgrad\b", re.I), "graduate"),
    (re.compile(r"\bgrads\b", re.I), "graduates"),
    (re.compile(r"\bunis?\b", re.I), "university"),
    (re.compile(r"\bpsychs\b", re.I), "psychologists"),
    (re.compile(r"\b(clinical|counselling|counseling|educational|forensic|health) psych\b", re.I), r"\1 psychologist"),
    (re.compile(r"\b(dental|lab|vet|pharmacy|medical|lift|hvac) tech(s?)\b", re.I), r"\1 technician\2"),
    (re.compile(r"(?<![\w/])(?:PA|p\.a\.|p/a)(?![\w/])"), "per annum"),
    (re.compile(r"(?<![\w/])(?:p/m|pcm)(?![\w/])", re.I), "per month"),
    (re.compile(r"(?<![\w/])p/h(?![\w/])", re.I), "per hour"),
)


def expand_shorthand(text: str) -> str:
    """``text`` with students' shorthand spelled out as documents write it ("2nd yr" -> "second year"); the same
    text when it has none, so reading it twice changes nothing."""
    for pattern, full in _SHORTHAND:
        text = pattern.sub(full, text)
    return text
