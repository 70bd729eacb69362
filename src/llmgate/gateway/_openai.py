"""OpenAI's chat completions requests: pure functions, tested on fixtures.

:func:`parse_request` turns a ``POST /v1/chat/completions`` body into a :class:`ChatCall`
(or a 400 in OpenAI's words). The answers in OpenAI's shape are ``_openai_answer.py``;
what the pass-through forwards and sends back, ``_openai_forward.py``.
"""

from __future__ import annotations

from typing import Any

from llmgate.gateway._errors import bad_request
from llmgate.gateway._wire import ChatCall, check_keys, need, need_model, need_range

__all__ = ["parse_request"]

_FIELDS = frozenset(
    {
        "model",
        "messages",
        "stream",
        "stream_options",
        "tools",
        "tool_choice",
        "max_tokens",
        "max_completion_tokens",
        "temperature",
        "top_p",
        "n",
        "stop",
        "seed",
        "presence_penalty",
        "frequency_penalty",
        "response_format",
        "parallel_tool_calls",
        "user",
        "logit_bias",
        "metadata",
        "logprobs",
        "store",
    }
)
# Fields OpenAI knows that no llmgate provider can honour through one answer: refused
# with a clear message rather than silently ignored.
_UNSUPPORTED = frozenset(
    {
        "top_logprobs",
        "functions",
        "function_call",
        "modalities",
        "audio",
        "prediction",
        "reasoning_effort",
        "service_tier",
        "web_search_options",
    }
)
# ``annotations`` (url citations) comes back in answers; clients echo the message in the
# next turn, so it is accepted and, like ``refusal``, not sent on.
_MESSAGE_FIELDS = frozenset(
    {
        "role",
        "content",
        "name",
        "tool_calls",
        "tool_call_id",
        "refusal",
        "audio",
        "function_call",
        "annotations",
    }
)
_ROLES = frozenset({"system", "developer", "user", "assistant", "tool"})
_TOOL_CHOICES = frozenset({"none", "auto", "required"})


def parse_request(body: dict[str, Any]) -> ChatCall:
    """The ``ChatCall`` a chat completions body asks for; a 400 naming the field otherwise."""
    if not body.keys() <= _FIELDS:  # the usual body has only known fields: one C-level test
        for key in body:
            if key in _UNSUPPORTED and body[key] is not None:
                raise bad_request(
                    f"{key} is not supported by the llmgate gateway", param=key, code="unsupported"
                )
        check_keys({k: v for k, v in body.items() if k not in _UNSUPPORTED}, _FIELDS, "")
    model = need_model(body.get("model"))
    raw_messages = need(body.get("messages"), "list", "messages")
    if not raw_messages:
        raise bad_request("messages: must hold at least one message", param="messages")
    messages = [_plain(m) or _message(m, f"messages[{i}]") for i, m in enumerate(raw_messages)]
    call = ChatCall(model=model, messages=messages)
    stream = body.get("stream")
    call.stream = bool(need(stream, "bool", "stream")) if stream is not None else False
    options = body.get("stream_options")
    if options is not None:
        need(options, "object", "stream_options")
        if not call.stream:
            raise bad_request(
                "stream_options: only allowed when stream is true", param="stream_options"
            )
        check_keys(options, frozenset({"include_usage"}), "stream_options")
        include = options.get("include_usage")
        if include is not None:
            call.include_usage = need(include, "bool", "stream_options.include_usage")
    tools = body.get("tools")
    if tools is not None:
        call.tools = [_tool(t, f"tools[{i}]") for i, t in enumerate(need(tools, "list", "tools"))]
    choice = body.get("tool_choice")
    if choice is not None:
        call.tool_choice = _tool_choice(choice)
    call.params = _params(body)
    return call


def _plain(raw: Any) -> dict[str, Any] | None:
    """A message with only a known ``role`` and text ``content`` (most of a conversation),
    checked without the general path's per-field work; ``None`` sends it there."""
    if type(raw) is not dict or len(raw) != 2:
        return None
    role, content = raw.get("role"), raw.get("content")
    if type(content) is not str or type(role) is not str or role not in _ROLES:
        return None
    return {"role": "system" if role == "developer" else role, "content": content}


