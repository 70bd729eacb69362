"""What the model benches share (bench_secret_model.py, bench_dob_model.py, bench_phone_model.py).

Each scores one opt-in model beside the rules on a labeled set and prints a line per
configuration (rules, rules + model, the model alone); the DATE_OF_BIRTH and PHONE benches
also count the same figures (``span_measure``), the SECRET bench its precision.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_person_model import UNCOUNTED, load_dev, load_set, negatives

ROOT = Path(__file__).resolve().parent.parent
Found = tuple[int, int, str]
Measure = Callable[[list[dict[str, Any]], Callable[[str], list[Found]]], dict[str, Any]]


def span_measure(entity: str, short: str, decoy_kind: re.Pattern[str], decoy_label: str
                 ) -> tuple[Measure, Callable[[dict[str, Any]], str]]:  # fmt: skip
    """``measure`` and ``line`` for a model of ``entity``: its characters and all types'
    left unmasked, its findings on no labeled value of its type, decoys touched (all, and
    those that ``decoy_kind`` finds in: dates, long digit runs), and CPU seconds."""

    def measure(records: list[dict[str, Any]], detect: Callable[[str], list[Found]]
                ) -> dict[str, Any]:  # fmt: skip
        per: dict[str, list[int]] = {}
        off = found_n = 0
        decoys = [0, 0, 0, 0]
        cpu = 0.0
        for rec in records:
            text = rec["text"]
            start = time.process_time()
            found = detect(text)
            cpu += time.process_time() - start
            cover = bytearray(len(text))
            for a, b, _ in found:
                cover[a:b] = b"\1" * (b - a)
            labeled = [(s["start"], s["end"], s["type"]) for s in rec["spans"]
                       if s["type"] != "DECOY"]  # fmt: skip
            for a, b in negatives(rec):
                touched = any(cover[a:b])
                decoys[0] += 1
                decoys[1] += touched
                if decoy_kind.search(text, a, b) is not None:
                    decoys[2] += 1
                    decoys[3] += touched
            for a, b, typ in labeled:
                idx = [i for i in range(a, b) if not text[i].isspace() and text[i] not in UNCOUNTED]
                row = per.setdefault(typ, [0, 0])
                row[0] += len(idx)
                row[1] += len(idx) - sum(cover[i] for i in idx)
            values = [(a, b) for a, b, typ in labeled if typ == entity]
            for a, b, typ in found:
                if typ == entity:
                    found_n += 1
                    off += not any(x < b and a < y for x, y in values)
        chars = sum(v[0] for v in per.values())
        return {"per": per, "off": off, "found": found_n, "decoys": decoys,
                "all_unmasked": sum(v[1] for v in per.values()) / max(chars, 1), "cpu": cpu,
                "bytes": sum(len(r["text"].encode()) for r in records)}  # fmt: skip

    def line(m: dict[str, Any]) -> str:
        row = m["per"].get(entity)
        share = f"{row[1] / row[0]:.2%} ({row[1]}/{row[0]})" if row else "n/a"
        d = m["decoys"]
        return (
            f"{short} unmasked {share}, {short} findings on no labeled {short} "
            f"{m['off']}/{m['found']}, decoys touched {d[1]}/{d[0]} ({decoy_label} "
            f"{d[3]}/{d[2]}), all types unmasked {m['all_unmasked']:.2%}, "
            f"{m['bytes'] / max(m['cpu'], 1e-9) / 1e6:.3f} MB/s CPU"
        )

    return measure, line


def _found(detect: Callable[[str], list[Any]]) -> Callable[[str], list[Found]]:
    return lambda text: [(s.start, s.end, s.type) for s in detect(text)]


def main(make: Callable[[float | None], Any], measure: Measure,
         line: Callable[[dict[str, Any]], str]) -> None:  # fmt: skip
    """Score rules, rules + the model ``make(threshold)`` builds, and the model alone."""
    from llmgate.redaction import Redactor

    parser = argparse.ArgumentParser()
    parser.add_argument("--set", help="a held-out set's folder, e.g. bench/heldout3")
    parser.add_argument("--threshold", type=float, default=None)
    args = parser.parse_args()
    if args.set:
        folder = (ROOT / args.set).resolve()
        records, name = load_set(folder), str(folder.relative_to(ROOT))
    else:
        records, name = load_dev(), "tests/redaction/data/eval.jsonl"
    print(f"{name}: {len(records)} texts")
    rules = Redactor(cache_size=0)
    model = make(args.threshold)
    both = Redactor(detectors=[model], cache_size=0)
    for label, red in (("rules", rules), (f"rules + {model!r}", both)):
        print(f"{label}:", line(measure(records, _found(red.detect))))
    print(f"{model!r} alone:", line(measure(records, _found(model.detect))))
