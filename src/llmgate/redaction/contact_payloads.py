"""Contact and payment payloads of QR codes and address books: vCard, MECARD, BIZCARD, EPC.

A QR scanner's history or a contact export holds the person's data under the format's own
keys: vCard ``N:Surname;Given;;;``, ``FN:``, ``ADR;TYPE=home:;;street;town;;postcode;
country``, ``TEL;TYPE=cell:``; MECARD ``MECARD:N:Surname,Given;TEL:...;ADR:...;;``; the
EPC (SEPA credit transfer) payload's sixth line, the payee (``BCD`` / ``002`` / ``1`` /
``SCT`` / BIC / name / IBAN / amount ...). The key says what the value is; the street is
one component of the address (the town and postcode have their own and stay), and a payee
or formatted name that is a firm's stays too.
"""

from __future__ import annotations

import re

from llmgate.redaction.detectors import Span
from llmgate.redaction.field_values import (
    is_company,
    looks_like_name,
    looks_like_street,
    phone_digits,
    span_in,
)

__all__ = ["contact_spans"]

# vCard property lines (an Apple "item1." group prefix allowed), parameters after ";".
_VCARD_LINE = re.compile(r"(?i)(?:item[0-9]+\.)?(N|FN|ADR|TEL|LABEL)(?:;[^:\n]*)?:")
# A vCard's lines: real line breaks, or "\n" escapes where a scanner's CSV or JSON export
# holds the payload in one cell.
_VCARD_BREAK = re.compile(r"\r?\n|\\n")
# One field of a MECARD/BIZCARD payload: a key, a colon, a value with "\" escapes.
_ME_FIELD = re.compile(r"([A-Z][A-Z\-]*):((?:\\.|[^;\\\n])*)")
# MECARD and BIZCARD keys (docomo's and the ZXing project's) -> what the value holds.
ME_KEYS: dict[str, dict[str, str]] = {
    "MECARD:": {"N": "name", "TEL": "phone", "TEL-AV": "phone", "ADR": "address"},
    "BIZCARD:": {"N": "name", "X": "name", "B": "phone", "M": "phone", "A": "address"},
}
# EPC069-12 (the SEPA "GiroCode"): service tag, version, encoding, SCT/INST, BIC, name; its
# lines apart by real line breaks or, in a scanner's CSV/JSON export, by escaped "\n".
_EPC = re.compile(
    r"BCD[ \t]*(?P<nl>\r?\n|\\n)[ \t]*00[12][ \t]*(?:\r?\n|\\n)[ \t]*[12][ \t]*(?:\r?\n|\\n)"
    r"[ \t]*(?:SCT|INST)[ \t]*(?:\r?\n|\\n)[ \t]*[A-Z0-9]{0,11}[ \t]*(?:\r?\n|\\n)"
)


def _components(text: str, start: int, end: int, sep: str) -> list[tuple[int, int]]:
    """Offsets of the ``sep``-separated components of ``text[start:end]`` ("\\" escapes)."""
    out: list[tuple[int, int]] = []
    pos = at = start
    while at < end:
        ch = text[at]
        if ch == "\\":
            at += 2
            continue
        if ch == sep:
            out.append((pos, at))
            pos = at + 1
        at += 1
    out.append((pos, end))
    return out


def _address(text: str, parts: list[tuple[int, int]], street_at: int) -> list[Span]:
    """The street component (and an extended one with a number before it: "Apt 4")."""
    if len(parts) <= street_at:  # one free-text address: mask it whole where it holds one
        start, end = parts[0]
        ok = looks_like_street(text[start:end])
        return span_in(text, start, end, "STREET_ADDRESS") if ok else []
    out: list[Span] = []
    start, end = parts[street_at - 1]
    if looks_like_street(text[start:end]):
        out += span_in(text, start, end, "STREET_ADDRESS")
    start, end = parts[street_at]
    if end - start > 2 and any(c.isalpha() for c in text[start:end]):
        out += span_in(text, start, end, "STREET_ADDRESS")
    return out


