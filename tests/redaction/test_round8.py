"""Issue 13, eighth round: each rule of this round, one case each, through the public API,
beside the look-alike it must leave (dev figures are in test_dev_issue13.py; these cases pin
each rule so that a regression names it)."""

from __future__ import annotations

import pytest

from llmgate.redaction import Redactor

RED = Redactor(entities=None)

POSITIVES = [
    # DATE_OF_BIRTH: asked on a transcript's line without "?", answered on the next one
    ("DATE_OF_BIRTH", "Agent: could you give me your date of birth\nCaller: yes it's "
     "April 2nd, 1969", "April 2nd, 1969"),
    ("DATE_OF_BIRTH", "[00:01:12] Agent: Ihr Geburtsdatum bitte\n[00:01:20] Kunde: das ist "
     "der 30.11.1971", "30.11.1971"),
    ("DATE_OF_BIRTH", "Operadora: me indica su fecha de nacimiento\nCliente: sí, el "
     "17/02/1958", "17/02/1958"),
    # a form's dot leader, a scan's ";" or "|" between label and value
    ("DATE_OF_BIRTH", "Date of birth.............. 1952-08-30\n", "1952-08-30"),
    ("DATE_OF_BIRTH", "Date de naissance  ;  14/08/1990\n", "14/08/1990"),
    ("DATE_OF_BIRTH", "Fecha de nacimiento  |  05-12-1977\n", "05-12-1977"),
    # the birth date column of an SQL INSERT (a trailing "," after each tuple)
    ("DATE_OF_BIRTH", "INSERT INTO m (id, name, birth_date, joined) VALUES\n"
     "(1, 'A', '1948-02-29', '2025-11-03'),\n(2, 'B', '12/07/1999', '2025-11-04');",
     "12/07/1999"),
    # a scan's letter-spaced label; a console table's rule lines; an HTML table's column
    ("DATE_OF_BIRTH", "D a t e   d e   n a i s s a n c e  ;   11/04/1962\n", "11/04/1962"),
    ("DATE_OF_BIRTH", "Ge burts da tum |   28.09.1981\n", "28.09.1981"),
    ("DATE_OF_BIRTH", "+----------+--------------+------------+\n"
     "| vorname  | geburtsdatum | eintritt   |\n+----------+--------------+------------+\n"
     "| Wiebke Marie   | 1979-05-17   | 2018-04-01 |\n", "1979-05-17"),
    ("DATE_OF_BIRTH", "<table>\n<tr><th>Alumna</th><th>Fecha de nacimiento</th><th>Curso</th>"
     "<th>Matrícula</th></tr>\n<tr><td>Itziar Mendizábal</td><td>22/06/2013</td><td>4º B"
     "</td><td>01/09/2025</td></tr>\n</table>", "22/06/2013"),
    # a date scanned or typed a digit at a time, right after its cue
    ("DATE_OF_BIRTH", "Date of Birth  :   0 7 / 1 1 / 1 9 8 3\nCurrent address",
     "0 7 / 1 1 / 1 9 8 3"),
    # US_SSN: an SQL column, a question without "?", a label with a note, a scan's spacing
    ("US_SSN", "INSERT INTO staff (id, last_name, ssn) VALUES\n(88, 'P', '412736098'),\n"
     "(89, 'Q', '523814470');", "523814470"),
    ("US_SSN", "Nadia: I still need the SSN for the payroll form.\nColm: sure, 231947035",
     "231947035"),
    ("US_SSN", "SSN (employees in the US only)\n538104672\n", "538104672"),
    ("US_SSN", "S S N  :  471208836\n", "471208836"),
    ("US_SSN", "SSN   284  61  0937\n", "284  61  0937"),
    # SECRET: a token or API key named in prose, in the four languages
    ("SECRET", "The QA token is Maple-tide-42, please keep it out.", "Maple-tide-42"),
    ("SECRET", "Le jeton de préproduction est qT7#wLx2Pz9, ne pas le partager.", "qT7#wLx2Pz9"),
    ("SECRET", "Der API-Schlüssel für die Testumgebung ist ZQ4mT8vN2kLp7RwX5cYb.",
     "ZQ4mT8vN2kLp7RwX5cYb"),
    ("SECRET", "El token de integración es 7b1e09c4d3a2f58e6b7c9d0a1e2f3b4c5d6e7f80; no",
     "7b1e09c4d3a2f58e6b7c9d0a1e2f3b4c5d6e7f80"),
    ("SECRET", "oops, I pasted the live key 5d0c9a8b7e6f41a2b3c4d5e6f7a8b9c0-eu2 by mistake",
     "5d0c9a8b7e6f41a2b3c4d5e6f7a8b9c0-eu2"),
    # a token longer than any password is kept whole
    ("SECRET", "Der Token für Staging ist " + "Ab3dE6gH9j" * 10 + ", bitte nicht.",
     "Ab3dE6gH9j" * 10),
    ("SECRET", "[smtp]\nuser = alerts\npass = Gl4cier!807\nport = 587", "Gl4cier!807"),
    ("SECRET", "C:\\> net use S: \\\\fs02\\finance /user:ACME\\mbrandt Wint3r&Fjord9",
     "Wint3r&Fjord9"),
    # chat-export answers to a password question
    ("SECRET", "07.05.26, 10:14 - Ilse: Wie lautet das Passwort für den Drucker?\n"
     "07.05.26, 10:19 - Henrik Sauer: Toner#Kasten88", "Toner#Kasten88"),
    ("SECRET", "2026-02-11 16:40  Maud  quel est le mot de passe du partage ?\n"
     "2026-02-11 16:42  Gaspard  Lumiere_2026!", "Lumiere_2026!"),
    ("SECRET", "Beatriz Ocaña  11:05\n¿me pasas la contraseña del router?\nJulián Pozo  11:07\n"
     "Router$Verde71", "Router$Verde71"),
    # PHONE: answered on the next line, read back, spaced, two blanks, an SQL column
    ("PHONE", "Agent: and a good number to call you back\nCaller: sure, it's 0161 496 0733",
     "0161 496 0733"),
    ("PHONE", "[00:02:01] Agent: und eine Rückrufnummer bitte\n[00:02:09] Kunde: 030 901 82 277",
     "030 901 82 277"),
    ("PHONE", "rappelez-moi au +33 6 12 34 56 78, je répète 336 1234 5678, merci",
     "336 1234 5678"),
    ("PHONE", "hola, soy Amparo, llámeme al 5 2 1 5 5 1 2 3 4 5 6 7 8, gracias",
     "5 2 1 5 5 1 2 3 4 5 6 7 8"),
    ("PHONE", "Téléphone  ;  01  42  68  53  00\n", "01  42  68  53  00"),
    ("PHONE", "INSERT INTO contacts (id, name, phone) VALUES\n(12, 'O', '0612345678'),\n"
     "(13, 'L', '01701234567');", "01701234567"),
    # a unit is on the number's line ("x.kaur@..." below is no "x"); "+41" then two blanks
    ("PHONE", "Tel. +34 716 113 274 | Mobile 011 2033-1912\nx.kaur@example.org",
     "011 2033-1912"),
    ("PHONE", "Téléphone  ;   +41  44  372  02  80\n", "+41  44  372  02  80"),
    ("PHONE", "Si no puede venir márquenos al 33 36 15 90 77. Gracias.", "33 36 15 90 77"),
    ("PHONE", "reference;quantite;telephone_fournisseur\n3381.204.775;120;01 45 67 89 10\n",
     "01 45 67 89 10"),
    # PERSON: one known given name after "soy", "c'est"; a colon-less chat export's speaker
    ("PERSON", "hola, soy Amparo, llámeme cuando pueda", "Amparo"),
    ("PERSON", "bonjour c'est Yannick, rappelez-moi", "Yannick"),
    ("PERSON", "2026-02-11 16:40  Maud  une question ?\n2026-02-11 16:41  Gaspard  oui\n"
     "2026-02-11 16:42  Maud  merci", "Maud"),
    # an agent's greeting, a name before its birth date, a role noun
    ("PERSON", "Conseillère: Bonjour, Maëlle à votre écoute.", "Maëlle"),
    ("PERSON", "Agent: Hi, you're chatting with Priyanka. How can I help?", "Priyanka"),
    ("PERSON", "Support: Guten Tag, hier ist Lennart Vogt vom Kundenservice.", "Lennart Vogt"),
    ("PERSON", "New starter Imogen Thwaite (DOB 14/02/1993) joins", "Imogen Thwaite"),
    ("PERSON", "Yesterday Rosalía Etxeberria, nacida el 3 de mayo de 1987, llegó",
     "Rosalía Etxeberria"),
    ("PERSON", "Pour le salarié Gauthier Lemaire, merci", "Gauthier Lemaire"),
]  # fmt: skip

