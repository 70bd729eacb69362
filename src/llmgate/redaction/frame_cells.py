"""How a printed table's cell becomes a finding: the heading's kind, the value's shape.

Every reader of frame_prints.py (pandas frames, console boxes, dashed headings, notebook
HTML, quoted exports) finds a header and its rows in its own format, then hands them here:
``emit_cells`` asks the header tables the other table readers use (columns.name_columns,
dob.HEADER_CELL, phones.phone_heading, report_columns' address headings) which column
holds what, and keeps a cell only where it looks like its type (a name, a date, 7-15
digits, a street line with a number). ``frame_lines`` walks the lines under a header,
inside an ``.ipynb`` file's JSON strings too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from llmgate.redaction.columns import PERSONAL_FIELDS, is_name, name_columns
from llmgate.redaction.dates import DATE_ONLY
from llmgate.redaction.detectors import Span
from llmgate.redaction.dob import HEADER_CELL
from llmgate.redaction.field_values import looks_like_street, phone_digits
from llmgate.redaction.phones import phone_heading
from llmgate.redaction.report_columns import ADDRESS_HEADINGS

__all__ = ["MAX_LINE", "ROWS", "STREET_HEADINGS", "column_kind", "emit_cells", "frame_lines"]

# Street headings besides the report headings ("Billing Address 1" loses its party first).
STREET_HEADINGS = ADDRESS_HEADINGS | frozenset(
    ["street", "strasse", "straße", "str", "rue", "calle", "via", "straat", "rua", "address1",
     "address 1", "address line 1", "street address", "direccion", "adres", "addr"]
)  # fmt: skip
_PARTIES = ("billing ", "shipping ", "bill to ", "ship to ", "delivery ", "invoice ")
ROWS = 200  # rows read under one header
MAX_LINE = 2000
# A line inside a JSON string list ('     "   first_name last_name\\n",'): its content
# starts after the quote.
_JSON_LINE = re.compile(r'[ \t]*"')
_COMPACT_DATE = re.compile(r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])")
_MIDNIGHT = " 00:00:00"
_NOT_STREET = ("@", ":")
_PHONE_RUN = re.compile(r"'?\+?[0-9]{9,15}")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # "PhoneNumber", "DataNascita"
# Mailchimp's birthday field: month and day only ("09/14").
_MONTH_DAY = re.compile(r"(?:0[1-9]|1[0-2])/(?:0[1-9]|[12][0-9]|3[01])")


def column_kind(heading: str) -> str | None:
    """What a column holds by its heading: PERSON is decided by ``name_columns``."""
    low = _CAMEL.sub(" ", heading.strip(" \t\"'`│|")).lower().replace("_", " ").replace("-", " ")
    for party in _PARTIES:
        if low.startswith(party):
            low = low[len(party) :]
    if HEADER_CELL.search(low) is not None:
        return "DATE_OF_BIRTH"
    if low in STREET_HEADINGS:
        return "STREET_ADDRESS"
    if phone_heading(low) and "id" not in low.split():
        return "PHONE"
    return None


def _value_span(kind: str, cell: str, single: bool) -> tuple[int, int] | None:
    """Where within a stripped ``cell`` its value of ``kind`` is, or None."""
    if not cell:
        return None
    if kind == "PERSON":
        return (0, len(cell)) if is_name(cell, single) else None
    if kind == "DATE_OF_BIRTH":
        core = cell[: -len(_MIDNIGHT)] if cell.endswith(_MIDNIGHT) else cell
        if (
            _COMPACT_DATE.fullmatch(core)
            or _MONTH_DAY.fullmatch(core)
            or DATE_ONLY.fullmatch(core) is not None
        ):
            return (0, len(cell))
        return None
    if kind == "PHONE":
        if _PHONE_RUN.fullmatch(cell):
            return (1 if cell[0] == "'" else 0, len(cell))
        return (0, len(cell)) if phone_digits(cell) and cell[0] in "+0(" else None
    street = cell.split("  ", 1)[0]  # Mailchimp: "street  town  state  zip"
    # a street line has words apart by a blank; an "address" column of hosts or mail holds
    # "fe80::1", "10.0.0.7" or "x@y.org"
    if " " not in street or any(map(street.__contains__, _NOT_STREET)):
        return None
    return (0, len(street)) if looks_like_street(street) else None


def emit_cells(
    text: str, headings: list[str], rows: list[list[tuple[int, int]]], out: list[Span]
) -> None:
    """Spans of the cells (start, end in ``text``) under the personal columns."""
    names, parts = name_columns(headings)
    kinds: dict[int, str] = {}
    for i, heading in enumerate(headings):
        if i not in names and (kind := column_kind(heading)) is not None:
            kinds[i] = kind
    # a bare "name" column holds people's names only beside a person's field (a product
    # table has one too): a name part, a phone, birth date or street column, an e-mail...
    if parts or kinds or PERSONAL_FIELDS.search(" ".join(headings).lower()):
        kinds.update({i: "PERSON" for i in names})
    if not kinds:
        return
    for row in rows:
        for i, kind in kinds.items():
            if i >= len(row):
                continue
            lo, hi = row[i]
            raw = text[lo:hi]
            cell = raw.strip(" \t│|")
            if len(cell) > 1 and cell[0] == '"' == cell[-1]:
                cell = cell[1:-1]
            lo += raw.find(cell)
            found = _value_span(kind, cell, i in parts)
            if found is not None and found[1] > found[0]:
                out.append(Span(lo + found[0], lo + found[1], kind))


def frame_lines(text: str, pos: int, json: bool = True) -> Iterator[tuple[int, int]]:
    """(start, end) of up to ``ROWS`` lines from ``pos``, one at a time (content after a
    JSON quote, before a JSON string's ``\\n",`` end)."""
    for _ in range(ROWS):
        if pos >= len(text):
            return
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        lo, hi = pos, end
        m = _JSON_LINE.match(text, lo, hi) if json else None
        if m is not None:
            lo = m.end()
            for tail in ('\\n",', '\\n"', '",', '"'):
                if text.endswith(tail, lo, hi):
                    hi -= len(tail)
                    break
        yield lo, hi
        pos = end + 1
