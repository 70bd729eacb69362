"""Restoring answers: tolerant matching, streams split anywhere, tool-call JSON."""

from __future__ import annotations

import json
import random

import pytest

from llmgate.redaction import Redactor, Vault
from llmgate.redaction.placeholders import MAX_PLACEHOLDER_LEN

RED = Redactor()
PROMPT = (
    "Jane (jane.doe@acme.com, +1 415 555 2671) paid with 4111 1111 1111 1111; "
    "her DB password='pa\"ss\\word9' and IBAN DE89 3704 0044 0532 0130 00. Bob: bob@acme.com"
)


@pytest.fixture
def masked_vault() -> Vault:
    return RED.redact(PROMPT).vault


@pytest.mark.parametrize(
    "variant",
    [
        "[EMAIL_1]",
        "[email_1]",
        "[ EMAIL_1 ]",
        "[Email 1]",
        "[ email-1 ]",
        "[EMAIL_1 ]",
        "[EMAIL\\_1]",
    ],  # the last one as markdown escapes it
)
def test_restore_tolerates_case_and_spaces(masked_vault: Vault, variant: str) -> None:
    assert RED.restore(f"write to {variant}.", masked_vault) == "write to jane.doe@acme.com."


@pytest.mark.parametrize("variant", ["[CREDIT_CARD_1]", "[credit-card-1]", "[CREDIT\\_CARD\\_1]"])
def test_restore_tolerates_separators_in_multiword_types(masked_vault: Vault, variant: str) -> None:
    assert RED.restore(f"card {variant}", masked_vault) == "card 4111 1111 1111 1111"


def test_unknown_placeholders_are_left_alone(masked_vault: Vault) -> None:
    text = "[EMAIL_9] [FOO_1] [EMAIL] [1] [CREDIT_CARD_1]"
    assert RED.restore(text, masked_vault) == "[EMAIL_9] [FOO_1] [EMAIL] [1] 4111 1111 1111 1111"


ANSWER = (
    "Sure. I emailed [EMAIL_1] and [ email_2 ], called [PHONE_1], charged [CREDIT_CARD_1]"
    " (not [EMAIL_7]), [ [IBAN_1]], [CREDIT\\_CARD\\_1] and [broken [SECRET_1] end [EMAIL_1"
)


def _stream(masked_vault: Vault, chunks: list[str]) -> tuple[str, int]:
    restorer = RED.stream_restorer(masked_vault)
    out: list[str] = []
    peak = 0
    for chunk in chunks:
        out.append(restorer.feed(chunk))
        peak = max(peak, restorer.held)
    out.append(restorer.flush())
    return "".join(out), peak


def test_stream_split_at_every_boundary_equals_full_restore(masked_vault: Vault) -> None:
    full = RED.restore(ANSWER, masked_vault)
    assert "jane.doe@acme.com" in full and "bob@acme.com" in full
    for cut in range(len(ANSWER) + 1):
        got, peak = _stream(masked_vault, [ANSWER[:cut], ANSWER[cut:]])
        assert got == full, cut
        assert peak < MAX_PLACEHOLDER_LEN


def test_stream_character_by_character_and_random_splits(masked_vault: Vault) -> None:
    full = RED.restore(ANSWER, masked_vault)
    assert _stream(masked_vault, list(ANSWER))[0] == full
    rng = random.Random(7)
    for _ in range(300):
        cuts = sorted(rng.sample(range(1, len(ANSWER)), rng.randint(1, 12)))
        pieces = [ANSWER[a:b] for a, b in zip([0, *cuts], [*cuts, len(ANSWER)], strict=True)]
        got, peak = _stream(masked_vault, pieces)
        assert got == full
        assert peak < MAX_PLACEHOLDER_LEN


def test_stream_releases_text_without_placeholders_immediately(masked_vault: Vault) -> None:
    restorer = RED.stream_restorer(masked_vault)
    assert restorer.feed("Hello world, ") == "Hello world, "
    assert restorer.feed("see [EM") == "see "
    assert restorer.held == 3
    assert restorer.feed("AIL_1] now") == "jane.doe@acme.com now"
    assert restorer.feed("[a note, not ours]") == "[a note, not ours]"
    assert restorer.held == 0


def test_stream_buffer_stays_bounded_on_a_long_bracket(masked_vault: Vault) -> None:
    restorer = RED.stream_restorer(masked_vault)
    emitted = restorer.feed("[" + "A" * 500)
    assert restorer.held < MAX_PLACEHOLDER_LEN
    assert emitted + restorer.flush() == "[" + "A" * 500


def test_tool_call_arguments_stay_valid_json(masked_vault: Vault) -> None:
    args = json.dumps({"to": "[EMAIL_1]", "note": "pw [SECRET_1] for [ email_2 ]", "n": 3})
    restored = RED.restore_json(args, masked_vault)
    data = json.loads(restored)
    assert data == {"to": "jane.doe@acme.com", "note": 'pw pa"ss\\word9 for bob@acme.com', "n": 3}


def test_streamed_tool_call_arguments_restore_to_valid_json(masked_vault: Vault) -> None:
    args = json.dumps({"body": "Dear [EMAIL_1], your password [SECRET_1]"})
    for cut in range(len(args) + 1):
        restorer = RED.stream_restorer(masked_vault, json=True)
        text = restorer.feed(args[:cut]) + restorer.feed(args[cut:]) + restorer.flush()
        assert json.loads(text) == {"body": 'Dear jane.doe@acme.com, your password pa"ss\\word9'}
