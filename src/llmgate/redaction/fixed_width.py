"""SSNs and names in fixed-width and headerless records, found by the rows' structure.

A mainframe extract pasted into a prompt has no label on its line and often no header
line at all: "00001 MED 402532528 DELACROIX   GLORIA   19700907 412 ELM ST ...". What
says that the nine digits are an SSN is the layout repeated on many lines: the same
column (the same offset in a fixed-width file, the same field in a delimited one) holds a
bare nine-digit number on each row, and each row is a person's record (a name in capitals
and a birth date written YYYYMMDD). One column per block counts, the leftmost (the record
key; a ZIP+4 without its dash or a padded amount comes later), and never one whose
values start "00" (padded amounts and counts) or whose heading names something else (a
header line decides where there is one: ``ssn_context.in_column`` reads it). A row that
holds a provider's NPI is a claim, whose nine digits are a claim number. The nine digits
may be glued to a record code before them ("E01318402277KOWALSKI") or to the birth date
after them ("31840227719720311").

Formats whose positions a standard fixes are a table (rules as data): the SSA's EFW2
"RW" employee record (SSN at 3-11, first, middle and last names after it), NACHA's entry
detail record (the receiver's name).

The names of a row whose SSN is found this way are the capitals fields next to the SSN
(up to two, the surname and the given name). Records write names in capitals elsewhere
too: "SURNAME,GIVEN" filling a cell or after a person's label, and a name part under its
key (JSON, XML, COBOL dumps and copybooks). Everything runs on ``ctx.text``, so both
detection paths find the same.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict

from llmgate.redaction.checks import ssn_ok
from llmgate.redaction.detectors import BuiltinDetector, ScanContext, Span
from llmgate.redaction.names import NOT_NAMES
from llmgate.redaction.tables import aligned_heading, column_heading

__all__ = ["FixedWidthDetector"]

# A bare run of exactly nine digits (on the shape, every digit reads "0"), not part of a
# dashed, dotted or slashed number.
# (The run first, so that ``re`` looks for its literal zeros in C; what may stand before it
# is checked by ``_nine_start``: a lookbehind alternation first made ``re`` try every
# position of every text.)
_NINE = re.compile(rb"0{9}(?![0-9]|[\-./:][0-9])")
_NOT_BEFORE = frozenset(b"0-./:+")
_CAPITALS = frozenset(range(ord("A"), ord("Z") + 1))


def _nine_start(shape: bytes, i: int) -> bool:
    """Whether a run of nine may start at ``shape[i]``: after no digit, dash, dot, slash,
    colon or plus, or after a record code's capital and up to three digits ("E02" before
    an SSN glued to it)."""
    if i == 0 or shape[i - 1] not in _NOT_BEFORE:
        return True
    for k in (1, 2, 3):
        if i > k and shape[i - k : i] == b"0" * k and shape[i - k - 1] in _CAPITALS:
            return True
    return False


_BLANK_LINE = re.compile(r"\n[ \t\r]*(?=\n)")
# A birth date written YYYYMMDD, not inside a longer number before it (a phone may follow).
_YMD = r"(?:19[0-9]{2}|200[0-9]|201[0-2])(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])"
_DATE = re.compile(_YMD)
_BIRTH = re.compile(rf"(?<![0-9]){_YMD}")
# Nine digits glued to the birth date after them ("12345678919800412"), as a COBOL record
# writes two numeric fields side by side.
_BEFORE_BIRTH = re.compile(rf"(?<![0-9])([0-9]{{9}}){_YMD}")
# A word in capitals (a surname or given name as old systems write them).
_CAPS_WORD = re.compile(r"(?<![^\W\d_])[A-Z][A-Z'\-]{2,}(?![^\W\d_])")
# A provider's NPI or another ten-digit id that no US phone number can be (an area code
# never starts with 1): a claim's, not a member's record.
_TEN = re.compile(r"(?<![^\s|;,])1[0-9]{9}(?![^\s|;,])")
# Delimiters of headerless delimited rows, and how many a row holds at least: a comma
# three times (a fixed-width row may hold one in "SURNAME,GIVEN").
_DELIMS = (("|", 2), ("\t", 2), (";", 2), (",", 3))
_MIN_ROWS = 2
_MAX_LINE = 2000
# Codes that fill capitals columns of records and are no names.
_NOT_NAMES = frozenset(
    ["MED", "DEN", "VIS", "LIF", "ADD", "CHG", "TRM", "DEL", "UPD", "NEW", "ACT", "TERM",
     "FAIL", "SKIP", "PASS", "ERROR", "WARN", "INFO", "DEBUG", "NULL", "NONE", "TRUE", "FALSE",
     "EMP", "DEP", "SUB", "SPS", "CHD", "FAM", "IND", "PPO", "HMO", "EPO", "POS", "COBRA",
     "ACTIVE", "RETIRED", "PENDING", "INACTIVE", "STATUS", "CODE", "TYPE", "DATE", "TOTAL",
     "COUNT", "AMOUNT", "NAME", "NAMES", "FIRST", "LAST", "GIVEN", "SURNAME", "SSN", "DOB",
     "CITY", "STATE", "ZIP", "PHONE", "EMAIL", "ADDRESS", "STREET", "YES", "USA", "TEST",
     "DEMO", "ADMIN", "USER", "GUEST", "UNKNOWN", "TBD", "REDACTED", "HIGH", "LOW", "OPEN",
     "CLOSED", "PAID", "DENIED", "APPROVED", "VOID", "MALE", "FEMALE", "SINGLE", "MARRIED"]
)  # fmt: skip


def _is_name_field(cell: str) -> bool:
    words = cell.split()
    return (
        0 < len(words) <= 3
        and all(_CAPS_WORD.fullmatch(w) for w in words)
        and not any(map(_NOT_NAMES.__contains__, words))
    )


class _Line:
    """A line that holds a candidate, and what in it says it is a person's record."""

    __slots__ = ("births", "lo", "named", "npi", "text")

    def __init__(self, text: str, lo: int) -> None:
        hi = text.find("\n", lo, lo + _MAX_LINE)
        self.lo = lo
        self.text = text[lo : min(len(text), lo + _MAX_LINE) if hi < 0 else hi].rstrip("\r")
        self.births = [m.start() for m in _BIRTH.finditer(self.text)]
        self.npi = _TEN.search(self.text) is not None
        self.named = any(w.group() not in _NOT_NAMES for w in _CAPS_WORD.finditer(self.text))


