"""Validation of what callers hand in, once, before anything is sent.

A wrong message is the caller's bug: it gets a ``BadRequestError`` naming the message index
and the field, before any vendor sees it (and before any money is spent).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from llmgate._types import Message, Role, ToolCall
from llmgate.errors import BadRequestError
from llmgate.routing.route import Target

__all__ = [
    "KNOWN_PARAMS",
    "check_params",
    "check_tags",
    "normalize_messages",
    "normalize_tools",
    "unfit_reason",
]

_ROLES = frozenset({"system", "user", "assistant", "tool"})
# Every generation parameter llmgate knows; each provider's capabilities say which it serves.
KNOWN_PARAMS = frozenset(
    {
        "max_tokens",
        "temperature",
        "top_p",
        "top_k",
        "stop",
        "seed",
        "presence_penalty",
        "frequency_penalty",
        "response_format",
        "parallel_tool_calls",
        "user",
        "logit_bias",
        "metadata",
    }
)


def _bad(message: str) -> BadRequestError:
    return BadRequestError(message)


def normalize_messages(messages: Sequence[Mapping[str, Any] | Message]) -> tuple[Message, ...]:
    if type(messages) is not list and (  # a list, the usual case, skips the ABC check
        isinstance(messages, (str, bytes)) or not isinstance(messages, Sequence)
    ):
        raise _bad("messages must be a list of message dicts")
    if not messages:
        raise _bad("messages is empty: give at least one message")
    return tuple(_one(i, m) for i, m in enumerate(messages))


_PLAIN_ROLES = frozenset({"system", "user", "assistant"})


def _one(i: int, raw: Mapping[str, Any] | Message) -> Message:
    # The common shape, ``{"role": ..., "content": "text"}``, checked in a few steps: the
    # full checks below give the same message for it, at several times the cost per call.
    if type(raw) is dict and len(raw) == 2:
        role, content = raw.get("role"), raw.get("content")
        if role in _PLAIN_ROLES and type(content) is str and content.strip():
            return Message(role=cast(Role, role), content=content)
    where = f"messages[{i}]"
    if isinstance(raw, Message):
        raw = raw.to_openai()
    if not isinstance(raw, Mapping):
        raise _bad(f"{where}: expected a dict with 'role' and 'content', got {type(raw).__name__}")
    unknown = set(raw) - {"role", "content", "tool_calls", "tool_call_id", "name"}
    if unknown:
        raise _bad(f"{where}: unknown field(s) {sorted(unknown)}")
    role = raw.get("role")
    if role not in _ROLES:
        raise _bad(f"{where}.role: unknown role {role!r} (expected one of {sorted(_ROLES)})")
    content = _content(where, raw.get("content"))
    tool_calls = _tool_calls(where, raw.get("tool_calls")) if role == "assistant" else ()
    if role != "assistant" and raw.get("tool_calls"):
        raise _bad(f"{where}.tool_calls: only assistant messages carry tool calls")
    if role in ("system", "user", "tool") and _empty(content):
        raise _bad(f"{where}.content: a {role} message needs non-empty content")
    if role == "assistant" and _empty(content) and not tool_calls:
        raise _bad(f"{where}: an assistant message needs content or tool_calls")
    tool_call_id = raw.get("tool_call_id")
    if role == "tool" and not (isinstance(tool_call_id, str) and tool_call_id):
        raise _bad(f"{where}.tool_call_id: a tool message must name the call it answers")
    name = raw.get("name")
    if name is not None and not isinstance(name, str):
        raise _bad(f"{where}.name: must be a string")
    return Message(
        role=cast(Role, role),
        content=content,
        tool_calls=tool_calls,
        tool_call_id=tool_call_id if role == "tool" else None,
        name=name,
    )


def _empty(content: str | list[dict[str, Any]] | None) -> bool:
    if content is None:
        return True
    if isinstance(content, str):
        return not content.strip()
    return not content


def _content(where: str, content: object) -> str | list[dict[str, Any]] | None:
    if content is None or isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise _bad(f"{where}.content: must be a string or a list of content parts")
    parts: list[dict[str, Any]] = []
    for j, part in enumerate(content):
        pw = f"{where}.content[{j}]"
        if not isinstance(part, Mapping):
            raise _bad(f"{pw}: a content part must be a dict with a 'type'")
        kind = part.get("type")
        if kind == "text":
            if not isinstance(part.get("text"), str):
                raise _bad(f"{pw}.text: a text part needs a string 'text'")
        elif kind == "image_url":
            image = part.get("image_url")
            url = image.get("url") if isinstance(image, Mapping) else None
            if not isinstance(url, str) or not url:
                raise _bad(f"{pw}.image_url.url: an image part needs a URL string")
        else:
            raise _bad(f"{pw}.type: unknown content part type {kind!r}")
        parts.append(dict(part))
    return parts


def _tool_calls(where: str, raw: object) -> tuple[ToolCall, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise _bad(f"{where}.tool_calls: must be a list")
    out = []
    for j, call in enumerate(raw):
        cw = f"{where}.tool_calls[{j}]"
        if isinstance(call, ToolCall):
            out.append(call)
            continue
        fn = call.get("function") if isinstance(call, Mapping) else None
        if not isinstance(call, Mapping) or not isinstance(fn, Mapping):
            raise _bad(f"{cw}: expected {{'id', 'type': 'function', 'function': {{...}}}}")
        call_id, name, args = call.get("id"), fn.get("name"), fn.get("arguments", "")
        if not isinstance(call_id, str) or not isinstance(name, str) or not name:
            raise _bad(f"{cw}: needs a string 'id' and 'function.name'")
        if not isinstance(args, str):
            args = json.dumps(args)
        out.append(ToolCall(id=call_id, name=name, arguments=args))
    return tuple(out)


def normalize_tools(tools: Iterable[Mapping[str, Any]] | None) -> tuple[dict[str, Any], ...]:
    if tools is None:
        return ()
    out = []
    for i, tool in enumerate(tools):
        fn = tool.get("function") if isinstance(tool, Mapping) else None
        if (
            not isinstance(tool, Mapping)
            or tool.get("type") != "function"
            or not isinstance(fn, Mapping)
        ):
            raise _bad(f"tools[{i}]: expected {{'type': 'function', 'function': {{...}}}}")
        if not isinstance(fn.get("name"), str) or not fn["name"]:
            raise _bad(f"tools[{i}].function.name: a tool needs a name")
        params = fn.get("parameters")
        if params is not None and not isinstance(params, Mapping):
            raise _bad(f"tools[{i}].function.parameters: must be a JSON schema object")
        out.append({"type": "function", "function": dict(fn)})
    return tuple(out)


def check_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """Refuse parameters llmgate does not know; drop the ones left as ``None``."""
    if not params.keys() <= KNOWN_PARAMS:  # the usual case in one C-level test
        unknown = sorted(set(params) - KNOWN_PARAMS)
        raise _bad(f"unknown parameter(s) {unknown}; known: {sorted(KNOWN_PARAMS)}")
    out = {k: v for k, v in params.items() if v is not None}
    max_tokens = out.get("max_tokens")
    if max_tokens is not None and (not isinstance(max_tokens, int) or max_tokens < 1):
        raise _bad(f"max_tokens must be a positive integer, got {max_tokens!r}")
    return out


def unfit_reason(
    target: Target,
    params: Mapping[str, Any],
    tools: Sequence[Mapping[str, Any]],
    messages: Sequence[Message],
    stream: bool,
    structured: bool = False,
) -> str | None:
    """Why ``target`` cannot serve this call as asked, or ``None``.

    Such a target is skipped (and the skip recorded in the attempts); when no target of the
    route fits, the call fails before anything is sent. Nothing is ever silently dropped.
    """
    caps = target.provider.capabilities
    if not params.keys() <= caps.params:
        unsupported = sorted(set(params) - caps.params)
        return (
            f"{target.key} does not support parameter(s) {unsupported} "
            f"(it supports {sorted(caps.params)})"
        )
    if tools and not caps.tools:
        return f"{target.key} does not support tools"
    if stream and not caps.streaming:
        return f"{target.key} does not support streaming"
    if structured and not caps.structured_output:
        return f"{target.key} does not support structured output (response_format)"
    for i, m in enumerate(messages):
        if isinstance(m.content, list):
            for part in m.content:
                if part.get("type") not in caps.content_parts:
                    return (
                        f"messages[{i}]: content part {part.get('type')!r} is not supported "
                        f"by {target.key}"
                    )
    return None


def check_tags(tags: Mapping[str, str] | None) -> dict[str, str]:
    if not tags:
        return {}
    out = {}
    for k, v in tags.items():
        if not isinstance(k, str) or not isinstance(v, str):
            raise BadRequestError("tags must map strings to strings")
        out[k] = v
    return out
