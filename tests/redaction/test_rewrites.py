"""Patterns rewritten for speed match exactly where their readable forms match.

The speed rewrites (a trie of the negative-context words, the phone words as alternatives
that each start with a literal, the overlap resolution's shortcut) and the necessary
conditions tested before the costly birth-date patterns must not change one finding.
bench/redaction_spans.py checks that on every corpus; these tests check each rewrite
against its readable form on generated text, where the corpora may hold no
counter-example.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from llmgate.redaction import dob, id_words
from llmgate.redaction.detectors import BUILTIN_ENTITIES, Span
from llmgate.redaction.phones import PhoneDetector
from llmgate.redaction.redactor import resolve_overlaps

# Pieces that build windows near the words' edges: parts of the words, separators, cases.
_PIECES = st.sampled_from(
    [
        *("order", "ord", "no", "nr", "n°", "nº", "no.", "#", ":", ".", " ", "\t", "part "),
        *("=", "'", '"', "ean", "fattura", "artigo", "refer", "ência", "klant", " ist ", "es"),
        *(" lautet ", "was", "é", "this ", "p/n", "model", "buchung", "pnr", ".:"),
        *("number", "bestell", "bestellnr", "referenz", "kunden", "r", "é", "ref", "réf", "x"),
        *("art", "ículo", "pieza", "id", "po", "_", "-", "my ", "meine ", "mi ", "número "),
        *(" n. ", " no ", "nummer", "produkt", "sinistro", "socio", "chip", "ean-13"),
        *("tel", "telefon", "mobil", "anruf", "en", "bar", "marque", "nos", "call", "☎", "is "),
        *("geboren", "born", "né", "née", "(dob)", "date of birth", "d.o.b.", "f. nac."),
        *("fecha de nacimiento", "12.03.1985", "3 March 1985", " am ", "le ", "Geb.", "B-day"),
    ]
)
WINDOWS = st.lists(_PIECES, max_size=10).map("".join)

# The readable forms, as they were written before the rewrites.
_NEGATIVE_FLAT = re.compile(
    r"[\"']?\s*[:#.=]{0,2}\s*(?:(?:"
    + "|".join(c[::-1] for c in id_words.COPULAS)
    + r")\s+)?(?:\.?(?:"
    + "|".join("".join(reversed(id_words.UNIT.findall(w))) for w in id_words.NUMBER_LABELS)
    + r")\s+)?[\"']?(?:(?:"
    + "|".join("".join(reversed(id_words.UNIT.findall(w))) for w in id_words.NEGATIVE_WORDS)
    + r")\b|#)"
)
_PHONE_WORDS_GROUPED = re.compile(
    "(?:" + "|".join(PhoneDetector._PHONE_WORDS) + r")\b"
    r"|\b(?:my|meine|mon|ma|mi)[ \t]+(?:number|nummer|num[eé]ro|n[uú]mero)"
    r"(?:[ \t]+(?:is|ist|lautet|est|es)(?:[ \t]+(?:el|le))?)?[ \t]*:?[ \t]*\Z"
)


def _successive(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The spans of the searches the phone detector makes: each from the last one's end."""
    out: list[tuple[int, int]] = []
    m = pattern.search(text)
    while m is not None:
        out.append(m.span())
        m = pattern.search(text, m.end())
    return out


@settings(max_examples=500, deadline=None)
@given(WINDOWS)
def test_negative_words_trie_matches_where_the_flat_alternation_does(window: str) -> None:
    low = window.lower()
    expected = _NEGATIVE_FLAT.match(low[::-1]) is not None
    assert id_words.negative_before(low) is expected
    assert (id_words.NEGATIVE_CONTEXT.search(low) is not None) is expected


@settings(max_examples=500, deadline=None)
@given(WINDOWS)
def test_phone_words_find_what_the_grouped_pattern_finds(window: str) -> None:
    low = window.lower()
    assert _successive(PhoneDetector._WORDS, low) == _successive(_PHONE_WORDS_GROUPED, low)


@settings(max_examples=500, deadline=None)
@given(WINDOWS)
def test_birth_date_gates_hold_wherever_the_patterns_match(window: str) -> None:
    """A cue's match starts with one of ``_CUE_HEADS``; a date-then-cue match holds a cue
    of ``_CUES_AFTER`` (the conditions ``DateOfBirthDetector.scan`` tests first)."""
    low = window.lower()
    for start in range(len(window) + 1):
        if dob._CUE_DATE.match(window, start) is not None:
            assert low.startswith(dob._CUE_HEADS, start), window
    for m in dob._DATE_CUE.finditer(window):
        assert any(cue in low[m.start() : m.end()] for cue in dob._CUES_AFTER), window


def _resolve_reference(spans: list[Span]) -> list[Span]:
    """``resolve_overlaps`` as written before its shortcut for findings that do not overlap."""
    rank = {entity: i for i, entity in enumerate(BUILTIN_ENTITIES)}
    joined: list[Span] = []
    last: dict[str, int] = {}
    for span in sorted(set(spans)):
        i = last.get(span.type)
        if i is not None and span.start < joined[i].end:
            if span.end > joined[i].end:
                joined[i] = Span(joined[i].start, span.end, span.type)
            continue
        last[span.type] = len(joined)
        joined.append(span)
    ordered = sorted(
        joined,
        key=lambda s: (s.type != "SECRET", s.start - s.end, rank.get(s.type, len(rank)), s.start),
    )
    if not ordered:
        return []
    taken = bytearray(max(s.end for s in ordered))
    kept: list[Span] = []
    for span in ordered:
        if span.end <= span.start or taken.find(1, span.start, span.end) >= 0:
            continue
        taken[span.start : span.end] = b"\x01" * (span.end - span.start)
        kept.append(span)
    kept.sort()
    return kept


_SPANS = st.lists(
    st.builds(
        lambda start, length, kind: Span(start, start + length, kind),
        st.integers(1, 40),
        st.integers(-1, 12),  # empty and inverted spans too (dropped), never before 0
        st.sampled_from(["SECRET", "EMAIL", "PHONE", "PERSON", "IBAN", "ACME_ID", "ZZ_ID"]),
    ),
    max_size=12,
)


@settings(max_examples=1000, deadline=None)
@given(_SPANS)
def test_resolve_overlaps_keeps_what_the_full_ranking_keeps(spans: list[Span]) -> None:
    assert resolve_overlaps(spans) == _resolve_reference(spans)
