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
included). Runs only where a field tag occurs (C-level finds, the same on every engine
path).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from llmgate.redaction.detectors import Span

__all__ = ["COMPANY_WORDS", "NAME_FIELDS", "statement_names"]


class NameField(NamedTuple):
    """A name field: ``gate`` must occur in the text; ``pattern``'s group ``name`` holds
    the name; ``then`` (optional) is the tag of a sub-field that continues it."""

    gate: str
    pattern: re.Pattern[str]
    then: str = ""


NAME_FIELDS: tuple[NameField, ...] = (
    # German DFUE ":86:": ?32 name (27 characters), ?33 its continuation
    NameField("?32", re.compile(r"\?32(?P<name>[^?\r\n]{2,27})"), "?33"),
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
_SUB_FIELD = re.compile(r"[^\W\d_][^?\r\n]{0,26}")
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_'\-.]|[.'\-](?=[^\W\d_])){0,30}\.?\Z")


def _person_like(name: str) -> bool:
    """Two to five words of letters (initials with dots, hyphens and apostrophes inside),
    none of them a company word."""
    words = name.split()
    if not 2 <= len(words) <= 5:
        return False
    for word in words:
        up = word.upper()
        if up in COMPANY_WORDS or up.replace(".", "") in COMPANY_WORDS:  # "B.V.", "e.V."
            return False
        if _WORD.match(word) is None:
            return False
    return sum(len(w) > 2 and w.upper() not in _TITLES for w in words) >= 1


def _continuation(text: str, at: int, tag: str) -> Span | None:
    """The sub-field ``tag`` right after ``at`` (its letters only), as part of the name."""
    if not text.startswith(tag, at):
        return None
    m = _SUB_FIELD.match(text, at + len(tag))
    if m is None:
        return None
    value = m.group().rstrip()
    if not all(_WORD.match(w) for w in value.split()):
        return None
    return Span(m.start(), m.start() + len(value), "PERSON")


def statement_names(text: str) -> list[Span]:
    """PERSON spans of the counterparty names in statement fields (``NAME_FIELDS``)."""
    out: list[Span] = []
    for field in NAME_FIELDS:
        if field.gate not in text:
            continue
        for m in field.pattern.finditer(text):
            raw = m.group("name")
            name = raw.strip()
            if not _person_like(name):
                continue
            start = m.start("name") + raw.index(name)  # a title stays with the name
            out.append(Span(start, start + len(name), "PERSON"))
            if field.then:
                more = _continuation(text, m.end("name"), field.then)
                if more is not None:
                    out.append(more)
    return out
