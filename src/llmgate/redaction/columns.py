"""PERSON values in tables: CSV/TSV exports and SQL ``INSERT`` statements.

A name in a table has no cue next to it; its column does. A header line with a
separator and a name-like column word (``id;vorname;nachname``) marks the values under
that column as names, and so does the column list of an ``INSERT INTO t (id, name, ...)``
for the tuples after ``VALUES``.
"""

from __future__ import annotations

import re

from llmgate.redaction.names import (
    FULL_NAME,
    GENERIC_NAMES,
    LABEL_PAIRS,
    LABELS,
    NAME_TOKEN,
    NOT_NAMES,
    ONE_TOKEN,
    PARTICLE,
    UPPER,
)
from llmgate.redaction.tables import aligned_cells, split_row, sql_inserts

__all__ = [
    "PERSONAL_FIELDS",
    "aligned_names",
    "is_name",
    "name_columns",
    "TABLE_HINTS",
    "header_lines",
    "hinted_lines",
    "sql_names",
    "table_names",
]

# Substrings of the column names in _LABELS, few so that finding them stays cheap.
TABLE_HINTS = (
    "nam",
    "nom",
    "emplo",
    "holder",
    "kund",
    "mitarbeiter",
    "client",
    "titular",
    "apellid",
)
# Columns holding one part of a name (HR exports split them): one capitalised word there is
# a name, where a "name" column needs two (a product table has a "name" column too).
_PART_COLUMNS = frozenset(
    ["first name", "firstname", "given name", "last name", "lastname", "surname", "family name",
     "vorname", "nachname", "prénom", "apellido", "apellidos", "first", "last", "prenom",
     "fname", "lname", "given", "given names", "forename", "forenames", "first names",
     "prénoms", "prenoms", "nombres", "primer apellido", "segundo apellido", "family",
     "nom de famille", "familienname", "cognome", "voornaam", "achternaam", "apelido",
     "sobrenome", "primeiro nome", "ultimo nome", "último nome", "nom famille"]
)  # fmt: skip
# The party a shop export's heading names before the name part ("Billing First Name",
# "Ship-to Name"): the rest of the heading is the column's own name.
_PARTY_PREFIXES = ("billing ", "shipping ", "bill to ", "ship to ", "delivery ", "invoice ")
# A cell in capitals ("KOWALCZYK", "MARTÍNEZ RUIZ", "O'NEILL"), as exports of older systems
# write names, and "Surname, Given" ("O'Neill, Siobhan", "SCHULTE, KARIN") in one quoted cell.
_CAPS_WORD = rf"(?:[{UPPER}]'[{UPPER}]{{2,}}|[{UPPER}]{{2,}})(?:-[{UPPER}]{{2,}})?"
_CAPS = re.compile(rf"{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}}")
_LAST_FIRST = re.compile(
    rf"(?:{NAME_TOKEN}(?: {NAME_TOKEN})?|{_CAPS_WORD}(?: {_CAPS_WORD})?), "
    rf"(?:{NAME_TOKEN}|{_CAPS_WORD})"
)
# Cells in capitals that are no names: placeholders, and the next line's headings.
_NOT_CAPS = frozenset(
    ["N/A", "NA", "TBD", "TBA", "NONE", "NULL", "NIL", "UNKNOWN", "TEST", "DEMO", "ADMIN",
     "ROOT", "SYSTEM", "USER", "GUEST", "DEFAULT", "ANONYMOUS", "PENDING", "ACTIVE",
     "INACTIVE", "TRUE", "FALSE", "YES", "NO", "DELETED", "REDACTED", "XXX"]
)  # fmt: skip


def _name_columns(names: list[str]) -> tuple[list[int], set[int]]:
    """The columns holding names, and those of them where one word is a whole value."""
    cols = [c.strip().strip("\"'`[]").lower().replace("_", " ") for c in names]
    # COBOL and mainframe headings join words with dashes ("LAST-NAME", "PATIENT-NAME")
    cols = [c if c in LABELS else c.replace("-", " ") for c in cols]
    cols = [_unprefixed(c) for c in cols]
    idx = [
        i
        for i, c in enumerate(cols)
        if c in LABELS or c in LABEL_PAIRS or c in _PART_COLUMNS or _role_name(c)
    ]
    parts = {i for i, c in enumerate(cols) if c in _PART_COLUMNS}
    if parts:  # next to a surname column, "name"/"nombre"/"nom" is the given name
        parts |= {i for i, c in enumerate(cols) if c in GENERIC_NAMES}
    return idx, parts


