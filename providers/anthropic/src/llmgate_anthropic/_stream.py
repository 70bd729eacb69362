"""An Anthropic Messages stream, one decoded SSE event at a time, as llmgate values.

:class:`StreamAccumulator` keeps what a stream has said so far (text, tool calls, usage,
the stop reason) so that a cut can be reported with what was already delivered; the
exceptions here are what ``_errors.py`` maps for a stream: an ``event: error`` on an open
stream and a stream that ended before ``message_stop``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from llmgate.provider import StreamEvent, ToolCallDelta
from llmgate_anthropic._convert import InvalidPayload, finish_reason, usage_from_wire

__all__ = ["StreamAccumulator", "StreamCut", "StreamErrorEvent"]


class StreamErrorEvent(Exception):
    """An ``event: error`` arrived on an open stream; ``body`` is its decoded ``data``."""

    def __init__(self, body: Mapping[str, Any]) -> None:
        error = body.get("error")
        if not isinstance(error, Mapping):
            error = {}
        self.error_type = str(error.get("type") or "api_error")
        self.message = str(error.get("message") or "stream error")
        super().__init__(f"{self.error_type}: {self.message}")


class StreamCut(Exception):
    """The stream ended (or broke) before ``message_stop``."""


class StreamAccumulator:
    """Turns decoded SSE events into :class:`StreamEvent` values, one event at a time.

    Keeps what a stream needs across events: the input-side usage of ``message_start``, the
    cumulative ``output_tokens`` of ``message_delta``, which content block is which tool
    call, and the text so far (for :class:`StreamCut` reports). ``started`` turns true at
    ``message_start``; ``done`` at ``message_stop``, the only proof that the stream is complete.
    """

    def __init__(self, *, structured: str | None = None) -> None:
        self.structured = structured  # the forced tool whose input is the answer, if any
        self._answer_block: int | None = None
        self.model: str | None = None
        self.started = False
        self.done = False
        self._texts: list[str] = []
        self._usage: dict[str, Any] = {}
        self._stop_reason: str | None = None
        self._tool_index: dict[int, int] = {}

    @property
    def text(self) -> str:
        """The text streamed so far."""
        return "".join(self._texts)

    def feed(self, event: Mapping[str, Any]) -> StreamEvent | None:
        """The llmgate event for one vendor event (``None`` for those that carry nothing)."""
        try:
            return self._feed(event)
        except (KeyError, TypeError, AttributeError) as exc:
            raise InvalidPayload(f"malformed {event.get('type')!r} stream event: {exc!r}") from exc

    def _feed(self, event: Mapping[str, Any]) -> StreamEvent | None:
        kind = event.get("type")
        if kind == "content_block_delta":
            return self._delta(event["index"], event["delta"])
        if kind == "content_block_start":
            return self._block_start(event["index"], event["content_block"])
        if kind == "message_start":
            message = event["message"]
            self.started = True
            self.model = message.get("model")
            self._usage.update(message.get("usage") or {})
            return None
        if kind == "message_delta":
            self._stop_reason = event["delta"].get("stop_reason") or self._stop_reason
            usage = event.get("usage") or {}
            self._usage.update({k: v for k, v in usage.items() if v is not None})
            return None
        if kind == "message_stop":
            self.done = True
            reason = finish_reason(self._stop_reason)
            if self.structured is not None and reason == "tool_calls":
                reason = "stop"
            return StreamEvent(
                usage=usage_from_wire(self._usage), finish_reason=reason, model=self.model
            )
        if kind == "error":
            raise StreamErrorEvent(event)
        return None  # ping, content_block_stop, and event types added later

    def _block_start(self, index: int, block: Mapping[str, Any]) -> StreamEvent | None:
        if self.structured is not None:
            # The answer is the forced tool's input, streamed as text; preamble text is not.
            if block["type"] == "tool_use" and block["name"] == self.structured:
                self._answer_block = index
            return None
        if block["type"] == "tool_use":
            ordinal = self._tool_index[index] = len(self._tool_index)
            delta = ToolCallDelta(index=ordinal, id=block["id"], name=block["name"])
            return StreamEvent(tool_calls=(delta,))
        if block["type"] == "text" and block.get("text"):
            self._texts.append(block["text"])
            return StreamEvent(text=block["text"])
        return None

    def _delta(self, index: int, delta: Mapping[str, Any]) -> StreamEvent | None:
        kind = delta["type"]
        if self.structured is not None:
            if index == self._answer_block and kind == "input_json_delta":
                text = delta["partial_json"]
                self._texts.append(text)
                return StreamEvent(text=text) if text else None
            return None
        if kind == "text_delta":
            self._texts.append(delta["text"])
            return StreamEvent(text=delta["text"])
        if kind == "input_json_delta" and delta["partial_json"]:
            call = ToolCallDelta(index=self._tool_index[index], arguments=delta["partial_json"])
            return StreamEvent(tool_calls=(call,))
        return None  # thinking, signature and citation deltas carry no answer text
