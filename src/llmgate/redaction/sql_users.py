"""User tables in SQL dumps and query results: names, streets and phones read by column.

A row of a user table carries no cue of its own ("'Guus','Hoekstra','06-89850173'"); its
column does, in every form a dump or a client prints it:

- ``INSERT INTO t (cols) VALUES (...), (...)``, multi-row or one row per statement
  (tables.sql_cells);
- mysqldump's and SQLite ``.dump``'s ``INSERT INTO t VALUES (...)`` without a column list,
  whose columns are those of the ``CREATE TABLE t`` before it (or, for WordPress's
  ``wp_users``, its fixed schema, which partial dumps print without the CREATE);
- pg_dump's ``COPY t (cols) FROM stdin;`` with tab-separated rows up to ``\\.``;
- psql (``---+---`` under the heading) and mysql (``+---+`` around it) result tables;
- key-value rows, WordPress ``wp_usermeta`` and WooCommerce meta: the value after a
  ``'billing_phone'`` or ``'first_name'`` key cell.

The column or key names what the value is (``phone1``, ``phone2``, ``telefoon``,
``billing_address_1``, ``address``, ``cognome``); Moodle's ``idnumber``, ``icq``, epochs and
ids are in columns this table does not name, so they stay. A value must still look like
what its column says (field_values' checks via identity_exports). Every parse is gated by
a substring a match needs, and each reads a bounded piece once: linear in the text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from llmgate.redaction.detectors import Span
from llmgate.redaction.field_values import looks_like_name
from llmgate.redaction.identity_exports import IDENTITY_KEYS, identity_key, value_spans
from llmgate.redaction.tables import cell_start, sql_cells, sql_rows

__all__ = ["SQL_KEYS", "has_sql_table", "sql_table_cells", "sql_user_spans"]

# Column and meta-key names (as identity_key writes them) beyond the identity exports'
# keys, what they hold in user and customer tables: Moodle's phone1/phone2/address,
# WooCommerce's billing and shipping meta, WordPress's display_name, localized columns.
_EXTRA = {
    "phone1": "phone", "phone2": "phone", "phone3": "phone", "mobilephone1": "phone",
    "billingphone": "phone", "shippingphone": "phone", "telefono1": "phone",
    "telefono2": "phone", "telefoon1": "phone", "telefoon2": "phone", "telefone1": "phone",
    "telefone2": "phone", "telephone1": "phone", "telephone2": "phone", "fax": "phone",
    "address": "street", "addressline": "street", "billingaddress1": "street",
    "shippingaddress1": "street", "billingaddress": "street", "shippingaddress": "street",
    "adres": "street", "straatadres": "street", "anschrift": "street", "via": "street",
    # the flat, floor or building line of an address (WooCommerce's second address line)
    "billingaddress2": "street", "shippingaddress2": "street", "address2": "street",
    "addressline2": "street",
    "billingfirstname": "name", "billinglastname": "name", "shippingfirstname": "name",
    "shippinglastname": "name", "displayname": "name", "nomfamille": "name",
    "nombre": "name", "nome": "name", "apelidos": "name", "alternatename": "name",
    "firstnamephonetic": "name", "lastnamephonetic": "name",
}  # fmt: skip
SQL_KEYS: dict[str, str] = {**IDENTITY_KEYS, **_EXTRA}

# Columns of tables that dumps print without a CREATE TABLE (WordPress's wp_users, any
# table prefix), by the table name's end and the row's width.
_SCHEMAS = {
    ("users", 10): (
        "id", "userlogin", "userpass", "usernicename", "useremail", "userurl",
        "userregistered", "useractivationkey", "userstatus", "displayname",
    ),
}  # fmt: skip

_NAME = r"[\w.\"`\[\]]{1,128}"
_CREATE = re.compile(rf"CREATE[ \t]+TABLE[ \t]+(?:IF[ \t]+NOT[ \t]+EXISTS[ \t]+)?({_NAME})[ \t]*\(")
_INSERT_BARE = re.compile(rf"INSERT[ \t]+INTO[ \t]+({_NAME})[ \t\n]*VALUES", re.IGNORECASE)
_NOT_COLUMN = frozenset(["primary", "key", "unique", "constraint", "index", "foreign", "check",
                         "fulltext", "spatial"])  # fmt: skip
_COPY = re.compile(rf"COPY[ \t]+({_NAME})[ \t]*\(([^()\n]{{1,2000}})\)[ \t]+FROM[ \t]+stdin;\n")
_PSQL_RULE = re.compile(r"(?m)^-+(?:\+-+)+-*\r?$")
# psql's expanded display (\\x): "-[ RECORD 1 ]-+-----", then "column | value" lines.
_RECORD = re.compile(r"(?m)^-\[ RECORD [0-9]{1,9} \]-*\+?-*\r?\n")
_MYSQL_RULE = re.compile(r"(?m)^\+-+(?:\+-+)+\+\r?$")
# A key cell and the value after it: '<key>', '<value>' in SQL tuples.
_KEY_VALUE = re.compile(
    r"'([A-Za-z_][A-Za-z0-9_]{1,40})'[ \t]*,[ \t]*'((?:[^'\\\n]|''|\\.){1,120})'"
)
_META_KEY_COLUMNS = frozenset(["metakey", "key", "fieldname", "field", "attribute", "name"])
_NOT_NAMES = frozenset(["NULL", "NONE", "N/A", "NA", "TBD", "TEST", "ADMIN", "USER", "GUEST",
                        "UNKNOWN", "ANONYMOUS", "ROOT", "SYSTEM", "DELETED", "GUEST USER",
                        "ADMIN USER"])  # fmt: skip
_CREATE_BODY = 20000  # characters of a CREATE TABLE's column list read
_TABLE_ROWS = 2000  # rows read under one result table's heading


def _bare(name: str) -> str:
    """A table name without quotes and schema: ``public."mdl_user"`` -> ``mdl_user``."""
    return name.strip('"`[]').rsplit(".", 1)[-1].strip('"`[]').lower()


# A parenthesis or comma of a CREATE TABLE body, or a quoted string (a DEFAULT or a
# COMMENT, "COMMENT 'phone, if any'") whose commas separate nothing.
_DEF_MARK = re.compile(r"'(?:[^'\\\n]|''|\\.){0,500}'|[(),]")


def _columns(text: str, pos: int) -> tuple[list[str], int]:
    """The column names of the CREATE TABLE body from ``pos`` (after its ``(``), and where
    the reading stopped (the closing parenthesis, or ``_CREATE_BODY`` characters on)."""
    names: list[str] = []
    depth = 0
    start = pos
    stop = min(len(text), pos + _CREATE_BODY)
    for m in _DEF_MARK.finditer(text, pos, stop):
        c = m.group()
        if c[0] == "'":
            continue
        if c == "(":
            depth += 1
        elif c == ")" and depth:
            depth -= 1
        elif depth == 0:
            head = text[start : m.start()].split(None, 1)
            word = head[0].strip('"`[]').lower() if head else ""
            if word and word not in _NOT_COLUMN:
                names.append(word)
            start = m.end()
            if c == ")":
                return names, m.end()
    return names, stop


def _kind(column: str) -> str | None:
    return SQL_KEYS.get(identity_key(column))


def _typed(text: str, lo: int, hi: int, kind: str) -> list[Span]:
    """``value_spans``, with a name's quote as a dump escapes it ("D\\'Alessandro",
    "D''Alessandro") read as the apostrophe it stands for."""
    raw = text[lo:hi].strip(" \t'\"\r")
    if kind == "name" and raw.upper() in _NOT_NAMES:
        return []  # Moodle's own accounts: "Guest user", "Admin" "User"
    if kind == "name" and ("\\'" in raw or "''" in raw or raw.isupper()):
        # a surname in capitals ("DUPONT", "VAN DER BERG") is a name in a name column;
        # SQL's NULL and placeholders are not
        name = raw.replace("\\'", "'").replace("''", "'")
        if len(name) >= 2 and name.upper() not in _NOT_NAMES and looks_like_name(name):
            start = text.index(raw, lo)
            return [Span(start, start + len(raw), "PERSON")]
        return []
    return value_spans(text, lo, hi, kind)


def _cells(text: str, cells: list[tuple[int, int, str]]) -> list[Span]:
    """Spans of typed columns' values, and of the values after key cells in a key column."""
    out: list[Span] = []
    for k, (lo, hi, column) in enumerate(cells):
        kind = _kind(column)
        if kind is not None:
            out += _typed(text, lo, hi, kind)
        elif identity_key(column) in _META_KEY_COLUMNS and k + 1 < len(cells):
            key_kind = _kind(text[lo:hi].strip(" '\""))
            if key_kind is not None:
                nlo, nhi, _ = cells[k + 1]
                out += _typed(text, nlo, nhi, key_kind)
    return out


