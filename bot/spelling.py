"""A student's spelling, as the documents spell it: "geolgist", "jewlers", "gemologist", "jewelry" read as the
documents' "geologist", "jewellers", "gemmologist", "jewellery" (issue 26: documents by other hands).

A word of the question the documents never use is read as one of theirs when:

- it is one of the documents' words spelt another way (British and American spellings: a doubled letter,
  "-our"/"-or", "-ise"/"-ize", "-re"/"-er", "-ery"/"-ry", "ae"/"e"); or
- it is no English word (not in the embedding model's word list, so a typo, not "painter" for "printer") and one
  letter added, dropped, changed or two swapped, after those spellings, makes it one document word, of six letters
  or more, and no other;
- it is two document words written as one ("zookeeper": "zoo keeper", "aircon" of "air-conditioning"), or a
  shortening of one ("steno": "stenographer", "govt": "government"): its first three letters, then its letters in
  order, of exactly one document word (or two written together), three letters longer or more. An English word is
  a shortening only when it has no vowel after its first two letters and does not begin the longer word ("govt",
  "dept", "mgmt"; not "tech" nor "with").

Everything else is left as typed: a job or a subject no document names is still said not covered.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

from bot.languages import FUNCTION_WORDS, PAY
from bot.text import fold_accents, stem

_WORD = re.compile(r"(?<![^\W\d_])[A-Za-z][a-z]{3,}(?![^\W\d_])")  # (a whole word: not "Dolno" of "Dolnośląskie")
_PAIR = re.compile(r"(?=\b([A-Za-z]{2,})([ -])([A-Za-z]{2,})\b)")  # two neighbouring words, each pair in turn
_VARIANTS = ((r"(.)\1", r"\1"), (r"our\b", "or"), (r"([iy])s(e|ing|ed|ation)", r"\1z\2"), (r"ae|oe", "e"))
_ENDINGS = ((r"re\b", "er"), (r"ery\b", "ry"), (r"eri\b", "ri"))


def plain(word: str) -> str:
    """One spelling for a word's British and American forms ("jewellery" and "jewelry": "jewelry")."""
    out = word.lower()
    for pattern, repl in _VARIANTS + _ENDINGS:
        out = re.sub(pattern, repl, out)
    return out


