"""Employee names on payslips and HR documents, where no colon announces them.

Payroll software prints the employee's name the way a register sorts it: the surname in
capitals first ("HUISINGA Gerrit", "QUARSHIE, Abena", "DE BRUIJN-TIMMERMANS A."), either
after a role label separated by blanks only ("Werknemer  HUISINGA Gerrit", the P45's
"Surname or family name  BRANNIGAN") or alone on a line of the address block, under the
document's title ("EARNINGS STATEMENT" / "QUARSHIE, Abena" / a street). The label rules of
``forms.py`` need a colon and the capitals rules of ``mentions.py`` a title, so both miss
them. The shape is strict (capitals, then one or two capitalized given names or initials)
and a line alone counts only in a document that calls itself a payslip or a payroll form,
so a heading in capitals beside a word ("TOTAL Deductions") is not read as a name.
Only regular expressions over the text: the same findings on the pure and hyperscan paths.
"""

from __future__ import annotations

import re
from functools import partial

from llmgate.redaction.detectors import BuiltinDetector, ScanContext, Span, longest_first
from llmgate.redaction.names import LOWER, NOT_NAMES, UPPER

__all__ = ["PAYROLL_TITLES", "PayrollDetector", "payroll_names"]

# What a payslip, a year-end certificate or an employer's attestation calls itself, in the
# seven languages (lower case): a bare name line counts only under one of these.
PAYROLL_TITLES = (
    "earnings statement", "statement of earnings", "payslip", "pay slip", "pay advice",
    "pay stub", "paystub", "p60", "p45", "end of year certificate", "payroll",
    "verdienstabrechnung", "entgeltabrechnung", "gehaltsabrechnung", "lohnabrechnung",
    "lohnsteuerbescheinigung", "brutto/netto", "bulletin de paie", "bulletin de salaire",
    "attestation employeur", "fiche de paie", "nómina", "recibo de salarios",
    "recibo individual", "certificado de empresa", "cedolino", "busta paga",
    "certificazione unica", "loonstrook", "salarisstrook", "salarisspecificatie",
    "jaaropgave", "recibo de vencimento", "declaração de rendimentos",
)  # fmt: skip

# Role labels that a payroll form puts before the employee's name with blanks, no colon
# (lower case; "salarié(e)" and "trabajador/a" are written out as the forms print them).
_ROLE_LABELS = (
    "employee", "employee name", "name of employee", "worker", "arbeitnehmer",
    "arbeitnehmerin", "mitarbeiter", "mitarbeiterin", "name, vorname", "salarié",
    "salariée", "salarié(e)", "trabajador", "trabajadora", "trabajador/a", "dipendente",
    "percipiente", "werknemer", "naam werknemer", "trabalhador", "trabalhadora",
    "account holder", "titulaire", "titular", "vertragspartner",
)  # fmt: skip
# Labels of the surname field alone: its value may be the surname in capitals only.
_SURNAME_LABELS = ("surname or family name", "surname", "family name", "nom de naissance",
                   "cognome", "achternaam", "apellidos", "nachname")  # fmt: skip

_CAPS = rf"[{UPPER}](?:[{UPPER}'\u2019-]*[{UPPER}])?"
_SURNAME = rf"{_CAPS}(?:[ \t]{_CAPS}){{0,3}}"
_GIVEN = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?|[{UPPER}]\.(?:[ \t]?[{UPPER}]\.)*"
_NAME = rf"(?P<sur>{_SURNAME})(?P<comma>,?)[ \t]+(?P<giv>(?:{_GIVEN})(?:[ \t](?:{_GIVEN})){{0,1}})"
# The name ends its line or its column (two blanks or a tab before the next field).
_END = r"(?=[ \t]*(?:\r?\n|\Z)|[ \t]{2}|\t)"


