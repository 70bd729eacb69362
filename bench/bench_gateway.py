"""``llmgate serve`` under load: which HTTP server, and what the gateway adds.

    python bench/bench_gateway.py [--seconds 8] [--out bench/results/gateway.md]

Needs ``wrk`` (Debian: ``apt-get install wrk``) and, for the comparison, ``starlette``,
``uvicorn``, ``httptools`` and ``uvloop``. The mock vendor (llmgate.testing's OpenAIServer)
runs in its own process; each gateway runs in its own process pinned to CPU 0 (``taskset``)
so "per core" means one core; wrk and the mock share the other core.

The same ``Gateway`` object (keys, limits, conversion, the ``Client`` flow, a SQLite ledger)
runs under each server, so the difference between rows is the server alone:

- ``aiohttp``: aiohttp's web server on uvloop (what ``llmgate serve`` uses);
- ``aiohttp-asyncio``: the same on the standard asyncio loop;
- ``starlette``: Starlette on uvicorn with httptools and uvloop;
- ``asgi``: the gateway as a bare ASGI app on uvicorn (httptools, uvloop), no framework.

Servers run in turns (``--rounds``, the order rotating each round) and each figure is the
median over the rounds, since the shared machine's load drifts during a run.

Figures: added latency = gateway minus direct-to-mock, one connection, closed loop
(``wrk -c1``), p50 and p99; requests/s with 32 connections; streaming time to first byte
(median of sequential streams, direct vs gateway).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SERVERS = ("aiohttp", "aiohttp-asyncio", "starlette", "asgi")
BODY = '{"model":"%s","messages":[{"role":"user","content":"Say something short, please."}]}'


# -- the processes -------------------------------------------------------------------------
def serve_upstream() -> None:
    from llmgate.testing._openai_server import OpenAIServer

    srv = OpenAIServer().start()
    print(srv.port, flush=True)
    while True:
        time.sleep(3600)


def serve_gateway(server: str, config: str, port: int) -> None:
    import asyncio

    from llmgate.gateway._app import Gateway
    from llmgate.gateway._run import build, close

    client, settings, store = build(config)
    gateway = Gateway(client, settings, store)
    if server.startswith("aiohttp"):
        from llmgate.gateway._server import serve

        async def run() -> None:
            try:
                await serve(gateway, "127.0.0.1", port, on_ready=lambda p: print(p, flush=True))
            finally:
                await close(client, store)

        coro = run()
        if server == "aiohttp":
            import uvloop

            uvloop.run(coro)
        else:
            asyncio.run(coro)
        return
    import uvicorn

    if server == "asgi":
        app: Any = _raw_asgi(gateway)
    else:
        app = _starlette(gateway)
    print(port, flush=True)
    uvicorn.run(
        app,
        host="127.0.0.1",
        port=port,
        loop="uvloop",
        http="httptools",
        access_log=False,
        log_level="warning",
        backlog=2048,
        lifespan="off",
    )


def _raw_asgi(gateway: Any) -> Any:
    """The gateway as a bare ASGI app (no framework): the floor of what uvicorn costs."""

    async def app(scope: Any, receive: Any, send: Any) -> None:
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        body = b""
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
        reply = await gateway.handle(scope["method"], scope["path"], headers, body)
        out = [(b"content-type", reply.content_type.encode())]
        out += [(k.encode(), v.encode()) for k, v in reply.headers.items()]
        await send({"type": "http.response.start", "status": reply.status, "headers": out})
        if reply.stream is None:
            await send({"type": "http.response.body", "body": reply.body})
            return
        try:
            async for block in reply.stream:
                await send({"type": "http.response.body", "body": block, "more_body": True})
            await send({"type": "http.response.body", "body": b""})
        finally:
            await reply.stream.aclose()

    return app


def _starlette(gateway: Any) -> Any:
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response, StreamingResponse
    from starlette.routing import Route

    async def endpoint(request: Request) -> Response:
        body = await request.body()
        reply = await gateway.handle(request.method, request.url.path, request.headers, body)
        if reply.stream is not None:
            return StreamingResponse(
                reply.stream, reply.status, reply.headers, media_type=reply.content_type
            )
        return Response(reply.body, reply.status, reply.headers, media_type=reply.content_type)

    return Starlette(routes=[Route("/{path:path}", endpoint, methods=["GET", "POST"])])


def spawn(args: list[str], cpu: str | None) -> tuple[subprocess.Popen[str], int]:
    cmd = [sys.executable, __file__, *args]
    if cpu is not None and shutil.which("taskset"):
        cmd = ["taskset", "-c", cpu, *cmd]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    assert proc.stdout is not None
    port = int(proc.stdout.readline())
    return proc, port


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_ready(url: str) -> None:
    import httpx

    for _ in range(200):
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"{url} did not come up")


# -- load ----------------------------------------------------------------------------------
def wrk(
    url: str,
    model: str,
    key: str | None,
    seconds: float,
    conns: int,
    stream: bool = False,
    get: bool = False,
) -> dict[str, float]:
    body = BODY % model
    if stream:
        body = body[:-1] + ',"stream":true}'
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(f'wrk.method = "{"GET" if get else "POST"}"\n')
        if get:
            body = ""
        if body:
            f.write(f"wrk.body = '{body}'\n")
        f.write('wrk.headers["Content-Type"] = "application/json"\n')
        if key:
            f.write(f'wrk.headers["Authorization"] = "Bearer {key}"\n')
        script = f.name
    cmd = ["wrk", "-t1", f"-c{conns}", f"-d{int(seconds)}s", "--timeout", "30s", "--latency"]
    out = subprocess.run(
        [*cmd, "-s", script, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    os.unlink(script)
    res: dict[str, float] = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out)[1])}  # type: ignore[index]
    res["requests"] = float(re.search(r"(\d+) requests in", out)[1])  # type: ignore[index]
    for pct in ("50", "99"):
        m = re.search(rf"^\s+{pct}(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        assert m, out
        scale = {"us": 1e-3, "ms": 1.0, "s": 1e3}[m[2]]
        res[f"p{pct}_ms"] = float(m[1]) * scale
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    res["non2xx"] = float(bad[1]) if bad else 0.0
    res["socket_errors"] = float(sum(int(g) for g in errors.groups())) if errors else 0.0
    return res


def ttfb(url: str, model: str, key: str | None, n: int = 200) -> float:
    """Median ms from sending a streaming request to the first SSE data line."""
    import httpx

    headers = {"authorization": f"Bearer {key}"} if key else {}
    body = {"model": model, "stream": True, "messages": [{"role": "user", "content": "a b c"}]}
    times = []
    with httpx.Client(timeout=30) as client:
        for _ in range(n):
            t0 = time.perf_counter()
            with client.stream("POST", url, json=body, headers=headers) as r:
                first = True
                for line in r.iter_lines():
                    if first and line.startswith("data: "):
                        times.append(time.perf_counter() - t0)
                        first = False
    return statistics.median(times[10:]) * 1e3


def soak_rss(pid: int, url: str, key: str, seconds: float) -> list[tuple[float, float]]:
    """RSS of the gateway every few seconds under steady load (wrk -c32)."""
    samples = [(0.0, _rss_mb(pid))]
    load = subprocess.Popen(
        [sys.executable, __file__, "_wrk", url, key, str(seconds)], stdout=subprocess.DEVNULL
    )
    t0 = time.monotonic()
    step = max(1.0, seconds / 12)
    while load.poll() is None:
        time.sleep(step)
        samples.append((time.monotonic() - t0, _rss_mb(pid)))
    return samples


def gateway_layer_cost(calls: int = 2000, rounds: int = 3) -> dict[str, float]:
    """CPU per call of ``Client.achat`` alone vs the same call through ``Gateway.handle``
    (in process, a scripted provider, no network, a memory ledger): the gateway's share."""
    import asyncio
    import json

    from llmgate import Client
    from llmgate.gateway._app import Gateway
    from llmgate.gateway._settings import GatewaySettings
    from llmgate.testing import ScriptedProvider

    async def run() -> dict[str, float]:
        client = Client(
            {"providers": {}, "routes": {"chat": {"targets": ["fake:m"]}}},
            providers={"fake": ScriptedProvider("fake")},
            ledger="memory",
        )
        gateway = Gateway(client, GatewaySettings(auth="none"), None)
        messages = [{"role": "user", "content": "Say something short, please."}]
        body = json.dumps({"model": "chat", "messages": messages}).encode()
        sbody = json.dumps({"model": "chat", "messages": messages, "stream": True}).encode()

        async def direct() -> None:
            await client.achat("chat", messages)

        async def via() -> None:
            await gateway.handle("POST", "/v1/chat/completions", {}, body)

        async def direct_stream() -> None:
            async with client.astream("chat", messages) as s:
                async for _ in s:
                    pass

        async def via_stream() -> None:
            reply = await gateway.handle("POST", "/v1/chat/completions", {}, sbody)
            assert reply.stream is not None
            async for _ in reply.stream:
                pass

        out: dict[str, list[float]] = {}
        for _ in range(rounds):
            for name, fn in (
                ("client", direct),
                ("gateway", via),
                ("client_stream", direct_stream),
                ("gateway_stream", via_stream),
            ):
                for _ in range(50):
                    await fn()
                c0 = time.process_time()
                for _ in range(calls):
                    await fn()
                out.setdefault(name, []).append((time.process_time() - c0) / calls * 1e6)
        await client.aclose()
        return {k: statistics.median(v) for k, v in out.items()}

    return asyncio.run(run())


