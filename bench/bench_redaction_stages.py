"""Where detection time goes, stage by stage, and what each scanning backend costs.

Run: ``python bench/bench_redaction_stages.py`` (from the repository root). Writes
bench/results/redaction_stages.md.

The issue asks for 20 MB/s on 300-byte chat messages (15 us a message) and on 4 KB mixed
text. Before choosing a backend, this measures the parts a detection is made of, on the
development set (tests/redaction/data/eval.jsonl; never the held-out set):

- the floor of any Python engine: a call into a function per detector and a list per call,
  with nothing found;
- the trigger pass alone on each backend that can run it: Hyperscan (offsets of every
  trigger, one pass), one combined ``re`` alternation (offsets, but a leftmost-first
  alternation reports one trigger per position), RE2's pattern set (which triggers occur,
  not where) when ``google-re2`` is installed;
- normalization (escapes, zero-width and look-alike characters);
- each built-in detector's own time on the texts, with the trigger hits given;
- the whole ``Redactor.detect``.

CPU time of one thread (``time.process_time``), best of N rounds.
"""

from __future__ import annotations

import json
import platform
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "redaction" / "data"
OUT = ROOT / "bench" / "results" / "redaction_stages.md"
ROUNDS = 5


def best_us(fn: Callable[[str], object], texts: Sequence[str], rounds: int = ROUNDS) -> float:
    """Microseconds of CPU per text, best of ``rounds`` passes over ``texts``."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for t in texts:
            fn(t)
        best = min(best, time.process_time() - start)
    return best / len(texts) * 1e6


def corpora() -> dict[str, list[str]]:
    records = [json.loads(line) for line in (DATA / "eval.jsonl").open(encoding="utf-8")]
    texts = [str(r["text"]) for r in records]
    chat = [t for t in texts if 200 <= len(t.encode()) <= 400]
    prose = [b.strip() for b in (DATA / "filler.txt").read_text(encoding="utf-8").split("\n===\n")]
    rng = random.Random(1)
    mixed: list[str] = []
    cur: list[str] = []
    for t in texts:
        cur += [t, *rng.sample(prose, 3)]
        if sum(map(len, cur)) > 4000:
            mixed.append("\n\n".join(cur))
            cur = []
    return {"300-byte chat messages": chat, "4 KB mixed business text": mixed}


def backends(engine_mod: Any, triggers_mod: Any) -> dict[str, Callable[[str], object]]:
    """The trigger pass on every backend available here."""
    triggers = triggers_mod.all_triggers()
    out: dict[str, Callable[[str], object]] = {}
    engine = triggers_mod._compiled()
    if engine is not None:
        out["Hyperscan (offsets per trigger)"] = engine.hits
    joined = b"|".join(b"(?:" + t.pattern + b")" for t in triggers)
    combined = re.compile(joined, re.DOTALL)  # case folding is spelled out in the patterns

    def python_re(text: str) -> object:
        data = engine_mod._engine_bytes(text)
        return [m.start() for m in combined.finditer(data or b"")]

    out["one combined re alternation (offsets)"] = python_re
    try:
        import re2
    except ImportError:
        pass
    else:
        options = re2.Options()
        options.encoding = re2.Options.Encoding.LATIN1
        options.dot_nl = True
        pattern_set = re2.Set.SearchSet(options)
        for t in triggers:
            pattern_set.Add(t.pattern.decode("latin-1"))
        pattern_set.Compile()

        def re2_set(text: str) -> object:
            data = engine_mod._engine_bytes(text)
            return pattern_set.Match(data.decode("latin-1") if data else "")

        out["RE2 pattern set (which, not where)"] = re2_set
    return out


def main() -> None:
    from llmgate.redaction import Redactor
    from llmgate.redaction import engine as engine_mod
    from llmgate.redaction import triggers as triggers_mod
    from llmgate.redaction.detectors import ScanContext
    from llmgate.redaction.joins import rejoined
    from llmgate.redaction.normalize import normalize

    red = Redactor(cache_size=0)
    builtins = red._builtins
    engine = triggers_mod._compiled()
    lines = [
        "# Redaction: where detection time goes",
        "",
        f"`python bench/bench_redaction_stages.py`. {platform.machine()}, "
        f"Python {sys.version.split()[0]}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. "
        f"CPU time of one thread, best of {ROUNDS}. Data: the development set "
        "(tests/redaction/data/eval.jsonl and its prose filler), a development figure. "
        f"Built-in detectors in the default Redactor: {len(builtins)}.",
        "",
        "| stage (us per text) | " + " | ".join(corpora()) + " |",
        "| --- | ---: | ---: |",
    ]
    sets = corpora()
    rows: dict[str, list[float]] = {}

    def floor(text: str) -> object:
        out: list[object] = []
        for _ in builtins:
            out.extend(())
        return out

    def detect_with(text: str) -> tuple[Any, Any]:
        norm = normalize(text)
        ctx = ScanContext(norm)
        if engine is not None:
            ctx.hits = engine.hits(norm.text)
        return norm, ctx

    for texts in sets.values():
        rows.setdefault("target: 20 MB/s", []).append(
            sum(len(t.encode()) for t in texts) / len(texts) / 20
        )
        rows.setdefault("mean size (bytes)", []).append(
            sum(len(t.encode()) for t in texts) / len(texts)
        )
        rows.setdefault("Python floor: a loop over the detectors, nothing found", []).append(
            best_us(floor, texts)
        )
        rows.setdefault("normalize", []).append(best_us(normalize, texts))
        for name, fn in backends(engine_mod, triggers_mod).items():
            rows.setdefault(f"trigger pass: {name}", []).append(best_us(fn, texts))

        # Contexts cache what detectors share (digit runs, lower-case text): a fresh set of
        # contexts per round, made outside the timed part, so each detector pays its share.
        def timed(step: Callable[[Any], object], texts: list[str] = texts) -> float:
            best = float("inf")
            for _ in range(ROUNDS):
                prepared = [detect_with(t)[1] for t in texts]
                start = time.process_time()
                for ctx in prepared:
                    step(ctx)
                best = min(best, time.process_time() - start)
            return best / len(texts) * 1e6

        rows.setdefault("ScanContext and trigger hits", []).append(best_us(detect_with, texts))
        for d in builtins:
            rows.setdefault(f"detector {d.name}", []).append(timed(d.scan))
        rows.setdefault("values split by a line break or spacing (joins)", []).append(
            timed(lambda ctx: rejoined(ctx, red._joinable))
        )
        rows.setdefault("all detectors in one context (as detect runs them)", []).append(
            timed(lambda ctx: [d.scan(ctx) for d in builtins])
        )
        rows.setdefault("whole Redactor.detect", []).append(best_us(red.detect, texts))
    for name, values in rows.items():
        lines.append(f"| {name} | " + " | ".join(f"{v:,.1f}" for v in values) + " |")
    lines += [
        "",
        "Reading: the trigger pass decides the backend. Hyperscan reports where every "
        "trigger fired in one pass; RE2's set only says which fired (each detector would "
        "then search again) and costs more than the whole Hyperscan pass; one `re` "
        "alternation of all triggers is slower than the whole detection by an order of "
        "magnitude, because a leftmost-first alternation retries every branch at every "
        "position. With Hyperscan, what is left is Python: each detector validating its "
        "candidates, shared digit runs, the line-break joins. On identifier-dense chat "
        "messages that sum alone is several times the 20 MB/s budget of a message, so the "
        "target needs the validators compiled too, not another regex backend.",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    OUT.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
