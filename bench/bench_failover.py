"""Failover under vendor faults: llmgate's Client against LiteLLM's Router, same servers.

    python bench/bench_failover.py [--rounds 3] [--cap-s 30] [--out bench/results/failover.md]

Two OpenAI-compatible loopback vendors (llmgate.testing's OpenAIServer) run in their own
process, so what is timed is the client. Vendor A is preferred and faulty, vendor B healthy.
The same scenario drivers run llmgate here and LiteLLM in its own virtual environment
(``--litellm-python``, default /tmp/litellm-venv/bin/python: this file re-run as a child
with ``--child``), both steering the vendors' faults and reading their request counts over a
small control connection. This module imports neither tool at the top, so both can load it.

Scenarios: (1) A down (connection refused; connection dropped), breaker open: the median
added latency per call against calling B alone; (2) 30% random 500/503/429 on A: success,
p50/p95 and the requests each vendor received per 1,000 calls, sync and async; (3) A hangs:
the share of calls that pay the attempt timeout; (4) A cuts every stream after its first
chunk: how many streams reach the user complete, and whether A cools down.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing as mp
import os
import platform
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from multiprocessing.connection import Client as Connect
from multiprocessing.connection import Connection, Listener
from pathlib import Path
from typing import Any, Protocol

AUTHKEY = b"llmgate-failover-bench"
KEY = "sk-bench-not-a-real-key-0123456789"
MESSAGES = [{"role": "user", "content": "Say something about circuit breakers, please."}]
CUT_TEXT = "one two three four five six seven eight"
FAULTS_30 = ["500", "503", "429"]
COOLDOWN_S = 5  # both tools: LiteLLM's default cooldown_time, set on llmgate too
ATTEMPT_TIMEOUT_S = 1.0  # scenario 3: one attempt's limit on the hanging vendor


# -- vendor process ------------------------------------------------------------------------
def _reply(spec: str) -> Any:
    from llmgate.testing import Reply
    from llmgate.testing._openai_server import OpenAIServer

    if spec == "429":
        return OpenAIServer.rate_limited(retry_after="0")
    if spec.isdigit():
        return OpenAIServer.server_error(int(spec))
    if spec == "cut":
        return OpenAIServer.cut_stream(CUT_TEXT, after_chunks=1)
    return Reply(drop=True) if spec == "drop" else Reply(hang=True)


def _command(servers: dict[int, Any], cmd: str, args: list[Any]) -> Any:
    from llmgate.testing._openai_server import OpenAIServer

    if cmd == "start":
        srv = OpenAIServer().start()
        servers[srv.port] = srv
        return srv.port
    srv = servers[args[0]]
    if cmd == "faults":
        srv.fault_rate(args[1], [_reply(s) for s in args[2]], seed=args[3])
        return None
    if cmd == "count":
        return srv.count
    if cmd == "stop":
        srv.stop()
        del servers[args[0]]
        return None
    raise ValueError(cmd)


def _session(conn: Connection, servers: dict[int, Any], lock: threading.Lock) -> None:
    with conn:
        while True:
            try:
                cmd, *args = conn.recv()
            except EOFError:
                return
            with lock:
                conn.send(_command(servers, cmd, args))


def _serve(queue: Any) -> None:
    listener = Listener(("127.0.0.1", 0), authkey=AUTHKEY)
    queue.put(listener.address[1])
    servers: dict[int, Any] = {}
    lock = threading.Lock()
    while True:
        conn = listener.accept()
        threading.Thread(target=_session, args=(conn, servers, lock), daemon=True).start()


class Vendors:
    """The control connection to the vendor process: start/stop servers, faults, counts."""

    def __init__(self, port: int) -> None:
        self._conn = Connect(("127.0.0.1", port), authkey=AUTHKEY)
        self.seed = 7  # of A's random faults; run_all moves it on each round

    def __call__(self, *cmd: Any) -> Any:
        self._conn.send(cmd)
        return self._conn.recv()

    def start(self, faults: list[str] | None = None, rate: float = 1.0) -> int:
        port = int(self("start"))
        if faults:
            self("faults", port, rate, faults, self.seed)
        return port


def free_port() -> int:
    """A port nothing listens on: connecting to it is refused at once."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def url(port: int) -> str:
    return f"http://127.0.0.1:{port}/v1"


