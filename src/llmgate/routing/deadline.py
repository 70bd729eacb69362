"""The deadline of one call: the route's ``timeout_s``, failover included.

A call starts one :class:`Deadline` and every attempt, every backoff wait and every hedge
asks it how much time is left, so no hung vendor and no retry loop can make the call run
past its limit::

    deadline = Deadline(60.0)
    timeout = deadline.attempt_timeout(30.0)   # the provider's own limit, capped by the call's
    if deadline.expired:
        ...                                    # stop trying, report the attempts so far

Times come from a monotonic clock (never the wall clock, which can jump); tests inject a
fake one.
"""

from __future__ import annotations

import time
from collections.abc import Callable

__all__ = ["Clock", "Deadline"]

Clock = Callable[[], float]


class Deadline:
    """Time left for one call; ``timeout_s=None`` means the call has no deadline."""

    __slots__ = ("_clock", "_end", "started_at", "timeout_s")

    def __init__(self, timeout_s: float | None, clock: Clock = time.monotonic) -> None:
        if timeout_s is not None and timeout_s < 0:
            raise ValueError(f"timeout_s must be >= 0 or None, got {timeout_s!r}")
        self._clock = clock
        self.timeout_s = timeout_s
        self.started_at = clock()
        self._end = None if timeout_s is None else self.started_at + timeout_s

    def remaining(self) -> float | None:
        """Seconds left (never negative), or ``None`` when the call has no deadline."""
        if self._end is None:
            return None
        return max(0.0, self._end - self._clock())

    @property
    def expired(self) -> bool:
        """True once no time is left; a call without a deadline never expires."""
        return self._end is not None and self._clock() >= self._end

    def elapsed(self) -> float:
        """Seconds since the call started (for latency and the attempts trace)."""
        return self._clock() - self.started_at

    def attempt_timeout(self, target_timeout_s: float | None) -> float | None:
        """The limit for the next attempt: ``min(target timeout, time left)``.

        ``None`` only when neither the target nor the call has a limit.
        """
        left = self.remaining()
        if left is None:
            return target_timeout_s
        if target_timeout_s is None:
            return left
        return min(target_timeout_s, left)

    def __repr__(self) -> str:
        return f"Deadline(timeout_s={self.timeout_s!r}, remaining={self.remaining()!r})"
