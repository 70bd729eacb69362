"""Delimited records of health and claims messages: HL7 v2 and X12 segments, caret names.

A lab or insurance export pasted into a prompt carries names, birth dates, addresses and
phone numbers without a single cue word: "PID|1||884213^^^HOSP^MR||KOWALSKI^ANNA^M||
19790412|F|||12 Elm Street^^Springfield^IL^62704||(217)555-0143". What each value is comes
from the field's position in its segment, which these standards fix. The table below says
which fields of which segments are personal (rules as data); a field's candidate must then
look like its type (a calendar date, seven digits or more, letters only in a name).
A name written "LAST^FIRST" outside a known segment counts when its second part is a known
given name.

It runs only where a segment id with its separator, or a caret, occurs (C-level finds on
the pure path, presence triggers of the multi-pattern engine), so both paths find the same.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from llmgate.redaction.detectors import BuiltinDetector, ScanContext, Span
from llmgate.redaction.given_names import GIVEN_NAMES
from llmgate.redaction.statements import statement_names

__all__ = ["CARET_TRIGGER", "RecordDetector", "SEGMENT_MARKS", "SEGMENT_TRIGGER"]


class FieldRule(NamedTuple):
    """Field ``field`` of segment ``segment`` holds an ``entity`` written as ``kind``;
    with ``when``, only where field ``when[0]`` holds one of ``when[1]`` (X12 qualifiers)."""

    segment: str
    field: int
    entity: str
    kind: str
    when: tuple[int, tuple[str, ...]] | None = None


# HL7 v2 (fields split by "|", components by "^"): PID patient, NK1 next of kin, GT1
# guarantor, IN1 insured, PV1 attending/referring/consulting/admitting doctors.
# X12 (fields split by "*", segments end with "~"): NM1 of a person (entity code "1"),
# N3 street lines, DMG birth date in D8 format, PER phone numbers after their qualifier.
FIELD_RULES: tuple[FieldRule, ...] = (
    FieldRule("PID", 5, "PERSON", "xpn"),
    FieldRule("PID", 7, "DATE_OF_BIRTH", "date"),
    FieldRule("PID", 11, "STREET_ADDRESS", "address"),
    FieldRule("PID", 13, "PHONE", "phone"),
    FieldRule("PID", 14, "PHONE", "phone"),
    FieldRule("PID", 19, "US_SSN", "ssn"),
    FieldRule("NK1", 2, "PERSON", "xpn"),
    FieldRule("NK1", 4, "STREET_ADDRESS", "address"),
    FieldRule("NK1", 5, "PHONE", "phone"),
    FieldRule("NK1", 6, "PHONE", "phone"),
    FieldRule("GT1", 3, "PERSON", "xpn"),
    FieldRule("GT1", 5, "STREET_ADDRESS", "address"),
    FieldRule("GT1", 6, "PHONE", "phone"),
    FieldRule("GT1", 8, "DATE_OF_BIRTH", "date"),
    FieldRule("GT1", 12, "US_SSN", "ssn"),
    FieldRule("IN1", 16, "PERSON", "xpn"),
    FieldRule("IN1", 18, "DATE_OF_BIRTH", "date"),
    FieldRule("IN1", 19, "STREET_ADDRESS", "address"),
    *(FieldRule("PV1", f, "PERSON", "xcn") for f in (7, 8, 9, 17)),
    FieldRule("NM1", 3, "PERSON", "x12name", (2, ("1",))),
    # NM1's id after its qualifier "34" (an SSN, as 834 enrollment files send a member's),
    # and a REF segment qualified "SY" (the SSN)
    FieldRule("NM1", 9, "US_SSN", "ssn", (8, ("34",))),
    FieldRule("REF", 2, "US_SSN", "ssn", (1, ("SY",))),
    FieldRule("N3", 1, "STREET_ADDRESS", "address"),
    FieldRule("N3", 2, "STREET_ADDRESS", "address"),
    FieldRule("DMG", 2, "DATE_OF_BIRTH", "date", (1, ("D8",))),
    *(
        FieldRule("PER", f, "PHONE", "phone", (f - 1, ("TE", "CP", "HP", "WP", "FX", "BN")))
        for f in (4, 6, 8)
    ),
)
_SEPARATOR = {"PID": "|", "NK1": "|", "GT1": "|", "IN1": "|", "PV1": "|"}  # others: "*"
_RULES: dict[str, tuple[FieldRule, ...]] = {
    seg: tuple(r for r in FIELD_RULES if r.segment == seg)
    for seg in {r.segment for r in FIELD_RULES}
}
SEGMENT_MARKS = tuple(f"{seg}{_SEPARATOR.get(seg, '*')}" for seg in sorted(_RULES))
SEGMENT_TRIGGER = "records:segment"  # the engine's presence trigger of SEGMENT_MARKS
CARET_TRIGGER = "records:caret"  # the engine's presence trigger of "^"

# A segment starts a line (HL7) or follows the "~" that ends the one before (X12).
_SEGMENT = re.compile(
    r"(?:(?<=\n)|(?<=\A)|(?<=~))[ \t]*(?P<seg>"
    + "|".join(re.escape(s) for s in SEGMENT_MARKS)
    + ")"
)
# An X12 segment quoted in prose, after a blank, a bracket or a colon ("celui-ci est dans
# REF*SY*558301746.", "born DMG*D8*19880430~"): only the segments whose personal field a
# qualifier names (NM1 "34", REF "SY", DMG "D8", PER "TE"...), up to the next blank.
_QUALIFIED = sorted({r.segment for r in FIELD_RULES if r.when is not None})
_INLINE = re.compile(r"(?<=[ \t(:])(?P<seg>" + "|".join(f"{s}\\*" for s in _QUALIFIED) + ")")
_INLINE_END = re.compile(r"[~\s]|[.,;:)](?:\s|\Z)")
_NAME_PART = re.compile(r"[^\W\d_][^\W\d_'\- ]*(?:['\- ][^\W\d_]+)*\Z")
_COMPACT_DATE = re.compile(r"(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?![0-9])")
_SSN = re.compile(r"[0-9]{3}-?[0-9]{2}-?[0-9]{4}\Z")
# "LAST^FIRST" at a field's start or after a numeric id ("1234^SMITH^JOHN").
_CARET_NAME = re.compile(
    r"(?:(?<=[|\n\t])|(?<=\A)|(?<=[0-9]\^))(?P<last>[^\W\d_][^\W\d_'\-]+)\^(?P<first>[^\W\d_]+)"
    r"(?=[\^|\r\n\t]|\Z)"
)


def _components(value: str, first: int, count: int) -> tuple[int, int] | None:
    """Offsets within ``value`` of components ``first`` .. ``first + count - 1`` (all names)."""
    parts = value.split("^")
    if len(parts) < first + count:
        return None
    names = parts[first : first + count]
    if not all(_NAME_PART.match(p) for p in names):
        return None
    start = sum(len(p) + 1 for p in parts[:first])
    return start, start + sum(len(p) + 1 for p in names) - 1


def _value(kind: str, value: str) -> tuple[int, int] | None:
    """Where, within one field's ``value``, the personal part is; None: not of its kind."""
    if kind == "xpn":
        return _components(value, 0, 2)
    if kind == "xcn":
        return _components(value, 1, 2)
    if kind == "date":
        m = _COMPACT_DATE.match(value)
        return (0, 8) if m is not None else None
    if kind == "ssn":
        return (0, len(value)) if _SSN.match(value) else None
    first = value.split("~", 1)[0].rstrip("^")
    if kind == "phone":
        first = first.split("^", 1)[0]
        return (0, len(first)) if 7 <= sum(c.isdigit() for c in first) <= 15 else None
    # address: a street line holds a letter and a digit
    ok = any(c.isdigit() for c in first) and any(c.isalpha() for c in first)
    return (0, len(first)) if ok else None