def name_columns(names: list[str]) -> tuple[list[int], set[int]]:
    """The columns of a table's headings ``names`` that hold names, and those of them that
    hold one part of a name (one word there is a whole value): for other table readers."""
    return _name_columns(names)


def is_name(value: str, single: bool) -> bool:
    """Whether a cell's ``value`` reads as a name (``single``: in a column of one part)."""
    return _is_name(value, single)


def _unprefixed(column: str) -> str:
    for prefix in _PARTY_PREFIXES:
        if column.startswith(prefix) and len(column) > len(prefix):
            return column[len(prefix) :]
    return column


# A person's role before "name" in a heading ("PATIENT NAME", "MEMBER-NAME").
_ROLES = frozenset(
    ["patient", "member", "subscriber", "insured", "employee", "emp", "claimant", "dependent",
     "beneficiary", "payee", "customer", "client", "contact", "guarantor", "account holder"]
)  # fmt: skip


def _role_name(column: str) -> bool:
    return column.endswith(" name") and column[:-5] in _ROLES


# A surname with its particle, in a column of one name part: "de Villeneuve", "del Olmo",
# "Van den Bossche", "El Amrani", "St. Clair".
_PARTICLED = re.compile(
    rf"(?:(?:{PARTICLE}|Van der|Van den|Von der|Van|Von|De la|De|Del|Da|Di|Du|Le|La|El|Dos)"
    rf"[ ])?{NAME_TOKEN}"
)


def _is_name(value: str, single: bool) -> bool:
    if FULL_NAME.fullmatch(value) or (single and ONE_TOKEN.fullmatch(value)):
        return True
    if single and _PARTICLED.fullmatch(value):
        return True
    if _LAST_FIRST.fullmatch(value):
        return True
    if _CAPS.fullmatch(value) is None or value in _NOT_CAPS:
        return False
    words = value.split()
    # one word in capitals only in a column of one name part; none that reads as a word
    return (single or len(words) > 1) and not any(w.title() in NOT_NAMES for w in words)


def header_lines(low: str, aligned: bool = False) -> list[int]:
    """Starts of lines that hold a separator and a name-like column word (C-speed finds);
    with ``aligned``, of those without a separator whose cells are apart by two blanks (a
    fixed-width export's header)."""
    starts: set[int] = set()
    for hint in TABLE_HINTS:
        i = low.find(hint)
        while i >= 0:
            lo, hi, kind = _line_at(low, i)
            if kind == (_ALIGNED if aligned else _SEPARATED):
                starts.add(lo)
            i = low.find(hint, hi)
    return sorted(starts)


def hinted_lines(text: str, hints: list[int], aligned: bool = False) -> list[int]:
    """``header_lines`` from the positions of the hints (found by the engine)."""
    want = _ALIGNED if aligned else _SEPARATED
    return sorted({lo for lo, _, kind in (_line_at(text, i) for i in hints) if kind == want})


_SEPARATED, _ALIGNED, _OTHER = 1, 2, 0


def _line_at(text: str, i: int) -> tuple[int, int, int]:
    """(start, end) of the line around ``i`` and its kind: with a column separator, aligned
    with blanks (two in a row, no separator), or neither."""
    lo = text.rfind("\n", 0, i) + 1
    hi = text.find("\n", i)
    hi = len(text) if hi < 0 else hi
    line = text[lo:hi]
    if "," in line or ";" in line or "\t" in line or "|" in line:
        return lo, hi, _SEPARATED
    return lo, hi, _ALIGNED if "  " in line else _OTHER


