"""Identifiers that a line break or spacing split: found on a joined copy of a few lines.

A mail client wraps "card 4111 1111 1111 1111" after the third group, a forwarded address
reads "jane.doe@exam" + newline + "ple.com", a caller spells "0 1 7 1 2 3 4 5 6 7 8". The
detectors' patterns stop at a line break (a CSV row or a log line after a number is not
part of it) and a phone number has at most eight groups, so these *seams* are repaired in a
copy of the lines around each of them and the identifier detectors run there again: a
line break between digit groups becomes the space (or the dash) it replaced, one inside an
e-mail address disappears, spaced digits close up. A finding counts only if it crosses a
seam (the rest was found on the text itself), and it is mapped back to the characters
the user wrote, seam included.

A seam between digits counts only where the digits after the break end like a wrapped
sentence (a blank, the end, a full stop), not like the next CSV row ("1002,Anna") or a log
line ("2024-01-01 12:00"). This runs on the normalized text alone, so the pure path and the
engine find the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from llmgate.redaction.checks import (
    IBAN_LENGTHS,
    international_phone_ok,
    ip_ok,
    national_phone_ok,
)
from llmgate.redaction.detectors import BuiltinDetector, ScanContext, Span
from llmgate.redaction.seams import builtin_scan, rescanned

__all__ = ["JOINABLE", "rejoined"]

# The entity types whose values a seam can split.
JOINABLE = frozenset({"CREDIT_CARD", "IBAN", "US_SSN", "EMAIL", "PHONE", "IP_ADDRESS"})

# Matched on ``ScanContext.shape`` (every digit reads "0"): a line break between digit
# groups, with the blanks and a dash around it. The newline comes first (a literal ``re``
# skips to in C); the look-behinds after it check for the digit before.
# A quoted reply's markers ("> ") may open the next line; an area code's ")" may end the
# line before ("(030)" + newline + "901820").
_NEXT_LINE_DIGIT = re.compile(
    rb"\n(?:(?<=0\n)|(?<=0\r\n)|(?<=0[ \t\-]\n)|(?<=0[ \t\-]\r\n)|(?<=0[ \-][ \t\-]\n)"
    rb"|(?<=0[ \-][ \t\-]\r\n)|(?<=0\)\n)|(?<=0\)\r\n)|(?<=0\) \n)|(?<=0\) \r\n))"
    rb"(?:[ \t]*>)*[ \t]*-?[ \t]*(?=0)"
)
_BREAK_BEFORE = re.compile(rb"\r?[ \t]{0,3}-?[ \t]{0,3}(?=0|\)0)")
# What follows the digits after such a break in wrapped prose: a blank, the end, or a
# sentence's punctuation (a comma too) before a blank or the line's end; a CSV row has no
# blank after it.
# Groups of at most eight digits (a wrapped "0171 2345678"), then of five: a log line's
# timestamp ("1549194253 sshd") is no wrap.
_CONTINUATION = re.compile(
    rb"0{1,8}(?:[ \-]0{1,5}){0,5}?(?:[.,;!?)]?[ \t]*(?:\r?\n|\Z)|[.,;:!?)]?[ \t](?![0-9]))"
)
# Digits spaced one by one: seven to nineteen (a phone or a card number), not a longer run;
# two blanks may set groups apart ("0 1 5 1  2 3 4 5"); an area code may stand in brackets
# before them ("(4 1 5) 5 5 5 0 1 8 7").
_SPACED = re.compile(
    rb"(?:\(0(?: 0){1,4}\)[ ]{1,2})?0(?<!0 0)(?<!0  0)(?:[ ]{1,2}0){6,18}(?![ ]{1,2}0)"
)
# A caller's groups of spaced digits apart by a comma, a dash or a dot ("0 1 7 1, 2 3 4,
# 5 6 7 8", "4 1 5 - 5 5 5 - 0 1 9 8", "0 6. 1 2. 3 4. 5 6. 7 8"); each group two digits or
# more, so that a list ("1, 2, 3") is none. Seven to nineteen digits in all (counted where
# found).
_SPACED_GROUPS = re.compile(
    rb"0(?<!0 0)(?<!0, 0)(?<!0 - 0)(?<!0\. 0)(?: 0)+"
    rb"(?:(?:, | - |\. )0(?: 0)+)+(?!(?: |, | - |\. )0)"
)
# Or apart by one dash or one dot each ("4-1-5-5-5-5-0-1-3-2", "0.6.1.2.3.4.5.6.7.8").
_SPACED_MARKS = re.compile(rb"0(?<!0-0)(?:-0){6,18}(?!-0)|0(?<!0\.0)(?:\.0){6,18}(?!\.0)")
_BLANKS = re.compile(rb"[ ,.\-]+")
_NOT_DIGITS = re.compile(r"[^0-9]")
# An e-mail address's domain that a line break cut: the token after "@" runs into the break.
_AT_TOKEN = re.compile(r"[\w.\-]{0,80}(?P<brk>[ \t]*\r?\n(?:[ \t]*>)*[ \t]*)(?=[\w.\-])")
# A local part that a line break cut: the previous line ends glued to a token that reads
# like the start of an address ("margaret.ocon" + newline + "nell@..."), matched reversed.
_LOCAL_HEAD_REVERSED = re.compile(r"\n?\r?(?P<tok>[\w.%+'\-]{1,64})")
_ADDRESS_LIKE = re.compile(r"[0-9._%+\-]")
# An IBAN whose line ends inside it after a letter ("GB33 BUKB" + newline + "2020 ...") or
# after a digit group that letters follow on the next line ("MC58 1122 2000 0101 2345" +
# newline + "6789 030", "BG80 BNBG 9661" + newline + "1020 3456 78": groups the digit
# seams, which want digits only, do not join). Found from the newline (a literal: ``re``
# skips to it in C) after a capital or a digit; the joined IBAN must pass mod-97.
_EOL_AFTER_CAPITAL = (
    r"(?:(?<=[A-Z0-9]\n)|(?<=[A-Z0-9]\r\n)|(?<=[A-Z0-9] \n)|(?<=[A-Z0-9] \r\n)"
    r"|(?<=[A-Z0-9]  \n))"
)
_IBAN_HEAD = re.compile(
    r"[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]){0,30}?(?<=[A-Z0-9])"
    r"(?P<brk>[ \t]*\r?\n(?:[ \t]*>)*[ \t]*)(?=[A-Z0-9])"
)
_COMPLETE_DOMAIN = re.compile(r"[^\W_][\w\-]*(?:\.[\w\-]+)*\.[^\W\d_]{2,24}\Z")
_HAS_LETTER = re.compile(r"[^\W\d_]")


def _seams(ctx: ScanContext) -> list[tuple[int, int, str]]:
    """(start, end, replacement) of every seam, sorted: the characters to replace."""
    text = ctx.text
    out: list[tuple[int, int, str]] = []
    if ctx.has_digit:
        shape = ctx.shape
        # Found from the newline (a literal first character: ``re`` skips to it in C).
        for m in _NEXT_LINE_DIGIT.finditer(shape) if b"\n" in shape else ():
            start = m.start()
            before = _BREAK_BEFORE.match(shape[max(0, start - 8) : start][::-1])
            if before is None:
                continue
            start -= before.end()
            end = m.end()
            if _CONTINUATION.match(shape, end):
                out.append((start, end, _glue(text, start, end)))
        for m in _spaced(shape):
            out.extend((b.start(), b.end(), "") for b in _BLANKS.finditer(shape, *m.span()))
    if "@" in text and "\n" in text:
        out.extend(_email_seams(text))
    if ctx.has_digit and "\n" in text:
        out.extend(_line_end_seams(text))
    return _apart(sorted(set(out)))


def _apart(seams: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sorted seams without one that overlaps the seam before it (a break between digit
    groups of an IBAN is found by both the digit and the IBAN rule)."""
    kept: list[tuple[int, int, str]] = []
    for seam in seams:
        if kept and seam[0] < kept[-1][1]:
            continue
        kept.append(seam)
    return kept


