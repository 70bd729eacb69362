"""PERSON as issue 13 found it leaking: chat participants whose names are not in the given
name list, French spacing before a speaker's colon, and a surname mentioned again alone;
roles and common words stay."""

from __future__ import annotations

from collections.abc import Callable

import pytest

CASES = [
    (
        "[14:02] Okonkwo: the invoice is wrong\n[14:03] Agent: which one?\n"
        "[14:03] Okonkwo: INV-2024-0091\n[14:05] Agent: fixed",
        ["Okonkwo", "Okonkwo"],
    ),
    ("Brigitte : tu as reçu le colis ?\nYannick : oui\nBrigitte : parfait", None),
    (
        "Meeting notes: Priya Raman and Tobias Keller agreed. Keller owns the rollout.",
        ["Priya Raman", "Tobias Keller", "Keller"],
    ),
    (
        "Ich habe mit Herrn Wojciechowski telefoniert; Wojciechowski schickt die Unterlagen.",
        ["Wojciechowski", "Wojciechowski"],
    ),
    ("Spoke with Grant Holloway about the renewal.", ["Grant Holloway"]),
    ("Heute Telefonat mit Ludwig Brandstetter wegen der Rechnung.", ["Ludwig Brandstetter"]),
    ("Hablé con Begoña Arrieta del departamento legal.", ["Begoña Arrieta"]),
    ("Spoke with the Sales Team about it.", []),
]


@pytest.mark.parametrize(("text", "names"), CASES)
def test_people_are_found(
    person_names: Callable[[str], list[str]], text: str, names: list[str] | None
) -> None:
    found = sorted(person_names(text))
    if names is None:
        assert found == ["Brigitte", "Brigitte", "Yannick"]
    else:
        assert found == sorted(names)


@pytest.mark.parametrize(
    "text",
    [
        "Agent: hello\nCustomer: hi\nAgent: how can I help?\nCustomer: my order",
        "Status: open\nPriority: high\nStatus: closed\nPriority: low",
        "Summary: fine\nSummary: still fine",
    ],
)
def test_roles_and_labels_are_not_speakers(
    person_names: Callable[[str], list[str]], text: str
) -> None:
    assert person_names(text) == []


def test_a_speaker_on_one_line_only_needs_a_known_given_name(
    person_names: Callable[[str], list[str]],
) -> None:
    assert person_names("Okonkwo: hello there") == []
