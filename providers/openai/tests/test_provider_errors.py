"""Every failure of the error table, from real status codes, bodies and broken sockets of
the loopback OpenAI server, through chat and stream."""

from __future__ import annotations

import time
from typing import Any

import openai
import pytest
from llmgate_openai import OpenAIProvider, OpenAISettings

from llmgate import errors
from llmgate.provider import ChatRequest, Message, StreamEvent
from llmgate.testing import OpenAIServer, Reply


def transport(via: str) -> dict[str, str]:
    """Settings for ``via``: "direct" (the default), or the SDK's "aiohttp" or "httpx"."""
    return {"transport": "direct"} if via == "direct" else {"transport": "sdk", "http_client": via}


KEY = "sk-test-Qm4Rt8Yp2Wx6Zc1Vb5NkLa9"  # the conftest's key


def ask(text: str = "Hi", **kw: Any) -> ChatRequest:
    return ChatRequest(model="gpt-4o-mini", messages=(Message("user", text),), **kw)


async def run(provider: OpenAIProvider, mode: str, request: ChatRequest) -> list[StreamEvent]:
    """Serve ``request`` as a chat or a stream; the events seen (for a stream)."""
    if mode == "chat":
        await provider.complete(request)
        return []
    seen: list[StreamEvent] = []
    async for event in provider.stream(request):
        seen.append(event)
    return seen


def assert_clean(error: BaseException) -> None:
    """No key in what the caller can print."""
    assert KEY not in str(error) and KEY not in repr(error)


ERROR_CASES = [
    (
        OpenAIServer.context_length_exceeded(),
        errors.ContextWindowExceededError,
        400,
        "maximum context length is 128000 tokens",
    ),
    (
        OpenAIServer.error_reply(
            400,
            "Invalid value for 'temperature': must be <= 2.",
            "invalid_request_error",
            param="temperature",
        ),
        errors.BadRequestError,
        400,
        "Invalid value for 'temperature'",
    ),
    (
        OpenAIServer.error_reply(422, "Unprocessable request", "invalid_request_error"),
        errors.BadRequestError,
        422,
        "Unprocessable request",
    ),
    (OpenAIServer.invalid_api_key(), errors.AuthenticationError, 401, "Incorrect API key"),
    (OpenAIServer.permission_denied(), errors.AuthenticationError, 403, "not supported"),
    (
        OpenAIServer.model_not_found("gpt-9"),
        errors.NotFoundError,
        404,
        "The model `gpt-9` does not exist",
    ),
    (OpenAIServer.rate_limited(retry_after="3"), errors.RateLimitError, 429, "Rate limit reached"),
    (OpenAIServer.insufficient_quota(), errors.RateLimitError, 429, "exceeded your current quota"),
    (OpenAIServer.server_error(), errors.ServerError, 500, "The server had an error"),
    (OpenAIServer.bad_gateway(), errors.ServerError, 502, "502 Bad Gateway"),
    (OpenAIServer.server_error(504), errors.ServerError, 504, "The server had an error"),
    (OpenAIServer.overloaded(), errors.OverloadedError, 503, "currently overloaded"),
    (OpenAIServer.slow_down(), errors.OverloadedError, 503, "Slow Down"),
    (
        OpenAIServer.error_reply(503, "Service Unavailable", "server_error"),
        errors.ServerError,
        503,
        "Service Unavailable",
    ),
]


@pytest.mark.parametrize("mode", ["chat", "stream"])
@pytest.mark.parametrize(("reply", "cls", "status", "fragment"), ERROR_CASES)
async def test_status_errors(
    provider: OpenAIProvider,
    openai_server: OpenAIServer,
    mode: str,
    reply: Reply,
    cls: type[errors.ProviderError],
    status: int,
    fragment: str,
) -> None:
    openai_server.fail_next(reply)
    with pytest.raises(errors.ProviderError) as caught:
        await run(provider, mode, ask())
    error = caught.value
    assert type(error) is cls
    assert error.status_code == status
    assert fragment in error.message  # the vendor's own message is kept
    assert (error.provider, error.model) == ("openai", "gpt-4o-mini")
    if not provider.direct:  # the SDK's exception is the original; direct, the reply itself
        assert isinstance(error.__cause__, openai.APIStatusError)
    assert_clean(error)
    assert openai_server.count == 1  # the SDK did not retry on its own


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (OpenAIServer.rate_limited(retry_after="3"), 3.0),
        (OpenAIServer.rate_limited(retry_after="20", retry_after_ms="1250"), 1.25),
        (OpenAIServer.rate_limited(retry_after=None), None),
    ],
)
async def test_rate_limit_retry_after(
    provider: OpenAIProvider, openai_server: OpenAIServer, reply: Reply, expected: float | None
) -> None:
    openai_server.fail_next(reply)
    with pytest.raises(errors.RateLimitError) as caught:
        await provider.complete(ask())
    assert caught.value.retry_after == expected
    assert caught.value.retryable is True


async def test_insufficient_quota_is_not_retryable(
    provider: OpenAIProvider, openai_server: OpenAIServer
) -> None:
    openai_server.fail_next(OpenAIServer.insufficient_quota())
    with pytest.raises(errors.RateLimitError) as caught:
        await provider.complete(ask())
    assert caught.value.retryable is False


async def test_the_key_never_shows_even_when_the_vendor_echoes_it(
    provider: OpenAIProvider, openai_server: OpenAIServer
) -> None:
    openai_server.fail_next(OpenAIServer.invalid_api_key(shown=KEY))
    with pytest.raises(errors.AuthenticationError) as caught:
        await provider.complete(ask())
    assert "Incorrect API key provided: ***" in caught.value.message
    assert_clean(caught.value)
    assert KEY not in repr(provider) and KEY not in str(provider)


