"""The Redis connection every shared-state backend uses, and how its outages are reported.

One synchronous client per :class:`RedisStore` (redis-py keeps a pool per client, so many
threads share it). Synchronous on purpose: the breaker and budget seams of the call flow
are synchronous today, and one loopback round trip costs tens of microseconds, less than a
thread hop to an async client would (see docs/shared-state.md for the figures).

Outages are never silent: the first failed operation of an outage logs one warning, every
failure counts in :attr:`StoreHealth.errors` (by component), and ``on_event`` hears
``("unavailable", component, detail)`` once per outage and ``("recovered", component, "")``
when an operation succeeds again.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

__all__ = ["RedisStore", "StoreHealth", "StoreUnavailable", "import_redis"]

_log = logging.getLogger("llmgate.state")

HealthCallback = Callable[[str, str, str], None]


class StoreUnavailable(Exception):
    """The shared store could not answer (connection refused, timeout, lost connection)."""


def import_redis() -> Any:
    try:
        import redis
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        raise ImportError(
            "the Redis state backend needs the redis client: pip install 'llmgate[redis]'"
        ) from exc
    return redis


class StoreHealth:
    """Outage bookkeeping shared by the breaker store, the budget guard and the limiter."""

    def __init__(self, on_event: HealthCallback | None = None) -> None:
        self.on_event = on_event
        self.errors: dict[str, int] = {}
        self._down: set[str] = set()
        self._lock = threading.Lock()

    @property
    def down(self) -> bool:
        return bool(self._down)

    def failed(self, component: str, exc: BaseException) -> None:
        detail = f"{type(exc).__name__}: {exc}"
        with self._lock:
            self.errors[component] = self.errors.get(component, 0) + 1
            first = component not in self._down
            self._down.add(component)
        if first:
            _log.warning("shared state store unreachable for %s: %s", component, detail)
            self._emit("unavailable", component, detail)

    def ok(self, component: str) -> None:
        if component not in self._down:  # the common case: no lock, no work
            return
        with self._lock:
            if component not in self._down:
                return
            self._down.discard(component)
        _log.warning("shared state store reachable again for %s", component)
        self._emit("recovered", component, "")

    def _emit(self, kind: str, component: str, detail: str) -> None:
        if self.on_event is None:
            return
        try:
            self.on_event(kind, component, detail)
        except Exception:
            _log.exception("state health callback failed")


class RedisStore:
    """A Redis client, a key prefix and the scripts loaded on it.

    Keys are ``{PREFIX}:...``: the braces are a Redis Cluster hash tag, so every key of one
    prefix lives in one slot and a script may touch several of them atomically.
    ``timeout_s`` bounds every command (a dead server must not stall calls); a command that
    fails is retried once, because a pooled connection may be stale after a server
    restart (never a timeout); the budget scripts are written so that running one twice
    changes nothing more.
    """

    def __init__(
        self,
        url: str,
        *,
        prefix: str = "llmgate",
        timeout_s: float = 0.5,
        health: StoreHealth | None = None,
        client: Any = None,
    ) -> None:
        redis = import_redis()
        from redis.backoff import NoBackoff
        from redis.retry import Retry

        if "{" in prefix or "}" in prefix:
            raise ValueError("the key prefix cannot contain braces")
        self.url = url
        self.prefix = prefix
        self.health = health if health is not None else StoreHealth()
        self.client = client or redis.Redis.from_url(
            url,
            socket_timeout=timeout_s,
            socket_connect_timeout=timeout_s,
            # One retry, for a pooled connection gone stale (a restarted server); never
            # for a timeout, which would double the stall of a hung server.
            retry=Retry(NoBackoff(), 1, supported_errors=(redis.ConnectionError,)),
            health_check_interval=0,
        )
        self.backoff_s = max(0.2, min(1.0, timeout_s))
        self._down_until = 0.0
        self._last_error: BaseException = StoreUnavailable("unreachable")
        self._errors: tuple[type[BaseException], ...] = (
            redis.ConnectionError,
            redis.TimeoutError,
            OSError,
        )
        self._noscript = redis.exceptions.NoScriptError

    def key(self, *parts: str) -> str:
        return ":".join(("{" + self.prefix + "}", *parts))

    def script(self, source: str) -> Callable[..., Any]:
        """A callable running ``source`` by its SHA (EVALSHA; EVAL after a server restart).

        Straight ``execute_command`` rather than redis-py's ``Script`` object: the same
        one round trip for about two thirds of the client CPU time.
        """
        sha = hashlib.sha1(source.encode()).hexdigest()
        execute = self.client.execute_command
        noscript = self._noscript

        def run(keys: list[str], args: list[Any]) -> Any:
            try:
                return execute("EVALSHA", sha, len(keys), *keys, *args)
            except noscript:  # a restarted (or flushed) server: send the body once
                return execute("EVAL", source, len(keys), *keys, *args)

        return run

    def call(self, component: str, fn: Callable[[], Any]) -> Any:
        """Run one store operation; a connection failure becomes :class:`StoreUnavailable`.

        After a failure the store is not asked again for ``backoff_s`` (0.2-1 s): every
        operation meanwhile fails at once, so a hung Redis costs a call one timeout per
        backoff period, not one per operation.
        """
        if self._down_until and time.monotonic() < self._down_until:
            self.health.failed(component, self._last_error)
            raise StoreUnavailable("the store failed moments ago; backing off")
        try:
            result = fn()
        except self._errors as exc:
            self._down_until = time.monotonic() + self.backoff_s
            self._last_error = exc
            self.health.failed(component, exc)
            raise StoreUnavailable(str(exc)) from exc
        self._down_until = 0.0
        self.health.ok(component)
        return result

    def ping(self) -> bool:
        try:
            return bool(self.client.ping())
        except self._errors:
            return False

    def close(self) -> None:
        self.client.close()

    def __repr__(self) -> str:
        return f"RedisStore(prefix={self.prefix!r})"
