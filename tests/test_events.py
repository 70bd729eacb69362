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
