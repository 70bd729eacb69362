"""A real HTTP server on 127.0.0.1 for tests: the base the vendor fakes build on.

Not a mock object: the client under test opens real sockets, gets real status codes,
headers, JSON bodies and chunked SSE streams, and the server records the raw bytes it
received (so a test can prove what did, or did not, leave the process). Faults are queued
(``fail_next``) or drawn at random (``fault_rate``) and include hangs, dropped connections
and streams cut mid-way.
"""

from __future__ import annotations

import json
import random
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

__all__ = ["LoopbackServer", "RecordedRequest", "Reply"]


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request as it arrived on the socket."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass(slots=True)
class Reply:
    """What the server answers. Exactly one of ``json``/``sse``/``body`` is normally set.

    ``sse`` holds raw SSE blocks (``"data: {...}\\n\\n"``), sent as chunked transfer
    encoding; ``cut_after`` closes the socket after that many blocks without finishing the
    response. ``hang`` never answers (until the server stops); ``drop`` closes the socket
    without a response. ``delay_s`` waits before the status line, ``chunk_delay_s`` between
    SSE blocks.
    """

    status: int = 200
    json: Any = None
    body: bytes | None = None
    sse: Sequence[str] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    cut_after: int | None = None
    delay_s: float = 0.0
    chunk_delay_s: float = 0.0
    hang: bool = False
    drop: bool = False


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def setup(self) -> None:
        super().setup()
        # The stdlib handler sends headers and body in separate writes; with Nagle's
        # algorithm and the client's delayed ACK that costs ~40 ms a response.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        req = RecordedRequest(
            self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body
        )
        owner = self.server.owner
        reply = owner._next_reply(req)
        owner._write(self, reply)

    do_GET = do_POST = do_PUT = do_DELETE = _serve


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256  # bursts of new connections (concurrency tests, benchmarks)
    owner: LoopbackServer


class LoopbackServer:
    """Base of the vendor fakes: subclasses implement :meth:`handle` for their wire format.

    Use as a context manager, or ``start()``/``stop()``::

        with OpenAIServer() as srv:
            srv.fail_next(Reply(status=429, json={...}, headers={"retry-after": "1"}))
            ...
            assert srv.count == 2
    """

    def __init__(self) -> None:
        self.requests: list[RecordedRequest] = []
        self._faults: deque[Reply] = deque()
        self._rate: tuple[float, list[Reply], random.Random] | None = None
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------
    def start(self) -> LoopbackServer:
        httpd = _Server(("127.0.0.1", 0), _Handler)
        httpd.owner = self
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def count(self) -> int:
        """How many requests arrived (faulted ones included)."""
        with self._lock:
            return len(self.requests)

    def received_bytes(self) -> bytes:
        """Every request body received so far, concatenated: for leak checks."""
        with self._lock:
            return b"\n".join(r.body for r in self.requests)

    # -- faults ------------------------------------------------------------------------
    def fail_next(self, reply: Reply, times: int = 1) -> None:
        """Answer the next ``times`` requests with ``reply`` instead of the normal answer."""
        with self._lock:
            self._faults.extend([reply] * times)

    def fault_rate(self, rate: float, replies: Sequence[Reply], *, seed: int = 0) -> None:
        """Answer a random ``rate`` share of requests with one of ``replies`` (0 turns it off)."""
        with self._lock:
            self._rate = (rate, list(replies), random.Random(seed)) if rate > 0 else None

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self._faults.clear()
            self._rate = None

    # -- serving -----------------------------------------------------------------------
    def handle(self, request: RecordedRequest) -> Reply:
        """The normal answer to ``request``; subclasses speak a vendor's wire format."""
        raise NotImplementedError

    def _next_reply(self, req: RecordedRequest) -> Reply:
        with self._lock:
            self.requests.append(req)
            if self._faults:
                return self._faults.popleft()
            if self._rate is not None:
                rate, replies, rng = self._rate
                if rng.random() < rate:
                    return rng.choice(replies)
        return self.handle(req)

    def _wait(self, seconds: float) -> bool:
        """Sleep, but wake when the server stops; True if it is stopping."""
        return self._stopping.wait(seconds) if seconds > 0 else self._stopping.is_set()

    def _write(self, h: _Handler, reply: Reply) -> None:
        if reply.hang:
            self._stopping.wait()
            return
        if self._wait(reply.delay_s):
            return
        if reply.drop:
            _hard_close(h)
            return
        h.send_response(reply.status)
        for name, value in reply.headers.items():
            h.send_header(name, value)
        if reply.sse is None:
            payload = reply.body if reply.body is not None else json.dumps(reply.json).encode()
            if reply.body is None:
                h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", str(len(payload)))
            h.end_headers()
            h.wfile.write(payload)
            return
        h.send_header("Content-Type", "text/event-stream")
        h.send_header("Cache-Control", "no-cache")
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        for i, block in enumerate(reply.sse):
            if reply.cut_after is not None and i >= reply.cut_after:
                h.wfile.flush()
                _hard_close(h)
                return
            if i and self._wait(reply.chunk_delay_s):
                return
            data = block.encode()
            h.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            h.wfile.flush()
        h.wfile.write(b"0\r\n\r\n")


def _hard_close(h: _Handler) -> None:
    """Close the socket at once (RST), as a crashed vendor or proxy would."""
    h.close_connection = True
    try:
        h.wfile.flush()
        h.connection.setsockopt(
            socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
        )
        h.connection.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def wait_until(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Poll ``predicate`` until true or ``timeout`` seconds pass (tests never sleep blindly)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.005)
    return predicate()
