"""How the attempts of the one loop run: one at a time, or raced (hedging).

The loop in :class:`llmgate._flow.Call` takes every attempt from the call's planner and
makes every decision (retry, fail over, raise); a *starter* only runs the attempts it is
handed and says when another may start:

- :class:`Sequential`: one attempt at a time, awaited in the caller's own task;
- :class:`Race` (a route's ``hedge_after_s``): when the newest attempt has not produced its
  first byte (a completion, or a stream's first content event) within ``hedge_after_s``,
  the loop's next planned attempt starts beside it. The first to answer wins and the other
  is cancelled; a failure of either goes through the loop's decisions like any other. At
  most two attempts run at once, so a call costs at most twice its one-target price at a
  time. Both attempts are recorded, and both are billed if the vendor billed them.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Generic, Protocol, TypeVar

from llmgate import errors
from llmgate._record import CallRecord, _Try

__all__ = ["Ended", "Race", "Sequential", "Starter"]

T = TypeVar("T")

# An attempt that ended: its result, or the exception it ended with (then the result is None).
Ended = tuple[_Try, T | None, BaseException | None]


class Starter(Protocol[T]):
    """What the loop asks of a way of running attempts."""

    @property
    def busy(self) -> bool:
        """Whether an attempt is running."""

    def may_start(self) -> bool:
        """Whether another attempt may start now (its backoff aside)."""

    def launch(self, tr: _Try, work: Callable[[], Awaitable[T]]) -> None:
        """Run ``work`` as attempt ``tr``."""

    async def wait(self, until: float | None) -> Ended[T] | None:
        """The next attempt that ended, or ``None`` once ``until`` (monotonic) or the next
        chance to start another attempt came first."""

    async def settle(self, call: CallRecord, winner: _Try) -> None:
        """``winner`` answered: cancel and record the others."""

    async def drop(self, call: CallRecord, doomed: Callable[[_Try], bool]) -> None:
        """Cancel and record the running attempts that can no longer succeed."""

    async def abandon(self, call: CallRecord, exc: BaseException) -> None:
        """The call ends with ``exc``: cancel and record whatever still runs."""


async def _sleep_until(until: float | None) -> None:
    if until is not None:
        delay = until - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)


class Sequential(Generic[T]):
    """One attempt at a time, awaited in the caller's task: no task, no extra hop."""

    __slots__ = ("_tr", "_work")

    def __init__(self) -> None:
        self._tr: _Try | None = None
        self._work: Callable[[], Awaitable[T]] | None = None

    @property
    def busy(self) -> bool:
        return self._tr is not None

    def may_start(self) -> bool:
        return self._tr is None

    def launch(self, tr: _Try, work: Callable[[], Awaitable[T]]) -> None:
        self._tr, self._work = tr, work

    async def wait(self, until: float | None) -> Ended[T] | None:
        tr, work = self._tr, self._work
        if tr is None or work is None:
            await _sleep_until(until)
            return None
        self._work = None
        try:
            result = await work()
        except Exception as exc:  # a cancellation is not an answer: abandon() records it
            self._tr = None
            return tr, None, exc
        self._tr = None
        return tr, result, None

    async def settle(self, call: CallRecord, winner: _Try) -> None:
        return None

    async def drop(self, call: CallRecord, doomed: Callable[[_Try], bool]) -> None:
        return None  # nothing runs beside the attempt that just failed

    async def abandon(self, call: CallRecord, exc: BaseException) -> None:
        tr, self._tr, self._work = self._tr, None, None
        if tr is not None:
            call.failed(tr, asyncio.CancelledError("cancelled"), outcome="cancelled")


class Race(Generic[T]):
    """Attempts as tasks; the next starts beside the newest once it is silent too long."""

    __slots__ = ("_discard", "_hedge_s", "_running", "_since")

    LIMIT = 2  # attempts running at once

    def __init__(
        self, hedge_after_s: float, discard: Callable[[T], Awaitable[None]] | None = None
    ) -> None:
        self._hedge_s = hedge_after_s
        self._discard = discard  # frees a loser's result that came too late (an open stream)
        self._running: dict[asyncio.Future[T], _Try] = {}
        self._since: dict[asyncio.Future[T], float] = {}  # when each started (monotonic)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def _hedge_at(self) -> float | None:
        """When the next attempt may start beside the running ones (None: not before one ends).

        That is once the newest running attempt has been silent for ``hedge_after_s``.
        """
        if not self._since or len(self._since) >= self.LIMIT:
            return None
        return max(self._since.values()) + self._hedge_s

    def may_start(self) -> bool:
        if not self._running:
            return True
        at = self._hedge_at()
        return at is not None and at <= time.monotonic()

    def launch(self, tr: _Try, work: Callable[[], Awaitable[T]]) -> None:
        for silent in self._running.values():
            silent.hedged = True  # this one starts because they have not answered
        task = asyncio.ensure_future(work())
        self._running[task] = tr
        self._since[task] = time.monotonic()

    async def wait(self, until: float | None) -> Ended[T] | None:
        if not self._running:
            await _sleep_until(until)
            return None
        at = self._hedge_at()
        if at is not None and at > time.monotonic():
            until = at if until is None else min(until, at)
        timeout = None if until is None else max(0.0, until - time.monotonic())
        done, _ = await asyncio.wait(
            self._running, timeout=timeout, return_when=asyncio.FIRST_COMPLETED
        )
        if not done:
            return None
        task = next(t for t in self._running if t in done)  # the earliest started
        tr = self._pop(task)
        if task.cancelled():
            return tr, None, asyncio.CancelledError("the attempt was cancelled")
        exc = task.exception()
        return (tr, task.result(), None) if exc is None else (tr, None, exc)

    async def settle(self, call: CallRecord, winner: _Try) -> None:
        losers, self._running, self._since = self._running, {}, {}
        for task, loser in losers.items():
            task.cancel()
            if loser.hedged:
                # Slower than hedge_after_s and lost: that counts against its breaker, or a
                # hanging vendor would be raced (and paid) on every call.
                slow = errors.TimeoutError(
                    f"no first byte within hedge_after_s={self._hedge_s}; lost the race",
                    provider=loser.target.name,
                    model=loser.target.model,
                )
                call.failed(loser, slow, outcome="cancelled", counts=True)
            else:  # the hedge lost: nothing is wrong with its target
                call.failed(
                    loser, asyncio.CancelledError("lost the hedge race"), outcome="cancelled"
                )
        await self._reap(list(losers))

    async def drop(self, call: CallRecord, doomed: Callable[[_Try], bool]) -> None:
        gone = [task for task, tr in self._running.items() if doomed(tr)]
        for task in gone:
            tr = self._pop(task)
            task.cancel()
            call.failed(tr, asyncio.CancelledError("no longer fits"), outcome="cancelled")
        await self._reap(gone)

    async def abandon(self, call: CallRecord, exc: BaseException) -> None:
        running, self._running, self._since = self._running, {}, {}
        for task, tr in running.items():
            task.cancel()
            call.failed(tr, asyncio.CancelledError("cancelled"), outcome="cancelled")
        await self._reap(list(running))

    def _pop(self, task: asyncio.Future[T]) -> _Try:
        del self._since[task]
        return self._running.pop(task)

    async def _reap(self, tasks: list[asyncio.Future[T]]) -> None:
        """Wait for cancelled tasks to end; free a result that arrived anyway."""
        if not tasks:
            return
        for result in await asyncio.gather(*tasks, return_exceptions=True):
            if self._discard is not None and not isinstance(result, BaseException):
                await self._discard(result)
