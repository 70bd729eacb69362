"""Pure conversion between llmgate's request values and llama-cpp-python's arguments."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from llmgate.provider import Message, ResponseFormat

__all__ = [
    "SUPPORTED_PARAMS",
    "to_llama_messages",
    "to_llama_params",
    "to_llama_response_format",
]

SUPPORTED_PARAMS = frozenset({"max_tokens", "temperature", "top_p", "stop", "seed"})


def to_llama_messages(messages: Iterable[Message]) -> list[dict[str, Any]]:
    """OpenAI-style message dicts with plain-text content, as chat templates expect.

    GGUF chat templates concatenate ``message['content']`` as a string, so content parts
    are joined into their text (the provider accepts only text parts). A tool turn keeps
    its ``tool_call_id`` for templates that use it.
    """
    out: list[dict[str, Any]] = []
    for message in messages:
        item: dict[str, Any] = {"role": message.role, "content": message.text()}
        if message.name is not None:
            item["name"] = message.name
        if message.tool_call_id is not None:
            item["tool_call_id"] = message.tool_call_id
        out.append(item)
    return out


def to_llama_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """Keyword arguments for ``create_chat_completion``; ``ValueError`` for a bad value.

    Only parameters the caller set are passed, so llama-cpp-python's own defaults apply to
    the rest (as they would when calling it directly). ``max_tokens`` beyond what the
    context has room for is clamped by llama.cpp to the room left (documented).
    """
    unknown = sorted(set(params) - SUPPORTED_PARAMS)
    if unknown:
        raise ValueError(f"parameters not supported by llama.cpp: {', '.join(unknown)}")
    out: dict[str, Any] = {k: v for k, v in params.items() if v is not None}
    max_tokens = out.get("max_tokens")
    if max_tokens is not None and (
        isinstance(max_tokens, bool) or not isinstance(max_tokens, int) or max_tokens < 1
    ):
        raise ValueError(f"max_tokens must be a positive integer, got {max_tokens!r}")
    stop = out.get("stop")
    if isinstance(stop, str):
        out["stop"] = [stop]
    elif stop is not None:
        out["stop"] = [str(s) for s in stop]
    return out


def to_llama_response_format(fmt: ResponseFormat) -> dict[str, Any]:
    """``create_chat_completion``'s ``response_format`` for a schema.

    llama-cpp-python compiles the schema into a GBNF grammar that constrains sampling, so
    even a very small model can only write JSON of that shape (it may still stop early at
    ``max_tokens``, which the core reports as an ``OutputValidationError``).
    """
    return {"type": "json_object", "schema": fmt.schema}
