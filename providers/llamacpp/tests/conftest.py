"""Fixtures that run the real packaged model (SmolLM2-135M, Q4_1): loaded once per session."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator

import pytest
from llmgate_llamacpp import LlamaCppProvider, LlamaCppSettings

from llmgate.provider import ChatRequest, Message

MODEL = "smollm2-135m-instruct"


def request(text: str, **params: object) -> ChatRequest:
    """A deterministic request: greedy decoding, a fixed seed, a short answer by default."""
    merged: dict[str, object] = {"max_tokens": 12, "temperature": 0, "seed": 7}
    merged.update(params)
    return ChatRequest(model=MODEL, messages=(Message("user", text),), params=merged)


async def until(predicate: Callable[[], bool], within: float = 10.0) -> bool:
    """Poll ``predicate`` without blocking the loop, until true or the deadline."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if predicate():
            return True
        await asyncio.sleep(0.005)
    return predicate()


@pytest.fixture(scope="session")
def provider() -> Iterator[LlamaCppProvider]:
    """The packaged model, loaded once for the whole session and kept warm."""
    p = LlamaCppProvider("local", LlamaCppSettings(model=MODEL, seed=7))
    p.load()
    yield p
    p.engine().close()
