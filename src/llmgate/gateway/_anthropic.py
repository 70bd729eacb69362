"""Anthropic's Messages wire format, both ways; pure functions, tested on fixtures.

The reverse of the Anthropic provider's conversion: a ``POST /v1/messages`` body becomes
the OpenAI-shaped messages the ``Client`` takes (``system`` becomes a system message,
``tool_result`` blocks become ``tool`` messages, ``tool_use`` blocks assistant tool calls),
and an answer becomes a ``message`` object or the vendor's stream of named SSE events.
"""

from __future__ import annotations

import json
from typing import Any

from llmgate._types import ChatChunk, ChatResponse, Usage
from llmgate.gateway._errors import HTTPError, bad_request
from llmgate.gateway._wire import ChatCall, check_keys, dumps, need, need_model, need_range

__all__ = ["EventWriter", "message", "parse_request", "stop_reason", "usage"]

_FIELDS = frozenset(
    {
        "model",
        "messages",
        "max_tokens",
        "system",
        "stop_sequences",
        "stream",
        "temperature",
        "top_p",
        "top_k",
        "tools",
        "tool_choice",
        "metadata",
    }
)
_UNSUPPORTED = frozenset({"thinking", "service_tier", "container", "mcp_servers"})
_STOP_REASONS = {"stop": "end_turn", "length": "max_tokens", "tool_calls": "tool_use"}


def parse_request(body: dict[str, Any]) -> ChatCall:
    """The ``ChatCall`` a Messages body asks for; a 400 naming the field otherwise."""
    for key in body:
        if key in _UNSUPPORTED and body[key] is not None:
            raise bad_request(f"{key}: not supported by the llmgate gateway", param=key)
    check_keys({k: v for k, v in body.items() if k not in _UNSUPPORTED}, _FIELDS, "")
    model = need_model(body.get("model"))
    if body.get("max_tokens") is None:
        raise bad_request("max_tokens: Field required", param="max_tokens")
    params: dict[str, Any] = {
        "max_tokens": need_range(body["max_tokens"], "int", "max_tokens", 1, 10_000_000)
    }
    messages: list[dict[str, Any]] = []
    system = body.get("system")
    if system is not None:
        text = _text_of(system, "system")
        if text:
            messages.append({"role": "system", "content": text})
    raw = need(body.get("messages"), "list", "messages")
    if not raw:
        raise bad_request("messages: at least one message is required", param="messages")
    for i, m in enumerate(raw):
        messages.extend(_message(m, f"messages.{i}"))
    call = ChatCall(model=model, messages=messages, params=params)
    if body.get("stream") is not None:
        call.stream = need(body["stream"], "bool", "stream")
    call.include_usage = True
    stop = body.get("stop_sequences")
    if stop is not None:
        for i, s in enumerate(need(stop, "list", "stop_sequences")):
            need(s, "str", f"stop_sequences.{i}")
        if stop:
            params["stop"] = list(stop)
    for key, low, high in (("temperature", 0, 1), ("top_p", 0, 1)):
        if body.get(key) is not None:
            params[key] = need_range(body[key], "number", key, low, high)
    if body.get("top_k") is not None:
        params["top_k"] = need_range(body["top_k"], "int", "top_k", 0, 1_000_000)
    if body.get("metadata") is not None:
        # Only ``user_id`` exists; it is for the vendor's abuse tracking, which the
        # gateway's own key tag replaces. Accepted and not forwarded.
        check_keys(need(body["metadata"], "object", "metadata"), frozenset({"user_id"}), "metadata")
    tools = body.get("tools")
    if tools is not None:
        call.tools = [_tool(t, f"tools.{i}") for i, t in enumerate(need(tools, "list", "tools"))]
    if body.get("tool_choice") is not None:
        call.tool_choice = _tool_choice(body["tool_choice"], params)
    return call


def _text_of(value: Any, where: str) -> str:
    """A ``system`` prompt or a tool result: a string, or a list of text blocks."""
    if isinstance(value, str):
        return value
    parts = []
    for i, block in enumerate(need(value, "list", where)):
        need(block, "object", f"{where}.{i}")
        if block.get("type") != "text":
            raise bad_request(f"{where}.{i}.type: expected 'text'", param=f"{where}.{i}.type")
        check_keys(block, frozenset({"type", "text", "cache_control", "citations"}), where)
        parts.append(need(block.get("text"), "str", f"{where}.{i}.text"))
    return "\n".join(parts)