def _bare_inserts(text: str) -> list[tuple[int, int, str]]:
    """Cells of ``INSERT INTO t VALUES`` rows, named by t's CREATE TABLE or known schema."""
    created: dict[str, list[str]] = {}
    if "CREATE" in text:
        done = 0  # where the last body's reading stopped: no CREATE inside it is read
        for m in _CREATE.finditer(text):
            if m.start() >= done:
                created[_bare(m.group(1))], done = _columns(text, m.end())
    cells: list[tuple[int, int, str]] = []
    for m in _INSERT_BARE.finditer(text):
        table = _bare(m.group(1))
        names = created.get(table)
        if names is None:
            for (suffix, width), schema in _SCHEMAS.items():
                if table.endswith(suffix) and sql_rows(text, m.end(), width):
                    names = list(schema)
                    break
        if not names:
            continue
        for values in sql_rows(text, m.end(), len(names)):
            cells += ((lo, hi, names[k]) for k, (lo, hi) in enumerate(values))
    return cells


def _copy_cells(text: str) -> list[tuple[int, int, str]]:
    """Cells of pg_dump ``COPY ... FROM stdin`` rows (tab-separated, up to ``\\.``)."""
    cells: list[tuple[int, int, str]] = []
    pos = 0
    for m in _COPY.finditer(text):
        if m.start() < pos:
            continue  # inside the rows of the COPY before
        names = [c.strip(' "') for c in m.group(2).split(",")]
        pos = m.end()
        while pos < len(text):
            nl = text.find("\n", pos)
            nl = len(text) if nl < 0 else nl
            fields = text[pos:nl].split("\t")
            if len(fields) != len(names):
                break  # "\." or another statement: the rows end
            at = pos
            for name, field in zip(names, fields, strict=True):
                cells.append((at, at + len(field), name))
                at += len(field) + 1
            pos = nl + 1
    return cells


