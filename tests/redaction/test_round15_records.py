"""Issue 13, fifteenth round (records): SSNs and names in fixed-width and headerless
records (benefits and eligibility extracts, payroll rows, COBOL dumps and copybooks, EFW2
RW records, NACHA entries, X12 834 segments), JSON and XML fields, lab reports; and the
nine-digit look-alikes that must stay (log ids, member, claim and employee ids, routing
numbers, padded amounts, ZIP+4 without its dash). One case each through the public API,
beside the look-alike it must leave; floors for the round's development file
(dev_issue13_r15_records.txt) and its private split (dev_issue13_r15_records_private.txt),
both written before the round's rules (the private split's test reports counts only)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

# A headerless benefits extract: sequence, plan, SSN, surname, given name, birth date,
# street, phone, status.
EXTRACT = (
    "00101 MED 318402277 ABERCROMBIE       NOELIA        19720311 14 VINE ST      3125550187 A\n"
    "00102 MED 540117392 STRAUSS           BERNHARD      19581130 902 KING RD     3125550933 A\n"
    "00103 MED 231650048 MACLEOD           FIONA         19890704 7 GLEN AVE      3125550411 T\n"
)
# The same layout with a header line: the header decides.
HEADED = (
    "MEMBER-NO  SURNAME      GIVEN      BIRTH-DT  STREET\n"
    "527301884  ABERCROMBIE  NOELIA     19720311  14 VINE ST\n"
    "611042395  STRAUSS      BERNHARD   19581130  902 KING RD\n"
)
# Rows with a record code glued before the SSN, and a ZIP+4 without its dash at the end.
GLUED = (
    "R1318402277ABERCROMBIE    NOELIA      19720311 606014412\n"
    "R1540117392STRAUSS        BERNHARD    19581130 606114107\n"
)
LOGS = (
    "[09:12:44] worker-2 318402277 OK 88ms\n"
    "[09:12:45] worker-3 540117392 FAIL 91ms\n"
    "[09:12:47] worker-2 231650048 OK 77ms\n"
)
CLAIMS = (
    "318402277 ABERCROMBIE     NOELIA      1457392018 19720311 000041250\n"
    "540117392 STRAUSS         BERNHARD    1639201844 19581130 000009900\n"
)

POSITIVES = [
    # a headerless extract: the SSN column by the repeated layout, the names beside it
    ("US_SSN", EXTRACT, "318402277"),
    ("US_SSN", EXTRACT, "231650048"),
    ("PERSON", EXTRACT, "STRAUSS"),
    ("PERSON", EXTRACT, "FIONA"),
    ("US_SSN", GLUED, "540117392"),
    # the SSN glued to the birth date after it; headerless comma rows
    ("US_SSN", "ABERCROMBIE    NOELIA      318402277197203113125550187\n"
     "STRAUSS        BERNHARD    540117392195811303125550933", "540117392"),
    ("US_SSN", "ADD,MACLEOD,FIONA,231650048,19890704,60601\n"
     "ADD,STRAUSS,BERNHARD,540117392,19581130,60611", "231650048"),
    ("PERSON", GLUED, "ABERCROMBIE"),
    # a payroll row whose name cell holds a comma: the aligned heading still names the SSN
    ("US_SSN", "EMPNO  SSN        NAME               GROSS\n"
     "20411  318402277  STRAUSS,BERNHARD   004512300\n"
     "20412  540117392  MACLEOD,FIONA      003310000", "540117392"),
    ("PERSON", "EMPNO  SSN        NAME               GROSS\n"
     "20411  318402277  STRAUSS,BERNHARD   004512300", "STRAUSS,BERNHARD"),
    # COBOL: a dump with dotted leaders, a copybook's VALUE clause; "SOC-SEC-NO" headings
    ("PERSON", "EMP-LAST-NAME.....: ABERCROMBIE\nEMP-SSN...........: 318402277", "ABERCROMBIE"),
    ("PERSON", "    05  WS-FIRST-NAME   PIC X(15) VALUE 'NOELIA'.", "NOELIA"),
    ("US_SSN", "SOC-SEC-NO  SURNAME\n318402277   STRAUSS", "318402277"),
    # EFW2's RW record, a NACHA entry's receiver, X12 NM1 with qualifier 34 and REF*SY
    ("US_SSN", "RW318402277NOELIA                        ABERCROMBIE         14 VINE ST",
     "318402277"),
    ("PERSON", "RW318402277NOELIA                        ABERCROMBIE         14 VINE ST",
     "ABERCROMBIE"),
    ("PERSON", "627071000013" + "4471902281".ljust(17) + "0000185000" + "EMP0042".ljust(15)
     + "MACLEOD FIONA".ljust(22) + "0071000010000001", "MACLEOD FIONA"),
    ("US_SSN", "NM1*IL*1*STRAUSS*BERNHARD****34*540117392~", "540117392"),
    ("US_SSN", "REF*SY*540117392~\nDMG*D8*19581130*M~", "540117392"),
    # JSON keys: "social" quoted before its colon; name parts in capitals under their keys
    ("US_SSN", '{"social":"318402277","plan":"B"}', "318402277"),
    ("PERSON", '{"cognome": "MACLEOD", "nome": "Fiona"}', "MACLEOD"),
    ("PERSON", "<LastName>STRAUSS</LastName>", "STRAUSS"),
    # a lab report: the SSN under its heading in a one-row table below a title with a date;
    # "SURNAME, GIVEN" after a person's label
    ("US_SSN", "CITY LAB REPORT     Printed 20260301\nPATIENT NAME     SSN         MEMBER NO\n"
     "MACLEOD FIONA    231650048   448201937", "231650048"),
    ("PERSON", "Patient: MACLEOD, FIONA        SSN: 231650048", "MACLEOD, FIONA"),
    ("PERSON", "ssn=231650048 name=Macleod, Fiona rc=0", "Macleod, Fiona"),
    # keys and labels of records: Dutch words split, a key glued "SOCSECNO", a dotted leader
    ("US_SSN", '{"sociale_zekerheid_nummer": "412739021"}', "412739021"),
    ("US_SSN", "SOCSECNO   SURNAME\n412739021  STRAUSS\n540117392  MACLEOD", "540117392"),
    ("US_SSN", "SUBSCRIBER SSN.....412739021", "412739021"),
    ("PERSON", "Name: DOE, JANE          SSN: 412739021", "DOE, JANE"),
    ("PERSON", "<Subscriber><Name>MACLEOD, FIONA</Name></Subscriber>", "MACLEOD, FIONA"),
    ("PERSON", '{"insured": {"last": "MACLEOD", "first": "FIONA"}}', "MACLEOD"),
    # rows whose cells are one blank apart
    ("PERSON", "D 412739021 KOWALCZYK ANNA 19800412 412 ELM ST\n"
     "D 540117392 STRAUSS BERNHARD 19581130 902 KING RD", "STRAUSS BERNHARD"),
    # a "PATIENT-NAME" heading joined by a dash
    ("PERSON", "CLAIM-NO    PATIENT-NAME     PAT-SSN\n448201937   STRAUSS BERNHARD 540117392",
     "STRAUSS BERNHARD"),
]  # fmt: skip

NEGATIVES = [
    # a header that names another number decides; log ids; claims (an NPI in the row)
    (HEADED, "527301884"),
    (HEADED, "611042395"),
    (LOGS, "318402277"),
    (LOGS, "540117392"),
    (CLAIMS, "318402277"),
    # the ZIP+4 at the end of glued rows, padded amounts, routing numbers, member ids
    (GLUED, "606014412"),
    ("EMPNO  SSN        GROSS      NAME\n"
     "20411  318402277  004512300  STRAUSS,BERNHARD\n"
     "20412  540117392  003310000  MACLEOD,FIONA", "004512300"),
    ("20411 A 318402277 004512300 STRAUSS BERNHARD 19580311 X\n"
     "20412 A 540117392 003310000 MACLEOD FIONA    19891104 X", "003310000"),
    ("    05  WS-ROUTING   PIC 9(09) VALUE 071000013.", "071000013"),
    ("CITY LAB REPORT     Printed 20260301\nPATIENT NAME     SSN         MEMBER NO\n"
     "MACLEOD FIONA    231650048   448201937", "448201937"),
    ("REF*0F*448201937~", "448201937"),
    # headers that follow a name heading
    ("SURNAME      GIVEN      PHONE\n", "GIVEN"),
    # a code in capitals beside a comma is no "SURNAME,GIVEN"; a two-column header; a
    # transcript's speaker label before an answer in title case
    ("STATUS,ACTIVE", "ACTIVE"),
    ("NAME,SSN\nX,1", "NAME"),
    ("Patient: Sure, October 9th, 1978.", "Sure"),
    ('{"last_name": "NULL"}', "NULL"),
    ('{"status": {"last": "UPDATED"}}', "UPDATED"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_only_the_asked_types() -> None:
    assert Redactor(entities=["PHONE"]).detect(GLUED) == [] or all(
        s.type == "PHONE" for s in Redactor(entities=["PHONE"]).detect(GLUED)
    )
    assert {s.type for s in Redactor(entities=["US_SSN"]).detect(EXTRACT)} == {"US_SSN"}


def test_one_row_is_no_layout() -> None:
    """A single row of a person's record is no repeated layout: its bare nine digits stay
    unless something names them."""
    row = EXTRACT.splitlines()[0]
    assert all(s.type != "US_SSN" for s in RED.detect(row))


def test_round15_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 15's development file: 195 of its 198 SSNs caught after the round's rules (107
    before them), 350 of its 359 names (240), every SSN finding on a value, at most 25 of
    its 251 decoys touched (25 before: PHONE findings on ids in rows, not this round's)."""
    records = private_split("dev_issue13_r15_records.txt", "dev13r15records")
    assert len(records) >= 87
    report = evalset.score_default(records)
    ssn = report.per_type["US_SSN"]  # type: ignore[attr-defined]
    assert ssn.found >= 195, ssn.missed
    assert ssn.true_pos == ssn.predicted, ssn.false
    person = report.per_type["PERSON"]  # type: ignore[attr-defined]
    assert person.found >= 350, person.missed
    assert report.negatives_masked <= 25, report.masked_negatives  # type: ignore[attr-defined]


