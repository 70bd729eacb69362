"""The model-based PERSON detector (llmgate-spacy) beside the rules: what it adds, what it costs.

Run: ``python bench/bench_spacy_person.py [--heldout | --set bench/heldout3] [--models ...]``.
Without either it scores the development set (tests/redaction/data/eval.jsonl), the set the
plugin's name filter was chosen on; ``--heldout`` scores bench/heldout and ``--set DIR``
another held-out set, read by that set's own ``generate.load`` (run them to report, never
to choose). Prints one line per configuration:
characters of PERSON values left unmasked, PERSON findings that fall on no labeled value,
decoys touched, all labeled characters left unmasked, and CPU throughput of one thread.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from scoring import counted, coverage

ROOT = Path(__file__).resolve().parent.parent


def score(red: Any, records: list[dict[str, Any]]) -> str:
    per: dict[str, list[int]] = {}
    off_value = person = 0
    decoys = [0, 0]
    size = 0
    start = time.process_time()
    for rec in records:
        text = rec["text"]
        size += len(text.encode())
        found = red.detect(text)
        cover = coverage(text, found)
        labeled = [(s["start"], s["end"], s["type"]) for s in rec["spans"]]
        for a, b, typ in labeled:
            idx = counted(text, a, b)
            masked = sum(cover[i] for i in idx)
            if typ == "DECOY":
                decoys[0] += 1
                decoys[1] += any(cover[a:b])
                continue
            row = per.setdefault(typ, [0, 0])
            row[0] += len(idx)
            row[1] += len(idx) - masked
        for s in found:
            if s.type == "PERSON":
                person += 1
                hits = [t for a, b, t in labeled if a < s.end and s.start < b]
                off_value += not hits or all(t == "DECOY" for t in hits)
    cpu = time.process_time() - start
    chars = sum(v[0] for v in per.values())
    unmasked = sum(v[1] for v in per.values())
    return (
        f"PERSON unmasked {per['PERSON'][1] / per['PERSON'][0]:.1%}, PERSON findings on no "
        f"labeled value {off_value}/{person} ({off_value / max(person, 1):.1%}), decoys touched "
        f"{decoys[1]}/{decoys[0]}, all types unmasked {unmasked / chars:.1%}, "
        f"{size / cpu / 1e6:.3f} MB/s CPU"
    )


def load_set(folder: Path) -> list[dict[str, Any]]:
    """A held-out set read and checked by its own ``generate.load`` (the evaluator's loader)."""
    sys.path.insert(0, str(ROOT / "bench" / "heldout"))
    import evaluate  # a script beside its set, importable only from there

    records: list[dict[str, Any]] = evaluate.load_set(folder)
    return records


def main() -> None:
    from llmgate_spacy import SpacyPersonDetector

    from llmgate.redaction import Redactor
    from llmgate.redaction.redactor import RULES_ONLY

    parser = argparse.ArgumentParser()
    parser.add_argument("--heldout", action="store_true")
    parser.add_argument("--set", help="another held-out set's folder, e.g. bench/heldout3")
    parser.add_argument("--models", default="en_core_web_sm")
    args = parser.parse_args()
    if args.set:
        path = (ROOT / args.set).resolve() / "data" / "heldout.jsonl"
        records = load_set(path.parent.parent)
    else:
        path = (
            ROOT / "bench/heldout/data/heldout.jsonl"
            if args.heldout
            else ROOT / "tests/redaction/data/eval.jsonl"
        )
        records = [json.loads(line) for line in path.open(encoding="utf-8")]
    model = SpacyPersonDetector(args.models.split(","))
    print(f"{path.relative_to(ROOT)}: {len(records)} texts")
    print("rules:", score(Redactor(cache_size=0, **RULES_ONLY), records))
    both = Redactor(detectors=[model], cache_size=0, **RULES_ONLY)
    print(f"rules + spacy-person ({args.models}):", score(both, records))


if __name__ == "__main__":
    main()
