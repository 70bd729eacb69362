"""Tables as tools print them: pandas frames, console boxes, notebook HTML, quoted exports.

A ``df.head()`` pasted from a notebook has no cue beside its values: ``   first_name
last_name  birth_date          phone`` over ``0       Jonas   Brenner  1984-03-17
4915112345678``. Its header names each column once. Pandas right-aligns a cell under the
end of its heading (one blank between headings, an index column first, ``...`` for the
columns left out, a wide frame wrapped in chunks whose header ends with ``\\``); psql,
MySQL, polars and ``tabulate`` draw cells between ``|`` / ``│`` / ``┆`` with rule lines;
tabulate's "simple" format, SQL*Plus and sqlcmd underline each heading with dashes;
a notebook's ``text/html`` output lists ``<th>`` headings and ``<td>`` cells one a line;
a shop's export quotes every cell (``"Billing First Name","Billing Phone"``). The same
lines inside an ``.ipynb`` file's JSON strings are read from after their opening quote.

Which column holds what, and whether a cell looks like its type, is frame_cells.py's:
each reader here finds its format's header and rows. Every reader starts from a C-level
find of its format's mark, so a text without one costs a few ``in`` tests, on both
detection paths alike.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import Span
from llmgate.redaction.frame_cells import MAX_LINE, ROWS, emit_cells, frame_lines
from llmgate.redaction.tables import split_row

__all__ = ["frame_spans"]

# Marks of each format (C-level finds)
_BOX_MARKS = ("-+-", "+--", "┆", "│", "|--", "|:-", "| --")
_QUOTED_MARKS = ('","', '";"')
_RULE_CHARS = frozenset("+-=|:─═╞╪╡┼┌┬┐└┴┘├┤╭╮╰╯ \t")

# pandas: headings apart by blanks, the row under them starts with an index value.
_HEAD_TOKEN = re.compile(r"\S+")
_INDEX_ROW = re.compile(r"(?m)^[ \t]*\"?[0-9]{1,9} ")


def _pandas(text: str, out: list[Span]) -> None:
    read = 0  # the end of the rows read: a row is never read again as a frame's first
    for m in _INDEX_ROW.finditer(text):
        row0 = m.start()
        if row0 < read or row0 == 0:
            continue  # inside a frame already read
        head_lo = text.rfind("\n", 0, row0 - 1) + 1
        if (
            text[head_lo] not in ' \t"'
            and head_lo > 0
            and _HEAD_TOKEN.fullmatch(text[head_lo : row0 - 1].rstrip()) is not None
        ):  # a named index's own line ("customer_id") between the header and the rows
            head_lo = text.rfind("\n", 0, head_lo - 1) + 1
        if text[head_lo] not in ' \t"':
            continue  # a frame's header line starts with the index column's blanks
        hlo, hhi = next(frame_lines(text, head_lo))
        header = text[hlo:hhi].rstrip()
        if header.endswith("\\"):
            header = header[:-1].rstrip()
        tokens = [t.span() for t in _HEAD_TOKEN.finditer(header)]
        if len(tokens) < 2 or hhi - hlo > MAX_LINE or not header[: tokens[0][0]].isspace():
            continue
        rows, read_to = _frame_rows(text, row0, tokens)
        if rows:
            read = max(read, read_to)
            tokens = _merged(text, rows, tokens)
            headings = [header[a:b] for a, b in tokens]
            cells = [_row_cells(text, row, tokens) for row in rows]
            emit_cells(text, headings, cells, out)


def _frame_rows(
    text: str, pos: int, tokens: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]], int]:
    """The rows of a frame from ``pos``: lines that start with an index value and end most
    of their cells under the ends of the headings; and where they end."""
    rows: list[tuple[int, int]] = []
    read = pos
    for lo, hi in frame_lines(text, pos):
        line = text[lo:hi]
        if not line.strip() or line[0] == " " or " " not in line:
            break  # the end of the frame (or the next chunk's header)
        aligned = sum(b <= len(line) and line[b - 1] != " " for _, b in tokens)
        if aligned * 2 < len(tokens):
            break
        rows.append((lo, hi))
        read = hi
    return rows, read


def _merged(
    text: str, rows: list[tuple[int, int]], tokens: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Headings of several words ("First Name", "Date of Birth") as one: a heading's end
    where no row ends a cell (a character there, a blank after it) is inside the next."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for k, (a, b) in enumerate(tokens):
        start = a if start is None else start
        last = k == len(tokens) - 1
        if last or any(
            b < hi - lo and text[lo + b - 1] != " " and text[lo + b] == " " for lo, hi in rows[:5]
        ):
            out.append((start, b))
            start = None
    return out


def _row_cells(
    text: str, row: tuple[int, int], tokens: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """(start, end) of a row's cells: from the end of the heading before (of the index
    value for the first) to the end of its own heading."""
    lo, hi = row
    left = text.find(" ", lo, hi) - lo  # the index value ends the first cell's reach left
    cells: list[tuple[int, int]] = []
    for _, b in tokens:
        cells.append((lo + left, lo + min(b, hi - lo)))
        left = b
    return cells


def _box_delimiter(line: str) -> str | None:
    for d in ("┆", "│", "|"):
        if line.count(d) >= 2 or (d == "|" and line.count(d) >= 1 and "  " not in line):
            return d
    return None


def _cells(line: str, lo: int, d: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    parts = line.split(d)
    for part in parts:
        out.append((lo + pos, lo + pos + len(part)))
        pos += len(part) + 1
    if parts and not parts[0].strip():
        out = out[1:]  # "| a | b |": nothing before the first bar
    return out


def _boxes(text: str, out: list[Span]) -> None:
    """psql, MySQL, polars and ``tabulate`` prints: a header row, then rule lines and rows
    with as many cells."""
    pos = 0
    while (rule := _next_rule(text, pos)) is not None:
        rs, re_ = rule
        pos = re_ + 1
        head = _header_above(text, rs)
        if head is None:
            continue
        hlo, hhi = head
        d = _box_delimiter(text[hlo:hhi])
        if d is None:
            continue
        heads = _cells(text[hlo:hhi], hlo, d)
        headings = [text[a:b].strip() for a, b in heads]
        rows: list[list[tuple[int, int]]] = []
        for lo, hi in frame_lines(text, re_ + 1):
            line = text[lo:hi]
            if not line.strip():
                break
            if all(c in _RULE_CHARS for c in line) or line.strip(" │┆|-").strip() in ("", "str"):
                continue
            cells = _cells(line, lo, d)
            if len(cells) < len(heads) - 1 or d not in line:
                break
            if {text[a:b].strip(" │") for a, b in cells} <= _DTYPES:
                continue  # polars' "---" and dtype rows
            rows.append(cells)
            pos = hi
        emit_cells(text, headings, rows, out)


_RULE_LINE = re.compile(r"(?m)^[ \t]*[+|╞├]?:?[-=─═]{3,}[-=─═+|╪┼:╡┤]*[ \t]*$")
_DTYPES = frozenset(["---", "str", "i64", "i32", "f64", "date", "datetime[μs]", "bool"])


def _next_rule(text: str, pos: int) -> tuple[int, int] | None:
    m = _RULE_LINE.search(text, pos)
    return None if m is None else m.span()


def _header_above(text: str, rs: int) -> tuple[int, int] | None:
    """The line above a rule line: a header row (or a MySQL rule's top: then none)."""
    if rs == 0:
        return None
    hi = rs - 1
    for _ in range(3):  # polars: the header, a "---" row and a dtype row above the rule
        lo = text.rfind("\n", 0, hi) + 1
        line = text[lo:hi]
        if not line.strip() or all(c in _RULE_CHARS for c in line):
            return None
        cells = {c.strip(" │") for c in line.split("┆")}
        if not cells <= _DTYPES:
            return lo, hi
        if lo == 0:
            return None
        hi = lo - 1
    return None


# tabulate's "simple" format, SQL*Plus and sqlcmd: a header over runs of dashes apart by
# blanks, one run a column, as wide as it ("nome      cognome" over "--------  --------").
_DASH_RULE = re.compile(r"(?m)^[ \t]*-{2,}(?:[ \t]+-{2,})+[ \t]*\r?$")
_DASH_RUN = re.compile(r"-{2,}")


def _dashed(text: str, out: list[Span]) -> None:
    for m in _DASH_RULE.finditer(text):
        rs = m.start()
        if rs == 0:
            continue
        hlo = text.rfind("\n", 0, rs - 1) + 1
        header = text[hlo : rs - 1].rstrip("\r")
        if not header.strip() or rs - hlo > MAX_LINE:
            continue
        runs = [(d.start() - rs, d.end() - rs) for d in _DASH_RUN.finditer(text, rs, m.end())]
        headings = [header[a:b] for a, b in runs]
        rows: list[list[tuple[int, int]]] = []
        for lo, hi in frame_lines(text, m.end() + 1, json=False):
            if not text[lo:hi].strip():
                break
            rows.append([(lo + min(a, hi - lo), lo + min(b, hi - lo)) for a, b in runs])
        emit_cells(text, headings, rows, out)


# A notebook's HTML frame: headings in <thead>, then rows of <th>index</th> and <td> cells.
_TAG_CELL = re.compile(r"<(t[hd])(?:[ \t][^<>]{0,80})?>([^<>]{0,200})</t[hd]>")


def _html(text: str, out: list[Span]) -> None:
    pos = 0
    while (start := text.find("<thead", pos)) >= 0:
        head_end = text.find("</thead>", start)
        end = text.find("</table>", start)
        if head_end < 0:
            break
        end = len(text) if end < 0 else end
        headings = [m.group(2) for m in _TAG_CELL.finditer(text, start, head_end)]
        pos = end
        skip = 1 if headings and not headings[0].strip() else 0  # the index's empty <th>
        rows: list[list[tuple[int, int]]] = []
        row_pos = head_end
        while len(rows) < ROWS and (tr := text.find("</tr>", row_pos, end)) >= 0:
            cells = [m.span(2) for m in _TAG_CELL.finditer(text, row_pos, tr)]
            row_pos = tr + 5
            if cells:
                rows.append(cells[1:] if skip else cells)
        emit_cells(text, headings[skip:], rows, out)


def _quoted(text: str, mark: str, out: list[Span]) -> None:
    """An export with its cells quoted (``mark``: ``","`` or ``";"``): the header is the
    line of quoted headings, or the unquoted line above the first quoted row."""
    sep = mark[1]
    pos = 0
    while (i := text.find(mark, pos)) >= 0:
        lo = text.rfind("\n", 0, i) + 1
        hi = text.find("\n", i)
        hi = len(text) if hi < 0 else hi
        pos = hi + 1
        header = text[lo:hi].rstrip("\r")
        if header.count('"') % 2 or hi - lo > MAX_LINE:
            continue
        headings = split_row(header, sep)
        rows_from = hi + 1
        if any(h.strip('" ')[:1].isdigit() for h in headings):
            # a row of values: its header is the line above, with as many cells
            if lo == 0:
                continue
            above = text.rfind("\n", 0, lo - 1) + 1
            headings = split_row(text[above : lo - 1].rstrip("\r"), sep)
            if len(headings) != len(split_row(header, sep)) or mark in text[above:lo]:
                continue
            rows_from = lo
        rows: list[list[tuple[int, int]]] = []
        for rlo, rhi in frame_lines(text, rows_from, json=False):
            fields = split_row(text[rlo:rhi].rstrip("\r"), sep)
            if len(fields) != len(headings):
                break
            cells, at = [], rlo
            for f in fields:
                cells.append((at, at + len(f)))
                at += len(f) + 1
            rows.append(cells)
            pos = max(pos, rhi + 1)
        emit_cells(text, headings, rows, out)


def frame_spans(text: str) -> list[Span]:
    """Names, birth dates, phones and streets in printed and exported tables."""
    out: list[Span] = []
    # a frame's header line starts with blanks (the index column's); some row ends in "0 "
    # (the first index, a cell): both needed before a line is looked at
    if "0 " in text and ("\n " in text or text[:1] == " "):
        _pandas(text, out)
    if any(map(text.__contains__, _BOX_MARKS)):
        _boxes(text, out)
    if "- -" in text or "-  -" in text:
        _dashed(text, out)
    if "<thead" in text:  # a notebook's frame (class "dataframe"), a styled one, a page
        _html(text, out)
    for mark in _QUOTED_MARKS:
        if mark in text:
            _quoted(text, mark, out)
    return out
