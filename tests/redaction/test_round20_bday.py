"""Issue 13, round 20 (bday): birthdays kept as a day and a month, read by the field or
column that names them (Mailchimp's ``Birthday`` merge field as ``MM/DD``, loyalty forms'
"Geburtstag (TT.MM.)", "Date d'anniversaire (JJ/MM)", "cumpleaños", "compleanno",
"verjaardag", "aniversário", an app's ``"birthday": "03-14"``), Apple's omitted year
(``BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-14``), Dutch years said apart in a call
("tweeduizend zeven"), and what must stay beside them: the same shapes in other columns
and fields (signup, last order, a wedding anniversary, ratings, expiries, scores) and the
model's dates under an anniversary or "Last Open" heading. One case each through the public
API; floors for the round's development file (dev_issue13_r20_bday.txt) and its private
split, both written before the rules (the private split's test reports counts only)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

_MAILCHIMP = (
    "Email Address,First Name,Last Name,Birthday,MEMBER_RATING,OPTIN_TIME,LAST_CHANGED\n"
    "ysolde.marchbank@brookmail.com,Ysolde,Marchbank,05/19,4,2024-01-03 10:00:00,"
    "2025-02-01 09:00:00\n"
    "corwin.tallis@brookmail.com,Corwin,Tallis,12/02,2,2024-02-04 11:00:00,"
    "2025-03-02 08:00:00\n"
)
_BREVO = (
    "EMAIL;NOM;PRENOM;DATE_ANNIVERSAIRE;DATE_INSCRIPTION;DERNIERE_COMMANDE\n"
    "odile.ferrand@courriel-z.fr;FERRAND;Odile;26/03;14/02/2024;09/05\n"
)
_OUTLOOK = (
    '"First Name","Last Name","Birthday","Anniversary","E-mail Address"\n'
    '"Linnea","Marchetti","8/30/1977","5/17/2003","linnea.m@brookmail.com"\n'
)

POSITIVES = [
    ("DATE_OF_BIRTH", _MAILCHIMP, "05/19"),
    ("DATE_OF_BIRTH", _MAILCHIMP, "12/02"),
    ("DATE_OF_BIRTH", _BREVO, "26/03"),
    ("DATE_OF_BIRTH", _OUTLOOK, "8/30/1977"),
    ("DATE_OF_BIRTH", "Email|Name|Birthday (MM/DD)|Store\nx@y.com|Ada|07/04|Leeds\n", "07/04"),
    ("DATE_OF_BIRTH", "Name;Vorname;Geburtstag;Eintritt\nHuber;Resi;14.08.;01.09.\n", "14.08"),
    ("DATE_OF_BIRTH", "Geburtstag (TT.MM.): 02.10.\nMitglied seit: 2024\n", "02.10"),
    ("DATE_OF_BIRTH", "Date d'anniversaire (JJ/MM) : 13/06\n", "13/06"),
    ("DATE_OF_BIRTH", "Fecha de cumpleaños (DD/MM): 24/11\n", "24/11"),
    ("DATE_OF_BIRTH", "Compleanno (GG/MM): 05/02\n", "05/02"),
    ("DATE_OF_BIRTH", "Verjaardag (DD-MM): 18-09\n", "18-09"),
    ("DATE_OF_BIRTH", "Data de aniversário: 27/01\n", "27/01"),
    ("DATE_OF_BIRTH", '{"name": "Oskar", "birthday": "04-22", "points": 12}', "04-22"),
    ("DATE_OF_BIRTH", 'user:\n  birthday: "11/08"\n  badge: 3/4\n', "11/08"),
    ("DATE_OF_BIRTH", "contact[birthday]: 09/03\n", "09/03"),
    ("DATE_OF_BIRTH", 'Row 9: Birthday "14/05" is not a valid MM/DD value', "14/05"),
    ("DATE_OF_BIRTH", "I joined the birthday club but my birthday is wrong, it's 06/27 not "
     "06/72", "06/27"),
    ("DATE_OF_BIRTH", "BEGIN:VCARD\nFN:Ilse Brandt\nBDAY;X-APPLE-OMIT-YEAR=1604:1604-07-21\n"
     "END:VCARD\n", "1604-07-21"),
    ("DATE_OF_BIRTH", "Spreker 1  0:04\nMag ik je geboortedatum?\n\nSpreker 2  0:09\nJa, "
     "negen juni tweeduizend acht.\n", "negen juni tweeduizend acht"),
]  # fmt: skip

NEGATIVES = [
    # other columns and fields of the same shapes
    (_MAILCHIMP, "2024-01-03 10:00:00"),
    (_BREVO, "09/05"),
    (_BREVO, "14/02/2024"),
    (_OUTLOOK, "5/17/2003"),
    ("Email,Signup Date,Last Order\nx@y.com,02/11,06/01\n", "02/11"),
    ("Email,Birthday Club,Last Order\nx@y.com,yes,06/01\n", "06/01"),
    ("Card expires 04/27, score 4/5, 3/4 cup flour, birthday club meeting on 06/12.", "06/12"),
    ("Campaign report - Birthday automation, week of 05/26", "05/26"),
    ("Birthday emails sent: 05/26", "05/26"),
    ('{"birthday_reminder": "03-14", "anniversary": "06-20"}', "03-14"),
    ("Student,Score,Date\nHamish,17/20,03/14\n", "03/14"),
    ("Email,Birthday,Anniversary,Last Open\nx@y.com,--07-12,06/14,2025-06-01\n", "2025-06-01"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round20_bday_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 20's development file: 96 of 100 birth dates (35 before the round's rules:
    every Mailchimp MM/DD missed), 96 of 97 birth date findings on a value (39 of 48), one
    decoy touched (8 before: anniversary and "Last Open" dates the model took; the one left
    is an Apple X-ABDATE anniversary whose label is on the next line)."""
    records = private_split("dev_issue13_r20_bday.txt", "dev13r20bday")
    assert len(records) >= 60
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    dob = per["DATE_OF_BIRTH"]
    assert dob.gold == 100 and dob.found >= 96, dob.missed
    assert dob.predicted - dob.true_pos <= 1, dob.false
    assert report.negatives_masked <= 1, report.masked_negatives  # type: ignore[attr-defined]


