"""OpenAI's chat completions wire format, both ways; pure functions, tested on fixtures.

:func:`parse_request` turns a ``POST /v1/chat/completions`` body into a :class:`ChatCall`
(or a 400 in OpenAI's words), :func:`completion` turns a ``ChatResponse`` into a
``chat.completion`` object, and :class:`ChunkWriter` turns a stream of ``ChatChunk`` into
the vendor's SSE blocks, ending with the optional usage chunk and ``data: [DONE]``.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

from llmgate._types import ChatChunk, ChatResponse, Usage
from llmgate.gateway._errors import HTTPError, bad_request
from llmgate.gateway._wire import ChatCall, check_keys, dumps, need, need_model, need_range

__all__ = [
    "ChunkWriter",
    "completion",
    "forward_body",
    "forwarded",
    "parse_request",
    "usage",
    "verbatim",
]

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


# -- responses -----------------------------------------------------------------------------
def usage(u: Usage, cost: Decimal | None = None) -> dict[str, Any]:
    """OpenAI's usage object, plus ``cost_usd`` (a decimal string, null when unknown)."""
    return {
        "prompt_tokens": u.input_tokens,
        "completion_tokens": u.output_tokens,
        "total_tokens": u.total_tokens,
        "prompt_tokens_details": {"cached_tokens": u.cached_input_tokens},
        "completion_tokens_details": {"reasoning_tokens": u.reasoning_tokens},
        "cost_usd": None if cost is None else str(cost),
    }


def forward_body(call: ChatCall) -> dict[str, Any]:
    """The body a pass-through attempt sends: the parsed request, still in OpenAI's format
    (``developer`` already ``system``; ``model`` set per attempt by the provider)."""
    body: dict[str, Any] = {"model": call.model, "messages": call.messages, **call.params}
    if call.tools:
        body["tools"] = call.tools
    if call.tool_choice is not None:
        body["tool_choice"] = call.tool_choice
    if call.include_usage:
        body["stream_options"] = {"include_usage": True}
    return body


_AS_SENT = frozenset({"model", "messages", "stream", "tools", "tool_choice"})
_MISSING = object()


def verbatim(body: dict[str, Any], call: ChatCall) -> bool:
    """Whether the received ``body`` says exactly what :func:`forward_body` says, apart
    from what a forwarded attempt sets itself (``model``, the max-tokens name, the stream
    flag and its usage option): then its bytes can be sent instead of encoding the parsed
    body again. Any field the parser changed or left out (``developer`` roles, nulls,
    ``n``, echoed ``refusal``/``annotations``, an empty tool list) makes it ``False``.
    Comparing the parsed objects is C-level work, much cheaper than an encoding.
    """
    if call.messages != body["messages"]:
        return False
    params = call.params
    for key, value in body.items():
        if value is None:
            return False
        if key in _AS_SENT:
            continue
        if key == "stream_options":
            if value != {"include_usage": True}:
                return False
        elif params.get("max_tokens" if key == "max_completion_tokens" else key, _MISSING) != value:
            return False
    if "tools" in body and (not call.tools or call.tools != body["tools"]):
        return False
    return "tool_choice" not in body or call.tool_choice == body["tool_choice"]


_USAGE = re.compile(rb'"usage"[ \t\r\n]*:[ \t\r\n]*\{[ \t\r\n]*(\}?)')


def forwarded(answer: bytes, cost: Decimal | None) -> bytes:
    """The vendor's ``chat.completion`` as it came, with llmgate's ``usage.cost_usd``.

    The cost goes into the answer's bytes when its ``usage`` object is found without
    doubt (the key written once, no ``cost_usd`` already); otherwise the answer is
    decoded and encoded again, as it was before (measured: the splice is ~1 us, the
    round trip ~10 us for a short answer, and grows with it).
    """
    value = b"null" if cost is None else b'"' + str(cost).encode() + b'"'
    found = _USAGE.search(answer)
    if (
        found is not None
        and answer.find(b'"cost_usd"') < 0  # (find: ``in`` on bytes raises inside first)
        and _USAGE.search(answer, found.end()) is None
    ):
        at = found.start(1)  # after the "{" (and any blanks), before a "}" if empty
        sep = b"" if found[1] else b","
        return answer[:at] + b'"cost_usd":' + value + sep + answer[at:]
    payload = json.loads(answer)
    u = payload.get("usage")
    if isinstance(u, dict):
        u["cost_usd"] = None if cost is None else str(cost)
    return dumps(payload)


