"""Tool calls on the real packaged model, and the parser on text of the model's format."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from llmgate_llamacpp import LlamaCppProvider
from llmgate_llamacpp._tools import ToolStream, tool_plan

from llmgate import Client, errors
from llmgate.provider import ChatRequest, Message, ToolCall

from .conftest import MODEL, request

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The current weather in a city.",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}, "unit": {"enum": ["C", "F"]}},
            "required": ["city"],
        },
    },
}
TIME = {"type": "function", "function": {"name": "get_time", "parameters": {"type": "object"}}}
WHERE = {"provider": "local", "model": MODEL}


def with_tools(text: str, choice: object = "auto", **params: object) -> ChatRequest:
    return replace(request(text, **params), tools=(WEATHER, TIME), tool_choice=choice)  # type: ignore[arg-type]


# -- the real model ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "choice", ["required", {"type": "function", "function": {"name": "get_weather"}}]
)
async def test_a_forced_call_is_a_tool_call(provider: LlamaCppProvider, choice: object) -> None:
    done = await provider.complete(
        with_tools("What is the weather in Paris?", choice, max_tokens=48)
    )
    assert done.finish_reason == "tool_calls" and done.text == ""
    (call,) = done.tool_calls
    assert call.id.startswith("call_") and call.name == "get_weather"
    assert json.loads(call.arguments)["city"] == "Paris"


async def test_a_route_with_tools_no_longer_skips_the_local_model(
    provider: LlamaCppProvider,
) -> None:
    """Through the client, streamed: deltas join into the response's tool calls."""
    client = Client({"providers": {}}, providers={"local": provider})
    async with (
        client,
        client.astream(
            f"local:{MODEL}",
            "What is the weather in Rome?",
            tools=[WEATHER],
            tool_choice="required",
            max_tokens=48,
            temperature=0,
        ) as s,
    ):
        chunks = [c async for c in s]
    assert [a.outcome for a in s.response.attempts] == ["ok"]
    assert s.response.finish_reason == "tool_calls"
    (call,) = s.response.tool_calls
    assert call.name == "get_weather" and json.loads(call.arguments) == {"city": "Rome"}
    assert any(c.tool_calls for c in chunks) and "".join(c.text for c in chunks) == ""


async def test_a_call_cut_by_max_tokens_is_a_server_error(provider: LlamaCppProvider) -> None:
    cut = with_tools("What is the weather in Paris?", "required", max_tokens=6)
    with pytest.raises(errors.ServerError, match="max_tokens inside a tool call") as caught:
        await provider.complete(cut)
    assert caught.value.provider == "local"
    with pytest.raises(errors.ServerError, match="max_tokens inside a tool call"):
        async for _ in provider.stream(cut):
            pass


async def test_tool_choice_none_answers_in_text(provider: LlamaCppProvider) -> None:
    plain = await provider.complete(request("What is the weather in Paris?"))
    done = await provider.complete(with_tools("What is the weather in Paris?", "none"))
    assert done.tool_calls == () and done.text == plain.text


async def test_a_tool_choice_naming_no_offered_tool_is_refused(
    provider: LlamaCppProvider,
) -> None:
    bad = with_tools("hi", {"type": "function", "function": {"name": "launch"}})
    with pytest.raises(errors.BadRequestError, match="launch"):
        await provider.complete(bad)


async def test_a_tool_result_is_answered(provider: LlamaCppProvider) -> None:
    """The conversation after a call: the call and its result render for any template."""
    call = ToolCall("call_1", "get_weather", '{"city": "Paris"}')
    req = replace(
        with_tools("x", max_tokens=24),
        messages=(
            Message("user", "What is the weather in Paris?"),
            Message("assistant", None, tool_calls=(call,)),
            Message("tool", "18 C and sunny", tool_call_id="call_1"),
        ),
    )
    done = await provider.complete(req)
    assert done.usage.output_tokens > 0 and done.finish_reason is not None


# -- the format, on text -------------------------------------------------------------------


def plan():  # type: ignore[no-untyped-def]
    found = tool_plan(with_tools("x"))
    assert found is not None
    return found


