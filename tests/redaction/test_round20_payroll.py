"""Issue 13, round 20 (payroll): employee names on payslips and HR documents written in
register order (the surname in capitals first) after a role label with or without a colon
("Werknemer  HUISINGA Gerrit", "Salarié(e) : TRÉGUIER Josselin", the P45's "Surname or
family name  BRANNIGAN") or alone on a line of a document titled as a payslip; who
processed, completed or inspected a form; whose machine a backup script saves; and what
must stay beside them: employee numbers, other countries' tax ids, totals in capitals,
a register's header line. One case each through the public API; floors for the round's
development file (dev_issue13_r20_payroll.txt) and its private split, both written before
the rules (the private split's test reports counts only)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

_SLIP = (
    "EARNINGS STATEMENT  Pay date 05/08/2026\n"
    "MOSTYN-PRICE, Carys\n"
    "Employee Number 0072214\n"
    "TOTAL Deductions 611.02\n"
    "NET PAY 2,264.91\n"
)

POSITIVES = [
    ("PERSON", _SLIP, "MOSTYN-PRICE, Carys"),
    ("PERSON", "Loonstrook mei 2026\nWerknemer  VERSTEEGEN Annemiek   Pers.nr 4410\n",
     "VERSTEEGEN Annemiek"),
    ("PERSON", "Werknemer TER HORST-BOSMAN J.\n", "TER HORST-BOSMAN J."),
    ("PERSON", "Salarié(e) : RABOISSON Gwendal\nMatricule : 0042\n", "RABOISSON Gwendal"),
    ("PERSON", "Trabajador/a: URRUTIKOETXEA LASA, Garazi\nNIF: 11223344B\n",
     "URRUTIKOETXEA LASA, Garazi"),
    ("PERSON", "Arbeitnehmer: VON DER LAHR, Ortwin\nSteuer-ID 12 345 678 901\n",
     "VON DER LAHR, Ortwin"),
    ("PERSON", "P45 Part 1A\n  Surname or family name  TREHARNE\n", "TREHARNE"),
    ("PERSON", "Certificazione Unica 2026\nVIGNAROLI Settimio\nC.F. VGNSTT70A01F205X\n",
     "VIGNAROLI Settimio"),
    ("PERSON", "Payroll run approved; processed by Lowri Pemberton-Vaughn (Payroll).\n",
     "Lowri Pemberton-Vaughn"),
    ("PERSON", "The flat was inspected by Auberon Fitzwarren on 3 May.\n", "Auberon Fitzwarren"),
    ("PERSON", "$ crontab -l\n# backup for Solveig Aarnes (finance)\n0 1 * * * restic backup\n",
     "Solveig Aarnes"),
    ("PERSON", "The foster carer, Mrs Benedikte Rasmussen-Lowe, attended.\n",
     "Benedikte Rasmussen-Lowe"),
    ("PERSON", "# referente: Cosimo Pantaleoni\n0 2 * * * borg create\n", "Cosimo Pantaleoni"),
]  # fmt: skip

NEGATIVES = [
    (_SLIP, "0072214"),
    (_SLIP, "TOTAL Deductions"),
    (_SLIP, "NET PAY"),
    ("Cedolino marzo\nTOTALE Competenze\nNETTO Mese\n", "TOTALE Competenze"),
    ("Passenger manifest\nSURNAME   GIVEN     DOB\nDOE       JANE      01JAN80\n", "GIVEN"),
    ("Medewerker: Dank u, u hoort van ons.\n", "Dank"),
    ("Werknemer  BRUTTO Totaal\n", "BRUTTO"),
    ("$ crontab -l\n# backup of Marketing's share\n", "Marketing"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round20_payroll_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 20's development file: 112 of 116 names (92 before the round's rules), every
    birth date, IBAN, SSN, phone and e-mail; 32 of 33 streets (32); decoys touched at
    most 10 (10 before: other rules' ids, companies)."""
    records = private_split("dev_issue13_r20_payroll.txt", "dev13r20payroll")
    assert len(records) >= 55
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    assert per["PERSON"].found >= 112, per["PERSON"].missed
    for kind, gold in (("DATE_OF_BIRTH", 22), ("IBAN", 11), ("US_SSN", 4), ("PHONE", 8),
                       ("EMAIL", 6)):  # fmt: skip
        assert per[kind].found == per[kind].gold == gold, per[kind].missed
    assert per["STREET_ADDRESS"].found >= 32, per["STREET_ADDRESS"].missed
    assert report.negatives_masked <= 10, report.masked_negatives  # type: ignore[attr-defined]


# PERSON found at least, decoys masked at most.
PRIVATE_FLOOR = (34, 0)


def test_round20_payroll_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning, scored twice: 34 of 35 names (30 before
    the round's rules), no decoy touched (0 before)."""
    records = private_split("dev_issue13_r20_payroll_private.txt", "dev13r20payrollp")
    assert len(records) >= 25  # counts only in a failure's message: the split is not read
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    assert per["PERSON"].found >= PRIVATE_FLOOR[0]
    assert report.negatives_masked <= PRIVATE_FLOOR[1]  # type: ignore[attr-defined]


def test_payroll_rules_stay_linear() -> None:
    """Role labels, capitals and given names repeated without an end of line, and lines
    of capitals under a payslip title, cost time in proportion to the text."""
    detect = Redactor(cache_size=0).detect
    for text in (
        "Payslip\n" + rep("Werknemer ", 600) + "x",
        "Payslip\nWerknemer " + rep("AB ", 600) + "x",
        "Payslip\nEmployee: " + rep("ABC-", 600) + "x",
        "Payslip\n" + rep("ABC DEF, Ghi\n", 600),
        "Payslip\nABC " + rep("D. ", 600) + "x",
        "Surname " + rep("AB ", 600) + "x",
        rep("processed by ", 600) + "x",
        rep("backup of Ab's ", 600),
    ):
        assert_linear(detect, text)
