"""Spans of real calls: names, kinds, parents, attributes, errors; none left open."""

from __future__ import annotations

import asyncio
import logging
from decimal import Decimal

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan
from opentelemetry.trace import SpanKind, StatusCode

from llmgate._events import AttemptStarted, CallFinished, CallStarted
from llmgate._types import Completion, Usage
from llmgate.errors import AllProvidersFailedError, BudgetExceededError, ServerError
from llmgate.telemetry.otel import OtelListener
from llmgate.testing import Cut, FailingProvider, ScriptedProvider

from .conftest import (
    PRICE_PER_TOKEN,
    Otel,
    SlowStream,
    instrument,
    make_client,
    user,
)


def _answer(text: str = "Paris.", model: str = "m-2024-06") -> Completion:
    return Completion(text=text, model=model, usage=Usage(12, 3), finish_reason="stop")


@pytest.fixture(autouse=True)
def no_double_end(caplog: pytest.LogCaptureFixture) -> object:
    """The SDK logs (does not raise) when a span is ended twice: fail on that."""
    caplog.set_level(logging.WARNING, logger="opentelemetry")
    yield None
    twice = [r for r in caplog.records if "ended span" in r.getMessage()]
    assert not twice, twice


def _parent_is(child: ReadableSpan, parent: ReadableSpan) -> bool:
    assert child.parent is not None and parent.context is not None
    return bool(child.parent.span_id == parent.context.span_id)


def _check_success(otel: Otel, listener: OtelListener) -> None:
    (call,) = otel.call_spans()
    (attempt,) = otel.attempt_spans()
    assert call.name == attempt.name == "chat m"
    assert call.kind is SpanKind.CLIENT and attempt.kind is SpanKind.CLIENT
    assert _parent_is(attempt, call)
    a = attempt.attributes or {}
    assert a["gen_ai.operation.name"] == "chat"
    assert a["gen_ai.provider.name"] == "scripted"
    assert a["gen_ai.request.model"] == "m"
    assert a["gen_ai.response.model"] == "m-2024-06"
    assert a["gen_ai.request.max_tokens"] == 64
    assert a["gen_ai.usage.input_tokens"] == 12 and a["gen_ai.usage.output_tokens"] == 3
    assert a["gen_ai.response.finish_reasons"] == ("stop",)
    assert a["llmgate.route"] == "chat" and a["llmgate.attempt"] == 1
    assert a["llmgate.outcome"] == "ok" and a["llmgate.provider"] == "fake"
    assert a["llmgate.trust"] == "external" and a["llmgate.breaker.state"] == "closed"
    assert a["llmgate.cost_usd"] == pytest.approx(float(PRICE_PER_TOKEN * 15))
    assert "gen_ai.input.messages" not in a  # content recording is off by default
    c = call.attributes or {}
    assert c["llmgate.outcome"] == "ok" and c["llmgate.attempts"] == 1
    assert c["gen_ai.provider.name"] == "scripted" and c["gen_ai.response.model"] == "m-2024-06"
    assert c["llmgate.cost_usd"] == pytest.approx(float(PRICE_PER_TOKEN * 15))
    assert call.status.status_code is StatusCode.UNSET
    assert listener.calls == {}


def test_successful_call_sync(otel: Otel) -> None:
    with make_client({"fake": ScriptedProvider("fake", [_answer()])}, {"chat": ["fake:m"]}) as c:
        listener, _ = instrument(c.events, otel)
        r = c.chat("chat", user("Capital of France?"), max_tokens=64)
    assert r.cost == PRICE_PER_TOKEN * 15
    _check_success(otel, listener)


async def test_successful_call_async(otel: Otel) -> None:
    async with make_client(
        {"fake": ScriptedProvider("fake", [_answer()])}, {"chat": ["fake:m"]}
    ) as c:
        listener, _ = instrument(c.events, otel)
        await c.achat("chat", user("Capital of France?"), max_tokens=64)
    _check_success(otel, listener)


def test_sync_call_nests_under_the_callers_span(otel: Otel) -> None:
    tracer = otel.tracer_provider.get_tracer("app")
    with make_client({"fake": ScriptedProvider("fake")}, {"chat": ["fake:m"]}) as c:
        instrument(c.events, otel)
        with tracer.start_as_current_span("handle request"):
            c.chat("chat", user("hi"))
            with c.stream("chat", user("hello there")) as s:
                s.text()
    (app,) = [s for s in otel.spans() if s.name == "handle request"]
    calls = otel.call_spans()
    assert len(calls) == 2
    for call in calls:
        assert _parent_is(call, app)
        assert call.context is not None and app.context is not None
        assert call.context.trace_id == app.context.trace_id


