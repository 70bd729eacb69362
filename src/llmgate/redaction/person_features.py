"""The PERSON model's words and features (``person_model.py``).

The trainer (``tools/train_person_model.py``) needs each capitalized word's features as
strings (:func:`text_features`); detection needs only their weights' sum, which
``person_scorer.py`` adds up without building the strings. Both read the text through one
function (:func:`contexts`: gaps, neighbours, headings, field keys), so the two cannot
drift apart.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from functools import lru_cache, partial
from itertools import accumulate, compress
from operator import itemgetter
from typing import NamedTuple, cast

from llmgate.redaction.dates import MONTHS
from llmgate.redaction.given_names import COMPANY_WORDS, GIVEN_NAMES
from llmgate.redaction.normalize import char_class

__all__ = [
    "CALENDAR",
    "GIVEN_LOWER",
    "Context",
    "Row",
    "Token",
    "contexts",
    "rows",
    "text_features",
    "tokens",
    "word_shape",
]

# A word: letters, with inner apostrophes and hyphens ("O'Brien", "Hans-Peter").
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*")
_DIGIT = re.compile(r"\d")
_BLANKS = re.compile(r"[ \t]+")
_NEWLINE = re.compile(r"\n")
_GLUE = frozenset("0123456789_\\")
_WORD_OF = itemgetter(2)
_START_OF = itemgetter(0)
_FIRST = itemgetter(0)
GIVEN_LOWER = frozenset(name.lower() for name in GIVEN_NAMES)
# Calendar words a capital starts in a date or a heading ("Tue, 26 Jan", "Réunion Mardi").
_DAYS = """
    monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
    montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr sa so
    lundi mardi mercredi jeudi vendredi samedi dimanche lun mer jeu ven sam dim
    lunes martes miércoles miercoles jueves viernes sábado sabado domingo
