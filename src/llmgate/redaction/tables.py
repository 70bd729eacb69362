"""The column heading of a value in a delimited table (CSV, TSV, ``|`` or ``;`` exports).

A number in a table has no cue on its own line ("536906345,Mark,Olsen"); its column's
heading does ("ssn,first,last"). Detectors that need a cue word before a bare number ask
for the heading of the column a candidate sits in: the first line of the block of lines
that hold as many delimiters as the candidate's line. Only asked for candidates that lack
a cue, so the bounded walk up the lines costs nothing on ordinary text.
"""

from __future__ import annotations

__all__ = ["column_heading"]

_DELIMITERS = (",", ";", "\t", "|")
_MAX_ROWS = 200  # lines walked up from a value to its heading
_MAX_LINE = 2000  # a longer line is no table row


def column_heading(text: str, start: int) -> str | None:
    """The lower-cased heading of the table column holding ``text[start]``, or None when
    its line is not a row of a delimited table below a heading line."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", start)
    hi = len(text) if hi < 0 else hi
    if hi - lo > _MAX_LINE:
        return None
    line = text[lo:hi].rstrip("\r")
    prefix = text[lo:start]
    for delimiter in _DELIMITERS:
        cells = line.count(delimiter)
        if not cells:
            continue
        column = prefix.count(delimiter)
        heading = None
        pos = lo
        for _ in range(_MAX_ROWS):
            if pos == 0:
                break
            above = text.rfind("\n", 0, pos - 1) + 1
            if pos - above > _MAX_LINE:
                break
            row = text[above : pos - 1].rstrip("\r")
            if row.count(delimiter) != cells:
                break
            heading = row
            pos = above
        if heading is not None:
            return heading.split(delimiter)[column].strip(" \t\"'`").lower()
    return None
