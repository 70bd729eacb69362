"""Structured output on the real packaged model: llama.cpp's schema grammar constrains
sampling, so even SmolLM2-135M can only write JSON of the asked shape."""

from __future__ import annotations

import json

from llmgate_llamacpp import LlamaCppProvider
from pydantic import BaseModel

from llmgate import Client
from llmgate._structured import response_format_from
from llmgate.provider import ChatRequest, Message

from .conftest import MODEL


class City(BaseModel):
    name: str
    country: str
    population: int


async def test_grammar_forces_the_schema(provider: LlamaCppProvider) -> None:
    fmt = response_format_from(City)
    request = ChatRequest(
        model=MODEL,
        messages=(Message("user", "Describe Paris as JSON."),),
        params={"max_tokens": 64, "temperature": 0, "seed": 7},
        response_format=fmt,
    )
    done = await provider.complete(request)
    value = json.loads(done.text)
    assert set(value) == {"name", "country", "population"}
    assert isinstance(value["population"], int)


async def test_client_returns_the_parsed_object(provider: LlamaCppProvider) -> None:
    async with Client({"providers": {}}, providers={"local": provider}) as client:
        r = await client.achat(
            f"local:{MODEL}",
            "Describe Paris as JSON.",
            response_format=City,
            max_tokens=64,
            temperature=0,
            seed=7,
        )
        assert isinstance(r.parsed, City)
        assert r.usage.output_tokens > 0
        async with client.astream(
            f"local:{MODEL}",
            "Describe Rome as JSON.",
            response_format=City,
            max_tokens=64,
            temperature=0,
            seed=7,
        ) as s:
            texts = [c.text async for c in s]
        assert len(texts) > 1
        assert isinstance(s.response.parsed, City)
        assert json.loads("".join(texts)) == s.response.parsed.model_dump()
