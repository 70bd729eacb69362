"""Pure conversion between llmgate's OpenAI-shaped values and Anthropic's Messages API.

No I/O here: :func:`to_wire` builds the JSON body of ``POST /v1/messages`` and
:func:`from_wire` reads a ``message`` object (``_stream.StreamAccumulator`` reads a
stream's events with the same helpers). Problems are raised as the
small exceptions below; ``_errors.py`` maps them into :mod:`llmgate.errors` with the vendor's
own failures, in one table.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from typing import Any

from llmgate.provider import (
    ChatRequest,
    Completion,
    Message,
    ToolCall,
    Usage,
)

__all__ = [
    "InvalidPayload",
    "InvalidRequest",
    "Refusal",
    "default_max_tokens",
    "finish_reason",
    "from_wire",
    "to_wire",
    "usage_from_wire",
]

# Largest output each model family accepts (the vendor requires ``max_tokens``). Longest
# matching prefix wins, so "claude-opus-4-1" is found before "claude-opus-4".
MAX_OUTPUT_TOKENS: dict[str, int] = {
    "claude-opus-4-5": 64_000,
    "claude-opus-4-1": 32_000,
    "claude-opus-4": 32_000,
    "claude-sonnet-4-5": 64_000,
    "claude-sonnet-4": 64_000,
    "claude-haiku-4-5": 64_000,
    "claude-3-7-sonnet": 64_000,
    "claude-3-5-sonnet": 8_192,
    "claude-3-5-haiku": 8_192,
    "claude-3-opus": 4_096,
    "claude-3-haiku": 4_096,
}

PASSTHROUGH_PARAMS = ("temperature", "top_p", "top_k", "metadata")

_FINISH_REASONS = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "pause_turn": "stop",
    "max_tokens": "length",
    "model_context_window_exceeded": "length",
    "tool_use": "tool_calls",
}
_TOOL_CHOICES = {"auto": {"type": "auto"}, "none": {"type": "none"}, "required": {"type": "any"}}


class InvalidRequest(ValueError):
    """The request cannot be expressed on the wire (found before anything is sent)."""


class InvalidPayload(ValueError):
    """A 200 answer that is not a valid ``message`` (or stream event) of the vendor's format."""


class Refusal(Exception):
    """The model stopped with ``stop_reason: "refusal"`` (the vendor's content policy)."""


# -- request -------------------------------------------------------------------------------
def default_max_tokens(model: str, fallback: int) -> int:
    """The vendor's output limit for ``model``'s family, else ``fallback``."""
    limit = _family_limit(model)
    return fallback if limit is None else limit


@functools.lru_cache(maxsize=256)  # once per model name, not a dozen prefix tests per call
def _family_limit(model: str) -> int | None:
    matches = [prefix for prefix in MAX_OUTPUT_TOKENS if model.startswith(prefix)]
    return MAX_OUTPUT_TOKENS[max(matches, key=len)] if matches else None


def to_wire(request: ChatRequest, *, fallback_max_tokens: int = 4096) -> dict[str, Any]:
    """The JSON body for ``POST /v1/messages`` (without ``stream``)."""
    params = dict(request.params)
    max_tokens = params.pop("max_tokens", None)
    body: dict[str, Any] = {
        "model": request.model,
        "max_tokens": int(max_tokens)
        if max_tokens is not None
        else default_max_tokens(request.model, fallback_max_tokens),
        "messages": _messages(request.messages),
    }
    system = [{"type": "text", "text": m.text()} for m in request.messages if m.role == "system"]
    if system:
        body["system"] = system
    stop = params.pop("stop", None)
    if stop is not None:
        body["stop_sequences"] = [stop] if isinstance(stop, str) else list(stop)
    for name in PASSTHROUGH_PARAMS:
        if name in params:
            body[name] = params.pop(name)
    if params:
        raise InvalidRequest(f"unsupported parameters for Anthropic: {', '.join(sorted(params))}")
    if request.tools:
        body["tools"] = [_tool(t) for t in request.tools]
    if request.tool_choice is not None:
        body["tool_choice"] = _tool_choice(request.tool_choice)
    fmt = request.response_format
    if fmt is not None:
        # Anthropic's way to a guaranteed shape: one tool whose input schema is the answer's
        # schema, forced with tool_choice. from_wire turns its input back into the answer.
        if request.tools or request.tool_choice is not None:
            raise InvalidRequest("response_format cannot be combined with tools on Anthropic")
        body["tools"] = [
            {
                "name": fmt.name,
                "description": "Give the answer as this tool's input, in this exact shape.",
                "input_schema": fmt.schema,
            }
        ]
        body["tool_choice"] = {"type": "tool", "name": fmt.name}
    return body


