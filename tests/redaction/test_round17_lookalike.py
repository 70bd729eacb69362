"""Issue 13, round 17 (look-alikes beside real values): X12 envelope ids, control numbers,
EINs, subscriber and group numbers (the NM1*IL ... 34 and REF*SY SSNs, DMG birth dates and
PER phones of the same files stay found, also quoted in prose); AWS account ids; DICOM
PatientID, AccessionNumber and study dates (the PatientBirthDate beside them stays); an
animal's birth date beside the buyer's; PPPoE and DSL logins; alarm-monitoring accounts,
census ids, transit passes and licence cards; a phone word whose owner is the customer
("Móvil del cliente:") still names a phone. One case each through the public API; floors
for the round's development file (dev_issue13_r17_lookalike.txt) and its private split,
both written before the round's rules. A mistyped IBAN (mod-97 invalid) stays, as the
IBAN rule has always required the checksum."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

ISA = (
    "ISA*00*          *00*          *ZZ*720394816      *ZZ*309182746      *251110*0815*^*"
    "00501*000771204*0*P*:~GS*BE*720394816*309182746*20251110*0815*771204*X*005010X220A1~"
)
X12 = (
    ISA + "N1*P5**FI*519203847~REF*0F*660193728~REF*38*7730016~"
    "NM1*IL*1*LINDQVIST*ERIK****34*521087346~PER*IP**HP*3125550161~DMG*D8*19760504*M~"
)
DICOM = (
    "(0008,0020) DA [20251108]  # StudyDate\n(0008,0050) SH [4471209381]  # AccessionNumber\n"
    "(0010,0020) LO [0634129870]  # PatientID\n(0010,0030) DA [19520717]  # PatientBirthDate\n"
    "(0010,2154) SH [0221 5530 418]  # PatientTelephoneNumbers\n"
)

POSITIVES = [
    # the real values of an 834 stay found by position, also quoted in prose
    ("US_SSN", X12, "521087346"),
    ("PHONE", X12, "3125550161"),
    ("DATE_OF_BIRTH", X12, "19760504"),
    ("US_SSN", "le SSN est dans REF*SY*532018476. Merci", "532018476"),
    ("DATE_OF_BIRTH", "subscriber born DMG*D8*19830219~ per the file", "19830219"),
    # DICOM: the birth date and the telephone beside the ids
    ("DATE_OF_BIRTH", DICOM, "19520717"),
    ("PHONE", DICOM, "0221 5530 418"),
    # the buyer's birth date beside the puppy's
    ("DATE_OF_BIRTH", "Welpe: Hündin, geboren am 02.09.2025\nKäufer: Jan Roth, geb. 17.03.1981",
     "17.03.1981"),
    ("DATE_OF_BIRTH", "Puppy's date of birth: 10/01/2025\nBuyer's date of birth: 06/22/1979",
     "06/22/1979"),
    ("DATE_OF_BIRTH", "El cachorro nació el 04/08/2025. Comprador: Ana Gil, nacida el "
     "12/12/1986", "12/12/1986"),
    ("DATE_OF_BIRTH", "Il cucciolo è nato il 03/07/2025. Nostro figlio è nato il 14/02/2019",
     "14/02/2019"),
    # a phone word whose owner is the customer
    ("PHONE", "Número de cliente: 5002938174\nMóvil del cliente: 622 390 418", "622 390 418"),
    ("PHONE", "cellulare cliente 328 614 2290, codice cliente 44120", "328 614 2290"),
    ("PHONE", "Telefon des Kunden: 0171 4420 381", "0171 4420 381"),
    # keyholders of an alarm sheet, the payment card beside a transit pass
    ("PHONE", "Alarm receiver account: 0215558841\nKeyholder: 07700 900734", "07700 900734"),
    ("CREDIT_CARD", "Navigo : numéro de passe 4205 7703 2241 0070, payé avec la carte "
     "5152 5760 7700 2818", "5152 5760 7700 2818"),
    # a twelve-digit phone with its phone word in an AWS text
    ("PHONE", "AWS account 618204739052; call me on mobile 447700900812", "447700900812"),
]  # fmt: skip

NEGATIVES = [
    # X12 envelope and header ids
    (X12, "720394816"),
    (X12, "309182746"),
    (X12, "000771204"),
    (X12, "519203847"),
    (X12, "660193728"),
    (X12, "7730016"),
    ("NM1*IL*1*ABBOTT*RUTH****MI*612093748~", "612093748"),
    ("NM1*85*2*RIVERSIDE CLINIC*****XX*1629384750~", "1629384750"),
    ("die Mitgliedsnummer REF*0F*618209347 ist falsch", "618209347"),
    ("Arbeitgeber-EIN: 83-1049265", "83-1049265"),
    # AWS account ids
    ("arn:aws:iam::447201938811:role/Admin", "447201938811"),
    ('{"recipientAccountId":"447201938822","eventName":"PutObject"}', "447201938822"),
    ("comptes AWS : ID de compte 384019275564 (production) et 447201938833 (test)",
     "447201938833"),
    # DICOM ids and study dates
    (DICOM, "20251108"),
    (DICOM, "4471209381"),
    (DICOM, "0634129870"),
    ("E: [0010,0020] PatientID: 0612345097\nE: [0008,0020] StudyDate: 20251107", "0612345097"),
    ("(0010, 0020) Patient ID                          LO: '0612345096'", "0612345096"),
    # an animal's birth date, seven languages
    ("Welpe: Hündin, geboren am 02.09.2025\nKäufer: Jan Roth, geb. 17.03.1981", "02.09.2025"),
    ("Puppy's date of birth: 10/01/2025\nBuyer's date of birth: 06/22/1979", "10/01/2025"),
    ("Date de naissance du chiot : 21/07/2025", "21/07/2025"),
    ("El cachorro nació el 04/08/2025. Comprador: Ana Gil, nacida el 12/12/1986", "04/08/2025"),
    ("Il cucciolo è nato il 03/07/2025. Nostro figlio è nato il 14/02/2019", "03/07/2025"),
    ("Geboortedatum pup: 02-09-2025", "02-09-2025"),
    ("Data de nascimento do cachorro: 11/08/2025", "11/08/2025"),
    ("The kitten was born on May 30, 2025 and is ready to go home.", "May 30, 2025"),
    # logins, alarm accounts, census ids, transit and licence cards
    ("Zugangsnummer: 002718373646", "002718373646"),
    ("PPPoE username 4410293848@dsl.example-isp.net", "4410293848@dsl.example-isp.net"),
    ("Teilnehmernummer Leitstelle: 0049 2217 5531", "0049 2217 5531"),
    ("Alarm receiver account: 0215558841\nKeyholder: 07700 900734", "0215558841"),
    ("Central receptora de alarmas\nNúmero de abonado: 612 009 484", "612 009 484"),
    ("Census ID: 4401928374651", "4401928374651"),
    ("lost my OV-chipkaart, number 3528 1779 3385 5895", "3528 1779 3385 5895"),
    ("Navigo : numéro de passe 4205 7703 2241 0070, payé avec la carte 5152 5760 7700 2818",
     "4205 7703 2241 0070"),
    ("Tarjeta de transporte (abono) 0102 3349 8813", "0102 3349 8813"),
    # a residence's month and year over the next line's house number
    ("FROM 03/2016 TO 09/2022\n914 ELM AVE, PASADENA CA", "09/2022"),
    # a mistyped IBAN (the checksum fails) stays, the corrected one is found
    ("nicht DE16955731335136831647, sondern DE16955731335136831347", "DE16955731335136831647"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round17_lookalike_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 17's development file: every phone (49), SSN (13), birth date (32), card (5)
    and IBAN (7) caught after the round's rules (47, 12, 31, 5, 7 before them), every
    finding on a value (17 phone, 15 birth-date and 4 card findings on ids before), none of
    its 203 decoys touched (40 before)."""
    records = private_split("dev_issue13_r17_lookalike.txt", "dev13r17lookalike")
    assert len(records) >= 60
    report = evalset.score_default(records)
    for kind, gold in (
        ("PHONE", 49), ("US_SSN", 13), ("DATE_OF_BIRTH", 32), ("CREDIT_CARD", 5), ("IBAN", 7)
    ):  # fmt: skip
        stats = report.per_type[kind]  # type: ignore[attr-defined]
        assert stats.found == stats.gold == gold, stats.missed
        assert stats.true_pos == stats.predicted, stats.false
    assert report.negatives_masked == 0, report.masked_negatives  # type: ignore[attr-defined]


