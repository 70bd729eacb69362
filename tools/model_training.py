"""What the trainers of the span models share (tools/train_{dob,secret,phone}_model.py).

Each model is an averaged perceptron over candidate spans (``_perceptron.CandidateModel``):
a candidate is a positive example when at least half of its characters lie in a labeled
value of the model's kind; every other candidate (decoys included) is a negative. The
trainers differ in which labeled characters count and in their bench's figures only, so
the data, the seeded averaging, the cross-set validation and the weights file live here.
Only the sets the project may tune on are read (the development set, bench/heldout,
bench/heldout2, for the SECRET and PHONE models the ``dev`` part of the look-alike set
tests/redaction/data/model_negatives.jsonl and for the DATE_OF_BIRTH model that of
tests/redaction/data/dob_negatives.jsonl, never their ``test`` parts); bench/heldout3 and
later sets are never read here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from model_bench import (  # noqa: E402
    load_dev,
    load_dob_lookalikes,
    load_lookalikes,
    load_set,
    trainable,
)

from llmgate.redaction import Redactor  # noqa: E402
from llmgate.redaction._perceptron import (  # noqa: E402
    CandidateModel,
    Candidates,
    Example,
    SpanModel,
    pack,
    train,
)
from llmgate.redaction.detectors import Span  # noqa: E402
from llmgate.redaction.redactor import RULES_ONLY, resolve_overlaps  # noqa: E402

Record = dict[str, Any]
Found = tuple[int, int, str]
SETS = {"dev": None, "set1": "bench/heldout", "set2": "bench/heldout2"}
# Sets a Spec may add to SETS: the look-alike sets' dev parts (their test parts are never read).
EXTRA = {"lookalikes": load_lookalikes, "dob_lookalikes": load_dob_lookalikes}


@dataclass(frozen=True)
class Spec:
    """One model's training: what it finds, how its labels read, how its bench reports."""

    name: str  # e.g. "dob": the rules' cache file and the weights' "about" say it
    entity: str
    about: str
    weights_file: str
    fmt: int
    candidates: Candidates
    label_chars: Callable[[Record], bytearray]  # 1 where a character is a positive
    measure: Callable[[list[Record], Callable[[str], list[Found]]], dict[str, Any]]
    line: Callable[[dict[str, Any]], str]
    threshold: float = 0.0  # the shipped decision threshold (chosen by --validate)
    epochs: int = 10
    min_count: int = 3
    scale: int = 100
    keep: float = 0.01
    seeds: tuple[int, ...] = (13, 14, 15, 16, 17)
    # Each example is also given with its features passed through each of these (the PHONE
    # model: without the ``phonenumbers`` features, so the weights fit either install).
    variants: tuple[Callable[[list[str]], list[str]], ...] = ()
    # The model the weights make (default: a CandidateModel over ``candidates``).
    model: Callable[[dict[str, float], float], SpanModel] | None = None
    # Further validation rows: a label and a context in which rules + model run again.
    modes: tuple[tuple[str, Callable[[], AbstractContextManager[None]]], ...] = ()
    # Names in EXTRA trained on beside SETS (the PERSON data stay as they were).
    extra: tuple[str, ...] = ()
    # Id prefixes of development and look-alike records this model is not trained on (its
    # trainer says why).
    leave_out: tuple[str, ...] = ()

    @property
    def sets(self) -> tuple[str, ...]:
        return (*SETS, *self.extra)

    def make(self, weights: dict[str, float], threshold: float) -> SpanModel:
        if self.model is not None:
            return self.model(weights, threshold)
        return CandidateModel(weights, threshold, self.candidates)


def labeled(rec: Record, types: tuple[str, ...]) -> bytearray:
    """One byte per character: 1 inside a labeled value of one of ``types``."""
    out = bytearray(len(rec["text"]))
    for s in rec["spans"]:
        if s["type"] in types:
            out[s["start"] : s["end"]] = b"\1" * (s["end"] - s["start"])
    return out


def records_of(name: str, spec: Spec) -> list[Record]:
    if name in EXTRA:
        return [r for r in EXTRA[name]() if not str(r.get("id", "")).startswith(spec.leave_out)]
    folder = SETS[name]
    if folder is not None:
        return load_set(ROOT / folder)
    return trainable(load_dev(), spec.entity, spec.leave_out)


def examples(spec: Spec, records: list[Record]) -> list[Example]:
    out: list[Example] = []
    for rec in records:
        positive = spec.label_chars(rec)
        ignored = [(s["start"], s["end"]) for s in rec.get("ignored", [])]
        for c in spec.candidates(rec["text"]):
            if any(a < c.end and c.start < b for a, b in ignored):
                continue  # a value of the gray zone: neither a positive nor a negative
            y = int(2 * sum(positive[c.start : c.end]) >= c.end - c.start)
            out.append((c.feats, y))
            out += [(variant(c.feats), y) for variant in spec.variants]
    return out


