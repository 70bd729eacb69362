from __future__ import annotations

import subprocess
import sys

import llmgate
from llmgate import errors


def test_exports_are_exactly_the_intended_ones() -> None:
    assert llmgate.__all__ == sorted(llmgate.__all__)
    assert set(llmgate.__all__) == {
        "AsyncStream",
        "Attempt",
        "ChatChunk",
        "ChatResponse",
        "Client",
        "Message",
        "Redaction",
        "Stream",
        "ToolCall",
        "ToolCallDelta",
        "Usage",
        "__version__",
    }
    for name in llmgate.__all__:
        assert getattr(llmgate, name) is not None


def test_error_tree_matches_the_contract() -> None:
    provider_errors = [
        errors.RateLimitError,
        errors.OverloadedError,
        errors.ServerError,
        errors.TimeoutError,
        errors.ConnectionError,
        errors.AuthenticationError,
        errors.BadRequestError,
        errors.ContextWindowExceededError,
        errors.ContentFilterError,
        errors.StreamInterruptedError,
        errors.NotFoundError,
    ]
    for cls in provider_errors:
        assert issubclass(cls, errors.ProviderError)
    for cls in (
        errors.ConfigError,
        errors.ProviderError,
        errors.AllProvidersFailedError,
        errors.BudgetExceededError,
        errors.PrivacyViolationError,
    ):
        assert issubclass(cls, errors.LLMGateError)
    assert issubclass(errors.ContextWindowExceededError, errors.BadRequestError)
    assert errors.RateLimitError("x", retry_after=1.5).retry_after == 1.5


def test_import_is_light() -> None:
    code = (
        "import sys, llmgate; from llmgate import Client, errors; "
        "heavy = [m for m in sys.modules if m.split('.')[0] in "
        "('openai', 'anthropic', 'llama_cpp', 'opentelemetry', 'aiohttp', 'httpx2', 'llm')]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_scrub_secrets() -> None:
    key = "sk-proj-abcdefghijklmnopqrstuvwxyz123456"
    text = f"Incorrect API key provided: {key}. Bearer abcdefghijk123"
    scrubbed = errors.scrub_secrets(text, [key])
    assert key not in scrubbed and "abcdefghijk123" not in scrubbed
    assert errors.scrub_secrets("custom-secret-value here", ["custom-secret-value"]) == "*** here"
