"""Issue 13, fourth round: the forms each rule of this round covers, one case each, through
the public API, and the look-alikes those rules must leave (dev figures are in
test_dev_issue13.py; these cases pin each rule so that a regression names it)."""

from __future__ import annotations

import pytest

from llmgate.redaction import Redactor

RED = Redactor(entities=None)

POSITIVES = [
    ("PHONE", "Ruf mich unter (0 30) 12 34 56 78 an.", "(0 30) 12 34 56 78"),
    ("PHONE", "Rufen Sie (0 62 21) 54 32 10 an.", "(0 62 21) 54 32 10"),
    ("PHONE", "Zentrale (030) 12 34 56-0, danke", "(030) 12 34 56-0"),
    ("PHONE", "Bitte zurückrufen: (040)/41 11 08 (Frau Brandt)", "(040)/41 11 08"),
    ("PHONE", "Erreichbar unter 0049 (0)30 8812 4470.", "0049 (0)30 8812 4470"),
    ("PHONE", "Support: 0044 (0) 20 7946 0321", "0044 (0) 20 7946 0321"),
    ("PHONE", "o al (0034) 93 412 56 78, pedido", "(0034) 93 412 56 78"),
    ("PHONE", "Reach me at (212)  555-0143 after lunch", "(212)  555-0143"),
    ("PHONE", "Kunde erreichbar unter 030123456", "030123456"),
    ("PHONE", "Caller: 0 1 7 1, 2 3 4, 5 6 7 8, after six", "0 1 7 1, 2 3 4, 5 6 7 8"),
    ("PHONE", "number 4 1 5 - 5 5 5 - 0 1 9 8 thanks", "4 1 5 - 5 5 5 - 0 1 9 8"),
    ("PHONE", "Le client est joignable au 0145678910.", "0145678910"),
    ("CREDIT_CARD", "charge card 4532 - 0151 - 1283 - 0366 now", "4532 - 0151 - 1283 - 0366"),
    ("CREDIT_CARD", "Card 4532 0151 1283\r\n0366,\r\nthanks", "4532 0151 1283\r\n0366"),
    ("CREDIT_CARD", "card 4532 0151 1283\t\n\t0366", "4532 0151 1283\t\n\t0366"),
    ("US_SSN", "SSN on the W-4 is 536-90-63\n45 - please check.", "536-90-63\n45"),
    ("US_SSN", "SSNs: 536906345, 412739021 (both checked)", "412739021"),
    ("US_SSN", "SS No. 536 90 6345 on the form", "536 90 6345"),
    ("US_SSN", "Social: 536906345", "536906345"),
    ("US_SSN", "employee ssn\n536906345", "536906345"),
    ("EMAIL", "> write to j.doe@mail.exam\r\n> ple.com for it", "j.doe@mail.exam\r\n> ple.com"),
    ("EMAIL", "Contact: margaret.ocon\nnell@northwind.com", "margaret.ocon\nnell@northwind.com"),
    ("SECRET", "username,password,email\njdoe,Blue$ky2024,jdoe@example.com", "Blue$ky2024"),
    ("SECRET", "benutzer;passwort;rolle\nmmeier;Herbst!2022;admin", "Herbst!2022"),
    ("SECRET", "usuario|contraseña|depto\nmgarcia|Playa_2021!|ventas", "Playa_2021!"),
    ("SECRET", "<cred><password>Tiger!2024x</password></cred>", "Tiger!2024x"),
    ("SECRET", "env:\n  - name: DB_PASSWORD\n    value: \"Kub3rn3tes!\"", "Kub3rn3tes!"),
    ("SECRET", '{"name": "SMTP_PASSWORD", "value": "m4il-Relay#7"}', "m4il-Relay#7"),
    ("SECRET", "Lisa: send me the VPN password?\nMarc: Sure: Vpn!Access77", "Vpn!Access77"),
    ("SECRET", "Agent: What's the password?\nCustomer: I think it was Bluebird#12", "Bluebird#12"),
    ("SECRET", 'user says password "Spring2024!" is rejected', "Spring2024!"),
    ("SECRET", "He typed his password (Maple$yrup1) into the chat.", "Maple$yrup1"),
    ("SECRET", "Mein Passwort lautet übrigens Kaffee&Kuchen5", "Kaffee&Kuchen5"),
    ("SECRET", "Passwort war Sommer2023, bitte neu setzen.", "Sommer2023"),
    ("SECRET", "$ openssl enc -aes-256-cbc -k Sup3rS3cret! -in a.txt", "Sup3rS3cret!"),
    ("SECRET", "$ zip -P Zip#Pass2024 archive.zip file.txt", "Zip#Pass2024"),
    ("SECRET", "$ 7z a -pArch1ve!Pw backup.7z data/", "Arch1ve!Pw"),
    ("SECRET", "$ smbclient //fs/share -U jdoe%Winter2024!", "Winter2024!"),
    ("SECRET", '$ ldapsearch -x -D "cn=admin" -w Ld@pAdm1n -b dc=ex', "Ld@pAdm1n"),
    ("SECRET", "$ mysqldump -uroot -p'R00t!Pass' shop > dump.sql", "R00t!Pass"),
]  # fmt: skip

