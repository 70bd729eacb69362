"""Providers for fast tests: scripted answers and scripted failures, no network.

::

    provider = ScriptedProvider("fake", [Completion(text="hi", model="m", usage=Usage(3, 1))])
    client = Client({"providers": {}, "routes": {}}, providers={"fake": provider})
    assert client.chat("fake:m", "hello").text == "hi"
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass
from typing import Any, cast

from llmgate._types import ChatRequest, Completion, StreamEvent, Trust, Usage
from llmgate.provider import Capabilities, Provider, ProviderSettings

__all__ = ["Cut", "FailingProvider", "ScriptedProvider"]


@dataclass(frozen=True, slots=True)
class Cut:
    """A stream that sends ``text`` and then fails with ``error`` (``complete`` just fails)."""

    text: str
    error: BaseException


Step = Completion | BaseException | Cut


class ScriptedProvider(Provider):
    """Answers from a script: each item is a ``Completion`` to return or an error to raise.

    When the script runs out it echoes the last user message. ``requests`` records every
    request received; ``delay_s`` simulates a slow vendor; streams split the text into
    ``chunk_size``-character pieces.
    """

    capabilities = Capabilities(
        params=frozenset({"max_tokens", "temperature", "top_p", "stop", "seed"}),
        content_parts=frozenset({"text", "image_url"}),
    )

    def __init__(
        self,
        name: str = "scripted",
        script: Iterable[Step] = (),
        *,
        trust: str = "external",
        delay_s: float = 0.0,
        chunk_size: int = 4,
        context_window: int | None = None,
        timeout_s: float = 60.0,
    ) -> None:
        settings = ProviderSettings(
            type="scripted",
            trust=cast(Trust, trust),
            context_window=context_window,
            timeout_s=timeout_s,
        )
        super().__init__(name, settings)
        self.script: deque[Step] = deque(script)
        self.requests: list[ChatRequest] = []
        self.delay_s = delay_s
        self.chunk_size = chunk_size

    def _step(self, request: ChatRequest) -> Completion | Cut:
        self.requests.append(request)
        if self.script:
            step = self.script.popleft()
            if isinstance(step, BaseException):
                raise step
            return step
        return self._echo(request)

    def _echo(self, request: ChatRequest) -> Completion:
        last = next((m.text() for m in reversed(request.messages) if m.role == "user"), "")
        return Completion(
            text=last, model=request.model, usage=Usage(len(last), len(last)), finish_reason="stop"
        )

    async def complete(self, request: ChatRequest) -> Completion:
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        step = self._step(request)
        if isinstance(step, Cut):
            raise step.error
        return step

    async def stream(self, request: ChatRequest) -> AsyncIterator[StreamEvent]:
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        done = self._step(request)
        if isinstance(done, Cut):
            for i in range(0, len(done.text), self.chunk_size):
                yield StreamEvent(text=done.text[i : i + self.chunk_size])
                await asyncio.sleep(0)
            raise done.error
        text = done.text
        for i in range(0, len(text), self.chunk_size):
            yield StreamEvent(text=text[i : i + self.chunk_size], model=done.model)
            await asyncio.sleep(0)
        yield StreamEvent(usage=done.usage, finish_reason=done.finish_reason or "stop")


class FailingProvider(ScriptedProvider):
    """Always raises ``error`` (a fresh copy each time is not needed: errors are values)."""

    def __init__(self, name: str, error: BaseException, **kw: Any) -> None:
        super().__init__(name, **kw)
        self.error = error

    def _step(self, request: ChatRequest) -> Completion | Cut:
        self.requests.append(request)
        raise self.error