def fit(spec: Spec, records: list[Record]) -> dict[str, float]:
    """The mean of perceptrons trained in ``spec.seeds`` orders: one order alone moves the
    held-out figures by half a point from one small feature change to the next."""
    data = examples(spec, records)
    runs = [
        train(data, epochs=spec.epochs, min_count=spec.min_count, keep=0.0, seed=s)
        for s in spec.seeds
    ]
    feats = sorted({f for w in runs for f in w})
    mean = {f: sum(w.get(f, 0.0) for w in runs) / len(runs) for f in feats}
    return {f: v for f, v in mean.items() if abs(v) >= spec.keep}


def rules_cache(spec: Spec, name: str, records: list[Record]) -> list[list[Span]]:
    """The rules' findings per text, computed once per set and state of the rules: the
    file is named by a digest of the texts and of the rule modules' sources, so that a
    cache written by another checkout or before a rule change is not read."""
    digest = hashlib.sha256()
    for path in sorted((ROOT / "src/llmgate/redaction").glob("*.py")):
        digest.update(path.read_bytes())
    for rec in records:
        digest.update(rec["text"].encode())
    cache = Path("/tmp") / f"{spec.name}_model_rules_{name}_{digest.hexdigest()[:16]}.json"
    if cache.exists():
        return [[Span(*s) for s in f] for f in json.loads(cache.read_text())]
    red = Redactor(cache_size=0, **RULES_ONLY)  # the rules alone, as trained
    found = [red.detect(r["text"]) for r in records]
    cache.write_text(json.dumps([[list(s) for s in f] for f in found]))
    return found


def validate(spec: Spec, thresholds: list[float], on: list[str]) -> None:
    sets = {name: records_of(name, spec) for name in spec.sets}
    for held in on:
        train_on = [n for n in spec.sets if n != held]
        weights = fit(spec, [r for n in train_on for r in sets[n]])
        model = spec.make(weights, 0.0)
        recs = sets[held]
        found = rules_cache(spec, held, recs)
        by_text = {r["text"]: f for r, f in zip(recs, found, strict=True)}
        print(f"validate on {held} ({len(recs)} texts), trained on {'+'.join(train_on)}")
        print("  rules:", spec.line(spec.measure(recs, _combined(spec, by_text, None, 0.0))))
        for th in thresholds:
            both = spec.measure(recs, _combined(spec, by_text, model, th))
            alone = spec.measure(recs, _alone(spec, model, th))
            print(f"  rules + model ({th}):", spec.line(both))
            print(f"  model alone ({th}):", spec.line(alone))
            for label, mode in spec.modes:
                with mode():
                    again = spec.measure(recs, _combined(spec, by_text, model, th))
                print(f"  rules + model, {label} ({th}):", spec.line(again))


def _alone(spec: Spec, model: SpanModel, th: float) -> Callable[[str], list[Found]]:
    return lambda text: [(a, b, spec.entity) for a, b in model.detect(text, th)]


def _combined(
    spec: Spec, by_text: dict[str, list[Span]], model: SpanModel | None, th: float
) -> Callable[[str], list[Found]]:
    """As the Redactor does: the rules' findings and the model's, overlaps resolved."""

    def detect(text: str) -> list[Found]:
        found = list(by_text[text])
        if model is not None:
            found += [Span(a, b, spec.entity) for a, b in model.detect(text, th)]
        return [(s.start, s.end, s.type) for s in resolve_overlaps(found)]

    return detect


def main(spec: Spec) -> None:
    """The trainer's command line: write the weights, or ``--validate`` across the sets."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--validate", action="store_true")
    parser.add_argument("--thresholds", default="0", help="comma-separated, to compare")
    parser.add_argument("--threshold", type=float, default=None, help="override Spec.threshold")
    parser.add_argument("--on", help="comma-separated sets to validate on (default: all)")
    args = parser.parse_args()
    if args.validate:
        on = args.on.split(",") if args.on else ["set1", "set2", "dev", *spec.extra]
        validate(spec, [float(x) for x in args.thresholds.split(",")], on)
        return
    weights = fit(spec, [r for name in spec.sets for r in records_of(name, spec)])
    threshold = spec.threshold if args.threshold is None else args.threshold
    doc = {"format": spec.fmt, "about": spec.about, "threshold": threshold}
    out = ROOT / "src/llmgate/redaction" / spec.weights_file
    out.write_bytes(pack(doc, weights, spec.scale))
    print(f"{len(weights)} weights -> {out.relative_to(ROOT)} ({out.stat().st_size} bytes)")