# -- what a tool provides ------------------------------------------------------------------
class Caller(Protocol):
    def ab(self) -> None: ...  # one chat call through the route A-then-B; raises on failure
    def b(self) -> None: ...  # one chat call to B alone
    async def aab(self) -> None: ...
    def stream(self) -> str: ...  # "complete" | "raised" | "truncated"
    def close(self) -> None: ...
    async def aclose(self) -> None: ...


# variant name, scenario, A's URL, B's URL -> a Caller
Factory = Callable[[str, str, str, str], Caller]


def pct(xs: list[float], q: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(q * len(s)))] if s else float("nan")


def timed(fn: Callable[[], None]) -> tuple[float, bool]:
    t0 = time.perf_counter()
    try:
        fn()
        ok = True
    except Exception:
        ok = False
    return time.perf_counter() - t0, ok


# -- scenario drivers (shared by both tools) -----------------------------------------------
def s1_down(
    make: Factory, variant: str, ctl: Vendors, mode: str, n: int, cap: float
) -> dict[str, Any]:
    """A down and skipped: median latency of route A-then-B minus that of B alone."""
    b = ctl.start()
    a = free_port() if mode == "refused" else ctl.start(["drop"])
    caller = make(variant, "down", url(a), url(b))
    try:
        for _ in range(3):
            timed(caller.b)
        t_end = time.perf_counter() + cap / 3
        for _ in range(20):  # open the breaker / start the cooldown
            timed(caller.ab)
            if time.perf_counter() > t_end:
                break
        a0 = ctl("count", a) if mode == "drop" else 0
        ab: list[float] = []
        alone: list[float] = []
        fails = 0
        t_end = time.perf_counter() + cap
        while len(ab) < n and time.perf_counter() < t_end:
            dt, ok = timed(caller.ab)
            ab.append(dt)
            fails += not ok
            alone.append(timed(caller.b)[0])
        a_reqs = ctl("count", a) - a0 if mode == "drop" else None
    finally:
        caller.close()
        ctl("stop", b)
        if mode == "drop":
            ctl("stop", a)
    return {
        "n": len(ab),
        "ab_p50_ms": statistics.median(ab) * 1e3,
        "b_p50_ms": statistics.median(alone) * 1e3,
        "added_ms": (statistics.median(ab) - statistics.median(alone)) * 1e3,
        "failed": fails,
        "a_reqs": a_reqs,
    }


def _fault_summary(lat: list[float], oks: int, a: int, b: int, wall: float) -> dict[str, Any]:
    n = len(lat)
    return {
        "n": n,
        "success": oks / n,
        "p50_ms": pct(lat, 0.5) * 1e3,
        "p95_ms": pct(lat, 0.95) * 1e3,
        "a_per_1000": a * 1000 / n,
        "b_per_1000": b * 1000 / n,
        "wall_s": wall,
    }


def s2_faults(make: Factory, variant: str, ctl: Vendors, n: int, cap: float) -> dict[str, Any]:
    """30% of A's answers are 500/503/429 (retry-after 0); sequential calls."""
    a, b = ctl.start(FAULTS_30, 0.3), ctl.start()
    caller = make(variant, "faults", url(a), url(b))
    lat: list[float] = []
    oks = 0
    t0 = time.perf_counter()
    try:
        while len(lat) < n and time.perf_counter() - t0 < cap:
            dt, ok = timed(caller.ab)
            lat.append(dt)
            oks += ok
        wall = time.perf_counter() - t0
        counts = ctl("count", a), ctl("count", b)
    finally:
        caller.close()
        ctl("stop", a)
        ctl("stop", b)
    return _fault_summary(lat, oks, *counts, wall)


async def _gather(fn: Callable[[], Awaitable[None]], n: int, conc: int, cap: float) -> Any:
    lat: list[float] = []
    oks = 0
    t_end = time.perf_counter() + cap
    sem = asyncio.Semaphore(conc)

    async def one() -> None:
        nonlocal oks
        async with sem:
            if time.perf_counter() > t_end:
                return
            t0 = time.perf_counter()
            try:
                await fn()
                oks += 1
            except Exception:
                pass
            lat.append(time.perf_counter() - t0)

    await asyncio.gather(*(one() for _ in range(n)))
    return lat, oks


