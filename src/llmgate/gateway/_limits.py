"""Per-key limits of one gateway process: requests per minute and USD per UTC day.

Both are small protocols so that the shared-state backends can replace them for several
workers. The daily spend is read from the ledger (every request is tagged ``key=<name>``,
so the ledger already holds each key's spend) and kept up to date in memory with the cost
of each answer; an answer whose cost the gateway did not see (a failed or cut call)
marks the key stale, and the next check reads the ledger again, as it does every
``refresh_s`` anyway, so that workers sharing one ledger file see each other's spend. Those
re-reads run on a worker thread (the check goes on with the figure it has), so no
request waits for the ledger; only a key's first check of the day reads it in line.

Why not the core's ``[costs.budgets]``: keys are created while the gateway runs, budgets
are read when the client is built. A static ``[costs.budgets.tags."key:NAME"]`` entry
still works and is stricter (it reserves each call's worst case before sending).
"""

from __future__ import annotations

import asyncio
import functools
import logging
import time
from collections import deque
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Protocol

from llmgate.gateway._errors import HTTPError, seconds_to_midnight

__all__ = ["LocalRateLimiter", "RateLimiter", "SharedKeyLimiter", "SpendTracker", "key_limiter"]

log = logging.getLogger("llmgate.gateway")


class RateLimiter(Protocol):
    async def acquire(self, name: str, rpm: int) -> float | None:
        """Count one request for ``name``; ``None`` if allowed, else seconds to wait
        (awaited: a shared limiter asks its store on the event loop)."""
        ...


class LocalRateLimiter:
    """A sliding one-minute window per key, in this process."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}

    async def acquire(self, name: str, rpm: int) -> float | None:
        now = self._clock()
        hits = self._hits.setdefault(name, deque())
        while hits and now - hits[0] >= 60.0:
            hits.popleft()
        if len(hits) >= rpm:
            return float(60.0 - (now - hits[0]))
        hits.append(now)
        return None


class SharedKeyLimiter:
    """Each key's ``--rpm`` counted once for every worker and machine, in the ``[state]``
    store (Redis): ``llmgate serve --workers N`` with a shared store then admits a key's
    limit in all, not N times it. ``shared`` is the client's state rate limiter; its
    ``on_error`` decides what happens while the store is unreachable (count in this
    process, admit, or refuse), as it does for the client's own limits.
    """

    def __init__(self, shared: Any) -> None:
        self._shared = shared

    @staticmethod
    def _limits(name: str, rpm: int) -> list[Any]:
        from llmgate.state.limits import RateLimit

        return [RateLimit(f"gateway-key:{name}", "requests", rpm)]

    @staticmethod
    def _wait(found: Any) -> float | None:
        return float(found[0]) if isinstance(found, tuple) else None

    async def acquire(self, name: str, rpm: int) -> float | None:
        return self._wait(await self._shared.aacquire(self._limits(name, rpm), 0))


def key_limiter(client: Any) -> RateLimiter:
    """The limiter of virtual keys' ``--rpm``: shared when the client's ``[state]`` store
    is, else this process's own window."""
    shared = getattr(getattr(client, "_state", None), "limiter", None)
    if shared is not None and hasattr(shared, "aacquire"):
        return SharedKeyLimiter(shared)
    return LocalRateLimiter()


class SpendTracker:
    """Each key's spend since UTC midnight: the ledger's sum plus what was seen since."""

    def __init__(self, ledger: Any, refresh_s: float = 10.0) -> None:
        self._ledger = ledger
        self._refresh_s = refresh_s
        self._spent: dict[str, tuple[str, Decimal]] = {}  # name -> (day, USD)
        self._read: dict[str, float] = {}  # name -> when the ledger was last read

    _day: tuple[float, float, str, datetime] = (0.0, -1.0, "", datetime.min)

    def _today(self) -> tuple[str, datetime]:
        """The UTC day and its midnight, worked out again only when the day changes (this
        runs on every request of a key with a daily budget)."""
        now = time.time()
        start, end, day, midnight = self._day
        if not start <= now < end:
            midnight = datetime.fromtimestamp(now, UTC).replace(
                hour=0, minute=0, second=0, microsecond=0
            )
            start = midnight.timestamp()
            day = midnight.date().isoformat()
            self._day = (start, start + 86400.0, day, midnight)
        return day, midnight

    def spent(self, name: str) -> Decimal:
        day, midnight = self._today()
        known = self._spent.get(name)
        if known is None or known[0] != day:
            # A key's first check of the day is read here: a restarted gateway must refuse
            # a key that is already over.
            total = self._ledger.spent(since=midnight, tags={"key": name})
            known = self._spent[name] = (day, Decimal(total))
            self._read[name] = time.monotonic()
        elif time.monotonic() - self._read.get(name, 0.0) > self._refresh_s:
            self._refresh(name, day, midnight)
        return known[1]

    def _refresh(self, name: str, day: str, midnight: datetime) -> None:
        """Read the ledger again on a worker thread; the known figure answers meanwhile.

        A read of the write-behind ledger first waits for its queue to be committed (up to
        its 20 ms interval, and a checkpoint's fsync): on the event loop that stalled every
        request in flight, every ``refresh_s`` per key and after every failed call.
        """
        self._read[name] = time.monotonic()  # one refresh at a time per key
        read = functools.partial(self._ledger.spent, since=midnight, tags={"key": name})
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # not on an event loop: nothing to stall, read here
            self._merge(name, day, read())
            return
        future = loop.run_in_executor(None, read)
        future.add_done_callback(functools.partial(self._landed, name, day))

    def _landed(self, name: str, day: str, future: asyncio.Future[Any]) -> None:
        if future.cancelled() or future.exception() is not None:
            self._read[name] = 0.0  # the next check tries again
            if not future.cancelled():
                log.warning("could not read the spend of key %r", name, exc_info=future.exception())
            return
        self._merge(name, day, future.result())

    def _merge(self, name: str, day: str, total: Any) -> None:
        """The ledger's sum, or the known figure where that is higher: both undercount
        (the ledger may not hold this process's last calls yet), neither overcounts."""
        value = Decimal(total)
        known = self._spent.get(name)
        if known is not None and known[0] == day:
            value = max(value, known[1])
        self._spent[name] = (day, value)

    def check(self, name: str, limit: Decimal) -> None:
        """A 429 (until midnight UTC) when ``name`` has spent its daily budget."""
        used = self.spent(name)
        if used >= limit:
            raise HTTPError(
                429,
                "rate_limit",
                f"key {name!r} has spent its daily budget (${used} of ${limit})",
                code="key_budget_exceeded",
                retry_after=seconds_to_midnight(),
            )

    def add(self, name: str, cost: Decimal | None) -> None:
        day, _ = self._today()
        known = self._spent.get(name)
        if known is not None and known[0] == day and cost:
            self._spent[name] = (day, known[1] + cost)

    def stale(self, name: str) -> None:
        """A call's cost went unseen (it failed or was cut): read the ledger again soon."""
        self._read[name] = 0.0

    def snapshot(self) -> Mapping[str, Decimal]:
        return {name: usd for name, (_, usd) in self._spent.items()}
