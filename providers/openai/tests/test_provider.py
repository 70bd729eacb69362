"""OpenAIProvider against the real loopback OpenAI server: chat, streams, tools, usage,
settings and the per-loop clients. Failures are in test_provider_errors.py."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from llmgate_openai import OpenAIProvider, OpenAISettings

from llmgate.errors import ConfigError
from llmgate.provider import ChatRequest, Message, ProviderSettings, StreamEvent, ToolCall, Usage
from llmgate.testing import OpenAIServer, wait_until

# The conftest's key (test modules cannot import the conftest under importlib mode).
KEY = "sk-test-Qm4Rt8Yp2Wx6Zc1Vb5NkLa9"


def transport(via: str) -> dict[str, str]:
    """Settings for ``via``: "direct" (the default), or the SDK's "aiohttp" or "httpx"."""
    return {"transport": "direct"} if via == "direct" else {"transport": "sdk", "http_client": via}


TOOLS = (
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Current weather for a city",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}, "unit": {"enum": ["C", "F"]}},
                "required": ["city"],
            },
            "strict": True,
        },
    },
)


def ask(text: str, **kw: Any) -> ChatRequest:
    return ChatRequest(model="gpt-4o-mini", messages=(Message("user", text),), **kw)


async def collect(provider: OpenAIProvider, request: ChatRequest) -> list[StreamEvent]:
    return [event async for event in provider.stream(request)]


async def test_chat(provider: OpenAIProvider, openai_server: OpenAIServer) -> None:
    done = await provider.complete(ask("Hello there", params={"max_tokens": 32}))
    assert done.text == "echo: Hello there"
    assert done.model == "gpt-4o-mini"
    assert done.finish_reason == "stop"
    assert done.response_id is not None and done.response_id.startswith("chatcmpl-")
    assert done.usage.input_tokens > 0 and done.usage.output_tokens == 3
    (sent,) = openai_server.requests
    assert sent.path == "/v1/chat/completions"
    assert sent.headers["authorization"] == f"Bearer {KEY}"
    body = sent.json()
    assert body["messages"] == [{"role": "user", "content": "Hello there"}]
    # A compatible server (base_url set) gets max_tokens, which every one of them knows.
    assert body["max_tokens"] == 32 and "max_completion_tokens" not in body
    assert "stream" not in body


async def test_official_endpoint_gets_max_completion_tokens(
    provider: OpenAIProvider, openai_server: OpenAIServer
) -> None:
    provider.official = True  # as for a provider with no base_url
    await provider.complete(ask("Hi", params={"max_tokens": 16}))
    body = openai_server.chat_requests()[0]
    assert body["max_completion_tokens"] == 16 and "max_tokens" not in body


async def test_params_are_sent_as_given(
    provider: OpenAIProvider, openai_server: OpenAIServer
) -> None:
    params = {
        "temperature": 0.3,
        "top_p": 0.9,
        "stop": ["END"],
        "seed": 42,
        "presence_penalty": 0.1,
        "frequency_penalty": 0.2,
        "response_format": {"type": "json_object"},
        "parallel_tool_calls": False,
        "user": "user-1234",
        "logit_bias": {"50256": -100},
    }
    assert set(params) | {"max_tokens"} == provider.capabilities.params
    await provider.complete(ask("Hi", params=params))
    body = openai_server.chat_requests()[0]
    assert {k: body[k] for k in params} == params


async def test_stream_joins_to_the_chat_text(
    provider: OpenAIProvider, openai_server: OpenAIServer
) -> None:
    text = "The capital of France is Paris, on the Seine."
    openai_server.script(text)
    openai_server.script(text)
    done = await provider.complete(ask("Capital of France?"))
    events = await collect(provider, ask("Capital of France?"))
    assert "".join(e.text for e in events) == done.text == text
    assert sum(1 for e in events if e.text) > 5  # really streamed, word by word
    assert events[-1].usage == done.usage  # usage arrives in the last event
    assert all(e.usage is None for e in events[:-1])
    assert [e.finish_reason for e in events if e.finish_reason] == ["stop"]
    body = openai_server.chat_requests()[1]
    assert body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}


async def test_stream_can_be_abandoned_early(
    provider: OpenAIProvider, openai_server: OpenAIServer
) -> None:
    openai_server.script("one two three four five six")
    stream = provider.stream(ask("count"))
    first = await anext(aiter(stream))
    assert first.text == "one "
    await stream.aclose()  # type: ignore[attr-defined]
    # The provider (and its connection pool) still serves the next call.
    assert (await provider.complete(ask("again"))).text == "echo: again"


