"""The official ``openai`` SDK, unchanged, pointed at the gateway."""

from __future__ import annotations

import json
from typing import Any

import httpx
import openai
import pytest

from llmgate.testing import OpenAIServer
from llmgate.testing._anthropic_server import AnthropicServer

from .conftest import Running

pytestmark = pytest.mark.timeout(60)


def sdk(gateway: Running, key: str, closing: list[Any]) -> openai.OpenAI:
    client = openai.OpenAI(base_url=f"{gateway.url}/v1", api_key=key, max_retries=0)
    closing.append(client)
    return client


def test_chat_with_system_prompt_usage_and_headers(
    gateway: Running, key: str, closing: list[Any], vendors: tuple[OpenAIServer, AnthropicServer]
) -> None:
    oa, _ = vendors
    oa.script("Paris.", usage={"prompt_tokens": 12, "completion_tokens": 2})
    raw = sdk(gateway, key, closing).chat.completions.with_raw_response.create(
        model="chat",
        messages=[
            {"role": "system", "content": "Answer in one word."},
            {"role": "user", "content": "Capital of France?"},
        ],
        max_tokens=16,
    )
    r = raw.parse()
    assert r.choices[0].message.content == "Paris."
    assert r.choices[0].finish_reason == "stop"
    assert r.usage is not None
    assert (r.usage.prompt_tokens, r.usage.completion_tokens) == (12, 2)
    assert raw.headers["x-llmgate-provider"] == "oa"
    assert raw.headers["x-llmgate-route"] == "chat"
    assert raw.headers["x-llmgate-attempts"] == "1"
    assert float(raw.headers["x-llmgate-cost-usd"]) > 0
    sent = oa.chat_requests()[-1]
    assert sent["messages"][0] == {"role": "system", "content": "Answer in one word."}
    assert sent["max_tokens"] == 16
    # The vendor never sees the caller's virtual key.
    assert key.encode() not in oa.received_bytes()
    assert key not in str(oa.requests[-1].headers)


def test_streaming_with_usage(
    gateway: Running, key: str, closing: list[Any], vendors: tuple[OpenAIServer, AnthropicServer]
) -> None:
    oa, _ = vendors
    oa.script("one two three", usage={"prompt_tokens": 5, "completion_tokens": 3})
    stream = sdk(gateway, key, closing).chat.completions.create(
        model="chat",
        messages=[{"role": "user", "content": "count"}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "one two three"
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices]
    assert finishes[-1] == "stop"
    assert chunks[-1].choices == []
    assert chunks[-1].usage is not None
    assert chunks[-1].usage.completion_tokens == 3


def test_stream_ends_with_done(gateway: Running, key: str) -> None:
    with httpx.stream(
        "POST",
        f"{gateway.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}"},
        json={"model": "chat", "stream": True, "messages": [{"role": "user", "content": "hi"}]},
    ) as r:
        assert r.status_code == 200
        assert r.headers["content-type"].startswith("text/event-stream")
        lines = [line for line in r.iter_lines() if line]
    assert lines[-1] == "data: [DONE]"
    assert all(line.startswith("data: ") for line in lines)
    # no usage chunk unless asked for
    assert all('"usage"' not in line for line in lines)


def test_tools_round_trip(
    gateway: Running, key: str, closing: list[Any], vendors: tuple[OpenAIServer, AnthropicServer]
) -> None:
    oa, _ = vendors
    oa.script(tool_calls=[{"id": "call_1", "name": "get_weather", "arguments": {"city": "Paris"}}])
    tools = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "Weather of a city",
                "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
            },
        }
    ]
    client = sdk(gateway, key, closing)
    r = client.chat.completions.create(
        model="chat",
        messages=[{"role": "user", "content": "Weather in Paris?"}],
        tools=tools,  # type: ignore[arg-type]
        tool_choice="auto",
    )
    call = r.choices[0].message.tool_calls[0]  # type: ignore[index]
    assert call.function.name == "get_weather"  # type: ignore[union-attr]
    assert json.loads(call.function.arguments) == {"city": "Paris"}  # type: ignore[union-attr]
    assert r.choices[0].finish_reason == "tool_calls"
    assert oa.chat_requests()[-1]["tools"][0]["function"]["name"] == "get_weather"
    # the tool result goes back through the gateway
    oa.script("Sunny.")
    r2 = client.chat.completions.create(
        model="chat",
        messages=[
            {"role": "user", "content": "Weather in Paris?"},
            r.choices[0].message.model_dump(exclude_none=True),  # type: ignore[list-item]
            {"role": "tool", "tool_call_id": call.id, "content": "sunny"},
        ],
        tools=tools,  # type: ignore[arg-type]
    )
    assert r2.choices[0].message.content == "Sunny."
    assert oa.chat_requests()[-1]["messages"][-1]["tool_call_id"] == "call_1"


