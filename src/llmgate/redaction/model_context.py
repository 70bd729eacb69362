"""The context features the span models share: what kind of line and text a candidate sits
in, the field key before it, the header of its table column.

``dob_model.py`` and ``phone_model.py`` read a candidate's surroundings the same way (a date
and a phone number both take their meaning from a form's label, a table's header, a
speaker's turn); these helpers are that shared reading, kept out of either model.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = [
    "DELIMITERS",
    "KEY",
    "SPEAKER",
    "header_cell",
    "header_features",
    "key_features",
    "key_parts",
    "line_features",
    "line_kind",
    "position_features",
    "text_kind",
    "words",
    "words_around",
]

# The word groups a model gives a lower-case word ("birth", "event"; "phone", "order").
Groups = Callable[[str], Iterable[str]]
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019.][^\W\d_]+)*\.?")
_SENTENCE_END = re.compile(r"[.;!?](?=\s|$)")

# The field key at the end of the text before a candidate: "Date of birth:", "tel =".
KEY = re.compile(r"([^\W\d][\w .\-/()#]{0,40}?)[\"'\]]?[ \t]*(?:[:=;|]|\.{2,}|\t)[ \t\"']*$")
KEY_PARTS = re.compile(r"[A-Z]?[a-zà-ÿ]+|[A-Z]+(?![a-z])")
SPEAKER = re.compile(
    r"[ \t]*(?:\[[0-9:.,]{4,12}\][ \t]*)?[^\W\d_][\w.'\-]{0,20}(?: [\w.'\-]{1,20})?:[ \t]"
)
DELIMITERS = (",", ";", "\t", "|")
_KEYED = re.compile(r"[^\W\d][\w .\-/()]{0,40}[:=]")  # "Name:", "tel =": a form's line
HEADER_LINES = 40  # lines above a table row searched for its header


def line_kind(line: str) -> str:
    stripped = line.lstrip()
    if not stripped:
        return "empty"
    if SPEAKER.match(line):
        return "speaker"
    if stripped[0] in '{["<':
        return "markup"
    # DELIMITERS, spelled out: a generator and ``re.match``'s cache lookup per line were
    # most of text_kind's time
    count = stripped.count
    if count(",") >= 2 or count(";") >= 2 or count("\t") >= 2 or count("|") >= 2:
        return "table"
    if _KEYED.match(stripped):
        return "keyed"
    return "prose"


def text_kind(text: str) -> list[str]:
    """The kind of the whole text, from its first 40 lines: form, table, transcript, JSON."""
    lines = text.split("\n", 40)[:40]
    kinds = [line_kind(line) for line in lines]
    out = [f"tk={k}" for k in sorted(set(kinds)) if kinds.count(k) >= 2]
    if '{"' in text[:2000] or '": ' in text[:2000]:
        out.append("tk=json")
    return out


def header_cell(text: str, line_start: int, line: str, offset: int) -> str:
    """The header of the column at ``offset`` of a delimited row ``line``: the cell at the
    same index of the first line of the block of rows above with the same delimiter."""
    delimiter = next((d for d in DELIMITERS if line.count(d) >= 2), None)
    if delimiter is None:
        return ""
    column = line.count(delimiter, 0, offset)
    top = line_start
    for _ in range(HEADER_LINES):
        if top == 0:
            break
        prev = text.rfind("\n", 0, top - 1) + 1
        if text.count(delimiter, prev, top) < 2:
            break
        top = prev
    if top == line_start:
        return ""
    end = text.find("\n", top)
    cells = text[top : end if end >= 0 else len(text)].split(delimiter)
    return cells[column].strip(" \"'\r") if column < len(cells) else ""


def key_parts(key: str, last: int = 3) -> list[str]:
    return [p.lower() for p in KEY_PARTS.findall(key)][-last:]


def words(segment: str) -> list[str]:
    """The lower-case words of ``segment`` (a trailing abbreviation dot dropped)."""
    return [w.lower().rstrip(".") for w in _WORD.findall(segment)]  # no group: whole words


def words_around(before: str, after: str) -> tuple[list[str], list[str]]:
    """The words before a candidate, and those after it up to the end of its sentence
    ("...: 15-04-1954. Paiement ..." reads no word of the next sentence)."""
    stop = _SENTENCE_END.search(after)
    return words(before), words(after[: stop.start()] if stop else after)


def position_features(before: list[str], after: list[str], at_bol: bool) -> list[str]:
    """The three words before a candidate and the two after it, by distance; where there
    are none, whether it starts its line (``^``) or the window was cut (``...``), or ends
    its sentence (``$``)."""
    out = [f"p{d}=" + w[:16] for d, w in enumerate(reversed(before[-3:]), 1)]
    out += [f"n{d}=" + w[:16] for d, w in enumerate(after[:2], 1)]
    if not before:
        out.append("p1=^" if at_bol else "p1=...")
    if not after:
        out.append("n1=$")
    return out


def _may_end_with_key(tail: str) -> bool:
    """Whether ``tail`` can end the way ``KEY`` needs: a separator (``:``, ``=``, ``;``,
    ``|``, two dots or a tab), then blanks and quotes (``$`` also matches before a final
    line break: such a tail is searched). Where it does not, the search (slow: it tries
    every start, each with a lazy run of up to 40 characters) cannot match, so skipping
    it changes nothing."""
    if tail.endswith("\n"):
        return True
    body = tail.rstrip(" \t\"'")
    return body.endswith((":", "=", ";", "|", "..")) or "\t" in tail[len(body) :]


def key_features(before: str, groups: Groups) -> list[str]:
    """The field key that ends the text before a candidate: its last parts, the groups of
    every part ("Date de naissance de Mme Kerjean :" is a birth date's key), ``keyed``."""
    tail = before[-60:]
    if not _may_end_with_key(tail):
        return []
    key = KEY.search(tail)
    if key is None:
        return []
    k = key.group(1).strip()
    out = ["kp=" + p for p in key_parts(k)]
    out += ["kg=" + g for p in key_parts(k, 8) or [k.lower()] for g in set(groups(p))]
    out.append("keyed")
    return out


def header_features(text: str, line_start: int, line: str, offset: int, groups: Groups
                    ) -> list[str]:  # fmt: skip
    """The header of the table column a candidate at ``offset`` of ``line`` stands in:
    its last parts and their groups (none outside a delimited table)."""
    header = header_cell(text, line_start, line, offset)
    if not header:
        return []
    out = ["hp=" + p for p in key_parts(header)]
    out += ["hg=" + g for p in key_parts(header) or [header.lower()] for g in groups(p)]
    return out


def line_features(text: str, line_start: int, line_end: int, offset: int, groups: Groups,
                  reach: int, keep: int) -> tuple[list[str], int | None]:  # fmt: skip
    """For a candidate first on its line: the line's kind, its column's header, and the
    last ``keep`` words of the line before (at most ``reach`` characters of it, as groups;
    the very last word as itself). Also where that line starts (its newline), or None on
    the text's first line, for a model that reads more of it."""
    line = text[line_start:line_end]
    out = ["line=" + line_kind(line)]
    out += header_features(text, line_start, line, offset, groups)
    if line_start <= 0:
        return out, None
    prev = text.rfind("\n", max(0, line_start - 1 - reach), line_start - 1)
    pw = words(text[prev + 1 : line_start - 1])
    out += ["lg=" + g for w in pw[-keep:] for g in groups(w)]
    out += ["l1=" + w[:16] for w in pw[-1:]]
    return out, prev
