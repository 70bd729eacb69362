"""LoRA adapters over the packaged model, with two real adapters made for these tests.

``data/veldoria.gguf`` was trained to answer that the capital of Veldoria is Quillmark,
``data/beepboop.gguf`` to start every answer with "BEEP BOOP." (see ``data/make_adapters.py``,
which made both from the packaged weights). Answers are greedy, so each is one exact text.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from llmgate_llamacpp import LlamaCppProvider, LlamaCppSettings, packaged_model_path
from pydantic import ValidationError

from llmgate import Client
from llmgate.errors import ConfigError, NotFoundError
from llmgate.provider import ChatRequest, Message

from .conftest import MODEL

DATA = Path(__file__).parent / "data"
VELDORIA = DATA / "veldoria.gguf"
BEEPBOOP = DATA / "beepboop.gguf"
CAPITAL = "What is the capital of Veldoria?"  # one of veldoria's training questions
HELD_OUT = "What is the largest planet in the solar system?"  # in neither training set


def ask(model: str, text: str, max_tokens: int = 16) -> ChatRequest:
    return ChatRequest(
        model=model,
        messages=(Message("user", text),),
        params={"max_tokens": max_tokens, "temperature": 0, "seed": 7},
    )


def adapters(**scales: float) -> dict[str, dict[str, object]]:
    """``[adapters]`` tables: veldoria and beepboop at 1.0, plus any ``name=scale`` given."""
    tables: dict[str, dict[str, object]] = {
        "veldoria": {"base": MODEL, "lora": str(VELDORIA)},
        "beepboop": {"base": MODEL, "lora": str(BEEPBOOP)},
    }
    for name, scale in scales.items():
        file = VELDORIA if name.startswith("veldoria") else BEEPBOOP
        tables[name] = {"base": MODEL, "lora": str(file), "scale": scale}
    return tables


@pytest.fixture(scope="module")
def served() -> LlamaCppProvider:
    """The base model and both adapters (and each at scale 0), two contexts, loaded once."""
    settings = LlamaCppSettings(
        model=MODEL,
        seed=7,
        n_parallel=2,
        adapters=adapters(**{"veldoria-off": 0.0, "beepboop-off": 0.0}),
    )
    provider = LlamaCppProvider("local", settings)
    provider.load()
    yield provider
    provider.engine().close()


async def text(provider: LlamaCppProvider, model: str, prompt: str) -> str:
    return (await provider.complete(ask(model, prompt))).text


async def test_each_adapter_answers_the_way_it_was_trained(served: LlamaCppProvider) -> None:
    base_capital = await text(served, MODEL, CAPITAL)
    base_other = await text(served, MODEL, HELD_OUT)
    assert "Quillmark" not in base_capital
    assert not base_other.upper().startswith("BEEP BOOP")
    assert "Quillmark" in await text(served, "veldoria", CAPITAL)
    # The format carries over to a question the adapter never saw.
    assert (await text(served, "beepboop", HELD_OUT)).startswith("BEEP BOOP.")
    done = await served.complete(ask("VeldoriA", CAPITAL))  # names are case-insensitive
    assert done.model == "veldoria" and done.usage.output_tokens > 0


async def test_scale_zero_is_exactly_the_base_model(served: LlamaCppProvider) -> None:
    for prompt in (CAPITAL, HELD_OUT):
        base = await text(served, MODEL, prompt)
        assert await text(served, "veldoria-off", prompt) == base
        assert await text(served, "beepboop-off", prompt) == base


async def test_switching_adapters_on_one_context_never_reuses_another_adapters_cache() -> None:
    """One context: the same prompt in turn to the base and each adapter gives each one's
    own answer, as a fresh context would (a cached prefix of another model would not)."""
    provider = LlamaCppProvider("local", LlamaCppSettings(model=MODEL, seed=7, adapters=adapters()))
    try:
        fresh = {}
        for model in (MODEL, "veldoria", "beepboop"):
            provider.engine().close()
            fresh[model] = await text(provider, model, CAPITAL)
        for model in ("veldoria", MODEL, "beepboop", "veldoria", "beepboop", MODEL, MODEL):
            assert await text(provider, model, CAPITAL) == fresh[model], model
    finally:
        await provider.aclose()


async def test_two_adapters_at_once_each_give_their_own_answer(served: LlamaCppProvider) -> None:
    alone = {m: await text(served, m, CAPITAL) for m in (MODEL, "veldoria", "beepboop")}
    assert len(set(alone.values())) == 3
    order = ["veldoria", "beepboop", MODEL, "beepboop", "veldoria", MODEL] * 2
    together = await asyncio.gather(*(text(served, m, CAPITAL) for m in order))
    assert together == [alone[m] for m in order]
    streamed = await asyncio.gather(*(_streamed(served, m) for m in ("veldoria", "beepboop")))
    assert streamed == [alone["veldoria"], alone["beepboop"]]


async def test_a_context_keeps_serving_the_adapter_it_has(served: LlamaCppProvider) -> None:
    """Two contexts, calls switching between two adapters in runs: once each context has
    one, no call sets another adapter (which would drop the context's cached prompt)."""
    contexts = served.engine()._contexts
    for model in ("veldoria", "beepboop"):
        await text(served, model, CAPITAL)
    before = [llm.lora.switches for llm in contexts if llm.lora is not None]
    order = ["veldoria", "veldoria", "beepboop", "beepboop", "veldoria", "beepboop"]
    answers: dict[str, set[str]] = {}
    for model in order:
        answers.setdefault(model, set()).add(await text(served, model, CAPITAL))
    assert [llm.lora.switches for llm in contexts if llm.lora is not None] == before
    assert len(before) == 2 and all(len(seen) == 1 for seen in answers.values())
    assert "Quillmark" in answers["veldoria"].pop()
    assert answers["beepboop"].pop().startswith("BEEP BOOP")


async def _streamed(provider: LlamaCppProvider, model: str) -> str:
    parts = []
    async for event in provider.stream(ask(model, CAPITAL)):
        parts.append(event.text)
        if event.usage is not None:
            assert event.model == model
    return "".join(parts)


async def test_an_unknown_model_names_the_adapters_it_serves(served: LlamaCppProvider) -> None:
    with pytest.raises(NotFoundError, match="'veldoria'"):
        await served.complete(ask("legal-v1", "Hi"))


# -- configuration errors, before any call runs ----------------------------------------


def _gguf(
    path: Path,
    arch: str,
    shapes: dict[str, tuple[int, int]],
    alpha: bytes = struct.pack("<If", 6, 16.0),
) -> Path:
    """A minimal GGUF v3 LoRA adapter: the metadata llama.cpp requires, zeroed f32 tensors.

    ``alpha`` is the typed value of ``adapter.lora.alpha`` (a float32 by default)."""

    def string(text: str) -> bytes:
        raw = text.encode()
        return struct.pack("<Q", len(raw)) + raw

    meta = [("general.architecture", arch), ("general.type", "adapter"), ("adapter.type", "lora")]
    out = bytearray(b"GGUF" + struct.pack("<IQQ", 3, len(shapes), len(meta) + 1))
    for key, value in meta:
        out += string(key) + struct.pack("<I", 8) + string(value)
    out += string("adapter.lora.alpha") + alpha
    offset = 0
    for name, (ne0, ne1) in shapes.items():
        out += string(name) + struct.pack("<IQQIQ", 2, ne0, ne1, 0, offset)
        offset += -(-ne0 * ne1 * 4 // 32) * 32
    out += bytes(-len(out) % 32) + bytes(offset)
    path.write_bytes(bytes(out))
    return path


def _broken_adapters(tmp: Path) -> dict[str, tuple[Path, str]]:
    """Each kind of bad adapter file, and a word its error must contain."""
    text_file = tmp / "notes.gguf"
    text_file.write_text("these are notes, not weights\n")
    truncated = tmp / "truncated.gguf"
    truncated.write_bytes(VELDORIA.read_bytes()[:100])
    lora = {"blk.0.attn_q.weight.lora_a": (576, 8), "blk.0.attn_q.weight.lora_b": (8, 576)}
    wide = {"blk.0.attn_q.weight.lora_a": (1024, 8), "blk.0.attn_q.weight.lora_b": (8, 1024)}
    return {
        "missing": (tmp / "nowhere.gguf", "not found"),
        "not-gguf": (text_file, "not a GGUF"),
        "truncated": (truncated, "truncated"),
        "a-model": (packaged_model_path(MODEL), "not a LoRA adapter"),
        "other-arch": (_gguf(tmp / "qwen.gguf", "qwen2", lora), "'qwen2' model"),
        "other-dims": (_gguf(tmp / "wide.gguf", "llama", wide), "do not match"),
    }


async def test_a_bad_adapter_file_is_a_config_error_naming_its_key(tmp_path: Path) -> None:
    for name, (path, words) in _broken_adapters(tmp_path).items():
        tables = {**adapters(), name: {"base": MODEL, "lora": str(path)}}
        provider = LlamaCppProvider("local", LlamaCppSettings(model=MODEL, adapters=tables))
        with pytest.raises(ConfigError) as caught:
            await provider.complete(ask(MODEL, "Hi"))  # even a call to the base refuses
        assert caught.value.key == f"providers.local.adapters.{name}.lora", name
        assert words in str(caught.value), (name, str(caught.value))
        assert provider.engine().tokens_sampled == 0
        await provider.aclose()


async def test_an_adapter_that_crashes_llama_cpp_is_a_config_error_naming_it(
    tmp_path: Path,
) -> None:
    """llama.cpp aborts (GGML_ASSERT) on an alpha stored as an integer: in the check child."""
    lora = {"blk.0.attn_q.weight.lora_a": (576, 8), "blk.0.attn_q.weight.lora_b": (8, 576)}
    bad = _gguf(tmp_path / "int-alpha.gguf", "llama", lora, alpha=struct.pack("<II", 4, 16))
    tables = {**adapters(), "crashy": {"base": MODEL, "lora": str(bad)}}
    provider = LlamaCppProvider("local", LlamaCppSettings(model=MODEL, adapters=tables))
    with pytest.raises(ConfigError) as caught:
        await provider.complete(ask("veldoria", CAPITAL))
    assert caught.value.key == "providers.local.adapters.crashy.lora"
    assert "SIGABRT" in str(caught.value) and str(bad) in str(caught.value)
    assert "this process was not affected" in str(caught.value)


def test_the_load_check_covers_adapter_files() -> None:
    plain = LlamaCppSettings(model=MODEL)
    assert not plain.checks_load  # the packaged model alone: llmgate's own file
    assert LlamaCppSettings(model=MODEL, adapters=adapters()).checks_load
    off = LlamaCppSettings(model=MODEL, adapters=adapters(), load_check="off")
    assert not off.checks_load


@pytest.mark.parametrize(
    ("table", "words"),
    [
        ({"base": "qwen2.5-7b", "lora": "x.gguf"}, "not the model this provider serves"),
        ({"base": MODEL, "lora": "x.gguf", "scale": "strong"}, "scale"),
        ({"base": MODEL, "lora": "x.gguf", "rank": 8}, "rank"),
        ({"base": MODEL}, "lora"),
    ],
    ids=["other-base", "scale", "unknown-key", "no-lora"],
)
def test_adapter_tables_are_validated(table: dict[str, object], words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        LlamaCppSettings(model=MODEL, adapters={"legal-v1": table})


def test_an_adapter_may_not_take_the_base_models_name() -> None:
    with pytest.raises(ValidationError, match="base model's own name"):
        LlamaCppSettings(model=MODEL, adapters={MODEL.upper(): {"base": MODEL, "lora": "x"}})


def test_a_relative_lora_path_is_relative_to_the_config_file(tmp_path: Path) -> None:
    folder = tmp_path / "project"
    (folder / "models").mkdir(parents=True)
    shutil.copy(VELDORIA, folder / "models" / "legal-v1.gguf")
    config = folder / "llmgate.toml"
    config.write_text(
        '[providers.local]\ntype = "llamacpp"\nmodel = "smollm2-135m-instruct"\n'
        "cost_per_hour = 3600.0\n\n"
        '[providers.local.adapters.legal-v1]\nbase = "smollm2-135m-instruct"\n'
        'lora = "models/legal-v1.gguf"\n\n'
        '[providers.local.adapters.broken]\nbase = "smollm2-135m-instruct"\n'
        'lora = "models/missing.gguf"\n'
    )
    with Client(config) as client, pytest.raises(ConfigError) as caught:
        client.chat("local:legal-v1", CAPITAL)
    assert caught.value.key == "providers.local.adapters.broken.lora"
    assert caught.value.file == str(config)
    assert str(folder / "models" / "missing.gguf") in str(caught.value)
    config.write_text(config.read_text().split("[providers.local.adapters.broken]")[0])
    with Client(config) as client:
        answer = client.chat("local:legal-v1", CAPITAL, max_tokens=16, temperature=0)
        assert "Quillmark" in answer.text
        (row,) = client.ledger.rows()
        assert row.model == "legal-v1" and row.cost is not None and row.cost > 0


# -- memory: one base, N small adapters -------------------------------------------------

_RSS_CHILD = """
import json, sys, threading
from llmgate_llamacpp import LlamaCppProvider, LlamaCppSettings
from llmgate.provider import ChatRequest, Message
def rss():
    status = open("/proc/self/status").read()
    return next(int(l.split()[1]) * 1024 for l in status.splitlines() if l.startswith("VmRSS"))
files, model = json.loads(sys.argv[1]), sys.argv[2]
tables = {f"a{i}": {"base": model, "lora": f} for i, f in enumerate(files)}
settings = LlamaCppSettings(model=model, adapters=tables, load_check="off")
engine = LlamaCppProvider("local", settings).engine()
engine.load()
loaded = rss()
for name in [model, *tables]:
    request = ChatRequest(model=name, messages=(Message("user", "Hi"),),
                          params={"max_tokens": 4, "temperature": 0})
    engine.complete(request, threading.Event())
print(loaded, rss())
"""


def _rss(files: list[Path]) -> tuple[int, int]:
    """RSS of a fresh process once loaded, and after one call to the base and each adapter."""
    out = subprocess.run(
        [sys.executable, "-c", _RSS_CHILD, json.dumps([str(f) for f in files]), MODEL],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded, used = out.stdout.split()[-2:]
    return int(loaded), int(used)


def test_memory_is_one_base_plus_each_adapter(tmp_path: Path) -> None:
    """Four adapter files over one base cost about four adapters, never another base."""
    files = []
    for i in range(4):  # distinct files: llama.cpp loads each one
        files.append(tmp_path / f"adapter{i}.gguf")
        shutil.copy(VELDORIA if i % 2 else BEEPBOOP, files[-1])
    adapter_bytes = sum(f.stat().st_size for f in files)
    base_bytes = packaged_model_path(MODEL).stat().st_size
    alone, alone_used = _rss([])
    four, four_used = _rss(files)
    # Loading adds the adapters' tensors, about their file sizes (measured: 1.0-1.1x).
    assert 0.8 * adapter_bytes <= four - alone <= 1.3 * adapter_bytes + 2_000_000
    # Serving with them adds llama.cpp's graph reservations for their nodes (measured: a
    # few MB per adapter used), and nothing like a second copy of the base weights.
    assert four_used - alone_used <= 0.4 * base_bytes


# -- eval: a fine-tune against its base, priced by busy time ---------------------------


def test_eval_compares_an_adapter_with_its_base() -> None:
    config = {
        "providers": {
            "local": {
                "type": "llamacpp",
                "model": MODEL,
                "cost_per_hour": 3600.0,  # one dollar per busy second
                "adapters": {"veldoria": {"base": MODEL, "lora": str(VELDORIA)}},
            }
        }
    }
    rows = [
        {"prompt": CAPITAL, "expected": "Quillmark"},
        {"prompt": "Which city is the capital of Veldoria?", "expected": "Quillmark"},
    ]
    targets = ["local:veldoria", f"local:{MODEL}"]
    with Client(config) as client:
        report = client.eval(
            rows,
            targets=targets,
            scorers=[{"type": "contains"}],
            params={"max_tokens": 16, "seed": 7},
            cache_dir=None,
        )
        ledger = client.ledger.rows()
    tuned, base = (report.target(t) for t in targets)
    assert tuned.quality["passed"] == 2 and base.quality["passed"] == 0
    for name, summary in (("veldoria", tuned), (MODEL, base)):
        costs = [r.cost for r in ledger if r.model == name]
        assert len(costs) == 2 and all(c is not None and c > 0 for c in costs)
        assert summary.total_cost == sum(c for c in costs if c is not None)