def _message(raw: Any, where: str) -> list[dict[str, Any]]:
    need(raw, "object", where)
    check_keys(raw, frozenset({"role", "content"}), where)
    role = need(raw.get("role"), "str", f"{where}.role")
    if role not in ("user", "assistant"):
        raise bad_request(f"{where}.role: expected 'user' or 'assistant'", param=f"{where}.role")
    content = raw.get("content")
    if isinstance(content, str):
        return [{"role": role, "content": content}]
    blocks = need(content, "list", f"{where}.content")
    out: list[dict[str, Any]] = []
    parts: list[dict[str, Any]] = []
    calls: list[dict[str, Any]] = []
    for j, block in enumerate(blocks):
        at = f"{where}.content.{j}"
        need(block, "object", at)
        kind = need(block.get("type"), "str", f"{at}.type")
        if kind == "text":
            check_keys(block, frozenset({"type", "text", "cache_control", "citations"}), at)
            parts.append({"type": "text", "text": need(block.get("text"), "str", f"{at}.text")})
        elif kind == "image":
            parts.append(_image(block, at))
        elif kind == "tool_use" and role == "assistant":
            check_keys(block, frozenset({"type", "id", "name", "input", "cache_control"}), at)
            arguments = json.dumps(need(block.get("input", {}), "object", f"{at}.input"))
            calls.append(
                {
                    "id": need(block.get("id"), "str", f"{at}.id"),
                    "type": "function",
                    "function": {
                        "name": need(block.get("name"), "str", f"{at}.name"),
                        "arguments": arguments,
                    },
                }
            )
        elif kind == "tool_result" and role == "user":
            check_keys(
                block,
                frozenset({"type", "tool_use_id", "content", "is_error", "cache_control"}),
                at,
            )
            result = block.get("content")
            text = "" if result is None else _text_of(result, f"{at}.content")
            out.append(
                {
                    "role": "tool",
                    "tool_call_id": need(block.get("tool_use_id"), "str", f"{at}.tool_use_id"),
                    "content": text or "(empty)",
                }
            )
        else:
            raise bad_request(
                f"{at}.type: {kind!r} blocks are not supported in a {role} message",
                param=f"{at}.type",
            )
    if parts or calls:
        msg: dict[str, Any] = {"role": role, "content": _content(parts)}
        if calls:
            msg["tool_calls"] = calls
        out.append(msg)
    if not out:
        raise bad_request(f"{where}.content: must not be empty", param=f"{where}.content")
    return out


def _content(parts: list[dict[str, Any]]) -> str | list[dict[str, Any]] | None:
    if not parts:
        return None
    if all(p["type"] == "text" for p in parts):
        return "".join(p["text"] for p in parts)
    return parts


def _image(block: dict[str, Any], at: str) -> dict[str, Any]:
    check_keys(block, frozenset({"type", "source", "cache_control"}), at)
    source = need(block.get("source"), "object", f"{at}.source")
    kind = source.get("type")
    if kind == "base64":
        media = need(source.get("media_type"), "str", f"{at}.source.media_type")
        data = need(source.get("data"), "str", f"{at}.source.data")
        url = f"data:{media};base64,{data}"
    elif kind == "url":
        url = need(source.get("url"), "str", f"{at}.source.url")
    else:
        raise bad_request(f"{at}.source.type: expected 'base64' or 'url'", param=f"{at}.source")
    return {"type": "image_url", "image_url": {"url": url}}


def _tool(raw: Any, where: str) -> dict[str, Any]:
    need(raw, "object", where)
    check_keys(
        raw, frozenset({"name", "description", "input_schema", "cache_control", "type"}), where
    )
    if raw.get("type") not in (None, "custom"):
        raise bad_request(f"{where}.type: only custom tools are supported", param=where)
    function: dict[str, Any] = {"name": need(raw.get("name"), "str", f"{where}.name")}
    if raw.get("description") is not None:
        function["description"] = need(raw["description"], "str", f"{where}.description")
    function["parameters"] = need(raw.get("input_schema"), "object", f"{where}.input_schema")
    return {"type": "function", "function": function}


def _tool_choice(raw: Any, params: dict[str, Any]) -> str | dict[str, Any]:
    need(raw, "object", "tool_choice")
    check_keys(raw, frozenset({"type", "name", "disable_parallel_tool_use"}), "tool_choice")
    kind = raw.get("type")
    disable = raw.get("disable_parallel_tool_use")
    if disable is not None and need(disable, "bool", "tool_choice.disable_parallel_tool_use"):
        params["parallel_tool_calls"] = False
    if kind == "auto":
        return "auto"
    if kind == "any":
        return "required"
    if kind == "none":
        return "none"
    if kind == "tool":
        name = need(raw.get("name"), "str", "tool_choice.name")
        return {"type": "function", "function": {"name": name}}
    raise bad_request("tool_choice.type: expected auto, any, tool or none", param="tool_choice")


