"""Issue 13, round 17 (records whose syntax names the field): DICOM header dumps (a "PN"
value is a person's name whatever its words; PatientAddress's first "^" component is the
street; PatientTelephoneNumbers; dcm2json's "Alphabetic" and dcm2xml's name elements),
vCard, MECARD, BIZCARD and EPC payloads by their keys, ZPL address blocks anchored on the
postcode field, Get-ADUser and LDIF attributes and DNs, and report cells under their
headings (credit-bureau text from PDF). One case each through the public API, beside the
ids, UIDs, dates, tracking numbers, firms, towns and postcodes that must stay; floors for
the round's development file (dev_issue13_r17_records.txt) and its private split, both
written before the rules (the private split's test reports counts only)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor
from llmgate.redaction.field_values import looks_like_name

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)
DCM = (
    "(0008,0020) DA [20260214]                               #   8, 1 StudyDate\n"
    "(0008,0050) SH [RAD7730412]                             #  10, 1 AccessionNumber\n"
    "(0008,0090) PN [OUDSHOORN^WALBURGA^^DR]                 #  22, 1 ReferringPhysicianName\n"
    "(0010,0010) PN [TREMBLAY-OKAFOR^JUSTINE]                #  24, 1 PatientName\n"
    "(0010,0020) LO [PAT5520918]                             #  10, 1 PatientID\n"
    "(0010,1040) LO [Kerkstraat 221^^Tilburg^^5038 AB]       #  32, 1 PatientAddress\n"
    "(0010,2154) SH [0612948307]                             #  10, 1 PatientTelephoneNumbers\n"
    "(0020,000d) UI [1.2.840.77120.3.441.9]                  #  22, 1 StudyInstanceUID\n"
)
PYDICOM = (
    "(0008, 0090) Referring Physician's Name          PN: 'Zaccagnini^Ermes'\n"
    "(0010, 0010) Patient's Name                      PN: 'Rautenbach^Friedhelm'\n"
    "(0010, 1040) Patient's Address                   LO: 'Rua do Bonjardim 77^^Porto'\n"
)
VCARD = (
    "BEGIN:VCARD\nVERSION:3.0\nN:Lindqvist-Moreau;Albane;;;\nFN:Albane Lindqvist-Moreau\n"
    "ORG:Cartonnages du Vexin SAS\nTEL;TYPE=cell:+33 6 41 27 88 05\n"
    "ADR;TYPE=home:;;27 rue Paul Bert;Rouen;;76000;France\nEND:VCARD"
)
MECARD = "MECARD:N:Kowalczyk,Aurelio;TEL:393471188204;ADR:,,Via Solferino 8,Cremona,,26100,IT;;"
EPC = "BCD\n002\n1\nSCT\nBPPBCHGG\nTheodora Vlachou-Brenner\nDE07100100100004123457\nEUR25\n"
EPC_FIRM = "BCD\n002\n1\nSCT\n\nStadtwerke Oberlinden GmbH\nDE07100100100004123457\nEUR99.10\n"
ZPL = (
    "^XA\n^FO40,40^A0N,24,24^FDVersandhaus Krebs KG^FS\n^FO40,180^A0N,40,40^FDOSWIN TAMMELEO^FS\n"
    "^FO40,230^A0N,32,32^FDLOHMÜHLENWEG 31^FS\n^FO40,270^A0N,32,32^FD86152 AUGSBURG^FS\n"
    "^FO40,400^BY3^BCN,120,Y,N,N^FD>:1Z4E77W20391884105^FS\n^XZ"
)
ADU = (
    "City              : Maastricht\nDisplayName       : Radboud Wennekes\n"
    "DistinguishedName : CN=Radboud Wennekes,OU=Staff,DC=corp,DC=example,DC=nl\n"
    "GivenName         : Radboud\nManager           : CN=Hoogeveen\\, Machteld,OU=Staff,DC=corp,"
    "DC=example,DC=nl\nMobilePhone       : +31 6 2745 1180\nObjectGUID        : "
    "0b7c9e12-44d1-4a8e-9d70-51ac3e20f9b6\nPostalCode        : 6211 LK\n"
    "SamAccountName    : rwennekes\nStreetAddress     : Tongersestraat 40\nSurname           : "
    "Wennekes\n"
)
ADGROUP = (
    "DistinguishedName : CN=VPN-Nutzer,OU=Gruppen,DC=corp,DC=example\n"
    "Name              : VPN-Nutzer\nObjectClass       : group\n"
    "ManagedBy         : CN=Ilse Brandauer,CN=Users,DC=corp,DC=example\n"
)
BUREAU = (
    "Name                              Date of Birth        Report Date\n"
    "QUATTLEBAUM,  ROSCOE J            07/19/1968           03/02/2026\n\n"
    "Previous Address                                  Moved Out\n"
    "4418 BRIARCLIFF TRL                               08/2023\n"
)

POSITIVES = [
    ("PERSON", DCM, "OUDSHOORN^WALBURGA^^DR"),
    ("PERSON", DCM, "TREMBLAY-OKAFOR^JUSTINE"),
    ("STREET_ADDRESS", DCM, "Kerkstraat 221"),
    ("PHONE", DCM, "0612948307"),
    ("PERSON", PYDICOM, "Zaccagnini^Ermes"),
    ("PERSON", PYDICOM, "Rautenbach^Friedhelm"),
    ("STREET_ADDRESS", PYDICOM, "Rua do Bonjardim 77"),
    ("PERSON", '{"00100010":{"vr":"PN","Value":[{"Alphabetic":"VERHOEVEN^ANSELMA"}]}}',
     "VERHOEVEN^ANSELMA"),
    ("PERSON", VCARD, "Lindqvist-Moreau;Albane"),
    ("PERSON", VCARD, "Albane Lindqvist-Moreau"),
    ("STREET_ADDRESS", VCARD, "27 rue Paul Bert"),
    # a scanner's CSV export holds the card in one cell, its lines as "\\n"
    ("PERSON", 'QR_CODE,"BEGIN:VCARD\\nVERSION:3.0\\nN:Scheepmaker;Ida;;;\\nEND:VCARD"',
     "Scheepmaker;Ida"),
    ("STREET_ADDRESS", "BEGIN:VCARD\nLABEL;TYPE=HOME:Bosboomstraat 9\\n2512 AC Den Haag\nEND:VCARD",
     "Bosboomstraat 9"),
    ("PERSON", MECARD, "Kowalczyk,Aurelio"),
    ("STREET_ADDRESS", MECARD, "Via Solferino 8"),
    ("PHONE", MECARD, "393471188204"),
    ("PERSON", EPC, "Theodora Vlachou-Brenner"),
    ("PERSON", ZPL, "OSWIN TAMMELEO"),
    ("STREET_ADDRESS", ZPL, "LOHMÜHLENWEG 31"),
    ("PERSON", "^XA\n^FO20,20^FB600,3,0^FDEdelgard Hupfauer\\&Am Sonnenhang 6\\&83101 Rohrdorf^FS\n"
     "^XZ", "Edelgard Hupfauer"),
    ("PERSON", ADU, "Radboud Wennekes"),
    ("PERSON", ADU, "Hoogeveen\\, Machteld"),
    ("PERSON", ADU, "Wennekes"),
    ("STREET_ADDRESS", ADU, "Tongersestraat 40"),
    ("PERSON", ADGROUP, "Ilse Brandauer"),
    ("PHONE", ADU, "+31 6 2745 1180"),
    ("PERSON", "dn: uid=ebrunetti,ou=people,dc=example,dc=it\ngivenName: Eleuterio\nsn: Brunetti\n"
     "mobile: +39 347 118 2290\n", "Eleuterio"),
    ("PERSON", BUREAU, "QUATTLEBAUM,  ROSCOE J"),
    ("STREET_ADDRESS", BUREAU, "4418 BRIARCLIFF TRL"),
]  # fmt: skip

NEGATIVES = [
    # a dump's ids, UIDs and study dates; a payload's firm, town and postcode fields
    (DCM, "RAD7730412"),
    (DCM, "PAT5520918"),
    (DCM, "1.2.840.77120.3.441.9"),
    (DCM, "20260214"),
    (DCM, "Tilburg"),
    (DCM, "5038 AB"),
    (VCARD, "Rouen"),
    (VCARD, "76000"),
    (MECARD, "Cremona"),
    (EPC_FIRM, "Stadtwerke Oberlinden GmbH"),
    (ZPL, "86152"),
    (ZPL, "1Z4E77W20391884105"),
    (ADU, "0b7c9e12-44d1-4a8e-9d70-51ac3e20f9b6"),
    (ADU, "6211 LK"),
    # the default container "CN=Users" after a person's RDN
    (ADGROUP, "Users"),
    (BUREAU, "03/02/2026"),
    (BUREAU, "08/2023"),
    # a package list's "Name" column and a process listing's Name line are nobody's
    ("Name                Version\nrequests            2.32.3\n", "requests"),
    ("Name       : chrome\nId         : 4412\nHandles    : 310\n", "chrome"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_group_listing_keeps_its_own_name(person_names: Callable[[str], list[str]]) -> None:
    """A listing of groups: its Name and DN are no person's (the rules; the shipped PERSON
    model has its own say), its ManagedBy is."""
    assert person_names(ADGROUP) == ["Ilse Brandauer"]


def test_round17_records_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 17's development file: all 182 names (71 before the round's rules), 77 street
    lines (64 before), 73 phones and 35 birth dates caught; no street finding off a value;
    at most the 17 decoys the shipped PERSON model and one phone look-alike touched before
    (firms, towns, a PatientID), none more."""
    records = private_split("dev_issue13_r17_records.txt", "dev13r17records")
    assert len(records) >= 60
    report = evalset.score_default(records)
    for kind, gold in (
        ("PERSON", 182),
        ("STREET_ADDRESS", 77),
        ("PHONE", 73),
        ("DATE_OF_BIRTH", 35),
    ):
        stats = report.per_type[kind]  # type: ignore[attr-defined]
        assert stats.found == stats.gold == gold, stats.missed
    street = report.per_type["STREET_ADDRESS"]  # type: ignore[attr-defined]
    assert street.true_pos == street.predicted, street.false
    assert report.negatives_masked <= 17, report.masked_negatives  # type: ignore[attr-defined]