def _row_cells(text: str, lo: int, hi: int, names: list[str]) -> list[tuple[int, int, str]]:
    """Cells of one ``|``-separated result row (``text[lo:hi]``) under ``names``."""
    line = text[lo:hi].rstrip("\r")
    inner_lo = lo + (1 if line.startswith("|") else 0)
    parts = line[inner_lo - lo :].rstrip("|").split("|")
    if len(parts) != len(names):
        return []
    cells: list[tuple[int, int, str]] = []
    at = inner_lo
    for name, part in zip(names, parts, strict=True):
        cells.append((at, at + len(part), name))
        at += len(part) + 1
    return cells


def _lines_from(text: str, pos: int) -> list[tuple[int, int]]:
    """(start, end) of up to ``_TABLE_ROWS`` lines from ``pos`` that hold a ``|``."""
    lines: list[tuple[int, int]] = []
    while pos < len(text) and len(lines) < _TABLE_ROWS:
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        if "|" not in text[pos:nl]:
            break
        lines.append((pos, nl))
        pos = nl + 1
    return lines


def _result_cells(text: str) -> list[tuple[int, int, str]]:
    """Cells of psql and mysql result tables, named by their heading."""
    cells: list[tuple[int, int, str]] = []
    for rule in _PSQL_RULE.finditer(text):
        head_end = rule.start() - 1
        head_start = text.rfind("\n", 0, max(head_end, 0)) + 1
        if head_end <= head_start or "|" not in text[head_start:head_end]:
            continue
        names = [n.strip() for n in text[head_start:head_end].split("|")]
        for lo, hi in _lines_from(text, rule.end() + 1):
            cells += _row_cells(text, lo, hi, names)
    rules = list(_MYSQL_RULE.finditer(text))
    for first, second in pairwise(rules):
        head = text[first.end() + 1 : second.start() - 1]
        if "\n" in head or "|" not in head:
            continue
        names = [n.strip() for n in head.strip().strip("|").split("|")]
        for lo, hi in _lines_from(text, second.end() + 1):
            cells += _row_cells(text, lo, hi, names)
    return cells


