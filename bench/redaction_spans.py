"""Record the redactor's findings on every corpus, or check them against a recording.

A speed change must not change one finding. Run before the change::

    python bench/redaction_spans.py record /tmp/spans.json

and after it::

    python bench/redaction_spans.py check /tmp/spans.json

``--rules-only`` (after the file) records or checks ``Redactor(person_model=False)``
instead of the default ``Redactor()`` (the rules and the shipped PERSON model).

Both detection paths (pure Python and Hyperscan, when installed) are run on: the
development set (tests/redaction/data/eval.jsonl) with upper- and lower-case variants and
characters beyond Latin-1 put where triggers look, its prose filler, 4 KB documents made of
both, the pathological units of tests/redaction/test_pathological.py repeated, seeded
random concatenations of test_engine.py's generator fragments, and the held-out sets'
texts (bench/heldout*/data/*.jsonl). The held-out sets are used here only to compare
findings before and after: nothing is printed about what they contain, only how many texts
differ. The recording is kept outside the repository (it holds the held-out findings).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "redaction" / "data"
TRICKY = ["\u212a", "\u017f", "\u0130", "\u2028", "\u0141", "\u0142", "\u2603", "\U0001f4de"]
FRAGMENTS = [
    "Dear Mr ", "Ł", "Ana ", "password", "KEY", "\u212a", "=", ": ", "s3cr3tV4lue99 ",
    "Regards,", "\n", "\u2028", "Calle Mayor ", "5", "DE89 3704 0044 0532 0130 00", "10.1.2.3",
    " dot ", "(at)", "Am Markt ", "name,email", "\u017f", "İ", "sk-", "x", "my name is ",
    "I\u2019m ", "i'm ", "customer ", "outpatient ", "Thanks, ", "c/o ", "Ich heiße ",
    "Anna Schmidt", "Product Owner", " from ", "Daniel ", "McDaniel ", "Smith", "@", " wrote:",
    "\tschrieb:", "Zoltan Kovacs", "\nAnna: ", "\n[10:32] ", ":", "4111 1111 1111 1111",
    "jane@acme.com", "+49 30 1234567", "123-45-6789", "born 01.02.1980", "\r\n", "\u200b",
]  # fmt: skip


def _jsonl(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [str(json.loads(line)["text"]) for line in fh if line.strip()]


def _pathological() -> list[str]:
    sys.path.insert(0, str(ROOT / "tests" / "redaction"))
    import ast

    source = (ROOT / "tests" / "redaction" / "test_pathological.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "UNITS":
            units: dict[str, str] = ast.literal_eval(node.value)
            return [unit * max(1, 3000 // len(unit)) for unit in units.values()]
    raise RuntimeError("UNITS not found in test_pathological.py")


def corpora() -> dict[str, list[str]]:
    """Every corpus by name; names starting with "heldout" are not to be looked into."""
    dev = _jsonl(DATA / "eval.jsonl")
    prose = [b.strip() for b in (DATA / "filler.txt").read_text(encoding="utf-8").split("\n===\n")]
    rng = random.Random(1)
    mixed: list[str] = []
    cur: list[str] = []
    for t in dev:
        cur += [t, *rng.sample(prose, 3)]
        if sum(map(len, cur)) > 4000:
            mixed.append("\n\n".join(cur))
            cur = []
    tricky: list[str] = []
    for char in TRICKY:
        for i, text in enumerate(dev[:300]):
            v = text.replace("k", char, 1) if i % 3 == 0 else text.replace(" ", char, 2)
            tricky.append(v.replace("s", char, 1) if i % 3 == 1 else v)
    gen = random.Random(13)
    generated = ["".join(gen.choices(FRAGMENTS, k=gen.randint(0, 25))) for _ in range(3000)]
    out = {
        "dev": dev,
        "dev-case": [t.upper() for t in dev] + [t.lower() for t in dev],
        "dev-tricky": tricky,
        "prose": prose,
        "mixed-4k": mixed,
        "pathological": _pathological(),
        "generated": generated,
    }
    for path in held_out_paths():
        out[f"{path.parent.parent.name}"] = _jsonl(path)
    return out


def held_out_paths() -> list[Path]:
    """The held-out sets' data files, less a sealed set: one whose first run
    (``results-first-run.md``) is not recorded yet is never scanned before that run."""
    return [
        path
        for path in sorted((ROOT / "bench").glob("heldout*/data/*.jsonl"))
        if path.parent.parent.name == "heldout"
        or (path.parent.parent / "results-first-run.md").exists()
    ]


def findings(path: str, sets: dict[str, list[str]], rules_only: bool) -> dict[str, list[str]]:
    """Per corpus, one digest of each text's findings (so a recording reveals no values)."""
    from llmgate.redaction import Redactor
    from llmgate.redaction.engine import ENGINE_ENV

    os.environ[ENGINE_ENV] = path
    red = Redactor(cache_size=0, person_model=not rules_only)
    return {
        name: [
            hashlib.sha256(json.dumps([list(s) for s in red.detect(t)]).encode()).hexdigest()[:16]
            for t in texts
        ]
        for name, texts in sets.items()
    }


def main() -> int:
    mode, target = sys.argv[1], Path(sys.argv[2])
    if os.environ.get("NO_PHONENUMBERS"):  # the findings without the optional package
        sys.modules["phonenumbers"] = None  # type: ignore[assignment]
    sets = corpora()
    import importlib.util

    paths = ["python"] + (["hyperscan"] if importlib.util.find_spec("hyperscan") else [])
    rules_only = sys.argv[3:4] == ["--rules-only"]
    now = {path: findings(path, sets, rules_only) for path in paths}
    if mode == "record":
        target.write_text(json.dumps(now), encoding="utf-8")
        print("recorded", {k: len(v) for k, v in sets.items()}, "paths", paths)
        return 0
    before = json.loads(target.read_text(encoding="utf-8"))
    bad = 0
    for path in paths:
        for name, digests in now[path].items():
            old = before[path][name]
            diff = [i for i, (a, b) in enumerate(zip(old, digests, strict=True)) if a != b]
            bad += len(diff)
            if diff:
                shown = "" if name.startswith("heldout") else f" e.g. {sets[name][diff[0]][:120]!r}"
                print(f"{path} {name}: {len(diff)} texts differ{shown}")
    # The pure path and the engine agree with each other, too.
    if len(paths) == 2:
        for name in sets:
            pure, fast = now["python"][name], now["hyperscan"][name]
            diff = sum(a != b for a, b in zip(pure, fast, strict=True))
            bad += diff
            if diff:
                print(f"python vs hyperscan {name}: {diff} texts differ")
    print("identical" if not bad else f"{bad} differences")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
