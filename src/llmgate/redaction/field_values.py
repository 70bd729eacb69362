"""What a value in a named field must look like to be masked as a name, a street or a phone.

The record formats of field_records.py say which field holds a name or a street; these
checks keep the fields' other contents (a company in a payee line, an empty placeholder, a
number where a name was expected) from being masked as one.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import Span
from llmgate.redaction.given_names import COMPANY_WORDS

__all__ = ["is_company", "looks_like_name", "looks_like_street", "phone_digits", "span_in"]

# Legal forms and trade words of the seven languages: a payee or recipient line with one
# of them names a firm ("Bakkerij Zonneveld B.V.", "Talleres Iberia S.L."), not a person.
_LEGAL_FORMS = frozenset(
    w.lower()
    for w in (*COMPANY_WORDS, "e.V.", "eV", "GbR", "OHG", "UG", "mbH", "e.K.", "S.A.", "S.L.",
              "S.A.S.", "SRL", "S.r.l.", "Srl", "S.p.A.", "SpA", "snc", "sas", "B.V.", "BV",
              "N.V.", "NV", "V.O.F.", "VOF", "Lda", "Lda.", "Ltda", "Ltda.", "Ltd.", "Inc.",
              "PLC", "Co.", "Cie", "& Co", "SE", "EURL", "SCI", "Stadtwerke", "Versicherung",
              "Krankenkasse", "Mairie", "Ayuntamiento", "Comune", "Gemeente", "Câmara",
              "Verein", "Association", "Asociación", "Associazione", "Vereniging", "Associação",
              "Boulangerie", "Bakkerij", "Ferramenta", "Talleres", "Mercearia", "Elektro",
              "Dental", "Clinic", "Klinik", "Praxis", "Cabinet", "Studio", "Farmacia",
              "Apotheke", "Pharmacie", "Farmácia", "Apotheek")
)  # fmt: skip
_WORDS = re.compile(r"[^\s,;]+")
# A name: letters with the joiners names use (apostrophe, hyphen, dot of an initial, the
# comma of "Surname, Given", the escaped comma of an LDAP DN), one to six words.
_JOINERS = "'\u2019.\\-"
_WORD = rf"[^\W\d_](?:[^\W\d_]|[{_JOINERS}])*"
_NAME = re.compile(rf"{_WORD}(?:(?:\\?,[ \t]{{0,3}}|[ \t]{{1,3}}){_WORD}){{0,5}}")
_DIGITS = re.compile(r"[0-9]")


def is_company(value: str) -> bool:
    """Whether ``value`` holds a legal form or trade word (a firm's name)."""
    return any(w.lower().strip(".,") in _LEGAL_FORMS or w.lower() in _LEGAL_FORMS
               for w in _WORDS.findall(value))  # fmt: skip


def looks_like_name(value: str) -> bool:
    """Letters only (one to six words), and no firm's word."""
    return _NAME.fullmatch(value) is not None and not is_company(value)


def looks_like_street(value: str) -> bool:
    """A street line holds a letter and a house number."""
    return _DIGITS.search(value) is not None and any(c.isalpha() for c in value)


def phone_digits(value: str) -> bool:
    """Seven to fifteen digits, in the characters phone numbers are written with."""
    count = sum(c.isdigit() for c in value)
    return 7 <= count <= 15 and all(c.isdigit() or c in " +-./()" for c in value)


def span_in(text: str, start: int, end: int, entity: str) -> list[Span]:
    """The span of ``text[start:end]`` without its surrounding blanks; empty when blank."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [Span(start, end, entity)] if end > start else []
