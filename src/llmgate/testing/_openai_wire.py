"""OpenAI chat-completion wire bodies: what the loopback :class:`OpenAIServer` answers with.

``chat.completion`` objects and ``chat.completion.chunk`` SSE blocks built from a
:class:`ScriptedAnswer` and the request, with the vendor's usage accounting and finish
reasons; and the request checks the vendor makes before it answers (a malformed body or
``response_format`` is a 400 there, so it is here).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from llmgate.testing._schema_example import schema_example

__all__ = [
    "CREATED",
    "ScriptedAnswer",
    "check_body",
    "completion_body",
    "default_answer",
    "split_words",
    "stream_blocks",
]

_WORDS = re.compile(r"\s*\S+\s*|\s+")
CREATED = 1_735_689_600  # fixed, so answers are byte-for-byte reproducible
_FINGERPRINT = "fp_llmgate"


@dataclass(slots=True)
class ScriptedAnswer:
    """One scripted answer. ``usage`` keys override the computed token counts.

    ``tool_calls`` are ``{"id", "name", "arguments"}`` dicts (``arguments`` a JSON string or
    a value to encode). ``refusal`` sends the vendor's refusal field instead of content.
    ``chunks`` overrides how streamed text is split (default: one chunk per word).
    """

    text: str | None = None
    tool_calls: Sequence[dict[str, Any]] = ()
    usage: dict[str, Any] | None = None
    finish_reason: str | None = None
    refusal: str | None = None
    model: str | None = None
    chunks: Sequence[str] | None = None
    headers: dict[str, str] = field(default_factory=dict)


def check_body(body: Any) -> str | None:
    if not isinstance(body, dict):
        return "The request body must be a JSON object."
    if not body.get("model"):
        return "you must provide a model parameter"
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        return "[] is too short - 'messages'"
    if body.get("n", 1) != 1:
        return "This fake serves n=1 only."
    return _check_response_format(body.get("response_format"))


def _check_response_format(fmt: Any) -> str | None:
    """The vendor's checks of ``response_format`` (its wording), json_schema included."""
    if fmt is None:
        return None
    if not isinstance(fmt, dict) or fmt.get("type") not in ("text", "json_object", "json_schema"):
        return "Invalid value for 'response_format.type': expected text, json_object, json_schema."
    if fmt["type"] != "json_schema":
        return None
    spec = fmt.get("json_schema")
    if not isinstance(spec, dict) or not spec.get("name"):
        return "Missing required parameter: 'response_format.json_schema.name'."
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", str(spec["name"])):
        return "Invalid 'response_format.json_schema.name': string does not match pattern."
    schema = spec.get("schema")
    if not isinstance(schema, dict) or schema.get("type") != "object":
        return (
            "Invalid schema for response_format: schema must be a JSON Schema of "
            "'type: \"object\"'."
        )
    if spec.get("strict") and _open_objects(schema):
        return (
            "Invalid schema for response_format: In context=(), 'additionalProperties' is "
            "required to be supplied and to be false."
        )
    return None


def _open_objects(node: Any) -> bool:
    """Whether some object schema in ``node`` leaves ``additionalProperties`` unset or true."""
    if isinstance(node, dict):
        if node.get("type") == "object" and node.get("additionalProperties") is not False:
            return True
        return any(_open_objects(v) for v in node.values())
    if isinstance(node, list):
        return any(_open_objects(v) for v in node)
    return False


def default_answer(body: dict[str, Any]) -> ScriptedAnswer:
    """The unscripted answer: a call of the tool that ``tool_choice`` forces (the vendor
    always calls it, with arguments of its schema), else :func:`_default_text`."""
    tools = {t["function"]["name"]: t["function"] for t in body.get("tools") or ()}
    choice = body.get("tool_choice")
    name = None
    if isinstance(choice, dict):
        name = (choice.get("function") or {}).get("name")
    elif choice == "required" and tools:
        name = next(iter(tools))
    if name in tools:
        arguments = schema_example(tools[name].get("parameters") or {"type": "object"})
        return ScriptedAnswer(tool_calls=[{"name": name, "arguments": arguments}])
    return ScriptedAnswer(text=_default_text(body))


def _default_text(body: dict[str, Any]) -> str:
    """The unscripted answer: an echo, or a value of the schema asked for (as strict mode)."""
    fmt = body.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        return json.dumps(schema_example(fmt["json_schema"]["schema"]))
    if fmt.get("type") == "json_object":
        return "{}"
    return f"echo: {_last_user_text(body['messages'])}"


def _last_user_text(messages: list[Any]) -> str:
    for message in reversed(messages):
        if isinstance(message, dict) and message.get("role") == "user":
            return _content_text(message.get("content"))
    return ""


