"""Fixtures: a real loopback Anthropic server and providers pointed at it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import pytest
from llmgate_anthropic import AnthropicProvider, AnthropicSettings

from llmgate.testing import AnthropicServer

API_KEY = "sk-ant-api03-loopback-test-key-0123456789abcdef"

ProviderFactory = Callable[..., AnthropicProvider]


@pytest.fixture
def api_key() -> str:
    return API_KEY


@pytest.fixture(scope="module")
def _running_server() -> Iterator[AnthropicServer]:
    srv = AnthropicServer(api_key=API_KEY).start()
    yield srv
    srv.stop()


@pytest.fixture
def server(_running_server: AnthropicServer) -> AnthropicServer:
    """One server per module (stopping one takes a poll interval), reset for each test."""
    _running_server.reset()
    return _running_server


@pytest.fixture(params=["direct", "aiohttp", "httpx"])
def http_client(request: pytest.FixtureRequest) -> str:
    """Every provider test runs on the direct path (the default) and on both of the SDK's
    transports."""
    return str(request.param)


@pytest.fixture
async def make_provider(
    server: AnthropicServer, http_client: str
) -> AsyncIterator[ProviderFactory]:
    made: list[AnthropicProvider] = []

    def factory(**overrides: Any) -> AnthropicProvider:
        fields: dict[str, Any] = {
            "api_key": API_KEY,
            "base_url": server.url,
            "timeout_s": 5.0,
            **(
                {"transport": "direct"}
                if http_client == "direct"
                else {"transport": "sdk", "http_client": http_client}
            ),
            **overrides,
        }
        provider = AnthropicProvider("claude", AnthropicSettings(**fields))
        made.append(provider)
        return provider

    yield factory
    for provider in made:
        await provider.aclose()


@pytest.fixture
def provider(make_provider: ProviderFactory) -> AnthropicProvider:
    return make_provider()