async def test_tools_round_trip(provider: OpenAIProvider, openai_server: OpenAIServer) -> None:
    openai_server.script(
        tool_calls=[{"id": "call_w1", "name": "get_weather", "arguments": {"city": "Paris"}}]
    )
    openai_server.script("It is 18C in Paris.")
    tool_choice = {"type": "function", "function": {"name": "get_weather"}}
    first = await provider.complete(ask("Weather in Paris?", tools=TOOLS, tool_choice=tool_choice))
    assert first.finish_reason == "tool_calls"
    assert first.text == ""
    assert first.tool_calls == (ToolCall("call_w1", "get_weather", '{"city": "Paris"}'),)
    received = openai_server.chat_requests()[0]
    assert received["tools"] == json.loads(json.dumps(list(TOOLS)))  # exactly as given
    assert received["tool_choice"] == tool_choice

    follow_up = ChatRequest(
        model="gpt-4o-mini",
        messages=(
            Message("user", "Weather in Paris?"),
            Message("assistant", None, tool_calls=first.tool_calls),
            Message("tool", '{"temp_c": 18}', tool_call_id="call_w1"),
        ),
        tools=TOOLS,
    )
    second = await provider.complete(follow_up)
    assert second.text == "It is 18C in Paris."
    sent = openai_server.chat_requests()[1]["messages"]
    assert sent[1] == {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "id": "call_w1",
                "type": "function",
                "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
            }
        ],
    }
    assert sent[2] == {"role": "tool", "content": '{"temp_c": 18}', "tool_call_id": "call_w1"}


async def test_streamed_tool_calls(provider: OpenAIProvider, openai_server: OpenAIServer) -> None:
    args = {"city": "Reykjavik", "unit": "C"}
    openai_server.script(
        tool_calls=[
            {"id": "call_a", "name": "get_weather", "arguments": args},
            {"id": "call_b", "name": "get_weather", "arguments": {"city": "Oslo"}},
        ]
    )
    events = await collect(provider, ask("Weather?", tools=TOOLS))
    deltas = [d for e in events for d in e.tool_calls]
    assert len(deltas) > 4  # the arguments arrive in pieces
    joined: dict[int, dict[str, str]] = {}
    for d in deltas:
        call = joined.setdefault(d.index, {"id": "", "name": "", "arguments": ""})
        call["id"] = d.id or call["id"]
        call["name"] = d.name or call["name"]
        call["arguments"] += d.arguments
    assert joined[0]["id"] == "call_a" and joined[1]["id"] == "call_b"
    assert {c["name"] for c in joined.values()} == {"get_weather"}
    assert json.loads(joined[0]["arguments"]) == args
    assert json.loads(joined[1]["arguments"]) == {"city": "Oslo"}
    assert [e.finish_reason for e in events if e.finish_reason] == ["tool_calls"]


@pytest.mark.parametrize("mode", ["chat", "stream"])
async def test_cached_and_reasoning_usage(
    provider: OpenAIProvider, openai_server: OpenAIServer, mode: str
) -> None:
    openai_server.script(
        "42",
        usage={
            "prompt_tokens": 2048,
            "completion_tokens": 300,
            "prompt_tokens_details": {"cached_tokens": 1920},
            "completion_tokens_details": {"reasoning_tokens": 256},
        },
    )
    if mode == "chat":
        usage = (await provider.complete(ask("Think hard"))).usage
    else:
        usage = (await collect(provider, ask("Think hard")))[-1].usage
    assert usage == Usage(
        input_tokens=2048, output_tokens=300, cached_input_tokens=1920, reasoning_tokens=256
    )


async def test_image_parts_are_sent(provider: OpenAIProvider, openai_server: OpenAIServer) -> None:
    parts = [
        {"type": "text", "text": "Describe"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}},
    ]
    request = ChatRequest(model="gpt-4o", messages=(Message("user", parts),))
    assert (await provider.complete(request)).text == "echo: Describe"
    assert openai_server.chat_requests()[0]["messages"][0]["content"] == parts


@pytest.mark.parametrize("via", ["direct", "aiohttp", "httpx"])
async def test_compatible_server_without_key(openai_server: OpenAIServer, via: str) -> None:
    openai_server.api_key = None  # a local vLLM/Ollama started without --api-key
    settings = OpenAISettings(base_url=openai_server.base_url, **transport(via))
    p = OpenAIProvider("vllm", settings)
    try:
        assert (await p.complete(ask("hi"))).text == "echo: hi"
        events = await collect(p, ask("hi"))
    finally:
        await p.aclose()
    assert "".join(e.text for e in events) == "echo: hi"
    assert openai_server.requests[0].headers["authorization"] == "Bearer llmgate-no-key"


def test_no_key_and_no_base_url_is_a_config_error() -> None:
    with pytest.raises(ConfigError) as caught:
        OpenAIProvider("openai", OpenAISettings())
    assert caught.value.key == "providers.openai.api_key"  # the full path, as the Client shows
    assert "api_key" in str(caught.value)


