"""Birth dates that a record's layout or a text's genre marks, not a cue word beside them.

``dob.py`` finds a date after (or before) a birth word of its clause. Three kinds of text
say "birth" another way, and each has its own rule here:

- A GEDCOM family-tree file puts the date on a line of its own under the event's tag:
  ``1 BIRT`` then ``2 DATE 12 MAR 1948`` (``2 PLAC`` or ``2 TYPE`` lines may come first).
  The tag is the cue; the dates under ``DEAT``, ``CHR``, ``MARR`` or ``CHAN`` stay.
- An airline's passenger document record (``SSR DOCS ... /P/DEU/C4F7K2M19/DEU/04MAR79/F/
  11JUL31/BRANDT/JULIA``) fixes the birth date's field: the fifth after the slash that
  opens the record, before the sex; the document's expiry after the sex stays.
- A birth announcement says a newborn "arrived", "came into the world", "è arrivato",
  "llegó al mundo": in a text that reads as an announcement (baby words, "it's a girl",
  "fiocco azzurro", "faire-part"), the date of that verb is a birth date. The verbs alone
  ("the parcel arrived on ...", "il pacco è arrivato il ...") are no cue.

The tags, verbs and words are data below. ``dob.py`` runs each rule at its gate word only
(``BIRT``, ``DOCS``, an arrival verb), so text without one costs nothing more.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from llmgate.redaction.dates import DATE, DATE_ONLY, MONTH_YEAR
from llmgate.redaction.detectors import longest_first

__all__ = [
    "ARRIVAL_GATES",
    "ARRIVED_GATES",
    "DOCS_GATE",
    "GEDCOM_GATE",
    "announcement",
    "arrival_births",
    "docs_birth",
    "gedcom_birth",
]

GEDCOM_GATE = "birt"  # the GEDCOM tag, in the lower-cased text (a part of "birth" too)
DOCS_GATE = "docs"

# GEDCOM: the tag on a line of its own after its level; up to four deeper lines (a level of
# 2 or more, not a DATE), then the DATE line, whose value may carry a qualifier ("ABT").
_GEDCOM = re.compile(
    r"BIRT[ \t]*(?:Y[ \t]*)?\r?\n"
    r"(?:[ \t]*[2-9][ \t]+(?!DATE[ \t])_?[A-Z]{3,5}(?:[ \t][^\n]{0,120})?\r?\n){0,4}"
    r"[ \t]*[2-9][ \t]+DATE[ \t]+(?:(?:ABT|CAL|EST|AFT|BEF)\.?[ \t]+)?"
    rf"(?P<date>{DATE}|{MONTH_YEAR})[ \t]*\r?$",
    re.IGNORECASE | re.MULTILINE,
)
_GEDCOM_LEVEL = re.compile(r"(?:^|\n)[ \t]*[0-9]{1,2}[ \t]+\Z")

# SSR DOCS: [carrier, status, passengers] / doc type / issuer / number / nationality /
# birth date / sex [/ expiry / surname / given names]. The date as DDMMMYY or DDMMMYYYY.
# Amadeus displays the document type after a blank ("HK1 P/DEU/..."), Sabre after a slash.
_DOCS = re.compile(
    r"DOCS\b[ \t]?[A-Z0-9 \t]{0,16}[ \t/][A-Z]{0,2}/[A-Z]{0,3}/[A-Z0-9]{0,20}/[A-Z]{0,3}/"
    r"(?P<date>[0-9]{2}[A-Z]{3}(?:[0-9]{4}|[0-9]{2}))/(?:MI|FI|M|F|U|X)/"
)

# Where an arrival verb can be (lower case; each starts a word): "arrived", "welcomed our
# son", "è arrivata", "llegó", "vino al mundo", "venue au monde", "zur Welt", "ter wereld".
ARRIVAL_GATES = ("arriv", "welcomed", "llegó", "world", "mundo", "mondo", "monde", "welt", "wereld")
ARRIVED_GATES = ("arriv", "llegó")  # the gates whose verbs need an announcement
# Words that make a text a birth announcement (lower case, found in Latin-1 bytes); the
# birth words of a form ("date de naissance") are not among them.
_ANNOUNCE_WORDS = (
    "it's a girl", "it's a boy", "it\u2019s a girl", "it\u2019s a boy", "baby girl",
    "baby boy", "our baby", "new baby", "welcome baby", "newborn", "welcome to the world",
    "geburt unser", "faire-part", "notre bébé", "maman et bébé", "la naissance d",
    "el nacimiento d", "nuestro bebé", "fiocco azzurro", "fiocco rosa", "la nascita d",
    "de geboorte van", "kraam", "o nascimento d", "recém-nascid",
)  # fmt: skip
# The verbs of a newborn's arrival: before the date, a few words between ("who arrived on",
# "llegó al mundo el"), or after it ("il 5 settembre è arrivato", "am 3. Mai zur Welt").
# Coming into the world says birth in any text; arriving, only in an announcement.
_WORLD_BEFORE = (
    "came into the world", "entered the world", "venu au monde", "venue au monde",
    "vino al mundo", "llegó al mundo", "venuto al mondo", "venuta al mondo",
    "ter wereld gekomen", "veio ao mundo", "chegou ao mundo",
    *(f"welcomed {w}" for w in ("our daughter", "our son", "our baby", "a baby", "baby",
                                "our twins", "our little")),
)  # fmt: skip
_WORLD_AFTER = (
    "zur welt",
    "ter wereld",
    *(w for w in _WORLD_BEFORE if "wereld" not in w and "welcomed" not in w),
)
_ARRIVED_BEFORE = ("arrived", "est arrivé", "est arrivée", "llegó", "è arrivato", "è arrivata")
_ARRIVED_AFTER = _ARRIVED_BEFORE


class _Verbs(NamedTuple):
    """The verbs of a birth: ``verb`` finds one, ``before`` reads it, at most 24 characters
    of its clause ("on", "el", "am", "op", a name) and its date; ``after`` a date, at most
    16 characters, and a verb that ends where ``after`` must end."""

    verb: re.Pattern[str]
    before: re.Pattern[str]
    after: re.Pattern[str]


def _verbs(before: tuple[str, ...], after: tuple[str, ...]) -> _Verbs:
    alt_before = longest_first(before)
    alt_after = longest_first(after)
    return _Verbs(
        re.compile(rf"(?<![^\W_])(?:{alt_before}|{alt_after})(?![\w])", re.IGNORECASE),
        re.compile(
            rf"(?:{alt_before})(?![\w])(?P<fill>[^\n0-9.!?;]{{0,24}}?)(?P<date>{DATE})",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?P<date>{DATE})(?P<fill>[ \t,]{{1,2}}(?:[^\n0-9.!?;]{{0,16}}[ \t])?)"
            rf"(?:{alt_after})\Z",
            re.IGNORECASE,
        ),
    )


_WORLD = _verbs(_WORLD_BEFORE, _WORLD_AFTER)
_ARRIVED = _verbs(_ARRIVED_BEFORE, _ARRIVED_AFTER)
_VERB_BACK = 20  # characters from a verb's start to its gate word ("came into the world")
_DATE_BACK = 64  # characters from a date's start to the verb after it
_ANNOUNCE = tuple(w.encode("latin-1", "replace") for w in _ANNOUNCE_WORDS)


def announcement(lower: bytes) -> bool:
    """Whether a text (its Latin-1 bytes lower-cased) reads as a birth announcement."""
    return any(map(lower.__contains__, _ANNOUNCE))


def arrival_births(text: str, pos: int, announced: bool) -> list[tuple[int, int]]:
    """The dates of the arrival verbs whose gate word is at ``pos``; "arrived" and its kin
    only where the text is an ``announced`` birth. Each search is bounded around the gate
    (a line of verbs stays linear)."""
    line = text.rfind("\n", max(0, pos - _DATE_BACK - _VERB_BACK), pos) + 1
    out: list[tuple[int, int]] = []
    for verbs in (_WORLD, _ARRIVED) if announced else (_WORLD,):
        verb = verbs.verb.search(text, max(line, pos - _VERB_BACK), pos + _VERB_BACK + 8)
        if verb is None or verb.start() > pos:
            continue
        m = verbs.before.match(text, verb.start())
        if m is not None and all(_fills(w) for w in _WORD.findall(m.group("fill"))):
            out.append(m.span("date"))
        for lo in range(max(line, verb.start() - _DATE_BACK), verb.start()):
            if not text[lo].isalnum() or (lo and text[lo - 1].isalnum()):
                continue  # a date starts a word
            m = verbs.after.match(text, lo, verb.end())
            if m is not None and all(_fills(w) for w in _WORD.findall(m.group("fill"))):
                out.append(m.span("date"))
                break
    return out


# Between the verb and its date: the words of a date's phrase, and a name ("è arrivato
# Tommaso il"), not a word that makes the verb a figure of speech ("llegó al mundo
# digital el ...").
_FILL_WORDS = frozenset(
    (
        "on", "the", "am", "um", "le", "la", "el", "il", "op", "em", "a", "à", "no", "na",
        "dia", "día", "giorno", "de", "del", "di", "van", "in", "at", "our", "who", "ist",
        "is", "est", "è", "kam", "wurde", "werd", "our", "daughter", "son", "baby", "girl",
        "boy", "little", "sweet",
    )
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")


def _fills(word: str) -> bool:
    return word[0].isupper() or word in _FILL_WORDS


def gedcom_birth(text: str, pos: int) -> tuple[int, int] | None:
    """The date under a GEDCOM ``BIRT`` tag that starts at ``pos`` (after its level)."""
    if not text.startswith(("BIRT", "birt", "Birt"), pos):
        return None
    if _GEDCOM_LEVEL.search(text, max(0, pos - 8), pos) is None:
        return None
    m = _GEDCOM.match(text, pos)
    return None if m is None else m.span("date")


def docs_birth(text: str, pos: int) -> tuple[int, int] | None:
    """The birth date of an SSR DOCS record whose ``DOCS`` starts at ``pos``."""
    m = _DOCS.match(text, pos)
    if m is None:
        return None
    date = DATE_ONLY.fullmatch(m.group("date"))
    return None if date is None else m.span("date")