NEGATIVES = [
    "Order (123) 456-7890 shipped today.",
    "Anrufe 2024: 1234567, Rappel de la commande 20240506",
    "Options 1, 2, 3, 4, 5, 6, 7, 8 and scores 1 2, 3 4, 5 6, 7 8",
    "Social events 2024: 536906345 visitors, social media 412739021 views",
    "id,password_changed_at,status\n4471,2024-03-01 10:22:13,active",
    "Hi, the password, as we said, expires soon\nok, thanks, noted, bye",
    "see notes.txt\njane@example.org has them",
    "Refund reference 4532 0151 1283 0368, order 100-2281-7736",
    "<password></password><passwordHint>Lieblingsfarbe</passwordHint>",
    '- name: APP_VERSION\n  value: "3.2.1"',
]

# Spans that must not appear: a password word inside a password starts no rule.
NOT_SECRETS = [
    ('$ psql "postgresql://app:S3cr3t!pw@db:5432/prod"', "5432/prod"),
    ("$ 7z a -pArch1ve!Pw backup.7z data/", "backup.7z"),
]


@pytest.mark.parametrize(("kind", "text", "value"), POSITIVES)
def test_value_is_found_exactly(kind: str, text: str, value: str) -> None:
    found = [(text[s.start : s.end], s.type) for s in RED.detect(text)]
    assert (value, kind) in found


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alikes_are_left_alone(text: str) -> None:
    found = [(text[s.start : s.end], s.type) for s in RED.detect(text)]
    assert [f for f in found if f[1] not in ("PERSON", "EMAIL")] == [], found


def test_a_lower_case_title_in_the_sentence_announces_a_name() -> None:
    text = "El señor Ruiz llamó; merci à monsieur Dupont et madame Leroy, monsieur le maire."
    found = [(text[s.start : s.end], s.type) for s in RED.detect(text)]
    assert found == [("Ruiz", "PERSON"), ("Dupont", "PERSON"), ("Leroy", "PERSON")]


def test_a_speakers_answer_word_is_no_name() -> None:
    text = "Agente: ¿Me dice la contraseña?\nCliente: Creo que es Portal_2023!"
    found = [(text[s.start : s.end], s.type) for s in RED.detect(text)]
    assert found == [("Portal_2023!", "SECRET")]


def test_an_address_list_is_not_glued_across_lines() -> None:
    text = "To: a.berg@example.com\nc.dahl@example.net"
    found = [(text[s.start : s.end], s.type) for s in RED.detect(text)]
    assert found == [("a.berg@example.com", "EMAIL"), ("c.dahl@example.net", "EMAIL")]


@pytest.mark.parametrize(("text", "value"), NOT_SECRETS)
def test_a_password_word_inside_a_token_starts_no_rule(text: str, value: str) -> None:
    found = [text[s.start : s.end] for s in RED.detect(text)]
    assert value not in found, found


def test_a_spelled_name_and_the_word_it_spells() -> None:
    text = "Caller: Hoffmann, H-O-F-F-M-A-N-N. Region E-M-E-A, keys A-B-C-D-E."
    found = [(text[s.start : s.end], s.type) for s in RED.detect(text)]
    assert found == [("Hoffmann", "PERSON"), ("H-O-F-F-M-A-N-N", "PERSON")]
