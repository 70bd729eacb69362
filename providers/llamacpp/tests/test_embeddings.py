"""Local embeddings on the real packaged all-MiniLM-L6-v2 GGUF, in-process."""

from __future__ import annotations

import math
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import llama_cpp
import pytest
from llmgate_llamacpp import LlamaCppProvider, LlamaCppSettings, packaged_model_path
from llmgate_llamacpp._cpu import decide_extra_buffers
from llmgate_llamacpp._llama import open_llama

from llmgate import Client, errors
from llmgate.provider import EmbeddingRequest

from .conftest import MODEL

EMBED = "all-minilm-l6-v2"
TEXTS = [
    "A cat sits on the mat.",
    "A kitten is resting on a rug.",
    "The stock market fell sharply today.",
    "How do I reset my password?",
    "I forgot my login credentials and need to recover my account.",
]


@pytest.fixture(scope="module")
def direct() -> Iterator[Any]:
    """llama-cpp-python's own ``Llama(embedding=True)`` on the same file, no llmgate."""
    info = llama_cpp.llama_print_system_info().decode()
    options = {
        "embedding": True,
        "n_ctx": 0,
        "verbose": False,
        "extra_buffers": decide_extra_buffers("auto", info).enabled,
    }
    llm = open_llama(packaged_model_path(EMBED), options)
    yield llm
    llm.close()


def dot(a: Any, b: Any) -> float:
    return sum(float(x) * float(y) for x, y in zip(a, b, strict=True))


async def test_vectors_are_llama_cpps_own(provider: LlamaCppProvider, direct: Any) -> None:
    done = await provider.embed(EmbeddingRequest(EMBED, tuple(TEXTS)))
    expected = direct.embed(TEXTS, normalize=True)
    assert done.model == EMBED and len(done.vectors) == len(TEXTS)
    for got, want in zip(done.vectors, expected, strict=True):
        assert len(got) == 384
        assert got == pytest.approx(want, abs=1e-5)
    tokens = sum(len(direct.tokenize(t.encode())) for t in TEXTS)
    assert done.usage.input_tokens == tokens and done.usage.output_tokens == 0
    assert done.busy_s is not None and done.busy_s > 0


async def test_vectors_are_unit_length_and_similar_texts_are_closer(
    provider: LlamaCppProvider,
) -> None:
    v = (await provider.embed(EmbeddingRequest(EMBED, tuple(TEXTS)))).vectors
    assert all(math.isclose(dot(x, x), 1.0, abs_tol=1e-4) for x in v)
    cat_kitten, cat_stocks = dot(v[0], v[1]), dot(v[0], v[2])
    password_login, password_cat = dot(v[3], v[4]), dot(v[3], v[0])
    assert cat_kitten > cat_stocks + 0.3
    assert password_login > password_cat + 0.3


async def test_a_batch_gives_what_each_input_gives_alone(provider: LlamaCppProvider) -> None:
    """Inputs share llama.cpp batches (300 > one chunk) but never each other's attention.

    Not bit for bit: llama.cpp multiplies a batch with other kernels than one row (GEMM vs
    GEMV; AVX-512 on AMD gave 7e-4 apart). Attending to another input moves a vector far
    more than that, so the same direction within 1e-4 of cosine is the check.
    """
    many = tuple(f"sentence number {i} about {TEXTS[i % 5]}" for i in range(300))
    batch = (await provider.embed(EmbeddingRequest(EMBED, many))).vectors
    for i in (0, 7, 299):
        alone = (await provider.embed(EmbeddingRequest(EMBED, (many[i],)))).vectors[0]
        assert dot(batch[i], alone) > 0.9999, i
        assert batch[i] == pytest.approx(alone, abs=5e-3)


async def test_through_the_client_with_cost_by_busy_time(provider: LlamaCppProvider) -> None:
    priced = LlamaCppProvider("priced", LlamaCppSettings(model=MODEL, cost_per_hour=3.6))
    async with Client({"providers": {}}, providers={"priced": priced}) as client:
        r = await client.aembed(f"priced:{EMBED}", inputs=TEXTS[:2], dimensions=384)
    assert r.provider == "priced" and r.model == EMBED and r.dimensions == 384
    assert [a.outcome for a in r.attempts] == ["ok"]
    assert isinstance(r.cost, Decimal) and r.cost > 0
    assert r.usage.input_tokens > 0


def test_the_default_config_embeds_with_no_setup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No config file: the embedded default's ``local`` provider serves the packaged model."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("LLMGATE_CONFIG", raising=False)
    with Client() as client:
        r = client.embed(f"local:{EMBED}", inputs=["a cat on a mat"])
    assert r.provider == "local" and len(r.vectors[0]) == 384
    assert r.cost == Decimal(0)  # the default prices your own CPU at $0


async def test_a_size_the_model_cannot_give_is_refused(provider: LlamaCppProvider) -> None:
    with pytest.raises(errors.BadRequestError, match="384 dimensions"):
        await provider.embed(EmbeddingRequest(EMBED, ("x",), dimensions=256))


async def test_the_chat_model_does_not_embed(provider: LlamaCppProvider) -> None:
    with pytest.raises(errors.BadRequestError, match="chat model"):
        await provider.embed(EmbeddingRequest(MODEL, ("x",)))
    with pytest.raises(errors.NotFoundError):
        await provider.embed(EmbeddingRequest("bge-small-en", ("x",)))


async def test_a_provider_of_the_embedding_model_embeds_and_refuses_chat() -> None:
    own = LlamaCppProvider("emb", LlamaCppSettings(model=EMBED))
    try:
        await own.warm_up()  # loads the embedding model, and no chat engine
        assert own._engine is None
        done = await own.embed(EmbeddingRequest(EMBED, ("hello",)))
        assert len(done.vectors[0]) == 384
        async with Client({"providers": {}}, providers={"emb": own}) as client:
            with pytest.raises(errors.BadRequestError, match="embedding model"):
                await client.achat(f"emb:{EMBED}", "hello")
    finally:
        await own.aclose()


def test_a_route_mixing_embedding_models_is_refused_at_config_check() -> None:
    config = {
        "providers": {"local": {"type": "llamacpp", "model": MODEL}},
        "routes": {"embed": {"targets": [f"local:{EMBED}", "local:bge-small-en-v1.5"]}},
    }
    with pytest.raises(errors.ConfigError, match="same model") as caught:
        Client(config)
    assert caught.value.key == "routes.embed.targets"


async def test_inputs_to_a_local_target_are_not_redacted_unless_configured(
    provider: LlamaCppProvider,
) -> None:
    """``local`` is trusted by default (``apply_to = ["external"]``): the model embeds the
    text as written. Told to redact ``local`` too, it embeds the masked text instead."""
    text = "write to ann.smith@example.com about the invoice"
    plain = (await provider.embed(EmbeddingRequest(EMBED, (text,)))).vectors[0]
    masked = await provider.embed(
        EmbeddingRequest(EMBED, ("write to [EMAIL_1] about the invoice",))
    )
    for apply_to, expected, entities in (
        (["external"], plain, []),
        (["external", "local"], masked.vectors[0], ["EMAIL"]),
    ):
        config: dict[str, Any] = {
            "providers": {},
            "redaction": {"mode": "mask", "entities": ["EMAIL"], "apply_to": apply_to},
        }
        async with Client(config, providers={"local": provider}) as client:
            r = await client.aembed(f"local:{EMBED}", inputs=[text])
        assert [x.entity for x in r.redactions] == entities
        assert [float(x) for x in r.vectors[0]] == pytest.approx(expected, abs=1e-5)
