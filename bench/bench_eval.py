"""Benchmark of ``llmgate eval`` on a large dataset: time and memory, cold and cached.

Run: ``python bench/bench_eval.py`` (writes bench/results/eval.md). Options:
``--rows N`` (default 10000), ``--concurrency C`` per target (default 32).

Three loopback vendors (two OpenAI, one Anthropic) run in a child process, so they do not
share the eval's interpreter lock. The eval reads a JSONL file of N rows through all three
targets with a SQLite ledger and the on-disk answer cache, as the CLI does; resident memory
is sampled every 1,000 results, once with N/10 rows and once with N, to show that it does
not grow with the dataset. A second run of the same N rows comes entirely from the cache.
The N/10 run is repeated with the providers on ``transport = "sdk"`` (the vendor SDKs, the
path before direct JSON became the default), for a comparison on the same machine.

Wall time on a shared machine says little, so each run also reports where the event loop's
thread spent it (``/proc/thread-self/schedstat``, read on that thread): on a CPU, waiting
for a CPU that other processes held, or asleep (waiting on I/O or a lock). The eval's
calls all run on that one thread, so its CPU time is the wall time the run would take on
an otherwise idle machine (the vendors' process has the other core); and the CPU time of
the vendors' process and of the garbage collector.
"""

from __future__ import annotations

import argparse
import gc
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


def thread_sched() -> tuple[float, float]:
    """This thread's time on a CPU and waiting for one (s); zeros where Linux does not say."""
    try:
        with open("/proc/thread-self/schedstat", encoding="ascii") as handle:
            on_cpu, waiting, _ = handle.read().split()
    except (OSError, ValueError):
        return 0.0, 0.0
    return int(on_cpu) / 1e9, int(waiting) / 1e9


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of process ``pid`` (all its threads)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class GcTimer:
    """CPU seconds the cyclic garbage collector ran, from ``gc.callbacks``."""

    def __init__(self) -> None:
        self.cpu = 0.0
        self._start = 0.0

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.thread_time()
        else:
            self.cpu += time.thread_time() - self._start

    def __enter__(self) -> GcTimer:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self)


