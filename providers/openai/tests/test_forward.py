"""The gateway's pass-through sender (``OpenAIProvider.forward``/``forward_stream``) on its
own HTTP client: the same error table as the SDK path, from real sockets, plus the HTTP/1.1
framings, keep-alive, and TLS that the client has to get right by itself."""

from __future__ import annotations

import asyncio
import json
import shutil
import ssl
import subprocess
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from llmgate_openai import OpenAIProvider, OpenAISettings
from llmgate_openai._forward import Forwarder

from llmgate import errors
from llmgate.provider import ChatRequest, HTTPPool, Message, StreamEvent, request_head
from llmgate.testing import OpenAIServer, Reply

from .test_provider_errors import ERROR_CASES

KEY = "sk-test-Qm4Rt8Yp2Wx6Zc1Vb5NkLa9"  # the conftest's key
BODY = {"messages": [{"role": "user", "content": "Hi"}]}


def ask(**kw: Any) -> ChatRequest:
    return ChatRequest(model="gpt-4o-mini", messages=(Message("user", "Hi"),), **kw)


@pytest.fixture
async def fwd(openai_server: OpenAIServer) -> AsyncIterator[OpenAIProvider]:
    p = OpenAIProvider("openai", OpenAISettings(api_key=KEY, base_url=openai_server.base_url))
    yield p
    await p.aclose()


async def run(provider: OpenAIProvider, mode: str, request: ChatRequest) -> list[StreamEvent]:
    if mode == "chat":
        await provider.forward(dict(BODY), request)
        return []
    return [event async for event in provider.forward_stream(dict(BODY), request)]


async def test_answer_is_the_vendors_object(
    fwd: OpenAIProvider, openai_server: OpenAIServer
) -> None:
    openai_server.script("Paris.", usage={"prompt_tokens": 3, "completion_tokens": 1})
    answer, done = await fwd.forward(dict(BODY), ask())
    assert json.loads(answer)["system_fingerprint"] == "fp_llmgate"  # the vendor's bytes
    assert (done.text, done.usage.input_tokens) == ("Paris.", 3)
    events = await run(fwd, "stream", ask())
    assert "".join(e.text for e in events) == "echo: Hi"
    await fwd.forward(dict(BODY), ask())
    sent = openai_server.requests[-1]
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    assert sent.json()["model"] == "gpt-4o-mini"
    assert openai_server.count == 3


@pytest.mark.parametrize("mode", ["chat", "stream"])
@pytest.mark.parametrize(("reply", "cls", "status", "fragment"), ERROR_CASES)
async def test_status_errors(
    fwd: OpenAIProvider,
    openai_server: OpenAIServer,
    mode: str,
    reply: Reply,
    cls: type[errors.ProviderError],
    status: int,
    fragment: str,
) -> None:
    openai_server.fail_next(reply)
    with pytest.raises(errors.ProviderError) as caught:
        await run(fwd, mode, ask())
    error = caught.value
    assert type(error) is cls
    assert error.status_code == status
    assert fragment in error.message
    assert (error.provider, error.model) == ("openai", "gpt-4o-mini")
    assert KEY not in str(error) and KEY not in repr(error)
    # The connection survives an error answer that was read whole.
    openai_server.reset()
    await run(fwd, mode, ask())


@pytest.mark.parametrize("mode", ["chat", "stream"])
async def test_hang_times_out(fwd: OpenAIProvider, openai_server: OpenAIServer, mode: str) -> None:
    openai_server.fail_next(Reply(hang=True))
    start = time.monotonic()
    with pytest.raises(errors.TimeoutError):
        await run(fwd, mode, ask(timeout_s=0.3))
    assert 0.25 <= time.monotonic() - start < 4.0
    await run(fwd, mode, ask())  # the hung socket was dropped, not reused


@pytest.mark.parametrize("mode", ["chat", "stream"])
async def test_connection_refused_and_dropped(
    fwd: OpenAIProvider, openai_server: OpenAIServer, mode: str
) -> None:
    with OpenAIServer() as srv:
        dead = srv.base_url
    p = OpenAIProvider("local", OpenAISettings(base_url=dead, timeout_s=2))
    try:
        with pytest.raises(errors.ConnectionError) as caught:
            await run(p, mode, ask())
        assert caught.value.retryable
    finally:
        await p.aclose()
    openai_server.fail_next(Reply(drop=True))
    with pytest.raises(errors.ConnectionError):
        await run(fwd, mode, ask())


