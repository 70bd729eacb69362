"""Leaked characters on the development cases of issue 13 (data/dev_issue13*.txt).

Issue 13 measured the default ``Redactor`` on an independent held-out set and listed the
kinds of text that leaked. These hand-written cases rebuild those kinds of text for
development (they are not the held-out set). Targets: at most 1% of a value's characters
left unmasked for the structured types, 15% for PERSON, 20% for STREET_ADDRESS; hard
negatives (decoys) touched at most 2%; SECRET precision at least 0.9.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from llmgate.redaction import Redactor

HERE = Path(__file__).parent
LEAK_TARGETS = {
    "EMAIL": 0.01, "PHONE": 0.01, "CREDIT_CARD": 0.01, "IBAN": 0.01, "US_SSN": 0.01,
    "SECRET": 0.01, "DATE_OF_BIRTH": 0.01, "PERSON": 0.15, "STREET_ADDRESS": 0.20,
}  # fmt: skip


@pytest.fixture(scope="module")
def report(engine_path: str, evalset: ModuleType) -> object:
    red = Redactor(entities=None)  # every built-in type, on the path engine_path selected
    # Rounds 9 to 11, and round 14's phone shapes, wrote their cases to measure text the
    # rules had not seen; those still missed are open work, so test_round9.py to
    # test_round11.py and test_round14_phone.py hold them to floors. So do round 20's
    # configs and threads (test_round20_yaml.py, test_round20_threads.py): 4 and 8 secrets
    # of theirs are open (a 14-character key under a name no credential word names, a
    # "clé API" key, codes read out after "code" alone, a reset password in a sentence).
    # Round 21's numbers and codes files too (test_round21_numbers.py, _codes.py): 3 phones
    # (a slashed Italian mobile outside a phone column, two Portuguese runs asked two
    # messages up) and 4 recovery codes (two 8-digit codes on one line, short groups) open.
    unseen = ("dev13r9-", "dev13r10-", "dev13r11-", "dev13r11b-", "dev13r14bphone-",
              "dev13r20yaml-", "dev13r20threads-", "dev13r21numbers-",
              "dev13r21codes-")  # fmt: skip
    records = [
        r
        for r in evalset.load()
        if r["kind"] == "development" and not str(r["id"]).startswith(unseen)
    ]
    assert len(records) >= 80
    return evalset.score(records, lambda t: [tuple(s) for s in red.detect(t)])


@pytest.mark.parametrize("kind", list(LEAK_TARGETS))
def test_leaked_characters_within_target(report: object, kind: str) -> None:
    stats = report.per_type[kind]  # type: ignore[attr-defined]
    assert stats.gold >= 1
    assert stats.leak_rate <= LEAK_TARGETS[kind], stats.missed


def test_secret_precision_at_least_90_percent(report: object) -> None:
    stats = report.per_type["SECRET"]  # type: ignore[attr-defined]
    assert stats.precision >= 0.9, stats.false


def test_decoys_stay_unmasked(report: object) -> None:
    assert report.negative_rate <= 0.02, report.masked_negatives  # type: ignore[attr-defined]
