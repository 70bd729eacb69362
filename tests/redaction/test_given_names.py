"""Full names that start with a known given name, in free prose."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from llmgate.redaction import given_names
from llmgate.redaction.detectors import ScanContext
from llmgate.redaction.normalize import normalize


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Spoke with Daniel Foster yesterday.", ["Daniel Foster"]),
        ("Laut Jürgen Hoffmann ist die Lieferung unterwegs.", ["Jürgen Hoffmann"]),
        ("Selon Hélène Dupré, le dossier est complet.", ["Hélène Dupré"]),
        ("Ask Anna Maria Schmidt.", ["Anna Maria Schmidt"]),  # two given names, a surname
        ("Ask Anna von der Leyen.", ["Anna von der Leyen"]),
        ("Beste Grüße Tobias Richter Tel. 0171 2345678", ["Tobias Richter"]),  # not "Tel"
        ("Install the Harry Potter Theme Pack.", ["Harry Potter"]),  # one surname only
    ],
)
def test_a_known_given_name_starts_a_name_in_free_prose(
    text: str, found: list[str], person_names: Callable[[str], list[str]]
) -> None:
    assert person_names(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "We moved the agents to Claude Code and the Julia Language kernel.",  # not on the list
        "Mark Complete, then Will Power and Grace Period.",  # given names that are words
        "The Oscar Nominations dashboard.",
        "Daniel Group and Anna Street",  # the second word is not a surname
        "McDaniel Smith",  # the given name ends a longer word
        "Daniel\tSmith\tBerlin",  # a tab separates table columns, not a name's words
    ],
)
def test_a_given_name_without_a_surname_is_not_a_name(
    text: str, person_names: Callable[[str], list[str]]
) -> None:
    assert person_names(text) == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Anna", "Daniel", "Łukasz", "Smith", "ß", " ", "\t", "Mc", "x", "É"]),
        max_size=20,
    ).map("".join)
)
def test_pure_path_given_candidates_hold_every_capitalized_word(text: str) -> None:
    ctx = ScanContext(normalize(text))
    candidates = set(given_names.given_candidates(ctx.latin1))
    for m in given_names._CAPITALIZED.finditer(ctx.text):
        assert m.start() in candidates, ctx.text
    assert given_names.full_names(ctx.text, sorted(candidates)) == given_names.full_names(
        ctx.text, None
    )
