"""The optional DATE_OF_BIRTH model (``dob-model``): its shipped weights load, it finds birth
dates that the rules miss (no birth word they know right before or after the date) in each
of the four languages, and it leaves invoice, appointment, release and expiry dates alone,
and dates far in the past that are not birth dates (a founding, a hospital stay, a job, a
death, a marriage, history) in seven languages."""

from __future__ import annotations

import json
import time
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from llmgate.redaction import Redactor
from llmgate.redaction.detectors import ENTRY_POINT_GROUP, load_named_detectors
from llmgate.redaction.dob_model import DobModelDetector

ROOT = Path(__file__).resolve().parents[2]

# Birth dates said without a cue the rules know: an age beside the date, a record whose
# other fields are a person's.
MISSED_BY_RULES = [
    ("Patient is 43 years old (12/03/1981), allergic to penicillin.", "12/03/1981"),
    ("Name: Ann Lee, age 38, 1986-02-11, nurse.", "1986-02-11"),
    ("Customer record: Ann Lee | 1986-02-11 | London | ann@example.com", "1986-02-11"),
    ("Mme Durand (14/07/1966), 58 ans, domiciliée à Lyon.", "14/07/1966"),
    ("La paciente, de 1962-05-03, tiene 61 años.", "1962-05-03"),
]
# "Came into the world": the model's idioms once, the rules' since round 13 (dob_formats.py);
# the model must still find them alone.
WORLD_IDIOMS = [
    ("Die Patientin kam am 12.04.1957 zur Welt.", "12.04.1957"),
    ("Frau Weber, Jahrgang 1961, genau am 3. Juni 1961 zur Welt gekommen.", "3. Juni 1961"),
    ("Elle est venue au monde le 14 juillet 1966 à Lyon.", "14 juillet 1966"),
    ("Mi hija vino al mundo el 7 de agosto de 1991 en Sevilla.", "7 de agosto de 1991"),
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


# Old dates that are not birth dates: the weights before the look-alike set found each one.
OLD_DATES_NOT_BIRTH = [
    "The museum was founded on 3 April 1958 by the city council.",
    "Admitted on 14/02/1979 with pneumonia, discharged a week later.",
    "The Berlin Wall fell on 9 November 1989.",
    "She worked here from 01/03/1975 to 31/12/1999.",
    "Grandpa died on 12 May 1971.",
    "Married on 14.07.1962 in Bern.",
    "Das Unternehmen wurde am 3. April 1958 gegründet.",
    "La société a été fondée le 3 avril 1958.",
    "Data di assunzione: 01/04/1983",
    "Datum in dienst: 01-04-1983",
    "Data de admissão: 01/04/1983",
]

# Birth dates in the same layouts, a deceased grandparent's included (a family's personal
# data); the Italian one was missed before.
BIRTH_DATES_IN_OLD_LAYOUTS = [
    ("Date of birth: 03/04/1958", "03/04/1958"),
    ("Data di nascita: 01/04/1983", "01/04/1983"),
    ("Geboortedatum: 01-04-1983", "01-04-1983"),
    ("Data de nascimento: 01/04/1983", "01/04/1983"),
    ("My grandmother was born on 2 May 1919 in Cork.", "2 May 1919"),
    ("Staff: Lea Morgan | 1958-04-03 | Leeds | lea@example.com", "1958-04-03"),
    ("Hire date: 01.04.1983, date of birth: 12.05.1961", "12.05.1961"),
]


@pytest.fixture(scope="module")
def model() -> DobModelDetector:
    return DobModelDetector()


@pytest.fixture(scope="module")
def with_model(model: DobModelDetector) -> Redactor:
    return Redactor(detectors=[model], cache_size=0)


@pytest.mark.parametrize(("text", "date"), MISSED_BY_RULES)
def test_birth_dates_the_rules_miss_are_masked(with_model: Redactor, text: str, date: str) -> None:
    rules = Redactor(cache_size=0, dob_model=False)
    assert date in rules.redact(text).text  # what the model is for
    masked = with_model.redact(text)
    assert date not in masked.text
    assert "[DATE_OF_BIRTH_1]" in masked.text
    assert with_model.restore(masked.text, masked.vault) == text


@pytest.mark.parametrize(("text", "date"), MISSED_BY_RULES + WORLD_IDIOMS)
def test_span_is_the_date_alone(model: DobModelDetector, text: str, date: str) -> None:
    (span,) = model.detect(text)
    assert text[span.start : span.end] == date


@pytest.mark.parametrize("text", NOT_BIRTH_DATES)
def test_event_dates_stay(model: DobModelDetector, text: str) -> None:
    found = [text[s.start : s.end] for s in model.detect(text)]
    assert found in ([], ["1985-03-12"])


@pytest.mark.parametrize("text", OLD_DATES_NOT_BIRTH)
def test_old_dates_that_are_not_birth_dates_stay(model: DobModelDetector, text: str) -> None:
    assert model.detect(text) == []


@pytest.mark.parametrize(("text", "date"), BIRTH_DATES_IN_OLD_LAYOUTS)
def test_birth_dates_beside_them_are_found(model: DobModelDetector, text: str, date: str) -> None:
    assert [text[s.start : s.end] for s in model.detect(text)] == [date]


def test_lookalike_dev_part(model: DobModelDetector, with_model: Redactor) -> None:
    """The look-alike set's dev part (training data of the weights): the model touches no
    date that is not a birth date, and with the rules at most two birth dates in a hundred
    stay (an idiom four words after the date is beyond its window). Its test part is for
    figures only."""
    path = ROOT / "tests/redaction/data/dob_negatives.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    births = missed = 0
    for rec in (r for r in records if r["split"] == "dev"):
        found = model.detect(rec["text"])
        for neg in rec["hard_negatives"]:
            assert not any(s.start < neg["end"] and neg["start"] < s.end for s in found), rec["id"]
        spans = with_model.detect(rec["text"])
        for dob in rec["spans"]:
            births += 1
            missed += not any(s.start <= dob["start"] and dob["end"] <= s.end for s in spans)
    assert births > 100
    assert missed <= births // 50


def test_threshold_trades_recall_for_precision() -> None:
    births = MISSED_BY_RULES + WORLD_IDIOMS
    text = "\n\n".join(t for t, _ in births) + "\n\n" + "\n\n".join(NOT_BIRTH_DATES)
    loose = DobModelDetector(threshold=-100.0).detect(text)
    shipped = DobModelDetector().detect(text)
    strict = DobModelDetector(threshold=1000.0).detect(text)
    assert strict == []
    assert len(shipped) == len(births) + 1  # and "born 1985-03-12"
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


# Pieces of text around digit runs: every length of run, every character the date pattern
# reads after one, month names and day words in several cases, and what is no date.
_PIECES = [
    "1", "12", "123", "1985", "12345", "123456", "1234567", "19850312", "03071962", "123456789",
    "0", "31", "04", ".", "/", "-", " ", "\n", "\r\n", "> ", ":", ",", "'", "\u2019", "\u00ba",
    "\u00b0", "st", "nd", "th", "er", "of ", "de ", "del ", "the ", "March", "MAR", "mar",
    "Sept", "März", "août", "\u017fept", "Dezember", "fourteenth", "vingt et un", "twenty-first",
    "IV", "xi", "born ", "am ", "summary", "grammar", "décembre", "MÄRZ", "x", "é", "_",
    "1985.", "1985/", "1985-", "1985 ", "03.12", "03/12", "12-", "4.", "4/", "4 ", "4th ",
    "12.03.", "3 de ", "MAR58", ".IV.",
]  # fmt: skip


def test_candidates_are_the_date_patterns_matches() -> None:
    """The model scores every match of the rules' date patterns at a digit or a word's
    start and nothing else: its shortcuts (where a date can start: which digit runs, which words)
    must agree with the patterns tried at every position."""
    import random
    import re

    from llmgate.redaction.dates import DATE, MONTH_YEAR
    from llmgate.redaction.dob_model import candidates

    # at a digit, or at a letter after one that is none ("grammar 4" holds no "mar 4")
    start = r"(?:(?=[0-9])|(?<![^\W\d_]))"
    every = re.compile(rf"{start}(?:{DATE}|{MONTH_YEAR})", re.IGNORECASE)
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choices(_PIECES, k=rng.randint(1, 12)))
        found = [(c.start, c.end) for c in candidates(text)]
        assert found == [m.span() for m in every.finditer(text)], text
