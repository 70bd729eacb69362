"""Issue 13, fourteenth round (decoys beside PHONE): numbers grouped like phone numbers that
are not (part numbers, fine references, coordinates in degrees, minutes and seconds, meter
and supply-point ids, membership cards, race bibs) left alone, and two phone numbers the
rules missed (a service line named with a customer word, the second number of an "or"
pair). One case each through the public API, beside the look-alike it must leave; floors
for the round's development file (dev_issue13_r14_decoy.txt) and its private split
(dev_issue13_r14_decoy_private.txt), both written before the round's rules."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

POSITIVES = [
    # a service line whose name ends in a customer word, in four languages
    ("PHONE", "EAN-code 871687140001234567. Klantenservice 088 - 895 5000.", "088 - 895 5000"),
    ("PHONE", "Kundennummer 3004 1187 22. Kundenservice: 0221 1782 4410", "0221 1782 4410"),
    ("PHONE", "CUPS ES0021000012345678AB · Atención al cliente +34 917 096 000",
     "+34 917 096 000"),
    ("PHONE", "Servizio clienti 02 8901 2277, codice cliente 0039 1188 2244", "02 8901 2277"),
    # the second number of an "or" pair whose first is a phone number
    ("PHONE", "Piquete de avarias 800 506 506, ou 220 100 100.", "220 100 100"),
    ("PHONE", "Hotline 0800 664 4321 oder 030 9018 2200", "030 9018 2200"),
    # phone numbers beside the look-alikes of this round stay found
    ("PHONE", "Teilenummer 0 445 110 369, Rückfragen an die Werkstatt: 0711 4587 220",
     "0711 4587 220"),
    ("PHONE", "Waypoint 3: 40 44 54 N, 73 59 08 W. Boat phone +1 212 555 0193.",
     "+1 212 555 0193"),
    ("PHONE", "Startnummer 10234, Veranstalter: 040 - 32 11 870", "040 - 32 11 870"),
    ("PHONE", "Tel. 030 12345678 I'll be in all day", "030 12345678"),
]  # fmt: skip

NEGATIVES = [
    # part numbers: a second item after a label, Bosch's grouping, a last group of capitals
    ("Teilenummer 0 445 110 369 (Injektor), Ersatz 0 986 435 521.", "0 986 435 521"),
    ("Referência da peça 1 987 432 097 e filtro 0 450 906 457.", "0 450 906 457"),
    ("Needs 0 281 002 437 and 0 986 479 R98.", "0 986 479"),
    ("Il ricambio 1 457 429 192 è arrivato", "1 457 429 192"),
    # fines and penalties
    ("Penalty notice ref PN 0418 2267 93 for the lane violation.", "0418 2267 93"),
    ("FPN 0412 889 221 issued on the A40.", "0412 889 221"),
    ("Kassenzeichen 5 314 0271 8846, bitte angeben.", "5 314 0271 8846"),
    # coordinates in degrees, minutes and seconds without their signs
    ("GPS 52 31 12 N 013 24 18 E", "013 24 18"),
    ("Breite 52 31 12, Länge 013 24 18", "013 24 18"),
    ("posizione 45 27 51 N 009 11 24 E", "009 11 24"),
    # meters and supply points
    ("CUPS ES0021000012345678AB · Nº contador 81 400 2277", "81 400 2277"),
    ("Codice POD IT001E12345678, PDR 00881234567890", "00881234567890"),
    ("matricola contatore 0431 2288 1765", "0431 2288 1765"),
    ("Gaszähler 7 301 882 4415 abgelesen", "7 301 882 4415"),
    # membership cards and race bibs
    ("Socio n.º 912 345, carné 28 004 1177.", "28 004 1177"),
    ("Startnr. 0612 3456, Block B", "0612 3456"),
    ("Dossard 0612 3456 retiré samedi", "0612 3456"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_a_phone_word_does_not_name_a_part_number() -> None:
    """The shapes win over a phone word earlier on the line: a Bosch part number asked
    for in a call stays, the phone number of the same line is found."""
    text = "Call 0171 2345678 about 0 986 435 521"
    assert [text[s.start : s.end] for s in RED.detect(text)] == ["0171 2345678"]


def test_round14_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 14's development file: all 80 PHONE values found after the round's rules (77
    before them), none of its 117 decoys touched (7 before them)."""
    records = private_split("dev_issue13_r14_decoy.txt", "dev13r14d")
    assert len(records) >= 75
    report = evalset.score_default(records)
    per_type = report.per_type  # type: ignore[attr-defined]
    assert per_type["PHONE"].found == per_type["PHONE"].gold >= 80, per_type["PHONE"].missed
    assert report.negatives_masked == 0, report.masked_negatives  # type: ignore[attr-defined]


def test_round14_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning: 24 of its 25 PHONE values found (24
    before the round's rules), at most 1 of its 32 decoys touched (4 before them)."""
    records = private_split("dev_issue13_r14_decoy_private.txt", "dev13r14dp")
    assert len(records) >= 25
    report = evalset.score_default(records)
    assert report.per_type["PHONE"].found >= 24  # type: ignore[attr-defined]
    assert report.negatives_masked <= 1  # type: ignore[attr-defined]


def test_lookalike_shapes_stay_linear() -> None:
    """Compass letters, capitals after digits and "or" pairs repeated cost time in
    proportion to the text."""
    red = Redactor(entities=["PHONE"], cache_size=0)
    service = rep("Kundenservice ", 5000) + "0221 1782 4410"
    for text in (
        rep("N 52 31 12 E ", 5000),
        rep("0 986 479 R98 ", 5000),
        rep("0171 2345678 or ", 5000),
        service,
    ):
        assert_linear(red.detect, text)
