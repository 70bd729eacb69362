"""Rate limits of our own: requests and tokens per window, per target and per tag value.

Two kinds of limit, both over a *sliding* window of ``window_s`` seconds:

- requests: an exact sliding log (a sorted set of admission times). A request is admitted
  only if fewer than ``limit`` were admitted in the last ``window_s`` seconds, so no
  window of that length, wherever it starts, ever holds more than ``limit`` requests.
- tokens: ten buckets per window. An admission counts the call's worst case (prompt
  estimate + ``max_tokens``) in the current bucket and is refused if the buckets that
  overlap the window would exceed the limit; the bucket is corrected to the real usage
  when the attempt ends. A bucket counts until all of it has left the window, so the sum
  errs high: the limit is never exceeded, at the price of up to a tenth of a window of
  extra waiting.

Chosen over GCRA because GCRA's burst tolerance lets a window that starts mid-burst see
up to about twice the limit; a vendor's "500 requests per minute" means at most 500 in any
minute. Every check of one call (its target's limits and its tags') is one atomic step,
one round trip in Redis (:class:`RedisRateLimiter`), a lock in one process
(:class:`LocalRateLimiter`); a refused check records nothing.
"""

from __future__ import annotations

import contextlib
import itertools
import math
import os
import threading
import time
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Literal, Protocol

from llmgate.state._lua import USAGE_SCRIPT
from llmgate.state._ops import Admitted, admit_op, finish_op
from llmgate.state._store import RedisStore, StoreUnavailable
from llmgate.state._wire import Op

__all__ = [
    "LocalRateLimiter",
    "Permit",
    "RateLimit",
    "RateLimiter",
    "RateRules",
    "RedisRateLimiter",
    "rate_answer",
    "rate_args",
    "rate_key",
]

BUCKETS = 10


@dataclass(frozen=True, slots=True)
class RateLimit:
    """One limit: at most ``limit`` requests (or tokens) in any ``window_s`` seconds."""

    name: str
    kind: Literal["requests", "tokens"]
    limit: int
    window_s: float = 60.0


@dataclass(frozen=True)
class RateRules:
    """Which limits apply to a call: its target's (``rpm``/``tpm`` on the provider, per
    model) and those of its tag values (``[limits.NAME]``, each value on its own)."""

    providers: Mapping[str, tuple[int | None, int | None]] = field(default_factory=dict)
    tags: Mapping[str, tuple[int | None, int | None, float]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.providers) or bool(self.tags)

    def applicable(self, target: str, provider: str, tags: Mapping[str, str]) -> list[RateLimit]:
        found: list[RateLimit] = []
        rpm, tpm = self.providers.get(provider, (None, None))
        if rpm:
            found.append(RateLimit(f"{target} rpm", "requests", rpm))
        if tpm:
            found.append(RateLimit(f"{target} tpm", "tokens", tpm))
        for tag, (trpm, ttpm, window) in self.tags.items():
            value = tags.get(tag)
            if value is None:
                continue
            scale = Fraction(str(window)) / 60  # exact: 600 rpm over 2 s is 20, not 19.99
            if trpm:
                found.append(RateLimit(f"{tag}={value} rpm", "requests", _per(trpm, scale), window))
            if ttpm:
                found.append(RateLimit(f"{tag}={value} tpm", "tokens", _per(ttpm, scale), window))
        return found


def _per(per_minute: int, scale: Fraction) -> int:
    return max(1, math.floor(per_minute * scale))


@dataclass(slots=True)
class Permit:
    """An admission: what to correct when the attempt's real token count is known."""

    limits: tuple[RateLimit, ...]
    tokens: int
    bucket: int
    shared: bool = True


class RateLimiter(Protocol):
    """``acquire`` admits (a :class:`Permit`) or says how long to wait (seconds)."""

    def acquire(self, limits: Sequence[RateLimit], tokens: int) -> Permit | tuple[float, str]: ...

    def settle(self, permit: Permit, tokens: int) -> None: ...

    def usage(self, limits: Sequence[RateLimit]) -> list[int]: ...


