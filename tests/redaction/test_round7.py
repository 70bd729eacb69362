"""Issue 13, seventh round: each PERSON and STREET_ADDRESS rule of this round, one case
each, through the public API, beside the look-alike it must leave (dev figures are in
test_dev_issue13.py; these cases pin each rule so that a regression names it)."""

from __future__ import annotations

import pytest

from llmgate.redaction import Redactor

RED = Redactor(entities=None)

POSITIVES = [
    # chat exports: a date before the time, a dash after it, a note before the colon
    ("PERSON", "12/03/2026, 09:14 - Ottokar Wendel: bin gleich da", "Ottokar Wendel"),
    ("PERSON", "[12.03.26, 18:02:11] Aurélien Dubois: c'est fait", "Aurélien Dubois"),
    ("PERSON", "3/14/26, 4:05 PM - Keisha Monroe: np", "Keisha Monroe"),
    ("PERSON", "[10:42] Svenja Hartmann-Lutz (extern): passt", "Svenja Hartmann-Lutz"),
    # Slack and Teams copies: the name and the time on a line above the message
    ("PERSON", "Dwayne Okafor  10:42 AM\nmerged\nPriya Raman  10:44 AM\nthanks",
     "Dwayne Okafor"),
    # the answer to a question for the caller's name
    ("PERSON", "Agent: Who am I speaking with?\nCaller: Thaddeus Okonkwo.", "Thaddeus Okonkwo"),
    ("PERSON", "Operator: And your surname?\nCaller: It's Vukovic, V as in Victor", "Vukovic"),
    # form values: capitals, "Last, First", no colon on a scanned form
    ("PERSON", "Nom :  LE  GOFF      Prénom :  Maëlys", "LE  GOFF"),
    ("PERSON", "Nachname, Vorname: Schulze-Brückner, Hannelore\n", "Schulze-Brückner, Hannelore"),
    ("PERSON", "Surname MCALLISTER          Forename(s) FIONA JANE", "MCALLISTER"),
    ("PERSON", "Kontoinhaber: HANS-JÜRGEN KLOSTERMEIER", "HANS-JÜRGEN KLOSTERMEIER"),
    # lists after mail-header and meeting-note labels
    ("PERSON", "Attendees: Oluwaseun Bakare, Henrike Jansen, Matías Carrasco", "Henrike Jansen"),
    ("PERSON", "cc: O'Connell, Siobhan; Fitzgerald, Declan", "Fitzgerald, Declan"),
    ("PERSON", "From: Cosima Albrecht\nSent: Tuesday", "Cosima Albrecht"),
    # HTML cells, mailto links, SQL quotes, quoted CSV fields, handles
    ("PERSON", "<tr><td>Customer</td><td>Hendrik van der Berg</td></tr>", "Hendrik van der Berg"),
    ("PERSON", '<a href="mailto:l.f@example.pt">Luísa Ferreira</a>', "Luísa Ferreira"),
    ("PERSON", "INSERT INTO t (id, first_name, last_name) VALUES (1, 'Brigid', 'O''Sullivan');",
     "O''Sullivan"),
    ("PERSON", 'id,full_name,street\n1,Tamsin Pryce-Jones,"Flat 3, 27 Baker Street"',
     "Tamsin Pryce-Jones"),
    ("PERSON", "@marta.villanueva can you review?", "marta.villanueva"),
    # particles, letters beyond Latin-1, a first name said again, new cues
    ("PERSON", '{"destinataire": "Yannick Le Bihan"}', "Yannick Le Bihan"),
    ("PERSON", "Best regards,\nCormac Ó Briain\n", "Cormac Ó Briain"),
    ("PERSON", "[09:31] Goran Petrović: yes", "Goran Petrović"),
    ("PERSON", "Attendees: Henrike Jansen\nAction: Henrike to update it", "Henrike"),
    ("PERSON", "Please contact our new hire Kwabena Asante for access.", "Kwabena Asante"),
    ("PERSON", "Ticket assigned to Lachlan Fraser-Whyte today.", "Lachlan Fraser-Whyte"),
    # second pass: a yes before the answer, a voicemail greeting, a blank line after the
    # sign-off, a particle after a title, markup around a label, the time before the date
    ("PERSON", "Agent: May I have your full name please?\nCustomer: Yes, Marguerite Delacroix.",
     "Marguerite Delacroix"),
    ("PERSON", "Hi, you've reached Cordelia Banks at Pinecrest Dental.", "Cordelia Banks"),
    ("PERSON", "Kind regards\n\nIgnatius Fairweather\n", "Ignatius Fairweather"),
    ("PERSON", "Der Vertrag liegt bei Herrn von Stetten.", "von Stetten"),
    ("PERSON", "<li><strong>Contact:</strong> Horatio Pembroke</li>", "Horatio Pembroke"),
    ("PERSON", "[08:02, 15/04/2026] Radoslav Kuznetsov: ready", "Radoslav Kuznetsov"),
    ("PERSON", "name,address,city\nOriana Vale,77 Harbor View Rd,Mystic", "Oriana Vale"),
    ("STREET_ADDRESS", "la tiene en Calle Real 18, bajo B.", "Calle Real 18, bajo B"),
    # street lines in fields, whatever their words
    ("STREET_ADDRESS", "<td>Street</td><td>Keizersgracht 123</td>", "Keizersgracht 123"),
    ("STREET_ADDRESS", '{"line2": "Suite 1900", "city": "Austin"}', "Suite 1900"),
    ("STREET_ADDRESS", 'address_line2: "Apt 12"', "Apt 12"),
    ("STREET_ADDRESS", "client;adresse;ville\nSéverine Pichon;7 impasse des Lilas;Nantes",
     "7 impasse des Lilas"),
    # street words and shapes
    ("STREET_ADDRESS", "ship to 88 Queen's Road East, Brighton", "88 Queen's Road East"),
    ("STREET_ADDRESS", "left at Flat 7, 2 Elm Grove instead", "Flat 7, 2 Elm Grove"),
    ("STREET_ADDRESS", "Ship-to 2100 NE Broadway St, Ste 300", "2100 NE Broadway St, Ste 300"),
    ("STREET_ADDRESS", "bitte an die Karl-Marx-Allee 90 liefern", "Karl-Marx-Allee 90"),
    ("STREET_ADDRESS", "Werk Industriestraße 5-7 in Stuttgart", "Industriestraße 5-7"),
    ("STREET_ADDRESS", "vive en C/ Mayor 5, 3º izq. desde 2019", "C/ Mayor 5, 3º izq."),
    ("STREET_ADDRESS", "en la Plaza de España 3, 1º dcha. de Sevilla",
     "Plaza de España 3, 1º dcha."),
]  # fmt: skip