def split_words(text: str) -> list[str]:
    return _WORDS.findall(text) or [text]


def _count_tokens(text: str) -> int:
    return len(text.split())


def _usage(answer: ScriptedAnswer, body: dict[str, Any]) -> dict[str, Any]:
    prompt = sum(
        _count_tokens(_content_text(m.get("content"))) + 4
        for m in body.get("messages", ())
        if isinstance(m, dict)
    )
    completion = _count_tokens(answer.text or answer.refusal or "") + sum(
        _count_tokens(_arguments(tc)) + 3 for tc in answer.tool_calls
    )
    usage: dict[str, Any] = {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": 0,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    }
    extra = dict(answer.usage or {})
    for key in ("prompt_tokens_details", "completion_tokens_details"):
        if key in extra:
            usage[key] = {**usage[key], **extra.pop(key)}
    usage.update(extra)
    if "total_tokens" not in extra:
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
    return usage


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(p["text"]) for p in content if isinstance(p, dict) and "text" in p)
    return ""


def _arguments(tool_call: dict[str, Any]) -> str:
    args = tool_call.get("arguments", "")
    return args if isinstance(args, str) else json.dumps(args)


def _wire_tool_calls(answer: ScriptedAnswer) -> list[dict[str, Any]]:
    return [
        {
            "id": tc.get("id") or f"call_{i:04d}",
            "type": "function",
            "function": {"name": tc["name"], "arguments": _arguments(tc)},
        }
        for i, tc in enumerate(answer.tool_calls)
    ]


def _finish_reason(answer: ScriptedAnswer) -> str:
    if answer.finish_reason is not None:
        return answer.finish_reason
    return "tool_calls" if answer.tool_calls else "stop"


def completion_body(
    answer: ScriptedAnswer, body: dict[str, Any], completion_id: str
) -> dict[str, Any]:
    """A ``chat.completion`` object for ``answer`` to the request ``body``."""
    tool_calls = _wire_tool_calls(answer)
    message: dict[str, Any] = {
        "role": "assistant",
        "content": answer.text if answer.refusal is None else None,
        "refusal": answer.refusal,
        "annotations": [],
    }
    if tool_calls:
        message["tool_calls"] = tool_calls
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": CREATED,
        "model": answer.model or body["model"],
        "choices": [
            {
                "index": 0,
                "message": message,
                "logprobs": None,
                "finish_reason": _finish_reason(answer),
            }
        ],
        "usage": _usage(answer, body),
        "service_tier": "default",
        "system_fingerprint": _FINGERPRINT,
    }


def stream_blocks(
    answer: ScriptedAnswer, body: dict[str, Any], completion_id: str, *, include_usage: bool
) -> list[str]:
    """The SSE blocks of a streamed answer, ``data: [DONE]`` included."""
    model = answer.model or body["model"]
    head = {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": CREATED,
        "model": model,
        "service_tier": "default",
        "system_fingerprint": _FINGERPRINT,
    }
    # The vendor repeats the envelope in every chunk; with include_usage every chunk also
    # carries "usage": null until the last one. Prefix/suffix strings keep this fast.
    prefix = json.dumps(head)[:-1] + ', "choices": [{"index": 0, "delta": '
    suffix = ', "logprobs": null, "finish_reason": %s}]' + (
        ', "usage": null}' if include_usage else "}"
    )

    def block(delta: dict[str, Any], finish: str | None = None) -> str:
        tail = suffix % (json.dumps(finish) if finish is not None else "null")
        return f"data: {prefix}{json.dumps(delta)}{tail}\n\n"

    first: dict[str, Any] = {"role": "assistant", "content": "", "refusal": None}
    blocks = [block(first)]
    if answer.refusal is not None:
        blocks.extend(block({"refusal": part}) for part in split_words(answer.refusal))
    elif answer.text:
        parts = answer.chunks if answer.chunks is not None else split_words(answer.text)
        blocks.extend(block({"content": part}) for part in parts)
    for i, tc in enumerate(_wire_tool_calls(answer)):
        opening = {
            "index": i,
            "id": tc["id"],
            "type": "function",
            "function": {"name": tc["function"]["name"], "arguments": ""},
        }
        blocks.append(block({"tool_calls": [opening]}))
        args = tc["function"]["arguments"]
        for start in range(0, len(args), 8):
            piece = {"index": i, "function": {"arguments": args[start : start + 8]}}
            blocks.append(block({"tool_calls": [piece]}))
    blocks.append(block({}, _finish_reason(answer)))
    if include_usage:
        usage_chunk: dict[str, Any] = {**head, "choices": [], "usage": _usage(answer, body)}
        blocks.append(f"data: {json.dumps(usage_chunk)}\n\n")
    blocks.append("data: [DONE]\n\n")
    return blocks
