"""Every other occurrence of a secret the SECRET detector found.

A value told once is often said again: read back in a voicemail ("..., I repeat, X"), or
in the translation of a support chat under its original line. The rules that found it
looked at the words around its first occurrence; the others carry no cue of their own.
"""

from __future__ import annotations

from llmgate.redaction.detectors import Span

__all__ = ["REPEAT_MIN", "REPEAT_VALUES", "repeated"]

# At most ``REPEAT_VALUES`` values are looked for (a C-level find each through the text):
# a text of thousands of passwords costs no more than a few passes.
REPEAT_MIN = 6
REPEAT_VALUES = 8


def repeated(text: str, found: list[Span]) -> list[Span]:
    """Every other occurrence, as a whole token, of a found value of ``REPEAT_MIN``
    characters or more that is not digits alone (a PIN's digits recur as other numbers)."""
    out: list[Span] = []
    values = [v for v in dict.fromkeys(text[s.start : s.end] for s in sorted(found))
              if len(v) >= REPEAT_MIN and not v.isdigit()]  # fmt: skip
    for value in values[:REPEAT_VALUES]:
        i = text.find(value)
        while i >= 0:
            end = i + len(value)
            if not (i and (text[i - 1].isalnum() or text[i - 1] in "_-")) and not (
                end < len(text) and (text[end].isalnum() or text[end] in "_-")
            ):
                out.append(Span(i, end, "SECRET"))
            i = text.find(value, end)
    return out
