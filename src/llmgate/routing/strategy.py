"""Strategies: the order in which one call tries a route's targets.

A strategy only orders; it never drops a target. The call flow walks the order and skips
the targets whose circuit is open, so every strategy falls back to every target::

    strategy = make_strategy("least-latency", ["openai:gpt-4o-mini", "claude:claude-haiku-4-5"])
    for target in strategy.order():
        ...
        strategy.observe(target, latency_s=0.42, ok=True)

All five are safe to share between threads and asyncio tasks, and cost about a microsecond
per call.
"""

from __future__ import annotations

import itertools
import math
import random
import threading
import time
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Final, Protocol

__all__ = [
    "STRATEGIES",
    "CascadeStrategy",
    "FailoverStrategy",
    "LeastLatencyStrategy",
    "RoundRobinStrategy",
    "Strategy",
    "WeightedStrategy",
    "make_strategy",
]


class Strategy(Protocol):
    """Orders a route's targets for one call and learns from the outcome of attempts."""

    def order(self) -> list[str]:
        """Every target of the route, in the order this call should try them."""
        ...

    def observe(self, target: str, latency_s: float, ok: bool) -> None:
        """One attempt on ``target`` took ``latency_s`` and succeeded (``ok``) or not."""
        ...


def _checked(targets: Sequence[str]) -> tuple[str, ...]:
    if not targets:
        raise ValueError("a route needs at least one target")
    return tuple(targets)


class FailoverStrategy:
    """The targets in config order: the first is preferred, the others are fallbacks."""

    __slots__ = ("targets",)

    def __init__(self, targets: Sequence[str]) -> None:
        self.targets = _checked(targets)

    def order(self) -> list[str]:
        return list(self.targets)

    def observe(self, target: str, latency_s: float, ok: bool) -> None:
        """Config order never changes."""


class RoundRobinStrategy:
    """Each call starts one target further along; the rest follow in config order."""

    __slots__ = ("_counter", "_lock", "targets")

    def __init__(self, targets: Sequence[str]) -> None:
        self.targets = _checked(targets)
        self._counter = itertools.count()
        # next() on itertools.count is atomic under the GIL, not on a free-threaded build.
        self._lock = threading.Lock()

    def order(self) -> list[str]:
        with self._lock:
            start = next(self._counter) % len(self.targets)
        return [*self.targets[start:], *self.targets[:start]]

    def observe(self, target: str, latency_s: float, ok: bool) -> None:
        """Rotation ignores outcomes."""


class WeightedStrategy:
    """A random order, each target drawn first with probability ``weight / sum(weights)``.

    The order is a weighted sample without replacement (each target gets the key
    ``Exp(1) / weight`` and the keys are sorted: the Efraimidis-Spirakis method), so the
    second place is drawn by weight among the rest, and so on. A weight of 0 keeps the
    target as a last-resort fallback only.
    """

    __slots__ = ("_rng", "targets", "weights")

    def __init__(
        self,
        targets: Sequence[str],
        weights: Sequence[float] | None = None,
        *,
        rng: random.Random | None = None,
    ) -> None:
        self.targets = _checked(targets)
        if weights is None:
            weights = [1.0] * len(self.targets)
        if len(weights) != len(self.targets):
            raise ValueError(f"weights has {len(weights)} entries for {len(self.targets)} targets")
        if any(not math.isfinite(w) or w < 0 for w in weights) or not any(w > 0 for w in weights):
            raise ValueError(f"weights must be finite, >= 0 and not all 0, got {list(weights)}")
        self.weights = tuple(float(w) for w in weights)
        self._rng = rng if rng is not None else random.Random()

    def order(self) -> list[str]:
        draw = self._rng.random
        keyed = [
            ((-math.log(1.0 - draw()) / w) if w > 0 else math.inf, i)
            for i, w in enumerate(self.weights)
        ]
        keyed.sort()
        return [self.targets[i] for _, i in keyed]

    def observe(self, target: str, latency_s: float, ok: bool) -> None:
        """Weights come from the config, not from outcomes."""


