"""The values that cross llmgate's boundaries: requests, responses, usage, stream events.

Plain dataclasses, not pydantic models: they are built on every call and every stream
chunk, and pydantic's validation would be the most expensive thing llmgate does per chunk.
Validation of what users hand in happens once, in ``_messages.py``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from llmgate._fastinit import fast_init

Role = Literal["system", "user", "assistant", "tool"]
Trust = Literal["external", "private", "local"]


@fast_init
@dataclass(frozen=True, slots=True)
class Usage:
    """Token counts of one attempt (or a sum of attempts), normalized across vendors.

    ``input_tokens`` is every prompt token the vendor processed, *including* the cached and
    cache-written ones (Anthropic reports those apart; the provider adds them back), so that
    ``input_tokens`` means the same thing everywhere. ``output_tokens`` includes
    ``reasoning_tokens``. ``estimated`` is true when a count is llmgate's estimate rather
    than the vendor's (a stream cut before the vendor reported usage).
    """

    input_tokens: int = 0
    output_tokens: int = 0
    cached_input_tokens: int = 0
    cache_write_tokens: int = 0
    reasoning_tokens: int = 0
    estimated: bool = False

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            input_tokens=self.input_tokens + other.input_tokens,
            output_tokens=self.output_tokens + other.output_tokens,
            cached_input_tokens=self.cached_input_tokens + other.cached_input_tokens,
            cache_write_tokens=self.cache_write_tokens + other.cache_write_tokens,
            reasoning_tokens=self.reasoning_tokens + other.reasoning_tokens,
            estimated=self.estimated or other.estimated,
        )

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens


@fast_init
@dataclass(frozen=True, slots=True)
class ToolCall:
    """A tool call the model asked for. ``arguments`` is the JSON text the model wrote."""

    id: str
    name: str
    arguments: str

    def parsed_arguments(self) -> Any:
        """The arguments decoded from JSON (raises ``ValueError`` if the model wrote bad JSON)."""
        return json.loads(self.arguments) if self.arguments else {}

    def to_openai(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": "function",
            "function": {"name": self.name, "arguments": self.arguments},
        }


@fast_init
@dataclass(frozen=True, slots=True)
class Message:
    """One chat message, OpenAI-style.

    ``content`` is text, or a list of OpenAI content parts (``{"type": "text", ...}``,
    ``{"type": "image_url", ...}``), or ``None`` for an assistant turn holding only tool calls.
    """

    role: Role
    content: str | list[dict[str, Any]] | None = None
    tool_calls: tuple[ToolCall, ...] = ()
    tool_call_id: str | None = None
    name: str | None = None

    def text(self) -> str:
        """The message's text parts joined (for token estimates and redaction)."""
        if self.content is None:
            return ""
        if isinstance(self.content, str):
            return self.content
        return "".join(
            str(part.get("text", "")) for part in self.content if part.get("type") == "text"
        )

    def to_openai(self) -> dict[str, Any]:
        out: dict[str, Any] = {"role": self.role, "content": self.content}
        if self.tool_calls:
            out["tool_calls"] = [tc.to_openai() for tc in self.tool_calls]
        if self.tool_call_id is not None:
            out["tool_call_id"] = self.tool_call_id
        if self.name is not None:
            out["name"] = self.name
        return out


@dataclass(frozen=True, slots=True)
class ResponseFormat:
    """The JSON shape the caller asked the answer to have (``response_format=``).

    ``schema`` is a JSON Schema whose root is an object; ``name`` names it on the wire (an
    OpenAI ``json_schema.name``, the forced tool of Anthropic). ``strict`` asks the vendor
    to enforce the schema exactly (OpenAI's strict mode; true only when the schema allows
    it). ``model`` is the pydantic class the answer is validated into, if one was given.
    """

    name: str
    schema: dict[str, Any]
    strict: bool = False
    model: Any = None


@fast_init
@dataclass(frozen=True, slots=True)
class ChatRequest:
    """What a provider is asked to do in one attempt, already validated by the core.

    ``params`` holds only the generation parameters the caller set (``max_tokens``,
    ``temperature``, ``top_p``, ``stop``, ``seed``, ...); the core has already refused those
    the provider's capabilities do not list. ``timeout_s`` is the time this attempt may take
    (the smaller of the target's timeout and what is left of the route's deadline).
    """

    model: str
    messages: tuple[Message, ...]
    tools: tuple[dict[str, Any], ...] = ()
    tool_choice: str | dict[str, Any] | None = None
    params: dict[str, Any] = field(default_factory=dict)
    timeout_s: float | None = None
    # Set when the caller asked for structured output: the provider asks its vendor for
    # JSON of this schema (the core refuses a provider without ``structured_output``).
    response_format: ResponseFormat | None = None

    @property
    def max_tokens(self) -> int | None:
        value = self.params.get("max_tokens")
        return int(value) if value is not None else None


@fast_init
@dataclass(frozen=True, slots=True)
class Completion:
    """A provider's answer to one attempt: token counts, never money."""

    text: str
    model: str
    usage: Usage
    tool_calls: tuple[ToolCall, ...] = ()
    finish_reason: str | None = None
    response_id: str | None = None
    busy_s: float | None = None


