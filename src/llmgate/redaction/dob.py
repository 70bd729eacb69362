"""DATE_OF_BIRTH: a date that the words around it say is someone's birth date.

A date alone is not personal data (invoices, logs and releases are full of them); after
"born", "DOB", "Geburtsdatum", "né le", "fecha de nacimiento", "data di nascita",
"geboortedatum", "data de nascimento" (the cue words of seven languages), before
"geboren", or in a column or field named for the birth date, it is.
The cues and month names are tables; one date pattern covers the numeric forms
(``12/03/1985``, ``1979-11-23``, ``14.02.1988``) and the written ones (``March 4, 1990``,
``3. Juli 1975``, ``7 de agosto de 1991``), and a candidate must be a possible calendar
date with a year of birth.

A GEDCOM ``BIRT`` tag, an SSR DOCS record and a newborn's arrival in an announcement mark
a birth date without a cue word beside it: their rules are ``dob_formats.py``, run at
their own gate words.

It runs where one of a few gate words occurs in the lower-cased text (C-level finds on
the pure path, a presence trigger of the engine), so both paths find the same.
"""

from __future__ import annotations

import re

from llmgate.redaction.dates import ALLIANCE, DATE, MONTH_YEAR, possible
from llmgate.redaction.detectors import BuiltinDetector, ScanContext, Span
from llmgate.redaction.dob_events import event_label_before, names_other_event
from llmgate.redaction.dob_formats import (
    ARRIVAL_GATES,
    ARRIVED_GATES,
    DOCS_GATE,
    GEDCOM_GATE,
    announcement,
    arrival_births,
    docs_birth,
    gedcom_birth,
)
from llmgate.redaction.dob_obituary import DEATH_GATES, obituary_births, starred_birth
from llmgate.redaction.dob_tables import sql_dates, table_dates
from llmgate.redaction.engine import Hits

__all__ = ["DOB_GATES", "HEADER_CELL", "SPACED_WORDS", "DateOfBirthDetector"]

# Words (lower case) after which a date is a birth date; "_", "-", "." and blanks between
# their parts are optional, so field names match too ("date_of_birth", "dateOfBirth").
_CUES_BEFORE = (
    "date of birth", "birth date", "birthdate", "birthday", "born on", "born", "dob",
    "d.o.b.", "d.o.b", "geburtsdatum", "geburtstag", "geb.-datum", "geb.datum", "geb.",
    "geboren am", "geboren", "date de naissance", "naissance", "né le", "née le", "né(e) le",
    "né", "née", "date naissance", "fecha de nacimiento", "fecha nacimiento", "nacimiento",
    "f. nac.", "fecha nac.", "fec. nac.", "nacido el", "nacida el", "nacido", "nacida",
    "fecha de nac.", "f. de nac.", "fec. de nac.", "f. de nacimiento", "fnac", "fec_nac",
    "bday", "b-day", "geb.-dat.", "geb.dat.", "gebdat", "date naiss.", "ddn", "birth",
    "nació el", "nació", "nacio", "anniversaire", "cumpleaños", "cumpleanos", "cumple",
    "naiss", "geb.-tag", "nací el", "nací", "naci el", "nacimos",
    "(b.",  # a biography's "Jane Roe (b. 12 March 1985)"
    # Italian: "data di nascita", "nato il", "nata a Roma il"; never "nato" alone (NATO)
    "data di nascita", "data nascita", "data di nasc.", "data nasc.", "nascita", "d. nascita",
    "nato il", "nata il", "nato a", "nata a", "nato nel", "nata nel", "nati il", "sono nato",
    "sono nata", "è nato", "è nata", "nato/a il", "nato/a",
    # Dutch: "geboortedatum", "geboren op" (and "geboren", "geb." above)
    "geboortedatum", "geboorte datum", "geboortedag", "geboren op", "geb. op",
    # Portuguese: "data de nascimento", "nascido em", "nasceu a"
    "data de nascimento", "data nascimento", "data de nasc.", "data nasc.", "dt. nasc.",
    "dt nasc", "nascimento", "nasc.", "nascido em", "nascida em", "nascido a", "nascida a",
    "nascido", "nascida", "nasceu em", "nasceu a", "nasceu", "nasci em", "nasci a",
    # an HR export's "BirthDt", "birth_dt", "Dt of birth"; German and Dutch "birth" itself
    # ("die Geburt unseres Sohnes am ...", "de geboorte van onze dochter op ...")
    "birth dt", "dt of birth", "dt birth", "geburt", "geboorte", "geburtsdat",
)  # fmt: skip
# Words after the date ("am 3. Juli 1975 geboren").
_CUES_AFTER = (
    "geboren", "born", "né", "née", "nacido", "nacida", "nació", "(dob)", "(d.o.b.)",
    "(geb.)", "(born)", "(date of birth)", "(birth date)", "(date de naissance)",
    "(fecha de nacimiento)", "(geburtsdatum)", "(data di nascita)", "(geboortedatum)",
    "(data de nascimento)", "nascido", "nascida",
)  # fmt: skip
# Parts that every cue holds: the pure path looks for these first.
DOB_GATES = (
    "birt", "born", "dob", "d.o.b", "geb", "naiss", "né", "nac", "fnac", "bday", "b-day",
    "ddn", "anniv", "cumple", "(b.", "nasc", "nato", "nata", "nati", "geboorte", "*",
    # dob_formats.py: a GEDCOM tag ("birt" is also a part of "birth"), an SSR DOCS record,
    # a newborn's arrival verbs
    DOCS_GATE, *ARRIVAL_GATES,
    # dob_obituary.py: the words of a death notice
    *DEATH_GATES,
)  # fmt: skip
_FORMAT_GATES = (GEDCOM_GATE, DOCS_GATE, *ARRIVAL_GATES)


