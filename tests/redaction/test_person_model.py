"""The optional PERSON model (``person-model``): its shipped weights load, it finds names in
prose that the rules miss in each of the four languages, and it leaves identifiers,
products and headings alone."""

from __future__ import annotations

import time
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from llmgate.redaction import Redactor
from llmgate.redaction.detectors import ENTRY_POINT_GROUP, load_named_detectors
from llmgate.redaction.person_model import PersonModelDetector

ROOT = Path(__file__).resolve().parents[2]

# Names in prose with no cue the rules know (no greeting, title, label, sign-off or listed
# given name): the rules alone leave them in clear.
MISSED_BY_RULES = [
    ("Yesterday Thaddeus Whitcombe approved the refund for order 88123.", "Whitcombe"),
    ("Die Rechnung hat Irmtraud Obermeier bereits freigegeben.", "Obermeier"),
    ("Le devis a été validé par Gontran Castagnet hier soir.", "Castagnet"),
    ("La reclamación la presentó Eulalio Villaseñor la semana pasada.", "Villaseñor"),
    ("El presupuesto lo aprobó Nicanor Etxeberria ayer por la tarde.", "Etxeberria"),
]

NOT_NAMES = [
    "Request 26f223d3-9fce-4500-9018-0ee74d7caf35 failed; see the Release Notes for Version 4.2.",
    "Quarterly Sales Report\nRevenue By Region\nThe Azure Data Factory pipeline runs nightly.",
    "We upgraded Visual Studio Code and Google Chrome on every laptop.",
    "Invoice INV-2024-0042 for Microsoft Office 365 Business Premium, order 7731-AX.",
    "Date: Tue, 26 Jan 2026 07:04:30 +0000\nSubject: Quarterly Review",
    "Die Lieferung an das Lager in Hamburg ist für Dienstag geplant.",
    "Le Service Client répond du lundi au vendredi.",
    "El Departamento de Ventas cierra el trimestre.",
    "Commit a3f9c2e fixes the Payment Gateway timeout in Checkout Service v2.4.1.",
]


@pytest.fixture(scope="module")
def model() -> PersonModelDetector:
    return PersonModelDetector()


@pytest.fixture(scope="module")
def with_model(model: PersonModelDetector) -> Redactor:
    return Redactor(detectors=[model], cache_size=0, person_model=False)


@pytest.mark.parametrize(("text", "surname"), MISSED_BY_RULES)
def test_names_the_rules_miss_are_masked(with_model: Redactor, text: str, surname: str) -> None:
    rules = Redactor(cache_size=0, person_model=False)
    assert surname in rules.redact(text).text  # what the model is for
    masked = with_model.redact(text)
    assert surname not in masked.text
    assert "[PERSON_1]" in masked.text
    assert with_model.restore(masked.text, masked.vault) == text


@pytest.mark.parametrize("text", MISSED_BY_RULES[:2])
def test_full_name_is_one_span(model: PersonModelDetector, text: tuple[str, str]) -> None:
    sentence, surname = text
    spans = model.detect(sentence)
    assert len(spans) == 1
    found = sentence[spans[0].start : spans[0].end]
    assert found.endswith(surname) and " " in found  # given name and surname together


@pytest.mark.parametrize("text", NOT_NAMES)
def test_identifiers_products_and_headings_stay(model: PersonModelDetector, text: str) -> None:
    assert model.detect(text) == []


def test_threshold_trades_recall_for_precision() -> None:
    text = " ".join(t for t, _ in MISSED_BY_RULES)
    loose = PersonModelDetector(threshold=-100.0).detect(text)
    shipped = PersonModelDetector().detect(text)
    strict = PersonModelDetector(threshold=100.0).detect(text)
    assert strict == []
    assert len(shipped) == len(MISSED_BY_RULES)
    assert sum(s.end - s.start for s in loose) > sum(s.end - s.start for s in shipped)


def test_text_without_words(model: PersonModelDetector) -> None:
    assert model.detect("") == []
    assert model.detect("4111 1111 1111 1111 -- 10.0.0.1") == []


def test_configuration_name_resolves_to_the_detector() -> None:
    """``[redaction] detectors = ["person-model"]``: the entry point the package declares
    loads this detector."""
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    value = declared["project"]["entry-points"][ENTRY_POINT_GROUP]["person-model"]
    point = metadata.EntryPoint(name="person-model", value=value, group=ENTRY_POINT_GROUP)
    (found,) = load_named_detectors(["person-model"], entry_points=lambda: [point])
    assert isinstance(found, PersonModelDetector)


def test_linear_on_a_long_run_of_capitalized_words(model: PersonModelDetector) -> None:
    text = "Anna Maria Schmidt Weber Report Update " * 4000  # 156 KB, one line
    start = time.process_time()
    found = model.detect(text)
    assert time.process_time() - start < 5.0
    assert all(0 <= s.start < s.end <= len(text) for s in found)
