"""Embeddings through the client: the same routes, failover, budgets, redaction and events
as chat, against the OpenAI loopback server's ``/v1/embeddings`` (exact wire format)."""

from __future__ import annotations

import asyncio
import sys
from decimal import Decimal
from typing import Any

import numpy as np
import pytest

from llmgate import Client, EmbeddingResponse, errors
from llmgate.events import CallFinished, Event
from llmgate.testing import OpenAIServer, ScriptedProvider, embedding_vector, wait_until

MODEL = "text-embedding-3-small"


def config(*servers: OpenAIServer, **route: Any) -> dict[str, Any]:
    providers = {
        f"oa{i}": {"type": "openai", "base_url": s.base_url, "api_key": f"sk-test-e-00000{i}"}
        for i, s in enumerate(servers)
    }
    return {
        "providers": providers,
        "routes": {"embed": {"targets": [f"oa{i}:{MODEL}" for i in range(len(servers))], **route}},
        # A compatible server at its own URL is not priced from the built-in table: give
        # it OpenAI's rate for this model.
        "pricing": {f"oa{i}:{MODEL}": {"input": "0.02", "output": 0} for i in range(len(servers))},
    }


async def embed(mode: str, client: Client, *args: Any, **kwargs: Any) -> EmbeddingResponse:
    if mode == "sync":
        return await asyncio.to_thread(client.embed, *args, **kwargs)
    return await client.aembed(*args, **kwargs)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def test_vectors_usage_and_exact_cost(
    mode: str, clients: list[Client], openai_server: OpenAIServer
) -> None:
    seen: list[Event] = []
    client = Client(config(openai_server), on_event=seen.append)
    clients.append(client)
    texts = ["the quick brown fox", "jumps over", "the lazy dog today"]
    r = await embed(mode, client, "embed", inputs=texts)
    assert len(r.vectors) == 3
    assert all(isinstance(v, np.ndarray) and v.dtype == np.float32 for v in r.vectors)
    assert r.dimensions == 1536
    for text, vector in zip(texts, r.vectors, strict=True):
        assert vector.tolist() == embedding_vector(text, 1536)  # exact, in input order
    assert (r.provider, r.model, r.route) == ("oa0", MODEL, "embed")
    assert r.usage.input_tokens == 10 and r.usage.output_tokens == 0
    assert r.cost == Decimal(10) * Decimal("0.02") / 1_000_000
    body = openai_server.embedding_requests()[-1]
    assert body == {"model": MODEL, "input": texts, "encoding_format": "base64"}
    rows = client.ledger.rows()
    assert rows[-1].cost == r.cost and rows[-1].input_tokens == 10
    # Listeners run off the caller's path: wait for the call's last event.
    assert await asyncio.to_thread(
        wait_until, lambda: any(isinstance(e, CallFinished) for e in seen)
    )
    finished = [e for e in seen if isinstance(e, CallFinished)]
    assert finished[-1].ok and finished[-1].cost == r.cost


async def test_dimensions_and_a_single_string(
    clients: list[Client], openai_server: OpenAIServer
) -> None:
    client = Client(config(openai_server))
    clients.append(client)
    r = await client.aembed("embed", inputs="hello there", dimensions=256)
    assert r.dimensions == 256 and len(r.vectors) == 1
    assert openai_server.embedding_requests()[-1]["dimensions"] == 256
    assert r.vectors[0].tolist() == embedding_vector("hello there", 256)


async def test_large_inputs_are_batched_in_order(
    clients: list[Client], openai_server: OpenAIServer
) -> None:
    client = Client(config(openai_server))
    clients.append(client)
    texts = [f"text number {i}" for i in range(2100)]
    r = await client.aembed("embed", inputs=texts, dimensions=4)
    sizes = [len(b["input"]) for b in openai_server.embedding_requests()]
    assert sizes == [2048, 52]
    assert r.usage.input_tokens == 3 * 2100  # summed over the batches
    assert [v.tolist() for v in r.vectors[2046:2050]] == [
        embedding_vector(t, 4) for t in texts[2046:2050]
    ]
    assert len(r.attempts) == 1  # one attempt, however many batches


async def test_failover_between_targets_of_the_same_model(
    clients: list[Client], openai_server: OpenAIServer
) -> None:
    with OpenAIServer() as second:
        client = Client(config(openai_server, second, retries=0))
        clients.append(client)
        openai_server.fail_next(OpenAIServer.server_error())
        r = await client.aembed("embed", inputs=["a b"])
        assert r.provider == "oa1"
        assert [(a.provider, a.outcome, a.error) for a in r.attempts] == [
            ("oa0", "error", "ServerError"),
            ("oa1", "ok", None),
        ]
        assert r.cost == Decimal(2) * Decimal("0.02") / 1_000_000


