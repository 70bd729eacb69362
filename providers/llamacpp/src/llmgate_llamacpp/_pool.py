"""The engine's free contexts, handed out so that a context keeps serving one adapter.

Setting another LoRA adapter on a context drops its cached prompt (the cache holds keys and
values computed with other weights), so re-evaluating the prompt costs far more than
setting the adapter itself (hundreds of milliseconds against microseconds for the packaged
model). With several contexts and mixed traffic, a call therefore takes a free context that
already has its adapter set, else the one free longest; without adapters every context
qualifies and the one returned last (whose cache is warmest) goes first.
"""

from __future__ import annotations

import threading
from pathlib import Path

from llmgate_llamacpp._llama import Llama

__all__ = ["ContextPool"]


class ContextPool:
    """A blocking pool of llama contexts; safe from any number of threads."""

    def __init__(self) -> None:
        self._free: list[Llama] = []  # oldest first
        self._ready = threading.Condition()

    def put(self, llm: Llama) -> None:
        with self._ready:
            self._free.append(llm)
            self._ready.notify()

    def get(self, weights: tuple[Path, float] | None = None) -> Llama:
        """A free context, preferring one whose adapter is ``weights`` (waits for one)."""
        with self._ready:
            while not self._free:
                self._ready.wait()
            for i in range(len(self._free) - 1, -1, -1):
                lora = self._free[i].lora
                if (lora.active if lora is not None else None) == weights:
                    return self._free.pop(i)
            return self._free.pop(0)