def s2_faults_async(
    make: Factory, variant: str, ctl: Vendors, n: int, conc: int, cap: float
) -> dict[str, Any]:
    """The same faults, ``conc`` calls in flight on one event loop."""
    a, b = ctl.start(FAULTS_30, 0.3), ctl.start()

    async def run() -> tuple[list[float], int, float]:
        caller = make(variant, "faults", url(a), url(b))
        t0 = time.perf_counter()
        try:
            lat, oks = await _gather(caller.aab, n, conc, cap)
        finally:
            await caller.aclose()
        return lat, oks, time.perf_counter() - t0

    try:
        lat, oks, wall = asyncio.run(run())
        counts = ctl("count", a), ctl("count", b)
    finally:
        ctl("stop", a)
        ctl("stop", b)
    return _fault_summary(lat, oks, *counts, wall)


def s3_hang(make: Factory, variant: str, ctl: Vendors, n: int, cap: float) -> dict[str, Any]:
    """A never answers; calls start every 50 ms at most, so cooldowns expire mid-run."""
    a, b = ctl.start(["hang"]), ctl.start()
    caller = make(variant, "hang", url(a), url(b))
    lat: list[float] = []
    oks = 0
    t0 = time.perf_counter()
    try:
        while len(lat) < n and time.perf_counter() - t0 < cap:
            start = time.perf_counter()
            dt, ok = timed(caller.ab)
            lat.append(dt)
            oks += ok
            time.sleep(max(0.0, 0.05 - (time.perf_counter() - start)))
        counts = ctl("count", a), ctl("count", b)
    finally:
        caller.close()
        ctl("stop", a)
        ctl("stop", b)
    out = _fault_summary(lat, oks, *counts, time.perf_counter() - t0)
    out["paid_timeout"] = sum(x >= 0.9 * ATTEMPT_TIMEOUT_S for x in lat) / len(lat)
    out["max_ms"] = max(lat) * 1e3
    return out


def s4_streams(make: Factory, variant: str, ctl: Vendors, n: int, cap: float) -> dict[str, Any]:
    """A cuts every stream after its first content chunk; sequential streams."""
    a, b = ctl.start(["cut"]), ctl.start()
    caller = make(variant, "stream", url(a), url(b))
    outcomes: dict[str, int] = {"complete": 0, "raised": 0, "truncated": 0}
    t0 = time.perf_counter()
    try:
        while sum(outcomes.values()) < n and time.perf_counter() - t0 < cap:
            outcomes[caller.stream()] += 1
        counts = ctl("count", a), ctl("count", b)
    finally:
        caller.close()
        ctl("stop", a)
        ctl("stop", b)
    return {"n": sum(outcomes.values()), **outcomes, "a_reqs": counts[0], "b_reqs": counts[1]}


def run_all(make: Factory, variants: dict[str, list[str]], ctl: Vendors, args: Any) -> list[Any]:
    """Every scenario for every variant: rows of (scenario, variant, round, figures)."""
    rows: list[Any] = []

    def add(scenario: str, variant: str, rnd: int, figures: dict[str, Any]) -> None:
        rows.append([scenario, variant, rnd, figures])
        print(f"  {scenario:<22} {variant:<26} r{rnd} {json.dumps(figures)}", file=sys.stderr)

    only = set(args.only.split(",")) if args.only else None
    for rnd in range(args.rounds):
        ctl.seed = args.seed + rnd
        for v in variants["chat"]:
            for mode in ("refused", "drop") if only is None or "down" in only else ():
                add(
                    f"down-{mode}", v, rnd, s1_down(make, v, ctl, mode, args.calls_down, args.cap_s)
                )
            if only is not None and "faults" not in only:
                continue
            add("faults-sync", v, rnd, s2_faults(make, v, ctl, args.calls, args.cap_s))
            figs = s2_faults_async(make, v, ctl, args.calls, args.concurrency, args.cap_s)
            add("faults-async", v, rnd, figs)
        for v in variants["hang"] if only is None or "hang" in only else ():
            add("hang", v, rnd, s3_hang(make, v, ctl, args.calls_hang, args.cap_s))
        for v in variants["stream"] if only is None or "stream" in only else ():
            add("stream-cut", v, rnd, s4_streams(make, v, ctl, args.streams, args.cap_s))
    return rows