# Labels whose blanks match any run of blanks and tabs (aligned forms).
_spaced = partial(longest_first, blanks=True)
_AFTER_ROLE = re.compile(
    rf"(?im)^[ \t]*(?:{_spaced(_ROLE_LABELS)})(?:[ \t]*:)?[ \t]+(?-i:{_NAME}){_END}"
)
_AFTER_SURNAME = re.compile(
    rf"(?im)^[ \t]*(?:{_spaced(_SURNAME_LABELS)})[ \t]+(?-i:(?P<sur>{_SURNAME})){_END}"
)
# A label's first word, which the lower-cased text must hold for a pattern to be worth a
# pass (C-level finds: the line-start patterns cost a try at every position of a text).
_ROLE_GATES = tuple({label.split()[0] for label in _ROLE_LABELS})
_SURNAME_GATES = tuple({label.split()[0] for label in _SURNAME_LABELS})
_LINE = re.compile(rf"(?m)^[ \t]*{_NAME}[ \t]*$")
# Capitals of a payslip that are no surname: its totals and headings.
_NOT_SURNAMES = frozenset(
    ["NET", "GROSS", "PAY", "TOTAL", "NETTO", "BRUTTO", "GESAMT", "GESAMTBRUTTO", "NETO",
     "BRUT", "SALAIRE", "TOTALE", "TOTAAL", "LÍQUIDO", "LIQUIDO", "ILÍQUIDO", "IRPF", "IRS",
     "PAYE", "NI", "TAX", "YTD", "REG", "OT", "FICA", "SS", "AHV", "EUR", "USD", "GBP", "CHF",
     "DEVENGOS", "DEDUCCIONES", "DEDUCTIONS", "EARNINGS", "SUMME", "BASIS", "BASE",
     # the next headings of a register's header line ("SURNAME   GIVEN   DOB")
     "GIVEN", "FIRST", "FORENAME", "FORENAMES", "NAME", "NAMES", "PRENOM", "PRÉNOM",
     "VORNAME", "NOMBRE", "NOME", "VOORNAAM", "DOB", "NAT"]
)  # fmt: skip


# Particles of a surname in capitals ("VAN DER HEIJDEN", "DELLA ROVERE"): title-cased,
# NOT_NAMES holds them as articles.
_PARTICLES = frozenset(
    ["VAN", "DER", "DEN", "VON", "DE", "DI", "DA", "DEL", "DELLA", "DOS", "DAS", "LE", "LA",
     "TEN", "TER", "MAC", "ST", "DU"]
)  # fmt: skip


def _surname(value: str) -> bool:
    words = [w for w in value.split() if w not in _PARTICLES]
    if not words or any(w in _NOT_SURNAMES or w.title() in NOT_NAMES for w in words):
        return False
    return sum(len(w) for w in words) >= 3


def _given(value: str) -> bool:
    return not any(w in NOT_NAMES for w in value.split())


def payroll_names(text: str, lower: str) -> list[tuple[int, int]]:
    """Spans of the names after a role label without a colon and, in a document titled as
    a payslip or payroll form, of the lines that hold a name in register order alone."""
    out: list[tuple[int, int]] = []
    if any(map(lower.__contains__, _ROLE_GATES)):
        for m in _AFTER_ROLE.finditer(text):
            if _surname(m.group("sur")) and _given(m.group("giv")):
                out.append((m.start("sur"), m.end("giv")))
    if any(map(lower.__contains__, _SURNAME_GATES)):
        for m in _AFTER_SURNAME.finditer(text):
            if _surname(m.group("sur")):
                out.append(m.span("sur"))
    if any(title in lower for title in PAYROLL_TITLES):
        for m in _LINE.finditer(text):
            if _surname(m.group("sur")) and _given(m.group("giv")):
                out.append((m.start("sur"), m.end("giv")))
    return out


class PayrollDetector(BuiltinDetector):
    """Employee names in register order on payslips and payroll forms."""

    name = "payroll"
    entities = frozenset({"PERSON"})

    def scan(self, ctx: ScanContext) -> list[Span]:
        # The lower case is only searched for a title: its offsets need not match.
        return [Span(s, e, "PERSON") for s, e in payroll_names(ctx.text, ctx.lower)]
