"""``llmgate serve`` under load, side by side with LiteLLM's proxy, on one core each.

    python bench/bench_gateway.py [--seconds 5] [--rounds 3] [--soak 600]

Needs ``wrk`` (Debian: ``apt-get install wrk``). LiteLLM's proxy is measured when it is
installed (``pip install 'litellm[proxy]'``, not a dependency of llmgate; best in a virtual
environment of its own, named by ``LITELLM_BIN=/path/to/venv/bin/litellm``, since it pins
other versions of packages llmgate's development install shares) and skipped otherwise.
The mock vendor (llmgate.testing's OpenAIServer) runs in its own process on CPU 1 with
wrk; each gateway runs in its own process pinned to CPU 0 (``taskset``), so "per core"
means one core, and its CPU time per request is read from /proc.

Rows (``--servers``):

- ``llmgate``: ``llmgate serve`` as shipped: its httptools protocol on uvloop, every request
  authenticated with a virtual key and recorded in a SQLite ledger (written behind the
  loop), OpenAI requests forwarded to the OpenAI-compatible target without the vendor SDK
  (on llmgate's lean HTTP client);
- ``llmgate-sdk``: the same with ``[gateway] passthrough = false``: every attempt converted
  by the provider, then sent by its default transport (``auto``: the direct JSON path
  since the provider change of 2026-12-06; the openai SDK before): what the pass-through
  saves;
- ``litellm``: LiteLLM's proxy, one worker, a minimal config (the same mock vendor as an
  ``openai/`` model, a master key, no database);
- ``aiohttp``, ``aiohttp-asyncio``, ``llmgate-asyncio``, ``starlette``, ``asgi``: the
  gateway under other servers, or on asyncio's own loop (the server-choice comparison; not
  run by default; starlette and asgi need uvicorn installed).

Each round measures direct-to-mock first, then every server in rotating order; each figure
is the median over the rounds (the shared machine's load drifts during a run).
``--profile PREFIX`` runs each llmgate server under cProfile (thread CPU time) and writes
``PREFIX-<server>-<pid>.prof``: where a request's CPU goes, for reading with ``pstats``.
Figures: added latency = server minus direct, one connection, closed loop (``wrk -c1``);
the same at about 500 requests/s (``wrk -c10`` with a 20 ms pause per connection between
requests); requests/s with 32 connections and the server's CPU time per request during
that run; streaming time to first byte (median of sequential streams).
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
SERVERS = ("llmgate", "llmgate-sdk", "litellm")
OTHER_SERVERS = ("aiohttp", "aiohttp-asyncio", "llmgate-asyncio", "starlette", "asgi")
LITELLM_KEY = "sk-llmgate-bench-master-0123456789abcdef0123456789"
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

    profile = os.environ.get("LLMGATE_BENCH_PROFILE")
    if profile:
        # Where the CPU goes (--profile): thread CPU time, so a wait costs nothing; every
        # figure of a profiled run is inflated by the profiler and compares with no other.
        import atexit
        import cProfile

        profiler = cProfile.Profile(time.thread_time)
        path = f"{profile}-{server}-{os.getpid()}.prof"
        atexit.register(lambda: (profiler.disable(), profiler.dump_stats(path)))
        profiler.enable()
    client, settings, store = build(config)
    if server == "llmgate-sdk":
        settings = settings.model_copy(update={"passthrough": False})
    gateway = Gateway(client, settings, store)
    if server.startswith(("aiohttp", "llmgate")):
        from llmgate.gateway._server import serve

        async def run() -> None:
            try:
                if server.startswith("aiohttp"):
                    await _serve_aiohttp(gateway, port)
                else:
                    await serve(gateway, "127.0.0.1", port, on_ready=lambda p: print(p, flush=True))
            finally:
                await close(client, store)

        coro = run()
        if not server.endswith("-asyncio"):
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


async def _serve_aiohttp(gateway: Any, port: int) -> None:
    """The gateway under aiohttp's server, as ``llmgate serve`` shipped it until the
    httptools protocol (``gateway/_http.py``) replaced it: the server-choice comparison."""
    import asyncio

    from aiohttp import web

    from llmgate.gateway._app import _error, too_large

    limit = gateway.settings.max_body_bytes
    app = web.Application(client_max_size=limit + 1)

    async def handler(request: web.Request) -> web.StreamResponse:
        flavor = "anthropic" if request.path.startswith("/v1/messages") else "openai"
        if request.content_length is not None and request.content_length > limit:
            reply = _error(too_large(limit), flavor)
            return web.Response(status=reply.status, body=reply.body, headers=reply.headers)
        body = await request.read()
        reply = await gateway.handle(request.method, request.path_qs, request.headers, body)
        if reply.stream is None:
            return web.Response(
                status=reply.status,
                body=reply.body,
                headers=reply.headers,
                content_type=reply.content_type.split(";", 1)[0],
            )
        response = web.StreamResponse(status=reply.status, headers=reply.headers)
        response.content_type = reply.content_type
        try:
            await response.prepare(request)
            async for block in reply.stream:
                await response.write(block)
            await response.write_eof()
        finally:
            await reply.stream.aclose()  # type: ignore[attr-defined]
        return response

    app.router.add_route("*", "/{tail:.*}", handler)
    runner = web.AppRunner(app, access_log=None, handle_signals=False)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port, backlog=2048).start()
    print(port, flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await runner.cleanup()


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
    pause_ms: int = 0,
) -> dict[str, float]:
    """One wrk run; ``pause_ms`` makes each connection wait that long between requests
    (a paced load: about ``conns * 1000 / pause_ms`` requests/s)."""
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
        if pause_ms:
            # A random pause (mean pause_ms): fixed pauses line the connections up into
            # bursts, which measures queueing in the burst rather than the server.
            f.write(f"function delay() return math.random(0, {2 * pause_ms}) end\n")
        script = f.name
    cmd = ["wrk", "-t1", f"-c{conns}", f"-d{int(seconds)}s", "--timeout", "30s", "--latency"]
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", "1", *cmd]  # beside the mock vendor, off the gateway's core
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


def ttfb(url: str, model: str, key: str | None, n: int = 200) -> tuple[float, int]:
    """Median ms from sending a streaming request to the first SSE data line, and how many
    of the ``n`` streams stalled (no first line within 10 s): counted as errors, so that a
    stall shows in the table instead of ending the run."""
    import httpx

    headers = {"authorization": f"Bearer {key}"} if key else {}
    body = {"model": model, "stream": True, "messages": [{"role": "user", "content": "a b c"}]}
    times = []
    stalls = 0
    with httpx.Client(timeout=10) as client:
        for _ in range(n):
            t0 = time.perf_counter()
            try:
                with client.stream("POST", url, json=body, headers=headers) as r:
                    if r.status_code != 200:
                        stalls += 1
                        r.read()
                        print(f"stream refused: {r.status_code} {r.text[:300]}", file=sys.stderr)
                        continue
                    first = True
                    for line in r.iter_lines():
                        if first and line.startswith("data: "):
                            times.append(time.perf_counter() - t0)
                            first = False
            except httpx.TimeoutException:
                stalls += 1
                print(f"stream stalled: {url} after {len(times)} streams", file=sys.stderr)
    return (statistics.median(times[10:]) * 1e3 if len(times) > 10 else float("nan")), stalls


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
CONFIG = """
[gateway]
keys = "sqlite:///{work}/keys.db"

