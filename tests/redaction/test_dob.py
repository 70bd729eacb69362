"""DATE_OF_BIRTH: dates that a birth cue, a "geboren" after them or a birth date column
marks, in the numeric and written forms of four languages; other dates stay."""

from __future__ import annotations

import pytest

from llmgate.redaction import BUILTIN_ENTITIES, Redactor

RED = Redactor(entities=["DATE_OF_BIRTH"])

POSITIVES = [
    ("Patient born 12/03/1985, seen on 2024-05-02.", "12/03/1985"),
    ("DOB: 1979-11-23", "1979-11-23"),
    ("D.O.B. 02/29/1988", "02/29/1988"),
    ("Date of birth: March 4, 1990", "March 4, 1990"),
    ("She was born on 4 March 1990 in Leeds.", "4 March 1990"),
    ("born on the 4th of March 1990", "4th of March 1990"),
    ("Geburtsdatum: 14.02.1988", "14.02.1988"),
    ("geb. 03.07.1975 in Köln", "03.07.1975"),
    ("Er wurde am 3. Juli 1975 geboren.", "3. Juli 1975"),
    ("Date de naissance : 21/06/1992", "21/06/1992"),
    ("né le 5 janvier 1983 à Lyon", "5 janvier 1983"),
    ("Fecha de nacimiento: 30/09/1969", "30/09/1969"),
    ("nacido el 7 de agosto de 1991 en Sevilla", "7 de agosto de 1991"),
    ("name,dob,city\nAnna Schmidt,1984-06-30,Berlin", "1984-06-30"),
    ('{"birth_date": "1990-01-15", "created": "2024-02-01"}', "1990-01-15"),
    ('{"dateOfBirth": "1990-01-15"}', "1990-01-15"),
    ("birthdate=1966-12-01", "1966-12-01"),
    ("<dateOfBirth>1993-08-17</dateOfBirth>", "1993-08-17"),
    # Issue 13, second round: forms, exports and wrapped mail as people write them.
    ("Date of birth:\n12/03/1985\nPlace of birth: Leeds", "12/03/1985"),
    ("her date of birth is 12\nMarch 1985 and she starts", "12\nMarch 1985"),
    ("Herr Brandt ist geboren am 12. März\n1985, die Akte folgt.", "12. März\n1985"),
    ("Su fecha de nacimiento es 12 de marzo de\n1985 y ya firmó.", "12 de marzo de\n1985"),
    ("id,patient_dob,visit_date\n17,1985-03-12,2024-01-09", "1985-03-12"),
    ("Name,Date of Birth (DD/MM/YYYY),Start\nOlivia Hart,12/03/1985,01/04/2022", "12/03/1985"),
    ("Passenger born 12-Mar-1985, booking on 14-Jun-2024.", "12-Mar-1985"),
    ("Geburtsdatum: 12. Mär. 1985", "12. Mär. 1985"),
    ("F. Nac.: 12/03/1985", "12/03/1985"),
    ("Fecha de Nac.: 9/11/1974", "9/11/1974"),
    ("Jane Doe, 12/03/1985 (DOB), seen on 02/05/2024.", "12/03/1985"),
    ("Er ist am 12.03.1985 in Köln geboren.", "12.03.1985"),
    ("El 12 de marzo de 1985 nació en Sevilla.", "12 de marzo de 1985"),
    ("DOB: 12 / 03 / 1985", "12 / 03 / 1985"),
    ("She was born in a small village near Lyon on 4 March 1990.", "4 March 1990"),
    ("bday: 03/12/1985", "03/12/1985"),
    ("DDN : 12/03/1985", "12/03/1985"),
    ("DOB 12 Mar 85", "12 Mar 85"),
    ("Geburtsdatum laut Ausweis: 12.03.\n1985, ausgestellt in Köln.", "12.03.\n1985"),
    ("DOB: 19720915 / Build 20240312", "19720915"),
    ("Name        DOB          City\nAnna Lee    12.03.1985   Leeds", "12.03.1985"),
    ("Teilnehmer   Geburtsdatum   Anmeldung\nKarl Huber   07.11.1959     15.02.2024", "07.11.1959"),
]

NEGATIVES = [
    "Invoice dated 03/14/2024, due 2024-04-13. Release 2024.03.1.",
    "Rechnung vom 14.03.2024, Lieferung am 20.03.2024.",
    "<dateOfBirth>1993-08-17</dateOfBirth><created>2024-01-02</created>",
    "Adobe license renewed on 2024-02-02; Osborne Ltd invoice dated 03.03.2024.",
    "Date of birth: unknown. Ticket opened 2024-01-05.",
    "born 45/13/1990 is not a date",
    "Jane Doe (DOB), seen in clinic on 02/05/2024.",
    "Er ist in Köln geboren und wohnt seit 01.01.2010 in Bonn.",
    "Born-again build system: release 2024.03.12 on 2024-03-12.",
    "Birthday party for the team on 12 March 2025?",
    "Date of birth:\nVisit date: 03/14/2024",
    "Log: 2024-03-12 14:22:01 INFO job finished in 12.5s",
    "Order 20240312 shipped. Build date 20240312.",
    "Name        DOB          City\n\nTotal       2024-01-01   all",
]


@pytest.mark.parametrize(("text", "value"), POSITIVES)
def test_birth_date_is_found_exactly(text: str, value: str) -> None:
    assert value in [text[s.start : s.end] for s in RED.detect(text)]


@pytest.mark.parametrize("text", NEGATIVES)
def test_other_dates_stay(text: str) -> None:
    found = [text[s.start : s.end] for s in RED.detect(text)]
    assert found in ([], ["1993-08-17"])


def test_date_of_birth_is_a_default_entity_with_its_placeholder() -> None:
    assert "DATE_OF_BIRTH" in BUILTIN_ENTITIES
    masked = Redactor().redact("DOB: 1979-11-23")
    assert masked.text == "DOB: [DATE_OF_BIRTH_1]"
    assert Redactor().restore("born [date of birth 1]", masked.vault) == "born 1979-11-23"