class LeastLatencyStrategy:
    """Fastest first, by an exponentially weighted moving average of each target's latency.

    Targets never tried (or not measured for ``stale_after_s``) come first, in config order,
    so each is measured and a target that was slow once gets another chance later. A failed
    attempt counts as at least ``failure_penalty_s``: a target that fails fast must not look
    fast.
    """

    __slots__ = (
        "_clock",
        "_lock",
        "_stats",
        "alpha",
        "failure_penalty_s",
        "stale_after_s",
        "targets",
    )

    def __init__(
        self,
        targets: Sequence[str],
        *,
        alpha: float = 0.3,
        failure_penalty_s: float = 10.0,
        stale_after_s: float | None = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not 0.0 < alpha <= 1.0:
            raise ValueError(f"alpha must be in (0, 1], got {alpha!r}")
        self.targets = _checked(targets)
        self.alpha = alpha
        self.failure_penalty_s = failure_penalty_s
        self.stale_after_s = stale_after_s
        self._clock = clock
        self._stats: dict[str, tuple[float, float]] = {}  # target -> (ewma, observed at)
        self._lock = threading.Lock()

    def latency(self, target: str) -> float | None:
        """The current moving average for ``target``, or ``None`` if it was never measured."""
        with self._lock:
            stat = self._stats.get(target)
        return None if stat is None else stat[0]

    def order(self) -> list[str]:
        now = self._clock()
        stale = self.stale_after_s
        with self._lock:
            stats = self._stats
            ranked: list[tuple[float, int]] = []
            for i, target in enumerate(self.targets):
                stat = stats.get(target)
                fresh = stat is not None and (stale is None or now - stat[1] < stale)
                ranked.append((stat[0] if fresh and stat is not None else -1.0, i))
        ranked.sort()
        return [self.targets[i] for _, i in ranked]

    def observe(self, target: str, latency_s: float, ok: bool) -> None:
        sample = latency_s if ok else max(latency_s, self.failure_penalty_s)
        now = self._clock()
        with self._lock:
            stat = self._stats.get(target)
            if stat is None:
                self._stats[target] = (sample, now)
            else:
                self._stats[target] = (stat[0] + self.alpha * (sample - stat[0]), now)


class CascadeStrategy:
    """Cheapest first: by each target's price for a typical request, unpriced ones last,
    ties in config order. The order is fixed; the route's ``checks`` make it a cascade (a
    cheap answer that fails them moves the call to the next, dearer target)::

        CascadeStrategy(["a:big", "b:small"], [Decimal("0.02"), Decimal("0.001")]).order()
        # ['b:small', 'a:big']
    """

    __slots__ = ("_order", "costs", "targets")

    def __init__(self, targets: Sequence[str], costs: Sequence[Decimal | None]) -> None:
        self.targets = _checked(targets)
        if len(costs) != len(self.targets):
            raise ValueError(f"costs has {len(costs)} entries for {len(self.targets)} targets")
        self.costs = tuple(costs)
        ranked = sorted(
            range(len(self.targets)),
            key=lambda i: (self.costs[i] is None, self.costs[i] or Decimal(0), i),
        )
        self._order = [self.targets[i] for i in ranked]

    def order(self) -> list[str]:
        return list(self._order)

    def observe(self, target: str, latency_s: float, ok: bool) -> None:
        """Prices, not outcomes, order a cascade."""


STRATEGIES: Final = ("failover", "round-robin", "weighted", "least-latency", "cascade")


def make_strategy(
    name: str,
    targets: Sequence[str],
    weights: Sequence[float] | None = None,
    *,
    rng: random.Random | None = None,
    costs: Sequence[Decimal | None] | None = None,
) -> Strategy:
    """Build the strategy a route's ``strategy`` key names.

    ``weights`` belongs to ``"weighted"`` only; ``costs`` (each target's price for a
    typical request, ``None`` when unknown) orders ``"cascade"``; anything else raises
    ``ValueError`` (the config loader turns it into a ``ConfigError`` naming the key)::

        make_strategy("weighted", ["a:m", "b:m"], weights=[3, 1])
    """
    if weights is not None and name != "weighted":
        raise ValueError(f"weights only apply to strategy 'weighted', not {name!r}")
    if name == "failover":
        return FailoverStrategy(targets)
    if name == "round-robin":
        return RoundRobinStrategy(targets)
    if name == "weighted":
        return WeightedStrategy(targets, weights, rng=rng)
    if name == "least-latency":
        return LeastLatencyStrategy(targets)
    if name == "cascade":
        return CascadeStrategy(targets, costs if costs is not None else [None] * len(targets))
    raise ValueError(f"unknown strategy {name!r}; expected one of {', '.join(STRATEGIES)}")
