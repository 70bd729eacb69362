"""A found value written again elsewhere in the text is masked there too: a vendor that
gets a phone number in clear once has it, whatever word stood before the other copy."""

from __future__ import annotations

from llmgate.redaction import Redactor

RED = Redactor()


def test_a_phone_number_repeated_after_another_word_gets_the_same_placeholder() -> None:
    text = "Scrivimi su WhatsApp 3471234567 quando arrivi. Ordine 3471234567 a parte."
    masked = RED.redact(text)
    assert masked.text == "Scrivimi su WhatsApp [PHONE_1] quando arrivi. Ordine [PHONE_1] a parte."
    assert RED.restore(masked.text, masked.vault) == text


def test_a_repeat_inside_a_reference_is_masked_but_not_inside_a_longer_number() -> None:
    text = "Caller ID: 4155550132 | Ticket 4155550132-A | batch 94155550132 | 4155550132x"
    masked = RED.redact(text).text
    assert masked == "Caller ID: [PHONE_1] | Ticket [PHONE_1]-A | batch 94155550132 | 4155550132x"


def test_an_iban_and_an_email_repeated_without_their_cue() -> None:
    text = (
        "IBAN DE89 3704 0044 0532 0130 00, mail jane.roe@example.org, thanks.\n"
        "ref: DE89 3704 0044 0532 0130 00 / contact jane.roe@example.org"
    )
    masked = RED.redact(text).text
    assert "3704" not in masked and "jane.roe" not in masked
    assert masked.count("[IBAN_1]") == 2 and masked.count("[EMAIL_1]") == 2


def test_short_values_and_names_are_not_searched_again() -> None:
    # Values under six characters recur by chance (a PIN, a house number); a name found
    # once may be a plain word elsewhere: both are left to their own detectors.
    text = "PIN 4471 at the door. Room 4471 is upstairs."
    masked = RED.redact(text).text
    assert "Room 4471" in masked


def test_a_found_name_joined_to_another_word_by_a_hyphen_is_masked_there_too() -> None:
    """A guest network named after the guest tells the name it was masked for."""
    text = "Gast: Herr Jonas Wiegand, Zimmer 12.\nWLAN: Wiegand-Guests\nAbreise Freitag."
    masked = RED.redact(text)
    assert "Wiegand" not in masked.text
    assert "[PERSON_" in masked.text.splitlines()[1]
    assert RED.restore(masked.text, masked.vault) == text


def test_a_name_inside_a_longer_word_is_left() -> None:
    text = "Kontakt: Herr Jonas Wiegand. Die Wiegandstraße ist gesperrt."
    masked = RED.redact(text).text
    assert "Wiegandstraße" in masked and "Jonas Wiegand" not in masked
