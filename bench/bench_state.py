"""Benchmark of shared state: what Redis breakers + budgets + rate limits add to a call,
and how fast the PostgreSQL ledger takes rows from several processes.

Run: ``python bench/bench_state.py`` (writes bench/results/state.md). Needs ``redis-server``
on the PATH (a throw-away instance is started on a free port, so other users of a shared
Redis do not disturb the counts) and PostgreSQL at $LLMGATE_BENCH_PG (default
``postgresql://postgres@127.0.0.1:5432/postgres``; a throw-away database is created).

1. Added cost per call: the same client, same in-process scripted vendor, once with
   ``[state] backend = "memory"`` and once with ``backend = "redis"`` and all three shared
   (breaker, a budget, a provider ``rpm``). Blocks of calls alternate between the two so
   machine noise hits both; reported: median and p95 wall time per call, CPU time per call,
   and store round trips per call (counted at the client and cross-checked with the
   server's command stats). The calls are ``achat``: the flow's Redis work runs on the
   ``redis.asyncio`` client.
2. PostgreSQL ledger: 4 processes x 8 threads record rows; rows/s, and the row count in
   the database against the rows whose ``record`` returned (none may be lost).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results" / "state.md"
PG_ADMIN = os.environ.get("LLMGATE_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
BLOCK = 250
BLOCKS = 8
PG_PROCESSES = 4
PG_THREADS = 8
PG_ROWS_PER_THREAD = 600


def start_redis(directory: str) -> tuple[subprocess.Popen[bytes], str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    args = ["--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    proc = subprocess.Popen(
        ["redis-server", *args, "--dir", directory],
        stdout=subprocess.DEVNULL,
    )
    import redis

    client = redis.Redis(port=port)
    for _ in range(200):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.02)
    return proc, f"redis://127.0.0.1:{port}/0"


def config(backend: str, url: str | None, **extra: Any) -> dict[str, Any]:
    state: dict[str, Any] = {"backend": backend, **extra}
    if url:
        state["url"] = url
        state["prefix"] = f"bench-{uuid.uuid4().hex[:8]}"
    return {
        "default_route": "chat",
        "providers": {"vendor": {"type": "scripted", "rpm": 10_000_000}},
        "routes": {"chat": {"targets": ["vendor:m"], "retries": 0}},
        "state": state,
        "costs": {"budgets": {"daily_usd": 100_000}},
        "pricing": {"vendor:m": {"input": 0.15, "output": 0.6}},
    }


async def block(client: Any, n: int) -> tuple[list[float], float]:
    walls = []
    cpu0 = time.process_time_ns()
    for _ in range(n):
        t0 = time.perf_counter_ns()
        await client.achat(messages="How far is the moon?", max_tokens=32)
        walls.append((time.perf_counter_ns() - t0) / 1000)
    return walls, (time.process_time_ns() - cpu0) / 1000 / n


def per_call(url: str) -> dict[str, Any]:
    from llmgate import Client
    from llmgate.state._store import RedisStore
    from llmgate.testing import ScriptedProvider

    trips = [0]
    originals = {name: getattr(RedisStore, name) for name in ("run", "arun", "call")}

    def counting(name: str) -> Any:
        original = originals[name]
        if name == "arun":

            async def acounted(self: Any, *args: Any) -> Any:
                trips[0] += 1
                return await original(self, *args)

            return acounted

        def counted(self: Any, *args: Any) -> Any:
            trips[0] += 1
            return original(self, *args)

        return counted

    for name in originals:
        setattr(RedisStore, name, counting(name))
    import redis

    admin = redis.Redis.from_url(url)
    names = ("memory", "redis", "redis-sync")
    results: dict[str, dict[str, list[float]]] = {n: {"wall": [], "cpu": []} for n in names}
    trips_by: dict[str, int] = dict.fromkeys(names, 0)

    async def run() -> tuple[int, int]:
        clients = {
            "memory": Client(
                config("memory", None), providers={"vendor": ScriptedProvider("vendor")}
            ),
            "redis": Client(config("redis", url), providers={"vendor": ScriptedProvider("vendor")}),
            "redis-sync": Client(
                config("redis", url, breaker_sync_s=0.1),
                providers={"vendor": ScriptedProvider("vendor")},
            ),
        }
        for client in clients.values():  # warm up: imports, scripts loaded, caches
            await block(client, 100)
        trips[0] = 0
        before = admin.info("commandstats")
        shared_calls = 0
        for i in range(BLOCKS):
            for name in names if i % 2 == 0 else names[::-1]:
                start = trips[0]
                walls, cpu = await block(clients[name], BLOCK)
                trips_by[name] += trips[0] - start
                results[name]["wall"] += walls
                results[name]["cpu"].append(cpu)
                shared_calls += BLOCK if name != "memory" else 0
        after = admin.info("commandstats")
        for client in clients.values():
            await client.aclose()
        # Every round trip is a script: EVALSHA (EVAL once after a restart) at the server;
        # the commands a script runs inside Redis count apart.
        scripts = sum(
            after.get(k, {}).get("calls", 0) - before.get(k, {}).get("calls", 0)
            for k in ("cmdstat_evalsha", "cmdstat_eval")
        )
        inside = sum(
            after.get(k, {}).get("calls", 0) - before.get(k, {}).get("calls", 0)
            for k in after
            if k not in ("cmdstat_info", "cmdstat_evalsha", "cmdstat_eval")
        )
        return scripts, inside

    scripts, inside = asyncio.run(run())
    calls = BLOCK * BLOCKS
    for name, original in originals.items():
        setattr(RedisStore, name, original)
    admin.close()
    out: dict[str, Any] = {}
    for name, data in results.items():
        walls = sorted(data["wall"])
        out[name] = {
            "p50": statistics.median(walls),
            "p95": walls[int(len(walls) * 0.95)],
            "cpu": statistics.median(data["cpu"]),
        }
    out["trips"] = trips_by["redis"] / calls
    out["trips_sync"] = trips_by["redis-sync"] / calls
    out["server_scripts"] = scripts / (2 * calls)
    out["server_inside"] = inside / (2 * calls)
    return out


def _pg_worker(url: str, index: int, done: Any) -> None:
    from llmgate.costs import LedgerRow
    from llmgate.costs._postgres import PostgresLedger

    ledger = PostgresLedger(url)
    counts = [0] * PG_THREADS

    def run(t: int) -> None:
        for n in range(PG_ROWS_PER_THREAD):
            ledger.record(
                LedgerRow(
                    call_id=f"{index}-{t}-{n}",
                    provider="vendor",
                    model="m",
                    input_tokens=1200,
                    output_tokens=350,
                    cost=Decimal("0.000390"),
                    tags={"team": "support"},
                )
            )
            counts[t] += 1

    threads = [threading.Thread(target=run, args=(t,)) for t in range(PG_THREADS)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    ledger.close()
    done.put(sum(counts))


def _bg_child(url: str, counter: str) -> None:
    from llmgate.costs import LedgerRow, open_ledger

    ledger = open_ledger(url + "?commit=background")
    n = 0
    with open(counter, "w") as out:
        while True:
            ledger.record(LedgerRow(call_id=f"k{n}", provider="p", model="m"))
            n += 1
            out.seek(0)
            out.write(f"{n:12d}")
            out.flush()
            time.sleep(0.0002)


def background_loss(url: str, trials: int = 3) -> list[int]:
    """SIGKILL a process recording with ``?commit=background``: rows returned, not stored."""
    import psycopg

    lost = []
    ctx = multiprocessing.get_context("fork")
    counter = tempfile.mktemp(prefix="llmgate-bench-")
    for _ in range(trials):
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute("TRUNCATE llmgate_attempts")
        child = ctx.Process(target=_bg_child, args=(url, counter))
        child.start()
        time.sleep(2.0)
        os.kill(child.pid or 0, 9)
        child.join()
        returned = int(Path(counter).read_text())
        with psycopg.connect(url) as conn:
            (stored,) = conn.execute("SELECT COUNT(*) FROM llmgate_attempts").fetchone()  # type: ignore[misc]
        lost.append(max(0, returned - stored))
    return lost


def pg_throughput() -> dict[str, Any]:
    import psycopg

    name = f"llmgate_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    try:
        from llmgate.costs._postgres import PostgresLedger

        PostgresLedger(url).close()  # the schema, once
        runs = {}
        for mode, spec in (("wait", url), ("background", url + "?commit=background")):
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute("TRUNCATE llmgate_attempts")
            ctx = multiprocessing.get_context("fork")
            done = ctx.Queue()
            procs = [
                ctx.Process(target=_pg_worker, args=(spec, i, done)) for i in range(PG_PROCESSES)
            ]
            start = time.perf_counter()
            for p in procs:
                p.start()
            returned = sum(done.get() for _ in procs)  # each worker closes (flushes) first
            elapsed = time.perf_counter() - start
            for p in procs:
                p.join()
            with psycopg.connect(url) as conn:
                (stored,) = conn.execute("SELECT COUNT(*) FROM llmgate_attempts").fetchone()  # type: ignore[misc]
            runs[mode] = (returned, stored, elapsed)
        # one process, one thread: the latency a lone call pays
        ledger = PostgresLedger(url)
        from llmgate.costs import LedgerRow

        lone = []
        for n in range(300):
            t0 = time.perf_counter_ns()
            ledger.record(LedgerRow(call_id=f"lone-{n}", provider="p", model="m"))
            lone.append((time.perf_counter_ns() - t0) / 1000)
        ledger.close()
        background = PostgresLedger(url + "?commit=background")
        queued = []
        for n in range(2000):
            t0 = time.perf_counter_ns()
            background.record(LedgerRow(call_id=f"bg-{n}", provider="p", model="m"))
            queued.append((time.perf_counter_ns() - t0) / 1000)
        background.close()
        lost = background_loss(url)
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    returned, stored, elapsed = runs["wait"]
    b_returned, b_stored, b_elapsed = runs["background"]
    return {
        "returned": returned,
        "stored": stored,
        "elapsed": elapsed,
        "rate": returned / elapsed,
        "b_returned": b_returned,
        "b_stored": b_stored,
        "b_rate": b_returned / b_elapsed,
        "lone_p50": statistics.median(lone),
        "background_p50": statistics.median(queued),
        "lost": lost,
    }


def main() -> int:
    if shutil.which("redis-server") is None:
        print("redis-server is not installed", file=sys.stderr)
        return 1
    directory = tempfile.mkdtemp(prefix="llmgate-bench-")
    proc, url = start_redis(directory)
    try:
        calls = per_call(url)
    finally:
        proc.kill()
        proc.wait()
    pg = pg_throughput()
    m, r, q = calls["memory"], calls["redis"], calls["redis-sync"]
    added_p50, added_cpu = r["p50"] - m["p50"], r["cpu"] - m["cpu"]
    sync_p50, sync_cpu = q["p50"] - m["p50"], q["cpu"] - m["cpu"]
    import psycopg
    import redis

    lines = [
        "# Shared state benchmark",
        "",
        "`python bench/bench_state.py`; a throw-away `redis-server` on loopback, PostgreSQL "
        "on loopback (a throw-away database).",
        "",
        f"- Machine: {platform.processor() or platform.machine()}, {os.cpu_count()} logical "
        f"CPUs, {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()}, redis-py {redis.__version__}, "
        f"psycopg {psycopg.__version__}",
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        "Figures move by tens of percent between runs on a shared VM; run it on yours.",
        "",
        f"## Added cost per call: breaker + budget + rate limit on Redis ({BLOCK * BLOCKS} "
        "calls each, alternating blocks)",
        "",
        "| client | p50 wall (us) | p95 wall (us) | CPU per call (us) |",
        "| --- | ---: | ---: | ---: |",
        f"| memory (nothing shared) | {m['p50']:.0f} | {m['p95']:.0f} | {m['cpu']:.0f} |",
        f"| redis (all three shared) | {r['p50']:.0f} | {r['p95']:.0f} | {r['cpu']:.0f} |",
        f"| redis, `breaker_sync_s = 0.1` | {q['p50']:.0f} | {q['p95']:.0f} | {q['cpu']:.0f} |",
        "",
        "| added over memory | p50 wall (us) | CPU (us) | round trips per call |",
        "| --- | ---: | ---: | ---: |",
        f"| redis (default) | {added_p50:.0f} | {added_cpu:.0f} | {calls['trips']:.2f} |",
        f"| redis, `breaker_sync_s = 0.1` | {sync_p50:.0f} | {sync_cpu:.0f} | "
        f"{calls['trips_sync']:.2f} |",
        "",
        f"- Round trips counted at the client; the server ran {calls['server_scripts']:.2f} "
        f"scripts per call (both Redis clients together), which ran "
        f"{calls['server_inside']:.1f} commands inside Redis.",
        f"- Targets (default settings): at most 2 round trips "
        f"({'met' if calls['trips'] <= 2 else 'not met'}), under 150 us CPU "
        f"({'met' if added_cpu < 150 else 'not met'}), under 500 us p50 "
        f"({'met' if added_p50 < 500 else 'not met'}).",
        "",
        f"## PostgreSQL ledger: {PG_PROCESSES} processes x {PG_THREADS} threads",
        "",
        f"- rows whose `record` returned: {pg['returned']}; rows in the database: "
        f"{pg['stored']} ({'none lost' if pg['stored'] == pg['returned'] else 'ROWS LOST'})",
        f"- elapsed {pg['elapsed']:.2f} s: **{pg['rate']:,.0f} rows/s** (target 5,000: "
        f"{'met' if pg['rate'] >= 5000 else 'not met'})",
        f"- the same with `?commit=background`: {pg['b_returned']} returned, {pg['b_stored']} "
        f"stored after `close()`: **{pg['b_rate']:,.0f} rows/s**",
        f"- one process, one thread: {pg['lone_p50']:.0f} us per `record` (median), the "
        "latency a lone call pays for a committed row",
        f"- with `?commit=background`: {pg['background_p50']:.0f} us per `record` (median); "
        "the commit happens behind the call",
        f"- `?commit=background`, a process recording about 2,000 rows/s SIGKILLed "
        f"{len(pg['lost'])} times: rows returned but not stored: {pg['lost']} (the default "
        "mode loses none)",
        "",
    ]
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