# -- the run -------------------------------------------------------------------------------
def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=8.0)
    ap.add_argument("--servers", default=",".join(SERVERS))
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "gateway.md"))
    ap.add_argument("--soak", type=float, default=60.0, help="seconds of the memory soak")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--streams", type=int, default=1000, help="concurrent streams")
    args = ap.parse_args()
    layer = gateway_layer_cost()
    if not shutil.which("wrk"):
        print("wrk is needed: apt-get install wrk", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="llmgate-bench-gw-"))
    upstream, up_port = spawn(["_upstream"], "1")
    procs: list[subprocess.Popen[str]] = [upstream]
    rows: list[dict[str, Any]] = []
    streams: dict[str, float] = {}
    soak: list[tuple[float, float]] = []
    try:
        up = f"http://127.0.0.1:{up_port}/v1/chat/completions"
        wait_ready(f"http://127.0.0.1:{up_port}/v1/models")
        config = work / "llmgate.toml"
        config.write_text(
            f"""
[gateway]
keys = "sqlite:///{work}/keys.db"

[providers.oa]
type = "openai"
base_url = "http://127.0.0.1:{up_port}/v1"
api_key = "sk-bench-0000000000000000000000"

[routes.chat]
targets = ["oa:gpt-4o-mini"]

[pricing."oa:gpt-4o-mini"]
input = 0.15
output = 0.60

[costs]
ledger = "sqlite:///{work}/ledger.db"
"""
        )
        key = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from llmgate.cli import main; sys.exit(main())",
                "-c",
                str(config),
                "keys",
                "create",
                "--name",
                "bench",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        servers = args.servers.split(",")
        runs: dict[str, list[dict[str, Any]]] = {name: [] for name in ["direct", *servers]}
        for rnd in range(args.rounds):
            runs["direct"].append(
                {
                    "c1": wrk(up, "gpt-4o-mini", None, args.seconds, 1),
                    "c32": wrk(up, "gpt-4o-mini", None, args.seconds, 32),
                    "ttfb": ttfb(up, "gpt-4o-mini", None),
                }
            )
            for server in servers[rnd % len(servers) :] + servers[: rnd % len(servers)]:
                port = free_port()
                proc, _ = spawn(["_gateway", server, str(config), str(port)], "0")
                procs.append(proc)
                url = f"http://127.0.0.1:{port}"
                target = f"{url}/v1/chat/completions"
                wait_ready(f"{url}/health")
                wrk(target, "chat", key, 2, 8)  # warm-up
                run = {
                    "health": wrk(f"{url}/health", "", None, args.seconds, 32, get=True),
                    "noop": wrk(f"{url}/v1/nothing", "chat", key, args.seconds, 1),
                    "c1": wrk(target, "chat", key, args.seconds, 1),
                    "c32": wrk(target, "chat", key, args.seconds, 32),
                    "ttfb": ttfb(target, "chat", key),
                    "rss": _rss_mb(proc.pid),
                }
                if server == servers[0] and rnd == args.rounds - 1:
                    streams = wrk(target, "chat", key, args.seconds, args.streams, stream=True)
                    soak = soak_rss(proc.pid, target, key, args.soak)
                proc.terminate()
                proc.wait(30)
                procs.remove(proc)
                runs[server].append(run)
                print(rnd, server, run, file=sys.stderr)
        rows = [_median(name, runs[name]) for name in ["direct", *servers]]
        rows[0]["server"] = "direct to the mock (no gateway)"
    finally:
        for p in procs:
            p.terminate()
        shutil.rmtree(work, ignore_errors=True)
    report = render(rows, args)
    report += render_extra(args, layer, streams, soak)
    Path(args.out).write_text(report)
    print(report)
    return 0


