"""Benchmark of llmgate's cost accounting: what pricing and the ledger add to each call.

Run: ``python bench/bench_costs.py`` (writes bench/results/costs.md).

Measures, on a SQLite ledger file on the local disk (WAL, synchronous=NORMAL, the default):
1. per-call overhead of price lookup + cost + one ledger record (median, p95; target
   median < 100 us), and the parts alone;
2. budget reserve + settle on the shared SQLite guard (informative);
3. 10,000 records from 8 threads: no lost row;
4. the same per-call overhead with synchronous=FULL (an fsync per commit), for the docs.
"""

from __future__ import annotations

import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from llmgate._types import Usage
from llmgate.costs import (
    Budgets,
    LedgerRow,
    PriceTable,
    SqliteBudgetGuard,
    SqliteLedger,
    cost,
)

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "costs.md"
USAGE = Usage(input_tokens=1200, output_tokens=350, cached_input_tokens=1024, reasoning_tokens=64)
TAGS = {"team": "support", "user": "u-42"}


def timings_us(step: Callable[[int], object], n: int, warmup: int = 200) -> list[float]:
    for i in range(warmup):
        step(-i - 1)
    out = []
    for i in range(n):
        start = time.perf_counter_ns()
        step(i)
        out.append((time.perf_counter_ns() - start) / 1000)
    return out


def summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(len(ordered) * 0.95) - 1]


def per_call(ledger: SqliteLedger, table: PriceTable) -> Callable[[int], object]:
    """What the flow does per attempt: look the price up, price the usage, record the row."""

    def step(i: int) -> object:
        price = table.lookup("openai", "openai", "gpt-4o-mini-2024-07-18")
        usd = cost(USAGE, price) if price is not None else None
        row = LedgerRow(
            call_id=f"c{i}",
            route="chat",
            provider="openai",
            model="gpt-4o-mini",
            input_tokens=USAGE.input_tokens,
            cached_input_tokens=USAGE.cached_input_tokens,
            output_tokens=USAGE.output_tokens,
            reasoning_tokens=USAGE.reasoning_tokens,
            cost=usd,
            latency_s=0.42,
            tags=TAGS,
        )
        return ledger.record(row)

    return step


def threaded_records(path: Path, threads: int = 8, total: int = 10_000) -> tuple[int, float]:
    ledger = SqliteLedger(path)
    barrier = threading.Barrier(threads)
    each = total // threads

    def writer(t: int) -> None:
        barrier.wait()
        for i in range(each):
            ledger.record(
                LedgerRow(
                    call_id=f"t{t}-{i}",
                    provider="p",
                    model="m",
                    cost=Decimal("0.0001"),
                    tags={"thread": str(t)},
                )
            )

    workers = [threading.Thread(target=writer, args=(t,)) for t in range(threads)]
    start = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    elapsed = time.perf_counter() - start
    distinct = len({row.call_id for row in ledger.rows()})
    ledger.close()
    return distinct, elapsed


def machine() -> list[str]:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return [
        f"- Machine: {cpu}, {os.cpu_count()} logical CPUs, {platform.system()} "
        f"{platform.release()}",
        f"- Python {platform.python_version()} ({sys.implementation.name}), "
        f"SQLite {sqlite3.sqlite_version}",
        f"- Date: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}",
    ]


def main(n: int = 5000) -> None:
    table = PriceTable.builtin()
    rows: list[tuple[str, float, float]] = []
    with tempfile.TemporaryDirectory(dir=HERE) as tmp:
        ledger = SqliteLedger(Path(tmp, "normal.db"))
        rows.append(
            (
                "pricing + record (synchronous=NORMAL)",
                *summary(timings_us(per_call(ledger, table), n)),
            )
        )
        price = table.lookup("openai", "openai", "gpt-4o-mini")
        assert price is not None
        rows.append(
            (
                "pricing alone (lookup + cost)",
                *summary(
                    timings_us(
                        lambda i: cost(
                            USAGE,
                            table.lookup("openai", "openai", "gpt-4o-mini"),  # type: ignore[arg-type]
                        ),
                        n,
                    )
                ),
            )
        )
        guard = SqliteBudgetGuard(Budgets.from_config({"daily_usd": 10**6}), Path(tmp, "normal.db"))
        rows.append(
            (
                "budget reserve + settle (SQLite, shared)",
                *summary(
                    timings_us(
                        lambda i: guard.settle(
                            guard.reserve(Decimal("0.01"), TAGS), Decimal("0.01")
                        ),
                        n,
                    )
                ),
            )
        )
        guard.close()
        ledger.close()
        full = SqliteLedger(Path(tmp, "full.db"), synchronous="full")
        rows.append(
            (
                "pricing + record (synchronous=FULL)",
                *summary(timings_us(per_call(full, table), min(n, 1000), warmup=20)),
            )
        )
        full.close()
        distinct, elapsed = threaded_records(Path(tmp, "threads.db"))
    lines = [
        "# Cost accounting benchmark",
        "",
        "`python bench/bench_costs.py`; SQLite ledger in a temporary directory under bench/.",
        "",
        *machine(),
        "",
        "Figures move by tens of percent between runs on a shared VM; run it on yours.",
        "",
        f"## Per-call overhead ({n} calls, microseconds)",
        "",
        "| what | median | p95 |",
        "| --- | ---: | ---: |",
        *[f"| {name} | {med:.1f} | {p95:.1f} |" for name, med, p95 in rows],
        "",
        f"Target: median < 100 us for pricing + record with the default settings: "
        f"{'met' if rows[0][1] < 100 else 'NOT met'}.",
        "",
        "## 10,000 records from 8 threads",
        "",
        f"- rows stored: {distinct} of 10000 "
        f"({'no lost row' if distinct == 10000 else 'LOST ROWS'})",
        f"- elapsed: {elapsed:.2f} s ({10000 / elapsed:,.0f} records/s)",
        "",
    ]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines))
    print("\n".join(lines))
    if distinct != 10000:
        sys.exit("rows were lost")


if __name__ == "__main__":
    main()
