"""The optional DATE_OF_BIRTH model (``dob-model``): its shipped weights load, it finds birth
dates that the rules miss (no birth word they know right before or after the date) in each
of the four languages, and it leaves invoice, appointment, release and expiry dates alone."""

from __future__ import annotations

import time
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from llmgate.redaction import Redactor
from llmgate.redaction.detectors import ENTRY_POINT_GROUP, load_named_detectors
from llmgate.redaction.dob_model import DobModelDetector

ROOT = Path(__file__).resolve().parents[2]

# Birth dates said without a cue the rules know: "came into the world", an age beside the
# date, a record whose other fields are a person's.
MISSED_BY_RULES = [
    ("Patient is 43 years old (12/03/1981), allergic to penicillin.", "12/03/1981"),
    ("Name: Ann Lee, age 38, 1986-02-11, nurse.", "1986-02-11"),
    ("Customer record: Ann Lee | 1986-02-11 | London | ann@example.com", "1986-02-11"),
    ("Die Patientin kam am 12.04.1957 zur Welt.", "12.04.1957"),
    ("Frau Weber, Jahrgang 1961, genau am 3. Juni 1961 zur Welt gekommen.", "3. Juni 1961"),
    ("Elle est venue au monde le 14 juillet 1966 à Lyon.", "14 juillet 1966"),
    ("Mme Durand (14/07/1966), 58 ans, domiciliée à Lyon.", "14/07/1966"),
    ("Mi hija vino al mundo el 7 de agosto de 1991 en Sevilla.", "7 de agosto de 1991"),
    ("La paciente, de 1962-05-03, tiene 61 años.", "1962-05-03"),
]

NOT_BIRTH_DATES = [
    "Your appointment is on 14.02.2025 at 10:30.",
    "Version 3.2 was released on March 4, 2024.",
    "Invoice INV-2291 was issued on 12/03/2024 and paid on 15/04/2024.",
    "La facture du 12/03/2024 est payée, livraison le 18 mars 2024.",
    "El pedido se envió el 7 de agosto de 2024; cita el 12/09/2024.",
    "Die Rechnung vom 03.12.2024 ist fällig am 17.12.2024.",
    "Card expires 03/2027, issued 12.01.2023.",
    "Employee born 1985-03-12; started 2019-09-01.",  # the second date is not a birth
]


@pytest.fixture(scope="module")
def model() -> DobModelDetector:
    return DobModelDetector()


@pytest.fixture(scope="module")
def with_model(model: DobModelDetector) -> Redactor:
    return Redactor(detectors=[model], cache_size=0)


@pytest.mark.parametrize(("text", "date"), MISSED_BY_RULES)
def test_birth_dates_the_rules_miss_are_masked(with_model: Redactor, text: str, date: str) -> None:
    rules = Redactor(cache_size=0)
    assert date in rules.redact(text).text  # what the model is for
    masked = with_model.redact(text)
    assert date not in masked.text
    assert "[DATE_OF_BIRTH_1]" in masked.text
    assert with_model.restore(masked.text, masked.vault) == text


@pytest.mark.parametrize(("text", "date"), MISSED_BY_RULES)
def test_span_is_the_date_alone(model: DobModelDetector, text: str, date: str) -> None:
    (span,) = model.detect(text)
    assert text[span.start : span.end] == date


@pytest.mark.parametrize("text", NOT_BIRTH_DATES)
def test_event_dates_stay(model: DobModelDetector, text: str) -> None:
    found = [text[s.start : s.end] for s in model.detect(text)]
    assert found in ([], ["1985-03-12"])


def test_threshold_trades_recall_for_precision() -> None:
    text = "\n\n".join(t for t, _ in MISSED_BY_RULES) + "\n\n" + "\n\n".join(NOT_BIRTH_DATES)
    loose = DobModelDetector(threshold=-100.0).detect(text)
    shipped = DobModelDetector().detect(text)
    strict = DobModelDetector(threshold=1000.0).detect(text)
    assert strict == []
    assert len(shipped) == len(MISSED_BY_RULES) + 1  # and "born 1985-03-12"
    assert len(loose) > len(shipped)


def test_text_without_dates(model: DobModelDetector) -> None:
    assert model.detect("") == []
    assert model.detect("born in Leeds, no date here, order 12 of 40") == []


def test_configuration_name_resolves_to_the_detector() -> None:
    """``[redaction] detectors = ["dob-model"]``: the entry point the package declares
    loads this detector."""
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    value = declared["project"]["entry-points"][ENTRY_POINT_GROUP]["dob-model"]
    point = metadata.EntryPoint(name="dob-model", value=value, group=ENTRY_POINT_GROUP)
    (found,) = load_named_detectors(["dob-model"], entry_points=lambda: [point])
    assert isinstance(found, DobModelDetector)


@pytest.mark.parametrize(
    "text",
    [
        "born 12/03/1985, " * 20000,  # one line of 340 KB with a date every 17 characters
        "Geburtsdatum;" * 20000 + "\n" + "12.03.1985;" * 20000,  # a header 260 KB wide
        ("the fourteenth of March " * 3 + "1 ") * 5000,  # day words and months, few years
        "1" * 300000,
        "March " * 50000 + "1985",
        ("a;" * 50 + "\n") * 3000 + "1985-03-12;" * 10,  # many rows above a table's row
    ],
)
def test_linear_on_a_long_line(model: DobModelDetector, text: str) -> None:
    start = time.process_time()
    found = model.detect(text)
    assert time.process_time() - start < 10.0
    assert all(0 <= s.start < s.end <= len(text) for s in found)
