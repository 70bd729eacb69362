"""The lean HTTP/1.1 client offered to providers: what HTTPEndpoint puts on the wire."""

from __future__ import annotations

import asyncio
import ssl

import pytest

from llmgate.provider import HTTPEndpoint, HTTPProtocolError

ANSWER = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}"


async def capture(host: str, body: bytes, path: str = "/v1/x?a=1") -> tuple[bytes, int]:
    """POST ``body`` through an endpoint to a server on ``host``; the request it received."""
    got: list[bytes] = []
    connections = 0

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
            got.append(head + await reader.readexactly(length))
            writer.write(ANSWER)
            await writer.drain()
            if len(got) == 2:
                break
        writer.close()

    server = await asyncio.start_server(serve, host, 0)
    port = server.sockets[0].getsockname()[1]
    netloc = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    endpoint = HTTPEndpoint(
        f"http://{netloc}{path}", {"x-api-key": "k"}, ssl.create_default_context()
    )
    try:
        for _ in range(2):
            response = await endpoint.post(body)
            assert response.status == 200 and await response.read() == b"{}"
            response.release()
    finally:
        endpoint.close()
        server.close()
        await server.wait_closed()
    assert got[0] == got[1]
    return got[0], connections


async def test_request_line_host_length_and_body() -> None:
    sent, connections = await capture("127.0.0.1", b'{"a":"\xc3\xa9"}')
    head, body = sent.split(b"\r\n\r\n", 1)
    lines = head.split(b"\r\n")
    assert lines[0] == b"POST /v1/x?a=1 HTTP/1.1"
    assert lines[1].startswith(b"host: 127.0.0.1:")  # a port that is not the default is named
    assert b"x-api-key: k" in lines and b"content-length: 10" in lines
    assert body == b'{"a":"\xc3\xa9"}'  # the length counts bytes, not characters
    assert connections == 1  # the second request reused the kept-alive connection


async def test_ipv6_host_is_bracketed() -> None:
    try:
        sent, _ = await capture("::1", b"{}", path="")
    except OSError as exc:  # pragma: no cover - a machine without IPv6 loopback
        pytest.skip(f"no IPv6 loopback here: {exc}")
    lines = sent.split(b"\r\n")
    assert lines[0] == b"POST / HTTP/1.1"  # an empty path is "/"
    assert lines[1].startswith(b"host: [::1]:")


@pytest.mark.parametrize("url", ["ftp://example.com/x", "http:///nohost", "example.com/v1"])
def test_not_an_http_url_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match="not an http"):
        HTTPEndpoint(url, {}, ssl.create_default_context())


def test_a_header_with_a_line_break_is_refused() -> None:
    with pytest.raises(ValueError, match="line break"):
        HTTPEndpoint("http://example.com/v1", {"x-a": "1\r\nx-b: 2"}, ssl.create_default_context())


@pytest.mark.parametrize("size", [1, 7, 64])
async def test_an_answer_in_small_pieces_reads_as_one(size: int) -> None:
    """A head and body split across many reads (any split point) give the same answer, and
    the framing headers are found whatever their case."""
    body = b'{"choices":[]}'
    answer = (
        b"HTTP/1.1 200 OK\r\nX-Request-Id: r1\r\nCONTENT-LENGTH: %d\r\nConnection: Keep-Alive"
        b"\r\n\r\n%b" % (len(body), body)
    )
    connections = 0
    ended = asyncio.Event()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
                await reader.readexactly(length)
                for i in range(0, len(answer), size):
                    writer.write(answer[i : i + size])
                    await writer.drain()
                    await asyncio.sleep(0.0005)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()
            ended.set()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    endpoint = HTTPEndpoint(f"http://127.0.0.1:{port}/x", {}, ssl.create_default_context())
    try:
        for _ in range(2):
            response = await endpoint.post(b"{}")
            assert response.status == 200 and await response.read() == body
            assert response.headers["x-request-id"] == "r1"
            response.release()
    finally:
        endpoint.close()
        await asyncio.wait_for(ended.wait(), 5)
        server.close()
        await server.wait_closed()
    assert connections == 1  # read to its end, kept alive: reused


async def _answer_in_pieces(answer: bytes, size: int) -> list[bytes | Exception]:
    """POST once to a server that writes ``answer`` in pieces of ``size`` bytes; what
    ``iter_any`` yields (or the error it raises), and whether the body ended."""

    ended = asyncio.Event()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = int(head.lower().split(b"content-length: ")[1].split(b"\r")[0])
            await reader.readexactly(length)
            for i in range(0, len(answer), size):
                writer.write(answer[i : i + size])
                await writer.drain()
                await asyncio.sleep(0.0005)
        except ConnectionError:
            pass  # the client hung up on a malformed answer
        finally:
            writer.close()
            ended.set()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    endpoint = HTTPEndpoint(f"http://127.0.0.1:{port}/x", {}, ssl.create_default_context())
    got: list[bytes | Exception] = []
    try:
        response = await endpoint.post(b"{}")
        try:
            async for piece in response.iter_any():
                got.append(piece)
        except HTTPProtocolError as exc:
            got.append(exc)
        response.release()
    finally:
        endpoint.close()
        await asyncio.wait_for(ended.wait(), 10)
        server.close()
        await server.wait_closed()
    return got


CHUNKED_HEAD = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"


@pytest.mark.parametrize("size", [1, 3, 64, 4096])
async def test_a_chunked_answer_in_any_pieces_reads_the_same(size: int) -> None:
    body = (
        b"5\r\nhello\r\n"
        b"1;ext=1\r\n \r\n"  # a chunk extension is ignored
        b"A \r\n0123456789\r\n"  # upper-case hex, a blank before the CRLF
        b"0\r\nx-trailer: t\r\n\r\n"  # trailers are read and dropped
    )
    got = await _answer_in_pieces(CHUNKED_HEAD + body, size)
    assert all(isinstance(p, bytes) for p in got)
    assert b"".join(p for p in got if isinstance(p, bytes)) == b"hello 0123456789"


@pytest.mark.parametrize("size", [1, 2, 7, 13, 4096])
async def test_many_chunks_cut_anywhere_read_the_same(size: int) -> None:
    # Pieces holding CRLFs and size-line look-alikes, cut at every offset class: whether a
    # piece and its CRLF arrive together or apart, the data is the same.
    pieces = [b"data: {}\r\n\r\n" * i + b"3\r\nabc" for i in range(1, 12)]
    body = b"".join(b"%x\r\n%b\r\n" % (len(p), p) for p in pieces) + b"0\r\n\r\n"
    got = await _answer_in_pieces(CHUNKED_HEAD + body, size)
    assert all(isinstance(p, bytes) for p in got)
    assert b"".join(p for p in got if isinstance(p, bytes)) == b"".join(pieces)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"zz\r\nhello\r\n0\r\n\r\n", "chunk size"),
        (b"5\r\nhelloXX0\r\n\r\n", "not followed by CRLF"),
        (b"1" * 2000, "chunk size"),
        (b"5\r\nhello\r\n0\r\n\r\nHTTP/1.1 200 OK\r\n", "bytes after the end"),
    ],
)
async def test_a_malformed_chunked_answer_is_a_protocol_error(body: bytes, message: str) -> None:
    got = await _answer_in_pieces(CHUNKED_HEAD + body, 4096)
    assert isinstance(got[-1], HTTPProtocolError) and message in str(got[-1])
