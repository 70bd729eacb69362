"""Codes typed on a keypad, read out a digit at a time or with the keypad's key glued.

"The key box is by the gate, composez 6 0 4 2 puis tirez", "para entrar al portal marca
1 9 8 4 # en el teclado", "de poort gaat open met 5 5 1 0", "the door is 7 4 1 9#", "The
lock box by the garage opens with 6 2 9 3": a holiday let's or a delivery's message gives
the code of a place (``access_codes.PLACES``) after a verb of opening or typing
(``LEADS``), as digits apart by blanks (how a message spells a code out so that it is not
read as a number) or with "#" or "*" after it. A place must stand in the sentence, before
the code or right after it ("press 2580 # at the gate"), so a count ("is 1 2 3 4 in the
list") stays.

The pattern starts on a lead word found in the lower-cased text and is bounded, so the
cost stays linear.
"""

from __future__ import annotations

import re

from llmgate.redaction.access_codes import PLACES
from llmgate.redaction.detectors import ScanContext, Span, longest_first
from llmgate.redaction.pin_words import FILLERS

__all__ = ["LEADS", "keypad_codes"]

# Verbs of opening or typing a code, and the verbs and separators of "the door is ..."
# (lower case), in the seven languages.
LEADS = (
    "opens with", "open with", "opened with", "unlocks with", "press", "dial", "punch in",
    "key in", "type in", "enter", "is", "code", "code is",
    "öffnet mit", "öffnen mit", "geht auf mit", "drücke", "drücken sie", "tippe",
    "tippen sie", "eingeben", "ist", "lautet",
    "s'ouvre avec", "ouvre avec", "composez", "compose", "tapez", "tape", "est",
    "se abre con", "abre con", "marca", "marque", "teclea", "pulsa", "es",
    "si apre con", "apre con", "digita", "componi", "premi", "è",
    "gaat open met", "opent met", "open met", "toets", "intoetsen", "druk",
    "abre com", "abre-se com", "digite", "carregue", "é",
)  # fmt: skip
_CODE = (
    r"(?P<code>(?:[0-9](?:[ ][0-9]){3,7}|[0-9]{4,8})(?:[ ]?[#*](?![\w#*]))?)"
    r"(?![\w]|[ ]?[0-9]|[.,:/][0-9]|[ \t]*(?:%|€|\$|eur\b|usd\b|uhr\b|h\b|am\b|pm\b))"
)
_LEAD_CODE = re.compile(
    r"(?:(?<![\w])(?:" + longest_first(LEADS) + r")[ \t]*:?[ \t]+|:[ \t]*)(?<![0-9]:)"
    r"(?:(?:" + "|".join(FILLERS) + r")[ \t]*,?[ \t]+)?" + _CODE
)
_PLACE = re.compile(r"(?<![\w])(?:" + longest_first(PLACES) + ")")
_REACH_BEFORE = 90  # characters before a code that its place may stand in
_REACH_AFTER = 40  # characters after it


def _sentence_place(low: str, start: int, end: int) -> bool:
    """Whether a place is named in the sentence around a code at ``start``..``end``."""
    lo = max(0, start - _REACH_BEFORE)
    cut = max(low.rfind("\n", lo, start), low.rfind(". ", lo, start), low.rfind("! ", lo, start))
    if _PLACE.search(low, cut + 1 if cut >= 0 else lo, start) is not None:
        return True
    hi = min(len(low), end + _REACH_AFTER)
    stop = min(
        (i for i in (low.find("\n", end, hi), low.find(". ", end, hi)) if i >= 0), default=hi
    )
    return _PLACE.search(low, end, stop) is not None


def keypad_codes(ctx: ScanContext) -> list[Span]:
    """Codes of a place after a verb of opening or typing (see the module)."""
    if not ctx.has_digit:
        return []
    low = ctx.lower_spelled
    if low is None or not any(map(low.__contains__, PLACES)):
        return []  # every code found needs its place in the sentence: a C-level gate first
    out: list[Span] = []
    for m in _LEAD_CODE.finditer(low):
        start, end = m.span("code")
        code = m.group("code")
        spaced = " " in code.rstrip(" #*")
        keyed = code.endswith(("#", "*"))
        lead = m.group()[: start - m.start()].split() or [":"]
        opening = lead[0] not in ("is", "ist", "lautet", "est", "es", "è", "é", "code", ":")
        if not (spaced or keyed or opening):
            continue  # "the door is 1234": access_codes and pins judge plain digits
        if _sentence_place(low, start, end):
            out.append(Span(start, end, "SECRET"))
    return out
