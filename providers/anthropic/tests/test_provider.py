"""The provider against a real loopback Anthropic server, on both SDK transports."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

import anthropic
import pytest
from llmgate_anthropic import AnthropicProvider, AnthropicSettings
from llmgate_anthropic._direct import StatusError

from llmgate import errors
from llmgate.provider import (
    ChatRequest,
    Message,
    ProviderSettings,
    StreamEvent,
    ToolCall,
    Usage,
)
from llmgate.testing import AnthropicServer, Reply, ScriptedMessage, ScriptedToolUse

ProviderFactory = Callable[..., AnthropicProvider]
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Weather for a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
    },
}


PARIS = {"city": "Paris"}


def ask(*messages: Message, model: str = "claude-haiku-4-5", **params: object) -> ChatRequest:
    return ChatRequest(model=model, messages=messages, params=dict(params))


def hi() -> ChatRequest:
    return ask(Message("user", "Hi there"), max_tokens=50)


async def collect(provider: AnthropicProvider, request: ChatRequest) -> list[StreamEvent]:
    return [event async for event in provider.stream(request)]


def assemble(events: list[StreamEvent]) -> list[ToolCall]:
    parts: dict[int, list[str]] = {}
    for event in events:
        for d in event.tool_calls:
            entry = parts.setdefault(d.index, ["", "", ""])
            entry[0] += d.id or ""
            entry[1] += d.name or ""
            entry[2] += d.arguments
    return [ToolCall(*parts[i]) for i in sorted(parts)]


def clients_of(provider: AnthropicProvider) -> list[Any]:
    """The per-loop clients the provider sends through (the SDK's, or the direct ones)."""
    return list((provider._direct if provider.direct else provider._clients)._items.values())


# -- answers -------------------------------------------------------------------------------
async def test_chat_returns_text_usage_and_model(
    provider: AnthropicProvider, server: AnthropicServer
) -> None:
    server.script(ScriptedMessage(text="Hello, human.", input_tokens=11, output_tokens=4))
    completion = await provider.complete(hi())
    assert completion.text == "Hello, human."
    assert completion.usage == Usage(input_tokens=11, output_tokens=4)
    assert completion.finish_reason == "stop"
    assert completion.model == "claude-haiku-4-5"
    assert completion.response_id is not None and completion.response_id.startswith("msg_")
    sent = server.requests[-1]
    assert server.api_key_of(sent) == "sk-ant-api03-loopback-test-key-0123456789abcdef"
    assert sent.json() == {
        "model": "claude-haiku-4-5",
        "max_tokens": 50,
        "messages": [{"role": "user", "content": "Hi there"}],
    }


async def test_stream_joins_to_the_chat_text_with_cache_usage(
    provider: AnthropicProvider, server: AnthropicServer
) -> None:
    answer = ScriptedMessage(
        text="The quick brown fox jumps over the lazy dog.",
        input_tokens=5,
        output_tokens=12,
        cache_read_input_tokens=100,
        cache_creation_input_tokens=20,
    )
    server.script(answer, answer)
    completion = await provider.complete(hi())
    events = await collect(provider, hi())
    assert server.requests[-1].json()["stream"] is True
    texts = [e.text for e in events if e.text]
    assert len(texts) > 3  # really streamed, word by word
    assert "".join(texts) == completion.text
    expected = Usage(
        input_tokens=125, output_tokens=12, cached_input_tokens=100, cache_write_tokens=20
    )
    assert completion.usage == expected
    assert events[-1].usage == expected
    assert events[-1].finish_reason == "stop"
    assert [e for e in events if e.usage is not None] == [events[-1]]


async def test_system_messages_are_lifted_in_order(
    provider: AnthropicProvider, server: AnthropicServer
) -> None:
    await provider.complete(
        ask(
            Message("system", "Be brief."),
            Message("user", "One"),
            Message("system", "Answer in French."),
            Message("user", "Two"),
            temperature=0.1,
            top_k=3,
            stop=["STOP"],
        )
    )
    body = server.requests[-1].json()
    assert body["system"] == [
        {"type": "text", "text": "Be brief."},
        {"type": "text", "text": "Answer in French."},
    ]
    assert body["messages"] == [
        {
            "role": "user",
            "content": [{"type": "text", "text": "One"}, {"type": "text", "text": "Two"}],
        }
    ]
    assert (body["temperature"], body["top_k"], body["stop_sequences"]) == (0.1, 3, ["STOP"])
    assert body["max_tokens"] == 64_000  # the haiku-4-5 family's output limit


async def test_default_max_tokens_and_version_header_come_from_settings(
    make_provider: ProviderFactory, server: AnthropicServer
) -> None:
    provider = make_provider(default_max_tokens=321, anthropic_version="2023-06-01")
    await provider.complete(ask(Message("user", "x"), model="proxy-model"))
    assert server.requests[-1].json()["max_tokens"] == 321
    assert server.requests[-1].headers["anthropic-version"] == "2023-06-01"


async def test_auth_and_version_headers_are_the_sdks(
    provider: AnthropicProvider, server: AnthropicServer, api_key: str
) -> None:
    """Direct or through the SDK, the vendor sees the same key and API version."""
    from anthropic._constants import ANTHROPIC_API_VERSION

    await provider.complete(hi())
    request = server.requests[-1]
    assert AnthropicServer.api_key_of(request) == api_key  # x-api-key, or a bearer token
    assert request.headers["anthropic-version"] == ANTHROPIC_API_VERSION


async def test_tool_round_trip(provider: AnthropicProvider, server: AnthropicServer) -> None:
    server.script(
        ScriptedMessage(
            text="Checking.",
            tool_uses=[ScriptedToolUse("get_weather", {"city": "Paris"}, id="toolu_A")],
        )
    )
    question = Message("user", "Weather in Paris?")
    first = await provider.complete(
        ChatRequest(
            model="claude-sonnet-4-5",
            messages=(question,),
            tools=(WEATHER_TOOL,),
            tool_choice="auto",
        )
    )
    assert first.finish_reason == "tool_calls"
    assert first.tool_calls == (ToolCall("toolu_A", "get_weather", '{"city": "Paris"}'),)
    sent = server.requests[-1].json()
    assert sent["tools"] == [
        {
            "name": "get_weather",
            "description": "Weather for a city",
            "input_schema": WEATHER_TOOL["function"]["parameters"],  # type: ignore[index]
        }
    ]
    assert sent["tool_choice"] == {"type": "auto"}

    second = await provider.complete(
        ChatRequest(
            model="claude-sonnet-4-5",
            messages=(
                question,
                Message("assistant", first.text, first.tool_calls),
                Message("tool", "18C and cloudy", tool_call_id="toolu_A"),
            ),
            tools=(WEATHER_TOOL,),
        )
    )
    assert second.text.startswith("You said:")  # the server accepted the pairing
    turns = server.requests[-1].json()["messages"]
    assert turns[1] == {
        "role": "assistant",
        "content": [
            {"type": "text", "text": "Checking."},
            {
                "type": "tool_use",
                "id": "toolu_A",
                "name": "get_weather",
                "input": {"city": "Paris"},
            },
        ],
    }
    assert turns[2] == {
        "role": "user",
        "content": [
            {
                "type": "tool_result",
                "tool_use_id": "toolu_A",
                "content": [{"type": "text", "text": "18C and cloudy"}],
            }
        ],
    }


async def test_streamed_tool_calls_assemble(
    provider: AnthropicProvider, server: AnthropicServer
) -> None:
    uses = [
        ScriptedToolUse("get_weather", {"city": "Paris", "unit": "celsius"}, id="toolu_1"),
        ScriptedToolUse("get_time", {"tz": "Europe/Paris"}, id="toolu_2"),
    ]
    server.script(ScriptedMessage(text="Let me look.", tool_uses=uses))
    events = await collect(provider, hi())
    calls = assemble(events)
    assert [(c.id, c.name) for c in calls] == [("toolu_1", "get_weather"), ("toolu_2", "get_time")]
    assert [c.parsed_arguments() for c in calls] == [dict(u.input) for u in uses]
    assert sum(len(e.tool_calls) for e in events) > 4  # arguments came in fragments
    assert events[-1].finish_reason == "tool_calls"


async def test_concurrent_calls_share_one_client(
    provider: AnthropicProvider, server: AnthropicServer
) -> None:
    # Five at once: LoopbackServer's listen backlog is socketserver's default of 5, and a
    # larger burst of new connections gets some of them reset by the kernel.
    for burst in range(3):
        requests = [ask(Message("user", f"n{burst}-{i}")) for i in range(5)]
        results = await asyncio.gather(*(provider.complete(r) for r in requests))
        assert [r.text for r in results] == [f"You said: n{burst}-{i}" for i in range(5)]
    assert server.count == 15
    assert len(clients_of(provider)) == 1


# -- errors from real status codes and bodies ----------------------------------------------
CONTEXT_MSG = "prompt is too long: 208310 tokens > 200000 maximum"


@pytest.mark.parametrize(
    ("reply", "expected", "status", "message"),
    [
        (AnthropicServer.error_reply(400, "invalid_request_error", "max_tokens: Field required"),
         errors.BadRequestError, 400, "max_tokens: Field required"),
        (AnthropicServer.prompt_too_long(), errors.ContextWindowExceededError, 400, CONTEXT_MSG),
        (AnthropicServer.error_reply(413, "request_too_large", "Request too large"),
         errors.ContextWindowExceededError, 413, "Request too large"),
        (AnthropicServer.error_reply(401, "authentication_error", "invalid x-api-key"),
         errors.AuthenticationError, 401, "invalid x-api-key"),
        (AnthropicServer.error_reply(403, "permission_error", "no access"),
         errors.AuthenticationError, 403, "no access"),
        (AnthropicServer.error_reply(404, "not_found_error", "model: claude-nope"),
         errors.NotFoundError, 404, "model: claude-nope"),
        (AnthropicServer.rate_limited(retry_after=7), errors.RateLimitError, 429, None),
        (AnthropicServer.error_reply(500, "api_error", "Internal server error"),
         errors.ServerError, 500, "Internal server error"),
        (AnthropicServer.overloaded(), errors.OverloadedError, 529, "Overloaded"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("streaming", [False, True])
async def test_vendor_errors(
    provider: AnthropicProvider,
    server: AnthropicServer,
    reply: Reply,
    expected: type[errors.ProviderError],
    status: int,
    message: str | None,
    streaming: bool,
) -> None:
    server.fail_next(reply)
    with pytest.raises(errors.ProviderError) as info:
        if streaming:
            await collect(provider, hi())
        else:
            await provider.complete(hi())
    exc = info.value
    assert type(exc) is expected
    assert exc.status_code == status
    assert exc.message == (message or reply.json["error"]["message"])
    assert (exc.provider, exc.model) == ("claude", "claude-haiku-4-5")
    if isinstance(exc, errors.RateLimitError):
        assert exc.retry_after == 7.0
    # The original failure is kept: the SDK's exception, or (direct) the HTTP reply's.
    assert isinstance(exc.__cause__, StatusError if provider.direct else anthropic.APIStatusError)


async def test_server_checks_catch_a_wrong_request(
    provider: AnthropicProvider, server: AnthropicServer
) -> None:
    """A tool_use left without its tool_result gets the vendor's 400, mapped."""
    dangling = Message("assistant", None, (ToolCall("toolu_X", "f", "{}"),))
    with pytest.raises(errors.BadRequestError, match="toolu_X"):
        await provider.complete(ask(Message("user", "a"), dangling, Message("user", "b")))


async def test_mid_stream_overloaded_event(
    provider: AnthropicProvider, server: AnthropicServer
) -> None:
    server.fail_next(server.stream_with_error("alpha beta gamma delta", after_deltas=2))
    seen: list[str] = []
    with pytest.raises(errors.OverloadedError) as info:
        async for event in provider.stream(hi()):
            seen.append(event.text)
    assert "".join(seen) == "alpha beta "
    assert info.value.message == "Overloaded"
    assert info.value.retryable


async def test_stream_cut_reports_the_partial_text(
    provider: AnthropicProvider, server: AnthropicServer
) -> None:
    server.fail_next(server.stream_cut("one two three four five", after_deltas=2))
    seen: list[str] = []
    with pytest.raises(errors.StreamInterruptedError) as info:
        async for event in provider.stream(hi()):
            seen.append(event.text)
    assert info.value.partial_text == "one two " == "".join(seen)


async def test_stream_that_ends_cleanly_without_message_stop_is_interrupted(
    provider: AnthropicProvider, server: AnthropicServer
) -> None:
    message = server.message_json(ScriptedMessage(text="a b c"), model="claude-haiku-4-5")
    server.fail_next(Reply(sse=AnthropicServer.sse_events(message)[:-1]))
    with pytest.raises(errors.StreamInterruptedError) as info:
        await collect(provider, hi())
    assert info.value.partial_text == "a b c"


async def test_hang_times_out_within_the_attempt_timeout(
    provider: AnthropicProvider, server: AnthropicServer
) -> None:
    for streaming in (False, True):
        server.fail_next(Reply(hang=True))
        request = ChatRequest(model="m", messages=(Message("user", "x"),), timeout_s=0.3)
        started = time.monotonic()
        with pytest.raises(errors.TimeoutError):
            if streaming:
                await collect(provider, request)
            else:
                await provider.complete(request)
        # Not before the request's limit; well before the provider's own 5 s timeout_s.
        assert 0.3 - 0.05 <= time.monotonic() - started < 4.0


async def test_connection_refused(make_provider: ProviderFactory) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    provider = make_provider(base_url=f"http://127.0.0.1:{port}")
    with pytest.raises(errors.ConnectionError) as info:
        await provider.complete(hi())
    assert info.value.retryable
    with pytest.raises(errors.ConnectionError):
        await collect(provider, hi())


@pytest.mark.parametrize(
    "reply",
    [
        Reply(body=b"<html>not json</html>", headers={"content-type": "text/html"}),
        Reply(json={"type": "message", "id": "msg_1"}),
        Reply(json={"type": "message", "content": [{"type": "text"}], "usage": {}}),
    ],
)
async def test_a_200_that_is_not_a_message_is_a_server_error(
    provider: AnthropicProvider, server: AnthropicServer, reply: Reply
) -> None:
    server.fail_next(reply)
    with pytest.raises(errors.ServerError):
        await provider.complete(hi())


async def test_refusal_is_a_content_filter_error(
    provider: AnthropicProvider, server: AnthropicServer
) -> None:
    refusal = ScriptedMessage(text="I can't help with that.", stop_reason="refusal")
    server.script(refusal, refusal)
    with pytest.raises(errors.ContentFilterError):
        await provider.complete(hi())
    with pytest.raises(errors.ContentFilterError):
        await collect(provider, hi())


async def test_bad_tool_arguments_are_refused_before_sending(
    provider: AnthropicProvider, server: AnthropicServer
) -> None:
    bad = Message("assistant", None, (ToolCall("t1", "f", "{not json"),))
    with pytest.raises(errors.BadRequestError, match="not valid JSON"):
        await provider.complete(
            ask(Message("user", "x"), bad, Message("tool", "r", tool_call_id="t1"))
        )
    assert server.count == 0


# -- settings, secrets, lifecycle -----------------------------------------------------------
@pytest.mark.parametrize("key", [None, ""])
def test_missing_api_key_is_a_config_error(key: str | None) -> None:
    with pytest.raises(errors.ConfigError) as info:
        AnthropicProvider("claude", AnthropicSettings.model_validate({"api_key": key}))
    assert info.value.key == "providers.claude.api_key"


def test_base_settings_are_upgraded_to_anthropic_settings() -> None:
    base = ProviderSettings.model_validate({"type": "anthropic", "api_key": "k-12345678"})
    provider = AnthropicProvider("c", base)
    assert isinstance(provider.settings, AnthropicSettings)
    assert provider.settings.default_max_tokens == 4096
    assert provider.settings.http_client == "aiohttp"
    assert provider.settings.transport == "auto" and provider.direct  # the SDK if asked
    assert provider.context_window("claude-haiku-4-5") == 200_000
    assert provider.context_window("local-llama") is None


def test_auto_transport_goes_through_the_sdk_behind_a_proxy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The direct path's client speaks to no proxy: behind one, ``auto`` sends through the SDK."""
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY", "ANTHROPIC_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    settings = AnthropicSettings.model_validate({"api_key": "k-12345678"})
    assert AnthropicProvider("c", settings).direct
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    assert not AnthropicProvider("c", settings).direct
    monkeypatch.setenv("NO_PROXY", "api.anthropic.com")
    assert AnthropicProvider("c", settings).direct
    monkeypatch.delenv("NO_PROXY")
    forced = AnthropicSettings.model_validate({"api_key": "k-12345678", "transport": "direct"})
    assert AnthropicProvider("c", forced).direct  # asked for: kept


def test_seed_is_not_a_capability() -> None:
    params = AnthropicProvider.capabilities.params
    assert "seed" not in params
    assert {"max_tokens", "temperature", "top_p", "stop", "top_k", "metadata"} <= params


async def test_api_key_never_shows_in_errors_or_reprs(
    provider: AnthropicProvider, server: AnthropicServer, api_key: str
) -> None:
    echo = f"invalid x-api-key: {api_key}"
    server.fail_next(AnthropicServer.error_reply(401, "authentication_error", echo))
    with pytest.raises(errors.AuthenticationError) as info:
        await provider.complete(hi())
    for text in (str(info.value), repr(info.value), info.value.message, repr(provider),
                 str(provider.settings), repr(provider.settings)):  # fmt: skip
        assert api_key not in text
    assert provider.secrets() == [api_key]
    if provider.direct:  # the kept original (the reply) is scrubbed too
        assert api_key not in str(info.value.__cause__)


async def test_aclose_closes_clients_of_every_loop(
    provider: AnthropicProvider, server: AnthropicServer
) -> None:
    """The sync API serves calls on another loop thread; aclose closes that client too."""
    other = asyncio.new_event_loop()
    thread = threading.Thread(target=other.run_forever, daemon=True)
    thread.start()
    try:
        done = asyncio.run_coroutine_threadsafe(provider.complete(hi()), other)
        assert (await asyncio.wrap_future(done)).text == "You said: Hi there"
        await provider.complete(hi())
        clients = clients_of(provider)
        assert len(clients) == 2 and clients[0] is not clients[1]
        await provider.aclose()
        assert all(client.is_closed() for client in clients) and not clients_of(provider)
    finally:
        other.call_soon_threadsafe(other.stop)
        thread.join(timeout=5)
        other.close()


def test_entry_point_is_registered() -> None:
    from importlib.metadata import entry_points

    (ep,) = [e for e in entry_points(group="llmgate.providers") if e.name == "anthropic"]
    assert ep.load() is AnthropicProvider
    assert json.loads(json.dumps(ep.value)) == "llmgate_anthropic:AnthropicProvider"