[providers.oa]
type = "openai"
base_url = "http://127.0.0.1:{port}/v1"
api_key = "sk-bench-0000000000000000000000"

[routes.chat]
targets = ["oa:gpt-4o-mini"]

[pricing."oa:gpt-4o-mini"]
input = 0.15
output = 0.60

[costs]
ledger = "sqlite:///{work}/ledger.db"
"""
LITELLM_CONFIG = """
model_list:
  - model_name: chat
    litellm_params:
      model: openai/gpt-4o-mini
      api_base: http://127.0.0.1:{port}/v1
      api_key: sk-bench-0000000000000000000000
general_settings:
  master_key: {key}
"""


def litellm_command() -> list[str] | None:
    """LiteLLM's proxy CLI: ``$LITELLM_BIN`` (its console script in a virtual environment of
    its own, so that installing it changes nothing in llmgate's), or the one beside this
    Python when it is installed here."""
    import importlib.util

    own = os.environ.get("LITELLM_BIN")
    if own:
        return [own] if Path(own).exists() else None
    if importlib.util.find_spec("litellm") is None:  # importing it would fetch a price list
        return None
    script = Path(sys.executable).parent / "litellm"
    found = str(script) if script.exists() else shutil.which("litellm")
    return [found] if found else None


def start_server(
    server: str, config: Path, work: Path, up_port: int
) -> tuple[subprocess.Popen[Any], str]:
    """One gateway pinned to CPU 0; its process and base URL once it answers."""
    port = free_port()
    if server != "litellm":
        proc, _ = spawn(["_gateway", server, str(config), str(port)], "0")
        wait_ready(f"http://127.0.0.1:{port}/health")
        return proc, f"http://127.0.0.1:{port}"
    cmd = litellm_command()
    assert cmd is not None
    ll_config = work / "litellm.yaml"
    ll_config.write_text(LITELLM_CONFIG.format(port=up_port, key=LITELLM_KEY))
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True", "LITELLM_LOG": "ERROR"}
    args = [*cmd, "--config", str(ll_config), "--host", "127.0.0.1", "--port", str(port)]
    args += ["--num_workers", "1"]
    if shutil.which("taskset"):
        args = ["taskset", "-c", "0", *args]
    proc = subprocess.Popen(
        args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=work
    )
    for _ in range(2400):  # its start takes tens of seconds on a loaded machine
        try:
            import httpx

            if httpx.get(f"http://127.0.0.1:{port}/health/liveliness", timeout=1).is_success:
                return proc, f"http://127.0.0.1:{port}"
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            raise RuntimeError("LiteLLM's proxy exited at start")
        time.sleep(0.05)
    proc.terminate()
    raise RuntimeError("LiteLLM's proxy did not come up")


def cpu_s(pid: int) -> float:
    """User + system CPU seconds of ``pid`` and every process under it."""
    ticks = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    stats: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
        stats[int(entry.name)] = (int(fields[11]) + int(fields[12])) / ticks
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        total += stats.get(p, 0.0)
        todo.extend(children.get(p, []))
    return total


def measure(
    proc: subprocess.Popen[Any] | None, url: str, model: str, key: str | None, seconds: float
) -> dict[str, Any]:
    target = f"{url}/v1/chat/completions" if proc is not None else url
    wrk(target, model, key, 2, 8)  # warm-up
    run: dict[str, Any] = {
        "c1": wrk(target, model, key, seconds, 1),
        "r500": wrk(target, model, key, seconds, 10, pause_ms=20),
    }
    before = cpu_s(proc.pid) if proc is not None else 0.0
    run["c32"] = wrk(target, model, key, seconds, 32)
    if proc is not None:
        run["cpu_ms"] = (cpu_s(proc.pid) - before) / max(run["c32"]["requests"], 1) * 1e3
        run["rss"] = _rss_tree_mb(proc.pid)
    run["ttfb"], run["ttfb_stalls"] = ttfb(target, model, key)
    return run


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--servers", default=",".join(SERVERS))
    ap.add_argument("--out", default=str(ROOT / "bench" / "results" / "gateway.md"))
    ap.add_argument("--soak", type=float, default=600.0, help="seconds of the memory soak")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--streams", type=int, default=1000, help="concurrent streams (0: no such run)")
    ap.add_argument(
        "--profile",
        metavar="PREFIX",
        help="cProfile each llmgate server process (thread CPU time) into PREFIX-*.prof; "
        "read with python -m pstats (the run's figures are then inflated by the profiler)",
    )
    args = ap.parse_args()
    args.load_start = os.getloadavg()[0]
    if args.profile:
        os.environ["LLMGATE_BENCH_PROFILE"] = str(Path(args.profile).resolve())
    if not shutil.which("wrk"):
        print("wrk is needed: apt-get install wrk", file=sys.stderr)
        return 2
    servers = args.servers.split(",")
    skipped: list[str] = []
    if "litellm" in servers and litellm_command() is None:
        servers.remove("litellm")
        skipped.append("litellm (not installed: pip install 'litellm[proxy]')")
        print("skipping LiteLLM's proxy: not installed", file=sys.stderr)
    layer = gateway_layer_cost()
    work = Path(tempfile.mkdtemp(prefix="llmgate-bench-gw-"))
    upstream, up_port = spawn(["_upstream"], "1")
    procs: list[subprocess.Popen[Any]] = [upstream]
    rows: list[dict[str, Any]] = []
    streams: dict[str, float] = {}
    soak: list[tuple[float, float]] = []
    try:
        up = f"http://127.0.0.1:{up_port}/v1/chat/completions"
        wait_ready(f"http://127.0.0.1:{up_port}/v1/models")
        config = work / "llmgate.toml"
        config.write_text(CONFIG.format(work=work, port=up_port))
        cli = [sys.executable, "-c", "import sys; from llmgate.cli import main; sys.exit(main())"]
        key = subprocess.run(
            [*cli, "-c", str(config), "keys", "create", "--name", "bench"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        runs: dict[str, list[dict[str, Any]]] = {name: [] for name in ["direct", *servers]}
        for rnd in range(args.rounds):
            runs["direct"].append(measure(None, up, "gpt-4o-mini", None, args.seconds))
            for server in servers[rnd % len(servers) :] + servers[: rnd % len(servers)]:
                proc, url = start_server(server, config, work, up_port)
                procs.append(proc)
                token = LITELLM_KEY if server == "litellm" else key
                run = measure(proc, url, "chat", token, args.seconds)
                if server == servers[0] and rnd == args.rounds - 1 and args.streams > 0:
                    target = f"{url}/v1/chat/completions"
                    # Long enough for the first wave: a thousand new upstream connections
                    # to the mock (a thread each) take seconds on a shared 2-core VM.
                    span = max(args.seconds, 30.0)
                    streams = wrk(target, "chat", token, span, args.streams, stream=True)
                    streams["seconds"] = span
                    streams["rss"] = _rss_tree_mb(proc.pid)
                    if args.soak > 0:
                        soak = soak_rss(proc.pid, target, token, args.soak)
                proc.terminate()
                proc.wait(30)
                procs.remove(proc)
                runs[server].append(run)
                print(rnd, server, run, file=sys.stderr, flush=True)
        rows = [_median(name, runs[name]) for name in ["direct", *servers]]
    finally:
        for p in procs:
            p.terminate()
        shutil.rmtree(work, ignore_errors=True)
    report = render(rows, args, skipped)
    report += render_extra(args, layer, streams, soak, servers[0])
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
    fields = ("c1", "r500", "c32")
    errors = [r[f][k] for r in runs for f in fields for k in ("non2xx", "socket_errors")]
    out["errors"] = sum(errors) + sum(r["ttfb_stalls"] for r in runs)
    return out


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _rss_tree_mb(pid: int) -> float:
    """RSS of ``pid`` and its children (LiteLLM's CLI may run its server in a child)."""
    total = _rss_mb(pid)
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            if ppid == pid:
                total += _rss_tree_mb(int(entry.name))
    return total


NAMES = {
    "direct": "direct to the mock (no gateway)",
    "llmgate": "**llmgate serve** (httptools protocol + uvloop, pass-through)",
    "aiohttp": "the same gateway under aiohttp's server (+ uvloop)",
    "aiohttp-asyncio": "the same under aiohttp's server on asyncio's loop",
    "llmgate-asyncio": "llmgate serve on asyncio's loop (no uvloop)",
    "llmgate-sdk": "llmgate serve, `passthrough = false` (provider converts, direct transport)",
    "litellm": "LiteLLM proxy (1 worker)",
}


def render(rows: list[dict[str, Any]], args: argparse.Namespace, skipped: list[str]) -> str:
    import aiohttp
    import httptools

    versions = f"httptools {httptools.__version__}, aiohttp {aiohttp.__version__}"
    try:
        from importlib.metadata import version

        versions += f", litellm {version('litellm')}"
    except Exception:
        own = os.environ.get("LITELLM_BIN")
        if own:  # ask the Python of LiteLLM's own environment
            python = Path(own).parent / "python"
            probe = "from importlib.metadata import version; print(version('litellm'))"
            out = subprocess.run([str(python), "-c", probe], capture_output=True, text=True)
            versions += f", litellm {out.stdout.strip() or 'unknown'}"
    base = rows[0]
    lines = [
        "# Gateway: added latency and throughput, beside LiteLLM (bench/bench_gateway.py)",
        "",
        f"Machine: {platform.machine()}, nproc {os.cpu_count()}, Python "
        f"{platform.python_version()}, {versions}. Command: `python bench/bench_gateway.py "
        f"--seconds {args.seconds:g} --rounds {args.rounds} --soak {args.soak:g}`. Each "
        "server pinned to one core (taskset -c 0); the mock vendor (llmgate.testing "
        "OpenAIServer, its own process) and wrk (-t1) on the other core. llmgate: every "
        "request authenticated with a virtual key and recorded in a SQLite ledger. LiteLLM: "
        "its proxy with a master key, no database. Median of "
        f"{args.rounds} rounds, servers in rotating order, {args.seconds:g} s per figure. "
        f"Load average {args.load_start:.1f} when the run started. On a shared 2-core VM "
        "latency figures move by tens of percent between runs and p99 follows other tenants' "
        "scheduling: compare rows of one run. CPU per request is the steadier figure.",
        "",
        "c=1: one connection, closed loop. ~500/s: wrk -c10 with a random pause of 0-40 ms "
        "per connection between requests (the rate reached is in its column). req/s per core: "
        "32 connections against the one pinned core. CPU/req: the server process's CPU time "
        "(user + system, children included) during the c=32 run divided by its requests. "
        "TTFB: median time to the first SSE data line of 190 sequential streams. errors: "
        "non-2xx answers and socket errors of the three wrk runs, and streams of the TTFB "
        "step with no first line within 10 s (stalls), summed over the rounds.",
        "",
        "| server | p50 c=1 (ms) | added p50 c=1 | p99 c=1 (ms) | p50 ~500/s (ms) "
        "| added p50 ~500/s | p99 ~500/s (ms) | rate reached (req/s) "
        "| req/s per core (c=32) | CPU/req (ms) | stream TTFB (ms) | added TTFB | RSS (MB) "
        "| errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
        "| ---: | ---: |",
    ]
    for r in rows:
        direct = r is base
        c1, r500, c32 = r["c1"], r["r500"], r["c32"]

        def added(value: float, of: float, direct: bool = direct) -> str:
            return "-" if direct else f"{value - of:+.2f}"

        cpu = "-" if direct else f"{r['cpu_ms']:.2f}"
        rss = "-" if direct else f"{r['rss']:.0f}"
        errors = "-" if direct else str(int(r["errors"]))
        lines.append(
            f"| {NAMES.get(r['server'], r['server'])} | {c1['p50_ms']:.2f} "
            f"| {added(c1['p50_ms'], base['c1']['p50_ms'])} | {c1['p99_ms']:.2f} "
            f"| {r500['p50_ms']:.2f} | {added(r500['p50_ms'], base['r500']['p50_ms'])} "
            f"| {r500['p99_ms']:.2f} | {r500['rps']:.0f} | {c32['rps']:.0f} | {cpu} "
            f"| {r['ttfb']:.2f} | {added(r['ttfb'], base['ttfb'])} | {rss} | {errors} |"
        )
    by = {r["server"]: r for r in rows}
    if "llmgate" in by and "litellm" in by:
        ours, theirs = by["llmgate"], by["litellm"]
        lines += [
            "",
            f"llmgate / LiteLLM, one core: {ours['c32']['rps'] / theirs['c32']['rps']:.1f}x "
            f"the requests/s, {theirs['cpu_ms'] / ours['cpu_ms']:.1f}x less CPU per request.",
        ]
    if "llmgate" in by and "llmgate-sdk" in by:
        fast, sdk = by["llmgate"], by["llmgate-sdk"]
        lines += [
            "",
            f"The pass-through: {sdk['cpu_ms']:.2f} -> {fast['cpu_ms']:.2f} ms of CPU per "
            f"request, {sdk['c32']['rps']:.0f} -> {fast['c32']['rps']:.0f} req/s per core.",
        ]
    for s in skipped:
        lines += ["", f"Skipped: {s}."]
    return "\n".join(lines) + "\n"


def render_extra(
    args: argparse.Namespace,
    layer: dict[str, float],
    streams: dict[str, float],
    soak: list[tuple[float, float]],
    first: str,
) -> str:
    lines = [
        "",
        "## The gateway layer alone (in process, no network)",
        "",
        "CPU per call, median of 3 rounds of 2,000 calls, a scripted provider and a memory "
        "ledger: `Client.achat` alone vs the same call through `Gateway.handle` (parse, key "
        "check skipped, convert, build the reply). The difference is what the gateway adds "
        "on top of the client's flow.",
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
            f"## {args.streams} concurrent streams ({NAMES.get(first, first)})",
            "",
            f"wrk -c{args.streams}, streaming requests for {int(streams['seconds'])} s: "
            f"{int(streams['requests'])} streams completed, {streams['rps']:.0f}/s, "
            f"p50 {streams['p50_ms']:.0f} ms, p99 {streams['p99_ms']:.0f} ms, "
            f"{errors} errors (non-2xx + socket errors); RSS after: {streams['rss']:.0f} MB.",
        ]
    if soak:
        trace = ", ".join(f"{t:.0f} s: {mb:.0f}" for t, mb in soak)
        lines += [
            "",
            f"## Memory under load ({NAMES.get(first, first)}, {args.soak:g} s at wrk -c32)",
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
