"""Pure conversion between llmgate's values and OpenAI's chat.completions wire format.

No I/O here: these functions are tested on JSON fixtures and are the whole of what the
provider knows about the vendor's format. They work on plain dicts (the raw JSON), not on
the SDK's pydantic models, because building a model per stream chunk costs more than the
rest of the provider together.
"""

from __future__ import annotations

import array
import base64
import binascii
import json
import sys
from typing import Any

from llmgate.errors import ContentFilterError, ServerError
from llmgate.provider import (
    ChatRequest,
    Completion,
    EmbeddingRequest,
    Embeddings,
    Message,
    StreamEvent,
    ToolCall,
    ToolCallDelta,
    Usage,
    json_loads,
)

__all__ = [
    "EMBEDDING_BATCH",
    "chunk_refusal",
    "embeddings_from_wire",
    "embeddings_to_wire",
    "event_from_chunk",
    "from_wire",
    "message_to_wire",
    "parse_json_body",
    "to_wire",
    "usage_from_wire",
]


def to_wire(request: ChatRequest, *, official: bool) -> dict[str, Any]:
    """The keyword arguments of ``chat.completions.create`` for ``request`` (no streaming keys).

    ``official`` is true when the target is OpenAI itself. OpenAI deprecated ``max_tokens``
    for chat completions and its reasoning models refuse it ("use max_completion_tokens"),
    while OpenAI-compatible servers (vLLM, Ollama, llama.cpp server and most hosted ones)
    only know ``max_tokens`` and may silently ignore ``max_completion_tokens`` -- an answer
    with no length limit. So the limit goes out under the name each side understands.
    """
    body: dict[str, Any] = {
        "model": request.model,
        "messages": [message_to_wire(m) for m in request.messages],
    }
    for key, value in request.params.items():
        if key == "max_tokens" and official:
            body["max_completion_tokens"] = value
        else:
            body[key] = value
    if request.tools:
        body["tools"] = list(request.tools)
    if request.tool_choice is not None:
        body["tool_choice"] = request.tool_choice
    fmt = request.response_format
    if fmt is not None:
        # Native structured outputs; compatible servers (vLLM, llama.cpp server, Ollama)
        # take the same shape and constrain their sampling to the schema.
        body["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": fmt.name, "schema": fmt.schema, "strict": fmt.strict},
        }
    return body


def message_to_wire(message: Message) -> dict[str, Any]:
    """One message as OpenAI expects it (``tool`` turns carry ``tool_call_id``, no ``name``)."""
    out: dict[str, Any] = {"role": message.role, "content": message.content}
    if message.role == "tool":
        out["tool_call_id"] = message.tool_call_id
        return out
    if message.tool_calls:
        out["tool_calls"] = [tc.to_openai() for tc in message.tool_calls]
    if message.name is not None:
        out["name"] = message.name
    return out


def usage_from_wire(usage: Any) -> Usage:
    """OpenAI's usage object as llmgate's :class:`Usage`.

    ``prompt_tokens`` already includes the cached ones and ``completion_tokens`` the
    reasoning ones, which is exactly llmgate's convention. The ``*_details`` objects are
    missing or null on many compatible servers.
    """
    if not isinstance(usage, dict):
        return Usage()
    prompt_details = usage.get("prompt_tokens_details") or {}
    completion_details = usage.get("completion_tokens_details") or {}
    return Usage(
        input_tokens=int(usage.get("prompt_tokens") or 0),
        output_tokens=int(usage.get("completion_tokens") or 0),
        cached_input_tokens=int(prompt_details.get("cached_tokens") or 0),
        reasoning_tokens=int(completion_details.get("reasoning_tokens") or 0),
    )


def parse_json_body(content: bytes) -> dict[str, Any]:
    """Decode a 200 body; anything but a JSON object is the server breaking its format."""
    try:
        payload = json_loads(content)
    except ValueError as exc:
        raise ServerError(f"the server answered 200 with a body that is not JSON: {exc}") from exc
    if not isinstance(payload, dict):
        raise ServerError("the server answered 200 with JSON that is not an object")
    return payload


def from_wire(payload: dict[str, Any]) -> Completion:
    """A ``chat.completion`` object as a :class:`Completion`.

    Raises :class:`ServerError` when the payload is not a chat.completion, and
    :class:`ContentFilterError` when the model refused (``message.refusal``) or the
    vendor's filter stopped the answer before any text or tool call (``content_filter``).
    A ``content_filter`` stop after some text is returned as is, with that finish_reason,
    so the caller keeps what was produced (the same as a stream, which has already shown
    that text).
    """
    choices = payload.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise ServerError("the server answered 200 with no choices: not a chat.completion")
    choice = choices[0]
    message = choice.get("message")
    if not isinstance(message, dict):
        raise ServerError("the server answered 200 with a choice that has no message")
    refusal = message.get("refusal")
    if refusal:
        raise ContentFilterError(f"the model refused: {refusal}")
    text = message.get("content") or ""
    if not isinstance(text, str):
        raise ServerError("the server answered 200 with non-text message content")
    tool_calls = tuple(_tool_call(tc) for tc in message.get("tool_calls") or ())
    finish_reason = choice.get("finish_reason")
    if finish_reason == "content_filter" and not text and not tool_calls:
        raise ContentFilterError("the vendor's content filter stopped the answer")
    return Completion(
        text=text,
        model=str(payload.get("model") or ""),
        usage=usage_from_wire(payload.get("usage")),
        tool_calls=tool_calls,
        finish_reason=finish_reason,
        response_id=payload.get("id"),
    )