# -- llmgate -------------------------------------------------------------------------------
def llmgate_factory(variant: str, scenario: str, a_url: str, b_url: str) -> Caller:
    from llmgate import Client

    a: dict[str, Any] = {"type": "openai", "base_url": a_url, "api_key": KEY}
    route: dict[str, Any] = {"targets": ["a:gpt-4o-mini", "b:gpt-4o-mini"]}
    if scenario == "hang":
        a["timeout_s"] = ATTEMPT_TIMEOUT_S
        route["timeout_s"] = 10
    if "hedge" in variant:
        route["hedge_after_s"] = 0.2
    if "continue" in variant:
        route["on_stream_error"] = "continue"
    threshold = 20 if "threshold=20" in variant else 5
    client = Client(
        {
            "providers": {"a": a, "b": {"type": "openai", "base_url": b_url, "api_key": KEY}},
            "routes": {"r": route},
            "circuit_breaker": {"cooldown_s": COOLDOWN_S, "failure_threshold": threshold},
        }
    )
    return _LlmgateCaller(client)


class _LlmgateCaller:
    def __init__(self, client: Any) -> None:
        self.client = client

    def ab(self) -> None:
        self.client.chat("r", MESSAGES, max_tokens=32)

    def b(self) -> None:
        self.client.chat("b:gpt-4o-mini", MESSAGES, max_tokens=32)

    async def aab(self) -> None:
        await self.client.achat("r", MESSAGES, max_tokens=32)

    def stream(self) -> str:
        from llmgate import errors

        try:
            with self.client.stream("r", MESSAGES, max_tokens=32) as s:
                for _ in s:
                    pass
                return "complete" if s.response.finish_reason == "stop" else "truncated"
        except errors.LLMGateError:
            return "raised"

    def close(self) -> None:
        self.client.close()

    async def aclose(self) -> None:
        await self.client.aclose()


# -- LiteLLM (runs in its own venv: this file with --child) --------------------------------
def litellm_factory(variant: str, scenario: str, a_url: str, b_url: str) -> Caller:
    """LiteLLM's failover setup: a "primary" group (A) that falls back to "backup" (B).

    "tuned" adds what its docs recommend for failover: retries, allowed fails per minute and
    a cooldown; "default" leaves those at LiteLLM's defaults. Both get a 1 s timeout in the
    hang scenario (the default, 600 s, would not finish).
    """
    from litellm import Router  # type: ignore[import-not-found]

    def dep(name: str, base: str) -> dict[str, Any]:
        params: dict[str, Any] = {"model": "openai/gpt-4o-mini", "api_base": base, "api_key": KEY}
        if scenario == "hang":
            params["timeout"] = ATTEMPT_TIMEOUT_S
        return {"model_name": name, "litellm_params": params}

    kwargs: dict[str, Any] = {"fallbacks": [{"primary": ["backup"]}]}
    if variant.endswith("tuned"):
        kwargs.update(num_retries=2, allowed_fails=3, cooldown_time=COOLDOWN_S)
    router = Router(model_list=[dep("primary", a_url), dep("backup", b_url)], **kwargs)
    return _LitellmCaller(router)


class _LitellmCaller:
    def __init__(self, router: Any) -> None:
        self.router = router

    def ab(self) -> None:
        self.router.completion(model="primary", messages=MESSAGES, max_tokens=32)

    def b(self) -> None:
        self.router.completion(model="backup", messages=MESSAGES, max_tokens=32)

    async def aab(self) -> None:
        await self.router.acompletion(model="primary", messages=MESSAGES, max_tokens=32)

    def stream(self) -> str:
        finish = None
        try:
            for chunk in self.router.completion(
                model="primary", messages=MESSAGES, max_tokens=32, stream=True
            ):
                if chunk.choices and chunk.choices[0].finish_reason:
                    finish = chunk.choices[0].finish_reason
        except Exception:
            return "raised"
        return "complete" if finish == "stop" else "truncated"

    def close(self) -> None:
        pass

    async def aclose(self) -> None:
        pass


