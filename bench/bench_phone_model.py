"""The PHONE model (``phone-model``) beside the rules: what it adds, what it costs.

Run: ``python bench/bench_phone_model.py [--set DIR]``. Without ``--set`` it scores the
development set (tests/redaction/data/eval.jsonl); ``--set DIR`` scores a set of the
held-out format (``DIR/data/heldout.jsonl``, read by that set's own ``generate.load``).
The development set and bench/heldout and bench/heldout2 are training data of the shipped
weights (``tools/train_phone_model.py --validate`` gives the figures of weights trained
without each of them): only a set the training never saw measures the model. Prints one
line per configuration: characters of PHONE values left unmasked, PHONE findings that
fall on no labeled phone number, decoys touched (all, and those that hold six digits or more),
all labeled characters left unmasked, and CPU throughput of one thread (detection cache
off).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_person_model import UNCOUNTED, load_dev, load_set, negatives  # noqa: E402

Found = tuple[int, int, str]
PHONE = "PHONE"
_SIX_DIGITS = re.compile(r"(?:[0-9][^0-9\n]{0,3}){5}[0-9]")


def measure(records: list[dict[str, Any]], detect: Callable[[str], list[Found]]) -> dict[str, Any]:
    """PHONE and all-type characters left unmasked, PHONE findings on no labeled phone
    number, decoys touched (all, and those that hold six digits or more),
    and the CPU seconds ``detect`` took."""
    per: dict[str, list[int]] = {}
    off = phones = 0
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
        labeled = [(s["start"], s["end"], s["type"]) for s in rec["spans"] if s["type"] != "DECOY"]
        for a, b in negatives(rec):
            touched = any(cover[a:b])
            decoys[0] += 1
            decoys[1] += touched
            if _SIX_DIGITS.search(text, a, b) is not None:
                decoys[2] += 1
                decoys[3] += touched
        for a, b, typ in labeled:
            idx = [i for i in range(a, b) if not text[i].isspace() and text[i] not in UNCOUNTED]
            row = per.setdefault(typ, [0, 0])
            row[0] += len(idx)
            row[1] += len(idx) - sum(cover[i] for i in idx)
        numbers = [(a, b) for a, b, typ in labeled if typ == PHONE]
        for a, b, typ in found:
            if typ == PHONE:
                phones += 1
                off += not any(x < b and a < y for x, y in numbers)
    return {
        "per": per,
        "off": off,
        "phones": phones,
        "decoys": decoys,
        "all_unmasked": sum(v[1] for v in per.values()) / max(sum(v[0] for v in per.values()), 1),
        "cpu": cpu,
        "bytes": sum(len(r["text"].encode()) for r in records),
    }


def line(m: dict[str, Any]) -> str:
    row = m["per"].get(PHONE)
    share = f"{row[1] / row[0]:.2%} ({row[1]}/{row[0]})" if row else "n/a"
    d = m["decoys"]
    return (
        f"PHONE unmasked {share}, PHONE findings on no labeled PHONE {m['off']}/{m['phones']}, "
        f"decoys touched {d[1]}/{d[0]} (6+ digits {d[3]}/{d[2]}), "
        f"all types unmasked {m['all_unmasked']:.2%}, "
        f"{m['bytes'] / max(m['cpu'], 1e-9) / 1e6:.3f} MB/s CPU"
    )


def _found(detect: Callable[[str], list[Any]]) -> Callable[[str], list[Found]]:
    return lambda text: [(s.start, s.end, s.type) for s in detect(text)]


def main() -> None:
    from llmgate.redaction import Redactor
    from llmgate.redaction.phone_model import PhoneModelDetector

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
    model = PhoneModelDetector(args.threshold)
    both = Redactor(detectors=[model], cache_size=0)
    for label, red in (("rules", rules), (f"rules + {model!r}", both)):
        print(f"{label}:", line(measure(records, _found(red.detect))))
    print(f"{model!r} alone:", line(measure(records, _found(model.detect))))


if __name__ == "__main__":
    main()
