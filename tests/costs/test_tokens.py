"""Token estimates: upper bounds, per-message framing, tiktoken used only where it fits."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator

import pytest

from llmgate._types import Message, ToolCall
from llmgate.costs import estimate_prompt_tokens, estimate_text_tokens, estimated_usage
from llmgate.costs.tokens import (
    IMAGE_TOKENS,
    MESSAGE_OVERHEAD,
    REPLY_OVERHEAD,
    _tiktoken_counter,
    heuristic_tokens,
)


@pytest.fixture(autouse=True)
def fresh_tiktoken_cache() -> Iterator[None]:
    _tiktoken_counter.cache_clear()
    yield
    _tiktoken_counter.cache_clear()


@pytest.mark.parametrize(
    ("text", "true_count"),  # counts from OpenAI's cl100k_base tokenizer
    [
        ("Hello, world!", 4),
        ("The quick brown fox jumps over the lazy dog.", 10),
        ("1234567890", 4),
        ("", 0),
    ],
)
def test_heuristic_is_above_real_counts(text: str, true_count: int) -> None:
    assert heuristic_tokens(text) >= true_count


def test_heuristic_rules() -> None:
    assert heuristic_tokens("abcdefg") == 3  # letters: ceil(7 / 3)
    assert heuristic_tokens("1234567") == 3  # digits: ceil(7 / 3)
    assert heuristic_tokens("!?") == 2  # punctuation: 1 each
    assert heuristic_tokens("a b") == 2  # a single blank is free
    assert heuristic_tokens("a    b") == 4  # a run of 4 blanks: 2
    assert heuristic_tokens("日本語") == 6  # 3 UTF-8 bytes each: 2 tokens each
    assert heuristic_tokens("é") == 1


def test_prompt_estimate_adds_framing_images_and_tools() -> None:
    text = {"role": "user", "content": "Hello, world!"}
    base = estimate_prompt_tokens([text], "claude-haiku-4-5", "anthropic")
    assert base == REPLY_OVERHEAD + MESSAGE_OVERHEAD + heuristic_tokens("Hello, world!\n")
    two = estimate_prompt_tokens([text, text], "claude-haiku-4-5", "anthropic")
    assert two - base == base - REPLY_OVERHEAD
    image = {
        "role": "user",
        "content": [
            {"type": "text", "text": "Hello, world!"},
            {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
        ],
    }
    assert estimate_prompt_tokens([image], "m", "anthropic") == base + IMAGE_TOKENS
    tool = {"type": "function", "function": {"name": "lookup", "parameters": {}}}
    assert estimate_prompt_tokens([text], "m", "anthropic", tools=[tool]) > base


def test_message_objects_and_tool_calls_are_counted() -> None:
    call = ToolCall(id="1", name="get_weather", arguments='{"city": "Paris"}')
    message = Message(role="assistant", content=None, tool_calls=(call,))
    assert estimate_prompt_tokens([message], "m", "anthropic") > (
        REPLY_OVERHEAD + MESSAGE_OVERHEAD + heuristic_tokens("get_weather")
    )
    as_dict = message.to_openai()
    assert estimate_prompt_tokens([as_dict], "m", "anthropic") > REPLY_OVERHEAD + MESSAGE_OVERHEAD


def _fake_tiktoken(monkeypatch: pytest.MonkeyPatch, *, broken: bool = False) -> list[str]:
    asked: list[str] = []

    class Encoding:
        def encode(self, text: str, disallowed_special: object = ()) -> list[int]:
            return [0] * len(text.split())

    def encoding_for_model(model: str) -> Encoding:
        asked.append(model)
        if broken:
            raise OSError("cannot download the encoding")
        if model == "unknown":
            raise KeyError(model)
        return Encoding()

    module = types.ModuleType("tiktoken")
    module.encoding_for_model = encoding_for_model  # type: ignore[attr-defined]
    module.get_encoding = lambda name: Encoding()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tiktoken", module)
    return asked


def test_tiktoken_is_used_for_openai_only(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _fake_tiktoken(monkeypatch)
    message = [{"role": "user", "content": "one two three"}]
    assert estimate_prompt_tokens(message, "gpt-4o", "openai") == (
        REPLY_OVERHEAD + MESSAGE_OVERHEAD + 3
    )
    assert asked == ["gpt-4o"]
    assert estimate_prompt_tokens(message, "unknown", "openai") == (
        REPLY_OVERHEAD + MESSAGE_OVERHEAD + 3
    )  # falls back to o200k_base
    anthropic = estimate_prompt_tokens(message, "claude-haiku-4-5", "anthropic")
    assert anthropic == REPLY_OVERHEAD + MESSAGE_OVERHEAD + heuristic_tokens("one two three\n")


def test_a_broken_tiktoken_falls_back_to_the_heuristic(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_tiktoken(monkeypatch, broken=True)
    assert estimate_text_tokens("one two three", "gpt-4o", "openai") == heuristic_tokens(
        "one two three"
    )


def test_estimated_usage_is_marked() -> None:
    usage = estimated_usage([{"role": "user", "content": "Hi"}], "Hello the", "m", "anthropic")
    assert usage.estimated is True
    assert usage.output_tokens == heuristic_tokens("Hello the") == 3
    assert usage.input_tokens == REPLY_OVERHEAD + MESSAGE_OVERHEAD + heuristic_tokens("Hi\n")
