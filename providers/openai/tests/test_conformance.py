"""The provider conformance suite, against the loopback OpenAI server."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from llmgate_openai import OpenAIProvider
from llmgate_openai._provider import OpenAISettings

from llmgate.testing import OpenAIServer
from llmgate.testing.conformance import ProviderConformance


@pytest.fixture(scope="module")
def conformance_server() -> Iterator[OpenAIServer]:
    with OpenAIServer() as srv:
        yield srv


class TestOpenAIConformance(ProviderConformance):
    @pytest.fixture
    async def provider(self, conformance_server: OpenAIServer) -> AsyncIterator[OpenAIProvider]:
        settings = OpenAISettings(
            type="openai",
            api_key="sk-conformance-0123456789abcdef",
            base_url=conformance_server.base_url,
        )
        provider = OpenAIProvider("oa", settings)
        yield provider
        await provider.aclose()

    @pytest.fixture
    def model(self) -> str:
        return "gpt-4o-mini"

    @pytest.fixture
    def embedding_model(self) -> str | None:
        return "text-embedding-3-small"
