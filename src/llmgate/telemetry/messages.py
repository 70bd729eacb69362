"""The redacted request messages in the GenAI conventions' ``gen_ai.input.messages`` form.

Only for opt-in content recording. The input is ``AttemptStarted.messages``: the request
exactly as it left for the provider, after redaction for that provider's trust level. Only
text is recorded; other content parts (images, audio) are recorded by their type alone,
because redaction works on text and cannot vouch for what an image shows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["input_messages_json"]


def input_messages_json(messages: Iterable[Mapping[str, Any]]) -> str:
    """OpenAI-style messages as the conventions' JSON: ``[{"role", "parts": [...]}]``."""
    converted = [_message(m) for m in messages]
    return json.dumps(converted, ensure_ascii=False, separators=(",", ":"), default=str)


def _message(m: Mapping[str, Any]) -> dict[str, Any]:
    role = str(m.get("role", "user"))
    content = m.get("content")
    parts: list[dict[str, Any]]
    if role == "tool":
        parts = [
            {
                "type": "tool_call_response",
                "id": m.get("tool_call_id"),
                "response": "".join(p["content"] for p in _parts(content) if "content" in p),
            }
        ]
    else:
        parts = _parts(content)
    for call in m.get("tool_calls") or ():
        function = call.get("function") or {}
        parts.append(
            {
                "type": "tool_call",
                "id": call.get("id"),
                "name": function.get("name"),
                "arguments": _arguments(function.get("arguments")),
            }
        )
    return {"role": role, "parts": parts}


def _parts(content: Any) -> list[dict[str, Any]]:
    if content is None:
        return []
    if isinstance(content, str):
        return [{"type": "text", "content": content}]
    parts: list[dict[str, Any]] = []
    for part in content:
        kind = str(part.get("type", "unknown"))
        if kind == "text":
            parts.append({"type": "text", "content": str(part.get("text", ""))})
        else:
            parts.append({"type": kind})
    return parts


def _arguments(raw: Any) -> Any:
    """Tool-call arguments as an object when they are JSON (the conventions' form)."""
    if not isinstance(raw, str):
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        return raw
