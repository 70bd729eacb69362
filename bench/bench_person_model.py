"""The model-based PERSON detector (``person-model``) beside the rules: what it adds, what it costs.

Run: ``python bench/bench_person_model.py [--heldout | --set bench/heldout3]``. Without
either it scores the development set (tests/redaction/data/eval.jsonl), which the shipped
weights were trained on; ``--heldout`` scores bench/heldout and ``--set DIR`` another set of
that format, read by that set's own ``generate.load``. bench/heldout and bench/heldout2 are
training data of the shipped weights too (``tools/train_person_model.py --validate`` gives
the figures of weights trained without each of them): only a set the training never saw
measures the model. Prints one line per configuration: characters of PERSON values left
unmasked, PERSON findings that fall on no labeled value, decoys touched, all labeled
characters left unmasked, and CPU throughput of one thread (detection cache off).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
UNCOUNTED = set("\u200b\u200c\u200d\u2060\ufeff\u00ad")
Found = tuple[int, int, str]


def negatives(rec: dict[str, Any]) -> list[tuple[int, int]]:
    """Values that must stay: held-out sets label them DECOY, the development set lists
    them as ``hard_negatives``."""
    out = [(s["start"], s["end"]) for s in rec["spans"] if s["type"] == "DECOY"]
    out += [(s["start"], s["end"]) for s in rec.get("hard_negatives", [])]
    return out


def measure(records: list[dict[str, Any]], detect: Callable[[str], list[Found]]) -> dict[str, Any]:
    """PERSON and all-type characters left unmasked, PERSON findings on no labeled value,
    decoys touched, and the CPU seconds ``detect`` took."""
    per: dict[str, list[int]] = {}
    off_value = person = 0
    decoys = [0, 0]
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
            decoys[0] += 1
            decoys[1] += any(cover[a:b])
        for a, b, typ in labeled:
            idx = [i for i in range(a, b) if not text[i].isspace() and text[i] not in UNCOUNTED]
            row = per.setdefault(typ, [0, 0])
            row[0] += len(idx)
            row[1] += len(idx) - sum(cover[i] for i in idx)
        for a, b, typ in found:
            if typ == "PERSON":
                person += 1
                off_value += not any(x < b and a < y for x, y, _ in labeled)
    return {
        "person_unmasked": per["PERSON"][1] / per["PERSON"][0],
        "person_off": off_value,
        "person_found": person,
        "decoys_touched": decoys[1],
        "decoys": decoys[0],
        "all_unmasked": sum(v[1] for v in per.values()) / sum(v[0] for v in per.values()),
        "cpu": cpu,
        "bytes": sum(len(r["text"].encode()) for r in records),
    }


def line(m: dict[str, Any]) -> str:
    off = m["person_off"] / max(m["person_found"], 1)
    return (
        f"PERSON unmasked {m['person_unmasked']:.1%}, PERSON findings on no labeled value "
        f"{m['person_off']}/{m['person_found']} ({off:.1%}),"
        f" decoys touched {m['decoys_touched']}/{m['decoys']}, all types unmasked "
        f"{m['all_unmasked']:.1%}, {m['bytes'] / max(m['cpu'], 1e-9) / 1e6:.3f} MB/s CPU"
    )


def load_set(folder: Path) -> list[dict[str, Any]]:
    """A set in ``folder`` (``data/heldout.jsonl``), read and checked by its own
    ``generate.load``."""
    spec = importlib.util.spec_from_file_location("set_generate", folder / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(folder))  # its own helper modules
    spec.loader.exec_module(module)
    records: list[dict[str, Any]] = module.load(folder / "data" / "heldout.jsonl")
    return records


def load_dev() -> list[dict[str, Any]]:
    path = ROOT / "tests/redaction/data/eval.jsonl"
    return [json.loads(text) for text in path.read_text(encoding="utf-8").splitlines() if text]


def _found(detect: Callable[[str], list[Any]]) -> Callable[[str], list[Found]]:
    return lambda text: [(s.start, s.end, s.type) for s in detect(text)]


def main() -> None:
    from llmgate.redaction import Redactor
    from llmgate.redaction.person_model import PersonModelDetector

    parser = argparse.ArgumentParser()
    parser.add_argument("--heldout", action="store_true")
    parser.add_argument("--set", help="another set's folder, e.g. bench/heldout3")
    parser.add_argument("--threshold", type=float, default=None)
    args = parser.parse_args()
    if args.set or args.heldout:
        folder = (ROOT / (args.set or "bench/heldout")).resolve()
        records, name = load_set(folder), str(folder.relative_to(ROOT))
    else:
        records, name = load_dev(), "tests/redaction/data/eval.jsonl"
    print(f"{name}: {len(records)} texts")
    rules = Redactor(cache_size=0)
    model = PersonModelDetector(args.threshold)
    both = Redactor(detectors=[model], cache_size=0)
    for label, red in (("rules", rules), (f"rules + {model!r}", both)):
        print(f"{label}:", line(measure(records, _found(red.detect))))
    alone = measure(records, _found(model.detect))
    print(f"{model!r} alone:", line(alone))


if __name__ == "__main__":
    main()
