"""The client against each vendor's loopback server: system messages and tools, chat and
stream, sync and async, through one config with OpenAI, Anthropic and an
OpenAI-compatible server (no key)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from llmgate import Client
from llmgate.testing import AnthropicServer, OpenAIServer, ScriptedMessage, ScriptedToolUse

from .conftest import Driver

TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Current weather for a city",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
        },
    }
]


@pytest.fixture
def compat_server() -> Any:
    with OpenAIServer() as srv:
        yield srv


def config(oa: OpenAIServer, an: AnthropicServer, compat: OpenAIServer) -> dict[str, Any]:
    return {
        "providers": {
            "openai": {"type": "openai", "base_url": oa.base_url, "api_key": "sk-test-v-000001"},
            "claude": {"type": "anthropic", "base_url": an.url, "api_key": "sk-ant-test-v-01"},
            "vllm": {"type": "openai", "base_url": compat.base_url, "trust": "private"},
        },
        "routes": {"chat": {"targets": ["openai:gpt-4o-mini", "claude:claude-haiku-4-5"]}},
    }


def script_tool_call(target: str, oa: OpenAIServer, an: AnthropicServer, c: OpenAIServer) -> None:
    if target.startswith("claude"):
        an.script(ScriptedMessage(tool_uses=[ScriptedToolUse("get_weather", {"city": "Paris"})]))
    else:
        srv = oa if target.startswith("openai") else c
        srv.script(None, tool_calls=[{"id": "call_w1", "name": "get_weather",
                                      "arguments": '{"city": "Paris"}'}])  # fmt: skip


@pytest.mark.parametrize("target", ["openai:gpt-4o-mini", "claude:claude-haiku-4-5", "vllm:m"])
@pytest.mark.parametrize("stream", [False, True])
async def test_tools_round_trip(
    api: Driver,
    clients: list[Client],
    openai_server: OpenAIServer,
    anthropic_server: AnthropicServer,
    compat_server: OpenAIServer,
    target: str,
    stream: bool,
) -> None:
    oa, an, compat = openai_server, anthropic_server, compat_server
    client = Client(config(oa, an, compat))
    clients.append(client)
    msgs: list[dict[str, Any]] = [
        {"role": "system", "content": "You are a weather bot."},
        {"role": "user", "content": "Weather in Paris?"},
    ]
    script_tool_call(target, oa, an, compat)
    if stream:
        _, r = await api.stream(client, target, msgs, tools=TOOLS)
    else:
        r = await api.chat(client, target, msgs, tools=TOOLS)
    assert len(r.tool_calls) == 1 and r.tool_calls[0].name == "get_weather"
    assert r.tool_calls[0].parsed_arguments() == {"city": "Paris"}
    assert r.finish_reason == "tool_calls"
    msgs.append(r.message)
    msgs.append({"role": "tool", "tool_call_id": r.tool_calls[0].id, "content": "sunny, 21 C"})
    final = await api.chat(client, target, msgs, tools=TOOLS)
    assert final.text and not final.tool_calls
    if target.startswith("claude"):
        body = an.requests[-1].json()
        assert body["system"][0]["text"] == "You are a weather bot." or body["system"] == (
            "You are a weather bot."
        )
        blocks = body["messages"][-1]["content"]
        assert blocks[0]["type"] == "tool_result" and blocks[0]["content"] in (
            "sunny, 21 C",
            [{"type": "text", "text": "sunny, 21 C"}],
        )
        assert body["tools"][0]["input_schema"]["required"] == ["city"]
    else:
        srv = oa if target.startswith("openai") else compat
        body = srv.chat_requests()[-1]
        assert body["messages"][0] == {"role": "system", "content": "You are a weather bot."}
        assert body["messages"][-1]["role"] == "tool"
        assert json.loads(body["messages"][-2]["tool_calls"][0]["function"]["arguments"]) == {
            "city": "Paris"
        }
        assert body["tools"] == TOOLS
        if target.startswith("vllm"):
            assert "authorization" not in srv.requests[-1].headers or "sk-" not in (
                srv.requests[-1].headers.get("authorization", "")
            )


async def test_route_by_name_and_usage_normalized_across_vendors(
    api: Driver,
    clients: list[Client],
    openai_server: OpenAIServer,
    anthropic_server: AnthropicServer,
    compat_server: OpenAIServer,
) -> None:
    client = Client(config(openai_server, anthropic_server, compat_server))
    clients.append(client)
    openai_server.script(
        "from openai",
        usage={"prompt_tokens": 50, "completion_tokens": 10,
               "prompt_tokens_details": {"cached_tokens": 20},
               "completion_tokens_details": {"reasoning_tokens": 4}},
    )  # fmt: skip
    r = await api.chat(client, "chat", "hi")
    assert (r.provider, r.text) == ("openai", "from openai")
    assert (r.usage.input_tokens, r.usage.cached_input_tokens) == (50, 20)
    assert (r.usage.output_tokens, r.usage.reasoning_tokens) == (10, 4)
    anthropic_server.script(
        ScriptedMessage(
            text="from claude", input_tokens=30, output_tokens=5, cache_read_input_tokens=20
        )
    )
    r = await api.chat(client, "claude:claude-haiku-4-5", "hi")
    assert (r.provider, r.text) == ("claude", "from claude")
    assert (r.usage.input_tokens, r.usage.cached_input_tokens) == (50, 20)
    assert r.usage.output_tokens == 5