def _messages(messages: Iterable[Message]) -> list[dict[str, Any]]:
    """Anthropic wants user/assistant turns that alternate: same-role neighbours merge and
    ``tool`` results become ``tool_result`` blocks of a user turn."""
    turns: list[tuple[str, list[dict[str, Any]]]] = []
    for message in messages:
        if message.role == "system":
            continue
        role = "assistant" if message.role == "assistant" else "user"
        blocks = _blocks(message)
        if not blocks:
            continue
        if turns and turns[-1][0] == role:
            turns[-1][1].extend(blocks)
        else:
            turns.append((role, blocks))
    out: list[dict[str, Any]] = []
    for role, blocks in turns:
        only_text = len(blocks) == 1 and blocks[0]["type"] == "text"
        out.append({"role": role, "content": blocks[0]["text"] if only_text else blocks})
    return out


def _blocks(message: Message) -> list[dict[str, Any]]:
    if message.role == "tool":
        if not message.tool_call_id:
            raise InvalidRequest("a tool message needs the tool_call_id it answers")
        result: dict[str, Any] = {"type": "tool_result", "tool_use_id": message.tool_call_id}
        content = _content_blocks(message.content)
        if content:
            result["content"] = content
        return [result]
    blocks = _content_blocks(message.content)
    for call in message.tool_calls:
        blocks.append(
            {"type": "tool_use", "id": call.id, "name": call.name, "input": _arguments(call)}
        )
    return blocks


def _arguments(call: ToolCall) -> dict[str, Any]:
    try:
        value = json.loads(call.arguments) if call.arguments.strip() else {}
    except ValueError as exc:
        raise InvalidRequest(
            f"tool call {call.id!r} ({call.name}) has arguments that are not valid JSON: {exc}"
        ) from exc
    if not isinstance(value, dict):
        raise InvalidRequest(f"tool call {call.id!r} ({call.name}) arguments must be a JSON object")
    return value