# -- responses -----------------------------------------------------------------------------
def stop_reason(finish: str | None, has_tools: bool) -> str:
    if finish is None:
        return "tool_use" if has_tools else "end_turn"
    return _STOP_REASONS.get(finish, "end_turn")


def usage(u: Usage) -> dict[str, Any]:
    """Anthropic counts cache reads and writes apart from ``input_tokens`` (llmgate does not)."""
    return {
        "input_tokens": max(0, u.input_tokens - u.cached_input_tokens - u.cache_write_tokens),
        "output_tokens": u.output_tokens,
        "cache_read_input_tokens": u.cached_input_tokens,
        "cache_creation_input_tokens": u.cache_write_tokens,
    }


def _input(arguments: str) -> dict[str, Any]:
    try:
        value = json.loads(arguments) if arguments.strip() else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def message(r: ChatResponse, *, message_id: str) -> dict[str, Any]:
    content: list[dict[str, Any]] = []
    if r.text:
        content.append({"type": "text", "text": r.text})
    for tc in r.tool_calls:
        content.append(
            {"type": "tool_use", "id": tc.id, "name": tc.name, "input": _input(tc.arguments)}
        )
    return {
        "id": message_id,
        "type": "message",
        "role": "assistant",
        "model": r.model,
        "content": content,
        "stop_reason": stop_reason(r.finish_reason, bool(r.tool_calls)),
        "stop_sequence": None,
        "usage": usage(r.usage),
    }


def _event(name: str, data: dict[str, Any]) -> bytes:
    return b"event: " + name.encode() + b"\ndata: " + dumps(data) + b"\n\n"


class EventWriter:
    """The named SSE events of one Messages stream, with content-block bookkeeping.

    Text goes to a text block; each streamed tool call gets a ``tool_use`` block whose
    arguments arrive as ``input_json_delta`` fragments. A block is closed when the next
    one opens, as the vendor does.
    """

    def __init__(self, message_id: str, model: str) -> None:
        self.id = message_id
        self.model = model
        self._index = -1
        self._open: tuple[str, int] | None = None  # ("text", 0) or ("tool", tool index)
        self._tools = False

    def start(self) -> bytes:
        msg: dict[str, Any] = {
            "id": self.id,
            "type": "message",
            "role": "assistant",
            "model": self.model,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 0, "output_tokens": 0},
        }
        return _event("message_start", {"type": "message_start", "message": msg})

    def _switch(self, block: tuple[str, int], start: dict[str, Any]) -> bytes:
        out = self._close()
        self._index += 1
        self._open = block
        return out + _event(
            "content_block_start",
            {"type": "content_block_start", "index": self._index, "content_block": start},
        )

    def _close(self) -> bytes:
        if self._open is None:
            return b""
        self._open = None
        return _event("content_block_stop", {"type": "content_block_stop", "index": self._index})

    def _delta(self, delta: dict[str, Any]) -> bytes:
        return _event(
            "content_block_delta",
            {"type": "content_block_delta", "index": self._index, "delta": delta},
        )

    def chunk(self, c: ChatChunk) -> bytes:
        out = b""
        if c.text:
            if self._open != ("text", 0):
                out += self._switch(("text", 0), {"type": "text", "text": ""})
            # The most frequent event, built around the encoded text alone.
            out += (
                b'event: content_block_delta\ndata: {"type":"content_block_delta","index":%d,'
                % (self._index)
            )
            out += b'"delta":{"type":"text_delta","text":' + dumps(c.text) + b"}}\n\n"
        for d in c.tool_calls:
            if self._open != ("tool", d.index):
                self._tools = True
                start = {
                    "type": "tool_use",
                    "id": d.id or f"toolu_{d.index}",
                    "name": d.name or "",
                    "input": {},
                }
                out += self._switch(("tool", d.index), start)
            if d.arguments:
                out += self._delta({"type": "input_json_delta", "partial_json": d.arguments})
        return out

    def finish(self, r: ChatResponse) -> bytes:
        out = self._close()
        u = usage(r.usage)
        delta = {"stop_reason": stop_reason(r.finish_reason, self._tools), "stop_sequence": None}
        out += _event("message_delta", {"type": "message_delta", "delta": delta, "usage": u})
        return out + _event("message_stop", {"type": "message_stop"})

    @staticmethod
    def error(exc: HTTPError) -> bytes:
        return _event("error", exc.anthropic())