class _Row:
    """One candidate: where it is, its line, and the key of its column."""

    __slots__ = ("block", "end", "key", "line", "start")

    def __init__(self, start: int, end: int, line: _Line, block: int) -> None:
        self.start, self.end, self.line, self.block = start, end, line, block
        col = start - line.lo
        delim = next((d for d, least in _DELIMS if line.text.count(d) >= least), "")
        self.key = (delim, line.text.count(delim, 0, col) if delim else col)

    def personal(self) -> bool:
        """A person's record: a capitals name and a birth date beside the number, no NPI."""
        col = self.start - self.line.lo
        line = self.line
        return (
            line.named
            and not line.npi
            and (
                any(b + 8 <= col or b >= col + 9 for b in line.births)
                or _DATE.match(line.text, col + 9) is not None
            )
        )

    def names(self) -> list[tuple[int, int]]:
        """The capitals fields next to the number: up to two after it, or, where the row
        opens with them, up to two before it."""
        col = self.start - self.line.lo
        text = self.line.text
        delim = self.key[0]
        out = _fields(text[col + 9 :], self.start + 9, delim)[:2]
        if not out:  # the name cells right before it, nearest first
            part = text[:col]
            for a, b in reversed(_cells(part, delim)[-2:]):
                cell = part[a:b].strip()
                if not _is_name_field(cell):
                    break
                at = part.index(cell, a)
                out.append((self.line.lo + at, self.line.lo + at + len(cell)))
        return out


# Where a cell of a fixed-width row ends: two blanks or more, one blank between a digit
# and a capital ("00001 DEN 402532528 DELACROIX", "KOWALSKI ANNA 19800412").
_SPLIT = re.compile(r"[ \t]{2,}|^[ ]|(?<=[0-9])[ ](?=[A-Z])|(?<=[A-Z])[ ](?=[0-9])")


