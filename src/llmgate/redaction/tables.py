"""The column heading of a value in a delimited table (CSV, TSV, ``|`` or ``;`` exports).

A number in a table has no cue on its own line ("536906345,Mark,Olsen"); its column's
heading does ("ssn,first,last"), and a heading also says what a number is not (a
"sensor_id" column holds no phone numbers). Detectors ask for the heading of the column a
candidate sits in: the first line of the block of lines that hold as many delimiters as
the candidate's line. Asked only for the few candidates that lack a cue of their own; a
``memo`` shared by the calls of one scan keeps a long table linear (each line's heading
line is remembered).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

__all__ = [
    "aligned_cells",
    "aligned_heading",
    "cell_start",
    "column_heading",
    "split_row",
    "sql_cells",
    "sql_column",
    "sql_inserts",
    "sql_rows",
    "whole_cell",
]

_DELIMITERS = (",", ";", "\t", "|")
_MAX_ROWS = 200  # lines walked up from a value to its heading
_MAX_LINE = 2000  # a longer line is no table row


def column_heading(
    text: str, start: int, memo: dict[tuple[int, str], int] | None = None
) -> str | None:
    """The lower-cased heading of the table column holding ``text[start]``, or None when
    its line is not a row of a delimited table below a heading line."""
    lo = text.rfind("\n", 0, start) + 1
    if lo == 0:
        return None
    hi = text.find("\n", start)
    hi = len(text) if hi < 0 else hi
    if hi - lo > _MAX_LINE:
        return None
    line = text[lo:hi].rstrip("\r")
    # The delimiter the line holds most of first: a ";" export writes decimal commas.
    for delimiter in sorted(_DELIMITERS, key=line.count, reverse=True):
        cells = _count(line, delimiter)
        if not cells:
            continue
        top = _top(text, lo, delimiter, cells, memo if memo is not None else {})
        if top == lo:
            continue
        end = text.find("\n", top)
        heading = text[top:end].rstrip("\r").split(delimiter)
        column = _count(text[lo:start], delimiter)
        return heading[column].strip(" \t\"'`").lower() if column < len(heading) else None
    return None


def _count(line: str, delimiter: str) -> int:
    """The delimiters of a row outside its quoted cells ("Okafor, Chidinma" holds none)."""
    return line.count(delimiter) if '"' not in line else len(split_row(line, delimiter)) - 1


def _top(text: str, lo: int, delimiter: str, cells: int, memo: dict[tuple[int, str], int]) -> int:
    """The first line of the block of lines with ``cells`` delimiters that ends at the line
    starting at ``lo``."""
    walked: list[int] = []
    pos = lo
    for _ in range(_MAX_ROWS):
        known = memo.get((pos, delimiter))
        if known is not None:
            pos = known
            break
        walked.append(pos)
        if pos == 0:
            break
        above = text.rfind("\n", 0, pos - 1) + 1
        if pos - above > _MAX_LINE or _count(text[above : pos - 1], delimiter) != cells:
            break
        pos = above
    for line in walked:
        memo[(line, delimiter)] = pos
    return pos


# A report aligned with blanks (a fixed-width export): its cells are apart by two blanks or
# more, and its header line holds no digit ("CUSTNO  SURNAME  GIVEN  PHONE  CITY").
_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")
_BLANKS = "  "  # the memo's key for an aligned table's first line


def aligned_cells(line: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of a line aligned with blanks: words apart by one blank
    belong to one cell ("HOME PHONE"), two blanks or more end it."""
    return [m.span() for m in _ALIGNED_CELL.finditer(line)]


def aligned_heading(
    text: str, start: int, memo: dict[tuple[int, str], int] | None = None, titled: bool = False
) -> str | None:
    """The lower-cased heading of the column holding ``text[start]`` in a table aligned
    with blanks, or None: the first line of the block of lines above it (no blank line
    between, each at least as long as ``start``'s column), if that line has no digit and
    its cells are apart by two blanks; the heading is the cell that starts at the value's
    column or is the last to start before it, and the value must start a cell of its own
    row (a blank before it). ``memo`` (shared by the calls of one scan) remembers each
    row's first line, so that a long table stays linear. ``titled``: a first line without
    two blanks in a row is the table's title, and the line below it is the header."""
    lo = text.rfind("\n", 0, start) + 1
    column = start - lo
    if lo == 0 or (column and not text[start - 1].isspace()):
        return None
    memo = {} if memo is None else memo
    top = lo
    walked: list[int] = []
    for _ in range(_MAX_ROWS):
        known = memo.get((top, _BLANKS))
        if known is not None:
            top = known
            break
        walked.append(top)
        if top == 0:
            break
        above = text.rfind("\n", 0, top - 1) + 1
        line = text[above : top - 1].rstrip("\r")
        if not line.strip() or top - above > _MAX_LINE:
            break
        top = above
    for line_start in walked:
        memo[(line_start, _BLANKS)] = top
    if top == lo:
        return None
    end = text.find("\n", top)
    header = text[top:end].rstrip("\r")
    if titled and "  " not in header and end + 1 < lo:
        top, end = end + 1, text.find("\n", end + 1)
        header = text[top:end].rstrip("\r")
    if "  " not in header or len(header) <= column or any(ch.isdigit() for ch in header):
        return None
    cells = [(a, b) for a, b in aligned_cells(header) if a <= column]
    if not cells:
        return None
    a, b = cells[-1]
    return header[a:b].lower()


