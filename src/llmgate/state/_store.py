"""The Redis connection every shared-state backend uses, and how its outages are reported.

Two clients of the official ``redis`` package per :class:`RedisStore`: a synchronous one
for the synchronous APIs (``CircuitBreaker.allow``, ``RedisBudgetGuard.reserve``,
``llmgate state``), and a ``redis.asyncio`` one per event loop for the call flow, which
must never block its loop on a round trip. Both run the same :class:`Op` values: the
backends build each operation once, as data (a script, its keys and arguments), and
either client sends it, so the sync and async paths cannot drift apart. A multi-step
operation (reserve, seed the counter from the ledger, reserve again) is a generator of
``Op`` that :meth:`RedisStore.drive` and :meth:`RedisStore.adrive` run.

Outages are never silent: the first failed operation of an outage logs one warning, every
failure counts in :attr:`StoreHealth.errors` (by component), and ``on_event`` hears
``("unavailable", component, detail)`` once per outage and ``("recovered", component, "")``
when an operation succeeds again.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from llmgate.state._wire import Local, Op, Steps, pack

__all__ = ["RedisStore", "StoreHealth", "StoreUnavailable", "import_redis"]

_R = TypeVar("_R")

_log = logging.getLogger("llmgate.state")

HealthCallback = Callable[[str, str, str], None]


class StoreUnavailable(Exception):
    """The shared store could not answer (connection refused, timeout, lost connection).

    ``maybe_ran``: the command may have run with its answer lost (a timeout, a connection
    lost after sending), as opposed to one that surely never reached the server.
    """

    maybe_ran = False


def import_redis() -> Any:
    try:
        import redis
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        raise ImportError(
            "the Redis state backend needs the redis client: pip install 'llmgate[redis]'"
        ) from exc
    return redis


@dataclass(slots=True)
class _Loop:
    """One event loop's async client and the idle connections :meth:`RedisStore._send`
    keeps outside redis-py's pool."""

    redis: Any
    idle: list[Any]


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
        self._timeout = redis.TimeoutError
        self._stale = redis.ConnectionError
        try:  # hiredis packs a command in C; redis-py depends on it only optionally
            from hiredis import pack_command

            self._pack: Callable[[tuple[Any, ...]], bytes] = pack_command
        except ImportError:  # pragma: no cover - without hiredis
            self._pack = pack
        self.timeout_s = timeout_s
        # Keys every script gets: built once, not per call.
        self.index_key = self.key("breakers")
        self.base_keys = [self.key("res"), self.key("res-exp"), self.key("res-reclaimed")]
        # Per event loop: its async client and the idle connections of _send, released
        # by release_loop on that loop (Client.aclose / close do it).
        self._aclients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Loop] = (
            weakref.WeakKeyDictionary()
        )

    def key(self, *parts: str) -> str:
        return ":".join(("{" + self.prefix + "}", *parts))

    # -- running operations ----------------------------------------------------------------
    def _down(self, components: tuple[str, ...]) -> None:
        """Raise at once while backing off after a failure (no round trip)."""
        if self._down_until and time.monotonic() < self._down_until:
            for component in components:
                self.health.failed(component, self._last_error)
            raise StoreUnavailable("the store failed moments ago; backing off")

    def wait_backoff(self) -> None:
        """Sleep out the backoff after a failure (for a last try, e.g. on close)."""
        left = self._down_until - time.monotonic()
        if self._down_until and left > 0:
            time.sleep(left)

    def _failed(self, components: tuple[str, ...], exc: BaseException) -> StoreUnavailable:
        self._down_until = time.monotonic() + self.backoff_s
        self._last_error = exc
        for component in components:
            self.health.failed(component, exc)
        found = StoreUnavailable(str(exc))
        found.maybe_ran = "connecting to" not in str(exc)  # redis-py's connect-phase error
        return found

    def _ok(self, components: tuple[str, ...]) -> None:
        self._down_until = 0.0
        if self.health.down:
            for component in components:
                self.health.ok(component)

    @staticmethod
    def _command(op: Op, body: bool = False) -> tuple[Any, ...]:
        if op.script is None:
            return tuple(op.args)
        head = ("EVAL", op.script.source) if body else ("EVALSHA", op.script.sha)
        return (*head, len(op.keys), *op.keys, *op.args)

    def run(self, op: Op) -> Any:
        """Send ``op`` on the synchronous client; a failure becomes StoreUnavailable.

        After a failure the store is not asked again for ``backoff_s`` (0.2-1 s): every
        operation meanwhile fails at once, so a hung Redis costs a call one timeout per
        backoff period, not one per operation.
        """
        self._down(op.components)
        try:
            try:
                result = self.client.execute_command(*self._command(op))
            except self._noscript:  # a restarted (or flushed) server: send the body once
                result = self.client.execute_command(*self._command(op, body=True))
        except self._errors as exc:
            raise self._failed(op.components, exc) from exc
        self._ok(op.components)
        return result

    async def arun(self, op: Op) -> Any:
        """:meth:`run` on this event loop's ``redis.asyncio`` client."""
        self._down(op.components)
        client = self._loop_client()
        # A read times out by the loop's clock: a loop blocked by other work (a ledger
        # commit) can time out an answer Redis sent in time. Budget scripts are idempotent
        # (the reservation id, the settle's guard), so they get a second chance.
        tries = 2 if "budget" in op.components else 1
        for left in range(tries - 1, -1, -1):
            try:
                try:
                    result = await self._send(client, self._pack(self._command(op)))
                except self._noscript:
                    result = await self._send(client, self._pack(self._command(op, body=True)))
                break
            except self._errors as exc:
                if left and isinstance(exc, self._timeout):
                    continue
                raise self._failed(op.components, exc) from exc
        self._ok(op.components)
        return result

    async def _send(self, client: _Loop, packed: bytes) -> Any:
        """One command on an idle connection of this loop's client, packed by us.

        ``execute_command`` would encode every argument in Python and run redis-py's pool,
        retry and observability wrappers: most of the client's CPU per round trip. So the
        connections (redis-py's own, made by its pool) are kept in a plain list, and a
        command is written straight to the transport (a few hundred bytes never wait for
        the buffer; a write that would is drained within the timeout). A connection that
        fails is dropped; one gone stale (a restarted server) gets one retry, a timeout
        none. The read keeps redis-py's parser and its timeout.
        """
        idle = client.idle
        conn = idle.pop() if idle else client.redis.connection_pool.make_connection()
        try:
            for retry in (True, False):
                try:
                    if not conn.is_connected:
                        await conn.connect()
                    writer = getattr(conn, "_writer", None)
                    if writer is None or writer.transport.get_write_buffer_size():
                        await conn.send_packed_command(packed, check_health=False)
                    else:
                        writer.write(packed)
                    result = await conn.read_response()
                    break
                except self._stale as exc:
                    await conn.disconnect()
                    if not retry or isinstance(exc, self._timeout):
                        raise
        except BaseException:
            await conn.disconnect()
            raise
        idle.append(conn)
        return result

    def drive(self, steps: Steps[_R]) -> _R:
        """Run a generator of operations on the synchronous client; each result is sent
        back into it, each StoreUnavailable thrown into it (where its fallback lives)."""
        result: Any = None
        error: StoreUnavailable | None = None
        while True:
            try:
                op = steps.send(result) if error is None else steps.throw(error)
            except StopIteration as done:
                return done.value  # type: ignore[no-any-return]
            if isinstance(op, Local):
                result, error = op.fn(), None
                continue
            try:
                result, error = self.run(op), None
            except StoreUnavailable as exc:
                result, error = None, exc

    async def adrive(self, steps: Steps[_R]) -> _R:
        """:meth:`drive` on the async client."""
        result: Any = None
        error: StoreUnavailable | None = None
        while True:
            try:
                op = steps.send(result) if error is None else steps.throw(error)
            except StopIteration as done:
                return done.value  # type: ignore[no-any-return]
            if isinstance(op, Local):
                result, error = await asyncio.to_thread(op.fn), None
                continue
            try:
                result, error = await self.arun(op), None
            except StoreUnavailable as exc:
                result, error = None, exc

    def call(self, component: str, fn: Callable[[], Any]) -> Any:
        """Run ``fn`` (sync client calls) with the same outage handling as :meth:`run`."""
        components = (component,)
        self._down(components)
        try:
            result = fn()
        except self._errors as exc:
            raise self._failed(components, exc) from exc
        self._ok(components)
        return result

    # -- the async clients, one per event loop ---------------------------------------------
    def aclient(self) -> Any:
        """This event loop's ``redis.asyncio`` client (a connection belongs to one loop)."""
        return self._loop_client().redis

    def _loop_client(self) -> _Loop:
        loop = asyncio.get_running_loop()
        found = self._aclients.get(loop)
        if found is None:
            import redis.asyncio
            from redis.asyncio.retry import Retry as AsyncRetry
            from redis.backoff import NoBackoff

            client = redis.asyncio.Redis.from_url(
                self.url,
                socket_timeout=self.timeout_s,
                socket_connect_timeout=self.timeout_s,
                retry=AsyncRetry(NoBackoff(), 1, supported_errors=(redis.ConnectionError,)),
                health_check_interval=0,
            )
            found = self._aclients[loop] = _Loop(client, [])
        return found

    async def release_loop(self) -> None:
        """Close this event loop's async client (before the loop ends)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # pragma: no cover - called outside a loop
            return
        found = self._aclients.pop(loop, None)
        if found is not None:
            for conn in found.idle:
                await conn.disconnect()
            await found.redis.aclose()

    def ping(self) -> bool:
        try:
            return bool(self.client.ping())
        except self._errors:
            return False

    def close(self) -> None:
        self.client.close()

    def __repr__(self) -> str:
        return f"RedisStore(prefix={self.prefix!r})"
