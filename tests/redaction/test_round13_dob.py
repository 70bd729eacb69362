"""Issue 13, thirteenth round (birth dates): GEDCOM family-tree files (the date under a
``BIRT`` tag, not under ``DEAT``, ``CHR`` or ``MARR``), SSR DOCS passenger records (the
birth date's field, not the passport's expiry), birth announcements (a newborn who
"arrived", "came into the world" or whom a family "welcomed"), 19th-century years,
"Jan 5, '83", "04.MAR.79", "BirthDt" columns, "Geburt"/"geboorte" and an XML element's
child date; one case each through the public API,
beside the look-alike it must leave; and floors for the round's development file
(dev_issue13_r13_dob.txt) and its private split, both written before the round's rules."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

# The rules alone: the DATE_OF_BIRTH model, on by default, has its own tests
# (test_dob_model.py, test_default_models.py) and its figures on these files below.
RED = Redactor(entities=None, dob_model=False)

_GEDCOM = (
    "0 @I4@ INDI\n1 NAME Edith /Marsh/\n1 SEX F\n1 BIRT\n2 DATE 9 OCT 1887\n"
    "2 PLAC Hull, England\n1 CHR\n2 DATE 30 OCT 1887\n1 DEAT\n2 DATE 14 FEB 1962\n"
    "1 FAMS @F2@\n0 @F2@ FAM\n1 MARR\n2 DATE 3 JUN 1910\n1 CHAN\n2 DATE 2 MAR 2024\n"
)
_GEDCOM_CRLF = "0 @I9@ INDI\r\n1 BIRT\r\n2 PLAC Namur\r\n2 DATE ABT MAY 1902\r\n1 DEAT Y\r\n"
_DOCS = "SSR DOCS AF HK1/P/FRA/19AB23456/FRA/23SEP74/M/05JAN32/LEROY/PAUL"

POSITIVES = [
    # GEDCOM: the date under BIRT, after PLAC lines and a qualifier too
    ("DATE_OF_BIRTH", _GEDCOM, "9 OCT 1887"),
    ("DATE_OF_BIRTH", _GEDCOM_CRLF, "MAY 1902"),
    # an airline's SSR DOCS record: the field before the sex
    ("DATE_OF_BIRTH", _DOCS, "23SEP74"),
    # birth announcements: arrival verbs where the text announces a birth; coming into
    # the world anywhere
    ("DATE_OF_BIRTH", "It's a boy! Theo arrived on January 9, 2026, 8 lb 1 oz.",
     "January 9, 2026"),
    ("DATE_OF_BIRTH", "Fiocco rosa: è arrivata Bianca il 14 gennaio 2026!", "14 gennaio 2026"),
    ("DATE_OF_BIRTH", "Nuestro hijo Mateo vino al mundo el 2 de febrero de 2026.",
     "2 de febrero de 2026"),
    ("DATE_OF_BIRTH", "Jonas ist am 4. Januar 2026 zur Welt gekommen.", "4. Januar 2026"),
    ("DATE_OF_BIRTH", "Wir freuen uns über die Geburt unserer Tochter Ida am 5. Januar 2026.",
     "5. Januar 2026"),
    ("DATE_OF_BIRTH", "Wij melden de geboorte van Sem op 7 januari 2026.", "7 januari 2026"),
    ("DATE_OF_BIRTH", "So happy to share that we welcomed our son Elias on 02/14/2026!",
     "02/14/2026"),
    # a genealogy's 19th-century years
    ("DATE_OF_BIRTH", "Johann Brinkmann, * 02.11.1864 in Lemgo", "02.11.1864"),
    ("DATE_OF_BIRTH", "Trijntje Bos, geb. 4-5-1871 te Kampen", "4-5-1871"),
    # a two-digit year after a month first, with its apostrophe
    ("DATE_OF_BIRTH", "Our records list a date of birth of Mar 7, '66 for the account holder.",
     "Mar 7, '66"),
    # an abbreviated month between dots, with a two-digit year: the whole date
    ("DATE_OF_BIRTH", "PAX DOB 04.MAR.79, seat 14C", "04.MAR.79"),
    # column and field names: BirthDt, Geburtsdat.; an XML element's child date
    ("DATE_OF_BIRTH", "EmpNo,Name,BirthDt,HireDt\n881,Ito,04/22/1980,05/01/2012", "04/22/1980"),
    ("DATE_OF_BIRTH", "Name;Geburtsdat.;Ort\nMeier;12.03.1961;Ulm", "12.03.1961"),
    ("DATE_OF_BIRTH", "<Patient>\n  <DateOfBirth>\n    <Date>1956-03-12</Date>\n"
     "  </DateOfBirth>\n</Patient>", "1956-03-12"),
]  # fmt: skip

NEGATIVES = [
    # GEDCOM: the other events' dates and the file's own
    (_GEDCOM, "30 OCT 1887"),
    (_GEDCOM, "14 FEB 1962"),
    (_GEDCOM, "3 JUN 1910"),
    (_GEDCOM, "2 MAR 2024"),
    ("0 HEAD\n1 DATE 14 JAN 2024\n2 TIME 10:22:13\n0 @I1@ INDI\n1 DEAT\n2 DATE 3 NOV 2011\n",
     "3 NOV 2011"),
    # a DOCS record's expiry; a document record without DOCS
    (_DOCS, "05JAN32"),
    ("Flight AF1280/12DEC25 CDG-NCE, ticket issued 02DEC25", "02DEC25"),
    # arrival verbs outside an announcement; the world as a figure of speech
    ("The parcel arrived on March 3, 2026, two days late.", "March 3, 2026"),
    ("Il pacco è arrivato il 3 marzo 2026.", "3 marzo 2026"),
    ("Baby monitor order: arrived on 12/02/2025, returned 12/09/2025.", "12/02/2025"),
    ("We welcomed our new CFO on 3/1/2025.", "3/1/2025"),
    ("Our son's parcel arrived on 3 March 2026.", "3 March 2026"),
    ("Siège bébé inclus. Le véhicule est arrivé le 22/12/2025.", "22/12/2025"),
    ("La empresa llegó al mundo digital el 3 de marzo de 2020.", "3 de marzo de 2020"),
    ("Le 3 mars 2025, premier au monde à le faire.", "3 mars 2025"),
    # a death date before a birth cue is not the birth date
    ("Acte de décès : Paul Roux, décédé le 2 janvier 2026 à Niort, né le 6 juin 1940.",
     "2 janvier 2026"),
    # old dates that are no births
    ("Die Firma wurde am 01.04.1871 gegründet.", "01.04.1871"),
    ("Geburtsvorbereitungskurs am 12.01.2026 um 18 Uhr", "12.01.2026"),
    ("<dob>\n</dob>\n<created>2024-01-02</created>", "2024-01-02"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_only_the_asked_types() -> None:
    red = Redactor(entities=["EMAIL"])
    assert red.detect(_GEDCOM) == []


def test_round13_dob_file_floor(engine_path: str, evalset: ModuleType) -> None:
    """At least the birth dates caught when the round's rules were written (75 of 77; 57
    before them), and none of its 98 look-alike dates touched (one before)."""
    red = Redactor(entities=None, dob_model=False)
    records = [r for r in evalset.load() if str(r["id"]).startswith("dev13r13dob-")]
    assert len(records) >= 60
    report = evalset.score(records, lambda t: [tuple(s) for s in red.detect(t)])
    assert report.per_type["DATE_OF_BIRTH"].found >= 75
    assert report.negatives_masked == 0, report.masked_negatives


def test_round13_dob_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning: 27 of its 32 birth dates caught after the
    round's rules (23 before them), none of its 37 look-alike dates touched (none before)."""
    records = private_split("dev_issue13_r13_dob_private.txt", "dev13r13dobp")
    assert len(records) >= 30
    red = Redactor(entities=None, dob_model=False)
    report = evalset.score(records, lambda t: [tuple(s) for s in red.detect(t)])
    assert report.per_type["DATE_OF_BIRTH"].found >= 27
    assert report.negatives_masked == 0, report.masked_negatives


def test_new_gates_stay_linear() -> None:
    """Many GEDCOM tags, DOCS records and arrival verbs in one text cost time in
    proportion to the text (each rule reads a bounded window around its gate)."""
    red = Redactor(entities=["DATE_OF_BIRTH"], cache_size=0)
    for text in (
        rep("1 BIRT\n2 PLAC x\n", 3000),
        rep("It's a girl! arrived 1 ", 3000),
        rep("DOCS/P/", 5000) + "1",
        rep("came into the world ", 3000) + "1",
        "1 BIRT\n" + "2 PLAC " + rep("x", 50000) + "\n2 DATE 1 MAR 1950",
    ):
        assert_linear(red.detect, text)


def test_the_default_keeps_the_rules_finds_on_the_private_split(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """``Redactor()`` (rules + the DATE_OF_BIRTH model) on the split the round never tuned
    on: every birth date the rules find and more, at most one look-alike date touched."""
    records = private_split("dev_issue13_r13_dob_private.txt", "dev13r13dobp")
    default = Redactor(entities=None)
    report = evalset.score(records, lambda t: [tuple(s) for s in default.detect(t)])
    assert report.per_type["DATE_OF_BIRTH"].found >= 28
    assert report.negatives_masked <= 1, report.masked_negatives