LITELLM_VARIANTS = {
    "chat": ["LiteLLM default", "LiteLLM tuned"],
    "hang": ["LiteLLM default", "LiteLLM tuned"],
    "stream": ["LiteLLM default", "LiteLLM tuned"],
}
LLMGATE_VARIANTS = {
    "chat": ["llmgate", "llmgate failure_threshold=20"],
    "hang": ["llmgate", "llmgate hedge_after_s=0.2"],
    "stream": ["llmgate raise", "llmgate continue"],
}


def child_main(args: Any) -> None:
    """In LiteLLM's venv: run the scenarios, print the rows as JSON on the last line."""
    import logging

    import litellm

    litellm.suppress_debug_info = True
    logging.getLogger("LiteLLM").setLevel(logging.CRITICAL)
    logging.getLogger("LiteLLM Router").setLevel(logging.CRITICAL)
    from importlib.metadata import version

    rows = run_all(litellm_factory, LITELLM_VARIANTS, Vendors(args.ctl), args)
    print(json.dumps({"version": version("litellm"), "rows": rows}))


def run_litellm(args: Any, ctl_port: int) -> tuple[str | None, list[Any], str]:
    """Run the LiteLLM side in its venv; (version, rows, why-not) with rows empty on failure."""
    python = Path(args.litellm_python)
    if not python.exists():
        return (
            None,
            [],
            f"{python} not found (python3 -m venv /tmp/litellm-venv; pip install litellm)",
        )
    forwarded = [
        f"--{k.replace('_', '-')}={getattr(args, k)}"
        for k in (
            "rounds",
            "seed",
            "only",
            "calls",
            "calls_down",
            "calls_hang",
            "streams",
            "concurrency",
            "cap_s",
        )
    ]
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True", "LITELLM_LOG": "CRITICAL"}
    proc = subprocess.run(
        [str(python), __file__, "--child", f"--ctl={ctl_port}", *forwarded],
        capture_output=True,
        text=True,
        env=env,
    )
    sys.stderr.write("\n".join(line for line in proc.stderr.splitlines() if line.startswith("  ")))
    if proc.returncode != 0:
        return None, [], f"the LiteLLM run failed: {proc.stderr.strip().splitlines()[-1:]}"
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    return str(out["version"]), list(out["rows"]), ""


