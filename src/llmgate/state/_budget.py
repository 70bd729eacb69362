"""Budgets shared by every process through Redis: one Lua script per reserve and per settle.

Money is an integer count of 1e-10 USD (the ledger's ``cost_units``), never a float, so
the store's totals equal the ledger's sums exactly. Per budget and window there is a
``spent`` counter (``{llmgate}:spent:NAME:WINDOW``) and per budget a ``reserved`` counter;
open reservations live in one hash with their expiry in a sorted set, read against the
Redis server's clock (``TIME``), so every process agrees when a reservation of a process
killed mid-call has expired. Each reserve first reclaims expired reservations, then
checks ``spent + reserved + amount <= limit`` for every applicable budget and records the
reservation, atomically. Settle drops the reservation and adds the actual cost once: a
settle replayed after a lost connection (or after its reservation was reclaimed) counts
only if the reservation was still open or reclaimed but not yet settled.

A ``spent`` counter that does not exist yet (first use of a window, or a Redis that lost
its data) is seeded from the ledger with ``SET NX``, so a restart of Redis resumes from
what the ledger recorded rather than from zero, and no two processes seed it twice.
"""

from __future__ import annotations

import itertools
import logging
import os
import threading
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Literal

from llmgate.costs._records import cost_units, units_to_cost
from llmgate.costs.budget import Budget, Budgets, BudgetStatus, Reservation, refuse
from llmgate.costs.ledger import Ledger
from llmgate.errors import BudgetUnavailableError, ConfigError
from llmgate.state._store import RedisStore, StoreUnavailable
from llmgate.state.limits import RATE_LUA, Permit, RateLimit, rate_args, rate_key

__all__ = ["MAX_UNITS", "RedisBudgetGuard"]

_log = logging.getLogger("llmgate.state")

# Lua numbers are doubles: integers stay exact up to 2**53 units, i.e. about $900,719.
MAX_UNITS = 2**53
_PENDING_MAX = 100_000
_WINDOW_TTL_S = {"daily": 3 * 86400, "monthly": 40 * 86400, "total": 0}

RESERVE = (
    RATE_LUA
    + """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ttl = tonumber(ARGV[3])
local nb = tonumber(ARGV[4])
local kr, ar = 3 + 2 * nb, 6 + nb
local nr = #KEYS - kr
local tokens = tonumber(ARGV[5 + nb])
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return {0, 0} end
local dead = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'LIMIT', 0, 64)
for _, rid in ipairs(dead) do
  local v = redis.call('HGET', KEYS[1], rid)
  if v then
    local r = cjson.decode(v)
    for _, k in ipairs(r[2]) do redis.call('DECRBY', k, r[1]) end
    redis.call('HDEL', KEYS[1], rid)
    redis.call('ZADD', KEYS[3], now + ttl, rid)
  end
  redis.call('ZREM', KEYS[2], rid)
end
if #dead > 0 then redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now) end
local units = tonumber(ARGV[2])
local held = {}
for i = 1, nb do
  local spent = redis.call('GET', KEYS[3 + 2 * i])
  if not spent then return {-2, i} end
  local reserved = redis.call('GET', KEYS[2 + 2 * i]) or '0'
  if tonumber(spent) + tonumber(reserved) + units > tonumber(ARGV[4 + i]) then
    return {-1, i, spent, reserved}
  end
  held[i] = KEYS[2 + 2 * i]
end
if nr > 0 then
  local refused = rate_check(kr, ar, nr, tokens, now)
  if refused then return {-3, refused[2], refused[3]} end
end
if nb > 0 then
  for i = 1, nb do redis.call('INCRBY', held[i], ARGV[2]) end
  redis.call('HSET', KEYS[1], ARGV[1], cjson.encode({ARGV[2], held}))
  redis.call('ZADD', KEYS[2], now + ttl, ARGV[1])
end
local bucket = 0
if nr > 0 then bucket = rate_take(kr, ar, nr, tokens, now, ARGV[6 + nb]) end
return {0, bucket}
"""
)

SETTLE = """
local first = false
local v = redis.call('HGET', KEYS[1], ARGV[1])
if v then
  local r = cjson.decode(v)
  for _, k in ipairs(r[2]) do redis.call('DECRBY', k, r[1]) end
  redis.call('HDEL', KEYS[1], ARGV[1])
  redis.call('ZREM', KEYS[2], ARGV[1])
  first = true
elseif redis.call('ZREM', KEYS[3], ARGV[1]) == 1 then
  first = true
elseif ARGV[3] == '1' then
  first = redis.call('SET', KEYS[4], '1', 'NX', 'EX', ARGV[4]) ~= false
end
if not first then return 0 end
if ARGV[2] ~= '0' then
  for i = 5, #KEYS do
    if redis.call('EXISTS', KEYS[i]) == 1 then redis.call('INCRBY', KEYS[i], ARGV[2]) end
  end
end
return 1
"""


