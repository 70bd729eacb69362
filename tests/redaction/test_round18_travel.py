"""Issue 13, round 18 (travel): airline PNR displays read by their element codes (names
"SURNAME/GIVEN" without the title, AP/APM/APE contacts, Sabre and Galileo phone lines,
SSR CTCM/CTCE/DOCS/DOCA/CHLD, FP CC cards glued to the network code, the IATA e-mail
encoding); cards read out in number words in seven languages or digit by digit (a misread,
Luhn-invalid number first stays); Chrome autofill and credit_cards rows by field name;
birthdays without their year (Google Contacts "--MM-DD", vCard BDAY, OpenID "0000-");
and what must stay beside them: ticket and agency numbers, record locators, masked cards,
passport expiries. One case each through the public API, beside the look-alike it must
leave; floors for the round's development file (dev_issue13_r18_travel.txt) and its
private split, both written before the rules (the private split's test reports counts
only)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

_PNR = (
    "RP/MUC1A0980/MUC1A0980            AA/SU  12MAR26/0915Z   4TRQ7P\n"
    "  1.KOSTOPOULOS/DIMITRIOS MR   2.KOSTOPOULOS/ELENI MRS\n"
    "  3 AP MUC +49 89 5521 7730 - H\n"
    "  4 APM +4917688123409\n"
    "  5 SSR DOCS LH HK1 P/GRC/AK1234567/GRC/21AUG77/M/03DEC30/KOSTOPOULOS/DIMITRIOS/P1\n"
    "  6 SSR CTCM LH HK1/4917688123409/P1\n"
    "  7 SSR CTCE LH HK1/D..KOSTOPOULOS//NET./MAIL.GR/P1\n"
    "  8 SSR DOCA LH HK1 R/DEU/LEOPOLDSTRASSE 144/MUENCHEN/DE/80804/P1\n"
    "  9 FP CCVI4929931178260135/0730\n"
    " 10 FA PAX 220-7713904826/ETLH/EUR310.00/12MAR26/MUC1A0980/23418855/S3/P1\n"
)

POSITIVES = [
    # PNR elements
    ("PERSON", _PNR, "KOSTOPOULOS/DIMITRIOS"),
    ("PERSON", _PNR, "KOSTOPOULOS/ELENI"),
    ("PHONE", _PNR, "+49 89 5521 7730"),
    ("PHONE", "  3 AP MUC 089 5521 7730-H\n  4 APM +4917688123409\n", "+4917688123409"),
    ("DATE_OF_BIRTH", _PNR, "21AUG77"),
    ("EMAIL", _PNR, "D..KOSTOPOULOS//NET./MAIL.GR"),
    ("STREET_ADDRESS", _PNR, "LEOPOLDSTRASSE 144"),
    ("CREDIT_CARD", _PNR, "4929931178260135"),
    ("PERSON", " 1.1VAN HOUTEN/MARIJKE ANNA MRS  1.2VAN HOUTEN/BRAM MR\n",
     "VAN HOUTEN/MARIJKE ANNA"),
    ("PHONE", "PHONES\n  1.AMS0687712245-M\n", "0687712245"),
    ("PHONE", "FONE-MADT*34 917 448 206 OFICINA\n", "34 917 448 206"),
    ("DATE_OF_BIRTH", "  2.PALOMARES/UNAI MSTR(CHD/17JAN18)\n", "17JAN18"),
    ("DATE_OF_BIRTH", " 5 SSR CHLD IB HK1/17JAN18/P2\n", "17JAN18"),
    ("CREDIT_CARD", "REMARKS\n  1.-CCAX378282246310005‡1129\n", "378282246310005"),
    ("CREDIT_CARD", "FOP-CCDC30569309025904/D0927", "30569309025904"),
    ("PERSON", "NAME: OYELARAN/FOLASADE MS\nETKT 125 2281904471", "OYELARAN/FOLASADE"),
    # cards read out in words, digit by digit, after a misread one
    ("CREDIT_CARD", "Caller: my Visa, four nine two nine, nine three one one, seven eight two "
     "six, zero one three five", "four nine two nine, nine three one one, seven eight two six, "
     "zero one three five"),
    ("CREDIT_CARD", "Klant: mijn kaartnummer is vier negen twee negen, negen drie een een, "
     "zeven acht twee zes, nul een drie vijf", "vier negen twee negen, negen drie een een, "
     "zeven acht twee zes, nul een drie vijf"),
    ("CREDIT_CARD", "Cliente: o cartão é quatro nove dois nove, nove três um um, sete oito "
     "dois seis, zero um três cinco", "quatro nove dois nove, nove três um um, sete oito dois "
     "seis, zero um três cinco"),
    ("CREDIT_CARD", "Caller: card, digit by digit: 4 9 2 9 9 3 1 1 7 8 2 6 0 1 3 5",
     "4 9 2 9 9 3 1 1 7 8 2 6 0 1 3 5"),
    # autofill rows by field name, value and value_lower
    ("PERSON", "INSERT INTO autofill VALUES('achternaam','Wijnbergen','wijnbergen',1,1,1);",
     "wijnbergen"),
    ("PHONE", "INSERT INTO autofill VALUES('cellulare','347 118 2290','347 118 2290',1,1,1);",
     "347 118 2290"),
    ("DATE_OF_BIRTH",
     "INSERT INTO autofill VALUES('data_nascita','04/11/1979','04/11/1979',1,1,1);",
     "04/11/1979"),
    ("PERSON", "INSERT INTO credit_cards VALUES('3f2e-1d','Oskar Lindholm',5,2029,X'76',1,'');",
     "Oskar Lindholm"),
    # a register's "Surname, Given" after a label; Dutch and Italian forms of address
    ("PERSON", "Naam: Veldkamp, Hendrika - geboren 12-04-1950 - 200 aandelen",
     "Veldkamp, Hendrika"),
    ("PERSON", "Cliënt: mevrouw Aaltje Hofstede, geboortedatum 02-02-1931", "Aaltje Hofstede"),
    # birthdays without their year
    ("DATE_OF_BIRTH", "First Name,Last Name,Birthday\nMirela,Popescu,--08-30\n", "--08-30"),
    ("DATE_OF_BIRTH", "BEGIN:VCARD\nFN:Mirela Popescu\nBDAY:--0830\nEND:VCARD", "--0830"),
    ("DATE_OF_BIRTH", '{"name":"Mirela Popescu","birthdate":"0000-08-30"}', "0000-08-30"),
]  # fmt: skip

NEGATIVES = [
    # ticket, agency and record numbers, passport expiry, masked cards
    (_PNR, "220-7713904826"),
    (_PNR, "23418855"),
    (_PNR, "03DEC30"),
    (_PNR, "4TRQ7P"),
    ("ETKT 117 2290418836 / TKT 220-5512093348", "220-5512093348"),
    (" 8 FP PAX CCVIXXXXXXXXXXXX0135/0730", "XXXXXXXXXXXX0135"),
    # a misread number (Luhn fails) stays, the digits of a count too
    ("Caller: card number four nine two nine, nine three one one, seven eight two six, "
     "zero one three two", "four nine two nine"),
    ("We counted one two three four five six seven eight nine one two three four", "one two"),
    # two airport codes, a URL and a path with "//"
    (" 1.MUC/FRA 12MAR\n", "MUC/FRA"),
    ("see https://WWW.EXAMPLE.COM//INDEX.HTML", "EXAMPLE.COM"),
    ("--no-cache --12-24 build", "--12-24"),
    # contact shapes of a PNR outside one: an X12 claim id, accounts payable, a SKU
    ("CLM*26463774*100***11:B:1*Y*A*Y*I~", "26463774"),
    ("AP 2024-11-03 invoice batch 7", "2024-11-03"),
    ("  2 SKU*12345678 in stock", "12345678"),
    # an office after a form of address
    ("O senhor Presidente abriu a sessão", "Presidente"),
    # an autofill row of a search field
    ("INSERT INTO autofill VALUES('q','Anna Karenina','anna karenina',1,1,1);", "anna karenina"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round18_travel_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 18's development file: every card (47; 23 before the round's rules), e-mail
    (24; 16), phone (56; 39), birth date (55; 35) and street (3; 0) caught, 107 of 110
    names (56 before), every card, e-mail and birth date finding on a value, at most the
    2 decoys of a share register's certificate ranges touched (4 before)."""
    records = private_split("dev_issue13_r18_travel.txt", "dev13r18travel")
    assert len(records) >= 60
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    for kind, gold in (("CREDIT_CARD", 47), ("EMAIL", 24), ("PHONE", 56),
                       ("DATE_OF_BIRTH", 55), ("STREET_ADDRESS", 3)):  # fmt: skip
        assert per[kind].found == per[kind].gold == gold, per[kind].missed
    for kind in ("CREDIT_CARD", "EMAIL", "DATE_OF_BIRTH"):
        assert per[kind].true_pos == per[kind].predicted, per[kind].false
    assert per["PERSON"].found >= 107, per["PERSON"].missed
    assert report.negatives_masked <= 2, report.masked_negatives  # type: ignore[attr-defined]