def _vcard(text: str) -> list[Span]:
    out: list[Span] = []
    low = text.lower()
    begin = low.find("begin:vcard")
    while begin >= 0:
        stop = low.find("end:vcard", begin)
        stop = len(text) if stop < 0 else stop
        out += _vcard_block(text, begin, stop)
        begin = low.find("begin:vcard", stop)
    return out


def _vcard_lines(text: str, begin: int, stop: int) -> list[tuple[str, int, int]]:
    """(key, value start, value end) of the named property lines of one vCard."""
    out: list[tuple[str, int, int]] = []
    escaped = "\n" not in text[begin:stop]
    pos = begin
    while pos < stop:
        m = _VCARD_BREAK.search(text, pos, stop)
        while m is not None and (m.group() == "\\n") != escaped:  # the card's own kind
            m = _VCARD_BREAK.search(text, m.end(), stop)
        end = m.start() if m is not None else stop
        key = _VCARD_LINE.match(text, pos, end)
        if key is not None:
            out.append((key.group(1).upper(), key.end(), end))
        pos = m.end() if m is not None else stop
    return out


def _vcard_block(text: str, begin: int, stop: int) -> list[Span]:
    out: list[Span] = []
    for key, start, end in _vcard_lines(text, begin, stop):
        if key == "N":
            named = [p for p in _components(text, start, end, ";")[:3] if p[1] > p[0]]
            if named and not is_company(text[start:end]):
                out += span_in(text, named[0][0], named[-1][1], "PERSON")
        elif key == "FN":
            if looks_like_name(text[start:end].strip()):
                out += span_in(text, start, end, "PERSON")
        elif key == "LABEL":  # vCard 3's formatted address: its first line is the street
            cut = text.find("\\n", start, end)
            stop = cut if cut >= 0 else end
            if looks_like_street(text[start:stop]):
                out += span_in(text, start, stop, "STREET_ADDRESS")
        elif key == "ADR":
            out += _address(text, _components(text, start, end, ";"), 2)
        else:
            value = text[start:end]
            skip = 4 if value.lower().startswith("tel:") else 0
            if phone_digits(value[skip:].strip()):
                out += span_in(text, start + skip, end, "PHONE")
    return out


def _mecard(text: str, head: str, keys: dict[str, str]) -> list[Span]:
    out: list[Span] = []
    at = text.find(head)
    while at >= 0:
        line_end = text.find("\n", at)
        stop = text.find(";;", at)
        end = min(e for e in (line_end, stop, len(text)) if e >= 0)
        for m in _ME_FIELD.finditer(text, at + len(head), end):
            kind = keys.get(m.group(1))
            start, stop_v = m.span(2)
            value = m.group(2)
            if kind == "name" and looks_like_name(value.strip()):
                out += span_in(text, start, stop_v, "PERSON")
            elif kind == "phone" and phone_digits(value.strip()):
                out += span_in(text, start, stop_v, "PHONE")
            elif kind == "address":
                out += _address(text, _components(text, start, stop_v, ","), 2)
        at = text.find(head, end)
    return out


def _epc(text: str) -> list[Span]:
    out: list[Span] = []
    for m in _EPC.finditer(text):
        nl = m.group("nl")
        start = m.end()
        end = text.find("\n" if nl != "\\n" else "\\n", start)
        end = len(text) if end < 0 else end
        name = text[start:end].strip()
        if name and looks_like_name(name):
            out += span_in(text, start, end, "PERSON")
    return out


def contact_spans(text: str) -> list[Span]:
    """Findings in vCards, MECARD/BIZCARD and EPC payloads (C-level gates first)."""
    out: list[Span] = []
    if "VCARD" in text or "vcard" in text:
        out += _vcard(text)
    for head, keys in ME_KEYS.items():
        if head in text:
            out += _mecard(text, head, keys)
    if "BCD" in text:
        out += _epc(text)
    return out
