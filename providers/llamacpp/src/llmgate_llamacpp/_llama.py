"""``llama_cpp.Llama`` with the hooks llmgate needs, and what a call shares with them.

Two hooks on :class:`Llama` make the public ``create_chat_completion`` fit llmgate:
``create_completion`` sees the exact prompt tokens the chat template produced (to refuse a
prompt that does not fit before anything is generated, and to count them for a stream),
and ``generate`` sees every sampled token (to count them, and to stop within one token of
a cancellation). Neither changes what llama.cpp computes. Importing this module loads
llama.cpp's shared library.
"""

from __future__ import annotations

import threading
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import llama_cpp

if TYPE_CHECKING:
    from llmgate_llamacpp._adapters import AdapterSet

__all__ = ["Cancelled", "Llama", "LlamaCall", "PromptTooLong", "open_llama"]


@dataclass(slots=True)
class LlamaCall:
    """What one call's hooks share with it: its cancel flag and its exact token counts."""

    cancel: threading.Event
    prompt_tokens: int = 0
    output_tokens: int = 0
    sampled: int = 0


class PromptTooLong(Exception):
    def __init__(self, prompt_tokens: int, n_ctx: int) -> None:
        super().__init__(
            f"the prompt is {prompt_tokens} tokens and the context window (n_ctx) is "
            f"{n_ctx}: it must leave room for at least one generated token"
        )


class Cancelled(Exception):
    """The caller went away before the model was free; nothing was generated."""


class Llama(llama_cpp.Llama):
    """``llama_cpp.Llama`` with the prompt check and the per-token hooks (see the module docstring).

    ``extra_buffers`` sets ``llama_model_params.use_extra_bufts``, which ``Llama(...)`` does
    not take (see :mod:`llmgate_llamacpp._cpu` for why it matters): ``Llama.__init__``
    builds its ``model_params`` and assigns them to ``self`` before loading, so a property
    sets the flag on that very struct, for this instance only.
    """

    call: LlamaCall | None = None
    lora: AdapterSet | None = None  # the engine's adapters, loaded against this model
    _extra_buffers: bool = True
    _model_params: Any = None

    def __init__(self, model_path: str, *, extra_buffers: bool = True, **kwargs: Any) -> None:
        self._extra_buffers = extra_buffers
        super().__init__(model_path, **kwargs)

    @property
    def model_params(self) -> Any:
        return self._model_params

    @model_params.setter
    def model_params(self, params: Any) -> None:
        params.use_extra_bufts = self._extra_buffers
        self._model_params = params

    def create_completion(self, prompt: Any, *args: Any, **kwargs: Any) -> Any:
        call = self.call
        if call is not None:
            # Chat templates hand over token lists; count a text prompt the way llama does.
            if isinstance(prompt, str):
                bos = [self.token_bos()] if self._model.add_bos_token() else []
                prompt = bos + self.tokenize(prompt.encode("utf-8"), add_bos=False, special=True)
            call.prompt_tokens = len(prompt)
            if len(prompt) >= self.n_ctx():
                raise PromptTooLong(len(prompt), self.n_ctx())
        return super().create_completion(prompt, *args, **kwargs)

    def generate(
        self, tokens: Sequence[int], *args: Any, **kwargs: Any
    ) -> Generator[int, Sequence[int] | None, None]:
        call = self.call
        inner = super().generate(tokens, *args, **kwargs)
        if call is None:
            yield from inner
            return
        vocab = self._model.vocab
        for token in inner:
            call.sampled += 1
            if call.cancel.is_set():
                return
            # The same rule llama uses for usage: end-of-generation tokens are not output.
            if not llama_cpp.llama_vocab_is_eog(vocab, token):
                call.output_tokens += 1
            yield token


def open_llama(path: Path, options: dict[str, Any]) -> Llama:
    """Load ``path`` with an engine's options (also what the load check runs in a child)."""
    return Llama(str(path), **options)
