"""The machinery the optional model detectors share: training, the weights file, loading.

``person_model.py`` (PERSON), ``secret_model.py`` (SECRET), ``dob_model.py``
(DATE_OF_BIRTH) and ``phone_model.py`` (PHONE) are each a binary linear model over string
features of one candidate (a capitalized word, a credential-like token, a date, a digit
run). They differ in their candidates and features only, so training (an averaged
perceptron in a seeded order, deterministic), the file that ships the weights (gzip'd JSON
with a format number and integer weights, written with no timestamp so that the same data
gives the same bytes), reading it back and the detector around a loaded model live here
once; so does the model itself for those whose candidates are scored one by one
(:class:`CandidateModel`).
"""

from __future__ import annotations

import gzip
import json
import random
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, ClassVar, Protocol

from llmgate.redaction.detectors import Span

__all__ = [
    "Candidate",
    "CandidateModel",
    "CandidateModelDetector",
    "Candidates",
    "Example",
    "SpanModel",
    "pack",
    "read_candidate_model",
    "read_weights",
    "score",
    "train",
]

Example = tuple[list[str], int]
PACKAGE = "llmgate.redaction"


def train(
    data: Sequence[Example],
    *,
    epochs: int = 10,
    min_count: int = 2,
    keep: float = 0.0005,
    seed: int = 13,
) -> dict[str, float]:
    """An averaged perceptron (binary, label 1 or 0), examples in a seeded shuffled order
    each epoch. Features seen in fewer than ``min_count`` examples are left out (a feature
    seen once is a memorized value more often than a pattern); averaged weights closer to
    zero than ``keep`` are dropped."""
    counts = Counter(f for feats, _ in data for f in set(feats))
    rows = [([f for f in feats if counts[f] >= min_count], y) for feats, y in data]
    w: dict[str, float] = {}
    total: dict[str, float] = {}  # sum over steps, kept lazily with the step of last change
    stamp: dict[str, int] = {}
    step = 0
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            step += 1
            feats, y = rows[k]
            guess = sum(w.get(f, 0.0) for f in feats) > 0
            if guess == bool(y):
                continue
            delta = 1.0 if y else -1.0
            for f in feats:
                total[f] = total.get(f, 0.0) + (step - stamp.get(f, 0)) * w.get(f, 0.0)
                stamp[f] = step
                w[f] = w.get(f, 0.0) + delta
    for f, value in w.items():
        total[f] = total.get(f, 0.0) + (step - stamp.get(f, 0)) * value
    step = max(step, 1)
    return {f: total[f] / step for f in total if abs(total[f] / step) >= keep}


def score(weights: Mapping[str, float], feats: Sequence[str]) -> float:
    """The model's score of one candidate: the sum of its features' weights."""
    get = weights.get
    return sum([get(f, 0.0) for f in feats])


def pack(doc: Mapping[str, Any], weights: Mapping[str, float], scale: int) -> bytes:
    """The weights file: ``doc`` (format, thresholds, word lists) plus the weights as
    integers (``scale`` per unit, zeros left out), sorted, gzip'd with no timestamp."""
    out = dict(doc)
    out["scale"] = scale
    out["weights"] = {f: round(v * scale) for f, v in sorted(weights.items()) if round(v * scale)}
    raw = (json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
    return gzip.compress(raw, compresslevel=9, mtime=0)  # mtime 0: same bytes


def read_weights(name: str, fmt: int) -> tuple[dict[str, Any], dict[str, float]]:
    """A weights file shipped in this package: its document and its weights as floats.
    Raises ``ValueError`` on a file of another format."""
    packed = resources.files(PACKAGE).joinpath(name).read_bytes()
    raw: dict[str, Any] = json.loads(gzip.decompress(packed))
    if raw.get("format") != fmt:
        raise ValueError(f"{name}: unknown weights format {raw.get('format')!r}")
    scale = float(raw["scale"])
    return raw, {feat: value / scale for feat, value in raw["weights"].items()}


class Candidate:
    """A span that the model scores: its offsets and its features."""

    __slots__ = ("end", "feats", "start")

    def __init__(self, start: int, end: int, feats: list[str]) -> None:
        self.start = start
        self.end = end
        self.feats = feats


Candidates = Callable[[str], Iterable[Candidate]]


@dataclass(frozen=True)
class CandidateModel:
    """Weights, the decision threshold and the candidates they score: a candidate scoring
    above the threshold is a finding."""

    weights: dict[str, float]
    threshold: float
    candidates: Candidates

    def detect(self, text: str, threshold: float | None = None) -> list[tuple[int, int]]:
        chosen = self.threshold if threshold is None else threshold
        weights = self.weights
        return [(c.start, c.end) for c in self.candidates(text) if score(weights, c.feats) > chosen]


def read_candidate_model(name: str, fmt: int, candidates: Candidates) -> CandidateModel:
    """A shipped weights file as a model over ``candidates``."""
    raw, weights = read_weights(name, fmt)
    return CandidateModel(weights=weights, threshold=float(raw["threshold"]), candidates=candidates)


class SpanModel(Protocol):
    """What a detector needs of its model: :class:`CandidateModel`, or one that scores its
    candidates its own way (the PHONE model asks ``phonenumbers`` only where it matters)."""

    @property
    def threshold(self) -> float: ...

    def detect(self, text: str, threshold: float | None = None) -> list[tuple[int, int]]: ...


class CandidateModelDetector:
    """A ``llmgate.redaction`` detector around one shipped model (a :class:`SpanModel`).

    A subclass names its entity and how its model loads (once per process); ``threshold``
    overrides the shipped decision threshold (higher: fewer, surer findings). Stateless
    after loading, so one instance is safe to share between threads.
    """

    entities: ClassVar[frozenset[str]]
    load: ClassVar[Callable[[], SpanModel]]

    def __init__(self, threshold: float | None = None) -> None:
        self._model = type(self).load()
        self._entity = next(iter(self.entities))
        self.threshold = self._model.threshold if threshold is None else threshold

    def __repr__(self) -> str:
        return f"{type(self).__name__}(threshold={self.threshold})"

    def detect(self, text: str) -> list[Span]:
        """The model's findings in ``text`` (character offsets)."""
        entity = self._entity
        return [Span(a, b, entity) for a, b in self._model.detect(text, self.threshold)]
