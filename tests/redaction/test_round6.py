"""Issue 13, sixth round: the forms each rule of this round covers, one case each, through
the public API, and the look-alikes those rules must leave (dev figures are in
test_dev_issue13.py; these cases pin each rule so that a regression names it)."""

from __future__ import annotations

import pytest

from llmgate.redaction import Redactor

RED = Redactor(entities=None)

POSITIVES = [
    # a line break (CRLF, a quote marker, an indentation) inside the value
    ("DATE_OF_BIRTH", "geboren am 3. Juli\n     1975 in Ulm", "3. Juli\n     1975"),
    ("DATE_OF_BIRTH", "born on March 14,\r\n> 1985, referred", "March 14,\r\n> 1985"),
    ("DATE_OF_BIRTH", "DOB: 03/12/\n> 1985", "03/12/\n> 1985"),
    ("DATE_OF_BIRTH", "Geburtsdatum:\n> 12.03.1985", "12.03.1985"),
    ("IP_ADDRESS", "client was 203.0.113.\r\n77 (fail2ban)", "203.0.113.\r\n77"),
    ("IP_ADDRESS", "> the NAS at 192.168.\n> 178.20 is down", "192.168.\n> 178.20"),
    ("IP_ADDRESS", "blocked 2001:db8:85a3::\n8a2e:370:7334 today",
     "2001:db8:85a3::\n8a2e:370:7334"),
    ("US_SSN", "SSN: 853272\n235", "853272\n235"),
    ("US_SSN", "SSN 853 27 22\n35 confirmed.", "853 27 22\n35"),
    # IPv4 written with every part padded to three digits
    ("IP_ADDRESS", "camera on 192.168.001.064, firmware 5.4.1.2", "192.168.001.064"),
    # ITINs after their name; "social" before the number
    ("US_SSN", "ITIN: 912-78-4436 (no SSN yet)", "912-78-4436"),
    ("US_SSN", "my social is 424669583 if you need it", "424669583"),
    # e-mail addresses spelled with the words of four languages, or defanged
    ("EMAIL", "Écrivez-moi : jean.moreau arobase orange point fr",
     "jean.moreau arobase orange point fr"),
    ("EMAIL", "Mail: jgarcia arroba empresa punto es", "jgarcia arroba empresa punto es"),
    ("EMAIL", "Kontakt: jan.becker (at) firma (punkt) de", "jan.becker (at) firma (punkt) de"),
    ("EMAIL", "contact pierre.martin[@]laposte[.]net", "pierre.martin[@]laposte[.]net"),
    ("EMAIL", "à jean point moreau arobase orange point fr",
     "jean point moreau arobase orange point fr"),
    # PINs and one-time codes where the text says so
    ("SECRET", "The door PIN is 4821, please", "4821"),
    ("SECRET", "Agent: the PIN for the alarm?\nCustomer: it's 906311", "906311"),
    ("SECRET", "Your verification code is 583920. It expires", "583920"),
    ("SECRET", "Ihr Bestätigungscode lautet 771204.", "771204"),
    ("SECRET", "Votre code de vérification : 318654", "318654"),
    ("SECRET", "Tu código de verificación es 402917.", "402917"),
    ("SECRET", "Client : quel est le code de la porte ?\nGardien : c'est 4B129", "4B129"),
    # chat answers that tell what to type
    ("SECRET", "Q: what password should I use?\nA: use Kx7!pQ2vRt for now", "Kx7!pQ2vRt"),
    ("SECRET", "¿Cuál es la contraseña?\nPedro: prueba Router*Casa99", "Router*Casa99"),
    # vendor keys without a word naming them
    ("SECRET", "pasted glsa_Xk29PqLm73VnRt8WzY4cBd6Hs1Jf5Ga0_3e7c9a1b by mistake",
     "glsa_Xk29PqLm73VnRt8WzY4cBd6Hs1Jf5Ga0_3e7c9a1b"),
    ("SECRET", "Docker Hub: dckr_pat_Vb3Nm8Qw2Er5Ty7Ui9Op1As4Df",
     "dckr_pat_Vb3Nm8Qw2Er5Ty7Ui9Op1As4Df"),
    ("SECRET", "Le mot de passe du wifi ? c'est Maison#2023", "Maison#2023"),
    ("SECRET", "Votre code PIN est le 7741.", "7741"),
    ("SECRET", "SMS: 739104 is your Microsoft verification code", "739104"),
    # birth dates written day-month-year in one run; a cue in brackets after the date
    ("DATE_OF_BIRTH", "DOB:03071962, Akte 7", "03071962"),
    ("DATE_OF_BIRTH", "le 03 juillet 1962 (date de naissance)", "03 juillet 1962"),
    # phone numbers with a country code but no "+", and spaced after a "+"
    ("PHONE", "Número: 34622334455", "34622334455"),
    ("PHONE", "Rückruf + 4 9 1 7 6 8 8 2 4 3 1 5 0 bitte", "+ 4 9 1 7 6 8 8 2 4 3 1 5 0"),
]  # fmt: skip

NEGATIVES = [
    "Version 1.2.\n3.4 released; 10.42.\n17 items",
    "01.02.03.04 and 127.000.000.001",
    "ref 912-78-4436 and ITIN 912-40-4436",
    "social media followers 424669583",
    "Meet at the office at 5, point taken; arroba is the word for @. Le point de vue arobase.",
    "Error code 404 on page 2; postal code 75011; pin 3 of the connector.",
    "PIN 1234,56 EUR; OTP valid until 10:45; PIN 2024-05-06; opinion 1234.",
    "Q: what password should I use?\nA: try again later",
    "Cache key shp_3f9a1c7e, build gsk-1.4, doc hvs.md",
    "order 100455612873 and batch 20240506113 and 491234567890",
    "Password? No idea. Which password? The old one, 2023.",
    "Order 123456 is the reason; 2024 is your year of verification codes",
    "Invoice 03071962 on 12/03/2024, ID 12311985",
]


@pytest.mark.parametrize(("kind", "text", "value"), POSITIVES)
def test_value_is_found_exactly(kind: str, text: str, value: str) -> None:
    found = [(text[s.start : s.end], s.type) for s in RED.detect(text)]
    assert (value, kind) in found


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alikes_are_left_alone(text: str) -> None:
    found = [(text[s.start : s.end], s.type) for s in RED.detect(text)]
    assert [f for f in found if f[1] != "PERSON"] == [], found


def test_a_complete_address_is_not_joined_to_the_next_line() -> None:
    text = "host 10.0.0.1\n2 items left"
    assert [(text[s.start : s.end], s.type) for s in RED.detect(text)] == [
        ("10.0.0.1", "IP_ADDRESS")
    ]
