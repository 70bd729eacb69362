"""The official ``anthropic`` SDK, unchanged, pointed at the gateway."""

from __future__ import annotations

from typing import Any

import anthropic
import httpx
import pytest

from llmgate.testing import OpenAIServer
from llmgate.testing._anthropic_server import AnthropicServer, ScriptedMessage, ScriptedToolUse

from .conftest import Running

pytestmark = pytest.mark.timeout(60)


def sdk(gateway: Running, key: str, closing: list[Any]) -> anthropic.Anthropic:
    client = anthropic.Anthropic(base_url=gateway.url, api_key=key, max_retries=0)
    closing.append(client)
    return client


def test_message_with_system_and_usage(
    gateway: Running, key: str, closing: list[Any], vendors: tuple[OpenAIServer, AnthropicServer]
) -> None:
    _, claude = vendors
    claude.script(ScriptedMessage(text="Bonjour.", input_tokens=20, output_tokens=3))
    raw = sdk(gateway, key, closing).messages.with_raw_response.create(
        model="summarize",
        max_tokens=64,
        system="Answer in French.",
        messages=[{"role": "user", "content": "Hello"}],
    )
    m = raw.parse()
    assert m.content[0].type == "text" and m.content[0].text == "Bonjour."
    assert m.stop_reason == "end_turn"
    assert (m.usage.input_tokens, m.usage.output_tokens) == (20, 3)
    assert raw.headers["x-llmgate-provider"] == "claude"
    assert raw.headers["x-llmgate-attempts"] == "1"
    sent = claude.requests[-1].json()
    assert sent["system"][0]["text"] == "Answer in French."
    assert sent["max_tokens"] == 64


def test_openai_route_through_messages_endpoint(
    gateway: Running, key: str, closing: list[Any], vendors: tuple[OpenAIServer, AnthropicServer]
) -> None:
    oa, _ = vendors
    oa.script("hi there", usage={"prompt_tokens": 4, "completion_tokens": 2})
    m = sdk(gateway, key, closing).messages.create(
        model="chat", max_tokens=10, messages=[{"role": "user", "content": "hi"}]
    )
    assert m.content[0].text == "hi there"  # type: ignore[union-attr]
    assert m.usage.output_tokens == 2
    assert oa.chat_requests()[-1]["max_tokens"] == 10


def test_streaming_events(gateway: Running, key: str, closing: list[Any]) -> None:
    with sdk(gateway, key, closing).messages.stream(
        model="summarize",
        max_tokens=64,
        messages=[{"role": "user", "content": "stream me"}],
    ) as stream:
        kinds = [event.type for event in stream]
        final = stream.get_final_message()
    assert kinds[0] == "message_start"
    assert "content_block_delta" in kinds
    assert kinds[-1] == "message_stop"
    assert final.content[0].text == "You said: stream me"  # type: ignore[union-attr]
    assert final.stop_reason == "end_turn"
    assert final.usage.output_tokens > 0


def test_raw_stream_event_order(gateway: Running, key: str) -> None:
    with httpx.stream(
        "POST",
        f"{gateway.url}/v1/messages",
        headers={"x-api-key": key, "anthropic-version": "2023-06-01"},
        json={
            "model": "chat",
            "max_tokens": 20,
            "stream": True,
            "messages": [{"role": "user", "content": "a b"}],
        },
    ) as r:
        assert r.status_code == 200
        events = [line[7:] for line in r.iter_lines() if line.startswith("event: ")]
    assert events[0] == "message_start"
    assert events[1] == "content_block_start"
    assert events[-3:] == ["content_block_stop", "message_delta", "message_stop"]


def test_tools(
    gateway: Running, key: str, closing: list[Any], vendors: tuple[OpenAIServer, AnthropicServer]
) -> None:
    _, claude = vendors
    claude.script(ScriptedMessage(tool_uses=[ScriptedToolUse("get_weather", {"city": "Oslo"})]))
    tools = [
        {
            "name": "get_weather",
            "description": "Weather",
            "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}},
        }
    ]
    client = sdk(gateway, key, closing)
    m = client.messages.create(
        model="summarize",
        max_tokens=64,
        tools=tools,  # type: ignore[arg-type]
        messages=[{"role": "user", "content": "Weather in Oslo?"}],
    )
    assert m.stop_reason == "tool_use"
    use = m.content[-1]
    assert use.type == "tool_use" and use.name == "get_weather" and use.input == {"city": "Oslo"}
    assert claude.requests[-1].json()["tools"][0]["name"] == "get_weather"
    claude.script(ScriptedMessage(text="Cold."))
    m2 = client.messages.create(
        model="summarize",
        max_tokens=64,
        tools=tools,  # type: ignore[arg-type]
        messages=[
            {"role": "user", "content": "Weather in Oslo?"},
            {"role": "assistant", "content": [b.model_dump() for b in m.content]},  # type: ignore[misc]
            {
                "role": "user",
                "content": [{"type": "tool_result", "tool_use_id": use.id, "content": "-3C"}],
            },
        ],
    )
    assert m2.content[0].text == "Cold."  # type: ignore[union-attr]
    sent = claude.requests[-1].json()["messages"]
    assert sent[1]["content"][-1]["type"] == "tool_use"
    assert sent[2]["content"][0]["type"] == "tool_result"
    assert sent[2]["content"][0]["tool_use_id"] == use.id


def test_streamed_tool_use(
    gateway: Running, key: str, closing: list[Any], vendors: tuple[OpenAIServer, AnthropicServer]
) -> None:
    _, claude = vendors
    claude.script(ScriptedMessage(tool_uses=[ScriptedToolUse("lookup", {"q": "x"})]))
    with sdk(gateway, key, closing).messages.stream(
        model="summarize",
        max_tokens=64,
        tools=[{"name": "lookup", "input_schema": {"type": "object"}}],
        messages=[{"role": "user", "content": "find"}],
    ) as stream:
        final = stream.get_final_message()
    use = final.content[-1]
    assert use.type == "tool_use" and use.name == "lookup" and use.input == {"q": "x"}
    assert final.stop_reason == "tool_use"


def test_errors_in_anthropic_shape(gateway: Running, key: str, closing: list[Any]) -> None:
    with pytest.raises(anthropic.AuthenticationError) as auth:
        sdk(gateway, "sk-lg-wrong", closing).messages.create(
            model="chat", max_tokens=5, messages=[{"role": "user", "content": "x"}]
        )
    assert auth.value.body["error"]["type"] == "authentication_error"  # type: ignore[index]
    with pytest.raises(anthropic.NotFoundError):
        sdk(gateway, key, closing).messages.create(
            model="claude-9", max_tokens=5, messages=[{"role": "user", "content": "x"}]
        )
    with pytest.raises(anthropic.BadRequestError) as bad:
        sdk(gateway, key, closing).messages.create(
            model="chat",
            max_tokens=5,
            messages=[{"role": "user", "content": "x"}],
            extra_body={"unknown_thing": True},
        )
    assert bad.value.body["type"] == "error"  # type: ignore[index]
    r = httpx.post(
        f"{gateway.url}/v1/messages",
        headers={"x-api-key": key},
        json={"model": "chat", "messages": [{"role": "user", "content": "x"}]},
    )
    assert r.status_code == 400
    assert r.json()["error"] == {
        "type": "invalid_request_error",
        "message": "max_tokens: Field required",
    }


def test_models_in_anthropic_shape(gateway: Running, key: str, closing: list[Any]) -> None:
    ids = [m.id for m in sdk(gateway, key, closing).models.list()]
    assert ids[:3] == ["chat", "summarize", "both"]
