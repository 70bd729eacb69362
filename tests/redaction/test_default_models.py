"""The shipped PERSON and DATE_OF_BIRTH models run beside their rules by default.

``Redactor()`` and ``[redaction] mode = "mask"`` both include them (the client's side is in
tests/test_privacy_flow.py); ``person_model=False`` / ``dob_model=False`` (``[redaction]
person_model = false``, ``dob_model = false``) keep that type's rules alone. The rules' own
behaviour is pinned with the models off (the ``person_names`` fixture, test_dob_model.py);
this module covers the default.
"""

from __future__ import annotations

import pytest

from llmgate.redaction import Redactor
from llmgate.redaction.person_model import PersonModelDetector

DEFAULT = Redactor(cache_size=0)
RULES = Redactor(cache_size=0, person_model=False, dob_model=False)

# Names with no cue word, no known given name and no column: what the rules leave.
MISSED_BY_RULES = [
    ("Yesterday Thaddeus Whitcombe approved the refund for order 88123.", "Whitcombe"),
    ("Die Rechnung hat Irmtraud Obermeier bereits freigegeben.", "Obermeier"),
    ("Le devis a été validé par Gontran Castagnet hier soir.", "Castagnet"),
    ("El presupuesto lo aprobó Nicanor Etxeberria ayer por la tarde.", "Etxeberria"),
]


def persons(red: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in red.detect(text) if s.type == "PERSON"]


def test_the_repr_says_when_a_model_is_off() -> None:
    assert "_model" not in repr(DEFAULT)
    assert repr(RULES).endswith("person_model=False, dob_model=False)")
    assert repr(Redactor(dob_model=False)).endswith("dob_model=False)")


# Birth dates with no birth word next to them: what the birth-date rules leave.
DATES_MISSED_BY_RULES = [
    ("Name: Ann Lee, age 38, 1986-02-11, nurse.", "1986-02-11"),
    ("Mme Durand (14/07/1966), 58 ans, domiciliée à Lyon.", "14/07/1966"),
    ("La paciente, de 1962-05-03, tiene 61 años.", "1962-05-03"),
]


@pytest.mark.parametrize(
    ("text", "value", "placeholder"),
    [(t, v, "[PERSON_1]") for t, v in MISSED_BY_RULES]
    + [(t, v, "[DATE_OF_BIRTH_1]") for t, v in DATES_MISSED_BY_RULES],
)
def test_the_default_masks_what_the_rules_miss(text: str, value: str, placeholder: str) -> None:
    assert value in RULES.redact(text).text
    masked = DEFAULT.redact(text)
    assert value not in masked.text and placeholder in masked.text
    assert DEFAULT.restore(masked.text, masked.vault) == text


@pytest.mark.parametrize(
    "text",
    [
        "Invoice 2024-118 issued on 03.02.2025, due on 17.02.2025.",
        "He died on 14 March 1998 in Leeds; the funeral was held on 21 March 1998.",
        "Contrat signé le 12/09/2019, résilié le 30/06/2023.",
    ],
)
def test_the_default_leaves_dates_that_are_no_birth_dates(text: str) -> None:
    assert DEFAULT.redact(text).text == text


def test_a_model_is_loaded_only_for_a_type_that_is_wanted() -> None:
    plugins = Redactor(entities=["EMAIL"], cache_size=0)._plugins
    assert plugins == []


def test_naming_the_model_as_well_runs_it_once() -> None:
    text = MISSED_BY_RULES[0][0]
    named = Redactor(detectors=[PersonModelDetector()], cache_size=0)
    assert named.detect(text) == DEFAULT.detect(text)
    only_named = Redactor(detectors=[PersonModelDetector()], person_model=False)
    assert "person_model" not in repr(only_named)  # the named model is on


def test_other_entities_alone_get_no_names() -> None:
    text = "Thaddeus Whitcombe wrote from thaddeus@example.org"
    found = Redactor(entities=["EMAIL"], cache_size=0).detect(text)
    assert [(text[s.start : s.end], s.type) for s in found] == [("thaddeus@example.org", "EMAIL")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tab ends a cell: one placeholder over two would take a column from the table
        ("id\tnombre\tapellidos\n1\tIrmtraud\tObermeier\n", ["Irmtraud", "Obermeier"]),
        # a German noun after "von der" is not part of the name
        ("Ich bin Gontran Castagnet von der Firma.", ["Gontran Castagnet"]),
        # a street named after someone is a place
        ("We met at Van Buren Street and went on.", []),
        ("The file went to Eleanor Van Buren yesterday.", ["Eleanor Van Buren"]),
    ],
)
def test_name_spans_keep_to_the_name(text: str, expected: list[str]) -> None:
    assert persons(DEFAULT, text) == expected
