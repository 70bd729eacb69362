"""Issue 13, round 21 (records): persons and streets that structured records name by a
role, not a name label: pfSense and OPNsense ``config.xml`` users' ``<descr>`` after the
login ``<name>``, static DHCP maps and FortiGate reservations named after a device's owner
("Portatile di Marco", "Laptop van Sanne"), Mosquitto and openHAB comments naming the owner
and the flat, pawnbrokers' pledge tickets in seven languages (Pledgor, Pfandgeber,
Déposant, Empeñante, Pignorante, Pandgever, Penhorante; ``SURNAME, Given``), scanned forms
with letter-spaced captions, KYC street lines in Portuguese and Dutch; and what must stay:
logins, device and room descriptions, labels, hashes, ticket and serial numbers. One case
each through the public API; floors for the round's development file
(dev_issue13_r21_records.txt) and its private split, both written before the rules (the
private split's test reports counts only)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests
from .linear import assert_linear, rep

PrivateSplit = Callable[[str, str], list[dict[str, object]]]

RED = Redactor(entities=None)

_PFSENSE = (
    "\t\t<user>\n\t\t\t<name>tbellandi</name>\n"
    "\t\t\t<descr><![CDATA[Tullia Bellandi]]></descr>\n\t\t\t<scope>user</scope>\n"
    "\t\t\t<bcrypt-hash>$2y$10$Qm3kVt0bXw8rPz5nYc7uLeOa1sDfGhJkLzXcVbNm9QwErTyUiOpAs</bcrypt-hash>\n"
    "\t\t\t<uid>2004</uid>\n\t\t</user>\n"
    "\t\t\t<staticmap>\n\t\t\t\t<mac>3c:22:fb:18:aa:07</mac>\n"
    "\t\t\t\t<ipaddr>192.168.1.61</ipaddr>\n\t\t\t\t<hostname>lt-tullia</hostname>\n"
    "\t\t\t\t<descr><![CDATA[Portatile di Ottorino]]></descr>\n\t\t\t</staticmap>\n"
    "\t\t\t<staticmap>\n\t\t\t\t<descr>Stampante corridoio</descr>\n\t\t\t</staticmap>\n"
    "\t<revision>\n\t\t<time>1731938211</time>\n\t</revision>\n"
)
_PAWN_DE = (
    "PFANDSCHEIN   Pfandschein-Nr. 448217\n"
    "Pfandgeber:  WESTERKAMP, Irmgard\n"
    "Anschrift:  Brunnenstraße 71, 3. OG links\n"
    "Pfandgegenstand:  Armbanduhr, Seriennr. 7K41093356\n"
    "Schätzer:  Lothar Quendt\n"
)
_OCR = (
    "L O T T O   G E W I N N A N S P R U C H\n\n"
    "N a m e  |  HAGEDORNE   V o r n a m e  |  Wibke\n"
    "S t r a ß e ;  Kiefernweg  28, 2. OG\n"
    "Q u i t t u n g s - N r .  |  5521-80417\n"
)

POSITIVES = [
    ("PERSON", _PFSENSE, "Tullia Bellandi"),
    ("PERSON", _PFSENSE, "Ottorino"),
    ("PERSON", "<user>\n  <name>hvdm</name>\n  <descr>Hendrika van der Mespel</descr>\n"
     "  <email>hvdm@example.net</email>\n</user>", "Hendrika van der Mespel"),
    ("PERSON", "<staticmap>\n<descr>Laptop van Femmigje</descr>\n</staticmap>", "Femmigje"),
    ("PERSON", "<staticmap>\n<descr><![CDATA[Lorcan's laptop]]></descr>\n</staticmap>",
     "Lorcan"),
    ("PERSON", '        set description "Notebook von Wiltrud"\n', "Wiltrud"),
    ("PERSON", "# Proprietario: Ermenegildo Sartoris\nlistener 1883\n", "Ermenegildo Sartoris"),
    ("STREET_ADDRESS", "# Proprietario: Ermenegildo Sartoris\n# Indirizzo: Via Cernaia 17, "
     "scala C, int. 9\nlistener 1883\n", "Via Cernaia 17, scala C, int. 9"),
    ("PERSON", "// Wohnung Familie Quernheim, Lerchenfeld 12, 1. OG rechts\nBridge mqtt:broker",
     "Quernheim"),
    ("STREET_ADDRESS", "// Wohnung Familie Quernheim, Lerchenfeld 12, 1. OG rechts\n"
     "Bridge mqtt:broker", "Lerchenfeld 12, 1. OG rechts"),
    ("PERSON", _PAWN_DE, "WESTERKAMP, Irmgard"),
    ("STREET_ADDRESS", _PAWN_DE, "Brunnenstraße 71, 3. OG links"),
    ("PERSON", _PAWN_DE, "Lothar Quendt"),
    ("PERSON", "PLEDGE TICKET No. 88120\nPledgor: BLANCHFLOWER, Eustace\nLoan: 240.00\n",
     "BLANCHFLOWER, Eustace"),
    ("PERSON", "RECONNAISSANCE\nDéposant : FERRIÈRE-LAVAL, Apolline\nPrêt : 300,00\n",
     "FERRIÈRE-LAVAL, Apolline"),
    ("PERSON", "PAPELETA DE EMPEÑO\nEmpeñante: Zurbano, Leandra\nTasador: Eloy Barquín\n",
     "Zurbano, Leandra"),
    ("PERSON", "POLIZZA DI PEGNO\nPignorante:  SPADAFORA, Clelia\n", "SPADAFORA, Clelia"),
    ("PERSON", "PANDBEWIJS\nPandgever:\tVAN RIEMSDIJK, Aaltje\n", "VAN RIEMSDIJK, Aaltje"),
    ("PERSON", "CAUTELA DE PENHOR\nPenhorante : Custódia Barreiros\n", "Custódia Barreiros"),
    ("STREET_ADDRESS", "KYC\nMorada: Rua de Cedofeita, nº 318, 4º Esq.\nCódigo postal: "
     "4050-174\n", "Rua de Cedofeita, nº 318, 4º Esq."),
    ("STREET_ADDRESS", "KYC-samenvatting\nAdres: Jacob van Lennepkade 261-3hg\n",
     "Jacob van Lennepkade 261-3hg"),
    ("PERSON", _OCR, "HAGEDORNE"),
    ("PERSON", _OCR, "Wibke"),
    ("STREET_ADDRESS", _OCR, "Kiefernweg  28, 2. OG"),
]  # fmt: skip

NEGATIVES = [
    # a label of an address before a date, a clock time or map coordinates
    ("Wohnung: besichtigt am 12.03.2024 um 10:30, sehr hell.\n", "12.03"),
    ("Address: 48.858370, 2.294481 (see the map)\n", "48.858370"),
    (_PFSENSE, "tbellandi"),
    (_PFSENSE, "Stampante corridoio"),
    (_PFSENSE, "1731938211"),
    (_PFSENSE, "Portatile"),
    (_PAWN_DE, "Schätzer"),
    (_PAWN_DE, "7K41093356"),
    (_OCR, "5521-80417"),
    ("KYC\nMorada: Rua de Cedofeita, nº 318, 4º Esq.\n", "Morada"),
    ("<staticmap>\n<descr>Laptop Ufficio</descr>\n</staticmap>", "Ufficio"),
    ("<staticmap>\n<descr>Handy Gast</descr>\n</staticmap>", "Gast"),
    ("// Wohnung Familie Quernheim, Lerchenfeld 12, 1. OG rechts\nBridge", "Familie"),
    ("# owner: root\nlistener 1883\n", "root"),
    ("Address: https://broker.example.net:8883\n", "broker.example.net"),
    ("Adres: Damrak 12, 1012 LG Amsterdam\n", "1012 LG"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round21_records_file_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """Round 21's development file: 176 of 176 persons (107 before the round's rules:
    pledgors in register order, appliance users, device owners and owners in comments
    missed), 46 of 46 streets (20), one decoy touched (4 before: ticket and serial numbers
    after a scan's letter-spaced caption read as phones; the one left is a capitalized
    piece of a bcrypt hash the name model takes)."""
    records = private_split("dev_issue13_r21_records.txt", "dev13r21records")
    assert len(records) >= 60
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    person, street = per["PERSON"], per["STREET_ADDRESS"]
    assert person.gold == 176 and person.found >= 174, person.missed
    assert street.gold == 46 and street.found >= 45, street.missed
    assert report.negatives_masked <= 1, report.masked_negatives  # type: ignore[attr-defined]


# PERSON and STREET_ADDRESS found at least, decoys masked at most.
PRIVATE_FLOOR = (61, 17, 0)


def test_round21_records_private_split_floor(
    engine_path: str, evalset: ModuleType, private_split: PrivateSplit
) -> None:
    """The split kept out of the round's tuning, scored twice: 61 of 61 persons (35 before
    the round's rules), 17 of 17 streets (10), no decoy touched (2). It was written by the
    same hand from the same kinds as the development file, so it flatters the rules."""
    records = private_split("dev_issue13_r21_records_private.txt", "dev13r21recordsp")
    assert len(records) >= 25
    report = evalset.score_default(records)
    per = report.per_type  # type: ignore[attr-defined]
    assert per["PERSON"].found >= PRIVATE_FLOOR[0]
    assert per["STREET_ADDRESS"].found >= PRIVATE_FLOOR[1]
    assert report.negatives_masked <= PRIVATE_FLOOR[2]  # type: ignore[attr-defined]


def test_records_rules_stay_linear() -> None:
    """Pledge labels, owner comments, street labels, user and device descriptions and
    letter-spaced captions repeated cost time in proportion to the text (4n characters at
    most 8 times the CPU time of n)."""
    detect = Redactor(cache_size=0).detect
    for piece, tail in (
        ("Pledgor: ", "HARTLEY, Ann\n"),
        ("Pfandgeber ", ": KRAUSE, Eva\n"),
        ("# owner: # owner: ", "Ann Lee\n"),
        ("# Wohnung Familie ", "Lang, Weg 3\n"),
        ("Adres: 1 ", "\n"),
        ("Morada  ", ": Rua A 1\n"),
        ("<user><name>x</name><descr>", "Ann Lee</descr>"),
        ("<descr>Laptop <descr>", "Ann</descr>"),
        ('set description "Laptop ', 'Ann"'),
        ("N a m e ", "| Ann\n"),
        ("N a m e   ", "| Ann\n"),
        ("S e r i a l  |  ", "5521-80417\n"),
    ):
        assert_linear(detect, rep(piece, 600) + tail)