def _content_blocks(content: str | list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    if content is None or content == "":
        return []
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    blocks: list[dict[str, Any]] = []
    for part in content:
        kind = part.get("type")
        if kind == "text":
            if part.get("text"):
                blocks.append({"type": "text", "text": str(part["text"])})
        elif kind == "image_url":
            blocks.append(_image(part["image_url"]))
        else:
            raise InvalidRequest(f"content part type {kind!r} is not supported by Anthropic")
    return blocks


def _image(image_url: str | Mapping[str, Any]) -> dict[str, Any]:
    url = image_url if isinstance(image_url, str) else str(image_url.get("url", ""))
    if url.startswith("data:"):
        header, sep, data = url[5:].partition(",")
        media_type, _, encoding = header.partition(";")
        if not sep or encoding != "base64" or not media_type:
            raise InvalidRequest("an image data: URL must be base64 (data:image/png;base64,...)")
        return {
            "type": "image",
            "source": {"type": "base64", "media_type": media_type, "data": data},
        }
    if url.startswith(("http://", "https://")):
        return {"type": "image", "source": {"type": "url", "url": url}}
    raise InvalidRequest("an image_url must be a data: URL or an http(s) URL")


def _tool(tool: Mapping[str, Any]) -> dict[str, Any]:
    if "input_schema" in tool:  # already in Anthropic's shape
        return dict(tool)
    function = tool.get("function")
    if tool.get("type") != "function" or not isinstance(function, Mapping):
        raise InvalidRequest("tools must be OpenAI-style {'type': 'function', 'function': {...}}")
    out: dict[str, Any] = {
        "name": function["name"],
        "input_schema": function.get("parameters") or {"type": "object", "properties": {}},
    }
    if function.get("description"):
        out["description"] = function["description"]
    return out


def _tool_choice(choice: str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(choice, str):
        if choice not in _TOOL_CHOICES:
            raise InvalidRequest(f"tool_choice {choice!r} is not auto, none or required")
        return dict(_TOOL_CHOICES[choice])
    function = choice.get("function")
    if choice.get("type") == "function" and isinstance(function, Mapping):
        return {"type": "tool", "name": function["name"]}
    raise InvalidRequest("tool_choice must be auto, none, required or a function choice")


# -- response ------------------------------------------------------------------------------
def usage_from_wire(usage: Mapping[str, Any]) -> Usage:
    """Anthropic counts cache reads and writes apart from ``input_tokens``; llmgate's
    ``input_tokens`` includes them (see :class:`Usage`)."""
    cache_read = int(usage.get("cache_read_input_tokens") or 0)
    cache_write = int(usage.get("cache_creation_input_tokens") or 0)
    return Usage(
        input_tokens=int(usage.get("input_tokens") or 0) + cache_read + cache_write,
        output_tokens=int(usage.get("output_tokens") or 0),
        cached_input_tokens=cache_read,
        cache_write_tokens=cache_write,
    )


def finish_reason(stop_reason: str | None) -> str | None:
    """llmgate's finish reason; ``refusal`` is not a finish but a :class:`Refusal`."""
    if stop_reason == "refusal":
        raise Refusal("the model refused to answer (stop_reason: refusal)")
    if stop_reason is None:
        return None
    return _FINISH_REASONS.get(stop_reason, stop_reason)


def from_wire(payload: Any, *, structured: str | None = None) -> Completion:
    """A :class:`Completion` from a ``message`` object; :class:`InvalidPayload` if it is not.

    ``structured`` names the tool forced for structured output: its input, as JSON, is the
    answer's text (and not a tool call), and the turn's finish reason is ``stop``.
    """
    if not isinstance(payload, Mapping) or payload.get("type") != "message":
        raise InvalidPayload("the answer is not an Anthropic message object")
    content = payload.get("content")
    usage = payload.get("usage")
    if not isinstance(content, list) or not isinstance(usage, Mapping):
        raise InvalidPayload("the message has no content list or no usage")
    texts: list[str] = []
    calls: list[ToolCall] = []
    answer: str | None = None
    try:
        for block in content:
            if block["type"] == "text":
                texts.append(block["text"])
            elif block["type"] == "tool_use" and block["name"] == structured:
                answer = json.dumps(block["input"])
            elif block["type"] == "tool_use":
                calls.append(ToolCall(block["id"], block["name"], json.dumps(block["input"])))
    except (KeyError, TypeError) as exc:
        raise InvalidPayload(f"a content block is malformed: {exc!r}") from exc
    reason = finish_reason(payload.get("stop_reason"))
    if structured is not None:
        # Any text the model wrote before the forced tool is preamble, not the answer.
        texts = [answer] if answer is not None else []
        reason = "stop" if reason == "tool_calls" else reason
    return Completion(
        text="".join(texts),
        model=str(payload.get("model") or ""),
        usage=usage_from_wire(usage),
        tool_calls=tuple(calls),
        finish_reason=reason,
        response_id=payload.get("id"),
    )
