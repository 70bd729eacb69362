"""The core's layers apply through the gateway: redaction, and a stream cut mid-way."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import openai
import pytest

from llmgate import Client
from llmgate.errors import ServerError
from llmgate.gateway._app import Gateway
from llmgate.gateway._keys import SqliteKeyStore, make_key
from llmgate.gateway._settings import GatewaySettings
from llmgate.provider import ChatRequest, StreamEvent
from llmgate.testing import OpenAIServer, ScriptedProvider, wait_until
from llmgate.testing._anthropic_server import AnthropicServer

from .conftest import create_key, start_gateway, start_objects, write_config

pytestmark = pytest.mark.timeout(60)


def test_redaction_applies_to_gateway_calls(
    tmp_path: Path,
    vendors: tuple[OpenAIServer, AnthropicServer],
    capsys: pytest.CaptureFixture[str],
) -> None:
    oa, claude = vendors
    config = write_config(
        tmp_path / "llmgate.toml",
        oa.base_url,
        claude.url,
        extra='\n[redaction]\nmode = "mask"\nentities = ["EMAIL"]\n',
    )
    key = create_key(config, capsys, "--name", "private")
    running = start_gateway(config)
    try:
        client = openai.OpenAI(base_url=f"{running.url}/v1", api_key=key, max_retries=0)
        with client:
            r = client.chat.completions.create(
                model="chat",
                messages=[{"role": "user", "content": "Mail jane.doe@example.com today"}],
            )
        assert b"jane.doe@example.com" not in oa.received_bytes()
        assert r.choices[0].message.content == "echo: Mail jane.doe@example.com today"
    finally:
        running.shutdown()


class CutAfter(ScriptedProvider):
    """Streams two words, then fails as a vendor whose connection broke."""

    async def stream(self, request: ChatRequest) -> AsyncIterator[StreamEvent]:
        yield StreamEvent(text="partial ", model=request.model)
        await asyncio.sleep(0)
        yield StreamEvent(text="answer ", model=request.model)
        raise ServerError("connection reset", provider=self.name, model=request.model)


@pytest.mark.parametrize("flavor", ["openai", "anthropic"])
def test_stream_cut_after_it_started_ends_with_the_vendor_error_event(
    tmp_path: Path, flavor: str
) -> None:
    client = Client(
        {
            "providers": {},
            "routes": {"chat": {"targets": ["cut:m"], "retries": 0}},
            "pricing": {"cut:m": {"input": 1.0, "output": 1.0}},
        },
        providers={"cut": CutAfter("cut")},
        ledger="memory",
    )
    store = SqliteKeyStore(tmp_path / "keys.db")
    secret, record = make_key("k")
    asyncio.run(store.create(record))
    gateway = Gateway(client, GatewaySettings(), store)
    running = start_objects(gateway)
    path = "/v1/messages" if flavor == "anthropic" else "/v1/chat/completions"
    body = {
        "model": "chat",
        "stream": True,
        "max_tokens": 9,
        "messages": [{"role": "user", "content": "x"}],
    }
    try:
        with httpx.stream(
            "POST", f"{running.url}{path}", headers={"x-api-key": secret}, json=body, timeout=30
        ) as r:
            assert r.status_code == 200
            lines = [line for line in r.iter_lines() if line]
        data = [json.loads(line[6:]) for line in lines if line.startswith("data: {")]
        if flavor == "anthropic":
            assert "event: error" in lines
            assert data[-1]["type"] == "error"
        else:
            assert "data: [DONE]" not in lines
            assert data[-1]["error"]["type"] == "server_error"
        assert "Traceback" not in "\n".join(lines)
        assert wait_until(lambda: len(client.ledger.rows()) == 1)
        assert client.ledger.rows()[0].outcome == "interrupted"
        assert client.ledger.rows()[0].tags == {"key": "k"}
    finally:
        running.shutdown()
        asyncio.run(store.close())
