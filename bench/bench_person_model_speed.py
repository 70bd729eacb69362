"""What the PERSON model costs, and a check that a faster version finds the same spans.

Run from the repository root (development data only: tests/redaction/data/):

- ``python bench/bench_person_model_speed.py --record /tmp/before.json`` writes a digest of
  the model's spans (``PersonModelDetector().detect``) and of the default Redactor's
  findings for every text of every development corpus; ``--compare /tmp/before.json``
  recomputes them with the current code and names each corpus where one differs (exit 1).
- ``--cpu [--old DIR]``: CPU seconds (``time.process_time``, best of 5) of the model alone,
  ``Redactor(cache_size=0)`` and ``Redactor(cache_size=0, person_model=False)`` over
  eval.jsonl, each timing in its own process after one warm-up pass; with ``--old`` (a
  copy of an earlier ``src``, e.g. ``git archive HEAD src | tar -x -C DIR``) the old and
  the current code alternate, so both see the same load.
- ``--instructions [--old DIR]``: instructions per text of the same three, counted by
  callgrind (needs ``valgrind``) on every eighth text of eval.jsonl.

The recording belongs outside the repository: it is a property of one version of the code.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests/redaction/data"
CONFIGS = ("model alone", "Redactor() default", "Redactor(person_model=False)")


def _jsonl(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [str(json.loads(line)["text"]) for line in lines if line.strip()]


def _cases(path: Path) -> list[str]:
    """The cases of a dev_issue13 file as they stand (markup included: the check compares
    two versions of the code on the same strings, so any text will do)."""
    parts = re.split(r"^===.*$", path.read_text(encoding="utf-8"), flags=re.M)
    return [p for p in parts if p.strip()]


def corpora() -> dict[str, list[str]]:
    sets = {"eval.jsonl": _jsonl(DATA / "eval.jsonl")}
    for path in sorted((DATA / "decoys").glob("*.jsonl")):
        sets[f"decoys/{path.name}"] = _jsonl(path)
    sets["model_negatives.jsonl"] = _jsonl(DATA / "model_negatives.jsonl")
    for path in sorted(DATA.glob("dev_issue13*.txt")):
        sets[path.name] = _cases(path)
    return sets


def _digest(value: object) -> str:
    return hashlib.sha256(repr(value).encode()).hexdigest()[:16]


def record() -> dict[str, dict[str, list[str]]]:
    from llmgate.redaction import Redactor
    from llmgate.redaction.person_model import PersonModelDetector

    model, red = PersonModelDetector(), Redactor(cache_size=0)
    out: dict[str, dict[str, list[str]]] = {}
    for name, texts in corpora().items():
        out[name] = {
            "model": [_digest(model.detect(t)) for t in texts],
            "redactor": [_digest(red.detect(t)) for t in texts],
        }
    return out


def compare(path: Path) -> int:
    before = json.loads(path.read_text())
    now = record()
    failed = 0
    for name, got in now.items():
        for what in ("model", "redactor"):
            old = before.get(name, {}).get(what)
            diff = sum(a != b for a, b in zip(old or [], got[what], strict=False))
            if old is None or len(old) != len(got[what]) or diff:
                failed += 1
                print(f"DIFFERS {name} {what}: {diff} of {len(got[what])} texts")
            else:
                print(f"same    {name} {what}: {len(got[what])} texts")
    return 1 if failed else 0


def detectors() -> list[Callable[[str], object]]:
    from llmgate.redaction import Redactor
    from llmgate.redaction.person_model import PersonModelDetector

    return [
        PersonModelDetector().detect,
        Redactor(cache_size=0).detect,
        Redactor(cache_size=0, person_model=False).detect,
    ]


def cpu_once(which: int) -> float:
    texts = _jsonl(DATA / "eval.jsonl")
    detect = detectors()[which]
    for text in texts:  # warm caches, as in every best-of-N figure of the project
        detect(text)
    t0 = time.process_time()
    for text in texts:
        detect(text)
    return time.process_time() - t0


def _env(src: Path | None) -> dict[str, str]:
    env = dict(os.environ)
    if src is not None:  # the old package first on the path
        env["PYTHONPATH"] = f"{src}{os.pathsep}{env.get('PYTHONPATH', '')}"
    return env


def cpu(old: Path | None) -> None:
    size = sum(len(t.encode()) for t in _jsonl(DATA / "eval.jsonl"))
    versions: list[tuple[str, Path | None]] = [("new", None)]
    if old is not None:
        versions.insert(0, ("old", old))
    best: dict[tuple[str, int], float] = {}
    for _ in range(5):
        for which in range(len(CONFIGS)):
            for label, src in versions:
                got = subprocess.run(
                    [sys.executable, __file__, "--cpu-once", str(which)],
                    env=_env(src), capture_output=True, text=True, check=True,
                ).stdout  # fmt: skip
                key = (label, which)
                best[key] = min(best.get(key, 1e9), float(got))
    print(f"eval.jsonl, {size:,} bytes; CPU time best of 5 (process_time)")
    for which, name in enumerate(CONFIGS):
        cells = [f"{label} {size / best[(label, which)] / 1e6:.3f} MB/s" for label, _ in versions]
        print(f"| {name} | " + " | ".join(cells) + " |")


def count_run() -> None:
    """The three configurations, each over the subset inside one ``functools.reduce``
    (callgrind collects only inside that C function, one dump per call)."""
    texts = _jsonl(DATA / "eval.jsonl")[::8]
    found = detectors()
    for detect in found:
        for text in texts:
            detect(text)
    for detect in found:
        functools.reduce(lambda a, t, d=detect: d(t), texts, None)  # type: ignore[misc]
    print("TEXTS", len(texts), sum(len(t.encode()) for t in texts))


def instructions(old: Path | None) -> None:
    versions: list[tuple[str, Path | None]] = [("new", None)]
    if old is not None:
        versions.insert(0, ("old", old))
    rows: dict[str, list[int]] = {}
    n = size = 0
    for label, src in versions:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / "cg"
            log = subprocess.run(
                ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}.%p",
                 "--dump-before=functools_reduce", "--toggle-collect=functools_reduce",
                 sys.executable, __file__, "--count-run"],
                env=_env(src), capture_output=True, text=True, check=True,
            ).stdout  # fmt: skip
            n, size = map(int, re.search(r"^TEXTS (\d+) (\d+)$", log, re.M).groups())  # type: ignore[union-attr]

            def order(p: Path) -> int:
                tail = p.name.split(".")
                return int(tail[2]) if len(tail) > 2 else 1 << 30

            counts = []
            for dump in sorted(Path(tmp).glob("cg.*"), key=order):
                total = re.search(r"^(?:summary|totals): (\d+)", dump.read_text(), re.M)
                if total is not None and int(total.group(1)) > 0:
                    counts.append(int(total.group(1)))
            rows[label] = counts
    print(f"eval.jsonl[::8]: {n} texts, {size / n:,.0f} bytes each; thousand instructions a text")
    for which, name in enumerate(CONFIGS):
        cells = [f"{label} {rows[label][which] / n / 1000:,.1f}" for label, _ in versions]
        print(f"| {name} | " + " | ".join(cells) + " |")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--record", type=Path)
    ap.add_argument("--compare", type=Path)
    ap.add_argument("--cpu", action="store_true")
    ap.add_argument("--instructions", action="store_true")
    ap.add_argument("--old", type=Path, help="an earlier src folder to alternate with")
    ap.add_argument("--cpu-once", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--count-run", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.cpu_once is not None:
        print(cpu_once(args.cpu_once))
    elif args.count_run:
        count_run()
    elif args.record:
        args.record.write_text(json.dumps(record()))
    elif args.compare:
        return compare(args.compare)
    elif args.cpu:
        cpu(args.old)
    elif args.instructions:
        instructions(args.old)
    else:
        ap.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
