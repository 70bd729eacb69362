"""The three checks every round's table of cases gets (tests/redaction/test_round*.py).

A round module lists ``POSITIVES`` (type, text, value: the value must be found as that
type and must not survive ``redact``) and ``NEGATIVES`` (text, value: no finding may
overlap the value), then binds the tests this returns to module names starting with
``test_`` so that pytest collects them there, with the round's own ids.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from llmgate.redaction import Redactor

Positive = tuple[str, str, str]
Negative = tuple[str, str]


def case_tests(
    red: Redactor, positives: Sequence[Positive], negatives: Sequence[Negative]
) -> tuple[Callable[..., None], Callable[..., None], Callable[..., None]]:
    """``test_masks``, ``test_leaves`` and ``test_masked_text_hides_value`` for a table."""

    def found(text: str) -> list[tuple[str, str]]:
        return [(s.type, text[s.start : s.end]) for s in red.detect(text)]

    @pytest.mark.parametrize(("kind", "text", "value"), positives)
    def test_masks(kind: str, text: str, value: str) -> None:
        assert (kind, value) in found(text)

    @pytest.mark.parametrize(("text", "value"), negatives)
    def test_leaves(text: str, value: str) -> None:
        assert all(value not in hit and hit not in value for _, hit in found(text)), value

    @pytest.mark.parametrize(("kind", "text", "value"), positives)
    def test_masked_text_hides_value(kind: str, text: str, value: str) -> None:
        assert value not in red.redact(text).text

    return test_masks, test_leaves, test_masked_text_hides_value
