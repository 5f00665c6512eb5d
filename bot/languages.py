"""Questions typed in the documents' own languages (issue 26: documents by other hands).

A careers office's documents are often in Spanish, Portuguese, French, Italian or German, and a student asks in that
language: "cuanto gana al mes un cerrajero maestro", "y en puerto plata?", "quien gana mas en rosario". These are the
words such a question is read with (language, not facts about a document), kept apart from the English ones in
``bot.vocabulary`` and ``bot.text``:

- ``FUNCTION_WORDS``: articles, prepositions, pronouns and question words. They carry no subject: a question's
  "de noche de" is no subject the documents are silent on, and "cuanto" is no typo of a document's "cuando".
  ("un" and "la" are left out: "UN-funded projects" and "LA" are names.)
- ``PAY``: the verbs and nouns that ask about pay ("gana", "cobran", "sueldo", "salário", "gagne", "verdient").
- ``HOW_MUCH`` and ``PRICE``: "cuánto", "quanto", "combien", "wie viel"; "cuesta", "precio", "tarifa".
- ``MAX`` and ``MIN``: the highest and the lowest ("mejor pagado", "gana más", "el más bajo", "am meisten");
  ``WHICH``: which row ("cuál", "dónde", "quién", "onde", "quel", "welche").
- ``FOLLOW_UP``: the start of a follow-up ("y en", "¿y los", "e em", "et à", "und in").
- ``YEARS`` and the bounds of a span of years in a table's cell ("alla 1 aasta", "üle 10 aasta", "más de 5 años").
"""

from __future__ import annotations

FUNCTION_WORDS = frozenset(
    # Spanish
    """el los las una unos unas de del al en y o u que qué por para con sin se su sus mi mis le les lo es son
    está están hay como cómo cuanto cuánto cuanta cuánta cuantos cuántos cuantas cuántas cual cuál cuales cuáles
    donde dónde quien quién quienes cuando cuándo muy mas más menos también pero sí yo tu tú ese esa este esta
    estos estas aquí allí"""
    # Portuguese
    """ os um uma do da dos das no na nos nas em ou com sem seu sua seus suas quanto quanta quantos quantas qual
    quais onde quem muito mais também mas"""
    # French
    """ le les une des du et ou qui quoi par pour avec sans son sa ses combien quel quelle quels quelles où
    comment est sont au aux ce cette"""
    # Italian
    """ il gli di della delle dei degli nel nella che quale quali dove più meno"""
    # German
    """ der die das ein eine einen den dem des und oder im am mit für von wie viel viele was wo welche welcher
    welches ist sind bei""".split()
)

_PAY = (
    r"gan(?:a|an|aba|aban|ar|as)|cobr(?:a|an|aba|aban|ar|as)|pag(?:an|aba|aban)|sueldos?|salarios?|remuneraci[oó]n"
    r"|pagad[oa]s?|ganh(?:a|am|ar)|sal[aá]rios?|gagn(?:e|ent|er)|salaires?|r[ée]mun[ée]ration|guadagn(?:a|ano|are)|stipendi[oi]"
    r"|retribuzione|verdien(?:t|en)|gehalt|geh[äa]lter|lohn|l[öo]hne|bezahlt"
)
PAY = rf"\b(?:{_PAY})\b"
HOW_MUCH = r"\bcu[aá]nt[oa]s?\b|\bquant[oa]s?\b|\bcombien\b|\bwie ?viel\b"
PRICE = r"\bcuestan?\b|\bcost(?:o|e)s?\b|\bprecios?\b|\btarifas?\b|\bpre[çc]os?\b|\bprix\b|\bco[uû]te?\b|\bkoste[tn]\b"
MAX = (
    r"\bmejor(?:es)? pagad[oa]s?\b|\b(?:gana[n]?|cobra[n]?|paga[n]?|ganha[m]?|gagnent|gagne) (?:lo )?m(?:[aá]s|ais)\b"
    r"|\bm[aá]s (?:alt[oa]s?|car[oa]s?)\b|\bm[aá]ximo\b|\bmais (?:alt[oa]|bem pag[oa])\b|\ble (?:plus|mieux) pay[ée]\b"
    r"|\bpiù pagat[oa]\b|\bam meisten\b|\bh[öo]chste[nrs]?\b"
)
MIN = (
    r"\bpeor(?:es)? pagad[oa]s?\b|\b(?:gana[n]?|cobra[n]?|paga[n]?|ganha[m]?|gagnent|gagne) (?:lo )?menos\b"
    r"|\bm[aá]s (?:baj[oa]s?|barat[oa]s?)\b|\bm[ií]nimo\b|\bmais baix[oa]\b|\ble moins pay[ée]\b|\bmeno pagat[oa]\b"
    r"|\bam wenigsten\b|\bniedrigste[nrs]?\b"
)
WHICH = r"\b(?:cu[aá]l(?:es)?|qu[eé]|d[oó]nde|qui[eé]n(?:es)?|qual|quais|onde|quem|quel(?:le)?s?|où|welche[rs]?|wo)\b"
FOLLOW_UP = r"¿?\s*(?:y|e|et|und)\s+(?:en|em|no|na|a|à|al|el|la|los|las|para|si|in|im|für|pour|le|les)\b"
YEARS = r"a[ñn]os?|ans?|anni|jahren?|aasta(?:t)?|vuotta|lat|let|leta|godin[ae]?|yıl|év|jaar|år"
LESS = r"alla|alle|menos de|hasta|moins de|unter|weniger als|bis zu|meno di|poniżej|do|manj kot|méně než"
OVER = r"üle|más de|mas de|mais de|plus de|über|uber|ab|oltre|powyżej|ponad|više od|nad|över|yli"

