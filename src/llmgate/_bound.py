"""The time bound the call flow puts on an attempt, for providers that would set their own.

Every attempt of a call runs inside ``asyncio.timeout`` in the flow (``Call._bounded``),
whose limit is the request's ``timeout_s`` or less. A provider that bounds its own request
too (as it must when it is used without a ``Client``) sets a second timer that can never
fire first: the flow's was started earlier, with a limit no longer. That second timer was
measured at 25,000 instructions per forwarded request (4% of the gateway's work before its
reply): :func:`attempt_bounded` lets a provider skip it when the flow's bound holds.

:class:`Bound` is the flow's own timer: ``asyncio.timeout_at`` with the same cancellation
rules, as a plain ``with`` (asyncio's is a Python class entered and left through two
coroutines, about 20,000 instructions per attempt). :func:`timeout_at` offers it to
providers for timers set per read, such as each read of a stream.
"""

from __future__ import annotations

import asyncio
from contextvars import ContextVar
from typing import Any

__all__ = ["BOUND", "Bound", "attempt_bounded", "timeout_at"]

# (the attempt's task, the loop time at which the flow cancels it): set by the flow for
# the duration of one attempt, in that attempt's own context.
BOUND: ContextVar[tuple[asyncio.Task[Any] | None, float] | None] = ContextVar(
    "llmgate_attempt_bound", default=None
)


def attempt_bounded(timeout_s: float | None) -> bool:
    """Whether the running task is an attempt that the call flow will end with a
    ``TimeoutError`` no later than ``timeout_s`` seconds from now (``None``: never), so
    that a timer of the caller's own for that limit would be redundant."""
    bound = BOUND.get()
    if bound is None:
        return False
    task, when = bound
    if task is not asyncio.current_task():  # a task started inside the attempt
        return False
    return timeout_s is None or when <= asyncio.get_running_loop().time() + timeout_s


class Bound:
    """``async with asyncio.timeout_at(when)`` as ``with Bound(loop, task, when)``, for one
    attempt: at ``when`` the task is cancelled, and leaving the block with that
    cancellation raises ``TimeoutError`` unless someone else cancelled the task too (the
    rules of ``asyncio.Timeout`` in Python 3.11 and later, without its states)."""

    __slots__ = ("_cancelling", "_handle", "_task", "expired")

    def __init__(
        self, loop: asyncio.AbstractEventLoop, task: asyncio.Task[Any], when: float | None
    ) -> None:
        self._task = task
        self._cancelling = task.cancelling()
        self.expired = False
        self._handle: asyncio.Handle | None = None  # when is None: no timer, as asyncio's
        if when is not None:
            self._handle = (
                loop.call_at(when, self._fire) if when > loop.time() else loop.call_soon(self._fire)
            )

    def _fire(self) -> None:
        self._task.cancel()
        self.expired = True
        self._handle = None

    def __enter__(self) -> Bound:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: Any
    ) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if (
            self.expired
            and self._task.uncancel() <= self._cancelling
            and kind is not None
            and issubclass(kind, asyncio.CancelledError)
        ):
            raise TimeoutError from exc


def timeout_at(when: float | None) -> Bound:
    """``asyncio.timeout_at(when)`` for the running task, as a plain ``with`` block: at loop
    time ``when`` (``None``: never) the task is cancelled, and the block raises
    ``TimeoutError`` (asyncio's rules, at a tenth of the instructions)."""
    task = asyncio.current_task()
    if task is None:
        raise RuntimeError("timeout_at must be used inside a task")
    return Bound(asyncio.get_running_loop(), task, when)