NEGATIVES = [
    # a log line with a date and a bare time, an agenda of lines with a time
    "2024-03-12 10:32:01 Worker Started: pool ready",
    "Daily Standup 09:30\nLunch Break 12:30\nRetro Session 15:00\nbring snacks",
    # an answer that is no name
    "Agent: Can I have your name?\nCaller: Sure, one moment.",
    # capitals after a label that are no names; a variable name
    "Name: N/A\nStatus: OPEN",
    "- name: APP_VERSION\n  value: 3.2.1",
    # lists of groups
    "To: Finance Team\nCc: All Staff",
    # a decorator and a package scope are no handles
    "@app.route('/x') and @types/node and @dataclass",
    # address-like keys for networks and mail; values that are prose or an IP
    'ip_address: "10.1.2.3"\nemail_address: "anna@example.io"\nmac_address: 3C-52-82-4F',
    "IP address: 192.168.0.12, listen_addr = 0.0.0.0:8080",
    "Billing address: see ticket 4471",
    # products, rankings and English -ing words before a number
    "I mounted 2 Google Drive folders and printed our Top 10 Hiking Trail guide.",
    "Das Release Monitoring 2 startet am Montag.",
    # a company named like a person; a title before a role
    "Marina Bay Holdings acquired Grant Thornton Advisory in May.",
    "Monsieur le Directeur, veuillez trouver ci-joint le rapport.",
]


@pytest.mark.parametrize(("kind", "text", "value"), POSITIVES)
def test_value_is_masked(kind: str, text: str, value: str) -> None:
    found = [(text[s.start : s.end], s.type) for s in RED.detect(text)]
    assert any(v == value and t == kind for v, t in found) or any(
        t == kind and value in v for v, t in found
    ), found


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alikes_are_left_alone(text: str) -> None:
    found = [
        (text[s.start : s.end], s.type)
        for s in RED.detect(text)
        if s.type in ("PERSON", "STREET_ADDRESS")
    ]
    assert found == [], found


def test_a_last_first_pair_is_not_read_across_a_comma_list() -> None:
    text = "Attendees: Henrike Jansen, Matías Carrasco"
    found = [text[s.start : s.end] for s in RED.detect(text) if s.type == "PERSON"]
    assert found == ["Henrike Jansen", "Matías Carrasco"]


def test_a_surname_said_again_before_a_firm_word_is_the_firm() -> None:
    text = "Kind regards\n\nIgnatius Fairweather\nFairweather & Co | London"
    found = [text[s.start : s.end] for s in RED.detect(text) if s.type == "PERSON"]
    assert found == ["Ignatius Fairweather"]


def test_a_field_address_stops_before_a_malformed_postal_code() -> None:
    text = "Lieferadresse: Marktplatz 38a, 58932-0627 Berlin."
    found = [text[s.start : s.end] for s in RED.detect(text) if s.type == "STREET_ADDRESS"]
    assert found == ["Marktplatz 38a"]
