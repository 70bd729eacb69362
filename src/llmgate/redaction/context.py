"""PERSON and STREET_ADDRESS detection from context: ``person.py`` and ``address.py``.

This module keeps the names it used to hold importable from here (the engine's triggers and
the tests read them).
"""

from __future__ import annotations

from llmgate.redaction.address import _ES as _ES
from llmgate.redaction.address import (
    DE_AM,
    DE_ENDINGS,
    DE_WORDS,
    ES_NAMED_STREETS,
    ES_STREET_WORDS,
    AddressDetector,
)
from llmgate.redaction.given_names import GIVEN_NAMES
from llmgate.redaction.mentions import CUES, GAPS
from llmgate.redaction.person import _TITLE as _TITLE
from llmgate.redaction.person import (
    LABEL_PAIRS,
    LABELS,
    SIGNOFFS,
    TABLE_HINTS,
    TITLE_WORDS,
    PersonDetector,
)
from llmgate.redaction.person import _label_before as _label_before
from llmgate.redaction.threads import SPEAKER_STAMP, WROTE

__all__ = [
    "CUES",
    "DE_AM",
    "DE_ENDINGS",
    "DE_WORDS",
    "GAPS",
    "GIVEN_NAMES",
    "ES_NAMED_STREETS",
    "ES_STREET_WORDS",
    "LABEL_PAIRS",
    "LABELS",
    "SIGNOFFS",
    "SPEAKER_STAMP",
    "TABLE_HINTS",
    "TITLE_WORDS",
    "WROTE",
    "AddressDetector",
    "PersonDetector",
]