# A line that ends where an address can be cut: after a digit and a dot or a colon
# ("203.0.113.", "fe80:0:1:") or after "::". Found from the newline (a literal: ``re``
# skips to it in C; cheaper than a substring test per ending).
_EOL_IN_ADDRESS = r"(?:(?<=[0-9][.:]\n)|(?<=[0-9][.:]\r\n)|(?<=::\n)|(?<=::\r\n))"
# Both, in one scan: the named group says which kind of line end it is.
_EOL_SEAM = re.compile(rf"\n(?:(?P<iban>{_EOL_AFTER_CAPITAL})|(?P<ip>{_EOL_IN_ADDRESS}))")
_ADDRESS_HEAD_REVERSED = re.compile(r"[0-9A-Fa-f.:]{1,45}")
_NEXT_LINE_ADDRESS = re.compile(r"(?:[ \t]*>)*[ \t]*(?P<tail>[0-9A-Fa-f:][0-9A-Fa-f.:]{0,44})")


def _line_end_seams(text: str) -> list[tuple[int, int, str]]:
    """The seams found from the end of a line: inside an IBAN (after a capital) or an IP
    address (after a dot or a colon); one scan of the text for both."""
    out: list[tuple[int, int, str]] = []
    for eol in _EOL_SEAM.finditer(text):
        if eol.lastgroup == "ip":
            out.extend(_ip_seam(text, eol.start(), eol.end()))
        else:
            out.extend(_iban_seam(text, eol.start()))
    return out