def aligned_names(text: str, headers: list[int]) -> list[tuple[int, int]]:
    """Values under a name-like column of a table aligned with blanks (a fixed-width
    export: "SURNAME      GIVEN      PHONE" over "BRANDT       HELGA      04215583310"),
    whose header line (no digit in it) starts at one of ``headers``: each value starts at
    its heading's column, after a blank, and ends before the next column."""
    out: list[tuple[int, int]] = []
    read = 0  # the end of the rows read so far: a row is never read again as a header
    for start in headers:
        if start < read:
            continue
        end = _line_end(text, start)
        header = text[start:end].rstrip("\r")
        if any(ch.isdigit() for ch in header):
            continue
        cells = aligned_cells(header)
        idx, parts = _name_columns([header[a:b] for a, b in cells])
        if not idx or not (parts or PERSONAL_FIELDS.search(header.lower())):
            continue  # a bare "NAME" column of products, not of people
        pos = end + 1
        for _ in range(_ROWS):
            if pos >= len(text):
                break
            stop = _line_end(text, pos)
            row = text[pos:stop].rstrip("\r")
            if not row.strip():
                break
            for k in idx:
                column = cells[k][0]
                limit = cells[k + 1][0] if k + 1 < len(cells) else len(row)
                if len(row) <= column or (column and row[column - 1] != " "):
                    continue
                cell = next((c for c in aligned_cells(row[column:limit]) if c[0] == 0), None)
                if cell is not None and _is_name(row[column : column + cell[1]], k in parts):
                    out.append((pos + column, pos + column + cell[1]))
            read = stop
            pos = stop + 1
    return out


_ROWS = 200  # rows read under one aligned header


def table_names(text: str, headers: list[int]) -> list[tuple[int, int]]:
    """Values under a name-like column of a CSV/TSV table (``id,name,email`` header)."""
    out: list[tuple[int, int]] = []
    read = 0  # the end of the rows read so far: a row is never read again as a header
    for start in headers:
        if start < read:
            continue  # (a table whose rows all look like its header stays linear)
        end = text.find("\n", start)
        header = text[start : len(text) if end < 0 else end]
        for sep in (",", ";", "\t", "|"):
            if sep not in header:
                continue
            row = text[end + 1 : _line_end(text, end + 1)] if end >= 0 else ""
            if end < 0 or len(split_row(row, sep)) != header.count(sep) + 1:
                break  # the first row has another column count: no value is read (cheap test)
            names = header.split(sep)
            idx, parts = _name_columns(names)
            if idx:
                values, read = _column_values(text, end, sep, len(names), idx, parts)
                out += values
            break
    return out


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _column_values(
    text: str, pos: int, sep: str, ncols: int, idx: list[int], parts: set[int]
) -> tuple[list[tuple[int, int]], int]:
    """The names under columns ``idx`` of the rows after ``pos``, and where the rows end."""
    out: list[tuple[int, int]] = []
    while 0 <= pos < len(text):
        end = text.find("\n", pos + 1)
        end = len(text) if end < 0 else end
        fields = split_row(text[pos + 1 : end], sep)
        if len(fields) != ncols:
            break
        offset = pos + 1
        for i, field in enumerate(fields):
            value = field.strip().strip('"')
            if i in idx and _is_name(value, i in parts):
                at = text.index(value, offset)
                out.append((at, at + len(value)))
            offset += len(field) + 1
        pos = end
    return out, pos


# Fields that only records of people have: a plain "name" beside one holds names.
PERSONAL_FIELDS = re.compile(
    r"mail|phone|tel|mobil|birth|geburt|naissance|nacimiento|dob|iban|ssn|addr|customer|"
    r"person|employee|contact|user|patient|client|kunde|cliente|empleado|staff"
)


def sql_names(text: str) -> list[tuple[int, int]]:
    """Quoted values under a name column of an ``INSERT ... VALUES`` statement."""
    out: list[tuple[int, int]] = []
    for statement, columns, rows in sql_inserts(text):
        idx, parts = _name_columns(columns)
        if not parts and not PERSONAL_FIELDS.search(statement.lower()):
            continue  # a bare "name" column of products or projects, not of people
        for values in rows:
            for i in idx:
                start, end = values[i]
                if end - start > 2 and text[start] == "'":
                    start, end = start + 1, end - 1
                    # SQL doubles a quote inside a string: 'O''Sullivan' is O'Sullivan.
                    if _is_name(text[start:end].replace("''", "'"), i in parts):
                        out.append((start, end))
    return out
