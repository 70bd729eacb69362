"""The phone rules' reasons, read from a number's context alone, that it is no phone number.

The PHONE rules (phones.py) reject a digit run that a word before it says numbers something
else (an order, a policy, a claim, a part: ``id_words``) and runs shaped like look-alikes
(coordinates, part numbers, time stamps: ``phone_lookalikes``). The PHONE model, on by
default since round 21, scores every digit run on its own features; its findings pass the
same two tests here, so that turning the model on never undoes a rejection the rules make
on purpose ("Policennummer 0171 2345678" stays an identifier with the model as without it).
"""

from __future__ import annotations

from llmgate.redaction.digits import _before
from llmgate.redaction.id_words import SERVICE_LINE, negative_before
from llmgate.redaction.phone_lookalikes import lookalike
from llmgate.redaction.phones import PhoneDetector

__all__ = ["rejected"]


def _answers_question(text: str, start: int, before: str) -> bool:
    """A speaker's answer right after a question on the line above ("Conseiller : quel est
    votre nouveau numéro ?" / "Cliente : 07 71 22 43 19"): the speaker's name is no label of
    the number, whatever word it is."""
    if PhoneDetector._ANSWER_LEAD.match(before) is None:
        return False
    end = text.rfind("\n", 0, start)
    return end > 0 and text[:end].rstrip().endswith("?")


def rejected(text: str, start: int, end: int) -> bool:
    """Whether the phone rules reject ``text[start:end]`` by its context: after a word for
    another number (unless it answers a question for a phone number on the line above or
    follows a service line's name, as in the rules), or a look-alike's shape (an
    international number, with its ``+`` or ``00``, is never one)."""
    before = _before(text, start)
    if (
        negative_before(before)
        and SERVICE_LINE.search(before) is None
        and not PhoneDetector._asked_above(text, start, before)
        and not _answers_question(text, start, before)
    ):
        return True
    cand = text[start:end]
    international = cand.startswith(("+", "(+", "(00", "00"))
    return not international and lookalike(text, cand, start, end, before)
