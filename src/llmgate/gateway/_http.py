"""The gateway's HTTP/1.1 server: an asyncio protocol around ``httptools``' parser.

Chosen by measurement (docs/gateway.md): aiohttp's server spent ~150 us of CPU per
request on its request and response objects, routing and middleware machinery, none of
which a gateway with one handler needs; this protocol parses with llhttp (the C parser
Node.js and uvicorn use, through ``httptools``) and writes each answer in one ``write``.

One :class:`_Connection` per socket, and one task per connection, started by its first
request and kept until the socket closes: it answers the parsed requests from a queue in
order (a pipelined request waits for the one before it) and, when the queue is empty,
waits on a future that the next request resolves. (A task per request cost ~11,700
instructions to create, register and finish; waking a kept task through a future costs
most of that on uvloop, so the saving measured 1,500-6,000 per request.)

A body is refused with 413 as soon as its ``Content-Length`` or the bytes received pass
``max_body_bytes``; the rest of that body is read and dropped so the connection stays
usable. A stream is written with chunked transfer encoding; when the client hangs up
mid-stream the handler is cancelled, which closes the llmgate stream: the upstream
attempt is cancelled and the ledger records what it used. Idle connections (no request
being answered or queued) are closed after ``_IDLE_S``. Shutdown stops accepting, closes
idle connections, lets open requests and streams finish within the grace period, then
cuts what is left.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import time
from email.utils import formatdate
from typing import Any, cast

import httptools

from llmgate.gateway._app import Gateway, Reply, _error, close_stream, too_large
from llmgate.gateway._errors import bad_request

__all__ = ["Server"]

log = logging.getLogger("llmgate.gateway")

_REASONS = {
    200: "OK",
    201: "Created",
    204: "No Content",
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    413: "Payload Too Large",
    429: "Too Many Requests",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}
_MAX_HEADERS = 64 * 1024  # bytes of header names and values in one request
_IDLE_S = 75.0  # a kept-alive connection with no request for this long is closed
_SWEEP_S = 5.0  # how often idle connections are looked for
_PIPELINE = 16  # requests queued on one connection before its socket is no longer read


class _Date:
    """The ``date`` header, formatted once a second rather than once a request."""

    def __init__(self) -> None:
        self.second = 0
        self.value = b""

    def get(self) -> bytes:
        now = int(time.time())
        if now != self.second:
            self.second = now
            self.value = f"date: {formatdate(now, usegmt=True)}\r\n".encode()
        return self.value


class _Request:
    __slots__ = ("body", "headers", "keep_alive", "method", "refused", "size", "url")

    def __init__(self) -> None:
        self.url = b""
        self.method = ""
        self.headers: dict[str, str] = {}
        self.body: list[bytes] = []
        self.size = 0
        self.keep_alive = True
        self.refused: Reply | None = None  # answered before its body was read (413)


class Server:
    """Every open connection of one listening socket, and the shutdown that drains them."""

    def __init__(self, gateway: Gateway) -> None:
        self.gateway = gateway
        self.limit = gateway.settings.max_body_bytes
        self.connections: set[_Connection] = set()
        self.date = _Date()
        self.closing = False
        self.drained = asyncio.Event()  # set when closing and the last connection went
        self._idle_sweep: asyncio.TimerHandle | None = None

    def protocol(self) -> _Connection:
        return _Connection(self)

    def start_sweeps(self) -> None:
        """Close connections idle past ``_IDLE_S`` (a sweep every few seconds, not a timer
        per request: arming and cancelling a timer for each request costs more)."""
        loop = asyncio.get_running_loop()
        now = loop.time()
        for conn in list(self.connections):
            if conn.idle() and now - conn.last > _IDLE_S:
                conn.close()
        self._idle_sweep = loop.call_later(_SWEEP_S, self.start_sweeps)

    async def drain(self, grace_s: float) -> None:
        """Close idle connections now; let busy ones finish within ``grace_s``, then cut."""
        self.closing = True
        if self._idle_sweep is not None:
            self._idle_sweep.cancel()
        tasks = [c.task for c in self.connections if c.task is not None]
        for conn in list(self.connections):
            if conn.idle():
                conn.close()  # its task, if any, wakes to the loss and ends
        if self.connections:
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(grace_s):
                    await self.drained.wait()
        for conn in list(self.connections):  # past the grace period: cut what is left
            if conn.task is not None:
                tasks.append(conn.task)
                conn.task.cancel()
            conn.close()
        tasks = [t for t in tasks if not t.done()]
        if tasks:
            await asyncio.wait(tasks, timeout=5.0)


class _Connection(asyncio.Protocol):
    """One client socket: parse requests, answer them in order, stream when asked."""

    def __init__(self, server: Server) -> None:
        self.server = server
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpRequestParser(self)
        self.request: _Request | None = None
        self.queue: collections.deque[_Request] = collections.deque()
        self.task: asyncio.Task[None] | None = None  # lives as long as the connection
        self.busy = False  # the task is answering a request (not waiting for one)
        self.waiter: asyncio.Future[None] | None = None  # the idle task waits on it
        self.lost = False
        self.paused_reading = False
        self.writable: asyncio.Future[None] | None = None
        self.header_bytes = 0
        self.streaming = False
        self.last = 0.0

    # -- asyncio.Protocol ------------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's transports implement the interface without subclassing it.
        self.transport = cast(asyncio.Transport, transport)
        self.last = asyncio.get_running_loop().time()
        self.server.connections.add(self)

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            pass  # an upgrade (websocket, h2c) is not offered: answered as plain HTTP/1.1
        except httptools.HttpParserError as exc:
            self._refuse_malformed(exc)

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        self.server.connections.discard(self)
        if self.server.closing and not self.server.connections:
            self.server.drained.set()
        self.queue.clear()
        if self.writable is not None and not self.writable.done():
            self.writable.set_result(None)
        self._wake()  # an idle task sees the loss and ends
        if self.task is not None and self.streaming:
            # The client hung up mid-stream: cancelling the handler closes the llmgate
            # stream at once (the upstream attempt is cancelled, its use recorded)
            # rather than at the next block it would have written.
            self.task.cancel()

    def pause_writing(self) -> None:
        if self.writable is None or self.writable.done():
            self.writable = asyncio.get_running_loop().create_future()

    def resume_writing(self) -> None:
        if self.writable is not None and not self.writable.done():
            self.writable.set_result(None)

    # -- httptools callbacks ---------------------------------------------------------------
    def on_message_begin(self) -> None:
        self.request = _Request()
        self.header_bytes = 0

    def on_url(self, url: bytes) -> None:
        assert self.request is not None
        self.request.url += url
        self.header_bytes += len(url)
        if self.header_bytes > _MAX_HEADERS:
            raise httptools.HttpParserError("the request line is too long")

    def on_header(self, name: bytes, value: bytes) -> None:
        assert self.request is not None
        self.header_bytes += len(name) + len(value)
        if self.header_bytes > _MAX_HEADERS:
            raise httptools.HttpParserError("the request headers are too large")
        key = name.decode("latin-1").lower()
        text = value.decode("latin-1")
        headers = self.request.headers
        headers[key] = f"{headers[key]}, {text}" if key in headers else text

    def on_headers_complete(self) -> None:
        request = self.request
        assert request is not None and self.transport is not None
        request.method = self.parser.get_method().decode("ascii", "replace")
        length = request.headers.get("content-length")
        expect = request.headers.get("expect", "").lower() == "100-continue"
        if length is not None and length.isdigit() and int(length) > self.server.limit:
            request.refused = self._too_large(request)
            if expect and self.idle():
                # The client waits for a go-ahead before sending the body: answer now and
                # close, rather than wait for a body that should not come.
                reply = request.refused
                self.transport.write(self._head(reply, len(reply.body), close=True) + reply.body)
                self.close()
        elif expect:
            self.transport.write(b"HTTP/1.1 100 Continue\r\n\r\n")

    def on_body(self, body: bytes) -> None:
        request = self.request
        assert request is not None
        request.size += len(body)
        if request.refused is not None:
            if request.size > 8 * self.server.limit:  # not worth reading any further
                self.close()
            return
        if request.size > self.server.limit:
            request.refused = self._too_large(request)
            request.body.clear()
            return
        request.body.append(body)

    def on_message_complete(self) -> None:
        request, self.request = self.request, None
        assert request is not None
        request.keep_alive = self.parser.should_keep_alive()
        self.queue.append(request)
        if len(self.queue) > _PIPELINE and self.transport is not None:
            self.paused_reading = True
            self.transport.pause_reading()
        if self.waiter is not None:  # the connection's task waits for this request
            self._wake()
        elif self.task is None:
            self.task = asyncio.get_running_loop().create_task(self._serve())

    # -- the connection's task -------------------------------------------------------------
    def idle(self) -> bool:
        """No request being answered or waiting: the connection can be closed as it is."""
        return not self.busy and not self.queue

    def _wake(self) -> None:
        waiter = self.waiter
        if waiter is not None:
            self.waiter = None
            if not waiter.done():
                waiter.set_result(None)

    # -- answering -------------------------------------------------------------------------
    def _too_large(self, request: _Request) -> Reply:
        path = request.url.split(b"?", 1)[0]
        flavor = "anthropic" if path.startswith(b"/v1/messages") else "openai"
        return _error(too_large(self.server.limit), flavor)

    def _refuse_malformed(self, exc: Exception) -> None:
        """A 400 for bytes that are not HTTP/1.1, then close: framing is lost."""
        if self.transport is None or self.transport.is_closing():
            return
        if not self.idle():
            self.close()  # cannot answer out of order; the client sees the connection end
            return
        reply = _error(bad_request(f"malformed HTTP request: {exc}"), "openai")
        self.transport.write(self._head(reply, len(reply.body), close=True) + reply.body)
        self.close()

    async def _serve(self) -> None:
        """Answer the queued requests in order, waiting for more while the connection is
        open; the task ends with the connection (or when the server closes it)."""
        loop = asyncio.get_running_loop()
        queue = self.queue
        server = self.server
        try:
            while not self.lost:
                if not queue:
                    self.busy = False
                    self.last = loop.time()
                    if server.closing:
                        self.close()  # draining: no more requests on this connection
                        return
                    self.waiter = waiter = loop.create_future()
                    await waiter  # the next request, or the connection's end
                    continue
                self.busy = True
                request = queue.popleft()
                if self.paused_reading and len(queue) <= _PIPELINE // 2:
                    self.paused_reading = False
                    if self.transport is not None:
                        self.transport.resume_reading()
                keep = request.keep_alive and not server.closing
                if request.refused is not None:
                    self._write(request.refused, request, keep)
                else:
                    reply = await server.gateway.handle(
                        request.method,
                        request.url.decode("latin-1"),
                        request.headers,
                        b"".join(request.body),
                    )
                    if reply.stream is None:
                        self._write(reply, request, keep)
                    else:
                        await self._stream(reply, request, keep)
                if not keep:
                    self.close()
                    return
        except asyncio.CancelledError:
            self.close()
            raise
        except Exception:
            log.exception("unexpected error writing a gateway answer")
            self.close()
        finally:
            self.task = None
            self.busy = False
            self.waiter = None
            self.last = loop.time()

    def _head(self, reply: Reply, length: int | None, *, close: bool) -> bytes:
        status = reply.status
        lines = [
            f"HTTP/1.1 {status} {_REASONS.get(status, 'Unknown')}\r\n"
            f"content-type: {reply.content_type}\r\n"
        ]
        for name, value in reply.headers.items():
            if "\r" in value or "\n" in value:
                continue  # never split a header (the gateway's values are checked earlier)
            lines.append(f"{name}: {value}\r\n")
        if length is None:
            lines.append("transfer-encoding: chunked\r\n")
        else:
            lines.append(f"content-length: {length}\r\n")
        if close:
            lines.append("connection: close\r\n")
        return "".join(lines).encode() + self.server.date.get() + b"\r\n"

    def _write(self, reply: Reply, request: _Request, keep: bool) -> None:
        if self.lost or self.transport is None:
            return
        head = self._head(reply, len(reply.body), close=not keep)
        self.transport.write(head if request.method == "HEAD" else head + reply.body)

    async def _stream(self, reply: Reply, request: _Request, keep: bool) -> None:
        stream: Any = reply.stream
        self.streaming = True
        started = False
        try:
            if self.lost or self.transport is None:
                return
            transport = self.transport
            # The head goes out with the first block (the gateway's first block already
            # holds the first content): one segment, one wake-up of the client.
            head = self._head(reply, None, close=not keep)
            started = True
            async for block in stream:
                if self.lost:
                    return
                if block:
                    transport.write(head + b"%x\r\n%b\r\n" % (len(block), block))
                    head = b""
                if self.writable is not None and not self.writable.done():
                    await self.writable  # the client reads slower than we write
            if not self.lost:
                transport.write(head + b"0\r\n\r\n")
        finally:
            self.streaming = False
            await close_stream(stream, started)

    def close(self) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.close()
