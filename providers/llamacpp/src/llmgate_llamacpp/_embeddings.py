"""Embeddings from a GGUF model in this process: llama.cpp with ``embedding=True``.

A ``llamacpp`` provider embeds with two kinds of model:

- its own model, when that is an embedding GGUF given by ``model_path`` (BERT, nomic-bert,
  a Qwen3-Embedding...) or the packaged embedding model given by ``model``;
- a packaged embedding model named in the target, on any ``llamacpp`` provider: so with no
  config at all, ``client.embed("local:all-minilm-l6-v2", inputs=[...])`` works.

Each model is loaded once, on first use, with the trained context length and pooling the
GGUF declares, and stays loaded until the provider closes. Vectors are L2-normalized (as
sentence-transformers' all-MiniLM-L6-v2 pipeline and OpenAI's embeddings are), so a dot
product is the cosine. Inputs are handed to llama-cpp-python's own ``embed``, which packs
as many inputs as fit into each batch of ``n_batch`` tokens; an input longer than that is
cut to it (llama-cpp-python's behaviour, and sentence-transformers' too).

Nothing here imports llama.cpp until a model is loaded (on a worker thread).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from llmgate.errors import BadRequestError, ConfigError, NotFoundError, ServerError
from llmgate.provider import EmbeddingRequest, Embeddings, Usage
from llmgate_llamacpp._models import PACKAGED_MODELS, PackagedModelError, packaged_model_path
from llmgate_llamacpp._settings import LlamaCppSettings

if TYPE_CHECKING:
    from llmgate_llamacpp._llama import Llama as _Llama

__all__ = ["Embedders", "embedding_models"]

# Inputs per ``Llama.embed`` call: a cancelled or timed-out call stops after the chunk in
# hand. Large enough that each chunk still fills llama.cpp's batches (a chunk's last batch
# is the only one that may run part-full).
CHUNK: Final = 256


def embedding_models() -> list[str]:
    """The packaged embedding models, which every ``llamacpp`` provider can embed with."""
    return sorted(name for name, m in PACKAGED_MODELS.items() if m.embedding)


class Embedders:
    """The embedding models one provider has loaded, by model name (made on first use)."""

    def __init__(self, provider: str, settings: LlamaCppSettings) -> None:
        self.provider = provider
        self.settings = settings
        self._models: dict[str, _Embedder] = {}
        self._lock = threading.Lock()

    def embed(self, request: EmbeddingRequest, cancel: threading.Event) -> Embeddings:
        """Embed every input (blocking; call from a worker thread)."""
        return self._get(request.model).embed(request, cancel)

    def load(self, model: str) -> None:
        """Load ``model`` now rather than on its first call (blocking)."""
        self._get(model).load()

    def close(self) -> None:
        with self._lock:
            models, self._models = list(self._models.values()), {}
        for model in models:
            model.close()

    def _get(self, model: str) -> _Embedder:
        name, path = self._resolve(model)
        with self._lock:
            embedder = self._models.get(name)
            if embedder is None:
                embedder = self._models[name] = _Embedder(self.provider, name, path, self.settings)
            return embedder

    def _resolve(self, model: str) -> tuple[str, Path]:
        """The name to report and the GGUF file for ``model`` (or why it cannot embed)."""
        s = self.settings
        key = model.lower()
        own = {s.served_model.lower(), ""}
        if s.model_path is not None:
            own |= {s.model_path.lower(), Path(s.model_path).stem.lower()}
        if key in own and s.model_path is not None:
            path = Path(s.model_path).expanduser()
            if not path.is_file():
                raise ConfigError(f"model file not found: {path}", key=self._key("model_path"))
            return s.served_model, path
        name = s.served_model if key in own else key
        packaged = PACKAGED_MODELS.get(name)
        if packaged is not None and packaged.embedding:
            try:
                return name, packaged_model_path(name)
            except PackagedModelError as exc:
                raise ConfigError(str(exc), key=self._key("model")) from None
        where: dict[str, Any] = {"provider": self.provider, "model": model}
        known = ", ".join(embedding_models())
        if key in own:
            raise BadRequestError(
                f"{s.served_model!r} is a chat model, not an embedding model: embed with "
                f"the packaged {known}, or set model_path to an embedding GGUF",
                **where,
            )
        raise NotFoundError(
            f"this provider embeds with the packaged {known} or its own model "
            f"{s.served_model!r} (if that is an embedding model), not {model!r}",
            **where,
        )

    def _key(self, name: str) -> str:
        return f"providers.{self.provider}.{name}"


class _Embedder:
    """One embedding model: a llama.cpp context with ``embedding=True``, one call at a time."""

    def __init__(self, provider: str, name: str, path: Path, settings: LlamaCppSettings) -> None:
        self.provider = provider
        self.name = name
        self.path = path
        self.settings = settings
        self._llm: _Llama | None = None
        self._lock = threading.Lock()  # a llama.cpp context is not thread-safe

    def embed(self, request: EmbeddingRequest, cancel: threading.Event) -> Embeddings:
        where: dict[str, Any] = {"provider": self.provider, "model": self.name}
        with self._lock:
            llm = self._load()
            size = llm.n_embd()
            if request.dimensions is not None and request.dimensions != size:
                raise BadRequestError(
                    f"{self.name} gives vectors of {size} dimensions and cannot shorten "
                    f"them to {request.dimensions}: leave dimensions unset",
                    **where,
                )
            inputs = list(request.inputs)
            vectors: list[Any] = []
            tokens = 0
            start = time.perf_counter()
            try:
                for at in range(0, len(inputs), CHUNK):
                    if cancel.is_set():
                        raise ServerError("the call was cancelled", **where)
                    chunk = inputs[at : at + CHUNK]
                    out, count = llm.embed(chunk, normalize=True, return_count=True)
                    vectors.extend(out)
                    tokens += count
            except (RuntimeError, ValueError) as exc:
                raise ServerError(f"llama.cpp failed to embed: {exc}", **where) from exc
            busy = time.perf_counter() - start
        return Embeddings(vectors, self.name, Usage(input_tokens=tokens), busy_s=busy)

    def load(self) -> None:
        with self._lock:
            self._load()

    def _load(self) -> _Llama:
        """The context, loaded on first use with the GGUF's trained context length."""
        if self._llm is None:
            import llama_cpp

            from llmgate_llamacpp._cpu import decide_extra_buffers
            from llmgate_llamacpp._llama import open_llama

            s = self.settings
            system_info = llama_cpp.llama_print_system_info().decode("utf-8", "replace")
            options = {
                "embedding": True,
                "n_ctx": 0,  # the trained length: each batch of inputs must fit in one
                "n_gpu_layers": s.n_gpu_layers,
                "n_threads": s.n_threads,
                "n_threads_batch": s.batch_threads,
                "verbose": False,
                "extra_buffers": decide_extra_buffers(s.extra_buffers, system_info).enabled,
            }
            try:
                self._llm = open_llama(self.path, options)
            except ValueError as exc:
                raise ConfigError(
                    f"llama.cpp could not load {self.path} as an embedding model: {exc}",
                    key=f"providers.{self.provider}.{s.model_key}",
                ) from exc
        return self._llm

    def close(self) -> None:
        with self._lock:
            if self._llm is not None:
                self._llm.close()
                self._llm = None
