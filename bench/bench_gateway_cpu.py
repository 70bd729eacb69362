"""CPU per pass-through request of the gateway, in process: ``Gateway.handle`` against the
mock vendor in its own process, set up as ``bench_gateway.py`` sets it up (a virtual key,
a SQLite ledger written behind the loop, OpenAI format in, an OpenAI target out).

    python bench/bench_gateway_cpu.py [--calls 3000] [--rounds 5] [--profile out.prof]

CPU time, not latency: the figure is this process's CPU (every thread: the ledger's
writer included) and the loop thread's alone, divided by the requests, so other load on a
shared machine moves it much less than a latency would. ``--profile`` runs one round under
cProfile (thread CPU time) and writes it for ``python -m pstats``.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_gateway import CONFIG  # noqa: E402

BODY = b'{"model":"chat","messages":[{"role":"user","content":"Say something short, please."}]}'


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=3000)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--profile")
    ap.add_argument("--warmup", type=int, default=300)
    ap.add_argument(
        "--critical",
        action="store_true",
        help="leave out the events' delivery (which runs after the reply is written): the "
        "critical path's share",
    )
    ap.add_argument(
        "--callgrind",
        action="store_true",
        help="under valgrind --tool=callgrind --instr-atstart=no: instrument only the "
        "measured rounds (instructions per request, which other load cannot distort)",
    )
    ap.add_argument("--asyncio", action="store_true", help="asyncio's loop instead of uvloop")
    args = ap.parse_args()
    up = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "bench_gateway.py"), "_upstream"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert up.stdout is not None
        port = int(up.stdout.readline())
        work = Path(tempfile.mkdtemp(prefix="llmgate-cpu-"))
        config = work / "llmgate.toml"
        config.write_text(CONFIG.format(work=work, port=port))
        run = _run(str(config), args)
        if args.asyncio:
            out = asyncio.run(run)
        else:
            import uvloop

            out = uvloop.run(run)
    finally:
        up.terminate()
    proc, thread = out
    print(
        f"CPU per request: process {statistics.median(proc):.1f} us "
        f"(rounds {', '.join(f'{v:.1f}' for v in proc)}); "
        f"loop thread {statistics.median(thread):.1f} us "
        f"(rounds {', '.join(f'{v:.1f}' for v in thread)})"
    )
    return 0


async def _run(config: str, args: argparse.Namespace) -> tuple[list[float], list[float]]:
    from llmgate.gateway._app import Gateway
    from llmgate.gateway._keys import make_key
    from llmgate.gateway._run import build, close

    client, settings, store = build(config)
    assert store is not None
    key, record = make_key("bench")
    await store.create(record)
    gateway = Gateway(client, settings, store)
    if args.critical:  # what runs before the reply is written: the events not delivered
        client.events._deliver = lambda event: None  # type: ignore[method-assign]
        if hasattr(client.events, "_deliver_new"):  # events built as they are delivered
            client.events._deliver_new = lambda *a: None  # type: ignore[method-assign]
    headers = {
        "host": "127.0.0.1",
        "authorization": f"Bearer {key}",
        "content-type": "application/json",
        "content-length": str(len(BODY)),
    }

    async def one() -> None:
        reply = await gateway.handle("POST", "/v1/chat/completions", headers, BODY)
        assert reply.status == 200, reply.body

    for _ in range(args.warmup):
        await one()
    proc: list[float] = []
    thread: list[float] = []
    if args.callgrind:  # count only the measured requests' instructions
        await asyncio.sleep(0.05)
        _callgrind("on")
    for _ in range(args.rounds):
        await asyncio.sleep(0.05)  # the deferred events of the warm-up, the ledger's writes
        p0, t0 = time.process_time(), time.thread_time()
        for _ in range(args.calls):
            await one()
        await asyncio.sleep(0)  # the last call's deferred events
        proc.append((time.process_time() - p0) / args.calls * 1e6)
        thread.append((time.thread_time() - t0) / args.calls * 1e6)
    if args.callgrind:
        _callgrind("off")
    if args.profile:
        import cProfile

        profiler = cProfile.Profile(time.thread_time)
        profiler.enable()
        for _ in range(args.calls):
            await one()
        await asyncio.sleep(0)
        profiler.disable()
        profiler.dump_stats(args.profile)
    await close(client, store)
    return proc, thread


def _callgrind(state: str) -> None:
    import os

    subprocess.run(["callgrind_control", "-i", state, str(os.getpid())], check=True)


if __name__ == "__main__":
    sys.exit(main())