def window_id(budget: Budget, now: datetime) -> str:
    """The counter suffix of ``budget``'s window at ``now`` (UTC)."""
    if budget.window == "daily":
        return now.strftime("%Y-%m-%d")
    if budget.window == "monthly":
        return now.strftime("%Y-%m")
    return "total"


class RedisBudgetGuard:
    """A :class:`~llmgate.costs.BudgetGuard` whose state lives in Redis::

        store = RedisStore("redis://127.0.0.1:6379/0")
        guard = RedisBudgetGuard(Budgets.from_config({"daily_usd": 5}), store, ledger)
        reservation = guard.reserve(Decimal("0.02"), {"team": "support"})
        guard.settle(reservation, Decimal("0.013"))

    ``on_error``: when Redis cannot be reached, ``"fail-closed"`` refuses the call with
    :class:`~llmgate.errors.BudgetUnavailableError`; ``"fail-open"`` lets it through
    unchecked (its cost is added to the shared counters once Redis answers again). Settles
    that fail are kept (up to 100,000) and replayed, each counted at most once.
    """

    def __init__(
        self,
        budgets: Budgets,
        store: RedisStore,
        ledger: Ledger | None = None,
        *,
        on_error: Literal["fail-closed", "fail-open"] = "fail-closed",
    ) -> None:
        for budget in budgets.all():
            if (cost_units(budget.limit) or 0) >= MAX_UNITS:
                raise ConfigError(
                    f"budget {budget.name!r}: limits above $900,000 are not exact in Redis",
                    key="costs.budgets",
                )
        self.budgets = budgets
        self.store = store
        self.ledger = ledger
        self.on_error = on_error
        self._reserve = store.script(RESERVE)
        self._settle = store.script(SETTLE)
        self._base = [store.key("res"), store.key("res-exp"), store.key("res-reclaimed")]
        self._ttl_ms = int(budgets.reservation_ttl_s * 1000)
        self._pending: list[tuple[Reservation, int, bool]] = []
        self._nonce = f"{os.getpid()}-{os.urandom(4).hex()}-b"
        self._serial = itertools.count()
        self._lock = threading.Lock()

    def _spent_key(self, budget: Budget, now: datetime) -> str:
        return self.store.key("spent", budget.name, window_id(budget, now))

    def reserve(self, amount: Decimal | None, tags: Mapping[str, str] | None = None) -> Reservation:
        return self.reserve_with_rate(amount, tags)[0]

    def reserve_with_rate(
        self,
        amount: Decimal | None,
        tags: Mapping[str, str] | None = None,
        limits: Sequence[RateLimit] = (),
        tokens: int = 0,
    ) -> tuple[Reservation, Permit | tuple[float, str] | None]:
        """Reserve the budget and take the call's rate-limit slot in one round trip.

        Returns the reservation and the rate limiter's answer: a :class:`Permit`, or
        ``(seconds to wait, limit name)`` when a limit is full (then the budget is still
        reserved, by a second round trip, and nothing was taken from the limits), or
        ``None`` when the limits were not checked (none given, or the store is down). A
        budget refusal raises before any limit is touched.
        """
        reservation, applicable = self.budgets.open_reservation(amount, tags)
        if not applicable and not limits:
            return reservation, None
        units = cost_units(reservation.amount) or 0
        now = datetime.now(UTC)
        keys = list(self._base)
        args: list[Any] = [reservation.id, units, self._ttl_ms, len(applicable)]
        for budget in applicable:
            keys += [self.store.key("reserved", budget.name), self._spent_key(budget, now)]
            args.append(cost_units(budget.limit))
        keys += [rate_key(self.store, limit.name) for limit in limits]
        args += [tokens, f"{self._nonce}-{next(self._serial)}", *rate_args(limits)]
        try:
            if self._pending:
                self._replay()
            for _ in range(len(applicable) + 1):
                result = self.store.call("budget", lambda: self._reserve(keys, args))
                if result[0] != -2:
                    break
                self._seed(applicable[int(result[1]) - 1], keys[2 + 2 * int(result[1])], now)
        except StoreUnavailable as exc:
            if not applicable:
                return reservation, None
            if self.on_error == "fail-open":
                reservation.shared = False
                return reservation, None
            raise BudgetUnavailableError(
                "the shared budget store is unreachable and budgets fail closed "
                '([state] on_error = "fail-open" lets calls through)',
                budget=applicable[0].name,
                limit=applicable[0].limit,
                estimate=reservation.amount,
            ) from exc
        if result[0] == -1:
            budget = applicable[int(result[1]) - 1]
            used = units_to_cost(int(result[2]) + int(result[3]))
            raise refuse(budget, used, reservation.amount)
        if result[0] == -3:  # a limit is full: reserve the budget alone, report the wait
            wait = (max(0.0, float(result[1]) / 1000), limits[int(result[2]) - 1].name)
            return (self.reserve(amount, tags) if applicable else reservation), wait
        if not limits:
            return reservation, None
        return reservation, Permit(tuple(limits), tokens, int(result[1]))

    def _seed(self, budget: Budget, key: str, now: datetime) -> None:
        """Start ``budget``'s counter for this window from the ledger (first writer wins)."""
        spent = Decimal(0)
        if self.ledger is not None:
            spent = self.ledger.spent(since=budget.since(now), tags=budget.tag_filter)
        ttl = _WINDOW_TTL_S[budget.window]
        units = cost_units(spent) or 0
        if ttl:
            self.store.call("budget", lambda: self.store.client.set(key, units, nx=True, ex=ttl))
        else:
            self.store.call("budget", lambda: self.store.client.set(key, units, nx=True))

    def _settle_once(self, reservation: Reservation, units: int, force: bool) -> None:
        now = datetime.now(UTC)
        applicable = self.budgets.applicable(reservation.tags)
        keys = [*self._base, self.store.key("settled", reservation.id)]
        keys += [self._spent_key(b, now) for b in applicable]
        ttl_s = max(1, int(self.budgets.reservation_ttl_s * 2))
        args = [reservation.id, units, "1" if force else "0", ttl_s]
        self.store.call("budget", lambda: self._settle(keys, args))

    def _replay(self) -> None:
        with self._lock:
            pending, self._pending = self._pending, []
        for index, (reservation, units, force) in enumerate(pending):
            try:
                self._settle_once(reservation, units, force)
            except StoreUnavailable:
                with self._lock:
                    self._pending[:0] = pending[index:]
                raise

    def _finish(self, reservation: Reservation, actual: Decimal | None) -> None:
        if not self.budgets.applicable(reservation.tags):
            return
        units = cost_units(actual) or 0
        force = not reservation.shared
        if force and not units:
            return  # nothing was reserved in the store, nothing was spent
        try:
            if self._pending:
                self._replay()
            self._settle_once(reservation, units, force)
        except StoreUnavailable:
            with self._lock:
                if len(self._pending) < _PENDING_MAX:
                    self._pending.append((reservation, units, force))
                else:
                    _log.error("dropped a budget settle: the replay queue is full")

    def settle(self, reservation: Reservation, actual: Decimal | None) -> None:
        """Replace the reservation by ``actual`` (``None``: unknown, counted as 0)."""
        self._finish(reservation, actual)
        reservation.actual = actual
        reservation.state = "settled"

    def release(self, reservation: Reservation) -> None:
        self._finish(reservation, Decimal(0))
        reservation.state = "released"

    @property
    def pending(self) -> int:
        """Settles waiting for the store to come back."""
        return len(self._pending)

    def status(self, tags: Mapping[str, str] | None = None) -> list[BudgetStatus]:
        budgets = self.budgets.all() if tags is None else self.budgets.applicable(tags)
        now = datetime.now(UTC)
        keys: list[str] = []
        for budget in budgets:
            keys += [self._spent_key(budget, now), self.store.key("reserved", budget.name)]
        values = self.store.call("budget", lambda: self.store.client.mget(keys)) if keys else []
        found = []
        for i, budget in enumerate(budgets):
            spent, reserved = (int(v or 0) for v in values[2 * i : 2 * i + 2])
            found.append(
                BudgetStatus(
                    budget.name, budget.limit, units_to_cost(spent), units_to_cost(reserved)
                )
            )
        return found

    def close(self) -> None:
        """Try once more to deliver pending settles; the store belongs to the caller."""
        if self._pending:
            try:
                self._replay()
            except StoreUnavailable:
                _log.error("%d budget settles could not reach the store", len(self._pending))
