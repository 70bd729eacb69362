"""Local embedding throughput: llmgate's llamacpp provider vs llama-cpp-python called directly.

    python bench/bench_local_embeddings.py [--inputs 256] [--reps 9] [--threads 1]

Same packaged GGUF (all-MiniLM-L6-v2 Q8_0), same llama.cpp settings (embedding=True, the
trained n_ctx of 512, the same threads), same texts, in one process, alternating which side
goes first. Direct: ``Llama.embed(texts, normalize=True)`` (what llmgate returns:
L2-normalized vectors). llmgate: ``client.embed("local:all-minilm-l6-v2", inputs=texts)``
through the whole flow (route, attempt, cost by busy time, numpy arrays). Throughput is
inputs per second, of wall time and of this process's CPU time; the target is llmgate >=
0.95x direct. Also reported: the
time llmgate adds outside the model (the call's latency minus the ``busy_s`` the provider
reports), which does not move with the noise of a shared machine.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import llama_cpp
from llmgate_llamacpp import LlamaCppProvider, LlamaCppSettings, packaged_model_path

from llmgate import Client

MODEL = "all-minilm-l6-v2"
SENTENCES = (
    "circuit breakers open after repeated failures and close again once a probe succeeds",
    "the router sends each request to the cheapest healthy target that fits the context",
    "budgets are reserved before a call and settled from the tokens it used",
)
WORDS = [word for sentence in SENTENCES for word in sentence.split()]


def texts(count: int) -> list[str]:
    """Deterministic sentences of 6 to 40 words (short queries to paragraph chunks)."""
    out = []
    for i in range(count):
        size = 6 + (i * 7) % 35
        out.append(" ".join(WORDS[(i + j * 3) % len(WORDS)] for j in range(size)) + ".")
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--inputs", type=int, default=256)
    parser.add_argument("--reps", type=int, default=9)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--out", default="bench/results/local_embeddings.md")
    args = parser.parse_args()
    inputs = texts(args.inputs)
    path = packaged_model_path(MODEL)
    direct = llama_cpp.Llama(
        str(path),
        embedding=True,
        n_ctx=0,
        n_threads=args.threads,
        n_threads_batch=args.threads,
        verbose=False,
    )
    settings = LlamaCppSettings(model="smollm2-135m-instruct", n_threads=args.threads)
    provider = LlamaCppProvider("local", settings)
    client = Client({"providers": {}}, providers={"local": provider})
    tokens = sum(len(direct.tokenize(t.encode())) for t in inputs)
    client.embed(f"local:{MODEL}", inputs=inputs[:4])  # load llmgate's copy
    direct.embed(inputs[:4], normalize=True)

    times: dict[str, list[float]] = {"direct": [], "llmgate": []}
    cpu: dict[str, list[float]] = {"direct": [], "llmgate": []}
    outside: list[float] = []

    def run_direct() -> None:
        start, start_cpu = time.perf_counter(), time.process_time()
        direct.embed(inputs, normalize=True)
        times["direct"].append(time.perf_counter() - start)
        cpu["direct"].append(time.process_time() - start_cpu)

    def run_llmgate() -> None:
        start, start_cpu = time.perf_counter(), time.process_time()
        client.embed(f"local:{MODEL}", inputs=inputs)
        elapsed = time.perf_counter() - start
        times["llmgate"].append(elapsed)
        cpu["llmgate"].append(time.process_time() - start_cpu)
        busy = _LAST_BUSY.pop("s", None)
        if busy is not None:
            outside.append(elapsed - busy)

    for rep in range(args.reps):
        order = (run_direct, run_llmgate) if rep % 2 == 0 else (run_llmgate, run_direct)
        for run in order:
            run()
    client.close()
    direct.close()
    write(args, tokens, times, cpu, outside)


_LAST_BUSY: dict[str, float] = {}


def _patch_busy() -> None:
    """Record each embed's busy_s as the provider reports it (for the outside-time line)."""
    original = LlamaCppProvider.embed

    async def embed(self: LlamaCppProvider, request: Any) -> Any:
        result = await original(self, request)
        _LAST_BUSY["s"] = result.busy_s or 0.0
        return result

    LlamaCppProvider.embed = embed  # type: ignore[method-assign]


def write(
    args: argparse.Namespace,
    tokens: int,
    times: dict[str, list[float]],
    cpu: dict[str, list[float]],
    outside: list[float],
) -> None:
    median = {k: statistics.median(v) for k, v in times.items()}
    rows = []
    for label, source, pick in (
        ("wall, best", times, min),
        ("wall, median", times, statistics.median),
        ("CPU, best", cpu, min),
        ("CPU, median", cpu, statistics.median),
    ):
        values = {k: pick(v) for k, v in source.items()}
        d, g = args.inputs / values["direct"], args.inputs / values["llmgate"]
        rows.append(
            f"| {label} | {d:.1f} | {g:.1f} | {tokens / values['direct']:.0f} | "
            f"{tokens / values['llmgate']:.0f} | {g / d:.3f} |"
        )
    load = os.getloadavg()[0]
    lines = [
        "# Local embeddings: llamacpp provider vs llama-cpp-python direct",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC with `python bench/bench_local_embeddings.py "
        f"--inputs {args.inputs} --reps {args.reps} --threads {args.threads}`.",
        f"Machine: {platform.machine()}, {os.cpu_count()} CPUs (shared with other work: load "
        f"average {load:.1f} at the end), Python {platform.python_version()}, "
        f"llama-cpp-python {llama_cpp.__version__} (CPU build).",
        f"Model: {MODEL} (Q8_0 GGUF, 384 dimensions), embedding=True, n_ctx 512 (trained), "
        f"n_threads {args.threads}; {args.inputs} inputs of 6-40 words ({tokens} tokens) "
        "per call, L2-normalized vectors on both sides.",
        "",
        "Both sides alternate (direct first on even repetitions). *wall* is throughput in "
        "elapsed time, *CPU* in this process's CPU time (all threads; it does not count the "
        "time other processes held the cores, so it is the steadier figure on a shared "
        "machine). *best* is the least disturbed run of each side; *median* is shown too.",
        "",
        "| estimator | inputs/s direct | inputs/s llmgate | tokens/s direct | "
        "tokens/s llmgate | ratio (target >= 0.95) |",
        "| --- | --- | --- | --- | --- | --- |",
        *rows,
        "",
    ]
    if outside:
        lines.append(
            "Time llmgate adds outside the model per call (latency minus the provider's "
            f"`busy_s`): median {statistics.median(outside) * 1000:.2f} ms, max "
            f"{max(outside) * 1000:.2f} ms, against a call of "
            f"{median['llmgate'] * 1000:.0f} ms."
        )
    Path(args.out).write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    _patch_busy()
    main()
