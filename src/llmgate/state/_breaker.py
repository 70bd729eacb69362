"""Circuit breakers shared by every process through Redis: one Lua script per transition.

:class:`~llmgate.routing.CircuitBreaker` keeps its behaviour; with this store each
``allow``/``record_*`` runs the transition of ``routing/breaker.py`` as a Lua script on
the target's hash (``{llmgate}:breaker:provider:model``), so the check and the change are
one atomic step across processes: one process's failures open the circuit for all, and
when the cooldown ends exactly one caller, in whichever process, gets the half-open probe.
Times are the Redis server's (``TIME``), so processes on different machines agree.

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

from llmgate.routing.breaker import (
    WINDOW_BUCKETS,
    Admission,
    BreakerConfig,
    BreakerRecord,
    CircuitState,
    InMemoryBreakerStore,
)
from llmgate.state._store import RedisStore, StoreUnavailable

__all__ = ["RedisBreakerStore"]

_R = TypeVar("_R")

TRANSITION = """
local k = KEYS[1]
local op = ARGV[1]
local threshold = tonumber(ARGV[2])
local rate = tonumber(ARGV[3])
local bucket_ms = tonumber(ARGV[4])
local min_calls = tonumber(ARGV[5])
local cooldown = tonumber(ARGV[6])
local probe_to = tonumber(ARGV[7])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local h = redis.call('HMGET', k, 's', 'f', 'ou', 'ps')
local s = h[1] or 'closed'
local f = tonumber(h[2] or '0')
local ou = tonumber(h[3] or '0')
local ps = nil
if h[4] and h[4] ~= '' then ps = tonumber(h[4]) end
local function r(code, old, new, fails)
  if new ~= '' then s = new end
  return {code, old, new, fails, s}
end
local function clear()
  for i = 0, 9 do redis.call('HDEL', k, 'c' .. i, 'f' .. i) end
end
local function open_it()
  redis.call('HSET', k, 's', 'open', 'ou', now + cooldown, 'ps', '')
  redis.call('SADD', KEYS[2], k)
end
local function close_it()
  redis.call('HSET', k, 's', 'closed', 'f', 0, 'ps', '')
  clear()
end
local function count(failed)
  local epoch = math.floor(now / bucket_ms)
  local be = tonumber(redis.call('HGET', k, 'be') or '0')
  local gap = epoch - be
  if gap > 0 then
    if gap >= 10 then clear() else
      for step = 1, gap do
        local slot = (be + step) % 10
        redis.call('HDEL', k, 'c' .. slot, 'f' .. slot)
      end
    end
    redis.call('HSET', k, 'be', epoch)
    be = epoch
  end
  local slot = math.max(epoch, be) % 10
  redis.call('HINCRBY', k, 'c' .. slot, 1)
  if failed then redis.call('HINCRBY', k, 'f' .. slot, 1) end
end
local function rate_reached()
  local calls, fails = 0, 0
  for i = 0, 9 do
    calls = calls + tonumber(redis.call('HGET', k, 'c' .. i) or '0')
    fails = fails + tonumber(redis.call('HGET', k, 'f' .. i) or '0')
  end
  return calls >= min_calls and fails >= rate * calls
end
if op == 'admit' then
  if s == 'closed' then return r(1, '', '', f) end
  if s == 'open' then
    if now < ou then return r(3, '', '', f) end
    redis.call('HSET', k, 's', 'half_open', 'ps', now)
    return r(2, 'open', 'half_open', f)
  end
  if ps == nil or (probe_to > 0 and now - ps >= probe_to) then
    redis.call('HSET', k, 'ps', now)
    return r(2, '', '', f)
  end
  return r(3, '', '', f)
elseif op == 'success' then
  if s == 'closed' then
    if f ~= 0 then redis.call('HSET', k, 'f', 0) end
    if rate > 0 then count(false) end
    return r(0, '', '', 0)
  end
  if s == 'half_open' then close_it() return r(0, 'half_open', 'closed', 0) end
  return r(0, '', '', f)
elseif op == 'failure' then
  if s == 'closed' then
    f = f + 1
    redis.call('HSET', k, 'f', f)
    redis.call('SADD', KEYS[2], k)
    local should = threshold > 0 and f >= threshold
    if not should and rate > 0 then
      count(true)
      should = rate_reached()
    end
    if should then open_it() return r(0, 'closed', 'open', f) end
    return r(0, '', '', f)
  end
  if s == 'half_open' then open_it() return r(0, 'half_open', 'open', f) end
  return r(0, '', '', f)
