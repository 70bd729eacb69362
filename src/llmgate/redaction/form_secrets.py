"""The secrets of forms, e-mails and talk that round 17 added, as one entry for the SECRET
detector (credentials.py): a connection's keys and passwords on work orders and in QR
payloads (``wifi_codes``), an alarm account's code words and panel codes (``keyholder``),
two-factor recovery codes (``recovery_codes``), a new password told in a reply
(``reset_replies``), a place's code spelled out for its keypad (``keypad_codes``) and
a shared vehicle's, a charger's or a pick-up's PIN named with what it unlocks
(``unlock_codes``).
Each rule gates itself on C-level finds of its words, the same on every engine path."""

from __future__ import annotations

from llmgate.redaction.detectors import ScanContext, Span
from llmgate.redaction.keyholder import keyholder
from llmgate.redaction.keypad_codes import keypad_codes
from llmgate.redaction.recovery_codes import recovery_codes
from llmgate.redaction.reset_replies import reset_replies
from llmgate.redaction.unlock_codes import unlock_codes
from llmgate.redaction.wifi_codes import wifi_codes

__all__ = ["form_secrets"]


def form_secrets(ctx: ScanContext) -> list[Span]:
    """Every finding of the form, e-mail and talk rules (see the module)."""
    return [*wifi_codes(ctx), *keyholder(ctx), *recovery_codes(ctx), *reset_replies(ctx),
            *keypad_codes(ctx), *unlock_codes(ctx)]  # fmt: skip
