"""The error table: real SDK exceptions from respx-mocked vendor replies, and the internal ones.

The SDK speaks ``httpx2``, which respx does not patch, so a tiny transport hands each
``httpx2`` request to a respx router (and translates respx's ``httpx`` answers back).
"""

from __future__ import annotations

import asyncio

import anthropic
import httpx
import httpx2
import pytest
import respx
from llmgate_anthropic._convert import InvalidPayload, InvalidRequest, Refusal
from llmgate_anthropic._errors import ErrorContext, map_error, mapped_errors
from llmgate_anthropic._stream import StreamAccumulator, StreamCut, StreamErrorEvent

from llmgate import errors

BASE = "https://anthropic.test"
SECRET = "plain-configured-secret-42"
CONTEXT = ErrorContext("claude", "claude-haiku-4-5", (SECRET,))


class RespxTransport(httpx2.AsyncBaseTransport):
    """Routes ``httpx2`` requests through a respx router."""

    def __init__(self, router: respx.MockRouter) -> None:
        self.router = router

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        body = await request.aread()
        mirrored = httpx.Request(
            request.method, str(request.url), headers=request.headers.raw, content=body
        )
        try:
            answer = self.router.handler(mirrored)
        except httpx.TransportError as exc:  # same names in both libraries
            raise getattr(httpx2, type(exc).__name__)(str(exc)) from exc
        return httpx2.Response(
            answer.status_code, headers=answer.headers.raw, content=answer.read()
        )


@pytest.fixture
def router() -> respx.MockRouter:
    return respx.MockRouter(base_url=BASE, assert_all_called=False)


async def call(router: respx.MockRouter) -> errors.ProviderError:
    """One SDK call against the router, inside the provider's error mapping."""
    client = anthropic.AsyncAnthropic(
        api_key="sk-ant-api03-respx-key-0123456789",
        base_url=BASE,
        max_retries=0,
        http_client=httpx2.AsyncClient(transport=RespxTransport(router)),
        open_telemetry=False,
    )
    try:
        async with mapped_errors(CONTEXT):
            await client.messages.create(
                model="claude-haiku-4-5", max_tokens=8, messages=[{"role": "user", "content": "x"}]
            )
    except errors.ProviderError as exc:
        return exc
    finally:
        await client.close()
    raise AssertionError("no error was raised")


def vendor_error(status: int, kind: str, message: str, **headers: str) -> httpx.Response:
    body = {"type": "error", "error": {"type": kind, "message": message}, "request_id": "req_1"}
    return httpx.Response(status, json=body, headers=headers)


CONTEXT_MSG = "prompt is too long: 208310 tokens > 200000 maximum"
TOO_LARGE = "Request exceeds the maximum allowed number of bytes."
NO_PERMISSION = "Your API key does not have permission to use the specified resource."
LIMIT_MSG = (
    "input length and `max_tokens` exceed context limit: 197000 + 8192 > 200000, "
    "decrease input length or `max_tokens` and try again"
)


@pytest.mark.parametrize(
    ("reply", "expected", "message"),
    [
        (vendor_error(400, "invalid_request_error", "temperature: too big"),
         errors.BadRequestError, "temperature: too big"),
        (vendor_error(400, "invalid_request_error", CONTEXT_MSG),
         errors.ContextWindowExceededError, CONTEXT_MSG),
        (vendor_error(400, "invalid_request_error", LIMIT_MSG),
         errors.ContextWindowExceededError, LIMIT_MSG),
        (vendor_error(413, "request_too_large", TOO_LARGE),
         errors.ContextWindowExceededError, TOO_LARGE),
        (vendor_error(401, "authentication_error", "invalid x-api-key"),
         errors.AuthenticationError, "invalid x-api-key"),
        (vendor_error(403, "permission_error", NO_PERMISSION),
         errors.AuthenticationError, NO_PERMISSION),
        (vendor_error(404, "not_found_error", "model: claude-nope"),
         errors.NotFoundError, "model: claude-nope"),
        (vendor_error(500, "api_error", "Internal server error"),
         errors.ServerError, "Internal server error"),
        (httpx.Response(502, text="<html>Bad Gateway</html>"),
         errors.ServerError, "<html>Bad Gateway</html>"),
        (vendor_error(503, "api_error", "unavailable"), errors.ServerError, "unavailable"),
        (vendor_error(504, "timeout_error", "timeout"), errors.ServerError, "timeout"),
        (vendor_error(529, "overloaded_error", "Overloaded"), errors.OverloadedError, "Overloaded"),
        (vendor_error(500, "overloaded_error", "Overloaded"), errors.OverloadedError, "Overloaded"),
        (vendor_error(418, "invalid_request_error", "teapot"), errors.BadRequestError, "teapot"),
        (vendor_error(520, "api_error", "odd"), errors.ServerError, "odd"),
    ],
)  # fmt: skip
async def test_status_table(
    router: respx.MockRouter, reply: httpx.Response, expected: type[Exception], message: str
) -> None:
    router.post("/v1/messages").mock(return_value=reply)
    exc = await call(router)
    assert type(exc) is expected
    assert exc.message == message
    assert exc.status_code == reply.status_code
    assert (exc.provider, exc.model) == ("claude", "claude-haiku-4-5")
    assert isinstance(exc.__cause__, anthropic.APIStatusError)


