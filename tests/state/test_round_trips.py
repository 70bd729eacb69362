"""What a call costs in Redis commands with breaker + budget + rate limit shared, counted at
the server (MONITOR), and that the async flow only ever uses the async client."""

from __future__ import annotations

from typing import Any

import pytest

from llmgate import Client
from llmgate.errors import AllProvidersFailedError, BudgetExceededError, ServerError
from llmgate.events import BreakerChanged, Event
from llmgate.state import RedisStore
from llmgate.testing import ScriptedProvider

from .conftest import Monitor, RedisServer


def _config(url: str, **state: Any) -> dict[str, Any]:
    return {
        "default_route": "chat",
        "providers": {"a": {"type": "scripted", "rpm": 1000, "tpm": 1_000_000}},
        "routes": {"chat": {"targets": ["a:m"], "retries": 0}},
        "state": {"backend": "redis", "url": url, "prefix": "trips", **state},
        "costs": {"budgets": {"daily_usd": "100"}},
        "pricing": {"a:m": {"input": 1, "output": 1}},
        "limits": {"team": {"rpm": 1000}},
        "circuit_breaker": {"failure_threshold": 2},
    }


async def test_a_call_costs_two_commands_one_before_the_vendor_and_one_after(
    redis_server: RedisServer,
) -> None:
    provider = ScriptedProvider("a")
    monitor = Monitor(redis_server.port)
    seen: list[Event] = []
    async with Client(
        _config(redis_server.url), providers={"a": provider}, on_event=seen.append
    ) as client:
        await client.achat(messages="hi", max_tokens=8)  # connects, loads, seeds
        monitor.sent()
        provider.script.append(ServerError("down", provider="a", model="m"))
        with pytest.raises(AllProvidersFailedError):  # a failure: the breaker counts it
            await client.achat(messages="hi", max_tokens=8, tags={"team": "x"})
        assert monitor.sent() == ["EVALSHA", "EVALSHA"]
        for _ in range(3):  # success: reservation + rpm + tpm + team rpm + breaker; settle
            await client.achat(messages="hi", max_tokens=8, tags={"team": "x"})
            assert monitor.sent() == ["EVALSHA", "EVALSHA"]
        async with client.astream(messages="hi", max_tokens=8, tags={"team": "x"}) as stream:
            async for _ in stream:
                pass
        assert monitor.sent() == ["EVALSHA", "EVALSHA"]
    monitor.close()


def test_the_sync_api_costs_the_same_two_commands(redis_server: RedisServer) -> None:
    monitor = Monitor(redis_server.port)
    with Client(_config(redis_server.url), providers={"a": ScriptedProvider("a")}) as client:
        client.chat(messages="hi", max_tokens=8)
        monitor.sent()
        client.chat(messages="hi", max_tokens=8, tags={"team": "y"})
        assert monitor.sent() == ["EVALSHA", "EVALSHA"]
    monitor.close()


async def test_the_async_flow_never_touches_the_sync_client(
    redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every Redis command of achat / astream goes through redis.asyncio: the sync client
    would block the event loop for a round trip."""

    def blocked(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"a sync Redis call on the event loop: {args[:1]}")

    provider = ScriptedProvider("a", [ServerError("down", provider="a", model="m")] * 2)
    seen: list[Event] = []
    async with Client(
        _config(redis_server.url), providers={"a": provider}, on_event=seen.append
    ) as client:
        store: RedisStore = client._state.store
        monkeypatch.setattr(store.client, "execute_command", blocked)
        for _ in range(2):  # two failures open the circuit (threshold 2)
            with pytest.raises(AllProvidersFailedError):
                await client.achat(messages="hi", max_tokens=8)
        with pytest.raises(AllProvidersFailedError, match="CircuitOpen"):
            await client.achat(messages="hi", max_tokens=8)  # last seen open: asked first
        assert len(store._aclients) == 1  # this loop's async client did the work
    changes = [(e.old, e.new) for e in seen if isinstance(e, BreakerChanged)]
    assert changes == [("closed", "open")]  # the change came back from the FINISH script


async def test_a_budget_refusal_takes_neither_the_probe_nor_a_rate_slot(
    redis_server: RedisServer,
) -> None:
    import redis

    config = _config(redis_server.url)
    config["costs"] = {"budgets": {"daily_usd": "0.000001"}}
    async with Client(config, providers={"a": ScriptedProvider("a")}) as client:
        with pytest.raises(BudgetExceededError):
            await client.achat(messages="hi there", max_tokens=500)
    admin = redis.Redis.from_url(redis_server.url)
    assert admin.zcard("{trips}:rate:a:m rpm") == 0
    assert admin.hget("{trips}:breaker:a:m", "ps") in (None, b"")
    admin.close()


def test_each_event_loop_gets_its_own_async_client(redis_server: RedisServer) -> None:
    """A connection belongs to the loop that opened it: the sync API (the client's loop
    thread) and the application's own loop each get theirs; aclose releases both."""
    import asyncio

    client = Client(_config(redis_server.url), providers={"a": ScriptedProvider("a")})
    store: RedisStore = client._state.store
    assert client.chat(messages="hi", max_tokens=8).provider == "a"  # the loop thread's

    async def app() -> None:
        assert (await client.achat(messages="hi", max_tokens=8)).provider == "a"
        assert len(store._aclients) == 2
        await client.aclose()

    asyncio.run(app())
    assert len(store._aclients) == 0