def split_row(row: str, sep: str) -> list[str]:
    """The fields of a delimited row; a field in double quotes may hold the separator
    ("Flat 3, 27 Baker Street" in a CSV export), as spreadsheet programs write it."""
    fields = row.split(sep)
    if '"' not in row:
        return fields
    out: list[str] = []
    for field in fields:
        if out and out[-1].lstrip().startswith('"') and out[-1].count('"') % 2:
            out[-1] += sep + field  # still inside the quotes
        else:
            out.append(field)
    return out


# INSERT INTO <table> (<columns>) VALUES (...), (...): the column list, then the tuples.
_INSERT = re.compile(
    r"INSERT[ \t\n]+INTO[ \t\n]+[\w.\"`\[\]]{1,128}[ \t\n]*\(([^()]{1,2000})\)[ \t\n]*VALUES",
    re.IGNORECASE,
)
_TUPLE_OPEN = re.compile(r"\s*,?\s*\(")
# One value and what ends it: a quoted string ('' doubles a quote, mysqldump escapes one
# as \' and a backslash as \\) or a bare token.
_SQL_VALUE = re.compile(r"\s*('(?:[^'\\]|''|\\.)*+'|[^,()']*+)\s*([,)])")


def sql_inserts(text: str) -> list[tuple[str, list[str], list[list[tuple[int, int]]]]]:
    """Each ``INSERT ... VALUES`` statement of ``text``: its head (up to ``VALUES``), its
    column names as written, and the (start, end) of every value of its tuples (a quoted
    value's span holds its quotes)."""
    out: list[tuple[str, list[str], list[list[tuple[int, int]]]]] = []
    for m in _INSERT.finditer(text):
        columns = m.group(1).split(",")
        out.append((m.group(), columns, _tuples(text, m.end(), len(columns))))
    return out


@lru_cache(maxsize=4)
def sql_cells(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, lower-cased column name) of every ``INSERT`` value of ``text``, in
    order: what ``sql_column`` looks a candidate up in.

    Kept for the last few texts: the phone rules ask for it once per candidate without a
    heading of its own, and parsing a dump again for each of its numbers was quadratic (a
    23 KB INSERT of 1,000 phones took 2.3 s)."""
    cells: list[tuple[int, int, str]] = []
    for _, columns, rows in sql_inserts(text):
        names = [c.strip(" \t\n\"'`[]").lower() for c in columns]
        for values in rows:
            cells += ((lo, hi, names[k]) for k, (lo, hi) in enumerate(values))
    return tuple(cells)


def cell_start(cell: tuple[int, int, str]) -> int:
    """A cell's start: the key ``sql_column`` bisects the cells by."""
    return cell[0]


def sql_column(cells: Sequence[tuple[int, int, str]], start: int) -> str | None:
    """The column name of the ``INSERT`` value holding ``text[start]`` (``cells`` from
    ``sql_cells(text)``), or None when no value does."""
    k = bisect.bisect_right(cells, start, key=cell_start) - 1
    if k >= 0 and cells[k][0] <= start < cells[k][1]:
        return cells[k][2]
    return None


def sql_rows(text: str, pos: int, ncols: int) -> list[list[tuple[int, int]]]:
    """(start, end) of each value of the tuples after ``VALUES`` at ``pos``, while they have
    ``ncols`` values: for dumps whose columns come from elsewhere (a CREATE TABLE)."""
    return _tuples(text, pos, ncols)


def _tuples(text: str, pos: int, ncols: int) -> list[list[tuple[int, int]]]:
    """(start, end) of each value in the tuples from ``pos`` on, while they have ``ncols``."""
    rows: list[list[tuple[int, int]]] = []
    while (opening := _TUPLE_OPEN.match(text, pos)) is not None:
        pos = opening.end()
        values: list[tuple[int, int]] = []
        while (value := _SQL_VALUE.match(text, pos)) is not None:
            values.append(value.span(1))
            pos = value.end()
            if value.group(2) == ")":
                break
        else:
            return rows
        if len(values) != ncols:
            return rows
        rows.append(values)
    return rows


_CELL_EDGE = " \"'"


def whole_cell(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` fills its cell of a delimited row: a delimiter or the
    line's edge on both sides, past blanks and quotes."""
    lo = start
    while lo > 0 and text[lo - 1] in _CELL_EDGE:
        lo -= 1
    hi = end
    while hi < len(text) and text[hi] in _CELL_EDGE:
        hi += 1
    return (lo == 0 or text[lo - 1] in ",;|\t\n") and (hi == len(text) or text[hi] in ",;|\t\r\n")