def _record_cells(text: str) -> list[tuple[int, int, str]]:
    """Cells of psql's expanded display: each "column | value" line of a record."""
    cells: list[tuple[int, int, str]] = []
    for m in _RECORD.finditer(text):
        pos = m.end()
        while pos < len(text):
            nl = text.find("\n", pos)
            nl = len(text) if nl < 0 else nl
            bar = text.find("|", pos, nl)
            if bar < 0 or text.startswith("-[ RECORD", pos):
                break
            cells.append((bar + 1, nl, text[pos:bar].strip().lower()))
            pos = nl + 1
    return cells


def _key_value_spans(text: str) -> list[Span]:
    """The value after a meta key in SQL tuples, ``(.., 'billing_phone', '0612...')``, where
    no column list names the key's column."""
    out: list[Span] = []
    for m in _KEY_VALUE.finditer(text):
        kind = _kind(m.group(1))
        if kind is not None:
            out += _typed(text, m.start(2), m.end(2), kind)
    return out


def sql_user_spans(text: str, lower: str) -> list[Span]:
    """Names, streets and phones under the typed columns and meta keys of SQL dumps and
    query results (``lower``: the text lower-cased, for the gates)."""
    out: list[Span] = []
    if "insert" in lower and "values" in lower:
        out += _cells(text, list(sql_cells(text)))
        out += _cells(text, _bare_inserts(text))
        if "'" in text:
            out += _key_value_spans(text)
    if "COPY" in text and "stdin" in text:
        out += _cells(text, _copy_cells(text))
    if "-+-" in text or "+-" in text:
        out += _cells(text, _result_cells(text))
    if "[ RECORD " in text:
        out += _cells(text, _record_cells(text))
    return out


@lru_cache(maxsize=4)
def sql_table_cells(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, lower-cased column name) of every value of the dump's INSERTs (with a
    column list or a CREATE TABLE), COPY rows and result tables, in order: what the phone
    rules look a digit run's column up in (tables.sql_column), so that a Moodle
    ``idnumber`` or an ``icq`` in a psql table is read under its own heading. Kept for the
    last few texts, as tables.sql_cells is: parsed once per text, not once per number."""
    cells = list(sql_cells(text))
    if "VALUES" in text or "values" in text:
        cells += _bare_inserts(text)
    if "COPY" in text and "stdin" in text:
        cells += _copy_cells(text)
    if "-+-" in text or "+-" in text:
        cells += _result_cells(text)
    if "[ RECORD " in text:
        cells += _record_cells(text)
    cells = [(lo, hi, name.strip(" \t\"'`[]").lower()) for lo, hi, name in cells]
    return tuple(sorted(cells, key=cell_start))


def has_sql_table(text: str, memo: dict[tuple[int, str], int] | None) -> bool:
    """Whether ``text`` may hold a dump's rows or a result table (searched once per scan,
    ``memo``: not once per candidate, which made a long table quadratic)."""
    key = (-1, "SQLTABLE")
    known = None if memo is None else memo.get(key)
    if known is None:
        known = int(
            "VALUES" in text or "values" in text or "stdin" in text or "-+-" in text or "+-" in text
        )
        if memo is not None:
            memo[key] = known
    return bool(known)
