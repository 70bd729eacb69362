"""An optional PERSON detector: a linear model over capitalized words, beside the rules.

The built-in PERSON rules need a cue (a greeting, a title, a sign-off, a label, a speaker's
colon, a known given name); on text written by other authors they leave a third of the
name characters unmasked. This detector scores every capitalized word with a linear model
(an averaged perceptron, trained by ``tools/train_person_model.py`` on the project's labeled
sets) over features of the word and its surroundings: the word itself, its shape and
suffix, whether it is a known given name, a function word or an everyday English word
(WordNet), the words and punctuation around it, the field key before a colon on its line,
whether the line reads as a heading, whether the same word also appears in lower case in
the text. Runs of words the model calls a name, joined by blanks or particles ("van",
"de la", "St."), become PERSON spans. Trained on text the rules were tuned on, it is
meant for the names the rules have no cue for; it never sees a word written in lower case
("hier ananya"), and it finds no street addresses.

It is pure Python with no dependency; its weights and word lists ship beside this module
(``person_model.json.gz``, 300 KB) and are read once per process (about 25 ms), so
nothing is downloaded. Opt in with ``Redactor(detectors=[PersonModelDetector()])`` or ``[redaction]
detectors = ["person-model"]``; the rules stay the default (docs/privacy.md gives its
figures against the rules).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from llmgate.redaction._perceptron import CandidateModelDetector, read_weights, score
from llmgate.redaction.dates import MONTHS
from llmgate.redaction.given_names import COMPANY_WORDS, GIVEN_NAMES

__all__ = [
    "CALENDAR",
    "Model",
    "PersonModelDetector",
    "Token",
    "load_model",
    "text_features",
    "tokens",
]

WEIGHTS_FILE = "person_model.json.gz"
FORMAT = 1
# A word: letters, with inner apostrophes and hyphens ("O'Brien", "Hans-Peter").
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
_DIGIT = re.compile(r"\d")
_BLANKS = re.compile(r"[ \t]+")
_NEWLINE = re.compile(r"\n")
_GLUE = frozenset("0123456789_\\")
# Lower-case words that sit inside a name and stay part of it: "Ludwig van Beethoven".
PARTICLES = frozenset(
    ["van", "von", "der", "den", "de", "la", "las", "los", "del", "da", "di", "du", "le", "y",
     "dos", "das", "do", "zu", "ten", "ter", "bin", "ben", "al", "el", "i", "e", "st", "ibn"]
)  # fmt: skip
_GIVEN_LOWER = frozenset(name.lower() for name in GIVEN_NAMES)
# Calendar words a capital starts in a date or a heading ("Tue, 26 Jan", "Réunion Mardi").
_DAYS = """
    monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
    montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so
    lundi mardi mercredi jeudi vendredi samedi dimanche lun mer jeu ven sam dim
    lunes martes miércoles miercoles jueves viernes sábado sabado domingo
"""
CALENDAR = frozenset(re.findall(r"[^\W\d_]+", MONTHS)) | frozenset(_DAYS.split())
_KEY = re.compile(r"([^\W\d_][\w \-]{0,30}?)[\"']?\s*[:=]\s*[\"']?\s*$")


class Token:
    """One word of the text: offsets, the word, its lower case and shape."""

    __slots__ = ("end", "lower", "start", "word")

    def __init__(self, start: int, end: int, word: str) -> None:
        self.start = start
        self.end = end
        self.word = word
        self.lower = word.lower()

    @property
    def shape(self) -> str:
        return _shape(self.word)


@lru_cache(maxsize=8192)
def _shape(word: str) -> str:
    """``Xx`` (capitalized), ``X`` (all capitals), ``x`` (lower case), ``XxX`` (inner
    capital, "McDonald"), ``X1`` (one capital); ``-`` or ``'`` added for joined words."""
    first = word[0]
    if not first.isupper():
        base = "xX" if any(c.isupper() for c in word) else "x"
    elif len(word) == 1:
        base = "X1"
    elif word.isupper():
        base = "X"
    elif any(c.isupper() for c in word[1:]):
        base = "XxX"
    else:
        base = "Xx"
    if "-" in word:
        base += "-"
    if "'" in word or "\u2019" in word:
        base += "'"
    return base


