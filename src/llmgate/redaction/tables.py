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

__all__ = ["column_heading"]

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
    for delimiter in _DELIMITERS:
        cells = line.count(delimiter)
        if not cells:
            continue
        top = _top(text, lo, delimiter, cells, memo if memo is not None else {})
        if top == lo:
            continue
        end = text.find("\n", top)
        heading = text[top:end].rstrip("\r").split(delimiter)
        return heading[text.count(delimiter, lo, start)].strip(" \t\"'`").lower()
    return None


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
        if pos - above > _MAX_LINE or text.count(delimiter, above, pos - 1) != cells:
            break
        pos = above
    for line in walked:
        memo[(line, delimiter)] = pos
    return pos
