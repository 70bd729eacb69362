"""Reports pasted from PDF: a heading line over its values, columns apart by runs of blanks.

A credit bureau's report (or a SCHUFA, CRIF, BKR, ASNEF, Banco de Portugal statement)
turned into text keeps its layout: ``Name                Date of Birth    Report Date`` over
``MORETTI,  GIULIA A   05/14/1972  03/14/2026``, ``Current Address`` over the street line.
The heading names the column; its value is the cell below it, as far as the next heading
starts. A bare "Name" heading counts only beside a birth or identity heading (a package
list's "Name  Version" is no person's); an address heading's cell must hold a street line
(a letter and a number), cut before a ", postcode town" that follows.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import Span
from llmgate.redaction.field_values import looks_like_name, looks_like_street, span_in

__all__ = ["ADDRESS_HEADINGS", "NAME_HEADINGS", "report_spans"]

NAME_HEADINGS = frozenset(
    ["consumer name", "full name", "surname, forename", "surname, forename(s)", "name, vorname",
     "nachname, vorname", "vor- und nachname", "nom, prénom", "nom et prénom", "nom prénom",
     "nombre y apellidos", "apellidos y nombre", "apellidos, nombre", "nome e cognome",
     "cognome e nome", "cognome, nome", "nominativo", "naam en voornaam", "achternaam, voornaam",
     "nome completo", "nome do titular", "subject name", "applicant name", "also known as",
     "aka", "other names", "previous names", "former names", "name variations",
     "geburtsname", "frühere namen", "nom de naissance", "nom d'usage", "otros nombres",
     "altri nomi", "andere namen", "outros nomes"]
)  # fmt: skip
GENERIC_NAME_HEADINGS = frozenset(["name", "nom", "nombre", "nome", "naam"])
ADDRESS_HEADINGS = frozenset(
    ["current address", "previous address", "former address", "address", "addresses",
     "other address", "aktuelle anschrift", "anschrift", "voranschrift", "voranschriften",
     "frühere anschrift", "adresse actuelle", "adresse précédente", "adresse", "ancienne adresse",
     "dirección actual", "dirección anterior", "domicilio", "domicilio actual",
     "indirizzo attuale", "indirizzo precedente", "indirizzo", "residenza", "huidig adres",
     "vorig adres", "adres", "morada atual", "morada anterior", "morada", "endereço atual",
     "endereço anterior", "endereço"]
)  # fmt: skip
# Headings that make a bare "Name" a person's column.
_IDENTITY = re.compile(
    r"(?i)birth|\bdob\b|ssn|geburt|naissance|nacimiento|nascita|geboorte|nascimento|\bnif\b"
    r"|social|\bbsn\b|codice fiscale|\bnie\b|\bdni\b"
)
_MAX_ROWS = 50  # rows of one name column
# A heading line: one of the headings first (a colon allowed), then two blanks or the end.
_HEADING = re.compile(
    r"(?im)^[ \t]*(?:"
    + "|".join(
        re.escape(h)
        for h in sorted(
            NAME_HEADINGS | GENERIC_NAME_HEADINGS | ADDRESS_HEADINGS, key=len, reverse=True
        )
    )
    + r"):?(?:[ \t]{2,}|[ \t]*\r?$)"
)
_GAP = re.compile(r"[ \t]{2,}")
_CELL_GAP = re.compile(r"(?<![,\s])[ \t]{2,}")  # not the ",  " of "SURNAME,  GIVEN"
_WIDE_GAP = re.compile(r"[ \t]{3,}")
_POSTCODE_AFTER = re.compile(r",[ \t]*(?:[A-Z]{1,2}-)?[0-9]{4}")


def _cell(text: str, start: int, end: int) -> int:
    """Where the first cell of the line ``text[start:end]`` ends (a run of 3+ blanks)."""
    gap = _WIDE_GAP.search(text, start, end)
    return gap.start() if gap is not None else end


def _rows(text: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of the lines from ``start`` on, at most a column's worth."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos <= len(text) and len(out) < _MAX_ROWS:
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        out.append((pos, nl))
        pos = nl + 1
    return out


def _name_cells(text: str, rows: list[tuple[int, int]], offset: int | None) -> list[Span]:
    """The first cell of each row of a name column, as far as the rows hold names."""
    out: list[Span] = []
    for vs, ve in rows:
        gap = _CELL_GAP.search(text, vs, ve)  # a row's cells are apart by two blanks or more
        stop = gap.start() if gap is not None else ve
        if offset is not None and gap is None and ve - vs > offset:
            break  # a line of prose under the table, not a row
        if offset is not None and stop > vs + offset:
            break
        if not text[vs:ve].strip() or not looks_like_name(text[vs:stop].strip()):
            break
        out += span_in(text, vs, stop, "PERSON")
    return out


def report_spans(text: str) -> list[Span]:
    """Name cells (the rows of a name column) and street cells under their headings."""
    out: list[Span] = []
    if "   " not in text:  # no column layout
        return out
    for m in _HEADING.finditer(text):
        hs = m.start()
        he = text.find("\n", hs)
        if he < 0:
            continue
        head = text[hs:he].rstrip("\r")
        if any(c.isdigit() for c in head):
            continue
        rows = _rows(text, he + 1)
        if len(rows) > 1 and not text[rows[0][0] : rows[0][1]].strip():
            rows = rows[1:]  # one blank line between a heading and its values
        vs, ve = rows[0]
        if not text[vs:ve].strip():
            continue
        cells = [c for c in _GAP.split(head.strip()) if c]
        first = cells[0].lower().rstrip(":")
        gap = _GAP.search(head, len(head) - len(head.lstrip()))
        offset = gap.end() if gap is not None else None  # the next heading's column
        if first in NAME_HEADINGS or (
            first in GENERIC_NAME_HEADINGS and _IDENTITY.search(" ".join(cells[1:]))
        ):
            out += _name_cells(text, rows, offset)
        elif first in ADDRESS_HEADINGS:
            stop = min(_cell(text, vs, ve), vs + offset if offset is not None else ve, ve)
            cut = _POSTCODE_AFTER.search(text, vs, stop)
            end = cut.start() if cut is not None else stop
            if looks_like_street(text[vs:end]):
                out += span_in(text, vs, end, "STREET_ADDRESS")
    return out