@lru_cache(maxsize=1)
def english() -> frozenset[str]:
    """The whole words of the embedding model's word list (about 20,000 English words; no "##" pieces)."""
    from bot.retrieval.embed import model_path

    try:
        data = json.loads((model_path() / "tokenizer.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):  # no model folder (a unit test's fake): every word counts as a typo candidate
        return frozenset()
    vocab = data.get("model", {}).get("vocab", {})
    return frozenset(w for w in vocab if w.isalpha() and w.islower())


def one_edit(a: str, b: str) -> bool:
    """Whether one letter added, dropped, changed, or two neighbours swapped, makes ``a`` into ``b`` (or they are
    equal)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :] or (a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :])
    return a[i:] == b[i + 1 :]


class Speller:
    """The documents' words (their surface forms, by stem), read once."""

    def __init__(self, texts: list[str]) -> None:
        texts = [fold_accents(t) for t in texts]  # ("Wrocław" one word: "wroclaw", not "wroc" and "aw")
        counts: dict[str, int] = {}
        for t in texts:
            for w in _WORD.findall(t):
                counts[w.lower()] = counts.get(w.lower(), 0) + 1
        self.stems = frozenset(stem(w) for w in counts)
        self.by_plain: dict[str, str] = {}  # each spelling, plain: the documents' most used form of it
        for w, n in sorted(counts.items(), key=lambda t: -t[1]):
            self.by_plain.setdefault(plain(w), w)
        self.deletes: dict[str, set[str]] = {}  # each plain spelling of six letters or more, by it less one letter
        for p in self.by_plain:
            if len(p) >= 6:
                for d in {p, *_less_one(p)}:
                    self.deletes.setdefault(d, set()).add(p)
        pairs: dict[str, int] = {}
        for t in texts:
            for m in _PAIR.finditer(t):
                pair = f"{m.group(1)}{m.group(2)}{m.group(3)}".lower()
                pairs[pair] = pairs.get(pair, 0) + 1
        self.joined: dict[str, str] = {}  # two words written together ("zookeeper"): the documents' pair
        for pair, _ in sorted(pairs.items(), key=lambda t: -t[1]):
            if len(pair) >= 7:
                self.joined.setdefault(stem(re.sub(r"[ -]", "", pair)), pair)
        self.by_start: dict[str, list[str]] = {}  # the documents' words and joined pairs, by their first three letters
        for w in [*self.by_plain.values(), *self.joined.values()]:
            self.by_start.setdefault(re.sub(r"[ -]", "", w)[:3], []).append(w)

    def word(self, typed: str) -> str:
        """The documents' word for ``typed``, or ``typed``."""
        low = typed.lower()
        if stem(low) in self.stems or low in FUNCTION_WORDS or re.fullmatch(PAY, low):
            return typed  # (a word of another language's question: "cuanto" is no typo of a document's "cuando")
        key = plain(low)
        if key in self.by_plain:
            return self.by_plain[key]  # "jewelry": "jewellery"
        if stem(low) in self.joined and low not in english():
            return self.joined[stem(low)]  # "zookeeper": "zoo keepers" ("percent" is a word of its own)
        short = self._expanded(low)
        if short:
            return typed if short == low else short
        if low in english() or len(key) < 6:
            return typed
        # (the first three letters as typed: "gemologist" is no "geologist")
        found = {p for d in {key, *_less_one(key)} for p in self.deletes.get(d, ()) if p[:3] == key[:3]}
        near = {stem(self.by_plain[p]) for p in found if one_edit(key, p)}
        if len(near) != 1:
            return typed
        return max((self.by_plain[p] for p in found if one_edit(key, p)), key=len)

    def _expanded(self, low: str) -> str:
        """The one document word (or pair) ``low`` shortens, "" for none, ``low`` for several: its start ("steno":
        "stenographer"; no English word: "tech" is no "technician"'s), a four-letter one's consonants, of a word twice
        as long ending alike ("govt": "government"), or a first word and the start of a second ("aircon":
        "air-conditioning")."""
        english_word = low in english()
        found = []
        for w in self.by_start.get(low[:3], ()) if len(low) <= 7 else ():
            parts = re.split(r"[ -]", w)
            whole = "".join(parts)
            if len(parts) == 1 and (whole.startswith(low) or low[-1] == "s" and whole.startswith(low[:-1])):
                ok = not english_word and len(whole) >= len(low) + 3  # ("physios": "physiotherapist")
            elif len(parts) == 1:
                ok = len(low) == 4 and not re.search(r"[aeiouy]", low[3:]) and len(whole) >= 8 and whole[-1] == low[-1]
                ok = ok and _in_order(low[3:], whole[3:])
            else:
                rest = low[len(parts[0]) :]
                ok = not english_word and low.startswith(parts[0]) and len(rest) >= 2 and parts[1].startswith(rest)
            if ok:
                found.append(w)
        families = {tuple(stem(x) for x in re.split(r"[ -]", w)) for w in found}
        if len(families) > 1:
            return low  # a shortening of several ("physios"), no typo of one: left as typed
        return min(found, key=len) if found else ""

    def respell(self, text: str) -> str:
        """``text`` with each word the documents never use in the documents' spelling, where one is clear."""
        return _WORD.sub(lambda m: _cased(m.group(0), self.word(m.group(0))), text)


def _in_order(letters: str, word: str) -> bool:
    """Whether ``letters`` appear in ``word`` in this order ("vt" in "vernment")."""
    rest = iter(word)
    return all(c in rest for c in letters)


def _less_one(word: str) -> list[str]:
    return [word[:i] + word[i + 1 :] for i in range(len(word))]


def speller_of(tables: object) -> Speller:
    """The speller of an index's chunks (``Tables.chunks``), built once per loaded index (cached on it, as
    ``bot.evidence.places.known_places`` caches its places)."""
    cached = getattr(tables, "_speller", None)
    if cached is None:
        chunks = getattr(tables, "chunks", {})
        cached = tables._speller = Speller([f"{c.section} {c.text}" for c in chunks.values()])  # type: ignore[attr-defined]
    return cached


def _cased(typed: str, word: str) -> str:
    return word if typed.islower() or word == typed else word.capitalize()
