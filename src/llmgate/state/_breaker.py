"""Circuit breakers shared by every process through Redis: one Lua script per transition.

:class:`~llmgate.routing.CircuitBreaker` keeps its behaviour; with this store each
``allow``/``record_*`` runs the transition of ``routing/breaker.py`` as a Lua script on
the target's hash (``{llmgate}:breaker:provider:model``), so the check and the change are
one atomic step across processes: one process's failures open the circuit for all, and
when the cooldown ends exactly one caller, in whichever process, gets the half-open probe.
Times are the Redis server's (``TIME``), so processes on different machines agree. The
transitions are the breaker part of the two scripts in ``_lua.py``: the call flow folds
the admission into its phase-one script and the result into its phase-two one
(``_admission.py``), and the sync API runs the same scripts with the breaker part alone.

A success on a circuit that was closed with no failures when the call was admitted
changes nothing, so it costs no round trip (with ``failure_rate`` off): the common call
pays one round trip, its admission. ``sync_s`` (``[state] breaker_sync_s``, default 0)
trades a little freshness for that one too: for ``sync_s`` seconds after Redis last said
"closed, no failures", this process admits without asking, so another process's failures
reach it at most ``sync_s`` later. Open and half-open circuits are always asked (the
single probe stays single). When Redis cannot be reached, the same transitions
run on a process-local store (with a warning and an event) until it answers again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, Final, TypeVar, cast

from llmgate.routing._breaker_state import (
    WINDOW_BUCKETS,
    Admission,
    BreakerConfig,
    BreakerRecord,
    CircuitState,
    InMemoryBreakerStore,
)
from llmgate.state._lua import READ_SCRIPT
from llmgate.state._ops import Admitted, Finished, Head, admit_op, finish_op
from llmgate.state._store import RedisStore, StoreUnavailable
from llmgate.state._wire import Op

__all__ = ["RedisBreakerStore"]

_R = TypeVar("_R")

_ADMISSIONS: Final = {1: Admission.ALLOWED, 2: Admission.PROBE, 3: Admission.DENIED}


Change = tuple[CircuitState, CircuitState] | None


def _change(change: tuple[str, str] | None) -> Change:
    if change is None or not change[0] or not change[1]:
        return None
    return CircuitState(change[0]), CircuitState(change[1])


class RedisBreakerStore:
    """A :class:`~llmgate.routing.BreakerStore` in Redis, for breakers shared by processes::

    store = RedisBreakerStore(RedisStore("redis://127.0.0.1:6379/0"))
    breakers = CircuitBreaker(BreakerConfig(failure_threshold=5), store=store)
    """

    def __init__(self, store: RedisStore, *, sync_s: float = 0.0) -> None:
        self.store = store
        self.sync_s = sync_s
        self.local = InMemoryBreakerStore()
        self._settings: list[Any] = [0, 0, 6000, 10, 30000, 60000]
        self._rate = False
        self._quiet: set[str] = set()
        self._states: dict[str, CircuitState] = {}
        self._seen: dict[str, float] = {}  # when a quiet admission was last confirmed
        self._keys: dict[str, list[str]] = {}  # per target: its hash key and the index

    def bind(self, config: BreakerConfig) -> None:
        """Take the breaker's settings (the script receives them with every call)."""
        self._rate = config.failure_rate is not None
        self._settings = [
            config.failure_threshold or 0,
            config.failure_rate or 0,
            max(1, int(config.window_s * 1000 / WINDOW_BUCKETS)),
            config.min_calls,
            int(config.cooldown_s * 1000),
            int((config.probe_timeout_s or 0) * 1000),
        ]

    def _key(self, key: str) -> str:
        return self.store.key("breaker", key)

    # -- the parts the call flow folds into its two scripts --------------------------------
    def head(self, key: str, ops: str) -> Head:
        """The breaker part of a script: ``ops`` (comma-separated) on ``key``'s hash."""
        keys = self._keys.get(key)
        if keys is None:
            keys = self._keys[key] = [self._key(key), self.store.index_key]
        return keys, [ops, *self._settings]

    def needs_admit(self, key: str) -> bool:
        """Whether an admission must ask Redis (not within ``sync_s`` of a quiet one)."""
        return not (
            self.sync_s
            and key in self._quiet
            and time.monotonic() - self._seen.get(key, -1e9) < self.sync_s
        )

    def needs(self, key: str, op: str) -> bool:
        """Whether ``op`` must reach Redis: a success on a quiet circuit changes nothing."""
        return not (op == "success" and key in self._quiet)

    def admitted(self, key: str, found: Admitted) -> tuple[Admission | None, Change]:
        """Take in an admission's answer: the state seen, whether the circuit is quiet."""
        if found.state:
            self._states[key] = CircuitState(found.state)
        if found.code == 1 and found.failures == 0 and not self._rate:
            self._quiet.add(key)
            self._seen[key] = time.monotonic()
        else:
            self._quiet.discard(key)
        return _ADMISSIONS.get(found.code), _change(found.change)

    def finished(self, key: str, ops: str, found: Finished) -> list[Change]:
        """Take in the answer of ``ops``; the state changes they made, in order."""
        if found.state:
            self._states[key] = CircuitState(found.state)
        if ops.strip(",") not in ("", "success"):
            self._quiet.discard(key)
        return [_change(change) for change in found.changes]

    # -- the BreakerStore / ScriptedBreakerStore protocols (synchronous) --------------------
    def transition(
        self, key: str, op: str, fn: Callable[[BreakerRecord, float], _R], now: float
    ) -> _R:
        """Run transition ``op`` in Redis; ``fn`` on the local store while Redis is down."""
        if op == "admit" and not self.needs_admit(key):
            return cast(_R, (Admission.ALLOWED, None))
        if op != "admit" and not self.needs(key, op):
            return cast(_R, (None, None))
        head = self.head(key, op)
        try:
            if op == "admit":
                row = self.store.run(admit_op(self.store, head))
                return cast(_R, self.admitted(key, Admitted.parse(row)))
            found = Finished.parse(self.store.run(finish_op(self.store, head)))
        except StoreUnavailable:
            return self.local.update(key, fn, now)
        changes = self.finished(key, op, found)
        return cast(_R, (None, changes[-1] if changes else None))

    def last_state(self, key: str) -> CircuitState | None:
        """The state this process last saw for ``key`` (no round trip); ``None``: never."""
        return self._states.get(key)

    def update(self, key: str, fn: Callable[[BreakerRecord, float], _R], now: float) -> _R:
        """The protocol's generic update: runs on the local fallback store only."""
        return self.local.update(key, fn, now)

    def get(self, key: str) -> BreakerRecord | None:
        """The key's record, its times moved onto this process's ``time.monotonic`` clock."""
        try:
            sec, usec, flat = self.store.run(Op(READ_SCRIPT, [self._key(key)], [], ("breaker",)))
        except StoreUnavailable:
            return self.local.get(key)
        if not flat:
            return None
        fields = {
            (k.decode() if isinstance(k, bytes) else k): (v.decode() if isinstance(v, bytes) else v)
            for k, v in zip(flat[::2], flat[1::2], strict=True)
        }
        server_now = int(sec) * 1000 + int(usec) // 1000
        local_now = time.monotonic()

        def moved(ms: str | None) -> float:
            return local_now + (int(ms) - server_now) / 1000 if ms else 0.0

        probe = fields.get("ps") or None
        bucket_ms = int(self._settings[2])
        behind = server_now // bucket_ms - int(fields.get("be", 0))
        return BreakerRecord(
            state=CircuitState(fields.get("s", "closed")),
            consecutive_failures=int(fields.get("f", 0)),
            open_until=moved(fields.get("ou")),
            probe_started=moved(probe) if probe else None,
            bucket_epoch=int(local_now * 1000 // bucket_ms) - behind,
            bucket_calls=[int(fields.get(f"c{i}", 0)) for i in range(WINDOW_BUCKETS)],
            bucket_failures=[int(fields.get(f"f{i}", 0)) for i in range(WINDOW_BUCKETS)],
        )

    def keys(self) -> list[str]:
        index = self.store.index_key
        try:
            found = self.store.call("breaker", lambda: self.store.client.smembers(index))
        except StoreUnavailable:
            return self.local.keys()
        cut = len(self._key(""))
        return sorted((k.decode() if isinstance(k, bytes) else k)[cut:] for k in found)
