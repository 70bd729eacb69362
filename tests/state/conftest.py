"""Helpers for the shared-state tests: worker processes, a timing vendor, configs."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from llmgate.testing import OpenAIServer, RecordedRequest, Reply, wait_until

WORKER = Path(__file__).with_name("_workers.py")


class TimedServer(OpenAIServer):
    """The OpenAI loopback vendor, noting when each chat request arrived; ``delay_s``
    makes every answer wait (a slow probe)."""

    def __init__(self) -> None:
        super().__init__()
        self.arrivals: list[float] = []
        self.delay_s = 0.0

    def _next_reply(self, req: RecordedRequest) -> Reply:
        if req.path.endswith("/chat/completions"):  # faulted ones too
            self.arrivals.append(time.monotonic())
        return super()._next_reply(req)

    def handle(self, request: RecordedRequest) -> Reply:
        reply = super().handle(request)
        reply.delay_s = self.delay_s
        return reply


@pytest.fixture
def vendor() -> Iterator[TimedServer]:
    srv = TimedServer()
    srv.start()
    yield srv
    srv.stop()


def client_config(
    srv: OpenAIServer, redis_url: str, prefix: str, ledger: str = "memory", **sections: Any
) -> dict[str, Any]:
    """A config with one OpenAI-compatible target priced at $1,000/$2,000 per M tokens."""
    config: dict[str, Any] = {
        "default_route": "chat",
        "providers": {
            "vendor": {
                "type": "openai",
                "api_key": "sk-test-0123456789abcdef",
                "base_url": srv.base_url,
                "timeout_s": 20,
            }
        },
        "routes": {"chat": {"targets": ["vendor:gpt-test"], "retries": 0, "timeout_s": 30}},
        "state": {"backend": "redis", "url": redis_url, "prefix": prefix},
        "costs": {"ledger": ledger},
        "pricing": {"vendor:gpt-test": {"input": 1000, "output": 2000}},
    }
    for name, value in sections.items():
        if isinstance(value, dict) and isinstance(config.get(name), dict):
            config[name] = {**config[name], **value}
        else:
            config[name] = value
    return config


class Workers:
    """Worker processes (forked by one launcher) started behind one gate; killed at the end."""

    def __init__(self, gate: Path) -> None:
        self.gate = gate
        self.count = 0
        self.launcher: subprocess.Popen[str] | None = None

    def start(self, mode: str, config: dict[str, Any], count: int, *args: Any) -> None:
        self.count = count
        self.launcher = subprocess.Popen(
            [sys.executable, str(WORKER), str(count), mode, json.dumps(config), str(self.gate)]
            + [str(a) for a in args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def _errors(self) -> list[str]:
        return [p.read_text() for p in self.gate.glob("error-*")]

    def go(self) -> None:
        ready = lambda: len(list(self.gate.glob("ready-*"))) == self.count  # noqa: E731
        if not wait_until(lambda: ready() or bool(self._errors()), timeout=90) or not ready():
            raise AssertionError(f"workers did not get ready: {self._errors()}")
        (self.gate / "go").touch()

    def lines(self, index: int) -> list[str]:
        path = self.gate / f"out-{index}"
        return path.read_text().splitlines() if path.exists() else []

    def pid(self, index: int) -> int:
        return int((self.gate / f"pid-{index}").read_text())

    def results(self, timeout: float = 120) -> list[dict[str, Any]]:
        assert self.launcher is not None
        _, err = self.launcher.communicate(timeout=timeout)
        assert self.launcher.returncode == 0, (err, self._errors())
        return [json.loads(self.lines(i)[-1]) for i in range(self.count)]

    def kill(self) -> None:
        for index in range(self.count):
            with contextlib.suppress(FileNotFoundError, ProcessLookupError, ValueError):
                os.kill(self.pid(index), signal.SIGKILL)
        if self.launcher is not None:
            if self.launcher.poll() is None:
                self.launcher.kill()
            self.launcher.communicate()


@pytest.fixture
def workers(tmp_path: Path) -> Iterator[Workers]:
    gate = tmp_path / "gate"
    gate.mkdir()
    made = Workers(gate)
    yield made
    made.kill()


class RedisServer:
    """A throw-away ``redis-server`` without persistence, to kill and restart."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        import redis

        args = ["--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly"]
        self.proc = subprocess.Popen(
            ["redis-server", *args, "no", "--dir", str(self.directory)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis.from_url(self.url)

        def up() -> bool:
            try:
                return bool(client.ping())
            except redis.ConnectionError:
                return False

        assert wait_until(up, timeout=10), "redis-server did not start"
        client.close()

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    """A throw-away Redis (skipped without ``redis-server`` or the client, failed if CI)."""
    missing = None
    if shutil.which("redis-server") is None:
        missing = "redis-server is not installed"
    try:
        import redis  # noqa: F401
    except ImportError:
        missing = "the redis client is not installed (pip install 'llmgate[redis]')"
    if missing is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{missing} (CI=true)")
        pytest.skip(missing)
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.kill()


class Monitor:
    """Redis MONITOR on a raw socket: the commands clients sent (not those run by scripts).

    ``sent()`` returns the command names seen since the last ``sent()``: it sends a marker
    (``ECHO``) on another connection and reads the feed up to it, so nothing is missed.
    """

    def __init__(self, port: int) -> None:
        import redis

        self.sock = socket.create_connection(("127.0.0.1", port))
        self.sock.sendall(b"MONITOR\r\n")
        self.buffer = b""
        assert self._line() == "+OK"
        self.other = redis.Redis(port=port)
        self.marks = 0

    def _line(self) -> str:
        while b"\r\n" not in self.buffer:
            self.buffer += self.sock.recv(65536)
        line, self.buffer = self.buffer.split(b"\r\n", 1)
        return line.decode(errors="replace")

    def sent(self) -> list[str]:
        self.marks += 1
        mark = f"llmgate-monitor-mark-{self.marks}"
        self.other.echo(mark)
        found = []
        while True:
            line = self._line()
            if mark in line:
                return found
            head, _, rest = line.partition("] ")
            if " lua" in head:
                continue
            found.append(rest.split(" ", 1)[0].strip('"').upper())

    def close(self) -> None:
        self.sock.close()
        self.other.close()
