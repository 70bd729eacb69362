"""Failover against real loopback vendor servers that inject faults, sync and async.

The OpenAI and Anthropic fakes answer in the vendors' wire formats; faults are real status
codes, headers, hangs, dropped connections and streams cut mid-way, and request counts are
taken at the server.

No assertion here bounds how fast a call was on this machine: time is only bounded where
the bug it catches would take far longer (waiting out a 30 s ``Retry-After``, a hang, the
slower side of a hedge), or from below where llmgate must wait (a cooldown, a
``Retry-After``), which a loaded machine can only lengthen.
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from llmgate import Client, errors
from llmgate.testing import AnthropicServer, OpenAIServer, Reply, wait_until

from .conftest import Driver

KEY_A = "sk-proj-failovertestkeyA0123456789abcdefgh"
KEY_B = "sk-ant-api03-failovertestkeyB0123456789abcdef"


def config(
    a: OpenAIServer,
    b: AnthropicServer,
    threshold: int = 3,
    cooldown_s: float = 0.5,
    **route: Any,
) -> dict[str, Any]:
    return {
        "providers": {
            "a": {
                "type": "openai",
                "base_url": a.base_url,
                "api_key": KEY_A,
                "timeout_s": 5,
                "context_window": 8000,
            },
            "b": {"type": "anthropic", "base_url": b.url, "api_key": KEY_B, "timeout_s": 5},
        },
        "routes": {"r": {"targets": ["a:gpt-4o-mini", "b:claude-haiku-4-5"], **route}},
        "circuit_breaker": {"failure_threshold": threshold, "cooldown_s": cooldown_s},
    }


async def test_random_faults_on_a_every_call_succeeds(
    api: Driver,
    clients: list[Client],
    openai_server: OpenAIServer,
    anthropic_server: AnthropicServer,
) -> None:
    openai_server.fault_rate(
        0.3,
        [
            OpenAIServer.server_error(500),
            OpenAIServer.server_error(503),
            OpenAIServer.rate_limited(retry_after="0"),
        ],
        seed=7,
    )
    client = Client(
        config(
            openai_server,
            anthropic_server,
            threshold=20,
            retries=2,
            retry_base_s=0.001,
            retry_max_s=0.01,
        )
    )
    clients.append(client)
    served = {"a": 0, "b": 0}
    for i in range(60):
        r = await api.chat(client, "r", f"question {i}", max_tokens=16)
        served[r.provider] += 1
        assert r.text
    # Retries absorb most faults on A itself; the rest fail over to B. None reaches the user.
    assert served["a"] + served["b"] == 60 and served["a"] > 45


async def test_breaker_stops_traffic_to_a_dead_vendor_then_probes_once(
    api: Driver,
    clients: list[Client],
    openai_server: OpenAIServer,
    anthropic_server: AnthropicServer,
) -> None:
    # A cooldown long enough that the calls made while the circuit is open all fit in it,
    # even on a loaded machine (they take milliseconds each).
    openai_server.fault_rate(1.0, [Reply(drop=True)])
    client = Client(config(openai_server, anthropic_server, retries=0, cooldown_s=2.0))
    clients.append(client)
    before_open = time.monotonic()  # the circuit opens during the third call, not before
    for _ in range(3):
        assert (await api.chat(client, "r", "hi")).provider == "b"
    assert openai_server.count == 3
    for _ in range(5):  # open: A gets nothing, B answers
        r = await api.chat(client, "r", "hi")
        assert r.provider == "b" and r.attempts[0].outcome == "skipped"
    assert openai_server.count == 3

    # After the cooldown exactly one probe goes to A (still down); then it is open again.
    def probe_seen() -> bool:
        client.chat("r", "hi")
        return openai_server.count > 3

    assert wait_until(probe_seen, timeout=30)
    assert time.monotonic() - before_open >= 2.0 - 0.05  # never before the cooldown
    for _ in range(5):
        r = await api.chat(client, "r", "hi")
        assert r.provider == "b" and r.attempts[0].outcome == "skipped"
    assert openai_server.count == 4


async def test_connection_refused_opens_the_breaker(
    api: Driver, clients: list[Client], anthropic_server: AnthropicServer
) -> None:
    dead = OpenAIServer().start()
    cfg = config(dead, anthropic_server, retries=0)
    dead.stop()  # nothing listens on that port any more
    client = Client(cfg)
    clients.append(client)
    for _ in range(3):
        r = await api.chat(client, "r", "hi")
        assert r.attempts[0].error == "ConnectionError"
    r = await api.chat(client, "r", "hi")
    assert r.attempts[0].outcome == "skipped" and r.attempts[0].error == "CircuitOpen"


async def test_retry_after_is_honored(
    api: Driver,
    clients: list[Client],
    openai_server: OpenAIServer,
    anthropic_server: AnthropicServer,
) -> None:
    # retry_base_s alone would retry after a millisecond: only Retry-After makes it wait.
    openai_server.fail_next(OpenAIServer.rate_limited(retry_after="1"))
    client = Client(config(openai_server, anthropic_server, retries=1, retry_base_s=0.001))
    clients.append(client)
    t0 = time.perf_counter()
    r = await api.chat(client, "r", "hi")
    elapsed = time.perf_counter() - t0
    assert r.provider == "a" and openai_server.count == 2
    assert [x.error for x in r.attempts] == ["RateLimitError", None]
    assert elapsed >= 1.0 - 0.05  # waited the Retry-After (a lower bound: load only adds)


async def test_retry_after_longer_than_deadline_moves_on_now(
    api: Driver,
    clients: list[Client],
    openai_server: OpenAIServer,
    anthropic_server: AnthropicServer,
) -> None:
    openai_server.fail_next(OpenAIServer.rate_limited(retry_after="30"))
    client = Client(config(openai_server, anthropic_server, retries=3, timeout_s=20))
    clients.append(client)
    t0 = time.perf_counter()
    r = await api.chat(client, "r", "hi")
    assert r.provider == "b" and openai_server.count == 1
    assert [(x.provider, x.error) for x in r.attempts] == [("a", "RateLimitError"), ("b", None)]
    # Waiting at all would take 20 s (the deadline) or 30 s (the Retry-After).
    assert time.perf_counter() - t0 < 10


async def test_401_is_not_retried(
    api: Driver,
    clients: list[Client],
    openai_server: OpenAIServer,
    anthropic_server: AnthropicServer,
) -> None:
    openai_server.fail_next(OpenAIServer.invalid_api_key(), times=5)
    client = Client(config(openai_server, anthropic_server, retries=3))
    clients.append(client)
    r = await api.chat(client, "r", "hi")
    assert r.provider == "b" and openai_server.count == 1
    assert r.attempts[0].error == "AuthenticationError"
    assert KEY_A not in (r.attempts[0].error_message or "")


async def test_context_overflow_moves_to_the_larger_target(
    api: Driver,
    clients: list[Client],
    openai_server: OpenAIServer,
    anthropic_server: AnthropicServer,
) -> None:
    openai_server.fail_next(OpenAIServer.context_length_exceeded())
    client = Client(config(openai_server, anthropic_server, retries=2))
    clients.append(client)
    r = await api.chat(client, "r", "long " * 50)
    assert r.provider == "b" and openai_server.count == 1
    assert r.attempts[0].error == "ContextWindowExceededError"
    # The next call at least that long goes straight to the larger model.
    r = await api.chat(client, "r", "longer " * 60)
    assert r.provider == "b" and openai_server.count == 1


async def test_other_400_is_shown_not_failed_over(
    api: Driver,
    clients: list[Client],
    openai_server: OpenAIServer,
    anthropic_server: AnthropicServer,
) -> None:
    openai_server.fail_next(
        OpenAIServer.error_reply(
            400,
            "Invalid value for 'temperature': must be <= 2.",
            "invalid_request_error",
            param="temperature",
        )
    )
    client = Client(config(openai_server, anthropic_server))
    clients.append(client)
    with pytest.raises(errors.BadRequestError, match="temperature"):
        await api.chat(client, "r", "hi")
    assert anthropic_server.count == 0


async def test_stream_cut_before_first_chunk_is_invisible(
    api: Driver,
    clients: list[Client],
    openai_server: OpenAIServer,
    anthropic_server: AnthropicServer,
) -> None:
    openai_server.fail_next(OpenAIServer.cut_stream("never seen", after_chunks=0), times=3)
    client = Client(config(openai_server, anthropic_server, retries=1, retry_base_s=0.001))
    clients.append(client)
    texts, response = await api.stream(client, "r", "hello there")
    assert "".join(texts) == response.text and response.provider == "b"
    assert "never" not in response.text


async def test_stream_cut_after_first_chunk_raises_with_partial_text(
    api: Driver,
    clients: list[Client],
    openai_server: OpenAIServer,
    anthropic_server: AnthropicServer,
) -> None:
    openai_server.fail_next(OpenAIServer.cut_stream("one two three four five", after_chunks=2))
    client = Client(config(openai_server, anthropic_server))
    clients.append(client)
    with pytest.raises(errors.StreamInterruptedError) as info:
        await api.stream(client, "r", "hi")
    assert info.value.partial_text == "one two "
    assert anthropic_server.count == 0


async def test_stream_cut_after_first_chunk_continues_on_the_next_target(
    api: Driver,
    clients: list[Client],
    openai_server: OpenAIServer,
    anthropic_server: AnthropicServer,
) -> None:
    openai_server.fail_next(OpenAIServer.cut_stream("one two three four five", after_chunks=2))
    client = Client(config(openai_server, anthropic_server, on_stream_error="continue"))
    clients.append(client)
    texts, response = await api.stream(client, "r", "count")
    assert response.text.startswith("one two ") and "".join(texts) == response.text
    assert [(x.provider, x.outcome, x.note) for x in response.attempts] == [
        ("a", "interrupted", None),
        ("b", "ok", "continuation"),
    ]
    sent = anthropic_server.requests[-1].json()["messages"]
    assert sent[-2] == {
        "role": "assistant",
        "content": [{"type": "text", "text": "one two "}],
    } or "one two" in str(sent[-2])


async def test_hang_never_exceeds_the_deadline(
    api: Driver,
    clients: list[Client],
    openai_server: OpenAIServer,
    anthropic_server: AnthropicServer,
) -> None:
    # Each provider's own timeout_s is 5 s and the route may retry twice: without the
    # route's deadline the call would hang 5 s per attempt, 30 s in all.
    openai_server.fault_rate(1.0, [Reply(hang=True)])
    anthropic_server.fault_rate(1.0, [Reply(hang=True)])
    client = Client(config(openai_server, anthropic_server, timeout_s=0.6, retries=2))
    clients.append(client)
    for stream in (False, True):
        t0 = time.perf_counter()
        with pytest.raises(errors.AllProvidersFailedError) as info:
            if stream:
                await api.stream(client, "r", "hi")
            else:
                await api.chat(client, "r", "hi")
        assert time.perf_counter() - t0 < 4.0  # under one provider timeout: the deadline cut it
        assert info.value.attempts and info.value.attempts[0].provider == "a"


async def test_hedging_returns_the_faster_and_cancels_the_slower(
    api: Driver,
    clients: list[Client],
    openai_server: OpenAIServer,
    anthropic_server: AnthropicServer,
) -> None:
    # A answers only after 30 s (or when the server stops), and its attempt times out after
    # 5 s: waiting for it at all would take 5 s.
    openai_server.fail_next(Reply(delay_s=30.0, json={}))
    client = Client(config(openai_server, anthropic_server, hedge_after_s=0.1))
    clients.append(client)
    t0 = time.perf_counter()
    r = await api.chat(client, "r", "hi")
    assert r.provider == "b" and time.perf_counter() - t0 < 4.0
    assert {(x.provider, x.outcome) for x in r.attempts} == {("a", "cancelled"), ("b", "ok")}