def _median(name: str, runs: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {"server": name}
    for field, first in runs[0].items():
        if isinstance(first, dict):
            out[field] = {k: statistics.median(r[field][k] for r in runs) for k in first}
        else:
            out[field] = statistics.median(r[field] for r in runs)
    if name != "direct":
        errors = [r[f][k] for r in runs for f in ("c1", "c32") for k in ("non2xx", "socket_errors")]
        out["errors"] = sum(errors)
    return out


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def render(rows: list[dict[str, Any]], args: argparse.Namespace) -> str:
    import aiohttp

    base = rows[0]
    lines = [
        "# Gateway: HTTP server choice and added latency (bench/bench_gateway.py)",
        "",
        f"Machine: {platform.machine()}, nproc {os.cpu_count()}, "
        f"Python {platform.python_version()}, aiohttp {aiohttp.__version__}. "
        f"Command: `python bench/bench_gateway.py --seconds {args.seconds:g} --rounds "
        f"{args.rounds} --soak {args.soak:g}`. Each gateway process is pinned to one core "
        "(taskset -c 0); the mock vendor (llmgate.testing OpenAIServer, its own process) and "
        f"wrk share the other core. wrk -t1, {args.seconds:g} s per figure; every chat request "
        "is authenticated with a virtual key and recorded in a SQLite ledger. Median of "
        f"{args.rounds} rounds, servers in rotating order. Shared 2-core VM under other "
        "people's load: figures move by tens of percent between runs; compare rows of one run.",
        "",
        "The server alone: `/health` req/s with 32 connections, and p50 of a POST with the "
        "chat body to an unknown path (read, route, 404 in the vendor shape; no client call) "
        "with one connection. The chat columns are the whole gateway; added = gateway minus "
        "direct to the mock, one connection (wrk -c1). p99 on this shared VM is dominated by "
        "other tenants' bursts (it moves by 10+ ms between identical runs).",
        "",
        "| server | /health req/s c=32 | server-only p50 c=1 (ms) | chat p50 c=1 (ms) "
        "| chat p99 c=1 (ms) | added p50 (ms) | chat req/s c=32 | stream TTFB (ms) "
        "| added TTFB (ms) | RSS (MB) | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        c1, c32 = r["c1"], r["c32"]
        direct = r is base
        added50 = 0.0 if direct else c1["p50_ms"] - base["c1"]["p50_ms"]
        added_ttfb = 0.0 if direct else r["ttfb"] - base["ttfb"]
        health = "-" if direct else f"{r['health']['rps']:.0f}"
        noop = "-" if direct else f"{r['noop']['p50_ms']:.3f}"
        rss = "-" if direct else f"{r['rss']:.0f}"
        errors = "-" if direct else str(int(r["errors"]))
        lines.append(
            f"| {r['server']} | {health} | {noop} | {c1['p50_ms']:.2f} | {c1['p99_ms']:.2f} | "
            f"{added50:.2f} | {c32['rps']:.0f} | {r['ttfb']:.2f} | "
            f"{added_ttfb:.2f} | {rss} | {errors} |"
        )
    return "\n".join(lines) + "\n"


def render_extra(
    args: argparse.Namespace,
    layer: dict[str, float],
    streams: dict[str, float],
    soak: list[tuple[float, float]],
) -> str:
    first = args.servers.split(",")[0]
    lines = [
        "",
        "## The gateway layer alone (in process, no network)",
        "",
        "CPU per call, median of 3 rounds of 2,000 calls, a scripted provider and a memory "
        "ledger: `Client.achat` alone vs the same call through `Gateway.handle` (parse, key "
        "check skipped, convert, build the reply). The difference is what the gateway adds "
        "on top of the client; everything else in the HTTP figures is the server and the "
        "client's own flow (with the openai SDK to the vendor).",
        "",
        "| call | Client alone (us) | through the gateway (us) | gateway adds (us) |",
        "| --- | ---: | ---: | ---: |",
        f"| chat | {layer['client']:.0f} | {layer['gateway']:.0f} | "
        f"{layer['gateway'] - layer['client']:.0f} |",
        f"| stream | {layer['client_stream']:.0f} | {layer['gateway_stream']:.0f} | "
        f"{layer['gateway_stream'] - layer['client_stream']:.0f} |",
    ]
    if streams:
        errors = int(streams["non2xx"] + streams["socket_errors"])
        lines += [
            "",
            f"## {args.streams} concurrent streams ({first})",
            "",
            f"wrk -c{args.streams}, streaming requests for {int(args.seconds)} s: "
            f"{int(streams['requests'])} streams completed, {streams['rps']:.0f}/s, "
            f"p50 {streams['p50_ms']:.0f} ms, p99 {streams['p99_ms']:.0f} ms, "
            f"{errors} errors (non-2xx + socket errors).",
        ]
    if soak:
        trace = ", ".join(f"{t:.0f} s: {mb:.0f}" for t, mb in soak)
        lines += [
            "",
            f"## Memory under load ({first}, {args.soak:g} s at wrk -c32)",
            "",
            f"RSS in MB: {trace}.",
        ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_wrk":
        wrk(sys.argv[2], "chat", sys.argv[3], float(sys.argv[4]), 32)
    elif len(sys.argv) > 1 and sys.argv[1] == "_upstream":
        serve_upstream()
    elif len(sys.argv) > 1 and sys.argv[1] == "_gateway":
        serve_gateway(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        sys.exit(main())
