"""The optional PHONE model (``phone-model``): its shipped weights load, it finds phone
numbers that the rules miss (an answer to a question asked on the line before, an extension,
a number stored as one digit run, digits spaced one by one) in each of the four languages,
and it leaves order numbers, prices, versions, dates, times and IP addresses alone."""

from __future__ import annotations

import time
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

from llmgate.redaction import Redactor
from llmgate.redaction.detectors import ENTRY_POINT_GROUP, load_named_detectors
from llmgate.redaction.phone_model import PhoneModelDetector

ROOT = Path(__file__).resolve().parents[2]

MISSED_BY_RULES = [
    ("Anyway, Dana says her new extension is 555-0148.", "555-0148"),
    (
        "Old CRM rows kept the number as one digit run, e.g. 13125550163, which broke the import.",
        "13125550163",
    ),
    ("Agent: Und Ihre neue Durchwahl?\nKunde: 2 0 3 4 5 6 7 8 9, genau.", "2 0 3 4 5 6 7 8 9"),
    (
        "Conseiller : quel est votre nouveau numéro ?\nCliente : 07 71 22 43 19, merci.",
        "07 71 22 43 19",
    ),
    ("Agente: ¿cuál es el nuevo número?\nCliente: 644 12 38 90, gracias.", "644 12 38 90"),
]

NOT_PHONE_NUMBERS = [
    "Order 1234567890 shipped, tracking 1Z999AA10123456784.",
    "Invoice INV-2024-00871 total 1.299,00 EUR.",
    "Upgrade to version 10.0.19045.3803 today.",
    "Meeting on 2024-03-15 at 14:30, ticket #48213977.",
    "Bestellnummer 4711081512 vom 12.03.2024, Betrag 1 249 990 €.",
    "Numéro de commande 302 118 774, facture du 05/06/2024.",
    "Pedido 2024-118877 enviado el 03/04/2024 12:30, importe 129,99 €.",
    "Referenz 12-3456-789-01 bitte angeben.",
    "The old gateway (203.0.113.128) goes away on 04.11.2025 16:00.",
    # Phone-shaped references after a "number" word that says what they number.
    "Votre numéro de dossier est le 06 2024 118 273, à rappeler dans tout échange.",
    "Su número de expediente es 912 004 471 22 y su número de cliente 600 118 273.",
    "El cliente no recibe el SMS, número de contrato 01 23 45 67 89 01, gracias.",
    "Il numero di protocollo 0091823/2024 è stato assegnato ieri.",
    "the carrier's PRO number is 0412-118273.",
    "Join the call, meeting ID 913 4471 2209.",
    "Uw klantnummer is 0612 4471 88 en uw factuurnummer 2024-118273.",
    "1718093110 kernel: [88213.442101] EXT4-fs (nvme0n1p2): mounted",
]

# National numbers of the languages the look-alike set added, beside those references.
FOUND_BESIDE_REFERENCES = [
    ("Llámame al 612 34 56 78 cuando llegues.", "612 34 56 78"),
    ("Bel me op 06-12345678 als het misgaat.", "06-12345678"),
    ("Ligue para 912 345 678 amanhã.", "912 345 678"),
    ("Numéro de dossier 2024-118, téléphone 06 11 22 33 44.", "06 11 22 33 44"),
]


@pytest.fixture(scope="module")
def model() -> PhoneModelDetector:
    return PhoneModelDetector()


@pytest.fixture(scope="module")
def with_model(model: PhoneModelDetector) -> Redactor:
    return Redactor(detectors=[model], cache_size=0)


@pytest.mark.parametrize(("text", "number"), MISSED_BY_RULES)
def test_numbers_the_rules_miss_are_masked(with_model: Redactor, text: str, number: str) -> None:
    rules = Redactor(cache_size=0)
    assert number in rules.redact(text).text  # what the model is for
    masked = with_model.redact(text)
    assert number not in masked.text
    assert "[PHONE_1]" in masked.text
    assert with_model.restore(masked.text, masked.vault) == text


@pytest.mark.parametrize(("text", "number"), MISSED_BY_RULES)
def test_span_is_the_number_alone(model: PhoneModelDetector, text: str, number: str) -> None:
    (span,) = model.detect(text)
    assert text[span.start : span.end] == number


