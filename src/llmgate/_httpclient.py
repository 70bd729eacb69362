"""A lean HTTP/1.1 client on asyncio's protocols: one POST, one answer, kept-alive sockets.

Providers that speak plain JSON over HTTP (the OpenAI forwarder behind the gateway's
pass-through and the ``direct`` transport) send a JSON body and read a JSON answer or an SSE
stream, thousands of times a second on one core. It lives in the core, offered to provider
packages as :class:`llmgate.provider.HTTPPool`, so every provider shares one client.
aiohttp's client spent ~230 us of CPU on each call (its request and response objects,
multidicts, cookie and redirect machinery, the connector's bookkeeping); this does only what
those calls need and measured a fraction of that (docs/gateway.md). It is not a general
client: POST only, no redirects, no proxies, no cookies, no compression
(``accept-encoding`` is not sent, so servers answer plain).

What it does handle: ``http`` and ``https`` (an ``ssl.SSLContext``, SNI and hostname
checks by that context), keep-alive with a per-origin pool of idle connections (one pool
per :class:`Pool`, which the forwarder keeps per event loop), ``Content-Length``,
chunked and close-delimited bodies, ``Connection: close``, and bodies read either whole or
piece by piece (an SSE stream). A connection is reused only after its answer was read to
the end; a response cut short closes it. Nothing is retried here: a request that fails
(also on a kept-alive connection the server closed at that very moment) is the attempt
loop's to retry or fail over, as with any other transport.

This module is the pool and the request API; one connection and the parse of the
answers read on it are ``_httpconn.py``.
"""

from __future__ import annotations

import asyncio
import ssl
import time
import urllib.parse
from collections.abc import AsyncIterator, Coroutine, Mapping
from typing import Any

from llmgate._httpconn import Connection

__all__ = ["Endpoint", "HTTPResponse", "Pool", "request_head"]

_IDLE_S = 30.0  # an idle connection older than this is closed rather than reused


class HTTPResponse:
    """Status, headers (lower-case names) and the body, whole or in pieces."""

    __slots__ = ("_conn", "_head", "_headers", "status")

    def __init__(self, conn: Connection, status: int, head: bytes) -> None:
        self._conn = conn
        self.status = status
        self._head = head  # the header lines, parsed when ``headers`` is first read
        self._headers: dict[str, str] | None = None

    @property
    def headers(self) -> dict[str, str]:
        """The response headers (lower-case names; repeated ones joined with ``", "``)."""
        if self._headers is None:
            self._headers = _parse_headers(self._head)
        return self._headers

    async def read(self) -> bytes:
        """The whole body; the connection goes back to the pool when it can."""
        conn = self._conn
        whole = conn.rest_if_done()  # the usual answer: all of it came with its head
        if whole is not None:
            return whole
        parts: list[bytes] = []
        while (piece := await conn.next_piece()) is not None:
            parts.append(piece)
        return parts[0] if len(parts) == 1 else b"".join(parts)

    async def iter_any(self) -> AsyncIterator[bytes]:
        """The body's bytes as they arrive (chunked framing removed)."""
        conn = self._conn
        while True:
            piece = await conn.next_piece()
            if piece is None:
                return
            yield piece

    def next_piece(self) -> Coroutine[Any, Any, bytes | None]:
        """The body's next piece as it arrives (chunked framing removed), ``None`` at its
        end: :meth:`iter_any` without a generator around it (the connection's coroutine,
        returned rather than awaited here: one layer less per read of a stream)."""
        return self._conn.next_piece()

    def at_eof(self) -> bool:
        return self._conn.done

    def release(self) -> None:
        """Back to the pool if the body was read to its end, else the socket is closed."""
        self._conn.finish()

    def close(self) -> None:
        self._conn.abort()


