"""The gateway's own HTTP/1.1 server (``gateway/_http.py``) on raw sockets: keep-alive,
pipelining, ``Expect: 100-continue``, chunked bodies, HEAD, HTTP/1.0, and malformed bytes."""

from __future__ import annotations

import contextlib
import json
import re
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import Running, read_answer, start_gateway

pytestmark = pytest.mark.timeout(60)
CHAT = b'{"model":"chat","messages":[{"role":"user","content":"hi"}]}'


@pytest.fixture
def conn(gateway: Running) -> Iterator[socket.socket]:
    sock = socket.create_connection(("127.0.0.1", gateway.port), timeout=10)
    yield sock
    sock.close()


def post(key: str, body: bytes = CHAT, extra: bytes = b"") -> bytes:
    return (
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        + f"Authorization: Bearer {key}\r\nContent-Length: {len(body)}\r\n".encode()
        + extra
        + b"\r\n"
        + body
    )


def test_keep_alive_and_pipelined_requests_answer_in_order(conn: socket.socket, key: str) -> None:
    health = b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n"
    conn.sendall(post(key) + health + post(key, b"{bad"))
    buf = bytearray()
    first = read_answer(conn, buf)
    second = read_answer(conn, buf)
    third = read_answer(conn, buf)
    assert first[0] == 200 and json.loads(first[2])["object"] == "chat.completion"
    assert first[1]["x-llmgate-route"] == "chat"
    assert "date" in first[1]
    assert second == (200, second[1], b'{"status":"ok"}')
    assert third[0] == 400 and json.loads(third[2])["error"]["type"] == "invalid_request_error"
    conn.sendall(health)  # and the connection is still usable
    assert read_answer(conn, buf)[0] == 200


def test_expect_continue_and_a_chunked_request_body(conn: socket.socket, key: str) -> None:
    head = (
        b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
        + f"Authorization: Bearer {key}\r\nExpect: 100-continue\r\n\r\n".encode()
    )
    conn.sendall(head)
    assert conn.recv(4096) == b"HTTP/1.1 100 Continue\r\n\r\n"
    half = len(CHAT) // 2
    for part in (CHAT[:half], CHAT[half:]):
        conn.sendall(b"%x\r\n%b\r\n" % (len(part), part))
    conn.sendall(b"0\r\n\r\n")
    status, _, body = read_answer(conn, bytearray())
    assert status == 200 and json.loads(body)["choices"][0]["message"]["content"]


def test_a_stream_is_chunked_sse(conn: socket.socket, key: str) -> None:
    body = CHAT[:-1] + b',"stream":true}'
    conn.sendall(post(key, body))
    status, headers, data = read_answer(conn, bytearray())
    assert status == 200
    assert headers["content-type"] == "text/event-stream"
    assert data.endswith(b"data: [DONE]\n\n")