def tokens(text: str) -> list[Token]:
    """Every word of ``text``, in order."""
    return [Token(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


@lru_cache(maxsize=4096)  # a few gaps (" ", ", ", "\n") make up most of them
def _gap(raw: str) -> str:
    """The characters between two words, as a short class: digits read ``0``, runs of
    blanks one blank, a line break ``N``; at most four characters from each side."""
    if not raw:
        return ""
    if not raw.isspace() or "\n" in raw or "\t" in raw or len(raw) > 1:
        raw = _DIGIT.sub("0", raw.replace("\r\n", "N").replace("\n", "N"))
        raw = _BLANKS.sub(" ", raw)
    return raw if len(raw) <= 8 else raw[:4] + "~" + raw[-4:]


def text_features(
    text: str, toks: list[Token], common: frozenset[str], lexicon: frozenset[str]
) -> Iterator[tuple[int, list[str]]]:
    """Each word that starts with a capital (by index) and its features.

    ``common`` holds the function words of the four languages (a capitalized one is more
    often a sentence's first word than a name), ``lexicon`` the words the training texts
    write in lower case in running text ("engine", "growth": a capitalized one is more
    often a product or a heading than a name); a word the same text also writes in lower
    case is more likely an everyday word too.
    """
    n = len(toks)
    newlines = [m.start() for m in _NEWLINE.finditer(text)]
    title_lines: dict[int, bool] = {}
    lowered = frozenset([t.word for t in toks if t.word[0].islower()])
    shape = _shape
    for i, tok in enumerate(toks):
        if not tok.word[0].isupper() or _glued(text, tok.start, tok.end):
            continue
        prev = toks[i - 1] if i else None
        nxt = toks[i + 1] if i + 1 < n else None
        raw_left = text[_after(toks, i) : tok.start]
        left = _gap(raw_left)
        right = _gap(text[tok.end : nxt.start if nxt else tok.end + 8])
        line = bisect_left(newlines, tok.start)
        titled = title_lines.get(line)
        if titled is None:
            begin = newlines[line - 1] + 1 if line else 0
            end = newlines[line] if line < len(newlines) else len(text)
            words = _WORD.findall(text, begin, end)
            titled = len(words) >= 3 and all(w[0].isupper() for w in words)
            title_lines[line] = titled
        low = tok.lower
        out = [
            "b",
            "w=" + low,
            "s3=" + low[-3:],
            "s4=" + low[-4:],
            "p3=" + low[:3],
            "sh=" + shape(tok.word),
            "len=" + str(min(len(low), 12)),
            "L=" + left,
            "R=" + right,
            "LR=" + left + "|" + right,
            "ps="
            + (shape(prev.word) if prev else "^")
            + "|"
            + shape(tok.word)
            + "|"
            + (shape(nxt.word) if nxt else "$"),
        ]
        if tok.word in GIVEN_NAMES or (tok.word.isupper() and low in _GIVEN_LOWER):
            out.append("given")
        if low in lowered:
            out.append("lowered")
        if low in common:
            out.append("common")
        if low in lexicon or (low[-1] == "s" and low[:-1] in lexicon):  # "errors"
            out.append("lex")
        if low in CALENDAR:
            out.append("calendar")
        if prev is not None:
            out.append("p1=" + prev.lower)
            out.append("p1L=" + prev.lower + "|" + left)
            if prev.word in GIVEN_NAMES:
                out.append("p1given")
            if prev.lower in common:
                out.append("p1common")
            if i > 1:
                out.append("p2=" + toks[i - 2].lower)
        if nxt is not None:
            out.append("n1=" + nxt.lower)
            out.append("n1R=" + right + "|" + nxt.lower)
            if nxt.word in GIVEN_NAMES:
                out.append("n1given")
            if nxt.lower in common:
                out.append("n1common")
            if nxt.word in COMPANY_WORDS:
                out.append("n1company")
            if i + 2 < n:
                out.append("n2=" + toks[i + 2].lower)
                if toks[i + 2].word in COMPANY_WORDS:
                    out.append("n2company")
        if titled:
            out.append("titleline")
        if prev is None or "\n" in raw_left:
            out.append("bol")
        elif ":" in left or "=" in left or ":" in _gap(text[_after(toks, i - 1) : prev.start]):
            begin = text.rfind("\n", 0, tok.start) + 1
            key = _KEY.search(text[max(begin, tok.start - 40) : tok.start])
            if key:
                out.append("key=" + key.group(1).strip().lower()[-20:])
        yield i, out


def _glued(text: str, start: int, end: int) -> bool:
    """Whether a word is part of an identifier: a digit, an underscore or a backslash
    touches it ("SO-VR167407", "\\Device\\Tcpip_{...}"); a name never is."""
    return (end < len(text) and text[end] in _GLUE) or (start > 0 and text[start - 1] in _GLUE)


def _after(toks: list[Token], i: int) -> int:
    """Where the text before word ``i`` starts: the end of the word before it, or eight
    characters back for the first word."""
    return toks[i - 1].end if i else max(0, toks[0].start - 8)


def spans(text: str, toks: list[Token], positive: set[int]) -> list[tuple[int, int]]:
    """Runs of positive words joined by blanks, or by one or two particles between two
    positive words, as character spans; an initial keeps its period ("J. Smith")."""
    out: list[tuple[int, int]] = []
    i = 0
    n = len(toks)
    while i < n:
        if i not in positive:
            i += 1
            continue
        start, end, j = toks[i].start, toks[i].end, i
        while True:
            k = j + 1
            if k >= n or not _joined(text, end, toks[k].start):
                break
            if k in positive:
                j, end = k, toks[k].end
                continue
            # one or two particles between two name words: "de la", "van den", "St."
            m = k
            while m < n and m - k < 2 and toks[m].lower in PARTICLES:
                if m > k and not _joined(text, toks[m - 1].end, toks[m].start):
                    break
                m += 1
            if m > k and m in positive and _joined(text, toks[m - 1].end, toks[m].start):
                j, end = m, toks[m].end
                continue
            break
        if end < len(text) and text[end] == "." and len(toks[j].word) == 1:
            end += 1
        out.append((start, end))
        i = j + 1
    return out


def _after_particles(text: str, toks: list[Token], i: int) -> int | None:
    """The word after one or two particles that follow word ``i``, all joined by blanks."""
    m, end = i + 1, toks[i].end
    while m < len(toks) and m - i <= 2 and toks[m].lower in PARTICLES:
        if not _joined(text, end, toks[m].start):
            return None
        end = toks[m].end
        m += 1
    if m == i + 1 or m >= len(toks) or not _joined(text, end, toks[m].start):
        return None
    return m


# A street named after someone is a place, not a person: "Van Buren Street" (a street with
# its number is the address detector's).
_STREET_AFTER = re.compile(
    r"[ \t]+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.?|Lane|Drive|Court|Square|"
    r"Parkway|Highway|Straße|Strasse|Str\.|Allee|Platz|Gasse|Ring|Weg)\b"
)


def _joined(text: str, end: int, start: int) -> bool:
    """Whether two words are separated by spaces only (or an initial's period). Not by a
    tab: in a tab-separated row it ends a cell, and one placeholder over two cells would
    take a column from the table the vendor reads."""
    gap = text[end:start]
    return 0 < len(gap) <= 3 and gap.strip(" .") == "" and gap.count(".") <= 1


@dataclass(frozen=True)
class Model:
    """Weights, the decision threshold, and the everyday words the features look up.

    A word scoring above ``threshold`` is a name; a capitalized word joined to a name by a
    blank is taken along when it scores above ``threshold - reach`` ("Marguerite" before
    "Lefebvre-Dussault"), and another occurrence of a name's word when it scores above
    ``threshold - again``.
    """

    weights: dict[str, float]
    threshold: float
    reach: float
    common: frozenset[str]
    lexicon: frozenset[str]
    again: float | None = None

    def scores(self, text: str, toks: list[Token]) -> dict[int, float]:
        weights = self.weights
        return {
            i: score(weights, feats)
            for i, feats in text_features(text, toks, self.common, self.lexicon)
        }

    def positive(self, text: str, toks: list[Token], threshold: float) -> set[int]:
        scores = self.scores(text, toks)
        found = {i for i, v in scores.items() if v > threshold}
        low = threshold - self.reach
        for i in sorted(found):
            for j in (i - 1, i + 1):
                if j in found or scores.get(j, low) <= low:
                    continue
                a, b = (toks[j], toks[i]) if j < i else (toks[i], toks[j])
                if _joined(text, a.end, b.start):
                    found.add(j)
            after = _after_particles(text, toks, i)
            # The word after the particles must look like a name itself: "Klaus Becker von
            # der Firma Müller" stops before "Firma", a German noun with its capital.
            if (
                after is not None
                and scores.get(after, low) > low
                and toks[after].lower not in self.common
            ):
                found.add(after)  # "Ananya de la Vega", "Yvonne St. Clair"
        if self.again is not None and found:
            # A word called a name once is a name where the text repeats it ("Keller
            # owns the rollout"), unless it scores far below.
            names = {toks[i].word for i in found if len(toks[i].word) >= 4}
            floor = threshold - self.again
            found |= {i for i, v in scores.items() if v > floor and toks[i].word in names}
        return found

    def detect(self, text: str, threshold: float | None = None) -> list[tuple[int, int]]:
        toks = tokens(text)
        if not toks:
            return []
        chosen = self.threshold if threshold is None else threshold
        found = spans(text, toks, self.positive(text, toks, chosen))
        return [(a, b) for a, b in found if not _STREET_AFTER.match(text, b)]


@lru_cache(maxsize=4)
def load_model(name: str = WEIGHTS_FILE) -> Model:
    """The model shipped beside this module (read once per process)."""
    raw, weights = read_weights(name, FORMAT)
    return Model(
        weights=weights,
        threshold=float(raw["threshold"]),
        reach=float(raw["reach"]),
        common=frozenset(raw["common"]),
        lexicon=frozenset(raw["lexicon"]),
        again=raw.get("again"),
    )


class PersonModelDetector(CandidateModelDetector):
    """A ``llmgate.redaction`` detector: PERSON spans from the shipped linear model.

    ``threshold`` overrides the shipped decision threshold (higher: fewer, surer names).
    Stateless after loading, so one instance is safe to share between threads.
    """

    entities = frozenset({"PERSON"})
    load = staticmethod(load_model)
