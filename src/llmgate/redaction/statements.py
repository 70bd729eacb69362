"""Counterparty names in bank statement files: SWIFT MT940/MT103 fields and their variants.

A statement exported from online banking names the other party of each booking in a
field whose meaning the format fixes, with no cue word a PERSON rule could read:
the German DFUE layout of the ``:86:`` field puts the name in sub-fields ``?32`` and
``?33`` ("?31DE89...?32ANNA LENA BERGMANN"), Dutch banks write ``/NAME/J. DE VRIES/``,
ING ``/CNTP/<IBAN>/<BIC>/<name>/<city>/``, and an MT103 puts the ordering customer and
the beneficiary on the line after the account in ``:50K:`` and ``:59:``. The table below
says where each format keeps the name (rules as data); the value counts only when it
reads like a person's name: letters, two to five words, no word of a company's legal
form or trade (``COMPANY_WORDS``), since half of all bookings are with firms.

The IBANs of these fields are the IBAN detector's (an account glued to its ``?31`` tag
included); it asks here only for a ``?31`` account that the field's 65-character lines
cut. Runs only where a field tag occurs (C-level finds, the same on every engine path).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from llmgate.redaction.checks import iban_ok
from llmgate.redaction.detectors import Span

__all__ = ["COMPANY_WORDS", "NAME_FIELDS", "statement_ibans", "statement_names"]


class NameField(NamedTuple):
    """A name field: ``gate`` must occur in the text; ``pattern``'s group ``name`` holds
    the name."""

    gate: str
    pattern: re.Pattern[str]


# German DFUE ":86:" sub-fields (each after "?" and two digits): the counterparty's
# account (IBAN) and its name, which "?33" continues where 27 characters did not hold it.
# The field wraps at 65 characters a line, anywhere, so a value is read across line breaks.
DFUE_ACCOUNT = "?31"
DFUE_NAME = "?32"
DFUE_NAME_MORE = "?33"
_SUB_FIELD_MAX = 40  # characters of a sub-field read (27 are allowed; a margin)


NAME_FIELDS: tuple[NameField, ...] = (
    # Dutch MT940 (Rabobank, ABN AMRO structured): /NAME/<name>/
    NameField("/NAME/", re.compile(r"/NAME/(?P<name>[^/\r\n]{2,70})(?=/|\r?\n|\Z)")),
    # ING: /CNTP/<account>/<BIC>/<name>/<city>/
    NameField(
        "/CNTP/",
        re.compile(r"/CNTP/[A-Z0-9]{0,34}/[A-Z0-9]{0,11}/(?P<name>[^/\r\n]{2,70})(?=/)"),
    ),
    # MT103 ordering customer and beneficiary: "/<account>" then the name on the next line
    NameField(":50K:", re.compile(r":50K:/[A-Z0-9 ]{6,34}\r?\n(?P<name>[^\r\n]{2,35})")),
    NameField(":59:", re.compile(r":59:/[A-Z0-9 ]{6,34}\r?\n(?P<name>[^\r\n]{2,35})")),
)

# Words of a firm's legal form, a public body or a trade: a name holding one is no person.
COMPANY_WORDS = frozenset((
    "GMBH", "MBH", "AG", "KG", "OHG", "UG", "EV", "SE", "GBR", "PARTG", "KGAA", "LTD",
    "LIMITED", "LLC", "LLP", "INC", "CORP", "PLC", "CO", "SA", "SAS", "SARL", "SRL", "SPA",
    "SAU", "SL", "SLU", "BV", "NV", "VOF", "AB", "ASA", "AS", "OY", "OYJ", "KFT", "SP", "ZOO",
    "APS", "BANK", "SPARKASSE", "VOLKSBANK", "RAIFFEISENBANK", "VERSICHERUNG", "VERSICHERUNGEN",
    "KRANKENKASSE", "KASSE", "AOK", "BARMER", "FINANZAMT", "STADT", "STADTWERKE", "GEMEINDE",
    "LANDKREIS", "BUNDESKASSE", "AMT", "VERWALTUNG", "HAUSVERWALTUNG", "VERLAG", "VEREIN",
    "STIFTUNG", "GRUPPE", "GROUP", "HOLDING", "SERVICE", "SERVICES", "SHOP", "ONLINE", "MARKT",
    "APOTHEKE", "HOTEL", "RESTAURANT", "ENERGIE", "WERKE", "TELEKOM", "DEUTSCHLAND", "EUROPE",
    "INTERNATIONAL", "PAYPAL", "AMAZON", "KLARNA", "VODAFONE", "LOHN", "GEHALT", "MIETE",
    "KARTENZAHLUNG", "LASTSCHRIFT", "UEBERWEISUNG", "GUTSCHRIFT", "ENTGELT", "ABSCHLUSS",
    "ZINSEN",
))  # fmt: skip
_TITLES = frozenset({"DR", "DR.", "PROF", "PROF.", "HERR", "FRAU", "MR", "MR.", "MRS", "MRS.",
                     "MS", "MS.", "MME", "M.", "SR", "SR.", "SRA", "SRA."})  # fmt: skip
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_'\-.]|[.'\-](?=[^\W\d_])){0,30}\.?\Z")


def _person_like(name: str) -> bool:
    """Two to five words of letters (initials with dots, hyphens and apostrophes inside),
    none of them a company word."""
    if name.count(",") > 1:
        return False
    words = name.replace(",", " ").split()  # "MUSTERMANN, MAX"
    if not 2 <= len(words) <= 5:
        return False
    for word in words:
        up = word.upper()
        if up in COMPANY_WORDS or up.replace(".", "") in COMPANY_WORDS:  # "B.V.", "e.V."
            return False
        if _WORD.match(word) is None:
            return False
    return sum(len(w) > 2 and w.upper() not in _TITLES for w in words) >= 1


def _sub_field(text: str, at: int) -> tuple[str, list[int]]:
    """The value of the DFUE sub-field whose value starts at ``at``, its line breaks left
    out, and the offset of each of its characters; it ends at the next "?", at a line that
    opens another field (":61:", "-") or after ``_SUB_FIELD_MAX`` characters."""
    chars: list[str] = []
    where: list[int] = []
    i, n = at, len(text)
    while i < n and len(chars) < _SUB_FIELD_MAX:
        c = text[i]
        if c == "?":
            break
        if c == "\r" or c == "\n":
            if c == "\n" and text.startswith((":", "-", "\n", "\r"), i + 1):
                break
            i += 1
            continue
        chars.append(c)
        where.append(i)
        i += 1
    return "".join(chars), where


def _span(where: list[int], value: str, part: str, entity: str) -> Span:
    """The span of ``part`` of a sub-field ``value`` read at offsets ``where``."""
    lo = value.index(part)
    return Span(where[lo], where[lo + len(part) - 1] + 1, entity)


def _dfue_names(text: str) -> list[Span]:
    out: list[Span] = []
    at = text.find(DFUE_NAME)
    while at >= 0:
        value, where = _sub_field(text, at + 3)
        name = value.strip()
        if name and _person_like(name):
            out.append(_span(where, value, name, "PERSON"))
            end = where[-1] + 1
            if text.startswith(DFUE_NAME_MORE, end):
                more, more_at = _sub_field(text, end + 3)
                rest = more.strip()
                if rest and all(_WORD.match(w) for w in rest.split()):
                    out.append(_span(more_at, more, rest, "PERSON"))
        at = text.find(DFUE_NAME, at + 3)
    return out


def statement_ibans(text: str) -> list[Span]:
    """IBAN spans of DFUE ``?31`` sub-fields that a line break cuts (the IBAN detector
    finds the others): the value read across the break must pass the IBAN check."""
    out: list[Span] = []
    at = text.find(DFUE_ACCOUNT)
    while at >= 0:
        value, where = _sub_field(text, at + 3)
        compact = value.strip()
        if (
            len(compact) >= 15
            and where[-1] - where[0] >= len(value)  # a break inside
            and iban_ok(compact.upper())
        ):
            out.append(_span(where, value, compact, "IBAN"))
        at = text.find(DFUE_ACCOUNT, at + 3)
    return out


def statement_names(text: str) -> list[Span]:
    """PERSON spans of the counterparty names in statement fields (DFUE ``?32``/``?33``
    and ``NAME_FIELDS``)."""
    out = _dfue_names(text) if DFUE_NAME in text else []
    for field in NAME_FIELDS:
        if field.gate not in text:
            continue
        for m in field.pattern.finditer(text):
            raw = m.group("name")
            name = raw.strip()
            if name and _person_like(name):
                out.append(_span(list(range(m.start("name"), m.end("name"))), raw, name, "PERSON"))
    return out