# Function words English writes too ("no", "am", "son", "die"): no sign of another language.
_ALSO_ENGLISH = frozenset("no am son die sin con me mi lo le des est was im wo mas u o y e is in".split())


def in_another_language(question: str) -> bool:
    """Whether ``question`` is typed in another language than English: two of its words or more are that language's
    function words ("cuanto gana al mes un cerrajero": "cuanto", "al")."""
    import re

    words = re.findall(r"[^\W\d_]+", question.lower())
    return sum(w in FUNCTION_WORDS and w not in _ALSO_ENGLISH for w in words) >= 2


# The months, as a question or a sheet's name writes them ("abril", "Abr-Jun", "juil.", "März"): their number.
_MONTHS = (
    "january enero janeiro janvier januar gennaio|february febrero fevereiro fevrier februar febbraio|march marzo marco"
    " mars marz|april abril avril aprile|may mayo maio mai maggio|june junio junho juin juni giugno|july julio julho"
    " juillet juli luglio|august agosto aout|september septiembre setiembre setembro septembre settembre|october"
    " octubre outubro octobre oktober ottobre|november noviembre novembro novembre|december diciembre dezembro"
    " decembre dezember dicembre"
).split("|")
MONTHS = {name: n for n, names in enumerate(_MONTHS, 1) for name in names.split()}
# (three letters, as sheets and ranges shorten them: "abr", "ago", "dic", "okt", "set")
MONTH_STARTS = {name[:3]: n for name, n in MONTHS.items() if name[:3] not in ("mar", "jun", "jul")} | {
    "mar": 3,
    "jun": 6,
    "jul": 7,
    "juil": 7,
    "set": 9,
    "out": 10,
    "okt": 10,
    "dic": 12,
    "dez": 12,
    "ene": 1,
    "fev": 2,
}


def month_span(text: str) -> tuple[int, int] | None:
    """The months a range of month names spans ("Abr-Jun 2025": (4, 6); "jul-sep": (7, 9); "January–June": (1, 6)),
    or the one month a full month name says ("abril": (4, 4)); None when neither."""
    import re
    import unicodedata

    low = "".join(c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c))
    for m in re.finditer(r"\b([a-z]{3,9})\.?\s*(?:-|–|—|/|\ba\b|\bto\b|\bal\b)\s*([a-z]{3,9})\b", low):
        a, b = (MONTHS.get(x) or MONTH_STARTS.get(x[:3]) if x in MONTHS or len(x) <= 4 else None for x in m.groups())
        if a and b:
            return (a, b)
    named = [MONTHS[w] for w in re.findall(r"[a-z]+", low) if w in MONTHS and w not in ("may", "mai", "marco")]
    return (named[0], named[0]) if len(set(named)) == 1 else None


def mostly_in_another_language(text: str) -> bool:
    """Whether a document's ``text`` is written mostly in another language than English: one word in twelve or more
    is that language's function word (Spanish prose runs near one in three; an English guide naming "Universidad de
    Chile" near none)."""
    import re

    words = re.findall(r"[^\W\d_]+", text[:20000].lower())
    foreign = sum(w in FUNCTION_WORDS and w not in _ALSO_ENGLISH for w in words)
    return bool(words) and foreign * 12 >= len(words)
