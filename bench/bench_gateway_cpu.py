"""CPU per pass-through request of the gateway, in process: ``Gateway.handle`` against the
mock vendor in its own process, set up as ``bench_gateway.py`` sets it up (a virtual key,
a SQLite ledger written behind the loop, OpenAI format in, an OpenAI target out).

    python bench/bench_gateway_cpu.py [--calls 3000] [--rounds 5] [--profile out.prof]
    python bench/bench_gateway_cpu.py --critical --callgrind [--server] [--stream]

CPU time, not latency: the figure is this process's CPU (every thread: the ledger's
writer included) and the loop thread's alone, divided by the requests, so other load on a
shared machine moves it much less than a latency would. ``--profile`` runs one round under
cProfile (thread CPU time) and writes it for ``python -m pstats``.

``--server`` sends each request's bytes through ``_http.py``'s connection (an in-memory
transport, no socket), so the server protocol's share is counted too; ``--stream`` asks
for a stream (and implies ``--server``): its CPU figures are per whole stream.

``--callgrind`` counts instructions instead (callgrind, which other load cannot distort):
the script runs itself under valgrind and prints, per request, the instructions of the
measured rounds (every thread) and those from the request's bytes arriving to its first
write (the reply, or a stream's head with its first chunk: the time-to-first-byte path),
from marks that callgrind turns into dumps (``--zero-before``/``--dump-before`` on two
libc calls nothing else makes, their own cost taken off).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_gateway import CONFIG  # noqa: E402

BODY = b'{"model":"chat","messages":[{"role":"user","content":"Say something short, please."}]}'
STREAM_BODY = BODY[:-1] + b',"stream":true}'
# The marks callgrind dumps its counters at (``os.getpgrp``: a request starts;
# ``os.getsid``: its first write): libc calls that nothing else in the process makes.
_START, _FIRST = "getpgrp", "getsid"
_CALIBRATE = 20  # empty marks after the rounds: a mark's own instructions


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, help="requests per round (3000; 200 with --callgrind)")
    ap.add_argument("--rounds", type=int, help="rounds (5; 1 with --callgrind)")
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
    ap.add_argument(
        "--server", action="store_true", help="through _http.py's connection, not handle()"
    )
    ap.add_argument("--stream", action="store_true", help="a streaming request (implies --server)")
    args = ap.parse_args()
    args.server = args.server or args.stream
    # Under callgrind each request leaves two dumps: a few hundred requests, which count
    # the same to a fraction of a percent (instructions do not drift with the load).
    args.calls = args.calls or (200 if args.callgrind else 3000)
    args.rounds = args.rounds or (1 if args.callgrind else 5)
    if args.callgrind and not _under_valgrind():
        return _run_callgrind(args)
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
    mark = args.callgrind  # the first-write marks for callgrind

    async def one() -> None:
        if mark:
            os.getpgrp()
        reply = await gateway.handle("POST", "/v1/chat/completions", headers, BODY)
        if mark:
            os.getsid(0)
        assert reply.status == 200, reply.body

    if args.server:
        one = _through_server(gateway, key, args.stream, mark)

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
        for _ in range(_CALIBRATE):
            os.getpgrp()
            os.getsid(0)
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
    subprocess.run(["callgrind_control", "-i", state, str(os.getpid())], check=True)


def _through_server(gateway: object, key: str, stream: bool, mark: bool) -> Any:
    """``one()`` for ``--server``: the request's bytes into a connection of ``_http.py``'s
    server, answered when its transport has written the whole reply."""
    from llmgate.gateway._http import Server

    body = STREAM_BODY if stream else BODY
    raw = (
        b"POST /v1/chat/completions HTTP/1.1\r\nhost: 127.0.0.1\r\n"
        + f"authorization: Bearer {key}\r\ncontent-type: application/json\r\n".encode()
        + f"content-length: {len(body)}\r\n\r\n".encode()
        + body
    )
    end = b"0\r\n\r\n" if stream else b"}"
    loop = asyncio.get_running_loop()
    transport = _Transport(end, mark)
    conn = Server(gateway).protocol()  # type: ignore[arg-type]
    conn.connection_made(transport)

    async def one() -> None:
        transport.done = done = loop.create_future()
        transport.first = True
        if mark:
            os.getpgrp()
        conn.data_received(raw)
        out = await done
        assert out.startswith(b"HTTP/1.1 200"), out[:300]

    return one


class _Transport:
    """What the connection writes to: it collects a reply and says when it is whole."""

    def __init__(self, end: bytes, mark: bool) -> None:
        self.end = end
        self.mark = mark
        self.first = True
        self.parts: list[bytes] = []
        self.done: asyncio.Future[bytes] | None = None

    def write(self, data: bytes) -> None:
        if self.first:
            self.first = False
            if self.mark:
                os.getsid(0)
        self.parts.append(data)
        if data.endswith(self.end) and self.done is not None:
            whole = b"".join(self.parts)
            self.parts.clear()
            self.done.set_result(whole)

    def is_closing(self) -> bool:
        return False

    def close(self) -> None:
        # At the end of the run the loop's shutdown closes the connection; while a
        # request waits for its reply, a close is the gateway failing it.
        if self.done is not None and not self.done.done():
            raise AssertionError("the bench's connection was closed before its reply")

    def pause_reading(self) -> None:
        pass

    def resume_reading(self) -> None:
        pass

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return default


def _under_valgrind() -> bool:
    return "vgpreload" in os.environ.get("LD_PRELOAD", "")


def _run_callgrind(args: argparse.Namespace) -> int:
    """Run this script under callgrind and print the instructions per request."""
    work = Path(tempfile.mkdtemp(prefix="llmgate-cg-"))
    subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            f"--dump-before={_START}",
            f"--dump-before={_FIRST}",
            f"--callgrind-out-file={work}/cg.%p",
            sys.executable,
            str(Path(__file__).resolve()),
            *sys.argv[1:],
        ],
        check=True,
        stderr=subprocess.DEVNULL,
    )
    # Each dump holds what ran since the one before: the dump at a request's first write
    # holds its path to that write; all of them together, every measured instruction.
    dumps = sorted(
        (_dump(path) for path in work.iterdir() if path.name.count(".") == 2),
        key=lambda d: d[0],
    )
    at = [i for i, (_, trigger, _) in enumerate(dumps) if trigger.endswith(_FIRST)]
    requests = args.rounds * args.calls
    assert len(at) == requests + _CALIBRATE, (len(at), requests)
    firsts = [dumps[i][2] for i in at[:requests]]
    marks = min(dumps[i][2] for i in at[requests:])  # two empty marks' own cost
    # Up to the first empty mark: every request whole (the last one's end included),
    # less the marks' cost (about twice the part between them).
    whole = sum(total for _, _, total in dumps[: at[requests]]) - requests * 2 * marks
    kind = "stream" if args.stream else "request"
    where = "through the server" if args.server else "handle()"
    critical = ", events not delivered" if args.critical else ""
    print(
        f"instructions per {kind} ({where}{critical}), {requests} requests: "
        f"whole {whole / requests:,.0f}; "
        f"to the first write {statistics.median(firsts) - marks:,.0f} "
        f"(median; quartiles {_quartiles(firsts, marks)}; a mark's {marks:,} taken off)"
    )
    for path in work.iterdir():
        path.unlink()
    work.rmdir()
    return 0


def _dump(path: Path) -> tuple[int, str, int]:
    """(part number, trigger, instructions) of one callgrind dump."""
    part, trigger, total = int(path.name.rsplit(".", 1)[1]), "", 0
    with path.open() as f:
        for line in f:
            if line.startswith("desc: Trigger:"):
                trigger = line.split(":", 2)[2].strip()
            elif line.startswith("summary:"):
                total = int(line.split(":", 1)[1])
                break
    return part, trigger, total


def _quartiles(values: list[int], off: int) -> str:
    q = statistics.quantiles(values, n=4)
    return f"{q[0] - off:,.0f}-{q[2] - off:,.0f}"


if __name__ == "__main__":
    sys.exit(main())