def medians(rows: list[Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """Per (scenario, variant): the median over rounds of every figure."""
    grouped: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for scenario, variant, _rnd, figures in rows:
        grouped.setdefault((scenario, variant), []).append(figures)
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for key, runs in grouped.items():
        out[key] = {
            k: statistics.median(r[k] for r in runs) if runs[0][k] is not None else None
            for k in runs[0]
        }
        out[key]["rounds"] = len(runs)
    return out


def _f(x: Any, digits: int = 0) -> str:
    if x is None:
        return "n/a"
    return f"{x:.{digits}f}" if isinstance(x, float) else str(x)


_DOWN_COLUMNS = [
    ("calls (each)", "n", 0),
    ("A-then-B p50 ms", "ab_p50_ms", 2),
    ("B alone p50 ms", "b_p50_ms", 2),
    ("added ms", "added_ms", 2),
    ("failed", "failed", 0),
]
_FAULT_COLUMNS = [
    ("calls", "n", 0),
    ("success", "success", 3),
    ("p50 ms", "p50_ms", 1),
    ("p95 ms", "p95_ms", 1),
    ("A req / 1000 calls", "a_per_1000", 0),
    ("B req / 1000 calls", "b_per_1000", 0),
    ("wall s", "wall_s", 1),
]
TABLES: dict[str, tuple[str, list[tuple[str, str, int]]]] = {
    "down-refused": (
        "A down: connection refused (nothing listens on its port)",
        _DOWN_COLUMNS,
    ),
    "down-drop": (
        "A down: drops every connection without answering",
        [*_DOWN_COLUMNS, ("requests A got", "a_reqs", 0)],
    ),
    "faults-sync": (
        "30% random 500/503/429 (retry-after 0) on A, B healthy: sequential calls",
        _FAULT_COLUMNS,
    ),
    "faults-async": (
        "30% random 500/503/429 on A: async, concurrency {conc}",
        _FAULT_COLUMNS,
    ),
    "hang": (
        "A hangs (never answers), 1 s attempt timeout, a call every 50 ms at most",
        [
            ("calls", "n", 0),
            ("success", "success", 3),
            ("paid the timeout", "paid_timeout", 3),
            ("p50 ms", "p50_ms", 1),
            ("p95 ms", "p95_ms", 1),
            ("max ms", "max_ms", 0),
            ("A req / 1000 calls", "a_per_1000", 0),
        ],
    ),
    "stream-cut": (
        "A cuts every stream after its first content chunk",
        [
            ("streams", "n", 0),
            ("complete", "complete", 0),
            ("raised", "raised", 0),
            ("silently truncated", "truncated", 0),
            ("requests A got", "a_reqs", 0),
            ("requests B got", "b_reqs", 0),
        ],
    ),
}


def render(args: Any, figures: dict[tuple[str, str], dict[str, Any]], versions: str) -> str:
    lines = [
        "# Failover under vendor faults (bench/bench_failover.py)",
        "",
        f"Machine: {platform.machine()}, nproc {len(os.sched_getaffinity(0))}, "
        f"Python {platform.python_version()}. {versions}",
        "",
        "Command: `" + " ".join(["python bench/bench_failover.py", *sys.argv[1:]]) + "`. "
        f"Figures are the median of {args.rounds} rounds; each run stops at {args.calls} calls "
        f"(scenario 1: {args.calls_down} pairs; hang: {args.calls_hang}; streams: {args.streams}) "
        f"or after {args.cap_s:.0f} s, whichever comes first (the 'calls' column says which).",
        "",
    ]
    variants = list(dict.fromkeys(v for (_s, v) in figures))
    for scenario, (title, cols) in TABLES.items():
        lines += [f"## {title.format(conc=args.concurrency)}", ""]
        lines.append("| tool | " + " | ".join(c[0] for c in cols) + " |")
        lines.append("| --- |" + " ---: |" * len(cols))
        for v in variants:
            if (scenario, v) in figures:
                f = figures[(scenario, v)]
                lines.append(f"| {v} | " + " | ".join(_f(f[k], d) for _, k, d in cols) + " |")
        lines.append("")
    return "\n".join(lines)


def start_vendors() -> tuple[Any, int]:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_serve, args=(queue,), daemon=True)
    proc.start()
    return proc, int(queue.get(timeout=60))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--calls-down", type=int, default=500)
    parser.add_argument("--calls-hang", type=int, default=200)
    parser.add_argument("--streams", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--cap-s", type=float, default=15.0)
    parser.add_argument("--seed", type=int, default=7, help="of round 1's faults; +1 a round")
    parser.add_argument("--only", default="", help="comma list of: down,faults,hang,stream")
    parser.add_argument("--no-litellm", action="store_true")
    parser.add_argument("--litellm-python", default="/tmp/litellm-venv/bin/python")
    parser.add_argument("--out", default="bench/results/failover.md")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--ctl", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_main(args)
        return
    from importlib.metadata import version

    proc, ctl_port = start_vendors()
    try:
        t0 = time.perf_counter()
        rows = run_all(llmgate_factory, LLMGATE_VARIANTS, Vendors(ctl_port), args)
        print(f"llmgate: {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        t0 = time.perf_counter()
        lite_version, lite_rows, why = (
            (None, [], "--no-litellm") if args.no_litellm else run_litellm(args, ctl_port)
        )
        print(f"LiteLLM: {time.perf_counter() - t0:.0f} s {why}", file=sys.stderr)
    finally:
        proc.kill()
    versions = f"llmgate {version('llmgate')}, openai {version('openai')}, httpx {version('httpx')}"
    versions += f", LiteLLM {lite_version}." if lite_version else f". LiteLLM not run: {why}."
    text = render(args, medians(rows + lite_rows), versions)
    out = Path(args.out)
    old = out.read_text() if out.exists() else ""
    if "\n## Reading" in old:  # the hand-written reading of the figures stays
        text += "\n## Reading" + old.split("\n## Reading", 1)[1].rstrip("\n")
    out.write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
