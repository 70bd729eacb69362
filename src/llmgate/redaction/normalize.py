"""Undo the tricks that hide an identifier from a pattern, keeping the original offsets.

``j\\u200bohn@ex\\uff41mple.com`` (a zero-width space and a full-width ``a``) or an IBAN typed
with Cyrillic look-alike letters must still be found, but the placeholder has to replace
the characters the user actually wrote. So matching runs on a normalized copy and every
span is mapped back through an offset map.

Only one-to-one substitutions and deletions are made, which keeps the map to a sorted list
of deletion points: ``original = normalized + deletions before it``. One step comes first:
escapes are decoded: JSON's (``"J\\u00fcrgen"``, ``"https:\\/\\/..."``; tool results and
PHP or Go backends write them), so ``J\\u00fcrgen M\\u00fcller`` is read as the name it
spells, and an ``@`` written ``%40`` in a URL or ``&#64;`` in HTML; each decoded character
maps back to its whole escape.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

__all__ = ["Normalized", "char_class", "needs_work", "normalize"]

# Invisible characters that split a value without changing how it reads.
_DELETE = "\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff"

_CYRILLIC = "аАвВеЕкКмМнНоОрРсСтТуухХіІјЈѕЅԁԛԝ"
_CYRILLIC_LATIN = "aABBeEKKMMHHoOpPcCTTyyxXiIjJsSdqw"
_GREEK = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοναικ"
_GREEK_LATIN = "ABEZHIKMNOPTYXovaik"


def _table() -> dict[int, int | None]:
    table: dict[int, int | None] = {ord(ch): None for ch in _DELETE}
    for code in range(0xFF01, 0xFF5F):  # full-width ASCII
        table[code] = code - 0xFEE0
    for base in (0x0660, 0x06F0, 0x0966, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6):
        for d in range(10):  # other decimal digits: Arabic-Indic, Devanagari, math bold...
            table[base + d] = 0x30 + d
    for src, dst in zip(_CYRILLIC + _GREEK, _CYRILLIC_LATIN + _GREEK_LATIN, strict=True):
        table[ord(src)] = ord(dst)
    for code in (
        0x00A0,
        0x2007,
        0x2008,
        0x2009,
        0x200A,
        0x202F,
        0x205F,
        0x3000,
        *range(0x2000, 0x2007),
    ):
        table[code] = 0x20  # unusual spaces
    for code in (0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE63):
        table[code] = 0x2D  # dashes and minus
    table[0xFE6B] = 0x40  # small commercial at
    table[0x2024] = 0x2E  # one dot leader
    table[0x3002] = 0x2E  # ideographic full stop
    return table


def char_class(codes: list[int]) -> str:
    """A regex class of merged ranges: a list of single characters is checked one by one."""
    parts: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        parts.append(re.escape(chr(codes[i])) + ("-" + re.escape(chr(codes[j])) if j > i else ""))
        i = j + 1
    return "[" + "".join(parts) + "]"


_TABLE = _table()
# Astral characters (mathematical digits) would push ``re`` off its fast BMP charset path.
_NEEDS_WORK = re.compile(char_class(sorted(c for c in _TABLE if c <= 0xFFFF)))
_ASTRAL_WORK = re.compile(char_class(sorted(c for c in _TABLE if c > 0xFFFF)))
_DELETED = re.compile("[" + _DELETE + "]")
_DELETABLE = frozenset(_DELETE)
# The replacement of each character that needs work ("" for a deletion). Every replacement
# is ASCII, which no entry changes, so the characters can be replaced one kind at a time
# with ``str.replace`` (C speed) in any order: ``str.translate`` with a dict costs a lookup
# per character of the whole text (~60 ns), ``re.sub`` a Python call per changed character.
_REPLACE = {chr(c): "" if v is None else chr(v) for c, v in _TABLE.items()}
# The only table entries below U+0100: text that encodes as Latin-1 (almost all Western
# business text) needs work only if it holds one of them.
_LATIN1_WORK = tuple(chr(c) for c in _TABLE if c < 0x100)


def _has_astral(text: str) -> bool:
    """Whether ``text`` holds a character beyond U+FFFF: one C-level encode, not a regex pass.

    UTF-16 spells exactly those characters with two units (lone surrogates pass as one).
    """
    return len(text.encode("utf-16-le", "surrogatepass")) > 2 * len(text)


def _work_chars(text: str) -> list[str]:
    """The characters of ``text`` that ``normalize`` changes (empty when none; may repeat)."""
    if text.isascii():
        return []
    try:
        text.encode("latin-1")  # a copy for one-byte strings, fails fast on wider ones
    except UnicodeEncodeError:
        found: list[str] = _NEEDS_WORK.findall(text)
        if _has_astral(text):
            found += _ASTRAL_WORK.findall(text)
        return found
    return [ch for ch in _LATIN1_WORK if ch in text]


def needs_work(text: str) -> bool:
    """Whether ``normalize`` would change ``text`` (C-level scans only)."""
    return bool(_work_chars(text))


# An escape that spells one character: JSON's ``\\uXXXX`` and escaped slash, and the "@" of an
# e-mail address in a URL (``email=jane%40example.com``) or in HTML (``&#64;``, ``&commat;``).
_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|/)|%40|&#0*64;|&#[xX]0*40;|&commat;")


def _decode_escapes(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """``text`` with its escapes decoded, where they sit in the result, and the cumulative
    number of characters they saved. Surrogate halves stay escaped (they spell no character
    alone)."""
    parts: list[str] = []
    at: list[int] = []
    saved: list[int] = []
    pos = removed = 0
    for m in _ESCAPE.finditer(text):
        hex_code = m.group(1)
        spelled = "/" if m.group() == "\\/" else "@"
        code = int(hex_code, 16) if hex_code is not None else ord(spelled)
        if 0xD800 <= code < 0xE000:
            continue
        parts.append(text[pos : m.start()])
        parts.append(chr(code))
        at.append(m.start() - removed)
        removed += m.end() - m.start() - 1
        saved.append(removed)
        pos = m.end()
    if not at:
        return text, (), ()
    parts.append(text[pos:])
    return "".join(parts), tuple(at), tuple(saved)


def _has_escape(text: str) -> bool:
    """Whether ``_ESCAPE`` can match: each of its three first characters is found with
    memchr and only its few occurrences are looked at ("12.5%" and "R&D" are common;
    two-character finds over the whole text for them cost more)."""
    for lead, nexts in _ESCAPE_LEADS:
        find = text.find
        i = find(lead)
        while i >= 0:
            if text.startswith(nexts, i + 1):
                return True
            i = find(lead, i + 1)
    return False


# The characters that start an escape, and what may follow each.
_ESCAPE_LEADS = (("\\", ("u", "/")), ("%", ("40",)), ("&", ("#", "commat;")))


@dataclass(frozen=True, slots=True)
class Normalized:
    """The normalized text plus what is needed to map its offsets back."""

    text: str
    original: str
    # Normalized offsets at which one more original character had been deleted (sorted).
    breaks: tuple[int, ...] = ()
    # Offsets (before deletions) of the characters decoded from an escape, and the
    # cumulative number of original characters the escapes up to each one saved.
    escapes: tuple[int, ...] = ()
    saved: tuple[int, ...] = ()

    @property
    def shifted(self) -> bool:
        """Whether any offset differs from the original's."""
        return bool(self.breaks or self.escapes)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized ``[start, end)`` span to the original text.

        Deleted characters inside the span are included, those at its edges are not; a
        character decoded from an escape stands for the whole escape.
        """
        if self.breaks:
            o_start = start + bisect_right(self.breaks, start)
            end = end - 1 + bisect_right(self.breaks, end - 1) + 1 if end > start else o_start
            start = o_start
        if not self.escapes or end <= start:
            return start, end
        esc, saved = self.escapes, self.saved
        k = bisect_left(esc, start)
        o_start = start + (saved[k - 1] if k else 0)
        last = end - 1
        j = bisect_left(esc, last)
        o_last = last + (saved[j - 1] if j else 0)
        if j < len(esc) and esc[j] == last:
            o_last += saved[j] - (saved[j - 1] if j else 0)
        return o_start, o_last + 1


def normalize(text: str) -> Normalized:
    """Normalize ``text`` for matching; cheap (C-level checks) when nothing needs doing."""
    original = text
    escapes: tuple[int, ...] = ()
    saved: tuple[int, ...] = ()
    if _has_escape(text):
        text, escapes, saved = _decode_escapes(text)
    found = _work_chars(text)
    if not found:
        return Normalized(text, original, (), escapes, saved)
    kinds = set(found)
    breaks: tuple[int, ...] = ()
    if not _DELETABLE.isdisjoint(kinds):
        breaks = tuple(m.start() - k for k, m in enumerate(_DELETED.finditer(text)))
    out = text
    for ch in kinds:
        out = out.replace(ch, _REPLACE[ch])
    return Normalized(out, original, breaks, escapes, saved)