class Pool:
    """Kept-alive connections to one origin (scheme, host, port), used by one event loop."""

    def __init__(self, host: str, port: int, tls: ssl.SSLContext | None) -> None:
        self.host = host
        self.port = port
        self.tls = tls
        self._idle: list[Connection] = []
        self._closed = False

    def put(self, conn: Connection) -> None:
        if self._closed:
            conn.abort()
        else:
            self._idle.append(conn)

    def _take(self) -> Connection | None:
        now = time.monotonic()
        while self._idle:
            conn = self._idle.pop()  # the most recently used: the warmest
            if conn.lost or conn.transport is None or conn.transport.is_closing():
                continue
            if now - conn.idle_since > _IDLE_S:
                conn.abort()
                continue
            return conn
        return None

    async def _connect(self) -> Connection:
        loop = asyncio.get_running_loop()
        _, conn = await loop.create_connection(
            lambda: Connection(self.put),
            self.host,
            self.port,
            ssl=self.tls,
            server_hostname=self.host if self.tls is not None else None,
        )
        return conn

    async def request(self, data: bytes) -> HTTPResponse:
        """Send ``data`` (a whole request) and answer once the response head is in.

        Raises ``OSError`` (``ConnectionError`` among them) when the server cannot be
        reached or the connection breaks before the head.
        """
        conn = self._take()
        if conn is None:
            conn = await self._connect()
        try:
            conn.start(data)
            status, head = await conn.read_head()
        except BaseException:
            conn.abort()
            raise
        return HTTPResponse(conn, status, head)

    def close(self) -> None:
        self._closed = True
        idle, self._idle = self._idle, []
        for conn in idle:
            conn.abort()


def _parse_headers(lines: bytes) -> dict[str, str]:
    """Header lines (each after a CRLF) as a mapping; malformed lines are skipped (the
    framing headers were checked when the head arrived)."""
    headers: dict[str, str] = {}
    for line in lines.decode("latin-1").split("\r\n"):
        name, sep, value = line.partition(":")
        if not sep:
            continue
        name = name.strip().lower()
        value = value.strip()
        headers[name] = f"{headers[name]}, {value}" if name in headers else value
    return headers


def request_head(
    method: str, path: str, host: str, headers: Mapping[str, str]
) -> tuple[bytes, bytes]:
    """The request head, split around its ``content-length`` value (built once per target)."""
    lines = [f"{method} {path} HTTP/1.1", f"host: {host}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    for line in lines:
        if "\r" in line or "\n" in line:
            raise ValueError("a header name or value holds a line break")
    return ("\r\n".join(lines) + "\r\ncontent-length: ").encode("latin-1"), b"\r\n\r\n"


class Endpoint:
    """One URL that a provider POSTs to: its pool and its request head, both built once.

    A provider keeps one per event loop (a pool belongs to one loop). The head carries the
    given headers plus ``host``; :meth:`message` adds each body's length and the body, so a
    call builds no header objects at all.
    """

    __slots__ = ("_end", "_head", "headers", "pool", "url")

    def __init__(self, url: str, headers: Mapping[str, str], tls: ssl.SSLContext) -> None:
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"not an http(s) URL: {parts.scheme}://{parts.hostname}")
        https = parts.scheme == "https"
        default_port = 443 if https else 80
        port = parts.port or default_port
        host = parts.hostname
        netloc = f"[{host}]" if ":" in host else host
        if port != default_port:
            netloc += f":{port}"
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        self.url = url
        self.headers = dict(headers)
        self._head, self._end = request_head("POST", path, netloc, self.headers)
        self.pool = Pool(host, port, tls if https else None)

    def message(self, body: bytes) -> bytes:
        """The whole request for ``body``: head, its length, body."""
        return b"".join((self._head, str(len(body)).encode(), self._end, body))

    def post(self, body: bytes) -> Coroutine[Any, Any, HTTPResponse]:
        """Send ``body``; the answer once its head is in (see :meth:`Pool.request`).

        (A plain method returning that coroutine: awaited the same, one coroutine less.)"""
        return self.pool.request(self.message(body))

    def close(self) -> None:
        self.pool.close()
