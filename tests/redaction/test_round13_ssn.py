"""Issue 13, thirteenth round: US SSNs written inside German, Spanish, French, Italian,
Dutch and Portuguese texts: the words of those languages (also as CSV headings and JSON
keys, glued or in camel case), the borrowed names of a country's own number beside a word
that says it is the American one, nine digits grouped by threes, a label on the line above
that ends with a colon or "is", chat answers after a time stamp, tables aligned with
blanks under a title; and the look-alikes that must not become US_SSN (national numbers,
a number after a word for another number). Floors for the round's development file
(dev_issue13_r13_ssn.txt) and its private split, both written before the round's rules."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

POSITIVES = [
    # nine digits grouped by threes after the words of five languages
    ("US_SSN", "Il numero di previdenza sociale del dipendente è 512 348 906.", "512 348 906"),
    ("US_SSN", "Het Amerikaanse socialezekerheidsnummer is 412.739.021", "412.739.021"),
    ("US_SSN", "Formulário W-4: Número de Previdência Social 536 906 345", "536 906 345"),
    # Spanish "Seguridad Social"; the words as a CSV heading and a JSON key
    ("US_SSN", "Número de la Seguridad Social de EE. UU.: 412739021", "412739021"),
    ("US_SSN", "id;apellido;num_seguro_social_eeuu\n7;Ruiz;536906345", "536906345"),
    ("US_SSN", '{"nombre": "Ana", "numeroSeguroSocial": "536906345"}', "536906345"),
    ("US_SSN", '{"colaborador": "Rui", "ssnEua": "412739021"}', "412739021"),
    ("US_SSN", "matricule;nom;num_secu_us\nA1;Roy;536906345", "536906345"),
    # a country's own number name beside a word for "American"
    ("US_SSN", "Amerikaans sofinummer: 536906345", "536906345"),
    ("US_SSN", "Nº S.S. EE. UU.: 412739021", "412739021"),
    ("US_SSN", "numéro sécu US : 536906345", "536906345"),
    ("US_SSN", "Nº Seg. Social EUA: 412739021", "412739021"),
    # the label on the line above: a sentence ending with a colon or "is"
    ("US_SSN", "Vi confermo il numero di previdenza sociale americano di mia figlia:\n536906345",
     "536906345"),
    ("US_SSN", "Her social security number, as written on the lease application, is\n"
     "412739021.", "412739021"),
    # the SSN word further back on the line, no other number between
    ("US_SSN", "Segue o número de segurança social dos EUA do colaborador, conforme "
     "solicitado pelo departamento de RH: 536906345", "536906345"),
    # a chat answer after a time stamp, or with an exclamation mark
    ("US_SSN", "12/02/26, 10:41 - Carlos: ¿me mandas tu social?\n"
     "12/02/26, 10:43 - Ana: claro, es 536906345", "536906345"),
    ("US_SSN", "Pieter: heb je je social al?\nLotte: ja! 412739021", "412739021"),
    # a table aligned with blanks under a title line
    ("US_SSN", "Angaben für den US-Arbeitgeber\nName          SSN           Ort\n"
     "Petra Sommer  536906345     Graz", "536906345"),
    # a JSON value under its key, a form's value a blank line below its label
    ("US_SSN", '{\n  "numero_previdenza_sociale":\n    "536906345"\n}', "536906345"),
    ("US_SSN", "Número de Seguro Social\r\n\r\n412739021", "412739021"),
    # dashes between the threes; German and Dutch spellings
    ("US_SSN", "Numero di previdenza sociale: 536-906-345", "536-906-345"),
    ("US_SSN", "Soz.-Vers.-Nr. (USA): 536906345", "536906345"),
    ("US_SSN", "sociale zekerheidsnummer VS: 412739021", "412739021"),
    # an SSN word of its own after a national number's name
    ("US_SSN", "BSN (VS): 536906345", "536906345"),
    ("US_SSN", "SSN (not the NIF): 536906345", "536906345"),
    # the words after the number: in brackets, after "als", "come", "es"
    ("US_SSN", "Sie hat 536906345 als SSN angegeben.", "536906345"),
    ("US_SSN", "Ha indicato 412 739 021 come numero di previdenza sociale.", "412 739 021"),
    ("US_SSN", "Marie Dupont - 536906345 (numéro de sécurité sociale américain)", "536906345"),
    # a long note in brackets after the label
    ("US_SSN", "Social Security Number (habe ich seit dem Studium in Boston): 536 906 345",
     "536 906 345"),
]  # fmt: skip

NEGATIVES = [
    # a word for another number between the SSN word and the number
    ("Antrag auf SSN bei der SSA gestellt, Aktenzeichen 302514132.", "302514132"),
    ("Meine SSN 536906345, nicht die ITIN. Die Bestellnummer 395618450", "395618450"),
    # a form's filled SSN field above is no question for the next line's number
    ("Social Security nr.: 684 18 0932\nBestelnummer borg: 102918445", "102918445"),
    # a country's own numbers, without a word that says the number is American
    ("BSN: 139113228", "139113228"),
    ("Mijn sofinummer is 139113228.", "139113228"),
    ("SIREN 552 100 554 - numéro de commande 537280218", "552 100 554"),
    ("Numéro d'assurance sociale (Canada) : 171 434 707", "171 434 707"),
    ("Nº de afiliación a la Seguridad Social: 28/10293847/56", "28/10293847/56"),
    ("Ricetta dematerializzata SSN - NRE 1200A4003812345", "1200A4003812345"),
    # a bare run under a label that names no SSN, a blank line between
    ("Bestellung:\n\n536906345", "536906345"),
    # words after the number that name another one first, or a label of another before it
    ("536906345 is your order number, not your SSN", "536906345"),
    ("Bestellnummer 536906345 (SSN-Prüfung ausstehend)", "536906345"),
]  # fmt: skip

# Other detectors may find these (a phone number); they must not become an SSN.
NOT_SSN = [
    ("Llámenos al +34 612 345 678 para su número de seguro social.", "612 345 678"),
    ("NIF 198676280 e NISS 12019283746", "198676280"),
    ("Seguro social pagado; pedido 605076203", "605076203"),
    ("Kundennummer 487 892 418", "487 892 418"),
    # a country's own number named between the SSN word and the number
    ("N.º de Segurança Social e NIF: 198 676 280", "198 676 280"),
    ("SSN oder BSN: 139 113 228", "139 113 228"),
    ("Sozialversicherungsnummer und Steuer-ID: 536906345", "536906345"),
    ("Previdenza sociale: partita IVA 012 345 678", "012 345 678"),
    ("BSN vs. SSN: uw BSN is 139113228", "139113228"),
    # a phone number after the social security office's name
    ("Segurança Social: linha 300 502 502", "300 502 502"),
    ("Vragen over je SSN? Bel 536 906 345", "536 906 345"),
]

test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


@pytest.mark.parametrize(("text", "value"), NOT_SSN)
def test_not_an_ssn(text: str, value: str) -> None:
    at = text.index(value)
    spans = RED.detect(text)
    assert not [s for s in spans if s.type == "US_SSN" and s.start < at + len(value) and at < s.end]


def _score(evalset: ModuleType, records: list[dict[str, object]]) -> tuple[object, int]:
    """The scorer's report, and how many decoys a US_SSN finding touches."""
    red = Redactor(entities=None)
    as_ssn = 0
    for rec in records:
        spans = red.detect(str(rec["text"]))
        for neg in rec["hard_negatives"]:  # type: ignore[attr-defined]
            as_ssn += any(
                s.type == "US_SSN" and s.start < neg["end"] and neg["start"] < s.end for s in spans
            )
    report = evalset.score(records, lambda t: [tuple(s) for s in red.detect(t)])
    return report, as_ssn


