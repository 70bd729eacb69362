"""The conformance suite must fail a provider that lacks the behaviour a check names.

Each wrong provider below breaks one rule; the suite is run against it check by check (as
pytest would, with the same arguments) and the failing checks are compared with the rule
it breaks. A correct provider passes every check, so a check that fails for everything
is caught too.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator

import pytest

from llmgate import errors
from llmgate.provider import (
    Capabilities,
    ChatRequest,
    Completion,
    Provider,
    ProviderSettings,
    StreamEvent,
    Usage,
)
from llmgate.testing.conformance import ProviderConformance

MODEL = "echo-1"
KEY = "sk-conformance-secret-0123456789"


class Echo(Provider):
    """A correct provider: echoes the last message, honours ``request.timeout_s``."""

    capabilities = Capabilities(params=frozenset({"max_tokens", "temperature"}))

    def __init__(self, api_key: str | None = KEY) -> None:
        super().__init__("echo", ProviderSettings(type="echo", api_key=api_key))

    async def answer(self, request: ChatRequest) -> str:
        try:
            async with asyncio.timeout(request.timeout_s):
                await asyncio.sleep(0.001)  # the "vendor" takes a millisecond
        except TimeoutError:  # asyncio's, mapped into the tree
            raise errors.TimeoutError("too slow", provider=self.name, model=request.model) from None
        return "echo: " + request.messages[-1].text()

    async def complete(self, request: ChatRequest) -> Completion:
        text = await self.answer(request)
        return Completion(text=text, model=request.model, usage=Usage(5, 3), finish_reason="stop")

    async def stream(self, request: ChatRequest) -> AsyncIterator[StreamEvent]:
        first, *rest = (await self.answer(request)).split(" ")
        for piece in [first, *(" " + word for word in rest)]:
            yield StreamEvent(text=piece)
        yield StreamEvent(usage=Usage(5, 3), finish_reason="stop")


class IgnoresTimeout(Echo):
    """Answers whatever the attempt's time limit: the bug of issue 12."""

    async def answer(self, request: ChatRequest) -> str:
        return "echo: " + request.messages[-1].text()


class RaisesForeignErrors(Echo):
    """Lets its own exception class escape instead of mapping it into llmgate.errors."""

    async def answer(self, request: ChatRequest) -> str:
        if request.timeout_s is not None and request.timeout_s < 0.01:
            raise RuntimeError("vendor SDK timed out")
        return await super().answer(request)


class UnnamedErrors(Echo):
    """Raises a ProviderError that does not say which provider failed."""

    async def answer(self, request: ChatRequest) -> str:
        if request.timeout_s is not None and request.timeout_s < 0.01:
            raise errors.TimeoutError("too slow")
        return await super().answer(request)


class EmptyStream(Echo):
    """Streams nothing at all."""

    async def stream(self, request: ChatRequest) -> AsyncIterator[StreamEvent]:
        await self.answer(request)
        return
        yield  # pragma: no cover - makes this an async generator


class LeaksKey(Echo):
    """Shows its key in its repr."""

    def __repr__(self) -> str:
        key = self.settings.api_key
        return f"LeaksKey({key.get_secret_value() if key else None})"


class HidesKeyFromScrubbing(Echo):
    """Holds a key but does not list it in secrets(), so errors cannot be scrubbed of it."""

    def secrets(self) -> list[str]:
        return []


async def failing_checks(provider: Provider) -> set[str]:
    """Run every check of the suite on ``provider``; the names of those that fail."""
    suite = ProviderConformance()
    failed: set[str] = set()
    for name, check in inspect.getmembers(suite, inspect.iscoroutinefunction):
        if not name.startswith("test_"):
            continue
        params = inspect.signature(check).parameters
        variants: list[dict[str, object]] = [{}]
        if "streaming" in params:
            variants = [{"streaming": False}, {"streaming": True}]
        for extra in variants:
            args = {"provider": provider, "model": MODEL, **extra}
            try:
                await check(**{k: v for k, v in args.items() if k in params})
            except (Exception, pytest.fail.Exception):  # what pytest reports as a failure
                failed.add(name + "".join(f"[{v}]" for v in extra.values()).lower())
    return failed


def test_the_suite_checks_what_it_says() -> None:
    names = {n for n in vars(ProviderConformance) if n.startswith("test_")}
    assert "test_errors_are_provider_errors" in names and len(names) >= 7


async def test_a_correct_provider_passes_every_check() -> None:
    assert await failing_checks(Echo()) == set()


ERRORS = {"test_errors_are_provider_errors[false]", "test_errors_are_provider_errors[true]"}


@pytest.mark.parametrize(
    ("provider", "expected"),
    [
        pytest.param(IgnoresTimeout(), ERRORS, id="ignores-timeout"),
        pytest.param(RaisesForeignErrors(), ERRORS, id="foreign-errors"),
        pytest.param(UnnamedErrors(), ERRORS, id="unnamed-errors"),
        pytest.param(
            EmptyStream(),
            {
                "test_stream_joins_to_the_same_answer",
                "test_stream_can_be_abandoned",
                "test_through_the_client_sync_and_async",
            },
            id="empty-stream",
        ),
        pytest.param(LeaksKey(), {"test_repr_holds_no_secret"}, id="leaks-key"),
        pytest.param(HidesKeyFromScrubbing(), {"test_repr_holds_no_secret"}, id="hides-key"),
    ],
)
async def test_a_wrong_provider_fails_the_check_for_its_bug(
    provider: Provider, expected: set[str]
) -> None:
    assert await failing_checks(provider) == expected
