"""Per-target circuit breakers: stop sending requests to a target that keeps failing.

One breaker per target ("provider:model"). It opens after ``failure_threshold`` failures in a
row, or when the failure rate over the last ``window_s`` seconds reaches ``failure_rate``
(once at least ``min_calls`` calls were seen). While open it admits **zero** requests. When
the cooldown ends, the first caller gets the single probe (half-open); everyone else is
turned away until that probe reports: success closes the circuit, failure re-opens it with a
fresh cooldown::

    breakers = CircuitBreaker(BreakerConfig(failure_threshold=5, cooldown_s=30))
    key = "openai:gpt-4o-mini"
    if breakers.allow(key):
        try:
            answer = call(...)
        except ServerError:
            breakers.record_failure(key)
        else:
            breakers.record_success(key)

A probe that never reports back (its caller was cancelled) must not wedge the circuit: call
:meth:`CircuitBreaker.release_probe` when an admitted probe ends with neither a success nor
a failure (:meth:`CircuitBreaker.admit` tells a probe from an ordinary admission). As a
backstop, a probe silent for ``probe_timeout_s`` is forgotten and the next caller probes.

State changes happen lazily, on the calls above, so there are no timers or threads. The
state lives behind :class:`BreakerStore`; :class:`InMemoryBreakerStore` is the default. A
shared backend (Redis, for several app instances) cannot ship a Python function to the
server, so it also implements :class:`ScriptedBreakerStore`: the breaker then names each
transition (``"admit"``, ``"success"``, ``"failure"``, ``"force_open"``, ``"release"``,
``"reset"``) and the store runs its own copy of it (a Lua script), passing ``fn`` along for
a local fallback.
Every method is safe from many threads and from asyncio tasks (nothing here awaits).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Final, TypeVar

from llmgate.routing._breaker_state import (
    WINDOW_BUCKETS,
    Admission,
    BreakerConfig,
    BreakerRecord,
    BreakerSnapshot,
    BreakerStore,
    CircuitState,
    InMemoryBreakerStore,
    OnChange,
    ScriptedBreakerStore,
)

__all__ = [
    "Admission",
    "BreakerConfig",
    "BreakerRecord",
    "BreakerSnapshot",
    "BreakerStore",
    "CircuitBreaker",
    "CircuitState",
    "InMemoryBreakerStore",
    "OnChange",
    "ScriptedBreakerStore",
]

_log = logging.getLogger("llmgate.routing")
_R = TypeVar("_R")

_Change = tuple[CircuitState, CircuitState] | None
_ALLOWED: Final = (Admission.ALLOWED, None)
_DENIED: Final = (Admission.DENIED, None)
_NO_CHANGE: Final = (None, None)


class CircuitBreaker:
    """The circuit breakers of every target, sharing one config and one store.

    ``on_change(key, old, new)`` is called on every state change, outside the store's lock
    (the call flow turns it into events and metrics). ``clock`` is injectable for tests.
    """

    __slots__ = ("_bucket_s", "_clock", "_memory", "_on_change", "_scripted", "_store", "config")

    def __init__(
        self,
        config: BreakerConfig | None = None,
        *,
        store: BreakerStore | None = None,
        clock: Callable[[], float] = time.monotonic,
        on_change: OnChange | None = None,
    ) -> None:
        self.config = config if config is not None else BreakerConfig()
        self._store: BreakerStore = store if store is not None else InMemoryBreakerStore()
        self._clock = clock
        self._on_change = on_change
        self._bucket_s = self.config.window_s / WINDOW_BUCKETS
        self._scripted = self._store if isinstance(self._store, ScriptedBreakerStore) else None
        # The default store exactly (a subclass may change what ``get`` returns).
        self._memory = self._store if type(self._store) is InMemoryBreakerStore else None
        if self._scripted is not None:
            self._scripted.bind(self.config)

    @property
    def store(self) -> BreakerStore:
        """Where the state lives (``llmgate state`` reads it)."""
        return self._store

    def _update(self, key: str, op: str, fn: Callable[[BreakerRecord, float], _R]) -> _R:
        if self._scripted is not None:
            return self._scripted.transition(key, op, fn, self._clock())
        return self._store.update(key, fn, self._clock())

    # -- the calls the flow makes ---------------------------------------------------------

    def allow(self, key: str) -> bool:
        """May a request go to ``key`` now? Reserves the probe when it is the one."""
        admission, change = self._update(key, "admit", self._admit)
        if change is not None:
            self._notify(key, change)
        return admission is not Admission.DENIED

    def admit(self, key: str) -> Admission:
        """Like :meth:`allow`, but says whether the request is the half-open probe."""
        admission, change = self._update(key, "admit", self._admit)
        if change is not None:
            self._notify(key, change)
        return admission

    def record_success(self, key: str) -> None:
        """An admitted request succeeded."""
        self._apply(key, "success", self._success)

    def record_failure(self, key: str) -> None:
        """An admitted request failed with an error that counts against the target."""
        self._apply(key, "failure", self._failure)

    def force_open(self, key: str) -> None:
        """Open ``key`` now with a fresh cooldown (a 401/403: the target is unhealthy)."""
        self._apply(key, "force_open", self._force_open)

    def release_probe(self, key: str) -> None:
        """The probe ended without a result (cancelled): let the next caller probe."""
        self._apply(key, "release", self._release)

    def reset(self, key: str) -> None:
        """Close ``key`` and forget its history (an operator fixed the target)."""
        self._apply(key, "reset", self._reset)

    # -- reading --------------------------------------------------------------------------

    def state(self, key: str) -> CircuitState:
        """The stored state; OPEN turns HALF_OPEN on the first ``allow`` after the cooldown.

        With a shared (scripted) store: the state this process saw at its last transition
        for ``key``, without a round trip (events read it after every attempt).
        """
        if self._scripted is not None:
            known = self._scripted.last_state(key)
            if known is not None:
                return known
        if self._memory is not None:
            stored = self._memory.state(key)
            return CircuitState.CLOSED if stored is None else stored
        record = self._store.get(key)
        return CircuitState.CLOSED if record is None else record.state

    def snapshot(self) -> dict[str, BreakerSnapshot]:
        """Every known target's circuit, sorted by key."""
        now = self._clock()
        views: dict[str, BreakerSnapshot] = {}
        for key in sorted(self._store.keys()):
            record = self._store.get(key)
            if record is not None:
                views[key] = self._view(record, now)
        return views

    def _view(self, record: BreakerRecord, now: float) -> BreakerSnapshot:
        self._advance(record, now)
        is_open = record.state is CircuitState.OPEN
        return BreakerSnapshot(
            state=record.state,
            consecutive_failures=record.consecutive_failures,
            window_calls=sum(record.bucket_calls),
            window_failures=sum(record.bucket_failures),
            retry_in_s=max(0.0, record.open_until - now) if is_open else None,
            probe_in_flight=record.state is CircuitState.HALF_OPEN
            and record.probe_started is not None,
        )

    # -- transitions: pure functions of (record, now), run inside the store's update ------

    def _admit(self, record: BreakerRecord, now: float) -> tuple[Admission, _Change]:
        state = record.state
        if state is CircuitState.CLOSED:
            return _ALLOWED
        if state is CircuitState.OPEN:
            if now < record.open_until:
                return _DENIED
            record.state = CircuitState.HALF_OPEN
            record.probe_started = now
            return Admission.PROBE, (CircuitState.OPEN, CircuitState.HALF_OPEN)
        timeout = self.config.probe_timeout_s
        started = record.probe_started
        if started is None or (timeout is not None and now - started >= timeout):
            record.probe_started = now
            return Admission.PROBE, None
        return _DENIED

    def _success(self, record: BreakerRecord, now: float) -> tuple[None, _Change]:
        if record.state is CircuitState.CLOSED:
            record.consecutive_failures = 0
            if self.config.failure_rate is not None:
                self._count(record, now, failed=False)
            return _NO_CHANGE
        if record.state is CircuitState.HALF_OPEN:
            self._close(record)
            return None, (CircuitState.HALF_OPEN, CircuitState.CLOSED)
        # OPEN: a straggler admitted before the circuit opened; the probe decides, not it.
        return _NO_CHANGE

    def _failure(self, record: BreakerRecord, now: float) -> tuple[None, _Change]:
        if record.state is CircuitState.CLOSED:
            record.consecutive_failures += 1
            if self._should_open(record, now):
                self._open(record, now)
                return None, (CircuitState.CLOSED, CircuitState.OPEN)
            return _NO_CHANGE
        if record.state is CircuitState.HALF_OPEN:
            self._open(record, now)
            return None, (CircuitState.HALF_OPEN, CircuitState.OPEN)
        # OPEN: a straggler must not push the probe further away.
        return _NO_CHANGE

    def _force_open(self, record: BreakerRecord, now: float) -> tuple[None, _Change]:
        old = record.state
        self._open(record, now)
        return None, (None if old is CircuitState.OPEN else (old, CircuitState.OPEN))

    def _release(self, record: BreakerRecord, now: float) -> tuple[None, _Change]:
        if record.state is CircuitState.HALF_OPEN:
            record.probe_started = None
        return _NO_CHANGE

    def _reset(self, record: BreakerRecord, now: float) -> tuple[None, _Change]:
        old = record.state
        self._close(record)
        return None, (None if old is CircuitState.CLOSED else (old, CircuitState.CLOSED))

    def _should_open(self, record: BreakerRecord, now: float) -> bool:
        config = self.config
        if config.failure_threshold is not None and (
            record.consecutive_failures >= config.failure_threshold
        ):
            return True
        if config.failure_rate is None:
            return False
        self._count(record, now, failed=True)
        calls = sum(record.bucket_calls)
        return calls >= config.min_calls and sum(record.bucket_failures) >= (
            config.failure_rate * calls
        )

    def _open(self, record: BreakerRecord, now: float) -> None:
        record.state = CircuitState.OPEN
        record.open_until = now + self.config.cooldown_s
        record.probe_started = None

    @staticmethod
    def _close(record: BreakerRecord) -> None:
        record.state = CircuitState.CLOSED
        record.consecutive_failures = 0
        record.probe_started = None
        record.bucket_calls[:] = [0] * WINDOW_BUCKETS
        record.bucket_failures[:] = [0] * WINDOW_BUCKETS

    def _count(self, record: BreakerRecord, now: float, *, failed: bool) -> None:
        epoch = self._advance(record, now)
        slot = epoch % WINDOW_BUCKETS
        record.bucket_calls[slot] += 1
        if failed:
            record.bucket_failures[slot] += 1

    def _advance(self, record: BreakerRecord, now: float) -> int:
        """Move the window to ``now``, emptying the buckets that fell out of it."""
        epoch = int(now // self._bucket_s)
        gap = epoch - record.bucket_epoch
        if gap > 0:
            stale = range(WINDOW_BUCKETS) if gap >= WINDOW_BUCKETS else range(1, gap + 1)
            for step in stale:
                slot = (record.bucket_epoch + step) % WINDOW_BUCKETS
                record.bucket_calls[slot] = 0
                record.bucket_failures[slot] = 0
            record.bucket_epoch = epoch
        return max(epoch, record.bucket_epoch)

    # -- plumbing -------------------------------------------------------------------------

    def _apply(
        self, key: str, op: str, fn: Callable[[BreakerRecord, float], tuple[None, _Change]]
    ) -> None:
        _, change = self._update(key, op, fn)
        if change is not None:
            self._notify(key, change)

    def _notify(self, key: str, change: tuple[CircuitState, CircuitState]) -> None:
        if self._on_change is None:
            return
        try:
            self._on_change(key, change[0], change[1])
        except Exception:
            # A broken metrics hook must not fail the user's call.
            _log.exception("circuit breaker on_change callback failed for %s", key)
