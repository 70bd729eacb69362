"""Metrics of real calls: GenAI histograms per the conventions and llmgate's counters."""

from __future__ import annotations

import pytest

from llmgate._types import Completion, Usage
from llmgate.errors import BudgetExceededError, BudgetUnavailableError, ServerError
from llmgate.telemetry.instruments import DURATION_BUCKETS, TOKEN_BUCKETS
from llmgate.testing import FailingProvider, ScriptedProvider

from .conftest import PRICE_PER_TOKEN, Otel, instrument, make_client, user


def _answer() -> Completion:
    return Completion(text="ok", model="m-2024-06", usage=Usage(120, 30), finish_reason="stop")


def test_token_usage_and_duration_follow_the_conventions(otel: Otel) -> None:
    with make_client({"fake": ScriptedProvider("fake", [_answer()])}, {"chat": ["fake:m"]}) as c:
        instrument(c.events, otel)
        c.chat("chat", user("hi"))
    tokens = otel.metric("gen_ai.client.token.usage")
    assert tokens.unit == "{token}"
    by_type = {p.attributes["gen_ai.token.type"]: p for p in tokens.data.data_points}
    assert by_type["input"].sum == 120 and by_type["output"].sum == 30
    assert tuple(by_type["input"].explicit_bounds) == TOKEN_BUCKETS
    assert dict(by_type["input"].attributes) == {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "scripted",
        "gen_ai.request.model": "m",
        "gen_ai.response.model": "m-2024-06",
        "gen_ai.token.type": "input",
    }
    duration = otel.metric("gen_ai.client.operation.duration")
    assert duration.unit == "s"
    (point,) = duration.data.data_points
    assert point.count == 1 and 0 < point.sum < 5
    assert tuple(point.explicit_bounds) == DURATION_BUCKETS
    assert "error.type" not in point.attributes
    (cost,) = otel.points("llmgate.cost")
    assert cost.value == pytest.approx(float(PRICE_PER_TOKEN * 150))
    assert dict(cost.attributes) == {
        "gen_ai.provider.name": "scripted",
        "gen_ai.request.model": "m",
        "llmgate.provider": "fake",
        "llmgate.route": "chat",
    }
    assert otel.points("llmgate.failovers") == []


async def test_failover_is_counted_and_the_failed_attempt_timed_with_its_error(
    otel: Otel,
) -> None:
    bad = FailingProvider("bad", ServerError("down", status_code=500))
    providers = {"bad": bad, "fake": ScriptedProvider("fake", [_answer()])}
    async with make_client(providers, {"chat": ["bad:x", "fake:m"]}) as c:
        instrument(c.events, otel)
        await c.achat("chat", user("hi"))
    (failover,) = otel.points("llmgate.failovers")
    assert failover.value == 1
    assert dict(failover.attributes) == {"llmgate.route": "chat", "error.type": "ServerError"}
    durations = {
        p.attributes.get("error.type"): p for p in otel.points("gen_ai.client.operation.duration")
    }
    assert set(durations) == {"ServerError", None}
    assert durations["ServerError"].attributes["gen_ai.provider.name"] == "failing"


async def test_a_retry_on_the_same_target_is_not_a_failover(otel: Otel) -> None:
    fake = ScriptedProvider("fake", [ServerError("blip", status_code=503), _answer()])
    route = {"targets": ["fake:m"], "retries": 1}
    async with make_client({"fake": fake}, {"chat": route}) as c:
        instrument(c.events, otel)
        r = await c.achat("chat", user("hi"))
    assert [a.outcome for a in r.attempts] == ["error", "ok"]
    assert otel.points("llmgate.failovers") == []
    assert sum(p.count for p in otel.points("gen_ai.client.operation.duration")) == 2


async def test_breaker_openings_are_counted(otel: Otel) -> None:
    bad = FailingProvider("bad", ServerError("down", status_code=500))
    providers = {"bad": bad, "fake": ScriptedProvider("fake")}
    config = {"circuit_breaker": {"failure_threshold": 2, "cooldown_s": 60}}
    async with make_client(providers, {"chat": ["bad:x", "fake:m"]}, config=config) as c:
        instrument(c.events, otel)
        for _ in range(4):
            await c.achat("chat", user("hi"))
    assert len(bad.requests) == 2  # then the breaker kept calls away from it
    (opened,) = otel.points("llmgate.breaker.openings")
    assert opened.value == 1 and dict(opened.attributes) == {"llmgate.target": "bad:x"}


def test_budget_refusals_are_counted(otel: Otel) -> None:
    fake = ScriptedProvider("fake")
    with make_client({"fake": fake}, {"chat": ["fake:m"]}, budget_usd=0.000001) as c:
        instrument(c.events, otel)
        for _ in range(3):
            with pytest.raises(BudgetExceededError):
                c.chat("chat", user("hi"))
    (refused,) = otel.points("llmgate.budget.refusals")
    assert refused.value == 3
    assert dict(refused.attributes) == {"llmgate.route": "chat", "llmgate.budget": "daily"}
    assert otel.points("gen_ai.client.token.usage") == []


async def test_unsubscribing_stops_recording(otel: Otel) -> None:
    async with make_client({"fake": ScriptedProvider("fake")}, {"chat": ["fake:m"]}) as c:
        _listener, stops = instrument(c.events, otel)
        await c.achat("chat", user("one"))
        for stop in stops:
            stop()
        await c.achat("chat", user("two"))
    assert len(otel.call_spans()) == 1
    assert sum(p.count for p in otel.points("gen_ai.client.operation.duration")) == 1


def test_shared_state_outages_are_counted_once_each(otel: Otel) -> None:
    """Redis down: one outage per component in the counter, however many calls fail."""
    fake = ScriptedProvider("fake")
    state = {"state": {"backend": "redis", "url": "redis://127.0.0.1:1/0", "timeout_s": 0.2}}
    pytest.importorskip("redis")
    with make_client({"fake": fake}, {"chat": ["fake:m"]}, budget_usd=1, config=state) as c:
        instrument(c.events, otel)
        for _ in range(3):
            with pytest.raises(BudgetUnavailableError):  # fail-closed, by default
                c.chat("chat", user("hi"), max_tokens=16)
    points = {
        p.attributes["llmgate.state.component"]: p.value
        for p in otel.points("llmgate.state.outages")
    }
    assert points == {"breaker": 1, "budget": 1}