def _cells(part: str, delim: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    if delim:
        for cell in part.split(delim):
            out.append((pos, pos + len(cell)))
            pos += len(cell) + 1
    else:
        for m in _SPLIT.finditer(part):
            out.append((pos, m.start()))
            pos = m.end()
        out.append((pos, len(part)))
    return [(a, b) for a, b in out if part[a:b].strip()]


def _fields(part: str, base: int, delim: str) -> list[tuple[int, int]]:
    """The name cells that open ``part`` (offsets from ``base``), up to the first other."""
    out: list[tuple[int, int]] = []
    for a, b in _cells(part, delim):
        cell = part[a:b].strip()
        if not _is_name_field(cell):
            break
        at = part.index(cell, a)
        out.append((base + at, base + at + len(cell)))
    return out


def _column_rows(text: str, ctx: ScanContext) -> list[_Row]:
    blanks = [m.start() for m in _BLANK_LINE.finditer(text)]
    lines: dict[int, _Line] = {}
    groups: dict[tuple[int, tuple[str, int]], list[_Row]] = defaultdict(list)
    shape = ctx.shape
    spans = [m.span() for m in _NINE.finditer(shape) if _nine_start(shape, m.start())]
    if len(ctx.runs_with(17)) > 1:
        spans = sorted(spans + [m.span(1) for m in _BEFORE_BIRTH.finditer(text)])
    for start, end in spans:
        digits = text[start:end]
        if not ssn_ok(digits[:3], digits[3:5], digits[5:]):
            continue
        lo = text.rfind("\n", max(0, start - _MAX_LINE), start) + 1
        if not lo and start > _MAX_LINE:
            continue  # a line this long is no record
        line = lines.get(lo)
        if line is None:
            line = lines[lo] = _Line(text, lo)
        row = _Row(start, end, line, bisect.bisect_left(blanks, start))
        groups[(row.block, row.key)].append(row)
    found: list[tuple[tuple[int, int], list[_Row]]] = []
    memo: dict[tuple[int, str], int] = {}
    for (block, key), rows in groups.items():
        rows = [r for r in rows if r.personal()]
        values = {text[r.start : r.end] for r in rows}
        if len({r.line.lo for r in rows}) < _MIN_ROWS or len(values) < _MIN_ROWS:
            continue
        if sum(text.startswith("00", r.start) for r in rows) * 2 >= len(rows):
            continue  # padded amounts and counts
        if _heading(text, rows[0].start, memo) is not None:
            continue  # a header line names the column: it decides (``ssn_context``, ``columns``)
        found.append(((block, key[1]), rows))
    # The leftmost column of a line's layout is its record key; a block may mix layouts.
    out: list[_Row] = []
    taken: set[int] = set()
    for _, rows in sorted(found, key=lambda item: item[0]):
        if not any(r.line.lo in taken for r in rows):
            out += rows
            taken.update(r.line.lo for r in rows)
    return out


def _heading(text: str, start: int, memo: dict[tuple[int, str], int]) -> str | None:
    """The heading of the column at ``start`` where a header line (letters, no digit) has
    one; None where the rows have no header."""
    for heading in (column_heading(text, start, memo), aligned_heading(text, start, memo)):
        if (
            heading
            and not any(ch.isdigit() for ch in heading)
            and any(ch.isalpha() for ch in heading)
        ):
            return heading
    return None


# Positional records whose layout a standard fixes: (what opens such a line, the fields as
# (start, end, type) from the line's start). EFW2 (the SSA's W-2 upload): the RW employee
# record, SSN then first, middle and last names; NACHA (ACH files): the entry detail
# record ("6", a transaction code, the routing number), the receiver's name at 55-76.
LAYOUTS: tuple[tuple[str, tuple[tuple[int, int, str], ...]], ...] = (
    (r"RW[0-9]{9}[A-Z ]",
     ((2, 11, "US_SSN"), (11, 26, "PERSON"), (26, 41, "PERSON"), (41, 61, "PERSON"))),
    (r"6[2-4][2-9][0-9]{9}", ((54, 76, "PERSON"),)),
)  # fmt: skip
_LAYOUT_LINE = re.compile(
    "(?m)^(?:" + "|".join(f"(?P<l{k}>{head})" for k, (head, _) in enumerate(LAYOUTS)) + ")"
)


def _layout_spans(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _LAYOUT_LINE.finditer(text):
        lo = m.start()
        hi = text.find("\n", lo)
        line = text[lo : len(text) if hi < 0 else hi]
        for a, b, kind in LAYOUTS[int(str(m.lastgroup)[1:])][1]:
            value = line[a:b].strip()
            if kind == "US_SSN" and ssn_ok(value[:3], value[3:5], value[5:]):
                out.append(Span(lo + a, lo + a + 9, kind))
            elif kind == "PERSON" and value and _is_name_field(value):
                at = line.index(value, a)
                out.append(Span(lo + at, lo + at + len(value), kind))
    return out


# "SURNAME,GIVEN" / "SURNAME, GIVEN" as records write a person in one field: in capitals
# filling a cell of its own (a quoted CSV cell, a fixed-width column, a pipe field), or in
# either case after a label that names a person ("Patient: KRUEGER, ANNA", "name=Rivera,
# Douglas").
_CAPS = r"[A-Z][A-Z'\-]+"
_TITLE = r"[A-Z][a-z'\-]+"
_CELL_NAME = re.compile(
    rf"(?m)(?:^|(?<=[\"'|\t;])|(?<=  ))[ ]?(?P<cell>{_CAPS}(?: {_CAPS})?,[ ]?{_CAPS}(?: {_CAPS})?)"
    r"(?=[\"'|\t;]|  |[ \t]*\r?$)"
)
_LABELED_NAME = re.compile(
    r"(?<![^\W_])(?:(?i:patient|member|subscriber|insured|employee|claimant|beneficiary"
    r"|dependent|guarantor|physician|doctor|name)(?:[ _\-]?(?i:name))?"
    rf"(?:[\"']?[ \t]*[:=][ \t]*[\"']?|>)(?P<caps>{_CAPS}(?: {_CAPS})?,[ ]?{_CAPS})"
    # in title case only after a "name" key: a transcript's "Patient: Sure, October" is
    # a speaker's answer
    rf"|(?i:name)[ \t]*[:=][ \t]*(?P<title>{_TITLE}(?: {_TITLE})?, {_TITLE}))(?![^\W\d_])"
)


# A key that names a part of a person's name (JSON, XML, YAML, COBOL dumps with dotted
# leaders, a copybook's VALUE clause), then that part in capitals: a record's value
# ("cognome": "WHITAKER", <LastName>DRISCOLL</LastName>, EMP-LAST-NAME.....: HOLLOWAY).
# Values in title case are the person rules' (``forms``); capitals are what old systems
# write and no sentence does.
_PART_KEYS = (
    r"(?:last|first|given|family|middle|sur|fore)[_\- ]?names?|surname|nachname|vorname"
    r"|familienname|nom[_\- ]?(?:de[_\- ]?)?famille|pr[ée]nom|apellidos?|cognome|nome"
    r"|achternaam|voornaam|sobrenome|apelido|nome[_\- ]?proprio|nombre"
    # "last" and "first" alone only as a quoted key ("insured": {"last": "MACLEOD"})
    r"|(?<=[\"'])(?:last|first|given|family)(?=[\"'])"
)
_KEYED_CAPS = re.compile(
    rf"(?<![^\W_])(?P<key>(?i:{_PART_KEYS}))(?:[\"']?[ \t]*[:=][ \t]*[\"']?|>|\.{{2,30}}:?[ \t]*"
    rf"|[ \t]+PIC[ ]X\([0-9]{{1,3}}\)[ ]VALUE[ ]')(?P<name>{_CAPS}(?: {_CAPS}){{0,2}})"
    r"(?=[\"'<,;|\r\n]|[ \t]*$|[ \t]{2})"
)


def _keyed_caps(text: str) -> list[Span]:
    out: list[Span] = []
    pair: bool | None = None  # whether the text has both a "first" and a "last" key
    for m in _KEYED_CAPS.finditer(text):
        if set(m.group("name").split()) & _NOT_NAMES:
            continue
        if m.group("key").lower() in _BARE_KEYS:
            if pair is None:
                low = text.lower()
                pair = '"first"' in low and '"last"' in low
            if not pair:
                continue  # "last": "UPDATED" is no name without its "first"
        out.append(Span(*m.span("name"), "PERSON"))
    return out


_BARE_KEYS = frozenset(["last", "first", "given", "family"])


# What each pattern cannot match without, tested first: the patterns start with
# alternations and lookbehinds that ``re`` tries at every position of every text.
_CAPS_COMMA = re.compile(r"[A-Z],")
_KEY_PARTS = ("nam", "nom", "naam", "apellid", "apelido", "last", "first", "given", "family")


def _last_first(text: str, lower: str) -> list[Span]:
    out: list[Span] = []
    if _CAPS_COMMA.search(text) is not None:
        patterns: tuple[re.Pattern[str], ...] = (_CELL_NAME, _LABELED_NAME)
    elif "name" in lower:  # a title-case "Name: Surname, Given" only
        patterns = (_LABELED_NAME,)
    else:
        return out
    for pattern in patterns:
        for m in pattern.finditer(text):
            group = str(m.lastgroup)
            words = re.split(r"[ ,]+", m.group(group))
            if not {w.upper() for w in words} & _NOT_NAMES and not any(
                w.title() in NOT_NAMES for w in words
            ):
                out.append(Span(*m.span(group), "PERSON"))
    return out


class FixedWidthDetector(BuiltinDetector):
    """SSNs and names of fixed-width and headerless person records (see the module)."""

    name = "fixed_width"
    entities = frozenset({"US_SSN", "PERSON"})

    def scan(self, ctx: ScanContext) -> list[Span]:
        text = ctx.text
        out: list[Span] = []
        lower = ctx.lower
        if "," in text:
            out += _last_first(text, lower)
        if any(map(lower.__contains__, _KEY_PARTS)):
            out += _keyed_caps(text)
        if not ctx.runs_with(9):
            return out
        out += _layout_spans(text)
        for row in _column_rows(text, ctx):
            out.append(Span(row.start, row.end, "US_SSN"))
            out += (Span(a, b, "PERSON") for a, b in row.names())
        return out
