"""STREET_ADDRESS as issue 13 found it leaking: signatures, Catalan street words, a flat
before the number, a directional suffix, and the postal code and town after the street."""

from __future__ import annotations

import pytest

from llmgate.redaction import Redactor

RED = Redactor(entities=["STREET_ADDRESS"])

POSITIVES = [
    ("Acme GmbH · Hauptstr. 5 · 80331 München", "Hauptstr. 5 · 80331 München"),
    ("Responsable\n12, avenue Victor Hugo, 75016 Paris", "12, avenue Victor Hugo, 75016 Paris"),
    ("Carrer de Mallorca 401, 08013 Barcelona", "Carrer de Mallorca 401, 08013 Barcelona"),
    ("Kindly deliver to Flat 3, 12 High Street, Oxford.", "Flat 3, 12 High Street"),
    ("Caller: 1600 Pennsylvania Avenue NW, Washington.", "1600 Pennsylvania Avenue NW"),
    ("to 219 Oak Avenue, Springfield, IL 62704 today", "219 Oak Avenue, Springfield, IL 62704"),
    ("an die Lindenstraße 12 in 10969 Berlin gehen", "Lindenstraße 12 in 10969 Berlin"),
    ("office: 221B Baker Street, London NW1 6XE.", "221B Baker Street, London NW1 6XE"),
    ("Büro: Bahnhofstrasse 45, 8001 Zürich", "Bahnhofstrasse 45, 8001 Zürich"),
]

NEGATIVES = [
    "Ship the replacement to our Springfield office, IL 62704.",
    "Version 12 of the Street Fighter release, build 10969 Berlin edition",
    "Flat 3 costs 1200 per month; unit 5, 12 items left",
]


@pytest.mark.parametrize(("text", "value"), POSITIVES)
def test_address_is_found_whole(text: str, value: str) -> None:
    assert value in [text[s.start : s.end] for s in RED.detect(text)]


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alikes_stay(text: str) -> None:
    assert [text[s.start : s.end] for s in RED.detect(text)] == []


def test_a_town_without_a_postal_code_stays_outside() -> None:
    text = "ship to 177B Washington Ave, Springfield, IL."
    assert [text[s.start : s.end] for s in RED.detect(text)] == ["177B Washington Ave"]