def test_http10_head_and_connection_close(gateway: Running) -> None:
    with socket.create_connection(("127.0.0.1", gateway.port), timeout=10) as sock:
        sock.sendall(b"GET /health HTTP/1.0\r\n\r\n")
        data = b""
        while chunk := sock.recv(4096):  # the server closes: HTTP/1.0 without keep-alive
            data += chunk
        assert data.startswith(b"HTTP/1.1 200") and data.endswith(b'{"status":"ok"}')
    with socket.create_connection(("127.0.0.1", gateway.port), timeout=10) as sock:
        sock.sendall(b"HEAD /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        data = b""
        while chunk := sock.recv(4096):
            data += chunk
        assert data.startswith(b"HTTP/1.1 200")
        assert b"content-length: 15\r\n" in data and data.endswith(b"\r\n\r\n")  # no body


@pytest.mark.parametrize(
    "raw",
    [
        b"NOT HTTP AT ALL\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 7\r\n\r\n",
        b"GET / HTTP/1.1\r\nBad Header Line\r\n\r\n",
        b"GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 70_000 + b"\r\n\r\n",
    ],
)
def test_malformed_requests_get_a_400_and_the_server_lives_on(gateway: Running, raw: bytes) -> None:
    with socket.create_connection(("127.0.0.1", gateway.port), timeout=10) as sock:
        sock.sendall(raw)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    assert data.startswith(b"HTTP/1.1 400")
    body = json.loads(data.split(b"\r\n\r\n", 1)[1])
    assert body["error"]["type"] == "invalid_request_error"
    assert "Traceback" not in data.decode("latin-1")
    with socket.create_connection(("127.0.0.1", gateway.port), timeout=10) as sock:
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        assert read_answer(sock, bytearray())[0] == 200


def test_a_too_large_body_announced_with_expect_is_refused_before_it_is_sent(
    conn: socket.socket, key: str
) -> None:
    conn.sendall(
        b"POST /v1/messages HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999\r\n"
        + f"x-api-key: {key}\r\nExpect: 100-continue\r\n\r\n".encode()
    )
    data = b""
    while chunk := conn.recv(65536):  # answered, then closed: no body was read
        data += chunk
    assert data.startswith(b"HTTP/1.1 413")
    assert json.loads(data.split(b"\r\n\r\n", 1)[1])["error"]["type"] == "request_too_large"


def test_a_refused_body_and_the_request_after_it_answer_in_order(
    conn: socket.socket, key: str
) -> None:
    big = b'{"model":"chat","messages":[{"role":"user","content":"' + b"y" * 70_000 + b'"}]}'
    health = b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n"
    conn.sendall(post(key, big) + health + post(key))
    buf = bytearray()
    first, second, third = (read_answer(conn, buf) for _ in range(3))
    assert first[0] == 413 and json.loads(first[2])["error"]["code"] == "body_too_large"
    assert second[:1] == (200,) and second[2] == b'{"status":"ok"}'
    assert third[0] == 200 and json.loads(third[2])["object"] == "chat.completion"


def test_many_requests_on_one_connection_with_pauses_between(conn: socket.socket, key: str) -> None:
    buf = bytearray()
    for i in range(5):  # the connection's task waits between requests and wakes for each
        conn.sendall(post(key) if i % 2 else b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        status, _, body = read_answer(conn, buf)
        assert status == 200
        assert (json.loads(body)["object"] == "chat.completion") if i % 2 else body.endswith(b"}")
        time.sleep(0.02)


def test_an_idle_connection_is_closed_after_the_idle_timeout(
    config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("llmgate.gateway._http._IDLE_S", 0.3)
    monkeypatch.setattr("llmgate.gateway._http._SWEEP_S", 0.05)
    running = start_gateway(config)
    try:
        with socket.create_connection(("127.0.0.1", running.port), timeout=10) as sock:
            sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
            assert read_answer(sock, bytearray())[0] == 200
            t0 = time.monotonic()
            assert sock.recv(4096) == b""  # closed by the server, not by the recv timeout
            assert 0.25 < time.monotonic() - t0 < 5
    finally:
        running.shutdown()


_LINE = st.sampled_from(
    [
        b"GET /health HTTP/1.1",
        b"POST /v1/chat/completions HTTP/1.1",
        b"POST /v1/messages HTTP/1.0",
        b"GET /v1/models HTTP/1.1",
        b"DELETE /admin/keys/x HTTP/1.1",
        b"PUT / HTTP/9.9",
        b"GET  HTTP/1.1",
        b"\x00\xff / HTTP/1.1",
    ]
)
_HEADER = st.one_of(
    st.sampled_from(
        [
            b"Host: x",
            b"Content-Length: 5",
            b"Content-Length: -1",
            b"Content-Length: 99999999999999999999",
            b"Transfer-Encoding: chunked",
            b"Transfer-Encoding: gzip, chunked",
            b"Connection: close",
            b"Expect: 100-continue",
            b"Authorization: Bearer sk-lg-nope",
            b"Content-Type: application/json",
        ]
    ),
    st.binary(max_size=40).map(lambda b: b.replace(b"\r", b"").replace(b"\n", b"")),
)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    line=_LINE,
    headers=st.lists(_HEADER, max_size=6),
    body=st.binary(max_size=64),
    cut=st.integers(min_value=0, max_value=400),
    twice=st.booleans(),
)
def test_fuzz_request_bytes_never_get_a_5xx_and_the_server_lives_on(
    gateway: Running, line: bytes, headers: list[bytes], body: bytes, cut: int, twice: bool
) -> None:
    # Request-shaped bytes through the real socket, cut anywhere, pipelined or not, the
    # write side then closed: whatever comes back is 1xx-4xx (never a 5xx, never a
    # traceback), and the server answers the next connection.
    raw = line + b"\r\n" + b"".join(h + b"\r\n" for h in headers) + b"\r\n" + body
    raw = raw * 2 if twice else raw
    raw = raw[: len(raw) - cut] if cut < len(raw) else raw
    with socket.create_connection(("127.0.0.1", gateway.port), timeout=10) as sock:
        sock.sendall(raw)
        sock.shutdown(socket.SHUT_WR)
        data = b""
        with contextlib.suppress(ConnectionError):
            while chunk := sock.recv(65536):
                data += chunk
    for status in re.findall(rb"HTTP/1\.[01] (\d{3}) ", data):
        assert 100 <= int(status) < 500, data[:300]
    assert b"Traceback" not in data
    with socket.create_connection(("127.0.0.1", gateway.port), timeout=10) as sock:
        sock.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        assert read_answer(sock, bytearray())[0] == 200
