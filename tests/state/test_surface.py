"""The public surface the shared state adds: errors, events, exports, per-tag budgets."""

from __future__ import annotations

import pytest

import llmgate.state
from llmgate import Client, errors
from llmgate.events import StateChanged
from llmgate.testing import ScriptedProvider


def test_the_new_errors_sit_where_handlers_expect_them() -> None:
    assert issubclass(errors.BudgetUnavailableError, errors.BudgetExceededError)
    assert issubclass(errors.RateLimitedError, errors.LLMGateError)
    assert not issubclass(errors.RateLimitedError, errors.ProviderError)  # not a vendor's 429
    exc = errors.RateLimitedError("full", limit="team=a rpm", retry_after=1.5)
    assert (exc.limit, exc.retry_after) == ("team=a rpm", 1.5)
    assert {"BudgetUnavailableError", "RateLimitedError"} <= set(errors.__all__)


def test_state_exports_are_exactly_the_intended_names() -> None:
    assert llmgate.state.__all__ == sorted(llmgate.state.__all__)
    assert set(llmgate.state.__all__) == {
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
    }
    assert StateChanged("", "budget", "unavailable").component == "budget"


def test_a_limits_table_gives_every_tag_value_its_own_daily_budget() -> None:
    config = {
        "default_route": "chat",
        "providers": {"a": {"type": "scripted"}},
        "routes": {"chat": {"targets": ["a:m"]}},
        "pricing": {"a:m": {"input": 1000, "output": 1000}},
        "limits": {"team": {"daily_usd": "0.05"}},
    }
    with Client(config, providers={"a": ScriptedProvider("a")}) as client:
        client.chat(messages="hi", max_tokens=8, tags={"team": "x"})
        with pytest.raises(errors.BudgetExceededError) as info:
            for _ in range(20):
                client.chat(messages="hi", max_tokens=8, tags={"team": "x"})
        assert info.value.budget == "team=x daily"
        assert client.chat(messages="hi", max_tokens=8, tags={"team": "y"}).provider == "a"
        assert client.chat(messages="hi", max_tokens=8).provider == "a"  # untagged: no limit


def test_a_password_in_the_state_url_never_shows() -> None:
    config = {"state": {"backend": "redis", "url": "redis://:hunter2pw@127.0.0.1:1/0"}}
    with Client({**config, "providers": {}, "routes": {}}) as client:
        assert "hunter2pw" not in repr(client.config)
        assert "hunter2pw" not in repr(client._state.store)
