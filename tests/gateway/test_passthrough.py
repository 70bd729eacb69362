"""The pass-through attempt: an OpenAI request to an OpenAI-compatible target is forwarded
as it came, and the answer is the vendor's own object, priced, recorded and failed over
like any other attempt."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from llmgate.costs import open_ledger
from llmgate.testing import OpenAIServer
from llmgate.testing._anthropic_server import AnthropicServer

from .conftest import Running, create_key, start_gateway, write_config

pytestmark = pytest.mark.timeout(60)


def post(gateway: Running, key: str, body: dict[str, Any]) -> httpx.Response:
    return httpx.post(
        f"{gateway.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}"},
        json=body,
        timeout=30,
    )


def test_answer_is_the_vendors_object_with_cost_and_a_ledger_row(
    key: str, config: Path, vendors: tuple[OpenAIServer, AnthropicServer]
) -> None:
    oa, _ = vendors
    oa.script("Paris.", usage={"prompt_tokens": 1000, "completion_tokens": 1000})
    gateway = start_gateway(config)
    try:
        r = post(
            gateway,
            key,
            {
                "model": "chat",
                "messages": [
                    {"role": "developer", "content": "Be brief."},
                    {"role": "user", "content": "Capital?"},
                ],
                "max_completion_tokens": 5,
                "temperature": 0.5,
            },
        )
    finally:
        gateway.shutdown()  # also writes what the ledger still had queued
    assert r.status_code == 200, r.text
    answer = r.json()
    # Fields only the vendor sends: the object was forwarded, not rebuilt by the gateway.
    assert answer["system_fingerprint"] == "fp_llmgate"
    assert answer["choices"][0]["message"]["content"] == "Paris."
    # 1000 tokens in at $0.15/M and 1000 out at $0.60/M
    assert Decimal(answer["usage"]["cost_usd"]) == Decimal("0.00075")
    assert r.headers["x-llmgate-cost-usd"] == answer["usage"]["cost_usd"]
    sent = oa.chat_requests()[-1]
    assert sent["model"] == "gpt-4o-mini"  # the route's target, not the route's name
    assert sent["max_tokens"] == 5  # a compatible server's name for the limit
    assert sent["temperature"] == 0.5
    assert sent["messages"][0]["role"] == "system"
    ledger = open_ledger(f"sqlite:///{config.parent}/ledger.db")
    try:
        rows = ledger.rows(where={"tag:key": "support"})
    finally:
        ledger.close()
    assert [(row.provider, row.model, row.cost) for row in rows] == [
        ("oa", "gpt-4o-mini", Decimal("0.00075"))
    ]


def test_failover_from_a_forwarded_attempt_to_another_vendor(
    gateway: Running, key: str, vendors: tuple[OpenAIServer, AnthropicServer]
) -> None:
    oa, claude = vendors
    oa.fail_next(OpenAIServer.error_reply(503, "overloaded", "server_error"), times=5)
    r = post(gateway, key, {"model": "both", "messages": [{"role": "user", "content": "hi"}]})
    assert r.status_code == 200, r.text
    assert r.headers["x-llmgate-attempts"] == "2"
    assert r.headers["x-llmgate-provider"] == "claude"
    # Built by the gateway from the Anthropic answer: no OpenAI-only vendor fields.
    assert "system_fingerprint" not in r.json()
    assert r.json()["choices"][0]["message"]["content"] == "You said: hi"
    assert claude.count == 1


def test_vendor_errors_keep_their_meaning(
    gateway: Running, key: str, vendors: tuple[OpenAIServer, AnthropicServer]
) -> None:
    oa, _ = vendors
    oa.fail_next(OpenAIServer.error_reply(400, "temperature is too high", "invalid_request_error"))
    r = post(gateway, key, {"model": "chat", "messages": [{"role": "user", "content": "x"}]})
    assert r.status_code == 400
    assert "temperature is too high" in r.json()["error"]["message"]
    assert "sk-proj" not in r.text


def sse_contents(r: httpx.Response) -> tuple[str, list[dict[str, Any]]]:
    blocks = [
        json.loads(line[6:])
        for line in r.text.splitlines()
        if line.startswith("data: ") and line != "data: [DONE]"
    ]
    assert all("error" not in b for b in blocks), blocks
    text = "".join(
        b["choices"][0]["delta"].get("content") or "" for b in blocks if b.get("choices")
    )
    return text, blocks


def test_stream_is_forwarded_and_priced(
    gateway: Running, key: str, vendors: tuple[OpenAIServer, AnthropicServer]
) -> None:
    oa, _ = vendors
    oa.script("one two three", usage={"prompt_tokens": 1000, "completion_tokens": 1000})
    r = post(
        gateway,
        key,
        {
            "model": "chat",
            "stream": True,
            "stream_options": {"include_usage": True},
            "messages": [{"role": "user", "content": "count"}],
        },
    )
    assert r.status_code == 200, r.text
    assert r.text.endswith("data: [DONE]\n\n")
    text, blocks = sse_contents(r)
    assert text == "one two three"
    assert Decimal(blocks[-1]["usage"]["cost_usd"]) == Decimal("0.00075")
    sent = oa.chat_requests()[-1]
    assert sent["model"] == "gpt-4o-mini"
    assert sent["stream"] is True
    assert sent["stream_options"] == {"include_usage": True}  # asked even when the caller didn't


def test_a_cut_forwarded_stream_continues_on_the_next_target(
    tmp_path: Path,
    vendors: tuple[OpenAIServer, AnthropicServer],
    capsys: pytest.CaptureFixture[str],
) -> None:
    oa, claude = vendors
    config = write_config(
        tmp_path / "llmgate.toml",
        oa.base_url,
        claude.url,
        extra='\n[routes.cont]\ntargets = ["oa:gpt-4o-mini", "claude:claude-haiku-4-5"]\n'
        'retries = 0\non_stream_error = "continue"\n',
    )
    key = create_key(config, capsys, "--name", "support")
    oa.fail_next(OpenAIServer.cut_stream("one two three four", after_chunks=2))
    gateway = start_gateway(config)
    try:
        r = post(
            gateway,
            key,
            {"model": "cont", "stream": True, "messages": [{"role": "user", "content": "go"}]},
        )
    finally:
        gateway.shutdown()
    assert r.status_code == 200, r.text
    text, _ = sse_contents(r)
    assert text.startswith("one two ")  # what the cut stream delivered, then the rest
    assert claude.count == 1
    continuation = json.dumps(claude.requests[-1].json())
    assert "cut off" in continuation


def test_passthrough_off_rebuilds_the_answer(
    tmp_path: Path,
    vendors: tuple[OpenAIServer, AnthropicServer],
    capsys: pytest.CaptureFixture[str],
) -> None:
    oa, claude = vendors
    config = write_config(
        tmp_path / "llmgate.toml", oa.base_url, claude.url, gateway="passthrough = false"
    )
    key = create_key(config, capsys, "--name", "support")
    gateway = start_gateway(config)
    try:
        r = post(gateway, key, {"model": "chat", "messages": [{"role": "user", "content": "hi"}]})
    finally:
        gateway.shutdown()
    assert r.status_code == 200, r.text
    assert "system_fingerprint" not in r.json()  # built by the gateway through the SDK
    assert r.json()["choices"][0]["message"]["content"] == "echo: hi"
