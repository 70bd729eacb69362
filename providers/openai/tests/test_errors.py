"""The error table: pure on vendor bodies, then through the real SDK over a respx transport."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import openai
import pytest
import respx
from llmgate_openai._errors import StreamProgress, error_from_status, map_errors, translate

from llmgate import errors

KEY = "sk-proj-Zx8Q2mLr5TnV0cWb7YhK3sJd"
BASE = "https://api.test/v1"


def body(message: str, type_: str, code: str | None = None) -> dict[str, Any]:
    return {"message": message, "type": type_, "param": None, "code": code}


CONTEXT = body(
    "This model's maximum context length is 128000 tokens. However, your messages resulted "
    "in 130532 tokens. Please reduce the length of the messages.",
    "invalid_request_error",
    "context_length_exceeded",
)


@pytest.mark.parametrize(
    ("status", "payload", "cls"),
    [
        (400, CONTEXT, errors.ContextWindowExceededError),
        (
            400,
            body("maximum context length is 8192 tokens", "invalid_request_error"),
            errors.ContextWindowExceededError,
        ),
        (
            400,
            body("Invalid value for 'temperature'", "invalid_request_error"),
            errors.BadRequestError,
        ),
        (422, body("Unprocessable", "invalid_request_error"), errors.BadRequestError),
        (
            401,
            body("Incorrect API key provided", "invalid_request_error", "invalid_api_key"),
            errors.AuthenticationError,
        ),
        (
            403,
            body("Country, region, or territory not supported", "request_forbidden"),
            errors.AuthenticationError,
        ),
        (
            404,
            body("The model `x` does not exist", "invalid_request_error", "model_not_found"),
            errors.NotFoundError,
        ),
        (500, body("The server had an error", "server_error"), errors.ServerError),
        (502, "<html>502 Bad Gateway</html>", errors.ServerError),
        (504, None, errors.ServerError),
        (503, body("The engine is currently overloaded", "server_error"), errors.OverloadedError),
        (503, body("Slow Down", "server_error"), errors.OverloadedError),
        (503, body("Service Unavailable", "server_error"), errors.ServerError),
        (418, body("I'm a teapot", "invalid_request_error"), errors.BadRequestError),
        (599, None, errors.ServerError),
        (None, {"error": body("stream broke", "server_error")}, errors.ServerError),
    ],
)
def test_status_table(status: int | None, payload: Any, cls: type[errors.ProviderError]) -> None:
    error = error_from_status(status, payload)
    assert type(error) is cls
    assert error.status_code == status
    if isinstance(payload, dict):
        inner = payload.get("error", payload)
        assert error.message == inner["message"]  # the vendor's own words are kept
    elif isinstance(payload, str):
        assert "502 Bad Gateway" in error.message


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "2"}, 2.0),
        ({"retry-after-ms": "350", "retry-after": "1"}, 0.35),
        ({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),
        ({"retry-after": "soon"}, None),
        ({}, None),
    ],
)
def test_rate_limit_retry_after(headers: dict[str, str], expected: float | None) -> None:
    error = error_from_status(
        429, body("Rate limit reached", "requests", "rate_limit_exceeded"), headers
    )
    assert isinstance(error, errors.RateLimitError)
    assert error.retry_after == expected
    assert error.retryable is True


def test_insufficient_quota_is_a_rate_limit_that_is_not_retried() -> None:
    error = error_from_status(
        429, body("You exceeded your current quota", "insufficient_quota", "insufficient_quota")
    )
    assert isinstance(error, errors.RateLimitError)
    assert error.retryable is False


def test_vendor_message_is_scrubbed() -> None:
    error = error_from_status(
        401, body(f"Incorrect API key provided: {KEY}.", "invalid_request_error"), secrets=[KEY]
    )
    assert KEY not in str(error) and KEY not in repr(error)
    assert "Incorrect API key provided" in error.message


# -- through the SDK, on a respx-mocked httpx transport --------------------------------


@pytest.fixture
async def sdk() -> AsyncIterator[openai.AsyncOpenAI]:
    client = openai.AsyncOpenAI(
        api_key=KEY, base_url=BASE, max_retries=0, http_client=httpx.AsyncClient()
    )
    yield client
    await client.close()


async def call(client: openai.AsyncOpenAI) -> None:
    async with map_errors("openai", "gpt-4o-mini", secrets=[KEY]):
        await client.post(
            "/chat/completions", body={"model": "gpt-4o-mini"}, cast_to=httpx.Response
        )


@respx.mock
async def test_sdk_status_error_is_mapped_with_cause(sdk: openai.AsyncOpenAI) -> None:
    respx.post(f"{BASE}/chat/completions").mock(
        return_value=httpx.Response(
            429,
            json={
                "error": body(f"Rate limit reached for key {KEY}", "tokens", "rate_limit_exceeded")
            },
            headers={"retry-after-ms": "1500"},
        )
    )
    with pytest.raises(errors.RateLimitError) as caught:
        await call(sdk)
    error = caught.value
    assert isinstance(error.__cause__, openai.RateLimitError)
    assert error.retry_after == 1.5
    assert (error.provider, error.model, error.status_code) == ("openai", "gpt-4o-mini", 429)
    assert "Rate limit reached" in str(error)
    assert KEY not in str(error) and KEY not in repr(error)


@respx.mock
async def test_sdk_context_window(sdk: openai.AsyncOpenAI) -> None:
    respx.post(f"{BASE}/chat/completions").mock(
        return_value=httpx.Response(400, json={"error": CONTEXT})
    )
    with pytest.raises(errors.ContextWindowExceededError, match="maximum context length"):
        await call(sdk)


@pytest.mark.parametrize(
    ("raised", "cls"),
    [
        (httpx.ConnectError("Connection refused"), errors.ConnectionError),
        (httpx.ReadTimeout("timed out"), errors.TimeoutError),
        (httpx.ConnectTimeout("timed out"), errors.TimeoutError),
        (httpx.RemoteProtocolError("Server disconnected"), errors.ConnectionError),
    ],
)
@respx.mock
async def test_sdk_transport_errors(
    sdk: openai.AsyncOpenAI, raised: Exception, cls: type[errors.ProviderError]
) -> None:
    respx.post(f"{BASE}/chat/completions").mock(side_effect=raised)
    with pytest.raises(cls) as caught:
        await call(sdk)
    assert isinstance(caught.value.__cause__, openai.APIConnectionError)


def test_aiohttp_refused_reported_as_timeout_is_a_connection_error() -> None:
    # The SDK's aiohttp transport maps a refused connection to ConnectTimeout and then
    # APITimeoutError; the cause chain still says what really happened.
    refused = ConnectionRefusedError(111, "Connect call failed")
    middle = httpx.ConnectTimeout("Cannot connect to host")
    middle.__cause__ = refused
    top = openai.APITimeoutError(request=httpx.Request("POST", BASE))  # type: ignore[arg-type]
    top.__cause__ = middle
    assert isinstance(translate(top), errors.ConnectionError)
    real_timeout = openai.APITimeoutError(request=httpx.Request("POST", BASE))  # type: ignore[arg-type]
    real_timeout.__cause__ = TimeoutError()
    assert isinstance(translate(real_timeout), errors.TimeoutError)


def test_stream_progress_turns_transport_failures_into_interruptions() -> None:
    cut = httpx.RemoteProtocolError("peer closed connection")
    progress = StreamProgress(started=True, parts=["Hello", " wor"])
    error = translate(cut, progress=progress)
    assert isinstance(error, errors.StreamInterruptedError)
    assert error.partial_text == "Hello wor"
    # A stall before any text is a timeout: nothing reached the caller.
    stalled = translate(TimeoutError(), progress=StreamProgress(started=True))
    assert isinstance(stalled, errors.TimeoutError)
    # After text, a stall is an interruption carrying that text.
    late = translate(TimeoutError(), progress=StreamProgress(started=True, parts=["Hi"]))
    assert isinstance(late, errors.StreamInterruptedError) and late.partial_text == "Hi"


async def test_map_errors_leaves_bugs_and_stamps_llmgate_errors() -> None:
    with pytest.raises(KeyError):
        async with map_errors("openai", "m"):
            raise KeyError("a bug, not a vendor failure")
    with pytest.raises(errors.ServerError) as caught, map_errors("openai", "gpt-4o"):
        raise errors.ServerError("bad body")
    assert (caught.value.provider, caught.value.model) == ("openai", "gpt-4o")
