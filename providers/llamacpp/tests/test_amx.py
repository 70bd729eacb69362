"""The AMX workaround on the real model, on whatever CPU this is (the case is reported).

On a CPU with AMX and a llama.cpp build with AMX kernels (Sapphire Rapids and later, built
natively), loading with ggml's extra buffer types dies with SIGILL on the first batch: the
tests here show the default settings answer, and that the defect is real (so the default is
what avoids it). On other machines the defect cannot show; ``test_cpu.py`` covers the
decision for every case, and the tests here check the default keeps extra buffers on.
"""

from __future__ import annotations

import re
from pathlib import Path

import llama_cpp
import pytest
from llmgate_llamacpp import LlamaCppProvider, LlamaCppSettings, packaged_model_path
from llmgate_llamacpp._cpu import build_features
from llmgate_llamacpp._probe import ProbeFailed, probe_load

from llmgate.errors import ConfigError
from llmgate.provider import ChatRequest, Message

from .conftest import MODEL

BUILD_AMX = bool(build_features(llama_cpp.llama_print_system_info().decode()).get("AMX_INT8"))
_FLAGS = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
CPU_AMX = "amx_tile" in _FLAGS.split()
CASE = f"CPU with AMX: {'yes' if CPU_AMX else 'no'}; build with AMX kernels: " + (
    "yes" if BUILD_AMX else "no"
)
# A prompt long enough to be decoded as one batch through the matrix-matrix kernels.
HAIKU = ChatRequest(
    model=MODEL,
    messages=(Message("user", "Write a haiku about failover"),),
    params={"max_tokens": 24, "temperature": 0},
)


def test_the_case_this_machine_runs(record_property: pytest.RecordProperty) -> None:
    record_property("amx_case", CASE)
    print(CASE)  # shown with -s / -rA; also in the junit report as a property
    assert isinstance(BUILD_AMX, bool) and isinstance(CPU_AMX, bool)


async def test_the_default_settings_answer_on_this_cpu() -> None:
    provider = LlamaCppProvider("local", LlamaCppSettings(model=MODEL))
    try:
        done = await provider.complete(HAIKU)
        engine = provider.engine()
        assert engine.extra_buffers is not None
        # Off exactly when the build has AMX kernels; on otherwise (repacking is safe).
        assert engine.extra_buffers.enabled is not BUILD_AMX, CASE
        assert done.text.strip() and done.usage.output_tokens > 0, CASE
        assert done.usage.input_tokens > 16  # the batch went through the GEMM kernels
    finally:
        await provider.aclose()


@pytest.mark.skipif(not (CPU_AMX and BUILD_AMX), reason=f"needs AMX on CPU and build ({CASE})")
def test_on_amx_extra_buffers_crash_llama_cpp_in_a_child_only() -> None:
    options = {"n_ctx": 512, "n_threads": 1, "verbose": False, "extra_buffers": True}
    # The signal depends on the CPU and kernel: SIGILL on one AMX Xeon, SIGSEGV on another.
    with pytest.raises(ProbeFailed, match=r"SIG(ILL|SEGV|ABRT)"):
        probe_load(packaged_model_path(MODEL), options)
    options["extra_buffers"] = False
    probe_load(packaged_model_path(MODEL), options)  # the workaround: no crash


@pytest.mark.skipif(not (CPU_AMX and BUILD_AMX), reason=f"needs AMX on CPU and build ({CASE})")
async def test_on_amx_forcing_extra_buffers_on_is_a_config_error_not_a_dead_process() -> None:
    provider = LlamaCppProvider("local", LlamaCppSettings(model=MODEL, extra_buffers=True))
    with pytest.raises(ConfigError) as caught:
        await provider.complete(HAIKU)
    assert caught.value.key == "providers.local.extra_buffers"
    assert re.search(r"SIG(ILL|SEGV|ABRT)", str(caught.value)), str(caught.value)
    assert "extra_buffers = false" in str(caught.value)
