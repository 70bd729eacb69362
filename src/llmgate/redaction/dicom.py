"""DICOM header dumps: the person, address and phone attributes by their tag and VR.

dcmdump and gdcmdump print one attribute a line, ``(0010,0010) PN [MORETTI^GIULIA]  # 14,
1 PatientName``; pydicom prints ``(0010, 0010) Patient's Name  PN: 'MORETTI^GIULIA'``. The
value representation ``PN`` marks every person name (patient, referring, performing and
requesting physicians, operators, other names), whatever its words; a few tags hold the
patient's (or the referring physician's) address, telephone numbers and birth date. The
ids, UIDs and other dates of a dump (PatientID, AccessionNumber, StudyInstanceUID,
StudyDate) stay: no rule names their tags. dcm2json writes a name as ``"Alphabetic":
"MORETTI^GIULIA"`` and dcm2xml as ``<FamilyName>``/``<GivenName>`` elements.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import Span
from llmgate.redaction.field_values import looks_like_street, phone_digits, span_in

__all__ = ["DICOM_TAGS", "dicom_spans"]

# (group,element) -> what its value holds. Person names need no entry (VR "PN").
DICOM_TAGS: dict[str, str] = {
    "0010,1040": "address",  # Patient's Address: street^^town^^postcode (free text)
    "0008,0092": "address",  # Referring Physician's Address
    "0010,2154": "phone",  # Patient's Telephone Numbers (several apart by "\")
    "0008,0094": "phone",  # Referring Physician's Telephone Numbers
    "0010,0030": "date",  # Patient's Birth Date, CCYYMMDD
}
_TAG = re.compile(r"(?m)^[ \t>]*\(([0-9A-Fa-f]{4}),[ ]?([0-9A-Fa-f]{4})\)")
_DCMDUMP = re.compile(r"[ \t]+([A-Z]{2})[ \t]+\[")  # "PN [value]" (dcmdump, gdcmdump)
_PYDICOM = re.compile(r"[ \t]([A-Z]{2}):[ \t]+")  # "Patient's Name   PN: 'value'"
# dcm2json's and dcm2xml's person names: only a PN value has these keys and elements.
_JSON_PN = re.compile(r'"Alphabetic"[ \t]*:[ \t]*"([^"\\\n]*)"')
_XML_PN = re.compile(r"<(FamilyName|GivenName|MiddleName)>([^<\n]*)</\1>")
_DATE = re.compile(r"(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])\Z")


def _value(text: str, start: int, end: int) -> tuple[str, int, int] | None:
    """The VR and the value's offsets on one dump line ``text[start:end]``."""
    m = _DCMDUMP.match(text, start, end)
    if m is not None:
        close = text.find("]", m.end(), end)
        return (m.group(1), m.end(), close) if close >= 0 else None
    m = _PYDICOM.search(text, start, end)
    if m is None:
        return None
    at = m.end()
    if at < end and text[at] in "'\"":
        close = text.rfind(text[at], at + 1, end)
        return (m.group(1), at + 1, close) if close > at else None
    return m.group(1), at, end


def _spans(text: str, kind: str, start: int, end: int) -> list[Span]:
    value = text[start:end]
    if kind == "PN":
        while end > start and text[end - 1] in "^= ":
            end -= 1
        return span_in(text, start, end, "PERSON") if any(c.isalpha() for c in value) else []
    if kind == "address":
        cut = value.find("^")
        stop = start + cut if cut >= 0 else end
        return (
            span_in(text, start, stop, "STREET_ADDRESS")
            if looks_like_street(text[start:stop])
            else []
        )
    if kind == "phone":
        out: list[Span] = []
        pos = start
        for part in value.split("\\"):
            if phone_digits(part.strip()):
                out += span_in(text, pos, pos + len(part), "PHONE")
            pos += len(part) + 1
        return out
    if _DATE.match(value.strip()):
        return span_in(text, start, end, "DATE_OF_BIRTH")
    return []


def _pn_elements(text: str) -> list[Span]:
    out: list[Span] = []
    if '"Alphabetic"' in text:
        for m in _JSON_PN.finditer(text):
            out += _spans(text, "PN", *m.span(1))
    if "<FamilyName>" in text or "<GivenName>" in text:
        for m in _XML_PN.finditer(text):
            out += _spans(text, "PN", *m.span(2))
    return out


def dicom_spans(text: str) -> list[Span]:
    """Findings on the dump lines of ``text`` (none without a "(gggg,eeee)" line start),
    and dcm2json/dcm2xml person names."""
    out = _pn_elements(text)
    if "(0010," not in text and "(0008," not in text:
        return out
    for m in _TAG.finditer(text):
        line_end = text.find("\n", m.end())
        if line_end < 0:
            line_end = len(text)
        found = _value(text, m.end(), line_end)
        if found is None:
            continue
        vr, start, end = found
        tag = f"{m.group(1)},{m.group(2)}".upper()
        kind = "PN" if vr == "PN" else DICOM_TAGS.get(tag)
        if kind is not None and end > start:
            out += _spans(text, kind, start, end)
    return out