# Words that look like a name after this round's cues and are none.
NOT_PEOPLE = [
    "The Release Candidate was born on a Friday, as the team likes to say.",
    "I am Groot, said the tree.",
    "c'est Paris, la ville lumière",
    "Kunde: Hallo, es geht um Auftrag A-55812.",
]

# Each text with what must stay: dates that are no birth dates, ids, versions, settings.
NEGATIVES = [
    "Agent: and when did the outage start\nCaller: on March 3, 2026 around noon",
    "Date of birth:\nVisit date: 03/14/2024",
    "Date of visit.............. 2026-04-14\nPolicy no.................. POL-4471-2209",
    "Eintrittsdatum ...... 1. April 2025",
    "D a t e   d ' e n t r é e  ;   02/01/2020\nAus stel lungs da tum |   14.03.2024",
    "<table>\n<tr><th>Alumna</th><th>Curso</th><th>Fecha de matrícula</th></tr>\n"
    "<tr><td>4º B</td><td>01/09/2025</td></tr>\n</table>",
    "INSERT INTO orders (order_id, created_at, shipped_at) VALUES\n"
    "('SO-55120', '2026-01-14', '2026-01-16');",
    "INSERT INTO parts (part_no, batch, qty) VALUES\n('918273645', 'B-2291', 40);",
    "Order reference\n281047365-A",
    "The token is valid for 24 hours and the build is v3.18.2.",
    "Le jeton expire le 30/06/2026.",
    "Log: request token=9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b accepted",
    "the key takeaway from release 4.2 is the new cache",
    "Key dates: 2026-03-04 and 2026-04-01",
    "C:\\> net use S: /delete",
    "Agent: and your order number\nCaller: 100482211",
    "Montant    ;  1 250,00 €",
    "Stock 1200345 x\nnext line",
    # part numbers shaped like phone numbers, in a column that no phone word heads
    "reference;quantite;montant\n3381.204.775;120;1.204,50 €\n0612.883.409;75;880,00 €",
    "sku\tqty\tamount\n04-7712-338-19\t240\t£3,120.00\n338-120-47\t12\t£88.40",
    "born in room 1 2 / 3 4 / 5 6 7 8 9",
    "Visit date  :  0 7 / 1 1 / 2 0 2 5",
    "2026-03-04 10:22:13 INFO worker 7 done in 412 ms, queue 15123456",
    "Qty  Price  Total\n12  4500  54000",
    "Release 4.12.0 shipped on 2026-03-04, part PN 7741-0093-A",
]
_STRUCTURED = ("DATE_OF_BIRTH", "US_SSN", "SECRET", "PHONE")


@pytest.mark.parametrize(("kind", "text", "value"), POSITIVES)
def test_value_is_masked(kind: str, text: str, value: str) -> None:
    found = [(text[s.start : s.end], s.type) for s in RED.detect(text)]
    assert (value, kind) in found, found


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alikes_are_left_alone(text: str) -> None:
    found = [(text[s.start : s.end], s.type) for s in RED.detect(text) if s.type in _STRUCTURED]
    assert found == [], found


def test_a_form_label_is_no_speaker_asked_for_a_birth_date() -> None:
    # "Visit date:" under an empty "Date of birth:" reads like a speaker's line; the date
    # after it is no answer, since the line with the cue is no speaker's.
    text = (
        "Date of birth:\nVisit date: 03/14/2024\nAgent: your date of birth please\n"
        "Caller: 4 March 1958"
    )
    found = [text[s.start : s.end] for s in RED.detect(text) if s.type == "DATE_OF_BIRTH"]
    assert found == ["4 March 1958"]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_no_person_in_look_alikes(text: str) -> None:
    found = [text[s.start : s.end] for s in RED.detect(text) if s.type == "PERSON"]
    assert found == [], found
