"""Instructions per text for each stage of a detection, counted by callgrind.

Run: ``python bench/bench_redaction_instructions.py [python|hyperscan] [chat|4k|heldout]``
(needs ``valgrind``; a few minutes per corpus). CPU time on the shared development
machines moves by a factor of two with other load; an instruction count does not, so
this is the measure to compare two versions of the code with (it does not see cache
misses: Hyperscan's pass over its large database costs more time than its count says).

Each stage is run over the whole corpus inside one ``functools.reduce`` call; callgrind
collects only inside that C function and writes one dump per call, so each dump is one
stage. The stages include the shipped PERSON model (a plugin of the default ``Redactor()``)
and the whole detection with the default models and without them (``RULES_ONLY``: the
rules alone; the DATE_OF_BIRTH model's own count is bench_dob_instructions.py's). The
contexts are prepared with every shared view (lower-case copies, digit runs)
before the detectors run, so each detector's count is its own work. The texts are
detected once before counting (warm caches, as in the best-of-N timings). The held-out
sets (every fourth text) are used for counting only.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from reduce_counts import reduce_counts  # noqa: E402


def _texts(corpus: str) -> list[str]:
    import bench_redaction_stages as stages
    from redaction_spans import _jsonl, held_out_paths

    if corpus == "heldout":
        found: list[str] = []
        for path in held_out_paths():
            found += _jsonl(path)
        return found[::4]
    sets = stages.corpora()
    if corpus == "chat":
        return sets["300-byte chat messages"]
    return sets["4 KB mixed business text"][::4]


def run_stages(path: str, corpus: str) -> None:
    """The stages, each in one ``functools.reduce`` (what callgrind counts)."""
    os.environ["LLMGATE_REDACTION_ENGINE"] = path
    from llmgate.redaction import Redactor
    from llmgate.redaction.detectors import ScanContext
    from llmgate.redaction.joins import rejoined
    from llmgate.redaction.normalize import normalize
    from llmgate.redaction.redactor import RULES_ONLY, resolve_overlaps

    red = Redactor(cache_size=0)
    rules = Redactor(cache_size=0, **RULES_ONLY)  # type: ignore[arg-type]
    # the shipped PERSON model (person_model.py), on by default; chosen by its type: the
    # DATE_OF_BIRTH model, a default too, is also a plugin (bench_dob_instructions.py)
    model = next(p for p in red._plugins if "PERSON" in p.entities)
    engine = red._engine
    texts = _texts(corpus)

    def prepare(text: str) -> ScanContext:
        ctx = ScanContext(normalize(text))
        if engine is not None:
            ctx.hits = engine.hits(ctx.text)
        return ctx

    def views(ctx: ScanContext) -> None:
        _ = (ctx.lower, ctx.lower_bytes, ctx.lower_spelled, ctx.lower_aligned)
        for digits, dots in ((13, 0), (9, 0), (7, 0), (4, 3)):
            ctx.runs_with(digits, dots)

    for text in texts:
        red.detect(text)
        rules.detect(text)
    names = ["prepare: normalize, ScanContext, trigger hits", "shared views"]
    names += [f"detector {d.name}" for d in red._builtins]
    names += ["joins", "PERSON model (plugin)", "resolve_overlaps"]
    names += ["whole Redactor.detect", "whole Redactor.detect, rules alone (RULES_ONLY)"]
    print("STAGES", "|".join(names))
    ctxs: list[ScanContext] = []
    functools.reduce(lambda a, t: ctxs.append(prepare(t)), texts, None)
    functools.reduce(lambda a, c: views(c), ctxs, None)
    found: list[list[object]] = [[] for _ in ctxs]
    for d in red._builtins:
        functools.reduce(lambda a, ic: found[ic[0]].extend(d.scan(ic[1])), enumerate(ctxs), None)
    functools.reduce(
        lambda a, ic: found[ic[0]].extend(rejoined(ic[1], red._joinable)), enumerate(ctxs), None
    )
    functools.reduce(lambda a, t: model.detect(t), texts, None)
    functools.reduce(lambda a, f: resolve_overlaps(f), found, None)  # type: ignore[arg-type]
    functools.reduce(lambda a, t: red.detect(t), texts, None)
    functools.reduce(lambda a, t: rules.detect(t), texts, None)
    print("TEXTS", len(texts), sum(len(t.encode()) for t in texts))


def main() -> None:
    if sys.argv[1:2] == ["--run"]:
        run_stages(sys.argv[2], sys.argv[3])
        return
    path = sys.argv[1] if len(sys.argv) > 1 else "hyperscan"
    corpus = sys.argv[2] if len(sys.argv) > 2 else "chat"
    log, counts, n, size = reduce_counts(__file__, path, corpus)
    names = re.search(r"^STAGES (.*)$", log, re.M).group(1).split("|")  # type: ignore[union-attr]
    print(f"{path}, {corpus}: {n} texts, {size / n:,.0f} bytes each; thousand instructions a text")
    for name, count in zip(names, counts, strict=True):
        print(f"| {name} | {count / n / 1000:,.1f} |")


if __name__ == "__main__":
    main()
