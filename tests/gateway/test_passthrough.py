"""The pass-through attempt: an OpenAI request to an OpenAI-compatible target is forwarded
as it came, and the answer is the vendor's own object, priced, recorded and failed over
like any other attempt."""

from __future__ import annotations

import json
import socket
import threading
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from llmgate.costs import open_ledger
from llmgate.testing import OpenAIServer, Reply, wait_until
from llmgate.testing._anthropic_server import AnthropicServer
from llmgate.testing._openai_wire import ScriptedAnswer, stream_blocks

from .conftest import Running, create_key, start_gateway, stream_request, write_config

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


def post_bytes(gateway: Running, key: str, raw: bytes) -> httpx.Response:
    return httpx.post(
        f"{gateway.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}", "content-type": "application/json"},
        content=raw,
        timeout=30,
    )


def test_the_callers_own_bytes_go_out_with_only_the_model_changed(
    gateway: Running, key: str, vendors: tuple[OpenAIServer, AnthropicServer]
) -> None:
    oa, _ = vendors
    # Look-alikes of the keys the gateway changes, inside strings and a nested object.
    raw = (
        b'{"messages":[{"role":"user","content":"say \\"model\\": \\"chat\\" and '
        b'\\"max_completion_tokens\\""}],"model" : "chat","temperature":0.25,'
        b'"max_completion_tokens":7,"user":"a model"}'
    )
    r = post_bytes(gateway, key, raw)
    assert r.status_code == 200, r.text
    sent = oa.requests[-1].body
    assert sent == raw.replace(b'"chat","temp', b'"gpt-4o-mini","temp').replace(
        b'"max_completion_tokens":7',
        b'"max_tokens":7',  # a compatible server's name
    )
    # A body the gateway had to change (a developer role) is encoded from what it parsed.
    r = post_bytes(
        gateway, key, b'{"model":"chat","messages":[{"role":"developer","content":"hi"}]}'
    )
    assert r.status_code == 200, r.text
    assert oa.chat_requests()[-1] == {
        "model": "gpt-4o-mini",
        "messages": [{"role": "system", "content": "hi"}],
    }


@pytest.mark.parametrize(
    "raw",
    [
        # a look-alike "model" in a nested object or a string: not safe to change in place
        b'{"model":"chat","messages":[{"role":"user","content":"x"}],"tools":[{"type":"function",'
        b'"function":{"name":"f","parameters":{"properties":{"model":{"type":"string"}}}}}]}',
        b'{"model":"chat","messages":[{"role":"user","content":"model"}]}',
        # escapes: a key could hide behind \u
        b'{"model":"chat","messages":[{"role":"user","content":"caf\\u00e9"}]}',
        # fields the gateway drops or rewrites
        b'{"model":"chat","messages":[{"role":"user","content":"x"}],"n":1,"user":null}',
    ],
)
def test_bodies_that_cannot_be_spliced_are_sent_as_parsed(
    gateway: Running, key: str, vendors: tuple[OpenAIServer, AnthropicServer], raw: bytes
) -> None:
    oa, _ = vendors
    r = post_bytes(gateway, key, raw)
    assert r.status_code == 200, r.text
    sent = oa.chat_requests()[-1]
    expected = {k: v for k, v in json.loads(raw).items() if k not in ("n", "user")}
    assert sent == {**expected, "model": "gpt-4o-mini"}


def test_cost_goes_into_the_vendors_answer_bytes(
    gateway: Running, key: str, vendors: tuple[OpenAIServer, AnthropicServer]
) -> None:
    oa, _ = vendors
    oa.script('"usage": {"x": 1}', usage={"prompt_tokens": 1000, "completion_tokens": 0})
    r = post(gateway, key, {"model": "chat", "messages": [{"role": "user", "content": "x"}]})
    assert r.status_code == 200, r.text
    answer = r.json()
    assert answer["choices"][0]["message"]["content"] == '"usage": {"x": 1}'
    assert answer["usage"]["cost_usd"] == r.headers["x-llmgate-cost-usd"]
    assert Decimal(answer["usage"]["cost_usd"]) == Decimal("0.00015")
    assert answer["usage"]["prompt_tokens"] == 1000
    assert answer["system_fingerprint"] == "fp_llmgate"


