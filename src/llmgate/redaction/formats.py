"""Values whose place in a known format says what they are, with no cue word beside them.

Four small rule sets share one detector (one entry test per text instead of four): an
airline reservation's elements (``pnr.py``), a browser's saved form rows (``autofill.py``),
birthdays kept without their year (``birthdays.py``) and cards read out digit by digit in a
call or a chat (``spoken_cards.py``). Each runs only where its own marks occur (C-level
finds on the text), on both detection paths alike.
"""

from __future__ import annotations

from llmgate.redaction.autofill import autofill_spans
from llmgate.redaction.birthdays import yearless_birthdays
from llmgate.redaction.detectors import BuiltinDetector, ScanContext, Span
from llmgate.redaction.pnr import pnr_spans
from llmgate.redaction.spoken_cards import spoken_cards

__all__ = ["FormatDetector"]


class FormatDetector(BuiltinDetector):
    """PNR elements, autofill rows, year-less birthdays and cards read out."""

    name = "formats"
    entities = frozenset(
        {"PERSON", "PHONE", "EMAIL", "CREDIT_CARD", "DATE_OF_BIRTH", "STREET_ADDRESS"}
    )

    def scan(self, ctx: ScanContext) -> list[Span]:
        text = ctx.text
        out = pnr_spans(text)
        if "INSERT" in text or "insert" in text:
            out += autofill_spans(text)
        low = ctx.lower_aligned
        if low is not None:
            out += yearless_birthdays(text, low)
            out += spoken_cards(low)
        return out
