"""Subprocess bodies for the shared-state tests (run as a script, not collected).

``_workers.py COUNT MODE CONFIG GATE ARGS...`` imports llmgate once, then forks COUNT
worker processes (one import instead of COUNT on a loaded machine; forking before any
thread exists is safe). Every worker builds its own ``Client`` from the JSON CONFIG,
writes its pid to ``GATE/pid-INDEX``, touches ``GATE/ready-INDEX``, waits for ``GATE/go``,
works, and writes its output lines to ``GATE/out-INDEX`` (the last one a JSON result).

- ``budget``: THREADS threads call until the budget refuses; reports calls and refusals.
- ``hold``: calls in a loop, printing each call number once ``chat`` returned (killed by
  the test mid-call).
- ``twice``: one call at ``go``, another at ``go2``; reports for each whether it was sent
  or refused by the breaker.
- ``offer``: calls at RATE per second for SECONDS; reports admitted and limited calls.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

from llmgate import Client
from llmgate.errors import AllProvidersFailedError, BudgetExceededError, RateLimitedError

MESSAGES = [{"role": "user", "content": "hello there"}]


def gate(directory: str, index: str, signal: str = "go") -> None:
    if signal == "go":
        Path(directory, f"ready-{index}").touch()
    deadline = time.monotonic() + 60
    while not Path(directory, signal).exists():  # a start gate, so the processes overlap
        if time.monotonic() > deadline:
            sys.exit("no go signal")
        time.sleep(0.002)


def budget(client: Client, threads: int, index: str) -> dict[str, Any]:
    calls: list[int] = []
    refusals: list[dict[str, str]] = []

    def run(n: int) -> None:
        while True:
            try:
                client.chat("chat", MESSAGES, max_tokens=16, tags={"worker": f"{index}-{n}"})
            except BudgetExceededError as exc:
                refusals.append(
                    {"used": str(exc.spent), "estimate": str(exc.estimate), "limit": str(exc.limit)}
                )
                return
            calls.append(1)

    workers = [threading.Thread(target=run, args=(n,)) for n in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return {"calls": len(calls), "refusals": refusals}


def hold(client: Client, index: str, out: Any) -> None:
    for n in range(1_000_000):
        client.chat("chat", MESSAGES, max_tokens=16, tags={"n": f"{index}-{n}"})
        out.write(f"{index}-{n}\n")  # after chat returned: its ledger row is committed
        out.flush()


def once(client: Client) -> dict[str, Any]:
    try:
        client.chat("chat", MESSAGES, max_tokens=16)
    except AllProvidersFailedError as exc:
        return {"sent": False, "errors": [a.error for a in exc.attempts]}
    return {"sent": True, "errors": []}


def offer(client: Client, rate: float, seconds: float) -> dict[str, Any]:
    admitted = limited = 0
    start = time.monotonic()
    n = 0
    while time.monotonic() - start < seconds:
        try:
            client.chat("chat", MESSAGES, max_tokens=16, tags={"team": "support"})
            admitted += 1
        except RateLimitedError:
            limited += 1
        n += 1
        pause = start + n / rate - time.monotonic()
        if pause > 0:
            time.sleep(pause)
    return {"admitted": admitted, "limited": limited}


def work(mode: str, config: str, directory: str, index: str, rest: list[str]) -> None:
    Path(directory, f"pid-{index}").write_text(str(os.getpid()))
    with open(Path(directory, f"out-{index}"), "w") as out, Client(json.loads(config)) as client:
        if mode == "offer":  # warm up (the SDK client, the connection): untagged, unlimited
            client.chat("chat", MESSAGES, max_tokens=16)
        gate(directory, index)
        if mode == "budget":
            result = budget(client, int(rest[0]), index)
        elif mode == "hold":
            hold(client, index, out)
            return
        elif mode == "twice":
            first = once(client)
            out.write(json.dumps(first) + "\n")
            out.flush()
            gate(directory, index, "go2")
            result = {"first": first, "second": once(client)}
        else:
            result = offer(client, float(rest[0]), float(rest[1]))
        out.write(json.dumps(result) + "\n")


def main() -> None:
    count, mode, config, directory, *rest = sys.argv[1:]
    import llmgate_openai  # noqa: F401 - imported once, before the fork
    import psycopg  # noqa: F401
    import redis  # noqa: F401

    children = []
    for index in range(int(count)):
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                work(mode, config, directory, str(index), rest)
            except BaseException as exc:
                Path(directory, f"error-{index}").write_text(repr(exc))
                code = 1
            os._exit(code)
        children.append(pid)
    failed = 0
    for pid in children:
        _, status = os.waitpid(pid, 0)
        failed += status != 0
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
