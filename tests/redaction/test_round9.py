"""Issue 13, ninth round: rules for record formats and address forms that the earlier
rounds had not seen, one case each through the public API, beside the look-alike it must
leave; and a floor for the round's development file (dev_issue13_r9.txt), written before
its rules and only partly covered by them."""

from __future__ import annotations

from types import ModuleType

from llmgate.redaction import Redactor

from .cases import case_tests

RED = Redactor(entities=None)

HL7 = (
    "MSH|^~\\&|LAB|HOSP|EHR|HOSP|202603141022||ADT^A04|MSG00441|P|2.5\n"
    "PID|1||884213^^^HOSP^MR||KOWALSKI^ANNA^M||19790412|F|||12 Elm Street^^Springfield^IL"
    "^62704||(217)555-0143|||\n"
    "PV1|1|O|CLINIC^^^HOSP||||1234^SMITH^JOHN|||||||||||V77120\n"
)
X12 = (
    "NM1*IL*1*GARCIA*MARIA****MI*W88412093~N3*455 OAK AVE APT 3B~DMG*D8*19850630*F~"
    "PER*IC**TE*6145550122~DTP*472*D8*20260201~"
)

POSITIVES = [
    # HL7 v2 segments: each personal field by its position
    ("PERSON", HL7, "KOWALSKI^ANNA"),
    ("DATE_OF_BIRTH", HL7, "19790412"),
    ("STREET_ADDRESS", HL7, "12 Elm Street^^Springfield^IL^62704"),
    ("PHONE", HL7, "(217)555-0143"),
    ("PERSON", HL7, "SMITH^JOHN"),
    # X12 segments: a person's NM1 name, N3 street, DMG birth date, PER phone
    ("PERSON", X12, "GARCIA*MARIA"),
    ("STREET_ADDRESS", X12, "455 OAK AVE APT 3B"),
    ("DATE_OF_BIRTH", X12, "19850630"),
    ("PHONE", X12, "6145550122"),
    # a caret name outside a known segment, and the compact date in the field after it
    ("PERSON", "BRANDT^LUKAS^^^|19610723|M|service 20260301", "BRANDT^LUKAS"),
    ("DATE_OF_BIRTH", "BRANDT^LUKAS^^^|19610723|M|service 20260301", "19610723"),
    # a scan's double blanks or a form's underscores between a birth date's parts
    ("DATE_OF_BIRTH", "DOB:  07  22  1968   Visit:  03  02  2026", "07  22  1968"),
    ("DATE_OF_BIRTH", "Geb.-Dat.  12_04_1957   Aufnahme  12_03_2026", "12_04_1957"),
    # post office boxes in the four languages, with their postal code and town
    ("STREET_ADDRESS", "Please send it to PO Box 4471, Austin, TX 78701.",
     "PO Box 4471, Austin, TX 78701"),
    ("STREET_ADDRESS", "Postfach: Postfach 10 22 40, 70018 Stuttgart",
     "Postfach 10 22 40, 70018 Stuttgart"),
    ("STREET_ADDRESS", "Boîte postale : BP 4471, 31000 Toulouse", "BP 4471, 31000 Toulouse"),
    ("STREET_ADDRESS", "Apartado de correos: Apartado 1288, 46080 Valencia",
     "Apartado 1288, 46080 Valencia"),
    # a floor or flat between the street line and its postal code
    ("STREET_ADDRESS", "Lieferadresse: Lindenstraße 14, 3. OG, 10969 Berlin",
     "Lindenstraße 14, 3. OG, 10969 Berlin"),
    # phone groups apart by a spaced dot; two numbers side by side with a spaced slash
    ("PHONE", "Please call the front desk on 030 . 4471 . 2290 between 9 and 5.",
     "030 . 4471 . 2290"),
    ("PHONE", "India support desk: +91 98765 43210 / 022 2345 6789", "+91 98765 43210"),
    # SECRET: a password told by a verb, without the word for password (EN/DE/FR/ES)
    ("SECRET", 'Wi-Fi for the offsite: network "Harbor-Guest", it\'s seagull!Pier42 (lower s).',
     "seagull!Pier42"),
    ("SECRET", "Hey, for the staging box just use Tr0pic@l-Sunset, same user as last time.",
     "Tr0pic@l-Sunset"),
    ("SECRET", "Kannst du es mit Kiefer#Blau77 versuchen? Sonst setz ich es zurück.",
     "Kiefer#Blau77"),
    ("SECRET", "Le code de la porte est B4712 et le wifi c'est LuneRousse!19.", "LuneRousse!19"),
    ("SECRET", "Si no entra, prueba Mar*Azul*88 desde el portátil.", "Mar*Azul*88"),
    # a keypad's code: symbols, or a letter of the keypad first
    ("SECRET", "Door code for the server room is 48#19* from Monday.", "48#19*"),
    ("SECRET", "Le code de la porte est B4712 et le wifi c'est LuneRousse!19.", "B4712"),
    # PERSON: a quoted reply's sign-off; a role noun set off by a comma
    ("PERSON", "> Mit freundlichen Grüßen\n> Friedrich Lorenz\n> Einkauf", "Friedrich Lorenz"),
    ("PERSON", "The tenant, Gareth Pryce, reported the leak on March 4.", "Gareth Pryce"),
]  # fmt: skip