@pytest.mark.parametrize(
    ("env", "base_url", "direct"),
    [
        ({}, "https://llm.example.com/v1", True),
        ({"HTTPS_PROXY": "http://proxy.example:3128"}, "https://llm.example.com/v1", False),
        ({"HTTPS_PROXY": "http://proxy.example:3128"}, "http://10.0.0.5:8000/v1", True),
        ({"HTTP_PROXY": "http://proxy.example:3128"}, "http://10.0.0.5:8000/v1", False),
        ({"ALL_PROXY": "http://proxy.example:3128"}, None, False),
        (
            {"HTTPS_PROXY": "http://proxy.example:3128", "NO_PROXY": ".example.com"},
            "https://llm.example.com/v1",
            True,
        ),
    ],
)
def test_auto_transport_goes_through_the_sdk_where_a_proxy_applies(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], base_url: str | None, direct: bool
) -> None:
    """The lean client speaks to no proxy: behind one, ``auto`` sends through the SDK."""
    for name in ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert OpenAIProvider("o", OpenAISettings(api_key=KEY, base_url=base_url)).direct is direct
    forced = OpenAISettings(api_key=KEY, base_url=base_url, transport="direct")
    assert OpenAIProvider("o", forced).direct  # asked for: kept, proxy or not


def test_settings() -> None:
    settings = OpenAISettings(api_key=KEY, organization="org-1", headers={"X-Team": "a"})
    assert settings.type == "openai" and settings.http_client == "aiohttp"
    assert settings.transport == "auto"  # direct, the SDK only where asked for or proxied
    assert OpenAIProvider.settings_model is OpenAISettings
    # The core may hand over base ProviderSettings; they are upgraded, not refused.
    p = OpenAIProvider("o", ProviderSettings(type="openai", api_key=KEY))  # type: ignore[arg-type]
    assert isinstance(p.settings, OpenAISettings) and p.official
    assert KEY not in repr(p) and KEY not in str(p)
    assert KEY not in repr(p.settings)


async def test_headers_and_organization_are_sent(openai_server: OpenAIServer) -> None:
    settings = OpenAISettings(
        api_key=KEY,
        base_url=openai_server.base_url,
        organization="org-42",
        headers={"X-Team": "search"},
    )
    p = OpenAIProvider("openai", settings)
    try:
        await p.complete(ask("hi"))
    finally:
        await p.aclose()
    headers = openai_server.requests[0].headers
    assert headers["x-team"] == "search" and headers["openai-organization"] == "org-42"


@pytest.fixture
def other_loop() -> Iterator[asyncio.AbstractEventLoop]:
    """A loop on its own thread, as the core runs the sync API."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    yield loop
    loop.call_soon_threadsafe(loop.stop)
    thread.join(5)
    loop.close()


def senders(p: OpenAIProvider) -> list[Any]:
    """The per-loop objects the provider sends through: SDK clients, or direct senders."""
    return list((p._forwarders if p.direct else p._clients)._items.values())


def closed_flags(items: list[Any]) -> list[bool]:
    """Wraps each sender's close so that the test sees it called (an SDK client also says)."""
    flags = [False] * len(items)
    for i, item in enumerate(items):
        if hasattr(item, "is_closed"):
            continue
        close = item.close

        async def recorded(i: int = i, close: Any = close) -> None:
            flags[i] = True
            await close()

        item.close = recorded
    return flags


def all_closed(items: list[Any], flags: list[bool]) -> bool:
    return all(
        f or (hasattr(c, "is_closed") and c.is_closed()) for c, f in zip(items, flags, strict=True)
    )


@pytest.mark.parametrize("via", ["direct", "aiohttp"])
async def test_one_client_per_loop_and_aclose_closes_all(
    openai_server: OpenAIServer, other_loop: asyncio.AbstractEventLoop, via: str
) -> None:
    settings = OpenAISettings(api_key=KEY, base_url=openai_server.base_url, **transport(via))
    p = OpenAIProvider("openai", settings)
    there = asyncio.run_coroutine_threadsafe(p.complete(ask("there")), other_loop).result(10)
    here = await p.complete(ask("here"))
    assert (there.text, here.text) == ("echo: there", "echo: here")
    clients = senders(p)
    assert len(clients) == 2 and clients[0] is not clients[1]
    flags = closed_flags(clients)
    await p.aclose()
    # The other loop's client is closed on its own loop, soon after.
    assert wait_until(lambda: all_closed(clients, flags), timeout=5)
    assert not senders(p)
    assert (await p.complete(ask("after"))).text == "echo: after"  # a fresh client
    await p.aclose()


@pytest.mark.parametrize("via", ["direct", "aiohttp"])
async def test_release_loop_closes_this_loops_client(openai_server: OpenAIServer, via: str) -> None:
    settings = OpenAISettings(api_key=KEY, base_url=openai_server.base_url, **transport(via))
    p = OpenAIProvider("openai", settings)
    await p.complete(ask("hi"))
    clients = senders(p)
    assert len(clients) == 1
    flags = closed_flags(clients)
    await p.release_loop()  # what a Client does for a provider it was handed
    assert all_closed(clients, flags) and not senders(p)
