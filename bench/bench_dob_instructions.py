"""Instructions per text of the DATE_OF_BIRTH model, and of the whole detection with and
without it, counted by callgrind.

Run: ``python bench/bench_dob_instructions.py [dates|chat|4k]`` (needs ``valgrind``; a
minute or two per corpus). To compare two versions of the code, run it with ``PYTHONPATH``
pointing at each version's ``src``: an instruction count does not move with the other
load of a shared machine, CPU time does by a factor of two.

Corpora (development data only): ``dates``, the texts of the evaluation set that hold a
labeled birth date plus ``dob_negatives.jsonl`` (dates that are no birth dates), the
date-heavy case; ``chat``, the 300-byte chat messages of bench_redaction_stages.py; ``4k``,
every eighth of its 4 KB mixed business texts. Each stage runs over the whole corpus in
one ``functools.reduce`` call, the only C function callgrind collects in (one dump per
call); the texts are detected once before counting (warm caches).
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "redaction" / "data"
sys.path.insert(0, str(ROOT / "bench"))

from reduce_counts import reduce_counts  # noqa: E402

STAGES = ["DATE_OF_BIRTH model alone", "Redactor()", "Redactor(dob_model=False)"]


def _texts(corpus: str) -> list[str]:
    import bench_redaction_stages as stages

    if corpus == "dates":
        rows = [json.loads(line) for line in (DATA / "eval.jsonl").open(encoding="utf-8")]
        out = [
            str(r["text"]) for r in rows if any(s["type"] == "DATE_OF_BIRTH" for s in r["spans"])
        ]
        with (DATA / "dob_negatives.jsonl").open(encoding="utf-8") as fh:
            return out + [str(json.loads(line)["text"]) for line in fh if line.strip()]
    sets = stages.corpora()
    if corpus == "chat":
        return sets["300-byte chat messages"]
    return sets["4 KB mixed business text"][::8]


def run_stages(corpus: str) -> None:
    from llmgate.redaction import Redactor

    full = Redactor(cache_size=0)
    nodob = Redactor(cache_size=0, dob_model=False)
    model = next(p for p in full._plugins if "DATE_OF_BIRTH" in p.entities)
    texts = _texts(corpus)
    for text in texts:
        full.detect(text)
        nodob.detect(text)
    functools.reduce(lambda a, t: model.detect(t), texts, None)
    functools.reduce(lambda a, t: full.detect(t), texts, None)
    functools.reduce(lambda a, t: nodob.detect(t), texts, None)
    print("TEXTS", len(texts), sum(len(t.encode()) for t in texts))


def main() -> None:
    if sys.argv[1:2] == ["--run"]:
        run_stages(sys.argv[2])
        return
    corpus = sys.argv[1] if len(sys.argv) > 1 else "dates"
    _, counts, n, size = reduce_counts(__file__, corpus)
    print(f"{corpus}: {n} texts, {size / n:,.0f} bytes each; thousand instructions a text")
    for name, count in zip(STAGES, counts, strict=True):
        print(f"| {name} | {count / n / 1000:,.1f} | {count / size:,.1f} a byte |")
    print(
        f"| DATE_OF_BIRTH model's share (difference) | {(counts[1] - counts[2]) / n / 1000:,.1f} |"
    )


if __name__ == "__main__":
    main()
