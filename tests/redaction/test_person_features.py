"""The PERSON model's fast scorer (``person_scorer.Scorer``) gives every capitalized word
the very score that summing its feature strings' weights gives (the trainer's view): the
same float, bit for bit, so that detection through either finds the same names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmgate.redaction._perceptron import score
from llmgate.redaction.person_features import Token, text_features, tokens
from llmgate.redaction.person_model import Model, load_model

DATA = Path(__file__).resolve().parent / "data"

# Texts that reach each branch of the features: field keys before a colon or an equals
# sign (quoted, spaced, far back), headings, line starts, identifiers glued to digits or
# underscores, particles, initials, a word also written in lower case, apostrophes,
# hyphens, all capitals, tabs, CRLF line breaks, long gaps.
EDGE_CASES = [
    "",
    "Anna",
    "x: Bob",
    'Owner = "Dr Who"\nMr. X  met Mary-Jane O\'Brien and ANNA at Acme Corp GmbH.',
    "Quarterly Sales Report\nRevenue By Region\nThe Azure Data Factory pipeline runs nightly.",
    "name:\tKlaus Becker von der Firma Müller\r\nCC: Ludwig van Beethoven, J. Smith",
    "SO-VR167407 \\Device\\Tcpip_{X} Build_2 Report7 river River rivers Rivers",
    "Assigned to ----------------------------------- Keller; Keller owns the rollout.",
    "  Contact person (billing)  :  Ananya de la Vega, Yvonne St. Clair, Van Buren Street",
    "Tue, 26 Jan 2026 \u2013 Réunion Mardi \u2013 Lunes 3 de Mayo",
]


def _dev_texts() -> list[str]:
    lines = (DATA / "eval.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines[::5] if line.strip()]


@pytest.fixture(scope="module")
def model() -> Model:
    return load_model()


def _slow_scores(model: Model, text: str, toks: list[Token]) -> dict[int, float]:
    feats = text_features(text, toks, model.common, model.lexicon)
    return {i: score(model.weights, f) for i, f in feats}


@pytest.mark.parametrize("text", EDGE_CASES)
def test_same_scores_as_the_feature_strings(model: Model, text: str) -> None:
    toks = tokens(text)
    slow = _slow_scores(model, text, toks)
    fast = model.scores(text, toks)
    assert list(fast) == list(slow)
    assert [repr(v) for v in fast.values()] == [repr(v) for v in slow.values()]


def test_same_scores_on_the_development_set(model: Model) -> None:
    texts = _dev_texts()
    assert len(texts) > 300
    differ = []
    for text in texts:
        toks = tokens(text)
        slow = _slow_scores(model, text, toks)
        fast = model.scores(text, toks)
        if list(fast.items()) != list(slow.items()):
            differ.append(text[:60])
    assert differ == []


def test_tokens_keep_offsets_and_lower_case() -> None:
    text = "Hi O'Brien-Li, ÉMILE met anna_2."
    got = [(t.start, t.end, t.word, t.lower, t.shape) for t in tokens(text)]
    assert got == [
        (0, 2, "Hi", "hi", "Xx"),
        (3, 13, "O'Brien-Li", "o'brien-li", "XxX-'"),
        (15, 20, "ÉMILE", "émile", "X"),
        (21, 24, "met", "met", "x"),
        (25, 29, "anna", "anna", "x"),
    ]
    assert Token(3, 13, "O'Brien-Li") == tokens(text)[1]


def test_tokens_the_same_with_a_character_beyond_latin1() -> None:
    """Latin-1 text and wider text are split by two patterns (person_features): the words
    of the Latin-1 part are the same either way, digits, "_", "²" and "½" included."""
    text = "Señor O'Brien-Li, x²y ½Ana_b7 Zoë - 'quote' l'été\tÅsa "
    wide = [tuple(t) for t in tokens(text + "\u0141")]
    assert [tuple(t) for t in tokens(text)] == wide[:-1]
    assert wide[-1][2] == "\u0141"
    assert [t.word for t in tokens("Ana ł Łukasz")] == ["Ana", "ł", "Łukasz"]
