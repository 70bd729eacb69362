"""The call flow with scripted providers: failover, retries, streams, hedging, deadlines.

Every test runs through the sync and the async API (the ``api`` fixture).
"""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from llmgate import Client, errors
from llmgate._events import AttemptFailed, AttemptStarted, CallFinished, Event
from llmgate._types import Completion, Usage
from llmgate.testing import Cut, FailingProvider, ScriptedProvider

from .conftest import Driver


def make(routes: dict[str, Any], **providers: ScriptedProvider) -> Client:
    return Client({"routes": routes}, providers=providers)


def done(text: str, usage: Usage | None = None) -> Completion:
    return Completion(text=text, model="m", usage=usage or Usage(5, 2), finish_reason="stop")


async def test_failover_after_retries(api: Driver) -> None:
    a = FailingProvider("a", errors.ServerError("boom"))
    b = ScriptedProvider("b", [done("from b")])
    client = make({"r": {"targets": ["a:m", "b:m"], "retries": 2}}, a=a, b=b)
    r = await api.chat(client, "r", "hi")
    assert r.text == "from b" and r.provider == "b"
    assert [(x.provider, x.outcome, x.error) for x in r.attempts] == [
        ("a", "error", "ServerError"),
        ("a", "error", "ServerError"),
        ("a", "error", "ServerError"),
        ("b", "ok", None),
    ]
    assert len(a.requests) == 3
    client.close()


async def test_bad_request_is_not_retried_nor_failed_over(api: Driver) -> None:
    a = FailingProvider("a", errors.BadRequestError("temperature must be <= 2", status_code=400))
    b = ScriptedProvider("b")
    client = make({"r": {"targets": ["a:m", "b:m"]}}, a=a, b=b)
    with pytest.raises(errors.BadRequestError, match="temperature must be"):
        await api.chat(client, "r", "hi")
    assert len(a.requests) == 1 and not b.requests
    client.close()


async def test_auth_error_fails_over_without_retry_and_opens_breaker(api: Driver) -> None:
    a = FailingProvider("a", errors.AuthenticationError("bad key", status_code=401))
    b = ScriptedProvider("b")
    client = make({"r": {"targets": ["a:m", "b:m"], "retries": 3}}, a=a, b=b)
    r = await api.chat(client, "r", "hi")
    assert r.provider == "b" and len(a.requests) == 1
    await api.chat(client, "r", "again")
    assert len(a.requests) == 1, "an unhealthy target must get no request while open"
    client.close()


async def test_context_overflow_moves_to_larger_window_only(api: Driver) -> None:
    small = FailingProvider(
        "small", errors.ContextWindowExceededError("too long"), context_window=8_000
    )
    same = ScriptedProvider("same", context_window=8_000)
    large = ScriptedProvider("large", context_window=200_000)
    client = make(
        {"r": {"targets": ["small:m", "same:m", "large:m"]}}, small=small, same=same, large=large
    )
    r = await api.chat(client, "r", "x" * 100)
    assert r.provider == "large" and not same.requests
    # A later prompt at least as long skips the small model at once.
    r = await api.chat(client, "r", "y" * 200)
    assert r.provider == "large" and len(small.requests) == 1
    assert r.attempts[0].outcome == "skipped"
    client.close()


async def test_all_failed_carries_attempts(api: Driver) -> None:
    a = FailingProvider("a", errors.ServerError("down"))
    b = FailingProvider("b", errors.NotFoundError("no such model", status_code=404))
    client = make({"r": {"targets": ["a:m", "b:m"], "retries": 0}}, a=a, b=b)
    with pytest.raises(errors.AllProvidersFailedError) as info:
        await api.chat(client, "r", "hi")
    assert [x.error for x in info.value.attempts] == ["ServerError", "NotFoundError"]
    assert "a:m" in str(info.value) and "b:m" in str(info.value)
    client.close()


