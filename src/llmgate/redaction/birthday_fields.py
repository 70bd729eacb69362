"""Birthdays kept as a day and a month, read by the field or column that names them.

Marketing and CRM tools store a birthday without its year: Mailchimp's ``Birthday`` merge
field exports as ``MM/DD``, loyalty forms ask for "Geburtstag (TT.MM.)", "Date
d'anniversaire (JJ/MM)", "cumpleaños", "compleanno", "verjaardag", "aniversário", and app
profiles keep ``"birthday": "03-14"``. A day and a month is still a birth date beside a
name (it narrows a person to one day in 365), but ``03/14`` alone is also a score, a
fraction, a last order or a card's expiry: so these rules key on the name of the field or
column, never on the shape alone. A column headed by a birthday word has its year-less
(and full numeric) dates read; a label or key with a birthday word before ``:``/``=`` has
the day and month after it; a sentence that says the birthday *is* a day and month
("my birthday ... it's 10/17") too. Other columns of the same shapes (signup, last order,
a wedding ``Anniversary``: an anniversary is no birth date) are never read.
"""

from __future__ import annotations

import re

from llmgate.redaction.dates import DATE_ONLY, possible
from llmgate.redaction.tables import split_row

__all__ = ["birthday_fields", "names_birthday"]

# Words (lower case) that name a birthday, as a field, a column or a form label in seven
# languages. Not English "anniversary" (a wedding's or a job's), nor Spanish "aniversario".
_WORDS = (
    "birthday", "birthdate", "birth date", "birth_date", "date of birth", "dob", "bday",
    "b-day", "geburtstag", "geb.-tag", "geburtsdatum", "anniversaire", "date_anniversaire",
    "naissance", "cumpleaños", "cumpleanos", "nacimiento", "compleanno", "nascita",
    "verjaardag", "geboortedatum", "aniversário", "nascimento",
)  # fmt: skip
_WORD = "|".join(re.escape(w).replace(r"\ ", r"[ _.\-]?") for w in _WORDS)
# A heading or label naming some other thing that involves a birthday: its values are not
# the birthday ("Birthday Club", "birthday_email_sent", "Birthday campaign").
_OTHER = re.compile(
    r"club|party|gift|promo|coupon|discount|offer|reward|email|mail|sms|sent|send|campaign|"
    r"automation|reminder|greeting|message|flow|list|"
    r"anniversary|jahrestag|aniversario(?!s?\w)|wedding|hochzeit|mariage|boda|matrimonio|"
    r"bruiloft|casamento|feest|fête|fete|festa|fiesta|feier|kuchen|taart|bolo|torta|cake",
    re.IGNORECASE,
)
# A day and a month without a year, either order: "03/14", "21.06.", "15-04", "4/1".
_DM = r"(?:0?[1-9]|[12][0-9]|3[01])[/.\-](?:0?[1-9]|[12][0-9]|3[01])"
_DAY_MONTH = re.compile(rf"{_DM}\.?")
# The lower-cased text (``low``, same offsets) is what the next three patterns read: a
# case-sensitive pattern reads it about twice as fast as a case-blind one reads the text.
# A label or key with a birthday word, perhaps a format note in brackets ("(TT.MM.)"),
# then ":" or "=" (a JSON or YAML key's quotes around it), then the value, perhaps quoted.
_LABELED = re.compile(
    rf"(?<![^\W_])(?:{_WORD})(?P<rest>[\w \t'\u2019.\-\]]{{0,24}}?)"
    r"[\"']?[ \t]*(?:\([^()\n]{1,16}\)[ \t]*)?[\"']?[ \t]*[:=][ \t]*[\"']?"
    rf"(?P<date>{_DM})(?![0-9/\-]|\.[0-9])"
)
# A sentence that says the birthday is a day and a month ("my birthday ... it's 10/17",
# "Birthday \"13/04\" is not valid"): a verb of being or a quote right before the value.
_SAID = re.compile(
    rf"(?<![^\W_])(?:{_WORD})(?P<rest>[^\n.!?0-9]{{0,48}}?)"
    r"(?:\b(?:is|it's|it is|ist|est|c'est|es|è|é|was|war)[ \t]+(?:now[ \t]+)?|[ \t]\")"
    rf"(?P<date>{_DM})(?![0-9/\-]|\.[0-9])"
)
_HEADING_LOW = re.compile(rf"(?<![^\W_])(?:{_WORD})(?![^\W_])")
# The same words in a heading cell or a label of any case (``names_birthday``).
_HEADING = re.compile(_HEADING_LOW.pattern, re.IGNORECASE)
_DELIMITERS = (",", ";", "\t", "|")
_ROWS = 200  # rows of a table read under its heading
_CELL = 48  # a longer cell is a sentence, not a column's heading


