"""Fixtures: a real loopback OpenAI server and a provider pointed at it, on every transport:
direct (the default) and the SDK's aiohttp and httpx ones."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from llmgate_openai import OpenAIProvider, OpenAISettings

from llmgate.testing import OpenAIServer

# Key-shaped on purpose: the scrubber must catch it by value and by shape.
KEY = "sk-test-Qm4Rt8Yp2Wx6Zc1Vb5NkLa9"


@pytest.fixture
def api_key() -> str:
    return KEY


@pytest.fixture(scope="session")
def shared_openai_server() -> Iterator[OpenAIServer]:
    # One server for the session: stopping one takes up to the stdlib's 0.5 s poll interval.
    with OpenAIServer(api_key=KEY) as srv:
        yield srv


@pytest.fixture
def openai_server(shared_openai_server: OpenAIServer) -> OpenAIServer:
    """A fake OpenAI that demands ``KEY`` as its bearer token, with a clean slate."""
    shared_openai_server.reset()
    shared_openai_server.api_key = KEY
    return shared_openai_server


@pytest.fixture(params=["direct", "aiohttp", "httpx"])
async def provider(
    request: pytest.FixtureRequest, openai_server: OpenAIServer
) -> AsyncIterator[OpenAIProvider]:
    settings = OpenAISettings(
        api_key=KEY, base_url=openai_server.base_url, timeout_s=5, **transport(request.param)
    )
    p = OpenAIProvider("openai", settings)
    yield p
    await p.aclose()


def transport(via: str) -> dict[str, str]:
    """Settings for ``via``: "direct" (the default), or the SDK's "aiohttp" or "httpx"."""
    return {"transport": "direct"} if via == "direct" else {"transport": "sdk", "http_client": via}