@pytest.mark.parametrize(
    ("headers", "retry_after"),
    [({"retry-after": "7"}, 7.0), ({"retry-after-ms": "1500"}, 1.5), ({}, None)],
)
async def test_rate_limit_carries_retry_after(
    router: respx.MockRouter, headers: dict[str, str], retry_after: float | None
) -> None:
    reply = vendor_error(429, "rate_limit_error", "Number of requests exceeded", **headers)
    router.post("/v1/messages").mock(return_value=reply)
    exc = await call(router)
    assert isinstance(exc, errors.RateLimitError)
    assert exc.retry_after == retry_after
    assert exc.retryable


@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        (httpx.ConnectTimeout("connect timed out"), errors.TimeoutError),
        (httpx.ReadTimeout("read timed out"), errors.TimeoutError),
        (httpx.ConnectError("connection refused"), errors.ConnectionError),
        (httpx.RemoteProtocolError("server disconnected"), errors.ConnectionError),
    ],
)
async def test_transport_failures(
    router: respx.MockRouter, raised: Exception, expected: type[Exception]
) -> None:
    router.post("/v1/messages").mock(side_effect=raised)
    exc = await call(router)
    assert type(exc) is expected
    assert isinstance(exc.__cause__, anthropic.APIConnectionError)


async def test_secrets_echoed_by_the_vendor_are_scrubbed(router: respx.MockRouter) -> None:
    text = f"invalid x-api-key sk-ant-api03-respx-key-0123456789 (also {SECRET})"
    router.post("/v1/messages").mock(return_value=vendor_error(401, "authentication_error", text))
    exc = await call(router)
    for shown in (str(exc), repr(exc), exc.message):
        assert "respx-key" not in shown
        assert SECRET not in shown
    assert "invalid x-api-key" in exc.message


# -- failures without a vendor status --------------------------------------------------------
def started(text: str) -> StreamAccumulator:
    acc = StreamAccumulator()
    acc.feed({"type": "message_start", "message": {"model": "m", "usage": {"input_tokens": 1}}})
    acc.feed({"type": "content_block_start", "index": 0, "content_block": {"type": "text"}})
    acc.feed({"type": "content_block_delta", "index": 0,
              "delta": {"type": "text_delta", "text": text}})  # fmt: skip
    return acc


def stream_error(kind: str) -> StreamErrorEvent:
    return StreamErrorEvent({"type": "error", "error": {"type": kind, "message": "boom"}})


@pytest.mark.parametrize(
    ("raised", "stream", "expected"),
    [
        (InvalidRequest("bad args"), None, errors.BadRequestError),
        (InvalidPayload("not a message"), None, errors.ServerError),
        (Refusal("refused"), started("I can"), errors.ContentFilterError),
        (stream_error("overloaded_error"), started("Hel"), errors.OverloadedError),
        (stream_error("api_error"), started("Hel"), errors.ServerError),
        (stream_error("rate_limit_error"), None, errors.RateLimitError),
        (StreamCut("no message_stop"), started("Hel"), errors.StreamInterruptedError),
        (httpx2.ReadError("reset"), started("Hel"), errors.StreamInterruptedError),
        (httpx2.ReadTimeout("stalled"), started("Hel"), errors.StreamInterruptedError),
        (httpx2.ReadError("reset"), StreamAccumulator(), errors.ConnectionError),
        (httpx2.ReadTimeout("stalled"), None, errors.TimeoutError),
        (TimeoutError(), None, errors.TimeoutError),
        (KeyError("surprise"), None, errors.ServerError),
    ],
)
def test_internal_and_transport_table(
    raised: Exception, stream: StreamAccumulator | None, expected: type[Exception]
) -> None:
    exc = map_error(raised, CONTEXT, stream)
    assert type(exc) is expected
    assert exc.provider == "claude"
    if isinstance(exc, errors.StreamInterruptedError):
        assert exc.partial_text == "Hel"


def test_mid_stream_error_has_no_http_status() -> None:
    exc = map_error(stream_error("overloaded_error"), CONTEXT, started("x"))
    assert exc.status_code is None
    assert exc.message == "boom"


async def test_mapped_errors_chains_and_lets_llmgate_errors_through() -> None:
    original = InvalidRequest("bad")
    with pytest.raises(errors.BadRequestError) as info:
        async with mapped_errors(CONTEXT):
            raise original
    assert info.value.__cause__ is original
    own = errors.NotFoundError("x")
    with pytest.raises(errors.NotFoundError) as again:
        async with mapped_errors(CONTEXT):
            raise own
    assert again.value is own


async def test_cancellation_is_not_mapped() -> None:
    with pytest.raises(asyncio.CancelledError):
        async with mapped_errors(CONTEXT):
            raise asyncio.CancelledError
