"""Issue 13, third round: the forms each rule of this round covers, one case each, through
the public API, and the look-alikes those rules must leave (dev figures are in
test_dev_issue13.py; these cases pin each rule so that a regression names it)."""

from __future__ import annotations

import importlib.util

import pytest

from llmgate.redaction import Redactor

RED = Redactor(entities=None)
HAS_PHONENUMBERS = importlib.util.find_spec("phonenumbers") is not None

POSITIVES = [
    (
        "DATE_OF_BIRTH",
        "Agent: Your date of birth?\nCaller: Yes, it's March 4th, 1958.",
        "March 4th, 1958",
    ),
    ("DATE_OF_BIRTH", "Date de naissance ? - Oui, le 14 juillet 1966.", "14 juillet 1966"),
    (
        "DATE_OF_BIRTH",
        "El cliente nació el 8 de agosto de 1977 en Zaragoza.",
        "8 de agosto de 1977",
    ),
    ("DATE_OF_BIRTH", "Frau Schulte (* 03.02.1949) wurde aufgenommen.", "03.02.1949"),
    ("DATE_OF_BIRTH", "<dt>Date of birth</dt><dd>04/03/1958</dd>", "04/03/1958"),
    ("DATE_OF_BIRTH", "Passenger LEE/GRACE MS DOB 04MAR58 PNR X7K2LQ", "04MAR58"),
    ("DATE_OF_BIRTH", "Her birthday is March 4, let's send flowers.", "March 4"),
    ("DATE_OF_BIRTH", "birth_dt,emp_no\n1961-05-17,10077", "1961-05-17"),
    ("US_SSN", "ssn,first,last\n536906345,Mark,Olsen", "536906345"),
    ("US_SSN", '{"employee_ssn": "536906345"}', "536906345"),
    ("US_SSN", "SSN:\n536906345", "536906345"),
    ("US_SSN", "Social Security No. 536 90 6345 was entered twice.", "536 90 6345"),
    ("CREDIT_CARD", "Paid with 4539148803436467 12/27, thanks!", "4539148803436467"),
    ("CREDIT_CARD", "Tarjeta 5105.1051.0510.5100, CVV en llamada.", "5105.1051.0510.5100"),
    ("CREDIT_CARD", "> card:\n> 5425 2334 3010\n> 9903 (exp 11/27)", "5425 2334 3010\n> 9903"),
    ("IBAN", "Konto: NL02 ABNA\r\n0123 4567 89 (ABN AMRO)", "NL02 ABNA\r\n0123 4567 89"),
    (
        "IBAN",
        "Bankverbindung: DE44  5001  0517  5407  3249  31",
        "DE44  5001  0517  5407  3249  31",
    ),
    ("SECRET", "DATABASE_URL=postgres://admin:P@ssw0rd!@db.internal:5432/app", "admin:P@ssw0rd!"),
    ("SECRET", "API_PASSWORD=Ab\"cd'ef!12", "Ab\"cd'ef!12"),
    ("SECRET", "user=deploy pass=Dep!0y-2024 host=db", "Dep!0y-2024"),
    (
        "SECRET",
        "[09:12] Amy: Need the wifi pw pls\n[09:13] Raj: sure, it's Guest#Net2024",
        "Guest#Net2024",
    ),
    ("SECRET", "Identifiants : lmartin / Paris%2024", "Paris%2024"),
    ("SECRET", "Your password was changed to Apr1l-Showers! by the helpdesk.", "Apr1l-Showers!"),
    ("IP_ADDRESS", "Client 192.168.10.24 connected from port 51522.", "192.168.10.24"),
    ("IP_ADDRESS", "DHCP range 10.0.0.100-10.0.0.200 reserved", "10.0.0.200"),
    ("STREET_ADDRESS", "id,name,street\n2,Hugo Lefèvre,12 rue de la Paix", "12 rue de la Paix"),
    ("PHONE", "Rückruf bitte an (030)\n901820, Durchwahl 12.", "(030)\n901820"),
    (
        "EMAIL",
        "Hello, for the invoice questions please write directly to margaret.ocon\n"
        "nell@northwind-traders.com (AP).",
        "margaret.ocon\nnell@northwind-traders.com",
    ),
]

# Only where the number plans of ``phonenumbers`` are installed.
PLAN_POSITIVES = [
    ("Mi móvil: 612345678", "612345678"),
    ("Caller left number 4 1 5 5 5 5 0 1 9 8 for a callback.", "4 1 5 5 5 5 0 1 9 8"),
    ("Rappelez-moi au 01.45.67.89.10 svp.", "01.45.67.89.10"),
    ("Hotline Wien 0664 1234567", "0664 1234567"),
]

NEGATIVES = [
    "Changelog\n* 12.03.2024 release 4.1.0\n* 03.02.2024 hotfix",
    "Birth certificate issued on 12/05/2020 by the registry.",
    "sensor_id,reading\n0698765432,12.5\n0698765433,12.7",
    "Pedido 655567812 enviado; referencia 712345679.",
    "Log 2024-05-06 08:13:44 INFO done; 12:53:07.483364 next",
    '{"model": "gpt-4o-mini", "version": "1.1.0.97"}',
    "Password policy: at least 12 characters.\nAnna: ok, noted",
    "Ticket INC-537906344 closed; reference 537-906-344.",
    "[08:01] Tom: Password reset done for the shop backend\n[08:02] Anna: Thanks2024!",
    "Steuernummer 21/815/08150, Finanzamt Köln-Mitte.",
]


@pytest.mark.parametrize(("kind", "text", "value"), POSITIVES)
def test_value_is_found_exactly(kind: str, text: str, value: str) -> None:
    found = [(text[s.start : s.end], s.type) for s in RED.detect(text)]
    assert (value, kind) in found


@pytest.mark.skipif(not HAS_PHONENUMBERS, reason="phonenumbers is not installed")
@pytest.mark.parametrize(("text", "value"), PLAN_POSITIVES)
def test_national_numbers_by_the_number_plans(text: str, value: str) -> None:
    found = [(text[s.start : s.end], s.type) for s in RED.detect(text)]
    assert (value, "PHONE") in found


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alikes_are_left_alone(text: str) -> None:
    found = [(text[s.start : s.end], s.type) for s in RED.detect(text)]
    assert [f for f in found if f[1] != "PERSON"] == [], found


def test_a_closing_tag_is_no_birth_cue() -> None:
    text = "<dateOfBirth>1993-08-17</dateOfBirth><created>2024-01-02</created>"
    found = [(text[s.start : s.end], s.type) for s in RED.detect(text)]
    assert found == [("1993-08-17", "DATE_OF_BIRTH")]
