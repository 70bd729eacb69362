"""Side by side with LiteLLM's Router on Redis: budget overshoot and rate-limit overshoot.

Run: ``python bench/bench_litellm.py`` (writes bench/results/litellm.md). Skips (exit
0, a line on stderr) when ``litellm`` is not installed; it is not a dependency of llmgate
(``pip install litellm`` to run it). Needs ``redis-server`` on the PATH (a throw-away
instance on a free port).

The same loopback OpenAI-compatible vendor (in this process, counting what it receives),
the same 4 worker processes, the same prices, once with llmgate (``[state] backend =
"redis"``) and once with ``litellm.Router`` given the same Redis:

1. Budget: a $2.00 budget on the provider (llmgate ``[costs.budgets] total_usd``; LiteLLM
   ``provider_budget_config``), 4 processes x 8 concurrent tasks calling until refused
   (or 20 s).
   Reported: what the vendor was sent, priced, against the limit.
2. Rate limit: 60 requests per minute on the target (llmgate ``rpm``; LiteLLM deployment
   ``rpm`` with ``usage-based-routing-v2``), 4 processes offering 3x that for 65 s.
   Reported: the most requests the vendor saw in any 60 s window.

LiteLLM is imported with ``LITELLM_LOCAL_MODEL_COST_MAP=True`` so that it does not fetch
its price list from the network at import.
"""

from __future__ import annotations

import asyncio
import importlib.util
import multiprocessing
import os
import platform
import shutil
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
RESULTS = HERE / "results" / "litellm.md"
PROCESSES = 4
THREADS = 8
BUDGET = Decimal("2.00")
RPM = 60
OFFER_S = float(os.environ.get("BENCH_OFFER_S", "65"))
PRICE_IN, PRICE_OUT = Decimal("0.001"), Decimal("0.002")  # USD per token
MESSAGES = [{"role": "user", "content": "hello there"}]
KEY = "sk-bench-0123456789abcdef"


def _vendor() -> Any:
    from llmgate.testing import RecordedRequest, Reply
    from llmgate.testing._openai_server import OpenAIServer

    class Counting(OpenAIServer):
        def __init__(self) -> None:
            super().__init__()
            self.arrivals: list[float] = []
            self.tokens: list[tuple[int, int]] = []

        def handle(self, request: RecordedRequest) -> Reply:
            reply = super().handle(request)
            if request.path.endswith("/chat/completions"):
                self.arrivals.append(time.monotonic())
                usage = (reply.json or {}).get("usage", {})
                self.tokens.append((usage["prompt_tokens"], usage["completion_tokens"]))
            return reply

    return Counting().start()


def _llmgate(base_url: str, redis_url: str, prefix: str, kind: str) -> Any:
    from llmgate import Client

    provider: dict[str, Any] = {"type": "openai", "api_key": KEY, "base_url": base_url}
    route: dict[str, Any] = {"targets": ["vendor:gpt-test"], "retries": 0}
    config: dict[str, Any] = {
        "default_route": "chat",
        "providers": {"vendor": provider},
        "routes": {"chat": route},
        "state": {"backend": "redis", "url": redis_url, "prefix": prefix},
        "pricing": {"vendor:gpt-test": {"input": PRICE_IN * 10**6, "output": PRICE_OUT * 10**6}},
    }
    if kind == "budget":
        config["costs"] = {"budgets": {"total_usd": str(BUDGET)}}
    else:
        provider["rpm"] = RPM
        route["on_rate_limit"] = "failover"
    client = Client(config)
    return lambda: client.achat("chat", MESSAGES, max_tokens=16)


def _litellm(base_url: str, redis_url: str, prefix: str, kind: str) -> Any:
    os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
    from litellm import Router

    port = int(redis_url.rsplit(":", 1)[1].split("/")[0])
    params: dict[str, Any] = {
        "model": "openai/gpt-test",
        "api_base": base_url,
        "api_key": KEY,
        "input_cost_per_token": float(PRICE_IN),
        "output_cost_per_token": float(PRICE_OUT),
    }
    options: dict[str, Any] = {}
    if kind == "budget":
        options["provider_budget_config"] = {
            "openai": {"budget_limit": float(BUDGET), "time_period": "1d"}
        }
    else:
        params["rpm"] = RPM
        options["routing_strategy"] = "usage-based-routing-v2"
        options["enable_pre_call_checks"] = True
    router = Router(
        model_list=[{"model_name": "m", "litellm_params": params}],
        redis_host="127.0.0.1",
        redis_port=port,
        num_retries=0,
        **options,
    )
    return lambda: router.acompletion(model="m", messages=MESSAGES, max_tokens=16)


def _worker(
    system: str, kind: str, base_url: str, redis_url: str, prefix: str, go: Any, out: Any
) -> None:
    done = asyncio.run(_work(system, kind, base_url, redis_url, prefix, go))
    out.put(done)
    out.close()
    out.join_thread()  # delivered before the hard exit below
    os._exit(0)  # the clients' background threads and tasks must not hold the process


