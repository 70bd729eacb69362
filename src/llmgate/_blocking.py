"""Run blocking engines (llama.cpp, any C library that holds the GIL loosely) off the loop.

Every provider that calls a blocking engine goes through these two helpers, so that no
provider blocks the event loop and every one stops work the same way when its caller goes
away. :func:`run_blocking` runs one call on a worker thread; :func:`iterate_blocking` runs a
blocking generator on a worker thread and hands its items to the loop through a queue::

    cancel = threading.Event()
    async for token in iterate_blocking(lambda: engine.tokens(prompt, cancel), cancel=cancel):
        print(token)

Cancellation is cooperative: a thread cannot be killed, so the caller hands the blocking
code a :class:`threading.Event` that is set when the awaiting task is cancelled or the
consumer stops iterating; the blocking code checks it between units of work (tokens).
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import threading
from collections.abc import AsyncGenerator, Callable, Iterator
from typing import Any, Final, TypeVar

__all__ = ["iterate_blocking", "run_blocking"]

T = TypeVar("T")

_ITEM: Final = "item"
_ERROR: Final = "error"
_DONE: Final = "done"


async def run_blocking(
    fn: Callable[..., T], *args: Any, cancel: threading.Event | None = None
) -> T:
    """``fn(*args)`` on a worker thread; the loop stays free while it runs.

    If the awaiting task is cancelled, ``cancel`` (when given) is set so that ``fn`` can
    stop early, and the ``CancelledError`` propagates at once: the thread finishes on its own.
    """
    loop = asyncio.get_running_loop()
    call = functools.partial(contextvars.copy_context().run, fn, *args)
    try:
        return await loop.run_in_executor(None, call)
    except asyncio.CancelledError:
        if cancel is not None:
            cancel.set()
        raise


async def iterate_blocking(
    make_iter: Callable[[], Iterator[T]], *, cancel: threading.Event
) -> AsyncGenerator[T, None]:
    """Items of the blocking iterator ``make_iter()``, produced on a worker thread.

    ``make_iter`` is called on the worker thread, so even setting up (taking a lock, loading)
    does not block the loop. The worker pushes each item onto an unbounded queue: it never
    waits for a slow consumer, so a consumer that stops reading cannot leave it holding a
    lock forever. When the consumer stops early (``aclose``, ``break`` in ``async with
    aclosing``) or its task is cancelled, ``cancel`` is set; the worker closes the generator
    after the item in progress, and ``aclose`` waits for that so that whatever the
    generator held (the model) is free when it returns.
    """
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()

    def hand_over(kind: str, value: Any) -> bool:
        try:
            loop.call_soon_threadsafe(queue.put_nowait, (kind, value))
        except RuntimeError:  # the loop is closed: nobody will read what is left
            cancel.set()
            return False
        return True

    def produce() -> None:
        try:
            items = make_iter()
            try:
                for item in items:
                    if not hand_over(_ITEM, item) or cancel.is_set():
                        break
            finally:
                close = getattr(items, "close", None)
                if close is not None:
                    close()
        except BaseException as exc:  # handed to the consumer, raised there
            hand_over(_ERROR, exc)
            return
        hand_over(_DONE, None)

    worker = loop.run_in_executor(None, functools.partial(contextvars.copy_context().run, produce))
    try:
        while True:
            kind, value = await queue.get()
            if kind == _ITEM:
                yield value
            elif kind == _DONE:
                return
            else:
                raise value
    finally:
        cancel.set()
        await _wait_quietly(worker)


async def _wait_quietly(worker: asyncio.Future[None]) -> None:
    """Wait for the worker to let go of what it holds, without letting its end raise here.

    Shielded so that a second cancellation while closing does not cut the wait short of
    the worker's own, bounded, stop (one item of work); if it does come, it propagates.
    """
    if worker.done():
        return
    try:
        await asyncio.shield(worker)
    except asyncio.CancelledError:
        if not worker.done():
            raise
    except Exception:  # the worker reports its errors through the queue, read or not
        pass