def test_a_route_mixing_embedding_models_is_refused_at_config(
    openai_server: OpenAIServer,
) -> None:
    cfg = config(openai_server)
    cfg["routes"]["embed"]["targets"] = [f"oa0:{MODEL}", "oa0:text-embedding-3-large"]
    with pytest.raises(errors.ConfigError) as info:
        Client(cfg)
    assert info.value.key == "routes.embed.targets"
    assert "not interchangeable" in info.value.problem


@pytest.mark.parametrize(
    ("first", "second", "refused"),
    [
        ("all-minilm-l6-v2", "bge-small-en-v1.5", True),  # names without "embed"
        ("all-mpnet-base-v2", "gpt-4o-mini", True),
        ("all-minilm-l6-v2", "all-minilm-l6-v2", False),  # one model at two providers
        ("gpt-4o-mini", "gpt-4o", False),  # a chat route
    ],
)
def test_embedding_families_are_known_by_name(
    openai_server: OpenAIServer, first: str, second: str, refused: bool
) -> None:
    cfg = config(openai_server, openai_server)
    cfg["routes"]["embed"]["targets"] = [f"oa0:{first}", f"oa1:{second}"]
    if refused:
        with pytest.raises(errors.ConfigError, match="same model"):
            Client(cfg)
    else:
        Client(cfg).close()


async def test_targets_without_embeddings_are_skipped_before_egress(
    clients: list[Client], openai_server: OpenAIServer
) -> None:
    chat_only = ScriptedProvider("chat_only")
    cfg = config(openai_server)
    cfg["routes"]["embed"]["targets"] = [f"chat_only:{MODEL}", f"oa0:{MODEL}"]
    client = Client(cfg, providers={"chat_only": chat_only})
    clients.append(client)
    r = await client.aembed("embed", inputs=["x"])
    assert (r.attempts[0].provider, r.attempts[0].outcome) == ("chat_only", "skipped")
    assert "does not serve embeddings" in (r.attempts[0].error_message or "")
    assert chat_only.requests == []
    with pytest.raises(errors.BadRequestError, match="does not serve embeddings"):
        await client.aembed(f"chat_only:{MODEL}", inputs=["x"])


async def test_inputs_are_redacted_for_an_external_target(
    clients: list[Client], openai_server: OpenAIServer
) -> None:
    cfg = config(openai_server)
    cfg["redaction"] = {"mode": "mask", "entities": ["EMAIL"]}
    client = Client(cfg)
    clients.append(client)
    r = await client.aembed("embed", inputs=["write to ann.smith@example.com", "no data"])
    sent = openai_server.embedding_requests()[-1]["input"]
    assert "ann.smith" not in sent[0] and "[EMAIL_1]" in sent[0]
    assert sent[1] == "no data"
    assert [x.entity for x in r.redactions] == ["EMAIL"]


async def test_budget_is_enforced_before_sending(
    clients: list[Client], openai_server: OpenAIServer
) -> None:
    cfg = config(openai_server)
    cfg["pricing"][f"oa0:{MODEL}"] = {"input": 1_000_000, "output": 0}  # $1 a token
    cfg["costs"] = {"budgets": {"daily_usd": 2}}
    client = Client(cfg)
    clients.append(client)
    with pytest.raises(errors.BudgetExceededError):
        await client.aembed("embed", inputs=["one two three four five"])
    assert openai_server.embedding_requests() == []


@pytest.mark.parametrize(
    ("inputs", "dimensions", "problem"),
    [([], None, "inputs"), (["a", ""], None, "inputs"), (["a"], 0, "dimensions")],
)
def test_bad_arguments_are_refused_before_egress(
    openai_server: OpenAIServer, inputs: Any, dimensions: Any, problem: str
) -> None:
    with Client(config(openai_server)) as client, pytest.raises(errors.BadRequestError) as info:
        client.embed("embed", inputs=inputs, dimensions=dimensions)
    assert problem in str(info.value)
    assert openai_server.embedding_requests() == []


async def test_vendor_refusal_of_dimensions_is_a_bad_request(
    clients: list[Client], openai_server: OpenAIServer
) -> None:
    client = Client(config(openai_server))
    clients.append(client)
    with pytest.raises(errors.BadRequestError, match="dimensions"):
        await client.aembed(f"oa0:{MODEL}", inputs=["x"], dimensions=5000)


async def test_float_lists_without_numpy(
    clients: list[Client], openai_server: OpenAIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "numpy", None)  # import numpy now fails
    client = Client(config(openai_server))
    clients.append(client)
    r = await client.aembed("embed", inputs=["abc"], dimensions=3)
    assert r.vectors == [embedding_vector("abc", 3)]
    assert isinstance(r.vectors[0], list)
