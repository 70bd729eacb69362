"""The state a circuit breaker keeps, and where it keeps it (see ``breaker.py``).

Plain records and the store protocols, apart from the breaker's transitions, so that a
shared store (``state/_breaker.py``) reads them without the logic it replaces with a script.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Final, Protocol, TypeVar, runtime_checkable

__all__ = [
    "WINDOW_BUCKETS",
    "Admission",
    "BreakerConfig",
    "BreakerRecord",
    "BreakerSnapshot",
    "BreakerStore",
    "CircuitState",
    "InMemoryBreakerStore",
    "OnChange",
    "ScriptedBreakerStore",
]

_R = TypeVar("_R")

# The failure-rate window is kept as this many time buckets: O(1) per call, and calls older
# than the window fall out a bucket (window_s / 10) at a time.
WINDOW_BUCKETS: Final = 10


class CircuitState(enum.Enum):
    """The state of one target's circuit."""

    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class Admission(enum.Enum):
    """What :meth:`CircuitBreaker.admit` decided for one request."""

    DENIED = "denied"
    ALLOWED = "allowed"
    PROBE = "probe"
    """Allowed as the half-open probe: report its result, or release it if it has none."""


OnChange = Callable[[str, CircuitState, CircuitState], None]


@dataclass(frozen=True, slots=True)
class BreakerConfig:
    """The global ``[circuit_breaker]`` settings.

    ``failure_threshold``: consecutive failures that open the circuit (``None``: only the
    rate). ``failure_rate``: failed fraction of the calls in the last ``window_s`` seconds
    that opens it, counted once ``min_calls`` calls were seen (``None``: off).
    ``cooldown_s``: how long it stays open before one probe. ``probe_timeout_s``: after this
    long without news from the probe, the next caller may probe (``None``: wait for
    :meth:`CircuitBreaker.release_probe`).
    """

    failure_threshold: int | None = 5
    failure_rate: float | None = None
    window_s: float = 60.0
    min_calls: int = 10
    cooldown_s: float = 30.0
    probe_timeout_s: float | None = 60.0

    def __post_init__(self) -> None:
        if self.failure_threshold is not None and self.failure_threshold < 1:
            raise ValueError(f"failure_threshold must be >= 1, got {self.failure_threshold!r}")
        if self.failure_rate is not None and not 0.0 < self.failure_rate <= 1.0:
            raise ValueError(f"failure_rate must be in (0, 1], got {self.failure_rate!r}")
        if self.window_s <= 0 or self.cooldown_s < 0 or self.min_calls < 1:
            raise ValueError("need window_s > 0, cooldown_s >= 0 and min_calls >= 1")
        if self.probe_timeout_s is not None and self.probe_timeout_s <= 0:
            raise ValueError(f"probe_timeout_s must be > 0, got {self.probe_timeout_s!r}")


@dataclass(slots=True)
class BreakerRecord:
    """The stored state of one target: plain fields, so any backend can serialize it.

    ``open_until`` and ``probe_started`` are readings of the breaker's monotonic clock; a
    shared backend must use a clock its instances agree on.
    """

    state: CircuitState = CircuitState.CLOSED
    consecutive_failures: int = 0
    open_until: float = 0.0
    probe_started: float | None = None
    bucket_epoch: int = 0
    bucket_calls: list[int] = field(default_factory=lambda: [0] * WINDOW_BUCKETS)
    bucket_failures: list[int] = field(default_factory=lambda: [0] * WINDOW_BUCKETS)


@dataclass(frozen=True, slots=True)
class BreakerSnapshot:
    """A read-only view of one target's circuit, for ``llmgate providers`` and metrics."""

    state: CircuitState
    consecutive_failures: int
    window_calls: int
    window_failures: int
    retry_in_s: float | None
    """Seconds until the probe is allowed (0: now), ``None`` unless the circuit is open."""
    probe_in_flight: bool


class BreakerStore(Protocol):
    """Where breaker state lives.

    ``update`` must run ``fn(record, now)`` atomically on the key's record (a fresh
    :class:`BreakerRecord` if the key is new), keep the mutated record and return ``fn``'s
    result. A Redis store does that with WATCH/MULTI or a Lua script; ``fn`` is pure apart
    from mutating the record, so it may safely run again on a retry.
    """

    def update(self, key: str, fn: Callable[[BreakerRecord, float], _R], now: float) -> _R: ...

    def get(self, key: str) -> BreakerRecord | None:
        """A copy of the key's record, or ``None`` if the key was never seen."""
        ...

    def keys(self) -> list[str]:
        """Every key with a record."""
        ...


@runtime_checkable
class ScriptedBreakerStore(Protocol):
    """A store that runs the breaker's transitions itself, by name (see the module doc).

    ``transition`` returns what ``fn`` would: ``(Admission | None, (old, new) | None)``.
    """

    def bind(self, config: BreakerConfig) -> None: ...

    def last_state(self, key: str) -> CircuitState | None: ...

    def transition(
        self, key: str, op: str, fn: Callable[[BreakerRecord, float], _R], now: float
    ) -> _R: ...


class InMemoryBreakerStore:
    """The default store: a dict behind one lock, for one process."""

    __slots__ = ("_lock", "_records")

    def __init__(self) -> None:
        self._records: dict[str, BreakerRecord] = {}
        self._lock = threading.Lock()

    def update(self, key: str, fn: Callable[[BreakerRecord, float], _R], now: float) -> _R:
        with self._lock:
            record = self._records.get(key)
            if record is None:
                record = self._records[key] = BreakerRecord()
            return fn(record, now)

    def get(self, key: str) -> BreakerRecord | None:
        with self._lock:
            record = self._records.get(key)
            if record is None:
                return None
            return replace(
                record,
                bucket_calls=list(record.bucket_calls),
                bucket_failures=list(record.bucket_failures),
            )

    def state(self, key: str) -> CircuitState | None:
        """The stored state of ``key`` (``None``: never seen), read in place: events read
        it after every attempt, and :meth:`get`'s copy of the record cost more than that."""
        with self._lock:
            record = self._records.get(key)
            return None if record is None else record.state

    def keys(self) -> list[str]:
        with self._lock:
            return list(self._records)
