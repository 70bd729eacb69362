"""Client overhead: llmgate against the raw openai SDK on the same loopback server.

    python bench/bench_client.py [--calls 400] [--concurrency 100] [--out bench/results/client.md]

The server (llmgate.testing's OpenAIServer) runs in its own process, so the client's CPU
time (``time.process_time`` of this process, every thread included) is what is measured.
Each scenario runs llmgate and the raw SDK alternately, in several rounds, and reports the
median per-call CPU and wall time, and the ratio llmgate / raw SDK.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

MESSAGES = [{"role": "user", "content": "Say something about circuit breakers, please."}]


def _serve(queue: Any) -> None:
    from llmgate.testing._openai_server import OpenAIServer

    srv = OpenAIServer().start()
    queue.put(srv.port)
    while True:
        time.sleep(3600)


def start_server() -> tuple[mp.Process, str]:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_serve, args=(queue,), daemon=True)
    proc.start()
    port = queue.get(timeout=30)
    return proc, f"http://127.0.0.1:{port}/v1"


def measure_sync(fn: Callable[[], Any], calls: int) -> tuple[float, float]:
    fn()  # warm: connections, imports
    c0, w0 = time.process_time(), time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.process_time() - c0) / calls, (time.perf_counter() - w0) / calls


def measure_async(
    fn: Callable[[], Awaitable[Any]], calls: int, concurrency: int, loop: asyncio.AbstractEventLoop
) -> tuple[float, float]:
    async def run() -> None:
        sem = asyncio.Semaphore(concurrency)

        async def one() -> None:
            async with sem:
                await fn()

        await asyncio.gather(*(one() for _ in range(calls)))

    loop.run_until_complete(fn())
    c0, w0 = time.process_time(), time.perf_counter()
    loop.run_until_complete(run())
    return (time.process_time() - c0) / calls, (time.perf_counter() - w0) / calls


def import_time(stmt: str, repeat: int = 7) -> float:
    """Median wall seconds of ``python -c stmt`` minus a bare interpreter start."""

    def run(code: str) -> float:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        return time.perf_counter() - t0

    base = statistics.median(run("pass") for _ in range(repeat))
    return statistics.median(run(stmt) for _ in range(repeat)) - base


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out", default="bench/results/client.md")
    args = parser.parse_args()

    import openai

    from llmgate import Client

    proc, base_url = start_server()
    rows: list[tuple[str, str, float, float]] = []
    try:
        client = Client(
            {"providers": {"oa": {"type": "openai", "base_url": base_url, "api_key": "sk-bench"}}}
        )
        raw = openai.OpenAI(base_url=base_url, api_key="sk-bench", max_retries=0)
        loop = asyncio.new_event_loop()
        raw_async = openai.AsyncOpenAI(base_url=base_url, api_key="sk-bench", max_retries=0)
        raw_aio = openai.AsyncOpenAI(
            base_url=base_url,
            api_key="sk-bench",
            max_retries=0,
            http_client=openai.DefaultAioHttpClient(),
        )
        target = "oa:gpt-4o-mini"

        def lg_chat() -> Any:
            return client.chat(target, MESSAGES, max_tokens=32)

        def lg_stream() -> Any:
            with client.stream(target, MESSAGES, max_tokens=32) as s:
                for _ in s:
                    pass

        def raw_chat() -> Any:
            return raw.chat.completions.create(
                model="gpt-4o-mini", messages=MESSAGES, max_tokens=32
            )  # type: ignore[arg-type]

        def raw_stream() -> Any:
            for _ in raw.chat.completions.create(
                model="gpt-4o-mini",
                messages=MESSAGES,
                max_tokens=32,
                stream=True,  # type: ignore[arg-type]
                stream_options={"include_usage": True},
            ):
                pass

        async def lg_achat() -> Any:
            return await client.achat(target, MESSAGES, max_tokens=32)

        async def lg_astream() -> Any:
            async with client.astream(target, MESSAGES, max_tokens=32) as s:
                async for _ in s:
                    pass

        def raw_async_chat(c: openai.AsyncOpenAI) -> Callable[[], Awaitable[Any]]:
            async def f() -> Any:
                return await c.chat.completions.create(
                    model="gpt-4o-mini",
                    messages=MESSAGES,  # type: ignore[arg-type]
                    max_tokens=32,
                )

            return f

        def raw_async_stream(c: openai.AsyncOpenAI) -> Callable[[], Awaitable[Any]]:
            async def f() -> Any:
                s = await c.chat.completions.create(
                    model="gpt-4o-mini",
                    messages=MESSAGES,
                    max_tokens=32,
                    stream=True,  # type: ignore[arg-type]
                    stream_options={"include_usage": True},
                )
                async for _ in s:
                    pass

            return f

        sync_cases = [
            ("chat (sync, sequential)", lg_chat, raw_chat),
            ("stream (sync, sequential)", lg_stream, raw_stream),
        ]
        async_cases = [
            (
                f"achat (async, concurrency {args.concurrency})",
                lg_achat,
                raw_async_chat(raw_async),
                raw_async_chat(raw_aio),
            ),
            (
                f"astream (async, concurrency {args.concurrency})",
                lg_astream,
                raw_async_stream(raw_async),
                raw_async_stream(raw_aio),
            ),
        ]
        results: dict[str, dict[str, list[tuple[float, float]]]] = {}
        for _ in range(args.rounds):
            for name, lg, rw in sync_cases:
                r = results.setdefault(name, {})
                r.setdefault("raw openai SDK (httpx)", []).append(measure_sync(rw, args.calls))
                r.setdefault("llmgate", []).append(measure_sync(lg, args.calls))
            for name, lg, rw, ra in async_cases:
                r = results.setdefault(name, {})
                r.setdefault("raw openai SDK (httpx)", []).append(
                    measure_async(rw, args.calls * 2, args.concurrency, loop)
                )
                r.setdefault("raw openai SDK (aiohttp)", []).append(
                    measure_async(ra, args.calls * 2, args.concurrency, loop)
                )
                r.setdefault("llmgate", []).append(
                    measure_async(lg, args.calls * 2, args.concurrency, loop)
                )
        loop.run_until_complete(client.aclose())
        loop.run_until_complete(raw_async.close())
        loop.run_until_complete(raw_aio.close())
        client.close()
        for name, by in results.items():
            base_cpu = statistics.median(c for c, _ in by["raw openai SDK (httpx)"])
            for who, samples in by.items():
                cpu = statistics.median(c for c, _ in samples)
                wall = statistics.median(w for _, w in samples)
                rows.append((name, who, cpu, wall, cpu / base_cpu))  # type: ignore[arg-type]
    finally:
        proc.kill()

    imp = import_time("import llmgate")
    imp_client = import_time("from llmgate import Client")
    imp_httpx = import_time("import httpx")
    lines = [
        "# Client overhead (bench/bench_client.py)",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, "
        f"openai {openai.__version__}. Command: `python bench/bench_client.py --calls {args.calls} "
        f"--concurrency {args.concurrency}`. Median of {args.rounds} rounds.",
        "",
        "| scenario | client | CPU per call (us) | wall per call (us) | CPU vs raw SDK (httpx) |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for name, who, cpu, wall, ratio in rows:  # type: ignore[misc]
        lines.append(f"| {name} | {who} | {cpu * 1e6:.0f} | {wall * 1e6:.0f} | {ratio:.2f}x |")
    lines += [
        "",
        f"Import time (median of 7, minus bare interpreter start): `import llmgate` "
        f"{imp * 1000:.0f} ms; `from llmgate import Client` {imp_client * 1000:.0f} ms; "
        f"`import httpx` alone {imp_httpx * 1000:.0f} ms.",
    ]
    text = "\n".join(lines) + "\n"
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(text)
    print(text)


if __name__ == "__main__":
    main()