async def test_stream_failover_before_first_chunk_is_invisible(api: Driver) -> None:
    a = ScriptedProvider("a", [Cut("", errors.StreamInterruptedError("cut"))])
    b = ScriptedProvider("b", [done("hello from b")])
    client = make({"r": {"targets": ["a:m", "b:m"], "retries": 0}}, a=a, b=b)
    texts, response = await api.stream(client, "r", "hi")
    assert "".join(texts) == "hello from b" == response.text
    assert [x.outcome for x in response.attempts] == ["error", "ok"]
    client.close()


async def test_stream_error_after_first_chunk_raises_with_partial(api: Driver) -> None:
    a = ScriptedProvider("a", [Cut("partial answer", errors.ServerError("reset"))])
    b = ScriptedProvider("b")
    client = make({"r": {"targets": ["a:m", "b:m"]}}, a=a, b=b)
    with pytest.raises(errors.StreamInterruptedError) as info:
        await api.stream(client, "r", "hi")
    assert info.value.partial_text == "partial answer"
    assert not b.requests
    client.close()


async def test_stream_continue_mode_marks_the_seam(api: Driver) -> None:
    a = ScriptedProvider("a", [Cut("first half, ", errors.ServerError("reset"))])
    b = ScriptedProvider("b", [done("second half")])
    client = make({"r": {"targets": ["a:m", "b:m"], "on_stream_error": "continue"}}, a=a, b=b)
    texts, response = await api.stream(client, "r", "hi")
    assert response.text == "first half, second half" == "".join(texts)
    assert [(x.provider, x.outcome, x.note) for x in response.attempts] == [
        ("a", "interrupted", None),
        ("b", "ok", "continuation"),
    ]
    sent = b.requests[0].messages
    assert sent[-2].role == "assistant" and sent[-2].content == "first half, "
    assert response.attempts[0].usage is not None and response.attempts[0].usage.estimated
    client.close()


async def test_hedging_returns_the_faster_and_cancels_the_other(api: Driver) -> None:
    slow = ScriptedProvider("slow", [done("slow")], delay_s=30.0)
    fast = ScriptedProvider("fast", [done("fast")])
    client = make(
        {"r": {"targets": ["slow:m", "fast:m"], "hedge_after_s": 0.05}}, slow=slow, fast=fast
    )
    t0 = time.perf_counter()
    r = await api.chat(client, "r", "hi")
    assert time.perf_counter() - t0 < 10  # waiting for the slow one would take 30 s
    assert r.text == "fast"
    outcomes = {(x.provider, x.outcome, x.note) for x in r.attempts}
    assert ("fast", "ok", "hedge") in outcomes and ("slow", "cancelled", None) in outcomes
    client.close()


async def test_hung_target_never_exceeds_deadline(api: Driver) -> None:
    hang = ScriptedProvider("hang", delay_s=30.0)
    client = make({"r": {"targets": ["hang:m"], "timeout_s": 0.3, "retries": 5}}, hang=hang)
    t0 = time.perf_counter()
    with pytest.raises(errors.AllProvidersFailedError) as info:
        await api.chat(client, "r", "hi")
    assert time.perf_counter() - t0 < 10  # the hang is 30 s; six attempts of it far more
    assert info.value.attempts[0].error == "TimeoutError"
    client.close()


async def test_unsupported_parameter_refused_before_sending(api: Driver) -> None:
    a = ScriptedProvider("a")
    client = make({"r": {"targets": ["a:m"]}}, a=a)
    with pytest.raises(errors.BadRequestError, match="logit_bias"):
        await api.chat(client, "r", "hi", logit_bias={"1": 2})
    with pytest.raises(errors.BadRequestError, match="unknown parameter"):
        await api.chat(client, "r", "hi", temprature=0.1)
    assert not a.requests
    client.close()


@pytest.mark.parametrize(
    ("messages", "match"),
    [
        ([{"role": "bot", "content": "x"}], r"messages\[0\].role"),
        ([{"role": "user", "content": ""}], r"messages\[0\].content"),
        ([{"role": "user", "content": [{"type": "txt", "text": "x"}]}], "content part type"),
        ([{"role": "user", "content": [{"type": "text"}]}], "text part"),
        ([{"role": "tool", "content": "42"}], "tool_call_id"),
        ([], "empty"),
    ],
)
async def test_bad_messages_refused_before_sending(
    api: Driver, messages: list[dict[str, Any]], match: str
) -> None:
    a = ScriptedProvider("a")
    client = make({"r": {"targets": ["a:m"]}}, a=a)
    with pytest.raises(errors.BadRequestError, match=match):
        await api.chat(client, "r", messages)
    assert not a.requests
    client.close()


