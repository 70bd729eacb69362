"""Per-key limits of one gateway process: requests per minute and USD per UTC day.

Both are small protocols so that the shared-state backends can replace them for several
workers. The daily spend is read from the ledger (every request is tagged ``key=<name>``,
so the ledger already holds each key's spend) and kept up to date in memory with the cost
of each answer; an answer whose cost the gateway did not see (a failed or cut call)
marks the key stale, and the next check reads the ledger again, as it does every
``refresh_s`` anyway, so that workers sharing one ledger file see each other's spend.

Why not the core's ``[costs.budgets]``: keys are created while the gateway runs, budgets
are read when the client is built. A static ``[costs.budgets.tags."key:NAME"]`` entry
still works and is stricter (it reserves each call's worst case before sending).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Protocol

from llmgate.gateway._errors import HTTPError, seconds_to_midnight

__all__ = ["LocalRateLimiter", "RateLimiter", "SpendTracker"]


class RateLimiter(Protocol):
    def acquire(self, name: str, rpm: int) -> float | None:
        """Count one request for ``name``; ``None`` if allowed, else seconds to wait."""
        ...


class LocalRateLimiter:
    """A sliding one-minute window per key, in this process."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}

    def acquire(self, name: str, rpm: int) -> float | None:
        now = self._clock()
        hits = self._hits.setdefault(name, deque())
        while hits and now - hits[0] >= 60.0:
            hits.popleft()
        if len(hits) >= rpm:
            return float(60.0 - (now - hits[0]))
        hits.append(now)
        return None


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
        now = time.monotonic()
        # Re-read now and then: other workers on the same ledger spend from the same key.
        if known is None or known[0] != day or now - self._read.get(name, 0.0) > self._refresh_s:
            total = self._ledger.spent(since=midnight, tags={"key": name})
            known = self._spent[name] = (day, Decimal(total))
            self._read[name] = now
        return known[1]

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
        self._spent.pop(name, None)

    def snapshot(self) -> Mapping[str, Decimal]:
        return {name: usd for name, (_, usd) in self._spent.items()}
