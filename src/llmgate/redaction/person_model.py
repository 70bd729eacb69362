"""An optional PERSON detector: a linear model over capitalized words, beside the rules.

The built-in PERSON rules need a cue (a greeting, a title, a sign-off, a label, a speaker's
colon, a known given name); on text written by other authors they leave a third of the
name characters unmasked. This detector scores every capitalized word with a linear model
(an averaged perceptron, trained by ``tools/train_person_model.py`` on the project's labeled
sets) over features of the word and its surroundings: the word itself, its shape and
suffix, whether it is a known given name, a function word or an everyday English word
(WordNet), the words and punctuation around it, the field key before a colon on its line,
whether the line reads as a heading, whether the same word also appears in lower case in
the text (``person_features.py``: the words and their features; ``person_scorer.py``: the
scorer that sums their weights without building the feature strings). Runs of words the
model calls a name, joined by blanks or particles ("van", "de la", "St."), become PERSON
spans.
Trained on text the rules were tuned on, it is meant for the names the rules have no cue
for; it never sees a word written in lower case ("hier ananya"), and it finds no street
addresses.

It is pure Python with no dependency; its weights and word lists ship beside this module
(``person_model.json.gz``, 300 KB) and are read once per process (about 30 ms), so
nothing is downloaded. Opt in with ``Redactor(detectors=[PersonModelDetector()])`` or ``[redaction]
detectors = ["person-model"]``; the rules stay the default (docs/privacy.md gives its
figures against the rules).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from llmgate.redaction._perceptron import CandidateModelDetector, read_weights
from llmgate.redaction.call_roles import CALL_WORDS
from llmgate.redaction.names import alone_no_name
from llmgate.redaction.person_features import Row, rows
from llmgate.redaction.person_scorer import Scorer
from llmgate.redaction.record_owners import record_label, without_device

__all__ = ["Model", "PersonModelDetector", "load_model"]

WEIGHTS_FILE = "person_model.json.gz"
FORMAT = 1
# Lower-case words that sit inside a name and stay part of it: "Ludwig van Beethoven".
PARTICLES = frozenset(
    ["van", "von", "der", "den", "de", "la", "las", "los", "del", "da", "di", "du", "le", "y",
     "dos", "das", "do", "zu", "ten", "ter", "bin", "ben", "al", "el", "i", "e", "st", "ibn"]
)  # fmt: skip


def spans(text: str, toks: Sequence[Row], positive: set[int]) -> list[tuple[int, int]]:
    """Runs of positive words joined by blanks, or by one or two particles between two
    positive words, as character spans; an initial keeps its period ("J. Smith")."""
    out: list[tuple[int, int]] = []
    i = 0
    n = len(toks)
    while i < n:
        if i not in positive:
            i += 1
            continue
        start, end, j = toks[i][0], toks[i][1], i
        while True:
            k = j + 1
            if k >= n or not _joined(text, end, toks[k][0]):
                break
            if k in positive:
                j, end = k, toks[k][1]
                continue
            # one or two particles between two name words: "de la", "van den", "St."
            m = k
            while m < n and m - k < 2 and toks[m][3] in PARTICLES:
                if m > k and not _joined(text, toks[m - 1][1], toks[m][0]):
                    break
                m += 1
            if m > k and m in positive and _joined(text, toks[m - 1][1], toks[m][0]):
                j, end = m, toks[m][1]
                continue
            break
        if end < len(text) and text[end] == "." and len(toks[j][2]) == 1:
            end += 1
        out.append((start, end))
        i = j + 1
    return out


def _after_particles(text: str, toks: Sequence[Row], i: int) -> int | None:
    """The word after one or two particles that follow word ``i``, all joined by blanks."""
    m, end = i + 1, toks[i][1]
    while m < len(toks) and m - i <= 2 and toks[m][3] in PARTICLES:
        if not _joined(text, end, toks[m][0]):
            return None
        end = toks[m][1]
        m += 1
    if m == i + 1 or m >= len(toks) or not _joined(text, end, toks[m][0]):
        return None
    return m


# SQL's keywords in capitals open the statements of a dump ("INSERT INTO", "LOCK TABLES",
# "COPY"): a word in capitals at a line's start reads like a surname to the model.
_SQL_WORDS = frozenset(
    ["INSERT", "INTO", "VALUES", "LOCK", "UNLOCK", "TABLES", "TABLE", "COPY", "CREATE", "DROP",
     "ALTER", "SELECT", "UPDATE", "DELETE", "COMMIT", "BEGIN", "PRAGMA", "TRANSACTION"]
)  # fmt: skip
# A street named after someone is a place, not a person: "Van Buren Street" (a street with
# its number is the address detector's).
_STREET_AFTER = re.compile(
    r"[ \t]+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.?|Lane|Drive|Court|Square|"
    r"Parkway|Highway|Straße|Strasse|Str\.|Allee|Platz|Gasse|Ring|Weg)\b"
)
# A role or a field that labels a line of a call ("Interprete [DE]:", "Tolk (pt):",
# "Dauer:"), with the language tag an interpreting transcript puts before the colon.
_LABEL_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,12}\)|\[[^\[\]\n]{1,12}\])?[ \t]*:")


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
    # The weights as the fast scorer reads them (person_scorer.py), built once.
    scorer: Scorer = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "scorer", Scorer(self.weights, self.common, self.lexicon))

    def scores(self, text: str, toks: Sequence[Row]) -> dict[int, float]:
        """Each capitalized word's score (the sum of its features' weights), by index."""
        return self.scorer.scores(text, toks)

    def positive(self, text: str, toks: Sequence[Row], threshold: float) -> set[int]:
        scores = self.scores(text, toks)
        found = {i for i, v in scores.items() if v > threshold}
        low = threshold - self.reach
        for i in sorted(found):
            for j in (i - 1, i + 1):
                if j in found or scores.get(j, low) <= low:
                    continue
                a, b = (toks[j], toks[i]) if j < i else (toks[i], toks[j])
                if _joined(text, a[1], b[0]):
                    found.add(j)
            after = _after_particles(text, toks, i)
            # The word after the particles must look like a name itself: "Klaus Becker von
            # der Firma Müller" stops before "Firma", a German noun with its capital.
            if (
                after is not None
                and scores.get(after, low) > low
                and toks[after][3] not in self.common
            ):
                found.add(after)  # "Ananya de la Vega", "Yvonne St. Clair"
        if self.again is not None and found:
            # A word called a name once is a name where the text repeats it ("Keller
            # owns the rollout"), unless it scores far below.
            names = {toks[i][2] for i in found if len(toks[i][2]) >= 4}
            floor = threshold - self.again
            found |= {i for i, v in scores.items() if v > floor and toks[i][2] in names}
        return found

    def detect(self, text: str, threshold: float | None = None) -> list[tuple[int, int]]:
        toks = rows(text)
        if not toks:
            return []
        chosen = self.threshold if threshold is None else threshold
        found = [
            without_device(text, a, b)
            for a, b in spans(text, toks, self.positive(text, toks, chosen))
        ]
        return [
            (a, b)
            for a, b in found
            if a < b
            and not _STREET_AFTER.match(text, b)
            and text[a:b] not in _SQL_WORDS
            and not (text[a:b] in CALL_WORDS and _LABEL_AFTER.match(text, b))
            and not alone_no_name(text, a, b)
            and not record_label(text, a, b)
        ]


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
