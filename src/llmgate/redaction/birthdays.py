"""Birthdays written without their year, as contact formats keep them.

A birthday is a birth date even when the year is left out: it still says who a person is
beside a name and a phone number. Google Contacts exports it as ``--MM-DD`` in its
``Birthday`` column, a vCard as ``BDAY:--0419`` (RFC 6350 truncated dates), and an OpenID
Connect ``birthdate`` claim as ``0000-MM-DD`` ("the year MAY be 0000, indicating that it
is omitted", OpenID Connect Core 5.1). Apple's contacts write a year-less ``BDAY`` with a
placeholder year that a parameter names, ``BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-14``.
None of them is a calendar date the date rules read. Such a value counts where the text
names a birthday (``Birthday``, ``BDAY``, ``birthdate``, and the word in the seven
languages); a year-less ``--MM-DD`` stands nowhere else, and ``0000-`` only after a birth
date's key. A day and a month in a birthday field or column: ``birthday_fields.py``.
"""

from __future__ import annotations

import re

from llmgate.redaction.birthday_fields import birthday_fields
from llmgate.redaction.detectors import Span

__all__ = ["BIRTHDAY_WORDS", "yearless_birthdays"]

# Lower case; a text holding none of them has no year-less birthday to find.
BIRTHDAY_WORDS = (
    "birthday", "bday", "birthdate", "birth_date", "date of birth", "geburtstag",
    "geburtsdatum", "anniversaire", "naissance", "cumpleaños", "nacimiento", "compleanno",
    "nascita", "verjaardag", "geboortedatum", "aniversário", "aniversario", "nascimento",
    "cumpleanos", "b-day", "geb.-tag",
)  # fmt: skip
_MD = r"(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12][0-9]|3[01])"
# "--11-03", "--0419": a cell, a vCard value, a quoted JSON value (not "--no-cache").
_YEARLESS = re.compile(rf"(?<![\w\-])--{_MD}(?![\w\-])")
# "birthdate": "0000-09-17", birthday=0000-09-17
_ZERO_YEAR = re.compile(
    r"(?:birth_?date|birthday|bday|date_of_birth|dob)[\"']?[ \t]*[:=][ \t]*[\"']?"
    rf"(?P<date>0000-{_MD})(?![0-9])",
    re.IGNORECASE,
)

# BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-14 (or 16040314): the value's year is the parameter's.
_OMIT_YEAR = re.compile(
    r"BDAY;(?:[^:\n]{0,40};)?X-APPLE-OMIT-YEAR=(?P<y>[0-9]{4})(?:;[^:\n]{0,40})?:"
    rf"(?P<date>(?P=y)-?{_MD})(?![0-9])",
    re.IGNORECASE,
)


def yearless_birthdays(text: str, low: str) -> list[Span]:
    """``--MM-DD`` where the text names a birthday, ``0000-MM-DD`` after a birth date key,
    Apple's omitted year, and the day and month of a birthday field (``birthday_fields``);
    ``low`` is the text lower-cased (only searched for the words)."""
    out = [Span(lo, hi, "DATE_OF_BIRTH") for lo, hi in birthday_fields(text, low)]
    if not any(map(low.__contains__, BIRTHDAY_WORDS)):
        return out
    if "--" in text:
        out += [Span(m.start(), m.end(), "DATE_OF_BIRTH") for m in _YEARLESS.finditer(text)]
    if "0000-" in text:
        out += [Span(*m.span("date"), "DATE_OF_BIRTH") for m in _ZERO_YEAR.finditer(text)]
    if "omit-year" in low:
        out += [Span(*m.span("date"), "DATE_OF_BIRTH") for m in _OMIT_YEAR.finditer(text)]
    return out
