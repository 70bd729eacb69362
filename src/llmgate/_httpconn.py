"""One kept-alive HTTP/1.1 client connection: the socket's protocol and the parse of the
answer read on it (the status line, the three framing headers, a body framed by
``Content-Length``, chunks or the connection's end).

The pool and the request API around it are ``_httpclient.py``; this module is what reads
bytes off a socket, so that is where a malformed answer becomes :class:`ProtocolError`.
Parsing is incremental: a head may arrive in pieces, a chunked body in any cut, and the
body is handed to its reader as pieces (an SSE stream) or whole (a JSON answer that came
with its head, the usual case, read without a wait).
"""

from __future__ import annotations

import asyncio
import collections
import re
import time
from collections.abc import Callable
from typing import cast

__all__ = ["Connection", "ProtocolError"]

_MAX_HEAD = 64 * 1024  # a response head larger than this is not an HTTP API's
_HIGH_WATER = 256 * 1024  # stream bytes buffered before the socket stops being read
# The three headers that frame an answer, found by one C-level scan of the head: a vendor
# sends twenty-odd headers (request ids, rate limits, processing times) that a successful
# call never reads, so the full mapping is built only when something asks for it. The scan
# runs on the lower-cased head (the framing values are only read lower-cased or as
# digits): a case-sensitive pattern lets the regex engine jump from one CRLF to the next,
# about a third of the instructions of the same pattern with re.IGNORECASE.
_FRAMING = re.compile(rb"\r\n(content-length|transfer-encoding|connection)[ \t]*:([^\r\n]*)")


class ProtocolError(ConnectionError):
    """The server's answer is not HTTP/1.1 as spoken (a ``ConnectionError``: an
    ``OSError``, read by the error table as a failed connection or a cut stream)."""


def _chunk_size(line: bytes | bytearray) -> int:
    """A chunk's size line with an extension (``<hex>;name=value``), or a malformed one."""
    try:
        return int(line.split(b";", 1)[0].strip(), 16)
    except ValueError:
        raise ProtocolError("a malformed chunk size line") from None