def _spelled(cue: str) -> str:
    """A cue whose parts may be joined by blanks, "_", "-" or "." (or nothing)."""
    parts = re.split(r"[ ._\-]+", cue.strip(" ."))
    body = r"[ _.\-]{0,2}".join(re.escape(p) for p in parts if p)
    return body + (r"\.?" if cue.endswith(".") else "")


_BEFORE = "|".join(_spelled(c) for c in sorted(_CUES_BEFORE, key=len, reverse=True))
# The first part of every cue as ``_spelled`` writes it: a ``_CUE_DATE`` match starts with
# one, so a start without one is not tried (the case-folded alternation of every cue costs
# more than the test).
_CUE_HEADS = tuple(
    sorted({next(p for p in re.split(r"[ ._\-]+", c.strip(" .")) if p) for c in _CUES_BEFORE})
)
# A cue, at most 64 characters of the same clause (quotes, a colon, "on", "am", "le"...;
# not the next sentence or XML element), then the date. The cue ends a word and starts
# one, or follows the "_" of a field name ("employee_dob"); its parts may be run together
# ("dateOfBirth"), but not in a closing tag ("</dateOfBirth><created>2024-01-02").
# A word that starts another clause ends the filler: "geboren und wohnt seit 01.01.2010".
_CLAUSE_WORDS = (
    "and", "but", "while", "since", "then", "und", "aber", "seit", "dann", "et", "mais",
    "depuis", "puis", "y", "pero", "desde", "luego", "ma", "poi", "maar", "sinds", "daarna",
    "mas", "depois",
)  # fmt: skip
# After a cue, these say the date is of an event, not a birth ("birthday party on ...").
_EVENT_WORDS = (
    "party", "parties", "celebration", "lunch", "cake", "drinks", "feier",
    "fête", "fete", "soirée", "fiesta", "celebración", "comida",
    # "birth" names other things too: a birth certificate is issued on a date.
    "certificate", "certificates", "rate", "place", "name", "country", "city", "weight",
    "registration", "announcement", "surname", "de l'entreprise", "de la société",
    "de mariage", "wedding", "company", "festa", "torta", "feest", "taart", "bolo",
    "dell'azienda", "della società", "van het bedrijf", "da empresa",
    # "è nato da un accordo": born of something, not on a date
    "da un", "da una", "dall'", "dalla", "dal", "uit een", "de um", "de uma",
)  # fmt: skip
_CLAUSE = (
    rf"(?:(?!(?<!\w)(?:{'|'.join(_CLAUSE_WORDS)})(?!\w))"
    # an HTML tag ("DOB</dt><dd>"), a form's dot leader ("Date of birth ....... 12/03/1985")
    # or a scanned form's ";" or "|" between a label and its value ("Date of birth ; ...")
    r"(?:[^\n0-9!?;<.]|\.(?!\s)|<[^<>\n0-9]{1,40}>|\.{2,}|(?<=[ \t])[;|](?=[ \t]+[0-9]))"
    r"){0,64}?"
)
# The date on the next line ("Date of birth:\n12/03/1985", an XML element's child:
# "<DateOfBirth>\n  <Date>1956-03-12</Date>"), or in the answer to a question
# that asks for it, on its line or the next one after a speaker's name ("...your date of
# birth?\nCaller: Sure, it's 4 March 1958", "date de naissance ? - Oui, le 14 juillet 1966").
# A transcript asks without a question mark, and its lines may open with a time stamp:
# "Agent: can you confirm your date of birth please\n[00:00:39] Caller: sure it's ...".
_STAMP = r"(?:\[[0-9:.,]{4,12}\][ \t]*|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[ \t]+)?"
_SPEAKER = r"[^\W\d_][\w.'\-]{0,20}(?:[ ][\w.'\-]{1,20}){0,2}[ \t]?:"
_FILLER = (
    rf"{_CLAUSE}(?:[ \t]*\r?\n[ \t\"'>]*(?:<[^<>/\n0-9][^<>\n0-9]{{0,39}}>[ \t]*)?"
    rf"|[ \t]*\?[ \t\"'\u00bb\u201d]*(?:\r?\n[ \t]*)?[^\n0-9?]{{0,48}}?"
    rf"|(?<![:=])[ \t]*[?.]?[ \t]*\r?\n(?P<asked>[ \t]*{_STAMP}{_SPEAKER})"
    # or the asker's read-back after an answer said without a digit ("Caller: the fourth
    # of May, sixty-two\nAgent: May 4th, 1962, thank you"; "Donc le 12/04/1970")
    rf"(?:[^\n0-9]{{0,80}}\r?\n[ \t]*{_STAMP}{_SPEAKER}[ \t]*[^\n0-9?]{{0,16}}?"
    rf"|[ \t]*[^\n0-9?]{{0,32}}?))?"
)
# The cue ends a word, is not a part of a compound ("born-again"), does not close a
# parenthesis that names the value before it ("12/03/1985 (DOB)"), nor names an event.
_CUE_END = rf"(?![\w]|-[^\W\d_]|[ \t]*\))(?![ \t]*(?:{'|'.join(_EVENT_WORDS)})(?!\w))"
# German writes "born" as an asterisk: "Schulte (* 03.02.1949)", "Max Muster, * 1.2.1960"
# (after a bracket or a comma, never a list's bullet at the start of a line; a German date).
_STAR = r"(?:(?<=\()|(?<=[,;][ ]))\*[ ]?(?=[0-9]{1,2}[.])"
# Right after a cue, a numeric date typed or scanned a digit at a time ("Date of Birth :
# 0 7 / 1 1 / 1 9 8 3", "Geburtsdatum  2 3 . 0 6 . 1 9 9 4").
_SPACED_DATE = (
    r"(?<![0-9])[0-9](?: [0-9])?[ ]?[./\-][ ]?[0-9](?: [0-9])?[ ]?[./\-][ ]?"
    r"[0-9] [0-9](?: [0-9] [0-9])?(?![ ]?[0-9])"
    # a scan's two or three blanks, or a form's "_", between the parts ("07  22  1968")
    r"|(?<![0-9])[0-9]{1,2}(?P<odd>[ ]{2,3}|_)[0-9]{1,2}(?P=odd)(?:19|20)[0-9]{2}(?![0-9])"
    # an ID card's or a medical ID's parts apart by one blank ("Geboren: 21 11 1966"): a
    # four-digit year, and no digit after it (a phone number goes on)
    r"|(?<![0-9])[0-9]{1,2}[ ][0-9]{1,2}[ ](?:19|20)[0-9]{2}(?![ ]?[0-9])"
)
_CUE_DATE = re.compile(
    rf"(?<![^\W_])(?<!</)(?!(?-i:{ALLIANCE}))(?:{_BEFORE}){_CUE_END}(?P<fill>{_FILLER})"
    rf"(?P<date>{DATE}|{MONTH_YEAR}|{_SPACED_DATE})",
    re.IGNORECASE,
)
_STARRED = re.compile(rf"{_STAR}(?P<date>{DATE})", re.IGNORECASE)
_AFTER = "|".join(re.escape(c) for c in _CUES_AFTER)
# The date, a few words of the same clause ("in Köln"), then the cue.
_DATE_CUE = re.compile(
    rf"(?P<date>{DATE})[ \t,](?:[^\n0-9.;!?<>]{{0,24}}?[ \t])?(?:{_AFTER})(?![\w])"
    # a cue that another date follows is that date's ("décédé le 1er décembre 2025 à
    # Nantes, né le 6 juin 1940"): "né le 6", "geboren am 3", "born on 4"
    rf"(?![ \t]+(?:(?:le|la|am|on|el|il|op|em|a|à|en|in|the)[ \t]+)?[0-9])",
    re.IGNORECASE,
)
# A header cell that names the birth date column of a CSV table.
# A header cell that holds a cue as a word or a part of a field name ("patient_dob",
# "Date of Birth (DD/MM/YYYY)").
_HEADER_CELL = re.compile(rf"(?<![^\W_])(?:{_BEFORE})(?![^\W_])", re.IGNORECASE)
HEADER_CELL = _HEADER_CELL  # a birth date column's heading, for other table readers
_REACH = 80  # characters from a gate word to the end of its date's first digit
_BACK = 14  # how far before its gate a cue can start ("fecha de nacimiento")
_WINDOW = 160  # characters after a gate that a cue, its filler and a date can reach
_AFTER_REACH = 30  # characters from a date's last digit to a cue after it
_HEADER_REACH = 400  # how far a gate in a table header can be from the line's start


