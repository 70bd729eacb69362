"""The flow's attempt timer (``llmgate._bound``): asyncio.timeout's rules, and the bound
that providers may rely on instead of a timer of their own (``attempt_bounded``)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from llmgate import Client, errors
from llmgate._bound import Bound
from llmgate.provider import (
    ChatRequest,
    Completion,
    Provider,
    ProviderSettings,
    StreamEvent,
    Usage,
    attempt_bounded,
    timeout_at,
)


async def _bounded(delay: float, work: float) -> str:
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    assert task is not None
    with Bound(loop, task, loop.time() + delay):
        await asyncio.sleep(work)
    return "done"


async def test_bound_raises_timeout_error_when_it_expires() -> None:
    with pytest.raises(TimeoutError):
        await _bounded(0.01, 1.0)
    assert asyncio.current_task().cancelling() == 0  # type: ignore[union-attr]


async def test_bound_that_does_not_expire_leaves_no_timer() -> None:
    assert await _bounded(0.05, 0.0) == "done"
    await asyncio.sleep(0.08)  # a timer left behind would cancel this task now


async def test_bound_in_the_past_expires_at_the_next_turn() -> None:
    with pytest.raises(TimeoutError):
        await _bounded(-1.0, 0.05)


async def test_a_cancellation_from_outside_stays_a_cancellation() -> None:
    task = asyncio.create_task(_bounded(10.0, 10.0))
    await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


async def test_cancelled_from_outside_as_it_expires_stays_a_cancellation() -> None:
    # As asyncio.timeout: a second cancel request is not the timer's to turn into a timeout.
    async def both() -> None:
        loop = asyncio.get_running_loop()
        task = asyncio.current_task()
        assert task is not None
        with Bound(loop, task, loop.time() + 0.01):
            task.cancel()  # someone else's request, pending with the timer's
            await asyncio.sleep(1.0)

    with pytest.raises(asyncio.CancelledError):
        await asyncio.create_task(both())


async def _asked() -> bool:
    return attempt_bounded(None)


class _Probe(Provider):
    """Answers with what ``attempt_bounded`` said inside its attempt."""

    def __init__(self, timeout_s: float) -> None:
        super().__init__("p", ProviderSettings(type="probe", timeout_s=timeout_s))
        self.seen: list[tuple[bool, bool, bool]] = []

    async def complete(self, request: ChatRequest) -> Completion:
        assert request.timeout_s is not None
        inner = asyncio.create_task(_asked())
        self.seen.append(
            (
                attempt_bounded(request.timeout_s),  # the flow's bound: at most this long
                attempt_bounded(request.timeout_s / 100),  # a tighter limit: not covered
                await inner,  # a task started inside the attempt is not bounded by it
            )
        )
        if request.timeout_s < 1:
            await asyncio.sleep(5)
        return Completion(text="ok", model=request.model, usage=Usage(1, 1))

    async def stream(self, request: ChatRequest) -> AsyncIterator[StreamEvent]:
        yield StreamEvent(text="ok")


async def test_providers_see_the_flow_bound_only_inside_their_attempt() -> None:
    probe = _Probe(30.0)
    client = Client({"routes": {"r": {"targets": ["p:m"]}}}, providers={"p": probe})
    assert not attempt_bounded(None)  # outside any attempt
    r = await client.achat("r", "hi")
    assert r.text == "ok" and probe.seen == [(True, False, False)]
    assert not attempt_bounded(None)  # the bound ends with the attempt
    await client.aclose()


async def test_the_flow_timeout_still_ends_a_slow_attempt() -> None:
    probe = _Probe(0.05)
    client = Client({"routes": {"r": {"targets": ["p:m"]}}}, providers={"p": probe})
    with pytest.raises(errors.AllProvidersFailedError) as info:
        await client.achat("r", "hi")
    assert info.value.attempts[0].error == "TimeoutError"
    assert "no answer within 0.05 s" in (info.value.attempts[0].error_message or "")
    await client.aclose()


async def test_a_bound_without_a_limit_sets_no_timer() -> None:
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    assert task is not None
    with Bound(loop, task, None) as bound:
        await asyncio.sleep(0.01)
    assert not bound.expired


async def test_timeout_at_for_providers_has_asyncio_timeout_ats_rules() -> None:
    loop = asyncio.get_running_loop()
    with pytest.raises(TimeoutError), timeout_at(loop.time() + 0.02):
        await asyncio.sleep(5)
    with timeout_at(loop.time() + 5):  # not expired: the block's result, no error
        await asyncio.sleep(0)
    with timeout_at(None):
        await asyncio.sleep(0.01)
    with timeout_at(loop.time() + 0.02):  # expired before a block that does not wait
        pass
    await asyncio.sleep(0.05)  # and its timer was cancelled: no stray cancellation lands

    async def cut_from_outside() -> None:
        with timeout_at(loop.time() + 5):
            await asyncio.sleep(5)

    task = asyncio.ensure_future(cut_from_outside())
    await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


def test_timeout_at_outside_a_task_is_refused() -> None:
    with pytest.raises(RuntimeError):
        timeout_at(None)