def birthday_fields(text: str, low: str) -> list[tuple[int, int]]:
    """Days and months (and numeric dates in a birthday column) that a birthday field,
    column or sentence names; ``low`` is ``text`` lower-cased with its offsets."""
    if not any(map(low.__contains__, _WORDS)):
        return []
    out: list[tuple[int, int]] = []
    for m in _LABELED.finditer(low):
        if not _OTHER.search(m.group("rest")) and _day_month(m.group("date")):
            out.append(m.span("date"))
    # Each birthday word is tried, also one inside another's rejected match ("the
    # birthday club ... my birthday in wrong, it's 10/17"): the words are few per text.
    said = _SAID.search(low)
    while said is not None:
        if not _OTHER.search(said.group("rest")) and _day_month(said.group("date")):
            out.append(said.span("date"))
        said = _SAID.search(low, said.start() + 1)
    out += _columns(text, low)
    return out


def _day_month(value: str) -> bool:
    """Whether ``value`` ("10/17", "21.06") can be a day and a month in either order."""
    a, b = (int(p) for p in re.split(r"[/.\-]", value.rstrip("."))[:2])
    return a >= 1 and b >= 1 and (a <= 12 or b <= 12)


def _columns(text: str, low: str) -> list[tuple[int, int]]:
    """Values under a heading cell that names a birthday, in a delimited table (its words
    found in ``low``, the text lower-cased at the same offsets)."""
    out: list[tuple[int, int]] = []
    read = 0
    for m in _HEADING_LOW.finditer(low):
        if m.start() < read:  # a line already read, as a heading or a row
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if end < 0:
            break
        read = end  # each line is read once, however many words it holds
        header = text[start:end].rstrip("\r")
        delimiter = next((d for d in _DELIMITERS if d in header), None)
        if delimiter is None:
            continue
        cells = split_row(header, delimiter)
        column = next((k for k, c in enumerate(cells) if _names_birthday(c)), None)
        if column is None:
            continue
        dates, read = _rows(text, end + 1, delimiter, len(cells), column)
        read = max(read, end)
        out += dates
    return out


def names_birthday(words: str) -> bool:
    """Whether ``words`` (a heading, a label) hold a birthday or birth date word of the
    seven languages as a word or a field name's part (not "anniversary")."""
    return _HEADING.search(words) is not None


def _names_birthday(cell: str) -> bool:
    """Whether a heading cell names a birthday column ("Birthday", "BIRTHDAY",
    "Birthday (MM/DD)", "DATE_ANNIVERSAIRE", "Geburtstag")."""
    value = cell.strip(" \t\"'")
    if not value or len(value) > _CELL or any(ch.isdigit() for ch in value):
        return False
    return _HEADING.search(value) is not None and _OTHER.search(value) is None


def _rows(
    text: str, pos: int, delimiter: str, width: int, column: int
) -> tuple[list[tuple[int, int]], int]:
    """The dates in ``column`` of the rows from ``pos``; and where the rows end."""
    out: list[tuple[int, int]] = []
    read = pos
    for _ in range(_ROWS):
        if pos >= len(text):
            break
        stop = text.find("\n", pos)
        stop = len(text) if stop < 0 else stop
        row = split_row(text[pos:stop].rstrip("\r"), delimiter)
        if len(row) < width:
            break
        cell = pos + sum(len(c) + 1 for c in row[:column])
        raw = row[column]
        value = raw.strip(" \t\"'")
        lo = cell + raw.find(value) if value else cell
        hi = lo + len(value)
        short = _DAY_MONTH.fullmatch(value)
        if short is not None and _day_month(value):
            out.append((lo, hi - value.endswith(".")))
        elif value and (full := DATE_ONLY.fullmatch(value)) is not None and possible(value):
            out.append((lo + full.start(), lo + full.end()))
        read = stop
        pos = stop + 1
    return out, read
