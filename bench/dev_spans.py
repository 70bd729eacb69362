"""Record the findings on every text of the development data, or check them against a
recording: a speed change to a detector or a model must not change one finding.

Run before the change::

    python bench/dev_spans.py record /tmp/dev_spans.json

and after it::

    python bench/dev_spans.py check /tmp/dev_spans.json

The texts are those of tests/redaction/data only (never a held-out set, so the recording
may be read): every ``*.jsonl`` file's texts (its subfolders too), every ``*.txt`` file's
blocks as the evaluation set's builder parses them (markup stripped), each also upper- and
lower-case, and 4 KB documents made of consecutive texts. Recorded per text: the spans of
the default ``Redactor()``, of ``Redactor(**RULES_ONLY)``, and the DATE_OF_BIRTH model's own
findings at its shipped threshold and one point either side (a pruning that is exact only
at one threshold would show there), and a digest of the features of every candidate of the
DATE_OF_BIRTH and the PHONE model (they share model_context.py; the trainers read them, so
a change there must leave them as they were for the weights to rebuild byte for byte).
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from llmgate.redaction._perceptron import Candidate

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "redaction" / "data"


def _builder() -> object:
    path = DATA / "build_eval.py"
    spec = importlib.util.spec_from_file_location("_dev_spans_build_eval", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(DATA))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(DATA))
    return module


def texts() -> dict[str, list[str]]:
    """Every development text by its file (relative to the data folder), plus variants."""
    build = _builder()
    out: dict[str, list[str]] = {}
    for path in sorted(DATA.rglob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh if line.strip()]
        out[str(path.relative_to(DATA))] = [str(r["text"]) for r in rows if "text" in r]
    for path in sorted(DATA.rglob("*.txt")):
        blocks = build.handwritten(str(path.relative_to(DATA)))  # type: ignore[attr-defined]
        out[str(path.relative_to(DATA))] = [build.parse_markup(b)[0] for b in blocks]  # type: ignore[attr-defined]
    every = [t for name in sorted(out) for t in out[name]]
    out["variant:upper"] = [t.upper() for t in every]
    out["variant:lower"] = [t.lower() for t in every]
    mixed: list[str] = []
    cur: list[str] = []
    for t in every:
        cur.append(t)
        if sum(map(len, cur)) > 4000:
            mixed.append("\n\n".join(cur))
            cur = []
    out["variant:4k"] = mixed
    return out


def findings(sets: dict[str, list[str]]) -> dict[str, list[list[object]]]:
    from llmgate.redaction import Redactor, phone_model
    from llmgate.redaction.dob_model import candidates, load_model
    from llmgate.redaction.redactor import RULES_ONLY

    def features(text: str, found: Iterable[Candidate]) -> str:
        """One digest of every candidate's offsets and features (the trainers read them:
        the weights must rebuild byte for byte). Each candidate's features sorted: the
        order of the ``kg=`` ones follows a set of strings, so the hash seed."""
        rows = [[c.start, c.end, sorted(c.feats)] for c in found]
        return hashlib.sha1(json.dumps(rows).encode()).hexdigest()

    full = Redactor(cache_size=0)
    rules = Redactor(cache_size=0, **RULES_ONLY)  # type: ignore[arg-type]
    model = load_model()
    t = model.threshold
    out: dict[str, list[list[object]]] = {}
    for name, group in sets.items():
        rows: list[list[object]] = []
        for text in group:
            rows.append([
                [[s.start, s.end, s.type] for s in full.detect(text)],
                [[s.start, s.end, s.type] for s in rules.detect(text)],
                *[[list(p) for p in model.detect(text, t + d)] for d in (-1.0, 0.0, 1.0)],
                features(text, candidates(text)),
                features(text, phone_model.candidates(text)),
            ])  # fmt: skip
        out[name] = rows
    return out


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] not in ("record", "check"):
        print(__doc__)
        return 2
    sets = texts()
    found = findings(sets)
    n = sum(map(len, sets.values()))
    path = Path(sys.argv[2])
    if sys.argv[1] == "record":
        path.write_text(json.dumps(found), encoding="utf-8")
        print(f"recorded {n} texts in {len(sets)} groups")
        return 0
    old = json.loads(path.read_text(encoding="utf-8"))
    bad = 0
    for name, rows in found.items():
        diff = [i for i, (a, b) in enumerate(zip(rows, old.get(name, []), strict=False)) if a != b]
        if len(rows) != len(old.get(name, [])):
            print(f"{name}: {len(rows)} texts, recording has {len(old.get(name, []))}")
            bad += 1
        if diff:
            print(f"{name}: {len(diff)} of {len(rows)} texts differ (first: #{diff[0]})")
            bad += len(diff)
    print(f"checked {n} texts in {len(sets)} groups: {'same' if not bad else f'{bad} differ'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
