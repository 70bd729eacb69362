"""The model-based SECRET detector (``secret-model``) beside the rules: what it adds, what it costs.

Run: ``python bench/bench_secret_model.py [--set DIR]``. Without ``--set`` it scores the
development set (tests/redaction/data/eval.jsonl); ``--set DIR`` scores a set of the
held-out format (``DIR/data/heldout.jsonl``, read by that set's own ``generate.load``).
The development set and bench/heldout and bench/heldout2 are training data of the shipped
weights (``tools/train_secret_model.py --validate`` gives the figures of weights trained
without each of them): only a set the training never saw measures the model. Prints one
line per configuration: characters of SECRET values (and of URL credentials) left
unmasked, SECRET precision (SECRET findings that overlap a labeled SECRET or URL
credentials, over all SECRET findings), decoys touched, all labeled characters left
unmasked, and CPU throughput of one thread (detection cache off).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_person_model import UNCOUNTED, negatives  # noqa: E402

Found = tuple[int, int, str]
CREDENTIAL = ("SECRET", "URL_CREDENTIALS")


def measure(records: list[dict[str, Any]], detect: Callable[[str], list[Found]]) -> dict[str, Any]:
    """SECRET, URL credentials and all-type characters left unmasked, SECRET precision,
    decoys touched, and the CPU seconds ``detect`` took."""
    per: dict[str, list[int]] = {}
    hits = secrets = 0
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
        creds = [(a, b) for a, b, typ in labeled if typ in CREDENTIAL]
        for a, b, typ in found:
            if typ == "SECRET":
                secrets += 1
                hits += any(x < b and a < y for x, y in creds)
    return {
        "per": per,
        "precision": hits / max(secrets, 1),
        "hits": hits,
        "secrets": secrets,
        "decoys_touched": decoys[1],
        "decoys": decoys[0],
        "all_unmasked": sum(v[1] for v in per.values()) / sum(v[0] for v in per.values()),
        "cpu": cpu,
        "bytes": sum(len(r["text"].encode()) for r in records),
    }


def _share(m: dict[str, Any], typ: str) -> str:
    row = m["per"].get(typ)
    return f"{row[1] / row[0]:.2%}" if row else "n/a"


def line(m: dict[str, Any]) -> str:
    return (
        f"SECRET unmasked {_share(m, 'SECRET')}, URL credentials unmasked "
        f"{_share(m, 'URL_CREDENTIALS')}, SECRET precision {m['precision']:.3f} "
        f"({m['hits']}/{m['secrets']}), decoys touched {m['decoys_touched']}/{m['decoys']}, "
        f"all types unmasked {m['all_unmasked']:.2%}, "
        f"{m['bytes'] / max(m['cpu'], 1e-9) / 1e6:.3f} MB/s CPU"
    )


if __name__ == "__main__":
    from model_bench import main

    from llmgate.redaction.secret_model import SecretModelDetector

    main(SecretModelDetector, measure, line)
