"""Anthropic Messages wire pieces for the loopback :class:`AnthropicServer`.

SSE blocks in the vendor's framing, the text deltas a content block streams as, a token
estimate for usage, and the request checks the vendor makes before it answers (a malformed
body is its 400, so it is here).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

__all__ = [
    "block_deltas",
    "block_start",
    "estimate_tokens",
    "last_user_text",
    "sse",
    "validate",
]

_WORDS = re.compile(r"\s*\S+\s*|\s+")


def sse(event: str, data: Mapping[str, Any]) -> str:
    return f"event: {event}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n"


def block_start(index: int, block: Mapping[str, Any]) -> str:
    if block["type"] == "tool_use":
        start = {"type": "tool_use", "id": block["id"], "name": block["name"], "input": {}}
    else:
        start = {"type": "text", "text": ""}
    return sse(
        "content_block_start",
        {"type": "content_block_start", "index": index, "content_block": start},
    )


def block_deltas(block: Mapping[str, Any]) -> list[dict[str, Any]]:
    if block["type"] == "tool_use":
        raw = json.dumps(block["input"])
        cut = max(1, len(raw) // 2)
        parts = [raw[:cut], raw[cut:]] if len(raw) > 1 else [raw]
        return [
            {
                "type": "content_block_delta",
                "delta": {"type": "input_json_delta", "partial_json": part},
            }
            for part in parts
        ]
    return [
        {"type": "content_block_delta", "delta": {"type": "text_delta", "text": piece}}
        for piece in _WORDS.findall(block["text"])
    ]


def estimate_tokens(text: str) -> int:
    return len(text) // 4 + 1


def last_user_text(body: Mapping[str, Any]) -> str:
    for message in reversed(body.get("messages") or []):
        if message.get("role") != "user":
            continue
        content = message.get("content")
        if isinstance(content, str):
            return content
        texts = [b.get("text", "") for b in content or [] if b.get("type") == "text"]
        if texts:
            return " ".join(texts)
    return ""


def validate(body: Any) -> str | None:
    """The vendor's own checks that a wrong conversion would trip (its wording)."""
    if not isinstance(body, dict):
        return "Request body must be a JSON object"
    for name in ("model", "max_tokens", "messages"):
        if name not in body:
            return f"{name}: Field required"
    messages = body["messages"]
    if not isinstance(messages, list) or not messages:
        return "messages: at least one message is required"
    for i, message in enumerate(messages):
        role = message.get("role")
        if role not in ("user", "assistant"):
            return (
                f"messages.{i}.role: Input should be 'user' or 'assistant' (got \"{role}\"); "
                'use the top-level "system" parameter for system prompts'
            )
        content = message.get("content")
        if content in ("", []):
            return f"messages.{i}: all messages must have non-empty content"
    return validate_tool_choice(body) or validate_tool_pairs(messages)


def validate_tool_choice(body: Mapping[str, Any]) -> str | None:
    """A forced tool (``{"type": "tool", "name": ...}``) must be one of ``tools``."""
    choice = body.get("tool_choice")
    if not isinstance(choice, Mapping) or choice.get("type") != "tool":
        return None
    names = {t.get("name") for t in body.get("tools") or () if isinstance(t, Mapping)}
    if choice.get("name") not in names:
        return f"tool_choice: tool {choice.get('name')!r} not found in tools"
    for tool in body.get("tools") or ():
        schema = tool.get("input_schema") if isinstance(tool, Mapping) else None
        if not isinstance(schema, Mapping) or schema.get("type") != "object":
            return "tools.0.custom.input_schema.type: Input should be 'object'"
    return None


def blocks(message: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    content = message.get("content")
    return content if isinstance(content, list) else []


def validate_tool_pairs(messages: list[dict[str, Any]]) -> str | None:
    for i, message in enumerate(messages):
        if message["role"] != "assistant":
            continue
        uses = [b["id"] for b in blocks(message) if b.get("type") == "tool_use"]
        if not uses:
            continue
        following = messages[i + 1] if i + 1 < len(messages) else None
        if following is None:
            continue  # the last assistant turn may be a prefill
        results = {
            b.get("tool_use_id") for b in blocks(following) if b.get("type") == "tool_result"
        }
        missing = [u for u in uses if u not in results]
        if missing:
            return (
                f"messages.{i + 1}: `tool_use` ids were found without `tool_result` blocks "
                f"immediately after: {', '.join(missing)}. Each `tool_use` block must have a "
                "corresponding `tool_result` block in the next message."
            )
    return None