def test_round17_records_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning: 61 of its 61 names (25 before the round's
    rules) and 26 of its 26 street lines (19 before) caught, at most the 8 decoys touched
    before (firms and towns the shipped PERSON model reads as names)."""
    records = private_split("dev_issue13_r17_records_private.txt", "dev13r17recordsp")
    assert len(records) >= 25
    report = evalset.score_default(records)
    person, street = report.per_type["PERSON"], report.per_type["STREET_ADDRESS"]  # type: ignore[attr-defined]
    found = (person.found, street.found)
    assert found[0] >= 61 and found[1] >= 26
    masked = report.negatives_masked  # type: ignore[attr-defined]
    assert masked <= 8


def test_field_record_rules_stay_linear() -> None:
    """Dump lines, vCard and MECARD fields, EPC heads, ZPL fields, directory lines, report
    headings and name checks repeated cost time in proportion to the text."""
    red = Redactor(cache_size=0, person_model=False, dob_model=False)
    for text in (
        rep("(0010,0010) PN [A^B", 6000),
        rep("(0010, 0010) Name ", 6000) + "PN: '",
        "BEGIN:VCARD\nN:" + rep("a;", 30000),
        "BEGIN:VCARD" + rep("\\nN:a;b", 10000),
        "BEGIN:VCARD\n" + rep("\\nLABEL:", 10000),
        "MECARD:N:" + rep("a:", 30000),
        rep("BCD\n002\n1\nSCT\n", 4000),
        "^XA" + rep("^FDa 1", 12000),
        "^XA^FD" + rep("\\&1", 20000),
        "samaccountname\n" + rep("cn: CN=", 10000),
        rep("Name   x\n", 8000),
        rep('"Alphabetic": "', 8000),
        rep("<FamilyName>", 8000),
    ):
        assert_linear(red.detect, text)
    for text in (
        rep("a", 60000) + "1",
        rep("a ", 30000) + "1",
        rep("a,", 30000) + "1",
        rep("a\\,", 20000) + "1",
    ):
        assert_linear(looks_like_name, text)
