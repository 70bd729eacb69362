"""The extra-buffer decision (AMX workaround), on the system-info lines of several builds.

Pure: runs on any machine, so the case the CI machine's CPU cannot show is covered here;
test_amx.py proves the decision on the real model on whatever CPU this is.
"""

from __future__ import annotations

import pytest
from llmgate_llamacpp._cpu import build_features, decide_extra_buffers

# Lines in the shape llama_print_system_info() prints them (llama-cpp-python 0.3.36).
AMX_BUILD = (
    "CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | BMI2 = 1 | "
    "AVX512 = 1 | AVX512_VBMI = 1 | AVX512_VNNI = 1 | AVX512_BF16 = 1 | AMX_INT8 = 1 | "
    "LLAMAFILE = 1 | OPENMP = 1 | REPACK = 1 | "
)
AVX2_BUILD = (
    "CPU : SSE3 = 1 | SSSE3 = 1 | AVX = 1 | AVX2 = 1 | F16C = 1 | FMA = 1 | BMI2 = 1 | "
    "LLAMAFILE = 1 | OPENMP = 1 | REPACK = 1 | "
)
NEON_BUILD = "CPU : NEON = 1 | ARM_FMA = 1 | FP16_VA = 1 | DOTPROD = 1 | REPACK = 1 | "
AMX_OFF_BUILD = AVX2_BUILD.replace("BMI2 = 1", "BMI2 = 1 | AMX_INT8 = 0")


def test_features_are_read_from_the_system_info_line() -> None:
    features = build_features(AMX_BUILD)
    assert features["AMX_INT8"] == 1
    assert features["AVX512_VNNI"] == 1
    assert features["REPACK"] == 1
    assert "NEON" not in features


@pytest.mark.parametrize("info", [AVX2_BUILD, NEON_BUILD, AMX_OFF_BUILD, ""])
def test_auto_keeps_extra_buffers_on_builds_without_amx(info: str) -> None:
    decision = decide_extra_buffers("auto", info)
    assert decision.enabled is True
    assert "no AMX" in decision.reason


def test_auto_turns_extra_buffers_off_on_a_build_with_amx_kernels() -> None:
    decision = decide_extra_buffers("auto", AMX_BUILD)
    assert decision.enabled is False
    assert "AMX_INT8" in decision.reason and "SIGILL" in decision.reason


@pytest.mark.parametrize("info", [AMX_BUILD, AVX2_BUILD])
def test_the_setting_overrides_the_build(info: str) -> None:
    assert decide_extra_buffers(True, info).enabled is True
    assert decide_extra_buffers(False, info).enabled is False
    assert "settings" in decide_extra_buffers(False, info).reason
