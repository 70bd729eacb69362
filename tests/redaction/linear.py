"""A linear-time check for the round tests' pathological inputs (tests/redaction/test_round*.py).

An absolute CPU-time limit fails on a loaded machine (eight sessions on two cores make
every text slower) and passes a quadratic rule whose input is too short to hurt yet. The
ratio of the cost of a text to the cost of the same text with a quarter of its repeats does
neither: linear work costs about four times as much, quadratic work sixteen times, whatever
the machine's load. A test writes its text with ``rep(piece, count)`` instead of
``piece * count``, so the check can build the smaller text with the same head and tail
(a trigger at the end of a text must stay in both).
"""

from __future__ import annotations

import time
from collections.abc import Callable

FACTOR = 4
ALLOWED = 2 * FACTOR  # linear work costs ~FACTOR times as much; quadratic FACTOR**2
SLACK = 0.05  # seconds: fixed costs and timer noise on inputs that cost almost nothing
ATTEMPTS = 3  # a burst of load during one measurement is measured again
SCALED = 100  # repeat counts below this are part of a unit's shape and stay as written


class Text:
    """A text as a sequence of pieces repeated ``count`` times; ``+`` joins, ``*`` repeats."""

    def __init__(self, pieces: tuple[tuple[str | Text, int], ...]) -> None:
        self.pieces = pieces

    def __add__(self, other: str | Text) -> Text:
        return Text(self.pieces + _pieces(other))

    def __radd__(self, other: str) -> Text:
        return Text(_pieces(other) + self.pieces)

    def build(self, divisor: int = 1) -> str:
        """The text with each top-level count of ``SCALED`` or more divided by ``divisor``;
        inner counts stay (a unit keeps its shape)."""
        return "".join(
            (piece if isinstance(piece, str) else piece.build()) * _scaled(count, divisor)
            for piece, count in self.pieces
        )


def _scaled(count: int, divisor: int) -> int:
    return max(1, count // divisor) if count >= SCALED else count


def _pieces(value: str | Text) -> tuple[tuple[str | Text, int], ...]:
    return ((value, 1),) if isinstance(value, str) else value.pieces


def rep(piece: str | Text, count: int) -> Text:
    """``piece * count``, kept apart so that ``assert_linear`` can shrink it."""
    return Text(((piece, count),))


def _cost(detect: Callable[[str], object], text: str) -> float:
    start = time.process_time()
    detect(text)
    return time.process_time() - start


def assert_linear(detect: Callable[[str], object], text: Text) -> None:
    """``detect`` of the text costs at most ``ALLOWED`` times ``detect`` of it with a
    quarter of each repeat.

    ``detect`` must not cache (``Redactor(cache_size=0).detect``): a cached repeat would
    cost nothing and hide a slow first call."""
    whole, quarter = text.build(), text.build(FACTOR)
    costs: list[tuple[float, float]] = []
    for _ in range(ATTEMPTS):
        small, large = _cost(detect, quarter), _cost(detect, whole)
        if large <= ALLOWED * small + SLACK:
            return
        costs.append((round(small, 4), round(large, 4)))
    raise AssertionError(f"not linear on {whole[:40]!r}: (quarter, whole) CPU s {costs}")
