"""Jobs as other languages name them (issue 26: documents by other hands).

A careers office's pay scale for butchers in Rosario is written in Spanish ("Oficial carnicero", "carnicerías"); a
student asks "how much extra do butchers get" or "cuanto gana un cerrajero". Each line below is an English job's
head noun and how Spanish, Portuguese, French, Italian and German begin to write it (accents folded: "açougueiro" is
"acougueir"). A word begins as one of them when it starts with it and has at most five letters more ("carnicer":
"carnicero", "carniceras", "carnicería"). Language, not facts about a document: no document's own name is here.

- ``foreign_forms("butchers")``: the beginnings of "butcher" in the other languages;
- ``english_job("carnicero")``: "butcher".
"""

from __future__ import annotations

import re
from functools import lru_cache

_NAMES = """
butcher: carnicer acougueir boucher macellai metzger fleischer
locksmith: cerrajer serralheir serrurier schlosser
baker: panader padeir boulanger fornai
barber: barber peluquer cabeleireir coiffeu parrucchier friseur
tailor: sastre alfaiate tailleur
carpenter: carpinter marcenei menuisier charpentier falegnam tischler zimmerer
electrician: electricist eletricist electricien elettricist elektriker
plumber: plomer fontaner gasfiter encanador plombier idraulic klempner
mechanic: mecanic mecanicien meccanic mechaniker
cook: cociner cozinheir cuisinier cuoc koch
waiter: camarer mesero mesera garcom serveu camerier kellner
cleaner: limpiador faxineir nettoyeu reinigungskr
gardener: jardiner jardineir jardinier giardinier
fishmonger: pescader poissonnier pescivendol
farmer: agricultor campesin agriculteu agricoltor landwirt
painter: pintor peintre pittor maler
bricklayer: albanil pedreir macon murator maurer
welder: soldador soudeu saldator schweisser
shoemaker: zapater sapateir cordonnier calzolai schuhmacher
seamstress: costurer costureir couturier couturiere sartin naherin
cashier: cajer caissier cassier kassierer
accountant: contador contable contabilist comptable ragionier buchhalter
lawyer: abogad advogad avocat avvocat rechtsanwalt anwalt
engineer: ingenier engenheir ingenieu ingegner
pharmacist: farmaceutic pharmacien farmacist apotheker
dentist: odontolog dentiste zahnarzt
psychologist: psicolog psycholog
firefighter: bomber bombeir pompier feuerwehrm
police officer: policia policial policier poliziott polizist
soldier: soldad soldat
flight attendant: azafat aeromoc hotesse
translator: traductor tradutor traducteu tradutt ubersetzer
librarian: bibliotecari bibliothecaire bibliothekar
postal worker: cartero carteir facteur postino brieftrager postbot
lifeguard: socorrist salvavidas guardavidas guardavida bagnin rettungsschwimm
beekeeper: apicultor apiculteu apicoltor imker
printer: impresor imprimeu tipograf drucker
nurse: enfermer infirmier infirmiere infermier krankenpfleg pflegefach
teacher: profesor docente enseignant insegnant lehrer
doctor: medico medecin arzt arzte
miner: minero mineir mineur minator
driver: chofer chauffeu fahrer
salesperson: vendedor vendeu venditor verkaufer
security guard: vigilante guardia wachmann
"""

_LINES = [line.split(":") for line in _NAMES.strip().splitlines()]
FOREIGN: dict[str, tuple[str, ...]] = {en.strip(): tuple(forms.split()) for en, forms in _LINES}


def _head(job: str) -> str:
    low = job.lower().strip()
    for en in sorted(FOREIGN, key=len, reverse=True):  # "police officer", "flight attendant" whole
        if re.fullmatch(rf"(?:.*\s)?{re.escape(en)}(?:s|es)?", low):
            return en
    return ""


def foreign_forms(job: str) -> tuple[str, ...]:
    """How the other languages begin to write ``job``'s head noun ("butchers": "carnicer", "boucher", ...)."""
    head = _head(job)
    return FOREIGN.get(head, ()) if head else ()


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    forms = sorted({f for fs in FOREIGN.values() for f in fs}, key=len, reverse=True)
    return re.compile(rf"\b({'|'.join(forms)})[a-z]{{0,5}}\b")


def english_job(word: str) -> str:
    """The English job ``word`` names in another language ("carnicero": "butcher"), "" for none."""
    from bot.text import fold_accents

    m = _pattern().fullmatch(fold_accents(word).lower())
    return next((en for en, forms in FOREIGN.items() if m and m.group(1) in forms), "")


def foreign_jobs(question: str) -> list[str]:
    """The English jobs a question names in another language ("cuanto gana un cerrajero": ["locksmith"])."""
    from bot.spelling import english
    from bot.text import fold_accents

    words = _pattern().finditer(fold_accents(question).lower())
    found = [english_job(m.group(0)) for m in words if m.group(0) not in english()]  # ("bomber", "vigilante")
    return list(dict.fromkeys(f for f in found if f))


def written_in(text: str, job: str) -> bool:
    """Whether ``text`` (a document's, accents folded, lower case) writes ``job`` in another language."""
    forms = foreign_forms(job)
    return bool(forms) and bool(re.search(rf"\b(?:{'|'.join(forms)})[a-z]{{0,5}}\b", text))
