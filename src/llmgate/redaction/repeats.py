"""Every other occurrence of a value a detector found.

A value told once is often said again: read back in a voicemail ("..., I repeat, X"), in
the translation of a support chat under its original line, or as a phone number first
given after "call me at" and later pasted into a field with no phone word. The rules that
found it looked at the words around its first occurrence; the others carry no cue of
their own, and a value masked once but sent again in clear has still reached the vendor.
"""

from __future__ import annotations

from llmgate.redaction.detectors import Span

__all__ = ["REPEAT_MIN", "REPEAT_VALUES", "STRUCTURED", "repeated", "repeats_of"]

# At most ``REPEAT_VALUES`` values are looked for (a C-level find each through the text):
# a text of thousands of passwords costs no more than a few passes.
REPEAT_MIN = 6
REPEAT_VALUES = 8


def repeated(text: str, found: list[Span]) -> list[Span]:
    """Every other occurrence, as a whole token, of a found value of ``REPEAT_MIN``
    characters or more that is not digits alone (a PIN's digits recur as other numbers)."""
    values = [(v, "SECRET") for v in dict.fromkeys(text[s.start : s.end] for s in sorted(found))
              if len(v) >= REPEAT_MIN and not v.isdigit()]  # fmt: skip
    return _occurrences(text, values[:REPEAT_VALUES])


# The types whose value means the same thing wherever it stands: a phone number, a card or
# an account number repeated is that number again. Streets are left to their own detector,
# a found name is repeated only as the very same word (``NAME_MIN``, below), and SECRET has
# its own rule (``repeated``).
STRUCTURED = frozenset(
    {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS", "DATE_OF_BIRTH"}
)


# A name found once is that name again where the very same capitalized word stands, even
# joined to another by a hyphen: a guest network named "Keller-Guests" after "Hotel guest:
# Keller" tells the name it was masked for. (Its word alone elsewhere is left to the
# PERSON detectors, which know a surname from a common word.)
NAME_MIN = 4


def repeats_of(text: str, found: list[Span]) -> list[Span]:
    """Every other occurrence of a found value of a ``STRUCTURED`` type with ``REPEAT_MIN``
    characters or more (at most ``REPEAT_VALUES`` distinct values a text), not glued to a
    letter or digit: a phone number inside a reference (``4155550132-A``) is that number;
    and every other occurrence of a found name of ``NAME_MIN`` characters or more, not
    glued to a letter or digit."""
    values = [(v, t) for v, t in dict.fromkeys(
        (text[s.start : s.end], s.type) for s in found if s.type in STRUCTURED)
        if len(v) >= REPEAT_MIN]  # fmt: skip
    names = [(v, "PERSON") for v in dict.fromkeys(
        text[s.start : s.end] for s in found if s.type == "PERSON")
        if len(v) >= NAME_MIN and v[:1].isupper()]  # fmt: skip
    return _occurrences(text, values[:REPEAT_VALUES] + names[:REPEAT_VALUES], glue="")


def _occurrences(text: str, values: list[tuple[str, str]], glue: str = "_-") -> list[Span]:
    """Occurrences not glued to a letter, a digit or a ``glue`` character on either side."""
    out: list[Span] = []
    for value, kind in values:
        i = text.find(value)
        while i >= 0:
            end = i + len(value)
            if not (i and (text[i - 1].isalnum() or text[i - 1] in glue)) and not (
                end < len(text) and (text[end].isalnum() or text[end] in glue)
            ):
                out.append(Span(i, end, kind))
            i = text.find(value, end)
    return out
