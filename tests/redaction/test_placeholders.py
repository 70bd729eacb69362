"""The vault: stable numbering, shared across messages, literal placeholders kept apart."""

from __future__ import annotations

import threading

from llmgate._types import Redaction
from llmgate.redaction import Redactor, Vault

RED = Redactor()


def test_same_value_same_placeholder_within_and_across_messages() -> None:
    vault = Vault()
    a = RED.redact("from bob@example.com to amy@example.com, cc bob@example.com", vault=vault)
    b = RED.redact("reply to amy@example.com", vault=vault)
    assert a.text == "from [EMAIL_1] to [EMAIL_2], cc [EMAIL_1]"
    assert b.text == "reply to [EMAIL_2]"


def test_numbering_is_per_type_by_first_appearance() -> None:
    masked = RED.redact("+1 415 555 2671, x@y.io, +44 20 7946 0958, z@y.io")
    assert masked.text == "[PHONE_1], [EMAIL_1], [PHONE_2], [EMAIL_2]"


def test_growing_conversation_keeps_earlier_placeholders() -> None:
    turns = [
        "I am jane@acme.com",
        "my card is 4111 1111 1111 1111",
        "and bob@acme.com, jane@acme.com",
    ]

    def mask_all(messages: list[str]) -> list[str]:
        vault = Vault()
        return [RED.redact(m, vault=vault).text for m in messages]

    before = mask_all(turns[:2])
    after = mask_all(turns)
    assert after[:2] == before
    assert after[2] == "and [EMAIL_2], [EMAIL_1]"


def test_redactions_list_types_and_placeholders_never_values() -> None:
    masked = RED.redact("jane@acme.com sk-proj-Xy7aB3kLm9Qr2Tz8Vw4Np6Hs1Jd5Fg0K jane@acme.com")
    assert masked.vault.redactions() == [
        Redaction("EMAIL", "[EMAIL_1]"),
        Redaction("SECRET", "[SECRET_1]"),
    ]
    assert "jane" not in repr(masked.vault) and "sk-proj" not in repr(masked)


def test_literal_placeholder_in_user_text_is_not_ours() -> None:
    text = "Template uses [EMAIL_1] and [ phone_2 ]; real address is real.person@example.org"
    masked = RED.redact(text)
    assert "[EMAIL_1]" in masked.text and "[ phone_2 ]" in masked.text
    assert "[EMAIL_2]" in masked.text  # number 1 was taken by the user's literal
    answer = "I wrote to [EMAIL_2]; [EMAIL_1] stays a template label."
    assert RED.restore(answer, masked.vault) == (
        "I wrote to real.person@example.org; [EMAIL_1] stays a template label."
    )
    assert RED.restore(masked.text, masked.vault) == text


def test_literal_colliding_with_an_issued_placeholder_is_masked_as_a_value() -> None:
    vault = Vault()
    first = RED.redact("mail a@example.com", vault=vault)
    second = RED.redact("my template says [EMAIL_1] literally", vault=vault)
    assert first.text == "mail [EMAIL_1]"
    assert second.text == "my template says [EMAIL_2] literally"
    assert RED.restore(second.text, vault) == "my template says [EMAIL_1] literally"
    assert RED.restore("[EMAIL_1]", vault) == "a@example.com"


def test_vault_is_safe_to_share_between_threads() -> None:
    vault = Vault()
    emails = [f"user{i}@example.com" for i in range(50)]

    def work() -> None:
        for e in emails:
            vault.issue("EMAIL", e)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    placeholders = [r.placeholder for r in vault.redactions()]
    assert len(placeholders) == 50 == len(set(placeholders))
    assert {vault.issue("EMAIL", e) for e in emails} == set(placeholders)