class LocalRateLimiter:
    """The limits of one process (backend ``memory``, or a Redis outage with ``local``)."""

    def __init__(self) -> None:
        self._requests: dict[str, deque[float]] = {}
        self._tokens: dict[str, dict[int, int]] = {}
        self._lock = threading.Lock()

    def _bucket_ms(self, limit: RateLimit) -> int:
        return max(1, int(limit.window_s * 1000 / BUCKETS))

    def acquire(self, limits: Sequence[RateLimit], tokens: int) -> Permit | tuple[float, str]:
        now = time.time() * 1000
        with self._lock:
            for limit in limits:
                wait = self._check(limit, tokens, now)
                if wait is not None:
                    return wait / 1000, limit.name
            bucket = 0
            for limit in limits:
                if limit.kind == "requests":
                    self._requests.setdefault(limit.name, deque()).append(now)
                else:
                    bucket = int(now // self._bucket_ms(limit))
                    counts = self._tokens.setdefault(limit.name, {})
                    counts[bucket] = counts.get(bucket, 0) + tokens
        return Permit(tuple(limits), tokens, bucket, shared=False)

    def _check(self, limit: RateLimit, tokens: int, now: float) -> float | None:
        window = limit.window_s * 1000
        if limit.kind == "requests":
            log = self._requests.setdefault(limit.name, deque())
            while log and log[0] <= now - window:
                log.popleft()
            return None if len(log) < limit.limit else log[0] + window - now
        size = self._bucket_ms(limit)
        current = int(now // size)
        counts = self._tokens.setdefault(limit.name, {})
        for old in [b for b in counts if b < current - BUCKETS]:
            del counts[old]
        if sum(counts.values()) + tokens <= limit.limit or not counts:
            return None
        return (min(counts) + BUCKETS + 1) * size - now

    def settle(self, permit: Permit, tokens: int) -> None:
        delta = tokens - permit.tokens
        if not delta:
            return
        with self._lock:
            for limit in permit.limits:
                counts = self._tokens.get(limit.name)
                if limit.kind == "tokens" and counts and permit.bucket in counts:
                    counts[permit.bucket] = max(0, counts[permit.bucket] + delta)

    def usage(self, limits: Sequence[RateLimit]) -> list[int]:
        now = time.time() * 1000
        found = []
        with self._lock:
            for limit in limits:
                if limit.kind == "requests":
                    log = self._requests.get(limit.name, deque())
                    found.append(sum(1 for t in log if t > now - limit.window_s * 1000))
                else:
                    current = int(now // self._bucket_ms(limit))
                    counts = self._tokens.get(limit.name, {})
                    found.append(sum(v for b, v in counts.items() if b >= current - BUCKETS))
        return found


def rate_key(store: RedisStore, name: str) -> str:
    return store.key("rate", name)


def rate_args(limits: Sequence[RateLimit]) -> list[Any]:
    """The ``(kind, limit, window ms)`` script arguments of ``limits``."""
    args: list[Any] = []
    for limit in limits:
        args += ["r" if limit.kind == "requests" else "t", limit.limit, limit.window_s * 1000]
    return args


def rate_answer(
    found: Admitted, limits: Sequence[RateLimit], tokens: int
) -> Permit | tuple[float, str] | None:
    """What phase one said about ``limits``: a Permit, ``(wait s, limit name)``, or
    ``None`` (no limit, or the store could not be asked)."""
    if not limits or found.down is not None:
        return None
    if found.status == -3:
        return max(0.0, float(found.x) / 1000), limits[int(found.y) - 1].name
    return Permit(tuple(limits), tokens, int(found.x))


class RedisRateLimiter:
    """Rate limits shared by every process through Redis (one script per admission).

    ``on_error`` when Redis cannot be reached: ``"local"`` (default) counts in this
    process meanwhile (each process then admits up to the whole limit: said by a warning
    and an event), ``"fail-open"`` admits everything, ``"fail-closed"`` admits nothing.
    """

    def __init__(
        self,
        store: RedisStore,
        *,
        on_error: Literal["local", "fail-open", "fail-closed"] = "local",
    ) -> None:
        self.store = store
        self.on_error = on_error
        self.local = LocalRateLimiter()
        self._nonce = f"{os.getpid()}-{os.urandom(4).hex()}"
        self._serial = itertools.count()
        self._keys: dict[str, str] = {}

    def nonce(self) -> str:
        """A member name no other admission uses (unique across processes)."""
        return f"{self._nonce}-{next(self._serial)}"

    def keys(self, limits: Sequence[RateLimit]) -> list[str]:
        found = []
        for limit in limits:
            key = self._keys.get(limit.name)
            if key is None:
                if len(self._keys) > 4096:
                    self._keys.clear()
                key = self._keys[limit.name] = rate_key(self.store, limit.name)
            found.append(key)
        return found

    def op(self, limits: Sequence[RateLimit], tokens: int) -> Op:
        return admit_op(
            self.store, None, None, self.keys(limits), rate_args(limits), tokens, self.nonce()
        )

    def answer(
        self, found: Admitted, limits: Sequence[RateLimit], tokens: int
    ) -> Permit | tuple[float, str]:
        """Phase one's answer for ``limits``; the fallback of ``on_error`` when it had none."""
        answer = rate_answer(found, limits, tokens) if limits else None
        if answer is not None:
            return answer
        if self.on_error == "fail-open":
            return Permit(tuple(limits), tokens, 0, shared=False)
        if self.on_error == "fail-closed":
            return 1.0, "the shared rate-limit store is unreachable"
        return self.local.acquire(limits, tokens)

    def acquire(self, limits: Sequence[RateLimit], tokens: int) -> Permit | tuple[float, str]:
        try:
            found = Admitted.parse(self.store.run(self.op(limits, tokens)))
        except StoreUnavailable as exc:
            found = Admitted(down=exc)
        return self.answer(found, limits, tokens)

    async def aacquire(
        self, limits: Sequence[RateLimit], tokens: int
    ) -> Permit | tuple[float, str]:
        """:meth:`acquire` on the event loop's async client."""
        try:
            found = Admitted.parse(await self.store.arun(self.op(limits, tokens)))
        except StoreUnavailable as exc:
            found = Admitted(down=exc)
        return self.answer(found, limits, tokens)

    def correction(self, permit: Permit, tokens: int) -> tuple[list[str], int, int] | None:
        """The token buckets to correct to the real use: ``(keys, bucket, delta)``."""
        if not permit.shared:
            self.local.settle(permit, tokens)
            return None
        keys = [k for k, lim in zip(self.keys(permit.limits), permit.limits, strict=True)
                if lim.kind == "tokens"]  # fmt: skip
        delta = tokens - permit.tokens
        if not keys or not delta:
            return None
        return keys, permit.bucket, delta

    def settle(self, permit: Permit, tokens: int) -> None:
        found = self.correction(permit, tokens)
        if found is None:
            return
        keys, bucket, delta = found
        # If the store is down the bucket keeps the worst case: errs on the side of the limit.
        with contextlib.suppress(StoreUnavailable):
            self.store.run(finish_op(self.store, None, None, keys, bucket, delta))

    def usage(self, limits: Sequence[RateLimit]) -> list[int]:
        args: list[Any] = []
        for limit in limits:
            args += ["r" if limit.kind == "requests" else "t", limit.window_s * 1000]
        result = self.store.run(Op(USAGE_SCRIPT, self.keys(limits), args, ("limits",)))
        return [int(v) for v in result]