def test_streamed_tool_call(
    gateway: Running, key: str, closing: list[Any], vendors: tuple[OpenAIServer, AnthropicServer]
) -> None:
    oa, _ = vendors
    oa.script(tool_calls=[{"id": "call_9", "name": "lookup", "arguments": {"q": "x"}}])
    stream = sdk(gateway, key, closing).chat.completions.create(
        model="chat",
        messages=[{"role": "user", "content": "look it up"}],
        tools=[{"type": "function", "function": {"name": "lookup", "parameters": {}}}],
        stream=True,
    )
    args, names, ids = "", "", ""
    finish = None
    for c in stream:
        if not c.choices:
            continue
        for d in c.choices[0].delta.tool_calls or []:
            args += d.function.arguments or "" if d.function else ""
            names += (d.function.name or "") if d.function else ""
            ids += d.id or ""
        finish = c.choices[0].finish_reason or finish
    assert (ids, names, json.loads(args)) == ("call_9", "lookup", {"q": "x"})
    assert finish == "tool_calls"


def test_models_lists_routes_and_targets(gateway: Running, key: str, closing: list[Any]) -> None:
    ids = [m.id for m in sdk(gateway, key, closing).models.list()]
    assert ids[:3] == ["chat", "summarize", "both"]
    assert "oa:gpt-4o-mini" in ids and "claude:claude-haiku-4-5" in ids


def test_provider_model_names_a_target(
    gateway: Running, key: str, closing: list[Any], vendors: tuple[OpenAIServer, AnthropicServer]
) -> None:
    r = sdk(gateway, key, closing).chat.completions.create(
        model="oa:gpt-4o", messages=[{"role": "user", "content": "direct"}]
    )
    assert r.choices[0].message.content == "echo: direct"
    assert vendors[0].chat_requests()[-1]["model"] == "gpt-4o"


def test_anthropic_route_through_openai_endpoint(
    gateway: Running, key: str, closing: list[Any]
) -> None:
    r = sdk(gateway, key, closing).chat.completions.create(
        model="summarize", messages=[{"role": "user", "content": "hello claude"}], max_tokens=50
    )
    assert r.choices[0].message.content
    assert r.usage is not None and r.usage.total_tokens > 0


def test_sdk_errors(gateway: Running, key: str, closing: list[Any]) -> None:
    client = sdk(gateway, key, closing)
    with pytest.raises(openai.AuthenticationError):
        sdk(gateway, "sk-lg-not-a-real-key", closing).chat.completions.create(
            model="chat", messages=[{"role": "user", "content": "x"}]
        )
    with pytest.raises(openai.NotFoundError) as nf:
        client.chat.completions.create(model="nope", messages=[{"role": "user", "content": "x"}])
    assert nf.value.code == "model_not_found"
    with pytest.raises(openai.BadRequestError) as bad:
        client.chat.completions.create(
            model="chat",
            messages=[{"role": "user", "content": "x"}],
            extra_body={"bogus_field": 1},
        )
    assert bad.value.param == "bogus_field"
    with pytest.raises(openai.BadRequestError):
        client.chat.completions.create(model="chat", messages=[{"role": "wizard", "content": "x"}])


def test_upstream_failure_is_a_502_with_the_trace(
    gateway: Running, key: str, closing: list[Any], vendors: tuple[OpenAIServer, AnthropicServer]
) -> None:
    oa, _ = vendors
    oa.fail_next(OpenAIServer.error_reply(500, "boom", "server_error"), times=5)
    with pytest.raises(openai.InternalServerError) as exc:
        sdk(gateway, key, closing).chat.completions.create(
            model="chat", messages=[{"role": "user", "content": "x"}]
        )
    assert exc.value.status_code == 502
    assert "Traceback" not in str(exc.value.body)


def test_upstream_rate_limit_is_a_503_with_retry_after(
    gateway: Running, key: str, vendors: tuple[OpenAIServer, AnthropicServer]
) -> None:
    oa, _ = vendors
    oa.fail_next(OpenAIServer.rate_limited(retry_after="7"), times=5)
    r = httpx.post(
        f"{gateway.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}"},
        json={"model": "chat", "messages": [{"role": "user", "content": "x"}]},
    )
    assert r.status_code == 503
    assert r.json()["error"]["code"] == "all_providers_busy"


def test_failover_across_vendors_is_in_the_headers(
    gateway: Running, key: str, closing: list[Any], vendors: tuple[OpenAIServer, AnthropicServer]
) -> None:
    oa, claude = vendors
    oa.fail_next(OpenAIServer.error_reply(500, "boom", "server_error"), times=5)
    raw = sdk(gateway, key, closing).chat.completions.with_raw_response.create(
        model="both", messages=[{"role": "user", "content": "fail over"}], max_tokens=20
    )
    assert raw.parse().choices[0].message.content == "You said: fail over"
    assert raw.headers["x-llmgate-provider"] == "claude"
    assert raw.headers["x-llmgate-attempts"] == "2"
    assert claude.count == 1
