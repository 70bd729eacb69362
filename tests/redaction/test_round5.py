"""Issue 13, fifth round: the forms each rule of this round covers, one case each, through
the public API, and the look-alikes those rules must leave (dev figures are in
test_dev_issue13.py; these cases pin each rule so that a regression names it)."""

from __future__ import annotations

import pytest

from llmgate.redaction import Redactor

RED = Redactor(entities=None)

POSITIVES = [
    ("CREDIT_CARD", "Karte 4532_0151_1283_0366 bitte", "4532_0151_1283_0366"),
    ("CREDIT_CARD", "card 5425/2334/3010/9903 (exp 09/27)", "5425/2334/3010/9903"),
    ("CREDIT_CARD", "carte 4916•3385•0608•2832 merci", "4916•3385•0608•2832"),
    ("CREDIT_CARD", "Ortega\t4539\t5787\t6362\t1486\t11/26", "4539\t5787\t6362\t1486"),
    ("CREDIT_CARD", "tarjeta 6011\xa05144\xa03354\xa06201.", "6011\xa05144\xa03354\xa06201"),
    ("CREDIT_CARD", "Amex 3782_822463_10005", "3782_822463_10005"),
    ("CREDIT_CARD", "Kreditkarten-Nr.4024007198964305", "4024007198964305"),
    ("CREDIT_CARD", "Card no.5105 1051 0510 5100 expires", "5105 1051 0510 5100"),
    ("CREDIT_CARD", "Carte bancaire n°3782 822463 10005", "3782 822463 10005"),
    ("CREDIT_CARD", "Nr. 4111 1111 1111 1111 gültig bis 08/29", "4111 1111 1111 1111"),
    ("CREDIT_CARD", "Nº4532015112830366", "4532015112830366"),
    ("CREDIT_CARD", "Customer: 4532 0151 1283 0366, the Visa", "4532 0151 1283 0366"),
    ("CREDIT_CARD", "Cliente: 3056 930902 5904, la Diners", "3056 930902 5904"),
    ("US_SSN", "Agent: And your social?\nCaller: it's 536906345.", "536906345"),
    ("US_SSN", "Agente: ¿Su número de seguro social?\nCliente: 412 73 9021", "412 73 9021"),
    ("US_SSN", "Q: SSN?\nA: 219099999", "219099999"),
    ("US_SSN", "SSN536-90-6345 on the form", "536-90-6345"),
    ("US_SSN", "ssn=536906345&dob=", "536906345"),
    ("US_SSN", "field SSN-536906345", "536906345"),
    ("IP_ADDRESS", "Allowed: 10.20.0.0/16 only", "10.20.0.0/16"),
    ("IP_ADDRESS", "route 84.132.17.0/24.", "84.132.17.0/24"),
    ("IP_ADDRESS", "prefix 2001:db8:a::/48 allow", "2001:db8:a::/48"),
    ("IP_ADDRESS", "IPv6:2001:db8::7 blocked", "2001:db8::7"),
    ("IP_ADDRESS", "addr:fe80::1ff:fe23:4567:890a up", "fe80::1ff:fe23:4567:890a"),
    ("DATE_OF_BIRTH", "Nací el 3 de abril de 1987 en Sevilla", "3 de abril de 1987"),
    ("DATE_OF_BIRTH", "DOB?\nCaller: the fourteenth of March, 1985", "fourteenth of March, 1985"),
    ("DATE_OF_BIRTH", "¿Fecha de nacimiento?\nCliente: el catorce de marzo del 85",
     "catorce de marzo del 85"),
    ("DATE_OF_BIRTH", "geboren am einundzwanzigsten Juni 1990", "einundzwanzigsten Juni 1990"),
    ("DATE_OF_BIRTH", "né le vingt-et-un juin 1990", "vingt-et-un juin 1990"),
    ("DATE_OF_BIRTH", "DOB: June the first, 1990", "June the first, 1990"),
    ("DATE_OF_BIRTH", "born in March 1985", "March 1985"),
    ("DATE_OF_BIRTH", "nacido en marzo de 1985", "marzo de 1985"),
]  # fmt: skip

NEGATIVES = [
    "Refund to 4532_0151_1283_0367, the old number",
    "Card ending 4532 **** **** 0366, also XXXX-XXXX-XXXX-9903",
    "Order no. 4532 0151 1283 0366 shipped",
    "Bestell-Nr.: 5425233430109903",
    "Kunden-Nr. 4532015112830366",
    "Ticket #4916338506082832 closed",
    "see export_2024_05_06_1183.csv and 2024/05/06",
    "abc4532015112830366 and v1.4532015112830366",
    "Agent: Your social media handle?\nCaller: order 536906345",
    "Agent: What is your order number?\nCaller: 412739021",
    "The meeting on the fourteenth of March 2024 was moved; release in March 2024",
    "Seit März 1985 wohnt er hier, geboren und aufgewachsen in Ulm",
    "Part AB-536-90-6345, ID536906345, ZIP 12345-536-90-6345",
    "at 12:45:30:00 use std::vector<int>::iterator and Foo::Bar::baz",
]

# An address keeps its own span where what follows is no prefix length.
SPANS = [
    ("http://84.132.17.201/12/x", "84.132.17.201"),
    ("84.132.17.201/33 is no network", "84.132.17.201"),
    ("link fe80::1ff:fe23:4567:890a%eth0", "fe80::1ff:fe23:4567:890a"),
]


@pytest.mark.parametrize(("kind", "text", "value"), POSITIVES)
def test_value_is_found_exactly(kind: str, text: str, value: str) -> None:
    found = [(text[s.start : s.end], s.type) for s in RED.detect(text)]
    assert (value, kind) in found


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alikes_are_left_alone(text: str) -> None:
    found = [(text[s.start : s.end], s.type) for s in RED.detect(text)]
    assert [f for f in found if f[1] not in ("PERSON", "EMAIL")] == [], found


@pytest.mark.parametrize(("text", "value"), SPANS)
def test_an_address_without_a_prefix_length(text: str, value: str) -> None:
    found = [(text[s.start : s.end], s.type) for s in RED.detect(text)]
    assert found == [(value, "IP_ADDRESS")]
