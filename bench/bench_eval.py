"""Benchmark of ``llmgate eval`` on a large dataset: time and memory, cold and cached.

Run: ``python bench/bench_eval.py`` (writes bench/results/eval.md). Options:
``--rows N`` (default 10000), ``--concurrency C`` per target (default 32).

Three loopback vendors (two OpenAI, one Anthropic) run in a child process, so they do not
share the eval's interpreter lock. The eval reads a JSONL file of N rows through all three
targets with a SQLite ledger and the on-disk answer cache, as the CLI does; resident memory
is sampled every 1,000 results, once with N/10 rows and once with N, to show that it does
not grow with the dataset. A second run of the same N rows comes entirely from the cache.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from llmgate import Client

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "eval.md"
SERVERS = """
import sys, time
from llmgate.testing import AnthropicServer, OpenAIServer
a, b, c = OpenAIServer().start(), OpenAIServer().start(), AnthropicServer().start()
print(a.base_url, b.base_url, c.url, flush=True)
sys.stdin.read()
"""


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def write_rows(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            row = {"prompt": f"question {i}", "tags": [f"t{i % 5}"]}
            if i % 3:
                row["expected"] = f"echo: question {i}"
            else:
                row["checks"] = [{"type": "contains", "value": f"question {i}"}]
            out.write(json.dumps(row) + "\n")


def run(urls: list[str], data: Path, cache: Path, ledger: Path, concurrency: int) -> dict:
    config = {
        "providers": {
            "oa": {"type": "openai", "base_url": urls[0], "api_key": "sk-bench"},
            "ob": {"type": "openai", "base_url": urls[1], "api_key": "sk-bench"},
            "an": {"type": "anthropic", "base_url": urls[2], "api_key": "sk-ant-bench"},
        },
        "pricing": {
            "oa:gpt-4o-mini": {"input": 0.15, "output": 0.6},
            "ob:gpt-4o": {"input": 2.5, "output": 10},
            "an:claude-haiku-4-5": {"input": 1, "output": 5},
        },
    }
    samples: list[float] = []

    def progress(done: int) -> None:
        if done % 1000 == 0:
            samples.append(rss_mb())

    targets = ["oa:gpt-4o-mini", "ob:gpt-4o", "an:claude-haiku-4-5"]
    with Client(config, ledger=f"sqlite:///{ledger}") as client:
        start = time.perf_counter()
        cpu = time.process_time()
        report = client.eval(
            str(data),
            targets=targets,
            concurrency=concurrency,
            cache_dir=cache,
            progress=progress,
        )
        wall = time.perf_counter() - start
        cpu = time.process_time() - cpu
    passed = [t.quality["passed"] for t in report.targets]
    cached = sum(t.cached_rows for t in report.targets)
    return {"wall": wall, "cpu": cpu, "rss": samples, "passed": passed, "cached": cached}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()
    child = subprocess.Popen(
        [sys.executable, "-c", SERVERS], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        urls = child.stdout.readline().split()
        with tempfile.TemporaryDirectory() as tmp:
            t = Path(tmp)
            small, large = t / "small.jsonl", t / "large.jsonl"
            write_rows(small, args.rows // 10)
            write_rows(large, args.rows)
            small_run = run(urls, small, t / "cache-small", t / "l1.db", args.concurrency)
            cold = run(urls, large, t / "cache", t / "l2.db", args.concurrency)
            warm = run(urls, large, t / "cache", t / "l3.db", args.concurrency)
    finally:
        if child.stdin is not None:
            child.stdin.close()
        child.wait(timeout=10)
    n = args.rows
    lines = [
        "# Eval on a large dataset (bench/bench_eval.py)",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}. Command: `python bench/bench_eval.py --rows {n} "
        f"--concurrency {args.concurrency}`. Three loopback vendors in a child process; SQLite "
        "ledger and answer cache on local disk; one run each (wall time moves by tens of "
        "percent on the shared machine).",
        "",
        "| run | rows x targets | wall (s) | eval process CPU (s) | calls/s | RSS max (MB) |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, r, rows in (
        ("cold, N/10 rows", small_run, n // 10),
        ("cold", cold, n),
        ("all cached", warm, n),
    ):
        peak = max(r["rss"], default=0.0)
        lines.append(
            f"| {name} | {rows} x 3 | {r['wall']:.1f} | {r['cpu']:.1f} | "
            f"{3 * rows / r['wall']:.0f} | {peak:.0f} |"
        )
    lines += [
        "",
        f"Resident memory every 1,000 results of the cold {n}-row run (MB): "
        + ", ".join(f"{x:.0f}" for x in cold["rss"]),
        "",
        f"Rows passed per target (cold / cached): {cold['passed']} / {warm['passed']}; "
        f"answers from the cache in the second run: {warm['cached']} of {3 * n}.",
        "",
    ]
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
