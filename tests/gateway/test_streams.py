"""Streams and the server's life: a client that hangs up, graceful shutdown."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from llmgate import Client, Usage
from llmgate.gateway._app import Gateway, close_stream
from llmgate.gateway._keys import SqliteKeyStore, make_key
from llmgate.gateway._settings import GatewaySettings
from llmgate.provider import Capabilities, ChatRequest, Completion, StreamEvent
from llmgate.testing import ScriptedProvider, wait_until

from .conftest import STREAM_BODY, read_answer, start_objects, stream_request

pytestmark = pytest.mark.timeout(60)


class Slow(ScriptedProvider):
    """Streams ``chunks`` words, one every ``pause_s``; records when its stream is closed."""

    capabilities = Capabilities(params=frozenset({"max_tokens"}))

    def __init__(self, chunks: int, pause_s: float) -> None:
        super().__init__("slow")
        self.chunks = chunks
        self.pause_s = pause_s
        self.sent = 0
        self.closed = False
        self.finished = False

    async def complete(self, request: ChatRequest) -> Completion:
        return Completion("done", request.model, Usage(3, 1))

    async def stream(self, request: ChatRequest) -> AsyncIterator[StreamEvent]:
        try:
            for i in range(self.chunks):
                yield StreamEvent(text=f"w{i} ", model=request.model)
                self.sent += 1
                await asyncio.sleep(self.pause_s)
            yield StreamEvent(usage=Usage(5, self.chunks), finish_reason="stop")
            self.finished = True
        finally:
            self.closed = True


def make_gateway(tmp_path: Path, provider: Slow, **settings: object) -> tuple[Gateway, str]:
    client = Client(
        {
            "providers": {},
            "routes": {"chat": {"targets": ["slow:m"], "retries": 0}},
            "pricing": {"slow:m": {"input": 1.0, "output": 2.0}},
        },
        providers={"slow": provider},
        ledger="memory",
    )
    store = SqliteKeyStore(tmp_path / "keys.db")
    secret, record = make_key("streamer")
    asyncio.run(store.create(record))
    gs = GatewaySettings(keys=f"sqlite:///{tmp_path}/keys.db", **settings)  # type: ignore[arg-type]
    return Gateway(client, gs, store), secret


HEALTH = b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n"


def handled_gateway(tmp_path: Path, provider: Slow) -> tuple[Gateway, dict[str, str], list[str]]:
    """A gateway called in process (``Gateway.handle``), the headers of its key, and the
    key names whose spend it marked stale (re-read from the ledger)."""
    gateway, key = make_gateway(tmp_path, provider)
    headers = {"authorization": f"Bearer {key}", "content-type": "application/json"}
    stale: list[str] = []
    gateway.spend.stale = stale.append  # type: ignore[method-assign]
    return gateway, headers, stale


def connect(url: str) -> socket.socket:
    host, port = url.removeprefix("http://").split(":")
    return socket.create_connection((host, int(port)), timeout=10)


def open_stream(url: str, key: str) -> socket.socket:
    """A raw streaming request, so the test can hang up mid-stream (a socket close)."""
    sock = connect(url)
    sock.sendall(stream_request(key))
    return sock


@pytest.mark.parametrize("after_a_request", [False, True])
def test_client_hangup_cancels_upstream_and_is_recorded(
    tmp_path: Path, after_a_request: bool
) -> None:
    provider = Slow(chunks=10_000, pause_s=0.01)
    gateway, key = make_gateway(tmp_path, provider)
    running = start_objects(gateway)
    try:
        sock = connect(running.url)
        if after_a_request:  # the stream is the connection's second request
            sock.sendall(HEALTH)
            assert read_answer(sock, bytearray())[0] == 200
        sock.sendall(stream_request(key))
        assert sock.recv(4096).startswith(b"HTTP/1.1 200")
        assert wait_until(lambda: provider.sent >= 5)
        sock.close()
        assert wait_until(lambda: provider.closed, timeout=10), "upstream stream left open"
        sent = provider.sent
        time.sleep(0.1)
        assert provider.sent == sent  # nothing more was pulled from the vendor
        assert not provider.finished
        assert wait_until(lambda: len(gateway.client.ledger.rows()) == 1)
        row = gateway.client.ledger.rows()[0]
        assert row.outcome == "cancelled"
        assert row.tags == {"key": "streamer"}
        assert row.output_tokens > 0  # what was used is estimated and kept
        assert gateway.metrics.open_streams == 0
    finally:
        running.shutdown()


@pytest.mark.parametrize("blocks_read", [1, 2])
def test_a_stream_closed_after_its_first_block_is_settled_at_once(
    tmp_path: Path, blocks_read: int
) -> None:
    # What the server does when the client hangs up after the first write: closing the
    # reply's stream closes the upstream at once, records the attempt as cancelled with
    # its use, and re-reads the key's spend.
    provider = Slow(chunks=10_000, pause_s=0.01)
    gateway, headers, stale = handled_gateway(tmp_path, provider)

    async def scenario() -> list[bytes]:
        reply = await gateway.handle("POST", "/v1/chat/completions", headers, STREAM_BODY)
        assert reply.status == 200 and reply.stream is not None
        got = [await anext(reply.stream) for _ in range(blocks_read)]
        assert gateway.metrics.open_streams == 1
        await reply.stream.aclose()  # type: ignore[attr-defined]
        assert provider.closed and not provider.finished  # at once, not later
        assert gateway.metrics.open_streams == 0
        await reply.stream.aclose()  # type: ignore[attr-defined]  # again: no change
        assert gateway.metrics.open_streams == 0
        return got

    got = asyncio.run(scenario())
    assert b'"role":"assistant"' in got[0] and b"w0 " in got[0]  # role + first content
    assert stale == ["streamer"]
    assert wait_until(lambda: len(gateway.client.ledger.rows()) == 1)
    row = gateway.client.ledger.rows()[0]
    assert (row.outcome, row.tags) == ("cancelled", {"key": "streamer"})
    assert row.output_tokens > 0  # what was used is estimated and kept


def test_a_stream_closed_before_its_first_block_is_settled_at_once(tmp_path: Path) -> None:
    # A client that hangs up after the status decision but before the first block: the
    # server closes a stream nothing was read from, which must still close the upstream,
    # record the attempt and re-read the key's spend (an unstarted generator's aclose
    # alone runs none of that).
    provider = Slow(chunks=10_000, pause_s=0.01)
    gateway, headers, stale = handled_gateway(tmp_path, provider)

    async def scenario() -> None:
        reply = await gateway.handle("POST", "/v1/chat/completions", headers, STREAM_BODY)
        assert reply.stream is not None and not provider.closed
        await close_stream(reply.stream, started=False)
        assert provider.closed and not provider.finished
        assert gateway.metrics.open_streams == 0

    asyncio.run(scenario())
    assert stale == ["streamer"]
    assert wait_until(lambda: len(gateway.client.ledger.rows()) == 1)
    row = gateway.client.ledger.rows()[0]
    assert (row.outcome, row.tags) == ("cancelled", {"key": "streamer"})


def test_a_stream_read_to_its_end_is_settled_without_a_close(tmp_path: Path) -> None:
    provider = Slow(chunks=3, pause_s=0)
    gateway, headers, stale = handled_gateway(tmp_path, provider)

    async def scenario() -> bytes:
        reply = await gateway.handle("POST", "/v1/chat/completions", headers, STREAM_BODY)
        assert reply.stream is not None
        return b"".join([block async for block in reply.stream])

    text = asyncio.run(scenario())
    assert all(b"w%d " % i in text for i in range(3)) and text.endswith(b"data: [DONE]\n\n")
    assert provider.finished and gateway.metrics.open_streams == 0
    assert stale == []  # finished: its cost was added, nothing to re-read
    assert wait_until(lambda: len(gateway.client.ledger.rows()) == 1)
    assert gateway.client.ledger.rows()[0].outcome == "ok"


def test_graceful_shutdown_finishes_open_streams(tmp_path: Path) -> None:
    provider = Slow(chunks=40, pause_s=0.05)
    gateway, key = make_gateway(tmp_path, provider, shutdown_grace_s=20)
    running = start_objects(gateway)
    idle = connect(running.url)  # a kept-alive connection between requests
    idle.sendall(HEALTH)
    assert read_answer(idle, bytearray())[0] == 200
    lines: list[str] = []
    with httpx.stream(
        "POST",
        f"{running.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}"},
        json={"model": "chat", "stream": True, "messages": [{"role": "user", "content": "go"}]},
        timeout=30,
    ) as r:
        it = r.iter_lines()
        lines.append(next(it))
        running.loop.call_soon_threadsafe(running.stop.set)  # SIGTERM's effect
        assert wait_until(lambda: gateway.draining)
        assert idle.recv(4096) == b""  # the idle connection is closed at once...
        assert not provider.finished  # ...while the stream goes on
        idle.close()
        with pytest.raises(httpx.ConnectError):  # no new connections while draining
            httpx.get(f"{running.url}/health", timeout=2)
        lines.extend(it)
    running.thread.join(30)
    assert not running.thread.is_alive()
    assert [line for line in lines if line][-1] == "data: [DONE]"
    assert provider.finished
    assert [row.outcome for row in gateway.client.ledger.rows()] == ["ok"]


def test_a_pipelined_request_is_answered_after_the_stream_before_it(tmp_path: Path) -> None:
    provider = Slow(chunks=5, pause_s=0.02)
    gateway, key = make_gateway(tmp_path, provider)
    running = start_objects(gateway)
    try:
        with connect(running.url) as sock:
            sock.sendall(stream_request(key) + HEALTH)
            buf = bytearray()
            status, headers, body = read_answer(sock, buf)
            assert status == 200 and headers["content-type"] == "text/event-stream"
            assert body.endswith(b"data: [DONE]\n\n") and b"w4 " in body
            status, _, body = read_answer(sock, buf)
            assert (status, body) == (200, b'{"status":"ok"}')
    finally:
        running.shutdown()


def test_a_busy_connection_outlives_the_idle_timeout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("llmgate.gateway._http._IDLE_S", 0.2)
    monkeypatch.setattr("llmgate.gateway._http._SWEEP_S", 0.05)
    provider = Slow(chunks=20, pause_s=0.05)  # a stream of about a second
    gateway, key = make_gateway(tmp_path, provider)
    running = start_objects(gateway)
    try:
        with open_stream(running.url, key) as sock:
            status, _, body = read_answer(sock, bytearray())
            assert status == 200 and body.endswith(b"data: [DONE]\n\n")
            assert provider.finished
            assert sock.recv(4096) == b""  # idle once the stream is over: then closed
    finally:
        running.shutdown()


def test_shutdown_deadline_cuts_streams_that_run_too_long(tmp_path: Path) -> None:
    provider = Slow(chunks=100_000, pause_s=0.01)
    gateway, key = make_gateway(tmp_path, provider, shutdown_grace_s=0.5)
    running = start_objects(gateway)
    sock = open_stream(running.url, key)
    try:
        assert wait_until(lambda: provider.sent >= 3)
        t0 = time.monotonic()
        running.shutdown()
        assert not running.thread.is_alive()
        assert time.monotonic() - t0 < 15
        assert provider.closed and not provider.finished
    finally:
        sock.close()


def test_ready_turns_503_while_draining(tmp_path: Path) -> None:
    gateway, _ = make_gateway(tmp_path, Slow(1, 0))

    async def go() -> tuple[int, int]:
        before = (await gateway.handle("GET", "/ready", {}, b"")).status
        gateway.draining = True
        after = (await gateway.handle("GET", "/ready", {}, b"")).status
        await gateway.client.aclose()
        return before, after

    assert asyncio.run(go()) == (200, 503)
