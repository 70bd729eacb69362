"""Phone numbers, cards, SSNs, IBANs and e-mail addresses written the way issue 13 found
them leaking: national formats, line breaks of mail clients (CRLF too), digits spaced one
by one, zero-width characters, spaced "@"; and the look-alikes that must stay unmasked."""

from __future__ import annotations

import pytest

from llmgate.redaction import Redactor

RED = Redactor(entities=["PHONE", "CREDIT_CARD", "IBAN", "US_SSN", "EMAIL", "IP_ADDRESS"])

POSITIVES = [
    ("PHONE", "Call me on 1-415-555-2671 tomorrow.", "1-415-555-2671"),
    ("PHONE", "or 1 (212) 555-0143 tomorrow.", "1 (212) 555-0143"),
    ("PHONE", "US office: 1-800-555-0199.", "1-800-555-0199"),
    ("PHONE", "Rückruf bitte unter (030) 12 34 56.", "(030) 12 34 56"),
    ("PHONE", "oder (0221) 4711 anrufen", "(0221) 4711"),
    ("PHONE", "Llámenos al (91) 555 12 34 en horario", "(91) 555 12 34"),
    ("PHONE", "Customer wrote from 07700900123 at 14:05", "07700900123"),
    ("PHONE", "name,mobile\nJan,01701234567,Berlin", "01701234567"),
    ("PHONE", "joignable au 0612345678 demain", "0612345678"),
    ("PHONE", "Please call +49 30 1234\n5678 if late.", "+49 30 1234\n5678"),
    ("PHONE", "Tel.: +33 6 12 34\r\n56 78", "+33 6 12 34\r\n56 78"),
    ("PHONE", "Reach me at 0 1 7 1 2 3 4 5 6 7 8 after six.", "0 1 7 1 2 3 4 5 6 7 8"),
    ("PHONE", "ruf an: (+49) 30 1234567", "(+49) 30 1234567"),
    ("PHONE", "Nummer 0176 - 123 456 78", "0176 - 123 456 78"),
    ("CREDIT_CARD", "Diners: 3056 930902 5904 on file", "3056 930902 5904"),
    ("CREDIT_CARD", "Amex 3714 496353 98431 refused", "3714 496353 98431"),
    (
        "CREDIT_CARD",
        "Karte: 4111\u200b1111\u200b1111\u20601111",
        "4111\u200b1111\u200b1111\u20601111",
    ),
    ("CREDIT_CARD", "paid with 4111 1111 1111\n1111 and asked", "4111 1111 1111\n1111"),
    ("CREDIT_CARD", "paid with 4111 1111\r\n1111 1111.", "4111 1111\r\n1111 1111"),
    ("IBAN", "Konto DE89 3704 0044\n0532 0130 00 bis Freitag", "DE89 3704 0044\n0532 0130 00"),
    ("US_SSN", "SSN 536-22-\n4567 in the thread", "536-22-\n4567"),
    ("EMAIL", "write to jane.doe@exam\nple.com or", "jane.doe@exam\nple.com"),
    ("EMAIL", "Contact: marc.dupont@\r\ncabinet-dupont.fr", "marc.dupont@\r\ncabinet-dupont.fr"),
    ("EMAIL", "Write to jane.roe @ example . com please.", "jane.roe @ example . com"),
]

NEGATIVES = [
    "Order 4471-2291 shipped; qty 1 2 3; build 1.4.22; ISBN 978-3-16-148410-0",
    "pages 12 - 34 - 56 and 2019 - 2024; ranges 100 - 200 / 300 - 400",
    "id,total\n1001,4711\n1002,0815\n1003,1234",
    "2024-01-01 12:00:01 took 1234\n2024-01-01 12:00:02 took 5678\n",
    "Not a card: 4111 1111 1111\n1112 (Luhn fails).",
    "I met him at the conference . com-panies were there @ noon.",
    "the decorator @functools.cache and see you @ home . Thanks",
    "jane.doe@example.com\nNext line starts here",
    "uuid 123e4567-e89b-12d3-a456-426614174000 sha 9fceb02d0ae598e95dc970b74767f19372d61af8",
]


@pytest.mark.parametrize(("kind", "text", "value"), POSITIVES)
def test_value_is_found_exactly(kind: str, text: str, value: str) -> None:
    found = [(text[s.start : s.end], s.type) for s in RED.detect(text)]
    assert (value, kind) in found


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alikes_are_left_alone(text: str) -> None:
    found = [(text[s.start : s.end], s.type) for s in RED.detect(text)]
    assert found == [] or found == [("jane.doe@example.com", "EMAIL")]


def test_a_wrapped_address_keeps_the_complete_one_before_the_break() -> None:
    text = "jane.doe@example.com\nNext line"
    assert [text[s.start : s.end] for s in RED.detect(text)] == ["jane.doe@example.com"]
