"""The provider conformance suite: behaviour every provider, first- or third-party, shows.

Subclass it in a provider's tests and supply two fixtures::

    from llmgate.testing.conformance import ProviderConformance

    class TestMyProvider(ProviderConformance):
        @pytest.fixture
        def provider(self, server):            # a ready provider instance
            return MyProvider("mine", MySettings(type="mine", base_url=server.url))

        @pytest.fixture
        def model(self):
            return "my-model"

The suite runs the provider directly and through ``Client`` (sync and async), so a plugin
that passes it works with failover, streaming restore and costs. Every check fails when
the behaviour it names is missing (an error check fails when nothing is raised; a stream
check fails on an empty stream). Requires pytest.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from typing import Any

import pytest

from llmgate import Client
from llmgate.errors import ProviderError
from llmgate.provider import (
    Capabilities,
    ChatRequest,
    Completion,
    EmbeddingRequest,
    Message,
    Provider,
    ResponseFormat,
    StreamEvent,
    Usage,
)

__all__ = ["ProviderConformance"]

# Small and closed, so that even a tiny grammar-constrained model finishes it in time.
_SCHEMA = {
    "type": "object",
    "properties": {"answer": {"enum": ["yes", "no"]}, "count": {"type": "integer"}},
    "required": ["answer", "count"],
    "additionalProperties": False,
}

# A tool any model can call: one string argument, named in the question.
_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The current weather in a city.",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
            "additionalProperties": False,
        },
    },
}


def _request(model: str, text: str = "Say hello.", **params: Any) -> ChatRequest:
    return ChatRequest(
        model=model,
        messages=(Message("system", "Answer briefly."), Message("user", text)),
        params={"max_tokens": 16, "temperature": 0, **params},
        timeout_s=60,
    )


class ProviderConformance:
    """Base class of a provider's conformance tests (see the module docstring)."""

    @pytest.fixture
    def provider(self) -> Provider:  # pragma: no cover - supplied by the subclass
        raise NotImplementedError("define a `provider` fixture")

    @pytest.fixture
    def model(self) -> str:  # pragma: no cover - supplied by the subclass
        raise NotImplementedError("define a `model` fixture")

    @pytest.fixture
    def embedding_model(self) -> str | None:
        """An embedding model to check ``embed`` with (``None``: the check is skipped)."""
        return None

    async def test_declares_capabilities(self, provider: Provider) -> None:
        assert isinstance(provider.capabilities, Capabilities)
        assert "max_tokens" in provider.capabilities.params
        assert isinstance(provider.name, str) and provider.name
        assert provider.trust in ("external", "private", "local")

    async def test_complete_returns_text_and_token_counts(
        self, provider: Provider, model: str
    ) -> None:
        done = await provider.complete(_request(model))
        assert isinstance(done, Completion)
        assert done.text.strip(), "a chat answer needs text"
        assert isinstance(done.usage, Usage)
        assert done.usage.input_tokens > 0 and done.usage.output_tokens > 0
        assert done.usage.cached_input_tokens <= done.usage.input_tokens
        assert done.usage.reasoning_tokens <= done.usage.output_tokens

    async def test_stream_joins_to_the_same_answer(self, provider: Provider, model: str) -> None:
        done = await provider.complete(_request(model))
        events: list[StreamEvent] = [e async for e in provider.stream(_request(model))]
        assert all(isinstance(e, StreamEvent) for e in events)
        assert done.text.strip(), "a chat answer needs text"
        assert "".join(e.text for e in events) == done.text
        usages = [e.usage for e in events if e.usage is not None]
        assert usages, "a stream must report usage"
        assert usages[-1].output_tokens > 0
        assert any(e.finish_reason for e in events)

    async def test_stream_can_be_abandoned(self, provider: Provider, model: str) -> None:
        stream = provider.stream(_request(model, max_tokens=32))
        first = None
        async for event in stream:
            first = event
            break
        assert isinstance(first, StreamEvent), "the stream ended before its first event"
        aclose = getattr(stream, "aclose", None)
        if aclose is not None:
            await aclose()
        again = await provider.complete(_request(model))
        assert again.text

    async def test_repr_holds_no_secret(self, provider: Provider) -> None:
        key = provider.settings.api_key
        if key is not None and key.get_secret_value():
            # Otherwise the core could not scrub it from vendor messages, and the loop
            # below would check nothing.
            assert key.get_secret_value() in provider.secrets(), "secrets() must hold api_key"
        for secret in provider.secrets():
            assert secret not in repr(provider)
            assert secret not in str(provider)

    @pytest.mark.parametrize("streaming", [False, True], ids=["complete", "stream"])
    async def test_errors_are_provider_errors(
        self, provider: Provider, model: str, streaming: bool
    ) -> None:
        """An attempt that cannot finish in its ``timeout_s`` raises a ``ProviderError``.

        A provider honours ``request.timeout_s`` (0.1 ms here: no vendor answers that fast)
        and maps what its SDK raises into :mod:`llmgate.errors`; an answer, or any other
        exception class, fails the check.
        """
        bad = ChatRequest(model=model, messages=(Message("user", "x"),), timeout_s=1e-4)
        try:
            if streaming:
                async for _ in provider.stream(bad):
                    pass
            else:
                await provider.complete(bad)
        except ProviderError as exc:
            assert exc.provider == provider.name, "a provider error names its provider"
        except Exception as exc:  # any other class escapes the error tree
            raise AssertionError(f"{type(exc).__name__} is not a llmgate ProviderError") from exc
        else:
            raise AssertionError(
                f"nothing was raised: the provider ignored request.timeout_s = {bad.timeout_s}"
            )

    async def test_structured_output_when_declared(self, provider: Provider, model: str) -> None:
        """With ``structured_output``, the answer's text (streamed too) is JSON of the schema."""
        if not provider.capabilities.structured_output:
            pytest.skip("the provider does not declare structured_output")
        fmt = ResponseFormat("Reply", _SCHEMA, strict=True)
        request = replace(
            _request(model, "Is water wet? Answer and count to 3.", max_tokens=48),
            response_format=fmt,
        )
        done = await provider.complete(request)
        value = json.loads(done.text)
        assert value["answer"] in ("yes", "no") and isinstance(value["count"], int)
        assert not done.tool_calls, "the structured answer is text, not a tool call"
        events = [e async for e in provider.stream(request)]
        streamed = json.loads("".join(e.text for e in events))
        assert set(streamed) == {"answer", "count"}
        assert not any(e.tool_calls for e in events)

    async def test_tool_calls_when_declared(self, provider: Provider, model: str) -> None:
        """With ``tools``, a call that ``tool_choice`` forces comes back as a tool call (an
        id, the tool's name, JSON arguments of its schema, finish reason ``tool_calls``), and
        streamed as deltas that join to the same."""
        if not provider.capabilities.tools:
            pytest.skip("the provider does not declare tools")
        request = replace(
            _request(model, "What is the weather in Paris?", max_tokens=48),
            tools=(_TOOL,),
            tool_choice={"type": "function", "function": {"name": "get_weather"}},
        )
        done = await provider.complete(request)
        assert done.tool_calls, "a forced tool must be called"
        call = done.tool_calls[0]
        assert call.id and call.name == "get_weather"
        assert isinstance(json.loads(call.arguments)["city"], str)
        assert done.finish_reason == "tool_calls"
        events = [e async for e in provider.stream(request)]
        deltas = [d for e in events for d in e.tool_calls if d.index == 0]
        assert deltas and deltas[0].id and deltas[0].name == "get_weather"
        assert isinstance(json.loads("".join(d.arguments for d in deltas))["city"], str)
        assert any(e.finish_reason == "tool_calls" for e in events)

    async def test_embeddings_when_declared(
        self, provider: Provider, embedding_model: str | None
    ) -> None:
        """With ``embeddings``, one vector per input, all of one size, and billed tokens."""
        if not provider.capabilities.embeddings or embedding_model is None:
            pytest.skip("the provider does not declare embeddings (or no embedding_model)")
        inputs = ("the first text", "a second, longer text", "three")
        done = await provider.embed(EmbeddingRequest(embedding_model, inputs, timeout_s=60))
        assert len(done.vectors) == len(inputs)
        assert len({len(v) for v in done.vectors}) == 1 and len(done.vectors[0]) > 0
        assert done.usage.input_tokens > 0 and done.usage.output_tokens == 0
        again = await provider.embed(EmbeddingRequest(embedding_model, inputs[:1], timeout_s=60))
        # Deterministic up to float rounding: an input embedded in another batch may go
        # through other kernel tiles (llama.cpp differs by ~1e-8; vendors' GPUs do too).
        expected = pytest.approx([float(x) for x in done.vectors[0]], abs=1e-5)
        assert [float(x) for x in again.vectors[0]] == expected, "embeddings are deterministic"

    async def test_through_the_client_sync_and_async(self, provider: Provider, model: str) -> None:
        client = Client({}, providers={provider.name: provider})
        target = f"{provider.name}:{model}"
        try:
            sync = await asyncio.to_thread(
                client.chat, target, "Say hello.", max_tokens=16, temperature=0
            )
            assert sync.text and sync.provider == provider.name
            assert [a.outcome for a in sync.attempts] == ["ok"]
            async_ = await client.achat(target, "Say hello.", max_tokens=16, temperature=0)
            assert async_.text
            async with client.astream(target, "Say hello.", max_tokens=16, temperature=0) as s:
                text = "".join([c.text async for c in s])
            assert text, "the stream through the client brought no text"
            assert text == s.response.text and s.response.usage.output_tokens > 0
        finally:
            await asyncio.to_thread(client.close)
