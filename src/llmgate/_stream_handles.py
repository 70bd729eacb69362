"""The objects ``client.stream`` and ``client.astream`` return.

A sync ``Stream`` reads the flow's async generator through the client's loop thread; an
``AsyncStream`` reads it on the caller's loop. Both close the underlying stream (and so
stop the provider and record the attempt) when the ``with`` block ends early.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from types import TracebackType

from llmgate import errors
from llmgate._streaming import StreamRun
from llmgate._sync import LoopThread
from llmgate._types import ChatChunk, ChatResponse

__all__ = ["AsyncStream", "Stream"]


class _Finished:
    """The part both handles share: the response of the run, once it is complete."""

    _run: StreamRun

    @property
    def response(self) -> ChatResponse:
        if self._run.response is None:
            raise errors.LLMGateError("the stream has not finished yet")
        return self._run.response


class Stream(_Finished):
    """A sync stream: iterate it for :class:`ChatChunk`; ``response`` once it is done."""

    def __init__(self, loop: LoopThread, run: StreamRun) -> None:
        self._loop = loop
        self._run = run
        self._iter: Iterator[ChatChunk] | None = None

    def __iter__(self) -> Iterator[ChatChunk]:
        if self._iter is None:
            self._iter = self._loop.iterate(self._run.chunks())
        return self._iter

    def text(self) -> str:
        """Read the whole stream and return its text."""
        return "".join(chunk.text for chunk in self)

    def close(self) -> None:
        if self._iter is not None:
            close = getattr(self._iter, "close", None)
            if close is not None:
                close()

    def __enter__(self) -> Stream:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncStream(_Finished):
    """An async stream: ``async for chunk in s``; ``response`` once it is done."""

    def __init__(self, run: StreamRun) -> None:
        self._run = run
        self._iter: AsyncIterator[ChatChunk] | None = None

    def __aiter__(self) -> AsyncIterator[ChatChunk]:
        if self._iter is None:
            self._iter = self._run.chunks()
        return self._iter

    async def text(self) -> str:
        return "".join([chunk.text async for chunk in self])

    async def aclose(self) -> None:
        if self._iter is not None:
            aclose = getattr(self._iter, "aclose", None)
            if aclose is not None:
                await aclose()

    async def __aenter__(self) -> AsyncStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
