"""Chat completion streams: the SSE body decoded into llmgate's stream events.

:class:`SSEDecoder` is a plain object given each read of the body, rather than an async
generator between the HTTP body and the provider's own stream: every event of every
stream passed through that extra generator layer (a resumption and a yield each, measured
in docs/gateway.md), and the first content of a stream waited on it too. The provider's
one generator reads, feeds and yields (``_provider.py``).
"""

from __future__ import annotations

from typing import Any

from llmgate.errors import ContentFilterError, ServerError, StreamInterruptedError
from llmgate.provider import StreamEvent, json_loads
from llmgate_openai._convert import chunk_refusal, event_from_chunk
from llmgate_openai._errors import StreamProgress, error_from_status

__all__ = ["SSEDecoder"]


class SSEDecoder:
    """The events of an SSE body given read by read, insisting on ``data: [DONE]``.

    :meth:`feed` takes a read; :meth:`next` returns its next event, ``None`` when the
    read holds no more. The lines are looked at only as far as the next event: a stream's
    first read often holds most of the answer, and its first content should not wait for
    the blocks read with it (nor should a failing block come before the events ahead of
    it).
    """

    __slots__ = ("_at", "_buffer", "_data", "_lines", "_refusal", "done", "progress", "secrets")

    def __init__(self, progress: StreamProgress, secrets: list[str]) -> None:
        self.progress = progress
        self.secrets = secrets
        self.done = False  # data: [DONE] was read; what follows is drained, not decoded
        self._buffer = b""
        self._lines: list[bytes] = []
        self._at = 0
        self._data: list[bytes] = []
        self._refusal: list[str] = []

    def feed(self, raw: bytes) -> None:
        if self.done:
            return  # the chunked terminator: read so the connection can be reused
        lines = (self._buffer + raw).split(b"\n")
        self._buffer = lines.pop()
        self._lines = lines
        self._at = 0

    def next(self) -> StreamEvent | None:
        """The next event in what was fed; ``None`` when more must be read."""
        lines = self._lines
        data = self._data
        while self._at < len(lines):
            line = lines[self._at].rstrip(b"\r")
            self._at += 1
            if line.startswith(b"data:"):
                data.append(line[5:].lstrip(b" "))
                continue
            if line or not data:
                continue  # "event:", "id:", comments, or a blank line with nothing pending
            payload = b"\n".join(data)
            data.clear()
            if payload == b"[DONE]":
                self.done = True
                self._lines = []
                return None
            event = self._event(payload)
            if event is not None:
                return event
        return None

    def end(self) -> None:
        """At the body's end: a stream without ``[DONE]`` was cut; a refusal is an error."""
        if not self.done:
            raise StreamInterruptedError(
                "the stream ended before data: [DONE]", partial_text=self.progress.text
            )
        if self._refusal:
            raise ContentFilterError(f"the model refused: {''.join(self._refusal)}")

    def _event(self, payload: bytes) -> StreamEvent | None:
        try:
            # (json.loads's value and errors without its layers: one decode per SSE block)
            chunk: Any = json_loads(payload)
        except ValueError as exc:
            raise ServerError(f"the stream sent a block that is not JSON: {exc}") from exc
        if not isinstance(chunk, dict):
            raise ServerError("the stream sent a block that is not a JSON object")
        if "error" in chunk:
            raise error_from_status(None, chunk, secrets=self.secrets)
        refused = chunk_refusal(chunk)
        if refused:
            self._refusal.append(refused)
        event = event_from_chunk(chunk)
        if event is None:
            return None
        progress = self.progress
        if event.text:
            progress.parts.append(event.text)
        elif (
            event.finish_reason == "content_filter" and not progress.parts and not event.tool_calls
        ):
            raise ContentFilterError("the vendor's content filter stopped the answer")
        return event