async def test_events_in_order(api: Driver) -> None:
    seen: list[Event] = []
    a = FailingProvider("a", errors.RateLimitError("slow down", retry_after=0.0))
    b = ScriptedProvider("b")
    client = Client(
        {"routes": {"r": {"targets": ["a:m", "b:m"], "retries": 0}}},
        providers={"a": a, "b": b},
        on_event=seen.append,
    )
    await api.chat(client, "r", "hi", tags={"team": "x"})
    client.events.flush()
    kinds = [type(e).__name__ for e in seen if type(e).__name__ != "PriceUnknown"]
    assert "PriceUnknown" in {type(e).__name__ for e in seen}  # b:m has no price: said so
    assert kinds == [
        "CallStarted",
        "AttemptStarted",
        "AttemptFailed",
        "AttemptStarted",
        "AttemptSucceeded",
        "CallFinished",
    ]
    failed = next(e for e in seen if isinstance(e, AttemptFailed))
    assert failed.error_type == "RateLimitError"
    started = [e for e in seen if isinstance(e, AttemptStarted)]
    assert [e.attempt for e in started] == [1, 2]
    finished = seen[-1]
    assert isinstance(finished, CallFinished) and finished.ok and finished.tags == {"team": "x"}
    client.close()


async def test_slow_callback_does_not_delay_the_call(api: Driver) -> None:
    # The callback blocks until the call has returned: on the call path it would deadlock
    # for 30 s and then report that it was never released.
    release = threading.Event()
    released: list[bool] = []

    def slow(_: Event) -> None:
        released.append(release.wait(30))

    def broken(_: Event) -> None:
        raise RuntimeError("callback bug")

    client = Client({}, providers={"a": ScriptedProvider("a")}, on_event=slow)
    client.events.subscribe(broken)
    r = await api.chat(client, "a:m", "hi")
    release.set()
    assert r.text == "hi"
    client.close()  # flushes the callbacks
    assert released and all(released)


