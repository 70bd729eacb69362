"""Pure conversion, on JSON fixtures shaped like the vendor's real answers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from llmgate_openai._convert import (
    chunk_refusal,
    event_from_chunk,
    from_wire,
    parse_json_body,
    to_wire,
    usage_from_wire,
)

from llmgate.errors import ContentFilterError, ServerError
from llmgate.provider import (
    ChatRequest,
    Message,
    ResponseFormat,
    StreamEvent,
    ToolCall,
    ToolCallDelta,
    Usage,
)

FIXTURES = Path(__file__).parent / "fixtures"


def load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text())


TOOLS = (
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Weather for a city",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
        },
    },
)


def test_to_wire_official_sends_max_completion_tokens() -> None:
    request = ChatRequest(
        model="gpt-4o-mini",
        messages=(Message("system", "Be terse."), Message("user", "Hi")),
        params={"max_tokens": 64, "temperature": 0.2, "stop": ["\n"], "seed": 7},
    )
    body = to_wire(request, official=True)
    assert body == {
        "model": "gpt-4o-mini",
        "messages": [
            {"role": "system", "content": "Be terse."},
            {"role": "user", "content": "Hi"},
        ],
        "max_completion_tokens": 64,
        "temperature": 0.2,
        "stop": ["\n"],
        "seed": 7,
    }


def test_to_wire_compatible_sends_max_tokens() -> None:
    request = ChatRequest(
        model="llama3", messages=(Message("user", "Hi"),), params={"max_tokens": 5}
    )
    body = to_wire(request, official=False)
    assert body["max_tokens"] == 5
    assert "max_completion_tokens" not in body


def test_to_wire_tool_round_trip_shapes() -> None:
    call = ToolCall(id="call_1", name="get_weather", arguments='{"city": "Paris"}')
    request = ChatRequest(
        model="gpt-4o",
        messages=(
            Message("user", "Weather in Paris?"),
            Message("assistant", None, tool_calls=(call,)),
            Message("tool", "18C and sunny", tool_call_id="call_1", name="get_weather"),
        ),
        tools=TOOLS,
        tool_choice={"type": "function", "function": {"name": "get_weather"}},
        params={"parallel_tool_calls": False},
    )
    body = to_wire(request, official=True)
    assert body["tools"] == list(TOOLS)
    assert body["tool_choice"] == {"type": "function", "function": {"name": "get_weather"}}
    assert body["parallel_tool_calls"] is False
    assert body["messages"][1] == {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "id": "call_1",
                "type": "function",
                "function": {"name": "get_weather", "arguments": '{"city": "Paris"}'},
            }
        ],
    }
    # A tool turn carries its call id and no name (the vendor's schema has none there).
    assert body["messages"][2] == {
        "role": "tool",
        "content": "18C and sunny",
        "tool_call_id": "call_1",
    }


def test_to_wire_keeps_image_parts() -> None:
    parts = [
        {"type": "text", "text": "What is this?"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA", "detail": "low"}},
    ]
    body = to_wire(ChatRequest(model="gpt-4o", messages=(Message("user", parts),)), official=True)
    assert body["messages"][0]["content"] == parts
    assert "tools" not in body and "tool_choice" not in body


def test_from_wire_text_and_usage_details() -> None:
    done = from_wire(load("chat_completion.json"))
    assert done.text == "Hello! How can I assist you today?"
    assert done.model == "gpt-4o-mini-2024-07-18"
    assert done.finish_reason == "stop"
    assert done.response_id == "chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT"
    assert done.usage == Usage(input_tokens=1919, output_tokens=10, cached_input_tokens=1792)
    assert done.tool_calls == ()


def test_from_wire_tool_calls_and_reasoning_tokens() -> None:
    done = from_wire(load("chat_completion_tools.json"))
    assert done.text == ""
    assert done.finish_reason == "tool_calls"
    assert done.tool_calls == (
        ToolCall("call_abc123", "get_current_weather", '{\n"location": "Boston, MA"\n}'),
        ToolCall("call_def456", "get_time", '{"tz": "America/New_York"}'),
    )
    assert done.tool_calls[0].parsed_arguments() == {"location": "Boston, MA"}
    assert done.usage == Usage(input_tokens=82, output_tokens=217, reasoning_tokens=192)


def test_from_wire_compatible_server_with_null_details() -> None:
    done = from_wire(load("chat_completion_compatible.json"))
    assert done.text == "Bonjour."
    assert done.tool_calls == ()
    assert done.usage == Usage(input_tokens=14, output_tokens=3)


def test_from_wire_refusal_raises_content_filter() -> None:
    with pytest.raises(ContentFilterError, match="can't assist with that request"):
        from_wire(load("chat_completion_refusal.json"))


def test_from_wire_content_filter_without_text_raises() -> None:
    payload = load("chat_completion.json")
    payload["choices"][0]["message"]["content"] = None
    payload["choices"][0]["finish_reason"] = "content_filter"
    with pytest.raises(ContentFilterError):
        from_wire(payload)


def test_from_wire_content_filter_after_text_returns_the_text() -> None:
    payload = load("chat_completion.json")
    payload["choices"][0]["finish_reason"] = "content_filter"
    done = from_wire(payload)
    assert done.text == "Hello! How can I assist you today?"
    assert done.finish_reason == "content_filter"


@pytest.mark.parametrize(
    "payload",
    [
        {"object": "chat.completion", "choices": []},
        {"object": "list", "data": []},
        {"choices": ["not an object"]},
        {"choices": [{"index": 0, "finish_reason": "stop"}]},
        {"choices": [{"message": {"content": ["a", "list"]}}]},
        {"choices": [{"message": {"tool_calls": [{"id": "x", "function": {}}]}}]},
    ],
)
def test_from_wire_rejects_what_is_not_a_chat_completion(payload: dict[str, Any]) -> None:
    with pytest.raises(ServerError):
        from_wire(payload)


@pytest.mark.parametrize("body", [b"<html>oops</html>", b"[1, 2]", b""])
def test_parse_json_body_rejects_non_objects(body: bytes) -> None:
    with pytest.raises(ServerError):
        parse_json_body(body)


def test_stream_text_chunks() -> None:
    events = [event_from_chunk(c) for c in load("stream_text.json")]
    assert events[0] is None  # the opening chunk only sets the role
    assert events[1] == StreamEvent(text="Hello", model="gpt-4o-mini")
    assert events[2] == StreamEvent(text=" there", model="gpt-4o-mini")
    assert events[3] == StreamEvent(finish_reason="stop", model="gpt-4o-mini")
    assert events[4] is not None
    assert events[4].usage == Usage(
        input_tokens=9, output_tokens=2, cached_input_tokens=4, reasoning_tokens=1
    )
    assert events[4].text == ""


def test_stream_tool_call_chunks() -> None:
    events = [event_from_chunk(c) for c in load("stream_tools.json")]
    deltas = [d for e in events if e is not None for d in e.tool_calls]
    assert deltas[0] == ToolCallDelta(
        index=0, id="call_DdmO9pD3xa9XTPNJ32zg2hcA", name="get_weather"
    )
    assert "".join(d.arguments for d in deltas if d.index == 0) == '{"location":"Paris"}'
    assert deltas[-1] == ToolCallDelta(index=1, id="call_2", name="get_time", arguments="{}")
    last = events[-1]
    assert last is not None and last.finish_reason == "tool_calls"


def test_chunk_refusal() -> None:
    chunk = {"choices": [{"index": 0, "delta": {"refusal": "I can't"}, "finish_reason": None}]}
    assert chunk_refusal(chunk) == "I can't"
    assert chunk_refusal({"choices": []}) == ""
    assert event_from_chunk(chunk) is None  # a refusal is not answer text


def test_usage_from_wire_tolerates_missing_pieces() -> None:
    assert usage_from_wire(None) == Usage()
    assert usage_from_wire({"prompt_tokens": 3}) == Usage(input_tokens=3)
    assert usage_from_wire(
        {"prompt_tokens": 5, "completion_tokens": 2, "completion_tokens_details": None}
    ) == Usage(input_tokens=5, output_tokens=2)


def test_structured_output_is_sent_as_a_json_schema_response_format() -> None:
    schema = {"type": "object", "properties": {}, "additionalProperties": False}
    fmt = ResponseFormat("Empty", schema, strict=True)
    request = ChatRequest(
        model="gpt-4o-mini", messages=(Message("user", "hi"),), response_format=fmt
    )
    body = to_wire(request, official=True)
    assert body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "Empty", "schema": schema, "strict": True},
    }
    assert "response_format" not in to_wire(ChatRequest("m", request.messages), official=False)


def test_embeddings_wire_round_trip_base64_and_float() -> None:
    import array
    import base64

    from llmgate_openai._convert import embeddings_from_wire, embeddings_to_wire

    from llmgate.provider import EmbeddingRequest

    request = EmbeddingRequest("text-embedding-3-small", ("a", "b"), dimensions=2)
    assert embeddings_to_wire(request, ["a", "b"]) == {
        "model": "text-embedding-3-small",
        "input": ["a", "b"],
        "encoding_format": "base64",
        "dimensions": 2,
    }
    packed = base64.b64encode(array.array("f", [0.5, -0.25]).tobytes()).decode()
    payload = {
        "object": "list",
        # Out of order on purpose: the index decides the place.
        "data": [
            {"object": "embedding", "index": 1, "embedding": [1.0, 2.0]},
            {"object": "embedding", "index": 0, "embedding": packed},
        ],
        "model": "text-embedding-3-small",
        "usage": {"prompt_tokens": 2, "total_tokens": 2},
    }
    done = embeddings_from_wire(payload)
    assert [list(v) for v in done.vectors] == [[0.5, -0.25], [1.0, 2.0]]
    assert done.usage == Usage(input_tokens=2)
    with pytest.raises(ServerError, match="malformed"):
        embeddings_from_wire({"data": [{"index": 0, "embedding": "not base64!"}]})
    with pytest.raises(ServerError, match="missing indexes"):
        embeddings_from_wire(
            {"data": [{"index": 1, "embedding": [1.0]}, {"index": 1, "embedding": [2.0]}]}
        )
    with pytest.raises(ServerError, match="no data"):
        embeddings_from_wire({"object": "list"})
