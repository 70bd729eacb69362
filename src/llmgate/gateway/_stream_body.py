"""A streamed answer's SSE blocks, as the server writes them: :class:`StreamBody`.

The first block (the role chunk with the first content, or Anthropic's opening events) is
built before the reply is returned, so the server writes it with the head without
starting anything asynchronous (:meth:`StreamBody.take_first`); the rest is read with
``async for`` as before, and adapters that only iterate get the first block first.

It is a class rather than an async generator for what closing must do: :meth:`aclose`
closes the llmgate stream (the upstream attempt is cancelled, the ledger records what was
used) and settles the key's spend *whether or not iteration began*. Closing an async
generator that never started runs none of its ``finally``, so a client that hung up
before the first write left that to the garbage collector; and starting a generator costs
its first-iteration hook and a resumption on the way to the first byte.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from decimal import Decimal
from typing import Protocol

from llmgate._stream_handles import AsyncStream
from llmgate._types import ChatChunk, ChatResponse
from llmgate.errors import LLMGateError
from llmgate.gateway._errors import HTTPError, from_exception
from llmgate.gateway._metrics import Metrics

__all__ = ["StreamBody"]

log = logging.getLogger("llmgate.gateway")


class Writer(Protocol):
    """What turns chunks into a vendor's SSE blocks (OpenAI's or Anthropic's)."""

    def chunk(self, c: ChatChunk) -> bytes: ...

    def finish(self, r: ChatResponse) -> bytes: ...

    def error(self, exc: HTTPError) -> bytes: ...


class StreamBody:
    """The SSE blocks of one stream: ``first`` (taken with the head), then each block."""

    __slots__ = (
        "_chunks",
        "_closed",
        "_done",
        "_finished",
        "_first",
        "_metrics",
        "_name",
        "_s",
        "_spent",
        "_stale",
        "_writer",
    )

    def __init__(
        self,
        first: bytes,
        s: AsyncStream,
        chunks: AsyncIterator[ChatChunk],
        writer: Writer,
        metrics: Metrics,
        name: str,
        spent: Callable[[str, Decimal | None], None] | None,
        stale: Callable[[str], None] | None,
    ) -> None:
        self._first: bytes | None = first
        self._s = s
        self._chunks = chunks
        self._writer = writer
        self._metrics = metrics
        self._name = name
        self._spent = spent  # the key's spend (None without a key)
        self._stale = stale  # the key's spend to re-read when the stream did not finish
        self._done = False  # the last block was given (finish or error)
        self._finished = False  # the answer completed (its response read)
        self._closed = False
        metrics.open_streams += 1

    def take_first(self) -> bytes:
        """The first block, once: iteration then goes on after it."""
        first, self._first = self._first or b"", None
        return first

    def __aiter__(self) -> StreamBody:
        return self

    async def __anext__(self) -> bytes:
        if self._first is not None:
            return self.take_first()
        if self._done:  # read to the end: settled as a generator's end would settle it
            await self.aclose()
            raise StopAsyncIteration
        writer = self._writer
        try:
            async for chunk in self._chunks:
                block = writer.chunk(chunk)
                if block:
                    return block
            r = self._s.response
            self._done = self._finished = True
            if self._spent is not None:
                self._spent(self._name, r.cost)
            self._metrics.cost(self._name, r.cost)
            return writer.finish(r)
        except LLMGateError as exc:
            self._done = True
            return writer.error(from_exception(exc))
        except Exception:
            log.exception("unexpected error in a gateway stream")
            self._done = True
            return writer.error(from_exception(RuntimeError()))

    async def aclose(self) -> None:
        """Close the llmgate stream and settle the accounting; safe to call again."""
        if self._closed:
            return
        self._closed = True
        self._metrics.open_streams -= 1
        if self._stale is not None and not self._finished:
            self._stale(self._name)
        await self._s.aclose()
