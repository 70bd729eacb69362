"""A pass-through attempt: the caller's OpenAI body sent as it came to an OpenAI target.

The gateway receives requests already in OpenAI's format; when an attempt's target speaks
that format too (``capabilities.openai_passthrough``) and nothing in the request had to
change for it (no masking: the attempt's messages are the call's own, no structured output
to validate), converting to llmgate's types and back through the vendor SDK is pure
cost. :class:`Passthrough` is then *how that attempt is made*, nothing more: the attempt
loop, failover, budgets, pricing, the ledger and the privacy decision are the flow's, as
for every attempt (``_flow.chat``). Any attempt that does not qualify is made the usual
way, so a route mixing targets fails over between both kinds.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from llmgate._record import _Try
from llmgate._types import ChatRequest, Completion, Message, StreamEvent

__all__ = ["Passthrough"]


class Passthrough:
    """The caller's body, and the vendor's answer of each forwarded attempt.

    ``body`` is the request JSON as parsed (its ``model`` names the route; each attempt
    sends its target's model); ``raw``, when given, is its bytes as received, which say
    exactly what ``body`` says (the gateway checks that), so a provider may send them with
    only ``model`` changed. After the call, :attr:`answer` is the winning attempt's vendor
    answer (its bytes) when that attempt was forwarded, else ``None`` (the caller then
    builds its reply from the ``ChatResponse`` as usual).
    """

    __slots__ = ("_answers", "_messages", "answer", "body", "raw")

    def __init__(self, body: dict[str, Any], raw: bytes | None = None) -> None:
        self.body = body
        self.raw = raw
        self.answer: bytes | None = None
        self._answers: dict[int, bytes] = {}  # by attempt: hedged attempts may overlap
        self._messages: tuple[Message, ...] | None = None

    def bind(self, request: ChatRequest) -> None:
        """The call's own request: ``body`` says the same as its messages, nothing more."""
        self._messages = request.messages

    def applies(self, tr: _Try) -> bool:
        """Whether this attempt may send ``body``: its target speaks OpenAI's format, and it
        sends the call's own messages (not masked for this target, not a stream's
        continuation) without structured output to validate."""
        request = tr.prepared.request
        return (
            tr.target.provider.capabilities.openai_passthrough
            and request.messages is self._messages
            and request.response_format is None
        )

    async def send(self, tr: _Try) -> Completion:
        answer, completion = await tr.target.provider.forward(
            self.body, tr.prepared.request, self.raw
        )
        self._answers[tr.number] = answer
        return completion

    def stream(self, tr: _Try) -> AsyncIterator[StreamEvent]:
        return tr.target.provider.forward_stream(self.body, tr.prepared.request, self.raw)

    def won(self, tr: _Try) -> None:
        self.answer = self._answers.get(tr.number)
        self._answers.clear()
