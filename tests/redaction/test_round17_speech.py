"""Issue 13, round 17 (speech): phone numbers, names and birth dates in spoken and
transcribed text. Voicemail-to-e-mail notices (the caller after "voicemail from", the
call-back number in number words over a line wrap, single digits among the words, German
"dreimal die acht", area codes said as a number, Belgian "septante"), a run of nine digits
or more said without a cue unless an order's or a reference's word stands before it;
telephone-interpreting transcripts whose role labels ("Tolk (pt):", "Interprete [DE]:")
are no names and whose answers are said twice (the birth date on the two lines after the
question); the agent's name after a farewell; taxi and handover labels and titles. One case
each through the public API, beside the look-alike it must leave; floors for the round's
development file (dev_issue13_r17_speech.txt) and its private split, both written before
the rules (the private split's test reports counts only)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

POSITIVES = [
    # number words over a line wrap, with digits among them, "dreimal die", area codes
    ("PHONE", "call me back at four one five,\neight three nine, two two six one. bye",
     "four one five,\neight three nine, two two six one"),
    ("PHONE", "the number is two oh six, 5 5 5, 0 1 4 4 okay", "two oh six, 5 5 5, 0 1 4 4"),
    ("PHONE", "Rückruf bitte unter null eins fünf zwei, dreimal die sieben, vier eins null acht",
     "null eins fünf zwei, dreimal die sieben, vier eins null acht"),
    ("PHONE", "ja hallo, bitte unter null sieben elf, vier vier, sechs acht, null zwei",
     "null sieben elf, vier vier, sechs acht, null zwei"),
    ("PHONE", "bel me terug op nul tien, vier vijf twee, acht drie negen zes",
     "nul tien, vier vijf twee, acht drie negen zes"),
    ("PHONE", "rappelez-moi au zéro quatre septante-deux, soixante et un, vingt, zéro neuf",
     "zéro quatre septante-deux, soixante et un, vingt, zéro neuf"),
    # nine digits or more need no cue; a new number
    ("PHONE", "ähm ja also null eins sieben zwei, drei drei acht, vier vier eins null, danke",
     "null eins sieben zwei, drei drei acht, vier vier eins null"),
    ("PHONE", "ciao, il mio numero nuovo è 3479912044, salvalo", "3479912044"),
    ("PHONE", "oi, meu número novo é 11 96655 2093", "11 96655 2093"),
    # birth dates in Italian, Dutch and Portuguese year words, and said again
    ("DATE_OF_BIRTH", "sono nata il dodici maggio millenovecentosessantasei, grazie",
     "dodici maggio millenovecentosessantasei"),
    ("DATE_OF_BIRTH", "geboren op vier maart negentienhonderdtweeënzeventig",
     "vier maart negentienhonderdtweeënzeventig"),
    ("DATE_OF_BIRTH", "nasci a dez de julho de mil novecentos e oitenta e dois",
     "dez de julho de mil novecentos e oitenta e dois"),
    ("DATE_OF_BIRTH", "Agent: Date of birth?\nInterpreter (es): ¿Fecha de nacimiento?\n"
     "Client: Ocho de abril de mil novecientos setenta.\nInterpreter (en): April eighth, 1970.",
     "April eighth, 1970"),
    # the caller of a voicemail notice, the agent's name at the farewell, titles, labels
    ("PERSON", "New voicemail from Ronan Gallagher (617) 402-1188", "Ronan Gallagher"),
    ("PERSON", "Correio de voz de Tomé Baptista (+351 912 000 481)", "Tomé Baptista"),
    ("PERSON", "Operatore: Grazie, arrivederci. Ilaria.", "Ilaria"),
    ("PERSON", "Agent: Thank you. Shauna signing off.", "Shauna"),
    ("PERSON", "Consegna: Sig.ra Ornella Bassani, nata nel 1941", "Ornella Bassani"),
    ("PERSON", "B: huisarts mevr. Verschuren, tel. 0612345678", "Verschuren"),
    ("PERSON", "Passageiro: Sr. Abílio Sarmento\nRecolha: Rua Augusta", "Abílio Sarmento"),
    ("PERSON", "Tassista: Gennaro, taxi 12", "Gennaro"),
]  # fmt: skip

NEGATIVES = [
    # an order's, a reference's number read out; counting; a duration
    ("Bestellnummer: null acht vier vier sieben eins zwei drei neun, danke",
     "null acht vier vier sieben eins zwei drei neun"),
    ("your reference number is four four one seven two nine one one three",
     "four four one seven two nine one one three"),
    ("then count one two three four five six seven eight nine and breathe",
     "one two three four five six seven eight nine"),
    ("the call lasted four minutes thirty, queue time two minutes", "four minutes thirty"),
    ("the band went one, two, three, four, one, two, three, four, one, two, three, four, go",
     "one, two, three, four, one, two, three, four, one, two, three, four"),
    ("a row of bits: 0 1 1 0 1 0 0 1 1 0 1", "0 1 1 0 1 0 0 1 1 0 1"),
    # the role and field labels of a call
    ("Medewerker: Wat is uw naam?\nTolk (pt): Qual é o seu nome?\nTolk (nl): Wat?", "Tolk"),
    ("Agent: Name?\nInterprete [DE]: Wie ist Ihr Name?\nInterprete [IT]: Come?", "Interprete"),
    ("From: +49 30 1234\nLength: 0:42 seconds\nDuration: 1:02\nTranscript: hi", "Length"),
    ("Sachbearbeiterin: Wie heißen Sie?\nDolmetscher (es): ¿Cómo?\nDolmetscher (de): Ja",
     "Dolmetscher"),
    ("Operatore: Il nome?\nUtente: Sì\nOperatore: Grazie\nUtente: Prego", "Utente"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round17_speech_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 17's development file: 110 of its 111 phone numbers (95 before the round's
    rules), 105 of 108 names (94), all 23 birth dates (14) caught; names found off a name
    at most 7 (73 before), every phone and birth date finding on a value, none of its 51
    decoys touched."""
    records = private_split("dev_issue13_r17_speech.txt", "dev13r17speech")
    assert len(records) >= 60
    report = evalset.score_default(records)
    stats = report.per_type  # type: ignore[attr-defined]
    assert stats["PHONE"].found >= 110, stats["PHONE"].missed
    assert stats["PERSON"].found >= 105, stats["PERSON"].missed
    assert stats["DATE_OF_BIRTH"].found == 23, stats["DATE_OF_BIRTH"].missed
    for kind in ("PHONE", "DATE_OF_BIRTH"):
        assert stats[kind].true_pos == stats[kind].predicted, stats[kind].false
    assert stats["PERSON"].predicted - stats["PERSON"].true_pos <= 7, stats["PERSON"].false
    assert report.negatives_masked == 0, report.masked_negatives  # type: ignore[attr-defined]