class Connection(asyncio.Protocol):
    """One connection and the parse state of the answer being read on it.

    ``put`` takes the connection back when its answer was read to the end and it can
    carry another request (the pool's idle list).
    """

    def __init__(self, put: Callable[[Connection], None]) -> None:
        self.put = put
        self.transport: asyncio.Transport | None = None
        self.buf = bytearray()
        self.pieces: collections.deque[bytes] = collections.deque()
        self.buffered = 0
        self.waiter: asyncio.Future[None] | None = None
        self.error: BaseException | None = None
        self.lost = False
        self.paused = False
        self.reusable = False
        self.idle_since = 0.0
        self.used = 0  # answers read on this connection
        self.head: tuple[int, bytes] | None = None  # status, header lines
        self.mode = ""  # "length", "chunked", "eof" once the head is read
        self.left = 0  # bytes left of the body ("length") or of the chunk ("chunked")
        self.chunk_state = 0  # 0: size line, 1: data, 2: CRLF after data, 3: trailers
        self.done = False
        self.idle = True

    # -- asyncio.Protocol ------------------------------------------------------------------
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's transports implement the interface without subclassing it.
        self.transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        if self.idle:  # bytes nobody asked for: the connection is not usable any more
            self.abort()
            return
        try:
            if self.head is None:
                if self.buf:
                    self.buf += data
                    data = bytes(self.buf)
                    self.buf.clear()
                self._parse_head(data)
            else:
                self._body(data)
        except ProtocolError as exc:
            self._fail(exc)
            self.abort()

    def eof_received(self) -> bool | None:
        if self.mode == "eof" and not self.done:
            self.done = True
            self._wake()
        return None

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        self.reusable = False
        if not self.done and not self.idle:
            if self.mode == "eof" and self.head is not None and exc is None:
                self.done = True
            else:
                self._fail(ConnectionResetError(f"the server closed the connection ({exc})"))
        self._wake()

    # -- parsing ---------------------------------------------------------------------------
    def _parse_head(self, data: bytes) -> None:
        """Read the head from ``data`` (everything received since the request was sent);
        an incomplete head is kept in ``buf`` until more arrives."""
        end = data.find(b"\r\n\r\n")
        if end < 0:
            if len(data) > _MAX_HEAD:
                raise ProtocolError("the response head is too large")
            self.buf += data
            return
        head = data[:end]
        rest = data[end + 4 :]
        line_end = head.find(b"\r\n")
        status_line = head if line_end < 0 else head[:line_end]
        version, _, tail = status_line.partition(b" ")
        code = tail[:3]
        if not version.startswith(b"HTTP/1.") or not code.isdigit():
            raise ProtocolError(f"not an HTTP/1.x status line: {status_line[:80]!r}")
        status = int(code)
        if 100 <= status < 200:  # an interim answer (100 Continue): the real one follows
            if rest:
                self.data_received(rest)
            return
        lines = b"" if line_end < 0 else head[line_end:]  # each header line after a CRLF
        framing: dict[bytes, bytes] = {}
        for name, value in _FRAMING.findall(lines.lower()):
            value = value.strip()
            framing[name] = framing[name] + b", " + value if name in framing else value
        # (bytes.find, not ``in``: ``x in bytes`` first tries x as an integer, an exception)
        connection = framing.get(b"connection", b"")
        self.reusable = connection.find(b"close") < 0 and (
            version == b"HTTP/1.1" or connection.find(b"keep-alive") >= 0
        )
        self.head = (status, lines)
        length = framing.get(b"content-length")
        if framing.get(b"transfer-encoding", b"").find(b"chunked") >= 0:
            self.mode = "chunked"
        elif length is not None:
            if not length.isdigit():
                raise ProtocolError("a malformed Content-Length")
            self.mode = "length"
            self.left = int(length)
        elif status in (204, 304):
            self.mode = "length"
            self.left = 0
        else:
            self.mode = "eof"
            self.reusable = False
        if self.mode == "length" and self.left == 0:
            self.done = True
        self._wake()
        if rest:
            self._body(rest)

    def _body(self, data: bytes) -> None:
        """Bytes of the body, read as the head said it is framed."""
        if self.mode == "length":
            self._length(data)
        elif self.mode == "chunked":
            self.buf += data
            self._chunked()
        else:
            self._deliver(data)

    def _length(self, data: bytes) -> None:
        if len(data) > self.left:
            raise ProtocolError("the server sent more than its Content-Length")
        self.left -= len(data)
        self.done = self.left == 0
        self._deliver(data)

    def _chunked(self) -> None:
        """Take the chunks in ``buf`` apart and deliver their data in one piece.

        The buffer is read by position and cut once at the end: cutting each size line,
        piece and CRLF off its front moved the rest of the buffer every time (a stream's
        first read often holds many small chunks)."""
        buf = self.buf
        size = len(buf)
        pos = 0
        state = self.chunk_state
        out: list[bytearray] = []
        try:
            while pos < size:
                if state == 0:  # "<hex size>[;ext]\r\n"
                    end = buf.find(b"\r\n", pos)
                    if end < 0:
                        if size - pos > 1024:
                            raise ProtocolError("a malformed chunk size line")
                        break
                    try:
                        n = int(buf[pos:end], 16)  # the usual line: the size alone
                    except ValueError:
                        n = _chunk_size(buf[pos:end])  # an extension, or malformed
                    pos = end + 2
                    if not n:
                        self.left = 0
                        state = 3
                        continue
                    stop = pos + n
                    if stop + 2 <= size and buf[stop : stop + 2] == b"\r\n":
                        # The whole piece and its CRLF are here (the usual case): taken
                        # in one step rather than through states 1 and 2.
                        out.append(buf[pos:stop])
                        pos = stop + 2
                        continue
                    self.left = n
                    state = 1
                elif state == 1:
                    take = min(self.left, size - pos)
                    out.append(buf[pos : pos + take])
                    pos += take
                    self.left -= take
                    if not self.left:
                        state = 2
                elif state == 2:
                    if size - pos < 2:
                        break
                    if buf[pos : pos + 2] != b"\r\n":
                        raise ProtocolError("a chunk not followed by CRLF")
                    pos += 2
                    state = 0
                else:  # trailers, up to an empty line
                    end = buf.find(b"\r\n", pos)
                    if end < 0:
                        break
                    empty = end == pos
                    pos = end + 2
                    if empty:
                        if pos < size:  # an error, as more than a Content-Length is:
                            # marked done first, the reader stopped without it
                            raise ProtocolError("bytes after the end of the response")
                        self.done = True
                        break
        finally:
            self.chunk_state = state
            del buf[:pos]
        if out or self.done:
            self._deliver(b"".join(out))

    def _deliver(self, data: bytes) -> None:
        if data:
            self.pieces.append(data)
            self.buffered += len(data)
            if self.buffered > _HIGH_WATER and not self.paused and self.transport is not None:
                self.paused = True
                self.transport.pause_reading()
        self._wake()

    def _fail(self, exc: BaseException) -> None:
        if self.error is None:
            self.error = exc
        self._wake()

    def _wake(self) -> None:
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    # -- what the response calls -----------------------------------------------------------
    async def read_head(self) -> tuple[int, bytes]:
        while self.head is None:
            if self.error is not None:
                raise self.error
            if self.lost:
                raise ConnectionResetError("the server closed the connection")
            # (written out rather than a helper coroutine: one coroutine less per wait)
            waiter = self.waiter = asyncio.get_running_loop().create_future()
            try:
                await waiter
            finally:
                self.waiter = None
        return self.head

    async def next_piece(self) -> bytes | None:
        while True:
            if self.pieces:
                piece = self.pieces.popleft()
                self.buffered -= len(piece)
                if self.paused and self.buffered < _HIGH_WATER // 2 and self.transport:
                    self.paused = False
                    self.transport.resume_reading()
                return piece
            if self.done:
                return None
            if self.error is not None:
                raise self.error
            # (written out rather than a helper coroutine: one coroutine less per wait)
            waiter = self.waiter = asyncio.get_running_loop().create_future()
            try:
                await waiter
            finally:
                self.waiter = None

    def rest_if_done(self) -> bytes | None:
        """What :meth:`next_piece` would give until it gives ``None``, joined, when the
        body has all arrived (no wait, no coroutine); ``None`` while more is to come."""
        if not self.done:
            return None
        pieces = self.pieces
        if len(pieces) == 1:
            whole = pieces.popleft()
        else:
            whole = b"".join(pieces)
            pieces.clear()
        self.buffered = 0
        if self.paused and self.transport:
            self.paused = False
            self.transport.resume_reading()
        return whole

    def start(self, data: bytes) -> None:
        """Send one request on this (idle, open) connection."""
        assert self.transport is not None
        self.idle = False
        self.head = None
        self.mode = ""
        self.done = False
        self.chunk_state = 0
        self.error = None
        self.buf.clear()
        self.transport.write(data)

    def finish(self) -> None:
        """The answer is over for its reader: back to the pool, or closed."""
        if self.idle:
            return
        if self.done and not self.pieces and self.reusable and not self.lost:
            self.idle = True
            self.used += 1
            self.idle_since = time.monotonic()
            self.put(self)
        else:
            self.abort()

    def abort(self) -> None:
        self.reusable = False
        self.idle = False
        if self.transport is not None and not self.transport.is_closing():
            self.transport.close()
