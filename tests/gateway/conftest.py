"""A real gateway on a free port, over loopback vendors, for the SDK and HTTP tests.

The gateway runs in its own thread with its own event loop, exactly as ``llmgate serve``
runs it (the same ``open_gateway``), so the official SDKs talk to it over real sockets.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from llmgate.cli import main
from llmgate.gateway._app import Gateway
from llmgate.gateway._run import open_gateway
from llmgate.gateway._server import serve
from llmgate.testing import OpenAIServer
from llmgate.testing._anthropic_server import AnthropicServer

VENDOR_KEY = "sk-proj-gatewaytestvendorkey0123456789"


@dataclass
class Running:
    url: str
    port: int
    config: Path
    thread: threading.Thread
    loop: asyncio.AbstractEventLoop
    stop: asyncio.Event

    def shutdown(self, timeout: float = 30.0) -> None:
        self.loop.call_soon_threadsafe(self.stop.set)
        self.thread.join(timeout)


def start_gateway(config: Path) -> Running:
    """``llmgate serve`` on a free port, from a config file."""

    def make(on_ready: Callable[[int], None], stop: asyncio.Event) -> Awaitable[None]:
        return open_gateway(config, host="127.0.0.1", port=0, on_ready=on_ready, stop=stop)

    return _start(make, config)


def start_objects(gateway: Gateway) -> Running:
    """The aiohttp server on a free port around a ``Gateway`` built by the test."""

    def make(on_ready: Callable[[int], None], stop: asyncio.Event) -> Awaitable[None]:
        return serve(gateway, "127.0.0.1", 0, on_ready=on_ready, stop=stop)

    return _start(make, Path("."))


def _start(
    make: Callable[[Callable[[int], None], asyncio.Event], Awaitable[None]], config: Path
) -> Running:
    ready = threading.Event()
    box: dict[str, object] = {}

    def run() -> None:
        async def go() -> None:
            box["loop"] = asyncio.get_running_loop()
            box["stop"] = stop = asyncio.Event()

            def on_ready(port: int) -> None:
                box["port"] = port
                ready.set()

            await make(on_ready, stop)

        try:
            asyncio.run(go())
        except BaseException as exc:  # surfaced to the test below
            box["error"] = exc
            ready.set()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert ready.wait(30), "the gateway did not start"
    if "error" in box:
        raise AssertionError(f"the gateway failed to start: {box['error']!r}")
    port = int(box["port"])  # type: ignore[call-overload]
    return Running(
        f"http://127.0.0.1:{port}",
        port,
        config,
        thread,
        box["loop"],  # type: ignore[arg-type]
        box["stop"],  # type: ignore[arg-type]
    )


def write_config(
    path: Path, openai_url: str, anthropic_url: str, extra: str = "", gateway: str = ""
) -> Path:
    path.write_text(
        f"""
default_route = "chat"

[gateway]
keys = "sqlite:///{path.parent}/keys.db"
max_body_bytes = 65536
shutdown_grace_s = 5
key_cache_s = 0
{gateway}

[providers.oa]
type = "openai"
base_url = "{openai_url}"
api_key = "{VENDOR_KEY}"

[providers.claude]
type = "anthropic"
base_url = "{anthropic_url}"
api_key = "sk-ant-gatewaytestvendorkey0123456789"

[routes.chat]
targets = ["oa:gpt-4o-mini"]
retries = 0

[routes.summarize]
targets = ["claude:claude-haiku-4-5"]
retries = 0

[routes.both]
targets = ["oa:gpt-4o-mini", "claude:claude-haiku-4-5"]
retries = 0

[pricing."oa:gpt-4o-mini"]
input = 0.15
output = 0.60

[pricing."oa:gpt-4o"]
input = 2.5
output = 10.0

[pricing."claude:claude-haiku-4-5"]
input = 1.0
output = 5.0

[costs]
ledger = "sqlite:///{path.parent}/ledger.db"
{extra}
"""
    )
    return path


def create_key(config: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    assert main(["-c", str(config), "keys", "create", *args]) == 0
    return capsys.readouterr().out.strip()


STREAM_BODY = b'{"model":"chat","stream":true,"messages":[{"role":"user","content":"go"}]}'


def stream_request(key: str) -> bytes:
    """A raw streaming chat request for route ``chat``, for tests that hang up mid-stream."""
    return (
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + f"Authorization: Bearer {key}\r\nContent-Length: {len(STREAM_BODY)}\r\n\r\n".encode()
        + STREAM_BODY
    )


def read_answer(sock: socket.socket, buf: bytearray) -> tuple[int, dict[str, str], bytes]:
    """One response off the socket (Content-Length or chunked); leftovers stay in ``buf``."""
    while b"\r\n\r\n" not in buf:
        data = sock.recv(65536)
        assert data, "the server closed the connection"
        buf += data
    end = buf.index(b"\r\n\r\n")
    lines = buf[:end].decode().split("\r\n")
    del buf[: end + 4]
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    status = int(lines[0].split()[1])
    if "content-length" in headers:
        length = int(headers["content-length"])
        while len(buf) < length:
            buf += sock.recv(65536)
        body = bytes(buf[:length])
        del buf[:length]
        return status, headers, body
    assert headers.get("transfer-encoding") == "chunked"
    body = b""
    while True:
        while b"\r\n" not in buf:
            buf += sock.recv(65536)
        size_end = buf.index(b"\r\n")
        size = int(buf[:size_end], 16)
        while len(buf) < size_end + 2 + size + 2:
            buf += sock.recv(65536)
        body += bytes(buf[size_end + 2 : size_end + 2 + size])
        del buf[: size_end + 2 + size + 2]
        if size == 0:
            return status, headers, body


@pytest.fixture
def vendors() -> Iterator[tuple[OpenAIServer, AnthropicServer]]:
    with OpenAIServer() as oa, AnthropicServer() as claude:
        yield oa, claude


@pytest.fixture
def config(tmp_path: Path, vendors: tuple[OpenAIServer, AnthropicServer]) -> Path:
    oa, claude = vendors
    return write_config(tmp_path / "llmgate.toml", oa.base_url, claude.url)


@pytest.fixture
def gateway(config: Path) -> Iterator[Running]:
    running = start_gateway(config)
    yield running
    running.shutdown()


@pytest.fixture
def key(config: Path, capsys: pytest.CaptureFixture[str]) -> str:
    return create_key(config, capsys, "--name", "support")


@pytest.fixture
def closing() -> Iterator[list[Any]]:
    """SDK clients a test makes, closed at its end (their sockets must not leak)."""
    made: list[Any] = []
    yield made
    for client in made:
        client.close()
