"""The worker-thread helpers that keep blocking engines off the event loop."""

from __future__ import annotations

import asyncio
import contextvars
import threading
import time
from collections.abc import Iterator

import pytest

from llmgate._blocking import iterate_blocking, run_blocking

WHO = contextvars.ContextVar("WHO", default="nobody")


async def test_run_blocking_runs_off_the_loop_thread_with_the_callers_context() -> None:
    WHO.set("caller")
    loop_thread = threading.get_ident()
    thread, who = await run_blocking(lambda: (threading.get_ident(), WHO.get()))
    assert thread != loop_thread
    assert who == "caller"


async def test_run_blocking_raises_the_functions_error() -> None:
    def boom() -> None:
        raise KeyError("x")

    with pytest.raises(KeyError):
        await run_blocking(boom)


async def test_cancelling_run_blocking_sets_the_cancel_event() -> None:
    cancel = threading.Event()
    started = threading.Event()

    def work() -> str:
        started.set()
        assert cancel.wait(10), "never told to stop"
        return "stopped"

    task = asyncio.create_task(run_blocking(work, cancel=cancel))
    assert await asyncio.to_thread(started.wait, 10)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert cancel.is_set()


def counting(produced: list[int], cancel: threading.Event, limit: int = 1000) -> Iterator[int]:
    for i in range(limit):
        if cancel.is_set():
            return
        produced.append(i)
        time.sleep(0.002)  # stands for one token of blocking work, not a wait
        yield i


async def test_iterate_blocking_yields_every_item_in_order() -> None:
    cancel = threading.Event()
    produced: list[int] = []
    items = [
        i async for i in iterate_blocking(lambda: counting(produced, cancel, 20), cancel=cancel)
    ]
    assert items == list(range(20))


async def test_closing_the_iterator_stops_the_worker_within_one_item() -> None:
    cancel = threading.Event()
    produced: list[int] = []
    closed = threading.Event()

    def make() -> Iterator[int]:
        try:
            yield from counting(produced, cancel)
        finally:
            closed.set()

    items = iterate_blocking(make, cancel=cancel)
    got = [await items.__anext__() for _ in range(3)]
    await items.aclose()
    assert got == [0, 1, 2]
    assert closed.is_set(), "aclose returns once the generator has been closed"
    assert len(produced) <= 5


async def test_cancelling_the_consumer_task_stops_the_worker() -> None:
    cancel = threading.Event()
    produced: list[int] = []
    got: list[int] = []
    three = asyncio.Event()

    async def consume() -> None:
        async for i in iterate_blocking(lambda: counting(produced, cancel), cancel=cancel):
            got.append(i)
            if len(got) == 3:
                three.set()

    task = asyncio.create_task(consume())
    await asyncio.wait_for(three.wait(), 10)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert cancel.is_set()
    assert len(produced) <= len(got) + 2


async def test_an_error_in_the_worker_reaches_the_consumer_after_the_items_before_it() -> None:
    def failing() -> Iterator[int]:
        yield 1
        raise ValueError("engine broke")

    got: list[int] = []
    with pytest.raises(ValueError, match="engine broke"):
        async for i in iterate_blocking(failing, cancel=threading.Event()):
            got.append(i)
    assert got == [1]