class DateOfBirthDetector(BuiltinDetector):
    """Dates after a birth cue, before "geboren", or in a birth date column."""

    name = "date_of_birth"
    entities = frozenset({"DATE_OF_BIRTH"})

    def scan(self, ctx: ScanContext) -> list[Span]:
        if not ctx.has_digit:
            return []
        # A scan's letter-spaced label ("D a t e   o f   b i r t h |  7/17/1970") holds no
        # gate word: searched apart, in text with two blanks in a row (scans have many).
        spaced = "  " in ctx.text and (ctx.hits is None or "dob:spaced" in ctx.hits)
        scanned = _scanned_fields(ctx.text, ctx.lower_bytes) if spaced else []
        if ctx.hits is not None and "dob:gate" not in ctx.hits:
            return _spans(ctx.text, set(scanned))
        low = ctx.lower_spelled
        if low is None:
            return _spans(ctx.text, set(scanned))
        shape = ctx.shape
        gates = self._gates(ctx.text, low, shape, ctx.hits)
        if not gates:
            return _spans(ctx.text, set(scanned))
        text = ctx.text
        found: set[tuple[int, int]] = set(scanned)
        # In Latin-1 text lower-casing decides what IGNORECASE matches, so the cheap
        # necessary conditions below can be tested on ``low``.
        latin1 = ctx.lower_latin1 is not None
        headers: set[int] = set()
        tried: set[int] = set()
        before: list[tuple[int, int]] = []  # where a date then a cue can be
        announced: bool | None = None  # whether the text reads as a birth announcement
        obituary = False  # whether the death notice rules ran
        for pos in gates:
            if text[pos] == "*":  # German "born": only its own short form, at the star
                m = _STARRED.match(text, pos)
                found.update(filter(None, [m and m.span("date"), starred_birth(text, pos)]))
                continue
            if low.startswith(DEATH_GATES, pos):  # a death notice: its rules run once
                if not obituary:
                    found.update(obituary_births(text))
                obituary = True
                continue
            if low.startswith(_FORMAT_GATES, pos):
                if low.startswith(GEDCOM_GATE, pos):  # then the cues of "birth" too
                    found.update(filter(None, [gedcom_birth(text, pos)]))
                elif low.startswith(DOCS_GATE, pos):
                    found.update(filter(None, [docs_birth(text, pos)]))
                    continue
                else:  # "arrived" says birth only in an announcement, "came into the world" always
                    if announced is None and low.startswith(ARRIVED_GATES, pos):
                        announced = announcement(ctx.lower_bytes)
                    found.update(arrival_births(text, pos, bool(announced)))
                    continue
            # Bounded searches around each gate: a long line of gates stays linear.
            newline = text.rfind("\n", max(0, pos - _HEADER_REACH), pos)
            line = newline + 1 if newline >= 0 or pos <= _HEADER_REACH else -1
            if line >= 0:
                headers.add(line)
            # The date can sit on the next line ("Date of birth:\n12/03/1985"), not further.
            eol = text.find("\n", pos, pos + _WINDOW)
            eol = min(len(text), pos + _WINDOW) if eol < 0 else eol
            end = text.find("\n", eol + 1, pos + _WINDOW) if eol < pos + _WINDOW else -1
            if end >= 0:  # a read-back two turns after the question (see _FILLER)
                end = text.find("\n", end + 1, pos + _WINDOW)
            end = min(len(text), pos + _WINDOW) if end < 0 else end
            # A cue starts a word at most _BACK characters before its gate, or at the gate.
            for start in range(max(line, pos - _BACK, 0), pos + 1):
                if start in tried or (start != pos and start and text[start - 1].isalnum()):
                    continue
                tried.add(start)
                if latin1 and not low.startswith(_CUE_HEADS, start):
                    continue  # no cue starts here (see _CUE_HEADS)
                m = _CUE_DATE.match(text, start, end)
                if (
                    m is not None
                    and (m.start("asked") < 0 or _speaker_asks(text, start))
                    and not names_other_event(m.group("fill"))  # "birth registered on"
                ):
                    found.add(m.span("date"))
            # Every date ends with a digit: "... 1975 geboren".
            if shape.find(b"0", max(0, pos - _AFTER_REACH), pos) >= 0:
                _add(before, max(line, pos - _REACH, 0), eol)
        for lo, end in before:
            # Every match ends with a cue of _CUES_AFTER: where the window (in Latin-1,
            # where lower-casing decides what IGNORECASE matches) holds none, the search,
            # which tries a date at every position, cannot find one.
            if latin1 and not any(cue in low[lo:end] for cue in _CUES_AFTER):
                continue
            found.update(
                m.span("date")
                for m in _DATE_CUE.finditer(text, lo, end)
                if not event_label_before(text, m.start())  # "Übergabe am ..., geboren in"
            )
        found.update(table_dates(text, sorted(headers), _HEADER_CELL))
        if "insert" in low:
            found.update(sql_dates(text, _HEADER_CELL))
        return _spans(text, found)

    @staticmethod
    def _gates(text: str, low: str, shape: bytes, hits: Hits | None) -> list[int]:
        """Where a gate word starts a word (or a part of a field name: "date_of_birth",
        "dateOfBirth") with a digit within reach on its line."""
        if hits is None:  # a C-level find per gate word
            found: list[int] = []
            for gate in DOB_GATES:
                i = low.find(gate)
                while i >= 0:
                    found.append(i)
                    i = low.find(gate, i + 1)
            positions = sorted(found)
        else:
            positions = hits.starts("dob:gate")
        out: list[int] = []
        for i in positions:
            starts_part = not i or not text[i - 1].isalnum() or text[i].isupper()
            if starts_part and (
                shape.find(b"0", max(0, i - _REACH), i + _REACH) >= 0
                # a table's header, whose markup or rule line pushes the rows away
                or text.rfind("<th", max(0, i - 40), i) >= 0
                or text.startswith("|", text.rfind("\n", 0, i) + 1)
            ):
                out.append(i)
        return out