def write_rows(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            row = {"prompt": f"question {i}", "tags": [f"t{i % 5}"]}
            if i % 3:
                row["expected"] = f"echo: question {i}"
            else:
                row["checks"] = [{"type": "contains", "value": f"question {i}"}]
            out.write(json.dumps(row) + "\n")


def run(
    urls: list[str],
    data: Path,
    cache: Path,
    ledger: Path,
    concurrency: int,
    server: int,
    transport: str = "direct",
) -> dict:
    t = {"transport": transport}
    config = {
        "providers": {
            "oa": {"type": "openai", "base_url": urls[0], "api_key": "sk-bench", **t},
            "ob": {"type": "openai", "base_url": urls[1], "api_key": "sk-bench", **t},
            "an": {"type": "anthropic", "base_url": urls[2], "api_key": "sk-ant-bench", **t},
        },
        "pricing": {
            "oa:gpt-4o-mini": {"input": 0.15, "output": 0.6},
            "ob:gpt-4o": {"input": 2.5, "output": 10},
            "an:claude-haiku-4-5": {"input": 1, "output": 5},
        },
    }
    samples: list[float] = []
    loop: list[tuple[float, float, float]] = []  # (on CPU, waiting, wall) on the loop thread

    def progress(done: int) -> None:  # called on the loop thread, after each result
        if done % 1000 == 0:
            samples.append(rss_mb())
        if done == 1 or len(loop) < 2:
            loop.append((*thread_sched(), time.perf_counter()))
        else:
            loop[-1] = (*thread_sched(), time.perf_counter())

    targets = ["oa:gpt-4o-mini", "ob:gpt-4o", "an:claude-haiku-4-5"]
    with Client(config, ledger=f"sqlite:///{ledger}") as client, GcTimer() as gc_timer:
        start = time.perf_counter()
        cpu = time.process_time()
        server_cpu = process_cpu(server)
        report = client.eval(
            str(data),
            targets=targets,
            concurrency=concurrency,
            cache_dir=cache,
            progress=progress,
        )
        wall = time.perf_counter() - start
        cpu = time.process_time() - cpu
        server_cpu = process_cpu(server) - server_cpu
        spent = client.ledger.spent()
    passed = [t.quality["passed"] for t in report.targets]
    cached = sum(t.cached_rows for t in report.targets)
    (cpu0, wait0, t0), (cpu1, wait1, t1) = loop[0], loop[-1]
    return {
        "wall": wall,
        "cpu": cpu,
        "rss": samples,
        "passed": passed,
        "cached": cached,
        "loop_cpu": cpu1 - cpu0,
        "loop_wait": wait1 - wait0,
        "loop_asleep": max(0.0, (t1 - t0) - (cpu1 - cpu0) - (wait1 - wait0)),
        "server_cpu": server_cpu,
        "gc_cpu": gc_timer.cpu,
        "cost_equals_ledger": report.total_cost == spent,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=32)
    args = parser.parse_args()
    load = os.getloadavg()[0]
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
            c, pid = args.concurrency, child.pid
            small_run = run(urls, small, t / "cache-small", t / "l1.db", c, pid)
            sdk_run = run(urls, small, t / "cache-sdk", t / "l0.db", c, pid, "sdk")
            cold = run(urls, large, t / "cache", t / "l2.db", c, pid)
            warm = run(urls, large, t / "cache", t / "l3.db", c, pid)
    finally:
        if child.stdin is not None:
            child.stdin.close()
        child.wait(timeout=10)
    n = args.rows
    end_load = os.getloadavg()[0]
    lines = [
        "# Eval on a large dataset (bench/bench_eval.py)",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, load average {load:.1f} at the start and "
        f"{end_load:.1f} at the end. Command: "
        f"`python bench/bench_eval.py --rows {n} "
        f"--concurrency {args.concurrency}`. Three loopback vendors in a child process; SQLite "
        "ledger and answer cache on local disk; one run each (wall time moves by tens of "
        "percent on the shared machine).",
        "",
        "Loop thread: where the event loop's thread (which runs every call) spent the run, "
        "from `/proc/thread-self/schedstat`: on a CPU / waiting for a CPU held by other "
        "processes / asleep (I/O, locks). Its CPU time is what the run would take on an "
        "otherwise idle machine.",
        "",
        "| run | rows x targets | wall (s) | calls/s | eval process CPU (s) | eval CPU per call "
        "(ms) | loop thread: on CPU / waiting for CPU / asleep (s) | GC CPU (s) | vendors' CPU "
        "(s) | RSS max (MB) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, r, rows in (
        ('cold, N/10 rows, through the SDKs (transport = "sdk")', sdk_run, n // 10),
        ("cold, N/10 rows", small_run, n // 10),
        ("cold", cold, n),
        ("all cached", warm, n),
    ):
        peak = max(r["rss"], default=0.0)
        lines.append(
            f"| {name} | {rows} x 3 | {r['wall']:.1f} | {3 * rows / r['wall']:.0f} | "
            f"{r['cpu']:.1f} | {1000 * r['cpu'] / (3 * rows):.2f} | "
            f"{r['loop_cpu']:.1f} / {r['loop_wait']:.1f} / {r['loop_asleep']:.1f} | "
            f"{r['gc_cpu']:.1f} | {r['server_cpu']:.1f} | {peak:.0f} |"
        )
    lines += [
        "",
        f"Resident memory every 1,000 results of the cold {n}-row run (MB): "
        + ", ".join(f"{x:.0f}" for x in cold["rss"]),
        "",
        f"Rows passed per target (cold / cached): {cold['passed']} / {warm['passed']}; "
        f"answers from the cache in the second run: {warm['cached']} of {3 * n}; "
        "report cost equals the ledger's sum (cold runs; a cached answer costs nothing "
        f"again): {all(r['cost_equals_ledger'] for r in (small_run, sdk_run, cold))}.",
        "",
    ]
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