async def test_async_call_nests_under_the_callers_span(otel: Otel) -> None:
    tracer = otel.tracer_provider.get_tracer("app")
    async with make_client({"fake": ScriptedProvider("fake")}, {"chat": ["fake:m"]}) as c:
        instrument(c.events, otel)
        with tracer.start_as_current_span("handle request"):
            await c.achat("chat", user("hi"))
            async with c.astream("chat", user("hello there")) as s:
                await s.text()
        # Outside the user's span: a root span, not a child of the finished one.
        await c.achat("chat", user("again"))
    (app,) = [s for s in otel.spans() if s.name == "handle request"]
    nested, root = otel.call_spans()[:2], otel.call_spans()[2]
    assert all(_parent_is(call, app) for call in nested)
    assert root.parent is None
    # The current span is left as it was: llmgate never attaches its spans to the context.
    assert not trace.get_current_span().get_span_context().is_valid


def test_failover_gives_two_attempt_spans(otel: Otel) -> None:
    bad = FailingProvider("bad", ServerError("upstream exploded", status_code=503))
    providers = {"bad": bad, "fake": ScriptedProvider("fake", [_answer()])}
    with make_client(providers, {"chat": ["bad:x", "fake:m"]}) as c:
        listener, _ = instrument(c.events, otel)
        r = c.chat("chat", user("hi"))
    assert [a.outcome for a in r.attempts] == ["error", "ok"]
    (call,) = otel.call_spans()
    first, second = otel.attempt_spans()
    assert call.name == "chat x"  # named after the first target's model
    assert first.name == "chat x" and second.name == "chat m"
    assert _parent_is(first, call) and _parent_is(second, call)
    f = first.attributes or {}
    assert f["error.type"] == "ServerError" and f["llmgate.outcome"] == "error"
    assert f["http.response.status_code"] == 503 and f["llmgate.attempt"] == 1
    assert first.status.status_code is StatusCode.ERROR
    assert "upstream exploded" in (first.status.description or "")
    s = second.attributes or {}
    assert "error.type" not in s and s["llmgate.attempt"] == 2
    assert second.status.status_code is StatusCode.UNSET
    attrs = call.attributes or {}
    assert attrs["llmgate.attempts"] == 2 and attrs["llmgate.provider"] == "fake"
    assert call.status.status_code is StatusCode.UNSET
    assert listener.calls == {}


async def test_call_that_fails_everywhere_is_an_error_span(otel: Otel) -> None:
    providers = {
        "a": FailingProvider("a", ServerError("down", status_code=500)),
        "b": FailingProvider("b", ServerError("down too", status_code=502)),
    }
    async with make_client(providers, {"chat": ["a:x", "b:y"]}) as c:
        listener, _ = instrument(c.events, otel)
        with pytest.raises(AllProvidersFailedError):
            await c.achat("chat", user("hi"))
    (call,) = otel.call_spans()
    assert call.status.status_code is StatusCode.ERROR
    assert (call.attributes or {})["error.type"] == "AllProvidersFailedError"
    assert (call.attributes or {})["llmgate.outcome"] == "error"
    assert [s.status.status_code for s in otel.attempt_spans()] == [StatusCode.ERROR] * 2
    assert listener.calls == {}


def test_sync_stream_spans(otel: Otel) -> None:
    fake = ScriptedProvider("fake", [_answer("The capital is Paris.")])
    with make_client({"fake": fake}, {"chat": ["fake:m"]}) as c:
        listener, _ = instrument(c.events, otel)
        with c.stream("chat", user("Capital?"), max_tokens=64) as s:
            assert s.text() == "The capital is Paris."
    (call,) = otel.call_spans()
    (attempt,) = otel.attempt_spans()
    assert (call.attributes or {})["llmgate.stream"] is True
    assert (attempt.attributes or {})["gen_ai.usage.output_tokens"] == 3
    assert (attempt.attributes or {})["gen_ai.response.finish_reasons"] == ("stop",)
    assert _parent_is(attempt, call)
    assert listener.calls == {}


