"""Issue 13, fourteenth round (birth dates): obituaries and funeral notices (a life's two
dates, the first one starred, bracketed or on a line of its own; the death, funeral and
burial dates stay), a call agent's read-back of a birth date that the caller said in words,
an ID card's "21 11 1966"; one case each through the public API, beside the look-alike it
must leave; and floors for the round's development file (dev_issue13_r14_dob.txt) and its
private split, both written before the round's rules."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor
from llmgate.redaction.detectors import Span

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

# The rules alone: the DATE_OF_BIRTH model, on by default, has its own tests.
RED = Redactor(entities=None, dob_model=False)

_STARRED = "Lisa Brenner\n* 4. März 1941   † 27. November 2025\nTrauerfeier am 3. Dezember 2025."
_PLACED = "* Utrecht, 2 mei 1938  † Zeist, 20 november 2025\nUitvaart op 27 november 2025."
_CALL = (
    "[00:02:10] Agent: Could you confirm the date of birth on the account?\n"
    "[00:02:13] Caller: it's the ninth of June, seventy-one\n"
    "[00:02:16] Agent: 06/09/1971, thanks. Your claim from 11/28/2025 is open.\n"
)

POSITIVES = [
    # a star then a cross: the first date, its place before it too
    ("DATE_OF_BIRTH", _STARRED, "4. März 1941"),
    ("DATE_OF_BIRTH", _PLACED, "2 mei 1938"),
    # in a death notice: a bracketed pair, a line of the pair alone, a typographic star
    ("DATE_OF_BIRTH", "Obituary: Carl Dunn (Feb. 9, 1940 \u2013 Nov. 30, 2025) died at home.",
     "Feb. 9, 1940"),
    ("DATE_OF_BIRTH", "Esquela\nD.ª Elena Prieto\n12/03/1936 - 29/11/2025\nFuneral el 2/12/2025.",
     "12/03/1936"),
    ("DATE_OF_BIRTH", "In memoriam Rita Kos\n\u2605 01.06.1950 \u271d 30.11.2025", "01.06.1950"),
    # a call agent's read-back after the caller said the date in words
    ("DATE_OF_BIRTH", _CALL, "06/09/1971"),
    ("DATE_OF_BIRTH", "Assistenza stradale \u2014 Operatore: la sua data di nascita?\n"
     "Cliente: il tre maggio, sessantacinque\nOperatore: quindi 03/05/1965, grazie.",
     "03/05/1965"),
    # said in words with a two-digit year, or digit by digit, after a birth word
    ("DATE_OF_BIRTH", "Agent: what's your date of birth?\nCaller: the ninth of June, seventy-one",
     "the ninth of June, seventy-one"),
    ("DATE_OF_BIRTH", "Operatore: data di nascita?\nCliente: tre maggio sessantacinque",
     "tre maggio sessantacinque"),
    ("DATE_OF_BIRTH", "Medewerker: uw geboortedatum?\nBeller: vier mei tweeënzestig",
     "vier mei tweeënzestig"),
    ("DATE_OF_BIRTH", "Nurse: and your DOB?\nPatient: zero nine one two eight four",
     "zero nine one two eight four"),
    # an ID card's parts apart by single blanks after a cue
    ("DATE_OF_BIRTH", "Found ID card: holder Ana Lima, date of birth 07 02 1989.", "07 02 1989"),
]  # fmt: skip

NEGATIVES = [
    # the death, funeral and burial dates of the same notices
    (_STARRED, "27. November 2025"),
    (_STARRED, "3. Dezember 2025"),
    (_PLACED, "20 november 2025"),
    (_PLACED, "27 november 2025"),
    ("Obituary: Carl Dunn (Feb. 9, 1940 \u2013 Nov. 30, 2025) died at home.", "Nov. 30, 2025"),
    # a pair of days in a death notice is no life; a list's star with no cross after it
    ("Funeral home invoice\nViewing (12/01/2025 \u2013 12/03/2025)\nTotal due", "12/01/2025"),
    ("Notes\n* 12.03.2025 Kickoff\n* 14.03.2025 Review", "12.03.2025"),
    # a year pair alone is no date
    ("In loving memory of Ann Lee (1942-2024), funeral on Friday.", "1942"),
    # digit words after a birth word that read as no date; a count; a short year after no cue
    ("Agent: date of birth?\nCaller: my member number is one two three four five six",
     "one two three four five six"),
    ("We met on the fourth of May, sixty-two of us in the hall.", "the fourth of May, sixty-two"),
    # the read-back's other dates, and a form's next label that reads like a speaker
    (_CALL, "11/28/2025"),
    ("Agent: date of birth?\nCaller: one moment please\nAgent: and your claim date, "
     "the accident was on 12/12/2025?", "12/12/2025"),
    ("Date of birth:\nVisit date: n/a\nNote: 03/04/2024", "03/04/2024"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_blank_apart_dates_need_a_birth_cue() -> None:
    """ "21 09 1985" after a birth word is a birth date; an issue date of the same shape
    beside it is not one (PHONE, a type of its own, reads that shape alone as a number)."""
    red = Redactor(entities=["DATE_OF_BIRTH"], dob_model=False)
    text = (
        "Carte au nom de K. Haddad, date de naissance 21 09 1985, d\u00e9livr\u00e9e le 04 03 2019."
    )
    assert [text[s.start : s.end] for s in red.detect(text)] == ["21 09 1985"]


def test_only_the_asked_types() -> None:
    assert Redactor(entities=["EMAIL"]).detect(_STARRED) == []


def test_round14_dob_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """At least the birth dates caught when the round's rules were written (54 of 54; 37
    before them), and none of its 73 look-alike dates touched by a birth date (the one
    look-alike touched, "04 03 2019", is a PHONE finding, before and after)."""
    records = private_split("dev_issue13_r14_dob.txt", "dev13r14dob")
    assert len(records) >= 40
    report = evalset.score(records, lambda t: [tuple(s) for s in RED.detect(t)])
    assert report.per_type["DATE_OF_BIRTH"].found >= 54
    assert report.negatives_masked <= 1, report.masked_negatives
    births = evalset.score(records, lambda t: [tuple(s) for s in _births(RED, t)])
    assert births.negatives_masked == 0, births.masked_negatives


def test_round14_dob_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning: 20 of its 23 birth dates caught after the
    round's rules (16 before them), none of its 32 look-alike dates touched by a birth
    date; with the DATE_OF_BIRTH model (the default) 22 (19 before)."""
    records = private_split("dev_issue13_r14_dob_private.txt", "dev13r14dobp")
    assert len(records) >= 18
    report = evalset.score(records, lambda t: [tuple(s) for s in _births(RED, t)])
    assert report.per_type["DATE_OF_BIRTH"].found >= 20
    assert report.negatives_masked == 0, report.masked_negatives
    default = Redactor(entities=None)
    report = evalset.score(records, lambda t: [tuple(s) for s in _births(default, t)])
    assert report.per_type["DATE_OF_BIRTH"].found >= 22
    assert report.negatives_masked == 0, report.masked_negatives


def _births(red: Redactor, text: str) -> list[Span]:
    return [s for s in red.detect(text) if s.type == "DATE_OF_BIRTH"]


def test_new_gates_stay_linear() -> None:
    """Many stars, crosses, bracketed pairs and death words, and many read-back turns, in one
    text cost time in proportion to the text (each rule reads a bounded window, a death
    notice's rules run once a text over at most its first 20,000 characters)."""
    red = Redactor(entities=["DATE_OF_BIRTH"], cache_size=0)
    for text in (
        rep("* 1.2.1950 ", 5000),
        rep("funeral (1 May 1950 - ", 3000),
        rep("died\n1.2.1950 - ", 4000),
        rep("Agent: date of birth?\nCaller: x\nAgent: ", 2000) + "1.2.1950",
        rep("in memoriam \u2605 ", 5000) + "1.2.1950",
        rep("date of birth sixty zero one ", 3000),
    ):
        assert_linear(red.detect, text)