async def _work(
    system: str, kind: str, base_url: str, redis_url: str, prefix: str, go: Any
) -> dict[str, Any]:
    """Both are driven the same way: async calls on one event loop per process (LiteLLM's
    budget limiter needs a running loop; it is what its proxy runs)."""
    call = (_llmgate if system == "llmgate" else _litellm)(base_url, redis_url, prefix, kind)
    await call()  # warm up: imports, connections (priced: counted in the vendor's total too)
    await asyncio.to_thread(go.wait)
    done: dict[str, Any] = {"ok": 0, "refused": 0, "errors": []}
    start = time.monotonic()

    async def spend() -> None:  # until refused
        while time.monotonic() - start < 20:
            try:
                await call()
            except Exception as exc:
                done["refused"] += 1
                done["errors"].append(type(exc).__name__)
                return
            done["ok"] += 1

    async def offer() -> None:  # 3x the limit, spread over the processes
        rate = 3 * RPM / 60 / PROCESSES
        n = 0
        while time.monotonic() - start < OFFER_S:
            try:
                await call()
                done["ok"] += 1
            except Exception as exc:
                done["refused"] += 1
                if len(done["errors"]) < 3:
                    done["errors"].append(type(exc).__name__)
            n += 1
            pause = start + n / rate - time.monotonic()
            if pause > 0:
                await asyncio.sleep(pause)

    if kind == "budget":
        await asyncio.gather(*(spend() for _ in range(THREADS)))
    else:
        await offer()
    return done


def run(system: str, kind: str, vendor: Any, redis_url: str) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    go, out = ctx.Event(), ctx.Queue()
    prefix = f"bench-{uuid.uuid4().hex[:8]}"
    procs = [
        ctx.Process(
            target=_worker, args=(system, kind, vendor.base_url, redis_url, prefix, go, out)
        )
        for _ in range(PROCESSES)
    ]
    for p in procs:
        p.start()
    while len(vendor.arrivals) < PROCESSES:  # every worker warmed up
        time.sleep(0.05)
    time.sleep(0.5)
    first = len(vendor.arrivals)
    go.set()
    results = [out.get(timeout=OFFER_S + 120) for _ in procs]
    for p in procs:
        p.join(timeout=10)
    arrivals = vendor.arrivals[first:]
    tokens = list(vendor.tokens)
    spent = sum(PRICE_IN * i + PRICE_OUT * o for i, o in tokens)  # warm-ups included
    best = _most(arrivals, 60.0)
    # Admission is timed by Redis; the vendor sees a request a little later, so at a
    # window's edge transit jitter can add one: the same count over 59.9 s shows it.
    edge = _most(arrivals, 59.9)
    vendor.arrivals.clear()
    vendor.tokens.clear()
    return {"spent": spent, "sent": len(tokens), "window": best, "edge": edge, "results": results}


def _most(arrivals: list[float], span: float) -> int:
    """The most arrivals in any window of ``span`` seconds."""
    best = 0
    for i, t in enumerate(arrivals):
        j = i
        while j < len(arrivals) and arrivals[j] < t + span:
            j += 1
        best = max(best, j - i)
    return best


def main() -> int:
    if importlib.util.find_spec("litellm") is None:
        print("litellm is not installed (pip install litellm): skipped", file=sys.stderr)
        return 0
    if shutil.which("redis-server") is None:
        print("redis-server is not installed: skipped", file=sys.stderr)
        return 0
    from bench_state import start_redis

    directory = tempfile.mkdtemp(prefix="llmgate-bench-")
    proc, url = start_redis(directory)
    vendor = _vendor()
    found: dict[tuple[str, str], dict[str, Any]] = {}
    try:
        for kind in ("budget", "rate"):
            for system in ("llmgate", "litellm"):
                found[(system, kind)] = run(system, kind, vendor, url)
                r = found[(system, kind)]
                print(system, kind, r["sent"], r["spent"], r["window"], flush=True)
    finally:
        vendor.stop()
        proc.kill()
        proc.wait()
    from importlib.metadata import version

    import litellm  # noqa: F401  (its version, for the record)

    lines = [
        "# Side by side with LiteLLM: budget and rate-limit overshoot",
        "",
        "`python bench/bench_litellm.py`; a throw-away `redis-server`, the loopback "
        f"OpenAI-compatible vendor, {PROCESSES} processes, llmgate vs `litellm.Router` "
        f"{version('litellm')} on the same Redis.",
        "",
        f"- Machine: {platform.machine()}, {os.cpu_count()} logical CPUs, shared and loaded",
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"## Budget: ${BUDGET} total, {PROCESSES} processes x {THREADS} tasks until refused",
        "",
        "| system | requests at the vendor | their price | over the budget |",
        "| --- | ---: | ---: | ---: |",
    ]
    for system in ("llmgate", "litellm"):
        r = found[(system, "budget")]
        over = r["spent"] - BUDGET
        lines.append(
            f"| {system} | {r['sent']} | ${r['spent']:.4f} | "
            f"{'none' if over <= 0 else f'${over:.4f} ({over / BUDGET:.0%})'} |"
        )
    lines += [
        "",
        "(The price of every request the vendor answered, warm-up calls included, at the "
        "prices both were given.)",
        "",
        f"## Rate limit: {RPM} rpm, {PROCESSES} processes offering {3 * RPM} per minute "
        f"for {OFFER_S:.0f} s",
        "",
        "| system | most requests in any 60 s at the vendor | in any 59.9 s | admitted | refused |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for system in ("llmgate", "litellm"):
        r = found[(system, "rate")]
        ok = sum(x["ok"] for x in r["results"])
        refused = sum(x["refused"] for x in r["results"])
        lines.append(f"| {system} | {r['window']} (limit {RPM}) | {r['edge']} | {ok} | {refused} |")
    lines.append("")
    RESULTS.write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
