"""Rate limits: the sliding log and the token buckets, in one process and in Redis, and
what the call flow does over a limit (wait, fail over, say why)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from llmgate import Client
from llmgate.errors import BudgetExceededError, ConfigError, RateLimitedError
from llmgate.state import (
    LocalRateLimiter,
    Permit,
    RateLimit,
    RateLimiter,
    RateRules,
    RedisRateLimiter,
    RedisStore,
)
from llmgate.testing import ScriptedProvider

from .conftest import Monitor, RedisServer


@pytest.fixture(params=["local", "redis"])
def limiter(request: pytest.FixtureRequest) -> Iterator[RateLimiter]:
    if request.param == "local":
        yield LocalRateLimiter()
        return
    store = RedisStore(
        request.getfixturevalue("redis_url"), prefix=request.getfixturevalue("state_prefix")
    )
    yield RedisRateLimiter(store)
    store.close()


def test_requests_past_the_limit_wait_for_the_oldest_to_leave_the_window(
    limiter: RateLimiter,
) -> None:
    limits = [RateLimit("p:m rpm", "requests", 3, 1.0)]
    assert all(isinstance(limiter.acquire(limits, 0), Permit) for _ in range(3))
    refused = limiter.acquire(limits, 0)
    assert not isinstance(refused, Permit)
    wait, name = refused
    assert name == "p:m rpm" and 0 < wait <= 1.0
    assert limiter.usage(limits) == [3]
    time.sleep(wait + 0.05)
    assert isinstance(limiter.acquire(limits, 0), Permit)


def test_a_refused_check_records_nothing_for_any_limit(limiter: RateLimiter) -> None:
    wide = RateLimit("team=a rpm", "requests", 100, 60)
    narrow = RateLimit("p:m rpm", "requests", 1, 60)
    assert isinstance(limiter.acquire([wide, narrow], 0), Permit)
    assert not isinstance(limiter.acquire([wide, narrow], 0), Permit)
    assert limiter.usage([wide, narrow]) == [1, 1]


def test_tokens_count_the_worst_case_then_the_real_use(limiter: RateLimiter) -> None:
    limits = [RateLimit("p:m tpm", "tokens", 1000, 60)]
    first = limiter.acquire(limits, 600)
    assert isinstance(first, Permit)
    assert not isinstance(limiter.acquire(limits, 600), Permit)
    limiter.settle(first, 100)  # it used far less than its worst case
    assert limiter.usage(limits) == [100]
    assert isinstance(limiter.acquire(limits, 600), Permit)


def test_rules_give_each_tag_value_its_own_limit_scaled_to_the_window() -> None:
    rules = RateRules({"openai": (500, 200000)}, {"team": (600, None, 2.0)})
    found = rules.applicable("openai:gpt-4o-mini", "openai", {"team": "support"})
    assert [(r.name, r.kind, r.limit, r.window_s) for r in found] == [
        ("openai:gpt-4o-mini rpm", "requests", 500, 60.0),
        ("openai:gpt-4o-mini tpm", "tokens", 200000, 60.0),
        ("team=support rpm", "requests", 20, 2.0),
    ]
    assert rules.applicable("other:m", "other", {}) == []


def _client(on_rate_limit: str, **limits: Any) -> Client:
    config = {
        "default_route": "chat",
        "providers": {"a": {"type": "scripted"}, "b": {"type": "scripted"}},
        "routes": {
            "chat": {"targets": ["a:m", "b:m"], "on_rate_limit": on_rate_limit, "timeout_s": 5}
        },
        "limits": {"team": {"window_s": 1, **limits}},
    }
    return Client(config, providers={"a": ScriptedProvider("a"), "b": ScriptedProvider("b")})


def test_over_a_tag_limit_a_call_waits_by_default() -> None:
    with _client("wait", rpm=60) as client:  # one call per 1 s window
        first = client.chat(messages="hi", tags={"team": "x"})
        started = time.monotonic()
        second = client.chat(messages="hi", tags={"team": "x"})
        assert time.monotonic() - started >= 0.5  # it waited for the window
        assert first.provider == second.provider == "a"
        assert client.chat(messages="hi", tags={"team": "y"}).provider == "a"  # y: own limit


def test_over_the_limit_with_failover_every_target_is_skipped_and_the_error_says_why() -> None:
    with _client("failover", rpm=60) as client:
        client.chat(messages="hi", tags={"team": "x"})
        with pytest.raises(RateLimitedError) as info:
            client.chat(messages="hi", tags={"team": "x"})
    assert "team=x rpm" in str(info.value)


def test_a_provider_limit_moves_the_call_to_the_next_target() -> None:
    config = {
        "default_route": "chat",
        "providers": {"a": {"type": "scripted", "rpm": 1}, "b": {"type": "scripted"}},
        "routes": {"chat": {"targets": ["a:m", "b:m"], "on_rate_limit": "failover"}},
    }
    providers = {"a": ScriptedProvider("a"), "b": ScriptedProvider("b")}
    with Client(config, providers=providers) as client:
        assert client.chat(messages="hi").provider == "a"
        second = client.chat(messages="hi")
    assert second.provider == "b"
    skipped = second.attempts[0]
    assert (skipped.provider, skipped.outcome, skipped.error) == (
        "a",
        "skipped",
        "RateLimitedError",
    )
    assert "a:m rpm" in (skipped.error_message or "")


def test_state_and_limit_tables_are_validated() -> None:
    with pytest.raises(ConfigError) as info:
        Client({"state": {"backend": "redis"}, "providers": {}, "routes": {}})
    assert info.value.key == "state.url"
    with pytest.raises(ConfigError) as info:
        Client({"limits": {"team": {"rpmm": 3}}, "providers": {}, "routes": {}})
    assert info.value.key == "limits.team.rpmm"


def test_with_a_redis_budget_the_rate_slot_comes_with_the_reservation(
    redis_server: RedisServer,
) -> None:
    """Breaker + budget + rate limit: two commands at the server per call (counted there)."""
    redis_url, state_prefix = redis_server.url, "slots"
    config = {
        "default_route": "chat",
        "providers": {"a": {"type": "scripted", "rpm": 2}, "b": {"type": "scripted"}},
        "routes": {"chat": {"targets": ["a:m", "b:m"], "on_rate_limit": "failover"}},
        "state": {"backend": "redis", "url": redis_url, "prefix": state_prefix},
        "costs": {"budgets": {"total_usd": "1"}},
        "pricing": {"a:m": {"input": 1, "output": 1}, "b:m": {"input": 1, "output": 1}},
    }
    providers = {"a": ScriptedProvider("a"), "b": ScriptedProvider("b")}
    monitor = Monitor(redis_server.port)
    with Client(config, providers=providers) as client:
        client.chat(messages="hi", max_tokens=8)
        monitor.sent()
        assert client.chat(messages="hi", max_tokens=8).provider == "a"
        # one script before the vendor (breaker, reservation, rate slot), one after
        assert monitor.sent() == ["EVALSHA", "EVALSHA"]
        third = client.chat(messages="hi", max_tokens=8)
        spent = client.ledger.spent()
    monitor.close()
    assert third.provider == "b" and third.attempts[0].error == "RateLimitedError"
    store = RedisStore(redis_url, prefix=state_prefix)
    limiter = RedisRateLimiter(store)
    assert limiter.usage([RateLimit("a:m rpm", "requests", 2)]) == [2]
    from llmgate.costs import Budgets
    from llmgate.state import RedisBudgetGuard

    guard = RedisBudgetGuard(Budgets.from_config({"total_usd": "1"}), store)
    (status,) = guard.status()
    assert status.reserved == 0 and status.spent == spent  # the skipped target held nothing
    with pytest.raises(BudgetExceededError):  # a budget refusal takes no rate slot
        guard.reserve_with_rate(Decimal("2"), {}, [RateLimit("c:m rpm", "requests", 5)], 0)
    assert limiter.usage([RateLimit("c:m rpm", "requests", 5)]) == [0]
    store.close()


async def test_a_call_cancelled_while_waiting_gives_its_budget_back() -> None:
    config = {
        "default_route": "chat",
        "providers": {"a": {"type": "scripted"}},
        "routes": {"chat": {"targets": ["a:m"], "timeout_s": 100}},
        "pricing": {"a:m": {"input": 1000, "output": 1000}},
        "costs": {"budgets": {"daily_usd": "1"}},
        "limits": {"team": {"rpm": 1}},  # one call a minute: the second one waits
    }
    async with Client(config, providers={"a": ScriptedProvider("a")}) as client:
        await client.achat(messages="hi", max_tokens=8, tags={"team": "x"})
        waiting = asyncio.create_task(client.achat(messages="hi", max_tokens=8, tags={"team": "x"}))
        await asyncio.sleep(0.2)
        guard = client._costs.keeper.guard
        assert guard.status()[0].reserved > 0  # held while it waits
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        assert guard.status()[0].reserved == 0


@pytest.mark.parametrize("on_error", ["local", "fail-open", "fail-closed"])
def test_an_unreachable_store_limits_as_configured(on_error: Any) -> None:
    store = RedisStore("redis://127.0.0.1:1/0", prefix="down", timeout_s=0.2)
    limiter = RedisRateLimiter(store, on_error=on_error)
    limits = [RateLimit("p:m rpm", "requests", 2, 60)]
    admitted = [isinstance(limiter.acquire(limits, 0), Permit) for _ in range(4)]
    store.close()
    expected = {
        "local": [True, True, False, False],  # this process alone counts meanwhile
        "fail-open": [True] * 4,
        "fail-closed": [False] * 4,
    }
    assert admitted == expected[on_error]
    assert store.health.errors["limits"] == 4
