from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from llmgate import ChatResponse, Client


class Driver:
    """Runs the same behavioural test through the sync or the async API."""

    def __init__(self, mode: str) -> None:
        self.mode = mode

    async def chat(self, client: Client, *args: Any, **kwargs: Any) -> ChatResponse:
        if self.mode == "sync":
            return await asyncio.to_thread(client.chat, *args, **kwargs)
        return await client.achat(*args, **kwargs)

    async def stream(
        self, client: Client, *args: Any, **kwargs: Any
    ) -> tuple[list[str], ChatResponse]:
        if self.mode == "sync":

            def run() -> tuple[list[str], ChatResponse]:
                with client.stream(*args, **kwargs) as s:
                    texts = [c.text for c in s]
                return texts, s.response

            return await asyncio.to_thread(run)
        async with client.astream(*args, **kwargs) as s:
            texts = [c.text async for c in s]
        return texts, s.response


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest) -> Iterator[Driver]:
    yield Driver(request.param)