def _spans(text: str, found: set[tuple[int, int]]) -> list[Span]:
    return [
        Span(start, end, "DATE_OF_BIRTH")
        for start, end in sorted(found)
        if possible(_DIGIT_SPACE.sub("", text[start:end]))
    ]


_DIGIT_SPACE = re.compile(r"(?<=[0-9]) (?=[0-9])|(?<=[0-9]) (?=[./\-])|(?<=[./\-]) (?=[0-9])")


# A scanned form's label with its letters apart ("G e b u r t s d a t u m", "Da te  de
# na issa nce"): where one of the birth words is spelled with blanks inside, and the line's
# label, its blanks taken out, is a cue.
_SPACED = ("birth", "geburt", "naiss", "nacim")
SPACED_WORDS = "|".join(" ?".join(word) for word in _SPACED)
# One pattern per word on the lower-cased bytes: a literal first letter that ``re`` skips
# to in C (one case-folded alternation tries every position: ten times slower).
_SPACED_LOWER = tuple(re.compile(" ?".join(word).encode()) for word in _SPACED)
_SCANNED_FIELD = re.compile(
    r"[ \t]*(?P<label>[^\W\d_](?:[^\W\d_]|[ \t.,/\-])*?)[ \t]*(?:[:;|][ \t]*|[ \t]{2,})"
    rf"(?P<date>{DATE})[ \t]*(?:\r?\n|\Z)",
    re.IGNORECASE,
)
_COLLAPSED_CUES = frozenset(re.sub(r"[^\w]|_", "", cue) for cue in _CUES_BEFORE)