@pytest.mark.parametrize("text", NOT_PHONE_NUMBERS)
def test_other_numbers_stay(model: PhoneModelDetector, with_model: Redactor, text: str) -> None:
    assert model.detect(text) == []
    rules = Redactor(cache_size=0)
    assert with_model.detect(text) == rules.detect(text)  # nothing added


@pytest.mark.parametrize(("text", "number"), FOUND_BESIDE_REFERENCES)
def test_numbers_beside_references_are_found(
    model: PhoneModelDetector, text: str, number: str
) -> None:
    assert [text[s.start : s.end] for s in model.detect(text)] == [number]


def test_threshold_trades_recall_for_precision() -> None:
    texts = [t for t, _ in MISSED_BY_RULES] + NOT_PHONE_NUMBERS

    def found(threshold: float | None) -> int:
        detector = PhoneModelDetector(threshold=threshold)
        return sum(len(detector.detect(t)) for t in texts)

    assert found(1000.0) == 0
    assert found(None) == len(MISSED_BY_RULES)
    assert found(-1000.0) > len(MISSED_BY_RULES)


def test_text_without_numbers(model: PhoneModelDetector) -> None:
    assert model.detect("") == []
    assert model.detect("call me tomorrow, room 12 of 40") == []


def test_configuration_name_resolves_to_the_detector() -> None:
    """``[redaction] detectors = ["phone-model"]``: the entry point the package declares
    loads this detector."""
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    value = declared["project"]["entry-points"][ENTRY_POINT_GROUP]["phone-model"]
    point = metadata.EntryPoint(name="phone-model", value=value, group=ENTRY_POINT_GROUP)
    (found,) = load_named_detectors(["phone-model"], entry_points=lambda: [point])
    assert isinstance(found, PhoneModelDetector)


@pytest.mark.parametrize(
    "text",
    [
        "tel 030 1234567, " * 20000,  # one line of 340 KB with a number every 17 characters
        "1" * 300000,
        "1 " * 150000,  # one run of 150,000 digits spaced one by one
        "Telefon;" * 20000 + "\n" + "0301234567;" * 20000,  # a header 160 KB wide
        ("a;" * 50 + "\n") * 3000 + "0301234567;" * 10,  # many rows above a table's row
        "(" * 100000 + "+" * 100000 + "1234567",
    ],
)
def test_linear_on_a_long_line(model: PhoneModelDetector, text: str) -> None:
    start = time.process_time()
    found = model.detect(text)
    assert time.process_time() - start < 10.0
    assert all(0 <= s.start < s.end <= len(text) for s in found)


def test_works_without_phonenumbers(monkeypatch: pytest.MonkeyPatch) -> None:
    """``phonenumbers`` is optional: without it the metadata features are absent (the
    weights were trained on every example with and without them) and the model still
    finds the numbers and leaves the rest."""
    import llmgate.redaction.phone_model as phone_model

    monkeypatch.setattr(phone_model, "phonenumbers_module", lambda: None)
    monkeypatch.setattr(phone_model, "_metadata", phone_model._metadata.__wrapped__)
    detector = PhoneModelDetector()
    for text, number in MISSED_BY_RULES:
        assert [text[s.start : s.end] for s in detector.detect(text)] == [number]
    for text in NOT_PHONE_NUMBERS:
        assert detector.detect(text) == []


# Beside the rules the model never competes with another type: a span of it that straddles
# a rule's finding and a neighbouring cell (a time, two blanks, the phone of a pandas print) would,
# joined with the rule's phone, lose to the longer date beside it, and the phone with it.
_PRINTED = (
    ">>> print(df.head())\n"
    "   id_cliente nombre apellido     fecha_nacimiento     telefono  \\\n"
    "0       88118  Borja  Montoya  1974-07-03 00:00:00  34718505793  \n"
    "1       88127  Eneko  Montoya  2000-04-09 00:00:00  34607555077  \n"
)


def test_the_model_never_costs_the_rules_a_finding(with_model: Redactor) -> None:
    rules = [(s.start, s.end) for s in Redactor(cache_size=0).detect(_PRINTED) if s.type == "PHONE"]
    both = [(s.start, s.end) for s in with_model.detect(_PRINTED) if s.type == "PHONE"]
    assert [_PRINTED[a:b] for a, b in rules] == ["34718505793", "34607555077"]
    assert set(rules) <= set(both)