def _ip_seam(text: str, newline: int, after: int) -> list[tuple[int, int, str]]:
    """A line break inside an IP address that a hard-wrapping client cut after a dot or a
    colon ("203.0.113." + newline + "77", "2001:db8:85a3::" + newline + "8a2e:370:7334"):
    the two halves make a valid address together, and the first is no complete one alone
    (or ends with a colon, where no IPv6 address is cut by a sentence)."""
    brk = newline - (1 if text[newline - 1] == "\r" else 0)
    head = _ADDRESS_HEAD_REVERSED.match(text[max(0, brk - 45) : brk][::-1])
    nxt = _NEXT_LINE_ADDRESS.match(text, after)
    if head is None or nxt is None:
        return []
    start = brk - head.end()
    if start and (text[start - 1].isalnum() or text[start - 1] in "_-/"):
        return []
    left, right = text[start:brk], nxt.group("tail").rstrip(".:")
    joined = left + right
    if "." in left and ":" not in joined:  # IPv4: a quad that the head alone is not
        whole = left.count(".") < 3 or left.endswith(".")
    else:
        whole = left.endswith(":") and left.count(":") >= 2
    return [(brk, nxt.start("tail"), "")] if whole and ip_ok(joined) else []


def _spaced(shape: bytes) -> list[re.Match[bytes]]:
    """Runs of digits spaced one by one (``_SPACED``, ``_SPACED_GROUPS``)."""
    if b"0 0" not in shape and b"0-0-0" not in shape and b"0.0.0" not in shape:
        return []
    found = list(_SPACED.finditer(shape)) if b"0 0 0 0" in shape or b"0 0  0 0" in shape else []
    if b", 0 0" in shape or b" - 0 0" in shape or b". 0 0" in shape:
        found += [m for m in _SPACED_GROUPS.finditer(shape) if 7 <= m.group().count(48) <= 19]
    if b"0-0-0-0" in shape or b"0.0.0.0" in shape:
        found += list(_SPACED_MARKS.finditer(shape))
    return found


