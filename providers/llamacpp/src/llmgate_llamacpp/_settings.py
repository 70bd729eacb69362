"""The ``[providers.NAME]`` table of a ``type = "llamacpp"`` provider.

Validated without touching the model: whether the file exists and is a GGUF is checked when
the model is loaded (on first use), so that a config can be checked on a machine that does
not hold the weights.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from llmgate.provider import ProviderSettings
from llmgate_llamacpp._models import PACKAGED_MODELS

__all__ = ["DEFAULT_N_CTX", "LlamaCppSettings", "LoraAdapterSettings"]

DEFAULT_N_CTX = 2048


class LoraAdapterSettings(BaseModel):
    """One ``[providers.NAME.adapters.ADAPTER]`` table: a LoRA fine-tune of the base model.

    ``lora`` is a GGUF LoRA adapter file; a relative path is relative to the config file's
    folder (so a config and its adapters move together), or to the working directory for a
    config given as a mapping. ``scale`` multiplies the adapter's effect: 1.0 as trained,
    0.0 exactly the base model.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    base: str
    lora: str
    scale: float = Field(default=1.0, ge=-8.0, le=8.0, allow_inf_nan=False)


class LlamaCppSettings(ProviderSettings):
    """Settings of an in-process GGUF model (see docs/local-models.md for the table)::

        LlamaCppSettings(model="smollm2-135m-instruct")             # the packaged model
        LlamaCppSettings(model_path="~/models/qwen2.5-7b-q4_k_m.gguf", n_gpu_layers=-1)

    ``n_ctx = 0`` means the context length the model was trained for. ``n_parallel`` is the
    number of llama.cpp contexts (each with its own KV cache) serving calls at once.
    ``extra_buffers`` lets ggml put weights in its extra CPU buffer types (AMX, repacked
    layouts): ``"auto"`` turns them off for builds with AMX kernels, which crash on AMX CPUs
    (see ``_cpu.py``). ``load_check = "process"`` loads a model once in a child process
    before loading it here, so a native crash on a bad file is a ``ConfigError``; ``"auto"``
    does so except for the packaged model with ``extra_buffers = "auto"`` and no adapters.
    ``adapters`` are LoRA fine-tunes of the model, each served as a model of its own name
    over the one copy of the base weights.
    """

    type: str = "llamacpp"
    trust: Literal["external", "private", "local"] = "local"
    model: str | None = None
    model_path: str | None = None
    n_ctx: int = Field(default=DEFAULT_N_CTX, ge=0)
    n_threads: int | None = Field(default=None, ge=1)
    n_threads_batch: int | None = Field(default=None, ge=1)
    n_gpu_layers: int = Field(default=0, ge=-1)
    chat_format: str | None = None
    seed: int | None = Field(default=None, ge=0)
    n_parallel: int = Field(default=1, ge=1, le=64)
    extra_buffers: Literal["auto"] | bool = "auto"
    load_check: Literal["auto", "process", "off"] = "auto"
    adapters: dict[str, LoraAdapterSettings] = Field(default_factory=dict)

    @field_validator("adapters", mode="after")
    @classmethod
    def _adapter_paths(
        cls, adapters: dict[str, LoraAdapterSettings], info: ValidationInfo
    ) -> dict[str, LoraAdapterSettings]:
        """Resolve each ``lora`` against the config file's folder (see the adapter table)."""
        context = info.context if isinstance(info.context, dict) else {}
        file = context.get("config_file")
        folder = Path(file).parent if isinstance(file, str) and Path(file).is_file() else None
        resolved: dict[str, LoraAdapterSettings] = {}
        for name, adapter in adapters.items():
            path = Path(adapter.lora).expanduser()
            if folder is not None and not path.is_absolute():
                path = folder / path
            resolved[name] = adapter.model_copy(update={"lora": str(path)})
        return resolved

    @model_validator(mode="after")
    def _one_model(self) -> Self:
        if (self.model is None) == (self.model_path is None):
            raise ValueError(
                "set exactly one of 'model' (a packaged model: "
                f"{', '.join(sorted(PACKAGED_MODELS))}) or 'model_path' (a .gguf file)"
            )
        if self.model is not None and self.model.lower() not in PACKAGED_MODELS:
            raise ValueError(
                f"model {self.model!r} is not a packaged model (packaged: "
                f"{', '.join(sorted(PACKAGED_MODELS))}); for any other GGUF file set "
                "'model_path' instead of 'model'"
            )
        if self.api_key is not None or self.base_url is not None:
            raise ValueError("'api_key' and 'base_url' mean nothing to an in-process model")
        if 0 < self.n_ctx < 16:
            raise ValueError(f"n_ctx = {self.n_ctx} is too small to hold a chat prompt")
        self._check_adapters()
        return self

    def _check_adapters(self) -> None:
        """Each adapter must be of the model this provider serves, under a name of its own."""
        bases = {n.lower() for n in self.base_names}
        for name, adapter in self.adapters.items():
            if adapter.base.lower() not in bases:
                raise ValueError(
                    f"adapters.{name}.base = {adapter.base!r} is not the model this provider "
                    f"serves ({self.served_model!r}): one llamacpp provider serves one base "
                    "model and its adapters; declare a provider per base model"
                )
            if name.lower() in bases:
                raise ValueError(f"adapter name {name!r} is the base model's own name")
        lowered = [n.lower() for n in self.adapters]
        if len(set(lowered)) != len(lowered):
            raise ValueError("two adapters have the same name (names are case-insensitive)")

    @property
    def base_names(self) -> frozenset[str]:
        """The names a call may use for the base model (the packaged name, or the file's
        name with or without ``.gguf``)."""
        names = {self.served_model}
        if self.model_path is not None:
            path = Path(self.model_path)
            names |= {self.model_path, path.name, path.stem}
        return frozenset(names)

    @property
    def batch_threads(self) -> int:
        """Threads for prompt batches: ``n_threads_batch``, else the generation threads.

        llama-cpp-python's own default is every CPU, while generation gets half: on a
        machine whose other cores are busy, OpenMP's spinning barrier then made a 16-token
        batch 7x slower in CPU time (and more in wall time) than one thread.
        """
        return self.n_threads_batch or self.n_threads or max((os.cpu_count() or 2) // 2, 1)

    @property
    def checks_load(self) -> bool:
        """Whether the model is loaded in a child process first (``load_check``)."""
        if self.load_check == "auto":
            # An adapter file is the user's, like a model_path: the packaged model's
            # exemption does not cover it.
            shipped = self.model is not None and self.extra_buffers == "auto"
            return not shipped or bool(self.adapters)
        return self.load_check == "process"

    @property
    def served_model(self) -> str:
        """The model name this provider answers to and reports: the packaged name or file name."""
        if self.model is not None:
            return self.model.lower()
        return Path(str(self.model_path)).name

    @property
    def model_key(self) -> str:
        """The settings key that names the model (for errors)."""
        return "model" if self.model is not None else "model_path"
