"""Structured output through the client: ``response_format=`` a pydantic class or a JSON
Schema, ``r.parsed``, the typed error for an invalid answer and the route's
``on_invalid_output``, streams, and the capability check before egress. Against the
vendors' loopback servers (the wire shapes are checked there)."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any

import pytest
from pydantic import BaseModel

from llmgate import Client, errors
from llmgate.testing import (
    AnthropicServer,
    OpenAIServer,
    ScriptedMessage,
    ScriptedProvider,
    ScriptedToolUse,
)

from .conftest import Driver


class Line(BaseModel):
    item: str
    quantity: int


class Invoice(BaseModel):
    customer: str
    lines: list[Line]
    total: float


INVOICE = {"customer": "ACME", "lines": [{"item": "pen", "quantity": 3}], "total": 6.0}
SCHEMA = {
    "type": "object",
    "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
    "required": ["city", "days"],
}


def config(oa: OpenAIServer, an: AnthropicServer, **route: Any) -> dict[str, Any]:
    return {
        "providers": {
            "openai": {"type": "openai", "base_url": oa.base_url, "api_key": "sk-test-s-000001"},
            "claude": {"type": "anthropic", "base_url": an.url, "api_key": "sk-ant-test-s-01"},
        },
        "routes": {
            "both": {"targets": ["openai:gpt-4o-mini", "claude:claude-haiku-4-5"], **route},
        },
    }


def script(target: str, oa: OpenAIServer, an: AnthropicServer, value: Any) -> None:
    if target.startswith("claude"):
        an.script(ScriptedMessage(tool_uses=[ScriptedToolUse("Invoice", value)]))
    else:
        oa.script(json.dumps(value))


@pytest.mark.parametrize("target", ["openai:gpt-4o-mini", "claude:claude-haiku-4-5"])
@pytest.mark.parametrize("stream", [False, True])
async def test_pydantic_class_comes_back_parsed(
    api: Driver,
    clients: list[Client],
    openai_server: OpenAIServer,
    anthropic_server: AnthropicServer,
    target: str,
    stream: bool,
) -> None:
    client = Client(config(openai_server, anthropic_server))
    clients.append(client)
    script(target, openai_server, anthropic_server, INVOICE)
    msgs = [{"role": "user", "content": "Invoice ACME for 3 pens at $2."}]
    if stream:
        texts, r = await api.stream(client, target, msgs, response_format=Invoice)
        assert len(texts) > 1  # partial text arrives before the parsed object
        assert json.loads("".join(texts)) == INVOICE
    else:
        r = await api.chat(client, target, msgs, response_format=Invoice)
    assert isinstance(r.parsed, Invoice)
    assert r.parsed.lines[0].quantity == 3
    assert json.loads(r.text) == INVOICE
    assert r.tool_calls == []
    assert r.finish_reason == "stop"
    if target.startswith("claude"):
        body = anthropic_server.requests[-1].json()
        assert body["tool_choice"] == {"type": "tool", "name": "Invoice"}
        assert [t["name"] for t in body["tools"]] == ["Invoice"]
        assert body["tools"][0]["input_schema"]["additionalProperties"] is False
    else:
        fmt = openai_server.chat_requests()[-1]["response_format"]
        assert fmt["type"] == "json_schema"
        assert fmt["json_schema"]["name"] == "Invoice"
        assert fmt["json_schema"]["strict"] is True  # every field required: strict allowed
        assert fmt["json_schema"]["schema"]["properties"]["lines"]["type"] == "array"


async def test_json_schema_dict_gives_the_decoded_json(
    api: Driver, clients: list[Client], openai_server: OpenAIServer
) -> None:
    client = Client({"providers": {"oa": {"type": "openai", "base_url": openai_server.base_url}}})
    clients.append(client)
    openai_server.script('{"city": "Paris", "days": 3}')
    r = await api.chat(client, "oa:gpt-4o-mini", "Weather?", response_format=SCHEMA)
    assert r.parsed == {"city": "Paris", "days": 3}
    wire = openai_server.chat_requests()[-1]["response_format"]["json_schema"]
    assert wire["name"] == "response"
    assert wire["schema"]["required"] == ["city", "days"]


async def test_openai_style_json_schema_and_json_object_pass(
    clients: list[Client], openai_server: OpenAIServer
) -> None:
    client = Client({"providers": {"oa": {"type": "openai", "base_url": openai_server.base_url}}})
    clients.append(client)
    openai_server.script('{"city": "Oslo", "days": 1}')
    fmt = {"type": "json_schema", "json_schema": {"name": "w", "schema": SCHEMA, "strict": False}}
    r = await client.achat("oa:gpt-4o-mini", "Weather?", response_format=fmt)
    assert r.parsed == {"city": "Oslo", "days": 1}
    assert openai_server.chat_requests()[-1]["response_format"]["json_schema"]["strict"] is False
    # The schema-less JSON mode goes through as before, and nothing is parsed.
    openai_server.script('{"a": 1}')
    r = await client.achat("oa:gpt-4o-mini", "JSON", response_format={"type": "json_object"})
    assert r.parsed is None
    assert openai_server.chat_requests()[-1]["response_format"] == {"type": "json_object"}


@pytest.mark.parametrize(
    ("answer", "problem"),
    [
        ("Sure! Here is the invoice.", "not a valid Invoice"),
        ('{"customer": "ACME", "lines": [], "total": "lots"}', "total"),
        ('{"customer": "ACME", "total": 1}', "lines"),
    ],
)
async def test_invalid_answer_is_a_typed_error_and_billed(
    clients: list[Client], openai_server: OpenAIServer, answer: str, problem: str
) -> None:
    client = Client(
        {
            "providers": {"oa": {"type": "openai", "base_url": openai_server.base_url}},
            "pricing": {"oa:gpt-4o-mini": {"input": 1.0, "output": 2.0}},
        }
    )
    clients.append(client)
    openai_server.script(answer, usage={"prompt_tokens": 10, "completion_tokens": 5})
    with pytest.raises(errors.OutputValidationError) as info:
        await client.achat("oa:gpt-4o-mini", "Invoice", response_format=Invoice)
    exc = info.value
    assert isinstance(exc, errors.ProviderError)
    assert problem in exc.message
    assert exc.text == answer
    assert "lots" not in str(exc)  # the answer's content stays out of the message
    assert exc.usage.output_tokens == 5
    assert len(openai_server.chat_requests()) == 1  # on_invalid_output = "raise"
    rows = client.ledger.rows()
    assert rows and rows[-1].cost == Decimal("0.00002")  # 10 * 1/1M + 5 * 2/1M


def test_plain_schema_violations_are_named() -> None:
    from llmgate._structured import parse_output, response_format_from

    fmt = response_format_from(
        {
            "type": "object",
            "properties": {
                "kind": {"enum": ["a", "b"]},
                "n": {"type": "integer"},
                "tags": {"type": "array", "items": {"type": "string"}},
                "sub": {"$ref": "#/$defs/Sub"},
            },
            "required": ["kind"],
            "$defs": {"Sub": {"type": "object", "properties": {"x": {"type": "boolean"}}}},
        }
    )
    ok = '{"kind": "a", "n": 2, "tags": ["x"], "sub": {"x": true}}'
    assert parse_output(fmt, ok, provider="p", model="m", usage=None)["sub"] == {"x": True}
    cases = {
        '{"kind": "c"}': "$.kind: is not one of",
        '{"kind": "a", "n": true}': "$.n: expected integer, got boolean",
        '{"kind": "a", "tags": [1]}': "$.tags[0]: expected string",
        '{"kind": "a", "sub": {"x": 1}}': "$.sub.x: expected boolean",
        '{"kind": "a", "extra": 1}': "'extra' is not allowed",
        '{"n": 1}': "missing required property 'kind'",
        "[1]": "$: expected object, got array",
    }
    for text, problem in cases.items():
        with pytest.raises(errors.OutputValidationError, match=re.escape(problem)):
            parse_output(fmt, text, provider="p", model="m", usage=None)


@pytest.mark.parametrize("bad", [{"type": "array", "items": {}}, "Invoice", 3])
def test_response_format_that_is_no_schema_is_refused(
    openai_server: OpenAIServer, bad: Any
) -> None:
    cfg = {"providers": {"oa": {"type": "openai", "base_url": openai_server.base_url}}}
    with Client(cfg) as c, pytest.raises(errors.BadRequestError, match="response_format"):
        c.chat("oa:gpt-4o-mini", "x", response_format=bad)
    assert openai_server.chat_requests() == []


async def test_on_invalid_output_retry_then_failover(
    clients: list[Client], openai_server: OpenAIServer, anthropic_server: AnthropicServer
) -> None:
    cfg = config(openai_server, anthropic_server, on_invalid_output="retry", retries=1)
    cfg["routes"]["both"]["retry_base_s"] = 0.001
    client = Client(cfg)
    clients.append(client)
    openai_server.script("not json")
    openai_server.script('{"customer": 1}')
    script("claude", openai_server, anthropic_server, INVOICE)
    r = await client.achat("both", "Invoice", response_format=Invoice)
    assert r.provider == "claude"
    assert r.parsed == Invoice.model_validate(INVOICE)
    assert [(a.provider, a.outcome, a.error) for a in r.attempts] == [
        ("openai", "error", "OutputValidationError"),
        ("openai", "error", "OutputValidationError"),
        ("claude", "ok", None),
    ]
    assert all(a.usage is not None for a in r.attempts)


async def test_on_invalid_output_failover(
    clients: list[Client], openai_server: OpenAIServer, anthropic_server: AnthropicServer
) -> None:
    client = Client(config(openai_server, anthropic_server, on_invalid_output="failover"))
    clients.append(client)
    openai_server.script("not json")
    script("claude", openai_server, anthropic_server, INVOICE)
    r = await client.achat("both", "Invoice", response_format=Invoice)
    assert [a.outcome for a in r.attempts] == ["error", "ok"]
    assert len(openai_server.chat_requests()) == 1


async def test_invalid_streamed_answer_raises_after_the_text(
    clients: list[Client], openai_server: OpenAIServer, anthropic_server: AnthropicServer
) -> None:
    client = Client(config(openai_server, anthropic_server, on_invalid_output="failover"))
    clients.append(client)
    openai_server.script('{"customer": "ACME"}')
    seen: list[str] = []
    with pytest.raises(errors.OutputValidationError, match="lines"):
        async with client.astream("both", "Invoice", response_format=Invoice) as s:
            async for chunk in s:
                seen.append(chunk.text)
    assert "".join(seen) == '{"customer": "ACME"}'  # delivered, so no failover after it
    assert anthropic_server.requests == []


async def test_target_without_structured_output_is_skipped_before_egress(
    clients: list[Client], openai_server: OpenAIServer
) -> None:
    plain = ScriptedProvider("plain")
    client = Client(
        {
            "providers": {"oa": {"type": "openai", "base_url": openai_server.base_url}},
            "routes": {"r": {"targets": ["plain:m", "oa:gpt-4o-mini"]}},
        },
        providers={"plain": plain},
    )
    clients.append(client)
    openai_server.script('{"city": "Rome", "days": 2}')
    r = await client.achat("r", "Weather?", response_format=SCHEMA)
    assert r.parsed == {"city": "Rome", "days": 2}
    skipped = r.attempts[0]
    assert (skipped.provider, skipped.outcome) == ("plain", "skipped")
    assert "does not support structured output" in (skipped.error_message or "")
    assert plain.requests == []
    with pytest.raises(errors.BadRequestError, match="structured output"):
        await client.achat("plain:m", "Weather?", response_format=SCHEMA)


async def test_redacted_values_are_restored_inside_the_json(
    clients: list[Client], openai_server: OpenAIServer
) -> None:
    client = Client(
        {
            "providers": {"oa": {"type": "openai", "base_url": openai_server.base_url}},
            "redaction": {"mode": "mask", "entities": ["EMAIL"]},
        }
    )
    clients.append(client)
    prompt = "Invoice for ann.smith@example.com please"
    await client.achat("oa:gpt-4o-mini", prompt)
    sent = openai_server.chat_requests()[-1]["messages"][0]["content"]
    placeholder = re.search(r"\[EMAIL_\d+\]", sent)
    assert placeholder is not None and "ann.smith" not in sent
    answer = {"customer": placeholder.group(), "lines": [], "total": 0}
    openai_server.script(json.dumps(answer))
    r = await client.achat("oa:gpt-4o-mini", prompt, response_format=Invoice)
    assert r.parsed.customer == "ann.smith@example.com"