elseif op == 'force_open' then
  open_it()
  if s == 'open' then return r(0, '', '', f) end
  return r(0, s, 'open', f)
elseif op == 'release' then
  if s == 'half_open' then redis.call('HSET', k, 'ps', '') end
  return r(0, '', '', f)
elseif op == 'reset' then
  close_it()
  if s == 'closed' then return r(0, '', '', 0) end
  return r(0, s, 'closed', 0)
end
return redis.error_reply('unknown breaker op ' .. op)
"""

READ = """
local t = redis.call('TIME')
return {t[1], t[2], redis.call('HGETALL', KEYS[1])}
"""

_ADMISSIONS: Final = {1: Admission.ALLOWED, 2: Admission.PROBE, 3: Admission.DENIED}


def _state(name: bytes | str) -> CircuitState | None:
    text = name.decode() if isinstance(name, bytes) else name
    return CircuitState(text) if text else None


class RedisBreakerStore:
    """A :class:`~llmgate.routing.BreakerStore` in Redis, for breakers shared by processes::

    store = RedisBreakerStore(RedisStore("redis://127.0.0.1:6379/0"))
    breakers = CircuitBreaker(BreakerConfig(failure_threshold=5), store=store)
    """

    def __init__(self, store: RedisStore, *, sync_s: float = 0.0) -> None:
        self.store = store
        self.sync_s = sync_s
        self.local = InMemoryBreakerStore()
        self._transition = store.script(TRANSITION)
        self._read = store.script(READ)
        self._index = store.key("breakers")
        self._args: list[Any] = ["", 0, 0, 6000, 10, 30000, 60000]
        self._rate = False
        self._quiet: set[str] = set()
        self._states: dict[str, CircuitState] = {}
        self._seen: dict[str, float] = {}  # when a quiet admission was last confirmed

    def bind(self, config: BreakerConfig) -> None:
        """Take the breaker's settings (the script receives them with every call)."""
        self._rate = config.failure_rate is not None
        self._args = [
            "",
            config.failure_threshold or 0,
            config.failure_rate or 0,
            max(1, int(config.window_s * 1000 / WINDOW_BUCKETS)),
            config.min_calls,
            int(config.cooldown_s * 1000),
            int((config.probe_timeout_s or 0) * 1000),
        ]

    def _key(self, key: str) -> str:
        return self.store.key("breaker", key)

    def transition(
        self, key: str, op: str, fn: Callable[[BreakerRecord, float], _R], now: float
    ) -> _R:
        """Run transition ``op`` in Redis; ``fn`` on the local store while Redis is down."""
        if op == "success" and key in self._quiet:
            return cast(_R, (None, None))
        if (
            op == "admit"
            and self.sync_s
            and key in self._quiet
            and time.monotonic() - self._seen.get(key, -1e9) < self.sync_s
        ):
            return cast(_R, (Admission.ALLOWED, None))
        args = list(self._args)
        args[0] = op
        try:
            result = self.store.call(
                "breaker", lambda: self._transition([self._key(key), self._index], args)
            )
        except StoreUnavailable:
            return self.local.update(key, fn, now)
        code, old, new, failures, now_state = result
        self._states[key] = CircuitState(
            now_state.decode() if isinstance(now_state, bytes) else now_state
        )
        if op == "admit":
            if code == 1 and int(failures) == 0 and not self._rate:
                self._quiet.add(key)
                self._seen[key] = time.monotonic()
            else:
                self._quiet.discard(key)
        elif op != "success":
            self._quiet.discard(key)
        old_state, new_state = _state(old), _state(new)
        change = None if old_state is None or new_state is None else (old_state, new_state)
        return cast(_R, (_ADMISSIONS.get(int(code)), change))

    def last_state(self, key: str) -> CircuitState | None:
        """The state this process last saw for ``key`` (no round trip); ``None``: never."""
        return self._states.get(key)

    def update(self, key: str, fn: Callable[[BreakerRecord, float], _R], now: float) -> _R:
        """The protocol's generic update: runs on the local fallback store only."""
        return self.local.update(key, fn, now)

    def get(self, key: str) -> BreakerRecord | None:
        """The key's record, its times moved onto this process's ``time.monotonic`` clock."""
        try:
            sec, usec, flat = self.store.call("breaker", lambda: self._read([self._key(key)], []))
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
        bucket_ms = int(self._args[3])
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
        try:
            found = self.store.call("breaker", lambda: self.store.client.smembers(self._index))
        except StoreUnavailable:
            return self.local.keys()
        cut = len(self._key(""))
        return sorted((k.decode() if isinstance(k, bytes) else k)[cut:] for k in found)
