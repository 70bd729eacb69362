"""Birth dates in obituaries and funeral notices: a life's two dates, the first one marked.

A death notice seldom writes "born": it puts the two dates of a life side by side, the
birth date first, marked with a star and the death date with a cross ("* 12. Mai 1936
† 28. November 2025", "* Rotterdam, 11 juli 1940  † Schiedam, ..."), in brackets after the
name ("Jan Smit (3 maart 1948 - 30 november 2025)", any dash) or on a line of their own under it
("March 14, 1931 - November 30, 2025"). The first date is a birth date; the death,
funeral, burial and mass dates around it are not, and stay.

What is labeled: a full date only. A life's years alone ("Robert Kline (1942-2024)") are
no date and are left.

Two rules, both data below:

- ``starred_birth``: at the German "born" star (dob.py's ``*`` gate), the date after it
  when a death mark (a cross) follows on its line or the next one: no star of a list's
  bullet is followed by a cross.
- ``obituary_births``: in a text that reads as a death notice (one of ``DEATH_GATES``, the
  words of seven languages for an obituary, a death or a funeral: dob.py runs it once, at
  the first one), the starred date (other stars too: "⭑", "★"), and the first date of a
  bracketed pair or of a line that holds only the pair.
"""

from __future__ import annotations

import re

from llmgate.redaction.dates import DATE, YEAR

__all__ = ["DEATH_GATES", "obituary_births", "starred_birth"]

# Words (lower case, Latin-1: the engine's gates are Latin-1 bytes) that make a text a death
# notice; each starts a word. A cross has no Latin-1 byte: the star rule reads it instead.
DEATH_GATES = (
    "obituar", "in loving memory", "in memoriam", "passed away", "died", "funeral",
    "burial", "cremation", "memorial", "requiem",
    "traueranzeige", "trauerfeier", "in stiller trauer", "nachruf", "verstorben",
    "gestorben", "entschlafen", "beerdigung", "beisetzung", "abschied",
    "avis de décès", "décédé", "obsèques", "nécrologie", "inhumation", "crémation",
    "esquela", "falleci", "sepelio", "defunción", "misa funeral",
    "necrologio", "deceduto", "deceduta", "è mancato", "è mancata", "funerali", "esequie",
    "overleden", "overlijden", "uitvaart", "crematie", "begrafenis",
    "faleceu", "falecimento", "óbito", "velório",
)  # fmt: skip
# The marks: a star (or its typographic kin) for birth, a cross for death.
_STARS = "*\u2b51\u2605\u2736\u2731"
_CROSSES = "\u2020\u271d\u271e\u2670"
# A place before the date: "* Rotterdam, 11 juli 1940".
_PLACE = r"(?:[^\W\d_][\w'.\-]{0,30}(?:[ ][\w'.\-]{1,30}){0,2},[ \t]?)?"
_DASH = r"[ \t]*[\u2013\u2014\-~][ \t]*"
_MARKED = re.compile(rf"[{_STARS}][ \t]?{_PLACE}(?P<date>{DATE})", re.IGNORECASE)
_STAR = re.compile(rf"[{_STARS}]")
_CROSS_AFTER = re.compile(
    rf"[^\n]{{0,60}}?(?:\r?\n[^\n]{{0,60}}?)?[{_CROSSES}][ \t]?{_PLACE}(?:{DATE})", re.IGNORECASE
)
# "(3 maart 1948 - 30 november 2025)"; a line "March 14, 1931 - November 30, 2025"; with
# a hyphen, an en or an em dash.
_BRACKETED = re.compile(
    rf"\([ \t]?(?P<date>{DATE}){_DASH}[{_CROSSES}]?[ \t]?(?:{DATE})[ \t]?\)", re.IGNORECASE
)
_LINE_PAIR = re.compile(
    rf"^[ \t]*(?P<date>{DATE}){_DASH}(?:{DATE})[ \t]*\r?$", re.IGNORECASE | re.MULTILINE
)
_READ = 20_000  # characters of a notice read: a death notice is short, the scan linear


def starred_birth(text: str, pos: int) -> tuple[int, int] | None:
    """The date after the star at ``pos`` when a cross and a date follow on its line or
    the next."""
    m = _MARKED.match(text, pos)
    if m is None or _CROSS_AFTER.match(text, m.end()) is None:
        return None
    return m.span("date")


def obituary_births(text: str) -> list[tuple[int, int]]:
    """The birth dates of a text that reads as a death notice (its caller saw one of
    ``DEATH_GATES``): starred, first of a bracketed pair, first of a line's pair."""
    out: list[tuple[int, int]] = []
    head = text[:_READ]
    for star in _STAR.finditer(head):
        if star.start() and head[star.start() - 1] not in " \t\r\n(":
            continue  # a star that opens its word ("*12.03.1950": a note's mark, not)
        m = _MARKED.match(head, star.start())
        if m is not None:
            out.append(m.span("date"))
    for pairs in (_BRACKETED, _LINE_PAIR):
        out += [m.span("date") for m in pairs.finditer(head) if _a_life(m.group())]
    return out


def _a_life(pair: str) -> bool:
    """Whether a pair of dates spans a life, not a service's or a stay's days: the second
    year after the first (two-digit years: no year to compare, taken as a life)."""
    years = [int(y) for y in YEAR.findall(pair)]
    return len(years) != 2 or years[1] > years[0]
