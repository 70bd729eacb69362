"""Pure conversion of llmgate requests into llama-cpp-python arguments."""

from __future__ import annotations

import pytest
from llmgate_llamacpp._convert import to_llama_messages, to_llama_params

from llmgate.provider import Message, ToolCall


def test_messages_become_plain_text_dicts() -> None:
    messages = (
        Message("system", "Be brief."),
        Message("user", [{"type": "text", "text": "Hello "}, {"type": "text", "text": "there"}]),
        Message("assistant", None, tool_calls=(ToolCall("c1", "f", "{}"),)),
        Message("tool", "42", tool_call_id="c1", name="f"),
    )
    assert to_llama_messages(messages) == [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "Hello there"},
        {"role": "assistant", "content": ""},
        {"role": "tool", "content": "42", "name": "f", "tool_call_id": "c1"},
    ]


def test_params_pass_only_what_was_set_and_stop_becomes_a_list() -> None:
    assert to_llama_params({"max_tokens": 5, "temperature": None, "stop": "\n"}) == {
        "max_tokens": 5,
        "stop": ["\n"],
    }
    assert to_llama_params({"stop": ("a", "b"), "seed": 3, "top_p": 0.5}) == {
        "stop": ["a", "b"],
        "seed": 3,
        "top_p": 0.5,
    }


@pytest.mark.parametrize("bad", [0, -1, 2.5, True])
def test_a_max_tokens_that_is_not_a_positive_integer_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="max_tokens"):
        to_llama_params({"max_tokens": bad})


def test_an_unsupported_parameter_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="logit_bias"):
        to_llama_params({"logit_bias": {}})