# DATE_OF_BIRTH found at least, decoys masked at most.
PRIVATE_FLOOR = (29, 0)


def test_round20_bday_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning, scored twice: 29 of 31 birth dates (13
    before the round's rules), no decoy touched (0 before)."""
    records = private_split("dev_issue13_r20_bday_private.txt", "dev13r20bdayp")
    assert len(records) >= 25
    report = evalset.score_default(records)
    found = report.per_type["DATE_OF_BIRTH"].found  # type: ignore[attr-defined]
    assert found >= PRIVATE_FLOOR[0]
    assert report.negatives_masked <= PRIVATE_FLOOR[1]  # type: ignore[attr-defined]


def test_bday_rules_stay_linear() -> None:
    """Birthday headings, labels and sentences repeated cost time in proportion to the
    text (4n characters at most 8 times the CPU time of n)."""
    detect = Redactor(cache_size=0).detect
    for piece, tail in (
        ("Birthday,", "\n01/02,\n"),
        ("birthday birthday ", "\n"),
        ("Birthday;Name\n01/02;Ann\n", ""),
        ("birthday (TT.MM.) ", ": 01.02."),
        ("my birthday in wrong, x ", "it's 01/02"),
        ('"birthday": "', '03-14"'),
        ("BDAY;X-APPLE-OMIT-YEAR=1604;", ":1604-03-14"),
        ("geboortedatum tweeduizend ", "zeven"),
    ):
        assert_linear(detect, rep(piece, 600) + tail)
