"""Whether ggml may place weights in its extra CPU buffer types, decided from the build.

llama.cpp can load weights into "extra" CPU buffer types: Intel AMX tiles (``AMX_INT8``
builds on Sapphire Rapids and later) and repacked layouts for AVX2/AVX-512/NEON kernels
(``REPACK``). The AMX path of the ggml that llama-cpp-python 0.3.36 vendors runs tile
instructions on worker threads without a valid tile configuration: on a CPU with AMX the
first decode dies with ``SIGILL`` (``tilezero`` in the AMX matrix kernels) and takes the
whole Python process with it. The only switch that keeps the weights out of the AMX buffer
type is ``llama_model_params.use_extra_bufts``, which turns off the repacked layouts too.

So the default (``extra_buffers = "auto"``) reads what the installed build was compiled
with (``llama_print_system_info()``): a build with AMX kernels loads with extra buffer types
off; any other build keeps them (repacking is safe and faster there). A user who knows
better sets ``extra_buffers = true`` or ``false``::

    decide_extra_buffers("auto", "CPU : AVX2 = 1 | AMX_INT8 = 1 | REPACK = 1 |")
    # ExtraBuffers(enabled=False, reason="this llama.cpp build has AMX kernels ...")

Pure and free of llama.cpp imports, so the decision is unit-tested on any machine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

__all__ = ["ExtraBuffers", "ExtraBuffersSetting", "build_features", "decide_extra_buffers"]

ExtraBuffersSetting = Literal["auto"] | bool

_FEATURE: Final = re.compile(r"([A-Z][A-Z0-9_]*) = (\d+)")

# Build features whose extra buffer type is known to crash this llama.cpp (module docstring).
UNSAFE_FEATURES: Final = ("AMX_INT8",)


@dataclass(frozen=True, slots=True)
class ExtraBuffers:
    """The decision: load with ``use_extra_bufts = enabled``, and why (for logs and docs)."""

    enabled: bool
    reason: str


def build_features(system_info: str) -> dict[str, int]:
    """The ``NAME = value`` flags of ``llama_print_system_info()`` (``{"AVX2": 1, ...}``)."""
    return {name: int(value) for name, value in _FEATURE.findall(system_info)}


def decide_extra_buffers(setting: ExtraBuffersSetting, system_info: str) -> ExtraBuffers:
    """``setting`` as configured, resolved against the build's ``system_info``."""
    if setting is True:
        return ExtraBuffers(True, "extra_buffers = true in the settings")
    if setting is False:
        return ExtraBuffers(False, "extra_buffers = false in the settings")
    features = build_features(system_info)
    unsafe = [name for name in UNSAFE_FEATURES if features.get(name)]
    if unsafe:
        return ExtraBuffers(
            False,
            f"this llama.cpp build has {', '.join(unsafe)} kernels, whose extra buffer type "
            "crashes the process on CPUs with AMX (SIGILL): weights stay in plain CPU buffers",
        )
    return ExtraBuffers(True, "this llama.cpp build has no AMX kernels")