async def test_stream_cut_before_done(fwd: OpenAIProvider, openai_server: OpenAIServer) -> None:
    openai_server.fail_next(OpenAIServer.cut_stream("one two three four five", after_chunks=2))
    seen: list[StreamEvent] = []
    with pytest.raises(errors.StreamInterruptedError) as caught:
        async for event in fwd.forward_stream(dict(BODY), ask()):
            seen.append(event)
    assert caught.value.partial_text == "one two "
    assert "".join(e.text for e in seen) == "one two "


def _content_then(second: str) -> Reply:
    """One chunk of the body holding a content block and then ``second``."""
    content = {
        "id": "c",
        "object": "chat.completion.chunk",
        "created": 0,
        "model": "m",
        "choices": [{"index": 0, "delta": {"content": "partial"}, "finish_reason": None}],
    }
    return Reply(sse=[f"data: {json.dumps(content)}\n\n{second}"])


@pytest.mark.parametrize(
    ("second", "error"),
    [
        (
            'data: {"error": {"message": "overloaded", "type": "server_error"}}\n\n',
            errors.ServerError,
        ),
        ("data: not json\n\n", errors.ServerError),
        ("", errors.StreamInterruptedError),  # the body ends without [DONE]
    ],
)
async def test_events_before_a_failure_in_the_same_read_come_first(
    fwd: OpenAIProvider, openai_server: OpenAIServer, second: str, error: type[Exception]
) -> None:
    # The content arrives in the same read as the failure after it: the caller gets the
    # content, then the error, stamped with the target (a cut stream, not a failed call).
    openai_server.fail_next(_content_then(second))
    seen: list[StreamEvent] = []
    with pytest.raises(error) as caught:
        async for event in fwd.forward_stream(dict(BODY), ask()):
            seen.append(event)
    assert [e.text for e in seen] == ["partial"]
    assert caught.value.provider == "openai"  # type: ignore[attr-defined]


# -- framings, keep-alive and TLS against a raw server ---------------------------------------
COMPLETION = (
    b'{"id":"c","object":"chat.completion","created":0,"model":"m","choices":[{"index":0,'
    b'"message":{"role":"assistant","content":"hi"},"finish_reason":"stop"}],'
    b'"usage":{"prompt_tokens":1,"completion_tokens":1,"total_tokens":2}}'
)


def framed(kind: str) -> bytes:
    if kind == "length":
        return b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%b" % (len(COMPLETION), COMPLETION)
    if kind == "chunked":
        a, b = COMPLETION[:50], COMPLETION[50:]
        return (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Multi: 1\r\n"
            b"x-multi: 2\r\n\r\n%x;ext=1\r\n%b\r\n%x\r\n%b\r\n0\r\nTrailer: x\r\n\r\n"
            % (len(a), a, len(b), b)
        )
    if kind == "continue":
        return b"HTTP/1.1 100 Continue\r\n\r\n" + framed("length")
    # close-delimited: no length, no chunking; the body ends with the connection
    return b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + COMPLETION


class RawServer:
    """Answers every request with ``answer(n)`` (n counts requests); counts connections."""

    def __init__(self, answer: Callable[[int], bytes], tls: ssl.SSLContext | None = None):
        self.answer = answer
        self.tls = tls
        self.connections = 0
        self.requests: list[bytes] = []

    async def __aenter__(self) -> RawServer:
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", 0, ssl=self.tls)
        self.port = self.server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        self.server.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
                self.requests.append(head + await reader.readexactly(length))
                answer = self.answer(len(self.requests))
                writer.write(answer)
                await writer.drain()
                if b"onnection: close" in answer:
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@pytest.mark.parametrize("kind", ["length", "chunked", "continue", "close"])
async def test_framings_and_keep_alive(kind: str) -> None:
    async with RawServer(lambda n: framed(kind)) as srv:
        f = Forwarder(
            f"http://127.0.0.1:{srv.port}/v1/chat/completions",
            {"authorization": "Bearer k"},
            official=False,
            tls=ssl.create_default_context(),
            secrets=[],
        )
        try:
            for _ in range(3):
                answer, done = await f.send(dict(BODY), ask(), 5)
                assert json.loads(answer)["choices"][0]["message"]["content"] == "hi"
                assert done.text == "hi"
        finally:
            await f.close()
    assert srv.connections == (3 if kind == "close" else 1)
    head = srv.requests[0].split(b"\r\n\r\n")[0].decode()
    assert head.startswith("POST /v1/chat/completions HTTP/1.1\r\n")
    assert f"host: 127.0.0.1:{srv.port}" in head


