"""Decoys masked by the redaction rules on a labeled JSONL file (issue 13: at most 2%).

``python bench/bench_decoys.py [FILE ...] [--models] [--show]`` scores each file (default:
the development decoy collection, tests/redaction/data/decoys/dev.jsonl) with the default
``Redactor()``; ``--models`` adds the four opt-in model detectors, as the held-out
evaluation's third column does. Records have the held-out sets' format: spans
``{"start", "end", "type"}`` where type ``DECOY`` marks a value that must stay (its kind in
``"decoy"``); a development-set record's ``hard_negatives`` count as decoys too.

Reported: the share of decoy characters masked (any finding covering a character; spaces
and zero-width characters not counted), decoys touched and texts with a decoy touched, the
same per decoy kind, and recall on the real values (a value is recalled when all its
counted characters are masked by a finding of any type). ``--show`` lists each touched
decoy with the finding that touched it.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from scoring import counted, coverage

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "tests/redaction/data/decoys/dev.jsonl"
MODELS = ["person-model", "secret-model", "dob-model", "phone-model"]
Found = tuple[int, int, str]
Record = dict[str, Any]


def detector(models: bool) -> Callable[[str], list[Found]]:
    from llmgate.redaction import Redactor
    from llmgate.redaction.detectors import load_named_detectors

    if models:
        red = Redactor(detectors=load_named_detectors(MODELS), cache_size=0)
    else:
        red = Redactor(cache_size=0)
    return lambda text: [(s.start, s.end, s.type) for s in red.detect(text)]


def decoys(rec: Record) -> list[tuple[int, int, str]]:
    out = [(s["start"], s["end"], str(s.get("decoy", "?"))) for s in rec["spans"]
           if s["type"] == "DECOY"]  # fmt: skip
    out += [(s["start"], s["end"], s["kind"]) for s in rec.get("hard_negatives", [])]
    return out


def score(records: list[Record], detect: Callable[[str], list[Found]]) -> dict[str, Any]:
    total = {"spans": 0, "touched": 0, "chars": 0, "masked": 0, "texts": 0, "texts_touched": 0}
    kinds: dict[str, dict[str, int]] = {}
    recall: dict[str, list[int]] = {}
    shown: list[str] = []
    for rec in records:
        text = rec["text"]
        found = detect(text)
        cover = coverage(text, found)
        touched_here = False
        for a, b, kind in decoys(rec):
            idx = counted(text, a, b)
            touched = any(cover[a:b])
            touched_here |= touched
            row = kinds.setdefault(kind, {"spans": 0, "touched": 0, "chars": 0, "masked": 0})
            for group in (total, row):
                group["spans"] += 1
                group["touched"] += touched
                group["chars"] += len(idx)
                group["masked"] += sum(cover[i] for i in idx)
            if touched:
                hits = [f"{t} {text[x:y]!r}" for x, y, t in found if x < b and a < y]
                shown.append(f"{rec['id']}: {kind} {text[a:b]!r} <- {', '.join(hits)}")
        if decoys(rec):
            total["texts"] += 1
            total["texts_touched"] += touched_here
        for s in rec["spans"]:
            if s["type"] == "DECOY":
                continue
            idx = counted(text, s["start"], s["end"])
            row2 = recall.setdefault(s["type"], [0, 0, 0, 0])  # spans, recalled, chars, unmasked
            masked = sum(cover[i] for i in idx)
            row2[0] += 1
            row2[1] += masked == len(idx)
            row2[2] += len(idx)
            row2[3] += len(idx) - masked
            if masked != len(idx):
                shown.append(f"{rec['id']}: MISSED {s['type']} {text[s['start'] : s['end']]!r}")
    return {"total": total, "kinds": kinds, "recall": recall, "shown": shown}


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.2f}%" if b else "-"


def report(name: str, result: dict[str, Any], show: bool) -> None:
    t = result["total"]
    print(f"== {name}")
    print(f"decoy characters masked {pct(t['masked'], t['chars'])} ({t['masked']}/{t['chars']}); "
          f"decoys touched {t['touched']}/{t['spans']}; "
          f"texts touched {t['texts_touched']}/{t['texts']}")  # fmt: skip
    cells = [f"{k} {v['touched']}/{v['spans']}" for k, v in sorted(result["kinds"].items())]
    print("touched by kind: " + ", ".join(cells))
    spans = sum(v[0] for v in result["recall"].values())
    got = sum(v[1] for v in result["recall"].values())
    cells = [f"{k} {v[1]}/{v[0]}" for k, v in sorted(result["recall"].items())]
    print(f"real values recalled {got}/{spans}: " + ", ".join(cells))
    if show:
        print("\n".join(result["shown"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=[DEFAULT])
    parser.add_argument("--models", action="store_true", help="add the four model detectors")
    parser.add_argument("--show", action="store_true", help="list touched decoys and misses")
    args = parser.parse_args()
    detect = detector(args.models)
    for path in args.files:
        if "heldout" in str(path):
            raise SystemExit("held-out sets are scored by bench/heldout*/evaluate.py only")
        text = path.read_text(encoding="utf-8")
        records = [json.loads(line) for line in text.splitlines() if line.strip()]
        label = f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}"
        report(label + (" (+ models)" if args.models else ""), score(records, detect), args.show)


if __name__ == "__main__":
    main()