def _scanned_fields(text: str, lower: bytes) -> list[tuple[int, int]]:
    """Dates after a letter-spaced cue that opens its line (see ``SPACED_WORDS``);
    ``lower``: the text's Latin-1 bytes lower-cased (no other character lowers to a letter
    of the words)."""
    out: list[tuple[int, int]] = []
    done = -1
    found = sorted(m.span() for p in _SPACED_LOWER for m in p.finditer(lower))
    for start, end in found:
        if b" " not in lower[start:end] or start < done:
            continue
        line = text.rfind("\n", 0, start) + 1
        eol = text.find("\n", end)
        done = eol = len(text) if eol < 0 else eol
        field = _SCANNED_FIELD.match(text, line, eol + 1)
        if field is not None:
            label = re.sub(r"[^\w]|_", "", field.group("label").lower())
            if label in _COLLAPSED_CUES:
                out.append(field.span("date"))
    return out


# A speaker may follow a heading on the line ("Téléconsultation — Agent : ...").
_SPEAKER_LINE = re.compile(
    rf"[ \t]*{_STAMP}(?:[^\n]{{0,40}}?[ \t][\u2013\u2014\-][ \t]+)?{_SPEAKER}"
)


def _speaker_asks(text: str, cue: int) -> bool:
    """Whether the line of the cue at ``cue`` is a speaker's, as the answer's line is: a
    transcript, not a form whose next label reads like a speaker ("Visit date: ...")."""
    line = text.rfind("\n", 0, cue) + 1
    m = _SPEAKER_LINE.match(text, line, cue)
    return m is not None


def _add(windows: list[tuple[int, int]], lo: int, end: int) -> None:
    """Append ``[lo, end)`` to sorted ``windows``, merged with the last one it overlaps.

    A window never crosses a line break, so merging never joins two lines."""
    if windows and lo <= windows[-1][1]:
        windows[-1] = (windows[-1][0], max(windows[-1][1], end))
    else:
        windows.append((lo, end))