@fast_init
@dataclass(frozen=True, slots=True)
class ToolCallDelta:
    """A fragment of a streamed tool call; fragments with the same ``index`` join up."""

    index: int
    id: str | None = None
    name: str | None = None
    arguments: str = ""


@fast_init
@dataclass(frozen=True, slots=True)
class StreamEvent:
    """One event of a provider's stream. Usage usually comes alone, in the last event."""

    text: str = ""
    tool_calls: tuple[ToolCallDelta, ...] = ()
    usage: Usage | None = None
    finish_reason: str | None = None
    model: str | None = None
    busy_s: float | None = None


@fast_init
@dataclass(frozen=True, slots=True)
class ChatChunk:
    """One piece of a stream as the caller sees it (placeholders already restored)."""

    text: str = ""
    tool_calls: tuple[ToolCallDelta, ...] = ()
    finish_reason: str | None = None
    provider: str | None = None
    model: str | None = None


@dataclass(frozen=True, slots=True)
class EmbeddingRequest:
    """One attempt at embedding ``inputs`` (already redacted for the target's trust).

    ``dimensions`` asks for shortened vectors (models that support it); ``timeout_s`` is
    the time this attempt may take, batches included.
    """

    model: str
    inputs: tuple[str, ...]
    dimensions: int | None = None
    timeout_s: float | None = None


@dataclass(frozen=True, slots=True)
class Embeddings:
    """A provider's answer to one embedding attempt: one vector per input, in order."""

    vectors: list[Any]  # each a sequence of floats (a list, an array.array, ...)
    model: str
    usage: Usage
    busy_s: float | None = None


Outcome = Literal["ok", "error", "skipped", "cancelled", "interrupted", "rejected"]


@dataclass(slots=True)
class Attempt:
    """One try at one target: the unit of the failover trace and of the ledger.

    ``error`` is the error class name (``"RateLimitError"``) and ``error_message`` its
    scrubbed text; ``note`` marks special attempts (``"hedge"``, ``"continuation"``).
    On a route with ``checks``, ``check_latency_s`` is how long checking the answer took
    (not part of ``latency_s``) and ``check_cost`` what the checks cost (a judge's call;
    ``None`` when a judge's price is unknown); an answer that failed them has the outcome
    ``"rejected"`` and is billed like any answer.
    """

    provider: str
    model: str
    outcome: Outcome
    error: str | None = None
    latency_s: float = 0.0
    usage: Usage | None = None
    cost: Decimal | None = None
    error_message: str | None = None
    note: str | None = None
    check_cost: Decimal | None = None
    check_latency_s: float | None = None


@fast_init
@dataclass(frozen=True, slots=True)
class Redaction:
    """One masked entity: its type and the placeholder the vendor saw, never the value."""

    entity: str
    placeholder: str


@dataclass(slots=True)
class ChatResponse:
    """The answer to a call, whatever served it.

    ``cost`` is the USD cost of every billed attempt, ``None`` when a price is unknown
    (never a silent 0). ``message`` is the assistant turn to append for the next call::

        r = client.chat("chat", messages=msgs, tools=tools)
        msgs.append(r.message)
        for call in r.tool_calls:
            msgs.append({"role": "tool", "tool_call_id": call.id, "content": run(call)})
    """

    text: str
    provider: str
    model: str
    usage: Usage
    route: str | None = None
    cost: Decimal | None = None
    attempts: list[Attempt] = field(default_factory=list)
    redactions: list[Redaction] = field(default_factory=list)
    tool_calls: list[ToolCall] = field(default_factory=list)
    finish_reason: str | None = None
    # With ``response_format=``: the answer validated into the pydantic class, or the
    # decoded JSON for a JSON Schema; ``None`` otherwise.
    parsed: Any = None

    @property
    def message(self) -> dict[str, Any]:
        out: dict[str, Any] = {"role": "assistant", "content": self.text or None}
        if self.tool_calls:
            out["tool_calls"] = [tc.to_openai() for tc in self.tool_calls]
        return out


@dataclass(slots=True)
class EmbeddingResponse:
    """The answer to ``client.embed``: one vector per input, in the order given.

    ``vectors`` are numpy ``float32`` arrays when numpy is installed, else lists of floats.
    ``usage.input_tokens`` is what was billed; ``cost`` the USD of every billed attempt
    (``None`` when a price is unknown)::

        r = client.embed("embed", inputs=["first text", "second text"])
        len(r.vectors), r.dimensions, r.usage.input_tokens, r.cost
    """

    vectors: list[Any]
    provider: str
    model: str
    usage: Usage
    route: str | None = None
    cost: Decimal | None = None
    attempts: list[Attempt] = field(default_factory=list)
    redactions: list[Redaction] = field(default_factory=list)
    finish_reason: str | None = None  # always None: kept so the call record reads alike

    @property
    def dimensions(self) -> int:
        return len(self.vectors[0]) if self.vectors else 0