def test_a_forwarded_stream_asks_for_the_usage_chunk_in_the_callers_bytes(
    gateway: Running, key: str, vendors: tuple[OpenAIServer, AnthropicServer]
) -> None:
    oa, _ = vendors
    oa.script("one two", usage={"prompt_tokens": 1000, "completion_tokens": 1000})
    raw = b'{"model":"chat","stream":true,"messages":[{"role":"user","content":"go"}]}'
    with httpx.stream(
        "POST",
        f"{gateway.url}/v1/chat/completions",
        headers={"authorization": f"Bearer {key}"},
        content=raw,
        timeout=30,
    ) as r:
        r.read()
    assert r.status_code == 200
    assert sse_contents(r)[0] == "one two"
    assert oa.requests[-1].body == (
        b'{"stream_options":{"include_usage":true},"model":"gpt-4o-mini","stream":true,'
        b'"messages":[{"role":"user","content":"go"}]}'
    )
    assert "usage" not in sse_contents(r)[1][-1]  # the caller did not ask for it


def _vendor_connections() -> int:
    """Connections the loopback vendors are serving now (a handler thread each)."""
    return sum("process_request_thread" in t.name for t in threading.enumerate())


def test_streams_cut_by_their_callers_free_the_vendor_and_the_next_stream_works(
    tmp_path: Path,
    vendors: tuple[OpenAIServer, AnthropicServer],
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A storm of forwarded streams whose callers all hang up mid-stream (the benchmark's
    # thousand-stream step, in small): each must close its vendor connection at once (a
    # vendor keeps streaming into a connection nobody reads otherwise, and a pool full of
    # such connections starves the next caller), be recorded as cancelled, and leave the
    # gateway answering the next stream in full.
    oa, _ = vendors
    config = write_config(tmp_path / "llmgate.toml", oa.base_url, "http://127.0.0.1:9")
    key = create_key(config, capsys, "--name", "storm")
    words = " ".join(f"w{i}" for i in range(400))
    answer = ScriptedAnswer(text=words)
    blocks = stream_blocks(answer, {"model": "gpt-4o-mini"}, "c", include_usage=True)
    oa.fault_rate(1.0, [Reply(sse=blocks, chunk_delay_s=0.05)])  # 20 s per stream if read
    gateway = start_gateway(config)
    request = stream_request(key)
    try:
        socks = []
        for _ in range(40):
            sock = socket.create_connection(("127.0.0.1", gateway.port), timeout=10)
            sock.sendall(request)
            socks.append(sock)
        for sock in socks:  # every stream is running: its first block came through
            got = b""
            while b"data: " not in got:
                got += sock.recv(65536)
            assert got.startswith(b"HTTP/1.1 200")
        assert _vendor_connections() >= 40
        for sock in socks:
            sock.close()
        assert wait_until(lambda: _vendor_connections() == 0, timeout=10), (
            f"{_vendor_connections()} vendor connections still streaming after the callers left"
        )
        oa.reset()
        oa.script("after the storm")
        r = post(
            gateway,
            key,
            {"model": "chat", "stream": True, "messages": [{"role": "user", "content": "go"}]},
        )
        assert r.status_code == 200, r.text
        assert sse_contents(r)[0] == "after the storm"
    finally:
        gateway.shutdown()
    ledger = open_ledger(f"sqlite:///{tmp_path}/ledger.db")
    try:
        rows = ledger.rows(where={"tag:key": "storm"})
    finally:
        ledger.close()
    assert sorted(r.outcome for r in rows).count("cancelled") == 40
    assert all(r.output_tokens > 0 for r in rows)  # what each cut stream used is kept