def _glue(text: str, start: int, end: int) -> str:
    """What replaces a seam between digits: the dash or blank it stood for, or nothing
    where the break cut a group of an SSN ("536-90-63" + newline + "45", "853272" +
    newline + "235", "853 27 22" + newline + "35")."""
    if "-" in text[start:end]:
        return "-"
    head = _SSN_HEAD.search(text, max(0, start - 12), start)
    tail = _SSN_TAIL.match(text, end)
    if head is not None and tail is not None and _SSN_SHAPE.fullmatch(head.group() + tail.group()):
        return ""
    return " "


# Digit groups apart by one blank, dash or dot, before and after a seam.
_SSN_HEAD = re.compile(r"(?<![\w\-.])[0-9]{1,8}(?:[ \-.][0-9]{1,4}){0,2}\Z")
_SSN_TAIL = re.compile(r"[0-9]{1,8}(?:[ \-.][0-9]{1,4}){0,2}(?![\w\-])")
_SSN_SHAPE = re.compile(r"[0-9]{3}([ \-.]?)[0-9]{2}\1[0-9]{4}")


def _iban_seam(text: str, newline: int) -> list[tuple[int, int, str]]:
    """A line break after a letter or a digit inside an IBAN that is still short of its
    length: found from a line that ends with a capital or a digit, looked at backwards."""
    last = newline - 1  # the line's last character before blanks and a carriage return
    while last > 0 and text[last] in " \t\r":
        last -= 1
    lo = max(text.rfind("\n", 0, last) + 1, last - 44)
    m = _IBAN_HEAD.search(text, lo, newline + 12)
    if m is not None and m.start("brk") == last + 1:
        want = IBAN_LENGTHS.get(text[m.start() : m.start() + 2])
        if want is not None and sum(c.isalnum() for c in text[m.start() : last]) < want:
            return [(m.start("brk"), m.end("brk"), " ")]
    return []