async def test_async_stream_that_fails_over_before_the_first_chunk(otel: Otel) -> None:
    providers = {
        "bad": FailingProvider("bad", ServerError("no", status_code=500)),
        "fake": ScriptedProvider("fake", [_answer("Streamed answer.")]),
    }
    async with make_client(providers, {"chat": ["bad:x", "fake:m"]}) as c:
        listener, _ = instrument(c.events, otel)
        async with c.astream("chat", user("go")) as s:
            assert await s.text() == "Streamed answer."
    first, second = otel.attempt_spans()
    assert (first.attributes or {})["error.type"] == "ServerError"
    assert (second.attributes or {})["llmgate.outcome"] == "ok"
    assert listener.calls == {}


async def test_stream_cut_mid_answer_ends_every_span(otel: Otel) -> None:
    cut = Cut("Half an ans", ServerError("connection reset", status_code=502))
    async with make_client({"fake": ScriptedProvider("fake", [cut])}, {"chat": ["fake:m"]}) as c:
        listener, _ = instrument(c.events, otel)
        with pytest.raises(Exception, match="stream broke"):
            async with c.astream("chat", user("go")) as s:
                await s.text()
    (call,) = otel.call_spans()
    (attempt,) = otel.attempt_spans()
    assert (attempt.attributes or {})["llmgate.outcome"] == "interrupted"
    assert (attempt.attributes or {})["llmgate.usage.estimated"] is True
    assert (call.attributes or {})["error.type"] == "StreamInterruptedError"
    assert listener.calls == {}


async def test_abandoned_stream_ends_its_spans_once(otel: Otel) -> None:
    fake = SlowStream("fake", [_answer("one two three four five six")], chunk_size=3)
    async with make_client({"fake": fake}, {"chat": ["fake:m"]}) as c:
        listener, _ = instrument(c.events, otel)
        async with c.astream("chat", user("go")) as s:
            async for _chunk in s:
                break  # the caller walks away after the first chunk
    (attempt,) = otel.attempt_spans()
    assert (attempt.attributes or {})["llmgate.outcome"] == "cancelled"
    (call,) = otel.call_spans()
    assert call.end_time is not None
    assert listener.calls == {}


def test_abandoned_sync_stream_ends_its_spans_once(otel: Otel) -> None:
    fake = SlowStream("fake", [_answer("one two three four five six")], chunk_size=3)
    with make_client({"fake": fake}, {"chat": ["fake:m"]}) as c:
        listener, _ = instrument(c.events, otel)
        with c.stream("chat", user("go")) as s:
            next(iter(s))
    (attempt,) = otel.attempt_spans()
    # Whether the loop thread had read the stream to its end before the close is a race.
    assert (attempt.attributes or {})["llmgate.outcome"] in {"ok", "cancelled"}
    assert len(otel.call_spans()) == 1
    assert listener.calls == {}


def test_budget_refusal_is_an_error_span_without_attempts(otel: Otel) -> None:
    fake = ScriptedProvider("fake")
    with make_client({"fake": fake}, {"chat": ["fake:m"]}, budget_usd=0.000001) as c:
        listener, _ = instrument(c.events, otel)
        with pytest.raises(BudgetExceededError):
            c.chat("chat", user("hi"))
    assert fake.requests == []
    (call,) = otel.spans()
    assert call.name == "chat chat"  # no attempt: named after the route
    assert call.status.status_code is StatusCode.ERROR
    a = call.attributes or {}
    assert a["error.type"] == "BudgetExceededError"
    assert a["llmgate.outcome"] == "budget_refused" and a["llmgate.budget"] == "daily"
    assert a["llmgate.attempts"] == 0
    assert listener.calls == {}


async def test_hedged_attempts_get_one_span_each(otel: Otel) -> None:
    providers = {
        "slow": ScriptedProvider("slow", [_answer("late")], delay_s=2.0),
        "fast": ScriptedProvider("fast", [_answer("early")]),
    }
    route = {"targets": ["slow:m", "fast:m"], "retries": 0, "hedge_after_s": 0.05}
    async with make_client(providers, {"chat": route}) as c:
        listener, _ = instrument(c.events, otel)
        r = await c.achat("chat", user("hi"))
    assert r.text == "early"
    spans = {(s.attributes or {})["llmgate.provider"]: s for s in otel.attempt_spans()}
    assert set(spans) == {"slow", "fast"}
    assert (spans["fast"].attributes or {})["llmgate.note"] == "hedge"
    assert (spans["slow"].attributes or {})["llmgate.outcome"] == "cancelled"
    assert listener.calls == {}


