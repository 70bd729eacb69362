"""Hedging: when the first target is slow to answer, race the next one.

If the first target has not produced its first byte (a completion, or a stream's first
content event) within the route's ``hedge_after_s``, the next eligible target starts too;
the first to answer wins and the other is cancelled. Both attempts are recorded, and both
are billed if the vendor billed them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

from llmgate import errors
from llmgate.routing import Action

if TYPE_CHECKING:
    from llmgate._flow import Call, Target, _Try

__all__ = ["hedged_start"]

T = TypeVar("T")


async def hedged_start(
    call: Call,
    start: Callable[[_Try], Awaitable[T]],
    first: Target,
    rest: list[Target],
    note: str | None,
) -> tuple[_Try, T] | None:
    """Start ``first``; if it has not answered within ``hedge_after_s``, race the next.

    Returns the winner, or ``None`` when every raced attempt failed (the caller goes on
    with the targets after them). Both attempts are recorded; the loser is cancelled.
    """
    assert call.route.hedge_after_s is not None
    racing: dict[asyncio.Task[T], _Try] = {}
    tr = await call._begin(first, note)
    if tr is None:
        return None
    racing[asyncio.ensure_future(call._bounded(start(tr), first))] = tr
    backup = None
    for candidate in rest:
        if await call._eligible(candidate, None):
            backup = candidate
            break
    wait_s: float | None = call.route.hedge_after_s
    try:
        while racing:
            done, _ = await asyncio.wait(
                racing, timeout=wait_s, return_when=asyncio.FIRST_COMPLETED
            )
            if not done and backup is not None and call.rt.breaker.allow(backup.key):
                call.raced.add(backup.key)
                tr2 = await call._begin(backup, "hedge")
                if tr2 is not None:
                    racing[asyncio.ensure_future(call._bounded(start(tr2), backup))] = tr2
                    rest.remove(backup)
                backup, wait_s = None, None
                continue
            for task in done:
                tr_done = racing.pop(task)
                exc = task.exception()
                if exc is None:
                    return tr_done, task.result()
                if not isinstance(exc, errors.ProviderError):
                    raise exc
                if call._failed(tr_done, exc) is Action.RAISE:
                    call._finish_error(exc)
                    raise exc
            if not done:
                wait_s = None
        return None
    finally:
        for task, loser in racing.items():
            task.cancel()
            if loser.note == "hedge":  # the backup lost: nothing is wrong with it
                call.failed(
                    loser, asyncio.CancelledError("lost the hedge race"), outcome="cancelled"
                )
            else:
                # The first target was slower than hedge_after_s and lost: that counts against
                # its breaker, or a hanging vendor would be raced (and paid) on every call.
                slow = errors.TimeoutError(
                    f"no first byte within hedge_after_s={call.route.hedge_after_s}; lost the race",
                    provider=loser.target.name,
                    model=loser.target.model,
                )
                call.failed(loser, slow, outcome="cancelled", counts=True)
        if racing:
            await asyncio.gather(*racing, return_exceptions=True)