NEGATIVES = [
    # HL7 ids, message types, dates of service and the facility's components
    (HL7, "884213"), (HL7, "ADT^A04"), (HL7, "HOSP^MR"), (HL7, "202603141022"),
    # X12: an id and a date of service; a non-person NM1 (entity code 2)
    (X12, "W88412093"), (X12, "20260201"),
    ("NM1*PR*2*ACME HEALTH PLAN*****PI*12345~", "ACME HEALTH PLAN"),
    # a caret pair whose second part is no given name; a date of service after it
    ("CLINIC^WARD|20260301|", "CLINIC^WARD"), ("CLINIC^WARD|20260301|", "20260301"),
    # a visit date with double blanks but no birth word
    ("Visit:  03  02  2026", "03  02  2026"),
    # a box number without postal code and town; "BP" in prose
    ("The PO Box 12 form is attached.", "PO Box 12"),
    ("BP 120/80 measured at 10:00.", "BP 120"),
    # part and claim numbers shaped like phone numbers
    ("Order ships with part 030-4471-2290 today.", "030-4471-2290"),
    ("Toronto part number 416-555-019 is discontinued.", "416-555-019"),
    # told values that are no passwords: code, amounts, paths, mail, numbered things
    ("The standard is C++17 now.", "C++17"), ("Discount: it's 100%!! today", "100%!!"),
    ("Run it, then use $HOME/bin2 as path.", "$HOME/bin2"),
    ("Try item#4471a in the catalogue.", "item#4471a"), ("Use Ctrl+Alt+F2 to switch", "F2"),
    ("The issue is #4471 again.", "#4471"),
    # a role noun and a comma before a team, not a person
    ("The tenant, Berlin office, pays monthly.", "Berlin"),
]  # fmt: skip


test_masks, test_leaves, test_masked_text_hides_value = case_tests(RED, POSITIVES, NEGATIVES)


def test_round9_file_floor(engine_path: str, evalset: ModuleType) -> None:
    """At least the share of round 9's spans caught when its rules were written (111 of
    124; 84 before them), and no more than 2 of its 56 decoys touched."""
    red = Redactor(entities=None)
    records = [r for r in evalset.load() if str(r["id"]).startswith("dev13r9-")]
    assert len(records) >= 70
    report = evalset.score(records, lambda t: [tuple(s) for s in red.detect(t)])
    found = sum(s.found for s in report.per_type.values())
    assert found >= 111
    assert report.negatives_masked <= 2, report.masked_negatives