def test_round18_travel_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning: 22 of 22 cards (9 before the round's
    rules), 6 of 7 e-mails (4), 15 of 15 phones (8), 20 of 20 birth dates (14), 32 of 34
    names (17), at most one of its decoys touched (none before)."""
    records = private_split("dev_issue13_r18_travel_private.txt", "dev13r18travelp")
    count = len(records)  # counts only in a failure's message: the split is not to be read
    assert count >= 25
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    found = [per[k].found for k in ("CREDIT_CARD", "EMAIL", "PHONE", "DATE_OF_BIRTH", "PERSON")]
    assert found[0] >= 22 and found[1] >= 6 and found[2] >= 15
    assert found[3] >= 20 and found[4] >= 32
    masked = report.negatives_masked  # type: ignore[attr-defined]
    assert masked <= 1


def test_travel_rules_stay_linear() -> None:
    """PNR codes, "//" runs, card words before digit words, autofill rows and "--" cells
    repeated cost time in proportion to the text (every repetition is bounded)."""
    red = Redactor(cache_size=0)
    texts = (
        rep(" 1.ABCD/EFGH", 6000),
        rep("A//B", 20000),
        rep("AAAA.AAAA//", 8000),
        rep("//", 40000),
        rep("card ", 16000),
        rep("card one two three ", 6000),
        "card " + rep("one ", 20000),
        rep("SSR DOCS LH HK1 P/", 4000),
        rep("CTCM LH HK1/", 6000),
        rep("CCVI", 20000),
        rep("INSERT INTO autofill VALUES('name','", 2000),
        rep("birthday --01-01 ", 5000),
        rep("\n1.AMS0", 10000),
        rep("\n1 AP ", 10000),
        rep("\nA*0", 15000),
        rep("DOCA LH HK1 R/DEU/", 4000),
    )
    for text in texts:
        assert_linear(red.detect, text)