# 33 of 35 phones (31 before the round's rules), 30 of 37 names (30 before, with 24 findings
# off a name then, 2 after), 7 of 8 birth dates (6 before); none of the 9 decoys touched.
PRIVATE_FLOORS = {"PHONE": 33, "PERSON": 30, "DATE_OF_BIRTH": 7}


def test_round17_speech_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning: counts only (see PRIVATE_FLOORS), at most
    3 findings off a name, none of its decoys touched."""
    records = private_split("dev_issue13_r17_speech_private.txt", "dev13r17speechp")
    count = len(records)  # counts only in a failure's message: the split is not to be read
    assert count >= 25
    report = evalset.score_default(records)
    found = {kind: report.per_type[kind].found for kind in PRIVATE_FLOORS}  # type: ignore[attr-defined]
    assert all(found[kind] >= floor for kind, floor in PRIVATE_FLOORS.items())
    person = report.per_type["PERSON"]  # type: ignore[attr-defined]
    off = person.predicted - person.true_pos
    assert off <= 3
    masked = report.negatives_masked  # type: ignore[attr-defined]
    assert masked <= 0


def test_speech_rules_stay_linear() -> None:
    """Digit words, single digits, farewells, call labels and birth questions repeated cost
    time in proportion to the text (every repetition is bounded)."""
    red = Redactor(cache_size=0)
    for text in (
        rep("one two three four five six seven eight nine ", 3000),
        rep("5 five 5 five 5 five ", 3000),
        rep("null\neins\nzwei\ndrei\n", 3000),
        rep("dreimal die ", 5000),
        rep("septante-deux soixante et un ", 3000),
        rep("bye. Anna here\n", 3000),
        rep("Tolk (pt): ", 5000),
        rep("Interprete [DE]: ", 4000),
        rep("date of birth?\n", 4000),
        rep("nata il dodici maggio millenovecento", 2000),
        rep("order number is four four ", 3000),
        rep("voicemail from Anna ", 3000),
        rep("Sig.ra Anna ", 4000),
        "call me " + rep("oh ", 30000),
    ):
        assert_linear(red.detect, text)