async def test_no_state_is_left_after_many_calls(otel: Otel) -> None:
    providers = {
        "bad": FailingProvider("bad", ServerError("no", status_code=500)),
        "fake": ScriptedProvider("fake"),
    }
    async with make_client(providers, {"chat": ["bad:x", "fake:m"], "solo": ["fake:m"]}) as c:
        listener, _ = instrument(c.events, otel)
        await asyncio.gather(*(c.achat("chat", user(f"q{i}")) for i in range(20)))
        await asyncio.gather(*(c.achat("solo", user(f"q{i}")) for i in range(20)))
    assert len(otel.call_spans()) == 40
    assert listener.calls == {}


def test_calls_whose_end_never_comes_are_evicted(
    otel: Otel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stream opened and never read emits no CallFinished: the dict must stay bounded."""
    monkeypatch.setattr("llmgate.telemetry.otel.MAX_OPEN_CALLS", 3)
    listener = OtelListener(tracer_provider=otel.tracer_provider)
    for i in range(5):
        listener(CallStarted(f"c{i}", "chat", True, None, {}))
        listener(AttemptStarted(f"c{i}", "chat", 1, "fake", "scripted", "m", "external"))
    assert list(listener.calls) == ["c2", "c3", "c4"]  # at most MAX_OPEN_CALLS open
    ended = otel.spans()
    assert len(ended) == 4  # call + attempt of c0 and c1
    assert {(s.attributes or {})["llmgate.outcome"] for s in ended} == {"abandoned"}
    listener(CallFinished("c0", "chat", False, 0.1))  # a late end for an evicted call: ignored
    assert len(otel.spans()) == 4


def test_events_of_unknown_calls_are_ignored(otel: Otel) -> None:
    listener = OtelListener(tracer_provider=otel.tracer_provider)
    listener(AttemptStarted("nope", "chat", 1, "fake", "scripted", "m", "external"))
    listener(CallFinished("nope", "chat", True, 0.1, cost=Decimal("0.1")))
    assert otel.spans() == [] and listener.calls == {}


async def test_sampled_out_calls_export_no_span_but_still_metrics(otel: Otel) -> None:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.sampling import ALWAYS_OFF

    sampled_out = TracerProvider(sampler=ALWAYS_OFF)
    otel.tracer_provider = sampled_out  # instrument() installs on this one
    async with make_client(
        {"fake": ScriptedProvider("fake", [_answer()])}, {"chat": ["fake:m"]}
    ) as c:
        listener, _ = instrument(c.events, otel, record_content=True)
        await c.achat("chat", user("hi"))
    assert otel.exporter.get_finished_spans() == ()
    assert sum(p.count for p in otel.points("gen_ai.client.operation.duration")) == 1
    assert listener.calls == {}


async def test_global_provider_set_after_the_listener_gets_the_next_calls_spans(
    otel: Otel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With no tracer provider given and none set globally, calls start no spans (metrics
    are still recorded); once the application sets its global provider, the next calls
    are traced, through the same listener."""
    monkeypatch.setattr(trace, "_TRACER_PROVIDER", None)  # no global provider yet
    monkeypatch.delenv("OTEL_PYTHON_TRACER_PROVIDER", raising=False)
    async with make_client(
        {"fake": ScriptedProvider("fake", [_answer(), _answer()])}, {"chat": ["fake:m"]}
    ) as c:
        install = OtelListener(meter_provider=otel.meter_provider)
        c.events.subscribe(install, inline=True)
        await c.achat("chat", user("hi"))
        assert otel.spans() == [] and install.calls == {}
        assert sum(p.count for p in otel.points("gen_ai.client.operation.duration")) == 1
        monkeypatch.setattr(trace, "_TRACER_PROVIDER", otel.tracer_provider)  # set "later"
        await c.achat("chat", user("hi again"))
    assert [s.name for s in otel.call_spans()] == ["chat m"]
    [attempt] = otel.attempt_spans()
    assert attempt.parent is not None
    assert attempt.parent.span_id == otel.call_spans()[0].context.span_id
    assert sum(p.count for p in otel.points("gen_ai.client.operation.duration")) == 2
    assert install.calls == {}
