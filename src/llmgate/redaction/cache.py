"""Findings remembered per text, so a conversation's history is not scanned again each turn.

A chat client sends the whole conversation with every call: on turn twenty the nineteen
earlier messages are redacted again although nothing in them changed. Detection depends only
on the text (the detectors are fixed when the :class:`Redactor` is built), so its result can
be kept. The cache holds a 128-bit BLAKE2b digest of each text and its spans - offsets and
types, never the text or a value - in a bounded least-recently-used table.

The digest costs about a microsecond per kilobyte, against hundreds of microseconds for
detecting a kilobyte of identifier-dense text; texts shorter than ``MIN_CHARS`` are cheaper
to scan than to look up and are not kept.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from hashlib import blake2b

from llmgate.redaction.detectors import Span

__all__ = ["MIN_CHARS", "DetectionCache"]

MIN_CHARS = 64


class DetectionCache:
    """A thread-safe LRU table from a text's digest to its findings."""

    def __init__(self, size: int) -> None:
        if size < 1:
            raise ValueError("a detection cache needs room for at least one text")
        self.size = size
        self._table: OrderedDict[bytes, tuple[Span, ...]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0  # lookups answered from the table

    @staticmethod
    def key(text: str) -> bytes:
        # surrogatepass: a lone surrogate (from a broken JSON escape) still has one key.
        return blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()

    def get(self, key: bytes) -> tuple[Span, ...] | None:
        with self._lock:
            found = self._table.get(key)
            if found is not None:
                self.hits += 1
                self._table.move_to_end(key)
            return found

    def put(self, key: bytes, spans: tuple[Span, ...]) -> None:
        with self._lock:
            self._table[key] = spans
            self._table.move_to_end(key)
            while len(self._table) > self.size:
                self._table.popitem(last=False)

    def __len__(self) -> int:
        return len(self._table)
