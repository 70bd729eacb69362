"""Pure conversion, on JSON fixtures shaped like the vendor's documented examples."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from llmgate_anthropic._convert import (
    InvalidPayload,
    InvalidRequest,
    Refusal,
    default_max_tokens,
    from_wire,
    to_wire,
    usage_from_wire,
)
from llmgate_anthropic._stream import StreamAccumulator, StreamErrorEvent

from llmgate.provider import ChatRequest, Message, ResponseFormat, StreamEvent, ToolCall, Usage

FIXTURES = Path(__file__).parent / "fixtures"


def load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text())


def message(data: dict[str, Any]) -> Message:
    calls = tuple(
        ToolCall(c["id"], c["function"]["name"], c["function"]["arguments"])
        for c in data.get("tool_calls", ())
    )
    return Message(
        role=data["role"],
        content=data.get("content"),
        tool_calls=calls,
        tool_call_id=data.get("tool_call_id"),
    )


def request(data: dict[str, Any]) -> ChatRequest:
    return ChatRequest(
        model=data["model"],
        messages=tuple(message(m) for m in data["messages"]),
        tools=tuple(data.get("tools", ())),
        tool_choice=data.get("tool_choice"),
        params=dict(data.get("params", {})),
    )


def simple(*messages: Message, model: str = "claude-haiku-4-5", **params: Any) -> ChatRequest:
    return ChatRequest(model=model, messages=messages, params=params)


# -- to_wire -------------------------------------------------------------------------------
def test_full_conversation_matches_the_wire_fixture() -> None:
    case = load("to_wire_conversation.json")
    assert to_wire(request(case["request"])) == case["expected"]


def test_single_user_text_stays_a_plain_string_and_no_system_key() -> None:
    body = to_wire(simple(Message("user", "Hi"), max_tokens=64))
    assert body == {
        "model": "claude-haiku-4-5",
        "max_tokens": 64,
        "messages": [{"role": "user", "content": "Hi"}],
    }


def test_same_role_neighbours_merge_so_turns_alternate() -> None:
    body = to_wire(
        simple(
            Message("user", "a"),
            Message("system", "s1"),
            Message("user", "b"),
            Message("assistant", "c"),
            Message("assistant", "d"),
        )
    )
    roles = [m["role"] for m in body["messages"]]
    assert roles == ["user", "assistant"]
    assert [b["text"] for b in body["messages"][0]["content"]] == ["a", "b"]
    assert [b["text"] for b in body["messages"][1]["content"]] == ["c", "d"]
    assert body["system"] == [{"type": "text", "text": "s1"}]


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        ("claude-opus-4-1-20250805", 32_000),
        ("claude-opus-4-5", 64_000),
        ("claude-sonnet-4-20250514", 64_000),
        ("claude-haiku-4-5-20251001", 64_000),
        ("claude-3-5-haiku-latest", 8_192),
        ("some-proxy-model", 1234),
    ],
)
def test_max_tokens_defaults_to_the_model_family_limit(model: str, expected: int) -> None:
    assert default_max_tokens(model, 1234) == expected
    body = to_wire(simple(Message("user", "x"), model=model), fallback_max_tokens=1234)
    assert body["max_tokens"] == expected


def test_explicit_max_tokens_wins_and_stop_list_passes() -> None:
    body = to_wire(simple(Message("user", "x"), max_tokens=10, stop=["a", "b"], top_p=0.9))
    assert (body["max_tokens"], body["stop_sequences"], body["top_p"]) == (10, ["a", "b"], 0.9)


@pytest.mark.parametrize(
    ("choice", "expected"),
    [
        ("auto", {"type": "auto"}),
        ("none", {"type": "none"}),
        ("required", {"type": "any"}),
        ({"type": "function", "function": {"name": "f"}}, {"type": "tool", "name": "f"}),
    ],
)
def test_tool_choice(choice: Any, expected: dict[str, Any]) -> None:
    req = ChatRequest(model="m", messages=(Message("user", "x"),), tool_choice=choice)
    assert to_wire(req)["tool_choice"] == expected


@pytest.mark.parametrize(
    ("req", "wording"),
    [
        (
            simple(Message("assistant", None, (ToolCall("t1", "f", "{bad json"),))),
            "not valid JSON",
        ),
        (simple(Message("assistant", None, (ToolCall("t1", "f", "[1, 2]"),))), "JSON object"),
        (simple(Message("user", "x"), seed=7), "seed"),
        (simple(Message("tool", "result")), "tool_call_id"),
        (simple(Message("user", [{"type": "input_audio", "x": 1}])), "input_audio"),
        (
            simple(Message("user", [{"type": "image_url", "image_url": {"url": "ftp://x"}}])),
            "image_url",
        ),
        (ChatRequest(model="m", messages=(Message("user", "x"),), tool_choice="always"), "always"),
    ],
)
def test_requests_that_cannot_be_expressed_are_refused(req: ChatRequest, wording: str) -> None:
    with pytest.raises(InvalidRequest, match=wording):
        to_wire(req)


# -- from_wire -----------------------------------------------------------------------------
def test_text_message_joins_text_blocks_and_normalizes_cache_usage() -> None:
    completion = from_wire(load("message_text.json"))
    assert completion.text == "Hello! How can I help?"
    assert completion.finish_reason == "stop"
    assert completion.model == "claude-sonnet-4-5-20250929"
    assert completion.response_id == "msg_01XFDUDYJgAACzvnptvVoYEL"
    assert completion.usage == Usage(
        input_tokens=242, output_tokens=9, cached_input_tokens=200, cache_write_tokens=30
    )


def test_tool_use_blocks_become_tool_calls_with_json_arguments() -> None:
    completion = from_wire(load("message_tool_use.json"))
    assert completion.finish_reason == "tool_calls"
    assert [(c.id, c.name) for c in completion.tool_calls] == [
        ("toolu_01A09q90qw90lq917835lq9", "get_weather"),
        ("toolu_01B", "get_time"),
    ]
    assert completion.tool_calls[0].parsed_arguments() == {
        "location": "San Francisco, CA",
        "unit": "celsius",
    }
    assert completion.tool_calls[1].arguments == "{}"
    assert completion.usage == Usage(input_tokens=472, output_tokens=91)


@pytest.mark.parametrize(
    ("stop_reason", "finish"),
    [
        ("end_turn", "stop"),
        ("stop_sequence", "stop"),
        ("max_tokens", "length"),
        ("tool_use", "tool_calls"),
        (None, None),
    ],
)
def test_stop_reason_mapping(stop_reason: str | None, finish: str | None) -> None:
    payload = {**load("message_text.json"), "stop_reason": stop_reason}
    assert from_wire(payload).finish_reason == finish


def test_refusal_is_raised_not_returned() -> None:
    with pytest.raises(Refusal):
        from_wire({**load("message_text.json"), "stop_reason": "refusal"})


@pytest.mark.parametrize(
    "payload",
    [
        None,
        "text",
        {"type": "error", "error": {"type": "api_error", "message": "x"}},
        {"type": "message", "content": "not a list", "usage": {}},
        {"type": "message", "content": []},
        {"type": "message", "content": [{"type": "text"}], "usage": {}},
        {"type": "message", "content": [{"type": "tool_use", "id": "t"}], "usage": {}},
    ],
)
def test_payloads_that_are_not_messages_are_invalid(payload: Any) -> None:
    with pytest.raises(InvalidPayload):
        from_wire(payload)


def test_usage_treats_null_cache_counters_as_zero() -> None:
    usage = usage_from_wire(
        {"input_tokens": 3, "output_tokens": 4, "cache_read_input_tokens": None}
    )
    assert usage == Usage(input_tokens=3, output_tokens=4)


# -- stream --------------------------------------------------------------------------------
def feed_all(events: list[dict[str, Any]]) -> tuple[StreamAccumulator, list[StreamEvent]]:
    acc = StreamAccumulator()
    out = [e for e in map(acc.feed, events) if e is not None]
    return acc, out


def test_stream_text_tool_deltas_and_final_usage() -> None:
    acc, events = feed_all(load("stream_tool_use.json"))
    assert acc.started and acc.done
    assert "".join(e.text for e in events) == "Okay, checking." == acc.text
    calls: dict[int, dict[str, str]] = {}
    for event in events:
        for d in event.tool_calls:
            call = calls.setdefault(d.index, {"id": "", "name": "", "arguments": ""})
            call["id"] += d.id or ""
            call["name"] += d.name or ""
            call["arguments"] += d.arguments
    assert calls == {
        0: {
            "id": "toolu_01T1x1fJ34qAmk2tNTrN7Up6",
            "name": "get_weather",
            "arguments": '{"location": "San Francisco, CA"}',
        },
        1: {"id": "toolu_02", "name": "get_time", "arguments": '{"tz": "PST"}'},
    }
    final = events[-1]
    assert final.finish_reason == "tool_calls"
    assert final.model == "claude-sonnet-4-5"
    assert final.usage == Usage(
        input_tokens=882, output_tokens=89, cached_input_tokens=400, cache_write_tokens=10
    )
    assert all(e.usage is None for e in events[:-1])


def test_message_delta_usage_is_cumulative_and_may_restate_input() -> None:
    events = load("stream_tool_use.json")
    events[-2] = {
        "type": "message_delta",
        "delta": {"stop_reason": "end_turn"},
        "usage": {"output_tokens": 120, "input_tokens": 500, "cache_read_input_tokens": None},
    }
    _, out = feed_all(events)
    assert out[-1].usage == Usage(
        input_tokens=910, output_tokens=120, cached_input_tokens=400, cache_write_tokens=10
    )


def test_stream_without_message_stop_is_not_done() -> None:
    acc, events = feed_all(load("stream_tool_use.json")[:4])
    assert acc.started and not acc.done
    assert acc.text == "Okay, "
    assert all(e.usage is None for e in events)


def test_error_event_raises_with_the_vendor_type() -> None:
    acc = StreamAccumulator()
    error = {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
    with pytest.raises(StreamErrorEvent) as info:
        acc.feed(error)
    assert (info.value.error_type, info.value.message) == ("overloaded_error", "Overloaded")


def test_streamed_refusal_raises() -> None:
    events = load("stream_tool_use.json")
    events[-2] = {"type": "message_delta", "delta": {"stop_reason": "refusal"}, "usage": {}}
    with pytest.raises(Refusal):
        feed_all(events)


def test_malformed_stream_event_is_invalid_payload() -> None:
    with pytest.raises(InvalidPayload):
        StreamAccumulator().feed({"type": "content_block_delta", "index": 0})


# -- structured output: a forced tool whose input is the answer ----------------------------
FMT = ResponseFormat("Point", {"type": "object", "properties": {"x": {"type": "integer"}}})


def test_structured_output_forces_one_tool() -> None:
    request = ChatRequest(
        model="claude-haiku-4-5", messages=(Message("user", "hi"),), response_format=FMT
    )
    body = to_wire(request)
    assert body["tool_choice"] == {"type": "tool", "name": "Point"}
    assert body["tools"][0]["name"] == "Point"
    assert body["tools"][0]["input_schema"] == FMT.schema
    tools = ({"type": "function", "function": {"name": "f"}},)
    with pytest.raises(InvalidRequest, match="cannot be combined with tools"):
        to_wire(ChatRequest(model="m", messages=request.messages, tools=tools, response_format=FMT))


def test_structured_answer_is_the_tool_input_as_text() -> None:
    payload = {
        "type": "message",
        "model": "claude-haiku-4-5",
        "stop_reason": "tool_use",
        "usage": {"input_tokens": 5, "output_tokens": 7},
        "content": [
            {"type": "text", "text": "Here you go:"},
            {"type": "tool_use", "id": "toolu_1", "name": "Point", "input": {"x": 3}},
        ],
    }
    done = from_wire(payload, structured="Point")
    assert json.loads(done.text) == {"x": 3}
    assert done.tool_calls == ()
    assert done.finish_reason == "stop"
    plain = from_wire(payload)  # without structured output it stays a tool call
    assert plain.tool_calls[0].name == "Point"
    assert plain.finish_reason == "tool_calls"


def test_structured_stream_yields_the_tool_input_as_text() -> None:
    acc = StreamAccumulator(structured="Point")
    events = [
        {"type": "message_start", "message": {"model": "m", "usage": {"input_tokens": 4}}},
        {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "ok"}},
        {
            "type": "content_block_start",
            "index": 1,
            "content_block": {"type": "tool_use", "id": "t", "name": "Point", "input": {}},
        },
        {
            "type": "content_block_delta",
            "index": 1,
            "delta": {"type": "input_json_delta", "partial_json": '{"x": '},
        },
        {
            "type": "content_block_delta",
            "index": 1,
            "delta": {"type": "input_json_delta", "partial_json": "3}"},
        },
        {
            "type": "message_delta",
            "delta": {"stop_reason": "tool_use"},
            "usage": {"output_tokens": 6},
        },
        {"type": "message_stop"},
    ]
    out = [e for e in (acc.feed(ev) for ev in events) if e is not None]
    assert "".join(e.text for e in out) == '{"x": 3}'
    assert all(not e.tool_calls for e in out)
    assert out[-1].finish_reason == "stop"