def test_round15_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning: 62 of its 63 SSNs caught (33 before the
    round's rules), every SSN finding on a value (as before), 113 of its 114 names (77),
    at most 8 of its 93 decoys touched (8 before)."""
    records = private_split("dev_issue13_r15_records_private.txt", "dev13r15recordsp")
    count = len(records)  # counts only in a failure's message: the split is not to be read
    assert count >= 29
    report = evalset.score_default(records)
    ssn = report.per_type["US_SSN"]  # type: ignore[attr-defined]
    found, true_pos, predicted = ssn.found, ssn.true_pos, ssn.predicted
    assert found >= PRIVATE_SSN
    assert true_pos == predicted
    person = report.per_type["PERSON"]  # type: ignore[attr-defined]
    names = person.found
    assert names >= PRIVATE_PERSON
    masked = report.negatives_masked  # type: ignore[attr-defined]
    assert masked <= PRIVATE_DECOYS


PRIVATE_SSN, PRIVATE_PERSON, PRIVATE_DECOYS = 62, 113, 8


def test_round15_rules_stay_linear() -> None:
    """Rows of nine-digit numbers, capitals after name keys, commas between capitals and
    EFW2 and NACHA openings repeated cost time in proportion to the text."""
    red = Redactor(entities=["US_SSN", "PERSON"], cache_size=0, person_model=False)
    row = "00101 MED 318402277 ABERCROMBIE       NOELIA        19720311 3125550187\n"
    for text in (
        rep(row, 3000),
        rep("318402277 ", 8000),
        rep("1", 9) + rep(" ", 2500) + rep("123456789\n", 2000),
        rep("last_name: ABC ", 6000),
        rep("ABC,DEF,GHI ", 6000),
        rep("RW318402277 ", 6000),
        rep("627071000013\n", 6000),
        rep("name=Abc, ", 6000),
        "A1" + rep("0", 40000),
    ):
        assert_linear(red.detect, text)


def test_bare_nine_digit_runs_are_found_where_the_lookbehind_pattern_found_them() -> None:
    """The nine-digit run is searched for by its zeros first and its left side checked
    after (fixed_width._nine_start): on random shapes it finds what the pattern with the
    lookbehinds first found."""
    import random
    import re

    from llmgate.redaction import fixed_width

    first = re.compile(
        rb"(?:(?<![0-9\-./:+])|(?<=[A-Z]0)|(?<=[A-Z]00)|(?<=[A-Z]000))0{9}(?![0-9]|[\-./:][0-9])"
    )
    rng = random.Random(15)
    for _ in range(20000):
        shape = bytes(rng.choice(b"00000000 -./:+AZEbx\n") for _ in range(rng.randint(5, 30)))
        now = fixed_width._NINE.finditer(shape)
        assert [m.span() for m in now if fixed_width._nine_start(shape, m.start())] == [
            m.span() for m in first.finditer(shape)
        ]
