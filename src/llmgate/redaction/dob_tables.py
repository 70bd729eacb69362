"""Birth dates in tables: the column that a header names, not words beside each date.

A delimited export (CSV, TSV, ``;`` or ``|``, with a console table's rule lines), a report
aligned with blanks, an HTML table and an SQL ``INSERT`` each name a column once; the
dates under it are birth dates. ``dob.py`` says which header cell is a birth date's (a
pattern it passes in) and where the headers can be; this module reads the rows.
"""

from __future__ import annotations

import re

from llmgate.redaction.dates import DATE_ONLY
from llmgate.redaction.tables import split_row, sql_inserts

__all__ = ["sql_dates", "table_dates"]

_DELIMITERS = (",", ";", "\t", "|")
_RULE = "+-=|: \t"  # the characters of a table's rule line
_ROWS = 200  # rows of a table read under its header


def table_dates(
    text: str, headers: list[int], header_cell: re.Pattern[str]
) -> list[tuple[int, int]]:
    """Dates in the birth date column of a delimited table whose header line starts at
    one of ``headers``."""
    out: list[tuple[int, int]] = []
    read = 0  # the end of the rows read so far: a row is never read again as a header
    for start in headers:
        if start < read:
            continue
        end = text.find("\n", start)
        if end < 0:
            continue
        header = text[start:end].rstrip("\r")
        if "<th" in header or "<TH" in header:
            out += _html_column(text, start, end, header_cell)
            continue
        delimiter = next((d for d in _DELIMITERS if d in header), None)
        if delimiter is None:
            dates, stop = _aligned(text, end, header, header_cell)
            out += dates
            read = max(read, stop)
            continue
        cells = header.split(delimiter)
        column = next((k for k, c in enumerate(cells) if header_cell.search(c)), None)
        if column is None or DATE_ONLY.search(cells[column]) is not None:
            # a cell that holds its date is a sentence or a field, not a column's heading
            # ("Sig. Marco Ferri, nato a Brescia il 06/03/1969,"): the comma-separated
            # lines below it are no rows of a birth date column
            continue
        pos = end + 1
        for _ in range(_ROWS):
            stop = text.find("\n", pos)
            stop = len(text) if stop < 0 else stop
            line = text[pos:stop].rstrip("\r")
            if line and not line.strip(_RULE):  # a console table's "+-----+-----+" rule
                pos = stop + 1
                continue
            row = split_row(line, delimiter)  # a quoted cell may hold the delimiter
            if len(row) < len(cells):
                break
            cell = pos + sum(len(c) + 1 for c in row[:column])
            # One cell more than the header: an unquoted date written with its comma
            # ("March 24, 1956") may take the next cell too, ending where it ends.
            width = len(row[column])
            wider = width + 1 + len(row[column + 1]) if len(row) > len(cells) else width
            date = DATE_ONLY.match(text, cell + width - len(row[column].lstrip(" \"'")))
            if date is not None and (date.end() <= cell + width or date.end() == cell + wider):
                out.append(date.span())
            read = stop
            if stop >= len(text):
                break
            pos = stop + 1
    return out


# A report's table aligned with blanks: cells apart by two blanks or more.
_ALIGNED_CELL = re.compile(r"(?:(?<=\A)|(?<=[ ]{2}))(?=\S)")


def _aligned(
    text: str, end: int, header: str, header_cell: re.Pattern[str]
) -> tuple[list[tuple[int, int]], int]:
    """Dates under the birth date heading of a table aligned with blanks
    ("Name        DOB          City"), whose header line ends at ``end``: each row's
    date starts in the heading's column. Returns the dates and where the rows read end."""
    cue = header_cell.search(header)
    if cue is None or "  " not in header:
        return [], end
    column = max(m.start() for m in _ALIGNED_CELL.finditer(header, 0, cue.start() + 1))
    out: list[tuple[int, int]] = []
    pos = end + 1
    read = end
    for _ in range(_ROWS):
        if pos >= len(text):
            break
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        if stop - pos <= column or not text[pos:stop].strip():
            break
        at = pos + column
        if column and not text[at - 1].isspace():
            break  # not aligned under the heading: no longer this table
        date = DATE_ONLY.match(text, at, stop)
        if date is not None:
            out.append(date.span())
        read = stop
        pos = stop + 1
    return out, read


# An HTML table's cell, and its row.
_HTML_CELL = re.compile(r"<t[hd](?:[ \t][^<>]{0,80})?>(?P<v>[^<>]{0,80})</t[hd]>", re.IGNORECASE)
_HTML_ROW_END = re.compile(r"</tr>", re.IGNORECASE)


def _html_column(
    text: str, start: int, end: int, header_cell: re.Pattern[str]
) -> list[tuple[int, int]]:
    """Dates in the birth date column of an HTML table whose ``<th>`` row is on the line
    ``text[start:end]``: each ``<tr>`` after it, up to the table's end or 200 rows."""
    heads = [m.group("v") for m in _HTML_CELL.finditer(text, start, end)]
    column = next((k for k, c in enumerate(heads) if header_cell.search(c)), None)
    if column is None:
        return []
    out: list[tuple[int, int]] = []
    stop = text.lower().find("</table", end)
    stop = len(text) if stop < 0 else stop
    pos = end
    for _ in range(_ROWS):
        row_end = _HTML_ROW_END.search(text, pos, stop)
        if row_end is None:
            break
        cells = list(_HTML_CELL.finditer(text, pos, row_end.start()))
        if len(cells) > column:
            lo, hi = cells[column].span("v")
            date = DATE_ONLY.match(text, lo, hi)
            if date is not None and date.end() == hi:
                out.append(date.span())
        pos = row_end.end()
    return out


def sql_dates(text: str, header_cell: re.Pattern[str]) -> list[tuple[int, int]]:
    """Dates in the birth date column of an SQL ``INSERT`` ("(id, name, dob) VALUES
    (7, 'Ann Lee', '1985-03-12'), ..."): a whole value, in its quotes or bare."""
    out: list[tuple[int, int]] = []
    for _, columns, rows in sql_inserts(text):
        birth = [k for k, c in enumerate(columns) if header_cell.search(c)]
        for values in rows:
            for k in birth:
                lo, hi = values[k]
                if hi - lo > 2 and text[lo] == "'" == text[hi - 1]:
                    lo, hi = lo + 1, hi - 1
                date = DATE_ONLY.match(text, lo, hi)
                if date is not None and date.end() == hi:
                    out.append(date.span())
    return out
