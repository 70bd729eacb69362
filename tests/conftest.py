from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from llmgate import ChatResponse, Client
from llmgate.testing._anthropic_server import AnthropicServer
from llmgate.testing._openai_server import OpenAIServer


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


@pytest.fixture
async def clients() -> AsyncIterator[list[Client]]:
    """Clients a test makes, closed on the test's loop even when it fails."""
    made: list[Client] = []
    yield made
    for client in made:
        await client.aclose()


@pytest.fixture
def openai_server() -> Iterator[OpenAIServer]:
    with OpenAIServer() as srv:
        yield srv


@pytest.fixture
def anthropic_server() -> Iterator[AnthropicServer]:
    srv = AnthropicServer().start()
    yield srv
    srv.stop()
