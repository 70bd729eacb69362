"""Names and streets that a hard wrap split: found on a copy of the lines with the break
closed up.

A mail client or a word processor wraps prose at 60-76 columns wherever the next word no
longer fits, so a line break falls inside a value as often as between two values:
"wohnhaft in 80797 München, Schleißheimer" + newline + "Straße 241", "the keys are with
Gwendolyn" + newline + "Achterberg". The address and name rules read a line break as the
end of a field (a form's "Name:" line, a CSV row, a signature block), which is right for
records and wrong here. So, as ``joins.py`` does for identifiers, the breaks of wrapped
prose are replaced by a blank in a copy of the lines around them, the address and name
detectors run there again, and a finding counts only if it crosses such a break or stands
on the line the break continued, whose cue the wrap cut off (the rest was found on the text
itself).

A break counts as a wrap only inside prose: the line before it is long (a wrap leaves
lines of 40 characters or more), holds at least three blanks (a CSV row or a log's fields
hold few) and no two in a row (a form's or a table's aligned columns), and ends in a word,
a number, a comma or an abbreviation's dot (not a sentence's full stop, not a label's
colon); the next line starts with a word or a number that is no log line's time stamp, no
label of its own ("Anschrift: ...", "Tolk (nl): ...", "IBAN: ...") and no record's code in
capitals ("SSR DOCS ..."), and holds no aligned columns either.
A break where a lower-case word stands on both sides is no seam either: a street or a
name crossing it has a capital or a number next to the break ("Sendlinger" / "Straße",
"rue" / "Paul Bert", "número" / "19") in every language of the rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from llmgate.redaction.detectors import Span
from llmgate.redaction.seams import Seam, rescanned

__all__ = ["WRAPPABLE", "rewrapped"]

# The entity types whose values a hard wrap splits and that the identifier seams of
# joins.py do not cover.
WRAPPABLE = frozenset({"STREET_ADDRESS", "PERSON"})

_MIN_LINE = 40  # the shortest line a wrap at 60 columns leaves before a long word
_MIN_BLANKS = 3
_MAX_LINE = 120  # longer lines are not wrapped: a paragraph on one line, a record
# The end of a long line (the line's start found by the pattern, so that a text of short
# lines costs one C-level scan), after a word, a number, an abbreviation's dot or a comma,
# before a line that starts with a word or a number. The break itself is read after it.
_LONG_LINE_END = re.compile(
    rf"(?m)^[^\n]{{{_MIN_LINE},{_MAX_LINE}}}(?<=[\w.,])(?=[ \t]*\r?\n[ \t]*\w)"
)
# The break itself, with the blanks around it (a quoted reply's markers are another line's
# business).
_BREAK = re.compile(r"[ \t]*\r?\n[ \t]*")
# The next line's start that makes it a record, not the rest of a sentence: a date or a
# time stamp ("2024-03-01", "12:00:01", "01.03.2024").
_RECORD_START = re.compile(r"[0-9]{1,4}[\-/.:][0-9]{1,2}[\-/.:][0-9]{1,4}")
_WORD_BEFORE = re.compile(r"(\w+)([.,]?)\Z")
# A line that opens with its own label: up to three words before a colon or an equals sign
# (not a URL's "://"); a comma before it makes it a sentence's clause instead.
_LABEL_START = re.compile(r"[^\W\d][\w.'()/\-]*(?: [\w.'()/\-]+){0,2}[ \t]*[:=](?!//)")
# A record's code in capitals at a line's start ("SSR DOCS", "FOP-CCVI", "IBAN DE89").
_CODE_START = re.compile(r"[A-Z]{2,}[ /*\-]")
_ABBREVIATION = 3  # a word this short before a dot is an abbreviation ("Dr.", "n.", "St.")
_TAIL = 48  # characters at a line's end in which its last word is looked for


def _seam_side_ok(word: str) -> bool:
    """A capital or a digit next to the break: where a street or a name can cross it."""
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def _seams(text: str, names: bool) -> list[tuple[int, int, str]]:
    """The seams of ``text``; with ``names``, only those between two capitalised words
    (where a name can cross: the PERSON model's copy needs no other)."""
    out: list[tuple[int, int, str]] = []
    for m in _LONG_LINE_END.finditer(text):
        line_start, start = m.span()
        brk = _BREAK.match(text, start)  # always there: the pattern looked ahead for it
        if brk is None:
            continue
        end = brk.end()
        line = text[line_start:start]
        if line.count(" ") < _MIN_BLANKS or "  " in line or "\t" in line or "|" in line:
            continue
        if line.lstrip().startswith(("#", "//")):
            continue  # a config's comment: its next line (no "#") is the config, not prose
        if _RECORD_START.match(text, end) or _LABEL_START.match(text, end):
            continue
        if _CODE_START.match(text, end) or "  " in text[end : end + _MAX_LINE].split("\n", 1)[0]:
            continue
        # The line's last word: searched in its tail, not from the line's start.
        before = _WORD_BEFORE.search(line, max(0, len(line) - _TAIL))
        if before is not None and before.group(2) == "." and len(before.group(1)) > _ABBREVIATION:
            continue  # a sentence ended there
        after = text[end]  # a word character: the pattern looked ahead for one
        if names:
            if before is None or not (before.group(1)[0].isupper() and after.isupper()):
                continue
        elif (before is None or not _seam_side_ok(before.group(1))) and not (
            after.isupper() or after.isdigit()
        ):
            continue
        out.append((start, end, " "))
    return out


def rewrapped(
    text: str, scan: Callable[[str], Iterable[Span]], *, names: bool = False
) -> list[Span]:
    """Findings of ``scan`` (a detector run on a copy; those of a ``WRAPPABLE`` type) that
    cross a hard wrap of ``text``, in ``text``'s offsets. ``names``: a name detector alone
    (the PERSON model), which costs most and needs only the seams between two capitals."""
    if "\n" not in text:
        return []
    seams = _seams(text, names)
    if not seams:
        return []
    out: list[Span] = []
    for span, seam in rescanned(text, seams, scan):
        if span.type in WRAPPABLE and seam is not None and _owed(text, seam, span):
            out.append(span)
    return out


def _owed(text: str, seam: Seam, span: Span) -> bool:
    """Whether a finding of the joined copy is owed to the seam: it crosses the seam, or it
    stands on the line the seam continued, whose cue the wrap had cut off ("con domicilio
    en" / "Pamplona, avenida de Bayona 42"; "Herr" / "Tobias Lindqvist, wohnhaft ...")."""
    seam_start, seam_end, _ = seam
    if span.start < seam_end and seam_start < span.end:
        return True
    if span.start < seam_end:
        return False
    line_end = text.find("\n", seam_end)
    return line_end < 0 or span.end <= line_end
