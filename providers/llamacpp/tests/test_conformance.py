"""The provider conformance suite, on the real packaged model."""

from __future__ import annotations

import pytest
from llmgate_llamacpp import LlamaCppProvider

from llmgate.testing.conformance import ProviderConformance

from .conftest import MODEL


class TestLlamaCppConformance(ProviderConformance):
    @pytest.fixture
    def provider(self, provider: LlamaCppProvider) -> LlamaCppProvider:
        return provider

    @pytest.fixture
    def model(self) -> str:
        return MODEL

    @pytest.fixture
    def embedding_model(self) -> str | None:
        return "all-minilm-l6-v2"  # a packaged embedding model, served by any llamacpp provider