def _tool_call(raw: Any) -> ToolCall:
    function = raw.get("function") if isinstance(raw, dict) else None
    if not isinstance(function, dict) or not function.get("name"):
        raise ServerError("the server answered a tool call without a function name")
    arguments = function.get("arguments")
    if not isinstance(arguments, str):
        # Some compatible servers send the arguments as an object, not as JSON text.
        arguments = json.dumps(arguments) if arguments is not None else ""
    return ToolCall(id=str(raw.get("id") or ""), name=str(function["name"]), arguments=arguments)


def event_from_chunk(chunk: dict[str, Any]) -> StreamEvent | None:
    """One ``chat.completion.chunk`` as a :class:`StreamEvent`; ``None`` if it carries nothing.

    The usage chunk (empty ``choices``) becomes an event holding only usage. The opening
    chunk (``role`` and empty content) carries nothing and gives ``None``.
    """
    usage = chunk.get("usage")
    choices = chunk.get("choices") or ()
    choice = choices[0] if choices else None
    delta = (choice.get("delta") if isinstance(choice, dict) else None) or {}
    text = delta.get("content") or ""
    tool_calls = tuple(_tool_call_delta(d) for d in delta.get("tool_calls") or ())
    finish_reason = choice.get("finish_reason") if isinstance(choice, dict) else None
    if not text and not tool_calls and finish_reason is None and not usage:
        return None
    return StreamEvent(
        text=text,
        tool_calls=tool_calls,
        usage=usage_from_wire(usage) if usage else None,
        finish_reason=finish_reason,
        model=chunk.get("model"),
    )


def _tool_call_delta(raw: dict[str, Any]) -> ToolCallDelta:
    function = raw.get("function") or {}
    arguments = function.get("arguments")
    if arguments is not None and not isinstance(arguments, str):
        arguments = json.dumps(arguments)
    return ToolCallDelta(
        index=int(raw.get("index") or 0),
        id=raw.get("id"),
        name=function.get("name"),
        arguments=arguments or "",
    )


def chunk_refusal(chunk: dict[str, Any]) -> str:
    """The refusal text a chunk carries (the model declining, streamed like content)."""
    choices = chunk.get("choices") or ()
    if not choices or not isinstance(choices[0], dict):
        return ""
    delta = choices[0].get("delta") or {}
    return str(delta.get("refusal") or "")


# OpenAI takes at most 2048 inputs per /embeddings request.
EMBEDDING_BATCH = 2048


def embeddings_to_wire(request: EmbeddingRequest, inputs: list[str]) -> dict[str, Any]:
    """The body of ``POST /embeddings`` for one batch of ``inputs``.

    ``encoding_format: base64`` (what the official SDK asks for too): float32 bytes are a
    quarter of the JSON size of the same numbers and decode without a JSON float parse.
    """
    body: dict[str, Any] = {"model": request.model, "input": inputs, "encoding_format": "base64"}
    if request.dimensions is not None:
        body["dimensions"] = request.dimensions
    return body


def embeddings_from_wire(payload: dict[str, Any]) -> Embeddings:
    """An ``/embeddings`` list object as :class:`Embeddings` (vectors in input order).

    Each ``embedding`` is a base64 string of little-endian float32 values, or a list of
    floats from a server that ignores ``encoding_format``.
    """
    data = payload.get("data")
    if not isinstance(data, list):
        raise ServerError("the server answered 200 with no data list: not an embedding list")
    vectors: list[Any] = [None] * len(data)
    try:
        for item in data:
            index = int(item.get("index", 0))
            vectors[index] = _vector(item["embedding"])
    except (KeyError, TypeError, ValueError, IndexError, binascii.Error) as exc:
        raise ServerError(f"the server answered a malformed embedding: {exc!r}") from exc
    if any(v is None for v in vectors):
        raise ServerError("the server answered embeddings with missing indexes")
    usage = payload.get("usage") or {}
    return Embeddings(
        vectors=vectors,
        model=str(payload.get("model") or ""),
        usage=Usage(input_tokens=int(usage.get("prompt_tokens") or 0)),
    )


def _vector(raw: Any) -> Any:
    if isinstance(raw, str):
        values = array.array("f", base64.b64decode(raw, validate=True))
        if sys.byteorder != "little":
            values.byteswap()
        return values
    if isinstance(raw, list):
        return [float(x) for x in raw]
    raise TypeError(f"an embedding is a {type(raw).__name__}")
