"""The wire conversions, pure functions on fixtures (no server, no client)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from llmgate import ChatChunk, ChatResponse, ToolCall, ToolCallDelta, Usage, errors
from llmgate.gateway import _anthropic, _openai, _openai_answer, _openai_forward
from llmgate.gateway._errors import HTTPError, from_exception

RESPONSE = ChatResponse(
    text="Hello",
    provider="oa",
    model="gpt-4o-mini-2024",
    usage=Usage(input_tokens=30, output_tokens=5, cached_input_tokens=10, cache_write_tokens=4),
    route="chat",
    cost=Decimal("0.000123"),
    finish_reason="stop",
)


def test_openai_request_maps_developer_and_max_completion_tokens() -> None:
    call = _openai.parse_request(
        {
            "model": "chat",
            "messages": [
                {"role": "developer", "content": "be brief"},
                {"role": "user", "content": [{"type": "text", "text": "hi"}]},
                {
                    "role": "assistant",
                    "content": None,
                    "refusal": None,
                    "tool_calls": [
                        {
                            "id": "c1",
                            "type": "function",
                            "function": {"name": "f", "arguments": "{}"},
                        }
                    ],
                },
                {"role": "tool", "tool_call_id": "c1", "content": "42"},
            ],
            "max_completion_tokens": 50,
            "stop": ["\n"],
            "stream": True,
            "stream_options": {"include_usage": True},
            "user": None,
        }
    )
    assert call.messages[0] == {"role": "system", "content": "be brief"}
    assert call.messages[2]["tool_calls"][0]["function"]["name"] == "f"
    assert call.messages[3]["tool_call_id"] == "c1"
    assert call.params == {"max_tokens": 50, "stop": ["\n"]}
    assert call.stream and call.include_usage


def test_openai_completion_and_usage() -> None:
    body = _openai_answer.completion(RESPONSE, response_id="chatcmpl-1", created=7)
    assert body["choices"][0]["message"] == {
        "role": "assistant",
        "content": "Hello",
        "refusal": None,
    }
    assert body["usage"]["prompt_tokens"] == 30
    assert body["usage"]["prompt_tokens_details"] == {"cached_tokens": 10}
    assert body["usage"]["cost_usd"] == "0.000123"


def test_openai_chunks_in_order() -> None:
    w = _openai_answer.ChunkWriter("id", 1, "chat", include_usage=True)
    blocks = [w.start(), w.chunk(ChatChunk("He")), w.chunk(ChatChunk("")), w.finish(RESPONSE)]
    assert blocks[2] == b""
    text = b"".join(blocks).decode()
    events = [e[6:] for e in text.split("\n\n") if e]
    assert events[-1] == "[DONE]"
    parsed = [json.loads(e) for e in events[:-1]]
    assert parsed[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    assert parsed[1]["choices"][0]["delta"] == {"content": "He"}
    assert parsed[2]["choices"][0]["finish_reason"] == "stop"
    assert parsed[3]["choices"] == [] and parsed[3]["usage"]["completion_tokens"] == 5


def test_openai_streamed_tool_call_deltas() -> None:
    w = _openai_answer.ChunkWriter("id", 1, "chat", include_usage=False)
    first = json.loads(w.chunk(ChatChunk(tool_calls=(ToolCallDelta(0, "c1", "f", '{"a"'),)))[6:])
    call = first["choices"][0]["delta"]["tool_calls"][0]
    assert call == {
        "index": 0,
        "id": "c1",
        "type": "function",
        "function": {"arguments": '{"a"', "name": "f"},
    }
    final = w.finish(ChatResponse("", "oa", "m", Usage()))
    assert b'"finish_reason":"tool_calls"' in final


def test_anthropic_request_to_openai_messages() -> None:
    call = _anthropic.parse_request(
        {
            "model": "summarize",
            "max_tokens": 100,
            "system": [{"type": "text", "text": "sys"}],
            "stop_sequences": ["END"],
            "messages": [
                {
                    "role": "user",
                    "content": [
                        {"type": "text", "text": "look"},
                        {
                            "type": "image",
                            "source": {"type": "base64", "media_type": "image/png", "data": "AAAA"},
                        },
                    ],
                },
                {
                    "role": "assistant",
                    "content": [
                        {"type": "text", "text": "calling"},
                        {"type": "tool_use", "id": "t1", "name": "f", "input": {"x": 1}},
                    ],
                },
                {
                    "role": "user",
                    "content": [
                        {"type": "tool_result", "tool_use_id": "t1", "content": "done"},
                        {"type": "text", "text": "and?"},
                    ],
                },
            ],
            "tool_choice": {"type": "any"},
            "tools": [{"name": "f", "input_schema": {"type": "object"}}],
        }
    )
    assert call.messages[0] == {"role": "system", "content": "sys"}
    assert call.messages[1]["content"][1] == {
        "type": "image_url",
        "image_url": {"url": "data:image/png;base64,AAAA"},
    }
    assert call.messages[2]["tool_calls"][0]["function"] == {"name": "f", "arguments": '{"x": 1}'}
    assert call.messages[3] == {"role": "tool", "tool_call_id": "t1", "content": "done"}
    assert call.messages[4] == {"role": "user", "content": "and?"}
    assert call.tool_choice == "required"
    assert call.tools == [
        {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}
    ]
    assert call.params == {"max_tokens": 100, "stop": ["END"]}


def test_anthropic_message_usage_excludes_cache() -> None:
    r = ChatResponse("", "claude", "m", Usage(10, 2), tool_calls=[ToolCall("t", "f", '{"a":1}')])
    body = _anthropic.message(r, message_id="msg_1")
    assert body["content"] == [{"type": "tool_use", "id": "t", "name": "f", "input": {"a": 1}}]
    assert body["stop_reason"] == "tool_use"
    usage = _anthropic.message(RESPONSE, message_id="m")["usage"]
    assert usage == {
        "input_tokens": 16,
        "output_tokens": 5,
        "cache_read_input_tokens": 10,
        "cache_creation_input_tokens": 4,
    }


def test_anthropic_events_open_and_close_blocks() -> None:
    w = _anthropic.EventWriter("msg_1", "chat")
    out = (
        w.start()
        + w.chunk(ChatChunk("Hi"))
        + w.chunk(ChatChunk(tool_calls=(ToolCallDelta(0, "t1", "f", '{"a":'),)))
        + w.chunk(ChatChunk(tool_calls=(ToolCallDelta(0, None, None, "1}"),)))
        + w.finish(RESPONSE)
    )
    names = [b.split("\n")[0][7:] for b in out.decode().split("\n\n") if b]
    assert names == [
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
        "content_block_start",
        "content_block_delta",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]
    assert '"partial_json":"1}"' in out.decode()


@pytest.mark.parametrize(
    ("exc", "status", "retry_after"),
    [
        (errors.BadRequestError("bad"), 400, None),
        (errors.BudgetExceededError("over", budget="daily"), 429, "set"),
        (errors.RateLimitError("slow", retry_after=3), 429, "3"),
        (errors.TimeoutError("late"), 504, None),
        (errors.OverloadedError("busy"), 503, None),
        (errors.AuthenticationError("upstream key"), 502, None),
        (errors.NotFoundError("no model"), 404, None),
        (errors.ContentFilterError("no"), 400, None),
        (errors.PrivacyViolationError("pii"), 400, None),
        (ValueError("sk-secret-must-not-show-0123456789"), 500, None),
    ],
)
def test_error_table(exc: BaseException, status: int, retry_after: str | None) -> None:
    e = from_exception(exc)
    assert e.status == status
    if retry_after == "set":
        assert int(e.headers()["retry-after"]) >= 1
    elif retry_after is not None:
        assert e.headers()["retry-after"] == retry_after
    else:
        assert "retry-after" not in e.headers()
    assert "sk-secret" not in json.dumps(e.openai()) + json.dumps(e.anthropic())


def test_all_failed_busy_vs_broken() -> None:
    from llmgate import Attempt

    busy = errors.AllProvidersFailedError(
        "chat",
        [Attempt("a", "m", "error", "RateLimitError"), Attempt("b", "m", "skipped", "CircuitOpen")],
    )
    assert from_exception(busy).status == 503
    broken = errors.AllProvidersFailedError("chat", [Attempt("a", "m", "error", "ServerError")])
    assert from_exception(broken).status == 502
    slow = errors.AllProvidersFailedError("chat", [Attempt("a", "m", "error", "TimeoutError")])
    assert from_exception(slow).status == 504


def test_http_error_masks_key_shapes() -> None:
    e = HTTPError(400, "invalid_request", "bad key sk-lg-abcdefghijklmnopqrstuvwxyz012345")
    assert "abcdefghij" not in e.message


@given(text=st.text(min_size=1), model=st.text(min_size=1, max_size=30))
def test_text_fast_paths_write_the_same_bytes_as_the_general_ones(text: str, model: str) -> None:
    w = _openai_answer.ChunkWriter("chatcmpl-1", 5, model, include_usage=False)
    general = w._block([{"index": 0, "delta": {"content": text}}])
    fast = w.chunk(ChatChunk(text))
    assert json.loads(fast[6:]) == json.loads(general[6:]) | {
        "choices": [
            {"index": 0, "delta": {"content": text}, "logprobs": None, "finish_reason": None}
        ]
    }
    e = _anthropic.EventWriter("msg_1", model)
    e.start()
    block = e.chunk(ChatChunk(text)).split(b"\n\n")[-2]
    name, data = block.split(b"\n", 1)
    assert name == b"event: content_block_delta"
    assert json.loads(data[6:]) == {
        "type": "content_block_delta",
        "index": 0,
        "delta": {"type": "text_delta", "text": text},
    }


@given(model=st.text(min_size=1, max_size=30), response_id=st.text(max_size=30))
def test_the_role_chunk_is_the_general_block_byte_for_byte(model: str, response_id: str) -> None:
    w = _openai_answer.ChunkWriter(response_id, 5, model, include_usage=False)
    delta = {"role": "assistant", "content": ""}
    general = w._block([{"index": 0, "delta": delta, "logprobs": None, "finish_reason": None}])
    assert w.start() == general
    assert w.chunk(ChatChunk("x", model=model + "2")) and w.start() != general  # new model


@given(
    model=st.text(min_size=1, max_size=30),
    reason=st.one_of(st.none(), st.text(min_size=1, max_size=20)),
    tools=st.booleans(),
)
def test_the_finish_chunk_is_the_general_block_byte_for_byte(
    model: str, reason: str | None, tools: bool
) -> None:
    w = _openai_answer.ChunkWriter("chatcmpl-1", 5, model, include_usage=False)
    if tools:
        w.chunk(ChatChunk(tool_calls=(ToolCallDelta(0, "c1", "f", "{}"),)))
    r = ChatResponse("", "oa", model, Usage(), finish_reason=reason)
    expected = reason or ("tool_calls" if tools else "stop")
    choice = {"index": 0, "delta": {}, "logprobs": None, "finish_reason": expected}
    assert w.finish(r) == w._block([choice]) + b"data: [DONE]\n\n"


@pytest.mark.parametrize(
    ("answer", "usage"),
    [
        (b'{"id":"a","usage":{"prompt_tokens":1}}', {"cost_usd": "0.5", "prompt_tokens": 1}),
        (b'{"id":"a","usage" : { }}', {"cost_usd": "0.5"}),
        (b'{"id":"a","usage":{"cost_usd":"9"}}', {"cost_usd": "0.5"}),  # replaced, not doubled
        (b'{"a":{"usage":{}},"usage":{}}', {"cost_usd": "0.5"}),  # two: decoded instead
    ],
)
def test_forwarded_answer_gets_the_cost(answer: bytes, usage: dict[str, Any]) -> None:
    out = json.loads(_openai_forward.forwarded(answer, Decimal("0.5")))
    assert out["usage"] == usage
    assert json.loads(_openai_forward.forwarded(b'{"usage":{}}', None))["usage"] == {
        "cost_usd": None
    }
    assert json.loads(_openai_forward.forwarded(b'{"id":"a"}', None)) == {"id": "a"}