def test_round13_ssn_file_floor(engine_path: str, evalset: ModuleType) -> None:
    """Every one of the round's 92 SSNs found (64 before its rules), none of its 74 decoys
    a US_SSN (3 before), at most the 2 that PHONE takes touched at all."""
    records = [r for r in evalset.load() if str(r["id"]).startswith("dev13r13ssn-")]
    assert len(records) >= 100
    report, as_ssn = _score(evalset, records)
    stats = report.per_type["US_SSN"]  # type: ignore[attr-defined]
    assert stats.found >= 92 and stats.leaked == 0, stats.missed
    assert stats.precision == 1.0, stats.false
    assert as_ssn == 0
    assert report.negatives_masked <= 2, report.masked_negatives  # type: ignore[attr-defined]


def test_round13_ssn_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning: 31 of its 32 SSNs found (25 before the
    round's rules), none of its 35 decoys a US_SSN, at most 2 touched (2 before)."""
    records = private_split("dev_issue13_r13_ssn_private.txt", "dev13r13ssnp")
    assert len(records) >= 40
    report, as_ssn = _score(evalset, records)
    assert report.per_type["US_SSN"].found >= 31  # type: ignore[attr-defined]
    assert as_ssn == 0
    assert report.negatives_masked <= 2  # type: ignore[attr-defined]


def test_ssn_words_stay_linear() -> None:
    """Long lines of SSN words, camel-case keys and blanks before grouped digits cost time
    in proportion to the text."""
    red = Redactor(entities=["US_SSN"], cache_size=0)
    for text in (
        rep("numeroSeguroSocial", 3000) + " 536 906 345",
        rep("seguro social pedido ", 2000) + "536906345",
        "SSN " + rep("a ", 20000) + "536 906 345",
        rep("536 906 345 ", 5000),
        rep(rep("x", 100) + ":\n536906345\n", 500),
    ):
        assert_linear(red.detect, text)
