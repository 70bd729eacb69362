"""Embedding call overhead: llmgate against the raw openai SDK on the same loopback server.

    python bench/bench_embeddings.py [--calls 300] [--inputs 16] [--dimensions 256]

Same method as bench_client.py: the server runs in its own process, this process's CPU
time is measured, llmgate and the raw SDK alternate over several rounds, medians reported.
Both ask for base64 vectors (the SDK's default).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_client import measure_async, measure_sync, start_server

MODEL = "text-embedding-3-small"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=300)
    parser.add_argument("--inputs", type=int, default=16)
    parser.add_argument("--dimensions", type=int, default=256)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", default="bench/results/embeddings.md")
    args = parser.parse_args()

    import openai

    from llmgate import Client

    texts = [f"passage {i}: circuit breakers open after repeated failures" for i in range(16)]
    texts = (texts * (args.inputs // len(texts) + 1))[: args.inputs]
    dims = args.dimensions
    proc, base_url = start_server()
    rows: list[tuple[str, str, float, float, float]] = []
    try:
        config = {"providers": {"oa": {"type": "openai", "base_url": base_url, "api_key": "k"}}}
        client = Client(config)
        raw = openai.OpenAI(base_url=base_url, api_key="k", max_retries=0)
        raw_async = openai.AsyncOpenAI(base_url=base_url, api_key="k", max_retries=0)
        loop = asyncio.new_event_loop()
        target = f"oa:{MODEL}"

        def lg() -> Any:
            return client.embed(target, inputs=texts, dimensions=dims)

        def rw() -> Any:
            return raw.embeddings.create(model=MODEL, input=texts, dimensions=dims)

        async def alg() -> Any:
            return await client.aembed(target, inputs=texts, dimensions=dims)

        async def arw() -> Any:
            return await raw_async.embeddings.create(model=MODEL, input=texts, dimensions=dims)

        results: dict[str, dict[str, list[tuple[float, float]]]] = {}
        seq = "embed (sync, sequential)"
        conc = f"aembed (async, concurrency {args.concurrency})"
        for _ in range(args.rounds):
            r = results.setdefault(seq, {})
            r.setdefault("raw openai SDK", []).append(measure_sync(rw, args.calls))
            r.setdefault("llmgate", []).append(measure_sync(lg, args.calls))
            r = results.setdefault(conc, {})
            r.setdefault("raw openai SDK", []).append(
                measure_async(arw, args.calls, args.concurrency, loop)
            )
            r.setdefault("llmgate", []).append(
                measure_async(alg, args.calls, args.concurrency, loop)
            )
        loop.run_until_complete(client.aclose())
        loop.run_until_complete(raw_async.close())
        client.close()
        for name, by in results.items():
            base_cpu = statistics.median(c for c, _ in by["raw openai SDK"])
            for who, samples in by.items():
                cpu = statistics.median(c for c, _ in samples)
                wall = statistics.median(w for _, w in samples)
                rows.append((name, who, cpu, wall, cpu / base_cpu))
    finally:
        proc.kill()

    lines = [
        "# Embedding call overhead (bench/bench_embeddings.py)",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, openai {openai.__version__}. Command: "
        f"`python bench/bench_embeddings.py --calls {args.calls} --inputs {args.inputs} "
        f"--dimensions {dims}`. {args.inputs} inputs of {dims} dimensions a call, base64 "
        "vectors on both sides (the SDK decodes them into float lists, llmgate into numpy "
        f"arrays). Median of {args.rounds} rounds.",
        "",
        "| scenario | client | CPU per call (us) | wall per call (us) | CPU vs raw SDK |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for name, who, cpu, wall, ratio in rows:
        lines.append(f"| {name} | {who} | {cpu * 1e6:.0f} | {wall * 1e6:.0f} | {ratio:.2f}x |")
    text = "\n".join(lines) + "\n"
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(text)
    print(text)


if __name__ == "__main__":
    main()
