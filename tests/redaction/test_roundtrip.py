"""restore(redact(x)) == x for any text, including text full of look-alikes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from llmgate.redaction import Redactor, Vault

RED = Redactor()

PIECES = st.sampled_from([
    "jane@acme.com", "+1 415 555 2671", "4111 1111 1111 1111", "DE89 3704 0044 0532 0130 00",
    "536-90-4399", "10.0.0.1", "sk-proj-Xy7aB3kLm9Qr2Tz8Vw4Np6Hs1Jd5Fg0K", "[EMAIL_1]",
    "[ phone_2 ]", "[SECRET_1", "]", "[", "Dear Mr. John Smith,", "password=hunter2!!", "\u200b",
    "\uff11\uff12\uff13", " ", "\n", "@", "::", "Regards,\nAnna Weber\n", "12 rue de la Paix",
    "j\\u00fcrgen%40m\\u00fcller.de", "\\u0040", "\\/", "&#64;", "%40", "\\ud83d",
    "mysql -pS3cret!", "From: Jane Doe <jd@x.org>",
])  # fmt: skip
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_restore_of_redact_is_identity(text: str) -> None:
    masked = RED.redact(text)
    assert RED.restore(masked.text, masked.vault) == text


@settings(max_examples=150, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=4))
def test_shared_vault_round_trips_every_message(messages: list[str]) -> None:
    vault = Vault()
    masked = [RED.redact(m, vault=vault).text for m in messages]
    assert [RED.restore(m, vault) for m in masked] == messages


@settings(max_examples=150, deadline=None)
@given(TEXT, st.lists(st.integers(min_value=0, max_value=400), max_size=6))
def test_streamed_restore_equals_full_restore(text: str, cuts: list[int]) -> None:
    masked = RED.redact(text)
    points = sorted({min(c, len(masked.text)) for c in cuts})
    pieces = [
        masked.text[a:b] for a, b in zip([0, *points], [*points, len(masked.text)], strict=True)
    ]
    restorer = RED.stream_restorer(masked.vault)
    streamed = "".join(restorer.feed(p) for p in pieces) + restorer.flush()
    assert streamed == text
