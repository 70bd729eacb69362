"""Mask personal data and secrets before a request leaves, restore them in the answer.

::

    from llmgate.redaction import Redactor

    red = Redactor(entities=None)          # None: every built-in entity type
    spans = red.detect(text)               # [Span(start, end, type)], sorted, non-overlapping
    masked = red.redact(text)              # Masked(text=..., vault=...)
    red.restore(answer, masked.vault)      # placeholders -> original values

Messages of one call share a vault (``red.redact(m, vault=v)``); streamed answers go through
``red.stream_restorer(v)``; tool-call arguments through ``red.restore_json``. See
docs/privacy.md.
"""

from llmgate.redaction.detectors import BUILTIN_ENTITIES, Detector, RedactionError, Span
from llmgate.redaction.placeholders import Vault
from llmgate.redaction.preview import preview
from llmgate.redaction.redactor import Masked, Redactor
from llmgate.redaction.restore import StreamRestorer, restore, restore_json

__all__ = [
    "BUILTIN_ENTITIES",
    "Detector",
    "Masked",
    "RedactionError",
    "Redactor",
    "Span",
    "StreamRestorer",
    "Vault",
    "preview",
    "restore",
    "restore_json",
]