def _message(raw: Any, where: str) -> dict[str, Any]:
    need(raw, "object", where)
    check_keys(raw, _MESSAGE_FIELDS, where)
    role = need(raw.get("role"), "str", f"{where}.role")
    if role not in _ROLES:
        raise bad_request(
            f"{where}.role: {role!r} is not one of {sorted(_ROLES)}", param=f"{where}.role"
        )
    if raw.get("function_call") is not None or raw.get("audio") is not None:
        raise bad_request(f"{where}: function_call and audio are not supported", param=where)
    out: dict[str, Any] = {"role": "system" if role == "developer" else role}
    content = raw.get("content")
    if content is not None:
        if isinstance(content, list):
            for j, part in enumerate(content):
                need(part, "object", f"{where}.content[{j}]")
                need(part.get("type"), "str", f"{where}.content[{j}].type")
        else:
            need(content, "str", f"{where}.content")
    out["content"] = content
    for key in ("name", "tool_call_id"):
        value = raw.get(key)
        if value is not None:
            out[key] = need(value, "str", f"{where}.{key}")
    calls = raw.get("tool_calls")
    if calls is not None:
        out["tool_calls"] = [
            _tool_call(c, f"{where}.tool_calls[{j}]")
            for j, c in enumerate(need(calls, "list", f"{where}.tool_calls"))
        ]
    return out


def _tool_call(raw: Any, where: str) -> dict[str, Any]:
    need(raw, "object", where)
    check_keys(raw, frozenset({"id", "type", "function"}), where)
    function = need(raw.get("function"), "object", f"{where}.function")
    check_keys(function, frozenset({"name", "arguments"}), f"{where}.function")
    return {
        "id": need(raw.get("id"), "str", f"{where}.id"),
        "type": "function",
        "function": {
            "name": need(function.get("name"), "str", f"{where}.function.name"),
            "arguments": need(function.get("arguments", ""), "str", f"{where}.function.arguments"),
        },
    }


def _tool(raw: Any, where: str) -> dict[str, Any]:
    need(raw, "object", where)
    check_keys(raw, frozenset({"type", "function"}), where)
    if raw.get("type") != "function":
        raise bad_request(f"{where}.type: only 'function' tools are supported", param=where)
    function = need(raw.get("function"), "object", f"{where}.function")
    check_keys(
        function, frozenset({"name", "description", "parameters", "strict"}), f"{where}.function"
    )
    need(function.get("name"), "str", f"{where}.function.name")
    if function.get("description") is not None:
        need(function["description"], "str", f"{where}.function.description")
    if function.get("parameters") is not None:
        need(function["parameters"], "object", f"{where}.function.parameters")
    return {"type": "function", "function": {k: v for k, v in function.items() if v is not None}}


def _tool_choice(raw: Any) -> str | dict[str, Any]:
    if isinstance(raw, str):
        if raw not in _TOOL_CHOICES:
            raise bad_request(
                f"tool_choice: {raw!r} is not one of {sorted(_TOOL_CHOICES)}", param="tool_choice"
            )
        return raw
    need(raw, "object", "tool_choice")
    function = raw.get("function")
    if raw.get("type") != "function" or not isinstance(function, dict):
        raise bad_request("tool_choice: expected {type: function, function: {name}}", "tool_choice")
    name = need(function.get("name"), "str", "tool_choice.function.name")
    return {"type": "function", "function": {"name": name}}


_PARAMS = _FIELDS - {"model", "messages", "stream", "stream_options", "tools", "tool_choice"}


def _params(body: dict[str, Any]) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if body.keys().isdisjoint(_PARAMS):
        return params
    for key in ("max_completion_tokens", "max_tokens"):
        value = body.get(key)
        if value is not None and "max_tokens" not in params:
            params["max_tokens"] = need_range(value, "int", key, 1, 10_000_000)
    for key, low, high in (
        ("temperature", 0, 2),
        ("top_p", 0, 1),
        ("presence_penalty", -2, 2),
        ("frequency_penalty", -2, 2),
    ):
        if body.get(key) is not None:
            params[key] = need_range(body[key], "number", key, low, high)
    if body.get("seed") is not None:
        params["seed"] = need(body["seed"], "int", "seed")
    stop = body.get("stop")
    if stop is not None:
        if isinstance(stop, list):
            for i, s in enumerate(stop):
                need(s, "str", f"stop[{i}]")
        else:
            need(stop, "str", "stop")
        params["stop"] = stop
    for key, kind in (
        ("response_format", "object"),
        ("parallel_tool_calls", "bool"),
        ("user", "str"),
        ("logit_bias", "object"),
        ("metadata", "object"),
    ):
        if body.get(key) is not None:
            params[key] = need(body[key], kind, key)
    n = body.get("n")
    if n is not None and need(n, "int", "n") != 1:
        raise bad_request("n: only n=1 is supported", param="n", code="unsupported")
    if body.get("logprobs") is not None and need(body["logprobs"], "bool", "logprobs"):
        raise bad_request("logprobs: not supported", param="logprobs", code="unsupported")
    if body.get("store") is not None and need(body["store"], "bool", "store"):
        raise bad_request("store: not supported", param="store", code="unsupported")
    return params