def test_round17_lookalike_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning: 15 of its 16 phones, 5 of 5 SSNs, 13 of 13
    birth dates, 2 of 2 cards and 3 of 3 IBANs caught (15, 4, 12, 2, 3 before the round's
    rules), at most 2 of its 63 decoys touched (12 before)."""
    records = private_split("dev_issue13_r17_lookalike_private.txt", "dev13r17lookalikep")
    count = len(records)  # counts only in a failure's message: the split is not to be read
    assert count >= 25
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    found = tuple(per[k].found for k in ("PHONE", "US_SSN", "DATE_OF_BIRTH", "CREDIT_CARD", "IBAN"))
    assert found[0] >= 15 and found[1] >= 5 and found[2] >= 13 and found[3] >= 2
    assert found[4] >= 3
    masked = report.negatives_masked  # type: ignore[attr-defined]
    assert masked <= 2


def test_lookalike_rules_stay_linear() -> None:
    """X12 segments, DICOM tags, AWS words, context words, animal words and inline X12
    segments repeated cost time in proportion to the text (every window is bounded)."""
    red = Redactor(cache_size=0)
    for text in (
        rep("REF*0F*612093748*", 4000),
        rep("ISA*00*", 8000),
        rep(" REF*SY*", 6000),
        rep("(0010,0020) LO [", 4000),
        rep("PatientID ", 6000),
        rep("aws 447201938811 ", 3000),
        rep("pppoe ", 8000),
        rep("Welpe geboren am 01.02.2025 ", 1500),
        rep("puppy ", 8000),
        rep("Teilnehmernummer ", 4000),
        rep("EIN 12-3456789 ", 3000),
        rep("09/2022\n914 ", 4000),
        rep("Móvil del cliente ", 3000),
        rep("REF*0F*612093748~", 4000),
        rep("REF*0F*612093748 ", 4000),
    ):
        assert_linear(red.detect, text)
