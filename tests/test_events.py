"""The event bus: deferred delivery on an event loop (what the gateway turns on)."""

from __future__ import annotations

import asyncio
import contextvars

from llmgate import Client
from llmgate.events import CallFinished, CallStarted, Event
from llmgate.testing import ScriptedProvider

TAG: contextvars.ContextVar[str] = contextvars.ContextVar("TAG", default="none")


def scripted_client() -> Client:
    return Client({"routes": {"r": {"targets": ["a:m"]}}}, providers={"a": ScriptedProvider("a")})


async def test_deferred_events_arrive_after_the_task_yields_in_order_and_context() -> None:
    client = scripted_client()
    seen: list[tuple[str, str]] = []

    def listen(event: Event) -> None:
        seen.append((type(event).__name__, TAG.get()))

    client.events.subscribe(listen, inline=True)
    client.events.defer_on_loop()
    TAG.set("caller")
    await client.achat("r", "hi")
    # The call is over, but its last events wait for the caller's task to yield.
    assert ("CallFinished", "caller") not in seen
    await asyncio.sleep(0)
    names = [name for name, _ in seen]
    assert names[0] == CallStarted.__name__ and names[-1] == CallFinished.__name__
    assert {tag for _, tag in seen} == {"caller"}  # each keeps its emitter's context


async def test_events_are_delivered_at_once_by_default() -> None:
    client = scripted_client()
    seen: list[str] = []
    client.events.subscribe(lambda e: seen.append(type(e).__name__), inline=True)
    await client.achat("r", "hi")
    assert seen[-1] == "CallFinished"


def test_deferral_without_a_running_loop_delivers_at_once() -> None:
    client = scripted_client()
    seen: list[str] = []
    client.events.subscribe(lambda e: seen.append(type(e).__name__), inline=True)
    client.events.defer_on_loop()
    client.chat("r", "hi")  # the sync API emits from its own loop; all delivered by return
    assert seen[0] == "CallStarted" and seen[-1] == "CallFinished"


def _comparable(event: Event) -> dict[str, object]:
    """An event's fields less those that differ between two runs of the same call."""
    import dataclasses

    skip = {"call_id", "latency_s"}
    fields = {f.name: getattr(event, f.name) for f in dataclasses.fields(event)}
    out = {k: v for k, v in fields.items() if k not in skip}
    if "attempts" in out:
        out["attempts"] = [
            (a.provider, a.model, a.outcome, a.usage, a.cost) for a in event.attempts
        ]  # type: ignore[attr-defined]
    return {"type": type(event).__name__, **out}


async def test_deferred_events_are_the_events_delivered_at_once() -> None:
    # The flow's events are built when delivered on a deferring bus (after the caller's
    # task yields): they must say what the events delivered at once say.
    runs: list[list[dict[str, object]]] = []
    for defer in (False, True):
        client = scripted_client()
        seen: list[Event] = []
        client.events.subscribe(seen.append, inline=True)
        if defer:
            client.events.defer_on_loop()
        await client.achat("r", "hi", tags={"team": "a"})
        await asyncio.sleep(0)
        assert all(type(e).__dataclass_params__.frozen for e in seen)  # type: ignore[attr-defined]
        runs.append([_comparable(e) for e in seen])
    assert runs[0] == runs[1]
    assert [r["type"] for r in runs[1]] == [
        "CallStarted",
        "AttemptStarted",
        "PriceUnknown",  # the scripted provider has no price
        "AttemptSucceeded",
        "CallFinished",
    ]