def _segment_spans(text: str) -> list[Span]:
    out: list[Span] = []
    lines = list(_SEGMENT.finditer(text))
    at_line = {m.start("seg") for m in lines}
    for m in [*lines, *(m for m in _INLINE.finditer(text) if m.start() not in at_line)]:
        seg = m.group("seg")[:-1]
        sep = m.group("seg")[-1]
        end = len(text)
        if m.re is _INLINE:
            stop_at = _INLINE_END.search(text, m.end())
            end = stop_at.start() if stop_at is not None else end
        for stop in ("\n", "\r", "~") if sep == "*" else ("\n", "\r"):
            k = text.find(stop, m.end(), end)
            if 0 <= k < end:
                end = k
        fields = text[m.start("seg") : end].split(sep)
        starts = [m.start("seg")]
        for f in fields[:-1]:
            starts.append(starts[-1] + len(f) + 1)
        for rule in _RULES[seg]:
            if rule.field >= len(fields):
                continue
            if rule.when is not None:
                at, allowed = rule.when
                if at >= len(fields) or fields[at] not in allowed:
                    continue
            value = fields[rule.field]
            if rule.kind == "x12name":  # last and first name: this field and the next
                value = sep.join(fields[rule.field : rule.field + 2]).rstrip(sep)
                found = (
                    (0, len(value)) if all(_NAME_PART.match(p) for p in value.split(sep)) else None
                )
            else:
                found = _value(rule.kind, value)
            if found is not None and found[1] > found[0]:
                base = starts[rule.field]
                out.append(Span(base + found[0], base + found[1], rule.entity))
    return out


# A compact date in the field right after a caret name is that person's birth date
# ("BRANDT^LUKAS^^^|19610723|M"): the dates of service come later in such a record.
_NEXT_DATE = re.compile(r"[\^]*[|\t,;*][ ]*(?P<date>[0-9]{8})(?![0-9])")


def _caret_names(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _CARET_NAME.finditer(text):
        if m.group("first").capitalize() not in GIVEN_NAMES:
            continue
        out.append(Span(m.start(), m.end(), "PERSON"))
        date = _NEXT_DATE.match(text, m.end())
        if date is not None and _COMPACT_DATE.match(date.group("date")) is not None:
            out.append(Span(*date.span("date"), "DATE_OF_BIRTH"))
    return out


class RecordDetector(BuiltinDetector):
    """Personal fields of HL7 and X12 segments, by position; "LAST^FIRST" names; the
    counterparty names of bank statement fields (statements.py)."""

    name = "records"
    entities = frozenset({"PERSON", "DATE_OF_BIRTH", "STREET_ADDRESS", "PHONE", "US_SSN"})

    def scan(self, ctx: ScanContext) -> list[Span]:
        text = ctx.text
        hits = ctx.hits
        if hits is not None:
            segments, carets = SEGMENT_TRIGGER in hits, CARET_TRIGGER in hits
        else:
            segments = any(map(text.__contains__, SEGMENT_MARKS))
            carets = "^" in text
        out = _segment_spans(text) if segments else []
        if carets:
            out.extend(_caret_names(text))
        out.extend(statement_names(text))  # its own C-level gates, on every path
        return out
