"""Built-in detectors for numbers written with digits: cards and US SSNs (phones: phones.py).

They share one view of the text: the digit runs that :class:`ScanContext` finds once
(digits joined by the separators numbers are written with), each classified once by how
many digits and dots it holds. A detector runs its candidate pattern only inside the runs
that can hold its shape (13 digits for a card, 9 for an SSN, 7 for a phone number, three
dots for the IP detector's dotted quad), where it can on the digit shape of the text, then
validates each candidate in Python (checksum, registry range, surrounding words). Every
repetition is bounded or possessive: a megabyte of digits is scanned in linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import AnyStr

from llmgate.redaction.checks import barcode_text, card_brand_ok, gtin_ok, itin_ok, luhn_ok, ssn_ok
from llmgate.redaction.detectors import BuiltinDetector, ScanContext, Span
from llmgate.redaction.id_words import negative_before
from llmgate.redaction.phone_plans import cc_phone_ok
from llmgate.redaction.record_ids import record_id_before
from llmgate.redaction.ssn_context import (
    SSN_KEYWORDS,
    WIDE,
    asked_above,
    in_column,
    label_above,
    named_after,
    named_before,
)
from llmgate.redaction.ssn_shapes import more_ssns

__all__ = ["CardDetector", "SsnDetector"]

Cells = Sequence[tuple[int, int, str]]  # tables.sql_cells, for ssn_context.in_column

_NON_DIGIT = re.compile(r"[^0-9]")


def _in_runs(
    pattern: re.Pattern[AnyStr],
    text: AnyStr,
    runs: list[tuple[int, int]],
    min_len: int,
    back: int = 0,
) -> list[re.Match[AnyStr]]:
    """Matches of ``pattern`` inside the digit runs at least ``min_len`` long.

    ``back`` lets a match start that many characters before the run (the "+" or "(" of a
    phone number); one character after the run stays visible to end-of-match assertions.
    No candidate spans two runs, so where long runs are dense (logs, CSV) one scan of the
    whole text finds the same matches for less than a call per run costs.

    ``text`` may be ``ScanContext.shape`` with a bytes pattern: where a pattern's classes
    are ASCII, digits spelled ``0`` match at the same places, and ``re`` scans for a literal
    first character several times faster than for a class.
    """
    n = len(text)
    if len(runs) * _DENSE > n:
        return list(pattern.finditer(text))
    out: list[re.Match[AnyStr]] = []
    finditer = pattern.finditer
    for start, end in runs:
        if end - start >= min_len:
            out += finditer(text, start - back if start > back else 0, end + 1)
    return out


# A scan of the whole text costs about as much as one call per this many characters.
_DENSE = 150


def _long_runs(ctx: ScanContext, trigger: str) -> list[tuple[int, int]]:
    """The long digit runs, or with the engine only those in which ``trigger`` fired.

    A trigger is a shape every finding of the detector contains (a dotted quad for IPv4),
    so a run without one yields nothing; the rest are scanned as before.
    """
    runs = ctx.long_runs
    if ctx.hits is None:
        return runs
    return _runs_holding(runs, ctx.hits.starts(trigger))


def _runs_holding(runs: list[tuple[int, int]], positions: list[int]) -> list[tuple[int, int]]:
    """The runs (sorted, disjoint) that contain any of ``positions`` (sorted)."""
    if not positions or not runs:
        return []
    starts = [start for start, _ in runs]
    kept: list[tuple[int, int]] = []
    for pos in positions:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and pos < runs[i][1] and (not kept or kept[-1] is not runs[i]):
            kept.append(runs[i])
    return kept


def _before(text: str, start: int, width: int = 32, low: str | None = None) -> str:
    """The ``width`` characters before ``start`` on the same line, lower-cased, without a
    word cut at the window's start ("server" cut to "ver" would read as a version word).

    ``low`` is the whole text lower-cased character by character (``ScanContext.lower_latin1``):
    a slice of it instead of a ``lower()`` per candidate.
    """
    lo = start - width if start > width else 0
    lo = text.rfind("\n", lo, start) + 1 or lo
    if lo and (text[lo - 1].isalnum() or text[lo - 1] == "_"):  # re's \w, without a call
        lo = min(_WORD_TAIL.match(text, lo).end(), start)  # type: ignore[union-attr]
    return text[lo:start].lower() if low is None else low[lo:start]


_WORD_TAIL = re.compile(r"\w*")


class CardDetector(BuiltinDetector):
    """Payment card numbers: issuer prefix, length and Luhn checksum must all agree."""

    name = "credit_card"
    entities = frozenset({"CREDIT_CARD"})

    # Matched on ``ScanContext.shape`` (every digit reads "0"), see ``_in_runs``.
    # Groups apart by a blank (two where a PDF or a form spaced them), a dash or a dot
    # ("5105.1051.0510.5100") or a dash between blanks ("4532 - 0151 - ..."); dots are one
    # kind per number.
    # A letter or a dot may touch the number only where it ends a label ("Nr.4532...",
    # "Kartennr.4532..."): ``_glued_ok`` decides; a digit and a dot before it is a decimal.
    # Labels end in "r", "o", "m" or a dot: other letters are refused by the pattern itself.
    _CANDIDATE = re.compile(
        rb"0(?<![0\-A-LN-QS-Za-ln-qs-z]0)(?<!0\.0)"
        rb"(?:(?=[0 \-]{12})(?:(?:[ \-]|  | - )?0){11,18}+(?!0)"
        rb"|(?=[0.]{14})(?:\.?0){11,18}+(?!0|\.0))"
    )
    # Groups apart by one other separator, the same one throughout: an underscore, a slash,
    # a tab, a middle dot or a bullet ("?" in the one-byte shape: ``_ODD_SEPS`` checks it).
    _ODD = re.compile(rb"0(?<![0\-_/]0)(?<!0\.0)0{2,5}([_/\t?\xb7])0{2,6}(?:\1 ?0{1,6}){1,5}+(?!0)")
    _ODD_GATE = re.compile(rb"0[_\t?\xb7]00{1,5}[_\t?\xb7]0")
    _ODD_SEPS = frozenset("_/\t\u00b7\u2022\u2219\u22c5\u2027\u25cf")
    _LABEL = re.compile(r"(?:nr|no|num|n[º°o]|n[úu]m|nummer|number|num[ée]ro|n[úu]mero)\.?$")
    _GROUP_END = re.compile(r"[0-9](?=[ \-._/\t\u00b7\u2022\u2219\u22c5\u2027\u25cf]+[0-9])")
    _CARD_WORDS = ("card", "karte", "carte", "tarjeta", "visa", "mastercard", "amex", "cc",
                   "diners", "discover", "jcb", "maestro", "unionpay", "credit", "kredit",
                   "crédit", "crédito", "débito", "debit", "cb", "bancaire", "kk")  # fmt: skip

    def scan(self, ctx: ScanContext) -> list[Span]:
        text = ctx.text
        out: list[Span] = []
        runs = ctx.runs_with(13)
        low = ctx.lower_latin1 if runs else None
        found = [(m.start(), m.end()) for m in _in_runs(self._CANDIDATE, ctx.shape, runs, 12)]
        if ctx.runs:
            found += self._odd(text, ctx.shape, runs)
        for start, stop in found:
            if start and not self._glued_ok(text, start):
                continue
            end = self._card_end(text, start, stop)
            if end < 0:
                continue
            before = _before(text, start, 32, low)
            if not any(map(before.__contains__, self._CARD_WORDS)) and (
                (negative_before(before) and not self._generic_label(before))
                or self._gtin(text, start, end)
                or self._phone(text, start, end)
            ):
                continue
            out.append(Span(start, end, "CREDIT_CARD"))
        return out

    # A bare number label ("Nr.", "no.", "n°", "#") names no kind of number; nor does a
    # chat speaker ("Customer:", "Cliente:"). The word before such a label still counts.
    _GENERIC = re.compile(r"(?:(?<![^\W\d_])(?:nr|no|num|n[º°o]|n[úu]m)\.?|#)[ \t]*[:.]?[ \t]*$")
    _SPEAKER = re.compile(
        r"[ \t>]*(?:customer|client|cliente|clienta|kunde|kundin|caller|anrufer)[ \t]*:[ \t]*"
    )

    @staticmethod
    def _gtin(text: str, start: int, end: int) -> bool:
        """Whether a 13-digit number without a card word is an EAN-13: its GS1 check digit
        holds and the text speaks of barcodes ("EAN 4915123456787" is a Japanese
        product's). Without such a word a 13-digit Visa stays a card (a "card" column)."""
        digits = _NON_DIGIT.sub("", text[start:end])
        return len(digits) == 13 and gtin_ok(digits) and barcode_text(text)

    @staticmethod
    def _phone(text: str, start: int, end: int) -> bool:
        """Whether a run of 13 digits without a card word is a mobile number with its
        country code ("4915112345678", as call records write it): one in ten passes the
        Luhn check of a 13-digit Visa, a length no card has been issued in for years."""
        return (
            end - start == 13 and text[start:end].isdigit() and cc_phone_ok(text[start:end], True)
        )

    def _generic_label(self, before: str) -> bool:
        """Whether the ID word before the number is only a number label or a speaker."""
        if self._SPEAKER.fullmatch(before) is not None:
            return True
        m = self._GENERIC.search(before)
        return m is not None and not negative_before(before[: m.start()].rstrip(" \t-_/"))

    def _odd(self, text: str, shape: bytes, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Candidates whose groups an underscore, slash, tab or bullet keeps apart: in the
        long runs (a slash does not split a run), or in the whole text where a separator
        that splits runs stands before a digit. In the one-byte shape "?" is any character
        beyond Latin-1, a bullet among them. A one-character ``in`` on the text is a
        memchr, cheaper than any search for a class."""
        # A group between two such separators must occur: most "_" and tabs are in names.
        if (
            "_" in text
            or "\t" in text
            or "\u2022" in text
            or "\u00b7" in text
            or self._wide_seps(text)
        ) and self._ODD_GATE.search(shape) is not None:
            matches = list(self._ODD.finditer(shape))
        elif runs and "/" in text:
            matches = _in_runs(self._ODD, shape, runs, 12)
        else:
            return []
        return [
            m.span()
            for m in matches
            if text[m.start(1)] in self._ODD_SEPS and m.end() - m.start() <= 32
        ]

    @staticmethod
    def _wide_seps(text: str) -> bool:
        """The rarer bullets: a bullet operator, a dot operator, a hyphenation point, a
        black circle."""
        return "\u2219" in text or "\u22c5" in text or "\u2027" in text or "\u25cf" in text

    def _glued_ok(self, text: str, start: int) -> bool:
        """Whether a letter or a dot touching the number ends a label ("Nr.", "no."):
        anything else glued to it makes it part of a longer token (an ID, a hash)."""
        prev = text[start - 1]
        if not (prev.isalpha() or prev == "." or prev == "_"):
            return True
        word = text[max(0, start - 12) : start].lower()
        return self._LABEL.search(word) is not None

    def _card_end(self, text: str, start: int, end: int) -> int:
        """Where the card number that starts the candidate ends, or -1: the whole candidate,
        or its first groups where more digits follow it ("4539 1488 0343 6467 12/27", a
        card then its expiry or CVV)."""
        cand = text[start:end]
        digits = _NON_DIGIT.sub("", cand)
        if 13 <= len(digits) <= 19 and card_brand_ok(digits) and luhn_ok(digits):
            return end
        if len(digits) <= 16:
            return -1  # no card of 13 digits or more before a group of its own
        ends = [g.end() for g in self._GROUP_END.finditer(cand)]
        for cut in reversed(ends):
            digits = _NON_DIGIT.sub("", cand[:cut])
            if len(digits) < 13:
                break
            if len(digits) <= 19 and card_brand_ok(digits) and luhn_ok(digits):
                return start + cut
        return -1


class SsnDetector(BuiltinDetector):
    """US social security numbers in valid ranges; bare 9-digit runs need a keyword."""

    name = "us_ssn"
    entities = frozenset({"US_SSN"})

    # Matched on ``ScanContext.shape`` (every digit reads "0"), see ``_in_runs``: the groups
    # give the area, separator, group and serial positions.
    # Dots ("123.45.6789") and a spaced dash ("123 - 45 - 6789") are forms too, which like
    # the bare run need a keyword before them.
    # A letter, "-" or "/" may touch it only where an SSN word ends there ("SSN536-90-6345",
    # "SSN-536906345"): ``_glued_ok`` decides; a dot before it never.
    _CANDIDATE = re.compile(rb"(000)(?<![0.]000)([ \-.]?|[ ]-[ ]|[ ]{2})(00)\2(0000)(?!0|-0|\.0)")
    # Nine digits grouped by threes with blanks, dots or dashes ("199 124 206",
    # "489.332.029"), as long numbers are grouped in much of Europe: like the bare run, they
    # need a cue. Not the last groups of a longer number ("+34 612 345 678").
    _THREES = re.compile(rb"(?<![0.+])(?<!0[ .\-])000(?P<sep>[ .\-])000(?P=sep)000(?!0|[ .\-]0)")
    _GLUED = re.compile(r"[A-Za-z\-/]")

    def scan(self, ctx: ScanContext) -> list[Span]:
        runs = ctx.runs_with(9)
        if not runs:  # no nine digits anywhere: only the last four can be named
            return more_ssns(ctx)
        text = ctx.text
        out: list[Span] = []
        low = ctx.lower_latin1
        memo: dict[tuple[int, str], int] = {}  # table headings found (tables.column_heading)
        sql: list[Cells] = []  # the INSERT values, parsed once when first asked
        shape = ctx.shape
        found = [
            (m.start(), m.end(), m.group(2)) for m in _in_runs(self._CANDIDATE, shape, runs, 9)
        ]
        threes = [(m.start(), m.end(), b"333") for m in _in_runs(self._THREES, shape, runs, 9)]
        if threes:
            found = sorted(found + threes)
        for start, end, sep in found:
            if start and self._GLUED.match(text, start - 1) and not self._glued_ok(text, start):
                continue
            digits = _NON_DIGIT.sub("", text[start:end])
            area, group, serial = digits[:3], digits[3:5], digits[5:]
            if not ssn_ok(area, group, serial) and not (
                itin_ok(area, group, serial)
                and self._ITIN.search(_before(text, start, 60, low)) is not None
            ):
                continue
            if sep == b"-":  # a dashed SSN needs no cue, unless an id word names it
                near = _before(text, start, 32, low)
                if (record_id_before(near) or negative_before(near)) and not named_before(
                    text, start, _before(text, start, WIDE, low)
                ):
                    continue  # "batch=518-24-7703", "Order #604-18-2275" (record_ids)
            else:  # the other forms need a cue or no ID word
                before = _before(text, start, 60, low)
                if (sep != b" " or negative_before(before)) and not (
                    named_before(text, start, _before(text, start, WIDE, low))
                    or named_after(text, end, before)
                    or label_above(text, start, before)
                    or asked_above(text, start, before)
                    or in_column(text, start, memo, sql)
                ):
                    continue
            out.append(Span(start, end, "US_SSN"))
        return out + more_ssns(ctx)

    # An ITIN (area 9, its own group ranges) is masked where its name is written before it.
    _ITIN = re.compile(r"(?<![^\W_])itins?(?![^\W_])")

    def _glued_ok(self, text: str, start: int) -> bool:
        """Whether the SSN word itself is what touches the number ("SSN536906345")."""
        label = text[max(0, start - 12) : start].lower().rstrip("-/#:")
        ends = [m.end() for m in SSN_KEYWORDS.finditer(label)]
        return bool(ends) and ends[-1] == len(label)