async def test_response_headers_and_framing_read_from_a_vendor_sized_head() -> None:
    """Framing headers in any case and spacing; the rest (many, repeated) as a mapping."""
    extra = b"".join(b"x-ratelimit-%d: %d\r\n" % (i, i) for i in range(30))
    answer = (
        b"HTTP/1.1 429 Too Many Requests\r\nCONTENT-length :  %d \r\nRetry-After: 7\r\n"
        b"Set-Cookie: a=1\r\nset-cookie: b=2\r\n%bConnection: keep-alive\r\n\r\n%b"
        % (len(COMPLETION), extra, COMPLETION)
    )
    async with RawServer(lambda n: answer) as srv:
        pool = HTTPPool("127.0.0.1", srv.port, None)
        head, end = request_head("POST", "/x", "127.0.0.1", {})
        try:
            for _ in range(2):
                response = await pool.request(head + b"2" + end + b"{}")
                assert await response.read() == COMPLETION
                response.release()
                assert response.status == 429
                assert response.headers["retry-after"] == "7"
                assert response.headers["set-cookie"] == "a=1, b=2"
                assert response.headers["x-ratelimit-29"] == "29"
        finally:
            pool.close()
    assert srv.connections == 1  # read to its end: the connection was kept and reused


async def test_a_malformed_answer_is_a_connection_error() -> None:
    async with RawServer(lambda n: b"SPDY/9 what\r\n\r\n") as srv:
        f = Forwarder(
            f"http://127.0.0.1:{srv.port}/v1/chat/completions",
            {},
            official=False,
            tls=ssl.create_default_context(),
            secrets=[],
        )
        try:
            with pytest.raises(errors.ConnectionError):
                await f.send(dict(BODY), ask(), 5)
        finally:
            await f.close()


def test_header_values_cannot_split_the_request() -> None:
    with pytest.raises(ValueError, match="line break"):
        Forwarder(
            "http://127.0.0.1:1/v1/chat/completions",
            {"x-evil": "a\r\nx-injected: 1"},
            official=False,
            tls=ssl.create_default_context(),
            secrets=[],
        )


SAN = ("-addext", "subjectAltName=DNS:localhost")


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    where = tmp_path_factory.mktemp("tls")
    key, crt = where / "key.pem", where / "cert.pem"
    args = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost"]
    subprocess.run(
        ["openssl", *args, "-keyout", str(key), "-out", str(crt), *SAN],
        check=True,
        capture_output=True,
    )
    return key, crt


async def test_https_checks_the_certificate_and_its_name(cert: tuple[Path, Path]) -> None:
    key, crt = cert
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(crt, key)
    trusting = ssl.create_default_context(cafile=str(crt))
    async with RawServer(lambda n: framed("length"), tls=server_tls) as srv:
        good = Forwarder(
            f"https://localhost:{srv.port}/v1/chat/completions",
            {},
            official=False,
            tls=trusting,
            secrets=[],
        )
        untrusting = Forwarder(
            f"https://localhost:{srv.port}/v1/chat/completions",
            {},
            official=False,
            tls=ssl.create_default_context(),  # the system's CAs: not this certificate
            secrets=[],
        )
        try:
            for _ in range(2):
                answer, _ = await good.send(dict(BODY), ask(), 5)
                assert json.loads(answer)["choices"][0]["message"]["content"] == "hi"
            with pytest.raises(errors.ConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
                await untrusting.send(dict(BODY), ask(), 5)
        finally:
            await good.close()
            await untrusting.close()
    assert srv.connections == 1  # kept alive; the refused handshake never got a request in


async def test_outside_the_call_flow_the_forwarder_bounds_its_own_request() -> None:
    """No flow attempt around it (``attempt_bounded`` is false): its own timer ends it."""
    stalled = b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{"
    async with RawServer(lambda n: stalled) as srv:
        f = Forwarder(
            f"http://127.0.0.1:{srv.port}/v1/chat/completions",
            {},
            official=False,
            tls=ssl.create_default_context(),
            secrets=[],
        )
        try:
            started = time.monotonic()
            with pytest.raises(errors.TimeoutError, match=r"no answer within 0\.1 s"):
                await f.send(dict(BODY), ask(), 0.1)
            assert time.monotonic() - started < 2
        finally:
            await f.close()