def test_calls_are_read_out_of_the_text() -> None:
    text = (
        "Let me check.\n<tool_call>\n"
        '{"name": "get_weather", "arguments": {"city": "Oslo"}}\n</tool_call>\n'
        '<tool_call>{"name": "get_time", "parameters": {}}</tool_call>'
    )
    rest, calls, finish = plan().parse(text, "stop", WHERE)
    assert rest == "Let me check." and finish == "tool_calls"
    assert [(c.name, json.loads(c.arguments)) for c in calls] == [
        ("get_weather", {"city": "Oslo"}),
        ("get_time", {}),
    ]
    assert len({c.id for c in calls}) == 2


def test_text_without_calls_is_left_as_written() -> None:
    text = "  It is <b>sunny</b> <tool in the shed>\n"
    assert plan().parse(text, "stop", WHERE) == (text, (), "stop")


def test_a_call_ended_by_the_model_before_its_closing_tag_is_kept() -> None:
    text = '<tool_call>\n{"name": "get_time", "arguments": {}}'
    _, (call,), _ = plan().parse(text, "stop", WHERE)
    assert call.name == "get_time"


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ("{not json", "not JSON"),
        ('{"arguments": {}}', "without a function name"),
        ('{"name": "rm_rf", "arguments": {}}', "not offered"),
        ('{"name": "get_time", "arguments": [1]}', "not an object"),
    ],
)
def test_a_malformed_call_is_a_server_error(body: str, problem: str) -> None:
    with pytest.raises(errors.ServerError, match=problem) as caught:
        plan().parse(f"<tool_call>{body}</tool_call>", "stop", WHERE)
    assert "rm_rf" not in str(caught.value)  # the model's text is never quoted


def test_any_split_of_a_stream_gives_what_the_whole_text_gives() -> None:
    text = (
        'Sure <tool_ <tool_call>\n{"name": "get_weather", "arguments": {"city": "<Lima>"}}\n'
        '</tool_call>\n\n<tool_call>{"name": "get_time", "arguments": {}}</tool_call> done'
    )
    rest, calls, _ = plan().parse(text, "stop", WHERE)
    for size in (1, 2, 3, 7, 11):
        stream = ToolStream(plan(), WHERE)
        events = [e for i in range(0, len(text), size) for e in stream.feed(text[i : i + size])]
        tail, finish = stream.finish("stop")
        events += tail
        assert "".join(e.text for e in events) == rest == "Sure <tool_\ndone"
        deltas = [d for e in events for d in e.tool_calls]
        assert [(d.index, d.name, d.arguments) for d in deltas] == [
            (i, c.name, c.arguments) for i, c in enumerate(calls)
        ]
        assert finish == "tool_calls"


def test_the_tools_are_offered_in_the_system_message_and_history_renders_as_text() -> None:
    call = ToolCall("call_1", "get_time", "{}")
    messages = plan().messages(
        [
            Message("system", "Be brief."),
            Message("user", "Time?"),
            Message("assistant", None, tool_calls=(call,)),
            Message("tool", "12:00", tool_call_id="call_1"),
            Message("tool", "UTC", tool_call_id="call_1"),
        ]
    )
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
    assert messages[0]["content"].startswith("Be brief.\n\n# Tools")
    assert '"name": "get_weather"' in messages[0]["content"]
    assert messages[2]["content"] == (
        '<tool_call>\n{"name": "get_time", "arguments": {}}\n</tool_call>'
    )
    assert messages[3]["content"] == (
        "<tool_response>\n12:00\n</tool_response>\n<tool_response>\nUTC\n</tool_response>"
    )


def test_the_grammar_forces_only_the_forced_tools() -> None:
    forced = tool_plan(with_tools("x", {"type": "function", "function": {"name": "get_time"}}))
    assert forced is not None and forced.forced == ("get_time",)
    grammar = forced.grammar() or ""
    assert grammar.startswith("") and '"\\"get_time\\""' in grammar
    assert "get_weather" not in grammar
    assert plan().grammar() is None  # auto: the model writes freely


def test_a_schema_with_local_refs_compiles() -> None:
    """Pydantic writes nested models as ``$defs`` referenced from the parameters."""
    tool = {
        "type": "function",
        "function": {
            "name": "book",
            "parameters": {
                "type": "object",
                "properties": {"city": {"$ref": "#/$defs/City"}},
                "required": ["city"],
                "$defs": {"City": {"type": "object", "properties": {"name": {"type": "string"}}}},
            },
        },
    }
    req = replace(request("x"), tools=(tool, TIME), tool_choice="required")
    found = tool_plan(req)
    assert found is not None
    grammar = found.grammar() or ""
    assert "city" in grammar and "name" in grammar and "get_time" in grammar
