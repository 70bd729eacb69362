"""Train the weights of the optional PHONE model (src/llmgate/redaction/phone_model.json.gz).

Run from the repository root: ``python tools/train_phone_model.py`` trains on every labeled
set the project may tune on (the development set tests/redaction/data/eval.jsonl,
bench/heldout, bench/heldout2) and writes the weights; the same data gives the same file
(fixed order, fixed seeds, no clock). A candidate digit run is a positive example when at
least half of its characters lie in a labeled PHONE value; every other run (decoys
included) is a negative. Each example is given twice, with and without the features of the
``phonenumbers`` metadata, so that the weights fit an install without the package too.
``--validate`` writes
nothing and prints, for each set, rules alone against rules + model with weights trained
on the other two sets only (cross-author figures: each set was written by a different
author), with the package and with its features removed. bench/heldout3 and
bench/heldout4 are never read here.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_person_model import load_dev, load_set  # noqa: E402
from bench_phone_model import line, measure  # noqa: E402

import llmgate.redaction.phone_model as phone_model  # noqa: E402
from llmgate.redaction import Redactor  # noqa: E402
from llmgate.redaction._perceptron import Example, pack, train  # noqa: E402
from llmgate.redaction.detectors import Span  # noqa: E402
from llmgate.redaction.phone_model import FORMAT, PN, WEIGHTS_FILE, Model, candidates  # noqa: E402
from llmgate.redaction.redactor import resolve_overlaps  # noqa: E402

OUT = ROOT / "src/llmgate/redaction" / WEIGHTS_FILE
EPOCHS = 10
MIN_COUNT = 3
SCALE = 100
KEEP = 0.01
SEEDS = (13, 14, 15, 16, 17)
SETS = {"dev": None, "set1": "bench/heldout", "set2": "bench/heldout2"}


def records_of(name: str) -> list[dict[str, Any]]:
    folder = SETS[name]
    return load_dev() if folder is None else load_set(ROOT / folder)


def phone_chars(rec: dict[str, Any]) -> bytearray:
    """One byte per character: 1 inside a labeled PHONE value."""
    out = bytearray(len(rec["text"]))
    for s in rec["spans"]:
        if s["type"] == "PHONE":
            out[s["start"] : s["end"]] = b"\1" * (s["end"] - s["start"])
    return out


def examples(records: list[dict[str, Any]]) -> list[Example]:
    out: list[Example] = []
    for rec in records:
        phone = phone_chars(rec)
        for c in candidates(rec["text"]):
            y = int(2 * sum(phone[c.start : c.end]) >= c.end - c.start)
            out.append((c.feats, y))
            out.append(([f for f in c.feats if not f.startswith(PN)], y))
    return out


def fit(records: list[dict[str, Any]]) -> dict[str, float]:
    """The mean of perceptrons trained in SEEDS orders, as for the SECRET model: a single
    order's figures move with the order (a few thousand runs, a thousand positive)."""
    data = examples(records)
    runs = [train(data, epochs=EPOCHS, min_count=MIN_COUNT, keep=0.0, seed=s) for s in SEEDS]
    feats = sorted({f for w in runs for f in w})
    mean = {f: sum(w.get(f, 0.0) for w in runs) / len(runs) for f in feats}
    return {f: v for f, v in mean.items() if abs(v) >= KEEP}


def rules_cache(name: str, records: list[dict[str, Any]]) -> list[list[Span]]:
    """The rules' findings per text, computed once per set (they do not change here)."""
    cache = Path("/tmp") / f"phone_model_rules_{name}.json"
    if cache.exists():
        return [[Span(*s) for s in f] for f in json.loads(cache.read_text())]
    red = Redactor(cache_size=0)
    found = [red.detect(r["text"]) for r in records]
    cache.write_text(json.dumps([[list(s) for s in f] for f in found]))
    return found


def validate(thresholds: list[float]) -> None:
    sets = {name: records_of(name) for name in SETS}
    for held in ("set1", "set2", "dev"):
        train_on = [n for n in SETS if n != held]
        model = Model(fit([r for n in train_on for r in sets[n]]), 0.0)
        recs = sets[held]
        by_text = {r["text"]: f for r, f in zip(recs, rules_cache(held, recs), strict=True)}
        print(f"validate on {held} ({len(recs)} texts), trained on {'+'.join(train_on)}")
        print("  rules:", line(measure(recs, _combined(by_text, None, 0.0))))
        for th in thresholds:
            print(f"  rules + model ({th}):", line(measure(recs, _combined(by_text, model, th))))
            print(f"  model alone ({th}):", line(measure(recs, _alone(model, th))))
            with _without_metadata():
                combined = _combined(by_text, model, th)
                print(f"  rules + model, no phonenumbers ({th}):", line(measure(recs, combined)))


@contextmanager
def _without_metadata() -> Iterator[None]:
    """The model's candidates as an install without ``phonenumbers`` sees them."""
    saved = phone_model._metadata
    phone_model._metadata = lambda value: ()  # type: ignore[assignment]
    try:
        yield
    finally:
        phone_model._metadata = saved


def _alone(model: Model, th: float) -> Callable[[str], list[tuple[int, int, str]]]:
    return lambda text: [(a, b, "PHONE") for a, b in model.detect(text, th)]


def _combined(
    by_text: dict[str, list[Span]], model: Model | None, th: float
) -> Callable[[str], list[tuple[int, int, str]]]:
    """As the Redactor does: the rules' findings and the model's, overlaps resolved."""

    def detect(text: str) -> list[tuple[int, int, str]]:
        found = list(by_text[text])
        if model is not None:
            found += [Span(a, b, "PHONE") for a, b in model.detect(text, th)]
        return [(s.start, s.end, s.type) for s in resolve_overlaps(found)]

    return detect


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--validate", action="store_true")
    parser.add_argument("--thresholds", default="0", help="comma-separated, to compare")
    parser.add_argument("--threshold", type=float, default=0.0, help="shipped threshold")
    args = parser.parse_args()
    if args.validate:
        validate([float(x) for x in args.thresholds.split(",")])
        return
    records = [r for name in SETS for r in records_of(name)]
    weights = fit(records)
    doc = {
        "format": FORMAT,
        "about": "tools/train_phone_model.py: averaged perceptron over digit runs",
        "threshold": args.threshold,
    }
    OUT.write_bytes(pack(doc, weights, SCALE))
    print(f"{len(weights)} weights -> {OUT.relative_to(ROOT)} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
