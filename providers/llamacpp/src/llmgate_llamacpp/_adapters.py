"""LoRA adapters over one loaded base model: checked, loaded once, chosen per call.

llama.cpp keeps a LoRA adapter as a small set of tensors next to the model it was loaded
for, and applies whichever adapters a *context* has set while it computes: the base
weights are never copied or merged. So an engine loads the base once (per context of its
pool), loads each adapter file once against it, and before every call sets on the
context it took exactly the adapter that call's model names, or none for the base.

``llama_cpp.Llama`` takes one ``lora_path`` at construction (and turns off mmap for it),
which would mean one copy of the base per adapter; this goes through llama-cpp-python's
low-level bindings of llama.cpp's adapter API instead (``llama_adapter_lora_init``,
``llama_set_adapters_lora``).

Switching the adapter of a context invalidates what its KV cache holds (the keys and
values were computed with other weights), so a switch also forgets the cached prompt
prefix; calls to the same adapter in a row keep reusing it as calls to the base do.
"""

from __future__ import annotations

import ctypes
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import llama_cpp

from llmgate.errors import ConfigError
from llmgate_llamacpp._gguf import GGUFError, GGUFInfo, read_gguf_info
from llmgate_llamacpp._settings import LlamaCppSettings

__all__ = ["Adapter", "AdapterSet", "check_adapter_file", "declared_adapters", "weights_of"]


@dataclass(frozen=True, slots=True)
class Adapter:
    """One declared adapter: the name calls use, its file, its scale, its config key."""

    name: str
    path: Path
    scale: float
    key: str  # "providers.NAME.adapters.ADAPTER.lora", for errors


def declared_adapters(provider: str, settings: LlamaCppSettings) -> dict[str, Adapter]:
    """The adapters of ``settings``, by lower-cased name (names are case-insensitive)."""
    return {
        name.lower(): Adapter(
            name=name,
            path=Path(a.lora),
            scale=a.scale,
            key=f"providers.{provider}.adapters.{name}.lora",
        )
        for name, a in settings.adapters.items()
    }


def check_adapter_file(adapter: Adapter, base: GGUFInfo) -> None:
    """Refuse a file that is missing, not GGUF, not a LoRA adapter, or of another
    architecture, in words, before llama.cpp sees it (see :mod:`._gguf`)."""
    path = adapter.path
    if not path.is_file():
        raise ConfigError(f"LoRA adapter file not found: {path}", key=adapter.key)
    try:
        info = read_gguf_info(path)
    except GGUFError as exc:
        raise ConfigError(f"{path}: {exc}", key=adapter.key) from None
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}", key=adapter.key) from None
    if info.file_type != "adapter" or info.adapter_type != "lora":
        what = "a model" if info.context_length is not None else f"a {info.file_type!r} file"
        raise ConfigError(
            f"{path} is {what}, not a LoRA adapter (a LoRA in GGUF has general.type = "
            "'adapter' and adapter.type = 'lora'; convert a PEFT adapter with llama.cpp's "
            "convert_lora_to_gguf.py)",
            key=adapter.key,
        )
    if info.architecture != base.architecture:
        raise ConfigError(
            f"{path} is an adapter for a {info.architecture!r} model, but the base model is "
            f"{base.architecture!r}: an adapter only fits the model it was trained on",
            key=adapter.key,
        )


class AdapterSet:
    """The adapters loaded against one context's model, and which one the context has set.

    One handle per distinct file: two names for one file (say, at two scales) share it.
    The handles are freed by llama.cpp together with the model (never before it).
    """

    def __init__(self, llm: Any, adapters: Mapping[str, Adapter]) -> None:
        self._llm = llm
        self._handles: dict[Path, Any] = {}
        self.active: tuple[Path, float] | None = None
        self.switches = 0  # times another adapter was set (each one drops the cached prompt)
        for adapter in adapters.values():
            if adapter.path in self._handles:
                continue
            handle = llama_cpp.llama_adapter_lora_init(
                llm._model.model, str(adapter.path).encode("utf-8")
            )
            # The binding returns a NULL *pointer object* on failure, never None (so
            # llama-cpp-python's own `is None` test of it passes a failed load through,
            # and the first decode then crashes): test its truth value.
            if not handle:
                raise ConfigError(
                    f"llama.cpp could not load the LoRA adapter {adapter.path}: its tensors "
                    "do not match the base model's (an adapter of another model of the same "
                    "architecture, or a file corrupt inside)",
                    key=adapter.key,
                )
            self._handles[adapter.path] = handle

    def use(self, adapter: Adapter | None) -> None:
        """Set ``adapter`` (``None``: the base) on the context, if it is not set already.

        A scale of 0 is the base model itself, so it shares the base's cached prefix.
        """
        wanted = weights_of(adapter)
        if wanted == self.active:
            return
        self.switches += 1
        ctx = self._llm._ctx.ctx
        if wanted is None:
            status = llama_cpp.llama_set_adapters_lora(ctx, None, 0, None)
        else:
            handles = (llama_cpp.llama_adapter_lora_p_ctypes * 1)(self._handles[wanted[0]])
            scales = (ctypes.c_float * 1)(wanted[1])
            status = llama_cpp.llama_set_adapters_lora(ctx, handles, 1, scales)
        if status != 0:
            raise RuntimeError(f"llama.cpp could not set the LoRA adapter (status {status})")
        self.active = wanted
        self._llm.reset()  # the KV cache holds another model's keys: never reuse it


def weights_of(adapter: Adapter | None) -> tuple[Path, float] | None:
    """What a call's adapter sets on a context: ``None`` for the base (and any scale 0)."""
    return None if adapter is None or adapter.scale == 0 else (adapter.path, adapter.scale)