@pytest.mark.parametrize("mode", ["chat", "stream"])
async def test_hang_times_out_within_the_request_timeout(
    provider: OpenAIProvider, openai_server: OpenAIServer, mode: str
) -> None:
    openai_server.fail_next(Reply(hang=True))
    start = time.monotonic()
    with pytest.raises(errors.TimeoutError) as caught:
        await run(provider, mode, ask(timeout_s=0.3))
    elapsed = time.monotonic() - start
    # Not before the request's limit; well before the provider's own 5 s timeout_s.
    assert 0.3 - 0.05 <= elapsed < 4.0
    assert caught.value.retryable and caught.value.provider == "openai"


async def test_slow_answer_is_bounded_as_a_whole(
    provider: OpenAIProvider, openai_server: OpenAIServer
) -> None:
    # Each read is quick but the answer as a whole is late: the attempt's deadline holds.
    blocks = [f"data: {i}\n\n" for i in range(50)]
    openai_server.fail_next(Reply(sse=blocks, chunk_delay_s=0.1))
    start = time.monotonic()
    with pytest.raises(errors.TimeoutError):
        await provider.complete(ask(timeout_s=0.5))
    assert time.monotonic() - start < 4.0  # the whole answer takes 5 s; so does timeout_s


@pytest.fixture(scope="module")
def dead_url() -> str:
    """The URL of a server that has stopped: nothing listens on its port any more."""
    with OpenAIServer() as srv:
        return srv.base_url


@pytest.mark.parametrize("mode", ["chat", "stream"])
@pytest.mark.parametrize("via", ["direct", "aiohttp", "httpx"])
async def test_connection_refused(dead_url: str, mode: str, via: str) -> None:
    url = dead_url
    provider = OpenAIProvider("local", OpenAISettings(base_url=url, timeout_s=2, **transport(via)))
    try:
        with pytest.raises(errors.ConnectionError) as caught:
            await run(provider, mode, ask())
    finally:
        await provider.aclose()
    assert caught.value.retryable


async def test_dropped_connection_is_a_connection_error(
    provider: OpenAIProvider, openai_server: OpenAIServer
) -> None:
    openai_server.fail_next(Reply(drop=True))
    with pytest.raises(errors.ConnectionError):
        await provider.complete(ask())


async def test_stream_cut_before_done(
    provider: OpenAIProvider, openai_server: OpenAIServer
) -> None:
    openai_server.fail_next(OpenAIServer.cut_stream("one two three four five", after_chunks=2))
    seen: list[StreamEvent] = []
    with pytest.raises(errors.StreamInterruptedError) as caught:
        async for event in provider.stream(ask()):
            seen.append(event)
    assert caught.value.partial_text == "one two "
    assert "".join(e.text for e in seen) == caught.value.partial_text
    assert caught.value.provider == "openai"


async def test_stream_that_ends_without_done(
    provider: OpenAIProvider, openai_server: OpenAIServer
) -> None:
    # The connection closes cleanly, but the vendor never said [DONE]: the SDK's own
    # iterator would stop silently here.
    openai_server.fail_next(OpenAIServer.unfinished_stream("half an answer"))
    with pytest.raises(errors.StreamInterruptedError) as caught:
        await run(provider, "stream", ask())
    assert caught.value.partial_text == "half an answer"


@pytest.mark.parametrize(
    "reply",
    [
        Reply(body=b"<html>maintenance</html>", headers={"Content-Type": "text/html"}),
        Reply(json={"object": "list", "data": []}),
        Reply(json={"choices": [{"index": 0, "finish_reason": "stop"}]}),
    ],
)
async def test_a_200_that_is_not_a_chat_completion(
    provider: OpenAIProvider, openai_server: OpenAIServer, reply: Reply
) -> None:
    openai_server.fail_next(reply)
    with pytest.raises(errors.ServerError) as caught:
        await provider.complete(ask())
    assert caught.value.provider == "openai"


@pytest.mark.parametrize(
    "blocks",
    [
        ['data: {"error": {"message": "upstream failed", "type": "server_error"}}\n\n'],
        ["data: {not json\n\n", "data: [DONE]\n\n"],
    ],
)
async def test_broken_stream_blocks(
    provider: OpenAIProvider, openai_server: OpenAIServer, blocks: list[str]
) -> None:
    openai_server.fail_next(Reply(sse=blocks))
    with pytest.raises(errors.ServerError):
        await run(provider, "stream", ask())


@pytest.mark.parametrize("mode", ["chat", "stream"])
async def test_refusal_is_a_content_filter_error(
    provider: OpenAIProvider, openai_server: OpenAIServer, mode: str
) -> None:
    openai_server.script(refusal="I'm sorry, I can't help with that.")
    with pytest.raises(errors.ContentFilterError) as caught:
        await run(provider, mode, ask())
    assert "I'm sorry, I can't help with that." in caught.value.message


@pytest.mark.parametrize("mode", ["chat", "stream"])
async def test_content_filter_before_any_text(
    provider: OpenAIProvider, openai_server: OpenAIServer, mode: str
) -> None:
    openai_server.script("", finish_reason="content_filter")
    with pytest.raises(errors.ContentFilterError):
        await run(provider, mode, ask())


async def test_content_filter_after_some_text_keeps_the_text(
    provider: OpenAIProvider, openai_server: OpenAIServer
) -> None:
    openai_server.script("Here is the start", finish_reason="content_filter")
    openai_server.script("Here is the start", finish_reason="content_filter")
    done = await provider.complete(ask())
    assert (done.text, done.finish_reason) == ("Here is the start", "content_filter")
    events = await run(provider, "stream", ask())
    assert "".join(e.text for e in events) == "Here is the start"
    assert events[-1].usage is not None
