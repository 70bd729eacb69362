"""Check that bench/heldout/evaluate.py's ``load_set`` accepts a set, without any detector.

Run from the repository root: ``python bench/heldout/check_load.py --set bench/heldout5``
(the set's folder, as evaluate.py takes it). Safe on a sealed set: the evaluator imports
the comparison tools' adapters at import time; a stub stands in for them here, so nothing of
``llmgate.redaction`` is imported (the script asserts it) and no text is scored. It checks
that every labeled type is one the evaluator counts, that every type is present, and, apart
from the set's own ``load()``, that each span's offsets give back exactly its value.
"""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SET = Path(sys.argv[sys.argv.index("--set") + 1]).resolve() if "--set" in sys.argv else None


def main() -> None:
    if SET is None:
        raise SystemExit("usage: python bench/heldout/check_load.py --set bench/heldoutN")
    stub = types.ModuleType("bench_redaction")
    stub.presidio_detector = lambda *a, **k: "not loaded"  # type: ignore[attr-defined]
    stub.scrubadub_detector = lambda *a, **k: "not loaded"  # type: ignore[attr-defined]
    sys.modules["bench_redaction"] = stub
    sys.path.insert(0, str(ROOT / "bench" / "heldout"))
    import evaluate  # type: ignore[import-not-found]

    records = evaluate.load_set(SET)
    loaded = sorted(m for m in sys.modules if m.startswith("llmgate.redaction"))
    assert not loaded, f"a detector module was imported: {loaded}"
    used = {s["type"] for r in records for s in r["spans"]} - {"DECOY"}
    assert used == set(evaluate.TYPES), used ^ set(evaluate.TYPES)
    raw = SET / "data" / "heldout.jsonl"
    for line in raw.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        for s in rec["spans"]:
            assert rec["text"][s["start"] : s["end"]] == s["value"], (rec["id"], s["value"])
            assert s["type"] != "DECOY" or s.get("decoy"), rec["id"]
            if s["type"] == "URL_CREDENTIALS":
                assert ":" in s["value"], rec["id"]
    free = sum(r["kind"] in evaluate.FREE_TEXT for r in records)
    print(f"load_set accepts {len(records)} texts ({free} free text); every label checked")


if __name__ == "__main__":
    main()
