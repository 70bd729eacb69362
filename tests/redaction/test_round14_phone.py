"""Issue 13, fourteenth round, second file (PHONE shapes): digits read out one by one with a
dash or a dot between them, "the number is" and a bare "number is" in seven languages, a
landline beside a mobile ("fixo", "fisso", "landline"), a caller id, "Sie erreichen mich".
One case each through the public API, beside the look-alike it must leave; floors for the
file (dev_issue13_r14b_phone.txt) and its private split, both written before these rules."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

POSITIVES = [
    ("PHONE", "Transcript: my number is 4-1-5-5-5-5-0-1-3-2, thanks.", "4-1-5-5-5-5-0-1-3-2"),
    ("PHONE", "Numéro : 0.6.1.2.3.4.5.6.7.8 (dicté)", "0.6.1.2.3.4.5.6.7.8"),
    ("PHONE", "Il numero è 3 4 7 1 2 3 4 5 6 7, grazie", "3 4 7 1 2 3 4 5 6 7"),
    ("PHONE", "the number is 0171 2345678", "0171 2345678"),
    ("PHONE", "Olá, o meu contacto é 912345678 (ou fixo 213945100).", "213945100"),
    ("PHONE", "Caller ID: 4155550132 | Ticket 88120-A", "4155550132"),
    ("PHONE", "Sie erreichen mich unter 03090182200 im Büro.", "03090182200"),
]  # fmt: skip

NEGATIVES = [
    ("the order number is 0171 2345678", "0171 2345678"),
    ("Kundennummer ist 0171 2345678", "0171 2345678"),
    ("Release 1.2.3.4.5.6.7 is out", "1.2.3.4.5.6.7"),
    ("Steps 1-2-3-4-5-6-7 are done", "1-2-3-4-5-6-7"),
]

test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round14b_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The file: 40 of its 45 PHONE values found after these rules (35 before them), none
    of its 14 decoys touched."""
    records = private_split("dev_issue13_r14b_phone.txt", "dev13r14b")
    assert len(records) >= 35
    report = evalset.score_default(records)
    assert report.per_type["PHONE"].found >= 40  # type: ignore[attr-defined]
    assert report.negatives_masked == 0  # type: ignore[attr-defined]


def test_round14b_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the tuning: 12 of its 13 PHONE values found (12 before)."""
    records = private_split("dev_issue13_r14b_phone_private.txt", "dev13r14bp")
    report = evalset.score_default(records)
    assert report.per_type["PHONE"].found >= 12  # type: ignore[attr-defined]
    assert report.negatives_masked == 0  # type: ignore[attr-defined]