"""
CALENDAR = frozenset(re.findall(r"[^\W\d_]+", MONTHS)) | frozenset(_DAYS.split())
_KEY = re.compile(r"([^\W\d_][\w \-]{0,30}?)[\"']?\s*[:=]\s*[\"']?\s*$")


# One word as the model reads it: start, end, the word, its lower case (a Token's fields;
# the functions below index them, so that they take Tokens and plain rows alike).
Row = tuple[int, int, str, str]


class _Fields(NamedTuple):
    start: int
    end: int
    word: str
    lower: str


class Token(_Fields):
    """One word of the text: offsets, the word, its lower case and shape. A tuple, so
    that :func:`tokens` makes them all without a Python call per word (the tokenizer
    was a quarter of the model's time)."""

    __slots__ = ()

    def __new__(cls, start: int, end: int, word: str) -> Token:
        return super().__new__(cls, start, end, word, word.lower())

    @property
    def shape(self) -> str:
        return word_shape(self.word)


@lru_cache(maxsize=8192)
def word_shape(word: str) -> str:
    """``Xx`` (capitalized), ``X`` (all capitals), ``x`` (lower case), ``XxX`` (inner
    capital, "McDonald"), ``X1`` (one capital); ``-`` or ``'`` added for joined words."""
    first = word[0]
    if not first.isupper():
        base = "xX" if any(c.isupper() for c in word) else "x"
    elif len(word) == 1:
        base = "X1"
    elif word.isupper():
        base = "X"
    elif any(c.isupper() for c in word[1:]):
        base = "XxX"
    else:
        base = "Xx"
    if "-" in word:
        base += "-"
    if "'" in word or "\u2019" in word:
        base += "'"
    return base


_MAKE_TOKEN = partial(tuple.__new__, Token)
# The words with the text between them: split's list alternates gap, word, ..., gap.
_SPLIT = re.compile(f"({_WORD.pattern})")
# The same for text whose every character is Latin-1 (most business text): its letters
# spelled out as one class, which ``re`` tests with a bitmap instead of Unicode category
# lookups per character (the tokenizer's regex was a third of the model's time).
_LETTER = char_class([c for c in range(256) if re.fullmatch(r"[^\W\d_]", chr(c))])
_SPLIT_LATIN1 = re.compile(f"({_LETTER}+(?:['\\-]{_LETTER}+)*)")


def _splitter(text: str) -> re.Pattern[str]:
    if not text.isascii():
        try:
            text.encode("latin-1")  # a copy for one-byte strings, fails fast on wider ones
        except UnicodeEncodeError:
            return _SPLIT
    return _SPLIT_LATIN1


def rows(text: str) -> list[Row]:
    """Every word of ``text``, in order, as plain tuples: what the model reads. The
    offsets are the running sum of the parts' lengths (no match object per word), and
    plain tuples of numbers and strings are dropped from the garbage collector's watch at
    its first pass, which :class:`Token` objects never are (a tuple subclass): on 4 KB of
    text, Tokens took twice the CPU of these rows, most of it in the collector."""
    parts = _splitter(text).split(text)
    bounds = list(accumulate(map(len, parts)))  # the end of each part
    words = parts[1::2]
    return list(zip(bounds[0:-1:2], bounds[1::2], words, map(str.lower, words), strict=True))


def tokens(text: str) -> list[Token]:
    """Every word of ``text``, in order, as :class:`Token` (the trainer's view)."""
    return cast(list[Token], list(map(_MAKE_TOKEN, rows(text))))  # Token.__new__'s fields, in C


@lru_cache(maxsize=4096)  # a few gaps (" ", ", ", "\n") make up most of them
def _gap(raw: str) -> str:
    """The characters between two words, as a short class: digits read ``0``, runs of
    blanks one blank, a line break ``N``; at most four characters from each side."""
    if not raw:
        return ""
    if not raw.isspace() or "\n" in raw or "\t" in raw or len(raw) > 1:
        raw = _DIGIT.sub("0", raw.replace("\r\n", "N").replace("\n", "N"))
        raw = _BLANKS.sub(" ", raw)
    return raw if len(raw) <= 8 else raw[:4] + "~" + raw[-4:]


# One capitalized word as the features see it: its index, the words before and after
# it, the gaps on either side (as classes), whether its line reads as a heading, whether
# it starts a line, and the field key before it ("" for none).
Context = tuple[int, Row | None, Row | None, str, str, bool, bool, str]


def contexts(text: str, toks: Sequence[Row]) -> Iterator[Context]:
    """Each word that starts with a capital and is no part of an identifier, with what
    the features read of the text around it."""
    n = len(toks)
    newlines = [m.start() for m in _NEWLINE.finditer(text)]
    title_lines: dict[int, bool] = {}
    size = len(text)
    # The capitalized words, picked without a Python step per word (most are not).
    capital = list(map(str.isupper, map(_FIRST, map(_WORD_OF, toks))))
    starts = list(map(_START_OF, toks))
    for i in compress(range(n), capital):
        tok = toks[i]
        start, end = tok[0], tok[1]
        # Part of an identifier when a digit, an underscore or a backslash touches it
        # ("SO-VR167407", "\\Device\\Tcpip_{...}"); a name never is.
        if (end < size and text[end] in _GLUE) or (start > 0 and text[start - 1] in _GLUE):
            continue
        prev = toks[i - 1] if i else None
        nxt = toks[i + 1] if i + 1 < n else None
        # The text before the word: from the end of the word before it, or eight
        # characters back for the first word.
        raw_left = text[prev[1] if prev else max(0, toks[0][0] - 8) : start]
        left = _gap(raw_left)
        right = _gap(text[end : nxt[0] if nxt else end + 8])
        line = bisect_left(newlines, start)
        titled = title_lines.get(line)
        if titled is None:
            # The line's words are the tokens between its two line breaks (no word
            # crosses one): a heading when there are three or more, all capitalized.
            begin = newlines[line - 1] + 1 if line else 0
            stop = newlines[line] if line < len(newlines) else size
            lo, hi = bisect_left(starts, begin), bisect_left(starts, stop)
            titled = hi - lo >= 3 and all(capital[lo:hi])
            title_lines[line] = titled
        bol = prev is None or "\n" in raw_left
        key = ""
        if not bol and prev is not None:
            before = toks[i - 2][1] if i > 1 else max(0, toks[0][0] - 8)
            raw = text[before : prev[0]]  # no ":" in it: none in its class either
            if ":" in left or "=" in left or (":" in raw and ":" in _gap(raw)):
                begin = text.rfind("\n", 0, start) + 1
                window = text[max(begin, start - 40) : start]
                if _ends_with_separator(window):
                    found = _KEY.search(window)
                    if found:
                        key = found.group(1).strip().lower()[-20:]
        yield i, prev, nxt, left, right, titled, bol, key


def _ends_with_separator(window: str) -> bool:
    """Whether ``window`` ends the way ``_KEY`` needs: a colon or an equals sign, then
    blanks and at most one quote. Where it does not, the search (slow: it tries every
    start) cannot match, so skipping it changes nothing (``\\s`` and ``str.strip`` agree
    on what a blank is)."""
    tail = window.rstrip()
    if tail[-1:] in ('"', "'"):
        tail = tail[:-1].rstrip()
    return tail[-1:] in (":", "=")


def text_features(
    text: str, toks: Sequence[Row], common: frozenset[str], lexicon: frozenset[str]
) -> Iterator[tuple[int, list[str]]]:
    """Each word that starts with a capital (by index) and its features.

    ``common`` holds the function words of the four languages (a capitalized one is more
    often a sentence's first word than a name), ``lexicon`` the words the training texts
    write in lower case in running text ("engine", "growth": a capitalized one is more
    often a product or a heading than a name); a word the same text also writes in lower
    case is more likely an everyday word too.
    """
    n = len(toks)
    lowered = frozenset([t[2] for t in toks if t[2][0].islower()])
    shape = word_shape
    for i, prev, nxt, left, right, titled, bol, key in contexts(text, toks):
        tok = toks[i]
        low = tok[3]
        out = [
            "b",
            "w=" + low,
            "s3=" + low[-3:],
            "s4=" + low[-4:],
            "p3=" + low[:3],
            "sh=" + shape(tok[2]),
            "len=" + str(min(len(low), 12)),
            "L=" + left,
            "R=" + right,
            "LR=" + left + "|" + right,
            "ps="
            + (shape(prev[2]) if prev else "^")
            + "|"
            + shape(tok[2])
            + "|"
            + (shape(nxt[2]) if nxt else "$"),
        ]
        if tok[2] in GIVEN_NAMES or (tok[2].isupper() and low in GIVEN_LOWER):
            out.append("given")
        if low in lowered:
            out.append("lowered")
        if low in common:
            out.append("common")
        if low in lexicon or (low[-1] == "s" and low[:-1] in lexicon):  # "errors"
            out.append("lex")
        if low in CALENDAR:
            out.append("calendar")
        if prev is not None:
            out.append("p1=" + prev[3])
            out.append("p1L=" + prev[3] + "|" + left)
            if prev[2] in GIVEN_NAMES:
                out.append("p1given")
            if prev[3] in common:
                out.append("p1common")
            if i > 1:
                out.append("p2=" + toks[i - 2][3])
        if nxt is not None:
            out.append("n1=" + nxt[3])
            out.append("n1R=" + right + "|" + nxt[3])
            if nxt[2] in GIVEN_NAMES:
                out.append("n1given")
            if nxt[3] in common:
                out.append("n1common")
            if nxt[2] in COMPANY_WORDS:
                out.append("n1company")
            if i + 2 < n:
                out.append("n2=" + toks[i + 2][3])
                if toks[i + 2][2] in COMPANY_WORDS:
                    out.append("n2company")
        if titled:
            out.append("titleline")
        if bol:
            out.append("bol")
        elif key:
            out.append("key=" + key)
        yield i, out
