"""Chat completion streams: the SSE body decoded into llmgate's stream events.

:class:`SSEDecoder` is a plain object given each read of the body, rather than an async
generator between the HTTP body and the provider's own stream: every event of every
stream passed through that extra generator layer (a resumption and a yield each, measured
in docs/gateway.md), and the first content of a stream waited on it too. The provider's
one generator reads, cuts, decodes and yields (``_provider.py``).
"""

from __future__ import annotations

from typing import Any

from llmgate.errors import ContentFilterError, ServerError, StreamInterruptedError
from llmgate.provider import StreamEvent, json_loads
from llmgate_openai._convert import chunk_refusal, event_from_chunk
from llmgate_openai._errors import StreamProgress, error_from_status

__all__ = ["SSEDecoder"]


class SSEDecoder:
    """The blocks of an SSE body fed read by read, insisting on ``data: [DONE]``.

    :meth:`blocks` cuts what was read into the complete blocks' payloads (cheap byte
    work); :meth:`event` decodes one. The reader decodes each block just before it hands
    it on, so the first content waits only for its own decoding, not for the blocks read
    with it (a stream's first read often holds most of the answer), and a block that
    fails comes after the events before it.
    """

    __slots__ = ("_buffer", "_data", "_refusal", "done", "progress", "secrets")

    def __init__(self, progress: StreamProgress, secrets: list[str]) -> None:
        self.progress = progress
        self.secrets = secrets
        self.done = False  # data: [DONE] was read; what follows is drained, not decoded
        self._buffer = b""
        self._data: list[bytes] = []
        self._refusal: list[str] = []

    def blocks(self, raw: bytes) -> list[bytes]:
        """The payloads of the blocks completed by ``raw``, up to ``[DONE]``."""
        out: list[bytes] = []
        if self.done:
            return out  # the chunked terminator: read so the connection can be reused
        lines = (self._buffer + raw).split(b"\n")
        self._buffer = lines.pop()
        data = self._data
        for line in lines:
            line = line.rstrip(b"\r")
            if line.startswith(b"data:"):
                data.append(line[5:].lstrip(b" "))
                continue
            if line or not data:
                continue  # "event:", "id:", comments, or a blank line with nothing pending
            payload = b"\n".join(data)
            data.clear()
            if payload == b"[DONE]":
                self.done = True
                break
            out.append(payload)
        return out

    def end(self) -> None:
        """At the body's end: a stream without ``[DONE]`` was cut; a refusal is an error."""
        if not self.done:
            raise StreamInterruptedError(
                "the stream ended before data: [DONE]", partial_text=self.progress.text
            )
        if self._refusal:
            raise ContentFilterError(f"the model refused: {''.join(self._refusal)}")

    def event(self, payload: bytes) -> StreamEvent | None:
        """One block's event (``None`` for a block without one); a failed block raises."""
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
