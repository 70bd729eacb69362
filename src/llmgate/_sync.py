"""The sync API's engine: one event-loop thread per client runs the async flow.

Why a loop thread rather than a second, blocking copy of the flow: the flow (failover,
hedging, deadlines, streaming restore) exists once, and the providers are async. A sync
call hands its coroutine to the loop thread and waits on a future; a sync stream is pumped
by a task on that loop into a queue the caller's thread reads, so the caller pays one
thread wake-up per batch of chunks, not one round trip per chunk.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import contextvars
import queue
import threading
from collections.abc import AsyncIterator, Coroutine, Iterator
from typing import Any, Generic, TypeVar

__all__ = ["LoopThread"]

T = TypeVar("T")
_END = object()


class LoopThread:
    """An event loop running in a daemon thread, started on first use."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        loop = self._loop
        if loop is not None:
            return loop
        with self._lock:
            if self._loop is None:
                loop = asyncio.new_event_loop()
                ready = threading.Event()

                def main() -> None:
                    asyncio.set_event_loop(loop)
                    loop.call_soon(ready.set)
                    loop.run_forever()

                self._thread = threading.Thread(target=main, name="llmgate-loop", daemon=True)
                self._thread.start()
                ready.wait()
                self._loop = loop
            return self._loop

    def submit(self, coro: Coroutine[Any, Any, T]) -> _Submitted[T]:
        """Start ``coro`` as a task on the loop, in a copy of the caller's context.

        ``asyncio.run_coroutine_threadsafe`` would run it in the loop thread's context, so
        the caller's context variables (the current OpenTelemetry span, for one) would be
        lost between the application and the call's spans.
        """
        loop = self.loop
        ctx = contextvars.copy_context()
        submitted: _Submitted[T] = _Submitted(loop)

        def start() -> None:
            if not submitted.future.set_running_or_notify_cancel():
                coro.close()
                return
            submitted.task = task = loop.create_task(coro)
            task.add_done_callback(submitted.settle)

        loop.call_soon_threadsafe(start, context=ctx)
        return submitted

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        """Run ``coro`` on the loop thread and wait; Ctrl-C cancels it there."""
        submitted = self.submit(coro)
        try:
            return submitted.future.result()
        except BaseException:
            submitted.cancel()
            raise

    def iterate(self, agen: AsyncIterator[T]) -> Iterator[T]:
        """Iterate an async iterator from this (non-loop) thread; closing stops it there."""
        items: queue.SimpleQueue[Any] = queue.SimpleQueue()
        cleaned = threading.Event()

        async def pump() -> None:
            try:
                async for item in agen:
                    items.put(item)
            except BaseException as exc:  # handed to the reader, re-raised there
                items.put(_Raised(exc))
            else:
                items.put(_END)
            finally:
                try:
                    aclose = getattr(agen, "aclose", None)
                    if aclose is not None:
                        await aclose()
                finally:
                    cleaned.set()

        submitted = self.submit(pump())
        try:
            while True:
                item = items.get()
                if item is _END:
                    return
                if isinstance(item, _Raised):
                    raise item.exc
                yield item
        finally:
            submitted.cancel()
            # Wait for the stream's own clean-up (provider stream closed, attempt recorded)
            # so that what the caller reads next (the ledger, the attempts) is settled.
            cleaned.wait(timeout=5)

    def close(self, shutdown: Coroutine[Any, Any, None] | None = None) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            if shutdown is not None:
                shutdown.close()
            return
        if shutdown is not None:
            with contextlib.suppress(Exception):
                asyncio.run_coroutine_threadsafe(shutdown, loop).result(timeout=10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=5)
        loop.close()
        self._loop = None
        self._thread = None


class _Submitted(Generic[T]):
    """A task started on the loop thread, seen from the calling thread."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.future: concurrent.futures.Future[T] = concurrent.futures.Future()
        self.task: asyncio.Task[T] | None = None

    def settle(self, task: asyncio.Task[T]) -> None:
        if self.future.done():  # cancelled by the caller already
            if not task.cancelled():
                task.exception()  # retrieved, so asyncio does not warn about it
            return
        if task.cancelled():
            self.future.cancel()
        elif (exc := task.exception()) is not None:
            self.future.set_exception(exc)
        else:
            self.future.set_result(task.result())

    def cancel(self) -> None:
        """Cancel the task itself (a running future cannot be cancelled from here)."""
        if self.future.cancel():
            return  # it had not started: nothing runs
        if not self.future.done():
            self.loop.call_soon_threadsafe(self._cancel_task)

    def _cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()


class _Raised:
    __slots__ = ("exc",)

    def __init__(self, exc: BaseException) -> None:
        self.exc = exc