def _email_seams(text: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    at = text.find("@")
    while at >= 0:
        m = _AT_TOKEN.match(text, at + 1)
        if (
            m is not None
            and (  # not "@127.0.0.1"
                m.start("brk") == at + 1 or _HAS_LETTER.search(text, at + 1, m.start("brk"))
            )
            and (
                not _COMPLETE_DOMAIN.match(text, at + 1, m.start("brk"))
                or _cut_label(text, at + 1, m.start("brk"), m.end("brk"))
            )
        ):
            out.append((m.start("brk"), m.end("brk"), ""))
        line_start = text.rfind("\n", 0, at) + 1
        if line_start:
            out.extend(_local_seam(text, line_start, at))
        if line_start and not text[line_start:at].strip():  # "@" opens the line
            brk = line_start - 1
            if brk and text[brk - 1] == "\r":
                brk -= 1
            out.append((brk, at, ""))
        at = text.find("@", at + 1)
    return out


def _cut_label(text: str, lo: int, brk: int, after: int) -> bool:
    """A domain that reads complete before the break ("mail.exam") but whose last label is
    no common top-level domain, and the next line opens with the rest of a domain glued to
    its own top-level one ("ple.com"): a client wrapped the address there."""
    label = text[text.rfind(".", lo, brk) + 1 : brk].lower()
    return label not in _COMMON_TLDS and _DOMAIN_TAIL.match(text, after) is not None


_COMMON_TLDS = frozenset(
    ["com", "org", "net", "de", "fr", "es", "io", "co", "uk", "eu", "info", "biz", "edu", "gov",
     "ch", "at", "nl", "be", "it", "us", "ca", "app", "dev", "cat"]
)  # fmt: skip
_DOMAIN_TAIL = re.compile(r"[\w\-]{1,63}(?:\.[\w\-]{1,63})*\.[^\W\d_]{2,24}(?![\w.@\-])")


def _local_seam(text: str, line_start: int, at: int) -> list[tuple[int, int, str]]:
    """The line break before a local part that opens its line (after quote markers), when
    the line before ends glued to an address-like token."""
    head = line_start
    while head < at and text[head] in " \t>":
        head += 1
    local = text[head:at]
    if not local or _LOCAL_CHARS.fullmatch(local) is None:
        return []
    lo = max(0, line_start - 66)
    m = _LOCAL_HEAD_REVERSED.match(text[lo:line_start][::-1])
    # A token without a letter ("06-32325708", a CSV row's last cell: a phone) is no
    # wrapped local part's head.
    if (
        m is None
        or not _HAS_LETTER.search(m.group("tok"))
        or not _ADDRESS_LIKE.search(m.group("tok"))
    ):
        return []
    # A client wraps a long line, or at a dot or a dash; a short line glued to an address
    # on the next one ("...,2024" above "jane@x.org,...") is a table's row.
    # A short line's token must read like the head of an address itself: a dot inside it
    # and a blank, a bracket or a colon before it ("mail: margaret.ocon"), not the domain
    # of another address or a table's field.
    previous = text.rfind("\n", 0, line_start - 1) + 1
    if line_start - previous < _WRAP_WIDTH and m.group("tok")[0] not in "._-":
        tok_start = line_start - m.end()
        opener = text[tok_start - 1] if tok_start > previous else " "
        tok = m.group("tok")[::-1]
        last = tok.rsplit(".", 1)[-1].lower()
        if "." not in tok or opener not in " \t<(:\"'" or last in _NOT_A_LOCAL_TAIL:
            return []
    brk = line_start - 1 - (1 if text[line_start - 2 : line_start] == "\r\n" else 0)
    return [(brk, head, "")]


# What ends a file name or a complete address rather than half a local part.
_NOT_A_LOCAL_TAIL = frozenset(
    ["txt", "pdf", "doc", "docx", "xls", "xlsx", "csv", "png", "jpg", "zip", "log", "json",
     "com", "org", "net", "de", "fr", "es", "io", ""]
)  # fmt: skip
_LOCAL_CHARS = re.compile(r"[\w.%+'\-]{1,64}")
_WRAP_WIDTH = 60  # the shortest line that a mail client wraps


def _spaced_phones(ctx: ScanContext) -> list[Span]:
    """Digits spaced one by one that spell a valid national phone number of any kind, or an
    international one after a "+": a caller reads a number out digit by digit
    ("4 1 5 5 5 5 0 1 9 8"), which no other number is written like; a one-run number needs
    to be a mobile's (``PhoneDetector``)."""
    out: list[Span] = []
    text = ctx.text
    for m in _spaced(ctx.shape):
        digits = _NOT_DIGITS.sub("", text[m.start() : m.end()])
        plus = text.rfind("+", max(0, m.start() - 2), m.start())  # "+ 4 9 1 7 6 ..."
        if plus >= 0 and not text[plus + 1 : m.start()].strip(" "):
            if international_phone_ok(digits):
                out.append(Span(plus, m.end(), "PHONE"))
        elif national_phone_ok(digits) or (len(digits) >= 11 and international_phone_ok(digits)):
            # with its country code but no "+", as a caller reads it: "4 4 1 1 3 4 9 6 ..."
            out.append(Span(m.start(), m.end(), "PHONE"))
    return out


def rejoined(ctx: ScanContext, detectors: Iterable[BuiltinDetector]) -> list[Span]:
    """Findings of ``detectors`` that cross a seam, in ``ctx.text``'s offsets."""
    chosen = [d for d in detectors if d.entities & JOINABLE]
    if not chosen:
        return []
    seams = _seams(ctx)
    if not seams:
        return []
    text = ctx.text
    out: list[Span] = []
    if any(d.entities & {"PHONE"} for d in chosen):
        out += _spaced_phones(ctx)
    for span, seam in rescanned(text, seams, builtin_scan(chosen)):
        if seam is not None and span.start < seam[1]:
            out.append(span)
    return out
