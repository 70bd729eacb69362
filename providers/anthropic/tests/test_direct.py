"""The direct path's pieces without a server: HTTP error replies through the error table,
and the SSE decoder on bodies split anywhere."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from llmgate_anthropic._convert import InvalidPayload
from llmgate_anthropic._direct import StatusError, sse_data
from llmgate_anthropic._errors import ErrorContext, map_error

from llmgate import errors

SECRET = "sk-ant-api03-direct-test-key-0123456789"
CONTEXT = ErrorContext("claude", "claude-haiku-4-5", (SECRET,))


def reply(status: int, kind: str, message: str) -> bytes:
    return json.dumps({"type": "error", "error": {"type": kind, "message": message}}).encode()


@pytest.mark.parametrize(
    ("status", "content", "expected", "message"),
    [
        (400, reply(400, "invalid_request_error", "bad"), errors.BadRequestError, "bad"),
        (400, reply(400, "invalid_request_error", "prompt is too long: 9 > 8"),
         errors.ContextWindowExceededError, "prompt is too long: 9 > 8"),
        (401, reply(401, "authentication_error", f"invalid x-api-key {SECRET}"),
         errors.AuthenticationError, "invalid x-api-key ***"),
        (500, reply(500, "overloaded_error", "Overloaded"), errors.OverloadedError, "Overloaded"),
        (529, reply(529, "overloaded_error", "Overloaded"), errors.OverloadedError, "Overloaded"),
        (502, b"<html>Bad Gateway</html>", errors.ServerError, "<html>Bad Gateway</html>"),
        (503, b"", errors.ServerError, "HTTP 503 with an empty body"),
        (418, reply(418, "invalid_request_error", "teapot"), errors.BadRequestError, "teapot"),
    ],
)  # fmt: skip
def test_status_errors_go_through_the_table(
    status: int, content: bytes, expected: type[errors.ProviderError], message: str
) -> None:
    failure = StatusError(status, content, {}, [SECRET])
    mapped = map_error(failure, CONTEXT)
    assert type(mapped) is expected
    assert (mapped.status_code, mapped.message) == (status, message)
    assert (mapped.provider, mapped.model) == ("claude", "claude-haiku-4-5")
    assert SECRET not in str(failure) and SECRET not in repr(mapped)


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [({"retry-after": "7"}, 7.0), ({"retry-after-ms": "1500"}, 1.5), ({}, None)],
)
def test_rate_limit_reads_retry_after_from_the_reply(
    headers: dict[str, str], seconds: float | None
) -> None:
    failure = StatusError(429, reply(429, "rate_limit_error", "slow down"), headers, [])
    mapped = map_error(failure, CONTEXT)
    assert isinstance(mapped, errors.RateLimitError) and mapped.retry_after == seconds


async def pieces_of(pieces: list[bytes]) -> AsyncIterator[bytes]:
    for piece in pieces:
        yield piece


async def decode(pieces: list[bytes]) -> list[Any]:
    return [event async for event in sse_data(pieces_of(pieces), 5.0)]


async def test_sse_events_split_anywhere_decode_the_same() -> None:
    events = [{"type": "message_start", "n": i, "text": "a\u00e9\u4e16"} for i in range(3)]
    body = b"".join(
        f"event: {e['type']}\r\ndata: {json.dumps(e, ensure_ascii=False)}\r\n\r\n".encode()
        for e in events
    )
    assert await decode([body]) == events
    assert await decode([body[i : i + 1] for i in range(len(body))]) == events  # byte by byte
    assert await decode([b": ping comment\n\n", body]) == events  # comments carry nothing


async def test_an_event_that_is_not_json_is_an_invalid_payload() -> None:
    with pytest.raises(InvalidPayload):
        await decode([b"event: x\ndata: {not json\n\n"])


async def test_a_stream_left_early_closes_the_body_reader() -> None:
    closed: list[bool] = []

    async def endless() -> AsyncIterator[bytes]:
        try:
            while True:
                yield b'data: {"type": "ping"}\n\n'
        finally:
            closed.append(True)

    events = sse_data(endless(), 5.0)
    assert await anext(events) == {"type": "ping"}
    await events.aclose()  # what the provider's stream does when its reader stops
    assert closed == [True]


async def test_a_read_that_stalls_past_the_read_timeout_is_a_timeout_error() -> None:
    async def stalls() -> AsyncIterator[bytes]:
        yield b'data: {"type": "ping"}\n\n'
        await asyncio.sleep(30)
        yield b'data: {"type": "never"}\n\n'

    events = sse_data(stalls(), 0.05)
    assert await anext(events) == {"type": "ping"}  # a slow consumer is not the stall
    await asyncio.sleep(0.1)
    t0 = asyncio.get_running_loop().time()
    with pytest.raises(TimeoutError):
        await anext(events)
    assert asyncio.get_running_loop().time() - t0 < 5  # the stall is 30 s
    await events.aclose()
    await asyncio.sleep(0.1)  # no stray cancellation left behind for this task
