"""A call leaves no reference cycle behind: its objects are freed as soon as it ends.

A cycle per call is freed only by Python's cyclic collector, and at thousands of calls a
second those collections (and the objects they promote to older generations) cost a
measurable share of the CPU (bench/bench_eval.py).
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Awaitable, Callable, Iterator

import pytest

from llmgate import Client, errors
from llmgate.testing import FailingProvider, ScriptedProvider


@pytest.fixture
def collector_off() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def cyclic_garbage() -> list[str]:
    """The type names of what the cyclic collector finds unreachable now."""
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        found = [type(o).__qualname__ for o in gc.garbage]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.collect()  # now free them: kept by DEBUG_SAVEALL, they would be found again
    return found


def client(first: ScriptedProvider) -> Client:
    price = {"input": 1, "output": 2}
    return Client(
        {
            "routes": {"chat": {"targets": ["a:m", "b:m"], "retries": 0}},
            "pricing": {"a:m": price, "b:m": price},
        },
        providers={"a": first, "b": ScriptedProvider("b")},
    )


async def leftover(call: Callable[[int], Awaitable[object]]) -> list[str]:
    """What 20 concurrent calls leave to the cyclic collector (after 2 to warm up: a
    loop's first calls set up clients and caches that outlive them)."""
    await asyncio.gather(*(call(i) for i in range(2)))
    cyclic_garbage()
    await asyncio.gather(*(call(i) for i in range(20)))
    return cyclic_garbage()


@pytest.mark.parametrize("fails_over", [False, True])
async def test_chat_calls_leave_no_cycles(collector_off: None, fails_over: bool) -> None:
    down = FailingProvider("a", errors.ServerError("down"))
    c = client(down if fails_over else ScriptedProvider("a"))
    try:
        assert await leftover(lambda i: c.achat("chat", f"q{i}", tags={"t": "x"})) == []
    finally:
        await c.aclose()


async def test_streams_leave_no_cycles(collector_off: None) -> None:
    c = client(ScriptedProvider("a"))

    async def read(i: int) -> str:
        async with c.astream("chat", f"q{i}") as stream:
            return "".join([chunk.text async for chunk in stream])

    try:
        assert await leftover(read) == []
    finally:
        await c.aclose()