async def test_tool_calls_round_trip(api: Driver) -> None:
    from llmgate._types import ToolCall

    call = ToolCall("call_1", "get_weather", '{"city": "Paris"}')
    a = ScriptedProvider("a", [Completion("", "m", Usage(1, 1), (call,), "tool_calls")])
    client = make({"r": {"targets": ["a:m"]}}, a=a)
    tools = [
        {"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}
    ]
    msgs: list[dict[str, Any]] = [{"role": "user", "content": "weather?"}]
    r = await api.chat(client, "r", msgs, tools=tools)
    assert r.tool_calls == [call] and r.tool_calls[0].parsed_arguments() == {"city": "Paris"}
    msgs.append(r.message)
    msgs.append({"role": "tool", "tool_call_id": "call_1", "content": "sunny"})
    await api.chat(client, "r", msgs, tools=tools)
    sent = a.requests[1].messages
    assert sent[1].tool_calls == (call,) and sent[2].tool_call_id == "call_1"
    assert a.requests[1].tools[0]["function"]["name"] == "get_weather"
    client.close()


class _SlowStream(ScriptedProvider):
    """Streams 200 small chunks, 5 ms apart, counting what it produced."""

    produced = 0

    async def stream(self, request: Any) -> Any:
        import asyncio

        from llmgate._types import StreamEvent

        for i in range(200):
            self.produced += 1
            yield StreamEvent(text=f"t{i} ")
            await asyncio.sleep(0.005)
        yield StreamEvent(usage=Usage(1, 200), finish_reason="stop")


async def test_closing_a_stream_early_stops_the_provider(api: Driver) -> None:
    import asyncio

    seen: list[Event] = []
    slow = _SlowStream("slow")
    client = Client({}, providers={"slow": slow}, on_event=seen.append)
    if api.mode == "sync":

        def read_one() -> None:
            with client.stream("slow:m", "go") as s:
                for _ in s:
                    break

        await asyncio.to_thread(read_one)
    else:
        async with client.astream("slow:m", "go") as s:
            async for _ in s:
                break
    from llmgate.testing import wait_until

    def finished() -> bool:
        client.events.flush()
        return any(isinstance(e, CallFinished) for e in seen)

    assert wait_until(finished)
    assert slow.produced < 20
    failed = [e for e in seen if isinstance(e, AttemptFailed)]
    assert [e.outcome for e in failed] == ["cancelled"]
    end = next(e for e in seen if isinstance(e, CallFinished))
    assert not end.ok
    client.close()


async def test_a_hanging_first_target_loses_hedges_until_its_breaker_opens(api: Driver) -> None:
    slow = ScriptedProvider("slow", delay_s=5.0)
    fast = ScriptedProvider("fast")
    client = Client(
        {
            "routes": {"r": {"targets": ["slow:m", "fast:m"], "hedge_after_s": 0.05}},
            "circuit_breaker": {"failure_threshold": 3, "cooldown_s": 60},
        },
        providers={"slow": slow, "fast": fast},
    )
    for _ in range(3):
        r = await api.chat(client, "r", "hi")
        assert r.provider == "fast"
        assert r.attempts[0].outcome == "cancelled" and r.attempts[0].error == "TimeoutError"
    r = await api.chat(client, "r", "hi")
    # An open circuit is skipped before any hedge: no attempt on it and no hedge delay (the
    # fast target answers as a first try, with no "hedge" note).
    assert [(a.provider, a.outcome, a.note) for a in r.attempts] == [
        ("slow", "skipped", None),
        ("fast", "ok", None),
    ]
    client.close()


async def test_a_failed_hedge_is_not_tried_again(api: Driver) -> None:
    slow = FailingProvider("slow", errors.ServerError("late failure"), delay_s=0.2)
    backup = FailingProvider("backup", errors.ServerError("down"))
    third = ScriptedProvider("third")
    client = make(
        {"r": {"targets": ["slow:m", "backup:m", "third:m"], "hedge_after_s": 0.05,
               "retries": 0}},
        slow=slow, backup=backup, third=third,
    )  # fmt: skip
    r = await api.chat(client, "r", "hi")
    assert r.provider == "third" and len(backup.requests) == 1
    # Once the hedge failed, the next target started at once beside the silent first one.
    assert sorted((x.provider, x.outcome, x.note) for x in r.attempts) == [
        ("backup", "error", "hedge"),
        ("slow", "cancelled", None),
        ("third", "ok", "hedge"),
    ]
    client.close()


class _Stalls(ScriptedProvider):
    """Streams one word, then nothing for 30 s; records that its stream was closed."""

    closed = False

    async def stream(self, request: Any) -> Any:
        import asyncio

        from llmgate.provider import StreamEvent

        try:
            yield StreamEvent(text="first ", model=request.model)
            await asyncio.sleep(30.0)
            yield StreamEvent(text="never")
        finally:
            self.closed = True


async def test_a_stream_that_stalls_after_its_first_chunk_is_cut_at_the_deadline(
    api: Driver,
) -> None:
    stalls = _Stalls("stalls")
    client = make({"r": {"targets": ["stalls:m"], "timeout_s": 0.3}}, stalls=stalls)
    t0 = time.perf_counter()
    with pytest.raises(errors.StreamInterruptedError, match="stalled") as info:
        await api.stream(client, "r", "hi")
    assert time.perf_counter() - t0 < 10  # the stall is 30 s
    assert info.value.partial_text == "first "
    assert stalls.closed
    client.close()
    after = make({"r": {"targets": ["ok:m"]}}, ok=ScriptedProvider("ok"))
    texts, response = await api.stream(after, "r", "hi")  # nothing left cancelled behind
    assert "".join(texts) == response.text != ""
    after.close()
