"""The scoring convention every redaction bench shares, the held-out evaluation's
(bench/heldout/evaluate.py): a character counts as masked when any finding of any type
covers it, and whitespace and zero-width characters inside a value are not counted."""

from __future__ import annotations

from collections.abc import Iterable

UNCOUNTED = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")


def coverage(text: str, found: Iterable[tuple[int, int, str]]) -> bytearray:
    """One byte per character of ``text``: 1 where a finding covers it."""
    cover = bytearray(len(text))
    for start, end, _ in found:
        cover[start:end] = b"\1" * (end - start)
    return cover


def counted(text: str, start: int, end: int) -> list[int]:
    """The indices of ``text[start:end]`` that count: not blank, not zero-width."""
    return [i for i in range(start, end) if not text[i].isspace() and text[i] not in UNCOUNTED]
