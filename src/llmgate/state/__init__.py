"""Shared state: circuit breakers, budgets and rate limits that every process agrees on.

Configured by ``[state]`` (see docs/shared-state.md)::

    [state]
    backend = "redis"                 # memory (default) | sqlite | redis
    url = "redis://127.0.0.1:6379/0"
    on_error = "fail-closed"          # budgets while Redis is unreachable

The pieces can also be used on their own (``pip install 'llmgate[redis]'``)::

    from llmgate.costs import Budgets, open_ledger
    from llmgate.routing import CircuitBreaker
    from llmgate.state import RedisStore, RedisBreakerStore, RedisBudgetGuard

    ledger = open_ledger("postgresql://postgres@127.0.0.1:5432/llmgate")
    store = RedisStore("redis://127.0.0.1:6379/0", prefix="myapp")
    breakers = CircuitBreaker(store=RedisBreakerStore(store))
    guard = RedisBudgetGuard(Budgets.from_config({"daily_usd": 5}), store, ledger)
"""

from llmgate.state._breaker import RedisBreakerStore
from llmgate.state._budget import RedisBudgetGuard
from llmgate.state._store import RedisStore, StoreHealth, StoreUnavailable
from llmgate.state.limits import (
    LocalRateLimiter,
    Permit,
    RateLimit,
    RateLimiter,
    RateRules,
    RedisRateLimiter,
)

__all__ = [
    "LocalRateLimiter",
    "Permit",
    "RateLimit",
    "RateLimiter",
    "RateRules",
    "RedisBreakerStore",
    "RedisBudgetGuard",
    "RedisRateLimiter",
    "RedisStore",
    "StoreHealth",
    "StoreUnavailable",
]
