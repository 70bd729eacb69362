"""Matching on normalized text, reporting offsets in the original."""

from __future__ import annotations

import pytest

from llmgate.redaction import Redactor
from llmgate.redaction.normalize import normalize

RED = Redactor()


def test_ascii_text_is_untouched() -> None:
    norm = normalize("plain ascii 123")
    assert norm.text == norm.original and norm.breaks == ()
    assert norm.to_original(3, 7) == (3, 7)


def test_offsets_map_around_deleted_characters() -> None:
    text = "a\u200bb\u200b\u200bc"
    norm = normalize(text)
    assert norm.text == "abc"
    for i, ch in enumerate("abc"):
        start, end = norm.to_original(i, i + 1)
        assert text[start:end] == ch
    assert norm.to_original(0, 3) == (0, len(text))


@pytest.mark.parametrize(
    ("text", "value", "kind"),
    [
        ("mail pierre\u200b.dupont@exemple.fr now", "pierre\u200b.dupont@exemple.fr", "EMAIL"),
        (
            "Tél : \uff10\uff16 \uff11\uff12 \uff13\uff14 \uff15\uff16 \uff17\uff18 merci",
            "\uff10\uff16 \uff11\uff12 \uff13\uff14 \uff15\uff16 \uff17\uff18",
            "PHONE",
        ),
        (
            "IBAN D\u041589 3704 0044 0532 0130 00 ok",
            "D\u041589 3704 0044 0532 0130 00",
            "IBAN",
        ),  # Cyrillic \u0415
        (
            "card 4111\u00a01111\u00a01111\u00a01111!",
            "4111\u00a01111\u00a01111\u00a01111",
            "CREDIT_CARD",
        ),
        ("x\u200b\u200by jane\uff20example.com", "jane\uff20example.com", "EMAIL"),
        ("ssn 536\u201190\u20114399", "536\u201190\u20114399", "US_SSN"),  # non-breaking hyphens
    ],
)
def test_obfuscated_values_are_found_at_original_offsets(text: str, value: str, kind: str) -> None:
    spans = RED.detect(text)
    assert [(text[s.start : s.end], s.type) for s in spans] == [(value, kind)]


def test_masking_replaces_the_original_characters() -> None:
    text = "a\u200bb mail j\u200bane@example.com end"
    masked = RED.redact(text)
    assert masked.text == "a\u200bb mail [EMAIL_1] end"
    assert RED.restore(masked.text, masked.vault) == text
