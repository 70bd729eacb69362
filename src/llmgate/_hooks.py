"""The seams of the call flow for privacy and money (and privacy's do-nothing default).

The flow calls these once per attempt; the redaction layer and the cost keeper implement
them. Keeping them as small protocols lets the flow stay ignorant of detectors, price
tables and ledgers, and lets tests drive the flow without any of them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol

from llmgate._fastinit import fast_init
from llmgate._types import ChatRequest, Redaction, ToolCall, Usage

__all__ = [
    "CallPrivacy",
    "CostHook",
    "NoPrivacy",
    "Prepared",
    "PrivacyHook",
    "Restorer",
    "TextStream",
]


class TextStream(Protocol):
    """Restores one stream of text fragments; holds back only a possible placeholder prefix."""

    def feed(self, chunk: str) -> str: ...
    def flush(self) -> str: ...


class Restorer(Protocol):
    """Turns placeholders back into values in one attempt's answer, streams included."""

    def text(self, text: str) -> str: ...
    def tool_arguments(self, arguments: str) -> str: ...
    def text_stream(self) -> TextStream: ...
    def json_stream(self) -> TextStream: ...


class _Passthrough:
    def feed(self, chunk: str) -> str:
        return chunk

    def flush(self) -> str:
        return ""


class _Identity:
    def text(self, text: str) -> str:
        return text

    def tool_arguments(self, arguments: str) -> str:
        return arguments

    def text_stream(self) -> TextStream:
        return _Passthrough()

    def json_stream(self) -> TextStream:
        return _Passthrough()


IDENTITY: Restorer = _Identity()


@fast_init
@dataclass(frozen=True, slots=True)
class Prepared:
    """What one attempt sends, and how to undo the masking in what comes back."""

    request: ChatRequest
    restorer: Restorer = IDENTITY
    redactions: tuple[Redaction, ...] = ()
    counts: Mapping[str, int] = field(default_factory=dict)


class CallPrivacy(Protocol):
    """The privacy decisions for one call (the detection runs once per call)."""

    async def allows(self, trust: str) -> bool:
        """Whether a target of this trust level may receive this call (local-only mode)."""

    async def prepare(self, request: ChatRequest, trust: str) -> Prepared:
        """The request as a target of ``trust`` may see it; raises to refuse it.

        Async so that an implementation can run large detection work off the event loop.
        """


class PrivacyHook(Protocol):
    def for_call(self, request: ChatRequest) -> CallPrivacy:
        """Start the privacy work of one call."""


class NoPrivacy:
    def for_call(self, request: ChatRequest) -> CallPrivacy:
        return self

    async def allows(self, trust: str) -> bool:
        return True

    async def prepare(self, request: ChatRequest, trust: str) -> Prepared:
        return Prepared(request)


class CostHook(Protocol):
    def reserve(
        self, request: ChatRequest, provider: str, provider_type: str, tags: Mapping[str, str]
    ) -> Any:
        """Reserve the attempt's worst case; raise ``BudgetExceededError`` if it does not fit."""

    def settle(self, token: Any, cost: Decimal | None) -> None:
        """Replace the reservation by what the attempt really cost (``release`` on failure)."""

    def price(
        self, provider: str, provider_type: str, model: str, usage: Usage, busy_s: float | None
    ) -> Decimal | None:
        """The attempt's cost in USD, ``None`` when unknown."""

    def estimate_usage(self, request: ChatRequest, provider_type: str, output_text: str) -> Usage:
        """An upper-bound usage for an attempt the vendor never reported on (a cut stream)."""


def restore_tool_calls(restorer: Restorer, calls: tuple[ToolCall, ...]) -> list[ToolCall]:
    return [ToolCall(c.id, c.name, restorer.tool_arguments(c.arguments)) for c in calls]