def completion(r: ChatResponse, *, response_id: str, created: int) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": r.text or None, "refusal": None}
    if r.tool_calls:
        message["tool_calls"] = [tc.to_openai() for tc in r.tool_calls]
    return {
        "id": response_id,
        "object": "chat.completion",
        "created": created,
        "model": r.model,
        "choices": [
            {
                "index": 0,
                "message": message,
                "logprobs": None,
                "finish_reason": r.finish_reason or ("tool_calls" if r.tool_calls else "stop"),
            }
        ],
        "usage": usage(r.usage, r.cost),
    }


_TEXT_SUFFIX = b'},"logprobs":null,"finish_reason":null}]}\n\n'


class ChunkWriter:
    """SSE blocks of one ``chat.completion.chunk`` stream, in the vendor's order."""

    def __init__(self, response_id: str, created: int, model: str, include_usage: bool) -> None:
        self.id = response_id
        self.created = created
        self.model = model
        self.include_usage = include_usage
        self._tools_seen = False
        self._finish: str | None = None
        self._text_prefix: tuple[str, bytes] | None = None  # (model, bytes before the text)

    def _block(self, choices: list[dict[str, Any]], extra: dict[str, Any] | None = None) -> bytes:
        obj: dict[str, Any] = {
            "id": self.id,
            "object": "chat.completion.chunk",
            "created": self.created,
            "model": self.model,
            "choices": choices,
        }
        if extra:
            obj.update(extra)
        return b"data: " + dumps(obj) + b"\n\n"

    def start(self) -> bytes:
        delta = {"role": "assistant", "content": ""}
        return self._block([{"index": 0, "delta": delta, "logprobs": None, "finish_reason": None}])

    def chunk(self, c: ChatChunk) -> bytes:
        if c.model:
            self.model = c.model
        if c.finish_reason:
            self._finish = c.finish_reason
        if not c.text and not c.tool_calls:
            return b""
        if not c.tool_calls:
            return self._text(c.text)
        delta: dict[str, Any] = {}
        if c.text:
            delta["content"] = c.text
        if c.tool_calls:
            self._tools_seen = True
            calls = []
            for d in c.tool_calls:
                call: dict[str, Any] = {"index": d.index}
                if d.id:
                    call["id"] = d.id
                    call["type"] = "function"
                function: dict[str, Any] = {"arguments": d.arguments}
                if d.name:
                    function["name"] = d.name
                call["function"] = function
                calls.append(call)
            delta["tool_calls"] = calls
        return self._block([{"index": 0, "delta": delta, "logprobs": None, "finish_reason": None}])

    def _text(self, text: str) -> bytes:
        """A text delta from a cached prefix: the same bytes as :meth:`_block`, built by
        encoding only the text (most chunks of most streams are text)."""
        if self._text_prefix is None or self._text_prefix[0] != self.model:
            whole = self._block([{"index": 0, "delta": {"content": ""}}])
            self._text_prefix = (self.model, whole[: whole.rindex(b'""')])
        return self._text_prefix[1] + dumps(text) + _TEXT_SUFFIX

    def finish(self, r: ChatResponse) -> bytes:
        reason = r.finish_reason or self._finish or ("tool_calls" if self._tools_seen else "stop")
        out = self._block([{"index": 0, "delta": {}, "logprobs": None, "finish_reason": reason}])
        if self.include_usage:
            out += self._block([], {"usage": usage(r.usage, r.cost)})
        return out + b"data: [DONE]\n\n"

    @staticmethod
    def error(exc: HTTPError) -> bytes:
        """What the vendor sends when a stream fails after it started: an error object."""
        return b"data: " + dumps(exc.openai()) + b"\n\n"
