"""Matching on normalized text, reporting offsets in the original."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


def test_json_escapes_are_read_as_the_characters_they_spell() -> None:
    text = 'x"J\\u00fcrgen", \\u200b, https:\\/\\/h\\/p, \\ud83d kept'
    norm = normalize(text)
    assert norm.text == 'x"Jürgen", , https://h/p, \\ud83d kept'  # a lone surrogate stays
    for i, ch in enumerate(norm.text):
        start, end = norm.to_original(i, i + 1)
        piece = text[start:end]
        assert normalize(piece).text == ch, (i, ch, piece)
        if len(piece) > 1:  # a decoded escape stands for all of it, never a part
            assert piece.startswith("\\") and len(piece) in (2, 6)
    j = norm.text.index("Jürgen")
    assert text[slice(*norm.to_original(j, j + 6))] == "J\\u00fcrgen"


_PIECES = ["a", "é", "@", " ", "\u200b", "\\u00e9", "\\u200b", "\\/", "\\u0041", "\\\\", "\uff41"]
_PIECES += ["%40", "%4", "&#64;", "&#x40;", "&commat;", "&#", "%"]


@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.data())
def test_every_span_maps_back_to_the_characters_that_spell_it(
    pieces: list[str], data: st.DataObject
) -> None:
    text = "".join(pieces)
    norm = normalize(text)
    n = len(norm.text)
    start = data.draw(st.integers(0, n))
    end = data.draw(st.integers(start, n))
    o_start, o_end = norm.to_original(start, end)
    assert 0 <= o_start <= o_end <= len(text)
    # The original characters of a span normalize to the span, give or take deleted
    # zero-width characters at its edges.
    assert normalize(text[o_start:o_end]).text == norm.text[start:end]


@pytest.mark.parametrize("ensure_ascii", [True, False])
def test_values_in_json_tool_results_are_masked_and_restored(ensure_ascii: bool) -> None:
    result = {
        "customer": "Dear Jürgen Müller",
        "email": "jürgen.müller@example.de",
        "dsn": "postgres://app:s3cr3t-Pa55w0rd@db.internal:5432/prod",
        "iban": "DE89 3704 0044 0532 0130 00",
    }
    text = json.dumps(result, ensure_ascii=ensure_ascii).replace("/", "\\/")  # as PHP writes it
    masked = RED.redact(text)
    for leak in ("rgen", "ller@", "s3cr3t", "0532 0130"):
        assert leak not in masked.text
    assert {r.entity for r in masked.redactions} >= {"PERSON", "EMAIL", "SECRET", "IBAN"}
    assert RED.restore(masked.text, masked.vault) == text
    assert json.loads(RED.restore_json(masked.text, masked.vault)) == result


@pytest.mark.parametrize(
    "written", ["jane.roe%40example.org", "jane.roe&#64;example.org", "jane.roe&#x40;example.org",
                "jane.roe&commat;example.org"],
)  # fmt: skip
def test_an_at_sign_written_as_a_url_or_html_escape_is_read(written: str) -> None:
    text = f"https://news.example.com/unsub?email={written}&id=7"
    masked = RED.redact(text)
    assert masked.text == "https://news.example.com/unsub?email=[EMAIL_1]&id=7"
    assert RED.restore(masked.text, masked.vault) == text
