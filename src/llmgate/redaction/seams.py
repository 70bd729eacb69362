"""Where a copy of a text with its line breaks closed up is read again: the windows around
the *seams* (a break to close up, and what replaces it), the joined copy with each of its
characters' offsets in the text, and which seam a finding on the copy owes its place to.

Two passes use them: identifiers that a break or spacing split (joins.py) and names and
streets that a hard wrap split (wraps.py). A seam is ``(start, end, replacement)``; a
text's seams are sorted and apart, so bisection finds those of a window and the one a
finding can cross, and a text with thousands of them stays linear.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence

from llmgate.redaction.detectors import BuiltinDetector, ScanContext, Span
from llmgate.redaction.normalize import Normalized

__all__ = ["Seam", "builtin_scan", "rescanned"]

Seam = tuple[int, int, str]
_CONTEXT = 80  # characters of the lines around a seam that the detectors see


def windows(text: str, seams: list[Seam]) -> list[tuple[int, int]]:
    """The stretches of text (merged) that the detectors see around the seams."""
    out: list[tuple[int, int]] = []
    n = len(text)
    for start, end, _ in seams:
        lo = max(0, start - _CONTEXT)
        hi = min(n, end + _CONTEXT)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def joined(text: str, lo: int, hi: int, seams: list[Seam]) -> tuple[str, list[int]]:
    """``text[lo:hi]`` with its seams replaced, and each character's offset in ``text``."""
    parts: list[str] = []
    where: list[int] = []
    pos = lo
    for start, end, repl in seams:
        if start < pos or end > hi:
            continue
        parts.append(text[pos:start])
        where.extend(range(pos, start))
        parts.append(repl)
        where.extend([start] * len(repl))
        pos = end
    parts.append(text[pos:hi])
    where.extend(range(pos, hi))
    where.append(hi)
    return "".join(parts), where


def seams_within(seams: list[Seam], starts: list[int], lo: int, hi: int) -> list[Seam]:
    """The seams (sorted, apart; ``starts`` their starts) inside ``[lo, hi]``, by
    bisection: a long text has thousands, and testing each per window was quadratic."""
    first, last = bisect_left(starts, lo), bisect_right(starts, hi)
    return [s for s in seams[first:last] if s[1] <= hi]


def seam_before(inside: list[Seam], starts: list[int], end: int) -> Seam | None:
    """The last seam that starts before ``end``: the only one that a finding ending there
    can cross (the seams are sorted and apart), or whose line it can stand on."""
    k = bisect_left(starts, end) - 1
    return inside[k] if k >= 0 else None


def rescanned(
    text: str, seams: list[Seam], scan: Callable[[str], Iterable[Span]]
) -> Iterator[tuple[Span, Seam | None]]:
    """Each finding of ``scan`` on the joined copy of each window around ``seams``, in
    ``text``'s offsets, with the last seam that starts before its end (the one it can
    cross or stand after), or None."""
    starts = [s[0] for s in seams]
    for lo, hi in windows(text, seams):
        inside = seams_within(seams, starts, lo, hi)
        inside_starts = [s[0] for s in inside]
        copy, where = joined(text, lo, hi, inside)
        for span in scan(copy):
            start = where[span.start]
            end = where[span.end - 1] + 1
            yield Span(start, end, span.type), seam_before(inside, inside_starts, end)


def builtin_scan(detectors: Sequence[BuiltinDetector]) -> Callable[[str], list[Span]]:
    """``rescanned``'s scan for built-in detectors: one shared context per copy."""

    def scan(copy: str) -> list[Span]:
        window = ScanContext(Normalized(copy, copy))
        return [span for detector in detectors for span in detector.scan(window)]

    return scan
