"""Issue 13, tenth round: phone numbers and birth dates said in words, as call transcripts
and voicemails write them, in the four languages; one case each through the public API,
beside the look-alike it must leave (counting, spoken order and parcel numbers, dates of
events said in words); and a floor for the round's development file
(dev_issue13_r10.txt), written before its rules and only partly covered by them."""

from __future__ import annotations

from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests

RED = Redactor(entities=None)

POSITIVES = [
    # PHONE: digit words after a word for number, phone or call back (EN/DE/FR/ES)
    ("PHONE", "Caller: Sure, my number is five five five, three one two, nine eight seven six.",
     "five five five, three one two, nine eight seven six"),
    ("PHONE", "Voicemail: please ring me back on zero seven seven double four, one two three, "
     "nine nine eight.", "zero seven seven double four, one two three, nine nine eight"),
    ("PHONE", "Customer: reach me at four one five, triple five, two two one nine",
     "four one five, triple five, two two one nine"),
    ("PHONE", "Anrufer: Meine Nummer ist null eins sieben sechs, zwei zwei acht eins, vier vier.",
     "null eins sieben sechs, zwei zwei acht eins, vier vier"),
    ("PHONE", "Bitte Rückruf unter null drei null, vier vier sieben eins, zwo zwo neun null.",
     "null drei null, vier vier sieben eins, zwo zwo neun null"),
    ("PHONE", "Message : rappelez-moi au zéro un, quatre quatre, deux un, six sept, neuf zéro.",
     "zéro un, quatre quatre, deux un, six sept, neuf zéro"),
    ("PHONE", "Cliente: mi número es seis cero cero, uno dos tres, cuatro cinco seis.",
     "seis cero cero, uno dos tres, cuatro cinco seis"),
    # French pairs joined by "et" and hyphens, quotes, brackets and a character beyond
    # Latin-1 around the run, dashes between its groups (the pure path's gate, spoken.py)
    ("PHONE", "Message : mon numéro, zéro six, soixante et onze, quatre-vingt-dix-huit, douze.",
     "zéro six, soixante et onze, quatre-vingt-dix-huit, douze"),
    ("PHONE", "Ligne directe ☎ numéro:(zéro six soixante-dix-huit douze trente-quatre)",
     "zéro six soixante-dix-huit douze trente-quatre"),
    ("PHONE", "Call me → «five five five, three one two, nine eight seven six»",
     "five five five, three one two, nine eight seven six"),
    ("PHONE", "Nummer: null eins sieben sechs—zwei zwei acht eins—vier vier",
     "null eins sieben sechs—zwei zwei acht eins—vier vier"),
    # DATE_OF_BIRTH: a date whose year is said in words, after a birth word
    ("DATE_OF_BIRTH", "Agent: date of birth? Caller: the twelfth of March nineteen eighty-five.",
     "the twelfth of March nineteen eighty-five"),
    ("DATE_OF_BIRTH", "I was born on March the third, nineteen seventy-two, in Leeds.",
     "March the third, nineteen seventy-two"),
    ("DATE_OF_BIRTH", "Geburtsdatum ist der zwölfte März neunzehnhundertfünfundachtzig.",
     "zwölfte März neunzehnhundertfünfundachtzig"),
    ("DATE_OF_BIRTH", "Client : je suis né le douze mars mille neuf cent quatre-vingt-cinq.",
     "douze mars mille neuf cent quatre-vingt-cinq"),
    ("DATE_OF_BIRTH", "Cliente: nací el doce de marzo de mil novecientos ochenta y cinco.",
     "doce de marzo de mil novecientos ochenta y cinco"),
]  # fmt: skip

NEGATIVES = [
    # counting, without a word for phone or number
    ("Coach: one two three four five six seven eight, and again.", "one two three"),
    ("Zählt mit: eins zwei drei vier fünf sechs sieben acht neun, fertig.", "eins zwei"),
    # a count even after a number word; a number too short for a phone
    ("Say the numbers: one two three four five six seven eight.", "one two three"),
    ("Agent: your order number? Caller: four four seven one two.", "four four seven one two"),
    # another kind of number: reference, order, parcel ("caller" is no "call")
    ("Agent: reference number please. Caller: two two four, seven seven one, nine.",
     "two two four, seven seven one, nine"),
    ("Kunde: Bestellnummer sieben sieben eins, zwei zwei acht, neun neun.",
     "sieben sieben eins, zwei zwei acht, neun neun"),
    ("Numéro de commande : six huit deux, un un quatre, sept sept.",
     "six huit deux, un un quatre, sept sept"),
    # a date said in words without a birth word; a year alone after one
    ("The company was founded on the twelfth of March nineteen eighty-five.", "twelfth"),
    ("Die Firma wurde am zwölften März neunzehnhundertfünfundachtzig gegründet.", "zwölften"),
    ("La empresa se fundó el doce de marzo de mil novecientos ochenta y cinco.", "doce"),
    ("Born in the USA tour, nineteen eighty-five, was sold out.", "nineteen"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_only_the_asked_types() -> None:
    red = Redactor(entities=["EMAIL"])
    assert red.detect("my number is five five five, three one two, nine eight seven six") == []


def test_round10_file_floor(engine_path: str, evalset: ModuleType) -> None:
    """At least the share of round 10's spans caught when its rules were written (36 of
    49; 13 before them), and no more than 2 of its 18 decoys touched."""
    red = Redactor(entities=None)
    records = [r for r in evalset.load() if str(r["id"]).startswith("dev13r10-")]
    assert len(records) >= 55
    report = evalset.score(records, lambda t: [tuple(s) for s in red.detect(t)])
    found = sum(s.found for s in report.per_type.values())
    assert found >= 36
    assert report.negatives_masked <= 2, report.masked_negatives
