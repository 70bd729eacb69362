"""The provider conformance suite, against the loopback Anthropic server."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from llmgate_anthropic import AnthropicProvider, AnthropicSettings

from llmgate.testing import AnthropicServer
from llmgate.testing.conformance import ProviderConformance

from .conftest import API_KEY


class TestAnthropicConformance(ProviderConformance):
    @pytest.fixture
    async def provider(self, server: AnthropicServer) -> AsyncIterator[AnthropicProvider]:
        settings = AnthropicSettings(type="anthropic", api_key=API_KEY, base_url=server.url)
        provider = AnthropicProvider("claude", settings)
        yield provider
        await provider.aclose()

    @pytest.fixture
    def model(self) -> str:
        return "claude-haiku-4-5"
