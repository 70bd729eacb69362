"""Where the words around a nine-digit number name it an SSN (``digits.SsnDetector``).

A bare run ("536906345"), or one grouped by threes as people abroad group long numbers
("199 124 206"), is an SSN only where something names it: an SSN word before it on its
line (``ssn_words``) or right after it ("536906345 (SSN)"), a label ending the line above,
a question for it on the line above in a chat or call, or the heading of its table
column. The nearest label is the number's
own: a word for another number between the SSN word and the number ("Antrag auf SSN
gestellt, Aktenzeichen 302514132") makes it that other number, and a number of five
digits or more followed by another label ends the SSN word's reach.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from llmgate.redaction.id_words import negative_before
from llmgate.redaction.ssn_words import (
    SSN_WORDS,
    names_ssn,
    other_number_after,
    other_number_in,
)
from llmgate.redaction.tables import (
    aligned_cells,
    aligned_heading,
    column_heading,
    sql_cells,
    sql_column,
)

__all__ = [
    "SSN_KEYWORDS",
    "asked_above",
    "in_column",
    "label_above",
    "named_after",
    "named_before",
]

SSN_KEYWORDS = re.compile(SSN_WORDS)
Cells = Sequence[tuple[int, int, str]]  # tables.sql_cells

# How far an SSN word reaches before the number on its line: any words within ``NEAR``
# characters, and up to ``WIDE`` where no other number stands between ("número de segurança
# social dos EUA do colaborador, conforme pedido pelo departamento de RH: 218263374").
NEAR = 60
WIDE = 120

# A number of five digits or more, then another label: the label before that number is
# its own ("SSN 536-90-6345). Employee number 497873135"); a list's connector is no
# label ("SSNs 536906345 and 412739021").
_VALUE = re.compile(r"[0-9](?:[ \-./]?[0-9]){4,}")
_OTHER_LABEL = re.compile(
    r"(?<![^\W\d_])(?!(?:or|oder|ou|o|y|e|and|und|et|bzw|also|then)(?![^\W\d_]))[^\W\d_]{2,}"
)


def _own_label(before: str) -> int:
    """Where the words that may label the candidate start in ``before``: after the last
    other number in it when a label word follows that number, else at 0."""
    last = 0
    for m in _VALUE.finditer(before):
        last = m.end()
    return last if _OTHER_LABEL.search(before, last) is not None else 0


def _names_it(label: str, start: int = 0, near: int = NEAR) -> bool:
    """Whether an SSN word in ``label[start:]`` (lower-cased, or a key in its own case)
    names what ends the label: no word for another number after it, and no number of five
    digits or more after it unless it is within ``near`` characters of the end."""
    end = names_ssn(label, start)
    if end < 0:
        return False
    if len(label) - end > near and _VALUE.search(label, end) is not None:
        return False
    return not other_number_after(label.lower(), end)


def named_before(text: str, start: int, wide: str) -> bool:
    """Whether an SSN word on the number's line names it; ``wide`` holds the ``WIDE``
    characters before it on its line, lower-cased (``digits._before``)."""
    own = _own_label(wide)
    if _names_it(wide, own):
        return True
    raw = text[start - len(wide) : start]  # a camel-case key ("numeroSeguroSocial")
    return raw.lower() != raw and _names_it(raw, own)


# After the number, what says the words that follow name it: a bracket, a dash, or "as",
# "is" and their kin in the seven languages ("536906345 (SSN)", "Sie hat 536906345 als
# SSN angegeben", "El 536906345 es mi número de seguro social"), then the words, on the
# same line, no digit among them.
_AFTER = re.compile(
    r"[\"')\]]?[ \t]*(?:\(|[\-\u2013\u2014][ \t]|(?:als|as|come|como|comme|was|is|es|est|ist"
    r"|è|é|era|war)(?![^\W_]))[^\n0-9]{0,40}"
)


def named_after(text: str, end: int, before: str) -> bool:
    """Whether an SSN word right after the number names it (see ``_AFTER``); not after a
    label of another number (``before``: the line before it, lower-cased), nor with a
    word for another number between ("536906345 is the order, not the SSN")."""
    m = _AFTER.match(text, end)
    if m is None or negative_before(before) or other_number_after(before, 0):
        return False
    after = m.group().lower()
    word = SSN_KEYWORDS.search(after)
    return word is not None and not other_number_in(after[: word.start()])


# A line that ends with a copula: its number follows on the next line ("The tenant's
# social security number, as given on the application, is" / "400912703").
_COPULA_END = re.compile(r"[ \t](?:is|was|es|ist|lautet|est|è|é|era|são)$")


def label_above(text: str, start: int, before: str) -> bool:
    """Whether the number opens its line under a label that ends the line above
    ("SSN:" + newline + "536906345", "employee ssn" without the colon, a sentence that
    names the SSN and ends with a colon or "is"), perhaps a blank line above it (a form
    read out of a PDF) or in quotes (a JSON value under its key)."""
    if before.strip(" \t>\"'") or start < 2:
        return False
    end = text.rfind("\n", 0, start)
    if end < 0:
        return False
    blank = text.rfind("\n", 0, end) + 1
    if blank and not text[blank:end].strip():
        end = blank - 1
    line = text[max(text.rfind("\n", 0, end) + 1, end - WIDE) : end].rstrip()
    label = line.lower()
    if label.endswith(")") and "(" in label:  # a note after the label: "SSN (US staff)"
        label = label[: label.rindex("(")].rstrip()
    if label.endswith(":"):
        return _names_it(line[: len(label)], 0, 40)
    copula = _COPULA_END.search(label)
    if copula is not None:
        return _names_it(line[: copula.start()], 0, 40)
    # A column-like label without a colon must end with the word ("employee ssn").
    return names_ssn(label, max(0, len(label) - 40)) == len(label)


# A question for the number on the line above, in a chat or call ("And your social?").
_ASKED = re.compile(
    r"(?<![^\W_])(?:social|seguro social|s[ée]curit[ée] sociale)(?![^\W_])"
    r"(?![ \t]+(?:media|network|netzwerk|r[ée]seau|red))"
)
# A chat's time stamp before the speaker: "[09:14]", "12/02/26, 10:43 - ".
_STAMP = (
    r"(?:\[[0-9:.,/ ]{4,22}\][ \t]*"
    r"|[0-9]{1,4}[/.\-][0-9]{1,2}[/.\-][0-9]{2,4},?[ \t]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
    r"[ \t]*[\-\u2013][ \t]*)?"
)
_SPEAKER = re.compile(
    rf"^[ \t>]*{_STAMP}[^\W\d_][\w .'\-]{{0,24}}:[ \t]*(?:[^\W\d_]+[ ,'\u2019!.]*){{0,4}}$"
)
_ASKER = re.compile(rf"[ \t>]*{_STAMP}[^\W\d_][\w .'\-]{{0,24}}:[ \t]")


def asked_above(text: str, start: int, before: str) -> bool:
    """Whether the number answers, on a speaker's line, a question for an SSN on the
    line above ("Agent: And your social?" / "Caller: it's 536906345")."""
    # The speaker may be a "Client" or "Cliente": only the words after the name count.
    if _SPEAKER.match(before) is None or negative_before(before.split(":", 1)[1]):
        return False
    end = text.rfind("\n", 0, start)
    if end < 1:
        return False
    line = text[max(text.rfind("\n", 0, end) + 1, end - WIDE) : end].rstrip().lower()
    # A transcript or chat asks without a question mark too ("Agent: and the last nine
    # of your social", "I need the employee's SSN for the W-2."): a speaker's line.
    if "?" not in line and _ASKER.match(line) is None:
        return False
    word = SSN_KEYWORDS.search(line) or _ASKED.search(line)
    # A form's field that holds its value ("Social Security nr.: 684 18 0932") asks
    # nothing.
    return word is not None and _VALUE.search(line, word.end()) is None


def in_column(text: str, start: int, memo: dict[tuple[int, str], int], sql: list[Cells]) -> bool:
    """Whether the number sits in a table column headed by an SSN word (delimited or
    aligned with blanks), or in the column of an SQL ``INSERT`` named so (``sql``: a list
    that holds the text's ``sql_cells`` once asked for)."""
    if "\n" not in text:
        return False
    # A fixed-width row may hold a delimiter inside a cell ("KOWALCZYK,ELODIE"): the
    # delimited reading's heading is then a row's cell, and the aligned one is asked too.
    for heading in (
        column_heading(text, start, memo),
        aligned_heading(text, start, memo, titled=True),
        heading_above(text, start),
    ):
        if heading is not None and names_ssn(heading) >= 0:
            return True
    # Read once a text, and none without an INSERT's VALUES: every nine-digit number of a
    # long table asks, and a search of the whole text each time made such a table quadratic.
    if not sql:
        sql.append(sql_cells(text) if "VALUES" in text or "values" in text else [])
    heading = sql_column(sql[0], start)
    return heading is not None and names_ssn(heading) >= 0


def heading_above(text: str, start: int) -> str | None:
    """The lower-cased heading over ``text[start]`` on the line right above it, for a table
    of one row under a report's title ("PATIENT NAME   SSN   MEMBER NO" over the values):
    that line holds no digit and cells apart by two blanks, and the value starts a cell
    (a blank before it) at the column of the last heading that starts at or before it."""
    lo = text.rfind("\n", 0, start) + 1
    column = start - lo
    if lo < 2 or (column and not text[start - 1].isspace()):
        return None
    above = text.rfind("\n", 0, lo - 1) + 1
    header = text[above : lo - 1].rstrip("\r")
    if "  " not in header or len(header) <= column or any(ch.isdigit() for ch in header):
        return None
    cells = [(a, b) for a, b in aligned_cells(header) if a <= column]
    return header[cells[-1][0] : cells[-1][1]].lower() if cells else None
