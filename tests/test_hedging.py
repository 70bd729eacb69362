"""Hedging follows the failover policy: a raced attempt is one more attempt of the one loop.

Issue 12: a route with ``hedge_after_s`` ran its own attempt loop, which did not retry a
429, failed over to a smaller context window after an overflow, and stopped hedging when
the next target's circuit was open or its budget refused it. Every test runs through the
sync and the async API; none compares times for equality (only generous bounds).
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from llmgate import Client, errors
from llmgate._events import AttemptFailed, AttemptStarted, BudgetRefused, CallFinished, Event
from llmgate._types import Completion, Usage
from llmgate.testing import Cut, FailingProvider, ScriptedProvider

from .conftest import Driver

HEDGE_S = 0.05
SLOW_S = 3.0  # a target that has not answered in this time loses any race


def make(routes: dict[str, Any], **providers: ScriptedProvider) -> Client:
    return Client({"routes": routes}, providers=providers)


def done(text: str) -> Completion:
    return Completion(text=text, model="m", usage=Usage(5, 2), finish_reason="stop")


def trace(r: Any) -> list[tuple[str, str, str | None]]:
    return [(a.provider, a.outcome, a.error) for a in r.attempts]


# -- (a) a 429 with Retry-After is retried on the same target, as without hedging ---------
async def test_a_429_on_the_first_target_is_retried_after_its_retry_after(api: Driver) -> None:
    limited = errors.RateLimitError("slow down", retry_after=0.2, status_code=429)
    a = ScriptedProvider("a", [limited, done("from a")])
    b = ScriptedProvider("b", [done("from b")])
    client = make({"r": {"targets": ["a:m", "b:m"], "retries": 2, "hedge_after_s": 1.0}}, a=a, b=b)
    t0 = time.perf_counter()
    r = await api.chat(client, "r", "hi")
    assert time.perf_counter() - t0 >= 0.19  # Retry-After is a floor on the wait
    assert r.text == "from a" and r.provider == "a"
    assert trace(r) == [("a", "error", "RateLimitError"), ("a", "ok", None)]
    assert len(a.requests) == 2 and not b.requests
    client.close()


async def test_a_429_while_a_hedge_runs_is_still_retried(api: Driver) -> None:
    # a answers 429 only after the hedge on b started; b hangs. The retry of a wins.
    limited = errors.RateLimitError("slow down", retry_after=0.0, status_code=429)
    a = ScriptedProvider("a", [limited, done("from a")], delay_s=0.2)
    b = ScriptedProvider("b", [done("from b")], delay_s=SLOW_S)
    client = make(
        {"r": {"targets": ["a:m", "b:m"], "retries": 1, "hedge_after_s": HEDGE_S}}, a=a, b=b
    )
    r = await api.chat(client, "r", "hi")
    assert r.text == "from a" and len(a.requests) == 2
    outcomes = sorted((x.provider, x.outcome, x.note) for x in r.attempts)
    assert outcomes == [
        ("a", "error", None),
        ("a", "ok", "hedge"),  # started while b still ran
        ("b", "cancelled", "hedge"),
    ]
    client.close()


# -- (b) a context overflow never fails over to a window that is no larger ----------------
async def test_context_overflow_skips_smaller_windows_while_hedging(api: Driver) -> None:
    small = FailingProvider(
        "small", errors.ContextWindowExceededError("too long"), context_window=8_000
    )
    same = ScriptedProvider("same", context_window=8_000)
    large = ScriptedProvider("large", context_window=200_000)
    client = make(
        {"r": {"targets": ["small:m", "same:m", "large:m"], "hedge_after_s": HEDGE_S}},
        small=small, same=same, large=large,
    )  # fmt: skip
    r = await api.chat(client, "r", "x" * 100)
    assert r.provider == "large" and not same.requests
    assert trace(r) == [
        ("small", "error", "ContextWindowExceededError"),
        ("same", "skipped", "ContextWindowExceededError"),
        ("large", "ok", None),
    ]
    client.close()


async def test_a_hedge_on_a_window_no_larger_is_dropped_when_the_first_overflows(
    api: Driver,
) -> None:
    # The hedge on `same` started before anyone knew the prompt is too long for 8k.
    small = FailingProvider(
        "small", errors.ContextWindowExceededError("too long"), context_window=8_000, delay_s=0.2
    )
    same = ScriptedProvider("same", [done("from same")], context_window=8_000, delay_s=SLOW_S)
    large = ScriptedProvider("large", [done("from large")], context_window=200_000)
    client = make(
        {"r": {"targets": ["small:m", "same:m", "large:m"], "hedge_after_s": HEDGE_S}},
        small=small, same=same, large=large,
    )  # fmt: skip
    r = await api.chat(client, "r", "x" * 100)
    assert r.text == "from large"
    assert [(x.provider, x.outcome, x.note) for x in r.attempts] == [
        ("small", "error", None),
        ("same", "cancelled", "hedge"),
        ("large", "ok", None),
    ]
    client.close()


# -- (c) an open circuit is skipped, and the hedge goes to the next target ------------------
async def test_the_hedge_skips_an_open_circuit_for_the_next_target(api: Driver) -> None:
    slow = ScriptedProvider("slow", [done("from slow")], delay_s=SLOW_S)
    broken = FailingProvider("broken", errors.AuthenticationError("bad key", status_code=401))
    fast = ScriptedProvider("fast", [done("from fast")])
    client = make(
        {
            "opener": {"targets": ["broken:m"], "retries": 0},
            "r": {"targets": ["slow:m", "broken:m", "fast:m"], "hedge_after_s": HEDGE_S},
        },
        slow=slow, broken=broken, fast=fast,
    )  # fmt: skip
    with pytest.raises(errors.AllProvidersFailedError):
        await api.chat(client, "opener", "hi")  # a 401 opens broken's circuit at once
    r = await api.chat(client, "r", "hi")
    assert r.text == "from fast" and len(broken.requests) == 1
    assert sorted((x.provider, x.outcome, x.note) for x in r.attempts) == [
        ("broken", "skipped", None),
        ("fast", "ok", "hedge"),
        ("slow", "cancelled", None),
    ]
    client.close()


# -- (d) budgets: a hedge the budget refuses is skipped; a refused call sends nothing -------
def _priced(budget_usd: float, **providers: ScriptedProvider) -> Client:
    pricing = {f"{n}:m": {"input": 1.0, "output": 1.0} for n in providers}
    pricing["pricey:m"] = {"input": 100_000.0, "output": 100_000.0}  # $0.1 per token
    return Client(
        {
            "routes": {"r": {"targets": [f"{n}:m" for n in providers], "hedge_after_s": HEDGE_S}},
            "pricing": pricing,
            "costs": {"budgets": {"total_usd": budget_usd}},
        },
        providers=providers,
    )


async def test_a_hedge_the_budget_refuses_is_skipped_for_the_next_target(api: Driver) -> None:
    slow = ScriptedProvider("slow", [done("from slow")], delay_s=SLOW_S)
    pricey = ScriptedProvider("pricey", [done("from pricey")])
    cheap = ScriptedProvider("cheap", [done("from cheap")])
    client = _priced(1.0, slow=slow, pricey=pricey, cheap=cheap)
    r = await api.chat(client, "r", "hi", max_tokens=100)  # pricey's worst case: > $10
    assert r.text == "from cheap" and not pricey.requests
    assert sorted((x.provider, x.outcome, x.error) for x in r.attempts) == [
        ("cheap", "ok", None),
        ("pricey", "skipped", "BudgetExceededError"),
        ("slow", "cancelled", "TimeoutError"),
    ]
    client.close()


async def test_a_call_the_budget_refuses_sends_nothing_even_when_hedged(api: Driver) -> None:
    seen: list[Event] = []
    pricey = ScriptedProvider("pricey")
    cheap = ScriptedProvider("cheap")
    client = _priced(1.0, pricey=pricey, cheap=cheap)
    client.events.subscribe(seen.append)
    with pytest.raises(errors.BudgetExceededError):
        await api.chat(client, "r", "hi", max_tokens=100)
    client.events.flush()
    assert not pricey.requests and not cheap.requests
    assert sum(isinstance(e, BudgetRefused) for e in seen) == 1
    client.close()


# -- (e) the deadline bounds the race, its retries and its failovers ------------------------
async def test_a_hedged_call_never_exceeds_its_deadline(api: Driver) -> None:
    a = ScriptedProvider("a", delay_s=30.0)
    b = ScriptedProvider("b", delay_s=30.0)
    c = ScriptedProvider("c")
    client = make(
        {"r": {"targets": ["a:m", "b:m", "c:m"], "timeout_s": 0.3, "retries": 5,
               "hedge_after_s": HEDGE_S}},
        a=a, b=b, c=c,
    )  # fmt: skip
    t0 = time.perf_counter()
    with pytest.raises(errors.AllProvidersFailedError) as info:
        await api.chat(client, "r", "hi")
    assert time.perf_counter() - t0 < 0.3 + 0.5
    assert sorted((x.provider, x.error, x.note) for x in info.value.attempts) == [
        ("a", "TimeoutError", None),
        ("b", "TimeoutError", "hedge"),
    ]
    assert not c.requests  # no time was left for it: at most two attempts run at once
    client.close()


async def test_a_retry_after_beyond_the_deadline_moves_on_at_once(api: Driver) -> None:
    a = FailingProvider("a", errors.RateLimitError("quota", retry_after=30.0, status_code=429))
    b = ScriptedProvider("b", [done("from b")])
    client = make(
        {"r": {"targets": ["a:m", "b:m"], "timeout_s": 5.0, "retries": 3,
               "hedge_after_s": 1.0}},
        a=a, b=b,
    )  # fmt: skip
    t0 = time.perf_counter()
    r = await api.chat(client, "r", "hi")
    assert time.perf_counter() - t0 < 1.0, "neither the Retry-After nor the hedge delay waited"
    assert r.text == "from b" and len(a.requests) == 1
    assert trace(r) == [("a", "error", "RateLimitError"), ("b", "ok", None)]
    client.close()


# -- streams: continuation is planned by the same loop ------------------------------------
async def test_a_hedged_stream_continues_on_the_next_target(api: Driver) -> None:
    a = ScriptedProvider("a", [Cut("first half, ", errors.ServerError("reset"))])
    b = ScriptedProvider("b", [done("second half")])
    client = make(
        {"r": {"targets": ["a:m", "b:m"], "on_stream_error": "continue",
               "hedge_after_s": HEDGE_S}},
        a=a, b=b,
    )  # fmt: skip
    texts, response = await api.stream(client, "r", "hi")
    assert response.text == "first half, second half" == "".join(texts)
    assert [(x.provider, x.outcome, x.note) for x in response.attempts] == [
        ("a", "interrupted", None),
        ("b", "ok", "continuation"),
    ]
    client.close()


async def test_a_continuation_goes_on_from_where_the_call_was(api: Driver) -> None:
    # `down` already failed this call: the continuation does not start the route over.
    down = FailingProvider("down", errors.ServerError("down"))
    cut = ScriptedProvider("cut", [Cut("first half, ", errors.ServerError("reset"))])
    limited = errors.RateLimitError("slow down", retry_after=0.0, status_code=429)
    last = ScriptedProvider("last", [limited, done("second half")])
    client = make(
        {"r": {"targets": ["down:m", "cut:m", "last:m"], "on_stream_error": "continue",
               "retries": 1}},
        down=down, cut=cut, last=last,
    )  # fmt: skip
    texts, response = await api.stream(client, "r", "hi")
    assert response.text == "first half, second half" == "".join(texts)
    assert [(x.provider, x.outcome, x.note) for x in response.attempts] == [
        ("down", "error", None),
        ("down", "error", None),
        ("cut", "interrupted", None),
        ("last", "error", "continuation"),  # the 429 is retried, per policy
        ("last", "ok", "continuation"),
    ]
    assert len(down.requests) == 2
    client.close()


async def test_a_hedged_stream_is_served_by_the_faster_target(api: Driver) -> None:
    slow = ScriptedProvider("slow", [done("slow answer")], delay_s=SLOW_S)
    fast = ScriptedProvider("fast", [done("fast answer")])
    client = make(
        {"r": {"targets": ["slow:m", "fast:m"], "hedge_after_s": HEDGE_S}}, slow=slow, fast=fast
    )
    texts, response = await api.stream(client, "r", "hi")
    assert "".join(texts) == "fast answer" == response.text
    assert sorted((x.provider, x.outcome, x.note) for x in response.attempts) == [
        ("fast", "ok", "hedge"),
        ("slow", "cancelled", None),
    ]
    client.close()


# -- the caller going away ----------------------------------------------------------------
async def test_a_caller_cancelling_a_hedged_call_cancels_and_records_both_attempts() -> None:
    import asyncio

    seen: list[Event] = []
    both = asyncio.Event()

    def listen(event: Event) -> None:
        seen.append(event)
        if sum(isinstance(e, AttemptStarted) for e in seen) == 2:
            both.set()

    a = ScriptedProvider("a", delay_s=SLOW_S)
    b = ScriptedProvider("b", delay_s=SLOW_S)
    client = make({"r": {"targets": ["a:m", "b:m"], "hedge_after_s": HEDGE_S}}, a=a, b=b)
    client.events.subscribe(listen, inline=True)
    call = asyncio.ensure_future(client.achat("r", "hi"))
    await asyncio.wait_for(both.wait(), 5.0)
    call.cancel()
    with pytest.raises(asyncio.CancelledError):
        await call
    ended = [(e.provider, e.outcome, e.breaker_state) for e in seen if isinstance(e, AttemptFailed)]
    assert sorted(ended) == [("a", "cancelled", "closed"), ("b", "cancelled", "closed")]
    (finished,) = [e for e in seen if isinstance(e, CallFinished)]
    assert not finished.ok and finished.error_type == "CancelledError"
    assert not a.requests and not b.requests  # both were cut before the vendor answered
    await client.aclose()
