"""llmgate: one client for every LLM, with failover, per-token costs and redaction.

::

    from llmgate import Client

    client = Client.from_config("llmgate.toml")
    r = client.chat("chat", messages=[{"role": "user", "content": "Hi"}], max_tokens=64)

Names load on first use (PEP 562), so ``import llmgate`` costs almost nothing and pulls in
no vendor SDK, no model runtime and no telemetry package.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from llmgate._version import __version__

__all__ = [
    "AsyncStream",
    "Attempt",
    "ChatChunk",
    "ChatResponse",
    "Client",
    "EmbeddingResponse",
    "Message",
    "Redaction",
    "Stream",
    "ToolCall",
    "ToolCallDelta",
    "Usage",
    "__version__",
]

_WHERE = {
    "AsyncStream": "llmgate._stream_handles",
    "Client": "llmgate._client",
    "Stream": "llmgate._stream_handles",
    "Attempt": "llmgate._types",
    "ChatChunk": "llmgate._types",
    "ChatResponse": "llmgate._types",
    "EmbeddingResponse": "llmgate._types",
    "Message": "llmgate._types",
    "Redaction": "llmgate._types",
    "ToolCall": "llmgate._types",
    "ToolCallDelta": "llmgate._types",
    "Usage": "llmgate._types",
}

if TYPE_CHECKING:
    from llmgate._client import Client
    from llmgate._stream_handles import AsyncStream, Stream
    from llmgate._types import (
        Attempt,
        ChatChunk,
        ChatResponse,
        EmbeddingResponse,
        Message,
        Redaction,
        ToolCall,
        ToolCallDelta,
        Usage,
    )


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'llmgate' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
